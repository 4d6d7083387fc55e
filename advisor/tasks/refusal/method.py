"""The nemnd's method, step by step: each step a small pure function of the facts read from the case.

track and competence → entry condition for § 10-2 (2) and (4) → the employer's burden (each reason
general, concrete or documented) → the weight of the employee's need → the nature of the post →
alternatives offered → past practice, timing and size → overall. Each step returns a Step with the
facts it used and the keys of its cited texts (advisor/data/refusal_method.json). `unclear` is only
returned when the factors pull both ways, and then names the fact that would settle it.

Monotone by construction: a documented, concrete disadvantage only ever adds to the employer's side,
and a weighty, documented need only ever adds to the employee's side (tests/test_refusal_method.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from advisor.tasks.refusal.reasons import DISADVANTAGES
from advisor.tasks.refusal.tokens import Fact, Reading

if TYPE_CHECKING:
    from advisor.core.models import Overall, Track

TLN = ("flexible_time", "reduced_time", "night_work")
LARGE = 100  # employees: «i en stor fabrikk eller avdeling bør en løsning normalt være mulig»
OUTWEIGH = 2  # employee-side factors that outweigh a disadvantage that is concrete but not documented


@dataclass
class Step:
    """One step of the method: its outcome, the facts it used and the keys of its cited texts."""

    key: str
    outcome: str
    facts: list[Fact] = field(default_factory=list)
    texts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reason:
    """An employer reason as the method sees it."""

    fact: Fact
    criteria: tuple[str, ...]
    strength: str


@dataclass
class Outcome:
    """The method's result."""

    track: str
    subject: str
    split: list[Track]
    steps: list[Step]
    assessment: Overall
    verdict_key: str
    deciding: list[Fact]
    settle: str | None = None
    change: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    get: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def _facts(r: Reading, name: str, value: Any = None) -> list[Fact]:
    return [f for f in r.facts if f.field == name and (value is None or f.value == value)]


# --- 1 track and competence ---------------------------------------------------------------------


def track_step(r: Reading, track: str, subject: str, split: list[Track]) -> Step:
    """1. Which right the request falls under, and whether the nemnd can decide it."""
    used = _facts(r, "asks") + _facts(r, "ground", "sick_leave_return")
    texts: list[tuple[str, dict]] = [
        (f"track.{subject if subject in ('home_office', 'sick_leave', 'overtime', 'unknown') else track}", {})
    ]
    if subject == "home_office" and split:
        texts.append(("track.home_office.split", {"parts": split}))
    if track == "reduced_time" and r.has("sick_leave_mentioned"):
        used += _facts(r, "sick_leave_mentioned")
        texts.append(("track.sick_caveat", {}))
    outcome = (
        "tln"
        if track in TLN
        else (
            "overtime"
            if subject == "overtime"
            else "outside"
            if subject in ("home_office", "sick_leave")
            else "unknown"
        )
    )
    return Step("track", outcome, used, texts)


# --- 2 entry condition ----------------------------------------------------------------------------


def entry_step(r: Reading, track: str) -> Step:
    """met | absent_doc | not_met | undocumented | unknown | n/a, with the facts that say so."""
    if track == "flexible_time" and r.has("leadership"):
        return Step("entry", "leadership", _facts(r, "leadership"), [("entry.leadership", {})])
    if track not in ("reduced_time", "night_work"):
        return Step("entry", "n/a", [], [("entry.na", {})])
    docs = set(r.values("documentation"))
    if track == "night_work" and r.has("works_nights", False):
        return Step("entry", "not_met", _facts(r, "works_nights"), [("entry.no_nights", {})])
    met: list[tuple[str, list[Fact], dict]] = []
    if track == "reduced_time" and r.has("ground", "age_62"):
        ages = r.values("age")
        met.append(("entry.age_62", _facts(r, "ground", "age_62"), {"age": max(ages) if ages else "62+"}))
    if r.has("ground", "children_under_10"):
        ages = sorted({a for a in r.values("child_age") if a < 10})
        met.append(
            (
                "entry.children",
                _facts(r, "ground", "children_under_10") + _facts(r, "child_age"),
                {"children": ", ".join(f"{a} år" for a in ages) or "under 10 år"},
            )
        )
    health = r.has("ground", "health")
    if health and "health:present" in docs:
        met.append(("entry.health", _facts(r, "ground", "health") + _facts(r, "documentation", "health:present"), {}))
    if r.has("ground", "social") and ("care:present" in docs or "health:present" in docs):
        met.append(("entry.social", _facts(r, "ground", "social") + _facts(r, "documentation"), {}))
    if r.has("entry_undisputed"):
        met.append(("entry.undisputed", _facts(r, "entry_undisputed"), {}))
    if track == "reduced_time" and r.has("reduction_granted"):
        met.append(("entry.granted", _facts(r, "reduction_granted"), {}))
    if track == "reduced_time" and r.has("need", "single_parent"):
        met.append(("entry.single_parent", _facts(r, "need", "single_parent"), {}))
    if track == "night_work" and r.has("need", "childcare"):
        met.append(("entry.children", _facts(r, "need", "childcare"), {"children": "barnepass"}))
    if met:
        return Step("entry", "met", [f for _, fs, _ in met for f in fs], [(k, v) for k, _, v in met])
    if health and "health:absent" in docs:
        return Step(
            "entry",
            "absent_doc",
            _facts(r, "ground", "health") + _facts(r, "documentation", "health:absent"),
            [("entry.absent_doc", {})],
        )
    if "health:absent" in docs and not r.has("ground", "social"):
        return Step("entry", "absent_doc", _facts(r, "documentation", "health:absent"), [("entry.absent_doc", {})])
    if health:
        return Step("entry", "undocumented", _facts(r, "ground", "health"), [("entry.undocumented.health", {})])
    if r.has("ground", "social"):
        return Step("entry", "undocumented", _facts(r, "ground", "social"), [("entry.undocumented.social", {})])
    weak = _facts(r, "need", "commute") + _facts(r, "need", "leisure")
    if weak:
        need = ", ".join(sorted({"lang reisevei" if f.value == "commute" else "fritid" for f in weak}))
        return Step("entry", "not_met", weak, [("entry.not_met", {"need": need})])
    return Step("entry", "unknown", [], [("entry.unknown", {})])


# --- 3 the employer's burden ----------------------------------------------------------------------


def burden_step(reasons: list[Reason], alternatives: bool) -> Step:
    """none | some | strong: how far the employer's reasons go towards a significant disadvantage."""
    named = {c for x in reasons for c in x.criteria if c in DISADVANTAGES}
    concrete = {
        c for x in reasons if x.strength in ("concrete", "documented") for c in x.criteria if c in DISADVANTAGES
    }
    documented = {c for x in reasons if x.strength == "documented" for c in x.criteria if c in DISADVANTAGES}
    texts: list[tuple[str, dict]] = [("burden", {})]
    for x in reasons:
        crit = x.criteria[0] if x.criteria else None
        if crit is None:
            texts.append(("reason.unknown", {"reason": x.fact.value}))
            continue
        if crit == "precedent" and x.strength == "general":
            if not any(k == "reason.precedent" for k, _ in texts):
                texts.append(("reason.precedent", {"reason": x.fact.value}))
            continue
        texts.append((f"reason.{x.strength}", {"reason": x.fact.value, "criterion": crit}))
        if crit == "substitute" and x.strength == "general" and ("reason.substitute_general", {}) not in texts:
            texts.append(("reason.substitute_general", {}))
    if not reasons:
        texts.append(("burden.none", {}))
    if (
        len(documented) >= 2
        or (documented and (len(concrete) >= 2 or alternatives))
        or (len(concrete) >= 2 and alternatives)
        or (concrete and len(named) >= 4)
    ):
        outcome = "strong"
    elif concrete:
        outcome = "some"
    else:
        outcome = "none"
    meta = {"concrete": sorted(concrete), "documented": sorted(documented), "named": sorted(named)}
    return Step("burden", outcome, [x.fact for x in reasons], texts, meta)


# --- 4 weight of the need -------------------------------------------------------------------------


def need_step(r: Reading, track: str, entry: Step) -> Step:
    """4. How weighty the need is: childcare, documented health or care raise the bar for a refusal."""
    docs = set(r.values("documentation"))
    weighty: list[Fact] = []
    labels = []
    if r.has("need", "childcare") or (track != "flexible_time" and r.has("ground", "children_under_10")):
        weighty += _facts(r, "need", "childcare") or _facts(r, "ground", "children_under_10")
        labels.append("barnepass")
    if r.has("need", "single_parent"):
        weighty += _facts(r, "need", "single_parent")
        labels.append("alene med barn")
    if r.has("ground", "health") and ("health:present" in docs or r.has("entry_undisputed")):
        weighty += _facts(r, "ground", "health")
        labels.append("dokumentert helse")
    if r.has("ground", "social") and (docs & {"care:present", "health:present"} or r.has("entry_undisputed")):
        weighty += _facts(r, "ground", "social")
        labels.append("omsorg")
    if r.has("entry_undisputed") and not labels and track == "night_work":
        weighty += _facts(r, "entry_undisputed")
        labels.append("ikke bestridt")
    if weighty:
        texts: list[tuple[str, dict]] = [("need.weighty", {"need": ", ".join(labels)})]
        if r.has("ground", "health") and "health:present" in docs and track == "night_work":
            texts.append(("need.serious", {}))
        return Step("need", "weighty", weighty, texts)
    return Step("need", "ordinary", [], [("need.ordinary", {})] if track == "flexible_time" else [])


# --- 5–7 nature of the post, alternatives, practice -------------------------------------------------


def post_step(reasons: list[Reason]) -> Step:
    """5. Whether the employer shows, concretely, a key role, presence for users or a rota."""
    post = [x for x in reasons if set(x.criteria) & {"key_role", "presence", "rota"} and x.strength != "general"]
    if not post:
        return Step("post", "ordinary")
    crit = sorted({c for x in post for c in x.criteria if c in ("key_role", "presence", "rota")})
    return Step("post", "demanding", [x.fact for x in post], [("post.demanding", {"criteria": crit})])


def alternatives_step(r: Reading) -> Step:
    """6. Whether the employer offered or tried something else."""
    alt = _facts(r, "alternatives")
    if alt:
        return Step("alternatives", "offered", alt, [("alternatives.offered", {"what": alt[0].source})])
    return Step("alternatives", "none", [], [("alternatives.none", {})])


def practice_step(r: Reading) -> Step:
    """7. Past practice without problems, an early request and a large business count for the employee."""
    used: list[Fact] = []
    texts: list[tuple[str, dict]] = []
    if r.has("past_practice", "positive"):
        used += _facts(r, "past_practice", "positive")
        texts.append(("practice.past", {}))
    if r.has("timing", "before_plan"):
        used += _facts(r, "timing")
        texts.append(("practice.timing", {}))
    sizes = [s for s in r.values("size") if isinstance(s, int)]
    if sizes and max(sizes) >= LARGE:
        used += [f for f in _facts(r, "size") if f.value == max(sizes)][:1]
        texts.append(("practice.size", {"size": max(sizes)}))
    return Step("practice", "for_employee" if used else "neutral", used, texts)


# --- 8 overall ------------------------------------------------------------------------------------


def overall(
    track: str,
    subject: str,
    entry: Step,
    burden: Step,
    need: Step,
    alternatives: Step,
    practice: Step,
    written: bool = True,
) -> tuple[Overall, str, str | None]:
    """(assessment, verdict key, what would settle an unclear result)."""
    if subject in ("home_office", "sick_leave"):
        return "outside_tln", "verdict.outside_tln", None
    if subject == "overtime":
        return "unclear", "verdict.unclear.overtime", None
    if track not in TLN:
        return "unclear", "verdict.unclear", "request"
    if entry.outcome in ("not_met", "absent_doc"):
        return "refusal_likely_justified", "verdict.refusal_likely_justified.entry", None
    if entry.outcome == "leadership":
        return "unclear", "verdict.unclear", "leadership"
    if not written and not burden.facts:
        return "unclear", "verdict.unclear", "written"
    employee = (need.outcome == "weighty") + len(practice.texts)
    if burden.outcome == "strong":
        if need.outcome == "weighty" and alternatives.outcome != "offered" and len(burden.meta["documented"]) < 2:
            return "unclear", "verdict.unclear", "alternatives"
        if need.outcome == "weighty" and practice.texts:
            # a weighty need and, say, a large business or an arrangement that has worked: both ways
            return "unclear", "verdict.unclear", "document"
        return "refusal_likely_justified", "verdict.refusal_likely_justified", None
    if entry.outcome in ("unknown", "undocumented"):
        return "unclear", "verdict.unclear", "certificate" if entry.outcome == "undocumented" else "ground"
    if burden.outcome == "some":
        if employee >= 1 and not (alternatives.outcome == "offered" and employee < OUTWEIGH):
            return "refusal_likely_unjustified", "verdict.refusal_likely_unjustified", None
        return "unclear", "verdict.unclear", "document"
    return "refusal_likely_unjustified", "verdict.refusal_likely_unjustified", None


def _change_and_get(
    assessment: str,
    track: str,
    subject: str,
    entry: Step,
    burden: Step,
    need: Step,
    alternatives: Step,
    practice: Step,
    r: Reading,
) -> tuple[list, list]:
    change: list[tuple[str, dict]] = []
    get: list[tuple[str, dict]] = []
    meta = burden.meta or {"concrete": [], "documented": [], "named": []}
    crit = ", ".join(meta["concrete"] or meta["named"])
    if subject == "home_office":
        get.append(("get.agreement", {}))
    if subject == "sick_leave":
        get.append(("get.adaptation", {}))
    if assessment in ("refusal_likely_justified", "unclear") and track in TLN:
        if entry.outcome == "absent_doc" or (entry.outcome == "undocumented" and r.has("ground", "health")):
            change.append(("change.certificate", {}))
        if entry.outcome in ("not_met", "unknown"):
            change.append(("change.ground", {}))
        if burden.outcome in ("strong", "some"):
            change.append(("change.cannot_document", {"criteria": crit}))
            if need.outcome != "weighty":
                change.append(("change.weighty_need", {}))
            if not practice.texts:
                change.append(("change.past", {}))
            if alternatives.outcome != "offered":
                change.append(("change.alternatives", {}))
    if track in TLN:
        if entry.outcome in ("absent_doc", "undocumented") and r.has("ground", "health"):
            get.append(("get.certificate", {}))
        elif entry.outcome == "undocumented":
            get.append(("get.care_doc", {}))
        if entry.outcome == "unknown":
            get.append(("get.ground", {}))
        if burden.outcome in ("some", "strong") and meta["concrete"] != meta["documented"]:
            get.append(("get.employer_docs", {"criteria": crit}))
    return change, get


def run(
    r: Reading, reasons: list[Reason], track: str, subject: str, split: list[Track], written: bool = True
) -> Outcome:
    """The whole method for one case."""
    t = track_step(r, track, subject, split)
    effective = track if track in TLN else (split[0] if split else track)
    steps = [t]
    if subject in ("home_office", "sick_leave", "overtime", "unknown") and not (subject == "home_office" and split):
        e = Step("entry", "n/a")
        b = burden_step(reasons, False)
        n, a, p = Step("need", "ordinary"), Step("alternatives", "none"), Step("practice", "neutral")
    else:
        e = entry_step(r, effective)
        a = alternatives_step(r)
        b = burden_step(reasons, a.outcome == "offered")
        n = need_step(r, effective, e)
        p = practice_step(r)
        steps += [e, b, n, post_step(reasons), a, p]
    assessment, verdict, settle = overall(track, subject, e, b, n, a, p, written)
    deciding = _deciding(assessment, t, e, b, n, a, p)
    change, get = _change_and_get(assessment, effective, subject, e, b, n, a, p, r)
    return Outcome(track, subject, split, steps, assessment, verdict, deciding, settle, change, get)


def _deciding(assessment: str, t: Step, e: Step, b: Step, n: Step, a: Step, p: Step) -> list[Fact]:
    """The two or three facts that decide the result."""
    if assessment == "outside_tln":
        pool = t.facts
    elif e.outcome in ("not_met", "absent_doc"):
        pool = e.facts
    elif assessment == "refusal_likely_justified":
        pool = [f for f in b.facts if f.strength in ("documented", "concrete")] + a.facts
    elif assessment == "refusal_likely_unjustified":
        pool = n.facts + p.facts + [f for f in b.facts if f.strength == "general"] + e.facts + b.facts
    else:
        pool = e.facts + b.facts + n.facts + a.facts
    out: list[Fact] = []
    for f in pool:
        if f not in out and not any(g.field == f.field and g.value == f.value for g in out):
            out.append(f)
    return out[:3]
