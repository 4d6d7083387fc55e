"""Norwegian public holidays, and the last day to bring a refused request to Tvisteløsningsnemnda (forskrift om
tvisteløsningsnemnd § 4 (1): four weeks, domstolloven §§ 148 (2) and 149 (1)). One computation for the refusal
check (advisor.tasks.refusal.deadline) and for answers to "which day is the deadline?" (advisor.answering)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from advisor.core.dates import weekday_name


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def norwegian_public_holidays(year: int) -> dict[date, str]:
    """Norway's public holidays (helligdager and 1 and 17 May) in `year`, with their names."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 1): "første nyttårsdag",
        easter - timedelta(days=3): "skjærtorsdag",
        easter - timedelta(days=2): "langfredag",
        easter: "første påskedag",
        easter + timedelta(days=1): "andre påskedag",
        date(year, 5, 1): "offentlig høytidsdag 1. mai",
        date(year, 5, 17): "offentlig høytidsdag 17. mai",
        easter + timedelta(days=39): "Kristi himmelfartsdag",
        easter + timedelta(days=49): "første pinsedag",
        easter + timedelta(days=50): "andre pinsedag",
        date(year, 12, 25): "første juledag",
        date(year, 12, 26): "andre juledag",
    }


# The holidays' names in English (the bokmål names are the keys).
HOLIDAYS_EN = {
    "første nyttårsdag": "New Year's Day",
    "skjærtorsdag": "Maundy Thursday",
    "langfredag": "Good Friday",
    "første påskedag": "Easter Sunday",
    "andre påskedag": "Easter Monday",
    "offentlig høytidsdag 1. mai": "Labour Day",
    "offentlig høytidsdag 17. mai": "Constitution Day",
    "Kristi himmelfartsdag": "Ascension Day",
    "første pinsedag": "Whit Sunday",
    "andre pinsedag": "Whit Monday",
    "første juledag": "Christmas Day",
    "andre juledag": "Boxing Day",
}


def non_working_reason(d: date, lang: str = "nb") -> str | None:
    """Why `d` is not a working day, said once: its holiday's name ('langfredag', 'Good Friday'), else
    its weekday for a Saturday or Sunday ('lørdag', 'Saturday'); None for a working day."""
    holiday = norwegian_public_holidays(d.year).get(d)
    if holiday:
        # said beside its date, so «offentlig høytidsdag 17. mai» is «offentlig høytidsdag» there
        return (
            HOLIDAYS_EN.get(holiday, holiday)
            if lang == "en"
            else holiday.removesuffix(" 1. mai").removesuffix(" 17. mai")
        )
    if d.weekday() >= 5:
        return weekday_name(d, lang)
    return None


def skipped_days(raw: date) -> list[date]:
    """The days a deadline ending on `raw` passes over: `raw` and every non-working day after it."""
    out = []
    d = raw
    while non_working_reason(d):
        out.append(d)
        d += timedelta(days=1)
    return out


def tln_deadline(received: date) -> date:
    """Last day to bring a case: four weeks after the written refusal arrived, then past weekends and holidays."""
    d = received + timedelta(weeks=4)
    while non_working_reason(d):
        d += timedelta(days=1)
    return d
