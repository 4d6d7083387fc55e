"""Issue 11, point 4, tried by a seventh outsider: six more complete home-office agreements, written
blind by an engineer who never read the gap check, its phrase or clause data, the dev agreements, the
other agreement sets' texts or any score, and keyed before the gap check was ever run on them (the
writer never ran it, and never looked at a gap-check result on these texts).

The texts and `key.json` are in `data/agreements/outsider7/` (same key format as `outsider6/`, scored
by the same code in `tests/agreement_heldout.py`): 6 complete agreements (a retail chain's head-office
policy with an individual annex, the items split between the two; a university's formal public-sector
agreement in § sections; a shipping company's English contract for its Oslo office; a kindergarten
owner's plain-talk agreement with her head teacher, extent and hours in one sentence; an IT
consultancy's question-and-answer checklist, the trial settled as «ingen prøveperiode»; a county
authority's nynorsk agreement with an equipment table), 6 × 8 variants with one item removed, and 2
"mentions without settling" variants per agreement (deferrals, a bare heading, an empty answer,
pointers to guidelines or a handbook, a keyword about something else, halves). The key's `about` says
which phrasings were keyed as settling an item and why.

SEEN SINCE SESSION 14. The lead scored it blind three times, totals only: with the gap check of beefe31 (start of
session 13), after gaps13 (a755e77) and at the end of session 13 (e87c8a4 = a0dae23, the start of session 14):
complete 3/6, removed fully right 31/48, mention-only 8/12; removed found 45/48, mentions flagged 12/12; 3 missed,
0 falsely covered, 20 falsely missing, 1 wrong clause, 4 removed read as partly. It was then opened as a dev set
(gaps15): its errors were read, their causes written as sentences of our own (`test_agreement_meaning7.py`) and
fixed. The floors and ceilings below are the seen figures after that; they say the causes are fixed, not how the
check does on a writer it has not seen (outsider 8 is the next blind set).
"""

from __future__ import annotations

import pytest

from tests.agreement_heldout import (
    HELDOUT,
    check_floors,
    check_key_quotes,
    check_set_shape,
    check_variants_build,
    earlier_sets,
    score,
    variants,
)

OUTSIDER7 = HELDOUT.parent / "outsider7"

# Seen, after gaps15 (session 14). Variants with no error at all, by kind (of 6 complete, 48 removed, 12 unsettled);
# removed items found of 48; mention-only items flagged of 12; and the errors of each kind. In the comments: the last
# blind run (e87c8a4 = a0dae23) and the first (beefe31).
FLOOR_RIGHT = {"complete": 6, "removed": 48, "unsettled": 12}  # last blind: 3, 31, 8 (beefe31: 3, 31, 8)
FLOOR_REMOVED_FOUND = 48  # last blind: 45 (beefe31: 46)
FLOOR_MENTIONS_FLAGGED = 12  # last blind: 12 (beefe31: 12)
CEILING_ERRORS: dict[str, int] = {
    "missed": 0,  # last blind: 3 (beefe31: 2)
    "falsely_covered": 0,  # last blind: 0 (beefe31: 0)
    "falsely_missing": 0,  # last blind: 20 (beefe31: 29)
    "wrong_clause": 0,  # last blind: 1 (beefe31: 1)
    # the checklist's «Personvern og sikkerhet hjemme?» (screen lock, two-factor) with item 8 removed is kept as a
    # mention of privacy (flagged «unsettled», not «missing»); last blind: 4 (beefe31: 4)
    "removed_as_partly": 1,
}


@pytest.fixture(scope="module")
def outsider7_score():
    return score(variants(OUTSIDER7))


def test_the_set_is_what_the_brief_asks():
    check_set_shape(OUTSIDER7, earlier_sets(7))


def test_the_variants_build_without_the_gap_check():
    """6 complete texts, 48 removed, 12 mention-only; each derived text differs (the gap check is not run)."""
    check_variants_build(OUTSIDER7)


def test_the_key_quotes_the_texts_verbatim():
    """Every span, extra and edit of the key is found exactly once where the key applies it, spans
    of different items do not overlap, and every variant really lacks the clause it is meant to
    lack (the gap check is not run)."""
    check_key_quotes(OUTSIDER7)


def test_the_gap_check_runs_on_every_variant(outsider7_score):
    """Seen: all 66 variants are scored, and the score stays at or above the seen figures."""
    assert outsider7_score.counts == {"complete": 6, "removed": 48, "unsettled": 12}
    check_floors(outsider7_score, FLOOR_RIGHT, FLOOR_REMOVED_FOUND, FLOOR_MENTIONS_FLAGGED, CEILING_ERRORS)
