"""Answer evaluation: does the first line state the right rule and cite the right provision?

Each question of an answer set (JSON lines) carries an answer key: `says` (groups of phrases; the
first line must contain one phrase of every group, compared case- and space-insensitively) and
`cite` (passage ids; the first line must cite at least one of them). `abstain: true` marks an
off-topic question that must be refused. Retrieval is measured separately (advisor.retrieval.evaluate).
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from pathlib import Path

from pydantic import BaseModel, Field

from advisor.core.models import Answer
from advisor.core.settings import REPO_ROOT

_MARK = re.compile(r"\[(\d+)\]")
ANSWER_SETS = {
    "eval": REPO_ROOT / "tests" / "eval_questions.jsonl",
    "heldout": REPO_ROOT / "tests" / "data" / "answer_heldout.jsonl",
    "fresh": REPO_ROOT / "tests" / "data" / "answer_fresh.jsonl",
    "fresh2": REPO_ROOT / "tests" / "data" / "answer_fresh2.jsonl",
    "fresh3": REPO_ROOT / "tests" / "data" / "answer_fresh3.jsonl",
    "fresh4": REPO_ROOT / "tests" / "data" / "answer_fresh4.jsonl",
    "fresh5": REPO_ROOT / "tests" / "data" / "answer_fresh5.jsonl",
    "fresh6": REPO_ROOT / "tests" / "data" / "answer_fresh6.jsonl",
    # The coverage probe of session 14 (answers12): one or two questions for each legal rule the sources
    # hold, written from facts.md, tln-practice.md and the corpus before the rule set was read.
    "dev13": REPO_ROOT / "tests" / "data" / "answer_probe_dev13.jsonl",
}
# Sets that `--answer-set all` leaves out: "fresh", "fresh2", "fresh3", "fresh4", "fresh5" and "fresh6" were
# written blind by outsiders to the rules and are scored only when asked for by name. fresh6 is blind
# (totals only, by the lead); fresh has been a seen development set since 7f60ad0
# (docs/answer-quality-history.md), fresh2 and fresh3 since session 13, fresh4 and fresh5 since session 14
# (opened after their blind runs).
NOT_IN_ALL = frozenset({"fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"})


def selected_sets(choice: str) -> dict[str, Path]:
    """The answer sets `flexwork eval --answer-set CHOICE` scores: one set by name, or with "all"
    every set except those in NOT_IN_ALL."""
    return {k: v for k, v in ANSWER_SETS.items() if choice == k or (choice == "all" and k not in NOT_IN_ALL)}


class AnswerKey(BaseModel):
    """What a correct answer says: the rule, key phrases, and the provisions it must cite."""

    kind: str = "law"
    rule: str = ""
    says: list[list[str]] = Field(default_factory=list)
    cite: list[str] = Field(default_factory=list)


class AnswerQuestion(BaseModel):
    """One question of the answer evaluation set, with its answer key (or that it must abstain)."""

    question: str
    persona: str = "employee"
    lang: str = "nb"
    answer: AnswerKey | None = None
    abstain: bool = False


class AnswerScore(BaseModel):
    """How one answer scored against its key."""

    question: str
    correct: bool
    rule_ok: bool
    cite_ok: bool
    first_line: str
    rule: str | None = None
    cited: list[str] = Field(default_factory=list)


class AnswerEvalResult(BaseModel):
    """The answer evaluation's totals for one back end."""

    name: str
    questions: int
    correct: int
    rule_ok: int
    cite_ok: int
    from_rules: int
    p95_ms: float = 0.0
    failures: list[AnswerScore] = Field(default_factory=list)

    @property
    def share(self) -> float:
        """The share of questions answered correctly (0 when there are none)."""
        return self.correct / self.questions if self.questions else 0.0


def load_answer_set(path: Path) -> list[AnswerQuestion]:
    """The questions of an answer set file (one JSON object a line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [AnswerQuestion(**json.loads(line)) for line in lines if line.strip()]


def norm(text: str) -> str:
    """Case, width, dashes, non-breaking spaces and white space folded."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def first_line_citations(answer: Answer) -> tuple[str, list[str]]:
    """The answer's first line and the passage ids it cites."""
    first = next((line for line in answer.answer.splitlines() if line.strip()), "")
    by_n = {c.n: c.passage_id for c in answer.citations}
    return first, [by_n[int(n)] for n in _MARK.findall(first) if int(n) in by_n]


def score(answer: Answer, q: AnswerQuestion) -> AnswerScore:
    """One question scored against its key."""
    first, cited = first_line_citations(answer)
    if q.abstain or q.answer is None:
        ok = answer.abstained
        return AnswerScore(question=q.question, correct=ok, rule_ok=ok, cite_ok=ok, first_line=first, rule=answer.rule)
    key = q.answer
    line = norm(first)
    rule_ok = not answer.abstained and all(any(norm(alt) in line for alt in group) for group in key.says)
    cite_ok = not answer.abstained and bool(set(key.cite) & set(cited))
    return AnswerScore(
        question=q.question,
        correct=rule_ok and cite_ok,
        rule_ok=rule_ok,
        cite_ok=cite_ok,
        first_line=first,
        rule=answer.rule,
        cited=cited,
    )


def evaluate_answers(name: str, settings, questions: list[AnswerQuestion]) -> AnswerEvalResult:
    """Ask every question (no language model) and score the answers."""
    from advisor.answering.ask import ask
    from advisor.retrieval.evaluate import percentile

    scores, times = [], []
    for q in questions:
        grounded = settings.model_copy(update={"llm": "none", "language": q.lang})
        start = time.perf_counter()
        answer = ask(q.question, grounded)
        times.append((time.perf_counter() - start) * 1000)
        scores.append(score(answer, q))
    return AnswerEvalResult(
        name=name,
        questions=len(scores),
        correct=sum(s.correct for s in scores),
        rule_ok=sum(s.rule_ok for s in scores),
        cite_ok=sum(s.cite_ok for s in scores),
        from_rules=sum(1 for s in scores if s.rule),
        p95_ms=percentile(times, 95),
        failures=[s for s in scores if not s.correct],
    )
