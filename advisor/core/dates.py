"""Dates: the one helper for writing dates, weekdays and months (nb/en), adding months, and
finding the dates in a text that have already passed (lists: advisor.core.weave.join).

Dates against today: which dates in a form or a drafted document have already passed.

A plan (a trial start, an evaluation meeting, a deadline) dated in the past is a mistake the reader
must see. `past_dates` finds the dates written in a text (ISO, «1. april 2026», «01.04.2026»,
«April 1, 2026») and returns those before today; dates that name a law or a decision («lov
17. juni 2005 nr. 62», «forskrift 13. juli 2002», «avgjort 3. mai 2024») are references, not plans.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import dataclass
from datetime import date

MONTHS_NB = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
MONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

_NB_LONG = re.compile(rf"\b(\d{{1,2}})\.\s*({'|'.join(MONTHS_NB)})\s+(\d{{4}})\b", re.IGNORECASE)
_EN_LONG = re.compile(rf"\b({'|'.join(MONTHS_EN)})\s+(\d{{1,2}}),\s*(\d{{4}})\b", re.IGNORECASE)
_EN_LONG2 = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(MONTHS_EN)})\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# A date right after one of these words cites a law, regulation or decision; it is not a plan.
_REFERENCE_BEFORE = re.compile(
    r"(?:\blov(?:en)?|\bforskrift(?:en)?|\bact|\bregulations?|\bav|\bof|\bavgjort|\bdecided|\bkraft fra|"
    r"\bin force from|\bendret|\bamended|\bvedtatt|\bsak|\bcase|\bdatert|\bdated)\s*(?:av|of|den|the)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    """A date written in a text: the date, the text as written, and where it starts."""

    when: date
    written: str
    start: int


def find_dates(text: str) -> list[FoundDate]:
    """Every valid date written in the text, in order (references to laws and decisions included)."""
    found: list[FoundDate] = []

    def add(m: re.Match[str], y: int, mth: int, d: int) -> None:
        with contextlib.suppress(ValueError):
            found.append(FoundDate(date(y, mth, d), m.group(0), m.start()))

    for m in _NB_LONG.finditer(text):
        add(m, int(m.group(3)), MONTHS_NB.index(m.group(2).lower()) + 1, int(m.group(1)))
    for m in _EN_LONG.finditer(text):
        add(m, int(m.group(3)), MONTHS_EN.index(m.group(1).lower()) + 1, int(m.group(2)))
    for m in _EN_LONG2.finditer(text):
        if m.group(2).lower() not in MONTHS_NB or not _NB_LONG.match(text, m.start()):
            add(m, int(m.group(3)), MONTHS_EN.index(m.group(2).lower()) + 1, int(m.group(1)))
    for m in _ISO.finditer(text):
        add(m, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _NUMERIC.finditer(text):
        add(m, int(m.group(3)), int(m.group(2)), int(m.group(1)))
    found.sort(key=lambda f: f.start)
    return found


def is_reference(text: str, found: FoundDate) -> bool:
    """True when the date names a law, regulation or decision («lov 17. juni 2005 nr. 62»)."""
    return bool(_REFERENCE_BEFORE.search(text[max(0, found.start - 40) : found.start]))


def past_dates(text: str, today: date | None = None) -> list[FoundDate]:
    """The dates in the text that are before today, references to laws and decisions left out."""
    today = today or date.today()
    return [f for f in find_dates(text) if f.when < today and not is_reference(text, f)]


def is_past(value: date | None, today: date | None = None) -> bool:
    """True for a date before today."""
    return value is not None and value < (today or date.today())


def add_months(d: date, months: int) -> date:
    """The same day `months` later (the month's last day if it is shorter)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def plan_warnings(
    start: date | None, evaluation: date | None, trial_months: int | None, today: date | None = None
) -> dict[str, tuple[str, dict[str, object]]]:
    """Warnings about the dates of a proposed trial: field -> (message key, values).

    A start or evaluation date before today, a trial that has already ended, an evaluation long
    after the trial is over. They do not block (a plan may be written after the fact), but every
    document made from them says so.
    """
    today = today or date.today()
    out: dict[str, tuple[str, dict[str, object]]] = {}
    end = None
    if start and trial_months:
        try:
            end = add_months(start, trial_months)
        except (OverflowError, ValueError):
            end = None
    if start and start < today:
        if end and end <= today:
            out["start_date"] = ("date.trial_over", {"start": start, "end": end, "today": today})
        else:
            out["start_date"] = ("date.start_past", {"start": start, "today": today})
    if evaluation and evaluation < today:
        out["evaluation_date"] = ("date.evaluation_past", {"evaluation": evaluation, "today": today})
    elif evaluation and end and (evaluation - end).days > 31:
        out["evaluation_date"] = ("date.evaluation_late", {"evaluation": evaluation, "end": end})
    return out


WEEKDAYS_NB = (
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lørdag",
    "søndag",
)  # Monday first, as date.weekday()
WEEKDAYS_EN = {
    "mandag": "Monday",
    "tirsdag": "Tuesday",
    "onsdag": "Wednesday",
    "torsdag": "Thursday",
    "fredag": "Friday",
    "lørdag": "Saturday",
    "søndag": "Sunday",
}


def long_date(d: date, lang: str = "nb") -> str:
    """«1. april 2026» / «1 April 2026»."""
    if lang == "nb":
        return f"{d.day}. {MONTHS_NB[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS_EN[d.month - 1].capitalize()} {d.year}"


def long_iso_date(iso: str | None, lang: str = "nb") -> str:
    """An ISO date written out («2026-04-01» → «1. april 2026»); anything else is returned as it is."""
    try:
        return long_date(date.fromisoformat((iso or "").strip()), lang)
    except ValueError:
        return iso or ""


def weekday_name(d: date, lang: str = "nb") -> str:
    """The weekday of a date: «mandag» / «Monday»."""
    return weekday(WEEKDAYS_NB[d.weekday()], lang)


def weekday(day: str, lang: str = "nb") -> str:
    """A weekday (stored in bokmål) as the language writes it."""
    return WEEKDAYS_EN.get(day, day) if lang == "en" else day


def weekday_names(lang: str = "nb") -> tuple[str, ...]:
    """The seven weekdays from Monday as the language writes them: «mandag» … «søndag» / "Monday" … "Sunday"."""
    return tuple(weekday(day, lang) for day in WEEKDAYS_NB)


__all__ = [
    "MONTHS_EN",
    "MONTHS_NB",
    "WEEKDAYS_EN",
    "WEEKDAYS_NB",
    "FoundDate",
    "add_months",
    "find_dates",
    "is_past",
    "is_reference",
    "long_date",
    "long_iso_date",
    "past_dates",
    "plan_warnings",
    "weekday",
    "weekday_name",
    "weekday_names",
]
