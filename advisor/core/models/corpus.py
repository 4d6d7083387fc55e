"""Sources, passages, retrieval hits, citations, answers and the claims they are made of."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SourceKind = Literal["law", "regulation", "decision", "guide", "document"]


SourceStatus = Literal["verified", "UNVERIFIED"]


class Source(BaseModel):
    """One document in the corpus, as listed in the manifest (or derived for a user's file)."""

    id: str = Field(description="Stable id, lowercase a-z0-9 and -.")
    title: str
    kind: SourceKind = "document"
    publisher: str = ""
    url: str = ""
    date: str = Field("", description="In-force date, decision date or date written (YYYY-MM-DD).")
    status: SourceStatus = "verified"
    checked_against: str = ""
    based_on: list[str] = Field(default_factory=list)
    path: str = Field("", description="File path, relative to its corpus folder.")


class Passage(BaseModel):
    """The unit of retrieval and citation: one ledd of a provision, one decision, one guide section."""

    id: str = Field(description="<source id>#<section slug>; stable across re-indexing.")
    source_id: str
    ref: str = Field(description="Canonical reference, e.g. 'arbeidsmiljøloven § 10-2 (3)'.")
    section: str
    title: str = Field(description="The source's title.")
    text: str
    about: str = Field("", description="Plain-language summary in our own words (indexed, never quoted).")
    kind: SourceKind = "document"
    url: str = ""
    date: str = ""
    status: SourceStatus = "verified"


class Hit(BaseModel):
    """A retrieved passage with the scores that ranked it."""

    passage: Passage
    score: float = Field(description="Fused score (reciprocal-rank fusion).")
    dense: float | None = Field(None, description="Cosine similarity to the question, if ranked by vectors.")
    lexical: float | None = Field(None, description="BM25 score, if ranked by BM25.")
    rank: int = 0


class Citation(BaseModel):
    """A numbered citation as shown in an answer; `verified` is set by advisor.answering.cite, nowhere else."""

    n: int
    passage_id: str
    ref: str
    title: str
    quote: str
    url: str = ""
    verified: bool = False
    status: SourceStatus = "verified"
    date: str = ""


# The one JSON shape of a citation (`flexwork ask --json`, the refusal check, cited drafts): the
# source's in-force or decision date travels with it, so every reader of the JSON can show it.
PUBLIC_CITATION_FIELDS = ("n", "passage_id", "ref", "title", "quote", "url", "verified", "status", "date")


def public_citation(c: Citation) -> dict:
    """A citation in the JSON shape of `flexwork ask --json`."""
    return {k: getattr(c, k) for k in PUBLIC_CITATION_FIELDS}


class Answer(BaseModel):
    """A cited answer to a question."""

    question: str
    answer: str
    abstained: bool = False
    backend: str = "none"
    citations: list[Citation] = Field(default_factory=list)
    notice: str | None = Field(None, description="Shown to the user, e.g. when a model draft was replaced.")
    rule: str | None = Field(
        None, description="The legal rule (advisor/data/legal_rules.json) the answer states, if any."
    )
    card: str | None = Field(
        None, description="The advice card (advisor/data/advice_cards.json) the answer gives, if any."
    )

    def public(self) -> dict:
        """The JSON shape of `flexwork ask --json`."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "backend": self.backend,
            "citations": [public_citation(c) for c in self.citations],
            **({"notice": self.notice} if self.notice else {}),
            **({"rule": self.rule} if self.rule else {}),
            **({"card": self.card} if self.card else {}),
        }


class LoadProblem(BaseModel):
    """A file that could not be read; the others are still indexed."""

    path: str
    message: str


class IndexReport(BaseModel):
    """What an index run did."""

    files_indexed: int = 0
    files_skipped: int = 0
    files_removed: int = 0
    passages: int = 0
    problems: list[LoadProblem] = Field(default_factory=list)
    seconds: float = 0.0


class Support(BaseModel):
    """A claim's basis: a passage id and a verbatim quote from it."""

    passage_id: str
    quote: str


class Claim(BaseModel):
    """One sentence of an answer or draft with the passages it relies on."""

    text: str
    support: list[Support] = Field(default_factory=list)
