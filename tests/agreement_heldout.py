"""Held-out home-office agreements for the gap check: variants derived from a key, and a score.

`tests/data/agreements/heldout/` holds complete agreements (each settles all eight items of
hjemmekontorforskriften § 2 første ledd) written before the gap check's rules were read, and
`key.json`, which says which span settles each item. From them this module derives:

- the complete agreement (nothing may be missing, and each item must name a clause that
  overlaps the key's span);
- one variant per item with that item's clause removed (exactly that item must be not settled);
- the key's "mentions without settling" variants (that item must be missing, unsettled or partly).

Run `python -m tests.agreement_heldout` for the per-item table. Never tune the rules on these texts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from advisor.tasks.agreement.similar import KEYS

HELDOUT = Path(__file__).resolve().parent / "data" / "agreements" / "heldout"
# The key files' item names → the gap check's item keys: one table, the one the similarity hint builds its
# examples from (the same key files).
ITEM_KEYS = KEYS
NOT_SETTLED = ("missing", "unsettled", "partly")


@dataclass(frozen=True)
class Variant:
    """One text to check and what the check must find in it."""

    id: str
    agreement: str
    kind: str  # complete | removed | unsettled
    text: str
    target: str = ""  # the item removed or made unsettled ("" for complete)
    spans: dict[str, list[str]] = field(default_factory=dict)  # settling spans of the items left intact


def load_key(folder: Path = HELDOUT) -> dict:
    """The key file of a folder of agreements."""
    return json.loads((folder / "key.json").read_text(encoding="utf-8"))


def _tidy(text: str) -> str:
    """Drop lines left empty or holding only a bullet or clause number; collapse blank runs."""
    lines = [ln for ln in text.split("\n") if not re.fullmatch(r"\s*(?:[-•*–]|\d+(?:\.\d+)*\.?)?\s*", ln) or not ln]
    out = "\n".join(ln.rstrip() for ln in lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


def _replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new, 1)


def variants(folder: Path = HELDOUT) -> list[Variant]:
    """Every variant the key defines: complete, one per removed item, and the unsettled ones."""
    key = load_key(folder)
    out: list[Variant] = []
    for name, spec in key["agreements"].items():
        text = (folder / name).read_text(encoding="utf-8")
        items = spec["items"]
        spans = {item: d["spans"] for item, d in items.items()}
        out.append(Variant(f"{name}:complete", name, "complete", text, "", spans))
        for item, d in items.items():
            reduced = text
            if d.get("remove"):
                for old, new in d["remove"]:
                    reduced = _replace_once(reduced, old, new)
            else:
                for s in d["spans"] + d.get("extra", []):
                    reduced = _replace_once(reduced, s, "")
            for s in d["spans"]:
                assert s not in reduced, (name, item, s)
            rest = {k: v for k, v in spans.items() if k != item}
            out.append(Variant(f"{name}:removed:{item}", name, "removed", _tidy(reduced), item, rest))
        for i, u in enumerate(spec["unsettled"]):
            changed = text
            for old, new in u["replace"]:
                changed = _replace_once(changed, old, new)
            rest = {k: v for k, v in spans.items() if k != u["item"]}
            out.append(Variant(f"{name}:unsettled{i}:{u['item']}", name, "unsettled", _tidy(changed), u["item"], rest))
    return out


def earlier_sets(n: int) -> tuple[str, ...]:
    """The agreement sets written before outsider set `n` (dev, held-out, outsider, outsider2 … n-1)."""
    return ("dev", "heldout", "outsider", *(f"outsider{i}" for i in range(2, n)))


def check_set_shape(folder: Path, earlier: tuple[str, ...]) -> None:
    """An outsider set as the brief asks: six agreements with their files, every item keyed, two
    mention-only clauses each, four bokmål, one nynorsk and one English, every item mentioned without
    being settled somewhere, and no file name shared with an earlier set."""
    key = load_key(folder)
    agreements = key["agreements"]
    assert len(agreements) == 6
    assert key["items"] == list(ITEM_KEYS)
    assert key["about"].strip()
    assert {p.name for p in folder.glob("*.txt")} == set(agreements)
    for name, spec in agreements.items():
        assert (folder / name).is_file()
        assert spec["language"] in ("nb", "nn", "en"), name
        assert spec["style"].strip(), name
        assert set(spec["items"]) == set(ITEM_KEYS), name
        assert len(spec["unsettled"]) == 2, name
        assert {u["item"] for u in spec["unsettled"]} <= set(ITEM_KEYS), name
    languages = [spec["language"] for spec in agreements.values()]
    assert sorted(languages) == ["en", "nb", "nb", "nb", "nb", "nn"]
    assert {u["item"] for spec in agreements.values() for u in spec["unsettled"]} == set(ITEM_KEYS)
    for other in earlier:
        assert not set(agreements) & {p.name for p in (HELDOUT.parent / other).glob("*.txt")}, other


def check_variants_build(folder: Path) -> None:
    """6 complete texts, 48 with one item removed, 12 with one item only mentioned; each derived text
    differs from its complete agreement and no two derived texts are the same (the gap check is not run)."""
    vs = variants(folder)
    assert [len([v for v in vs if v.kind == k]) for k in ("complete", "removed", "unsettled")] == [6, 48, 12]
    complete = {v.agreement: v.text for v in vs if v.kind == "complete"}
    derived = [v for v in vs if v.kind != "complete"]
    assert all(v.target in ITEM_KEYS for v in derived)
    assert all(" ".join(v.text.split()) != " ".join(complete[v.agreement].split()) for v in derived)
    assert len({v.text for v in derived}) == len(derived)
    assert len({v.id for v in vs}) == len(vs)


def overlaps(evidence: str, spans: list[str]) -> bool:
    """Whether the clause a report names is (part of) one of the key's settling spans."""
    ev = " ".join(evidence.replace("…", " ").split())
    if not ev:
        return False
    for s in spans:
        s = " ".join(s.split())
        m = SequenceMatcher(None, ev, s, autojunk=False).find_longest_match(0, len(ev), 0, len(s))
        if m.size >= min(20, int(len(s) * 0.8)):
            return True
    return False


def statuses(text: str) -> dict[str, tuple[str, str]]:
    """item -> (status, evidence) from the public gap check."""
    from advisor.tasks.agreement.gaps import agreement_gaps

    report = agreement_gaps(text)
    by_key = {g.key: g for g in report.present + report.missing}
    return {item: (by_key[k].status, by_key[k].evidence) for item, k in ITEM_KEYS.items()}


@dataclass
class Score:
    """Per-item error counts over a set of variants."""

    missed: dict[str, int] = field(default_factory=dict)  # removed item reported settled
    falsely_covered: dict[str, int] = field(default_factory=dict)  # mention-only item reported settled
    falsely_missing: dict[str, int] = field(default_factory=dict)  # a settled item reported not settled
    wrong_clause: dict[str, int] = field(default_factory=dict)  # settled, but the named clause is not the key's
    removed_as_partly: dict[str, int] = field(default_factory=dict)  # removed item flagged, but not as missing
    errors: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)  # variants with no error at all, by kind

    def total(self) -> dict[str, int]:
        """Sum of each kind of error over the items."""
        return {
            k: sum(getattr(self, k).values())
            for k in ("missed", "falsely_covered", "falsely_missing", "wrong_clause", "removed_as_partly")
        }


def _bump(d: dict[str, int], item: str) -> None:
    d[item] = d.get(item, 0) + 1


def score(vs: list[Variant]) -> Score:
    """Run the gap check on every variant and count the errors by item and kind."""
    sc = Score()
    for v in vs:
        _bump(sc.counts, v.kind)
        got = statuses(v.text)
        before = len(sc.errors)
        if v.kind == "removed":
            st = got[v.target][0]
            if st == "settled":
                _bump(sc.missed, v.target)
                sc.errors.append(f"MISSED {v.id}: reported settled by «{got[v.target][1][:90]}»")
            elif st != "missing":
                _bump(sc.removed_as_partly, v.target)
        elif v.kind == "unsettled" and got[v.target][0] == "settled":
            _bump(sc.falsely_covered, v.target)
            sc.errors.append(f"FALSELY COVERED {v.id}: «{got[v.target][1][:90]}»")
        for item, spans in v.spans.items():
            st, ev = got[item]
            if st != "settled":
                _bump(sc.falsely_missing, item)
                sc.errors.append(f"FALSELY {st.upper()} {v.id} -> {item} «{ev[:70]}»")
            elif v.kind == "complete" and not overlaps(ev, spans):
                _bump(sc.wrong_clause, item)
                sc.errors.append(f"WRONG CLAUSE {v.id} -> {item}: «{ev[:90]}»")
        if len(sc.errors) == before and not (v.kind == "removed" and got[v.target][0] == "settled"):
            _bump(sc.right, v.kind)
    return sc


def table(sc: Score) -> str:
    """The score as a plain-text table, one row per item."""
    kinds = ("missed", "falsely_covered", "falsely_missing", "wrong_clause", "removed_as_partly")
    rows = [f"{'item':<14}" + "".join(f"{k:>19}" for k in kinds)]
    for item in ITEM_KEYS:
        rows.append(f"{item:<14}" + "".join(f"{getattr(sc, k).get(item, 0):>19}" for k in kinds))
    tot = sc.total()
    rows.append(f"{'total':<14}" + "".join(f"{tot[k]:>19}" for k in kinds))
    rows.append("variants fully right: " + ", ".join(f"{k} {sc.right.get(k, 0)}/{n}" for k, n in sc.counts.items()))
    return "\n".join(rows)


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HELDOUT
    result = score(variants(folder))
    print(table(result))
    print("\n".join(result.errors))


def check_key_quotes(folder: Path, strict: bool = True) -> None:
    """Every span, extra and edit of a set's key is found exactly once where the key applies it, and every
    variant really lacks the clause it is meant to lack (the gap check is not run). `strict` (a key written
    for it): spans of different items do not overlap, and a variant keeps every other item's clause word
    for word."""
    key = load_key(folder)
    for name, spec in key["agreements"].items():
        text = (folder / name).read_text(encoding="utf-8")
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
        for s, item in owned if strict else []:
            for t, other in owned:
                if other != item:
                    assert s not in t and t not in s, (name, item, other, s)
        for u in spec["unsettled"]:
            assert u["kind"], name
            for old, _new in u["replace"]:
                assert text.count(old) == 1, (name, u["item"], old)
    for v in variants(folder):
        if v.kind == "complete":
            continue
        spec = key["agreements"][v.agreement]
        for s in spec["items"][v.target]["spans"]:
            assert s not in v.text, (v.id, s)
        for s in spec["items"][v.target].get("extra", []) if v.kind == "removed" else []:
            assert s.strip() not in v.text, (v.id, s)
        for item, spans in v.spans.items() if strict else []:
            for s in spans:
                assert " ".join(s.split()) in " ".join(v.text.split()), (v.id, item, s)


def check_floors(
    sc: Score, right: dict[str, int], removed_found: int, mentions_flagged: int, ceilings: dict[str, int]
) -> None:
    """A set's score stays at or above its recorded run: variants fully right by kind, removed items found,
    mention-only items flagged, and no more errors of each kind."""
    for kind, floor in right.items():
        assert sc.right.get(kind, 0) >= floor, (kind, sc.errors)
    assert sc.counts["removed"] - sum(sc.missed.values()) >= removed_found, sc.errors
    assert sc.counts["unsettled"] - sum(sc.falsely_covered.values()) >= mentions_flagged, sc.errors
    totals = sc.total()
    for kind, ceiling in ceilings.items():
        assert totals[kind] <= ceiling, (kind, sc.errors)
