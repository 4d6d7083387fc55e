"""Chat-model back ends through LangChain: the factory (`make_chat_model`) and the fakes for tests.

Nothing connects unless the user switches a back end on in the settings. What is asked of a model
and how its replies are checked live in the answering layer (advisor.answering.model)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field, PrivateAttr

from advisor.core.settings import Settings
from advisor.core.text import sentences

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

log = logging.getLogger(__name__)


class LLMUnavailable(RuntimeError):
    """The configured back end cannot be built (missing extra, model file or setting)."""


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
            _LLAMACPP[key] = ChatLlamaCpp(
                model_path=str(path), temperature=settings.llm_temperature, n_ctx=8192, verbose=False
            )
    return _LLAMACPP[key]


_CLASSES: tuple[type, type] | None = None


def _chat_model_classes() -> tuple[type, type]:
    """The two small chat models defined here; built lazily so importing advisor.backends.llm stays light."""
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

        def _generate(
            self, messages: list[Any], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
        ) -> Any:
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

        def _generate(
            self, messages: list[Any], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
        ) -> Any:
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


def _message_text(message: Any) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in content)


def fake_chat_model(replies: Sequence[str]) -> Any:
    """A fake chat model that returns `replies` in order (for tests)."""
    return _chat_model_classes()[0](messages=iter(list(replies)))


_PASSAGE_BLOCK = re.compile(r"<<<DATA type=passage id=(\"(?:[^\"\\]|\\.)*\")[^\n]*>>>\n(.*?)\n<<<END DATA>>>", re.S)
_DRAFT_BLOCK = re.compile(r"<<<DATA type=draft>>>\n(.*?)\n<<<END DATA>>>", re.S)


def _echo_reply(messages: Sequence[Any]) -> str:
    """The fake model's offline reply: the draft unchanged, or the first sentence of up to 3 passages."""

    prompt = "\n".join(_message_text(m) for m in messages if m.type == "human")
    if m := _DRAFT_BLOCK.search(prompt):
        return m.group(1)
    claims = []
    for raw_id, text in _PASSAGE_BLOCK.findall(prompt)[:3]:
        first = next((s for s in sentences(text) if len(s) >= 25 and not s.startswith("Kilde:")), None)
        if first:
            claims.append({"text": first, "citations": [{"passage_id": json.loads(raw_id), "quote": first}]})
    return json.dumps({"claims": claims}, ensure_ascii=False)


#
# The model never decides anything in the role-play. The manager's decision (accept, follow up,
# escalate, close) and the coach's scores come from the deterministic rubric; the model only
# phrases the manager's line and rewrites the coach's tips as checked, cited claims. Whatever
# fails (no model, an error, a timeout, an empty, too long, non-Norwegian or conceding line,
# a citation that does not check out) gives the deterministic turn or feedback for that step.
