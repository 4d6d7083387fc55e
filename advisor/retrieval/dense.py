"""A read-only copy of the Chroma collection's vectors for the query path: exact cosine search.

Chroma stays the store of record: `flexwork index` writes the vectors there, reads them back and
writes the same ids and vectors to `dense.npy` + `dense.json` beside the index. A question is then
answered from this memory-mapped matrix without importing chromadb (about 1.3 s of imports and
0.3 s to open a persistent client, more than the rest of `flexwork ask` together).

The snapshot is keyed by the content hash of what was read back (ids and vector bytes). The index
state (`state.json`, written last by `build_index`) records that hash; a snapshot whose hash,
shape or ids do not match is ignored and the retriever queries Chroma instead, so a missing or
stale snapshot costs time, never correctness. `build_index` deletes the snapshot before it
changes the collection, so an interrupted run cannot leave a snapshot that disagrees with it.

The search is exact (a matrix-vector product), which is what Chroma's HNSW index approximates;
tests/test_dense.py compares the two on every eval question.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from advisor.core.jsonio import write_atomic

VECTORS = "dense.npy"
META = "dense.json"
PAGE = 5000  # rows read back from Chroma at a time


def content_hash(ids: list[str], vectors: np.ndarray) -> str:
    """sha256 over the ids (in order) and the float32 vector bytes."""
    h = hashlib.sha256()
    h.update(json.dumps(ids, ensure_ascii=False).encode("utf-8"))
    h.update(np.ascontiguousarray(vectors, dtype=np.float32).tobytes())
    return h.hexdigest()


def remove(root: Path) -> None:
    """Forget the snapshot (before the collection changes)."""
    (root / META).unlink(missing_ok=True)
    (root / VECTORS).unlink(missing_ok=True)


def read_collection(collection: Any) -> tuple[list[str], np.ndarray]:
    """Every id and vector of a Chroma collection, sorted by id (Chroma's own order is not stable)."""
    ids: list[str] = []
    chunks: list[np.ndarray] = []
    offset = 0
    while True:
        got = collection.get(include=["embeddings"], limit=PAGE, offset=offset)
        if not got["ids"]:
            break
        ids.extend(got["ids"])
        chunks.append(np.asarray(got["embeddings"], dtype=np.float32))
        offset += len(got["ids"])
    if not ids:
        return [], np.zeros((0, 0), dtype=np.float32)
    vectors = np.vstack(chunks)
    order = sorted(range(len(ids)), key=ids.__getitem__)
    return [ids[i] for i in order], vectors[order]


def write(root: Path, collection: Any, embedder: str) -> dict[str, Any]:
    """Copy the collection's ids and vectors to the snapshot; the facts `state.json` keeps about it."""
    ids, vectors = read_collection(collection)
    digest = content_hash(ids, vectors)
    np.save(root / (VECTORS + ".tmp.npy"), vectors)
    (root / (VECTORS + ".tmp.npy")).replace(root / VECTORS)
    facts = {"sha256": digest, "count": len(ids), "dim": int(vectors.shape[1]) if ids else 0, "embedder": embedder}
    write_atomic(root / META, json.dumps({**facts, "ids": ids}, ensure_ascii=False))
    return facts


class DenseSnapshot:
    """The memory-mapped vectors of one index, searched exactly by cosine similarity."""

    def __init__(self, ids: list[str], vectors: np.ndarray) -> None:
        self.ids = ids
        self.vectors = vectors
        self._norms: np.ndarray | None = None

    @classmethod
    def open(cls, root: Path, expected: dict[str, Any] | None, passage_ids: set[str]) -> DenseSnapshot | None:
        """The snapshot if it is exactly the collection `state.json` describes, else None."""
        if not expected or not expected.get("sha256"):
            return None
        try:
            meta = json.loads((root / META).read_text(encoding="utf-8"))
            vectors = np.load(root / VECTORS, mmap_mode="r")
        except (OSError, ValueError):
            return None
        ids = meta.get("ids") or []
        if (
            meta.get("sha256") != expected["sha256"]
            or meta.get("embedder") != expected.get("embedder")
            or vectors.ndim != 2
            or vectors.shape != (len(ids), expected.get("dim"))
            or set(ids) != passage_ids
        ):
            return None
        return cls(ids, vectors)

    def search(self, query: np.ndarray, n: int) -> list[tuple[str, float]]:
        """(id, cosine similarity), best first; ties broken by id like a sorted scan would."""
        if not self.ids or n <= 0:
            return []
        q = np.asarray(query, dtype=np.float32)
        q = q / (float(np.linalg.norm(q)) or 1.0)
        if self._norms is None:  # Chroma's cosine space normalises stored vectors too
            norms = np.sqrt(np.einsum("ij,ij->i", self.vectors, self.vectors, dtype=np.float32))
            self._norms = np.where(norms > 0, norms, 1.0)
        sims = (self.vectors @ q) / self._norms
        n = min(n, len(self.ids))
        top = np.argpartition(-sims, n - 1)[:n]
        top = top[np.lexsort((top, -sims[top]))]
        return [(self.ids[i], float(sims[i])) for i in top]
