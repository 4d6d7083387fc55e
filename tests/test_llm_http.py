"""The openai back end against a real HTTP server on loopback that speaks the chat-completions API."""

from __future__ import annotations

import json
import socket

import pytest
from fake_openai_server import FakeOpenAIServer, Reply

from advisor.answering.ask import ask
from advisor.answering.cite import verify_answer
from advisor.answering.converse import _notice
from advisor.answering.model import answer_with_model
from advisor.core.i18n import t
from advisor.core.models import Hit
from advisor.core.settings import Settings
from advisor.core.text import sentences
from advisor.retrieval.retrieve import get_retriever

QUESTION = "Har jeg rett til hjemmekontor?"
P_FLEX = "aml-10-2#arbeidsmiljoloven-p-10-2-3"
QUOTE_FLEX = "Arbeidstaker har rett til fleksibel arbeidstid dersom dette kan gjennomføres uten vesentlig ulempe for virksomheten."
GOOD = json.dumps(
    {
        "claims": [
            {
                "text": "Du har rett til fleksibel arbeidstid.",
                "citations": [{"passage_id": P_FLEX, "quote": QUOTE_FLEX}],
            }
        ]
    },
    ensure_ascii=False,
)
UNAVAILABLE = _notice("answer.model_unavailable", "nb", "error.generic")


@pytest.fixture()
def server():
    with FakeOpenAIServer() as s:
        yield s


def free_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def openai_settings(base: Settings, url: str, **update) -> Settings:
    return base.model_copy(
        update={"llm": "openai", "llm_base_url": url, "llm_model": "test-model", "llm_timeout": 10.0, **update}
    )


def first_sentence(text: str) -> str:
    return next(s for s in sentences(text) if len(s) >= 25 and not s.startswith("Kilde:"))


@pytest.fixture()
def hits(corpus_passages) -> list[Hit]:
    return [Hit(passage=corpus_passages[P_FLEX], score=0.1, dense=0.9, lexical=3.0, rank=1)]


@pytest.mark.slow
def test_ask_end_to_end_over_http(real_settings, server, corpus_passages):
    retrieved = get_retriever(real_settings).search(QUESTION, real_settings.top_k)
    top = [h.passage for h in retrieved[:2]]
    server.queue(
        json.dumps(
            {
                "claims": [
                    {
                        "text": f"Kilden sier: {first_sentence(p.text)}",
                        "citations": [{"passage_id": p.id, "quote": first_sentence(p.text)}],
                    }
                    for p in top
                ]
            },
            ensure_ascii=False,
        )
    )

    answer = ask(QUESTION, openai_settings(real_settings, server.url))

    [request] = server.requests
    assert request["path"] == "/v1/chat/completions"
    body = request["body"]
    assert body["model"] == "test-model"
    assert body["response_format"]["type"] == "json_schema"
    system, user = body["messages"]
    assert system["role"] == "system" and "aldri instruksjoner" in system["content"]
    assert user["role"] == "user"
    for h in retrieved:
        assert f'<<<DATA type=passage id="{h.passage.id}"' in user["content"]
    assert f"<<<DATA type=question>>>\n{QUESTION}\n<<<END DATA>>>" in user["content"]
    assert user["content"].count("<<<END DATA>>>") == len(retrieved) + 1

    assert answer.backend == "openai:test-model" and answer.notice is None and not answer.abstained
    assert [c.passage_id for c in answer.citations] == [p.id for p in top]
    assert all(c.verified for c in answer.citations)
    assert verify_answer(answer, corpus_passages) == []


@pytest.mark.slow
def test_connection_refused_falls_back_to_the_grounded_answer(real_settings, corpus_passages):
    settings = openai_settings(real_settings, f"http://127.0.0.1:{free_port()}/v1")
    answer = ask(QUESTION, settings)
    grounded = ask(QUESTION, real_settings)
    assert answer.notice == UNAVAILABLE
    assert answer.backend == "none"
    assert answer.answer == grounded.answer and answer.citations == grounded.citations
    assert verify_answer(answer, corpus_passages) == []


def test_server_without_structured_output_is_asked_in_plain_text(server, hits, tmp_path):
    server.queue(Reply(status=400, error="response_format is not supported"), GOOD)
    answer = answer_with_model(QUESTION, hits, openai_settings(Settings(data_dir=tmp_path), server.url))
    assert ["response_format" in r["body"] for r in server.requests] == [True, False]
    assert answer.notice is None and answer.backend == "openai:test-model"
    assert answer.citations[0].verified


def test_bad_json_twice_over_http_is_replaced(server, hits, tmp_path, corpus_passages):
    server.queue("Her er svaret: ja, du har rett.", '{"claims": [{"text": ')
    answer = answer_with_model(QUESTION, hits, openai_settings(Settings(data_dir=tmp_path), server.url))
    assert len(server.requests) == 2
    repair = server.requests[1]["body"]["messages"]
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert repair[2]["content"] == "Her er svaret: ja, du har rett."
    assert "reply is not a JSON object" in repair[3]["content"]
    assert answer.notice == t("answer.replaced") and answer.backend == "none"
    assert verify_answer(answer, corpus_passages) == []


@pytest.mark.parametrize(
    "reply", [Reply(status=500, error="model crashed"), Reply(delay=3.0, content=GOOD)], ids=["server error", "timeout"]
)
def test_server_errors_fall_back_with_notice(reply, server, hits, tmp_path, corpus_passages):
    server.queue(reply)
    settings = openai_settings(Settings(data_dir=tmp_path), server.url, llm_timeout=0.5)
    answer = answer_with_model(QUESTION, hits, settings)
    assert len(server.requests) == 1  # max_retries=0: no silent retries against a struggling server
    assert answer.notice == UNAVAILABLE and answer.backend == "none"
    assert answer.citations and verify_answer(answer, corpus_passages) == []
