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

from advisor.tasks.agreement.normalise import is_definition, is_framework, normalise, reading_spec

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
_ANAPHOR = re.compile(
    r"\b(den|dem|disse|them|it|they|these|those)\b|^(de|det)\s+(er|blir|forblir|skal|må|kan|tilhører|eies|har)\b|"
    r"^(begge\s+deler|alt\s+dette|both(\s+of\s+them)?|all\s+of\s+it)\b"
)
# «Label: value» on one line (a form field, «Prøvetid: De to første …»): the label is a heading for its own line.
_FIELD = re.compile(r"^(?P<label>[^\d:?!.]{1,40}?)\s*:\s+(?P<value>\S.*)$")
# «Label:» with nothing after it: a form field left empty, or a heading for the lines below it.
_EMPTY_FIELD = re.compile(r"^(?P<label>[^\d:?!.]{1,40}?)\s*:\s*$")
_EMPTY_MARK = " ‹tom›"  # read by the `unsettled` rule: an empty field settles nothing
# A place-and-date line, with or without the names that sign under it: it settles nothing and closes the section.
# A field for the date, place or signatures of the agreement: «Dato: 20. mars 2027», «Underskrift arbeidsgiver: …».
_SIGN_FIELD = re.compile(
    r"^(dato|date|sted(\s+og\s+|/)dato|place(\s+and\s+|/)date|signert|signed|underskrift\w*|signatur\w*|signature\w*)\b"
    r"[^:]{0,30}:|^(signert|signed|undertegnet|underskrevet)\b.{0,40}\b\d{4}\b",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^[A-ZÆØÅ][\wæøåÆØÅ .'-]{1,40},\s+(?:den\s+)?(?:\d{1,2}\.?\s*[A-Za-zæøå]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|"
    r"[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})(?!\s*[,:]?\s*[a-zæøå])"
)
# An answer that leans on its question («Hvem eier utstyret?» — «Firmaet.», «Ja, de tre første månedene.»).
_ELLIPTIC = re.compile(r"^(ja|nei|yes|no)\b")
_FIELD_LINE = re.compile(r"^[^\d:?!.]{1,40}:\s")


@dataclass(frozen=True)
class Clause:
    """One clause of an agreement, as written and lower-cased, with its heading."""

    text: str  # as written, markup removed
    low: str  # lower-cased and normalised (bokmål forms, cited dates masked)
    heading: str  # the heading it stands under, lower-cased ("" if none)
    block: int = 0  # the line it stands on: a pronoun refers back only within its line
    value: str = ""  # what the facets are read from: `low` without a field's label ("" = all of `low`)
    prev: str = ""  # the clause before it on the same line, normalised ("" if first)
    labelled: bool = False  # its heading ends with its own field label («Utstyr: …»), which is no section of its own

    @property
    def said(self) -> str:
        """The normalised text the facets are read from."""
        return self.value or self.low


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
        if v.get("mask"):
            items[key][1]["_mask"] = re.compile(v["mask"])
    return re.compile(spec["unsettled"]), items


@cache
def _trial_scope() -> tuple[re.Pattern[str], re.Pattern[str]]:
    scope = reading_spec()["trial_scope"]
    return re.compile(scope["within"]), re.compile(scope["back"])


def _in_trial(c: Clause) -> bool:
    """Whether a whole clause speaks of the trial period only: a right to leave during the trial is not item 5.

    It points back to the trial («Da …», «Passer det ikke, …», «I den perioden …», «Mens den varer …») and
    follows a sentence about the trial on its line, or stands under the trial's heading or field label (one
    that does not also name changes or termination). A plain change right under a trial heading still counts.
    Parts of a clause are judged by `_trial_part`.
    """
    _, items = _compiled()
    trial, change = items["p2_6_provetid"][0], items["p2_5_endring_oppsigelse"][0]
    _, back = _trial_scope()
    if _trial_after().search(c.low):
        return False  # «Etter prøvetiden kan begge si opp …» is the agreement's own change right
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
    return bool(items["p2_6_provetid"][0].search(c.low) and (_trial_inline().search(part) or back.search(part)))


@cache
def _trial_after() -> re.Pattern[str]:
    return re.compile(reading_spec()["trial_scope"]["after"])


@cache
def _trial_inline() -> re.Pattern[str]:
    return re.compile(reading_spec()["trial_scope"]["inline"])


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


def _topical(low: str) -> bool:
    """Whether a (normalised) label or question is about any one § 2 item."""
    _, items = _compiled()
    return any(topic.search(low) for topic, _ in items.values())


# A sentence with a person in it is no run-in heading («Du jobber hjemmefra tirsdager.»).
_PERSON = re.compile(r"\b(jeg|du|han|hun|vi|dere|de|man|i|you|he|she|we|they)\b")


# Norwegian main clauses put the finite verb second («Hjemmekontoret inngår i …»); a heading has none there.
_V2_VERB = re.compile(
    r"^\S+\s+(?!(?:for|over|under|etter|eller|hver|per|mer|fler|der|her|ifr)\b)[a-zæøå]{1,}(?:er|ar|ir|år|es)\b"
)


def _is_run_in_heading(first: str) -> bool:
    """Whether the first sentence of a line is a run-in heading («Equipment. The laptop …»): a short noun phrase."""
    low = normalise(first.lower())
    return (
        _is_heading(first)
        and not _FINITE.search(low)
        and not _PERSON.search(low)
        and not _V2_VERB.search(re.sub(r"[^\w\s-]", " ", low))
    )


_HOW_MANY = re.compile(r"\b(?:hvor\s+mange|how\s+many)\s+(\w+)")
_COUNT = re.compile(
    r"^(?:ja,?\s+|yes,?\s+)?(en|én|ett|to|tre|fire|fem|one|two|three|four|five|\d+)\b(?!\s+\w*(?:dag|day))"
)


_NUMBER_WORD = re.compile(r"^(\d+([.,]\d+)?|en|én|ett|to|tre|fire|fem|seks|one|two|three|four|five|six)$")
_EN_VERB_3RD = re.compile(r"^(the|our|your|their|a|an|this|that)\s+\S+\s+[a-z]+(s|es)\b")


def _leans_on_question(low: str) -> bool:
    """Whether an answer cannot be read without its question: «Firmaet.», «To dager i uka.», «Ja, de tre
    første månedene.», «Skriftlig, med en måneds varsel.» — a yes or no, or words without a verb. «Bakeriet gir
    deg en PC.» stands alone."""
    if _ELLIPTIC.search(low):
        return True
    words = re.sub(r"[^\w\s.:-]|[.:](?!\d)", " ", low).split()
    if not words or len(words) > 20 or _FINITE.search(low) or _EN_VERB_3RD.search(" ".join(words)):
        return False
    return bool(_NUMBER_WORD.match(words[0])) or not _V2_VERB.search(" ".join(words))


def _filled(question: str, answer: str) -> str:
    """An answer with the noun its question counts put back: «Hvor mange dager …? — Tre i uka.» → «tre dager i uka»."""
    noun = _HOW_MANY.search(question)
    count = _COUNT.search(answer)
    if not noun or not count:
        return answer
    return answer[: count.end()] + " " + noun.group(1) + answer[count.end() :]


def _is_question(raw: str) -> bool:
    return raw.rstrip().endswith("?") and len(raw.split()) <= 16


def _pieces(line: str) -> list[str]:
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(line):
        piece = piece.strip()
        if pieces and _BARE_NUMBER.match(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        elif piece:
            pieces.append(piece)
    return pieces


def clauses(text: str, screen: Callable[[str], bool] | None = None) -> list[Clause]:
    """The agreement's sentences and lines with the heading each stands under.

    `screen(lower_cased_sentence)` True marks text addressed to a machine (an injected instruction):
    that sentence and the rest of its paragraph are not agreement text. A question on a line of its
    own heads its answer, and an answer that leans on it («Firmaet.», «Ja, de tre første månedene.»)
    is read together with it; a form field's label heads its value; an empty field settles nothing;
    a place-and-date line (the signatures) settles nothing and closes the section above it.
    """
    out: list[Clause] = []
    heading = ""
    block = 0
    paragraphs = [p.splitlines() for p in re.split(r"\n\s*\n", _MARKERS.sub("", text))]
    question = ""  # the question the next line answers (its answer may follow after a blank line)
    section = ""  # the heading a question's heading stands in for, restored once its answer is read
    answered = False
    for k, lines in enumerate(paragraphs):
        blocked = False
        if answered:  # a question heads its answer, not the paragraphs after it
            heading, answered = section, False
        for n, raw in enumerate(lines):
            block += 1
            if blocked or not raw.strip():
                continue
            if screen is not None and screen(raw.lower()):
                blocked = True  # text addressed to a machine: it and the rest of its paragraph are not agreement text
                continue
            flat = _BULLET.sub("", " ".join(_MARKUP.sub(" ", raw).split()))
            if _SIGNATURE.match(flat) or _SIGN_FIELD.match(flat):
                heading = section = ""  # the signatures: nothing below them belongs to the section above
                continue
            empty = _EMPTY_FIELD.match(flat)
            later = [ln.strip() for ln in lines[n + 1 :] + [ln for p in paragraphs[k + 1 :] for ln in p] if ln.strip()]
            if empty and (
                not later or _FIELD_LINE.match(later[0]) or _SIGNATURE.match(later[0]) or _SIGN_FIELD.match(later[0])
            ):
                # a form field left empty («Prøveperiode:») before another field or the signatures: it heads nothing
                low = normalise(flat.lower())
                out.append(Clause(text=flat, low=low + _EMPTY_MARK, heading=heading, block=block))
                continue
            if _is_question(flat) and len(_pieces(flat)) == 1:
                if later and not _is_question(later[0]):
                    heading = normalise(flat.lower())  # a question heads its answer
                    question = flat
                else:  # a question nobody answers («Hvem eier utstyret?») asks; it settles nothing
                    low = normalise(flat.lower())
                    out.append(
                        Clause(text=flat, low=low + _EMPTY_MARK, heading=heading, block=block, value=_EMPTY_MARK)
                    )
                continue
            if _is_heading(raw):
                heading = normalise(" ".join(_MARKUP.sub(" ", raw).split()).lower())
                if block == 1 and not _HEADING_NUMBER.match(raw.strip().lstrip("#").strip()):
                    heading = _TITLE_MARK + heading  # the document's first line is its title, about no one item
                section = heading
                continue
            pieces = _pieces(flat)
            line_heading = heading
            inline = len(pieces) > 1 and _is_question(pieces[0])
            if inline:  # «Prøvetid? Ja, juni og juli.»: a question and its answer on one line, read as above
                question, pieces = pieces[0], pieces[1:]
                line_heading = normalise(question.lower())
            first = pieces[0].rstrip(".") if pieces else ""
            labelled = False
            field_match = None if inline else _FIELD.match(flat)
            if field_match and len(field_match.group("label").split()) <= 5:
                label = normalise(field_match.group("label").lower())
                if _topical(label):  # «Prøvetid: De to første månedene …» — the label heads its line, under its section
                    line_heading = f"{heading} / {label}" if heading else label
                    labelled = True
            elif not question and len(pieces) > 1 and _is_run_in_heading(first):
                # a run-in heading («Equipment. The laptop …») heads the rest of its line; it is still read as a clause
                line_heading = normalise(pieces[0].rstrip(".").lower())
            prev = ""
            for i, piece in enumerate(pieces):
                if screen is not None and screen(piece.lower()):
                    blocked = True
                    break
                low = normalise(piece.lower())
                if is_definition(low) or is_framework(low):
                    continue  # a definition of a word, or whom a framework covers, settles no item
                if piece.endswith("?"):  # a question asks; it settles nothing («Hvem eier det?»)
                    out.append(
                        Clause(text=piece, low=low + _EMPTY_MARK, heading=line_heading, block=block, value=_EMPTY_MARK)
                    )
                    continue
                shown = piece
                if i == 0 and question and _leans_on_question(low):
                    # an answer that leans on its question is read with it
                    shown = f"{question} {piece}"
                    low = normalise(question.lower()) + " " + _filled(normalise(question.lower()), low)
                out.append(Clause(text=shown, low=low, heading=line_heading, block=block, prev=prev, labelled=labelled))
                prev = low
            if question:
                answered = True
            question = ""
    return out


def read_item(key: str, parts: list[Clause]) -> ItemReading:
    """How far the clauses settle one item."""
    unsettled, items = _compiled()
    topic, facets = items[key]
    found: dict[str, str] = {}
    found_block: dict[str, int] = {}
    also: list[str] = []  # further clauses on the same line that say the same facet («To dager i uka. Du velger …»)
    mentioned: list[str] = []
    by_heading: list[str] = []
    # Another item's topic, read as that item reads it («på hjemmedagene» is no extent, so no other item).
    others = [(rx, f.get("_mask")) for k, (rx, f) in items.items() if k != key]
    context = facets.get("_context")
    not_about = facets.get("_not_about")
    mask = facets.get("_mask")
    skip_trial = bool(reading_spec()["items"][key].get("not_in_trial"))
    facets = {k: v for k, v in facets.items() if k not in ("_context", "_not_about", "_mask")}
    topical_block = -1  # the line of the last clause about the item
    for c in parts:
        low, said_text = c.low, c.said
        if mask is not None:
            low, said_text = mask.sub(" ", low), mask.sub(" ", said_text)
        own_topic = bool(topic.search(low))
        if not own_topic and c.block == topical_block and _ANAPHOR.search(low):
            own_topic = True  # «… er firmaets. IT-partneren installerer den og bytter den ut.»
        if context is not None and not (
            context.search(low) or context.search(c.heading) or (own_topic and c.block == topical_block)
        ):
            continue
        if not_about is not None and not_about.search(low):
            continue  # the item's word used for something else («prøvetiden i arbeidsforholdet»)
        if skip_trial and _in_trial(c):
            continue  # a right to leave during the trial period is the trial's, not the agreement's change right
        # Under a heading about the item, a clause counts only if its own words are not about another item.
        if not own_topic and (
            not topic.search(c.heading) or any(rx.search(m.sub(" ", c.low) if m else c.low) for rx, m in others)
        ):
            continue
        if own_topic:
            topical_block = c.block
        said = _labels().sub(" ", said_text)  # the regulation's own item names settle nothing
        settled_parts = [p for p in _PARTS.split(said) if p.strip() and not unsettled.search(p)]
        if skip_trial:
            settled_parts = [p for p in settled_parts if not _trial_part(c, p)]
        hit = False
        for name, rx in facets.items():
            if any(rx.search(p) for p in settled_parts):
                if name not in found:
                    found[name], found_block[name] = c.text, c.block
                elif found_block[name] == c.block and c.text not in found.values():
                    also.append(c.text)
                hit = True
        section = c.heading.rpartition(" / ")[0] if c.labelled else c.heading  # a line's own label is not its section
        item_heading = bool(topic.search(section)) and not _TITLE.search(section)
        if not hit and own_topic and (unsettled.search(low) or item_heading):
            # A deferral («avklares senere»), or the item's own section saying nothing that settles it.
            if unsettled.search(low):
                mentioned.insert(sum(1 for m in mentioned if m not in by_heading), c.text)  # deferrals first
            else:
                mentioned.append(c.text)
                by_heading.append(c.text)
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
    for key, r in readings.items():
        if r.status != "unsettled" or not r.by_heading:
            continue
        # A clause that settles another item is no bare mention of this one just because it stands under a
        # heading or question that names both («Hvor mye kan jeg jobbe hjemme? To dager i uka.» is the extent).
        elsewhere = {t for k, o in readings.items() if k != key for t in o.settled_by}
        kept = [m for m in r.mentioned_by if m not in r.by_heading or m not in elsewhere]
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
