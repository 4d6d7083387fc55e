"""What the user tells us: the situation, the proposal, a refused request. Control characters are removed."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from advisor.core.models.corpus import Citation

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


class FactCorrection(UserInput):
    """The user's correction of a fact the refusal check read: it wins over the reader."""

    field: str = Field(description="The fact's field, e.g. 'ground', 'child_age', 'documentation'.")
    value: str | int | bool | None = Field(None, description="The value to remove or add (None: every value).")
    action: Literal["remove", "add"] = "remove"
    source: str = Field("", description="For an added fact: what the user said, shown as its source.")


class RefusalCase(UserInput):
    """A request that was refused, for the union representative's check."""

    request: str = Field(description="What was asked for.")
    refusal: str = Field(description="The employer's answer and reasons, as text (untrusted).")
    refusal_received: str | None = Field(None, description="Date the written refusal reached the employee, YYYY-MM-DD.")
    written_refusal: bool = False
    employee: EmployeeFacts = Field(default_factory=EmployeeFacts)
    employer: EmployerFacts = Field(default_factory=EmployerFacts)
    notes: str = Field("", description="The representative's own notes on the case, in free text.")
    corrections: list[FactCorrection] = Field(
        default_factory=list, description="Facts the user marked wrong or added; they win over the reader."
    )


class Finding(BaseModel):
    """One reason the employer gave, assessed against one of the nemnd's criteria."""

    reason: str
    criterion: str
    assessment: str
    citations: list[Citation] = Field(default_factory=list)


class PolicyPoint(UserInput):
    """Where an organisation stands on one of the nine HR points of the guide."""

    done: bool = Field(False, description="The point is in place in the organisation.")
    notes: str = Field("", description="The organisation's own decisions, one per line (never cited).")


class PolicyInput(UserInput):
    """The HR policy checklist: the organisation's name and its state on the nine points (1–9)."""

    org: str = Field("", description="Name of the organisation (for the title).")
    points: dict[int, PolicyPoint] = Field(default_factory=dict, description="Point number 1–9 -> its state.")
