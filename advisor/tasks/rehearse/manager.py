"""The manager in the role-play: the deterministic manager who raises the catalogue's objections in turn."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from advisor.core.models import (
    Claim,
    CoachFeedback,
    ManagerStage,
    ManagerTurn,
    Objection,
    PassageRef,
    Proposal,
    RehearsalState,
    Situation,
)
from advisor.core.weave import join
from advisor.tasks.objections import objection as objection_by_id
from advisor.tasks.objections import support_for
from advisor.tasks.proposal_facts import facts_in, fill
from advisor.tasks.rehearse.coach import _ref, accepts, manager_lines

if TYPE_CHECKING:
    pass


Decision = Literal["accept", "follow_up", "escalate", "close"]


@dataclass
class TurnContext:
    """What the manager knows when it speaks (not stored; rebuilt from the state)."""

    situation: Situation
    proposal: Proposal
    state: RehearsalState
    objection: Objection | None
    next_objection: Objection | None = None
    feedback: CoachFeedback | None = None
    rng: random.Random | None = None
    reply: str = ""  # the employee's reply being answered ("" for the opening)


class Manager(Protocol):
    """Decides how to take a reply and says the next turn."""

    def decide(self, feedback: CoachFeedback, weak_before: int) -> Decision:
        """Accept the point, ask again, escalate, or close it as unresolved."""
        ...

    def say(self, stage: ManagerStage, ctx: TurnContext) -> ManagerTurn:
        """The manager's words for `stage`, every sentence a claim with its support."""
        ...


class DeterministicManager:
    """The default manager: fixed rules, seeded phrasing from advisor/data/rehearse_manager.json, in
    bokmål or English (`lines_en` there, `manager_lines_en` in objections.json)."""

    def __init__(self, lang: str = "nb") -> None:
        self.lang = lang

    def decide(self, feedback: CoachFeedback, weak_before: int) -> Decision:
        """Accept a good reply; otherwise follow up, then escalate, then close the point."""
        if accepts(feedback):
            return "accept"
        return ("follow_up", "escalate")[weak_before] if weak_before < 2 else "close"

    def _pick(self, group: str, ctx: TurnContext) -> str:
        spec = manager_lines()[group]
        lines = (spec.get("lines_en") if self.lang == "en" else None) or spec["lines"]
        rng = ctx.rng or random.Random(0)
        return rng.choice(lines)

    def _line(self, group: str, ctx: TurnContext, ref: PassageRef | None = None, **extra: str) -> Claim:
        facts = facts_in(ctx.situation, ctx.proposal, self.lang) | extra
        if ctx.objection is not None:
            facts.setdefault("concern", ctx.objection.concern_in(self.lang))
        ref = ref or _ref(manager_lines()[group]["ref"])
        return Claim(text=fill(self._pick(group, ctx), facts), support=[support_for(ref)])

    def _raise(self, o: Objection, ctx: TurnContext, prefix: str = "") -> Claim:
        rng = ctx.rng or random.Random(0)
        line = fill(rng.choice(o.lines_in(self.lang)), facts_in(ctx.situation, ctx.proposal, self.lang))
        return Claim(text=f"{prefix} {line}".strip(), support=[support_for(o.ref)])

    def _summary(self, ctx: TurnContext) -> list[Claim]:
        st = ctx.state

        def names(ids: list[str]) -> str:
            quote = "“{}”" if self.lang == "en" else "«{}»"
            return join([quote.format(objection_by_id(i).label.get(self.lang).lower()) for i in ids], self.lang)

        if st.accepted and not st.unresolved:
            return [self._line("summary_yes", ctx)]
        if st.accepted:
            return [self._line("summary_partial", ctx, accepted=names(st.accepted), unresolved=names(st.unresolved))]
        return [self._line("summary_no", ctx)]

    def say(self, stage: ManagerStage, ctx: TurnContext) -> ManagerTurn:
        """The manager's words for `stage`."""
        o = ctx.objection
        fb = ctx.feedback
        claims: list[Claim] = []
        match stage:
            case "raise":
                assert o is not None
                claims = [self._line("greeting", ctx), self._raise(o, ctx)]
            case "follow_up":
                assert o is not None
                if fb is not None and fb.home_office_right_claimed:
                    claims = [self._line("follow_up_home_office_right", ctx)]
                elif fb is not None and fb.leader_flex_right_claimed:
                    claims = [self._line("follow_up_leader_flex_right", ctx)]
                elif fb is not None and not fb.score("answers_concern"):
                    claims = [self._line("follow_up_ignore", ctx, ref=o.ref)]
                else:
                    claims = [self._line("follow_up_vague", ctx)]
            case "escalate":
                claims = [self._line("escalate", ctx)]
            case "accept" | "close":
                if stage == "accept":
                    group = "accept_trial" if fb is not None and (fb.score("trial") or 0) >= 1 else "accept_concrete"
                else:
                    group = "close"
                claims = [self._line(group, ctx)]
                if ctx.next_objection is not None:
                    claims.append(self._raise(ctx.next_objection, ctx, prefix=self._pick("next", ctx)))
            case "summary":
                claims = self._summary(ctx)
        done = stage == "summary"
        oid = ctx.next_objection.id if stage in ("accept", "close") and ctx.next_objection else o.id if o else ""
        return ManagerTurn(
            objection_id=oid, stage=stage, text=" ".join(c.text for c in claims), claims=claims, done=done
        )
