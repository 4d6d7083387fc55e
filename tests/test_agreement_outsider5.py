"""Issue 11, point 4, tried by a fifth outsider: six more complete home-office agreements,
written by an engineer who never read the gap check, its phrase data, the other agreement sets'
texts or their scores, and keyed before the gap check was ever run on them.

The texts and `key.json` are in `data/agreements/outsider5/` (same key format as `outsider4/`,
scored by the same code in `tests/agreement_heldout.py`): 6 complete agreements (a law firm's
memo in prose, an adult-education teacher's agreement with numbered sections, a bank customer
centre's two-lines-per-item text, an engineering consultancy in English with a Markdown table,
a welfare office's letter in nynorsk, a grid company's special agreement with an individual
annex), 6 × 8 variants with one item removed, and 2 "mentions without settling" variants per
agreement (deferrals, a keyword shared with an unrelated clause, half an item, an empty field, a
bare heading). The key's `about` says which phrasings were keyed as settling an item and why.

The set was scored blind twice, by the lead (totals only; SCORES.md keeps both rows). After the second
run (complete 2/6, removed found 42/48, mentions flagged 9/12; 6 missed, 3 falsely covered, 47 falsely
missing, 1 wrong clause) it was OPENED as a dev set: its errors were read and their classes fixed by their
general cause on sentences of our own words (`tests/test_agreement_meaning5.py`, with near-misses), so the
set is now SEEN, not blind: the floors below are what it measures after those fixes, not how the check does
on unseen agreements (the sixth set, written meanwhile by someone else, gives that). Never tune the gap
check on these texts — write sentences or a dev agreement that reproduce the kind of error instead.
"""

from __future__ import annotations

import pytest

from tests.agreement_heldout import HELDOUT, ITEM_KEYS, check_floors, check_key_quotes, load_key, score, variants

OUTSIDER5 = HELDOUT.parent / "outsider5"

# Variants with no error at all, by kind (of 6 complete, 48 removed, 12 unsettled).
# Raised after the fixes for this set's classes (seen, NOT blind; see SCORES.md): blind runs 2, 19, 5 and 2, 19, 6.
FLOOR_RIGHT = {"complete": 6, "removed": 48, "unsettled": 12}
# Removed items the check did not report as settled (of 48), and mention-only items it flagged (of 12).
FLOOR_REMOVED_FOUND = 48  # blind: 42, 42
FLOOR_MENTIONS_FLAGGED = 12  # blind: 8, 9
# Errors of each kind (the count may only go down):
# keys "missed", "falsely_covered", "falsely_missing", "wrong_clause", "removed_as_partly".
# blind: 6, 4, 47, 1, 4 and 6, 3, 47, 1, 4
CEILING_ERRORS = {"missed": 0, "falsely_covered": 0, "falsely_missing": 0, "wrong_clause": 0, "removed_as_partly": 0}


@pytest.fixture(scope="module")
def outsider5_score():
    return score(variants(OUTSIDER5))


def test_the_set_is_what_the_brief_asks():
    key = load_key(OUTSIDER5)
    agreements = key["agreements"]
    assert len(agreements) == 6
    assert key["items"] == list(ITEM_KEYS)
    assert key["about"].strip()
    assert {p.name for p in OUTSIDER5.glob("*.txt")} == set(agreements)
    for name, spec in agreements.items():
        assert (OUTSIDER5 / name).is_file()
        assert spec["language"] in ("nb", "nn", "en"), name
        assert spec["style"].strip(), name
        assert set(spec["items"]) == set(ITEM_KEYS), name
        assert len(spec["unsettled"]) == 2, name
        assert {u["item"] for u in spec["unsettled"]} <= set(ITEM_KEYS), name
    # all three languages, and every item is mentioned without being settled somewhere
    assert {spec["language"] for spec in agreements.values()} == {"nb", "nn", "en"}
    assert {u["item"] for spec in agreements.values() for u in spec["unsettled"]} == set(ITEM_KEYS)
    # a fifth set, not a copy of an earlier one (no shared file names)
    for earlier in ("dev", "heldout", "outsider", "outsider2", "outsider3", "outsider4"):
        assert not set(agreements) & {p.name for p in (HELDOUT.parent / earlier).glob("*.txt")}, earlier
    vs = variants(OUTSIDER5)
    assert [len([v for v in vs if v.kind == k]) for k in ("complete", "removed", "unsettled")] == [6, 48, 12]


def test_the_key_quotes_the_texts_verbatim():
    """Every span, extra and edit of the key is found exactly once where the key applies it, spans
    of different items do not overlap, and every variant really lacks the clause it is meant to
    lack (the gap check is not run)."""
    check_key_quotes(OUTSIDER5)


def test_the_gap_check_stays_at_or_above_the_seen_run(outsider5_score):
    check_floors(outsider5_score, FLOOR_RIGHT, FLOOR_REMOVED_FOUND, FLOOR_MENTIONS_FLAGGED, CEILING_ERRORS)
