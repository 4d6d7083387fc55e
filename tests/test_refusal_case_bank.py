"""The refusal case bank and the labelled reason sentences are well-formed data.

Shape only: that every case names its source, carries an expected track and assessment from the
check's vocabulary, and that invented scenarios are labelled as such. (Scoring the cases is in
tests/test_refusal_cases.py; the held-out files are only read there, by the final scoring.)
`heldout_en.jsonl` is the English held-out set, kept apart from the English dev cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "tests" / "data" / "refusal_cases"
TRACKS = {"flexible_time", "reduced_time", "night_work", "home_office", "other"}
OVERALL = {"refusal_likely_unjustified", "refusal_likely_justified", "unclear", "outside_tln"}
KINDS = {"decision", "variant", "mirror", "invented", "issue"}


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["dev.jsonl", "heldout.jsonl", "heldout_en.jsonl"])
def test_cases_are_well_formed(name: str) -> None:
    cases = rows(BANK / name)
    assert len(cases) >= 20
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    for c in cases:
        assert c["kind"] in KINDS, c["id"]
        assert c["case"]["request"].strip() and c["case"]["refusal"].strip(), c["id"]
        e = c["expect"]
        assert e["track"] in TRACKS and e["assessment"] in OVERALL, c["id"]
        assert e["assessment"] in e["acceptable"] and set(e["acceptable"]) <= OVERALL, c["id"]
        if c["kind"] == "decision":
            assert c["decision"] and (c["source"] or "").startswith("http"), c["id"]
        if c["kind"] in ("mirror", "invented"):
            assert "INVENTED" in c["note"], c["id"]


def test_heldout_keeps_its_decisions_out_of_dev() -> None:
    dev = {c["decision"] for c in rows(BANK / "dev.jsonl") if c["decision"]}
    held = {c["decision"] for c in rows(BANK / "heldout.jsonl") if c["kind"] == "decision"}
    assert held and not held & dev
    assert not {c["case"]["request"] for c in rows(BANK / "heldout.jsonl")} & {
        c["case"]["request"] for c in rows(BANK / "dev.jsonl")
    }


@pytest.mark.parametrize(
    "path",
    [ROOT / "advisor" / "data" / "refusal_reasons.nb.jsonl", ROOT / "tests" / "data" / "refusal_reasons_test.nb.jsonl"],
)
def test_reason_examples_are_labelled(path: Path) -> None:
    examples = rows(path)
    criteria = {"substitute", "key_role", "presence", "rota", "cost", "precedent", "workload", "logistics"}
    for ex in examples:
        assert ex["criterion"] in criteria and ex["strength"] in {"general", "concrete", "documented"}, ex
    if "advisor" in path.parts:
        for c in criteria:
            assert sum(ex["criterion"] == c for ex in examples) >= 10, c


def test_english_heldout_is_apart_from_the_english_dev_cases() -> None:
    held = rows(BANK / "heldout_en.jsonl")
    dev = rows(ROOT / "tests" / "data" / "refusal_cases_en.jsonl") + rows(BANK / "dev.jsonl")
    assert all(c["lang"] == "en" and c["split"] == "heldout" for c in held)
    assert not {c["case"]["request"] for c in held} & {c["case"]["request"] for c in dev}
    assert not {c["case"]["refusal"] for c in held} & {c["case"]["refusal"] for c in dev}
    assert not {c["id"] for c in held} & {c["id"] for c in dev}
