"""Workbook 02: the proposal (model, hours or days, availability, trial period and KPIs, minimum vs nice-to-have)."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.proposal import MODELS, WEEKDAYS, ProposalModel
from advisor.app.views.common import Feedback, Page, button, column, esc, heading, html_widget, paragraph, row
from advisor.app.views.forms import Binder, check_button
from advisor.app.views.notices import out_t


def build(page: Page) -> w.Widget:
    model = ProposalModel(page.ctx)
    b = Binder(page, model)
    t = page.t

    chooser = w.ToggleButtons(
        options=[(t(f"model.{m}"), m) for m in MODELS],
        value=model.values["model"],
        description=t("prop.model"),
        tooltips=[t(f"model.{m}.help") for m in MODELS],
        style={"description_width": "initial", "button_width": "auto"},
    )
    chooser.add_class("fw-model")
    model_help = html_widget("")

    # Carried over from 01: the hours the employee works best, and a button to make room for them.
    best_note = html_widget("", "fw-best-hours")
    use_best = button(out_t(page, "prop.best.use"), tooltip=out_t(page, "prop.best.use"))
    use_best.add_class("fw-use-best-hours")

    def show_best(_name: str | None = None) -> None:
        found = model.best_hours()
        if not found:
            best_note.value, use_best.layout.display = "", "none"
            return
        typed, changes = found
        key = "prop.best.fits" if not changes else "prop.best.suggest"
        best_note.value = f"<p class='fw-info'>{esc(out_t(page, key, hours=typed))}</p>"
        use_best.layout.display = None if changes else "none"

    def on_use_best(_b: w.Button) -> None:
        b._save("outer_hours", model.use_best_hours)
        b.sync("outer_hours", "core_hours")
        show_best()

    use_best.on_click(on_use_best)
    b.on_change.append(show_best)
    hours = column(
        heading(t("prop.hours"), 3),
        best_note,
        row(use_best),
        b.text("core_hours", "prop.core_hours", help_key="prop.core_hours.help"),
        b.text("outer_hours", "prop.outer_hours", help_key="prop.outer_hours.help"),
        b.checkbox("avspasering", "prop.avspasering"),
    )

    def day_boxes(which: str) -> w.Widget:
        boxes = []
        for day in WEEKDAYS:
            cb = w.Checkbox(
                value=day in model.values[which],
                description=t(f"day.{day}"),
                indent=False,
                layout=w.Layout(width="auto"),
            )
            cb.add_class(f"fw-in-{which}-{day}")
            cb.observe(
                lambda ch, day=day: b._save(which, lambda: model.toggle_day(which, day, ch["new"])), names="value"
            )
            boxes.append(cb)
        return column(html_widget(f"<strong>{esc(t('prop.' + which))}</strong>"), row(*boxes), b.slot(which))

    days = column(heading(t("prop.days"), 3), day_boxes("home_days"), day_boxes("office_days"))
    situational = column(
        heading(t("prop.situational"), 3),
        b.text("situational_rules", "prop.situational_rules", area=True, placeholder_key="prop.situational_rules.ph"),
    )
    parts = {"hours": hours, "days": days, "situational": situational}

    def show_model() -> None:
        visible = model.sections()
        for name, box in parts.items():
            box.layout.display = None if name in visible else "none"
        model_help.value = f"<p class='fw-info'>{esc(t('model.' + model.values['model'] + '.help'))}</p>"

    def on_model(change: dict) -> None:
        b._save("model", lambda: model.set("model", change["new"]))
        show_model()

    chooser.observe(on_model, names="value")

    common = column(
        b.text("weekly_hours", "prop.weekly_hours"),
        heading(t("prop.availability"), 3),
        b.text("availability_window", "prop.availability_window"),
        b.text("availability_channels", "prop.availability_channels", area=True, help_key="one_per_line", rows=2),
        b.text("response_time", "prop.response_time"),
        heading(t("prop.deliverables_h"), 3),
        b.text("deliverables", "prop.deliverables", area=True, help_key="one_per_line"),
        b.text("follow_up", "prop.follow_up", area=True, help_key="one_per_line"),
    )

    def kpi_row(i: int) -> list[w.Widget]:
        return [
            b.item_text("kpis", i, "name", "kpi.name", placeholder_key="kpi.name.ph"),
            b.item_text("kpis", i, "target", "kpi.target", placeholder_key="kpi.target.ph"),
            b.item_text("kpis", i, "baseline", "kpi.baseline"),
        ]

    # Dates against today: a past start or evaluation does not block; it is said beside the field
    # once the field is left (as its problems are), not at every keystroke of a half-typed date.
    b.warnings = model.date_warnings
    date_warnings = {name: b.warning_slot(name) for name in ("start_date", "evaluation_date")}
    trial = column(
        heading(t("prop.trial"), 3),
        b.text("trial_months", "prop.trial_months", help_key="prop.trial_months.help"),
        b.text("start_date", "prop.start_date", placeholder_key="date.ph"),
        date_warnings["start_date"],
        b.text("evaluation_date", "prop.evaluation_date", placeholder_key="date.ph"),
        date_warnings["evaluation_date"],
        html_widget(f"<strong>{esc(t('prop.kpis'))}</strong>"),
        b.item_list("kpis", kpi_row, "kpi.add", "kpi.remove", "kpi.label"),
    )
    priorities = column(
        heading(t("prop.priorities"), 3),
        paragraph(t("prop.priorities.help")),
        row(
            w.VBox(
                [b.text("minimum", "prop.minimum", area=True, help_key="one_per_line")],
                layout=w.Layout(flex="1 1 300px", min_width="0"),
            ),
            w.VBox(
                [b.text("nice_to_have", "prop.nice_to_have", area=True, help_key="one_per_line")],
                layout=w.Layout(flex="1 1 300px", min_width="0"),
            ),
        ),
    )
    terms = column(
        heading(t("prop.terms"), 3),
        b.text("equipment", "prop.equipment", area=True, rows=2),
        b.text("notice", "prop.notice", area=True, rows=2, placeholder_key="prop.notice.ph"),
    )

    feedback = Feedback(page)
    check = check_button(page, b, feedback, "argumenter", "check proposal")
    show_model()
    show_best()
    b.refresh()
    return column(
        paragraph(t("form.autosave")),
        chooser,
        model_help,
        hours,
        days,
        situational,
        common,
        trial,
        priorities,
        terms,
        check,
        feedback.widget,
        b.saved.widget,
    )
