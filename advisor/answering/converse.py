"""One conversation with a model with at most one repair request, and the notices shown when it falls back."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from advisor.answering.prompts import neutralise, render_prompt
from advisor.answering.replies import BadReply
from advisor.backends.llm import _message_text, backend_name
from advisor.core.i18n import t
from advisor.core.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What came of asking the model: the checked value, or why it cannot be used."""

    value: Any = None
    ok: bool = False
    unavailable: bool = False
    calls: int = 0
    problems: list[str] = field(default_factory=list)


def _json_mode(model: BaseChatModel, settings: Settings, schema: dict[str, Any]) -> Any:
    """The model bound to ask for JSON in the back end's own way (the reply is parsed as text anyway)."""
    match settings.llm:
        case "openai":
            return model.bind(
                response_format={"type": "json_schema", "json_schema": {"name": "grounded_reply", "schema": schema}}
            )
        case "ollama":
            return model.bind(format=schema)
        case "llamacpp":
            return model.bind(response_format={"type": "json_object", "schema": schema})
        case _:
            return model


def _invoke(model: BaseChatModel, settings: Settings, messages: list[BaseMessage], schema: dict[str, Any]) -> str:
    """One model call; a server that rejects structured output (HTTP 400) is asked again in plain text."""
    try:
        return _message_text(_json_mode(model, settings, schema).invoke(messages))
    except Exception as e:
        if settings.llm == "openai":
            import openai

            if isinstance(e, openai.BadRequestError):
                log.warning("the server rejected structured output (%s); asking again without it", e)
                return _message_text(model.invoke(messages))
        raise


def converse(
    model: BaseChatModel,
    settings: Settings,
    messages: list[BaseMessage],
    schema: dict[str, Any],
    parse_and_check: Callable[[str], tuple[Any, list[str]]],
) -> Outcome:
    """Ask, check, and if anything fails ask once more listing the exact problems."""
    from langchain_core.messages import AIMessage, HumanMessage

    outcome = Outcome()
    for attempt in (1, 2):
        try:
            reply = _invoke(model, settings, messages, schema)
        except Exception as e:  # any failure of the server or client: fall back, never a traceback
            log.warning(
                "language model %s failed (attempt %d): %s: %s", backend_name(settings), attempt, type(e).__name__, e
            )
            log.debug("details of the failure", exc_info=True)
            outcome.unavailable = attempt == 1
            return outcome
        outcome.calls = attempt
        try:
            value, problems = parse_and_check(reply)
        except BadReply as e:
            value, problems = None, [str(e)]
        if not problems:
            outcome.value, outcome.ok, outcome.problems = value, True, []
            return outcome
        outcome.problems = problems
        log.warning(
            "model reply failed the citation check (attempt %d): %s", attempt, "; ".join(_redacted(p) for p in problems)
        )
        messages = [
            *messages,
            AIMessage(content=reply),
            HumanMessage(content=render_prompt("repair", problems=_problem_list(problems))),
        ]
    return outcome


_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _redacted(problem: str) -> str:
    """A problem for the log: the quoted texts (claims, quotes, ids) left out, they may hold personal facts."""
    return _QUOTED.sub("'…'", problem)


def _problem_list(problems: Sequence[str]) -> str:
    return "\n".join(f"- {neutralise(p)}" for p in problems)


def _notice(key: str, lang: str, fallback_key: str) -> str:
    """A catalogue message; `fallback_key` until the catalogue has `key`."""
    try:
        return t(key, lang)
    except KeyError:
        return t(fallback_key, lang)


def _fallback_notice(outcome: Outcome, lang: str) -> str:
    if outcome.unavailable:
        return _notice("answer.model_unavailable", lang, "advice.error")
    return t("answer.replaced", lang)
