"""The case reader's English phrasings: shares of a position, periods and placement, times of day.

Called by the reader (facts.py) for a text written in English; the facts are the same as for bokmål.
"""

from __future__ import annotations

from advisor.core.dates import WEEKDAYS_EN
from advisor.tasks.refusal.tokens import Fact, Reading, Tok, any_phrase, fact_at, lexicon, matches, negated, number

_ASK_EN = {
    "ask",
    "asks",
    "asking",
    "asked",
    "want",
    "wants",
    "wanted",
    "like",
    "request",
    "requests",
    "requested",
    "apply",
    "applies",
    "applied",
    "wish",
    "wishes",
    "to",
    "for",
    "would",
    "could",
}
_DOWN_EN = ("down", "reduce", "reducing", "reduced", "cut", "cutting", "lower", "lowering", "drop", "dropping")


def percent_en(r: Reading, text: str, toks: list[Tok], where: str, i: int, n: int) -> None:
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
    week = any_phrase(toks, i + 1, [["days", "a", "week"], ["days", "per", "week"], ["day", "week"]])
    before = {x.w for x in toks[max(0, i - 6) : i]}
    now = bool(before & {"currently", "already", "now", "today"}) or (
        bool(before & {"work", "works", "working"}) and not before & _ASK_EN
    )  # «I work 3 days a week» is today
    if (
        n in (3, 4)
        and week
        and not now
        and not negated(toks, i)
        and not any(matches(x.w, home) or x.w == "home" for x in toks[max(0, i - 4) : i])
    ):
        fact_at(r, text, toks, where, "reduction_percent", 100 - 20 * n, i, i + week)
        return
    if i + 1 >= len(toks) or not (
        toks[i + 1].w in ("%", "percent", "pct")
        or (toks[i + 1].w == "per" and i + 2 < len(toks) and toks[i + 2].w == "cent")
    ):
        return
    if not 0 < n < 100 or negated(toks, i):
        return
    k = i + (2 if toks[i + 1].w == "per" else 1)  # the last token of «80 per cent»
    prev = [x.w for x in toks[max(0, i - 5) : i]]
    if (now or set(prev[-2:]) & {"on", "in", "at"}) and not before & _ASK_EN:
        return  # the share worked today («I work 40 % at the moment», «I'm on a 50 % contract»), not one asked for
    after = [x.w for x in toks[k + 1 : k + 4]]
    down = any(w in _DOWN_EN for w in prev)
    if prev[-1:] == ["to"] and down:
        fact_at(r, text, toks, where, "reduction_percent", 100 - n, i, k)
    elif (prev[-1:] == ["by"] and down) or (after and matches(after[0], reduce)):
        fact_at(r, text, toks, where, "reduction_percent", n, i, k)
    elif (
        after[:1] in (["position"], ["post"], ["job"], ["contract"], ["role"])
        and not {"in", "at", "currently"} & set(prev[-2:])
        and (where != "refusal" or any(w.startswith("grant") for w in prev))
    ):
        fact_at(r, text, toks, where, "reduction_percent", 100 - n, i, k + 1)
    elif where == "request" and prev[-1:] in (["to"], ["for"], ["work"], ["working"]):
        fact_at(r, text, toks, where, "reduction_percent", 100 - n, i, k)


# English weekday (lower case) → the bokmål name the page says; from the one table in core.dates.
_WEEKDAYS_EN = {en.lower(): nb for nb, en in WEEKDAYS_EN.items()}
_UNITS_EN = {"year": "år", "years": "år", "month": "måned", "months": "måneder", "week": "uke", "weeks": "uker"}
_PAST_EN = (
    "had",
    "has",
    "have",
    "been",
    "employed",
    "worked",
    "was",
    "were",
    "flexitime",
    "flexible",
    "flexi",
    "here",
    "ago",
    "since",
)


def period_and_placement_en(r: Reading, text: str, toks: list[Tok], where: str) -> None:
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
                fact_at(r, text, toks, where, "period", f"{count} {unit}", i, i + 2)
        if w in ("until", "till") and i + 1 < n and toks[i + 1].clause == t.clause:
            j = min(i + 4, n - 1)
            while j > i + 1 and toks[j].clause != t.clause:
                j -= 1
            fact_at(r, text, toks, where, "period", text[toks[i].start : toks[j].end], i, j)
        if (
            w == "rest"
            and i + 3 < n
            and toks[i - 1].w == "the"
            and toks[i + 1].w == "of"
            and toks[i + 3].w.endswith("year")
        ):
            fact_at(r, text, toks, where, "period", text[toks[i - 1].start : toks[i + 3].end], i - 1, i + 3)
        day = _WEEKDAYS_EN.get(w.rstrip("s"))
        if day and not negated(toks, i):
            window = [x.w for x in toks[max(0, i - 4) : min(n, i + 5)] if x.clause == t.clause]
            if "off" in window or "free" in window:
                fact_at(r, text, toks, where, "placement", day, i)
        if w in ("first", "last") and i + 1 < n and toks[i + 1].w in ("hour", "lesson"):
            fact_at(r, text, toks, where, "placement", "første/siste time", i, i + 1)
        if (
            w in ("shorter", "short")
            and i + 1 < n
            and toks[i + 1].w in ("days", "day", "workdays", "working")
            and not negated(toks, i)
        ):
            fact_at(r, text, toks, where, "placement", "kortere dager", i, i + 1)


def time_of_day_en(r: Reading, text: str, toks: list[Tok], where: str, i: int) -> None:
    """When the hours lie, in English: «start at 07:00», «flexitime», «leave an hour early», «10 am», «half past
    two», «come in between seven and nine», «work days only»."""
    te = lexicon()["time_en"]
    w, n = toks[i].w, len(toks)
    k = any_phrase(toks, i, te["phrases"])
    if w in te["start"] or k:
        fact_at(r, text, toks, where, "asks", "time_of_day", i, i + max(k - 1, 0))
    elif w in te["when"] and any(x.w in te["move"] for x in toks[max(0, i - 3) : i]):
        fact_at(r, text, toks, where, "asks", "time_of_day", i)
    elif (
        number(toks[i]) is not None
        and i + 1 < n
        and toks[i + 1].w in te["clock"]
        and (toks[i + 1].w != "o" or (i + 2 < n and toks[i + 2].w == "clock"))
    ):
        fact_at(r, text, toks, where, "asks", "time_of_day", i, i + 1)
