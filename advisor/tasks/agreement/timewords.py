"""Clock times written in words, read as digits: «fra klokken åtte til halv fire» → «fra kl. 08.00 til 15.30».

Agreements often write the working day as people say it: «klokka åtte», «halv fire», «kvart over
tre», «ti på halv ni», «fra ni til to»; in English «half past eight», «from nine to five». The gap
check's rules read digits, so a small reader turns such times into «HH.MM» first. It is careful
about two things: a number word is a time only after «kl./klokken/klokka» or inside a range
(«fra … til», «mellom … og», «from … to», «between … and») whose words are not followed by a unit
(«fra to til tre dager» is a count of days, not a time); and a time of day in the afternoon is
written so (an end before its start, or a start before six, is read as afternoon).
"""

from __future__ import annotations

import re

_HOURS_NB = {
    "en": 1, "én": 1, "ett": 1, "eitt": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7,
    "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
}  # fmt: skip
_HOURS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_MINUTES = {"fem": 5, "ti": 10, "tjue": 20, "kvart": 15, "five": 5, "ten": 10, "twenty": 20, "quarter": 15}

_H_NB = r"(?:" + "|".join(sorted(_HOURS_NB, key=len, reverse=True)) + r"|1[0-2]|0?[1-9])"
_H_EN = r"(?:" + "|".join(sorted(_HOURS_EN, key=len, reverse=True)) + r"|1[0-2]|0?[1-9])"
_TIME_NB = rf"(?:(?:fem|ti|tjue|kvart)\s+(?:over|på)\s+)?(?:halv\s+)?{_H_NB}"
_TIME_EN = (
    rf"(?:(?:half|quarter|five|ten|twenty)\s+(?:past|to)\s+)?{_H_EN}(?:\s+o'?clock)?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
)
_TIME = rf"(?:{_TIME_NB}|{_TIME_EN}|\d{{1,2}}[.:]\d{{2}})"
_CLOCK = r"(?:kl\.?|klokka|klokken|klokke)"
# A number word followed by a unit counts things; it is no time of day.
_NO_UNIT = (
    r"(?!\s*(?:[-–]\s*)?(?:dager?|dagers|uker?|ukers|uka|måned\w*|timer?|timers|år|ganger|gang|prosent|%|personer|"
    r"ansatte|av\b|minutter|minutes?|kilometer|km|days?|weeks?|months?|hours?|years?|times|per\s*cent|percent|people|of\b)\b)"
)
_RANGE = re.compile(
    rf"\b(?P<pre>fra|frå|mellom|from|between)\s+(?:{_CLOCK}\s+)?(?P<a>{_TIME})\s*(?P<sep>til|og|to|and|until|–|-)\s*"
    rf"(?:{_CLOCK}\s+)?(?P<b>{_TIME}){_NO_UNIT}(?!\w)"
)
# «Arbeidstiden er åtte til fire», «your hours are nine to five»: a range right after the verb, words only.
_BARE_RANGE = re.compile(
    rf"\b(?P<pre>er|blir|are|is|be)\s+(?P<a>{_TIME_NB}|{_TIME_EN})\s+(?P<sep>til|to|until|–|-)\s+(?P<b>{_TIME_NB}|{_TIME_EN})"
    rf"{_NO_UNIT}(?!\w)"
)
_SINGLE = re.compile(rf"\b{_CLOCK}\s+(?P<a>{_TIME}){_NO_UNIT}(?![\w.:]\d)")
# «… og sluttar halv fire», «starts at nine and finishes at half past five»: a time in words right after a verb that
# starts or ends the day (and before the clause goes on), which is no count («starter tre nye prosjekter»).
_AT_VERB = re.compile(
    rf"\b(?P<verb>slutter|sluttar|begynner|byrjar|starter|startar|ends?|finish(?:es)?|starts?|begins?)\s+"
    rf"(?:(?:at|på|om|du|han|hun|ho|vi|dere|you|he|she|we)\s+)?(?:{_CLOCK}\s+)?(?P<a>{_TIME_NB}|{_TIME_EN})"
    rf"(?=\s*(?:[,.;]|og\b|and\b|med\b|with\b|$))"
)


def _minutes(expr: str) -> int | None:
    """Minutes after midnight of one time expression on the 12-hour dial (None if it is no time)."""
    words = expr.replace("o'clock", "").replace("oclock", "").split()
    pm = False
    if words and words[-1] in ("pm", "p.m.", "am", "a.m."):
        pm = words.pop().startswith("p")
    if not words:
        return None
    hour_word = words[-1]
    hour = _HOURS_NB.get(hour_word) or _HOURS_EN.get(hour_word) or (int(hour_word) if hour_word.isdigit() else None)
    if hour is None or not 1 <= hour <= 12:
        return None
    total = hour * 60
    rest = words[:-1]
    if rest and rest[-1] == "halv":  # «halv fire» is half an hour before four
        total -= 30
        rest = rest[:-1]
    if len(rest) == 2 and rest[0] == "half" and rest[1] == "past":  # «half past eight» is half an hour after
        total += 30
    elif len(rest) == 2 and rest[0] in _MINUTES and rest[1] in ("over", "past"):
        total += _MINUTES[rest[0]]
    elif len(rest) == 2 and rest[0] in _MINUTES and rest[1] in ("på", "to"):
        total -= _MINUTES[rest[0]]
    elif rest:
        return None
    if pm and total < 12 * 60:
        total += 12 * 60
    return total


def _fmt(total: int) -> str:
    return f"{total // 60 % 24:02d}.{total % 60:02d}"


def _is_words(expr: str) -> bool:
    return bool(re.search(r"[a-zæøå]", expr))


def _range(m: re.Match[str]) -> str:
    a, b = m.group("a"), m.group("b")
    if not (_is_words(a) or _is_words(b)):
        return m.group(0)  # digits only: the rules read them as written
    start = _minutes(a) if _is_words(a) else _digits(a)
    end = _minutes(b) if _is_words(b) else _digits(b)
    if start is None or end is None:
        return m.group(0)
    if start < 6 * 60:  # a working day starting before six is read as afternoon («fra ett til fem»)
        start += 12 * 60
    while end <= start and end + 12 * 60 <= 24 * 60:
        end += 12 * 60
    nb = m.group("pre") in ("fra", "frå", "mellom", "er", "blir")
    sep = {"og": "og", "and": "and"}.get(m.group("sep"), "til" if nb else "to")
    return f"{m.group('pre')} {_fmt(start)} {sep} {_fmt(end)}"


def _digits(expr: str) -> int | None:
    h, _, mm = expr.replace(":", ".").partition(".")
    return int(h) * 60 + int(mm) if h.isdigit() and mm.isdigit() else None


def _single(m: re.Match[str]) -> str:
    a = m.group("a")
    if not _is_words(a):
        return m.group(0)
    total = _minutes(a)
    if total is None:
        return m.group(0)
    if total < 6 * 60:
        total += 12 * 60
    return f"kl. {_fmt(total)}"


# Clock times in four digits, as timetables and rotas write them: «kl. 0830», «0830–1130», «mellom 0900 og 1500». A
# four-digit number is a time only after «kl.» or in a range whose ends are both times and not both years
# («skoleåret 2027–2028» stays a span of years).
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_KL_HHMM = re.compile(rf"\b{_CLOCK}\s*(?P<t>{_HHMM})\b(?![.,:]\d)")
_HHMM_RANGE = re.compile(
    rf"(?<![\d.,/-])(?P<a>{_HHMM})(?P<sep>\s*[–-]\s*)(?P<b>{_HHMM})(?![\d.,/-]\d)|"
    rf"\b(?P<pre>mellom|fra|frå|between|from)\s+(?:{_CLOCK}\s*)?(?P<a2>{_HHMM})(?P<sep2>\s+(?:og|til|and|to|until)\s+(?:{_CLOCK}\s*)?)"
    rf"(?P<b2>{_HHMM})(?![\d.,/-]\d)"
)


def _hhmm(t: str) -> str:
    return f"{t[:2]}.{t[2:]}"


def _four_digit_range(m: re.Match[str]) -> str:
    words = m.group("a") is None
    a, b = (m.group("a2"), m.group("b2")) if words else (m.group("a"), m.group("b"))
    if int(a) >= 1900 and int(b) >= 1900:
        return m.group(0)  # two years («2027–2028»), or two evening times that could be years: left as written
    if any(1900 <= int(t) < 2100 and int(t) % 5 for t in (a, b)):
        return m.group(0)  # a year on one side («saksnummer 2026-1130»): a clock time of a day ends in 0 or 5
    if words:
        return f"{m.group(0)[: m.start('a2') - m.start(0)]}{_hhmm(a)}{m.group('sep2')}{_hhmm(b)}"
    return f"{_hhmm(a)}{m.group('sep')}{_hhmm(b)}"


def _four_digits(low: str) -> str:
    low = _HHMM_RANGE.sub(_four_digit_range, low)
    return _KL_HHMM.sub(lambda m: m.group(0)[: m.start("t") - m.start(0)] + _hhmm(m.group("t")), low)


def clock_times(low: str) -> str:
    """A lower-cased clause with its clock times in words (or in four digits) written as «HH.MM»."""
    low = _four_digits(low)
    low = _SINGLE.sub(_single, _BARE_RANGE.sub(_bare_range, _RANGE.sub(_range, low)))
    return _AT_VERB.sub(_at_verb, low)


def _at_verb(m: re.Match[str]) -> str:
    total = _minutes(m.group("a"))
    if total is None or m.group("a").isdigit():
        return m.group(0)
    if total < 6 * 60:
        total += 12 * 60
    return m.group(0)[: m.start("a") - m.start(0)] + f"kl. {_fmt(total)}"


def _bare_range(m: re.Match[str]) -> str:
    if not (_is_words(m.group("a")) and _is_words(m.group("b"))) or m.group("a").isdigit():
        return m.group(0)
    out = _range(m)
    return out if out != m.group(0) else m.group(0)
