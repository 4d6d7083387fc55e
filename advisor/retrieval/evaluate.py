"""Retrieval evaluation: recall@k and MRR of a retriever on a set of questions with gold passage ids."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from advisor.core.settings import REPO_ROOT

DEFAULT_EVAL = REPO_ROOT / "tests" / "eval_questions.jsonl"


class EvalQuestion(BaseModel):
    """One evaluation question with its persona and the passage ids that answer it."""

    question: str
    persona: str = "employee"
    gold: list[str]


class EvalResult(BaseModel):
    """Retrieval scores of one configuration: recall@5, MRR@10, latency percentiles and misses."""

    name: str
    questions: int
    recall_at_5: float
    mrr: float = Field(description="Mean reciprocal rank of the first gold passage within the top 10.")
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    misses: list[str] = Field(default_factory=list, description="Questions with no gold passage in the top 5.")


def load_questions(path: Path = DEFAULT_EVAL) -> list[EvalQuestion]:
    """The eval set (JSON lines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [EvalQuestion(**json.loads(line)) for line in lines if line.strip()]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[idx]


def evaluate(name: str, rank: Callable[[str], list[str]], questions: list[EvalQuestion]) -> EvalResult:
    """Run `rank` (question → passage ids, best first) over the questions."""
    hits, rr, times, misses = 0, 0.0, [], []
    for q in questions:
        start = time.perf_counter()
        ids = rank(q.question)
        times.append((time.perf_counter() - start) * 1000)
        gold = set(q.gold)
        if gold & set(ids[:5]):
            hits += 1
        else:
            misses.append(q.question)
        for i, pid in enumerate(ids[:10], start=1):
            if pid in gold:
                rr += 1 / i
                break
    n = len(questions) or 1
    return EvalResult(
        name=name,
        questions=len(questions),
        recall_at_5=hits / n,
        mrr=rr / n,
        p50_ms=percentile(times, 50),
        p95_ms=percentile(times, 95),
        misses=misses,
    )


def evaluate_settings(
    settings, questions: list[EvalQuestion] | None = None, build: bool = True
) -> dict[str, EvalResult]:
    """Hybrid, dense-only and BM25-only results for one embedding back end (building its index if needed)."""
    from advisor.retrieval.index import build_index
    from advisor.retrieval.retrieve import Retriever

    questions = questions or load_questions()
    if build:
        build_index(settings)
    r = Retriever(settings)
    r.search(questions[0].question)  # warm up
    k = 10
    return {
        "hybrid": evaluate(
            f"{settings.embedding} + BM25 (RRF)", lambda q: [h.passage.id for h in r.search(q, k)], questions
        ),
        "dense": evaluate(f"{settings.embedding} only", lambda q: [pid for pid, _ in r.dense(q, k)], questions),
        "bm25": evaluate("BM25 only", lambda q: [pid for pid, _ in r.lexical(q, k)], questions),
    }
