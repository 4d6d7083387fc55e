"""Issue 11, point 4, tried by a sixth outsider: six more complete home-office agreements, written
blind by an engineer who never read the gap check, its phrase or clause data, the dev agreements, the
other agreement sets' texts or any score, and keyed before the gap check was ever run on them (the
writer never ran it, and never looked at a gap-check result on these texts).

The texts and `key.json` are in `data/agreements/outsider6/` (same key format as `outsider5/`, scored
by the same code in `tests/agreement_heldout.py`): 6 complete agreements (a municipality's template
filled in, with its bracketed instructions left standing; a startup CEO's informal e-mail in English;
a hospital trust's bullet list for a medical secretary, extent and hours in one sentence; a smelter's
agreement in nynorsk for a process engineer on an on-call rota; an insurer's formal contract with
definitions and the equipment only in an appendix; a state agency's tick-box form with a space-aligned
equipment table), 6 × 8 variants with one item removed, and 2 "mentions without settling" variants per
agreement (deferrals, a pointer to routines, a keyword in an unrelated sentence, halves, empty form
fields). The key's `about` says which phrasings were keyed as settling an item and why.

The set was scored blind twice, by the lead (totals only; SCORES.md keeps both rows). After the second
run (complete 1/6, removed found 43/48, mentions flagged 9/12; 5 missed, 3 falsely covered, 77 falsely
missing, 2 wrong clause, 6 removed read as partly) it was OPENED as a dev set (session 13, 22:22): its errors
were read and their causes fixed by their general cause on sentences of our own words
(`tests/test_agreement_meaning6.py`, with near-misses), so the set is now SEEN, not blind: the floors below are
what it measures after those fixes, not how the check does on unseen agreements (the seventh set, written
meanwhile by someone else, gives that). Never tune the gap check on these texts — write sentences or a dev
agreement that reproduce the kind of error instead.
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

OUTSIDER6 = HELDOUT.parent / "outsider6"

# Variants with no error at all, by kind (of 6 complete, 48 removed, 12 unsettled).
# Raised after the fixes for this set's causes (seen, NOT blind; see SCORES.md): blind runs 1, 19, 3 and 1, 20, 3.
FLOOR_RIGHT = {"complete": 6, "removed": 48, "unsettled": 12}
# Removed items the check did not report as settled (of 48), and mention-only items it flagged (of 12).
FLOOR_REMOVED_FOUND = 48  # blind: 42, 43
FLOOR_MENTIONS_FLAGGED = 12  # blind: 9, 9
# Errors of each kind (the count may only go down):
# keys "missed", "falsely_covered", "falsely_missing", "wrong_clause", "removed_as_partly".
# blind: 6, 3, 77, 3, 6 and 5, 3, 77, 2, 6
CEILING_ERRORS = {"missed": 0, "falsely_covered": 0, "falsely_missing": 0, "wrong_clause": 0, "removed_as_partly": 3}


@pytest.fixture(scope="module")
def outsider6_score():
    return score(variants(OUTSIDER6))


def test_the_set_is_what_the_brief_asks():
    check_set_shape(OUTSIDER6, earlier_sets(6))


def test_the_variants_build_without_the_gap_check():
    """6 complete texts, 48 removed, 12 mention-only; each derived text differs (the gap check is not run)."""
    check_variants_build(OUTSIDER6)


def test_the_key_quotes_the_texts_verbatim():
    """Every span, extra and edit of the key is found exactly once where the key applies it, spans
    of different items do not overlap, and every variant really lacks the clause it is meant to
    lack (the gap check is not run)."""
    check_key_quotes(OUTSIDER6)


def test_the_gap_check_stays_at_or_above_the_seen_run(outsider6_score):
    """Seen: every variant right after the fixes; three removed items are still flagged as «partly» or unsettled
    rather than missing (a mention is left, which is not a false «settled»)."""
    assert outsider6_score.counts == {"complete": 6, "removed": 48, "unsettled": 12}
    check_floors(outsider6_score, FLOOR_RIGHT, FLOOR_REMOVED_FOUND, FLOOR_MENTIONS_FLAGGED, CEILING_ERRORS)
