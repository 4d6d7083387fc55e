"""Issue 11, point 4, tried by a third outsider: six more complete home-office agreements,
written by an engineer who never read the gap check, its phrase data, the other agreement sets'
texts or their scores, and keyed before the gap check was ever run on them.

The texts and `key.json` are in `data/agreements/outsider3/` (same key format as `outsider2/`,
scored by the same code in `tests/agreement_heldout.py`): 6 complete agreements, 6 × 8 variants
with one item removed, and 2 "mentions without settling" variants per agreement (deferrals, empty
fields or a bare heading, a clause sharing a keyword but about something else). The key's `about`
says which phrasings were keyed as settling an item and why.

The set was scored blind once, by the lead (totals only). Its errors were then read and their classes
fixed on dev agreements of our own words (`data/agreements/dev/dev-vakt-nn.txt`, `dev-plikter.txt`,
`dev-english-5.txt`), so the set is now SEEN, not blind: the floors below are what it measures after
those fixes, not how the check does on unseen agreements (SCORES.md keeps the blind figures). Never tune
the gap check on these texts — write a dev agreement that reproduces the kind of error instead.
"""

from __future__ import annotations

import pytest

from tests.agreement_heldout import HELDOUT, ITEM_KEYS, check_floors, check_key_quotes, load_key, score, variants

OUTSIDER3 = HELDOUT.parent / "outsider3"

# Variants with no error at all, by kind (of 6 complete, 48 removed, 12 unsettled).
# Raised after the fixes for this set's classes (seen, NOT blind; see SCORES.md): blind run 1, 11, 2.
FLOOR_RIGHT = {"complete": 6, "removed": 48, "unsettled": 12}
# Removed items the check did not report as settled (of 48), and mention-only items it flagged (of 12).
FLOOR_REMOVED_FOUND = 48  # blind: 44
FLOOR_MENTIONS_FLAGGED = 12  # blind: 8
# Errors of each kind (the count may only go down):
# keys "missed", "falsely_covered", "falsely_missing", "wrong_clause".
# blind: 4, 4, 58, 1
# removed read as «unsettled» rather than «missing» (flagged, no error): 4 at the end of gaps11, 3 after gaps12
CEILING_ERRORS = {"missed": 0, "falsely_covered": 0, "falsely_missing": 0, "wrong_clause": 0, "removed_as_partly": 3}


@pytest.fixture(scope="module")
def outsider3_score():
    return score(variants(OUTSIDER3))


def test_the_set_is_what_the_brief_asks():
    key = load_key(OUTSIDER3)
    agreements = key["agreements"]
    assert len(agreements) == 6
    assert key["items"] == list(ITEM_KEYS)
    for name, spec in agreements.items():
        assert (OUTSIDER3 / name).is_file()
        assert set(spec["items"]) == set(ITEM_KEYS), name
        assert len(spec["unsettled"]) == 2, name
        assert {u["item"] for u in spec["unsettled"]} <= set(ITEM_KEYS), name
    # a third set, not a copy of an earlier one
    for earlier in ("outsider", "outsider2"):
        assert not set(agreements) & set(load_key(HELDOUT.parent / earlier)["agreements"]), earlier
    vs = variants(OUTSIDER3)
    assert [len([v for v in vs if v.kind == k]) for k in ("complete", "removed", "unsettled")] == [6, 48, 12]


def test_the_key_quotes_the_texts_verbatim():
    """Every span, extra and edit of the key is found exactly once where the key applies it, spans
    of different items do not overlap, and every variant really lacks the clause it is meant to
    lack (the gap check is not run)."""
    check_key_quotes(OUTSIDER3)


def test_the_gap_check_stays_at_or_above_its_recorded_run(outsider3_score):
    check_floors(outsider3_score, FLOOR_RIGHT, FLOOR_REMOVED_FOUND, FLOOR_MENTIONS_FLAGGED, CEILING_ERRORS)
