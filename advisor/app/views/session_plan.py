"""Workbook 11 (Verkstedopplegg): the plan, the pair role-play, readiness, and the debrief."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.agreement import DOCX_MIME
from advisor.app.steps.base import NeedsInput
from advisor.app.steps.session_plan import CASE_KINDS, MIN_GROUP, ROLES, Debrief, SessionPlanModel, criteria
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
from advisor.app.views.plots import img_html


def build(page: Page) -> w.Widget:
    model = SessionPlanModel(page.ctx)
    return column(
        paragraph(page.t("plan.intro")),
        _plan(page, model),
        _readiness(page, model, "readiness_before"),
        _roleplay(page, model),
        _readiness(page, model, "readiness_after"),
        _share(page, model),
        _debrief(page, model),
    )


def _field(value: str, label: str, css: str, on_change) -> w.Text | w.Textarea:  # noqa: ANN001
    widget = text_field(value, label, css)
    widget.observe(lambda ch: on_change(ch["new"]), names="value")
    return widget


def _choice(options: list[tuple[str, str]], value: str, label: str, css: str, on_change) -> w.Dropdown:  # noqa: ANN001
    widget = w.Dropdown(
        options=options,
        value=value if value in [v for _, v in options] else options[0][1],
        description=label,
        layout=w.Layout(width="100%"),
        style={"description_width": "initial"},
    )
    widget.add_class("fw-field")
    widget.add_class(css)
    widget.observe(lambda ch: on_change(ch["new"]), names="value")
    return widget


def _plan(page: Page, model: SessionPlanModel) -> w.Widget:
    t = page.t
    feedback = Feedback(page)
    table = html_widget("", "fw-plan")

    typing = {"start": False}  # typed in since the field was last left: a problem may go, none comes

    @guarded(page, feedback, "workshop plan")
    def show(judge: bool = True) -> None:
        try:
            rows = model.schedule()
        except NeedsInput as exc:
            if judge:  # left, Enter, or the page opened: say what is wrong with the time
                if "start" in exc.problems:
                    feedback.problem(exc.problems["start"])
                else:
                    feedback.needs_input(exc)
            return
        feedback.clear()
        body = "".join(
            f"<tr><td>{esc(r['begins'])}–{esc(r['ends'])}</td><td><strong>{esc(t('plan.step.' + r['step']))}</strong>"
            f"<br><span class='fw-note'>{esc(t('plan.do.' + r['step']))}</span></td>"
            f"<td><a href='{esc(r['notebook'])}'>{esc(r['notebook'].removesuffix('.ipynb'))}</a></td>"
            f"<td>{r['minutes']} min</td></tr>"
            for r in rows
        )
        table.value = (
            f"<table class='fw-table'><tr><th>{esc(t('plan.col.time'))}</th><th>{esc(t('plan.col.step'))}"
            f"</th><th>{esc(t('plan.col.workbook'))}</th><th>{esc(t('plan.col.minutes'))}</th></tr>{body}</table>"
        )

    def set_start(v: str) -> None:
        model.set("start", v)
        typing["start"] = True
        show(judge=False)  # a half-typed «09:» is not called wrong; a right time shows at once

    def leave(*_args: object) -> None:
        if typing["start"]:
            typing["start"] = False
            show()

    start = _field(model.data["start"], t("plan.start"), "fw-in-plan-start", set_start)
    start.on_msg(lambda _w, content, _b: leave() if content.get("event") == "submit" else None)  # Enter
    page.on_leave.append(leave)  # focus left the field (the page template's hidden button)
    show()
    return column(heading(t("plan.title")), paragraph(t("plan.help")), start, feedback.widget, table)


def _readiness(page: Page, model: SessionPlanModel, name: str) -> w.Widget:
    t = page.t
    options = [(t("plan.ready.unset"), "")] + [(t(f"hr.ready.{i}"), str(i)) for i in range(1, 6)]
    box = _choice(
        options,
        str(model.data[name]),
        t(f"plan.{name}"),
        f"fw-in-{name.replace('_', '-')}",
        lambda v: model.set(name, v),
    )
    return column(heading(t(f"plan.{name}.title"), 3), box)


def _roleplay(page: Page, model: SessionPlanModel) -> w.Widget:
    t = page.t
    feedback = Feedback(page)
    cards_box = column()
    role_help = html_widget("")

    def show_role() -> None:
        role_help.value = f"<p class='fw-info'>{esc(t('plan.role.' + model.data['role'] + '.help'))}</p>"

    def show_cards() -> None:
        rows: list[w.Widget] = []
        for oid in model.data["cards"]:
            card = model.card(oid)
            parts: list[w.Widget] = [
                html_widget(
                    f"<div class='fw-card fw-objection-card'><strong>{esc(card['label'])}</strong>"
                    f"<p>«{esc(card['say'])}»</p><p class='fw-note'>{esc(t('plan.card.behind'))} {esc(card['behind'])}</p></div>"
                )
            ]
            if model.data["role"] == "observer":
                for c in criteria(model.data["case_kind"]):
                    current = (model.data["scores"].get(oid) or {}).get(c["key"])
                    score = w.ToggleButtons(
                        options=[("0", 0), ("1", 1), ("2", 2)],
                        value=current,
                        description=c["label"].get(page.lang) or c["label"]["nb"],
                        style={"description_width": "initial", "button_width": "3em"},
                    )
                    score.add_class(f"fw-score-{c['key']}")
                    score.observe(
                        lambda ch, oid=oid, key=c["key"]: (
                            model.score(oid, key, ch["new"]) if ch["new"] is not None else None
                        ),
                        names="value",
                    )
                    parts.append(score)
            rows.append(column(*parts))
        cards_box.children = rows
        hardest.options = [(t("plan.hardest.none"), "")] + [(model.card(o)["label"], o) for o in model.data["cards"]]
        hardest.value = model.data["hardest"] if model.data["hardest"] in model.data["cards"] else ""

    def set_role(v: str) -> None:
        model.set("role", v)
        show_role()
        show_cards()

    role = _choice(
        [(t(f"plan.role.{r}"), r) for r in ROLES], model.data["role"], t("plan.role"), "fw-in-plan-role", set_role
    )
    kind = _choice(
        [(t(f"mgr.kind.{k}"), k) for k in CASE_KINDS],
        model.data["case_kind"],
        t("plan.case_kind"),
        "fw-in-case-kind",
        lambda v: model.set("case_kind", v),
    )
    worry = _field(
        model.data["case_worry"], t("plan.case_worry"), "fw-in-case-worry", lambda v: model.set("case_worry", v)
    )
    hardest = w.Dropdown(
        options=[("", "")],
        description=t("plan.hardest"),
        layout=w.Layout(width="100%"),
        style={"description_width": "initial"},
    )
    hardest.add_class("fw-in-hardest")
    hardest.observe(lambda ch: model.set("hardest", ch["new"] or ""), names="value")
    draw = button(t("plan.draw"), tooltip=t("plan.draw.help"), style="primary")
    draw.add_class("fw-draw-cards")

    @guarded(page, feedback, "draw cards")
    def on_draw(_b: w.Button) -> None:
        model.draw_cards()
        show_cards()
        feedback.ok(t("plan.drawn", n=len(model.data["cards"])))

    draw.on_click(on_draw)
    show_role()
    guarded(page, feedback, "show cards")(show_cards)()
    return column(
        heading(t("plan.roleplay")),
        paragraph(t("plan.roleplay.help")),
        role,
        role_help,
        kind,
        worry,
        row(draw),
        feedback.widget,
        cards_box,
        hardest,
    )


def _share(page: Page, model: SessionPlanModel) -> w.Widget:
    t = page.t
    feedback = Feedback(page)
    code = _field(
        model.workshop.data["join_code"],
        t("hr.join_code"),
        "fw-in-plan-code",
        lambda v: model.workshop.set("join_code", v),
    )
    go = button(t("plan.share"), tooltip=t("plan.share.help"), style="primary")
    go.add_class("fw-plan-share")

    @guarded(page, feedback, "share workshop status")
    def on_share(_b: w.Button) -> None:
        try:
            shared = model.share()
        except NeedsInput as exc:
            feedback.needs_input(exc)
            return
        feedback.ok(t("plan.shared", code=shared))

    go.on_click(on_share)
    return column(heading(t("plan.share.title"), 3), paragraph(t("plan.share.privacy")), code, row(go), feedback.widget)


def debrief_plots(d: Debrief, model: SessionPlanModel, lang: str, t) -> list[tuple[str, bytes]]:  # noqa: ANN001
    """Bar charts of the hardest objections and of readiness before and after (only when not hidden)."""
    if d.hidden:
        return []
    import matplotlib

    matplotlib.use("Agg")
    import io

    import matplotlib.pyplot as plt

    plots = []
    if d.hardest:
        fig, ax = plt.subplots(figsize=(7, 0.6 + 0.5 * len(d.hardest)))
        labels = [model.objection_label(oid) for oid, _ in d.hardest][::-1]
        ax.barh(labels, [n for _, n in d.hardest][::-1], color="#4a6fa5")
        ax.set_xlabel(t("plan.plot.hardest.x"))
        ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]  # MaxNLocator
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=110)
        plt.close(fig)
        plots.append((t("plan.debrief.hardest"), buf.getvalue()))
    if d.readiness_pairs:
        fig, ax = plt.subplots(figsize=(7, 3))
        levels = range(1, 6)
        before = [sum(1 for b, _ in d.readiness_pairs if b == lvl) for lvl in levels]
        after = [sum(1 for _, a in d.readiness_pairs if a == lvl) for lvl in levels]
        ax.bar([x - 0.2 for x in levels], before, width=0.4, label=t("plan.plot.before"), color="#b0b7c3")
        ax.bar([x + 0.2 for x in levels], after, width=0.4, label=t("plan.plot.after"), color="#2e7d32")
        ax.set_xticks(list(levels))
        ax.set_xlabel(t("plan.plot.readiness.x"))
        ax.set_ylabel(t("plan.plot.readiness.y"))
        ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]  # MaxNLocator
        ax.legend()
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=110)
        plt.close(fig)
        plots.append((t("plan.debrief.readiness"), buf.getvalue()))
    return plots


def _debrief(page: Page, model: SessionPlanModel) -> w.Widget:
    t = page.t
    feedback = Feedback(page)
    out = html_widget("", "fw-debrief")
    links = html_widget("", "fw-downloads")
    show = button(t("plan.debrief.show"), tooltip=t("plan.debrief.show.help"), style="primary")
    show.add_class("fw-show-debrief")

    @guarded(page, feedback, "debrief")
    def on_show(_b: w.Button) -> None:
        if not model.workshop.data["selected"]:
            feedback.error(t("hr.no_workshop"))
            return
        d = model.debrief()
        plots = debrief_plots(d, model, page.lang, t)
        if d.hidden:
            out.value = f"<p class='fw-info'>{esc(t('plan.debrief.too_few', n=d.n, min=MIN_GROUP))}</p>"
        else:
            change = d.change
            parts = [
                f"<p><strong>{esc(t('hr.dash.participants', n=d.n))}</strong></p>",
                f"<p>{esc(t('plan.debrief.change', n=len(d.readiness_pairs), change=f'{change:+.1f}' if change is not None else '–'))}</p>",
            ]
            if d.observed:
                share = round(100 * sum(d.observed) / len(d.observed))
                parts.append(f"<p>{esc(t('plan.debrief.observed', share=share))}</p>")
            parts += [img_html(png, caption) for caption, png in plots]
            out.value = "".join(parts)
        data = model.summary_docx(d, plots)
        name = (
            f"verksted-{d.code or 'oppsummering'}.docx" if page.lang == "nb" else f"workshop-{d.code or 'summary'}.docx"
        )
        links.value = download_html(data, name, DOCX_MIME, t("plan.summary.download"))
        feedback.clear()

    show.on_click(on_show)
    return column(
        heading(t("plan.debrief")),
        paragraph(t("plan.debrief.help", min=MIN_GROUP)),
        row(show),
        feedback.widget,
        out,
        links,
    )
