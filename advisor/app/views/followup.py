"""Workbook 07: log the trial period, plot it against the goals, and sum it up for the evaluation."""

from __future__ import annotations

from datetime import date

import ipywidgets as w

from advisor.app.steps.base import NeedsInput
from advisor.app.steps.followup import KINDS, KPI_KIND, FollowUpModel, Measure
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
from advisor.app.views.notices import out_t
from advisor.app.views.plots import img_html, measures_png
from advisor.core.weave import number


def _fmt(m: Measure, value: float | None, t, lang: str = "nb") -> str:  # noqa: ANN001 - t is Page.t
    """A value as the language writes it: «0,25 t», «96 %», a key figure as its number («4,5»)."""
    if value is None:
        return "–"
    if m.key == "response":
        return t("fu.hours", h=number(value, lang))
    if m.key.startswith(KPI_KIND):
        return number(value, lang)
    return f"{number(value, lang, 0)} %"


def week_label(iso_week: str, lang: str) -> str:
    """'2026-W45' → «uke 45» / «week 45»."""
    from advisor.core.weave import week

    year, _, w = iso_week.partition("-W")
    return week(int(year), int(w), lang) if w.isdigit() and year.isdigit() else iso_week


def measure_label(m: Measure, page: Page) -> str:
    """The name of a measure: a fixed one from the catalogue, a key figure by the name given in 02."""
    return m.key[len(KPI_KIND) :] if m.key.startswith(KPI_KIND) else page.t("fu.m." + m.key)


def summary_html(model: FollowUpModel, page: Page) -> str:
    t = page.t
    s = model.summary()
    rows = []
    for m in s["measures"]:
        mark = {True: "✓", False: "✗", None: "–"}[m.met]
        rows.append(
            f"<tr><td>{esc(measure_label(m, page))}</td><td>{esc(_fmt(m, m.value, t, page.lang))}</td>"
            f"<td>{esc(_fmt(m, m.goal, t, page.lang))}</td><td>{m.count}</td><td>{mark}</td></tr>"
        )
    table = (
        f"<table class='fw-table fw-summary'><tr><th>{esc(t('fu.measure'))}</th><th>{esc(t('fu.value'))}</th>"
        f"<th>{esc(t('fu.goal'))}</th><th>{esc(t('fu.count'))}</th><th>{esc(t('fu.met'))}</th></tr>"
        f"{''.join(rows)}</table>"
    )
    text = []
    if s["entries"] == 0:
        text.append(t("fu.sum.empty"))
    elif s["all_met"]:
        text.append(t("fu.sum.all_met"))
    else:
        failed = [measure_label(m, page) for m in s["measures"] if m.met is False]
        if failed:
            text.append(t("fu.sum.not_met", what=", ".join(failed)))
    if s["missing"] and s["entries"]:
        names = [measure_label(m, page) for m in s["measures"] if m.key in s["missing"]]
        text.append(t("fu.sum.missing", what=", ".join(names)))
    trial = s["trial"]
    if trial["evaluation"]:
        days = trial["days_to_evaluation"]
        text.append(
            t("fu.sum.evaluation", date=trial["evaluation"], n=days)
            if days is not None and days >= 0
            else t("fu.sum.evaluation_passed", date=trial["evaluation"])
        )
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
        row(
            *(
                w.VBox([b.text(name, f"fu.{name}")], layout=w.Layout(flex="1 1 240px", min_width="0"))
                for name in ("goal_on_time", "goal_response_hours", "goal_attendance")
            )
        ),
    )
    on_time = b.checkbox("new_on_time", "fu.new_on_time")
    hours = b.text("new_hours", "fu.new_hours")
    attended = b.checkbox("new_attended", "fu.new_attended")
    value = b.text("new_value", "fu.new_hours")  # relabelled below: the value of the chosen key figure
    value.children[0].description = out_t(page, "fu.new_value")
    kinds = [(t(f"fu.kind.{k}"), k) for k in KINDS] + [
        (out_t(page, "fu.kind.kpi", name=k.name), KPI_KIND + k.name) for k in model.kpis()
    ]

    def show_kind(_name: str = "") -> None:
        kind = model.values["new_kind"]
        on_time.layout.display = None if kind == "leveranse" else "none"
        hours.layout.display = None if kind == "svar" else "none"
        attended.layout.display = None if kind == "mote" else "none"
        value.layout.display = None if str(kind).startswith(KPI_KIND) else "none"

    b.on_change.append(lambda name: show_kind() if name == "new_kind" else None)
    b.on_change.append(lambda name: show() if name.startswith("goal_") else None)
    entry = column(
        heading(t("fu.new"), 3),
        row(
            w.VBox(
                [b.text("new_date", "fu.new_date", placeholder_key="date.ph")],
                layout=w.Layout(flex="1 1 200px", min_width="0"),
            ),
            w.VBox([b.dropdown("new_kind", "fu.new_kind", kinds)], layout=w.Layout(flex="1 1 200px", min_width="0")),
            w.VBox([b.text("new_what", "fu.new_what")], layout=w.Layout(flex="2 1 300px", min_width="0")),
        ),
        on_time,
        hours,
        attended,
        value,
    )
    add = button(t("fu.add"), tooltip=t("fu.add.help"), style="primary")
    add.add_class("fw-add-entry")

    def show_log() -> None:
        rows = []
        for i, e in enumerate(model.values["entries"]):
            k = str(e.get("kind"))
            if k.startswith(KPI_KIND):
                kind, detail = k[len(KPI_KIND) :], number(e.get("value") or 0, page.lang)
            else:
                kind = t(f"fu.kind.{k}")
                detail = {
                    "leveranse": t("fu.on_time") if e.get("on_time") else t("fu.late"),
                    "svar": t("fu.hours", h=number(e.get("hours") or 0, page.lang)),
                    "mote": t("fu.attended") if e.get("attended") else t("fu.absent"),
                }.get(k, "")
            text = f"{e.get('date')} · {kind} · {detail}" + (f" · {e.get('what')}" if e.get("what") else "")
            remove = button(t("fu.remove"), tooltip=f"{t('fu.remove')}: {text}")
            remove.on_click(lambda _b, iid=model.ids["entries"][i]: remove_entry(iid))
            rows.append(row(html_widget(f"<span>{esc(text)}</span>"), remove))
        old = log_box.children
        log_box.children = rows or [paragraph(t("fu.log.empty"))]
        for widget in old:
            close_tree(widget)

    def show() -> None:
        show_log()
        weeks = model.weekly()
        if weeks:
            labels = [week_label(wk, page.lang) for wk, _ in weeks]
            panels = []
            overall = model.measures()
            for idx, m in enumerate(overall):
                values = [ms[idx].value for _, ms in weeks]
                if m.key.startswith(KPI_KIND) and not any(v is not None for v in values):
                    continue  # a key figure not logged yet: no empty panel
                unit = t("fu.unit.hours") if m.key == "response" else "" if m.key.startswith(KPI_KIND) else "%"
                panels.append((measure_label(m, page), values, m.goal, unit))
            alt = t("fu.plot.alt", weeks=len(labels))
            kpi_names = [measure_label(m, page) for m in overall if m.key.startswith(KPI_KIND)]
            if kpi_names:
                alt += " " + out_t(page, "fu.plot.kpis", names=", ".join(kpi_names))
            plot.value = img_html(measures_png(labels, panels), alt)
        else:
            plot.value = ""
        summary.value = summary_html(model, page)

    @guarded(page, feedback, "remove follow-up entry")
    def remove_entry(iid: str) -> None:
        model.remove_item("entries", iid)
        show()

    @guarded(page, feedback, "add follow-up entry")
    def on_add(_b: w.Button) -> None:
        try:
            model.add_entry()
        except NeedsInput as exc:
            b.show_problems(exc.problems)
            feedback.error(t("form.problems", n=len(exc.problems)))
            return
        b.sync("new_what", "new_hours", "new_value")
        feedback.ok(t("fu.added"))
        show()

    add.on_click(on_add)
    show_kind()
    show()
    b.refresh()
    return column(
        paragraph(t("fu.intro")),
        goals,
        entry,
        row(add),
        feedback.widget,
        heading(t("fu.log"), 3),
        log_box,
        heading(t("fu.plot"), 3),
        plot,
        heading(t("fu.summary"), 3),
        summary,
    )
