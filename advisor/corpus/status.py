"""`flexwork corpus status`: which sources are old enough to re-check, and which passages are UNVERIFIED."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import BaseModel, Field

from advisor.core.settings import BUNDLED_CORPUS
from advisor.corpus.chunk import passages_for
from advisor.corpus.load import load_corpus


class SourceAge(BaseModel):
    """One source with its date, age in days and status, for the corpus status report."""
    id: str
    title: str
    kind: str
    date: str
    age_days: int | None = Field(None, description="Days since the source's date; None if it has no date.")
    status: str


class CorpusStatus(BaseModel):
    """The corpus status report: counts, old and undated sources, unverified passages."""
    checked_on: str
    max_age_days: int
    sources: int
    passages: int
    old_sources: list[SourceAge]
    undated_sources: list[SourceAge]
    unverified_passages: list[dict]


def _parse(d: str) -> date | None:
    for fmt_len in (10, 7, 4):
        try:
            parts = [int(x) for x in d[:fmt_len].split("-")]
            while len(parts) < 3:
                parts.append(1)
            return date(*parts)
        except (ValueError, TypeError):
            continue
    return None


def corpus_status(folder: Path = BUNDLED_CORPUS, max_age_days: int = 365 * 2, today: date | None = None) -> CorpusStatus:
    """Sources dated more than `max_age_days` ago (or undated) and every UNVERIFIED passage."""
    today = today or date.today()
    docs, _problems = load_corpus(folder)
    old, undated, unverified, n = [], [], [], 0
    for doc in docs:
        s = doc.source
        d = _parse(s.date) if s.date else None
        row = SourceAge(id=s.id, title=s.title, kind=s.kind, date=s.date,
                        age_days=(today - d).days if d else None, status=s.status)
        if d is None:
            undated.append(row)
        elif row.age_days is not None and row.age_days > max_age_days:
            old.append(row)
        for p in passages_for(doc):
            n += 1
            if p.status == "UNVERIFIED":
                unverified.append({"passage_id": p.id, "ref": p.ref, "source": s.id})
    old.sort(key=lambda r: -(r.age_days or 0))
    return CorpusStatus(checked_on=today.isoformat(), max_age_days=max_age_days, sources=len(docs), passages=n,
                        old_sources=old, undated_sources=undated, unverified_passages=unverified)
