"""Drafts: sections of cited claims, and the rendered draft with numbered, checked citations."""

from __future__ import annotations

from pydantic import BaseModel, Field

from advisor.core.models.corpus import Citation, Claim


class DraftSection(BaseModel):
    """A headed part of a draft; each claim carries its support."""

    heading: str
    claims: list[Claim] = Field(default_factory=list)
    mandatory: bool | None = Field(None, description="For agreement clauses: required by the regulation.")
    key: str = Field("", description="Machine key, e.g. the hjemmekontorforskriften § 2 item.")


class Draft(BaseModel):
    """A drafted document (arguments, agreement, next steps) before citations are numbered."""

    kind: str
    title: str
    sections: list[DraftSection] = Field(default_factory=list)
    notice: str | None = None
    backend: str | None = Field(None, description="Set by a language model that rewrote the draft.")


class RenderedSection(BaseModel):
    """A section as shown: its heading and its lines with citation markers."""

    heading: str
    lines: list[str]
    mandatory: bool | None = None
    key: str = ""


class CitedDraft(BaseModel):
    """A draft whose claims have been checked and numbered; what users see and export."""

    kind: str
    title: str
    sections: list[RenderedSection]
    citations: list[Citation]
    backend: str = "none"
    notice: str | None = None
