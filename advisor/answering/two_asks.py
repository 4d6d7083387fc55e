"""Two questions in one: the first line answers both when the question's own words hold each one's rule.

«Hvor lang tid har jeg på meg, og hva gjelder for arbeidstiden min mens rettssaken pågår?» asks the deadline to
sue and what holds meanwhile; "how long do I have to sue, and does the decision apply in the meantime?" the same
in English. The matcher picks one rule; when the question asks two things (two questions, or one joined by «og» /
"and" to a second question word or verb) and the runner-up is held by the question's cue words and required words
as firmly as the leader, within a near tie, the runner-up's direct answer follows the leader's in the first line.
Two alternatives («må jeg si ja, eller kan jeg nekte?») are one question, not two.
"""

from __future__ import annotations

import re
from typing import Any

from advisor.answering.rules import RuleMatch, load_rules

NEAR = 0.05  # the runner-up's combined score at most this far below the leader's
_ASKS = (
    r"hva|hvem|hvor|hvordan|hvilke[nt]?|hvorfor|når|kan|må|får|har|skal|gjelder|er|blir|"
    r"what|who|where|how|which|why|when|can|must|may|do|does|is|are|will|would|should"
)
_SECOND = re.compile(rf",?\s+(?:og|and)\s+(?:{_ASKS})\b")


def asks_two_things(question: str) -> bool:
    """Whether the question asks two things: two sentences that ask, or one asking sentence joined by «og» / "and"
    to a second question word or verb."""
    asked = [p for p in re.split(r"(?<=[.?!])\s+", " ".join(question.lower().split())) if p.rstrip().endswith("?")]
    return len(asked) >= 2 or any(_SECOND.search(p) for p in asked)


def _held(rule: dict[str, Any], question: str) -> bool:
    cues = rule.get("cues") or []
    if not cues or not all(re.search(c, question, re.IGNORECASE) for c in cues):
        return False
    return not rule.get("requires") or re.search(rule["requires"], question, re.IGNORECASE) is not None


def second_rule(match: RuleMatch, question: str) -> dict[str, Any] | None:
    """The rule that answers the question's second part, if both parts are held by the question's own words."""
    if match.runner_up is None or match.score - match.runner_up_score > NEAR or not asks_two_things(question):
        return None
    runner = next((r for r in load_rules() if r["id"] == match.runner_up), None)
    if runner is None or not _held(match.rule, question) or not _held(runner, question):
        return None
    return runner
