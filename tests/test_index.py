"""The index: Chroma with our own vectors, BM25, skip-by-hash re-indexing, user folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from advisor.core.settings import BUNDLED_CORPUS, Settings
from advisor.retrieval.index import build_index, chroma_client, get_collection
from advisor.retrieval.retrieve import Retriever


@pytest.fixture()
def small_corpus(tmp_path: Path) -> Path:
    """A copy of part of the bundled corpus (same shape, fewer files)."""
    dst = tmp_path / "corpus"
    for sub in ("law", "practice"):
        shutil.copytree(BUNDLED_CORPUS / sub, dst / sub)
    manifest = (BUNDLED_CORPUS / "manifest.toml").read_text(encoding="utf-8")
    blocks = [b for b in manifest.split("[[source]]") if 'path = "law/' in b or 'path = "practice/' in b]
    (dst / "manifest.toml").write_text("".join("[[source]]" + b for b in blocks), encoding="utf-8")
    return dst


def settings_for(tmp_path: Path, corpus: Path, **kw) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus, embedding="fake", **kw)


def test_chroma_never_embeds_itself(tmp_path, small_corpus, monkeypatch) -> None:
    import chromadb.utils.embedding_functions as ef

    def boom(*_a, **_k):
        raise AssertionError("Chroma's default embedding function must never run")

    monkeypatch.setattr(ef.DefaultEmbeddingFunction, "__call__", boom)
    s = settings_for(tmp_path, small_corpus)
    build_index(s)
    r = Retriever(s)
    assert r.search("frist for å klage til tvisteløsningsnemnda", 3)


def test_reindex_skips_unchanged_files_and_picks_up_changes(tmp_path, small_corpus) -> None:
    s = settings_for(tmp_path, small_corpus)
    first = build_index(s)
    assert first.files_indexed > 10 and first.files_skipped == 0 and first.passages > 50
    again = build_index(s)
    assert again.files_indexed == 0 and again.files_skipped == first.files_indexed
    assert again.passages == first.passages

    f = small_corpus / "practice" / "tln-77-23.md"
    f.write_text(f.read_text(encoding="utf-8") + "\nEt nytt avsnitt om beredskapsvakt hjemmefra.\n", encoding="utf-8")
    changed = build_index(s)
    assert changed.files_indexed == 1 and changed.files_skipped == first.files_indexed - 1
    r = Retriever(s)
    assert "beredskapsvakt hjemmefra" in r.by_id["tln-77-23#tln-77-23"].text

    (small_corpus / "practice" / "tln-45-22.md").unlink()
    removed = build_index(s)
    assert removed.files_removed == 1
    r = Retriever(s)
    assert "tln-45-22#tln-45-22" not in r.by_id
    coll = get_collection(chroma_client(s), s)
    assert coll.count() == len(r.passages)
    assert not coll.get(ids=["tln-45-22#tln-45-22"])["ids"]


def test_user_folder_is_indexed_with_problems_reported(tmp_path, small_corpus) -> None:
    user = tmp_path / "mine"
    user.mkdir()
    (user / "policy.md").write_text(
        "# Vår policy\n\n## Hjemmekontor hos Acme\n\nAcme tillater to hjemmekontordager i uken.\n", encoding="utf-8"
    )
    (user / "søppel.bin").write_bytes(b"\x00\x01")
    s = settings_for(tmp_path, small_corpus, extra_corpus_dirs=[user])
    report = build_index(s)
    assert any("søppel.bin" in p.message for p in report.problems)
    r = Retriever(s)
    ids = [h.passage.id for h in r.search("Acme hjemmekontordager", 3)]
    assert ids[0] == "mine-policy#hjemmekontor-hos-acme"


def test_switching_embedder_rebuilds(tmp_path, small_corpus) -> None:
    s = settings_for(tmp_path, small_corpus)
    build_index(s)
    other = s.model_copy(update={"embedding_model_path": tmp_path / "annen-modell"})
    report = build_index(other)
    assert report.files_indexed > 0 and report.files_skipped == 0


def test_lost_vector_rows_trigger_rebuild(tmp_path, small_corpus) -> None:
    s = settings_for(tmp_path, small_corpus)
    first = build_index(s)
    coll = get_collection(chroma_client(s), s)
    coll.delete(ids=[coll.get(limit=1)["ids"][0]])
    (small_corpus / "practice" / "tln-45-22.md").write_text("## TLN 45/22\n\nEndret.\n", encoding="utf-8")
    build_index(s)
    assert get_collection(chroma_client(s), s).count() == first.passages


def test_fusion_rewards_agreement() -> None:
    from advisor.core.models import Passage
    from advisor.retrieval.retrieve import fuse

    by_id = {k: Passage(id=k, source_id=k, ref=k, section=k, title=k, text=k) for k in "abc"}
    hits = fuse([("a", 0.9), ("b", 0.8)], [("b", 3.0), ("c", 2.0)], by_id, k=3, rrf_k=5)
    assert [h.passage.id for h in hits] == ["b", "a", "c"]
    assert hits[0].dense == 0.8 and hits[0].lexical == 3.0
