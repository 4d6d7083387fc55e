"""Citations are checked here and nowhere else.

A claim's support is kept only if its passage was retrieved for this answer and its quote is a
verbatim substring of that passage (white space folded). A claim left without support is dropped:
a statement without a citation that checks out is a bug.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from advisor.core.models import (
    Answer,
    Citation,
    CitedDraft,
    Claim,
    Draft,
    DraftSection,
    Passage,
    RenderedSection,
    Support,
)

_WS = re.compile(r"\s+")


@lru_cache(maxsize=8192)  # the same passages are folded for every quote checked against them
def fold(text: str) -> str:
    """Fold white space so a quote split over lines still matches."""
    return _WS.sub(" ", text).strip()


def quote_is_verbatim(quote: str, passage: Passage) -> bool:
    """True when `quote` (at least 12 characters) occurs in the passage text exactly, white space folded."""
    q = fold(quote)
    return len(q) >= 12 and q in fold(passage.text)


def check_claims(claims: Iterable[Claim], retrieved: Mapping[str, Passage]) -> tuple[list[Claim], list[str]]:
    """Keep only verified support; drop claims with none. Returns (kept claims, problems found)."""
    kept: list[Claim] = []
    problems: list[str] = []
    for claim in claims:
        good: list[Support] = []
        for s in claim.support:
            passage = retrieved.get(s.passage_id)
            if passage is None:
                problems.append(f"cites {s.passage_id!r}, which was not retrieved")
            elif not quote_is_verbatim(s.quote, passage):
                problems.append(f"quote not found verbatim in {s.passage_id!r}: {s.quote[:80]!r}")
            else:
                good.append(Support(passage_id=s.passage_id, quote=fold(s.quote)))
        if good and claim.text.strip():
            kept.append(Claim(text=claim.text.strip(), support=good))
        elif claim.text.strip():
            problems.append(f"claim without verified support: {claim.text[:80]!r}")
    return kept, problems


def number_citations(
    claims: list[Claim], retrieved: Mapping[str, Passage]
) -> tuple[list[tuple[Claim, list[int]]], list[Citation]]:
    """Give each distinct (passage, quote) a number in order of first use."""
    numbers: dict[tuple[str, str], int] = {}
    citations: list[Citation] = []
    numbered: list[tuple[Claim, list[int]]] = []
    for claim in claims:
        ns = []
        for s in claim.support:
            key = (s.passage_id, s.quote)
            if key not in numbers:
                p = retrieved[s.passage_id]
                numbers[key] = len(numbers) + 1
                citations.append(
                    Citation(
                        n=numbers[key],
                        passage_id=p.id,
                        ref=p.ref,
                        title=p.title,
                        quote=s.quote,
                        url=p.url,
                        verified=quote_is_verbatim(s.quote, p),
                        status=p.status,
                        date=p.date,
                    )
                )
            if numbers[key] not in ns:
                ns.append(numbers[key])
        numbered.append((claim, ns))
    return numbered, citations


def markers(ns: list[int]) -> str:
    """Citation markers for numbers: [1] [3]."""
    return " ".join(f"[{n}]" for n in ns)


_MARKER = re.compile(r"\[(\d+)\]")


def cited_text(claim: Claim, ns: list[int]) -> str:
    """The claim with its markers before the final punctuation: 'Tekst [1].'"""
    # One line, and no «[n]» but ours: a user's text inside a claim («leverte [3] rapporter»,
    # a line break) must not pass for a citation marker or split the cited line.
    text = _MARKER.sub(r"(\1)", fold(claim.text))
    end = ""
    if text and text[-1] in ".!?":
        text, end = text[:-1].rstrip(), text[-1]
    return f"{text} {markers(ns)}{end}"


def render_answer(
    question: str,
    claims: list[Claim],
    retrieved: Mapping[str, Passage],
    backend: str,
    abstain_text: str,
    notice: str | None = None,
) -> Answer:
    """Check the claims and build the Answer; abstains if nothing survives the check."""
    kept, _ = check_claims(claims, retrieved)
    if not kept:
        return Answer(question=question, answer=abstain_text, abstained=True, backend=backend, notice=notice)
    numbered, citations = number_citations(kept, retrieved)
    lines = [cited_text(c, ns) for c, ns in numbered]
    return Answer(
        question=question, answer="\n".join(lines), abstained=False, backend=backend, citations=citations, notice=notice
    )


def verify_answer(answer: Answer, passages: Mapping[str, Passage]) -> list[str]:
    """Re-check a finished answer against the corpus (for tests and audits): problems, or []."""
    problems = []
    for c in answer.citations:
        p = passages.get(c.passage_id)
        if p is None:
            problems.append(f"[{c.n}] unknown passage {c.passage_id}")
        elif not quote_is_verbatim(c.quote, p):
            problems.append(f"[{c.n}] quote not in {c.passage_id}")
        elif not c.verified:
            problems.append(f"[{c.n}] not marked verified")
    if not answer.abstained:
        known = {c.n for c in answer.citations}
        for line in answer.answer.splitlines():
            if not line.strip():
                continue
            ns = {int(n) for n in re.findall(r"\[(\d+)\]", line)}
            if not ns:
                problems.append(f"line without citation: {line[:80]!r}")
            elif not ns <= known:
                problems.append(f"marker without citation: {line[:80]!r}")
    return problems


def render_draft(draft: Draft, passages: Mapping[str, Passage], backend: str = "none") -> CitedDraft:
    """Check every claim of a draft and number its citations; unsupported claims are dropped."""

    all_claims: list[Claim] = []
    kept_sections: list[tuple[DraftSection, list[Claim]]] = []
    for section in draft.sections:
        kept, _ = check_claims(section.claims, passages)
        kept_sections.append((section, kept))
        all_claims.extend(kept)
    numbered, citations = number_citations(all_claims, passages)
    it = iter(numbered)
    rendered = []
    for section, kept in kept_sections:
        lines = [cited_text(c, ns) for c, ns in (next(it) for _ in kept)]
        rendered.append(
            RenderedSection(heading=section.heading, lines=lines, mandatory=section.mandatory, key=section.key)
        )
    return CitedDraft(
        kind=draft.kind,
        title=draft.title,
        sections=rendered,
        citations=citations,
        backend=draft.backend or backend,
        notice=draft.notice,
    )


def verify_draft(draft: CitedDraft, passages: Mapping[str, Passage]) -> list[str]:
    """Re-check a rendered draft: every line cites, every citation is verbatim in the corpus."""
    answer = Answer(
        question="", answer="\n".join(line for s in draft.sections for line in s.lines), citations=draft.citations
    )
    return verify_answer(answer, passages)


# --- checks of a model's claims beyond the citations ------------------------------------------

# References a claim may only make if a passage it cites makes them too: decision numbers
# (TLN 77/23), sections with their ledd if given (§ 10-2, § 10-2 (3)), court decisions
# (HR-2021-1234-A, Rt. 2010 s. 123).
_REFERENCE = re.compile(
    r"§§?\s*\d+(?:\s*-\s*\d+)?[a-z]?(?:\s*\(\d+\))?"
    r"|\b\d{1,3}\s*/\s*(?:\d{4}|\d{2})\b"
    r"|\b(?:HR|L[A-H])-\d{4}-\d+(?:-[A-Z])?"
    r"|\bRt\.?\s*\d{4}\s*s\.?\s*\d+"
)


_SPACE = re.compile(r"\s+")


def unsupported_references(claim: Claim, retrieved: Mapping[str, Passage]) -> list[str]:
    """References in the claim's text (§, decision and case numbers) that none of its cited passages make."""
    # A user's own document cannot back a legal reference: what it says about the law is its claim, not the law's.
    cited = [
        retrieved[s.passage_id]
        for s in claim.support
        if s.passage_id in retrieved and retrieved[s.passage_id].kind != "document"
    ]
    haystack = _SPACE.sub("", " ".join(f"{p.ref} {p.section} {p.title} {p.text}" for p in cited))
    # A law passage's title names the whole § («§ 10-2 Arbeidstidsordninger»), its ref the one ledd.
    untitled = _SPACE.sub("", " ".join(f"{p.ref} {p.section} {p.text}" for p in cited))
    missing = []
    for m in _REFERENCE.finditer(claim.text):
        needle = _SPACE.sub("", m.group())
        if not _makes_reference(needle, haystack, untitled):
            missing.append(m.group().strip())
    return missing


_LEDD = re.compile(r"^(§.*?)\((\d+)\)$")


_LEDD_WORDS = (
    "første",
    "andre",
    "tredje",
    "fjerde",
    "femte",
    "sjette",
    "(?:sjuende|syvende)",
    "åttende",
    "niende",
    "tiende",
)


def _makes_reference(needle: str, haystack: str, untitled: str) -> bool:
    """Whether the (space-free) passages make the reference. '§10-2(3)' may also be written
    '§ 10-2 tredje ledd' or '§ 10-2 (1) og (3)', and a passage on the whole § 10-2 covers its
    ledd; one that names only other ledd (§ 10-2 (3)) does not make '§ 10-2 (7)'."""
    if re.search(re.escape(needle) + r"(?![\d-])", haystack):
        return True
    m = _LEDD.match(needle)
    if not m:
        return False
    section, n = re.escape(m.group(1)), int(m.group(2))
    ledd = rf"\({n}\)" + (f"|{_LEDD_WORDS[n - 1]}" if 1 <= n <= len(_LEDD_WORDS) else "")
    if re.search(section + rf"(?![\d-])[^§]{{0,40}}?(?:{ledd})", haystack, re.IGNORECASE):
        return True
    ordinal = "|".join(_LEDD_WORDS)
    return bool(re.search(section + rf"(?![\d-])(?!\(\d|(?:{ordinal}))", untitled, re.IGNORECASE))


def check_model_claims(claims: Sequence[Claim], retrieved: Mapping[str, Passage]) -> tuple[list[Claim], list[str]]:
    """advisor.answering.cite's check, plus: a claim may not name a §, decision or case its passages do not."""
    kept, problems = check_claims(claims, retrieved)
    for claim in kept:
        for ref in unsupported_references(claim, retrieved):
            problems.append(f"claim mentions {ref!r}, which is in none of the passages it cites: {claim.text[:80]!r}")
    return kept, problems
