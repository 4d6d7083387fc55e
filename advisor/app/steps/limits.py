"""How long a typed field may be, and the problem shown when it is longer.

A 28,000-character task name is not a task name: it would end up mid-sentence in an argument and
in a contract. Every field has a limit that fits what it holds; a longer text is kept as typed
(nothing is lost) and the field says how long it may be.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.app.steps.base import Problem, Problems

NAME = 200  # a name, a role, a task, a date, a time span
LINE = 600  # one sentence: a result, a rule, a target
TEXT = 4000  # free text: own arguments, situational rules, equipment

SITUATION = {
    "role": NAME,
    "tariff_or_policy": LINE,
    "current_arrangement": TEXT,
    "best_hours": NAME,
    "care_duties": TEXT,
    "health": TEXT,
    "manager_concerns": TEXT,
    "own_arguments": TEXT,
    "tasks.name": NAME,
    "results.description": LINE,
    "results.evidence": LINE,
    "results.when": NAME,
}
PROPOSAL = {
    "situational_rules": TEXT,
    "core_hours": NAME,
    "outer_hours": NAME,
    "availability_window": NAME,
    "availability_channels": LINE,
    "response_time": LINE,
    "deliverables": TEXT,
    "follow_up": TEXT,
    "minimum": TEXT,
    "nice_to_have": TEXT,
    "equipment": TEXT,
    "notice": LINE,
    "start_date": NAME,
    "evaluation_date": NAME,
    "weekly_hours": NAME,
    "trial_months": NAME,
    "kpis.name": NAME,
    "kpis.target": NAME,
    "kpis.baseline": NAME,
}


def length_problems(values: Mapping[str, Any], limits: Mapping[str, int]) -> Problems:
    """Fields (and list rows, 'tasks.0.name') longer than their limit, with the limit."""
    out: Problems = {}
    for name, limit in limits.items():
        field, _, sub = name.partition(".")
        if sub:
            for i, item in enumerate(values.get(field) or []):
                text = item.get(sub) if isinstance(item, dict) else None
                if isinstance(text, str) and len(text) > limit:
                    out[f"{field}.{i}.{sub}"] = Problem("err.too_long", {"limit": limit})
        else:
            text = values.get(field)
            if isinstance(text, str) and len(text) > limit:
                out[field] = Problem("err.too_long", {"limit": limit})
    return out


__all__ = ["LINE", "NAME", "PROPOSAL", "SITUATION", "TEXT", "length_problems"]
