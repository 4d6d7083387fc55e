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

import contextlib
import re
from datetime import date, timedelta

from advisor.core.dates import MONTHS_EN, MONTHS_NB, find_dates, is_reference, long_date, weekday_name, weekday_names
from advisor.core.holidays import non_working_reason, tln_deadline
from advisor.core.i18n import t
from advisor.core.models import Claim, Passage, Support
from advisor.core.text import fold_match, sentences

# The rules whose question a refusal's date turns into "which day?" (advisor/data/legal_rules.json)
DEADLINE_RULES = frozenset({"tln_frist", "frist_beregning", "frist_helg"})
# Rules on getting the case to the nemnd that state the four weeks as part of their answer: with the day the refusal
# arrived told and the question asking about time («er det for sent?», "what is the last day?"), the day leads too
ROUTE_RULES = frozenset({"frist_postlagt", "etter_avslag", "tln_hvordan"})
_ASKS_TIME = re.compile(
    r"(?:\w*frist\w*|siste\s+dag|for\s+sent|sent\s+ute|i\s+tide|rekker|innen\s+når|hvor\s+lang\s+tid|når\s+må|"
    r"deadline|last\s+day|latest|too\s+late|in\s+time|by\s+when|how\s+long|when\s+(?:must|do|should|is))",
    re.IGNORECASE,
)


def asks_the_day(rule_id: str, question: str) -> bool:
    """Whether the answer of this rule to this question leads with the computed last day (when the date allows)."""
    return rule_id in DEADLINE_RULES or (rule_id in ROUTE_RULES and _ASKS_TIME.search(question) is not None)


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
# the weekday a day and month without a year is told with («mandag 2. november»), Monday = 0 as date.weekday()
_WEEKDAY_INDEX = {name.lower(): i for lang in ("nb", "en") for i, name in enumerate(weekday_names(lang))}
_WEEKDAY_BEFORE = re.compile(rf"\b({_DAY_NAMES})\s+(?:den\s+|the\s+)?$", re.IGNORECASE)
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


def _years_of_weekdays(question: str, today: date) -> set[int]:
    """The years a day and month written with its weekday and no year («mandag 2. november», "Monday 2 November")
    can be in, looking one year back and one ahead of today (a weekday repeats on a date only years apart)."""
    years: set[int] = set()
    for rx, months, order in (
        (_NB_SHORT, MONTHS_NB, (1, 2)),
        (_EN_SHORT, MONTHS_EN, (1, 2)),
        (_EN_SHORT2, MONTHS_EN, (2, 1)),
    ):
        for m in rx.finditer(question):
            named = _WEEKDAY_BEFORE.search(question[max(0, m.start() - 16) : m.start()])
            if named is None:
                continue
            wanted = _WEEKDAY_INDEX[named.group(1).lower()]
            day, month = int(m.group(order[0])), months.index(m.group(order[1]).lower()) + 1
            fits = set()
            for y in (today.year - 1, today.year, today.year + 1):
                with contextlib.suppress(ValueError):
                    if date(y, month, day).weekday() == wanted:
                        fits.add(y)
            if len(fits) != 1:
                return set()
            years |= fits
    return years


# the day the case was sent («sendte klagen til nemnda 7. april», "sent my complaint to the board on 10 November"),
# and today's date told («nå er det 1. desember», "today is 9 February"): neither is the day the refusal arrived
_SENT_CASE = re.compile(
    r"\b(?:sendte|sendt|postla|postlagt|leverte|levert|sent|posted|filed|submitted|emailed|mailed|lodged)\b[^.?!]{0,25}?"
    r"\b(?:saken|klagen|den|det|case|complaint|appeal|it)\b[^.?!]{0,40}$|"
    r"\b(?:saken|klagen|case|complaint|appeal|it)\s+(?:ble|er|var|was|is|were)\s+(?:\w+\s+)?"
    r"(?:sendt|postlagt|levert|sent|posted|filed|submitted|lodged)\b[^.?!]{0,40}$",
    re.IGNORECASE,
)
_TODAY = re.compile(
    r"(?:\bnå\s+er\s+det|\bi\s+dag\s+er\s+det|\bi\s+dag\b|\bdagens\s+dato\s+er|today\s+is|\bit\s+is\s+now|\bnow\s+it'?s|"
    r"\btoday\b,?)\s+(?:\w+\s+)?(?:den\s+|the\s+)?$",
    re.IGNORECASE,
)


def _dates(question: str, today: date | None = None) -> list[tuple[date, int]]:
    """(date, start) of every date in the question that is not a reference to a law or decision: written in
    full, or a day and month in the one year the full dates name (or, with none, that its weekday names)."""
    every = find_dates(question)
    full = [f for f in every if not is_reference(question, f)]
    out = [(f.when, f.start) for f in full]
    # (a letter's own date counts as a reference, «datert 3. mars 2026», but its year is the year of the case)
    years = {f.when.year for f in every if f in full or _DATED.search(question[max(0, f.start - 40) : f.start])}
    if not years:  # «mandag 2. november» with no year anywhere: the one year near today where that day is a Monday
        years = _years_of_weekdays(question, today or date.today())
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


def _other_day(question: str, start: int) -> bool:
    """Whether the date at `start` is the day the case was sent or today's date, not the day the refusal arrived."""
    return bool(
        _SENT_CASE.search(question[max(0, start - 80) : start]) or _TODAY.search(question[max(0, start - 30) : start])
    )


def sent_date(question: str) -> date | None:
    """The day the asker says the case was sent to the nemnd («sendte saken til nemnda 21. desember»), if one."""
    days = {d for d, s in _dates(question) if _SENT_CASE.search(question[max(0, s - 80) : s])}
    return days.pop() if len(days) == 1 else None


def today_told(question: str) -> date | None:
    """Today's date as the question tells it («nå er det 1. desember», "today is 9 February"), if it does."""
    days = {d for d, s in _dates(question) if _TODAY.search(question[max(0, s - 30) : s])}
    return days.pop() if len(days) == 1 else None


def arrival_date(question: str) -> date | None:
    """The day the refusal arrived, as the question tells it; None when the question does not make it certain."""
    found = _dates(question)
    if not found:
        return None
    left = [
        (d, s)
        for d, s in found
        if not _DATED.search(question[max(0, s - 40) : s])
        and not _PROPOSED.search(question[max(0, s - 90) : s])
        and not _other_day(question, s)
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
    sent, today = sent_date(question), today_told(question)
    if sent is not None:  # "I sent it on 10 November: was I too late?" is answered with the day compared
        text += " " + t(
            "deadline_asked.sent_in_time" if sent <= last else "deadline_asked.sent_late", lang, sent=day(sent)
        )
    elif today is not None:
        text += " " + t(
            "deadline_asked.today_open" if today <= last else "deadline_asked.today_past", lang, today=day(today)
        )
    support = [s for pid, phrase in cites if (s := _support(passages, pid, phrase)) is not None]
    if len(support) != len(cites):
        return None  # a step without its passage is not stated
    return Claim(text=text, support=support)
