"""Issue 11, point 4, tried by a third outsider: six more complete home-office agreements,
written by an engineer who never read the gap check, its phrase data, the other agreement sets'
texts or their scores, and keyed before the gap check was ever run on them.

The texts and `key.json` are in `data/agreements/outsider3/` (same key format as `outsider2/`,
scored by the same code in `tests/agreement_heldout.py`): 6 complete agreements, 6 × 8 variants
with one item removed, and 2 "mentions without settling" variants per agreement (deferrals, empty
fields or a bare heading, a clause sharing a keyword but about something else). The key's `about`
says which phrasings were keyed as settling an item and why.

The set is blind: it is scored once, by the lead, and the floors below are filled in from that
run. Until then the scoring test is skipped. Never tune the gap check on these texts — write a
dev agreement that reproduces the kind of error instead.
"""

from __future__ import annotations

import pytest

from tests.agreement_heldout import HELDOUT, ITEM_KEYS, load_key, score, variants

OUTSIDER3 = HELDOUT.parent / "outsider3"

# LEAD: fill these in from the one blind run (`python -m tests.agreement_heldout
# tests/data/agreements/outsider3`), write SCORES.md next to the texts, then delete the skip mark.
# None means "not measured yet"; the scoring test refuses to run with a placeholder left.
# Variants with no error at all, by kind (of 6 complete, 48 removed, 12 unsettled).
FLOOR_RIGHT: dict[str, int] | None = {"complete": 1, "removed": 11, "unsettled": 2}
# Removed items the check did not report as settled (of 48), and mention-only items it flagged (of 12).
FLOOR_REMOVED_FOUND: int | None = 44
FLOOR_MENTIONS_FLAGGED: int | None = 8
# Errors of each kind in that run (the count may only go down):
# keys "missed", "falsely_covered", "falsely_missing", "wrong_clause".
CEILING_ERRORS: dict[str, int] | None = {"missed": 4, "falsely_covered": 4, "falsely_missing": 58, "wrong_clause": 1}


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
    key = load_key(OUTSIDER3)
    for name, spec in key["agreements"].items():
        text = (OUTSIDER3 / name).read_text(encoding="utf-8")
        for item, d in spec["items"].items():
            assert d["spans"], (name, item)
            for s in d["spans"]:
                assert s.strip() == s and s, (name, item, s)
                assert text.count(s) == 1, (name, item, s)
            for s in d.get("extra", []):
                assert text.count(s) == 1, (name, item, s)
            for old, _new in d.get("remove", []):
                assert text.count(old) == 1, (name, item, old)
            if d.get("remove"):
                for s in d["spans"]:
                    assert any(s in old for old, _new in d["remove"]), (name, item, s)
        owned = [(s, item) for item, d in spec["items"].items() for s in d["spans"] + d.get("extra", [])]
        for s, item in owned:
            for t, other in owned:
                if other != item:
                    assert s not in t and t not in s, (name, item, other, s)
        for u in spec["unsettled"]:
            assert u["kind"], name
            for old, _new in u["replace"]:
                assert text.count(old) == 1, (name, u["item"], old)
    for v in variants(OUTSIDER3):
        if v.kind == "complete":
            continue
        spec = key["agreements"][v.agreement]
        for s in spec["items"][v.target]["spans"]:
            assert s not in v.text, (v.id, s)
        for s in spec["items"][v.target].get("extra", []) if v.kind == "removed" else []:
            assert s.strip() not in v.text, (v.id, s)
        # the other items' clauses are all still there, word for word
        for item, spans in v.spans.items():
            for s in spans:
                assert " ".join(s.split()) in " ".join(v.text.split()), (v.id, item, s)


def test_the_gap_check_stays_at_or_above_the_blind_run(outsider3_score):
    placeholders = (FLOOR_RIGHT, FLOOR_REMOVED_FOUND, FLOOR_MENTIONS_FLAGGED, CEILING_ERRORS)
    assert all(p is not None for p in placeholders), "fill in the floors from the one blind run first"
    assert FLOOR_RIGHT is not None and CEILING_ERRORS is not None
    sc = outsider3_score
    for kind, floor in FLOOR_RIGHT.items():
        assert sc.right.get(kind, 0) >= floor, (kind, sc.errors)
    assert sc.counts["removed"] - sum(sc.missed.values()) >= FLOOR_REMOVED_FOUND, sc.errors
    assert sc.counts["unsettled"] - sum(sc.falsely_covered.values()) >= FLOOR_MENTIONS_FLAGGED, sc.errors
    totals = sc.total()
    for kind, ceiling in CEILING_ERRORS.items():
        assert totals[kind] <= ceiling, (kind, sc.errors)
