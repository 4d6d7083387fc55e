"""BM25 scores from the index bm25s saved, with numpy alone (the query path).

`import bm25s` imports scipy (0.2 s on an idle 2-core machine, 0.6 s on a busy one), although a
saved eager index is just a sparse matrix of precomputed per-term scores: the score of a
passage is the sum of its column entries for the question's terms. This reads the files bm25s
wrote (`params.index.json`, `vocab.index.json`, `{data,indices,indptr}.csc.index.npy`) and sums
them the way `bm25s.BM25.get_scores` does; tests/test_bm25_scores.py checks that the scores are
the same for every eval question. The index is still built by bm25s (advisor/retrieval/index.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

# bm25s variants whose scores need nothing but the saved matrix (BM25L and BM25+ add a
# per-term "non-occurrence" score; for those the retriever uses bm25s itself).
PLAIN_METHODS = {"robertson", "lucene", "atire"}


class Bm25Scores:
    """A saved bm25s index, scored with numpy."""

    def __init__(
        self,
        vocab: dict[str, int],
        data: np.ndarray,
        indices: np.ndarray,
        indptr: np.ndarray,
        num_docs: int,
        dtype: str,
    ) -> None:
        self.vocab = vocab
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.num_docs = num_docs
        self.dtype = np.dtype(dtype)

    @classmethod
    def load(cls, folder: Path) -> Bm25Scores | None:
        """The index in `folder`, or None when it is missing or a variant this cannot score."""
        try:
            params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
            if params.get("method") not in PLAIN_METHODS:
                return None
            vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
            arrays = [np.load(folder / f"{name}.csc.index.npy") for name in ("data", "indices", "indptr")]
        except (OSError, ValueError):
            return None
        data, indices, indptr = arrays
        return cls(vocab, data, indices, indptr, int(params["num_docs"]), params.get("dtype", "float32"))

    def get_scores(self, query_tokens: list[str]) -> np.ndarray:
        """One score per passage: the sum of the precomputed scores of the known query terms."""
        scores = np.zeros(self.num_docs, dtype=self.dtype)
        for token in query_tokens:
            tid = self.vocab.get(token)
            if tid is None or tid >= len(self.indptr) - 1:  # unknown, or bm25s's column-less "" entry
                continue
            start, end = self.indptr[tid], self.indptr[tid + 1]
            np.add.at(scores, self.indices[start:end], self.data[start:end])
        return scores
