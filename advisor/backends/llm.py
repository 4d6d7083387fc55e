"""Language-model back ends through LangChain, never less grounded than the composer.

`make_chat_model` picks the back end from settings (nothing connects unless the user switches
one on). `answer_with_model` and `refine_draft` give the model the retrieved passages as fenced
data blocks, ask for JSON claims with verbatim quotes, check every claim with advisor.cite, send
one repair request if anything fails, and otherwise fall back to the grounded output with a
notice. `maybe_refine` is the hook the advisor tasks call.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

from pydantic import AliasChoices, BaseModel, Field, PrivateAttr, ValidationError

from advisor.cite import check_claims, render_answer
from advisor.compose import Relevance, compose
from advisor.i18n import t
from advisor.models import Answer, Claim, Draft, DraftSection, Hit, Passage, Support
from advisor.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)

ABSTAIN_PHRASE = "kildene dekker ikke dette"
MAX_CLAIMS = Relevance().max_claims


class LLMUnavailable(RuntimeError):
    """The configured back end cannot be built (missing extra, model file or setting)."""


# --- prompts and fencing ---------------------------------------------------------------------


def prompt_names() -> list[str]:
    """The prompt files shipped in advisor/prompts, without the .md suffix."""
    files = resources.files("advisor.prompts").iterdir()
    return sorted(f.name[:-3] for f in files if f.name.endswith(".md"))


def render_prompt(name: str, **values: object) -> str:
    """Prompt `name` with its ${placeholders} filled in; a missing value is an error."""
    text = resources.files("advisor.prompts").joinpath(f"{name}.md").read_text(encoding="utf-8")
    return Template(text).substitute({k: str(v) for k, v in values.items()}).strip()


_ANGLE_RUN = re.compile(r"<{2,}|>{2,}")


def neutralise(text: str) -> str:
    """Replace runs of angle brackets so untrusted text cannot open or close a data block."""
    return _ANGLE_RUN.sub(lambda m: ("‹" if m.group()[0] == "<" else "›") * len(m.group()), text)


def fence(text: str, kind: str, **attrs: str) -> str:
    """Untrusted text as one delimited data block; nothing inside can end the block early."""
    header = "".join(f" {k}={json.dumps(neutralise(str(v)), ensure_ascii=False)}" for k, v in attrs.items())
    return f"<<<DATA type={kind}{header}>>>\n{neutralise(text).strip()}\n<<<END DATA>>>"


def passage_blocks(passages: Sequence[Passage]) -> str:
    """The passages the model may cite, one data block each, with id and reference."""
    return "\n\n".join(fence(p.text, "passage", id=p.id, ref=p.ref) for p in passages)


def document_blocks(documents: Mapping[str, str] | None) -> str:
    """The user's own texts (a refusal letter, an uploaded document) as data blocks, or '(ingen)'."""
    if not documents:
        return "(ingen)"
    return "\n\n".join(fence(text, "document", name=name) for name, text in documents.items())


def _language_rule(lang: str) -> str:
    if lang == "en":
        return ("Skriv påstandene («text») på engelsk, men la sitatene («quote») stå ordrett på "
                "originalspråket i kilden.")
    return "Skriv påstandene på norsk bokmål."


# --- the back ends ---------------------------------------------------------------------------


def backend_name(settings: Settings) -> str:
    """How an answer names the back end that wrote it, e.g. 'openai:qwen2.5-7b-instruct'."""
    match settings.llm:
        case "openai" | "ollama":
            return f"{settings.llm}:{settings.llm_model}"
        case "llamacpp":
            return f"llamacpp:{Path(settings.llm_model_path).name if settings.llm_model_path else '?'}"
        case other:
            return other


def make_chat_model(settings: Settings, replies: Sequence[str] | None = None) -> BaseChatModel | None:
    """The chat model the settings ask for; None for 'none'. Building one never connects anywhere."""
    match settings.llm:
        case "none":
            return None
        case "openai":
            from langchain_openai import ChatOpenAI

            if not settings.llm_model:
                raise LLMUnavailable("the openai back end needs a model name (FLEXWORK_LLM_MODEL)")
            if not settings.llm_base_url and not settings.llm_api_key:
                raise LLMUnavailable(
                    "the openai back end needs FLEXWORK_LLM_BASE_URL (an OpenAI-compatible server such as "
                    "vLLM, llama.cpp server or LM Studio) or FLEXWORK_LLM_API_KEY"
                )
            return ChatOpenAI(
                base_url=settings.llm_base_url,
                model=settings.llm_model,
                api_key=settings.llm_api_key or "not-needed",
                timeout=settings.llm_timeout,
                temperature=settings.llm_temperature,
                max_retries=0,
                use_responses_api=False,  # local servers speak /v1/chat/completions only
            )
        case "ollama":
            from langchain_ollama import ChatOllama

            if not settings.llm_model:
                raise LLMUnavailable("the ollama back end needs a model name (FLEXWORK_LLM_MODEL)")
            return ChatOllama(
                base_url=settings.llm_base_url,
                model=settings.llm_model,
                temperature=settings.llm_temperature,
                client_kwargs={"timeout": settings.llm_timeout},
            )
        case "llamacpp":
            return _llamacpp_model(settings)
        case "fake":
            queued = _chat_model_classes()[0]
            if replies is None:
                return queued(messages=iter(()), echo=True)
            return queued(messages=iter(list(replies)))
    raise LLMUnavailable(f"unknown language-model back end {settings.llm!r}")


_LLAMACPP: dict[tuple[str, float], BaseChatModel] = {}


def _llamacpp_model(settings: Settings) -> BaseChatModel:
    """ChatLlamaCpp from langchain_community if installed, else a thin wrapper over llama_cpp.Llama."""
    path = settings.llm_model_path
    if path is None:
        raise LLMUnavailable("the llamacpp back end needs a GGUF model file (FLEXWORK_LLM_MODEL_PATH)")
    if not Path(path).is_file():
        raise LLMUnavailable(f"the llamacpp model file {path} does not exist")
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        raise LLMUnavailable(
            "the llamacpp back end needs the optional extra: pip install 'flexwork-advisor[llamacpp]'"
        ) from None
    key = (str(path), settings.llm_temperature)
    if key not in _LLAMACPP:  # loading a GGUF file takes seconds; keep one per process
        try:
            from langchain_community.chat_models import ChatLlamaCpp
        except ImportError:
            wrapper = _chat_model_classes()[1]
            _LLAMACPP[key] = wrapper(model_path=str(path), temperature=settings.llm_temperature)
        else:
            _LLAMACPP[key] = ChatLlamaCpp(model_path=str(path), temperature=settings.llm_temperature,
                                          n_ctx=8192, verbose=False)
    return _LLAMACPP[key]


_CLASSES: tuple[type, type] | None = None


def _chat_model_classes() -> tuple[type, type]:
    """The two small chat models defined here; built lazily so importing advisor.llm stays light."""
    global _CLASSES
    if _CLASSES is not None:
        return _CLASSES
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage
    from langchain_core.outputs import ChatGeneration, ChatResult

    class QueuedChatModel(GenericFakeChatModel):
        """LangChain's generic fake chat model with queued replies; records every prompt it gets.

        With `echo=True` (the `llm = "fake"` default when no replies are queued) it answers by
        quoting the first sentence of the passages it was shown, so the whole pipeline runs offline.
        """

        calls: list[list[Any]] = Field(default_factory=list)
        echo: bool = False

        def _generate(self, messages: list[Any], stop: list[str] | None = None,
                      run_manager: Any = None, **kwargs: Any) -> Any:
            self.calls.append(list(messages))
            if self.echo:
                return ChatResult(generations=[ChatGeneration(message=AIMessage(content=_echo_reply(messages)))])
            try:
                return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)
            except StopIteration:
                raise RuntimeError("the fake chat model has no queued reply left") from None

        @property
        def _llm_type(self) -> str:
            return "flexwork-queued-fake"

    class LlamaCppChatModel(BaseChatModel):
        """A thin chat model over llama_cpp.Llama, for when langchain_community is not installed."""

        model_path: str
        temperature: float = 0.2
        n_ctx: int = 8192
        _llama: Any = PrivateAttr(default=None)

        def _client(self) -> Any:
            if self._llama is None:
                from llama_cpp import Llama

                self._llama = Llama(model_path=self.model_path, n_ctx=self.n_ctx, verbose=False)
            return self._llama

        def _generate(self, messages: list[Any], stop: list[str] | None = None,
                      run_manager: Any = None, **kwargs: Any) -> Any:
            roles = {"system": "system", "human": "user", "ai": "assistant"}
            chat = [{"role": roles.get(m.type, "user"), "content": _message_text(m)} for m in messages]
            out = self._client().create_chat_completion(
                messages=chat, temperature=self.temperature, stop=stop, **kwargs
            )
            content = out["choices"][0]["message"].get("content") or ""
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=content))])

        @property
        def _llm_type(self) -> str:
            return "flexwork-llamacpp"

    _CLASSES = (QueuedChatModel, LlamaCppChatModel)
    return _CLASSES



def __getattr__(name: str) -> Any:
    """`QueuedChatModel` and `LlamaCppChatModel` are built on first use (LangChain loads slowly)."""
    if name == "QueuedChatModel":
        return _chat_model_classes()[0]
    if name == "LlamaCppChatModel":
        return _chat_model_classes()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def fake_chat_model(replies: Sequence[str]) -> Any:
    """A fake chat model that returns `replies` in order (for tests)."""
    return _chat_model_classes()[0](messages=iter(list(replies)))


_PASSAGE_BLOCK = re.compile(r"<<<DATA type=passage id=(\"(?:[^\"\\]|\\.)*\")[^\n]*>>>\n(.*?)\n<<<END DATA>>>", re.S)
_DRAFT_BLOCK = re.compile(r"<<<DATA type=draft>>>\n(.*?)\n<<<END DATA>>>", re.S)


def _echo_reply(messages: Sequence[Any]) -> str:
    """The fake model's offline reply: the draft unchanged, or the first sentence of up to 3 passages."""
    from advisor.text import sentences

    prompt = "\n".join(_message_text(m) for m in messages if m.type == "human")
    if m := _DRAFT_BLOCK.search(prompt):
        return m.group(1)
    claims = []
    for raw_id, text in _PASSAGE_BLOCK.findall(prompt)[:3]:
        first = next((s for s in sentences(text) if len(s) >= 25 and not s.startswith("Kilde:")), None)
        if first:
            claims.append({"text": first, "citations": [{"passage_id": json.loads(raw_id), "quote": first}]})
    return json.dumps({"claims": claims}, ensure_ascii=False)


# --- what the model must return ---------------------------------------------------------------


class _Citation(BaseModel):
    passage_id: str = Field(validation_alias=AliasChoices("passage_id", "id", "passage"))
    quote: str = Field(validation_alias=AliasChoices("quote", "sitat"))


class _Claim(BaseModel):
    text: str = Field(validation_alias=AliasChoices("text", "claim", "påstand"))
    citations: list[_Citation] = Field(default_factory=list, validation_alias=AliasChoices("citations", "support"))


class _ClaimsReply(BaseModel):
    claims: list[_Claim] = Field(default_factory=list)


class _Section(BaseModel):
    index: int
    claims: list[_Claim] = Field(default_factory=list)


class _SectionsReply(BaseModel):
    sections: list[_Section] = Field(default_factory=list)


_CITATION_SCHEMA = {
    "type": "object",
    "properties": {"passage_id": {"type": "string"}, "quote": {"type": "string"}},
    "required": ["passage_id", "quote"],
}
_CLAIM_SCHEMA = {
    "type": "object",
    "properties": {"text": {"type": "string"}, "citations": {"type": "array", "items": _CITATION_SCHEMA}},
    "required": ["text", "citations"],
}
CLAIMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"claims": {"type": "array", "items": _CLAIM_SCHEMA}},
    "required": ["claims"],
}
SECTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "sections": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"index": {"type": "integer"}, "claims": {"type": "array", "items": _CLAIM_SCHEMA}},
                "required": ["index", "claims"],
            },
        }
    },
    "required": ["sections"],
}

_THINK = re.compile(r"<think>.*?</think>", re.S | re.I)
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S | re.I)


class BadReply(ValueError):
    """The model's reply is not the JSON we asked for."""


def parse_json_reply(text: str) -> dict[str, Any]:
    """The JSON object in a model reply: reasoning and code fences stripped, prose around it ignored."""
    text = _THINK.sub("", text).strip()
    if m := _FENCE.search(text):
        text = m.group(1).strip()
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise BadReply("reply is not a JSON object")
    try:
        data = json.loads(text[start : end + 1])
    except json.JSONDecodeError as e:
        raise BadReply(f"reply is not valid JSON ({e.msg} at character {e.pos})") from None
    if not isinstance(data, dict):
        raise BadReply("reply is not a JSON object")
    return data


def _to_claims(raw: Sequence[_Claim]) -> list[Claim]:
    """Model claims as domain claims; a citation-less «kildene dekker ikke dette» is not a claim."""
    out = []
    for c in raw:
        if not c.citations and ABSTAIN_PHRASE in c.text.lower():
            continue
        out.append(Claim(text=c.text, support=[Support(passage_id=s.passage_id, quote=s.quote) for s in c.citations]))
    return out


def parse_claims(text: str) -> list[Claim]:
    """The claims of an answer reply; BadReply if it does not have the asked-for shape."""
    try:
        return _to_claims(_ClaimsReply.model_validate(parse_json_reply(text)).claims)
    except ValidationError as e:
        raise BadReply(f"reply does not have the shape {{\"claims\": [...]}} ({e.error_count()} errors)") from None


def parse_sections(text: str) -> dict[int, list[Claim]]:
    """The claims per section index of a refine reply; BadReply if the shape is wrong."""
    try:
        reply = _SectionsReply.model_validate(parse_json_reply(text))
    except ValidationError as e:
        raise BadReply(f"reply does not have the shape {{\"sections\": [...]}} ({e.error_count()} errors)") from None
    out: dict[int, list[Claim]] = {}
    for s in reply.sections:
        out.setdefault(s.index, []).extend(_to_claims(s.claims))
    return out


# --- checks beyond the citations -------------------------------------------------------------

# References a claim may only make if a passage it cites makes them too: decision numbers
# (TLN 77/23), sections with their ledd if given (§ 10-2, § 10-2 (3)), court decisions
# (HR-2021-1234-A, Rt. 2010 s. 123).
_REFERENCE = re.compile(
    r"§§?\s*\d+(?:\s*-\s*\d+)?[a-z]?(?:\s*\(\d+\))?"
    r"|\b\d{1,3}\s*/\s*(?:\d{4}|\d{2})\b"
    r"|\b(?:HR|L[A-H])-\d{4}-\d+(?:-[A-Z])?"
    r"|\bRt\.?\s*\d{4}\s*s\.?\s*\d+",
)
_SPACE = re.compile(r"\s+")


def unsupported_references(claim: Claim, retrieved: Mapping[str, Passage]) -> list[str]:
    """References in the claim's text (§, decision and case numbers) that none of its cited passages make."""
    # A user's own document cannot back a legal reference: what it says about the law is its claim, not the law's.
    cited = [retrieved[s.passage_id] for s in claim.support
             if s.passage_id in retrieved and retrieved[s.passage_id].kind != "document"]
    haystack = _SPACE.sub("", " ".join(f"{p.ref} {p.section} {p.title} {p.text}" for p in cited))
    # A law passage's title names the whole § («§ 10-2 Arbeidstidsordninger»), its ref the one ledd.
    untitled = _SPACE.sub("", " ".join(f"{p.ref} {p.section} {p.text}" for p in cited))
    missing = []
    for m in _REFERENCE.finditer(claim.text):
        needle = _SPACE.sub("", m.group())
        if not _makes_reference(needle, haystack, untitled):
            missing.append(m.group().strip())
    return missing


_LEDD = re.compile(r"^(§.*?)\((\d+)\)$")
_LEDD_WORDS = ("første", "andre", "tredje", "fjerde", "femte", "sjette", "(?:sjuende|syvende)", "åttende",
               "niende", "tiende")


def _makes_reference(needle: str, haystack: str, untitled: str) -> bool:
    """Whether the (space-free) passages make the reference. '§10-2(3)' may also be written
    '§ 10-2 tredje ledd' or '§ 10-2 (1) og (3)', and a passage on the whole § 10-2 covers its
    ledd; one that names only other ledd (§ 10-2 (3)) does not make '§ 10-2 (7)'."""
    if re.search(re.escape(needle) + r"(?![\d-])", haystack):
        return True
    m = _LEDD.match(needle)
    if not m:
        return False
    section, n = re.escape(m.group(1)), int(m.group(2))
    ledd = rf"\({n}\)" + (f"|{_LEDD_WORDS[n - 1]}" if 1 <= n <= len(_LEDD_WORDS) else "")
    if re.search(section + rf"(?![\d-])[^§]{{0,40}}?(?:{ledd})", haystack, re.IGNORECASE):
        return True
    ordinal = "|".join(_LEDD_WORDS)
    return bool(re.search(section + rf"(?![\d-])(?!\(\d|(?:{ordinal}))", untitled, re.IGNORECASE))


def check_model_claims(claims: Sequence[Claim], retrieved: Mapping[str, Passage]) -> tuple[list[Claim], list[str]]:
    """advisor.cite's check, plus: a claim may not name a §, decision or case its passages do not."""
    kept, problems = check_claims(claims, retrieved)
    for claim in kept:
        for ref in unsupported_references(claim, retrieved):
            problems.append(f"claim mentions {ref!r}, which is in none of the passages it cites: {claim.text[:80]!r}")
    return kept, problems


# --- one conversation with at most one repair ------------------------------------------------


@dataclass
class Outcome:
    """What came of asking the model: the checked value, or why it cannot be used."""

    value: Any = None
    ok: bool = False
    unavailable: bool = False
    calls: int = 0
    problems: list[str] = field(default_factory=list)


def _message_text(message: Any) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in content)


def _json_mode(model: BaseChatModel, settings: Settings, schema: dict[str, Any]) -> Any:
    """The model bound to ask for JSON in the back end's own way (the reply is parsed as text anyway)."""
    match settings.llm:
        case "openai":
            return model.bind(response_format={"type": "json_schema",
                                               "json_schema": {"name": "grounded_reply", "schema": schema}})
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
            log.warning("language model %s failed (attempt %d): %s: %s", backend_name(settings), attempt,
                        type(e).__name__, e)
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
        log.warning("model reply failed the citation check (attempt %d): %s", attempt,
                    "; ".join(_redacted(p) for p in problems))
        messages = [*messages, AIMessage(content=reply),
                    HumanMessage(content=render_prompt("repair", problems=_problem_list(problems)))]
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
        return _notice("answer.model_unavailable", lang, "error.generic")
    return t("answer.replaced", lang)


# --- grounded generation ---------------------------------------------------------------------


def answer_prompt(question: str, passages: Sequence[Passage], lang: str,
                  documents: Mapping[str, str] | None = None) -> list[BaseMessage]:
    """The system and user messages for answering `question` from `passages`."""
    from langchain_core.messages import HumanMessage, SystemMessage

    return [
        SystemMessage(content=render_prompt("system")),
        HumanMessage(content=render_prompt(
            "answer", language_rule=_language_rule(lang), max_claims=MAX_CLAIMS,
            passages=passage_blocks(passages), documents=document_blocks(documents),
            question=fence(question, "question"),
        )),
    ]


def answer_with_model(
    question: str,
    hits: list[Hit],
    settings: Settings,
    model: BaseChatModel | None = None,
    documents: Mapping[str, str] | None = None,
) -> Answer:
    """A model-written answer whose every claim cites a retrieved passage verbatim, or the grounded one."""
    lang = settings.language
    retrieved = {h.passage.id: h.passage for h in hits}
    abstain = t("ask.abstain", lang)

    def grounded(notice: str | None) -> Answer:
        return render_answer(question, compose(question, hits, lang=lang), retrieved, backend="none",
                             abstain_text=abstain, notice=notice)

    if not hits:
        return grounded(None)
    try:
        model = model or make_chat_model(settings)
    except LLMUnavailable as e:
        log.warning("language model not available: %s", e)
        return grounded(_notice("answer.model_unavailable", lang, "error.generic"))
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
            {"index": i, "heading": s.heading,
             "claims": [{"text": c.text, "citations": [s_.model_dump() for s_ in c.support]} for c in s.claims]}
            for i, s in enumerate(draft.sections)
        ]
    }
    return fence(json.dumps(data, ensure_ascii=False, indent=1), "draft")


def refine_prompt(draft: Draft, passages: Sequence[Passage], lang: str,
                  documents: Mapping[str, str] | None = None) -> list[BaseMessage]:
    """The system and user messages for making `draft` more fluent from `passages`."""
    from langchain_core.messages import HumanMessage, SystemMessage

    return [
        SystemMessage(content=render_prompt("system")),
        HumanMessage(content=render_prompt(
            "refine", kind=neutralise(draft.kind), title=neutralise(draft.title),
            language_rule=_language_rule(lang), passages=passage_blocks(passages),
            draft=_draft_block(draft), documents=document_blocks(documents),
        )),
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
        model = model or make_chat_model(settings)
    except LLMUnavailable as e:
        log.warning("language model not available: %s", e)
        return _with_notice(draft, _notice("answer.model_unavailable", lang, "error.generic"))
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


def iter_prompts() -> Iterator[tuple[str, str]]:
    """(name, text) of every prompt file rendered with sample values (for tests and review)."""
    sample = {
        "language_rule": _language_rule("nb"), "max_claims": MAX_CLAIMS, "kind": "arguments",
        "title": "Eksempel", "passages": "(kildeavsnitt)", "documents": "(ingen)",
        "question": fence("Har jeg rett til hjemmekontor?", "question"), "draft": "(utkast)",
        "problems": "- eksempel",
    }
    for name in prompt_names():
        yield name, render_prompt(name, **sample)


# --- the role-play: a model-phrased manager and coach ----------------------------------------
#
# The model never decides anything in the role-play. The manager's decision (accept, follow up,
# escalate, close) and the coach's scores come from the deterministic rubric; the model only
# phrases the manager's line and rewrites the coach's tips as checked, cited claims. Whatever
# fails (no model, an error, a timeout, an empty, too long, non-Norwegian or conceding line,
# a citation that does not check out) gives the deterministic turn or feedback for that step.

MANAGER_MAX_CHARS = 400
COACH_MAX_TIPS = 3


def render_rehearse_prompt(name: str, **values: object) -> str:
    """A role-play prompt of advisor/prompts/rehearse/ with its ${placeholders} filled in."""
    text = resources.files("advisor.prompts").joinpath("rehearse", f"{name}.md").read_text(encoding="utf-8")
    return Template(text).substitute({k: str(v) for k, v in values.items()}).strip()


class _LazyModel:
    """The chat model of the settings, built on first use; None when it cannot be built."""

    def __init__(self, settings: Settings, model: BaseChatModel | None) -> None:
        self.settings = settings
        self._model = model
        self.unavailable = False

    def get(self) -> BaseChatModel | None:
        if self._model is None and not self.unavailable and self.settings.llm != "none":
            try:
                self._model = make_chat_model(self.settings)
            except Exception as e:  # LLMUnavailable, a missing extra: the deterministic path is always there
                log.warning("language model not available for the role-play: %s", e)
                self.unavailable = True
        return self._model


_NB_WORDS = frozenset(
    "og ikke jeg du det er at på med som vi kan vil skal hvordan hva har en et til om men deg meg oss dere "
    "blir må bare så når også får hvis hvor hvorfor din ditt dine vår kontoret hjemme teamet".split())
_EN_WORDS = frozenset("the and you is are that what how will of we your this not can with would be it".split())
_LINE_WORDS = re.compile(r"[a-zæøåéü]+")
_CONCESSION = re.compile(
    r"du får det som du vil|\bgreit\b|\bja,? (?:da|vi|det)\b|\bvi gjør (?:det|som du sier)\b"
    r"|\bjeg (?:godtar|aksepterer|går med på|sier ja|innvilger)\b|\b(?:det er|vi har) en avtale\b"
    r"|\binnvilget\b|\bgodkjent\b|\bdet høres (?:bra|fint|greit) ut\b|\bok,? da\b|\bdet går (?:bra|fint|greit)\b"
    r"|\bdu (?:får|kan få) (?:det|hjemmekontor|fleksibel)\b",
)


def is_norwegian(text: str) -> bool:
    """A rough check that a short line is Norwegian (bokmål) rather than English or gibberish."""
    words = _LINE_WORDS.findall(text.lower())
    nb = sum(w in _NB_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return nb >= 2 and nb > 2 * en


def concedes(text: str) -> bool:
    """True when a manager's line gives in («Greit, du får det som du vil»)."""
    return bool(_CONCESSION.search(text.lower()))


def clean_manager_line(text: str, max_chars: int = MANAGER_MAX_CHARS) -> str | None:
    """The model's line as one line of speech, or None if it is empty, too long or not plain Norwegian."""
    text = _THINK.sub("", text)
    text = _SPACE.sub(" ", text).strip().strip("«»\"'“”").strip()
    if not text or len(text) > max_chars:
        return None
    if "<<<" in text or ">>>" in text or text.startswith(("{", "[", "#", "-", "*")):
        return None
    return text if is_norwegian(text) else None


_STAGE_RULES = {
    "raise": "Ta opp innvendingen for første gang. Hils kort først. Ikke gi noe svar på den selv.",
    "follow_up": ("Ikke godta svaret. Spør videre om den samme innvendingen, og be om et svar som tar "
                  "bekymringen på alvor og er konkret. Ikke si ja, ikke lov noe."),
    "escalate": ("Ikke godta svaret. Si tydelig at svaret blir nei inntil videre om arbeidstakeren ikke kommer "
                 "med noe mer konkret på den samme innvendingen. Ikke si ja, ikke lov noe."),
    "accept": "Godta svaret på denne innvendingen, og gå videre slik referansereplikken gjør.",
    "close": ("Avslutt punktet som uavklart, uten å si ja og uten å love noe, og gå videre slik "
              "referansereplikken gjør."),
    "summary": ("Oppsummer samtalen kort slik referansereplikken gjør: hva dere ble enige om og hva som står "
                "uavklart. Gi ikke mer enn den gir."),
}


def _objection_block(o: Any, kind: str = "objection") -> str:
    return fence(f"Innvending: {o.text.nb}\nDet som ofte ligger bak: {o.behind.nb}\nBekymringen: {o.concern}",
                 kind, id=o.id)


def _transcript_block(ctx: Any, last: int = 8) -> str:
    st = ctx.state
    lines: list[str] = []
    if st.opening is not None:
        lines.append(f"Leder: {st.opening.text}")
    for e in st.exchanges:
        lines += [f"Arbeidstaker: {e.reply}", f"Leder: {e.manager.text}"]
    if getattr(ctx, "reply", ""):
        lines.append(f"Arbeidstaker: {ctx.reply}")
    return fence("\n".join(lines[-last:]) or "(samtalen har ikke begynt)", "transcript")


def manager_prompt(stage: str, ctx: Any, reference: str, max_chars: int = MANAGER_MAX_CHARS) -> list[BaseMessage]:
    """The system and user messages for phrasing the manager's line for a decided `stage`."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from advisor.objections import text_facts

    objections = [_objection_block(ctx.objection)] if ctx.objection is not None else []
    if ctx.next_objection is not None and stage in ("accept", "close"):
        objections.append(_objection_block(ctx.next_objection, "next_objection"))
    facts = json.dumps(text_facts(ctx.situation, ctx.proposal), ensure_ascii=False, indent=1)
    return [
        SystemMessage(content=render_rehearse_prompt("manager_system")),
        HumanMessage(content=render_rehearse_prompt(
            "manager", decision=f"{stage} – {_STAGE_RULES[stage]}", reference=fence(reference, "reference"),
            objection="\n\n".join(objections) or "(ingen)", facts=fence(facts, "facts"),
            transcript=_transcript_block(ctx), max_chars=max_chars,
        )),
    ]


class LLMManager:
    """A Manager whose decisions are the deterministic manager's and whose lines a model phrases.

    The decision comes from the rubric coach's scores (DeterministicManager.decide), so a weak reply
    is never conceded to. For each turn the model gets the facts, the objection, the transcript and
    the deterministic line as data and says the same thing in its own words; a line that is missing,
    too long, not Norwegian, conceding when the decision is not to accept, or naming a § or decision
    the turn's passages do not make, is replaced by the deterministic turn. The model's line keeps
    the deterministic turn's citations, so the role-play is never less grounded.
    """

    def __init__(self, settings: Settings, model: BaseChatModel | None = None, fallback: Any = None,
                 max_chars: int = MANAGER_MAX_CHARS) -> None:
        from advisor.rehearse import DeterministicManager

        self.settings = settings
        self.fallback = fallback or DeterministicManager()
        self.max_chars = max_chars
        self._model = _LazyModel(settings, model)

    def decide(self, feedback: Any, weak_before: int) -> Any:
        """The deterministic decision; the model has no say in it."""
        return self.fallback.decide(feedback, weak_before)

    def say(self, stage: Any, ctx: Any) -> Any:
        """The model's phrasing of the deterministic turn, or that turn itself."""
        base = self.fallback.say(stage, ctx)
        try:
            line = self._phrase(stage, ctx, base)
        except Exception as e:  # never let the model break the role-play
            log.warning("the manager's line could not be phrased by the model: %s: %s", type(e).__name__, e)
            return base
        if line is None:
            return base
        support = list({(s.passage_id, s.quote): s for c in base.claims for s in c.support}.values())
        if not support:
            return base
        from advisor.grounding import corpus_passages

        passages = corpus_passages()
        shown = {s.passage_id: passages[s.passage_id] for s in support if s.passage_id in passages}
        kept, problems = check_model_claims([Claim(text=line, support=support)], shown)
        if problems or not kept:
            log.warning("the manager's line failed the check: %s", "; ".join(_redacted(p) for p in problems))
            return base
        return base.model_copy(update={"text": kept[0].text, "claims": kept})

    def _phrase(self, stage: str, ctx: Any, base: Any) -> str | None:
        model = self._model.get()
        if model is None:
            return None
        messages = manager_prompt(stage, ctx, base.text, self.max_chars)
        try:
            reply = _message_text(model.invoke(messages))
        except Exception as e:  # server gone, timeout, no queued reply: the deterministic line
            log.warning("language model %s failed for the manager's line: %s: %s", backend_name(self.settings),
                        type(e).__name__, e)
            return None
        line = clean_manager_line(reply, self.max_chars)
        if line is None:
            log.warning("the model's manager line was empty, too long or not Norwegian; using the fixed line")
            return None
        giving_in_allowed = stage == "accept" or (stage == "summary" and not ctx.state.unresolved)
        if not giving_in_allowed and concedes(line):
            log.warning("the model's manager line gave in where the decision was %s; using the fixed line", stage)
            return None
        return line


_MARKERS = re.compile(r"\s*\[(\d+)\]")


def claims_of(cited: Any) -> list[DraftSection]:
    """The claims of a rendered draft back as draft sections (text without markers, support from citations)."""
    by_n = {c.n: c for c in cited.citations}
    sections = []
    for s in cited.sections:
        claims = []
        for line in s.lines:
            ns = [int(n) for n in _MARKERS.findall(line)]
            claims.append(Claim(text=_MARKERS.sub("", line).strip(),
                                support=[Support(passage_id=by_n[n].passage_id, quote=by_n[n].quote)
                                         for n in ns if n in by_n]))
        sections.append(DraftSection(heading=s.heading, claims=claims, mandatory=s.mandatory, key=s.key))
    return sections


def coach_prompt(reply: str, objection: Any, feedback: Any, tips: Sequence[Claim], passages: Sequence[Passage],
                 lang: str) -> list[BaseMessage]:
    """The system and user messages for rewriting the coach's tips from the passages they cite."""
    from langchain_core.messages import HumanMessage, SystemMessage

    scores = "\n".join(f"{s.label}: {s.score}/{s.max}. {s.comment}" for s in feedback.scores)
    tips_json = json.dumps({"claims": [{"text": c.text, "citations": [s.model_dump() for s in c.support]}
                                       for c in tips]}, ensure_ascii=False, indent=1)
    return [
        SystemMessage(content=render_prompt("system")),
        HumanMessage(content=render_rehearse_prompt(
            "coach", language_rule=_language_rule(lang), max_claims=COACH_MAX_TIPS,
            objection=_objection_block(objection), reply=fence(reply, "reply"),
            scores=fence(f"Sum: {feedback.total}/{feedback.max_total}\n{scores}", "scores"),
            tips=fence(tips_json, "draft"), passages=passage_blocks(passages),
        )),
    ]


class LLMCoach:
    """A Coach whose scores are the rubric coach's and whose tips a model may rewrite, checked.

    Scores, `good` and the false-claim flags never depend on the model. The model may rewrite the
    tips as claims citing the passages the rubric coach cited; every claim is checked with
    check_model_claims, a failure gets one repair request, and after that the rubric coach's own
    cited feedback is used with a notice.
    """

    def __init__(self, settings: Settings, model: BaseChatModel | None = None, base: Any = None) -> None:
        from advisor.rehearse import RubricCoach

        self.settings = settings
        self.base = base or RubricCoach()
        self._model = _LazyModel(settings, model)

    def assess(self, reply: str, objection: Any, situation: Any, proposal: Any) -> Any:
        """The rubric coach's feedback, with the tips reworded by the model when every claim checks out."""
        feedback = self.base.assess(reply, objection, situation, proposal)
        lang = getattr(self.base, "lang", "nb")
        try:
            return self._rewrite(feedback, reply, objection, lang)
        except Exception as e:  # never let the model break the role-play
            log.warning("the coach's tips could not be rewritten: %s: %s", type(e).__name__, e)
            return _feedback_notice(feedback, _notice("answer.model_unavailable", lang, "error.generic"))

    def _rewrite(self, feedback: Any, reply: str, objection: Any, lang: str) -> Any:
        from advisor.cite import render_draft
        from advisor.grounding import corpus_passages

        sections = claims_of(feedback.cited)
        tips_at = next((i for i, s in enumerate(sections) if s.key == "tips"), None)
        if tips_at is None or not sections[tips_at].claims:
            return feedback
        model = self._model.get()
        if model is None:
            if self._model.unavailable:
                return _feedback_notice(feedback, _notice("answer.model_unavailable", lang, "error.generic"))
            return feedback
        passages = corpus_passages()
        shown = {c.passage_id: passages[c.passage_id] for c in feedback.cited.citations if c.passage_id in passages}

        def parse_and_check(text: str) -> tuple[list[Claim], list[str]]:
            claims = parse_claims(text)
            problems = []
            if len(claims) > COACH_MAX_TIPS:
                problems.append(f"{len(claims)} claims; at most {COACH_MAX_TIPS} are allowed")
            kept, found = check_model_claims(claims, shown)
            problems += found
            if not kept:
                problems.append("no verified claim left")
            return kept, problems

        messages = coach_prompt(reply, objection, feedback, sections[tips_at].claims, list(shown.values()), lang)
        outcome = converse(model, self.settings, messages, CLAIMS_SCHEMA, parse_and_check)
        if not outcome.ok:
            return _feedback_notice(feedback, _fallback_notice(outcome, lang))
        sections[tips_at] = sections[tips_at].model_copy(update={"claims": outcome.value})
        draft = Draft(kind=feedback.cited.kind, title=feedback.cited.title, sections=sections,
                      backend=backend_name(self.settings))
        return feedback.model_copy(update={"cited": render_draft(draft, passages)})


def _feedback_notice(feedback: Any, notice: str) -> Any:
    cited = feedback.cited
    text = f"{cited.notice} {notice}" if cited.notice else notice
    return feedback.model_copy(update={"cited": cited.model_copy(update={"notice": text})})
