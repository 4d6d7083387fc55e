"""Export any cited draft (agreement, arguments, next steps, TLN submission) to Markdown or Word.

The [n] markers stay in the text; the citations follow at the end as a numbered «Kilder» list with
the reference, title, quote, URL and whether the wording is verified, then the "not legal advice"
line. python-docx has no footnote API, so Word gets the same endnote-style list.
"""

from __future__ import annotations

import io
import json
from functools import cache
from importlib import resources
from pathlib import Path

from advisor.i18n import t
from advisor.jsonio import write_atomic
from advisor.models import Citation, CitedDraft, RenderedSection


@cache
def _labels() -> dict[str, dict[str, str]]:
    text = (
        resources.files("advisor.data")
        .joinpath("agreement_labels.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


def label(key: str, lang: str = "nb") -> str:
    """An export label (advisor/data/agreement_labels.json) in `lang`, bokmål fallback."""
    labels = _labels()
    return labels.get(lang, {}).get(key) or labels["nb"][key]


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


def to_markdown(draft: CitedDraft, lang: str = "nb") -> str:
    """The draft as Markdown: title, sections with marks, the [n] notes at the end, the disclaimer."""
    out = [f"# {draft.title}", ""]
    if draft.notice:
        out += [f"> {draft.notice}", ""]
    for section in draft.sections:
        out += [f"## {section_heading(section, lang)}", ""]
        for line in section.lines:
            out += [line, ""]
    out += [f"## {label('export.sources', lang)}", ""]
    if draft.citations:
        for c in draft.citations:
            out += [citation_note(c, lang), ""]
    else:
        out += [label("export.no_sources", lang), ""]
    out += ["---", "", f"*{t('disclaimer', lang)}*", ""]
    return "\n".join(out)


def to_docx(draft: CitedDraft, path: Path | None = None, lang: str = "nb") -> bytes:
    """The draft as a Word document (bytes); written atomically to `path` when one is given."""
    import docx

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
    document.add_paragraph().add_run(t("disclaimer", lang)).italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        write_atomic(Path(path), data)
    return data
