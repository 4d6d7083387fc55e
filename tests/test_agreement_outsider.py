"""Issue 11, point 4, tried by an outsider: six complete home-office agreements written by an
engineer who never read the gap check, its phrase data or the colleague's agreements.

The texts and `key.json` are in `data/agreements/outsider/` (same key format as the colleague's
held-out set, scored by the same code in `tests/agreement_heldout.py`). They were keyed before
the gap check was first run on them and scored once; the floors below are what that blind run
measured (see `SCORES.md` next to the texts); since the fixes of its error classes (on dev agreements of
our own) the set is seen, and the floors are what it measures now. They are floors, not targets: a change to the gap
check may raise them, never lower them. Never tune the gap check on these texts — write a dev
agreement that reproduces the kind of error instead.
"""

from __future__ import annotations

import pytest

from tests.agreement_heldout import HELDOUT, ITEM_KEYS, check_floors, load_key, score, variants

OUTSIDER = HELDOUT.parent / "outsider"

# The one blind run measured complete 1, removed 16, unsettled 2 fully right; removed found 40, mentions
# flagged 8; errors missed 8, falsely covered 4, falsely missing 67, wrong clause 2 (SCORES.md).
# After the error classes were fixed by general cause on new dev agreements, the set is SEEN, not blind;
# the floors below are what it then measured (SCORES.md, "After the fixes"), never above.
FLOOR_RIGHT = {"complete": 6, "removed": 48, "unsettled": 12}
# Removed items the check did not report as settled, and mention-only items it flagged.
FLOOR_REMOVED_FOUND = 48
FLOOR_MENTIONS_FLAGGED = 12
# Errors of each kind (the count may only go down).
CEILING_ERRORS = {"missed": 0, "falsely_covered": 0, "falsely_missing": 0, "wrong_clause": 0}


@pytest.fixture(scope="module")
def outsider_score():
    return score(variants(OUTSIDER))


def test_the_set_is_what_the_brief_asks():
    key = load_key(OUTSIDER)
    agreements = key["agreements"]
    assert len(agreements) == 6
    assert {a["language"] for a in agreements.values()} == {"nb", "en"}
    for name, spec in agreements.items():
        assert (OUTSIDER / name).is_file()
        assert set(spec["items"]) == set(ITEM_KEYS), name
        assert len(spec["unsettled"]) == 2, name
    vs = variants(OUTSIDER)
    assert [len([v for v in vs if v.kind == k]) for k in ("complete", "removed", "unsettled")] == [6, 48, 12]


def test_the_gap_check_stays_at_or_above_the_blind_run(outsider_score):
    check_floors(outsider_score, FLOOR_RIGHT, FLOOR_REMOVED_FOUND, FLOOR_MENTIONS_FLAGGED, CEILING_ERRORS)
