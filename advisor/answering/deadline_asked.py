"""The last day to bring a refused request to the nemnd, computed from the date the question gives.

"Avslaget kom frem mandag 19. april 2027 – hva er siste frist?" asks for a date, and the answer can say
it: four weeks from the day the written refusal arrived end on the same weekday (domstolloven § 148 (2),
applied by forskrift om tvisteløsningsnemnd § 4 (1)), moved past a Saturday, Sunday or public holiday to
the next day that is none of them (§ 149 (1); 1 and 17 May count as Sundays). The computation is the
one the refusal check uses (advisor.core.holidays); each step is cited to the passage that states it.
Only a date written in full (day, month and year) is read, or a day and month in the year of such a
date («datert tirsdag 14. april 2026, men jeg fikk det ikke før torsdag 16. april»). The day the refusal
arrived is the one date left when the letter's own date («datert», "dated") and a deadline the asker
proposes («fristen blir 17. mai 2027», "the deadline is ...") are set aside, or the one date told as
received («fikk», «mottok», «kom frem», "received", "got"); when that is not certain, nothing is computed
(a day counted from the date on the letter would be a false answer).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from advisor.core.dates import MONTHS_EN, MONTHS_NB, find_dates, is_reference, long_date, weekday_name, weekday_names
from advisor.core.holidays import non_working_reason, tln_deadline
from advisor.core.i18n import t
from advisor.core.models import Claim, Passage, Support
from advisor.core.text import fold_match, sentences

# The rules whose question a refusal's date turns into "which day?" (advisor/data/legal_rules.json)
DEADLINE_RULES = frozenset({"tln_frist", "frist_beregning", "frist_helg"})

_F41 = ("tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-4-1", "senest fire uker etter")
_DL148 = ("domstolloven#domstolloven-p-148-2", "En frist som er fastsatt i uker")
_DL149 = ("domstolloven#domstolloven-p-149-1", "Faller fristens siste dag")


def _support(passages: dict[str, Passage], pid: str, phrase: str) -> Support | None:
    p = passages.get(pid)
    if p is None:
        return None
    quote = next((s for s in sentences(p.text) if not s.startswith("Kilde:") and fold_match(phrase, s)), None)
    return Support(passage_id=pid, quote=quote) if quote else None


# a weekday before the date, bokmål or English («datert tirsdag 14. april», "dated Tuesday, April 14")
_DAY_NAMES = "|".join(re.escape(name.lower()) for lang in ("nb", "en") for name in weekday_names(lang))
_WEEKDAY = rf"(?:(?:{_DAY_NAMES})\s+(?:den\s+|the\s+)?)?"
# a day and month without a year ("16. april", "16 April", "April 16")
_NB_SHORT = re.compile(rf"\b(\d{{1,2}})\.\s*({'|'.join(MONTHS_NB)})\b(?!\s*\d)", re.IGNORECASE)
_EN_SHORT = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(MONTHS_EN)})\b(?!,?\s*\d)", re.IGNORECASE)
_EN_SHORT2 = re.compile(rf"\b({'|'.join(MONTHS_EN)})\s+(\d{{1,2}})\b(?!,?\s*\d)", re.IGNORECASE)
# the letter's own date, not the day it arrived
_DATED = re.compile(
    rf"(?:\bdatert|\bdated|\bdato\s+på|\bbrevet\s+er\s+fra)\s+(?:den\s+|the\s+)?{_WEEKDAY}$", re.IGNORECASE
)
# a deadline the asker proposes or has computed ("fristen ... blir 17. mai 2027", "the deadline is July 8, 2026")
_PROPOSED = re.compile(
    rf"(?:\bfrist\w*|\bsiste\s+dag|\bdeadline|\blast\s+day)\b[^.?!]{{0,60}}?\b(?:er|blir|være|lander\s+på|is|will\s+be|would\s+be|falls\s+on)\s+"
    rf"(?:da\s+|then\s+|den\s+|the\s+)?{_WEEKDAY}$",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"\b(?:fikk|mottok|mottatt|fått|kom\s+(?:\w+\s+){0,3}?frem|kom\s+(?:\w+\s+){0,3}?fram|levert|received|got|arrived|reached|delivered)\b",
    re.IGNORECASE,
)


def _dates(question: str) -> list[tuple[date, int]]:
    """(date, start) of every date in the question that is not a reference to a law or decision: written in
    full, or a day and month in the one year the full dates name."""
    every = find_dates(question)
    full = [f for f in every if not is_reference(question, f)]
    out = [(f.when, f.start) for f in full]
    # (a letter's own date counts as a reference, «datert 3. mars 2026», but its year is the year of the case)
    years = {f.when.year for f in every if f in full or _DATED.search(question[max(0, f.start - 40) : f.start])}
    if len(years) == 1:
        year = years.pop()
        taken = {f.start for f in every}
        for rx, months, order in (
            (_NB_SHORT, MONTHS_NB, (1, 2)),
            (_EN_SHORT, MONTHS_EN, (1, 2)),
            (_EN_SHORT2, MONTHS_EN, (2, 1)),
        ):
            for m in rx.finditer(question):
                if m.start() in taken:
                    continue
                day, month = int(m.group(order[0])), months.index(m.group(order[1]).lower()) + 1
                try:
                    out.append((date(year, month, day), m.start()))
                except ValueError:
                    continue
    return sorted(out, key=lambda d: d[1])


def arrival_date(question: str) -> date | None:
    """The day the refusal arrived, as the question tells it; None when the question does not make it certain."""
    found = _dates(question)
    if not found:
        return None
    left = [
        (d, s)
        for d, s in found
        if not _DATED.search(question[max(0, s - 40) : s]) and not _PROPOSED.search(question[max(0, s - 90) : s])
    ]
    told = {d for d, s in left if _RECEIVED.search(question[max(0, s - 60) : s])}
    if len(told) == 1:
        return told.pop()
    days = {d for d, _ in left}
    return days.pop() if len(days) == 1 else None


def deadline_claim(question: str, passages: dict[str, Passage], lang: str = "nb") -> Claim | None:
    """The computed last day as the answer's first claim, or None when the question does not make certain the
    day the refusal arrived."""
    received = arrival_date(question)
    if received is None:
        return None
    raw = received + timedelta(weeks=4)
    last = tln_deadline(received)
    day = lambda d: f"{weekday_name(d, lang)} {long_date(d, lang)}"  # noqa: E731
    text = t("deadline_asked.last_day", lang, received=day(received), last=day(last))
    cites = [_F41, _DL148]
    if last != raw:
        reason = non_working_reason(raw, lang) or ""
        text = t("deadline_asked.moved", lang, received=day(received), raw=day(raw), reason=reason, last=day(last))
        cites.append(_DL149)
    support = [s for pid, phrase in cites if (s := _support(passages, pid, phrase)) is not None]
    if len(support) != len(cites):
        return None  # a step without its passage is not stated
    return Claim(text=text, support=support)
