"""The refusal check for union representatives (tillitsvalgte).

Which right a refused request falls under, what each reason the employer gave is worth against
Tvisteløsningsnemnda's criteria, what is missing, and the deadline to bring the case
(forskrift om tvisteløsningsnemnd § 4 (1)). Patterns live in advisor/data/refusal_rules.json and
every sentence the check writes lives, with its citations, in advisor/data/refusal_texts.json.

The refusal text is untrusted data. It is only matched against patterns, never followed: a
sentence that reads like an instruction to a machine, or cites a source the corpus does not
contain, is set aside together with the rest of its paragraph, and no citation ever comes from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from advisor.core.models import Claim, RefusalCase, Track
from advisor.tasks.refusal.deadline import _parse_date, tln_deadline
from advisor.tasks.refusal.reading import Reason, classify_track, extract_reasons, screen_refusal
from advisor.tasks.refusal.rules import TLN_TRACKS, _rule, _rx, claims_from, clean, data, label

if TYPE_CHECKING:
    from advisor.core.models import Overall


@dataclass
class Need:
    """What is known about why the employee needs the arrangement."""

    kinds: list[str] = field(default_factory=list)  # childcare, health, care, commute, leisure
    health_documented: bool = False
    serious_health: bool = False

    @property
    def weighty(self) -> bool:
        """A need the nemnd weighs heavily: childcare, family care, or documented health."""
        return ("childcare" in self.kinds or "care" in self.kinds
                or ("health" in self.kinds and self.health_documented))


@dataclass
class FindingDraft:
    """A finding before citations are numbered."""

    reason: str
    criterion: str
    claims: list[Claim]
    source: str = "refusal"
    strength: str | None = None
    key: str = ""  # the refusal_texts.json fact key, for case findings


@dataclass
class CaseAnalysis:
    """Everything the check, the next steps and the submission draft need, before rendering."""

    case: RefusalCase
    today: date
    track: Track
    subject: str
    split_tracks: list[Track]
    reasons: list[Reason]
    ignored: list[str]
    need: Need
    entry: str  # met | not_met | undocumented | uncertain | unknown | n/a
    entry_keys: list[str]
    history: str  # positive | negative | unknown
    discrimination: bool
    received: date | None
    deadline: date | None
    deadline_raw: date | None
    assessment: Overall = "unclear"
    basis: list[str] = field(default_factory=list)
    findings: list[FindingDraft] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

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

    def criteria_strengths(self) -> dict[str, set[str]]:
        """Criterion → strengths of the employer reasons that touch it."""
        out: dict[str, set[str]] = {}
        for r in self.reasons:
            for c in r.criteria:
                out.setdefault(c, set()).add(r.strength)
        return out


def _need(case: RefusalCase) -> Need:
    text = f"{case.employee.needs}\n{case.request}".lower()
    docs = " ".join(case.employee.documentation).lower()
    need = Need()
    for kind in ("childcare", "health", "care", "commute", "leisure"):
        if _rx("need", kind).search(text):
            need.kinds.append(kind)
    need.health_documented = "health" in need.kinds and bool(
        _rx("need", "medical_documentation").search(_rx("negated_documentation").sub(" ", f"{docs}\n{text}")))
    need.serious_health = "health" in need.kinds and bool(_rx("need", "serious_health").search(text))
    return need


def _entry(track: Track | None, case: RefusalCase, need: Need) -> tuple[str, list[str]]:
    """Whether the entry condition of § 10-2 (2) or (4) is met, with the facts that say so."""
    emp = case.employee
    text = f"{emp.needs}\n{case.request}".lower()
    has_docs = bool(emp.documentation)
    keys: list[str] = []
    if track == "reduced_time":
        if emp.age is not None and emp.age >= 62:
            keys.append("entry.age_62")
        if emp.children_under_10:
            keys.append("entry.children")
        elif emp.children_under_10 is None and ("childcare" in need.kinds or _rx("need", "children").search(text)):
            keys.append("entry.children_unconfirmed")
    elif track == "night_work":
        if emp.works_nights is False:
            return "not_met", ["entry.no_nights"]
        if emp.children_under_10 or "childcare" in need.kinds:
            keys.append("entry.children_night")
    else:
        return "n/a", []
    if "health" in need.kinds:
        keys.append("entry.health_documented" if need.health_documented else "entry.health_undocumented")
    if "care" in need.kinds:
        keys.append("entry.social_documented" if has_docs else "entry.social_undocumented")
    met = {"entry.age_62", "entry.children", "entry.health_documented", "entry.social_documented"}
    if met & set(keys):
        return "met", keys
    if {"entry.health_undocumented", "entry.social_undocumented"} & set(keys):
        return "undocumented", keys
    if {"entry.children_unconfirmed", "entry.children_night"} & set(keys):
        return "uncertain", keys
    if "commute" in need.kinds or "leisure" in need.kinds:
        return "not_met", ["entry.not_qualifying"]
    return "unknown", [f"entry.unknown.{track}"]


def _history(case: RefusalCase) -> str:
    text = case.employee.history.lower()
    if not text.strip():
        return "unknown"
    if _rx("need", "history_negative").search(text):
        return "negative"
    if _rx("need", "history_positive").search(text):
        return "positive"
    return "unknown"


def _assess(a: CaseAnalysis) -> tuple[Overall, list[str]]:
    """The overall assessment and the codes of the texts that explain it."""
    if a.subject == "home_office":
        return "outside_tln", ["home_office", *(["split"] if a.split_tracks else [])]
    if a.subject == "sick_leave":
        return "outside_tln", ["sick_leave"]
    if a.subject == "overtime":
        return "unclear", ["overtime"]
    if a.subject == "unknown":
        return "unclear", ["unknown_subject"]
    if a.entry == "not_met":
        return "refusal_likely_justified", ["entry_not_met"]
    if a.entry in ("undocumented", "unknown", "uncertain"):
        return "unclear", [f"entry_{a.entry}"]

    dims = set(_rule("disadvantage_criteria"))
    strengths = a.criteria_strengths()
    concrete = {c for c, s in strengths.items() if c in dims and s & {"concrete", "documented"}}
    documented = {c for c, s in strengths.items() if c in dims and "documented" in s}
    alternatives = bool(a.case.employer.alternatives_offered) or "alternatives" in strengths
    weighty = a.need.weighty
    past_ok = a.history == "positive"
    size = a.case.employer.size
    large = size is not None and size >= _rule("thresholds", "large_employer")
    entry_met = ["entry_met"] if a.entry == "met" else []
    support = ([*(["weighty_need"] if weighty else []), *(["past_practice"] if past_ok else []),
                *(["large_employer"] if large else [])])

    if a.track == "flexible_time" and "leadership" in strengths:
        return "unclear", ["leadership"]
    if not concrete:
        if not a.reasons and not a.case.written_refusal:
            return "unclear", ["no_written_no_reasons"]
        return "refusal_likely_unjustified", [*entry_met, "general_reasons" if a.reasons else "no_reasons", *support]
    composite = len(concrete) >= _rule("thresholds", "composite_dimensions")  # «konkrete og sammensatte»
    strong = (len(documented) >= 2 or (len(documented) >= 1 and len(concrete) >= 3)
              or (len(documented) >= 1 and alternatives and len(concrete) >= 2) or composite)
    if strong:
        kind = "documented" if documented else "composite"
        if not weighty and not past_ok:
            return "refusal_likely_justified", [*entry_met, "concrete_documented" if documented else "composite",
                                                *(["alternatives"] if alternatives else []), "need_not_weighty"]
        return "unclear", [f"weighty_vs_{kind}" if weighty else "past_vs_documented"]
    if (weighty or past_ok) and len(concrete) == 1 and not alternatives:
        # One concrete disadvantage against a weighty need: the pattern where the employee won (TLN 57/21).
        return "refusal_likely_unjustified", [*entry_met, "few_concrete", *support]
    return "unclear", [*entry_met, "mixed_reasons", *(["weighty_need"] if weighty else [])]


def _findings(a: CaseAnalysis) -> list[FindingDraft]:
    texts = data("refusal_texts")
    facts = texts["facts"]
    out: list[FindingDraft] = []

    def fact(key: str, criterion: str, **values: object) -> None:
        spec = facts[key]
        out.append(FindingDraft(reason=spec["reason"].format(**values), criterion=criterion,
                                claims=claims_from(spec["claims"], **values), source="case", key=key))

    parts = ", ".join(label("subject", t) for t in a.split_tracks)
    if a.subject == "home_office":
        fact("scope.home_office", "scope")
        if a.split_tracks:
            fact("scope.split", "scope", parts=parts)
    elif a.subject in ("sick_leave", "overtime", "unknown"):
        fact(f"scope.{a.subject}", "scope")
    if a.track == "reduced_time" and _rx("track", "sick").search(f"{a.case.request}\n{a.case.employee.needs}".lower()):
        fact("scope.sick_caveat", "scope")
    if a.discrimination:
        fact("scope.discrimination", "scope")

    age = a.case.employee.age
    kinds = ", ".join({"commute": "lang reisevei", "leisure": "fritidsaktiviteter"}[k]
                      for k in a.need.kinds if k in ("commute", "leisure")) or "ikke et inngangsvilkår"
    for key in a.entry_keys:
        fact(key, "entry_conditions", age=age, kinds=kinds)

    group = _group(a)
    for reason in a.reasons:
        for criterion in reason.criteria:
            out.append(FindingDraft(reason=reason.text, criterion=criterion,
                                    claims=_criterion_claims(criterion, reason.strength, group, a),
                                    source="refusal", strength=reason.strength))

    alternatives = "; ".join(clean(x, 120) for x in a.case.employer.alternatives_offered if x.strip())
    if alternatives:
        key = "alternatives.offered" if group == "tln" else "alternatives.offered.home_office"
        if group in ("tln", "home_office"):
            fact(key, "alternatives", alternatives=alternatives)

    if a.tln_track:
        needs = clean(a.case.employee.needs, 160) or "ikke oppgitt"
        if "childcare" in a.need.kinds:
            fact("need.childcare", "need_weight", needs=needs)
        if "health" in a.need.kinds:
            fact("need.health_documented" if a.need.health_documented else "need.health_undocumented",
                 "need_weight", needs=needs)
            if a.need.serious_health:
                fact("need.serious_health", "need_weight")
        if "care" in a.need.kinds:
            fact("need.care", "need_weight", needs=needs)
        if a.tln_track == "flexible_time" and not a.need.weighty:
            fact("need.none", "need_weight", needs=needs)
        history = clean(a.case.employee.history, 160)
        if a.history == "positive":
            fact("past.positive", "past_practice", history=history)
        elif a.history == "negative":
            fact("past.negative", "past_practice", history=history)
        size = a.case.employer.size
        if size is not None and size >= _rule("thresholds", "large_employer"):
            fact("size.large", "size", size=size)
        elif size is not None and size < _rule("thresholds", "small_employer"):
            fact("size.small", "size", size=size)
    return out


def _group(a: CaseAnalysis) -> str:
    """Which texts assess the employer's reasons: the nemnd's criteria, or negotiation advice."""
    if a.subject in TLN_TRACKS or (a.subject == "home_office" and a.split_tracks):
        return "tln"
    return a.subject  # home_office | sick_leave | overtime | unknown


def _criterion_claims(criterion: str, strength: str, group: str, a: CaseAnalysis) -> list[Claim]:
    texts = data("refusal_texts")
    spec = texts["criteria"].get(criterion, {})
    if group == "tln":
        node = spec.get(f"tln.{a.tln_track}") or spec.get("tln") or {}
        chosen = node.get(strength) or node.get("any") or node.get("general")
    else:
        chosen = spec.get(group)
    return claims_from(chosen or texts["other"][group])


def _missing(a: CaseAnalysis) -> list[str]:
    case = a.case
    out: list[str] = []
    if not case.written_refusal:
        out.append("no_written.tln" if a.has_tln_route else "no_written.negotiate")
    elif a.has_tln_route and a.received is None:
        out.append("no_receipt_date")
    if a.subject == "unknown":
        out.append("request_unclear")
    strengths = a.criteria_strengths()
    dims = set(_rule("disadvantage_criteria"))
    concrete = {c for c, s in strengths.items() if c in dims and s & {"concrete", "documented"}}
    if not a.reasons and case.written_refusal:
        out.append("no_reasons")
    elif a.reasons and not concrete and a.subject != "sick_leave":
        out.append("general_only")
    if a.tln_track:
        if concrete and not any("documented" in strengths[c] for c in concrete):
            out.append("undocumented_concrete")
        if any(r.strength == "documented" for r in a.reasons):
            out.append("documented_check")
        if case.employer.size is None:
            out.append("employer_size")
        if a.history == "unknown":
            out.append("history_unknown")
        if "entry.health_undocumented" in a.entry_keys:
            out.append("entry_doc_health")
        if "entry.social_undocumented" in a.entry_keys:
            out.append("entry_doc_social")
        if "entry.children_unconfirmed" in a.entry_keys:
            out.append("children_age")
        if a.entry == "unknown":
            out.append(f"entry_unknown.{a.tln_track}")
        if a.tln_track == "night_work" and case.employee.works_nights is None:
            out.append("works_nights_unknown")
        if a.tln_track == "flexible_time" and not case.employee.needs.strip():
            out.append("need_unknown")
    return out


def analyse_case(case: RefusalCase, today: date | None = None) -> CaseAnalysis:
    """Read the case: track, the employer's reasons, entry conditions, need, deadline and assessment."""
    today = today or date.today()
    track, subject, split = classify_track(case.request, case.refusal)
    reasons, ignored = extract_reasons(case.refusal, case.employer.facts)
    need = _need(case)
    tln_track = track if track in TLN_TRACKS else (split[0] if split else None)
    entry, entry_keys = _entry(tln_track, case, need)
    kept, _ = screen_refusal(case.refusal)
    discrimination = bool(_rx("need", "discrimination").search(
        f"{case.request}\n{case.employee.needs}\n{' '.join(kept)}".lower()))
    received = _parse_date(case.refusal_received)
    deadline = raw = None
    if (subject in (*TLN_TRACKS, "overtime") or split) and case.written_refusal and received:
        raw = received + timedelta(weeks=4)
        deadline = tln_deadline(received)
    a = CaseAnalysis(case=case, today=today, track=track, subject=subject, split_tracks=split,
                     reasons=reasons, ignored=ignored, need=need, entry=entry, entry_keys=entry_keys,
                     history=_history(case), discrimination=discrimination, received=received,
                     deadline=deadline, deadline_raw=raw)
    a.assessment, a.basis = _assess(a)
    a.findings = _findings(a)
    a.missing = _missing(a)
    return a
