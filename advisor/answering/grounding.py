"""Passages the advisor tasks rely on, looked up by id, and supports built from them.

The tasks (arguments, objections, refusal check, agreement) cite fixed passages of the bundled
corpus; this module reads the corpus directly (no index needed) and builds `Support`s whose
quotes are verbatim sentences, so advisor.answering.cite can verify them.
"""

from __future__ import annotations

from functools import cache
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


def support(pid: str, contains: str | None = None, folder: Path | None = None) -> Support:
    """A verbatim sentence of passage `pid`: the first that contains `contains` (case-insensitive), else the first."""
    p = passage(pid, folder)
    candidates = [s for s in sentences(p.text) if not s.startswith("Kilde:")] or [p.text.strip()]
    if contains:
        for s in candidates:
            if fold_match(contains, s):
                return Support(passage_id=pid, quote=s)
        raise MissingPassage(f"{pid}: no sentence contains {contains!r}")
    return Support(passage_id=pid, quote=candidates[0])


def claim(text: str, *supports: Support) -> Claim:
    """A claim with its supports."""
    return Claim(text=text, support=list(supports))
