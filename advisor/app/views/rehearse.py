"""Workbook 04: chat-style role-play with the manager, coach feedback per reply, scores over attempts."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.rehearse import MAX_REPLY, ExerciseFinished, RehearseModel
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
    text_field,
)
from advisor.app.views.plots import img_html, scores_png


def _feedback_html(fb, page: Page, uid: str) -> str:  # noqa: ANN001 - a CoachFeedback
    t = page.t
    # A criterion that does not apply to the concern shows as «not relevant», out of the count (max 0).
    rows = "".join(
        f"<tr><td>{esc(s.label)}</td><td>{f'{s.score}/{s.max}' if s.max else '–'}</td><td>{esc(s.comment)}</td></tr>"
        for s in fb.scores
    )
    verdict = t("rehearse.good") if fb.good else t("rehearse.weak")
    return (
        f'<div class="fw-turn fw-coach"><strong>{esc(t("rehearse.coach"))}</strong> — '
        f"{esc(t('rehearse.score', total=fb.total, max=fb.max_total))} · {esc(verdict)}"
        f'<table class="fw-table"><tr><th>{esc(t("rehearse.criterion"))}</th><th>{esc(t("rehearse.points"))}</th>'
        f"<th>{esc(t('rehearse.comment'))}</th></tr>{rows}</table>"
        f"<details><summary>{esc(t('rehearse.details'))}</summary>{draft_html(fb.cited, page.lang, uid=uid)}"
        "</details></div>"
    )


def chat_html(model: RehearseModel, page: Page) -> str:
    t = page.t
    parts = []
    for i, turn in enumerate(model.turns()):
        who = turn["who"]
        if who == "manager":
            label = model.objection_label(turn["objection_id"]) if turn.get("objection_id") else ""
            tag = f' <span class="fw-badge">{esc(label)}</span>' if label else ""
            parts.append(
                f'<div class="fw-turn fw-manager"><strong>{esc(t("rehearse.manager"))}</strong>{tag}'
                f"<p>{esc(turn['text'])}</p></div>"
            )
        elif who == "me":
            parts.append(
                f'<div class="fw-turn fw-me"><strong>{esc(t("rehearse.you"))}</strong><p>{esc(turn["text"])}</p></div>'
            )
        else:
            parts.append(_feedback_html(turn["feedback"], page, uid=f"fb{i}"))
    if not parts:
        return f"<p class='fw-note'>{esc(t('rehearse.empty'))}</p>"
    return f'<div class="fw-chat" role="log" aria-live="polite">{"".join(parts)}</div>'


def build(page: Page) -> w.Widget:
    model = page.ctx.watch(RehearseModel(page.ctx))
    t = page.t
    feedback = Feedback(page)
    chat = html_widget("", "fw-chat-box")
    plot = html_widget("", "fw-scores")
    state = html_widget("")

    reply = text_field(
        model.data["draft"], t("rehearse.reply"), "fw-in-reply", area=True, rows=4, placeholder=t("rehearse.reply.ph")
    )
    reply_problem = html_widget("", "fw-status")

    def save_draft(change: dict) -> None:
        try:
            model.set_draft(change["new"])
        except Exception:
            feedback.error(t("error.storage"))

    reply.observe(save_draft, names="value")

    def show() -> None:
        try:
            chat.value = chat_html(model, page)
        except Exception:
            # A saved session from an older version that no longer loads: start afresh, keep the scores.
            model.reset()
            chat.value = chat_html(model, page)
        scores = model.scores()
        if scores:
            png = scores_png(scores, t("rehearse.plot.title"), t("rehearse.plot.x"), t("rehearse.plot.y"))
            alt = t("rehearse.plot.alt", values=", ".join(f"{round(100 * s)} %" for s in scores))
            plot.value = img_html(png, alt)
        else:
            plot.value = f"<p class='fw-note'>{esc(t('rehearse.plot.none'))}</p>"
        state.value = f"<p class='fw-ok'>{esc(t('rehearse.finished'))}</p>" if model.done else ""
        # A finished exercise is locked until the user starts a new one.
        reply.disabled = send.disabled = model.done

    start = button(t("rehearse.start"), tooltip=t("rehearse.start.help"))
    start.add_class("fw-start-rehearse")
    send = button(t("rehearse.send"), tooltip=t("rehearse.send.help"), style="primary")
    send.add_class("fw-send-reply")

    @guarded(page, feedback, "start rehearsal")
    def on_start(_b: w.Button) -> None:
        feedback.busy()
        model.start()
        show()
        feedback.clear()

    @guarded(page, feedback, "rehearsal reply")
    def on_send(_b: w.Button) -> None:
        reply_problem.value = ""
        text = reply.value
        if not text.strip():
            reply_problem.value = f'<div class="fw-error" role="alert">⚠ {esc(t("err.required"))}</div>'
            return
        if len(text) > MAX_REPLY:
            reply_problem.value = (
                f'<div class="fw-error" role="alert">⚠ {esc(t("err.too_long", limit=MAX_REPLY))}</div>'
            )
            return
        feedback.busy()
        try:
            model.reply(text)
        except ExerciseFinished:
            feedback.info(t("rehearse.finished"))
            show()
            return
        reply.value = ""
        show()
        feedback.clear()

    start.on_click(on_start)
    send.on_click(on_send)
    show()
    return column(
        paragraph(t("rehearse.intro")),
        row(start),
        feedback.widget,
        chat,
        state,
        reply,
        reply_problem,
        row(send),
        heading(t("rehearse.progress")),
        plot,
    )
