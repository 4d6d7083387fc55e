"""Workbook 07 (Oppfølging): a log of deliveries, response times and meetings in the trial period,
measured against goals, and an evaluation summary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from statistics import mean
from typing import Any, ClassVar

from advisor.app.context import AppContext
from advisor.app.steps.base import FormModel, NeedsInput, Problem, Problems, parse_date, parse_float, parse_int

KINDS = ("leveranse", "svar", "mote")
KPI_KIND = "kpi:"  # entry kind of a key figure from the proposal: «kpi:<name>»

# How a target is written decides which way is better: «minst 4,5», «≥ 95 %» (higher) or «innen 2 timer»,
# «høyst 3» (lower).
_HIGHER = re.compile(r"(≥|>=|\bminst\b|\bover\b|\bmer enn\b|\bat least\b|\bmore than\b|\babove\b)", re.I)
_LOWER = re.compile(
    r"(≤|<=|\bhøyst\b|\bmaks|\binnen\b|\bunder\b|\bmindre enn\b|\bat most\b|\bwithin\b|"
    r"\bbelow\b|\bless than\b|\bfærre enn\b)",
    re.I,
)
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class KpiGoal:
    """A key figure from the proposal (02) and the goal read from its target."""

    name: str
    target: str
    goal: float | None
    higher_is_better: bool


def kpi_goal(name: str, target: str, baseline: str = "") -> KpiGoal:
    """The number and direction of a written target: «minst 4,5 av 5» → 4.5, higher is better."""
    m = _NUMBER.search(target or "")
    goal = float(m.group(0).replace(",", ".")) if m else None
    if _LOWER.search(target or ""):
        higher = False
    elif _HIGHER.search(target or ""):
        higher = True
    else:
        b = _NUMBER.search(baseline or "")
        base = float(b.group(0).replace(",", ".")) if b else None
        higher = not (goal == 0 or (base is not None and goal is not None and base > goal))
    return KpiGoal(name=name, target=target, goal=goal, higher_is_better=higher)


@dataclass(frozen=True)
class Measure:
    """One measure of the trial period against its goal."""

    key: str  # on_time | response | attendance
    value: float | None  # percent, or hours for response
    goal: float | None
    count: int
    met: bool | None  # None: no data or no goal


def _goal_hours(response_time: str) -> str:
    """The hours in a response-time promise like 'innen 2 timer' (else empty)."""
    m = re.search(r"(\d+(?:[.,]\d+)?)\s*(?:t\b|timer|time|h\b|hours?)", response_time or "")
    return m.group(1).replace(".", ",") if m else ""


class FollowUpModel(FormModel):
    """Entries as logged, the goals, and the entry being typed."""

    key = "followup"
    defaults: ClassVar[dict[str, Any]] = {
        "entries": [],
        "goal_on_time": "95",
        "goal_response_hours": "",
        "goal_attendance": "90",
        "new_date": "",
        "new_kind": "leveranse",
        "new_what": "",
        "new_on_time": True,
        "new_hours": "",
        "new_attended": True,
        "new_value": "",
    }
    item_defaults: ClassVar[dict[str, dict[str, Any]]] = {
        "entries": {"date": "", "kind": "leveranse", "what": "", "on_time": True, "hours": None, "attended": True}
    }

    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        super().__init__(ctx)
        self.today = today
        self.sort_items("entries", lambda e: str(e.get("date", "")) if isinstance(e, dict) else "")
        if not self.values["goal_response_hours"] and "goal_response_hours" not in self._stored:
            # The first time: take the response time promised in the proposal as the goal.
            promised = (ctx.get("proposal") or {}).get("response_time", "innen 2 timer")
            self.set_default("goal_response_hours", _goal_hours(promised) or "2")

    def _today(self) -> date:
        return self.today or date.today()

    def problems(self) -> Problems:
        """Every goal or entry field whose value cannot be used, with why."""
        out: Problems = {}
        for name in ("goal_on_time", "goal_attendance"):
            _, p = parse_int(self.values[name], 0, 100, required=True)
            if p:
                out[name] = p
        _, p = parse_float(self.values["goal_response_hours"], 0, 24 * 14, required=True)
        if p:
            out["goal_response_hours"] = p
        return out

    def kpis(self) -> list[KpiGoal]:
        """The key figures set in the proposal (02), with their goals: these are what 07 tracks."""
        out: list[KpiGoal] = []
        for k in (self.ctx.get("proposal") or {}).get("kpis") or []:
            name = str(k.get("name", "")).strip()
            if name and name not in [x.name for x in out]:
                out.append(kpi_goal(name, str(k.get("target", "")), str(k.get("baseline", ""))))
        return out

    def kinds(self) -> list[str]:
        """What an entry can be: the fixed measures and every key figure of the proposal."""
        return [*KINDS, *(KPI_KIND + k.name for k in self.kpis())]

    def new_problems(self) -> Problems:
        """Problems of the entry being typed."""
        v = self.values
        out: Problems = {}
        d, p = parse_date(v["new_date"], required=True)
        if p:
            out["new_date"] = p
        elif d and d > self._today():
            out["new_date"] = Problem("err.date_future")
        if v["new_kind"] not in self.kinds():
            out["new_kind"] = Problem("err.choice")
        if str(v["new_kind"]).startswith(KPI_KIND):
            _, p = parse_float(str(v["new_value"]).replace("%", ""), -1e9, 1e9, required=True)
            if p:
                out["new_value"] = Problem("err.required") if p.key == "err.required" else Problem("err.kpi_value")
        if v["new_kind"] == "svar":
            _, p = parse_float(v["new_hours"], -0.0001, 24 * 14, required=True)
            if p:
                out["new_hours"] = p
        return out

    def add_entry(self) -> dict[str, Any]:
        """Log the entry being typed; NeedsInput with field problems if it cannot be logged."""
        problems = self.new_problems()
        if problems:
            raise NeedsInput(problems, where="followup_entry")
        v = self.values
        d = parse_date(v["new_date"])[0]
        entry = {
            "date": d.isoformat() if d else "",
            "kind": v["new_kind"],
            "what": v["new_what"].strip(),
            "on_time": bool(v["new_on_time"]),
            "attended": bool(v["new_attended"]),
            "hours": parse_float(v["new_hours"], -0.0001, 24 * 14)[0] if v["new_kind"] == "svar" else None,
        }
        if str(v["new_kind"]).startswith(KPI_KIND):
            entry["value"] = parse_float(str(v["new_value"]).replace("%", ""), -1e9, 1e9)[0]
        self.append_item("entries", entry)
        self.sort_items("entries", lambda e: e["date"])
        self.values.update(new_what="", new_hours="", new_value="")
        self.save()
        return entry

    # -- measures --------------------------------------------------------------------------------

    def _of(self, kind: str, entries: list[dict] | None = None) -> list[dict]:
        return [e for e in (self.values["entries"] if entries is None else entries) if e.get("kind") == kind]

    def measures(self, entries: list[dict] | None = None) -> list[Measure]:
        """On-time deliveries (%), mean response time (hours) and meeting attendance (%) against the goals."""
        goal_on_time = parse_int(self.values["goal_on_time"], 0, 100)[0]
        goal_hours = parse_float(self.values["goal_response_hours"], 0, 24 * 14)[0]
        goal_att = parse_int(self.values["goal_attendance"], 0, 100)[0]
        deliveries = self._of("leveranse", entries)
        answers = [e["hours"] for e in self._of("svar", entries) if e.get("hours") is not None]
        meetings = self._of("mote", entries)
        on_time = 100 * sum(bool(e["on_time"]) for e in deliveries) / len(deliveries) if deliveries else None
        response = mean(answers) if answers else None
        attendance = 100 * sum(bool(e["attended"]) for e in meetings) / len(meetings) if meetings else None

        def met(value: float | None, goal: float | None, higher_is_better: bool) -> bool | None:
            if value is None or goal is None:
                return None
            return value >= goal if higher_is_better else value <= goal

        return [
            Measure("on_time", on_time, goal_on_time, len(deliveries), met(on_time, goal_on_time, True)),
            Measure("response", response, goal_hours, len(answers), met(response, goal_hours, False)),
            Measure("attendance", attendance, goal_att, len(meetings), met(attendance, goal_att, True)),
            *self.kpi_measures(entries),
        ]

    def kpi_measures(self, entries: list[dict] | None = None) -> list[Measure]:
        """Each key figure of the proposal: its latest logged value (or the week's mean) against the goal."""
        out = []
        for k in self.kpis():
            values = [e["value"] for e in self._of(KPI_KIND + k.name, entries) if e.get("value") is not None]
            value = (mean(values) if entries is not None else values[-1]) if values else None
            met = None
            if value is not None and k.goal is not None:
                met = value >= k.goal if k.higher_is_better else value <= k.goal
            out.append(Measure(KPI_KIND + k.name, value, k.goal, len(values), met))
        return out

    def weekly(self) -> list[tuple[str, list[Measure]]]:
        """The measures per ISO week ('2025-W07'), oldest first (for the plot against goals)."""
        weeks: dict[str, list[dict]] = {}
        for e in self.values["entries"]:
            try:
                y, w, _ = date.fromisoformat(e["date"]).isocalendar()
            except (ValueError, KeyError):
                continue
            weeks.setdefault(f"{y}-W{w:02d}", []).append(e)
        return [(wk, self.measures(es)) for wk, es in sorted(weeks.items())]

    def trial(self) -> dict[str, Any]:
        """The trial period from the saved proposal: start, evaluation date and days until it."""
        prop = self.ctx.get("proposal") or {}
        start = parse_date(prop.get("start_date", ""))[0]
        evaluation = parse_date(prop.get("evaluation_date", ""))[0]
        return {
            "start": start.isoformat() if start else None,
            "evaluation": evaluation.isoformat() if evaluation else None,
            "days_to_evaluation": (evaluation - self._today()).days if evaluation else None,
        }

    def summary(self) -> dict[str, Any]:
        """The evaluation summary: each measure against its goal, and whether all goals with data are met."""
        ms = self.measures()
        with_data = [m for m in ms if m.met is not None]
        return {
            "entries": len(self.values["entries"]),
            "measures": ms,
            "all_met": bool(with_data) and all(m.met for m in with_data),
            "missing": [m.key for m in ms if m.count == 0],
            "trial": self.trial(),
        }
