"""Results of the agreement gap check and the refusal check."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from advisor.core.models.corpus import Citation, public_citation
from advisor.core.models.drafts import CitedDraft
from advisor.core.models.inputs import Finding, Overall, Track


class Gap(BaseModel):
    """One item of a written agreement (hjemmekontorforskriften § 2 (1) or a recommended extra), found or missing."""

    key: str = Field(description="Item key, e.g. 'p2_7_utstyr' or 'grenser'.")
    label_nb: str
    label_en: str
    group: Literal["p2", "extra"] = Field(
        "p2",
        description="p2 = hjemmekontorforskriften § 2 første ledd, strekpunkt 1–8 (punkt 1–8 i listen); extra = recommended by the guides.",
    )
    mandatory: bool = Field(description="Required by the regulation (item 4 only if the agreement is temporary).")
    condition_nb: str = Field(
        "", description="When a conditional requirement applies, e.g. 'dersom avtalen er midlertidig'."
    )
    condition_en: str = ""
    evidence: str = Field(
        "",
        description="The clause that settles the item (present), or that only partly settles or merely mentions it (missing).",
    )
    status: Literal["settled", "partly", "unsettled", "missing"] = Field(
        "settled",
        description="settled = a clause settles the item; partly = only some of it; unsettled = mentioned or deferred, not settled; missing = not there.",
    )
    open: list[str] = Field(
        default_factory=list, description="For a partly settled item: what no clause settles (facet names)."
    )
    similar: str = Field(
        "",
        description="For a missing item: a clause that resembles clauses settling it in other agreements "
        "(found by similarity, not by the rules) — probably settles it; to check by hand.",
    )
    citations: list[Citation] = Field(default_factory=list, description="Checked citations for the item.")


class GapReport(BaseModel):
    """Which agreement items a text covers and which are missing, with a cited draft for display."""

    source: str = Field(description="File name, or 'innlimt tekst' for pasted text.")
    present: list[Gap] = Field(default_factory=list)
    missing: list[Gap] = Field(default_factory=list)
    placeholders: int = Field(0, description="Unfilled «[fyll inn» fields in the text.")
    cited: CitedDraft


RefusalStrength = Literal["general", "concrete", "documented"]


class RefusalFinding(Finding):
    """A finding of the refusal check; `source` and `strength` stay out of the public JSON."""

    source: Literal["refusal", "case"] = Field("refusal", description="The employer's text, or the facts of the case.")
    strength: RefusalStrength | None = Field(None, description="How concrete an employer's reason is.")


class RefusalDeadlines(BaseModel):
    """Deadlines that follow from a refusal."""

    tvistelosningsnemnda: str | None = Field(None, description="Last day to bring the case to the nemnd, YYYY-MM-DD.")


class ReadFact(BaseModel):
    """A fact the refusal check relies on, with the phrase it was read from («what I read»)."""

    field: str
    value: str | int | bool
    source: str = Field(description="The phrase in the user's text (or the form field's value) it came from.")
    start: int = Field(-1, description="Start of the phrase in the text named by `where` (-1: a form field).")
    end: int = -1
    how: Literal["rule", "similarity", "user"] = "rule"
    where: str = Field("request", description="request, refusal, notes, needs, history, employer_facts or a field.")
    strength: RefusalStrength | None = None
    criteria: list[str] = Field(default_factory=list, description="For an employer reason: the nemnd's criteria.")
    label: str = ""


class RefusalVerdict(BaseModel):
    """The box a representative reads first."""

    assessment: Overall
    sentence: str = Field(description="The assessment in one cited sentence.")
    deciding: list[ReadFact] = Field(default_factory=list, description="The two or three facts that decide it.")
    deadline: str = Field("", description="The deadline to the nemnd in one sentence, or why there is none.")
    get: list[str] = Field(default_factory=list, description="Cited lines: what to get before going further.")
    settle: str | None = Field(None, description="For 'unclear': the kind of fact that would settle it.")


class TlnSubmission(BaseModel):
    """The draft submission to Tvisteløsningsnemnda, filled from the case (the cited text is in `draft`)."""

    track: Track
    period: str | None = None
    placement: str | None = None
    reduction_percent: int | None = None
    grounds: list[str] = Field(default_factory=list, description="The entry grounds read from the case.")
    employer_reasons: list[str] = Field(default_factory=list, description="The employer's reasons, quoted.")
    deadline: str | None = Field(None, description="Last day to file, YYYY-MM-DD.")
    deadline_passed: bool | None = None
    documents: list[str] = Field(default_factory=list, description="Documents the case needs attached.")
    draft: CitedDraft


class RefusalCheck(BaseModel):
    """A union representative's check of a refusal: track, competence, findings, deadline, next steps."""

    track: Track
    subject: str = Field("", description="Finer than track: 'sick_leave', 'overtime', 'unknown', or the track itself.")
    tln_competent: bool = Field(description="Whether Tvisteløsningsnemnda can decide the (main) request.")
    assessment: Overall
    verdict: RefusalVerdict | None = None
    facts: list[ReadFact] = Field(default_factory=list, description="What the check read, each with its source phrase.")
    findings: list[RefusalFinding] = Field(default_factory=list)
    what_would_change: list[str] = Field(
        default_factory=list, description="Cited lines: facts that would move the result."
    )
    missing_information: list[str] = Field(
        default_factory=list, description="Cited lines: what to find out or ask for."
    )
    deadlines: RefusalDeadlines = Field(default_factory=RefusalDeadlines)
    next_steps: list[str] = Field(default_factory=list, description="Cited lines, one per step.")
    citations: list[Citation] = Field(default_factory=list)
    uncertainty: str = Field("", description="Cited statement of how sure the assessment is.")
    disclaimer: str = Field("", description="Not legal advice; see tillitsvalgt or advokat.")
    split_tracks: list[Track] = Field(
        default_factory=list, description="Parts of a mixed request the nemnd can decide."
    )
    deadline_passed: bool | None = None
    ignored_text: list[str] = Field(
        default_factory=list, description="Parts of the refusal set aside as instructions or unverifiable references."
    )
    report: CitedDraft | None = Field(None, description="The whole check as one cited draft (kind 'refusal_check').")

    def public(self) -> dict:
        """The JSON shape of the refusal check."""
        return {
            "track": self.track,
            "tln_competent": self.tln_competent,
            "assessment": self.assessment,
            "verdict": self.verdict.model_dump(mode="json") if self.verdict else None,
            "facts": [f.model_dump(mode="json") for f in self.facts],
            "findings": [
                {
                    "reason": f.reason,
                    "criterion": f.criterion,
                    "assessment": f.assessment,
                    "citations": [public_citation(c) for c in f.citations],
                }
                for f in self.findings
            ],
            "what_would_change": list(self.what_would_change),
            "missing_information": list(self.missing_information),
            "deadlines": {"tvistelosningsnemnda": self.deadlines.tvistelosningsnemnda},
            "next_steps": list(self.next_steps),
            "citations": [public_citation(c) for c in self.citations],
            "uncertainty": self.uncertainty,
            "disclaimer": self.disclaimer,
            # e.g. that a language model's wording was replaced: the user must see it, as with `ask`
            **({"notice": self.report.notice} if self.report is not None and self.report.notice else {}),
        }
