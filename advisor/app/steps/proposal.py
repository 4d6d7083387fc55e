"""Workbook 02 (Forslag): the proposal form behind advisor.core.models.Proposal."""

from __future__ import annotations

from typing import Any, ClassVar

from advisor.app.context import AppContext
from advisor.app.steps.base import (
    FormModel,
    NeedsInput,
    Problem,
    Problems,
    fmt_span,
    lines,
    parse_date,
    parse_float,
    parse_int,
    parse_span,
)
from advisor.core.models import KPI, Proposal

MODELS = ("fleksitid", "faste_hjemmedager", "situasjonsbestemt", "hybrid")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag")

# Which parts of the form each model uses (the view shows only these).
SECTIONS = {
    "fleksitid": ("hours",),
    "faste_hjemmedager": ("days",),
    "situasjonsbestemt": ("situational",),
    "hybrid": ("hours", "days", "situational"),
}


class ProposalModel(FormModel):
    """The employee's proposal as typed; `proposal()` gives the validated Proposal."""

    key = "proposal"
    defaults: ClassVar[dict[str, Any]] = {
        "model": "hybrid",
        "home_days": [],
        "office_days": [],
        "situational_rules": "",
        "core_hours": "09:00-14:30",
        "outer_hours": "07:00-18:00",
        "avspasering": True,
        "weekly_hours": "37,5",
        "availability_window": "09:00-15:00",
        "availability_channels": "Teams\ntelefon",
        "response_time": "innen 2 timer i tilgjengelighetstiden",
        "deliverables": "",
        "follow_up": "ukentlig statusmøte med leder",
        "trial_months": "3",
        "kpis": [],
        "start_date": "",
        "evaluation_date": "",
        "minimum": "",
        "nice_to_have": "",
        "equipment": "",
        "notice": "",
    }
    item_defaults: ClassVar[dict[str, dict[str, Any]]] = {"kpis": {"name": "", "target": "", "baseline": ""}}

    def sections(self) -> tuple[str, ...]:
        """The form's sections for the chosen model (those of hybrid when it is unknown)."""
        return SECTIONS.get(self.values["model"], SECTIONS["hybrid"])

    def problems(self) -> Problems:
        """Every field of the chosen model's sections whose value cannot be used, with why."""
        v = self.values
        out: Problems = {}
        if v["model"] not in MODELS:
            out["model"] = Problem("err.choice")
        sections = self.sections()
        if "hours" in sections:
            core, p1 = parse_span(v["core_hours"], required=True)
            outer, p2 = parse_span(v["outer_hours"], required=True)
            if p1:
                out["core_hours"] = p1
            if p2:
                out["outer_hours"] = p2
            if core and outer and not (outer[0] <= core[0] and core[1] <= outer[1]):
                out["core_hours"] = Problem("err.core_outside_outer")
        if "days" in sections:
            home, office = set(v["home_days"]), set(v["office_days"])
            if not home and v["model"] == "faste_hjemmedager":
                out["home_days"] = Problem("err.pick_a_day")
            if home & office:
                out["office_days"] = Problem("err.day_twice", {"days": ", ".join(sorted(home & office))})
            if not (home | office) <= set(WEEKDAYS):
                out["home_days"] = Problem("err.choice")
        if "situational" in sections and v["model"] == "situasjonsbestemt" and not v["situational_rules"].strip():
            out["situational_rules"] = Problem("err.required")
        _, p = parse_span(v["availability_window"])
        if p:
            out["availability_window"] = p
        _, p = parse_float(v["weekly_hours"], 0, 60, required=True)
        if p:
            out["weekly_hours"] = p
        _, p = parse_int(v["trial_months"], 0, 24, required=True)
        if p:
            out["trial_months"] = p
        start, p = parse_date(v["start_date"])
        if p:
            out["start_date"] = p
        evaluation, p = parse_date(v["evaluation_date"])
        if p:
            out["evaluation_date"] = p
        if start and evaluation and evaluation <= start:
            out["evaluation_date"] = Problem("err.evaluation_before_start")
        for i, kpi in enumerate(v["kpis"]):
            if str(kpi.get("name", "")).strip() and not str(kpi.get("target", "")).strip():
                out[f"kpis.{i}.target"] = Problem("err.required")
            if str(kpi.get("target", "")).strip() and not str(kpi.get("name", "")).strip():
                out[f"kpis.{i}.name"] = Problem("err.required")
        from advisor.app.steps.limits import PROPOSAL, length_problems

        return {**out, **length_problems(v, PROPOSAL)}

    def proposal(self) -> Proposal:
        """The Proposal for the advisor; NeedsInput if a field must be fixed first."""
        problems = self.problems()
        if problems:
            raise NeedsInput(problems, where=self.key)
        v = self.values
        sections = self.sections()
        fields: dict[str, Any] = {
            "model": v["model"],
            "avspasering": bool(v["avspasering"]),
            "weekly_hours": parse_float(v["weekly_hours"], 0, 60)[0],
            "availability_channels": lines(v["availability_channels"]),
            "response_time": v["response_time"].strip(),
            "deliverables": lines(v["deliverables"]),
            "follow_up": lines(v["follow_up"]),
            "trial_months": parse_int(v["trial_months"], 0, 24)[0] or 0,
            "kpis": [
                KPI(name=k["name"].strip(), target=k["target"].strip(), baseline=k["baseline"].strip())
                for k in v["kpis"]
                if str(k.get("name", "")).strip()
            ],
            "minimum": lines(v["minimum"]),
            "nice_to_have": lines(v["nice_to_have"]),
            "equipment": v["equipment"].strip(),
            "notice": v["notice"].strip(),
        }
        if window := parse_span(v["availability_window"])[0]:
            fields["availability_window"] = fmt_span(window)
        if "hours" in sections:
            fields["core_hours"] = fmt_span(parse_span(v["core_hours"])[0])  # type: ignore[arg-type]
            fields["outer_hours"] = fmt_span(parse_span(v["outer_hours"])[0])  # type: ignore[arg-type]
        if "days" in sections:
            order = {d: i for i, d in enumerate(WEEKDAYS)}
            fields["home_days"] = sorted(v["home_days"], key=order.__getitem__)
            fields["office_days"] = sorted(v["office_days"], key=order.__getitem__)
        if "situational" in sections:
            fields["situational_rules"] = v["situational_rules"].strip()
        for name in ("start_date", "evaluation_date"):
            d = parse_date(v[name])[0]
            fields[name] = d.isoformat() if d else None
        return Proposal(**fields)

    def best_hours(self) -> tuple[str, dict[str, str]] | None:
        """What 01 says about when the employee works best, and the hours of 02 that would include it:
        (the best hours as typed, {field: new value}); None when 01 has no usable best hours."""
        typed = str((self.ctx.get("situation") or {}).get("best_hours") or "").strip()
        span, problem = parse_span(typed)
        if span is None or problem:
            return None
        outer, _ = parse_span(self.values["outer_hours"])
        core, _ = parse_span(self.values["core_hours"])
        changes: dict[str, str] = {}
        new_outer = (min(span[0], outer[0]), max(span[1], outer[1])) if outer else span
        if new_outer != outer:
            changes["outer_hours"] = fmt_span(new_outer)
        if core and not (new_outer[0] <= core[0] and core[1] <= new_outer[1]):
            changes["core_hours"] = fmt_span((max(core[0], new_outer[0]), min(core[1], new_outer[1])))
        return typed, changes

    def use_best_hours(self) -> dict[str, str]:
        """Widen the outer hours (ytre tid) so they take in the best hours from 01; returns what changed."""
        found = self.best_hours()
        if not found or not found[1]:
            return {}
        self.update(**found[1])
        return found[1]

    def date_warnings(self) -> dict[str, tuple[str, dict[str, Any]]]:
        """Dates against today (advisor.core.dates.plan_warnings): field -> (text key, values)."""
        from advisor.core.dates import plan_warnings

        v = self.values
        start, evaluation = parse_date(v["start_date"])[0], parse_date(v["evaluation_date"])[0]
        months = parse_int(v["trial_months"], 0, 24)[0]
        return plan_warnings(start, evaluation, months)

    def toggle_day(self, which: str, day: str, on: bool) -> None:
        """Add or remove a weekday from home_days or office_days."""
        days = [d for d in self.values[which] if d != day]
        if on:
            days.append(day)
        self.set(which, days)


def load_proposal(ctx: AppContext) -> Proposal:
    """The saved proposal, freshly read (workbooks 03–07 use the one entered in 02)."""
    return ProposalModel(ctx).proposal()
