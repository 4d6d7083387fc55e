"""The case reader's building blocks: tokens with their clause, numbers, negation scope, facts and spans.

Used by the reader (facts.py) and the reason classer (reasons.py); knows nothing of the law.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from advisor.core.language import guess_language

_TOKEN = re.compile(r"\d+(?:[.:,]\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*|%|§", re.UNICODE)
_CLAUSE_END = re.compile(r"[.!?;:\n,()«»\"–]")


@cache
def lexicon() -> dict:
    """The reader's word lists (advisor/data/refusal_reading.json)."""
    text = resources.files("advisor.data").joinpath("refusal_reading.json").read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class Fact:
    """One thing the check relies on: what, its value, and the phrase (with its place) it was read from."""

    field: str
    value: Any
    source: str
    start: int = -1
    end: int = -1
    how: str = "rule"  # rule | similarity | user
    where: str = "request"  # which text or form field the span is in
    strength: str | None = None  # for employer reasons: general | concrete | documented

    def public(self) -> dict:
        """The fact as a dict, without its empty (None) fields."""
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Tok:
    """A lowercased token, its span and the clause it belongs to."""

    w: str
    start: int
    end: int
    clause: int
    en: bool = False  # the token is in a text written in English


def tokenize(text: str) -> list[Tok]:
    """Lowercased tokens with their spans and the clause each belongs to."""
    out: list[Tok] = []
    clause = 0
    last = 0
    words = set(lexicon()["clause_words"])
    for m in _TOKEN.finditer(text or ""):
        if _CLAUSE_END.search(text[last : m.start()]):
            clause += 1
        w = m.group(0).lower()
        if w in words and out:
            clause += 1
        out.append(Tok(w, m.start(), m.end(), clause))
        last = m.end()
    if guess_language(text or "", default="nb") == "en":  # a text that does not tell is read as bokmål
        for t in out:
            t.en = True
    return out


def number(w: str | Tok, en: bool = False) -> int | None:
    """A number written as digits or as words of the text's language: bokmål («fem», «sekstifire», «tjueen»)
    or, for a token of an English text, English («five», «sixty-four»)."""
    if isinstance(w, Tok):
        tok = w
        w, en = tok.w, tok.en
    if w.isdigit():  # «¹» is a digit but not a number; very long digit strings are not ages or shares
        return int(w) if w.isdecimal() and len(w) <= 6 else None
    lex = lexicon()
    if en:  # «to», «ni», «fire» are not numbers in an English text
        if w in lex["numbers_en"]:
            return lex["numbers_en"][w]
        ten, _, unit = w.partition("-")
        if ten in lex["tens_en"] and unit in lex["units_en"]:
            return lex["tens_en"][ten] + lex["units_en"][unit]
        return None
    if w in lex["numbers"]:
        return lex["numbers"][w]
    for ten, value in lex["tens"].items():
        if w.startswith(ten) and w[len(ten) :] in lex["units"]:
            return value + lex["units"][w[len(ten) :]]
        if w.startswith(ten) and w[len(ten) :] == "ni":
            return value + 9
    return None


_COMPILED: dict[int, tuple[frozenset, tuple, tuple]] = {}


def matches(w: str, spec: dict) -> bool:
    """Whether token `w` is one of spec's words, starts with one of its prefixes or ends with one of its heads."""
    c = _COMPILED.get(id(spec))
    if c is None:
        c = _COMPILED[id(spec)] = (
            frozenset(spec.get("words", ())),
            tuple(spec.get("prefix", ())),
            tuple(spec.get("head", ())),
        )
    words, prefix, head = c
    if w in words or (prefix and w.startswith(prefix)):
        return True
    return bool(head) and w.endswith(head) and any(w.endswith(h) and len(w) > len(h) + 2 for h in head)


def phrase_at(toks: list[Tok], i: int, phrase: list[str]) -> bool:
    """The tokens from i on are the phrase's words (each allowing a short inflected ending)."""
    if i + len(phrase) > len(toks):
        return False
    for k, p in enumerate(phrase):  # a plain loop: called ~10^5 times per case read, most fail on the first word
        w = toks[i + k].w
        if len(w) > len(p) + 3 or not w.startswith(p):
            return False
    return True


def negated(toks: list[Tok], i: int, after: bool = False) -> bool:
    """A negator earlier in the same clause scopes over token i; with `after`, also one right after it
    («Vi innvilger ikke …», «Legeattest foreligger ikke»)."""
    neg = set(lexicon()["negators"])
    c = toks[i].clause
    j = i - 1
    while j >= 0 and toks[j].clause == c:
        if toks[j].w in neg:
            return True
        j -= 1
    if after:
        for j in range(i + 1, min(i + 4, len(toks))):
            if toks[j].clause != c or toks[j].w in (
                "at",
                "som",
                "på",
                "om",
                "fra",
                "that",
                "which",
                "who",
                "saying",
                "from",
                "about",
                "says",
                "stating",
            ):
                break
            if toks[j].w in neg:
                return True
    return False


def span(text: str, toks: list[Tok], i: int, j: int | None = None, width: int = 5) -> tuple[str, int, int]:
    """The phrase around tokens i..j within their clause, at most `width` tokens either side."""
    j = i if j is None else j
    c0, c1 = toks[i].clause, toks[j].clause
    a = i
    while a > 0 and toks[a - 1].clause == c0 and i - a < width:
        a -= 1
    b = j
    while b + 1 < len(toks) and toks[b + 1].clause == c1 and b - j < width:
        b += 1
    start, end = toks[a].start, toks[b].end
    return text[start:end], start, end


@dataclass
class Reading:
    """All facts read from one case, with the track they point to."""

    facts: list[Fact] = field(default_factory=list)

    def add(self, f: Fact) -> None:
        """Add a fact unless one with the same field and value was read already."""
        if not any(g.field == f.field and g.value == f.value for g in self.facts):
            self.facts.append(f)

    def values(self, name: str) -> list[Any]:
        """The values read for a field, in reading order."""
        return [f.value for f in self.facts if f.field == name]

    def has(self, name: str, value: Any = None) -> bool:
        """True if a fact of the field (with that value, if given) was read."""
        return any(f.field == name and (value is None or f.value == value) for f in self.facts)

    def first(self, name: str, value: Any = None) -> Fact | None:
        """The first fact of the field (with that value, if given), or None."""
        return next((f for f in self.facts if f.field == name and (value is None or f.value == value)), None)


def fact_at(
    r: Reading, text: str, toks: list[Tok], where: str, name: str, value: Any, i: int, j: int | None = None
) -> None:
    """Add a fact read by rule from the span of tokens i..j."""
    source, start, end = span(text, toks, i, j)
    r.add(Fact(name, value, source, start, end, "rule", where))


# The lexicon's phrase lists by the first letter of their first word (in list order): a phrase can
# only start at a token beginning with that letter. Keyed by id, holding the list (so the id stays its
# own); only long lists, which are the lexicon's own and live as long as the process.
_BY_LETTER: dict[int, tuple[Sequence[list[str]], dict[str, tuple[list[str], ...]]]] = {}


def _starting_with(phrases: Sequence[list[str]], letter: str) -> tuple[list[str], ...]:
    entry = _BY_LETTER.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        entry = _BY_LETTER[id(phrases)] = (phrases, {})
    buckets = entry[1]
    if letter not in buckets:
        buckets[letter] = tuple(p for p in phrases if not p or not p[0] or p[0][0] == letter)
    return buckets[letter]


def any_phrase(toks: list[Tok], i: int, phrases: Sequence[list[str]]) -> int:
    """Length of a phrase from `phrases` starting at token i, or 0 (the first in list order)."""
    if len(phrases) >= 6 and i < len(toks):
        phrases = _starting_with(phrases, toks[i].w[:1])  # the same phrases in the same order, less the
        # ones whose first word cannot match
    for p in phrases:
        if phrase_at(toks, i, p):
            return len(p)
    return 0
