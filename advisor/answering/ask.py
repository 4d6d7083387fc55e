"""Answer a question with citations: retrieve, compose (or draft with a model), check, render."""

from __future__ import annotations

from advisor.answering.cite import render_answer
from advisor.answering.compose import compose
from advisor.answering.model import answer_with_model
from advisor.core.i18n import t
from advisor.core.models import Answer
from advisor.core.settings import Settings
from advisor.retrieval.retrieve import get_retriever

MAX_QUESTION = 2000


class BadQuestion(ValueError):
    """A question we cannot take, with a message for the user."""


def ask(question: str, settings: Settings, k: int | None = None) -> Answer:
    """The cited answer to `question` from the indexed corpus."""
    lang = settings.language
    q = " ".join((question or "").split())
    if not q:
        raise BadQuestion(t("ask.empty", lang))
    if len(q) > MAX_QUESTION:
        raise BadQuestion(t("ask.too_long", lang, limit=MAX_QUESTION))
    retriever = get_retriever(settings)
    hits = retriever.search(q, k or settings.top_k)
    if settings.llm != "none":

        return answer_with_model(q, hits, settings)
    retrieved = {h.passage.id: h.passage for h in hits}
    claims = compose(q, hits, lang=lang)
    return render_answer(q, claims, retrieved, backend="none", abstain_text=t("ask.abstain", lang))
