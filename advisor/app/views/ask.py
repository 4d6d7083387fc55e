"""Workbook 08: ask a question about the rules; the answer with its numbered, verified citations."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.ask import AskModel
from advisor.app.views.citations import text_html
from advisor.app.views.common import Feedback, Page, button, column, esc, guarded, html_widget, paragraph, row
from advisor.app.views.forms import Binder
from advisor.core.models import Answer


def answer_html(page: Page, model: AskModel, answer: Answer) -> str:
    """The question asked, the answer (or the abstention, plainly), its notice, the rule line and the sources."""
    t = page.t
    parts = [f'<p class="fw-note fw-asked">{esc(t("askpage.asked", question=answer.question))}</p>']
    if model.answer_lang != page.lang:
        parts.append(f'<p class="fw-warn fw-answer-lang">{esc(t("askpage.other_lang"))}</p>')
    if answer.abstained:
        parts.append(f'<div class="fw-answer fw-abstained"><p>{esc(answer.answer)}</p></div>')
        return "".join(parts)
    if answer.notice:
        parts.append(f'<p class="fw-info fw-answer-notice">{esc(answer.notice)}</p>')
    rule = model.rule_line(answer)
    if rule:
        parts.append(f'<p class="fw-info fw-rule-line">{esc(t("askpage.rule", question=rule))}</p>')
    body = text_html(answer.answer, answer.citations, page.lang, uid="ask")
    parts.append(f'<div class="fw-answer">{body}</div>')
    return "".join(parts)


def build(page: Page) -> w.Widget:
    model = AskModel(page.ctx)
    b = Binder(page, model)
    t = page.t
    feedback = Feedback(page)
    output = html_widget("", "fw-ask-answer")

    def show() -> None:
        answer = model.answer
        output.value = answer_html(page, model, answer) if answer else ""

    go = button(t("askpage.ask"), tooltip=t("askpage.ask.help"), style="primary")
    go.add_class("fw-ask")

    @guarded(page, feedback, "ask a question")
    def on_go(_b: w.Button) -> None:
        problems = b.check_all()
        if problems:
            feedback.problem(problems["question"])
            return
        feedback.busy("askpage.busy.first" if model.first_question() else "askpage.busy")
        answer = model.ask()
        show()
        if answer.abstained:
            feedback.info(t("askpage.abstained"))
        else:
            feedback.ok(t("askpage.done"))

    go.on_click(on_go)
    field = b.text("question", "askpage.question", area=True, rows=3, placeholder_key="askpage.placeholder")
    show()
    b.refresh()
    return column(paragraph(t("askpage.intro")), field, row(go), feedback.widget, output)
