"""Documents fit to sign or send: a cited draft as a clean Word file.

The body holds only what the signer or the recipient reads: headings and clean sentences, no «[n]»
markers. The sources go where a reviewer looks for them: an appendix «Kilder og merknader»
(«Sources and notes») after the signatures, with, per section, the notes that are not contract
text («Punktet er påkrevd etter …») and the sources it rests on, then the sources numbered once per
passage (several quotes from one passage are one source). Open fields «[fyll inn …]» are
highlighted; dates that have passed are listed in a box at the top, so no past date goes unseen.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from advisor.core.dates import FoundDate, past_dates
from advisor.core.models import Citation, CitedDraft

_MARKERS = re.compile(r"\s*\[(\d+)\](?:\s*\[(\d+)\])*")
_ONE_MARKER = re.compile(r"\[(\d+)\]")
_PLACEHOLDER = re.compile(r"\[(?:fyll inn|legg ved|fill in|attach)[^\]]*\]")
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

LABELS = {
    "nb": {
        "appendix": "Kilder og merknader",
        "appendix_intro": "Vedlegget er ikke en del av avtaleteksten. Det viser hva hvert punkt bygger på, "
        "med sitat fra kildene, slik at den som leser gjennom kan kontrollere det.",
        "notes": "Merknader til punktene",
        "sources": "Kilder",
        "based_on": "Bygger på kilde {ns}.",
        "quote": "Sitat",
        "verified": "sitatet er kontrollert ordrett mot kilden",
        "not_verified": "sitatet er ikke bekreftet ordrett i kilden",
        "unverified": "UNVERIFIED: kildens ordlyd er ikke kontrollert mot en primærkopi",
        "past_heading": "Datoer som er passert",
        "past_line": "{written} er passert (i dag er {today}). Gjelder datoen noe som skal skje, må den endres før "
        "dokumentet brukes: «{context}»",
        "quoted_nb": "sitat på norsk",
    },
    "en": {
        "appendix": "Sources and notes",
        "appendix_intro": "This appendix is not part of the text to be signed. It shows what each part rests on, "
        "quoting the sources, so that a reviewer can check it.",
        "notes": "Notes on each part",
        "sources": "Sources",
        "based_on": "Rests on source {ns}.",
        "quote": "Quote",
        "verified": "the quote was checked verbatim against the source",
        "not_verified": "the quote was not confirmed verbatim in the source",
        "unverified": "UNVERIFIED: the source's wording has not been checked against a primary copy",
        "past_heading": "Dates that have passed",
        "past_line": "{written} has passed (today is {today}). If the date is for something still to happen, change "
        "it before the document is used: “{context}”",
        "quoted_nb": "quoted in Norwegian",
    },
}


def label(key: str, lang: str = "nb", **values: object) -> str:
    """A label of the exported documents in `lang` (bokmål fallback)."""
    text = LABELS.get(lang, LABELS["nb"]).get(key) or LABELS["nb"][key]
    return text.format(**values) if values else text


def markers_of(line: str) -> list[int]:
    """The citation numbers a line carries, in order."""
    return [int(n) for n in _ONE_MARKER.findall(line)]


def clean_line(line: str) -> str:
    """A cited line without its «[n]» markers: «Tekst [1] [2].» → «Tekst.»"""
    return _MARKERS.sub("", line).strip()


@dataclass
class Source:
    """One passage cited by a document, numbered once, with every quote taken from it."""

    number: int
    passage_id: str
    ref: str
    title: str
    url: str = ""
    date: str = ""
    status: str = "verified"
    quotes: list[str] = field(default_factory=list)
    verified: bool = True


def grouped_sources(citations: Iterable[Citation]) -> tuple[list[Source], dict[int, int]]:
    """The citations grouped by passage (one number per passage, in order of first use), and the
    mapping from each old citation number to its passage's number."""
    by_passage: dict[str, Source] = {}
    renumber: dict[int, int] = {}
    for c in sorted(citations, key=lambda c: c.n):
        src = by_passage.get(c.passage_id)
        if src is None:
            src = Source(
                number=len(by_passage) + 1,
                passage_id=c.passage_id,
                ref=c.ref,
                title=c.title,
                url=c.url,
                date=c.date,
                status=c.status,
            )
            by_passage[c.passage_id] = src
        if c.quote not in src.quotes:
            src.quotes.append(c.quote)
        src.verified = src.verified and c.verified
        renumber[c.n] = src.number
    return list(by_passage.values()), renumber


@dataclass
class Part:
    """A section of the clean document: its heading, the body lines, the notes moved out of the
    body, and the (grouped) source numbers the section rests on."""

    heading: str
    lines: list[str]
    notes: list[str]
    sources: list[int]


NoteTest = Callable[[str], bool]


def clean_parts(draft: CitedDraft, is_note: NoteTest | None = None) -> tuple[list[Part], list[Source]]:
    """The draft as clean parts (no markers in any line) and its grouped sources."""
    sources, renumber = grouped_sources(draft.citations)
    parts: list[Part] = []
    for s in draft.sections:
        lines: list[str] = []
        notes: list[str] = []
        used: list[int] = []
        for raw in s.lines:
            for n in markers_of(raw):
                m = renumber.get(n)
                if m is not None and m not in used:
                    used.append(m)
            text = clean_line(raw)
            if not text:
                continue
            (notes if is_note and is_note(text) else lines).append(text)
        parts.append(Part(heading=s.heading, lines=lines, notes=notes, sources=sorted(used)))
    return parts, sources


def past_date_flags(
    parts: list[Part], title: str = "", notice: str = "", today: date | None = None, lang: str = "nb"
) -> list[str]:
    """One warning per past date written in the document body (dates of laws and decisions aside)."""
    from advisor.core.dates import long_date

    today = today or date.today()
    shown_today = long_date(today, lang)
    flags: list[str] = []
    seen: set[tuple[str, str]] = set()
    for text in [title, notice, *(x for p in parts for x in [p.heading, *p.lines])]:
        for f in past_dates(text or "", today):
            context = _context(text, f)
            if (f.written, context) in seen:
                continue
            seen.add((f.written, context))
            flags.append(label("past_line", lang, written=f.written, today=shown_today, context=context))
    return flags


def _context(text: str, f: FoundDate, width: int = 90) -> str:
    start = max(0, f.start - width // 2)
    end = min(len(text), f.start + len(f.written) + width // 2)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _add_text(paragraph, text: str) -> None:  # noqa: ANN001 - a python-docx paragraph
    """Text with «[fyll inn …]» fields highlighted so they are not overlooked before signing."""
    from docx.enum.text import WD_COLOR_INDEX

    pos = 0
    for m in _PLACEHOLDER.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos : m.start()])
        run = paragraph.add_run(m.group(0))
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def _x(text: str) -> str:
    return _NOT_XML.sub("", text or "")


def render_docx(
    draft: CitedDraft,
    lang: str = "nb",
    *,
    is_note: NoteTest | None = None,
    intro: list[str] | None = None,
    signature_keys: tuple[str, ...] = ("underskrift", "signatures"),
    today: date | None = None,
    page_break_before_appendix: bool = True,
    disclaimer: str | None = None,
    path: Path | None = None,
) -> bytes:
    """The draft as a clean Word document (bytes): body without markers, then the appendix.

    `is_note` picks body lines that are notes for the reviewer (they move to the appendix);
    `intro` lines go under the title; sections whose key is in `signature_keys` get room to sign.
    """
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    parts, sources = clean_parts(draft, is_note)
    document = docx.Document()
    style_ids: dict[str, str | None] = {}

    def add(text: str = "", style: str | None = None):  # noqa: ANN202 - a python-docx Paragraph
        """document.add_paragraph(text, style), the style's id looked up once per document (python-docx
        searches every style for the default on each assignment: a third of a card's time)."""
        paragraph = document.add_paragraph(text)
        if style is not None:
            if style not in style_ids:
                style_ids[style] = document.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)
            paragraph._p.style = style_ids[style]
        return paragraph

    def heading(text: str, level: int):  # noqa: ANN202 - a python-docx Paragraph
        return add(text, "Title" if level == 0 else f"Heading {level}")  # as document.add_heading

    styles = document.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)
    document.core_properties.title = _x(draft.title)
    document.core_properties.language = "nb-NO" if lang == "nb" else "en-GB"
    heading(_x(draft.title), 0)

    flags = past_date_flags(parts, draft.title, draft.notice or "", today, lang)
    if flags:
        p = document.add_paragraph()
        p.add_run(label("past_heading", lang)).bold = True
        for f in flags:
            add(_x(f), "List Bullet")
    if draft.notice:
        document.add_paragraph().add_run(_x(draft.notice)).italic = True
    for line in intro or []:
        _add_text(document.add_paragraph(), _x(line))

    keys = [s.key for s in draft.sections]
    for part, key in zip(parts, keys, strict=True):
        if not part.lines:
            continue
        heading(_x(part.heading), 1)
        signing = key in signature_keys
        for line in part.lines:
            p = document.add_paragraph()
            _add_text(p, _x(line))
            if signing:
                p.paragraph_format.space_before = Pt(18)

    if disclaimer:
        document.add_paragraph().add_run(_x(disclaimer)).italic = True

    if sources or any(p.notes for p in parts):
        if page_break_before_appendix:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        heading(label("appendix", lang), 1)
        document.add_paragraph().add_run(label("appendix_intro", lang)).italic = True
        noted = [p for p in parts if p.notes or p.sources]
        if noted:
            heading(label("notes", lang), 2)
            for part in noted:
                p = document.add_paragraph()
                p.add_run(_x(part.heading)).bold = True
                for note in part.notes:
                    add(_x(note), "List Bullet")
                if part.sources:
                    document.add_paragraph(label("based_on", lang, ns=", ".join(map(str, part.sources))))
        if sources:
            heading(label("sources", lang), 2)
            for src in sources:
                p = document.add_paragraph()
                p.add_run(f"{src.number}. {_x(src.ref)}").bold = True
                if src.title and not src.ref.startswith(src.title):
                    p.add_run(f", {_x(src.title)}")
                if src.url:
                    p.add_run(f" — {_x(src.url)}")
                for q in src.quotes:
                    qp = add("", "List Bullet")
                    qp.add_run(f"«{_x(q)}»").italic = True
                    if lang != "nb":
                        qp.add_run(f" ({label('quoted_nb', lang)})")
                status = label("verified" if src.verified else "not_verified", lang)
                if src.status == "UNVERIFIED":
                    status += "; " + label("unverified", lang)
                document.add_paragraph().add_run(status).font.size = Pt(9)

    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        from advisor.core.jsonio import write_atomic

        write_atomic(Path(path), data)
    return data


def docx_text(data: bytes) -> tuple[list[str], list[str]]:
    """The paragraphs of a .docx (bytes) before and after its appendix heading (for checks and tests)."""
    import docx

    from advisor.corpus.load import paragraph_styles

    document = docx.Document(io.BytesIO(data))
    style_of = paragraph_styles(document)
    body: list[str] = []
    appendix: list[str] = []
    target = body
    for p in document.paragraphs:
        if (style_of(p) or "").startswith("Heading") and p.text in (LABELS["nb"]["appendix"], LABELS["en"]["appendix"]):
            target = appendix
        target.append(p.text)
    return body, appendix


__all__ = [
    "LABELS",
    "Part",
    "Source",
    "clean_line",
    "clean_parts",
    "docx_text",
    "grouped_sources",
    "label",
    "markers_of",
    "past_date_flags",
    "render_docx",
]


def render_markdown(
    draft: CitedDraft, lang: str = "nb", *, is_note: NoteTest | None = None, today: date | None = None
) -> str:
    """The same clean document as Markdown: body without markers, then the appendix of sources."""
    from advisor.answering.export import _md  # the one escaping of user text for Markdown

    parts, sources = clean_parts(draft, is_note)
    out = [f"# {_md(draft.title)}", ""]
    flags = past_date_flags(parts, draft.title, draft.notice or "", today, lang)
    if flags:
        out += [f"**{label('past_heading', lang)}**", ""] + [f"- {_md(f)}" for f in flags] + [""]
    if draft.notice:
        out += [f"*{_md(draft.notice)}*", ""]
    for part in parts:
        if part.lines:
            out += [f"## {_md(part.heading)}", ""] + [x for line in part.lines for x in (_md(line), "")]
    if sources or any(p.notes for p in parts):
        out += ["---", "", f"## {label('appendix', lang)}", "", f"*{label('appendix_intro', lang)}*", ""]
        noted = [p for p in parts if p.notes or p.sources]
        if noted:
            out += [f"### {label('notes', lang)}", ""]
            for part in noted:
                out += [f"**{_md(part.heading)}**", ""] + [f"- {_md(n)}" for n in part.notes]
                if part.sources:
                    out += [f"- {label('based_on', lang, ns=', '.join(map(str, part.sources)))}"]
                out += [""]
        if sources:
            out += [f"### {label('sources', lang)}", ""]
            for src in sources:
                head = f"{src.number}. **{_md(src.ref)}**"
                if src.title and not src.ref.startswith(src.title):
                    head += f", {_md(src.title)}"
                if src.url:
                    head += f" — {_md(src.url)}"
                out += (
                    [head, ""]
                    + [f"> «{_md(q)}»" + (f" ({label('quoted_nb', lang)})" if lang != "nb" else "") for q in src.quotes]
                    + [""]
                )
    return "\n".join(out)
