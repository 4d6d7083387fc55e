"""Workbook 08 (Spør om reglene): a question about the rules, answered with verified citations.

The question is a form field (saved as typed, so nothing is lost on reload); the last answer is
saved beside it. When the answer states a legal rule, `rule_question` names the question that rule
answers, so the user can see when the rule is not what they asked.
"""

from __future__ import annotations

from typing import Any, ClassVar

from advisor.app.context import AppContext
from advisor.app.steps.base import FormModel, NeedsInput, Problem, Problems, plain
from advisor.core.models import Answer

MAX_LENGTH = 1000  # characters: a question, not a document (the refusal check takes documents)


def rule_question(rule_id: str | None, lang: str) -> str:
    """The question legal rule `rule_id` answers, as its first phrasing in `lang` («Kan jeg …?»); "" if unknown."""
    if not rule_id:
        return ""
    from advisor.answering.phrasings import phrasings_in
    from advisor.answering.rules import load_rules  # only when answering: the page opens without it

    rule = next((r for r in load_rules() if r.get("id") == rule_id), None)
    if rule is None:
        return ""
    # the first phrasing in the page's language, or the rule's first at all if it has none in it
    first = next((s for p in [*phrasings_in(rule, lang), *rule["phrasings"]] if (s := str(p).strip())), "")
    if not first:
        return ""
    first = first[0].upper() + first[1:]
    return first if first.endswith("?") else f"{first}?"


class AskModel(FormModel):
    """The question as typed, and the last answer (with the question and language it answered)."""

    key = "askpage"
    defaults: ClassVar[dict[str, Any]] = {"question": ""}
    answer_key = "askpage_answer"
    _answered_in_process = False  # the first question of a kernel loads the index

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.saved: dict[str, Any] = ctx.get(self.answer_key) or {}

    def problems(self) -> Problems:
        """An empty question, or one too long to be a question."""
        q = " ".join(str(self.values.get("question") or "").split())
        if not q:
            return {"question": Problem("askpage.err.empty")}
        if len(q) > MAX_LENGTH:
            return {"question": Problem("askpage.err.too_long", {"limit": MAX_LENGTH, "n": len(q)})}
        return {}

    @classmethod
    def first_question(cls) -> bool:
        """True until this process has answered a question (the first one loads the index)."""
        return not cls._answered_in_process

    def ask(self) -> Answer:
        """The cited answer to the saved question in the page's language; NeedsInput if it cannot be asked."""
        problems = self.problems()
        if problems:
            raise NeedsInput(problems)
        from advisor.answering.ask import ask  # the search loads only when a question is asked

        settings = self.ctx.settings_in_language()
        answer = ask(self.values["question"], settings)
        AskModel._answered_in_process = True
        self.saved = {"answer": plain(answer), "lang": settings.language}
        self.ctx.save(self.answer_key, self.saved)
        return answer

    @property
    def answer(self) -> Answer | None:
        """The last answer, or None."""
        a = self.saved.get("answer")
        return Answer.model_validate(a) if a else None

    @property
    def answer_lang(self) -> str:
        """The language the saved answer was written in."""
        return str(self.saved.get("lang") or "nb")

    def rule_line(self, answer: Answer | None = None) -> str:
        """The question the answer's legal rule answers, in the page language ("" if no rule)."""
        a = answer or self.answer
        return rule_question(a.rule if a else None, self.ctx.lang)
