"""The refusal check for union representatives (tillitsvalgte): the case analysed once.

The case reader (facts.py) turns the request, the refusal and the form's fields into facts with
their source phrases; the nemnd's method (method.py) decides track, entry condition, the weight of
each employer reason and the overall assessment, step by step. This module gathers what the check,
the next steps and the submission draft need, so a case is read and weighed once per request.

The refusal text is untrusted data. It is only matched against words and examples, never followed:
a sentence that reads like an instruction to a machine, or cites a source the corpus does not
contain, is set aside together with the rest of its paragraph (reading.screen_refusal), and no
citation ever comes from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from advisor.core.models import Claim, RefusalCase, Track
from advisor.tasks.refusal.case import read_case
from advisor.tasks.refusal.deadline import _parse_date, tln_deadline
from advisor.tasks.refusal.facts import Fact, Reading, decide_track
from advisor.tasks.refusal.method import Outcome, Reason, run
from advisor.tasks.refusal.reading import screen_refusal
from advisor.tasks.refusal.report import claim
from advisor.tasks.refusal.rules import TLN_TRACKS, _rx

if TYPE_CHECKING:
    from advisor.core.models import Overall
    from advisor.core.settings import Settings

# The reader's criteria, in the names the submission's argument texts use (next_steps_submission.json).
OLD_CRITERION = {
    "substitute": "substitute",
    "key_role": "nature_of_post",
    "presence": "nature_of_post",
    "rota": "nature_of_post",
    "cost": "cost",
    "precedent": "precedent",
    "workload": "colleague_load",
    "logistics": "logistics",
}


@dataclass
class Need:
    """What is known about why the employee needs the arrangement."""

    kinds: list[str] = field(default_factory=list)  # childcare, health, care, commute, leisure
    health_documented: bool = False
    weighty: bool = False


@dataclass(frozen=True)
class ReasonView:
    """An employer reason as the next steps and the submission quote it."""

    text: str
    criteria: tuple[str, ...]
    strength: str


@dataclass
class FindingDraft:
    """A finding before citations are numbered."""

    reason: str
    criterion: str
    claims: list[Claim]
    source: str = "refusal"
    strength: str | None = None
    key: str = ""  # the method text key (and, for case facts, the submission's fact key)


@dataclass
class CaseAnalysis:
    """Everything the check, the next steps and the submission draft need, before rendering."""

    case: RefusalCase
    today: date
    track: Track
    subject: str
    split_tracks: list[Track]
    reading: Reading
    method_reasons: list[Reason]
    outcome: Outcome
    reasons: list[ReasonView]
    ignored: list[str]
    need: Need
    entry: str  # met | not_met | undocumented | unknown | n/a | leadership
    entry_keys: list[str]
    discrimination: bool
    received: date | None
    deadline: date | None
    deadline_raw: date | None
    assessment: Overall = "unclear"
    findings: list[FindingDraft] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def facts(self) -> list[Fact]:
        """Every fact the check relies on, the employer's reasons included."""
        return [*self.reading.facts, *(x.fact for x in self.method_reasons)]

    @property
    def tln_competent(self) -> bool:
        """Whether the nemnd can decide the request (§ 10-13: § 10-2 (2)–(4) and § 10-6 (10))."""
        return self.subject in (*TLN_TRACKS, "overtime")

    @property
    def tln_track(self) -> Track | None:
        """The part of the request the nemnd can decide under § 10-2, if any."""
        if self.track in TLN_TRACKS:
            return self.track
        return self.split_tracks[0] if self.split_tracks else None

    @property
    def has_tln_route(self) -> bool:
        """Whether the request, or part of it, can be brought to the nemnd."""
        return self.tln_competent or bool(self.split_tracks)

    @property
    def deadline_passed(self) -> bool | None:
        """Whether the deadline is before `today`; None without a deadline."""
        return None if self.deadline is None else self.deadline < self.today


def _need(r: Reading, outcome: Outcome) -> Need:
    kinds = []
    if r.has("need", "childcare") or r.has("ground", "children_under_10"):
        kinds.append("childcare")
    if r.has("ground", "health"):
        kinds.append("health")
    if r.has("ground", "social"):
        kinds.append("care")
    for k in ("commute", "leisure"):
        if r.has("need", k):
            kinds.append(k)
    need_step = next((s for s in outcome.steps if s.key == "need"), None)
    return Need(
        kinds=kinds,
        health_documented=r.has("documentation", "health:present"),
        weighty=bool(need_step and need_step.outcome == "weighty"),
    )


_ENTRY = {
    "met": "met",
    "absent_doc": "not_met",
    "not_met": "not_met",
    "undocumented": "undocumented",
    "unknown": "unknown",
    "n/a": "n/a",
    "leadership": "n/a",
}


def _entry_keys(r: Reading, entry: str, track: str | None) -> list[str]:
    """The submission's keys for the entry condition (next_steps_submission.json)."""
    keys = []
    if r.has("ground", "age_62") and track == "reduced_time":
        keys.append("entry.age_62")
    if r.has("ground", "children_under_10"):
        keys.append("entry.children")
    if r.has("ground", "health"):
        keys.append(
            "entry.health_documented" if r.has("documentation", "health:present") else "entry.health_undocumented"
        )
    if r.has("ground", "social"):
        documented = r.has("documentation", "care:present") or r.has("documentation", "health:present")
        keys.append("entry.social_documented" if documented else "entry.social_undocumented")
    if entry == "unknown" and track in ("reduced_time", "night_work"):
        keys.append(f"entry.unknown.{track}")
    return keys


# Method text key → the submission's key for a fact that speaks for the employee.
_HELPFUL = {
    "entry.age_62": "entry.age_62",
    "entry.children": "entry.children",
    "entry.health": "entry.health_documented",
    "entry.social": "entry.social_documented",
    "practice.past": "past.positive",
    "practice.size": "size.large",
}


def _findings(a: CaseAnalysis, lang: str) -> list[FindingDraft]:
    out: list[FindingDraft] = []
    for step in a.outcome.steps:
        for key, values in step.texts:
            source = "refusal" if key.startswith("reason.") else "case"
            reason = str(values.get("reason") or "")
            if not reason and step.facts:
                reason = step.facts[0].source
            strength = None
            if key.startswith("reason.") and key.split(".")[1] in ("general", "concrete", "documented"):
                strength = key.split(".")[1]
            out.append(
                FindingDraft(
                    reason=reason,
                    criterion=step.key,
                    claims=[claim(key, values, lang)],
                    source=source,
                    strength=strength,
                    key=_HELPFUL.get(key, key),
                )
            )
        if step.key == "need" and step.outcome == "weighty":
            kinds = a.need.kinds
            extra = (
                "need.childcare"
                if "childcare" in kinds
                else "need.health_documented"
                if ("health" in kinds and a.need.health_documented)
                else "need.care"
                if "care" in kinds
                else ""
            )
            if extra:
                out[-1].key = extra
    return out


def analyse_case(
    case: RefusalCase, today: date | None = None, settings: Settings | None = None, lang: str = "nb"
) -> CaseAnalysis:
    """Read the case and weigh it by the nemnd's method: facts, track, reasons, entry, need, deadline, result."""
    today = today or date.today()
    reading, reasons, ignored = read_case(case, settings)
    track, subject, split = decide_track(reading)
    outcome = run(reading, reasons, track, subject, split, written=case.written_refusal)
    tln_track = track if track in TLN_TRACKS else (split[0] if split else None)
    entry_step = next((s for s in outcome.steps if s.key == "entry"), None)
    entry = _ENTRY.get(entry_step.outcome if entry_step else "n/a", "n/a")
    kept, _ = screen_refusal(case.refusal)
    discrimination = bool(
        _rx("need", "discrimination").search(
            f"{case.request}\n{case.employee.needs}\n{case.notes}\n{' '.join(kept)}".lower()
        )
    )
    received = _parse_date(case.refusal_received)
    deadline = raw = None
    if (subject in (*TLN_TRACKS, "overtime") or split) and case.written_refusal and received:
        raw = received + timedelta(weeks=4)
        deadline = tln_deadline(received)
    views = [
        ReasonView(x.fact.value, tuple(OLD_CRITERION[c] for c in x.criteria) or ("general",), x.strength)
        for x in reasons
    ]
    a = CaseAnalysis(
        case=case,
        today=today,
        track=track,
        subject=subject,
        split_tracks=split,
        reading=reading,
        method_reasons=reasons,
        outcome=outcome,
        reasons=views,
        ignored=ignored,
        need=_need(reading, outcome),
        entry=entry,
        entry_keys=_entry_keys(reading, entry, tln_track),
        discrimination=discrimination,
        received=received,
        deadline=deadline,
        deadline_raw=raw,
        assessment=outcome.assessment,
    )
    if subject == "unknown":
        outcome.get.insert(0, ("get.request", {}))
    elif a.has_tln_route and not case.written_refusal:
        outcome.get.insert(0, ("get.written", {}))
    elif a.has_tln_route and received is None:
        outcome.get.insert(0, ("get.received", {}))
    a.findings = _findings(a, lang)
    a.missing = [k for k, _ in outcome.get]
    return a
