"""Workbook 10: HR workshop — create one (code), join one, anonymised dashboard, policy checklist."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.logs import log_failure
from advisor.app.steps.agreement import DOCX_MIME
from advisor.app.steps.base import NeedsInput
from advisor.app.steps.rehearse import RehearseModel
from advisor.app.steps.workshop import MIN_GROUP, WorkshopModel
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
    text_field,
)


def _text(value: str, label: str, on_change, area: bool = False, css: str = "") -> w.Widget:  # noqa: ANN001
    widget = text_field(value, label, css, area=area)

    def changed(change: dict) -> None:
        try:
            on_change(change["new"])
        except Exception as exc:
            log_failure("save workshop field", exc)

    widget.observe(changed, names="value")
    return widget


def dashboard_html(d: dict, page: Page, model: WorkshopModel) -> str:
    t = page.t
    if d["hidden"]:
        return f"<p class='fw-info'>{esc(t('hr.dash.too_few', n=d['n'], min=d['min_group']))}</p>"
    bars = "".join(
        f"<tr><td>{esc(level)}</td><td>{'█' * int(count)} {int(count)}</td></tr>"
        for level, count in d["readiness"].items()
    )
    progress = "".join(
        f"<tr><td>{esc(t('wb.' + step + '.title'))}</td><td>{round(100 * share)} %</td></tr>"
        for step, share in d["progress"].items()
    )
    labels = RehearseModel(model.ctx)
    objections = "".join(f"<li>{esc(labels.objection_label(oid))} — {esc(n)}</li>" for oid, n in d["objections"])
    best = d["best_score_mean"]
    mean_text = f"{d['readiness_mean']:.1f}" if d["readiness_mean"] else "–"
    score_text = f"{round(100 * best)} %" if best is not None else "–"
    return (
        f"<p><strong>{esc(t('hr.dash.participants', n=d['n']))}</strong></p>"
        f"<h4>{esc(t('hr.dash.readiness', mean=mean_text))}</h4>"
        f"<table class='fw-table'>{bars}</table>"
        f"<h4>{esc(t('hr.dash.progress'))}</h4><table class='fw-table'>{progress}</table>"
        f"<h4>{esc(t('hr.dash.objections'))}</h4><ol>{objections or '<li>–</li>'}</ol>"
        f"<p>{esc(t('hr.dash.scores', score=score_text, n=d['rehearsed']))}</p>"
    )


def build(page: Page) -> w.Widget:
    model = WorkshopModel(page.ctx)
    page.ctx.watch(model.workshop_doc)
    page.ctx.watch(model.policy_doc)
    t = page.t
    return column(paragraph(t("hr.intro")), _facilitator(page, model), _participant(page, model), _policy(page, model))


def _facilitator(page: Page, model: WorkshopModel) -> w.Widget:
    t = page.t
    feedback = Feedback(page)
    code_box = html_widget("", "fw-workshop-code")
    dashboard = html_widget("", "fw-dashboard")
    title = _text(model.data["title"], t("hr.title"), lambda v: model.set("title", v), css="fw-in-workshop-title")
    chooser = w.Dropdown(
        options=[], description=t("hr.choose"), layout=w.Layout(width="100%"), style={"description_width": "initial"}
    )
    chooser.add_class("fw-field")

    def refresh_list() -> None:
        owned = model.owned()
        chooser.options = [(f"{o['code']} — {o['title'] or t('hr.untitled')}", o["code"]) for o in owned]
        if model.data["selected"] in [o["code"] for o in owned]:
            chooser.value = model.data["selected"]
        code = model.data["selected"]
        code_box.value = (
            f"<p class='fw-card'>{esc(t('hr.code_is'))} <strong style='font-size:1.6em;letter-spacing:0.15em'>"
            f"{esc(code)}</strong></p>"
            if code
            else ""
        )

    create = button(t("hr.create"), tooltip=t("hr.create.help"), style="primary")
    create.add_class("fw-create-workshop")
    show = button(t("hr.show"), tooltip=t("hr.show.help"))

    @guarded(page, feedback, "create workshop")
    def on_create(_b: w.Button) -> None:
        model.create()
        refresh_list()
        feedback.ok(t("hr.created"))

    @guarded(page, feedback, "workshop dashboard")
    def on_show(_b: w.Button) -> None:
        if not model.data["selected"]:
            feedback.error(t("hr.no_workshop"))
            return
        dashboard.value = dashboard_html(model.dashboard(), page, model)
        feedback.clear()

    def on_choose(change: dict) -> None:
        if change["new"]:
            model.set("selected", change["new"])
            refresh_list()

    create.on_click(on_create)
    show.on_click(on_show)
    chooser.observe(on_choose, names="value")
    guarded(page, feedback, "list workshops")(refresh_list)()
    return column(
        heading(t("hr.facilitator")),
        paragraph(t("hr.facilitator.help")),
        title,
        row(create),
        code_box,
        chooser,
        row(show),
        feedback.widget,
        html_widget(f"<p class='fw-note'>{esc(t('hr.dash.privacy', min=MIN_GROUP))}</p>"),
        dashboard,
    )


def _participant(page: Page, model: WorkshopModel) -> w.Widget:
    t = page.t
    feedback = Feedback(page)
    status = html_widget("")
    code = _text(model.data["join_code"], t("hr.join_code"), lambda v: model.set("join_code", v), css="fw-in-join-code")
    problem = html_widget("", "fw-status")
    readiness = w.Dropdown(
        options=[(t(f"hr.ready.{i}"), str(i)) for i in range(1, 6)],
        value=str(model.data["readiness"]) if str(model.data["readiness"]) in "12345" else "3",
        description=t("hr.readiness"),
        layout=w.Layout(width="100%"),
        style={"description_width": "initial"},
    )
    readiness.add_class("fw-field")
    readiness.observe(lambda ch: model.set("readiness", ch["new"]), names="value")

    def show_status() -> None:
        joined = model.membership()
        status.value = f"<p class='fw-ok'>{esc(t('hr.joined', code=joined))}</p>" if joined else ""

    join = button(t("hr.join"), tooltip=t("hr.join.help"), style="primary")
    join.add_class("fw-join-workshop")
    leave = button(t("hr.leave"), tooltip=t("hr.leave.help"))

    @guarded(page, feedback, "join workshop")
    def on_join(_b: w.Button) -> None:
        problem.value = ""
        try:
            model.join()
        except NeedsInput as exc:
            p = next(iter(exc.problems.values()))
            problem.value = f'<div class="fw-error" role="alert">⚠ {esc(t(p.key, **p.values))}</div>'
            return
        show_status()
        feedback.ok(t("hr.shared"))

    @guarded(page, feedback, "leave workshop")
    def on_leave(_b: w.Button) -> None:
        model.withdraw()
        show_status()
        feedback.ok(t("hr.left"))

    join.on_click(on_join)
    leave.on_click(on_leave)
    guarded(page, feedback, "workshop status")(show_status)()
    return column(
        heading(t("hr.participant")),
        paragraph(t("hr.participant.help")),
        code,
        problem,
        readiness,
        row(join, leave),
        feedback.widget,
        status,
    )


def _policy(page: Page, model: WorkshopModel) -> w.Widget:
    t = page.t
    feedback = Feedback(page)
    output = html_widget("", "fw-policy")
    links = html_widget("", "fw-downloads")
    org = _text(model.policy["org"], t("hr.org"), model.set_org, css="fw-in-org")
    points = []
    for i in range(1, 10):
        point = model.policy["points"][str(i)]
        done = w.Checkbox(
            value=bool(point["done"]), description=t("hr.in_place"), indent=False, layout=w.Layout(width="auto")
        )
        done.observe(lambda ch, i=i: model.set_point(i, "done", bool(ch["new"])), names="value")
        notes = _text(point["notes"], t("hr.notes"), lambda v, i=i: model.set_point(i, "notes", v), area=True)
        card = column(html_widget(f"<strong>{esc(t(f'hr.point.{i}'))}</strong>"), done, notes)
        card.add_class("fw-card")
        points.append(card)

    make = button(t("hr.policy.make"), tooltip=t("hr.policy.make.help"), style="primary")
    make.add_class("fw-make-policy")

    @guarded(page, feedback, "policy draft")
    def on_make(_b: w.Button) -> None:
        feedback.busy()
        draft = model.policy_draft()
        output.value = draft_html(draft, page.lang, uid="policy")
        data, path = model.policy_docx()
        links.value = download_html(data, path.name, DOCX_MIME, t("hr.policy.download"))
        feedback.ok(t("hr.policy.done"))

    make.on_click(on_make)
    return column(
        heading(t("hr.policy")), paragraph(t("hr.policy.help")), org, *points, row(make), feedback.widget, links, output
    )
