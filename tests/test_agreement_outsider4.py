"""Issue 11, point 4, tried by a fourth outsider: six more complete home-office agreements,
written by an engineer who never read the gap check, its phrase data, the other agreement sets'
texts or their scores, and keyed before the gap check was ever run on them.

The texts and `key.json` are in `data/agreements/outsider4/` (same key format as `outsider3/`,
scored by the same code in `tests/agreement_heldout.py`): 6 complete agreements (a hospital
rota, a craft firm in prose, a state agency's letter, a startup in English, an accepted e-mail
thread, a nynorsk form with a table), 6 × 8 variants with one item removed, and 2 "mentions
without settling" variants per agreement (deferrals, a keyword shared with an unrelated clause,
half an item, an empty form field, a bare heading). The key's `about` says which phrasings were
keyed as settling an item and why.

The set was scored blind twice, by the lead (totals only; SCORES.md keeps both rows). Its errors
were then read and their classes fixed by their general cause on sentences of our own words
(`tests/test_agreement_meaning4.py`, with sibling forms in yet other words), so the set is now SEEN,
not blind: the floors below are what it measures after those fixes, not how the check does on unseen
agreements. Never tune the gap check on these texts — write sentences or a dev agreement that
reproduce the kind of error instead.
"""

from __future__ import annotations

import pytest

from tests.agreement_heldout import HELDOUT, ITEM_KEYS, check_floors, check_key_quotes, load_key, score, variants

OUTSIDER4 = HELDOUT.parent / "outsider4"

# Variants with no error at all, by kind (of 6 complete, 48 removed, 12 unsettled).
# Raised after the fixes for this set's classes (seen, NOT blind; see SCORES.md): blind runs 2, 17, 3 and 3, 23, 5.
FLOOR_RIGHT = {"complete": 6, "removed": 48, "unsettled": 12}
# Removed items the check did not report as settled (of 48), and mention-only items it flagged (of 12).
FLOOR_REMOVED_FOUND = 48  # blind: 45, 45
FLOOR_MENTIONS_FLAGGED = 12  # blind: 9, 9
# Errors of each kind (the count may only go down):
# keys "missed", "falsely_covered", "falsely_missing", "wrong_clause", "removed_as_partly".
# blind: 3, 3, 78, 0, 6 and 3, 3, 49, 0, 7
CEILING_ERRORS = {"missed": 0, "falsely_covered": 0, "falsely_missing": 0, "wrong_clause": 0, "removed_as_partly": 6}


@pytest.fixture(scope="module")
def outsider4_score():
    return score(variants(OUTSIDER4))


def test_the_set_is_what_the_brief_asks():
    key = load_key(OUTSIDER4)
    agreements = key["agreements"]
    assert len(agreements) == 6
    assert key["items"] == list(ITEM_KEYS)
    assert key["about"].strip()
    for name, spec in agreements.items():
        assert (OUTSIDER4 / name).is_file()
        assert spec["language"] in ("nb", "nn", "en"), name
        assert spec["style"].strip(), name
        assert set(spec["items"]) == set(ITEM_KEYS), name
        assert len(spec["unsettled"]) == 2, name
        assert {u["item"] for u in spec["unsettled"]} <= set(ITEM_KEYS), name
    # all three languages, and every item is mentioned without being settled somewhere
    assert {spec["language"] for spec in agreements.values()} == {"nb", "nn", "en"}
    assert {u["item"] for spec in agreements.values() for u in spec["unsettled"]} == set(ITEM_KEYS)
    # a fourth set, not a copy of an earlier one (no shared file names)
    for earlier in ("dev", "heldout", "outsider", "outsider2", "outsider3"):
        assert not set(agreements) & {p.name for p in (HELDOUT.parent / earlier).glob("*.txt")}, earlier
    vs = variants(OUTSIDER4)
    assert [len([v for v in vs if v.kind == k]) for k in ("complete", "removed", "unsettled")] == [6, 48, 12]


def test_the_key_quotes_the_texts_verbatim():
    """Every span, extra and edit of the key is found exactly once where the key applies it, spans
    of different items do not overlap, and every variant really lacks the clause it is meant to
    lack (the gap check is not run)."""
    check_key_quotes(OUTSIDER4)


def test_the_gap_check_stays_at_or_above_the_seen_run(outsider4_score):
    check_floors(outsider4_score, FLOOR_RIGHT, FLOOR_REMOVED_FOUND, FLOOR_MENTIONS_FLAGGED, CEILING_ERRORS)
