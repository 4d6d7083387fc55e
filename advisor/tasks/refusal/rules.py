"""The refusal check's data files: patterns (refusal_rules.json), texts with citations\n(refusal_texts.json) and the passages they cite (refusal_passages.json)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from advisor.answering.grounding import support
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


def claims_from(specs: Iterable[dict], **values: object) -> list[Claim]:
    """Claims from data-file specs {text, cite: [[alias, phrase], ...]}, with {placeholders} filled in."""
    return claims_in(specs, "nb", **values)


def claims_in(specs: Iterable[dict], lang: str, **values: object) -> list[Claim]:
    """Like claims_from, in `lang`: a spec's "en" text where lang is 'en' and it has one, else its bokmål text."""

    aliases = data("refusal_passages")
    return [
        Claim(text=((spec.get("en") if lang == "en" else None) or spec["text"]).format(**values),
              support=[support(aliases[alias], contains=phrase) for alias, phrase in spec["cite"]])
        for spec in specs
    ]
