"""An agreement's text split into clauses, each with the heading it stands under.

Headings, run-in headings («Utstyr. PC-en …»), form labels («Prøvetid: …»), questions and the answers that
lean on them, empty fields and the signature block are told apart here, so the reader of the § 2 items
(advisor/tasks/agreement/reading.py) sees sentences with their context, not lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from advisor.tasks.agreement.normalise import is_definition, is_framework, is_nynorsk, normalise, reading_spec

_MARKERS = re.compile(r"\s?\[\d+\]")
_MARKUP = re.compile(r"[*`#>|_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"(]?[A-ZÆØÅ])")
_BARE_NUMBER = re.compile(r"^\d{1,2}\.$")
_HEADING_NUMBER = re.compile(r"^(§\s*)?\d{1,2}(\.\d{1,2})*\.?\s+")
_SECTION_LEAD = re.compile(
    r"^(punkt|pkt\.?|del|kapittel|kap\.?|artikkel|avsnitt|section|part|chapter|article|bilag|vedlegg|appendix)"
    r"\s+([A-Za-z]|[IVX]{1,4}|\d{1,2}(\.\d{1,2})*)\b\.?\s*([–:-]\s*)?",
    re.IGNORECASE,
)
# A short sentence is not a run-in heading: «Taushetsplikten gjelder uendret.» says something.
_FINITE = re.compile(
    r"\b(er|var|blir|gjelder|skal|kan|må|har|får|ligger|is|are|was|will|shall|may|must|can|has|have|applies|apply)\b"
)
# The agreement's own title («Avtale om hjemmekontor», «Home office agreement») heads the whole text, no one item.
_TITLE_MARK = "‹title› "
_BULLET = re.compile(r"^[•◦▪·‣–-]\s+")  # a list bullet is not part of the clause it names
# «Label: value» on one line (a form field, «Prøvetid: De to første …»): the label is a heading for its own line.
# A form's field code before its label («B10 Prøvetid:», «C4 …»): the field's number, no word of it.
_CODE = r"(?:[A-ZÆØÅ]{1,2}\d{1,2}(?:\.\d{1,2})?[.)]?\s+)?"
_FIELD = re.compile(rf"^{_CODE}(?P<label>[^\d:?!.]{{1,40}}?)\s*:\s+(?P<value>\S.*)$")
# «Label:» with nothing after it: a form field left empty, or a heading for the lines below it.
_EMPTY_FIELD = re.compile(rf"^{_CODE}(?P<label>[^\d:?!.]{{1,40}}?)\s*:\s*$")
_EMPTY_MARK = " ‹tom›"
# A template's guidance on a line of its own, in brackets («[Angi hvem som eier utstyret …]», «(Skriv inn arbeidstiden …)»,
# «[State who owns …]»): it tells the parties what to write, it is no term of theirs.
_GUIDANCE = re.compile(
    r"^[ \t]*[\[(][ \t]*(angi|oppgi|beskriv|skriv|fyll|før\s+opp|velg|kryss|sett\s+inn|state|describe|enter|insert|"
    r"specify|fill|list|write|give|set\s+out)\b[^\]\)\n]*[\])][ \t]*\n",
    re.IGNORECASE | re.MULTILINE,
)
# A form's fill-in instruction in its label, when the field has been filled in («Periode (fylles ut hvis midlertidig):
# fra … til …»): the instruction is the form's, the value is the agreement (left empty, the field still settles nothing).
_INSTRUCTION = re.compile(
    r"[ \t]*[(\[][ \t]*(fylles\s+ut|fyll\s+ut|fylles\s+inn|fyll\s+inn|settes\s+inn|skal\s+fylles|complete|fill\s+in|"
    r"to\s+be\s+(filled\s+in|completed))\b[^)\]\n]{0,80}[)\]](?=[ \t]*:[ \t]*[^\s_.…])",
    re.IGNORECASE,
)  # read by the `unsettled` rule: an empty field settles nothing
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
# The mark before an answer in a questions-and-answers form («Sv.:», «Svar:», «A:», «Answer:»).
_ANSWER_MARK = re.compile(r"^(sv|svar|a|answer)\s*[.:]\s*")
_MAIL_SUBJECT = re.compile(r"^(emne|subject)\s*:", re.IGNORECASE)
_FIELD_LINE = re.compile(rf"^{_CODE}[^\d:?!.]{{1,40}}:(\s|$)")  # a field, filled or empty


@dataclass(frozen=True)
class Clause:
    """One clause of an agreement, as written and lower-cased, with its heading."""

    text: str  # as written, markup removed
    low: str  # lower-cased and normalised (bokmål forms, cited dates masked)
    heading: str  # the heading it stands under, lower-cased ("" if none)
    block: int = 0  # the line it stands on: a pronoun refers back only within its line
    value: str = ""  # what the facets are read from: `low` without a field's label ("" = all of `low`)
    prev: str = ""  # the clause before it in the same paragraph (no heading between), normalised ("" if first)
    labelled: bool = False  # its heading ends with its own field label («Utstyr: …»), which is no section of its own
    line: str = ""  # the whole field it is part of («Hjemme: mandager. Resten av uka …»), named in its place

    @property
    def named(self) -> str:
        """What the report names for this clause: the whole field it stands in, else the clause itself."""
        return self.line or self.text

    @property
    def said(self) -> str:
        """The normalised text the facets are read from."""
        return self.value or self.low


def _is_heading(line: str, heads: bool = False) -> bool:
    """A line that only names a subject: short, no sentence end, no «:» with content after it. A list item says
    something («• hjemme tirs + tors»), however short, unless lines set in under it (`heads`) are its content."""
    raw = line.strip()
    if raw.startswith("#"):
        return True
    if _BULLET.match(raw) and not heads:
        return False
    text = _HEADING_NUMBER.sub("", _MARKUP.sub(" ", raw)).strip()
    # a section's own number («Punkt 3 –», «DEL C», «Section 2:», «Kapittel 4.») is no word of the heading
    text = _SECTION_LEAD.sub("", text).strip()
    if not text or text.endswith((".", "!", "?", ";")) or re.search(r"[:?]\s*\S", text):
        return False  # a sentence, a field with its value, or a question with its answer («Prøvetid? Nei»)
    words = text.split()
    # a line in capitals is a section heading even when it names several items («VARIGHET, PRØVETID, ENDRING OG …»)
    shouting = sum(c.isupper() for c in text) > 0.8 * sum(c.isalpha() for c in text)
    return len(words) <= (12 if shouting else 6) and not re.search(r"\d{1,2}[.:]\d{2}|\d{4}", text)


@cache
def _topics() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(v["topic"]) for v in reading_spec()["items"].values())


def _topical(low: str) -> bool:
    """Whether a (normalised) label or question is about any one § 2 item."""
    return any(topic.search(low) for topic in _topics())


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
    low = _ANSWER_MARK.sub("", low)
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


# A sentence begun in lower case, as chat writes («… svar innen en halvtime. etter arbeidstid er du ikke på»): a full
# stop after a word that is no abbreviation («ca.», «kl.», «evt.», «f.eks.», «tirs.», «jan.») ends the sentence too.
_LOWER_START = re.compile(r"(?<=[\wæøå–-]{2}[.!?])\s+(?=[a-zæøå]{2})")
_ABBREVIATED = frozenset({
    "ca", "kl", "nr", "jf", "jfr", "pkt", "evt", "inkl", "ekskl", "iht", "mht", "vedr", "pga", "dvs", "osv", "etc",
    "vs", "approx", "avd", "tlf", "stk", "ang", "mnd", "mndr", "min", "sek", "tirs", "tors", "ons", "fre", "man",
    "lør", "søn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec",
    "mon", "tue", "wed", "thu", "thurs", "fri", "sat", "sun", "eks", "mv", "mfl", "adm", "ref", "dr", "mr", "mrs",
    "ms", "kr", "no", "hhv", "bl", "resp", "el", "ev", "prof", "st", "co", "ltd", "inc",
})  # fmt: skip


_MONTH_WORD = re.compile(r"(jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)")


def _lower_sentences(piece: str) -> list[str]:
    out: list[str] = []
    for part in _LOWER_START.split(piece):
        last = re.search(r"([\wæøå.–-]+)[.!?]$", out[-1]) if out else None
        word = last.group(1).lower() if last else ""
        date = re.search(r"\d$", word) and _MONTH_WORD.match(part)
        if out and (not word or "." in word or word.isdigit() or word in _ABBREVIATED or date):
            out[-1] = f"{out[-1]} {part}"  # «ca. to dager», «f.eks. en skjerm», «1. feb–31. des»: one sentence
        else:
            out.append(part)
    return out


def _pieces(line: str) -> list[str]:
    pieces: list[str] = []
    for piece in (p for whole in _SENTENCE_END.split(line) for p in _lower_sentences(whole)):
        piece = piece.strip()
        if pieces and _BARE_NUMBER.match(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        elif piece:
            pieces.append(piece)
    return pieces


# A Markdown table: a row of cells, and the rule under its header row («|---|---|»).
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|[\s:|-]*-[\s:|-]*\|?\s*$")


# A table row without the outer bars: a Word table as the document loader writes it («Prøvetid | Tre måneder»), or a
# table copied as text with tabs between its cells («Prøvetid<TAB>Tre måneder»).
_INNER_ROW = re.compile(r"^\s*[^|\s][^|]*?(?:\s\|(?:\s[^|]*?)?)+\s*$")
_TAB_ROW = re.compile(r"^\s*[^\t\s][^\t]*\t")


def _barred(line: str) -> str:
    """A table row written with inner bars or tabs, as a Markdown row («| Prøvetid | Tre måneder |»)."""
    if _TABLE_ROW.match(line) or _TABLE_RULE.match(line):
        return line
    if _INNER_ROW.match(line):
        cells = [c.strip() for c in line.split(" |")]
    elif _TAB_ROW.match(line):
        cells = [c.strip() for c in line.split("\t")]
    else:
        return line
    return "| " + " | ".join(c.lstrip("| ").strip() for c in cells) + " |"


def _table_rows(text: str) -> str:
    """Each Markdown table row as the field it is: «| Prøvetid | Ingen egen prøvetid |» → «Prøvetid: Ingen egen
    prøvetid», an empty cell an empty field («Prøvetid:»), a question in the first cell a question and its answer.
    The header row names the columns: it is no agreement, but a cell is read with its column's name («| PC |
    firmaet | IT |» under «| Utstyr | Hvem eier det | Drift |» → «PC: Hvem eier det firmaet; Drift IT»); a cell
    left empty or dashed says nothing, and nor does its column's name."""
    lines = [_barred(line) for line in text.splitlines()]
    out: list[str] = []
    header: list[str] = []
    for i, line in enumerate(lines):
        row = _TABLE_ROW.match(line)
        if _TABLE_RULE.match(line):
            continue
        if not row:
            out.append(line)
            header = []
            continue
        cells = [c.strip() for c in row.group("cells").split("|")]
        if i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            header = cells  # the header row: column names, no agreement
            continue
        said = [(n, c) for n, c in enumerate(cells[1:], 1) if c.strip(" –—-")]
        # a column's name is read when the table has several columns of values, or when it says what its cells
        # are («Eier»); a plain «Avtalt» / «Slik har vi avtalt det» over the one column of values says nothing
        named = len(header) == len(cells) and all(header[1:]) and (len(cells) > 2 or _says_facet(header[1]))
        label = cells[0]
        value = ("; " if named else " ").join(f"{header[n]} {c}" if named else c for n, c in said)
        if label.endswith("?") or not label:
            out.append(f"{label} {value}".strip())
        else:
            out.append(f"{label}: {value}" if value else f"{label}:")
    return "\n".join(out)


@cache
def _facets() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rx) for v in reading_spec()["items"].values() for rx in v["facets"].values())


def _says_facet(name: str) -> bool:
    """Whether a column's name says one thing an item needs («Eier», «Owned by», «Vedlikehold»)."""
    low = normalise(name.lower())
    return any(rx.search(low) for rx in _facets())


# A form's tick boxes: «[x]», «☒» mark the option agreed; «[ ]», «☐» one that was not chosen.
_BOX = re.compile(r"(\[[ xX✓✔]\]|\([ xX]\)|[☐□☒☑])")
_EMPTY_BOX = ("[ ]", "( )", "☐", "□")


def _ticked(text: str) -> tuple[str, dict[str, str]]:
    """Each line with the options not ticked left out and the boxes of the ticked ones dropped: «Prøvetid: [ ] Ja,
    tre måneder [x] Nei» → «Prøvetid: Nei». A line with boxes none of which is ticked keeps only its label. Also
    returns each changed line (whitespace collapsed) with the line as written, which the report names."""
    out: list[str] = []
    written: dict[str, str] = {}
    for line in text.splitlines():
        parts = _BOX.split(line)
        if len(parts) == 1:
            out.append(line)
            continue
        kept = [parts[0].rstrip()] + [
            t.strip() for box, t in zip(parts[1::2], parts[2::2], strict=True) if box not in _EMPTY_BOX
        ]
        out.append(line[: _indent(line)] + " ".join(k for k in kept if k))  # an option set in under its label stays so
        written[_flat(out[-1])] = _flat(line)
    return "\n".join(out), written


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _flat(line: str) -> str:
    return _BULLET.sub("", " ".join(_MARKUP.sub(" ", line).split()))


def clauses(text: str, screen: Callable[[str], bool] | None = None) -> list[Clause]:
    """The agreement's sentences and lines with the heading each stands under.

    `screen(lower_cased_sentence)` True marks text addressed to a machine (an injected instruction):
    that sentence and the rest of its paragraph are not agreement text. A question on a line of its
    own heads its answer, and an answer that leans on it («Firmaet.», «Ja, de tre første månedene.»)
    is read together with it; a form field's label heads its value (a Markdown table row is such a field);
    a tick-box option that is not ticked is no part of the agreement;
    an empty field settles nothing;
    a place-and-date line (the signatures) settles nothing and closes the section above it.
    """
    nynorsk = is_nynorsk(text)

    def norm(low: str) -> str:
        return normalise(low, nynorsk)

    out: list[Clause] = []
    heading = ""
    block = 0
    ticked, written = _ticked(_MARKERS.sub("", _INSTRUCTION.sub("", _GUIDANCE.sub("", text))))
    paragraphs = [p.splitlines() for p in re.split(r"\n\s*\n", _table_rows(ticked))]
    question = ""  # the question the next line answers (its answer may follow after a blank line)
    section = ""  # the heading a question's heading stands in for, restored once its answer is read
    answered = False
    asked_in_subject = False  # the question is an e-mail's subject: only a short answer leans on it
    for k, lines in enumerate(paragraphs):
        blocked = False
        last = ""  # the clause before, in this paragraph: a line can point back to the line above it
        if answered:  # a question heads its answer, not the paragraphs after it
            heading, answered = section, False
        for n, raw in enumerate(lines):
            block += 1
            if blocked or not raw.strip():
                continue
            if screen is not None and screen(raw.lower()):
                blocked = True  # text addressed to a machine: it and the rest of its paragraph are not agreement text
                continue
            flat = _flat(raw)
            if _SIGNATURE.match(flat) or _SIGN_FIELD.match(flat):
                heading = section = ""  # the signatures: nothing below them belongs to the section above
                continue
            empty = _EMPTY_FIELD.match(flat)
            later = [ln.strip() for ln in lines[n + 1 :] + [ln for p in paragraphs[k + 1 :] for ln in p] if ln.strip()]
            below = next((ln for ln in lines[n + 1 :] if ln.strip()), "")
            options = _indent(below) > _indent(raw)  # lines set in under the label are its options, not other fields
            if empty and (
                not later
                or (_FIELD_LINE.match(later[0]) and not options)
                or _SIGNATURE.match(later[0])
                or _SIGN_FIELD.match(later[0])
            ):
                # a form field left empty («Prøveperiode:») before another field or the signatures: it heads nothing
                low = norm(flat.lower())
                out.append(Clause(text=flat, low=low + _EMPTY_MARK, heading=heading, block=block))
                continue
            if _MAIL_SUBJECT.match(flat):
                # an e-mail's subject line is the message's title, even when it asks («Emne: SV: Hjemmekontor – hva må
                # vi skrive ned?»): it heads the message as a title, about no one item; only a short answer leans on it
                heading = section = _TITLE_MARK + norm(flat.lower())
                question, asked_in_subject = (flat, True) if _is_question(flat) else ("", False)
                last = ""
                continue
            if _is_question(flat) and len(_pieces(flat)) == 1:
                if later and not _is_question(later[0]):
                    heading = norm(flat.lower())  # a question heads its answer
                    question = flat
                else:  # a question nobody answers («Hvem eier utstyret?») asks; it settles nothing
                    low = norm(flat.lower())
                    out.append(
                        Clause(text=flat, low=low + _EMPTY_MARK, heading=heading, block=block, value=_EMPTY_MARK)
                    )
                continue
            if _is_heading(raw, options):
                heading = norm(" ".join(_MARKUP.sub(" ", raw).split()).lower())
                if block == 1 and not _HEADING_NUMBER.match(raw.strip().lstrip("#").strip()):
                    heading = _TITLE_MARK + heading  # the document's first line is its title, about no one item
                section = heading
                last = ""
                continue
            pieces = _pieces(flat)
            line_heading = heading
            inline = len(pieces) > 1 and _is_question(pieces[0])
            if inline:  # «Prøvetid? Ja, juni og juli.»: a question and its answer on one line, read as above
                question, pieces = pieces[0], pieces[1:]
                line_heading = norm(question.lower())
            first = pieces[0].rstrip(".") if pieces else ""
            labelled = False
            field_match = None if inline else _FIELD.match(flat)
            if field_match and len(field_match.group("label").split()) <= 5:
                label = norm(field_match.group("label").lower())
                if _topical(label):  # «Prøvetid: De to første månedene …» — the label heads its line, under its section
                    line_heading = f"{heading} / {label}" if heading else label
                    labelled = True
            elif not question and len(pieces) > 1 and _is_run_in_heading(first):
                # a run-in heading («Equipment. The laptop …») heads the rest of its line; it is still read as a clause
                line_heading = norm(pieces[0].rstrip(".").lower())
            # A field's value is one answer, however many sentences it has: the report names the whole field. A
            # sentence led in by words and a colon («som avtalt i går: du kan …») is no field: its sentences are named.
            whole = bool(
                field_match and labelled and len(pieces) > 1 and not (screen and any(screen(p.lower()) for p in pieces))
            )
            prev = last
            for i, piece in enumerate(pieces):
                if screen is not None and screen(piece.lower()):
                    blocked = True
                    break
                low = norm(piece.lower())
                if is_definition(low) or is_framework(low):
                    continue  # a definition of a word, or whom a framework covers, settles no item
                if piece.endswith("?"):  # a question asks; it settles nothing («Hvem eier det?»)
                    out.append(
                        Clause(text=piece, low=low + _EMPTY_MARK, heading=line_heading, block=block, value=_EMPTY_MARK)
                    )
                    continue
                shown = piece
                # «Mondays and Thursdays.» under «… which days?»: a subject line is answered only in a few words
                short = not asked_in_subject or len(piece.split()) <= 8
                if i == 0 and question and short and _leans_on_question(low):
                    # an answer that leans on its question is read with it
                    shown = f"{question} {piece}"
                    low = norm(question.lower()) + " " + _filled(norm(question.lower()), low)
                out.append(
                    Clause(
                        text=shown,
                        low=low,
                        heading=line_heading,
                        block=block,
                        prev=prev,
                        labelled=labelled,
                        line=written.get(flat) or (flat if whole else ""),
                    )
                )
                prev = low
            last = prev
            if question:
                answered = True
            question, asked_in_subject = "", False
    return out
