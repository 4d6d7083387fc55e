"""Issue 11, point 4, tried by an eighth outsider: six more complete home-office agreements, written
blind by an engineer who never read the gap check, its phrase or clause data, the dev agreements, the
other agreement sets' texts or any score (outsider7's key was read for its format only), and keyed
before the gap check was ever run on them (the writer never ran it, and never looked at a gap-check
result on these texts).

The texts and `key.json` are in `data/agreements/outsider8/` (same key format as `outsider7/`, scored
by the same code in `tests/agreement_heldout.py`): 6 complete agreements (a hospital's agreement for a
medical secretary with home shifts placed in the rota; a municipality's standard form filled in with
short answers and Ja/Nei fields; an e-mail thread in which the manager confirms the terms point by
point, under the employee's first mail that asks about every item; a startup's terse Slack bullet
list, extent and hours in one bullet; a foreign-owned subsidiary's English confirmation letter for a
hybrid arrangement; a cooperative's nynorsk minutes of a consultation meeting with lettered points),
6 × 8 variants with one item removed, and 2 "mentions without settling" variants per agreement
(deferrals, a pointer to guidelines, an empty form answer after «Ja», a bare yes, a bare heading, a
bare adjective, a mention that changes "can be discussed", halves). The key's `about` says which
phrasings were keyed as settling an item and why.

A SEEN DEVELOPMENT SET SINCE SESSION 14. The lead scored it blind twice, totals only: at a0dae23 (the start of
session 14) and again after gaps15 (048cdfe), unchanged: complete 3/6, removed fully right 32/48, mention-only fully
right 5/12; removed found 45/48, mentions flagged 10/12; 3 missed, 2 falsely covered, 58 falsely missing, 2 wrong
clause, 4 removed read as partly. It was then opened as a dev set (gaps16): its errors were read, their causes written
as sentences of our own (`test_agreement_meaning8.py`) and fixed. The floors and ceilings below are the seen figures
after that; they say the causes are fixed, not how the check does on a writer it has not seen (outsider 9 is the next
blind set).
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

OUTSIDER8 = HELDOUT.parent / "outsider8"

# Seen, after gaps16 (session 14). Variants with no error at all, by kind (of 6 complete, 48 removed, 12 unsettled);
# removed items found of 48; mention-only items flagged of 12; and the errors of each kind. In the comments: the last
# blind run (048cdfe = a0dae23).
FLOOR_RIGHT = {"complete": 6, "removed": 48, "unsettled": 11}  # last blind: 3, 32, 5
FLOOR_REMOVED_FOUND = 48  # last blind: 45
FLOOR_MENTIONS_FLAGGED = 11  # last blind: 10
CEILING_ERRORS: dict[str, int] = {
    "missed": 0,  # last blind: 3
    # the hospital's «Pasientopplysninger behandles etter sykehusets retningslinjer for informasjonssikkerhet og
    # personvern (se intranettet)» is read as settling item 8, as test_agreement_meaning3.py reads the same duty to
    # follow the employer's own privacy rules (see OPEN in test_agreement_meaning8.py); last blind: 2
    "falsely_covered": 1,
    "falsely_missing": 0,  # last blind: 58
    "wrong_clause": 0,  # last blind: 2
    "removed_as_partly": 0,  # last blind: 4
}


@pytest.fixture(scope="module")
def outsider8_score():
    return score(variants(OUTSIDER8))


def test_the_set_is_what_the_brief_asks():
    check_set_shape(OUTSIDER8, earlier_sets(8))


def test_the_variants_build_without_the_gap_check():
    """6 complete texts, 48 removed, 12 mention-only; each derived text differs (the gap check is not run)."""
    check_variants_build(OUTSIDER8)


def test_the_key_quotes_the_texts_verbatim():
    """Every span, extra and edit of the key is found exactly once where the key applies it, spans
    of different items do not overlap, and every variant really lacks the clause it is meant to
    lack (the gap check is not run)."""
    check_key_quotes(OUTSIDER8)


def test_the_gap_check_runs_on_every_variant(outsider8_score):
    """Seen: all 66 variants are scored, and the score stays at or above the seen figures."""
    assert outsider8_score.counts == {"complete": 6, "removed": 48, "unsettled": 12}
    check_floors(outsider8_score, FLOOR_RIGHT, FLOOR_REMOVED_FOUND, FLOOR_MENTIONS_FLAGGED, CEILING_ERRORS)
