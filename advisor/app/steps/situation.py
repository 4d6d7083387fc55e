"""Workbook 01 (Situasjon): the intake form behind advisor.core.models.Situation."""

from __future__ import annotations

from typing import Any, ClassVar

from advisor.app.context import AppContext
from advisor.app.steps.base import FormModel, NeedsInput, Problem, Problems, lines, parse_int
from advisor.core.models import Result, Situation, Task

SECTORS = ("privat", "offentlig_stat", "offentlig_kommune", "ideell", "annet")
TRISTATE = ("ukjent", "ja", "nei")


class SituationModel(FormModel):
    """The employee's situation as typed; `situation()` gives the validated Situation."""

    key = "situation"
    defaults: ClassVar[dict[str, Any]] = {
        "role": "",
        "employment_percent": "100",
        "sector": "privat",
        "employer_size": "",
        "tariff_or_policy": "",
        "current_arrangement": "",
        "best_hours": "",
        "commute_minutes": "",
        "leadership_position": False,
        "in_probation": False,
        "manager_concerns": "",
        "own_arguments": "",
        "tasks": [],
        "results": [],
        # Private grounds: optional, never required, never needed to get help.
        "care_duties": "",
        "health": "",
        "age_62_or_over": "ukjent",
    }
    item_defaults: ClassVar[dict[str, dict[str, Any]]] = {
        "tasks": {"name": "", "deep_focus": False, "physical_presence": False, "share_percent": ""},
        "results": {"description": "", "evidence": "", "when": ""},
    }

    def problems(self) -> Problems:
        """Every field whose value cannot be used (role required, numbers in range), with why."""
        v = self.values
        out: Problems = {}
        if not str(v["role"]).strip():
            out["role"] = Problem("err.required")
        for name, lo, hi in (
            ("employment_percent", 1, 100),
            ("employer_size", 1, 10_000_000),
            ("commute_minutes", 0, 600),
        ):
            _, p = parse_int(v[name], lo, hi, required=(name == "employment_percent"))
            if p:
                out[name] = p
        if v["sector"] not in SECTORS:
            out["sector"] = Problem("err.choice")
        total = 0
        for i, task in enumerate(v["tasks"]):
            share, p = parse_int(task.get("share_percent"), 0, 100)
            if p:
                out[f"tasks.{i}.share_percent"] = p
            total += share or 0
            filled = any(
                [task.get("deep_focus"), task.get("physical_presence"), str(task.get("share_percent", "")).strip()]
            )
            if filled and not str(task.get("name", "")).strip():
                out[f"tasks.{i}.name"] = Problem("err.required")
        if total > 100:
            out["tasks"] = Problem("err.shares_over_100", {"total": total})
        for i, res in enumerate(v["results"]):
            if (str(res.get("evidence", "")).strip() or str(res.get("when", "")).strip()) and not str(
                res.get("description", "")
            ).strip():
                out[f"results.{i}.description"] = Problem("err.required")
        from advisor.app.steps.limits import SITUATION, length_problems

        return {**out, **length_problems(v, SITUATION)}

    def situation(self) -> Situation:
        """The Situation for the advisor; NeedsInput if a field must be fixed first."""
        problems = self.problems()
        if problems:
            raise NeedsInput(problems, where=self.key)
        v = self.values
        age = {"ja": True, "nei": False}.get(v["age_62_or_over"])
        return Situation(
            role=v["role"].strip(),
            employment_percent=parse_int(v["employment_percent"], 1, 100)[0] or 100,
            sector=v["sector"],
            employer_size=parse_int(v["employer_size"], 1, 10_000_000)[0],
            tariff_or_policy=v["tariff_or_policy"].strip(),
            current_arrangement=v["current_arrangement"].strip(),
            tasks=[
                Task(
                    name=t["name"].strip(),
                    deep_focus=bool(t["deep_focus"]),
                    physical_presence=bool(t["physical_presence"]),
                    share_percent=parse_int(t["share_percent"], 0, 100)[0],
                )
                for t in v["tasks"]
                if str(t.get("name", "")).strip()
            ],
            best_hours=v["best_hours"].strip(),
            commute_minutes=parse_int(v["commute_minutes"], 0, 600)[0],
            care_duties=v["care_duties"].strip() or None,
            health=v["health"].strip() or None,
            age_62_or_over=age,
            leadership_position=bool(v["leadership_position"]),
            in_probation=bool(v["in_probation"]),
            manager_concerns=lines(v["manager_concerns"]),
            results=[
                Result(description=r["description"].strip(), evidence=r["evidence"].strip(), when=r["when"].strip())
                for r in v["results"]
                if str(r.get("description", "")).strip()
            ],
            own_arguments=lines(v["own_arguments"]),
        )

    @property
    def started(self) -> bool:
        """True once a role or a task has been entered."""
        return bool(str(self.values["role"]).strip() or self.values["tasks"])


def load_situation(ctx: AppContext) -> Situation:
    """The saved situation, freshly read (workbooks 03–07 use the one entered in 01)."""
    return SituationModel(ctx).situation()
