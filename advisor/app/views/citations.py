"""Cited drafts and answers as HTML: [n] markers link to a <details> per citation with the quote,
reference, source, link and its checks. Everything is escaped; only our own tags are markup."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import date as _date
from typing import Any

from advisor.answering.grounding import citation_facts, source_kind
from advisor.app.texts import ui
from advisor.app.views.common import esc, safe_url
from advisor.core.models import Citation, CitedDraft

_MARKER = re.compile(r"\[(\d+)\]")


def _uid(obj: Any) -> str:
    return hashlib.sha1(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()[:8]


def as_draft(draft: CitedDraft | dict) -> CitedDraft:
    return draft if isinstance(draft, CitedDraft) else CitedDraft.model_validate(draft)


def as_citations(citations: Iterable[Citation | dict]) -> list[Citation]:
    return [c if isinstance(c, Citation) else Citation.model_validate(c) for c in citations]


def line_html(line: str, uid: str, known: set[int]) -> str:
    """One line, escaped, with its [n] markers turned into links to the citations."""

    def link(m: re.Match) -> str:
        n = int(m.group(1))
        if n not in known:
            return m.group(0)
        return f'<a class="fw-marker" href="#fw-{uid}-{n}" title="[{n}]">[{n}]</a>'

    return _MARKER.sub(link, esc(line))


def badges_html(c: Citation, lang: str) -> str:
    """Two facts, never one: ✓ when the quote matches the passage verbatim, and the passage's own status
    (UNVERIFIED when its wording is not checked against an official source; else what it is)."""
    out = []
    if c.verified:
        out.append(f'<span class="fw-badge fw-verified">{esc(ui("cite.verified", lang))}</span>')
    else:
        out.append(f'<span class="fw-badge fw-unverified-quote">{esc(ui("cite.not_verified", lang))}</span>')
    if c.status == "UNVERIFIED":
        out.append(
            f'<span class="fw-badge fw-unverified" title="{esc(ui("cite.unverified_help", lang))}">UNVERIFIED</span>'
        )
    else:
        _, wording = citation_facts(c.passage_id, c.verified, c.status, lang)
        if wording:
            out.append(f'<span class="fw-badge fw-wording">{esc(wording)}</span>')
    return "".join(out)


# What a source's date means, by the kind of source (advisor.core.models.Source.date).
_DATE_LABEL = {"law": "cite.in_force", "regulation": "cite.in_force", "decision": "cite.decided"}


def date_html(c: Citation, lang: str) -> str:
    """The source's date with what it is: 'i kraft fra 01.01.2010' for a law, 'avgjort …' for a decision."""
    if not c.date:
        return ""
    try:
        shown = _date.fromisoformat(c.date).strftime("%d.%m.%Y")
    except ValueError:
        shown = c.date
    key = _DATE_LABEL.get(source_kind(c.passage_id) or "", "cite.dated")
    return f' · <span class="fw-source-date">{esc(ui(key, lang, date=shown))}</span>'


def citation_html(c: Citation, uid: str, lang: str, more: Iterable[Citation] = ()) -> str:
    """One source as an openable <details>: its quotes, reference, source title, date, link, checks.

    `more` are further citations of the same passage (other sentences quoted from it): one source,
    one number, every quote shown.
    """
    group = [c, *more]
    url = safe_url(c.url)
    link = (
        f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(ui("cite.open_source", lang))}</a>'
        if url
        else ""
    )
    date = date_html(c, lang)
    status = f'<p class="fw-note">{esc(ui("cite.unverified_help", lang))}</p>' if c.status == "UNVERIFIED" else ""
    worst = next((x for x in group if not x.verified), c)
    quotes = "".join(f'<blockquote lang="nb">«{esc(x.quote)}»</blockquote>' for x in group)  # verbatim, bokmål
    return (
        f'<details class="fw-citation" id="fw-{uid}-{c.n}">'
        f"<summary>[{c.n}] {esc(c.ref)}{badges_html(worst, lang)}</summary>"
        f"{quotes}"
        f"<p>{esc(c.ref)} — <cite>{esc(c.title)}</cite>{date}</p>"
        f"{status}<p>{link}</p>"
        "</details>"
    )


def by_passage(citations: Iterable[Citation]) -> tuple[list[list[Citation]], dict[int, int]]:
    """Citations grouped by the passage they quote, numbered once per passage in order of first
    use; and the old number of every citation mapped to its passage's number."""
    groups: dict[str, list[Citation]] = {}
    for c in sorted(citations, key=lambda c: c.n):
        groups.setdefault(c.passage_id, []).append(c)
    renumber: dict[int, int] = {}
    out: list[list[Citation]] = []
    for n, group in enumerate(groups.values(), start=1):
        for c in group:
            renumber[c.n] = n
        out.append([c.model_copy(update={"n": n}) for c in group])
    return out, renumber


def renumber_line(line: str, renumber: dict[int, int]) -> str:
    """A line's [n] markers in the passage numbering, each number once: «… [3] [4].» → «… [3].»"""
    seen: set[int] = set()

    def one(m: re.Match) -> str:
        n = renumber.get(int(m.group(2)))
        if n is None:
            return m.group(0)
        if n in seen:
            return ""
        seen.add(n)
        return f"{m.group(1)}[{n}]"

    return re.sub(r"( ?)\[(\d+)\]", one, line)


def citations_html(citations: Iterable[Citation | dict], lang: str, uid: str) -> str:
    """The sources, one per passage, folded: the summary says how many and whether all quotes checked out."""
    cits = as_citations(citations)
    if not cits:
        return ""
    groups, _ = by_passage(cits)
    items = "".join(citation_html(g[0], uid, lang, g[1:]) for g in groups)
    all_ok = all(c.verified for c in cits)
    badge = (
        f'<span class="fw-badge fw-verified">{esc(ui("cite.verified", lang))}</span>'
        if all_ok
        else f'<span class="fw-badge fw-unverified-quote">{esc(ui("cite.not_verified", lang))}</span>'
    )
    return (
        f'<details class="fw-sources fw-citations" aria-label="{esc(ui("cite.heading", lang))}">'
        f"<summary>{esc(ui('cite.heading', lang))} ({len(groups)}){badge}</summary>"
        f"<p class='fw-note'>{esc(ui('cite.how', lang))}</p>"
        f"{items}</details>"
    )


def draft_html(draft: CitedDraft | dict, lang: str, uid: str | None = None) -> str:
    """A whole cited draft: title, sections (mandatory clauses marked), lines, then the citations."""
    d = as_draft(draft)
    uid = uid or _uid(d.model_dump(mode="json"))
    _, renumber = by_passage(d.citations)
    known = set(renumber.values())
    parts = [f'<div class="fw-draft"><h3>{esc(d.title)}</h3>']
    if d.notice:
        parts.append(f'<p class="fw-info">{esc(d.notice)}</p>')
    for s in d.sections:
        mark = ""
        if s.mandatory is True:
            mark = f' <span class="fw-badge fw-unverified">{esc(ui("draft.mandatory", lang))}</span>'
        elif s.mandatory is False:
            mark = f' <span class="fw-badge">{esc(ui("draft.optional", lang))}</span>'
        parts.append(f"<h4>{esc(s.heading)}{mark}</h4>")
        parts.extend(f"<p>{line_html(renumber_line(line, renumber), uid, known)}</p>" for line in s.lines)
    parts.append("</div>")
    parts.append(citations_html(d.citations, lang, uid))
    return "".join(parts)


def text_html(text: str, citations: Iterable[Citation | dict], lang: str, uid: str | None = None) -> str:
    """Free text with [n] markers (an answer, a finding) and its citations."""
    cits = as_citations(citations)
    uid = uid or _uid([text, [c.model_dump(mode="json") for c in cits]])
    _, renumber = by_passage(cits)
    known = set(renumber.values())
    body = "".join(
        f"<p>{line_html(renumber_line(line, renumber), uid, known)}</p>"
        for line in (text or "").splitlines()
        if line.strip()
    )
    return body + citations_html(cits, lang, uid)
