"""Domain types. They import no chromadb, LangChain or widgets; the CLI's JSON files are these models."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

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
    """A numbered citation as shown in an answer; `verified` is set by advisor.cite, nowhere else."""

    n: int
    passage_id: str
    ref: str
    title: str
    quote: str
    url: str = ""
    verified: bool = False
    status: SourceStatus = "verified"
    date: str = ""


class Answer(BaseModel):
    """A cited answer to a question."""

    question: str
    answer: str
    abstained: bool = False
    backend: str = "none"
    citations: list[Citation] = Field(default_factory=list)
    notice: str | None = Field(None, description="Shown to the user, e.g. when a model draft was replaced.")

    def public(self) -> dict:
        """The JSON shape of `flexwork ask --json`."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "backend": self.backend,
            "citations": [
                {k: c.model_dump()[k] for k in ("n", "passage_id", "ref", "title", "quote", "url", "verified")}
                | {"status": c.status}
                for c in self.citations
            ],
            **({"notice": self.notice} if self.notice else {}),
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


# --- the employee's situation and proposal ----------------------------------------------------

# C0/C1 control characters (terminal escapes, NUL: Word cannot store them) and lone surrogates
# (cannot be printed or saved as UTF-8); tab, newline and carriage return are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def without_control(value: Any) -> Any:
    """`value` (text, or a list of texts) without control characters and lone surrogates."""
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    if isinstance(value, list):
        return [without_control(v) for v in value]
    return value


class UserInput(BaseModel):
    """Base of the models a user fills in: control characters and lone surrogates are dropped from text."""

    @field_validator("*", mode="before")
    @classmethod
    def _drop_control_characters(cls, value: Any) -> Any:
        return without_control(value)


ProposalModel = Literal["fleksitid", "faste_hjemmedager", "situasjonsbestemt", "hybrid"]
Weekday = Literal["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


class Task(UserInput):
    """A work task and what it needs."""

    name: str = Field(description="What the task is, e.g. 'månedsrapporter'.")
    deep_focus: bool = Field(False, description="Needs long stretches without interruptions.")
    physical_presence: bool = Field(False, description="Can only be done on site (customers, lab, shop, drift).")
    share_percent: int | None = Field(None, ge=0, le=100, description="Rough share of working time.")


class Result(UserInput):
    """A recent result or deliverable, with the evidence for it."""

    description: str
    evidence: str = Field("", description="Where it can be checked: numbers, feedback, dates.")
    when: str = ""


class Situation(UserInput):
    """The employee's situation, as collected by the intake (workbook 1)."""

    role: str = Field("", description="Role and title.")
    employment_percent: int = Field(100, ge=1, le=100)
    sector: Literal["privat", "offentlig_stat", "offentlig_kommune", "ideell", "annet"] = "privat"
    employer_size: int | None = Field(None, ge=1, description="Number of employees, if known.")
    tariff_or_policy: str = Field("", description="Tariff agreement or company policy, if known.")
    current_arrangement: str = Field("", description="Today's hours and place of work.")
    tasks: list[Task] = Field(default_factory=list)
    best_hours: str = Field("", description="When the employee works best, e.g. '07–15'.")
    commute_minutes: int | None = Field(None, ge=0, le=600, description="One way.")
    care_duties: str | None = Field(None, description="Optional; never required.")
    health: str | None = Field(None, description="Optional; never required.")
    age_62_or_over: bool | None = Field(None, description="Optional; relevant for reduced working time.")
    leadership_position: bool = Field(False, description="Ledende or særlig uavhengig stilling (aml § 10-12).")
    in_probation: bool = False
    manager_concerns: list[str] = Field(default_factory=list, description="What the manager is likely to worry about.")
    results: list[Result] = Field(default_factory=list)
    own_arguments: list[str] = Field(default_factory=list, description="Sentences the user wrote to argue the case.")


class KPI(UserInput):
    """A measurable goal for the trial period."""

    name: str
    target: str = Field(description="E.g. 'svar innen 4 timer', '≥ 95 % frister holdt'.")
    baseline: str = ""


class Proposal(UserInput):
    """What the employee proposes (workbook 2)."""

    model: ProposalModel = "hybrid"
    home_days: list[Weekday] = Field(default_factory=list, description="Fixed home-office days.")
    office_days: list[Weekday] = Field(default_factory=list)
    situational_rules: str = Field("", description="When situational home office may be used.")
    core_hours: str = Field("09:00-14:30", description="Kjernetid: when everyone is present.")
    outer_hours: str = Field("07:00-18:00", description="Ytre tid: the window the day may start and end in.")
    avspasering: bool = Field(True, description="Plus hours can be taken off later.")
    weekly_hours: float = Field(37.5, gt=0, le=60)
    availability_window: str = Field("09:00-15:00")
    availability_channels: list[str] = Field(default_factory=lambda: ["Teams", "telefon"])
    response_time: str = Field("innen 2 timer i tilgjengelighetstiden")
    deliverables: list[str] = Field(default_factory=list)
    follow_up: list[str] = Field(default_factory=lambda: ["ukentlig statusmøte med leder"])
    trial_months: int = Field(3, ge=0, le=24, description="0 = no trial period.")
    kpis: list[KPI] = Field(default_factory=list)
    evaluation_date: str | None = Field(None, description="YYYY-MM-DD")
    start_date: str | None = Field(None, description="YYYY-MM-DD")
    minimum: list[str] = Field(default_factory=list, description="Must have.")
    nice_to_have: list[str] = Field(default_factory=list, description="Can be given up to reach agreement.")
    equipment: str = Field("", description="Who owns, runs and maintains the equipment.")
    notice: str = Field("", description="How the arrangement can be changed or ended, with notice.")


# --- refusals --------------------------------------------------------------------------------

Track = Literal["flexible_time", "reduced_time", "night_work", "home_office", "other"]
Overall = Literal["refusal_likely_unjustified", "refusal_likely_justified", "unclear", "outside_tln"]


class EmployeeFacts(UserInput):
    """What is known about the employee in a refusal case."""

    role: str = ""
    needs: str = Field("", description="Why the arrangement is asked for.")
    documentation: list[str] = Field(default_factory=list, description="E.g. 'legeattest', 'barnehagebekreftelse'.")
    age: int | None = Field(None, ge=14, le=100)
    children_under_10: bool | None = None
    history: str = Field("", description="Earlier arrangements and how they worked.")
    works_nights: bool | None = None


class EmployerFacts(UserInput):
    """What is known about the employer in a refusal case."""

    name: str = ""
    size: int | None = Field(None, ge=1, description="Employees in the business.")
    sector: str = ""
    alternatives_offered: list[str] = Field(default_factory=list)
    facts: str = ""


class RefusalCase(UserInput):
    """A request that was refused, for the union representative's check."""

    request: str = Field(description="What was asked for.")
    refusal: str = Field(description="The employer's answer and reasons, as text (untrusted).")
    refusal_received: str | None = Field(None, description="Date the written refusal reached the employee, YYYY-MM-DD.")
    written_refusal: bool = False
    employee: EmployeeFacts = Field(default_factory=EmployeeFacts)
    employer: EmployerFacts = Field(default_factory=EmployerFacts)


class Finding(BaseModel):
    """One reason the employer gave, assessed against one of the nemnd's criteria."""

    reason: str
    criterion: str
    assessment: str
    citations: list[Citation] = Field(default_factory=list)


# --- drafts ----------------------------------------------------------------------------------


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


# --- arguments, objections, rehearse ---------------------------------------------------------

Applies = Literal["any", "home_office", "flexible_time", "flex_right"]


class LocalText(BaseModel):
    """A short text in bokmål with its English equivalent."""

    nb: str
    en: str = ""

    def get(self, lang: str = "nb") -> str:
        """The text in `lang`, falling back to bokmål."""
        return (self.en if lang == "en" else self.nb) or self.nb


class PassageRef(BaseModel):
    """Where a catalogue text is grounded: a passage id and a phrase that locates the sentence."""

    passage_id: str
    contains: str


class Reframe(BaseModel):
    """A need-based sentence of the user's, rewritten as a results-based one."""

    before: str = Field(description="The user's own sentence.")
    after: str = Field(description="The same wish, argued from results.")
    why: str
    support: list[Support] = Field(default_factory=list, description="The guide sentences the reframe relies on.")


class ArgumentsResult(BaseModel):
    """What draft_arguments returns: the cited arguments and the need → result rewrites."""

    draft: CitedDraft
    reframes: list[Reframe] = Field(default_factory=list)


ObjectionTriggerKind = Literal[
    "always", "in_probation", "leadership_position", "physical_presence", "deep_focus",
    "asks_home_office", "asks_flexible_time", "home_days_at_least", "words", "concerns",
    "sector", "employer_size_at_most", "model",
]


class ObjectionTrigger(BaseModel):
    """A fact of the situation or proposal that makes an objection more likely."""

    when: ObjectionTriggerKind
    value: int | list[str] | None = None
    weight: float = 1.0
    reason: LocalText = Field(default_factory=lambda: LocalText(nb=""))
    ref: PassageRef | None = Field(None, description="Support for the reason; default: the objection's own sentence.")


class ObjectionReply(BaseModel):
    """A good reply to an objection, grounded in one or more passages."""

    text: LocalText
    refs: list[PassageRef]
    applies: Applies = "any"


class ObjectionExample(BaseModel):
    """A model reply in the first person; {placeholders} are filled from the proposal."""

    text: str
    ref: PassageRef
    applies: Applies = "any"


class Objection(BaseModel):
    """One entry of the objection catalogue (advisor/data/objections.json)."""

    id: str
    label: LocalText
    text: LocalText = Field(description="The objection as a manager would say it.")
    ref: PassageRef = Field(description="The guide sentence that describes the objection.")
    behind: LocalText = Field(description="What usually lies behind it.")
    behind_ref: PassageRef
    concern: str = Field(description="The concern in a few words (nb), for follow-up questions.")
    requires: Literal["home_office", "flexible_time"] | None = None
    fairness: bool = False
    legal: Literal["flexible_time", "home_office"] | None = Field(
        None, description="Which legal point a good reply gets right, if any.")
    triggers: list[ObjectionTrigger] = Field(default_factory=list)
    concepts: list[str] = Field(description="Words and phrases a reply that answers the concern uses.")
    replies: list[ObjectionReply]
    manager_lines: list[str] = Field(description="How a manager raises it (nb); {placeholders} from the facts.")
    examples: list[ObjectionExample] = Field(default_factory=list)


class FitReason(BaseModel):
    """Why an objection is likely in this situation."""

    text: LocalText
    ref: PassageRef


class ObjectionFit(BaseModel):
    """An objection with how well it fits the situation and why."""

    objection: Objection
    score: float
    reasons: list[FitReason] = Field(default_factory=list)


class CriterionScore(BaseModel):
    """One rubric criterion's score for one reply."""

    key: str
    label: str
    score: int = Field(ge=0, le=2)
    max: int = 2
    comment: str = ""


ManagerStage = Literal["raise", "follow_up", "escalate", "accept", "close", "summary"]


class CoachFeedback(BaseModel):
    """The coach's assessment of one reply: scores per criterion, tips and a better example, cited."""

    objection_id: str
    scores: list[CriterionScore]
    total: int
    max_total: int
    good: bool = Field(description="Answers the concern and is concrete or offers a trial/adjustment.")
    home_office_right_claimed: bool = False
    leader_flex_right_claimed: bool = False
    cited: CitedDraft = Field(description="Scores, tips, example and any correction, every line cited.")

    def score(self, key: str) -> int | None:
        """The score of one criterion, None if it did not apply."""
        return next((s.score for s in self.scores if s.key == key), None)


class ManagerTurn(BaseModel):
    """What the manager says in the role-play; every sentence is a claim with its support."""

    objection_id: str = ""
    stage: ManagerStage
    text: str
    claims: list[Claim] = Field(default_factory=list)
    done: bool = False


class Exchange(BaseModel):
    """One reply of the employee, the coach's feedback and the manager's next turn."""

    reply: str
    feedback: CoachFeedback
    manager: ManagerTurn


class TranscriptEntry(BaseModel):
    """One line of the role-play transcript."""

    speaker: Literal["manager", "employee", "coach"]
    text: str
    objection_id: str = ""
    stage: str = ""
    score: int | None = None


class RehearsalState(BaseModel):
    """Everything a role-play session needs to continue; stored between web requests."""

    situation: Situation
    proposal: Proposal
    seed: int = 0
    queue: list[str] = Field(default_factory=list, description="Objection ids, best fit first.")
    index: int = Field(0, description="Position in `queue` of the objection on the table.")
    weak: int = Field(0, description="Weak replies so far to the objection on the table.")
    accepted: list[str] = Field(default_factory=list)
    unresolved: list[str] = Field(default_factory=list)
    opening: ManagerTurn | None = None
    exchanges: list[Exchange] = Field(default_factory=list)
    done: bool = False


# --- agreement ---


class Gap(BaseModel):
    """One item of a written agreement (hjemmekontorforskriften § 2 (1) or a recommended extra), found or missing."""

    key: str = Field(description="Item key, e.g. 'p2_7_utstyr' or 'grenser'.")
    label_nb: str
    label_en: str
    group: Literal["p2", "extra"] = Field(
        "p2", description="p2 = hjemmekontorforskriften § 2 første ledd, strekpunkt 1–8 (punkt 1–8 i listen); extra = recommended by the guides."
    )
    mandatory: bool = Field(description="Required by the regulation (item 4 only if the agreement is temporary).")
    condition_nb: str = Field("", description="When a conditional requirement applies, e.g. 'dersom avtalen er midlertidig'.")
    condition_en: str = ""
    evidence: str = Field("", description="For a present item: the sentence it was found in.")
    citations: list[Citation] = Field(default_factory=list, description="Checked citations for the item.")


class GapReport(BaseModel):
    """Which agreement items a text covers and which are missing, with a cited draft for display."""

    source: str = Field(description="File name, or 'innlimt tekst' for pasted text.")
    present: list[Gap] = Field(default_factory=list)
    missing: list[Gap] = Field(default_factory=list)
    placeholders: int = Field(0, description="Unfilled «[fyll inn» fields in the text.")
    cited: CitedDraft


# --- refusal check (advisor.refusal, advisor.next_steps) --------------------------------------

RefusalStrength = Literal["general", "concrete", "documented"]


def public_citation(c: Citation) -> dict:
    """A citation in the JSON shape of `flexwork ask --json`."""
    return {k: getattr(c, k) for k in ("n", "passage_id", "ref", "title", "quote", "url", "verified", "status")}


class RefusalFinding(Finding):
    """A finding of the refusal check; `source` and `strength` stay out of the public JSON."""

    source: Literal["refusal", "case"] = Field("refusal", description="The employer's text, or the facts of the case.")
    strength: RefusalStrength | None = Field(None, description="How concrete an employer's reason is.")


class RefusalDeadlines(BaseModel):
    """Deadlines that follow from a refusal."""

    tvistelosningsnemnda: str | None = Field(None, description="Last day to bring the case to the nemnd, YYYY-MM-DD.")


class RefusalCheck(BaseModel):
    """A union representative's check of a refusal: track, competence, findings, deadline, next steps."""

    track: Track
    subject: str = Field("", description="Finer than track: 'sick_leave', 'overtime', 'unknown', or the track itself.")
    tln_competent: bool = Field(description="Whether Tvisteløsningsnemnda can decide the (main) request.")
    assessment: Overall
    findings: list[RefusalFinding] = Field(default_factory=list)
    missing_information: list[str] = Field(default_factory=list, description="Cited lines: what to find out or ask for.")
    deadlines: RefusalDeadlines = Field(default_factory=RefusalDeadlines)
    next_steps: list[str] = Field(default_factory=list, description="Cited lines, one per step.")
    citations: list[Citation] = Field(default_factory=list)
    uncertainty: str = Field("", description="Cited statement of how sure the assessment is.")
    disclaimer: str = Field("", description="Not legal advice; see tillitsvalgt or advokat.")
    split_tracks: list[Track] = Field(default_factory=list, description="Parts of a mixed request the nemnd can decide.")
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
            "findings": [
                {"reason": f.reason, "criterion": f.criterion, "assessment": f.assessment,
                 "citations": [public_citation(c) for c in f.citations]}
                for f in self.findings
            ],
            "missing_information": list(self.missing_information),
            "deadlines": {"tvistelosningsnemnda": self.deadlines.tvistelosningsnemnda},
            "next_steps": list(self.next_steps),
            "citations": [public_citation(c) for c in self.citations],
            "uncertainty": self.uncertainty,
            "disclaimer": self.disclaimer,
            # e.g. that a language model's wording was replaced: the user must see it, as with `ask`
            **({"notice": self.report.notice} if self.report is not None and self.report.notice else {}),
        }
