"""Read whether an agreement SETTLES each item of hjemmekontorforskriften § 2 første ledd.

A word is not a settlement: «Arbeidsgiver stiller med bærbar PC» names equipment but not who owns,
runs and maintains it (partly item 7); «konsentrert saksbehandling» is work, not rules on case
handling (not item 8); «Utstyr avklares senere» and a bare heading settle nothing. Each item is read
as facets (what a clause must say to settle it, advisor/data/agreement_reading.json); the clause
must be about the item (its own words, or its heading) and say the facet in its own text, in a part
that is not deferred. The result names, per item, the clauses that settle it, what a partial clause
leaves open, and the clauses that mention the item without settling it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from advisor.tasks.agreement.normalise import is_definition, normalise, reading_spec

Status = Literal["settled", "partly", "unsettled", "missing"]

_MARKERS = re.compile(r"\s?\[\d+\]")
_MARKUP = re.compile(r"[*`#>|_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"(]?[A-ZÆØÅ])")
_BARE_NUMBER = re.compile(r"^\d{1,2}\.$")
_PARTS = re.compile(r";|\s+men\s+|,\s+mens\s+|\s+–\s+|,\s+(?=(?:mens|men|og)\s)")
_HEADING_NUMBER = re.compile(r"^(§\s*)?\d{1,2}(\.\d{1,2})*\.?\s+")
# A pronoun that points back to the thing the clause before it was about («PC-en er firmaets.
# IT installerer den og bytter den ut»): the clause is about the same item.
# A short sentence is not a run-in heading: «Taushetsplikten gjelder uendret.» says something.
_FINITE = re.compile(
    r"\b(er|var|blir|gjelder|skal|kan|må|har|får|ligger|is|are|was|will|shall|may|must|can|has|have|applies|apply)\b"
)
# The agreement's own title («Avtale om hjemmekontor», «Home office agreement») heads the whole text, no one item.
_TITLE_MARK = "‹title› "
_TITLE = re.compile(r"‹title›|\w*avtal(e|en)\b|\bagreement\b|^(emne|subject|re|fwd?):")
_BULLET = re.compile(r"^[•◦▪·‣–-]\s+")  # a list bullet is not part of the clause it names
_ANAPHOR = re.compile(r"\b(den|dem|disse|them|it|they|these|those)\b")


@dataclass(frozen=True)
class Clause:
    """One clause of an agreement, as written and lower-cased, with its heading."""

    text: str  # as written, markup removed
    low: str  # lower-cased and normalised (bokmål forms, cited dates masked)
    heading: str  # the heading it stands under, lower-cased ("" if none)
    block: int = 0  # the line it stands on: a pronoun refers back only within its line


@dataclass
class ItemReading:
    """How one item of the agreement is settled: fully, partly or not, and by which clauses."""

    key: str
    status: Status
    settled_by: list[str] = field(default_factory=list)  # clauses that say a facet
    open_facets: list[str] = field(default_factory=list)  # facet names no clause settles
    mentioned_by: list[str] = field(default_factory=list)  # clauses about the item that settle nothing

    @property
    def evidence(self) -> str:
        """The clauses that settle the item, else those that mention it, joined by « / »."""
        return " / ".join(self.settled_by or self.mentioned_by)


@cache
def _labels() -> re.Pattern[str]:
    return re.compile(reading_spec()["labels"])


@cache
def _compiled() -> tuple[re.Pattern[str], dict[str, tuple[re.Pattern[str], dict[str, re.Pattern[str]]]]]:
    spec = reading_spec()
    items = {
        key: (re.compile(v["topic"]), {name: re.compile(rx) for name, rx in v["facets"].items()})
        for key, v in spec["items"].items()
    }
    for key, v in spec["items"].items():
        if v.get("partial"):
            items[key][1]["_partial"] = re.compile(v["partial"])
        if v.get("context"):
            items[key][1]["_context"] = re.compile(v["context"], re.M)
        if v.get("not_about"):
            items[key][1]["_not_about"] = re.compile(v["not_about"])
    return re.compile(spec["unsettled"]), items


def _is_heading(line: str) -> bool:
    """A line that only names a subject: short, no sentence end, no «:» with content after it."""
    raw = line.strip()
    if raw.startswith("#"):
        return True
    text = _HEADING_NUMBER.sub("", _MARKUP.sub(" ", raw)).strip()
    if not text or text.endswith((".", "!", "?", ";")) or re.search(r":\s*\S", text):
        return False
    words = text.split()
    return len(words) <= 6 and not re.search(r"\d{1,2}[.:]\d{2}|\d{4}", text)


def clauses(text: str, screen: Callable[[str], bool] | None = None) -> list[Clause]:
    """The agreement's sentences and lines with the heading each stands under.

    `screen(lower_cased_sentence)` True marks text addressed to a machine (an injected instruction):
    that sentence and the rest of its paragraph are not agreement text.
    """
    out: list[Clause] = []
    heading = ""
    block = 0
    for paragraph in re.split(r"\n\s*\n", _MARKERS.sub("", text)):
        blocked = False
        for raw in paragraph.splitlines():
            block += 1
            if blocked or not raw.strip():
                continue
            if screen is not None and screen(raw.lower()):
                blocked = True  # text addressed to a machine: it and the rest of its paragraph are not agreement text
                continue
            if _is_heading(raw):
                heading = normalise(" ".join(_MARKUP.sub(" ", raw).split()).lower())
                if block == 1 and not _HEADING_NUMBER.match(raw.strip().lstrip("#").strip()):
                    heading = _TITLE_MARK + heading  # the document's first line is its title, about no one item
                continue
            line = _BULLET.sub("", " ".join(_MARKUP.sub(" ", raw).split()))
            pieces: list[str] = []
            for piece in _SENTENCE_END.split(line):
                piece = piece.strip()
                if pieces and _BARE_NUMBER.match(pieces[-1]):
                    pieces[-1] = f"{pieces[-1]} {piece}"
                elif piece:
                    pieces.append(piece)
            line_heading = heading
            first = pieces[0].rstrip(".") if pieces else ""
            if len(pieces) > 1 and _is_heading(first) and not _FINITE.search(normalise(first.lower())):
                # a run-in heading («Equipment. The laptop …») heads the rest of its line; it is still read as a clause
                line_heading = normalise(pieces[0].rstrip(".").lower())
            for piece in pieces:
                if screen is not None and screen(piece.lower()):
                    blocked = True
                    break
                low = normalise(piece.lower())
                if is_definition(low):
                    continue  # a definition of a word settles no item
                out.append(Clause(text=piece, low=low, heading=line_heading, block=block))
    return out


def read_item(key: str, parts: list[Clause]) -> ItemReading:
    """How far the clauses settle one item."""
    unsettled, items = _compiled()
    topic, facets = items[key]
    found: dict[str, str] = {}
    mentioned: list[str] = []
    others = [rx for k, (rx, _) in items.items() if k != key]
    context = facets.get("_context")
    not_about = facets.get("_not_about")
    facets = {k: v for k, v in facets.items() if k not in ("_context", "_not_about")}
    topical_block = -1  # the line of the last clause about the item
    for c in parts:
        own_topic = bool(topic.search(c.low))
        if not own_topic and c.block == topical_block and _ANAPHOR.search(c.low):
            own_topic = True  # «… er firmaets. IT-partneren installerer den og bytter den ut.»
        if context is not None and not (
            context.search(c.low) or context.search(c.heading) or (own_topic and c.block == topical_block)
        ):
            continue
        if not_about is not None and not_about.search(c.low):
            continue  # the item's word used for something else («prøvetiden i arbeidsforholdet»)
        # Under a heading about the item, a clause counts only if its own words are not about another item.
        if not own_topic and (not topic.search(c.heading) or any(rx.search(c.low) for rx in others)):
            continue
        if own_topic:
            topical_block = c.block
        said = _labels().sub(" ", c.low)  # the regulation's own item names settle nothing
        settled_parts = [p for p in _PARTS.split(said) if p.strip() and not unsettled.search(p)]
        hit = False
        for name, rx in facets.items():
            if any(rx.search(p) for p in settled_parts):
                found.setdefault(name, c.text)
                hit = True
        item_heading = bool(topic.search(c.heading)) and not _TITLE.search(c.heading)
        if not hit and own_topic and (unsettled.search(c.low) or item_heading):
            # A deferral («avklares senere»), or the item's own section saying nothing that settles it.
            mentioned.append(c.text)
    settled_by = list(dict.fromkeys(found.values()))
    open_facets = [name for name in facets if name not in found and not name.startswith("_")]
    if not found:
        status: Status = "unsettled" if mentioned else "missing"
    else:
        status = "partly" if open_facets else "settled"
    found.pop("_partial", None)
    return ItemReading(
        key=key,
        status=status,
        settled_by=settled_by,
        open_facets=open_facets,
        mentioned_by=[m for m in mentioned if m not in settled_by][:3],
    )


def read_agreement(text: str, screen: Callable[[str], bool] | None = None) -> dict[str, ItemReading]:
    """Each § 2 item read from the agreement text."""
    parts = clauses(text, screen)
    return {key: read_item(key, parts) for key in reading_spec()["items"]}


def open_text(key: str, reading: ItemReading, lang: str = "nb") -> str:
    """What a partly settled item leaves open, in words («hvem som eier utstyret og …»)."""
    spec = reading_spec()["items"][key]
    names = [spec[f"missing_{lang}"].get(f) or spec["missing_nb"][f] for f in reading.open_facets]
    joiner = " og " if lang == "nb" else " and "
    return joiner.join(names)
