"""Turn loaded documents into passages with stable ids (<source id>#<section slug>)."""

from __future__ import annotations

import hashlib
import re

from advisor.core.models import Passage
from advisor.corpus.load import Document, slugify

MAX_CHARS = 1400
UNVERIFIED_MARK = "[UNVERIFIED]"


def _split_long(text: str, limit: int = MAX_CHARS) -> list[str]:
    """Split an over-long section at paragraph (then sentence) boundaries."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    buf = ""
    units = re.split(r"\n\s*\n", text)
    if len(units) == 1:
        units = re.split(r"(?<=[.!?])\s+", text)
    for unit in units:
        while len(unit) > limit:  # one enormous paragraph with no sentence breaks
            parts.append(unit[:limit])
            unit = unit[limit:]
        if buf and len(buf) + len(unit) + 2 > limit:
            parts.append(buf)
            buf = unit
        else:
            buf = f"{buf}\n\n{unit}" if buf else unit
    if buf:
        parts.append(buf)
    return parts


_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def plain(text: str) -> str:
    """Passage text as users read it: Markdown emphasis markers removed."""
    return _EMPHASIS.sub(r"\2", text)


def passages_for(doc: Document) -> list[Passage]:
    """The passages of one document. Ids derive from the source id and the section heading."""
    src = doc.source
    out: list[Passage] = []
    used: dict[str, int] = {}
    for section in doc.sections:
        heading = section.heading.strip()
        status = src.status
        if heading.endswith(UNVERIFIED_MARK):
            heading = heading[: -len(UNVERIFIED_MARK)].strip()
            status = "UNVERIFIED"
        slug = slugify(heading) or hashlib.sha1(section.text.encode()).hexdigest()[:10]
        if not doc.structured and not slugify(heading):
            slug = "tekst-" + hashlib.sha1(section.text.encode()).hexdigest()[:10]
        n = used.get(slug, 0) + 1
        used[slug] = n
        base = slug if n == 1 else f"{slug}-{n}"
        if doc.structured and src.kind in ("law", "regulation", "decision"):
            ref = heading
        elif heading and heading != src.title:
            ref = f"{src.title}, {heading}"
        else:
            ref = src.title
        body, about = plain(section.text), ""
        if doc.structured and body.startswith("Om:"):
            first, _, rest = body.partition("\n")
            about, body = first[3:].strip(), rest.strip()
        chunks = _split_long(body)
        for i, chunk in enumerate(chunks, start=1):
            pid = f"{src.id}#{base}" if i == 1 else f"{src.id}#{base}-del-{i}"
            out.append(
                Passage(
                    id=pid,
                    source_id=src.id,
                    ref=ref,
                    section=heading,
                    title=src.title,
                    text=chunk,
                    about=about,
                    kind=src.kind,
                    url=src.url,
                    date=src.date,
                    status=status,
                )
            )
    return out
