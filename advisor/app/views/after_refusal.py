"""Workbook 05: after a refusal — the deadline for Tvisteløsningsnemnda and the next steps, cited."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.refusal import RefusalModel
from advisor.app.views.common import Feedback, Page, button, column, guarded, heading, html_widget, paragraph, row
from advisor.app.views.forms import Binder
from advisor.app.views.notices import Freshness, InputWatch
from advisor.app.views.refusal_form import case_form, deadline_html, steps_html

KEY = "refusal_employee"


def build(page: Page) -> w.Widget:
    ctx = page.ctx
    if ctx.get(KEY) is None:
        # First visit: start from what the intake (01) already knows.
        role = ((ctx.get("situation") or {}).get("role") or "").strip()
        if role:
            ctx.save(KEY, {"role": role})
    model = RefusalModel(ctx, key=KEY)
    b = Binder(page, model)
    t = page.t
    feedback = Feedback(page)
    deadline = html_widget("", "fw-deadline-box")
    steps = html_widget("", "fw-next-steps")
    fresh = Freshness(page, deadline, steps)

    def show() -> None:
        deadline.value = deadline_html(model, page)
        steps.value = steps_html(model, page)
        watch.refresh(bool(steps.value.strip() or deadline.value.strip()))

    @guarded(page, feedback, "next steps in the new language")
    def rerun() -> None:
        model.check()
        model.next_steps()
        watch.made()
        show()

    watch = InputWatch(page, KEY, model.problems, fresh, dangerous=(deadline,), rerun=rerun)
    b.on_change.append(lambda _name: watch.refresh(bool(steps.value.strip() or deadline.value.strip())))

    go = button(t("after.make"), tooltip=t("after.make.help"), style="primary")
    go.add_class("fw-make-next-steps")

    @guarded(page, feedback, "next steps")
    def on_go(_b: w.Button) -> None:
        if b.stop_on_problems(feedback):
            watch.refresh(bool(steps.value.strip() or deadline.value.strip()))
            return
        feedback.busy()
        model.check_and_steps()  # one reading of the case gives the deadline and the steps
        watch.made()
        show()
        feedback.ok(t("after.done"))

    go.on_click(on_go)
    show()
    b.refresh()
    return column(
        paragraph(t("after.intro")),
        case_form(page, b, full=False),
        row(go),
        feedback.widget,
        fresh.banner,
        deadline,
        heading(t("after.steps")),
        steps,
    )
