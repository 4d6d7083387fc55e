"""Workbook 06: draft the agreement, preview it with sources, download .docx/.md, check an agreement for gaps."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.agreement import DOCX_MIME, KINDS, AgreementModel, UploadProblem
from advisor.app.steps.base import NeedsInput
from advisor.app.views.citations import draft_html
from advisor.app.views.common import (
    Feedback,
    Page,
    button,
    column,
    download_html,
    esc,
    guarded,
    heading,
    html_widget,
    paragraph,
    row,
)
from advisor.app.views.forms import Binder
from advisor.app.views.notices import Freshness
from advisor.core.models import GapReport


def gaps_html(report: GapReport, page: Page) -> str:
    """Which items the checked agreement has (with the sentence found) and lacks (required ones marked)."""
    t = page.t
    en = page.lang == "en"
    missing = []
    for g in report.missing:
        mark = f' <span class="fw-badge fw-unverified">{esc(t("draft.mandatory"))}</span>' if g.mandatory else ""
        cond = (g.condition_en if en else "") or g.condition_nb
        note = f" <span class='fw-note'>({esc(cond)})</span>" if cond else ""
        how = ""
        if g.status in ("partly", "unsettled") and g.evidence:  # name the clause that only partly settles it
            how = f" — {esc(t('gapcheck.status.' + g.status))}: <q>{esc(g.evidence)}</q>"
        elif g.similar:  # the rules found nothing; a clause resembles ones that settle it elsewhere
            how = f" — {esc(t('gapcheck.similar'))}: <q>{esc(g.similar)}</q>"
        missing.append(f"<li>✗ {esc((g.label_en if en else '') or g.label_nb)}{mark}{note}{how}</li>")
    present = [
        f"<li>✓ {esc((g.label_en if en else '') or g.label_nb)} — <q>{esc(g.evidence)}</q></li>" for g in report.present
    ]
    parts = [
        f"<h3>{esc(t('gaps.result', name=report.source))}</h3>",
        f"<h4>{esc(t('gaps.missing', n=len(missing)))}</h4><ul class='fw-gaps-missing'>{''.join(missing)}</ul>",
        f"<h4>{esc(t('gaps.present', n=len(present)))}</h4><ul class='fw-gaps-present'>{''.join(present)}</ul>",
    ]
    if report.placeholders:
        parts.append(f"<p class='fw-info'>{esc(t('gaps.placeholders', n=report.placeholders))}</p>")
    parts.append(
        f"<details><summary>{esc(t('gaps.details'))}</summary>"
        f"{draft_html(report.cited, page.lang, uid='gaps')}</details>"
    )
    return "".join(parts)


def draft_check_html(report: dict | None, draft, page: Page) -> str:  # noqa: ANN001 - a CitedDraft
    """What the gap check says about the draft itself, and which of its dates have passed."""
    from advisor.app.views.notices import out_t
    from advisor.core.dates import past_dates

    parts = []
    if report is not None:
        missing = report.get("missing", [])
        required = [g for g in missing if g.get("mandatory")]
        parts.append(
            out_t(page, "agr.check", open=report.get("placeholders", 0), missing=len(missing), required=len(required))
        )
    lines = [line for s in draft.sections for line in s.lines]
    past = list(dict.fromkeys(f.written for line in lines for f in past_dates(line)))
    if past:
        parts.append(out_t(page, "agr.past_dates", dates=", ".join(past)))
    return "".join(
        f"<p class='fw-warn fw-draft-check'>{esc(p)}</p>" if i else f"<p class='fw-info fw-draft-check'>{esc(p)}</p>"
        for i, p in enumerate(parts)
    )


def build(page: Page) -> w.Widget:
    model = AgreementModel(page.ctx)
    b = Binder(page, model)
    t = page.t

    feedback = Feedback(page)
    preview = html_widget("", "fw-agreement")
    links = html_widget("", "fw-downloads")

    fresh = Freshness(page, preview)

    def show() -> None:
        draft = model.cited
        preview.value = draft_html(draft, page.lang, uid="agr") if draft else ""
        links.value = ""
        fresh.mark(model.staleness())
        if draft and not fresh.reason:  # only a draft that is current is offered as a document to sign
            data, path = model.docx()
            md = model.markdown().encode("utf-8")
            links.value = (
                download_html(data, path.name, DOCX_MIME, t("agr.download_docx"))
                + download_html(md, path.with_suffix(".md").name, "text/markdown", t("agr.download_md"))
                + draft_check_html(model.draft_check(), draft, page)
            )

    make = button(t("agr.make"), tooltip=t("agr.make.help"), style="primary")
    make.add_class("fw-make-agreement")

    @guarded(page, feedback, "draft agreement")
    def on_make(_b: w.Button) -> None:
        feedback.busy()
        try:
            model.draft()
        except NeedsInput:
            fresh.mark("error")
            links.value = ""
            raise
        show()
        feedback.ok(t("agr.done"))

    make.on_click(on_make)

    form = column(
        b.dropdown("kind", "agr.kind", [(t(f"agr.kind.{k}"), k) for k in KINDS]),
        paragraph(t("agr.parties.help")),
        row(
            *(
                w.VBox(
                    [b.text(name, f"agr.{name}", placeholder_key="date.ph" if name == "date" else None)],
                    layout=w.Layout(flex="1 1 240px", min_width="0"),
                )
                for name in ("employee", "employer", "place", "date")
            )
        ),
    )

    # -- the gap check ---------------------------------------------------------------------------
    gap_feedback = Feedback(page)
    gaps = html_widget("", "fw-gaps")
    upload = w.FileUpload(
        icon="",
        accept=".docx,.md,.txt",
        multiple=False,
        description=t("gaps.upload"),
        tooltip=t("gaps.upload.help"),
        layout=w.Layout(width="auto"),
    )
    upload.add_class("fw-upload-agreement")

    def show_gaps() -> None:
        gaps.value = gaps_html(model.gaps, page) if model.gaps else ""

    def run_check(check) -> None:  # noqa: ANN001 - a bound model method
        gap_feedback.busy()
        try:
            check()
        except UploadProblem as exc:
            gap_feedback.error(t(exc.key, **exc.values) if exc.key != "gaps.read_error" else exc.values["message"])
            return
        show_gaps()
        gap_feedback.ok(t("gaps.done"))

    @guarded(page, gap_feedback, "check uploaded agreement")
    def on_upload(change: dict) -> None:
        files = change["new"]
        if not files:
            return
        f = files[0]
        run_check(lambda: model.check_upload(f["name"], bytes(f["content"])))

    upload.observe(on_upload, names="value")
    check = button(t("gaps.check_pasted"), tooltip=t("gaps.check_pasted.help"))

    @guarded(page, gap_feedback, "check pasted agreement")
    def on_check(_b: w.Button) -> None:
        run_check(model.check_pasted)

    check.on_click(on_check)

    guarded(page, feedback, "show agreement")(show)()

    def redraft() -> None:
        model.draft()
        show()

    if fresh.reason == "lang":  # switched to the other language: write the agreement in it
        guarded(page, feedback, "redraft agreement in the new language")(redraft)()
    show_gaps()
    b.refresh()
    return column(
        paragraph(t("agr.intro")),
        form,
        row(make),
        feedback.widget,
        fresh.banner,
        links,
        preview,
        heading(t("gaps.heading")),
        paragraph(t("gaps.intro")),
        row(upload),
        b.text("pasted", "gaps.pasted", area=True, rows=6),
        row(check),
        gap_feedback.widget,
        gaps,
    )
