"""Export any cited draft (agreement, arguments, next steps, TLN submission) to Markdown or Word.

The [n] markers stay in the text; the citations follow at the end as a numbered «Kilder» list with
the reference, title, quote, URL and whether the wording is verified, then the "not legal advice"
line. python-docx has no footnote API, so Word gets the same endnote-style list.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from advisor.core.i18n import t
from advisor.core.jsonio import write_atomic
from advisor.core.models import Citation, CitedDraft, RenderedSection


def label(key: str, lang: str = "nb") -> str:
    """An export label (`agreement.<key>` in the message catalogue) in `lang`, bokmål fallback."""
    return t(f"agreement.{key}", lang)


def section_heading(section: RenderedSection, lang: str = "nb") -> str:
    """The heading with its mark: '(påkrevd)' / '(valgfritt)' when the section says so."""
    if section.mandatory is None:
        return section.heading
    mark = label("export.required" if section.mandatory else "export.optional", lang)
    return f"{section.heading} ({mark})"


def citation_status(citation: Citation, lang: str = "nb") -> str:
    """'verifisert', or why not: the source's wording is UNVERIFIED, or the quote did not check out."""
    if citation.status == "UNVERIFIED":
        return label("export.unverified", lang)
    if not citation.verified:
        return label("export.quote_unchecked", lang)
    return label("export.verified", lang)


def citation_note(citation: Citation, lang: str = "nb") -> str:
    """One source note: '[n] ref, title — Sitat: «…» — URL — Status: …'."""
    head = f"[{citation.n}] {citation.ref}"
    if citation.title and not citation.ref.startswith(citation.title):
        head += f", {citation.title}"
    parts = [head, f"{label('export.quote', lang)}: «{citation.quote}»"]
    if citation.url:
        parts.append(citation.url)
    parts.append(f"{label('export.status', lang)}: {citation_status(citation, lang)}")
    return " — ".join(parts)


# Lines hold the user's and the employer's words: a «<script>» there must stay text when the
# Markdown is rendered, and a line break must not start a heading of its own.
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_LINE_BREAKS = re.compile(r"\s*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _md(text: str) -> str:
    """Text as literal Markdown: one line, no raw HTML tag, no control characters."""
    return _TAG_START.sub(r"\\<", _CONTROL.sub("", _LINE_BREAKS.sub(" ", text)))


def to_markdown(draft: CitedDraft, lang: str = "nb") -> str:
    """The draft as Markdown: title, sections with marks, the [n] notes at the end, the disclaimer."""
    out = [f"# {_md(draft.title)}", ""]
    if draft.notice:
        out += [f"> {_md(draft.notice)}", ""]
    for section in draft.sections:
        out += [f"## {_md(section_heading(section, lang))}", ""]
        for line in section.lines:
            out += [_md(line), ""]
    out += [f"## {label('export.sources', lang)}", ""]
    if draft.citations:
        for c in draft.citations:
            out += [_md(citation_note(c, lang)), ""]
    else:
        out += [label("export.no_sources", lang), ""]
    out += ["---", "", f"*{t('advice.disclaimer', lang)}*", ""]
    return "\n".join(out)


# Characters XML 1.0 (and so Word) cannot hold: python-docx refuses them with an exception.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(draft: CitedDraft) -> CitedDraft:
    def clean(value: str) -> str:
        return _NOT_XML.sub("", value)

    return draft.model_copy(
        update={
            "title": clean(draft.title),
            "notice": clean(draft.notice) if draft.notice else draft.notice,
            "sections": [
                s.model_copy(update={"heading": clean(s.heading), "lines": [clean(x) for x in s.lines]})
                for s in draft.sections
            ],
            "citations": [
                c.model_copy(
                    update={"ref": clean(c.ref), "title": clean(c.title), "quote": clean(c.quote), "url": clean(c.url)}
                )
                for c in draft.citations
            ],
        }
    )


def to_docx(draft: CitedDraft, path: Path | None = None, lang: str = "nb") -> bytes:
    """The draft as a Word document (bytes); written atomically to `path` when one is given."""
    import docx

    draft = _xml_safe(draft)
    document = docx.Document()
    document.core_properties.title = draft.title
    document.core_properties.language = "nb-NO" if lang == "nb" else "en"
    document.add_heading(draft.title, level=0)
    if draft.notice:
        document.add_paragraph().add_run(draft.notice).italic = True
    for section in draft.sections:
        document.add_heading(section_heading(section, lang), level=1)
        for line in section.lines:
            document.add_paragraph(line)
    document.add_heading(label("export.sources", lang), level=1)
    if draft.citations:
        for c in draft.citations:
            document.add_paragraph(citation_note(c, lang))
    else:
        document.add_paragraph(label("export.no_sources", lang))
    document.add_paragraph().add_run(t("advice.disclaimer", lang)).italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        write_atomic(Path(path), data)
    return data
