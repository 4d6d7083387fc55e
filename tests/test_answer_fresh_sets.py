"""The outsider-written answer sets (tests/data/answer_probe_dev3.jsonl, open for tuning, and
tests/data/answer_fresh.jsonl, answer_fresh2.jsonl, answer_fresh3.jsonl, answer_fresh4.jsonl,
answer_fresh5.jsonl and answer_fresh6.jsonl, written blind; fresh6 held out, fresh a seen
development set since 7f60ad0, fresh2 and fresh3 since session 13, fresh4 and fresh5 since session 14): every line
parses, every cited passage exists in the bundled corpus, and no question repeats one of another answer set.
Only file names and line numbers are reported, never another set's question."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from advisor.answering.evaluate import ANSWER_SETS, AnswerQuestion, selected_sets
from advisor.core.settings import REPO_ROOT
from advisor.corpus.chunk import passages_for
from advisor.corpus.load import load_corpus

DATA = Path(__file__).resolve().parent / "data"
NEW_SETS = {
    "dev3": DATA / "answer_probe_dev3.jsonl",
    "fresh": DATA / "answer_fresh.jsonl",
    "fresh2": DATA / "answer_fresh2.jsonl",
    "fresh3": DATA / "answer_fresh3.jsonl",
    "fresh4": DATA / "answer_fresh4.jsonl",
    "fresh5": DATA / "answer_fresh5.jsonl",
    "fresh6": DATA / "answer_fresh6.jsonl",
    "dev13": DATA / "answer_probe_dev13.jsonl",
}
SIZES = {"dev3": 30, "fresh": 40, "fresh2": 40, "fresh3": 40, "fresh4": 40, "fresh5": 40, "fresh6": 40, "dev13": 109}
# Held-out sets: scored only when named (never by `--answer-set all`).
HELD_OUT = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")


def _lines(path: Path) -> list[tuple[int, dict]]:
    return [
        (i + 1, json.loads(line))
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines())
        if line.strip()
    ]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


@pytest.fixture(scope="module")
def passage_ids() -> set[str]:
    docs, _ = load_corpus(REPO_ROOT / "corpus")
    return {p.id for d in docs for p in passages_for(d)}


@pytest.mark.parametrize("name", sorted(NEW_SETS))
def test_lines_parse_and_are_well_formed(name: str):
    rows = _lines(NEW_SETS[name])
    assert len(rows) == SIZES[name]
    for n, row in rows:
        q = AnswerQuestion(**row)
        where = f"{name} line {n}"
        assert q.question.strip(), where
        assert q.lang in ("nb", "en"), where
        assert q.persona in ("employee", "hr", "union"), where
        if q.abstain:
            assert q.answer is None, where
            continue
        assert q.answer is not None and q.answer.kind in ("law", "advice"), where
        assert q.answer.rule.strip() and q.answer.says and q.answer.cite, where
        assert all(group and all(p.strip() for p in group) for group in q.answer.says), where
        assert row.get("gold"), where


@pytest.mark.parametrize("name", sorted(NEW_SETS))
def test_cited_and_gold_passages_exist(name: str, passage_ids: set[str]):
    missing = [
        f"{name} line {n}: {pid}"
        for n, row in _lines(NEW_SETS[name])
        for pid in [*row.get("gold", []), *(row.get("answer") or {}).get("cite", [])]
        if pid not in passage_ids
    ]
    assert not missing, "\n".join(missing)


def test_law_answers_cite_primary_sources(passage_ids: set[str]):
    """A statement of law is keyed to the law or a decision, never to our guides alone."""
    bad = [
        f"{name} line {n}"
        for name, path in NEW_SETS.items()
        for n, row in _lines(path)
        if (row.get("answer") or {}).get("kind") == "law"
        and any(pid.startswith("guide-") for pid in row["answer"]["cite"])
    ]
    assert not bad, bad


def test_no_question_appears_twice_across_answer_sets():
    """Every answer set and probe file together: no question (folded case, punctuation, space) twice."""
    files = {**{k: v for k, v in ANSWER_SETS.items() if v.is_file()}, **NEW_SETS}
    for path in sorted(DATA.glob("answer_probe_dev*.jsonl")):
        if path not in files.values():
            files[path.stem] = path
    seen: dict[str, str] = {}
    twice = []
    for name, path in files.items():
        for n, row in _lines(path):
            key = _norm(row["question"])
            if key in seen:
                twice.append(f"{name} line {n} = {seen[key]}")
            seen.setdefault(key, f"{name} line {n}")
    assert not twice, "\n".join(twice)


@pytest.mark.parametrize("name", HELD_OUT)
def test_fresh_is_scored_only_when_named(name: str):
    assert ANSWER_SETS[name] == NEW_SETS[name]
    assert name not in selected_sets("all")
    assert {"eval", "heldout"} <= set(selected_sets("all"))
    assert set(selected_sets(name)) == {name}


def test_every_held_out_set_is_a_choice_of_the_eval_command():
    """`flexwork eval --answer-set NAME` accepts every answer set, the held-out ones included."""
    from advisor.cli.main import build_parser

    parser = build_parser()
    for name in ANSWER_SETS:
        assert parser.parse_args(["eval", "--answer-set", name]).answer_set == name


def test_no_question_appears_twice_within_a_set():
    for name, path in NEW_SETS.items():
        keys = [_norm(row["question"]) for _, row in _lines(path)]
        assert len(keys) == len(set(keys)), name


def test_new_questions_are_not_near_copies_of_older_sets():
    """The outsider sets must be new questions, not rewordings of ones the rules were tuned on
    (the same near-copy measure as the phrasing check; only line numbers are reported)."""
    from test_legal_rules import too_similar

    older = {k: v for k, v in ANSWER_SETS.items() if k not in NEW_SETS and v.is_file()}
    for path in sorted(DATA.glob("answer_probe_dev*.jsonl")):
        if path not in NEW_SETS.values():
            older[path.stem] = path
    old = [(name, n, row["question"]) for name, path in older.items() for n, row in _lines(path)]
    assert len(old) > 100
    near = [
        f"{name} line {n} ~ {oname} line {on}"
        for name, path in NEW_SETS.items()
        for n, row in _lines(path)
        for oname, on, oq in old
        if too_similar(row["question"], oq)
    ]
    assert not near, "\n".join(near)


@pytest.mark.parametrize("blind", ["fresh2", "fresh3", "fresh4", "fresh5", "fresh6"])
def test_blind_set_is_not_a_near_copy_of_any_other_set(blind: str):
    """Each later blind set is new against every other answer set, the earlier blind sets, dev3 and
    every probe included (line numbers only)."""
    from test_legal_rules import too_similar

    others = {k: v for k, v in ANSWER_SETS.items() if k != blind and v.is_file()}
    others.update({k: v for k, v in NEW_SETS.items() if k != blind})
    for path in sorted(DATA.glob("answer_probe_dev*.jsonl")):
        if path not in others.values():
            others[path.stem] = path
    old = [(name, n, row["question"]) for name, path in others.items() for n, row in _lines(path)]
    assert len(old) > 100
    near = [
        f"{blind} line {n} ~ {oname} line {on}"
        for n, row in _lines(NEW_SETS[blind])
        for oname, on, oq in old
        if too_similar(row["question"], oq)
    ]
    assert not near, "\n".join(near)
