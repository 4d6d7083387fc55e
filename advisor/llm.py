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
