"""Hybrid retrieval: dense vectors (Chroma, or its snapshot) and BM25, fused by reciprocal rank.

With the default embedded store the dense ranking comes from the snapshot `flexwork index`
writes beside Chroma (advisor/retrieval/dense.py): the same vectors searched exactly, without importing
chromadb. Without a current snapshot (another store, an older index) Chroma answers.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from advisor.backends.embeddings import Embedder, make_embedder
from advisor.core.jsonio import read_json
from advisor.core.models import Hit, Passage
from advisor.core.settings import Settings
from advisor.core.text import query_tokens
from advisor.retrieval.bm25_scores import Bm25Scores
from advisor.retrieval.dense import DenseSnapshot
from advisor.retrieval.index import IndexFiles, build_bm25, chroma_client, get_collection, read_passages


class IndexMissing(RuntimeError):
    """The index has not been built for these settings."""


class Retriever:
    """Answers `search(question, k)` with fused hits; loads everything once."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        files = IndexFiles(settings.index_dir)
        self.passages: list[Passage] = read_passages(files.passages)
        if not self.passages:
            raise IndexMissing(str(files.root))
        self.by_id = {p.id: p for p in self.passages}
        self.embedder = embedder or make_embedder(settings)
        self.snapshot: DenseSnapshot | None = None
        if settings.vector_store == "embedded":
            state = read_json(files.state, None) or {}
            self.snapshot = DenseSnapshot.open(files.root, state.get("dense"), set(self.by_id))
        self._collection = None
        if self.snapshot is None:
            self._collection = get_collection(chroma_client(settings), settings)
        # The saved BM25 index scored with numpy (bm25s, and scipy with it, stays off the query path).
        self.bm25: Any = Bm25Scores.load(files.bm25)
        if self.bm25 is None and files.bm25.is_dir():
            import bm25s

            self.bm25 = bm25s.BM25.load(str(files.bm25), show_progress=False)
        elif self.bm25 is None:
            self.bm25 = build_bm25(self.passages, None)

    @property
    def collection(self) -> Any:
        """The Chroma collection (the store of record), opened on first use."""
        if self._collection is None:
            self._collection = get_collection(chroma_client(self.settings), self.settings)
        return self._collection

    def query_vector(self, question: str) -> np.ndarray:
        """The question's embedding; the last one is kept so rule matching reuses retrieval's vector."""
        last = getattr(self, "_last_query", None)
        if last is not None and last[0] == question:
            return last[1]
        vec = self.embedder.embed_query(question)
        self._last_query = (question, vec)
        return vec

    def dense(self, question: str, n: int) -> list[tuple[str, float]]:
        """(passage id, cosine similarity), best first."""
        vec = self.query_vector(question)
        if self.snapshot is not None:
            return self.snapshot.search(vec, min(n, len(self.passages)))
        res = self.collection.query(
            query_embeddings=[vec.tolist()], n_results=min(n, len(self.passages)), include=["distances"]
        )
        return [(pid, 1.0 - float(d)) for pid, d in zip(res["ids"][0], res["distances"][0], strict=True)]

    def lexical(self, question: str, n: int) -> list[tuple[str, float]]:
        """(passage id, BM25 score), best first; only passages sharing a term with the question."""
        q = query_tokens(question)
        if not q:
            return []
        scores: np.ndarray = self.bm25.get_scores(q)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top])]
        return [(self.passages[i].id, float(scores[i])) for i in top if scores[i] > 0]

    def search(self, question: str, k: int | None = None) -> list[Hit]:
        """The k best passages for the question by reciprocal-rank fusion of dense and BM25 ranks."""
        k = k or self.settings.top_k
        n = max(self.settings.candidates, k)
        dense = self.dense(question, n)
        lexical = self.lexical(question, n)
        return fuse(dense, lexical, self.by_id, k, self.settings.rrf_k)


def fuse(
    dense: list[tuple[str, float]], lexical: list[tuple[str, float]], by_id: dict[str, Passage], k: int, rrf_k: int = 60
) -> list[Hit]:
    """Reciprocal-rank fusion: score = Σ 1 / (rrf_k + rank) over the rankings a passage is in."""
    fused: dict[str, float] = {}
    dense_score = dict(dense)
    lexical_score = dict(lexical)
    for ranking in (dense, lexical):
        for rank, (pid, _score) in enumerate(ranking, start=1):
            fused[pid] = fused.get(pid, 0.0) + 1.0 / (rrf_k + rank)
    order = sorted(fused, key=lambda pid: (-fused[pid], pid))[:k]
    return [
        Hit(passage=by_id[pid], score=fused[pid], dense=dense_score.get(pid), lexical=lexical_score.get(pid), rank=i)
        for i, pid in enumerate(order, start=1)
        if pid in by_id
    ]


_RETRIEVERS: dict[tuple, Retriever] = {}
_LOADING = threading.Lock()


def get_retriever(settings: Settings) -> Retriever:
    """One retriever per index per process (kernels and the CLI reuse it)."""
    key = (
        str(settings.index_dir),
        settings.embedding,
        settings.vector_store,
        settings.chroma_host,
        settings.chroma_port,
    )
    files = IndexFiles(settings.index_dir)
    stamp = files.state.stat().st_mtime_ns if files.state.is_file() else 0
    # One at a time: a page asking while the kernel's warm-up thread (advisor/app/warm.py) is still
    # loading the same index waits for that one instead of loading it a second time.
    with _LOADING:
        cached = _RETRIEVERS.get(key)
        if cached is None or getattr(cached, "_stamp", None) != stamp:
            cached = Retriever(settings)
            cached._stamp = stamp  # type: ignore[attr-defined]
            _RETRIEVERS[key] = cached
    return cached


__all__ = ["IndexMissing", "Path", "Retriever", "fuse", "get_retriever"]
