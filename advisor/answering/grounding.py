"""Passages the advisor tasks rely on, looked up by id, and supports built from them.

The tasks (arguments, objections, refusal check, agreement) cite fixed passages of the bundled
corpus; this module reads the corpus directly (no index needed) and builds `Support`s whose
quotes are verbatim sentences, so advisor.answering.cite can verify them.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from advisor.core.models import Claim, Passage, Support
from advisor.core.settings import BUNDLED_CORPUS
from advisor.core.text import fold_match, sentences
from advisor.corpus.chunk import passages_for
from advisor.corpus.load import load_corpus


class MissingPassage(KeyError):
    """A task refers to a passage id the corpus does not have (a bug caught by the tests)."""


@cache
def _corpus(folder: str) -> dict[str, Passage]:
    docs, _problems = load_corpus(Path(folder))
    return {p.id: p for doc in docs for p in passages_for(doc)}


def corpus_passages(folder: Path | None = None) -> dict[str, Passage]:
    """All passages of the bundled corpus (or `folder`), keyed by id."""
    return _corpus(str(folder or BUNDLED_CORPUS))


def passage(pid: str, folder: Path | None = None) -> Passage:
    """One passage by id; MissingPassage if the corpus has no such passage."""
    try:
        return corpus_passages(folder)[pid]
    except KeyError:
        raise MissingPassage(pid) from None


@lru_cache(maxsize=4096)  # tasks quote the same passages over and over (a refusal check: ~60 quotes)
def _quotable(text: str) -> tuple[str, ...]:
    """The sentences of a passage that may be quoted (not its «Kilde:» line); the whole text if none."""
    return tuple(s for s in sentences(text) if not s.startswith("Kilde:")) or (text.strip(),)


def support(pid: str, contains: str | None = None, folder: Path | None = None) -> Support:
    """A verbatim sentence of passage `pid`: the first that contains `contains` (case-insensitive), else the first."""
    p = passage(pid, folder)
    candidates = _quotable(p.text)
    if contains:
        for s in candidates:
            if fold_match(contains, s):
                return Support(passage_id=pid, quote=s)
        raise MissingPassage(f"{pid}: no sentence contains {contains!r}")
    return Support(passage_id=pid, quote=candidates[0])


def claim(text: str, *supports: Support) -> Claim:
    """A claim with its supports."""
    return Claim(text=text, support=list(supports))


def source_kind(passage_id: str) -> str | None:
    """The kind of source (law, regulation, decision, guide …) of a bundled corpus passage, else None."""
    try:
        p = corpus_passages().get(passage_id)
    except OSError:  # no bundled corpus to look in
        return None
    return p.kind if p else None


# A citation shows two facts: whether the quote matches the passage (advisor.answering.cite checks
# it), and how far the passage's own wording is checked against an official source.
_WORDING = {
    "law": "cite.wording.checked",
    "regulation": "cite.wording.checked",
    "decision": "cite.wording.summary",
    "guide": "cite.wording.guide",
}


def citation_facts(passage_id: str, verified: bool, status: str, lang: str = "nb") -> tuple[str, str]:
    """(the quote check, the passage's wording status) in the user's language; the second may be ''."""
    from advisor.core.i18n import t

    quote = t("cite.quote_ok" if verified else "cite.quote_bad", lang)
    if status == "UNVERIFIED":
        return quote, t("cite.wording.unverified", lang)
    key = _WORDING.get(source_kind(passage_id) or "")
    return quote, t(key, lang) if key else ""
