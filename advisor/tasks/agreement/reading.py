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

from advisor.tasks.agreement.clauses import Clause, clauses
from advisor.tasks.agreement.normalise import reading_spec

Status = Literal["settled", "partly", "unsettled", "missing"]

_CLAUSE_NUMBER = re.compile(r"^(§\s*)?\d{1,2}(\.\d{1,2})*\.?\s+")
# A spaced dash between two numbers is a range («08:00 – 16:00»), not a break between parts.
_PARTS = re.compile(
    r";|\s+men\s+|,\s+mens\s+|(?<!\d)\s+–\s+|\s+–\s+(?!\d)|,\s+(?=(?:mens|men|og|and|but|while|whereas)\s)"
)
# The agreement's own title («Avtale om hjemmekontor», «Home office agreement») heads the whole text, no one item.
# So does a letter's subject naming the application it answers («Svar på søknad om heimekontor»).
_TITLE = re.compile(r"‹title›|\w*avtal(e|en)\b|\bagreement\b|^(emne|subject|re|fwd?):|\bsøknad\w*|\bapplication\b")
# A pronoun that points back to the thing the clause before it was about («PC-en er firmaets.
# IT installerer den og bytter den ut»): the clause is about the same item.
_ANAPHOR = re.compile(
    r"\b(den|dem|disse|them|it|they|these|those)\b|^(de|det)\s+(er|blir|forblir|skal|må|kan|tilhører|eies|har)\b|"
    r"^(begge\s+deler|alt\s+dette|both(\s+of\s+them)?|all\s+of\s+it)\b"
)


@dataclass
class ItemReading:
    """How one item of the agreement is settled: fully, partly or not, and by which clauses."""

    key: str
    status: Status
    settled_by: list[str] = field(default_factory=list)  # clauses that say a facet
    open_facets: list[str] = field(default_factory=list)  # facet names no clause settles
    mentioned_by: list[str] = field(default_factory=list)  # clauses about the item that settle nothing
    by_heading: list[str] = field(default_factory=list)  # of those, the ones that only stand under its heading

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
        if v.get("aside"):
            items[key][1]["_aside"] = re.compile(v["aside"])
        if v.get("mask"):
            items[key][1]["_mask"] = re.compile(v["mask"])
        if v.get("exception"):
            items[key][1]["_exception"] = re.compile(v["exception"])
        if v.get("setting"):
            items[key][1]["_setting"] = re.compile(v["setting"])
    return re.compile(spec["unsettled"]), items


@cache
def _wish() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = reading_spec()["wish"]
    return re.compile(spec["asked"]), re.compile(spec["granted"])


def _open(part: str, whole: str) -> bool:
    """Whether a part of a clause settles nothing: it defers («avklares senere»), or it only says what someone asked
    for or wishes («har bedt om å få jobbe hjemme noen dager», «would like to work from home») and `whole` (its
    sentence and the one after it) does not grant it («…, og det er innvilget», «Søknaden er innvilget.»)."""
    unsettled, _ = _compiled()
    if unsettled.search(part):
        return True
    asked, granted = _wish()
    return bool(asked.search(part)) and not granted.search(whole)


@cache
def _trial_scope() -> tuple[re.Pattern[str], re.Pattern[str]]:
    scope = reading_spec()["trial_scope"]
    return re.compile(scope["within"]), re.compile(scope["back"])


def _in_trial(c: Clause) -> bool:
    """Whether a whole clause speaks of the trial period only: a right to leave during the trial is not item 5.

    It opens with the trial as its time («I prøvetiden …», «Ved slutten av prøveperioden …»), or it points back
    to the trial («Da …», «Passer det ikke, …», «I den perioden …», «Mens den varer …») and
    follows a sentence about the trial on its line, or stands under the trial's heading or field label (one
    that does not also name changes or termination). A plain change right under a trial heading still counts.
    Parts of a clause are judged by `_trial_part`.
    """
    _, items = _compiled()
    trial, change = items["p2_6_provetid"][0], items["p2_5_endring_oppsigelse"][0]
    within, back = _trial_scope()
    if _trial_after().search(c.low):
        return False  # «Etter prøvetiden kan begge si opp …» is the agreement's own change right
    if within.match(_CLAUSE_NUMBER.sub("", c.low)):
        return True  # a sentence that opens with the trial as its time («Ved utløpet av prøvetiden …, og … kan da …»)
    if not (back.search(c.low) or _trial_inline().search(c.low)):
        return False
    if c.heading and trial.search(c.heading) and not change.search(c.heading):
        return True
    return bool(c.prev and trial.search(c.prev))


def _trial_part(c: Clause, part: str) -> bool:
    """Whether one part of a clause speaks of the trial only («I prøvetiden kan …»; in a clause naming the
    trial, «… og passer ordningen dårlig i den tiden, avslutter vi den»), while a part after «;» may not."""
    _, items = _compiled()
    within, back = _trial_scope()
    if _trial_after().search(part):
        return False
    if within.search(part):
        return True
    trial, change = items["p2_6_provetid"][0], items["p2_5_endring_oppsigelse"][0]
    if trial.search(part) and not change.search(part):
        return True  # «Prøvetiden er to måneder; i den kan …»: the part that names the trial is the trial's
    # a part that points back («…, og fram til det møtet kan …», «and until that review …») in a clause naming the trial,
    # or right after a sentence about it
    pointed = _trial_inline().search(part) or back.search(_CONJUNCTION.sub("", part.strip()))
    return bool(pointed and (trial.search(c.low) or (c.prev and trial.search(c.prev))))


_CONJUNCTION = re.compile(r"^(og|men|and|but|so|så)\s+")


@cache
def _trial_after() -> re.Pattern[str]:
    return re.compile(reading_spec()["trial_scope"]["after"])


@cache
def _trial_inline() -> re.Pattern[str]:
    return re.compile(reading_spec()["trial_scope"]["inline"])


# The document's title («Avtale om hjemmekontor») heads every clause, so «Ordningen gjelder mandager og onsdager» and
# «Dager: To faste dager, mandag og torsdag» are the home days; but a sentence about the office or the workplace
# («Kontoret er stengt på fredager i juli», «The office is closed on Fridays») is not about home work for it.
_UNTITLED = re.compile(r"^‹title›[^/]*(/\s*)?")
_AT_WORK = re.compile(
    r"\b(kontoret|kontorene|arbeidsplassen|lokalene|bygget|butikken|senteret|the\s+(office|workplace|premises|building|shop))\b"
)

# A clause on how the arrangement is changed («Endringer i arbeidstiden avtales når ny turnus lages»): item 5's, so it is
# no deferral of the item whose change it governs.
_CHANGE = "p2_5_endring_oppsigelse"
_CHANGE_RULE = re.compile(r"^(eventuelle\s+|alle\s+|any\s+)?(endring(er|ene)?|changes?)\s+(i|av|til|to|in|of)\b")

_LONG = 250  # a clause longer than this is named by the parts that settle the item, not whole


def _settles_other(key: str, part: str) -> bool:
    """Whether a part of a sentence is about another item and says what settles it («mens ordningen gjelder fra
    1. mars 2027 …» is the duration's); «mens det gjelder kjernetid fra 09.00» only shares a word with it."""
    _, items = _compiled()
    for k, (rx, facets) in items.items():
        if k == key:
            continue
        mask = facets.get("_mask")
        text = mask.sub(" ", part) if mask is not None else part
        context = facets.get("_context")
        if context is not None and not context.search(text):
            continue  # not about that item where it is read only in a context («09.00–14.00 på Teams» is no home hours)
        if rx.search(text) and any(f.search(text) for name, f in facets.items() if not name.startswith("_")):
            return True
    return False


def _named_parts(c: Clause, count: int, hit: set[int]) -> str:
    """The parts of a long clause that settle an item, as written («… mens ordningen gjelder fra 1. februar …»);
    the whole clause when its written parts do not line up with the parts read."""
    written = [p.strip() for p in _PARTS.split(c.text) if p.strip()]
    if len(written) != count or not hit:
        return c.named
    return " … ".join(written[i] for i in sorted(hit))


def read_item(key: str, parts: list[Clause]) -> ItemReading:
    """How far the clauses settle one item."""
    unsettled, items = _compiled()
    topic, facets = items[key]
    found: dict[str, str] = {}
    found_block: dict[str, int] = {}
    also: list[str] = []  # further clauses on the same line that say the same facet («To dager i uka. Du velger …»)
    mentioned: list[str] = []
    by_heading: list[str] = []
    context = facets.get("_context")
    not_about = facets.get("_not_about")
    aside = facets.get("_aside")  # words that do not make a clause about the item («når du arbeider hjemme, kunne nås»)
    mask = facets.get("_mask")
    exception = facets.get("_exception")
    setting = facets.get("_setting")  # a heading where the item's word is the setting of another subject
    skip_trial = bool(reading_spec()["items"][key].get("not_in_trial"))
    facets = {
        k: v
        for k, v in facets.items()
        if k not in ("_context", "_not_about", "_aside", "_mask", "_exception", "_setting")
    }
    topical_block = -1  # the line of the last clause about the item
    for i, c in enumerate(parts):
        low, said_text = c.low, c.said
        # the sentence after it in the same paragraph, which may grant what this one asks for («Søknaden er innvilget.»)
        following = parts[i + 1].low if i + 1 < len(parts) and parts[i + 1].prev == c.low else ""
        if mask is not None:
            low, said_text = mask.sub(" ", low), mask.sub(" ", said_text)
        own_topic = bool(topic.search(low))
        if not own_topic and c.block == topical_block and _ANAPHOR.search(low):
            own_topic = True  # «… er firmaets. IT-partneren installerer den og bytter den ut.»
        if context is not None and not (
            context.search(low) or context.search(c.heading) or (own_topic and c.block == topical_block)
        ):
            continue
        if not_about is not None and not_about.search(aside.sub(" ", low) if aside is not None else low):
            continue  # the item's word used for something else («prøvetiden i arbeidsforholdet»)
        if exception is not None and exception.search(c.low):
            continue  # a time-limited exception («I julehandelen (…) kan leder flytte …») is no right to change or end
        if skip_trial and _in_trial(c):
            continue  # a right to leave during the trial period is the trial's, not the agreement's change right
        # Under a heading about the item, a clause counts only if it does not settle another item in its own words
        # (another item's topic with what settles it, read as that item reads it: «Ordningen gjelder mandager og
        # onsdager» names the arrangement, the duration's word, but settles no duration, so it is the extent's).
        if not own_topic and (
            not topic.search(_UNTITLED.sub("", c.heading) if _AT_WORK.search(c.said) else c.heading)
            or _settles_other(key, c.low)
        ):
            continue
        if own_topic:
            topical_block = c.block
        said = _labels().sub(" ", said_text)  # the regulation's own item names settle nothing
        pieces = [p for p in _PARTS.split(said) if p.strip()]
        keep = [not _open(p, f"{said} {following}") for p in pieces]
        if any(_open(p, f"{said} {following}") and topic.search(p) for p in pieces):
            # the item's own part is deferred («Om det skal være en prøvetid, avgjør vi senere, mens …»): the
            # clause's other pieces are about other things, and only a part that names the item may still settle it
            keep = [k and bool(topic.search(p)) for k, p in zip(keep, pieces, strict=True)]
        long = len(c.text) > _LONG and len(pieces) > 1
        if long and own_topic:
            # a long sentence that settles several items («… arbeider hjemme mandag og fredag, …, og at ordningen
            # varer til …»): each item is read from the pieces that name it, or that settle no other item
            keep = [
                k and (bool(topic.search(p)) or not _settles_other(key, p)) for k, p in zip(keep, pieces, strict=True)
            ]
        if skip_trial:
            keep = [k and not _trial_part(c, p) for k, p in zip(keep, pieces, strict=True)]
        hit = False
        hit_parts: set[int] = set()
        for rx in facets.values():
            said_in = {i for i, p in enumerate(pieces) if keep[i] and rx.search(p)}
            if said_in:
                hit_parts |= said_in
                hit = True
        shown = _named_parts(c, len(pieces), hit_parts) if long and hit else c.named
        for name, rx in facets.items():
            if any(keep[i] and rx.search(p) for i, p in enumerate(pieces)):
                if name not in found:
                    found[name], found_block[name] = shown, c.block
                elif found_block[name] == c.block and shown not in found.values():
                    also.append(shown)
        section = c.heading.rpartition(" / ")[0] if c.labelled else c.heading  # a line's own label is not its section
        item_heading = bool(topic.search(section)) and not _TITLE.search(section)
        if item_heading and setting is not None and setting.search(section):
            item_heading = False  # «Sikkerhet hjemme?» heads security at home, not how much is worked there
        if key != _CHANGE and _CHANGE_RULE.match(_CLAUSE_NUMBER.sub("", low)):
            continue  # «Endringer i hvilke dager som tas hjemme, avtales når …» is how changes are made, no deferral
        if not hit and own_topic and (unsettled.search(low) or item_heading):
            # A deferral («avklares senere»), or the item's own section saying nothing that settles it. (A wish is no
            # clause of the agreement at all: it settles nothing and is not named as a mention.)
            if unsettled.search(low):
                mentioned.insert(sum(1 for m in mentioned if m not in by_heading), c.named)  # deferrals first
            else:
                mentioned.append(c.named)
                by_heading.append(c.named)
    settled_by = list(dict.fromkeys([*found.values(), *also]))
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
        by_heading=[m for m in by_heading if m not in settled_by],
    )


def read_agreement(text: str, screen: Callable[[str], bool] | None = None) -> dict[str, ItemReading]:
    """Each § 2 item read from the agreement text."""
    parts = clauses(text, screen)
    readings = {key: read_item(key, parts) for key in reading_spec()["items"]}
    heading_of = {c.named: c.heading for c in parts}
    for key, r in readings.items():
        if r.status != "unsettled" or not r.by_heading:
            continue
        # A clause that settles another item is no bare mention of this one just because it stands under a
        # heading or question that names both («Hvor mye kan jeg jobbe hjemme? To dager i uka.» is the extent).
        elsewhere = {t for k, o in readings.items() if k != key for t in o.settled_by}
        # Nor is a clause under a heading whose section settles another item and not this one: the heading is that
        # item's («Tiden hjemme» over the hours, then «Hjemmearbeidet endrer ikke hvordan årsverket er fordelt»).
        others = {heading_of[t] for t in elsewhere if heading_of.get(t)}
        kept = [
            m
            for m in r.mentioned_by
            if m not in r.by_heading or (m not in elsewhere and heading_of.get(m, "") not in others)
        ]
        if not kept:
            readings[key] = ItemReading(key=key, status="missing", open_facets=r.open_facets)
        else:
            r.mentioned_by = kept
    return readings


def open_text(key: str, reading: ItemReading, lang: str = "nb") -> str:
    """What a partly settled item leaves open, in words («hvem som eier utstyret og …»)."""
    spec = reading_spec()["items"][key]
    names = [spec[f"missing_{lang}"].get(f) or spec["missing_nb"][f] for f in reading.open_facets]
    joiner = " og " if lang == "nb" else " and "
    return joiner.join(names)
