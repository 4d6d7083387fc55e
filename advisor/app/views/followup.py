"""Workbook 07: log the trial period, plot it against the goals, and sum it up for the evaluation."""

from __future__ import annotations

from datetime import date

import ipywidgets as w

from advisor.app.steps.base import NeedsInput
from advisor.app.steps.followup import KINDS, FollowUpModel, Measure
from advisor.app.views.common import (
    Feedback,
    Page,
    button,
    close_tree,
    column,
    esc,
    guarded,
    heading,
    html_widget,
    paragraph,
    row,
)
from advisor.app.views.forms import Binder
from advisor.app.views.plots import img_html, measures_png


def _fmt(m: Measure, value: float | None, t) -> str:  # noqa: ANN001 - t is Page.t
    if value is None:
        return "–"
    return t("fu.hours", h=f"{value:.1f}") if m.key == "response" else f"{round(value)} %"


def summary_html(model: FollowUpModel, page: Page) -> str:
    t = page.t
    s = model.summary()
    rows = []
    for m in s["measures"]:
        mark = {True: "✓", False: "✗", None: "–"}[m.met]
        rows.append(f"<tr><td>{esc(t('fu.m.' + m.key))}</td><td>{esc(_fmt(m, m.value, t))}</td>"
                    f"<td>{esc(_fmt(m, m.goal, t))}</td><td>{m.count}</td><td>{mark}</td></tr>")
    table = (f"<table class='fw-table fw-summary'><tr><th>{esc(t('fu.measure'))}</th><th>{esc(t('fu.value'))}</th>"
             f"<th>{esc(t('fu.goal'))}</th><th>{esc(t('fu.count'))}</th><th>{esc(t('fu.met'))}</th></tr>"
             f"{''.join(rows)}</table>")
    text = []
    if s["entries"] == 0:
        text.append(t("fu.sum.empty"))
    elif s["all_met"]:
        text.append(t("fu.sum.all_met"))
    else:
        failed = [t("fu.m." + m.key) for m in s["measures"] if m.met is False]
        if failed:
            text.append(t("fu.sum.not_met", what=", ".join(failed)))
    if s["missing"] and s["entries"]:
        text.append(t("fu.sum.missing", what=", ".join(t("fu.m." + k) for k in s["missing"])))
    trial = s["trial"]
    if trial["evaluation"]:
        days = trial["days_to_evaluation"]
        text.append(t("fu.sum.evaluation", date=trial["evaluation"], n=days) if days is not None and days >= 0
                    else t("fu.sum.evaluation_passed", date=trial["evaluation"]))
    text.append(t("fu.sum.bring"))
    return table + "".join(f"<p>{esc(x)}</p>" for x in text)


def build(page: Page) -> w.Widget:
    model = FollowUpModel(page.ctx)
    if not model.values["new_date"]:
        model.values["new_date"] = date.today().isoformat()
    b = Binder(page, model)
    t = page.t
    feedback = Feedback(page)
    log_box = w.VBox(layout=w.Layout(width="100%"))
    plot = html_widget("", "fw-followup-plot")
    summary = html_widget("", "fw-followup-summary")

    goals = column(
        heading(t("fu.goals"), 3),
        row(*(w.VBox([b.text(name, f"fu.{name}")], layout=w.Layout(flex="1 1 240px", min_width="0"))
              for name in ("goal_on_time", "goal_response_hours", "goal_attendance"))),
    )
    on_time = b.checkbox("new_on_time", "fu.new_on_time")
    hours = b.text("new_hours", "fu.new_hours")
    attended = b.checkbox("new_attended", "fu.new_attended")

    def show_kind(_name: str = "") -> None:
        kind = model.values["new_kind"]
        on_time.layout.display = None if kind == "leveranse" else "none"
        hours.layout.display = None if kind == "svar" else "none"
        attended.layout.display = None if kind == "mote" else "none"

    b.on_change.append(lambda name: show_kind() if name == "new_kind" else None)
    b.on_change.append(lambda name: show() if name.startswith("goal_") else None)
    entry = column(
        heading(t("fu.new"), 3),
        row(w.VBox([b.text("new_date", "fu.new_date", placeholder_key="date.ph")],
                   layout=w.Layout(flex="1 1 200px", min_width="0")),
            w.VBox([b.dropdown("new_kind", "fu.new_kind", [(t(f"fu.kind.{k}"), k) for k in KINDS])],
                   layout=w.Layout(flex="1 1 200px", min_width="0")),
            w.VBox([b.text("new_what", "fu.new_what")], layout=w.Layout(flex="2 1 300px", min_width="0"))),
        on_time, hours, attended,
    )
    add = button(t("fu.add"), tooltip=t("fu.add.help"), style="primary")
    add.add_class("fw-add-entry")

    def show_log() -> None:
        rows = []
        for i, e in enumerate(model.values["entries"]):
            kind = t(f"fu.kind.{e.get('kind')}")
            detail = {"leveranse": t("fu.on_time") if e.get("on_time") else t("fu.late"),
                      "svar": t("fu.hours", h=f"{(e.get('hours') or 0):.1f}"),
                      "mote": t("fu.attended") if e.get("attended") else t("fu.absent")}.get(e.get("kind"), "")
            text = f"{e.get('date')} · {kind} · {detail}" + (f" · {e.get('what')}" if e.get("what") else "")
            remove = button(t("fu.remove"), tooltip=f"{t('fu.remove')}: {text}")
            remove.on_click(lambda _b, i=i: remove_entry(i))
            rows.append(row(html_widget(f"<span>{esc(text)}</span>"), remove))
        old = log_box.children
        log_box.children = rows or [paragraph(t("fu.log.empty"))]
        for widget in old:
            close_tree(widget)

    def show() -> None:
        show_log()
        weeks = model.weekly()
        if weeks:
            labels = [wk for wk, _ in weeks]
            panels = []
            for idx, key in enumerate(("on_time", "response", "attendance")):
                values = [ms[idx].value for _, ms in weeks]
                goal = model.measures()[idx].goal
                unit = t("fu.unit.hours") if key == "response" else "%"
                panels.append((t("fu.m." + key), values, goal, unit))
            alt = t("fu.plot.alt", weeks=len(labels))
            plot.value = img_html(measures_png(labels, panels), alt)
        else:
            plot.value = ""
        summary.value = summary_html(model, page)

    @guarded(page, feedback, "remove follow-up entry")
    def remove_entry(i: int) -> None:
        model.remove_item("entries", i)
        show()

    @guarded(page, feedback, "add follow-up entry")
    def on_add(_b: w.Button) -> None:
        try:
            model.add_entry()
        except NeedsInput as exc:
            b.show_problems(exc.problems)
            feedback.error(t("form.problems", n=len(exc.problems)))
            return
        b.sync("new_what", "new_hours")
        feedback.ok(t("fu.added"))
        show()

    add.on_click(on_add)
    show_kind()
    show()
    b.refresh()
    return column(
        paragraph(t("fu.intro")),
        goals, entry, row(add), feedback.widget,
        heading(t("fu.log"), 3), log_box,
        heading(t("fu.plot"), 3), plot,
        heading(t("fu.summary"), 3), summary,
    )
