"""Workbook 03: cited arguments, need → result reframes side by side, and likely objections."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.arguments import ArgumentsModel
from advisor.app.views.citations import draft_html
from advisor.app.views.common import (
    Feedback,
    Page,
    button,
    column,
    esc,
    guarded,
    heading,
    html_widget,
    paragraph,
    row,
)


def reframes_html(reframes: list[dict], t) -> str:  # noqa: ANN001 - t is Page.t
    """Before and after side by side (they wrap under each other on narrow screens)."""
    if not reframes:
        return f"<p class='fw-note'>{esc(t('args.no_reframes'))}</p>"
    items = []
    for r in reframes:
        items.append(
            '<div class="fw-reframe">'
            f'<div class="fw-before"><strong>{esc(t("args.before"))}</strong><p>{esc(r.get("before"))}</p></div>'
            f'<div class="fw-after"><strong>{esc(t("args.after"))}</strong><p>{esc(r.get("after"))}</p>'
            f'<p class="fw-note">{esc(t("args.why"))}: {esc(r.get("why"))}</p></div>'
            "</div>")
    return f'<div class="fw-reframes">{"".join(items)}</div>'


def build(page: Page) -> w.Widget:
    model = ArgumentsModel(page.ctx)
    t = page.t
    feedback = Feedback(page)
    output = html_widget("", "fw-arguments")
    reframes = html_widget("", "fw-reframe-list")
    objections = html_widget("", "fw-objections")
    obj_feedback = Feedback(page)

    def show() -> None:
        draft = model.draft
        output.value = draft_html(draft, page.lang, uid="args") if draft else ""
        reframes.value = reframes_html(model.reframes, t) if draft else ""

    make = button(t("args.make"), tooltip=t("args.make.help"), style="primary")
    make.add_class("fw-make-arguments")

    @guarded(page, feedback, "draft arguments")
    def on_make(_b: w.Button) -> None:
        feedback.busy()
        model.generate()
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

    show()
    return column(
        paragraph(t("args.intro")),
        row(make), feedback.widget,
        output,
        heading(t("args.reframes")), paragraph(t("args.reframes.help")), reframes,
        heading(t("args.objections.heading")), row(obj), obj_feedback.widget, objections,
    )
