"""Workbook 30 (Leder): the law, a structured look at the request, and a checked written answer."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.manager import DECISIONS, ENTRY, KINDS, ManagerModel, date_text
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
from advisor.tasks.refusal.rules import label


def build(page: Page) -> w.Widget:
    model = ManagerModel(page.ctx)
    b = Binder(page, model)
    t = page.t
    law = html_widget("", "fw-manager-law")
    review = html_widget("", "fw-manager-review")
    answer = html_widget("", "fw-manager-answer")
    verdict = html_widget("", "fw-manager-check")
    links = html_widget("", "fw-downloads")
    feedback = Feedback(page)

    def show_law() -> None:
        law.value = draft_html(model.law(), page.lang, uid="manager-law")

    def show_review() -> None:
        items = "".join(
            f"<li class='{'fw-ok' if ok else 'fw-warn'}'>{'✓' if ok else '○'} {esc(t(key))} "
            f"<span class='fw-note'>({esc(t('mgr.review.done' if ok else 'mgr.review.open'))})</span></li>"
            for key, ok in model.review()
        )
        review.value = f"<ul class='fw-checklist'>{items}</ul>"

    def on_field(name: str) -> None:
        show_review()
        if name == "kind":
            guarded(page, feedback, "manager law")(show_law)()

    b.on_change.append(on_field)
    kind = b.dropdown("kind", "mgr.kind", [(t(f"mgr.kind.{k}"), k) for k in KINDS])
    entry = b.dropdown("entry", "mgr.entry", [(t(f"mgr.entry.{k}"), k) for k in ENTRY])
    decision = b.dropdown("decision", "mgr.decision", [(t(f"mgr.decision.{d}"), d) for d in DECISIONS])

    make = button(t("mgr.make"), tooltip=t("mgr.make.help"), style="primary")
    make.add_class("fw-make-answer")

    @guarded(page, feedback, "manager answer")
    def on_make(_b: w.Button) -> None:
        if b.stop_on_problems(feedback):
            return
        feedback.busy()
        text = model.answer()
        answer.value = f"<h3>{esc(t('mgr.answer.title'))}</h3><pre class='fw-letter'>{esc(text)}</pre>"
        links.value = download_html(
            text.encode("utf-8"),
            "svar.txt" if page.lang == "nb" else "answer.txt",
            "text/plain",
            t("mgr.answer.download"),
        )
        verdict.value = verdict_html(model, page)
        feedback.ok(t("mgr.done"))

    make.on_click(on_make)
    guarded(page, feedback, "manager law")(show_law)()
    show_review()
    b.refresh()
    return column(
        paragraph(t("mgr.intro")),
        kind,
        b.text("employee", "mgr.employee"),
        b.text("request", "mgr.request", area=True),
        b.text("request_date", "mgr.request_date"),
        b.text("need", "mgr.need", area=True),
        entry,
        b.checkbox("entry_documented", "mgr.entry_documented"),
        heading(t("mgr.law.title")),
        law,
        heading(t("mgr.look")),
        paragraph(t("mgr.look.help")),
        b.text("disadvantage", "mgr.disadvantage", area=True),
        b.text("evidence", "mgr.evidence", area=True),
        b.text("reduce", "mgr.reduce", area=True),
        b.text("trial", "mgr.trial", area=True),
        heading(t("mgr.review.title"), 3),
        review,
        heading(t("mgr.decide")),
        decision,
        b.text("trial_months", "mgr.trial_months"),
        b.text("start_date", "mgr.start_date"),
        b.text("alternative", "mgr.alternative", area=True),
        b.text("answer_date", "mgr.answer_date"),
        b.text("signature", "mgr.signature"),
        row(make),
        feedback.widget,
        verdict,
        answer,
        links,
    )


def verdict_html(model: ManagerModel, page: Page) -> str:
    """How the drafted answer would fare: weak before sending, or the check's reading and the deadline."""
    t = page.t
    a = model.assess()
    if a.decision != "no":
        return f"<div class='fw-info'>{esc(t('mgr.check.yes'))}</div>"
    parts = [f"<h3>{esc(t('mgr.check.title'))}</h3>"]
    if a.weak:
        parts.append(f"<div class='fw-error fw-weak' role='alert'>⚠ {esc(t('mgr.check.weak'))}</div>")
    else:
        parts.append(f"<div class='fw-ok fw-stronger'>{esc(t('mgr.check.stronger'))}</div>")
    reasons = "".join(f"<li>{esc(t(r))}</li>" for r in a.reasons)
    if reasons:
        parts.append(f"<ul>{reasons}</ul>")
    if a.check_assessment:
        parts.append(
            f"<p>{esc(t('mgr.check.assessment', assessment=label('assessment', a.check_assessment, page.lang)))}</p>"
        )
    if a.strengths:
        read = ", ".join(t(f"mgr.strength.{s}") for s in a.strengths if page.has(f"mgr.strength.{s}"))
        parts.append(f"<p>{esc(t('mgr.check.strengths', strengths=read))}</p>")
    if a.deadline:
        parts.append(
            f"<p class='fw-deadline'>{esc(t('mgr.check.deadline', deadline=date_text(a.deadline, page.lang)))}</p>"
        )
    elif not a.tln:
        parts.append(f"<p>{esc(t('mgr.check.no_tln'))}</p>")
    if a.report is not None:
        parts.append(
            f"<details><summary>{esc(t('mgr.check.title'))}</summary>"
            f"{draft_html(a.report, page.lang, uid='manager-check')}</details>"
        )
    return "".join(parts)
