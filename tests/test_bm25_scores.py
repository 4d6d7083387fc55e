"""BM25 on the query path without bm25s: same scores as bm25s for every eval question."""

from __future__ import annotations

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_NORWEGIAN
from conftest import load_eval

from advisor.core.stopwords_nb import STOPWORDS_NORWEGIAN as OURS
from advisor.core.text import query_tokens
from advisor.retrieval.bm25_scores import Bm25Scores
from advisor.retrieval.index import IndexFiles
from advisor.retrieval.retrieve import Retriever


def test_stopwords_are_bm25s_list() -> None:
    assert frozenset(STOPWORDS_NORWEGIAN) == OURS


def test_scores_equal_bm25s_for_every_eval_question(fake_settings) -> None:
    folder = IndexFiles(fake_settings.index_dir).bm25
    ours = Bm25Scores.load(folder)
    assert ours is not None
    theirs = bm25s.BM25.load(str(folder), show_progress=False)
    checked = 0
    for q in load_eval():
        tokens = query_tokens(q["question"])
        if not tokens:
            continue
        np.testing.assert_allclose(ours.get_scores(tokens), theirs.get_scores(tokens), rtol=1e-6, atol=1e-6)
        checked += 1
    assert checked >= 40
    # A repeated term counts twice in bm25s too; an unknown one adds nothing.
    np.testing.assert_allclose(
        ours.get_scores(["hjemmekontor", "hjemmekontor", "xyzzy"]),
        theirs.get_scores(["hjemmekontor", "hjemmekontor", "xyzzy"]),
        rtol=1e-6,
    )


def test_retriever_uses_numpy_scores_and_bm25s_variants_fall_back(fake_settings, tmp_path) -> None:
    r = Retriever(fake_settings)
    assert isinstance(r.bm25, Bm25Scores)
    folder = tmp_path / "bm25l"
    model = bm25s.BM25(method="bm25l")
    model.index([["a", "b"], ["b", "c"]], show_progress=False)
    model.save(str(folder), show_progress=False)
    assert Bm25Scores.load(folder) is None  # needs the non-occurrence array: bm25s scores it
    assert Bm25Scores.load(tmp_path / "missing") is None
