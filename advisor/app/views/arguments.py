"""Workbook 03: cited arguments, need → result reframes side by side, and likely objections."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.arguments import ArgumentsModel
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
from advisor.app.views.notices import DOCX_MIME, Freshness, out_t, past_dates_html
from advisor.core.models import Reframe


def reframes_html(reframes: list[Reframe], t) -> str:  # noqa: ANN001 - t is Page.t
    """Before and after side by side (they wrap under each other on narrow screens)."""
    if not reframes:
        return f"<p class='fw-note'>{esc(t('args.no_reframes'))}</p>"
    # Sentences that reword to the same results argument are shown as one: the same advice once.
    groups: dict[str, list[Reframe]] = {}
    for r in reframes:
        groups.setdefault(" ".join(r.after.split()), []).append(r)
    items = []
    for after, group in groups.items():
        befores = "".join(f"<p>{esc(r.before)}</p>" for r in group)
        whys = " ".join(esc(w) for w in dict.fromkeys(r.why for r in group))
        items.append(
            '<div class="fw-reframe">'
            f'<div class="fw-before"><strong>{esc(t("args.before"))}</strong>{befores}</div>'
            f'<div class="fw-after"><strong>{esc(t("args.after"))}</strong><p>{esc(after)}</p>'
            f'<p class="fw-note">{esc(t("args.why"))}: {whys}</p></div>'
            "</div>"
        )
    return f'<div class="fw-reframes">{"".join(items)}</div>'


def build(page: Page) -> w.Widget:
    model = ArgumentsModel(page.ctx)
    t = page.t
    feedback = Feedback(page)
    output = html_widget("", "fw-arguments")
    reframes = html_widget("", "fw-reframe-list")
    objections = html_widget("", "fw-objections")
    obj_feedback = Feedback(page)
    fresh = Freshness(page, output, reframes)
    dates = html_widget("", "fw-status", "fw-past-dates")

    def show() -> None:
        draft = model.draft
        output.value = draft_html(draft, page.lang, uid="args") if draft else ""
        reframes.value = reframes_html(model.reframes, t) if draft else ""
        fresh.mark(model.staleness())
        dates.value = past_dates_html(page, [x for s in draft.sections for x in s.lines]) if draft else ""

    def generate() -> None:
        try:
            model.generate()
        except NeedsInput:
            # The old result stays visible for reference, but marked: it is not the answer to today's input.
            fresh.mark("error")
            raise

    make = button(t("args.make"), tooltip=t("args.make.help"), style="primary")
    make.add_class("fw-make-arguments")

    @guarded(page, feedback, "draft arguments")
    def on_make(_b: w.Button) -> None:
        feedback.busy()
        generate()
        show()
        feedback.ok(t("args.done"))

    make.on_click(on_make)

    obj = button(t("args.objections"), tooltip=t("args.objections.help"))

    @guarded(page, obj_feedback, "draft objections")
    def on_objections(_b: w.Button) -> None:
        obj_feedback.busy()
        draft = model.objections()
        objections.value = draft_html(draft, page.lang, uid="obj")
        obj_feedback.clear()

    obj.on_click(on_objections)

    # -- the meeting card: one page to bring to the meeting ---------------------------------------
    card_feedback = Feedback(page)
    card_links = html_widget("", "fw-downloads", "fw-card-download")
    card = button(out_t(page, "card.make"), tooltip=out_t(page, "card.help"))
    card.add_class("fw-make-card")

    @guarded(page, card_feedback, "meeting card")
    def on_card(_b: w.Button) -> None:
        card_feedback.busy()
        data, name = model.meeting_card()
        card_links.value = download_html(data, name, DOCX_MIME, out_t(page, "card.download"))
        card_feedback.clear()

    card.on_click(on_card)

    @guarded(page, feedback, "redraft arguments in the new language")
    def redraft() -> None:
        generate()
        show()

    show()
    if fresh.reason == "lang":  # the page was switched to the other language: write the result in it
        redraft()
    return column(
        paragraph(t("args.intro")),
        row(make),
        feedback.widget,
        fresh.banner,
        dates,
        output,
        heading(t("args.reframes")),
        paragraph(t("args.reframes.help")),
        reframes,
        heading(t("args.objections.heading")),
        row(obj),
        obj_feedback.widget,
        objections,
        heading(out_t(page, "card.heading")),
        paragraph(out_t(page, "card.help")),
        row(card),
        card_feedback.widget,
        card_links,
    )
