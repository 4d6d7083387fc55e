"""Grounded generation with a model: answers and refined drafts, never less grounded than the composer.\n\n`answer_with_model` and `refine_draft` give the model the retrieved passages as fenced data blocks,\nask for JSON claims with verbatim quotes, check every claim (advisor.answering.cite), send one repair\nrequest if anything fails, and otherwise fall back to the grounded output with a notice.\n`maybe_refine` is the hook the advisor tasks call."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from advisor.answering.cite import check_model_claims, render_answer, render_draft
from advisor.answering.compose import Relevance, compose
from advisor.answering.converse import _fallback_notice, _notice, converse
from advisor.answering.grounding import corpus_passages
from advisor.answering.prompts import (
    _language_rule,
    document_blocks,
    fence,
    neutralise,
    passage_blocks,
    prompt_names,
    render_prompt,
)
from advisor.answering.replies import CLAIMS_SCHEMA, SECTIONS_SCHEMA, parse_claims, parse_sections
from advisor.backends import llm as backends  # looked up at call time: a test may swap the factory
from advisor.backends.llm import LLMUnavailable, backend_name
from advisor.core.i18n import t
from advisor.core.models import Answer, CitedDraft, Claim, Draft, DraftSection, Hit, Passage
from advisor.core.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)


MAX_CLAIMS = Relevance().max_claims


def answer_prompt(
    question: str, passages: Sequence[Passage], lang: str, documents: Mapping[str, str] | None = None
) -> list[BaseMessage]:
    """The system and user messages for answering `question` from `passages`."""
    from langchain_core.messages import HumanMessage, SystemMessage

    return [
        SystemMessage(content=render_prompt("system")),
        HumanMessage(
            content=render_prompt(
                "answer",
                language_rule=_language_rule(lang),
                max_claims=MAX_CLAIMS,
                passages=passage_blocks(passages),
                documents=document_blocks(documents),
                question=fence(question, "question"),
            )
        ),
    ]


def answer_with_model(
    question: str,
    hits: list[Hit],
    settings: Settings,
    model: BaseChatModel | None = None,
    documents: Mapping[str, str] | None = None,
    fallback: Callable[[str | None], Answer] | None = None,
) -> Answer:
    """A model-written answer whose every claim cites a retrieved passage verbatim, or the grounded one
    (`fallback(notice)` when given: the answer `ask` gives without a model)."""
    lang = settings.language
    retrieved = {h.passage.id: h.passage for h in hits}
    abstain = t("ask.abstain", lang)

    def grounded(notice: str | None) -> Answer:
        if fallback is not None:
            return fallback(notice)
        return render_answer(
            question, compose(question, hits, lang=lang), retrieved, backend="none", abstain_text=abstain, notice=notice
        )

    if not hits:
        return grounded(None)
    try:
        model = model or backends.make_chat_model(settings)
    except LLMUnavailable as e:
        log.warning("language model not available: %s", e)
        return grounded(_notice("answer.model_unavailable", lang, "advice.error"))
    if model is None:
        return grounded(None)

    def parse_and_check(text: str) -> tuple[list[Claim], list[str]]:
        claims = parse_claims(text)
        return check_model_claims(claims, retrieved)

    messages = answer_prompt(question, [h.passage for h in hits], lang, documents)
    outcome = converse(model, settings, messages, CLAIMS_SCHEMA, parse_and_check)
    if not outcome.ok:
        return grounded(_fallback_notice(outcome, lang))
    return render_answer(question, outcome.value, retrieved, backend=backend_name(settings), abstain_text=abstain)


def _draft_block(draft: Draft) -> str:
    data = {
        "sections": [
            {
                "index": i,
                "heading": s.heading,
                "claims": [{"text": c.text, "citations": [s_.model_dump() for s_ in c.support]} for c in s.claims],
            }
            for i, s in enumerate(draft.sections)
        ]
    }
    return fence(json.dumps(data, ensure_ascii=False, indent=1), "draft")


def refine_prompt(
    draft: Draft, passages: Sequence[Passage], lang: str, documents: Mapping[str, str] | None = None
) -> list[BaseMessage]:
    """The system and user messages for making `draft` more fluent from `passages`."""
    from langchain_core.messages import HumanMessage, SystemMessage

    return [
        SystemMessage(content=render_prompt("system")),
        HumanMessage(
            content=render_prompt(
                "refine",
                kind=neutralise(draft.kind),
                title=neutralise(draft.title),
                language_rule=_language_rule(lang),
                passages=passage_blocks(passages),
                draft=_draft_block(draft),
                documents=document_blocks(documents),
            )
        ),
    ]


def refine_draft(
    draft: Draft,
    passages: Mapping[str, Passage],
    settings: Settings,
    model: BaseChatModel | None = None,
    documents: Mapping[str, str] | None = None,
) -> Draft:
    """The draft reworded by the model, every claim checked; the original draft if that fails."""
    lang = settings.language
    cited = list(dict.fromkeys(s.passage_id for sec in draft.sections for c in sec.claims for s in c.support))
    shown = {pid: passages[pid] for pid in cited if pid in passages}
    if not shown:
        return draft
    try:
        model = model or backends.make_chat_model(settings)
    except LLMUnavailable as e:
        log.warning("language model not available: %s", e)
        return _with_notice(draft, _notice("answer.model_unavailable", lang, "advice.error"))
    if model is None:
        return draft

    def parse_and_check(text: str) -> tuple[list[DraftSection], list[str]]:
        by_index = parse_sections(text)
        problems = [f"section index {i} does not exist" for i in by_index if not 0 <= i < len(draft.sections)]
        sections = []
        for i, original in enumerate(draft.sections):
            kept, found = check_model_claims(by_index.get(i, []), shown)
            problems += found
            if original.claims and not kept:
                problems.append(f"section {i} ({original.heading!r}) has no verified claim left")
            sections.append(original.model_copy(update={"claims": kept}))
        return sections, problems

    messages = refine_prompt(draft, list(shown.values()), lang, documents)
    outcome = converse(model, settings, messages, SECTIONS_SCHEMA, parse_and_check)
    if not outcome.ok:
        return _with_notice(draft, _fallback_notice(outcome, lang))
    return draft.model_copy(update={"sections": outcome.value, "backend": backend_name(settings)})


def _with_notice(draft: Draft, notice: str) -> Draft:
    text = f"{draft.notice} {notice}" if draft.notice else notice
    return draft.model_copy(update={"notice": text})


def maybe_refine(draft: Draft, passages: Mapping[str, Passage], settings: Settings | None) -> Draft:
    """Let a configured model make the draft more fluent; never less grounded."""
    if settings is None or settings.llm == "none":
        return draft
    return refine_draft(draft, passages, settings)


def finish_draft(draft: Draft, settings: Settings | None) -> CitedDraft:
    """The ending every task shares: the model's refinement if one is switched on, then the draft
    rendered with numbered citations checked against the corpus passages."""
    passages = corpus_passages()
    return render_draft(maybe_refine(draft, passages, settings), passages)


def iter_prompts() -> Iterator[tuple[str, str]]:
    """(name, text) of every prompt file rendered with sample values (for tests and review)."""
    sample = {
        "language_rule": _language_rule("nb"),
        "max_claims": MAX_CLAIMS,
        "kind": "arguments",
        "title": "Eksempel",
        "passages": "(kildeavsnitt)",
        "documents": "(ingen)",
        "question": fence("Har jeg rett til hjemmekontor?", "question"),
        "draft": "(utkast)",
        "problems": "- eksempel",
    }
    for name in prompt_names():
        yield name, render_prompt(name, **sample)
