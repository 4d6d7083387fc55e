"""Weaving the user's words into our template sentences so the result reads as one sentence.

What people type into a form is a fragment written to stand alone: «Saksbehandling av enkle
skadesaker.» Put mid-sentence it must lose its capital (unless it is a name or an acronym) and its
full stop; lists are joined the way the language joins them (Babel's list patterns: «a, b og c»,
«a, b, and c»); a quote takes the language's quotation marks and no doubled punctuation at its end.
Every drafted text that contains user text goes through `weave` (or the smaller helpers here).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Literal

from advisor.core.dates import MONTHS_EN

# Product, tool and institution names people write in a task or channel list; they keep their
# capital anywhere in a sentence. Anything spelled with capitals inside the word (iPhone, PowerBI),
# any acronym (NAV, HMS) and any word with a digit keep theirs too, without being listed.
KNOWN_NAMES = frozenset(
    [
        "teams",
        "slack",
        "zoom",
        "outlook",
        "excel",
        "word",
        "powerpoint",
        "jira",
        "confluence",
        "sharepoint",
        "onedrive",
        "github",
        "gitlab",
        "google",
        "gmail",
        "salesforce",
        "sap",
        "visma",
        "tripletex",
        "altinn",
        "nav",
        "skatteetaten",
        "arbeidstilsynet",
        "microsoft",
        "apple",
        "windows",
        "mac",
        "linux",
        "whatsapp",
        "signal",
        "messenger",
        "linkedin",
        "facebook",
        "instagram",
        "norge",
        "norway",
        "oslo",
        "bergen",
        "trondheim",
        "stavanger",
        "tromsø",
        "kristiansand",
        "drammen",
        "europa",
        "europe",
        "english",
        "i",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        *MONTHS_EN,
    ]
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_END_PUNCT = ".!?…:;,"
_QUOTES = {"nb": ("«", "»"), "en": ("“", "”")}
_ANY_QUOTES = "«»“”\"'‘’„"


def is_name_like(word: str, context: str = "") -> bool:
    """True for a word that keeps its capital mid-sentence: an acronym, a mixed-case name, a word
    with a digit, a known product or place, or a word the same text also capitalises mid-sentence."""
    if not word or not word[0].isupper():
        return False
    letters = [c for c in word if c.isalpha()]
    if sum(c.isupper() for c in letters) >= 2:  # NAV, HMS, PowerBI, iOS-style
        return True
    if any(c.isdigit() for c in word):
        return True
    if word.lower().strip("-'’") in KNOWN_NAMES:
        return True
    if context:
        # «… med Kari og Per»: a word written with a capital after a lowercase word in the same text
        # is a name to its writer.
        for m in re.finditer(rf"(?<=[a-zæøå,] ){re.escape(word)}\b", context):
            if m.start() > 0:
                return True
    return False


@cache
def common_words() -> frozenset[str]:
    """Words the corpus writes in lower case mid-sentence (Norwegian common nouns and verbs), and the
    stop words: a user's fragment starting with one of these loses its capital mid-sentence."""
    from advisor.core.settings import BUNDLED_CORPUS
    from advisor.core.text import STOPWORDS

    words: set[str] = set(STOPWORDS)
    for path in sorted(BUNDLED_CORPUS.rglob("*.md")):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        words.update(m.group(0) for m in re.finditer(r"(?<=[a-zæøå,] )[a-zæøå][a-zæøå-]+", text))
    return frozenset(words)


def _is_common(word: str, rest: str) -> bool:
    """True when a capitalised first word is an ordinary word, not a name: the corpus writes it in lower
    case, or the fragment goes on in lower case («Handling simple claims», not «Anna Hansen»)."""
    low = word.lower()
    common = common_words()
    # A Norwegian compound ends in an ordinary word: «månedsrapporter» = «måneds» + «rapporter».
    if low in common or any(low[i:] in common for i in range(2, len(low) - 4)):
        return True
    if not re.fullmatch(r"[A-Za-zÆØÅæøåÉéÜüÖöÄä'’-]+", word):
        return False  # another script: we cannot tell a name from a word, so the writer's case stays
    nxt = _WORD.search(rest)
    return bool(nxt and nxt.group(0)[:1].islower())


def inline(text: str | None) -> str:
    """A user's fragment made fit to stand inside a sentence: trimmed, one line, no closing full
    stop, and a small first letter unless the first word is a name or an acronym."""
    s = " ".join((text or "").split())
    s = s.rstrip(" .;:,")
    if not s:
        return ""
    first = _WORD.match(s)
    if first and first.start() == 0:
        word = first.group(0)
        rest = s[first.end() :]
        if not is_name_like(word, rest) and _is_common(word, rest):
            s = word[0].lower() + s[1:]
    return s


def sentence_case(text: str) -> str:
    """The first letter of a sentence made a capital (after any opening quote or bracket)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch.isdigit():
            return text
    return text


@cache
def _babel_locale(lang: str) -> str:
    return "nb" if lang == "nb" else "en"


def join(items: Iterable[str | None], lang: str = "nb", style: Literal["standard", "or"] = "standard") -> str:
    """Items joined as the language does it («a, b og c» / «a, b, and c»; style 'or' for «eller»),
    each item made fit for mid-sentence use, empty ones and repeats left out."""
    from babel.lists import format_list

    seen: set[str] = set()
    clean: list[str] = []
    for item in items:
        s = inline(item)
        if s and s.casefold() not in seen:
            seen.add(s.casefold())
            clean.append(s)
    if not clean:
        return ""
    return format_list(clean, style=style, locale=_babel_locale(lang))


def quote(text: str | None, lang: str = "nb") -> str:
    """The text in the language's quotation marks, without quotation marks of its own around it
    and without a full stop before the closing mark (the sentence around it has its own)."""
    s = " ".join((text or "").split())
    while len(s) >= 2 and s[0] in _ANY_QUOTES and s[-1] in _ANY_QUOTES:
        s = s[1:-1].strip()
    s = s.rstrip(" .,;:")
    if not s:
        return ""
    left, right = _QUOTES.get(lang, _QUOTES["nb"])
    return f"{left}{s}{right}"


_DOUBLE_PUNCT = re.compile(r"([.!?])([»”\"’)]*)\s*\.(?=\s|$)")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?])")
_MULTI_SPACE = re.compile(r"[ \t]{2,}")


def tidy(text: str) -> str:
    """A finished sentence: single spaces, no space before punctuation, no «.».» or «..», a capital
    first letter, and a full stop at the end unless it ends with other closing punctuation."""
    s = _MULTI_SPACE.sub(" ", " ".join(text.split()))
    s = _SPACE_BEFORE.sub(r"\1", s)
    s = _DOUBLE_PUNCT.sub(r"\1\2", s)
    s = s.replace("..", ".") if "..." not in s else s
    s = sentence_case(s.strip())
    if s and s[-1] not in ".!?…" and not (s[-1] in "»”)" and len(s) > 1 and s[-2] in ".!?"):
        s += "."
    return s


class Raw(str):
    """A value `weave` writes exactly as it is (already formatted text such as « (2024)»)."""


class _Values(dict):
    def __missing__(self, key: str) -> str:
        raise KeyError(f"the template needs a value for {{{key}}}")


def weave(template: str, values: Mapping[str, object] | None = None, lang: str = "nb", **more: object) -> str:
    """A template sentence with the user's values woven in.

    A str value is made fit for mid-sentence use (`inline`); a list or tuple is joined (`join`);
    other values are written as they are. A value placed first in the template starts the sentence
    with a capital again. The result is `tidy`: no doubled punctuation, one final full stop.
    """
    fields: dict[str, str] = {}
    for key, value in {**(values or {}), **more}.items():
        if isinstance(value, Raw):
            fields[key] = str(value)
        elif isinstance(value, str):
            fields[key] = inline(value)
        elif isinstance(value, (list, tuple)):
            fields[key] = join(value, lang)
        else:
            fields[key] = "" if value is None else str(value)
    names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    missing = names - fields.keys()
    if missing:
        raise KeyError(f"the template needs values for {sorted(missing)}")
    return tidy(template.format_map(_Values(fields)))


def number(value: float, lang: str = "nb", decimals: int = 2) -> str:
    """A number as the language writes it, up to `decimals` decimals: 0.25 → «0,25» (nb) / «0.25» (en)."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=_babel_locale(lang))


def week(year: int, week_no: int, lang: str = "nb", with_year: bool = False) -> str:
    """An ISO week as people say it: «uke 45» / «week 45» (with the year when asked: «uke 45 2026»)."""
    word = "uke" if lang == "nb" else "week"
    return f"{word} {week_no}" + (f" {year}" if with_year else "")


__all__ = [
    "KNOWN_NAMES",
    "Raw",
    "inline",
    "is_name_like",
    "join",
    "number",
    "quote",
    "sentence_case",
    "tidy",
    "weave",
    "week",
]
