"""The refusal check reads cases written in English (tests/data/refusal_cases_en.jsonl).

Foreign workers in Norway and their representatives write the request and the refusal in English.
The English cases were written before the reader learned English: most are English wordings, in our
own words, of dev cases (tests/data/refusal_cases/dev.jsonl; never of the held-out ones) with the same
expected facts, track and assessment, plus negations, documentation said absent, and English refusals
with general and with concrete, documented reasons. The reader's English words were tuned on this set,
so its score is a development figure, not a held-out one. The law applied does not change: only reading.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_refusal_cases import ORDER, false_facts, missing_facts

from advisor.core.models import RefusalCase
from advisor.tasks.refusal.check import check_refusal

CASES = Path(__file__).resolve().parent / "data" / "refusal_cases_en.jsonl"
DEV = Path(__file__).resolve().parent / "data" / "refusal_cases" / "dev.jsonl"


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def results() -> dict:
    out = {}
    for c in rows(CASES):
        case = RefusalCase.model_validate(c["case"])
        public = check_refusal(case, today=date.fromisoformat(c["today"])).public()
        out[c["id"]] = {"case": c, "track": public["track"], "assessment": public["assessment"],
                        "false": false_facts(c, case, public), "missing": missing_facts(c, public)}
    return out


def test_english_cases_are_english_versions_of_dev_cases() -> None:
    dev = {c["id"]: c for c in rows(DEV)}
    cases = rows(CASES)
    ids = [c["id"] for c in cases]
    assert len(cases) >= 12 and len(ids) == len(set(ids))
    for c in cases:
        e = c["expect"]
        assert c["lang"] == "en" and e["assessment"] in e["acceptable"], c["id"]
        base = dev.get(c["variant_of"])
        if base and c["kind"] == "variant":
            # the same case, in English: the same track and outcome as the bokmål case it words
            assert (e["track"], e["assessment"]) == (base["expect"]["track"], base["expect"]["assessment"]), c["id"]
        if c["kind"] in ("mirror", "invented"):
            assert "INVENTED" in c["note"], c["id"]


def test_english_cases_read_and_assessed(results) -> None:
    wrong = []
    for i, r in results.items():
        e = r["case"]["expect"]
        if r["track"] != e["track"] or r["assessment"] not in e["acceptable"] or r["false"] or r["missing"]:
            wrong.append(f"{i}: track {r['track']}/{e['track']}, assessment {r['assessment']}/{e['acceptable']}, "
                         f"false {r['false']}, missing {r['missing']}")
    n = len(results)
    track = sum(r["track"] == r["case"]["expect"]["track"] for r in results.values())
    agrees = sum(r["assessment"] in r["case"]["expect"]["acceptable"] for r in results.values())
    print(f"\nEnglish cases: {n - len(wrong)}/{n} fully right; track right {track}/{n}; agrees {agrees}/{n}")
    assert not wrong, "\n".join(wrong)


def test_english_mirrors_never_move_towards_unjustified(results) -> None:
    for r in results.values():
        c = r["case"]
        if c["kind"] == "mirror" and c["variant_of"] in results:
            base = results[c["variant_of"]]["assessment"]
            assert ORDER[r["assessment"]] >= ORDER[base], c["id"]
