"""Issue 11, point 4, on held-out agreements: the gap check finds every § 2 item removed from a
complete agreement, finds nothing missing in a complete agreement written in other words, flags a
clause that mentions an item without settling it, and names the clause that settles each item.

The agreements in `data/agreements/heldout/` were written before the gap check was read; the
variants are derived from `key.json` by `tests/agreement_heldout.py`. The same assertions run on
`data/agreements/dev/`, the agreements written afterwards to reproduce each kind of error (the
rules may be tuned on those, never on the held-out ones).
"""

from __future__ import annotations

import pytest

from tests.agreement_heldout import HELDOUT, NOT_SETTLED, load_key, overlaps, statuses, variants

DEV = HELDOUT.parent / "dev"
VARIANTS = variants() + variants(DEV)
BY_KIND = {k: [v for v in VARIANTS if v.kind == k] for k in ("complete", "removed", "unsettled")}


def test_the_set_is_what_the_brief_asks():
    key = load_key()
    assert len(key["agreements"]) == 8
    assert {a["language"] for a in key["agreements"].values()} == {"nb", "en"}
    assert len([v for v in BY_KIND["removed"] if not v.agreement.startswith("dev-")]) == 64
    assert all(2 <= len(a["unsettled"]) <= 3 for a in key["agreements"].values())
    for name in key["agreements"]:
        assert (HELDOUT / name).is_file()


@pytest.mark.parametrize("v", BY_KIND["complete"], ids=lambda v: v.id)
def test_complete_agreement_has_nothing_missing_and_names_the_clause(v):
    got = statuses(v.text)
    assert {i: s for i, (s, _) in got.items() if s != "settled"} == {}
    wrong = {i: ev for i, (_, ev) in got.items() if not overlaps(ev, v.spans[i])}
    assert wrong == {}


@pytest.mark.parametrize("v", BY_KIND["removed"], ids=lambda v: v.id)
def test_removed_item_is_found_and_only_that_item(v):
    got = statuses(v.text)
    assert got[v.target][0] in NOT_SETTLED
    assert {i: s for i, (s, _) in got.items() if s != "settled"} == {v.target: got[v.target][0]}


@pytest.mark.parametrize("v", BY_KIND["unsettled"], ids=lambda v: v.id)
def test_mention_without_settling_is_flagged(v):
    got = statuses(v.text)
    assert got[v.target][0] in NOT_SETTLED, got[v.target]
    assert {i: s for i, (s, _) in got.items() if s != "settled"} == {v.target: got[v.target][0]}
