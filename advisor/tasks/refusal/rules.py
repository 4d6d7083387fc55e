"""The refusal check's data files: patterns (refusal_rules.json), texts with citations\n(refusal_texts.json) and the passages they cite (refusal_passages.json)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from advisor.answering.grounding import support
from advisor.core.language import guess_language
from advisor.core.models import Claim, Track

if TYPE_CHECKING:
    pass


TLN_TRACKS: tuple[Track, ...] = ("flexible_time", "reduced_time", "night_work")


@cache
def data(name: str) -> dict:
    """One of the JSON files in advisor/data (without .json), parsed."""
    text = resources.files("advisor.data").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _rx(*path: str) -> re.Pattern[str]:
    """The patterns at `path` in refusal_rules.json, joined into one regular expression."""
    node: Any = data("refusal_rules")
    for key in path:
        node = node[key]
    patterns = [node] if isinstance(node, str) else list(node)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)


def _rule(*path: str) -> Any:
    node: Any = data("refusal_rules")
    for key in path:
        node = node[key]
    return node


def label(kind: str, key: str, lang: str = "nb") -> str:
    """A UI label from refusal_texts.json: kind is 'track', 'subject', 'assessment', 'criterion' or 'headings'."""
    entry = data("refusal_texts")["labels"][kind][key]
    return entry.get(lang) or entry["nb"]


def criterion_label(key: str, lang: str = "nb") -> str:
    """The label of a finding's criterion, e.g. 'substitute' → 'Vikar og bemanning'."""
    return label("criterion", key, lang)


def clean(text: str, limit: int = 300) -> str:
    """User or employer text made safe to show inside a cited line: one line, no [n] markers, bounded."""
    text = " ".join((text or "").split()).replace("[", "(").replace("]", ")")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_QUOTED = re.compile(r"«([^«»]*)»( \()?")


def mark_norwegian_quotes(claims: list[Claim], lang: str) -> list[Claim]:
    """On an English page, every «quote» that is Norwegian is marked «(in Norwegian)» (merged into a
    bracket that follows it), so the reader knows the words are the case's own, left as they were
    written; placeholders «[fill in …]» are not quotes."""
    if lang != "en":
        return claims
    from advisor.core.i18n import t

    marker = t("afterrefusal.quoted_nb", lang)  # «(in Norwegian)»

    def mark(m: re.Match[str]) -> str:
        inner = m.group(1)
        if inner.startswith("[") or guess_language(inner) != "nb":
            return m.group(0)
        quote = f"«{inner}»"
        return f"{quote} {marker[:-1]}; " if m.group(2) else f"{quote} {marker}"

    return [c.model_copy(update={"text": _QUOTED.sub(mark, c.text)}) for c in claims]


_SAID_EN = [
    (re.compile(r"\b1 år\b"), "1 year"),
    (re.compile(r"\b(\d+) år\b"), r"\1 years"),
    (re.compile(r"\b1 måned\b"), "1 month"),
    (re.compile(r"\b(\d+) måneder\b"), r"\1 months"),
    (re.compile(r"\b1 uke\b"), "1 week"),
    (re.compile(r"\b(\d+) uker\b"), r"\1 weeks"),
    (re.compile(r"\bførste/siste time\b"), "first/last hour"),
    (re.compile(r"\bén fast fridag i uka\b"), "one fixed day off a week"),
    (re.compile(r"\bkortere dager\b"), "shorter days"),
    (re.compile(r"\bprosent\b"), "per cent"),
    (re.compile(r"\b og \b"), " and "),
    *(
        (re.compile(rf"\b{nb}(?:er)?\b", re.IGNORECASE), en)
        for nb, en in (
            ("mandag", "Monday"),
            ("tirsdag", "Tuesday"),
            ("onsdag", "Wednesday"),
            ("torsdag", "Thursday"),
            ("fredag", "Friday"),
            ("lørdag", "Saturday"),
            ("søndag", "Sunday"),
        )
    ),
]


def said(value: object, lang: str = "nb") -> str:
    """A value the reader took from the case («2 år», «fredag»), said in the page's language («2 years»,
    «Friday»)."""
    text = str(value)
    if lang == "en":
        for rx, en in _SAID_EN:
            text = rx.sub(en, text)
    return text


def claims_from(specs: Iterable[dict], **values: object) -> list[Claim]:
    """Claims from data-file specs {text, cite: [[alias, phrase], ...]}, with {placeholders} filled in."""
    return claims_in(specs, "nb", **values)


def claims_in(specs: Iterable[dict], lang: str, **values: object) -> list[Claim]:
    """Like claims_from, in `lang`: a spec's "en" text where lang is 'en' and it has one, else its bokmål text."""

    aliases = data("refusal_passages")
    return [
        Claim(
            text=((spec.get("en") if lang == "en" else None) or spec["text"]).format(**values),
            support=[support(aliases[alias], contains=phrase) for alias, phrase in spec["cite"]],
        )
        for spec in specs
    ]
