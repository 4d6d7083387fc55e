"""Workbook 01: the intake form (role, tasks, results, concerns; private grounds clearly optional)."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.situation import SECTORS, TRISTATE, SituationModel
from advisor.app.views.common import Feedback, Page, column, esc, heading, html_widget, paragraph
from advisor.app.views.forms import Binder, check_button


def build(page: Page) -> w.Widget:
    model = SituationModel(page.ctx)
    b = Binder(page, model)
    t = page.t

    job = column(
        heading(t("sit.job")),
        b.text("role", "sit.role", placeholder_key="sit.role.ph"),
        b.text("employment_percent", "sit.employment_percent"),
        b.dropdown("sector", "sit.sector", [(t(f"sector.{s}"), s) for s in SECTORS]),
        b.text("employer_size", "sit.employer_size", help_key="sit.employer_size.help"),
        b.text("tariff_or_policy", "sit.tariff_or_policy"),
        b.text(
            "current_arrangement", "sit.current_arrangement", area=True, placeholder_key="sit.current_arrangement.ph"
        ),
        b.text("best_hours", "sit.best_hours", placeholder_key="sit.best_hours.ph"),
        b.text("commute_minutes", "sit.commute_minutes"),
        b.checkbox("leadership_position", "sit.leadership_position"),
        b.checkbox("in_probation", "sit.in_probation"),
    )

    def task_row(i: int) -> list[w.Widget]:
        return [
            b.item_text("tasks", i, "name", "task.name", placeholder_key="task.name.ph"),
            b.item_text("tasks", i, "share_percent", "task.share_percent"),
            b.item_checkbox("tasks", i, "deep_focus", "task.deep_focus"),
            b.item_checkbox("tasks", i, "physical_presence", "task.physical_presence"),
        ]

    def result_row(i: int) -> list[w.Widget]:
        return [
            b.item_text("results", i, "description", "result.description", placeholder_key="result.description.ph"),
            b.item_text("results", i, "evidence", "result.evidence", placeholder_key="result.evidence.ph"),
            b.item_text("results", i, "when", "result.when"),
        ]

    tasks = column(
        heading(t("sit.tasks")),
        paragraph(t("sit.tasks.help")),
        b.item_list("tasks", task_row, "task.add", "task.remove", "task.label"),
    )
    results = column(
        heading(t("sit.results")),
        paragraph(t("sit.results.help")),
        b.item_list("results", result_row, "result.add", "result.remove", "result.label"),
    )
    concerns = column(
        heading(t("sit.arguments")),
        b.text("manager_concerns", "sit.manager_concerns", area=True, help_key="one_per_line"),
        b.text("own_arguments", "sit.own_arguments", area=True, help_key="one_per_line"),
    )
    private = column(
        heading(t("sit.private")),
        html_widget(f'<p class="fw-optional">{esc(t("sit.private.help"))}</p>'),
        b.text("care_duties", "sit.care_duties", area=True, rows=2),
        b.text("health", "sit.health", area=True, rows=2),
        b.dropdown("age_62_or_over", "sit.age_62_or_over", [(t(f"tristate.{v}"), v) for v in TRISTATE]),
    )
    private.add_class("fw-private")

    feedback = Feedback(page)
    check = check_button(page, b, feedback, "forslag", "check situation")
    b.refresh()
    return column(
        paragraph(t("form.autosave")), job, tasks, results, concerns, private, check, feedback.widget, b.saved.widget
    )
