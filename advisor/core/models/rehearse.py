"""Arguments, objections and the rehearsal: catalogue entries, coach feedback, the saved session."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from advisor.core.models.corpus import Claim, Support
from advisor.core.models.drafts import CitedDraft
from advisor.core.models.inputs import Proposal, Situation

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
    "always",
    "in_probation",
    "leadership_position",
    "physical_presence",
    "deep_focus",
    "asks_home_office",
    "asks_flexible_time",
    "home_days_at_least",
    "words",
    "concerns",
    "sector",
    "employer_size_at_most",
    "model",
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
    text_en: str | None = Field(None, description="The same reply in English, with the same {placeholders}.")
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
    concern_en: str = Field("", description="The concern in English.")
    requires: Literal["home_office", "flexible_time"] | None = None
    fairness: bool = False
    legal: Literal["flexible_time", "home_office"] | None = Field(
        None, description="Which legal point a good reply gets right, if any."
    )
    triggers: list[ObjectionTrigger] = Field(default_factory=list)
    concepts: list[str] = Field(description="Words and phrases a reply that answers the concern uses.")
    concepts_en: list[str] = Field(default_factory=list, description="The same in English, for English replies.")
    replies: list[ObjectionReply]
    manager_lines: list[str] = Field(description="How a manager raises it (nb); {placeholders} from the facts.")
    manager_lines_en: list[str] = Field(default_factory=list, description="How a manager raises it in English.")

    def concern_in(self, lang: str) -> str:
        """The concern in `lang` (bokmål when there is no English)."""
        return (self.concern_en if lang == "en" else "") or self.concern

    def lines_in(self, lang: str) -> list[str]:
        """The manager's lines in `lang` (bokmål when there are none in English)."""
        return (self.manager_lines_en if lang == "en" else []) or self.manager_lines

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
        return next((s.score for s in self.scores if s.key == key and s.max), None)  # max 0: not relevant


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
