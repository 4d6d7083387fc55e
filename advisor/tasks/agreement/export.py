"""The drafted agreement as a document to sign: clean clauses, notes and sources in the appendix.

Lines of the draft that explain the agreement to the reader («Punktet er påkrevd etter …») are
notes for the reviewer, not clauses: they go to the appendix «Kilder og merknader». The number of
open fields is counted one way everywhere (`open_fields`), on the text a signer reads.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from advisor.answering.documents import render_docx, render_markdown
from advisor.core.models import CitedDraft

# Notes to the reader, in either language: what the regulation requires of this item.
_NOTE = re.compile(
    r"^(?:Punktet er (?:påkrevd|valgfritt)|Punktene som hjemmekontorforskriften|Punkter som hjemmekontorforskriften"
    r"|The item is (?:required|optional)|The items that the Home Office Regulations)"
)
# An open field: «[fyll inn]», «[fyll inn: …]», «[fill in: …]» – but not the word quoted in a sentence
# that tells the reader about them («merket «[fyll inn]»»).
_OPEN = re.compile(r"(?<!«)\[(?:fyll inn|fill in)(?::[^\]]*)?\]")


def is_note(text: str) -> bool:
    """True for a line that explains the agreement rather than being part of it."""
    return bool(_NOTE.match(text))


def open_fields(text: str) -> int:
    """How many fields are still to be filled in («[fyll inn …]», «[fill in …]»)."""
    return len(_OPEN.findall(text))


def agreement_docx(draft: CitedDraft, lang: str = "nb", today: date | None = None, path: Path | None = None) -> bytes:
    """The agreement as Word: clauses without markers, signatures, then «Kilder og merknader»."""
    return render_docx(draft, lang, is_note=is_note, today=today, path=path)


def agreement_markdown(draft: CitedDraft, lang: str = "nb", today: date | None = None) -> str:
    """The same as Markdown."""
    return render_markdown(draft, lang, is_note=is_note, today=today)


__all__ = ["agreement_docx", "agreement_markdown", "is_note", "open_fields"]
