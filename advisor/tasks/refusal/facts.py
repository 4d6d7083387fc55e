"""The case reader: a refusal case's texts and fields turned into facts, each with the phrase it came from.

Words are matched as whole tokens (compounds by their first part or their head, listed in
advisor/data/refusal_reading.json), inside clauses, with negation scope («Jeg vil ikke ha redusert
stilling, men …»), numbers as digits or words («en gutt på fem», «sekstifire år») and ages. A
fact is only ever stated from a span of the user's own text or from a field they filled in
(`how` = rule, similarity or user); a correction by the user wins over the reader.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advisor.core.models import RefusalCase, Track

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


def is_english(words: list[str]) -> bool:
    """Whether a text's tokens read as English rather than bokmål (more English function words)."""
    fw = lexicon()["function_words"]
    en, nb = set(fw["en"]), set(fw["nb"])
    return sum(w in en for w in words) > sum(w in nb for w in words)


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
    if is_english([t.w for t in out]):
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
        c = _COMPILED[id(spec)] = (frozenset(spec.get("words", ())), tuple(spec.get("prefix", ())),
                                   tuple(spec.get("head", ())))
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
            if toks[j].clause != c or toks[j].w in ("at", "som", "på", "om", "fra", "that", "which", "who", "saying",
                                                     "from", "about", "says", "stating"):
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


# --- the employee's side ---------------------------------------------------------------------------


def _fact(r: Reading, text: str, toks: list[Tok], where: str, name: str, value: Any, i: int,
          j: int | None = None) -> None:
    source, start, end = span(text, toks, i, j)
    r.add(Fact(name, value, source, start, end, "rule", where))


def _any_phrase(toks: list[Tok], i: int, phrases: list[list[str]]) -> int:
    """Length of a phrase from `phrases` starting at token i, or 0."""
    for p in phrases:
        if phrase_at(toks, i, p):
            return len(p)
    return 0


def _ages(r: Reading, text: str, toks: list[Tok], where: str) -> None:
    lex = lexicon()
    child = lex["child"]
    links, skip = set(lex["child_age_links"]), set(lex["child_age_skip"])
    for i, t in enumerate(toks):
        if matches(t.w, child) and not t.w.endswith(tuple(child["head"])):
            # «barn på 3 og 7 år», «en gutt på fem», «datteren min er tre år», «my son is 4»,
            # «a boy of four», «two children aged 3 and 7»
            for k in range(i + 1, min(i + 5, len(toks))):
                implicit = t.en and k == i + 1 and number(toks[k]) is not None and not _unit_after(toks, k)
                if (toks[k].w in links or implicit) and toks[k].clause == t.clause:
                    m = k if implicit else k + 1  # «kids 3 & 8», «two kids, 3 and 8»
                    while (m < len(toks) and toks[m].clause == t.clause) or (m < len(toks) and toks[m].w in ("og", "and")):
                        n = number(toks[m])
                        if n is not None and n < 18:
                            _fact(r, text, toks, where, "child_age", n, i, m)
                        elif toks[m].w not in skip:
                            break
                        m += 1
                    break
        for head in child["head"]:
            # «treåring», «a seven-year-old»; «a 3-year-old» is two tokens (3, year-old)
            if t.w.endswith(head) and t.w != head:
                n = number(t.w[: -len(head)].rstrip("-"), t.en)
                if n is not None and n < 18:
                    _fact(r, text, toks, where, "child_age", n, i)
            elif t.en and t.w == head.lstrip("-") and i > 0 and text[toks[i - 1].end : t.start] == "-":
                n = number(toks[i - 1])
                if n is not None and n < 18:
                    _fact(r, text, toks, where, "child_age", n, i - 1, i)
        # «a 2 year old», «my 4 year old son»
        if t.en and i + 2 < len(toks) and toks[i + 1].w == "year" and toks[i + 2].w == "old":
            n = number(t)
            if n is not None and n < 18:
                _fact(r, text, toks, where, "child_age", n, i, i + 2)
    # «barn under 10 år», «children under 10»
    for i, t in enumerate(toks):
        if t.w == "under" and i > 0 and matches(toks[i - 1].w, child) and i + 1 < len(toks) and number(toks[i + 1]) == 10:
            _fact(r, text, toks, where, "children_under_10", True, i - 1, i + 1)
    person, verbs, before = set(lex["person"]), set(lex["age_verbs"]), set(lex["duration_before"])
    for i, t in enumerate(toks):
        n = number(t)
        if n is None or not 15 <= n <= 99 or t.w in ("en", "ei", "ett", "to", "ni", "ti"):
            continue
        prev = toks[i - 1].w if i else ""
        nxt = toks[i + 1].w if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2].w if i + 2 < len(toks) else ""
        nearby = [x.w for x in toks[max(0, i - 4) : i]]
        if any(matches(w, child) for w in nearby):
            continue
        is_age = False
        if prev in verbs and ((i >= 2 and toks[i - 2].w in person) or prev in ("fylte", "fyller", "fylt", "turned", "turns")):
            is_age = nxt not in ("prosent", "%", "timer", "dager", "ansatte", "percent", "per", "hours", "days",
                                 "employees") and not (nxt == "år" and prev == "i")
        else:
            is_age = (nxt == "år" and prev not in before and ((i + 2 < len(toks) and toks[i + 2].w == "gammel")
                                                              or toks[i].clause != toks[i - 1].clause if i else True)) \
                or (nxt in ("years", "year") and nxt2 == "old" and prev not in before) \
                or prev == "aged"  # «61 years old», «an employee aged 63»
        if is_age:
            _fact(r, text, toks, where, "age", n, i)


_UNITS_AFTER = ("days", "day", "hours", "hour", "times", "weeks", "week", "months", "%", "percent", "am", "pm", "o",
                "nights", "shifts", "evenings", "mornings", "minutes")


def _unit_after(toks: list[Tok], k: int) -> bool:
    """Whether the numbers from token k on count something other than years («3 days», «2 nights»)."""
    m = k
    while m < len(toks) and (number(toks[m]) is not None or toks[m].w == "and"):
        m += 1
    return m < len(toks) and toks[m].w in _UNITS_AFTER


def _percent(r: Reading, text: str, toks: list[Tok], where: str) -> None:
    reduce = lexicon()["reduce"]
    for i, t in enumerate(toks):
        n = number(t)
        if t.en and n is not None:
            _percent_en(r, text, toks, where, i, n)
            continue
        days = number(t.w[:-4], True) if t.en and t.w.endswith("-day") else None
        if days in (3, 4) and i + 1 < len(toks) and toks[i + 1].w.startswith("week") and not negated(toks, i):
            _fact(r, text, toks, where, "reduction_percent", 100 - 20 * (days or 0), i, i + 1)  # «a four-day week»
            if where in ("request", "notes"):
                _fact(r, text, toks, where, "asks", "fewer_hours", i, i + 1)
            continue
        if n is None or i + 1 >= len(toks) or toks[i + 1].w not in ("%", "prosent"):
            # «fire dager i uka» / «tre dager i uka»
            if n in (3, 4) and phrase_at(toks, i + 1, ["dager", "i", "uk"]) and not negated(toks, i):
                _fact(r, text, toks, where, "reduction_percent", 100 - 20 * n, i, i + 3)
            continue
        if not 0 < n < 100:
            continue
        prev = [x.w for x in toks[max(0, i - 3) : i]]
        after = [x.w for x in toks[i + 2 : i + 5]]
        if negated(toks, i):
            continue
        if prev[-2:] == ["ned", "til"] or prev[-2:] == ["ned", "i"] or (prev[-1:] == ["til"] and "ned" in prev):
            _fact(r, text, toks, where, "reduction_percent", 100 - n, i, i + 1)
        elif (prev[-1:] == ["med"] and any(matches(w, reduce) for w in prev)) or (after and matches(after[0], reduce)) \
                or prev[-1:] == ["ned"] or (after[:1] == ["reduksjon"]):
            _fact(r, text, toks, where, "reduction_percent", n, i, i + 1)
        elif after[:1] in (["stilling"], ["stillingsandel"]) and prev[-1:] != ["i"] and (
                where != "refusal" or any(w.startswith("innvilg") for w in prev)):
            _fact(r, text, toks, where, "reduction_percent", 100 - n, i, i + 2)
        elif prev[-2:] in (["ja", "til"],) or (prev[-1:] in (["til"], ["om"]) and where == "request"):
            _fact(r, text, toks, where, "reduction_percent", 100 - n, i, i + 1)


_ASK_EN = {"ask", "asks", "asking", "asked", "want", "wants", "wanted", "like", "request", "requests", "requested",
           "apply", "applies", "applied", "wish", "wishes", "to", "for", "would", "could"}
_DOWN_EN = ("down", "reduce", "reducing", "reduced", "cut", "cutting", "lower", "lowering", "drop", "dropping")


def _percent_en(r: Reading, text: str, toks: list[Tok], where: str, i: int, n: int) -> None:
    """The share asked for, in English: «go down to 80 %», «a 40 percent reduction», «an 80 % position»,
    «work four days a week». A share the request asks for is itself a request for fewer hours."""
    before = len(r.facts)
    _percent_en_read(r, text, toks, where, i, n)
    if len(r.facts) > before and where in ("request", "notes"):
        f = r.facts[-1]
        r.add(Fact("asks", "fewer_hours", f.source, f.start, f.end, f.how, f.where))


def _percent_en_read(r: Reading, text: str, toks: list[Tok], where: str, i: int, n: int) -> None:
    reduce = lexicon()["reduce"]
    home = lexicon()["home"]
    week = _any_phrase(toks, i + 1, [["days", "a", "week"], ["days", "per", "week"], ["day", "week"]])
    before = {x.w for x in toks[max(0, i - 6) : i]}
    now = bool(before & {"currently", "already", "now", "today"}) or (
        bool(before & {"work", "works", "working"}) and not before & _ASK_EN)  # «I work 3 days a week» is today
    if n in (3, 4) and week and not now and not negated(toks, i) and not any(
            matches(x.w, home) or x.w == "home" for x in toks[max(0, i - 4) : i]):
        _fact(r, text, toks, where, "reduction_percent", 100 - 20 * n, i, i + week)
        return
    if i + 1 >= len(toks) or not (toks[i + 1].w in ("%", "percent", "pct")
                                  or (toks[i + 1].w == "per" and i + 2 < len(toks) and toks[i + 2].w == "cent")):
        return
    if not 0 < n < 100 or negated(toks, i):
        return
    k = i + (2 if toks[i + 1].w == "per" else 1)  # the last token of «80 per cent»
    prev = [x.w for x in toks[max(0, i - 5) : i]]
    after = [x.w for x in toks[k + 1 : k + 4]]
    down = any(w in _DOWN_EN for w in prev)
    if prev[-1:] == ["to"] and down:
        _fact(r, text, toks, where, "reduction_percent", 100 - n, i, k)
    elif (prev[-1:] == ["by"] and down) or (after and matches(after[0], reduce)):
        _fact(r, text, toks, where, "reduction_percent", n, i, k)
    elif after[:1] in (["position"], ["post"], ["job"], ["contract"], ["role"]) and not {"in", "at", "currently"} & set(prev[-2:]) \
            and (where != "refusal" or any(w.startswith("grant") for w in prev)):
        _fact(r, text, toks, where, "reduction_percent", 100 - n, i, k + 1)
    elif where == "request" and prev[-1:] in (["to"], ["for"], ["work"], ["working"]):
        _fact(r, text, toks, where, "reduction_percent", 100 - n, i, k)


_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def _period_and_placement(r: Reading, text: str, toks: list[Tok], where: str) -> None:
    """For how long («i to år», «ut kalenderåret», «fram til …») and how the hours are placed (days off)."""
    n = len(toks)
    if toks and toks[0].en:
        _period_and_placement_en(r, text, toks, where)
        return
    for i, t in enumerate(toks):
        w = t.w
        if w == "i" and i + 2 < n and number(toks[i + 1]) and toks[i + 2].w in ("år", "måneder", "mnd", "uker") \
                and not (i > 0 and toks[i - 1].w in ("jobbet", "ansatt", "hatt", "flekset", "gått")) \
                and not any(x.w.startswith(("fleks", "fleksitid")) for x in toks[max(0, i - 4) : i]):
            _fact(r, text, toks, where, "period", f"{number(toks[i + 1])} {toks[i + 2].w}", i, i + 2)
        if w == "ut" and i + 1 < n and toks[i + 1].w.endswith(("året", "skoleåret", "kalenderåret", "perioden")):
            _fact(r, text, toks, where, "period", text[toks[i].start : toks[i + 1].end], i, i + 1)
        if w in ("fram", "frem") and i + 1 < n and toks[i + 1].w == "til":
            j = min(i + 5, n - 1)
            while j > i + 1 and toks[j].clause != t.clause:
                j -= 1
            _fact(r, text, toks, where, "period", text[toks[i].start : toks[j].end], i, j)
        if w.startswith(_WEEKDAYS) and not negated(toks, i):
            window = [x.w for x in toks[max(0, i - 4) : i]]
            if any(x in ("fri", "fridag", "fridager") or x.startswith("fri") for x in window):
                _fact(r, text, toks, where, "placement", text[toks[i].start : toks[i].end], i)
        if w in ("første", "siste") and i + 1 < n and toks[i + 1].w in ("time", "og", "skoletime", "timen"):
            _fact(r, text, toks, where, "placement", "første/siste time", i, min(i + 3, n - 1))
        if w.startswith("fridag") and i > 0 and toks[i - 1].w in ("fast", "ukentlig", "én", "en"):
            _fact(r, text, toks, where, "placement", "én fast fridag i uka", i - 1, i)
        if w.startswith("kortere") and i + 1 < n and toks[i + 1].w.startswith(("dag", "arbeidsdag")) and not negated(toks, i):
            _fact(r, text, toks, where, "placement", "kortere dager", i, i + 1)


_WEEKDAYS_EN = {"monday": "mandag", "tuesday": "tirsdag", "wednesday": "onsdag", "thursday": "torsdag",
                "friday": "fredag", "saturday": "lørdag", "sunday": "søndag"}
_UNITS_EN = {"year": "år", "years": "år", "month": "måned", "months": "måneder", "week": "uke", "weeks": "uker"}
_PAST_EN = ("had", "has", "have", "been", "employed", "worked", "was", "were", "flexitime", "flexible", "flexi",
            "here", "ago", "since")


def _period_and_placement_en(r: Reading, text: str, toks: list[Tok], where: str) -> None:
    """The same in English («for two years», «for a year», «until I retire», «Fridays off», «shorter days»); the
    values are said the bokmål way («2 år», «fredag»), as the page says every value read (rules.said)."""
    n = len(toks)
    for i, t in enumerate(toks):
        w = t.w
        if w == "for" and i + 2 < n and toks[i + 2].w in _UNITS_EN and toks[i + 2].clause == t.clause:
            count = 1 if toks[i + 1].w in ("a", "an", "one") else number(toks[i + 1])
            if count and not any(x.w in _PAST_EN for x in toks[max(0, i - 5) : i] if x.clause == t.clause):
                unit = _UNITS_EN[toks[i + 2].w]
                unit = {"måned": "måneder", "uke": "uker"}.get(unit, unit) if count > 1 else unit
                _fact(r, text, toks, where, "period", f"{count} {unit}", i, i + 2)
        if w in ("until", "till") and i + 1 < n and toks[i + 1].clause == t.clause:
            j = min(i + 4, n - 1)
            while j > i + 1 and toks[j].clause != t.clause:
                j -= 1
            _fact(r, text, toks, where, "period", text[toks[i].start : toks[j].end], i, j)
        if w == "rest" and i + 3 < n and toks[i - 1].w == "the" and toks[i + 1].w == "of" and toks[i + 3].w.endswith("year"):
            _fact(r, text, toks, where, "period", text[toks[i - 1].start : toks[i + 3].end], i - 1, i + 3)
        day = _WEEKDAYS_EN.get(w.rstrip("s"))
        if day and not negated(toks, i):
            window = [x.w for x in toks[max(0, i - 4) : min(n, i + 5)] if x.clause == t.clause]
            if "off" in window or "free" in window:
                _fact(r, text, toks, where, "placement", day, i)
        if w in ("first", "last") and i + 1 < n and toks[i + 1].w in ("hour", "lesson"):
            _fact(r, text, toks, where, "placement", "første/siste time", i, i + 1)
        if w in ("shorter", "short") and i + 1 < n and toks[i + 1].w in ("days", "day", "workdays", "working") \
                and not negated(toks, i):
            _fact(r, text, toks, where, "placement", "kortere dager", i, i + 1)


def _time_of_day_en(r: Reading, text: str, toks: list[Tok], where: str, i: int) -> None:
    """When the hours lie, in English: «start at 07:00», «flexitime», «leave an hour early», «10 am», «half past
    two», «come in between seven and nine», «work days only»."""
    te = lexicon()["time_en"]
    w, n = toks[i].w, len(toks)
    k = _any_phrase(toks, i, te["phrases"])
    if w in te["start"] or k:
        _fact(r, text, toks, where, "asks", "time_of_day", i, i + max(k - 1, 0))
    elif w in te["when"] and any(x.w in te["move"] for x in toks[max(0, i - 3) : i]):
        _fact(r, text, toks, where, "asks", "time_of_day", i)
    elif number(toks[i]) is not None and i + 1 < n and toks[i + 1].w in te["clock"] and (
            toks[i + 1].w != "o" or (i + 2 < n and toks[i + 2].w == "clock")):
        _fact(r, text, toks, where, "asks", "time_of_day", i, i + 1)


def read_employee(r: Reading, text: str, where: str) -> None:
    """Grounds, needs, documentation, what is asked, period and ages in one of the employee-side texts."""
    lex = lexicon()
    toks = tokenize(text)
    n = len(toks)
    for i, t in enumerate(toks):
        w = t.w
        neg = negated(toks, i)
        # what is asked ---------------------------------------------------------------------------
        if where in ("request", "notes"):
            k = _any_phrase(toks, i, lex["home"]["phrases"])
            if (matches(w, lex["home"]) or k) and not neg and not any(
                    x.w.startswith("omsorg") or x.w == "care" for x in toks[max(0, i - 3) : i + 3]):
                _fact(r, text, toks, where, "asks", "place_of_work", i, i + max(k - 1, 0))
            if matches(w, lex["night"]):
                window = range(max(0, i - 6), i)
                exempt = [j for j in window if matches(toks[j].w, lex["exempt"])]
                verbs = ("jobbe", "gå", "ta", *lex["exempt_verbs_en"])
                if (exempt and not (t.en and all(negated(toks, j) for j in exempt))) or (
                        neg and not exempt and any(toks[j].w in verbs for j in window)):
                    _fact(r, text, toks, where, "asks", "night_exemption", i)
            prev_w = toks[i - 1].w if i else ""
            en_time_shift = t.en and prev_w in lex["shift_times_en"]  # «late shifts», «evening shifts»
            if matches(w, lex["shift"]) and not w.startswith(("seinvakt", "senvakt", "kveldsvakt", "helgevakt")) \
                    and not en_time_shift and not (t.en and matches(prev_w, lex["night"])):
                exempt = [j for j in range(max(0, i - 6), i) if matches(toks[j].w, lex["exempt"])]
                if exempt and not (t.en and all(negated(toks, j) for j in exempt)):
                    _fact(r, text, toks, where, "asks", "shift_exemption", i)
            if en_time_shift and matches(w, lex["shift"]) and any(
                    matches(x.w, lex["exempt"]) for x in toks[max(0, i - 5) : i]) and not neg:
                _fact(r, text, toks, where, "asks", "time_of_day", i - 1, i)
            if w.startswith(("seinvakt", "senvakt", "kveldsvakt")) and any(
                    matches(x.w, lex["exempt"]) for x in toks[max(0, i - 4) : i]):
                _fact(r, text, toks, where, "asks", "time_of_day", i)
            if matches(w, lex["overtime"]) and (any(matches(x.w, lex["exempt"]) for x in toks[max(0, i - 4) : i]) or (
                    t.en and neg and any(x.w in lex["exempt_verbs_en"] for x in toks[max(0, i - 4) : i]))):
                _fact(r, text, toks, where, "asks", "overtime_exemption", i)
            k = _any_phrase(toks, i, lex["reduce"]["phrases"])
            if (matches(w, lex["reduce"]) or k) and not neg:
                _fact(r, text, toks, where, "asks", "fewer_hours", i, i + max(k - 1, 0))
            if w.startswith("kortere") and i + 1 < n and toks[i + 1].w.startswith(("dag", "arbeidsdag")) and not neg:
                _fact(r, text, toks, where, "asks", "shorter_days", i, i + 1)
            k = _any_phrase(toks, i, lex["core_hours"]["phrases"])
            if matches(w, lex["core_hours"]) or k:
                _fact(r, text, toks, where, "asks", "core_hours", i, i + max(k - 1, 0))
            k = _any_phrase(toks, i, lex["compensate"]["phrases"])
            if matches(w, lex["compensate"]) or k:
                _fact(r, text, toks, where, "compensated", True, i, i + max(k - 1, 0))
                if not neg and any(x.w in ("time", "timer", "timen", "kortere", "tidligere", "senere", "hour", "hours",
                                           "earlier", "later", "shorter", "longer", "less", "more")
                                   for x in toks[max(0, i - 8) : i + 3]):
                    _fact(r, text, toks, where, "asks", "time_of_day", i, i + max(k - 1, 0))
            if t.en and not neg:
                _time_of_day_en(r, text, toks, where, i)
            if (re.fullmatch(r"\d{1,2}[.:]\d{2}", w) or (w in ("kl", "klokka", "klokken") and i + 1 < n
                    and number(toks[i + 1]) is not None) or (w in ("halv", "kvart") and i + 1 < n)):
                _fact(r, text, toks, where, "asks", "time_of_day", i, min(i + 1, n - 1))
            if w.startswith(("begynne", "starte", "slutte", "fleksitid", "flekse", "fleksibel", "fleks")) and not neg:
                _fact(r, text, toks, where, "asks", "time_of_day", i)
            if w in ("tidligere", "senere", "seinere") and i > 0 and toks[i - 1].w in ("gå", "begynne", "slutte", "starte", "komme"):
                _fact(r, text, toks, where, "asks", "time_of_day", i - 1, i)
        # grounds and needs -----------------------------------------------------------------------
        if matches(w, lex["health"]) and not matches(w, lex["not_health"]):
            if w == "syk" and i + 1 < n and any(toks[i + 1].w.startswith(p) for p in ("ektefelle", "mor", "far", "mann", "kone", "barn")):
                pass
            elif not neg:
                _fact(r, text, toks, where, "ground", "health", i)
        k = _any_phrase(toks, i, lex["health"]["phrases"])
        if k:
            _fact(r, text, toks, where, "ground", "health", i, i + k - 1)
        k = _any_phrase(toks, i, lex["family_care"]["phrases"])
        if (matches(w, lex["family_care"]) or k) and not neg:
            _fact(r, text, toks, where, "ground", "social", i, i + max(k - 1, 0))
        k = _any_phrase(toks, i, lex["care_verbs_en"]["phrases"]) if t.en else 0
        if k and not neg:  # «look after my mother», «caring for my husband» (not «look after my son»)
            rel = next((j for j in range(i + k, min(i + k + 3, n)) if toks[j].w in lex["care_verbs_en"]["relatives"]), None)
            if rel is not None:
                _fact(r, text, toks, where, "ground", "social", i, rel)
        k = _any_phrase(toks, i, lex["single_parent"]["phrases"])
        if (matches(w, lex["single_parent"]) or k) and not neg:
            _fact(r, text, toks, where, "need", "single_parent", i, i + max(k - 1, 0))
        k = _any_phrase(toks, i, lex["kindergarten"].get("phrases", []))
        if (matches(w, lex["kindergarten"]) or k) and not neg:
            _fact(r, text, toks, where, "need", "childcare", i, i + max(k - 1, 0))
        k = _any_phrase(toks, i, lex["commute"].get("phrases", []))
        if (matches(w, lex["commute"]) or k) and not neg:
            _fact(r, text, toks, where, "need", "commute", i, i + max(k - 1, 0))
        if matches(w, lex["leisure"]) and not neg:
            _fact(r, text, toks, where, "need", "leisure", i)
        k = _any_phrase(toks, i, lex["sick_leave"]["phrases"]) if t.en else 0
        if matches(w, lex["sick_leave"]) or k:
            c = t.clause
            sentence = [x for x in toks if abs(x.clause - c) <= 2]
            ended = any(x.w in ("over", "slutt", "ferdig", "ended", "finished", "behind") for x in toks[i : i + 8])
            after = (i > 0 and toks[i - 1].w == "etter") or any(x.w == "after" for x in toks[max(0, i - 3) : i])
            if not ended and (any(matches(x.w, lex["return"]) for x in sentence) or after):
                _fact(r, text, toks, where, "ground", "sick_leave_return", i, i + max(k - 1, 0))
            else:
                _fact(r, text, toks, where, "sick_leave_mentioned", True, i, i + max(k - 1, 0))
        # documentation ---------------------------------------------------------------------------
        k = _any_phrase(toks, i, lex["doc_health_en"]["phrases"]) if t.en else 0
        if k:  # «medical certificate», «doctor's note»: a document, present unless negated
            _fact(r, text, toks, where, "documentation",
                  "health:absent" if negated(toks, i, after=True) else "health:present", i, i + k - 1)
        elif matches(w, lex["doc_health"]) and not matches(w, lex["not_health"]):
            doc_word = w.endswith(tuple(lex["doc_health"]["head"])) or w.startswith(("legeattest", "legeerklæring"))
            said = any(matches(x.w, lex["doc_verbs_present"]) for x in toks[max(0, i - 5) : i + 6]
                       if x.clause == t.clause)
            if negated(toks, i, after=True) and (doc_word or w.startswith("lege") or (t.en and not said)):
                _fact(r, text, toks, where, "documentation", "health:absent", i)
            elif (doc_word or said) and not w.endswith(("bekreftelse", "vedtak")):
                _fact(r, text, toks, where, "documentation", "health:present", i)
        if w.endswith(tuple(lex["doc_care"]["head"])):
            _fact(r, text, toks, where, "documentation",
                  "care:absent" if negated(toks, i, after=True) else "care:present", i)
        # context ---------------------------------------------------------------------------------
        k = _any_phrase(toks, i, lex["undisputed"]["phrases"])
        if k:
            _fact(r, text, toks, where, "entry_undisputed", True, i, i + k - 1)
        k = _any_phrase(toks, i, lex["granted"]["phrases"])
        if (matches(w, lex["granted"]) or k) and not negated(toks, i, after=True) and any(
                matches(x.w, lex["reduce"]) or x.w in ("%", "prosent", "percent") or x.w.startswith("ned")
                for x in toks[max(0, i - 4) : i + 6]):
            _fact(r, text, toks, where, "reduction_granted", True, i, i + max(k - 1, 0))
        k = _any_phrase(toks, i, lex["past_good"]["phrases"])
        if k:
            _fact(r, text, toks, where, "past_practice", "positive", i, i + k - 1)
        if w in ("før", "before") and any(matches(x.w, lex["plan_words"]) for x in toks[i + 1 : i + 4]):
            _fact(r, text, toks, where, "timing", "before_plan", i, min(i + 4, n - 1))
        size = number(toks[i - 1]) if i > 0 and matches(w, lex["size_nouns"]) else None
        if size is not None and size >= 5:
            _fact(r, text, toks, where, "size", size, i - 1, i)
    _ages(r, text, toks, where)
    if where in ("request", "notes"):
        _percent(r, text, toks, where)
        _period_and_placement(r, text, toks, where)
    for f in list(r.facts):
        if f.field == "child_age" and f.value < 10 and f.where == where:
            r.add(Fact("ground", "children_under_10", f.source, f.start, f.end, f.how, f.where))
            r.add(Fact("need", "childcare", f.source, f.start, f.end, f.how, f.where))
        if f.field == "age" and f.value >= 62 and f.where == where:
            r.add(Fact("ground", "age_62", f.source, f.start, f.end, f.how, f.where))
        if f.field == "children_under_10" and f.where == where:
            r.add(Fact("ground", "children_under_10", f.source, f.start, f.end, f.how, f.where))


def read_employer_context(r: Reading, text: str, where: str) -> None:
    """Alternatives offered and reductions granted, as the employer states them."""
    lex = lexicon()
    toks = tokenize(text)
    for i, t in enumerate(toks):
        k = _any_phrase(toks, i, lex["leadership"]["phrases"])
        if k and not negated(toks, i):
            _fact(r, text, toks, where, "leadership", True, i, i + k - 1)
        if (matches(t.w, lex["alternatives"]) or _any_phrase(toks, i, lex["alternatives"]["phrases"])) \
                and not negated(toks, i, after=True):
            _fact(r, text, toks, where, "alternatives", True, i)
        if t.w.startswith(("innvilg", "grant", "approv")) and not negated(toks, i, after=True) and any(
                matches(x.w, lex["reduce"]) or x.w in ("%", "prosent", "percent") for x in toks[max(0, i - 4) : i + 6]):
            _fact(r, text, toks, where, "reduction_granted", True, i)
        if matches(t.w, lex["size_nouns"]) and i > 0 and (number(toks[i - 1]) or 0) >= 5:
            _fact(r, text, toks, where, "size", number(toks[i - 1]), i - 1, i)
    _percent(r, text, toks, where)


def read_fields(r: Reading, case: RefusalCase) -> None:
    """Facts stated in the structured fields (how = user)."""
    emp, er = case.employee, case.employer

    def user(name: str, value: Any, source: str, where: str) -> None:
        r.add(Fact(name, value, source, -1, -1, "user", where))

    if emp.age is not None:
        user("age", emp.age, str(emp.age), "employee.age")
        if emp.age >= 62:
            user("ground", "age_62", str(emp.age), "employee.age")
    if emp.children_under_10:
        user("ground", "children_under_10", "ja", "employee.children_under_10")
    if emp.works_nights is False:
        user("works_nights", False, "nei", "employee.works_nights")
    for doc in emp.documentation:
        low = doc.lower()
        kind = "health" if re.search(r"lege|attest|erklæring|helse|spesialist|psykolog", low) else "care"
        if re.search(r"barnehage|fødsel|sfo|skole", low):
            kind = "children"
        user("documentation", f"{kind}:present", doc, "employee.documentation")
    if er.size:
        user("size", er.size, str(er.size), "employer.size")
    for alt in er.alternatives_offered:
        if alt.strip():
            user("alternatives", True, alt, "employer.alternatives_offered")


def apply_corrections(r: Reading, corrections: list[dict]) -> None:
    """The user's corrections win: remove a fact they marked wrong, add one they stated."""
    for c in corrections:
        name, value = c.get("field"), c.get("value")
        if not isinstance(name, str) or not name:
            continue  # a correction that names no fact has nothing to remove or add
        if c.get("action", "remove") == "remove":
            r.facts = [f for f in r.facts if not (f.field == name and (value is None or f.value == value))]
        else:
            r.facts = [f for f in r.facts if not (f.field == name and f.value == value)]
            r.facts.append(Fact(name, value, str(c.get("source") or value), -1, -1, "user", "correction"))


def decide_track(r: Reading) -> tuple[Track, str, list[Track]]:
    """(track, subject, split tracks) from what is asked, in the nemnd's order of competence."""
    asks = set(r.values("asks"))
    if r.has("ground", "sick_leave_return") and not (r.has("ground", "children_under_10") or r.has("ground", "age_62")):
        return "other", "sick_leave", []
    compensated = r.has("compensated") and "time_of_day" in asks
    fewer = "fewer_hours" in asks or (("shorter_days" in asks or r.has("reduction_percent")) and not compensated)
    if compensated and not r.has("reduction_percent") and not r.has("reduction_granted"):
        fewer = False
    time = bool(asks & {"time_of_day", "core_hours", "shift_exemption"}) or (compensated and "shorter_days" in asks)
    if "place_of_work" in asks:
        parts: tuple[tuple[Track, bool], ...] = (
            ("night_work", "night_exemption" in asks), ("reduced_time", fewer), ("flexible_time", time))
        split: list[Track] = [t for t, on in parts if on]
        return "home_office", "home_office", split
    if "overtime_exemption" in asks:
        return "other", "overtime", []
    if "night_exemption" in asks:
        return "night_work", "night_work", []
    if fewer or r.has("reduction_granted"):
        return "reduced_time", "reduced_time", []
    if time:
        return "flexible_time", "flexible_time", []
    return "other", "unknown", []
