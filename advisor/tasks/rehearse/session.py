"""Role-play with a coach: the manager raises likely objections, the coach scores each reply.

The manager (DeterministicManager by default) raises the best-fitting objection from the catalogue,
phrased for the situation. It does not give in to a weak reply: a reply that ignores the concern or
stays vague gets a follow-up on the same objection, a second weak reply is met with «Da blir svaret
nei inntil videre …», a third closes the point as unresolved. A good reply (answers the concern and
is concrete or offers a trial or adjustment) settles the point and the manager moves on. After three
points or six replies the session ends with a summary.

The coach (RubricCoach) scores each reply 0–2 per criterion of advisor/data/rehearse_rubric.json
with simple Norwegian lexical features, and gives tips, a better example and corrections, all cited.
Randomness is only in the manager's phrasing, seeded, so a session is reproducible. The state is a
pydantic model (RehearsalState) so a web workbook can store it between requests.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal, Protocol

from advisor.models import (
    CitedDraft,
    Claim,
    CoachFeedback,
    CriterionScore,
    Draft,
    DraftSection,
    Exchange,
    LocalText,
    ManagerStage,
    ManagerTurn,
    Objection,
    PassageRef,
    Proposal,
    RehearsalState,
    Situation,
    TranscriptEntry,
    without_control,
)
from advisor.objections import (
    asks_flexible_time,
    asks_home_office,
    example_for,
    fill,
    objections_for,
    replies_for,
    support_for,
    text_facts,
)
from advisor.objections import objection as objection_by_id

if TYPE_CHECKING:
    from advisor.settings import Settings

Decision = Literal["accept", "follow_up", "escalate", "close"]


class SessionFinished(RuntimeError):
    """A reply was given after the session had ended."""


@cache
def rubric() -> dict:
    """The rubric of advisor/data/rehearse_rubric.json."""
    return json.loads(resources.files("advisor.data").joinpath("rehearse_rubric.json").read_text(encoding="utf-8"))


@cache
def manager_lines() -> dict:
    """The manager's lines of advisor/data/rehearse_manager.json."""
    return json.loads(resources.files("advisor.data").joinpath("rehearse_manager.json").read_text(encoding="utf-8"))


def _ref(d: dict) -> PassageRef:
    return PassageRef.model_validate(d)


def _refs(d: dict | list) -> list[PassageRef]:
    """One reference or a list of them (a tip may rest on more than one passage)."""
    return [_ref(x) for x in d] if isinstance(d, list) else [_ref(d)]


def _passages():
    from advisor.grounding import corpus_passages

    return corpus_passages()


# --- lexical features -------------------------------------------------------------------------

_WORDS = re.compile(r"[0-9a-zæøåéü§-]+")


def concept_hits(concepts: list[str], text: str) -> list[str]:
    """The concepts of an objection that a reply addresses (see the rubric's 'about')."""
    from advisor.text import tokens

    low = text.lower()
    words = [w.strip("-") for w in _WORDS.findall(low)]
    joined = " " + " ".join(words) + " "
    stems = set(tokens(text))
    hits: list[str] = []
    for concept in concepts:
        c = concept.lower().strip()
        if " " in c:
            ok = f" {' '.join(_WORDS.findall(c))}" in joined
        else:
            ok = (any(w.startswith(c) for w in words)
                  or (len(c) >= 6 and any(c in w for w in words))
                  or any(s.startswith(cs) for cs in tokens(c) if len(cs) >= 4 for s in stems))
        if ok:
            hits.append(concept)
    return hits


def pattern_hits(patterns: list[str], text: str) -> list[str]:
    """The patterns (regular expressions) that occur in the lowercased text."""
    low = text.lower()
    return [p for p in patterns if re.search(p, low)]


def _level(count: int, thresholds: list[int]) -> int:
    return sum(count >= t for t in thresholds)


def _claims_right(kind: str, text: str) -> bool:
    """True when a sentence of `text` claims the right named by `kind` (see the rubric's false_claims)."""
    from advisor.text import sentences

    rules = rubric()["false_claims"]
    for sentence in sentences(text) or [text]:
        low = sentence.lower()
        if re.search(rules["exempt"], low):
            continue
        for p in rules[kind]["patterns"]:
            for m in re.finditer(p, low):
                window = low[max(0, m.start() - 30): m.end()]
                if not re.search(rules["negations"], window):
                    return True
    return False


def claims_home_office_right(text: str) -> bool:
    """True when the reply claims a legal right to home office (there is none)."""
    return _claims_right("home_office_right", text)


# --- the coach --------------------------------------------------------------------------------


class Coach(Protocol):
    """Scores a reply to an objection and says how to improve it, with citations."""

    def assess(self, reply: str, objection: Objection, situation: Situation, proposal: Proposal) -> CoachFeedback:
        """Feedback on one reply."""
        ...


def _legal_mode(o: Objection, situation: Situation, proposal: Proposal) -> str | None:
    if o.legal == "flexible_time" and asks_flexible_time(proposal) and not situation.leadership_position:
        return "flexible_time"
    if o.legal == "home_office" and asks_home_office(proposal):
        return "home_office"
    return None


def accepts(feedback: CoachFeedback) -> bool:
    """The rubric's rule for a good reply: answers the concern and is concrete or offers a trial/adjustment."""
    rule = rubric()["manager_accepts_when"]
    if feedback.home_office_right_claimed or feedback.leader_flex_right_claimed:
        return False
    if (feedback.score("answers_concern") or 0) < rule["answers_concern"]:
        return False
    return any((feedback.score(k) or 0) >= v for k, v in rule["any_of"].items())


class RubricCoach:
    """The default coach: lexical features scored against advisor/data/rehearse_rubric.json."""

    def __init__(self, lang: str = "nb") -> None:
        self.lang = lang

    def _hint_values(self, o: Objection, situation: Situation, proposal: Proposal) -> dict[str, str]:
        facts = text_facts(situation, proposal)
        replies = replies_for(o, situation, proposal)
        if proposal.home_days:
            concrete = f"hjemme {facts['home_days']}, tilgjengelig {facts['availability_window']} på {facts['channels']}"
        else:
            concrete = f"alltid på jobb i kjernetiden {facts['core_hours']}, tilgjengelig {facts['availability_window']}"
        if situation.results:
            r = situation.results[0]
            results_hint = f"for eksempel at du {r.description.strip().rstrip('.')}, og hvilke nøkkeltall dere kan følge ({facts['kpi_phrase']})."
        else:
            results_hint = f"si hva du leverer, og hvilke nøkkeltall dere kan følge ({facts['kpi_phrase']})."
        return {
            "concern": o.concern,
            "reply": replies[0].text.nb if replies else "",
            "concrete_example": concrete,
            "results_hint": results_hint,
            "trial_months": facts["trial_months"],
        }

    def assess(self, reply: str, objection: Objection, situation: Situation, proposal: Proposal) -> CoachFeedback:
        """Score the reply per criterion, pick 1–3 tips and an example, and cite every line."""
        from advisor.cite import render_draft

        rb = rubric()
        home_claim = claims_home_office_right(reply)
        leader_claim = situation.leadership_position and _claims_right("leader_flex_right", reply)
        mode = _legal_mode(objection, situation, proposal)
        if (home_claim or leader_claim) and mode is None:
            mode = "home_office" if home_claim else "flexible_time"
        scores: list[CriterionScore] = []
        basis: dict[str, PassageRef] = {}
        tips: dict[str, tuple[str, list[PassageRef]]] = {}
        hints = self._hint_values(objection, situation, proposal)
        for c in rb["criteria"]:
            key = c["key"]
            if c.get("applies") == "fairness" and not objection.fairness:
                continue
            if c.get("applies") == "legal" and mode is None:
                continue
            if key == "answers_concern":
                count = len(concept_hits(objection.concepts, reply))
                tip_refs = [r for rep in replies_for(objection, situation, proposal)[:1] for r in rep.refs]
                tip_refs = tip_refs or [_ref(c["basis"])]
                ref, tip = _ref(c["basis"]), c["tip"]
            elif c["scoring"] == "groups":
                text = reply.lower()
                for p in c.get("ignore", []):
                    text = re.sub(p, " ", text)
                count = sum(bool(pattern_hits(ps, text)) for ps in c["groups"].values())
                ref, tip, tip_refs = _ref(c["basis"]), c["tip"], _refs(c["tip_ref"])
            elif key == "legal_basis":
                m = c["modes"][mode]
                count = len(pattern_hits(m["patterns"], reply))
                ref, tip, tip_refs = _ref(m["basis"]), m["tip"], _refs(m["tip_ref"])
            else:
                count = len(pattern_hits(c["patterns"], reply))
                ref, tip, tip_refs = _ref(c["basis"]), c["tip"], _refs(c["tip_ref"])
            score = _level(count, c["thresholds"])
            if key == "legal_basis" and (home_claim or leader_claim):
                score = 0
            label = LocalText.model_validate(c["label"]).get(self.lang)
            comment = LocalText.model_validate(c["levels"][str(score)]).get(self.lang)
            scores.append(CriterionScore(key=key, label=label, score=score, comment=comment))
            basis[key] = ref
            tips[key] = (fill(tip, hints), tip_refs)
        total = sum(s.score for s in scores)
        max_total = sum(s.max for s in scores)
        feedback = CoachFeedback(
            objection_id=objection.id, scores=scores, total=total, max_total=max_total, good=False,
            home_office_right_claimed=home_claim, leader_flex_right_claimed=bool(leader_claim),
            cited=CitedDraft(kind="feedback", title="", sections=[], citations=[]),
        )
        feedback.good = accepts(feedback)

        labels = {k: LocalText.model_validate(v) for k, v in rb["feedback_labels"].items()}
        sections = [DraftSection(
            heading=labels["scores"].get(self.lang).format(total=total, max=max_total),
            claims=[Claim(text=f"{s.label}: {s.score}/{s.max}. {s.comment}", support=[support_for(basis[s.key])])
                    for s in scores],
            key="scores",
        )]
        corrections = []
        for kind, claimed in (("home_office_right", home_claim), ("leader_flex_right", leader_claim)):
            if claimed:
                rule = rb["false_claims"][kind]
                corrections.append(Claim(text=rule["correction"],
                                         support=[support_for(_ref(r)) for r in rule["refs"]]))
        if corrections:
            sections.append(DraftSection(heading=labels["correction"].get(self.lang), claims=corrections,
                                         key="correction"))
        # The weakest criteria first; the concern before everything else when scores tie.
        order = {c["key"]: i for i, c in enumerate(rb["criteria"])}
        weak = sorted((s for s in scores if s.score < s.max), key=lambda s: (s.score, order[s.key]))[:3]
        tip_claims = [Claim(text=tips[s.key][0], support=[support_for(r) for r in tips[s.key][1]]) for s in weak]
        if not tip_claims:
            polish = rb["polish_tip"]
            tip_claims = [Claim(text=polish["text"], support=[support_for(_ref(polish["ref"]))])]
        sections.append(DraftSection(heading=labels["tips"].get(self.lang), claims=tip_claims, key="tips"))
        ex = example_for(objection, situation, proposal)
        sections.append(DraftSection(heading=labels["example"].get(self.lang),
                                     claims=[Claim(text=f"«{ex.text}»", support=[support_for(ex.ref)])],
                                     key="example"))
        draft = Draft(kind="feedback", title=labels["title"].get(self.lang), sections=sections)
        feedback.cited = render_draft(draft, _passages())
        return feedback


# --- the manager ------------------------------------------------------------------------------


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
    """The default manager: fixed rules, seeded phrasing from advisor/data/rehearse_manager.json."""

    def decide(self, feedback: CoachFeedback, weak_before: int) -> Decision:
        """Accept a good reply; otherwise follow up, then escalate, then close the point."""
        if accepts(feedback):
            return "accept"
        return ("follow_up", "escalate")[weak_before] if weak_before < 2 else "close"

    def _pick(self, group: str, ctx: TurnContext) -> str:
        lines = manager_lines()[group]["lines"]
        rng = ctx.rng or random.Random(0)
        return rng.choice(lines)

    def _line(self, group: str, ctx: TurnContext, ref: PassageRef | None = None, **extra: str) -> Claim:
        facts = text_facts(ctx.situation, ctx.proposal) | extra
        if ctx.objection is not None:
            facts.setdefault("concern", ctx.objection.concern)
        ref = ref or _ref(manager_lines()[group]["ref"])
        return Claim(text=fill(self._pick(group, ctx), facts), support=[support_for(ref)])

    def _raise(self, o: Objection, ctx: TurnContext, prefix: str = "") -> Claim:
        rng = ctx.rng or random.Random(0)
        line = fill(rng.choice(o.manager_lines), text_facts(ctx.situation, ctx.proposal))
        return Claim(text=f"{prefix} {line}".strip(), support=[support_for(o.ref)])

    def _summary(self, ctx: TurnContext) -> list[Claim]:
        st = ctx.state

        def names(ids: list[str]) -> str:
            return " og ".join(f"«{objection_by_id(i).label.nb.lower()}»" for i in ids)

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
        oid = (ctx.next_objection.id if stage in ("accept", "close") and ctx.next_objection
               else o.id if o else "")
        return ManagerTurn(objection_id=oid, stage=stage, text=" ".join(c.text for c in claims), claims=claims,
                           done=done)


# --- the session ------------------------------------------------------------------------------


def _players(manager: Manager | None, coach: Coach | None, settings: Settings | None,
             model: Any = None) -> tuple[Manager, Coach]:
    """The manager and coach to use: those given, else model-phrased ones when settings switch a
    language model on (advisor.llm.LLMManager, LLMCoach; `model` overrides the settings' model),
    else the deterministic ones. Decisions and scores are deterministic either way."""
    if settings is not None and settings.llm != "none":
        from advisor.llm import LLMCoach, LLMManager

        return manager or LLMManager(settings, model=model), coach or LLMCoach(settings, model=model)
    return manager or DeterministicManager(), coach or RubricCoach()


class Session:
    """A role-play: the manager raises objections, the employee replies, the coach gives feedback."""

    def __init__(self, situation: Situation, proposal: Proposal, seed: int = 0,
                 manager: Manager | None = None, coach: Coach | None = None,
                 settings: Settings | None = None, model: Any = None) -> None:
        limits = rubric()["session"]
        queue = [o.id for o in objections_for(situation, proposal)][: limits["queue_length"]]
        self.state = RehearsalState(situation=situation, proposal=proposal, seed=seed, queue=queue)
        self.manager, self.coach = _players(manager, coach, settings, model)

    # serialisation: only the state is stored; a custom manager or coach must be passed in again.
    @classmethod
    def from_state(cls, state: RehearsalState | dict, manager: Manager | None = None,
                   coach: Coach | None = None, settings: Settings | None = None, model: Any = None) -> Session:
        """A session continued from a stored state (see model_dump)."""
        st = state if isinstance(state, RehearsalState) else RehearsalState.model_validate(state)
        session = cls.__new__(cls)
        session.state = st
        session.manager, session.coach = _players(manager, coach, settings, model)
        return session

    def model_dump(self, **kwargs) -> dict:
        """The session state as JSON-compatible data, for Session.from_state."""
        return self.state.model_dump(mode="json", **kwargs)

    # --- views ---
    @property
    def done(self) -> bool:
        """True when the session has ended with a summary."""
        return self.state.done

    @property
    def scores(self) -> list[int]:
        """The coach's total score for each reply, in order."""
        return [e.feedback.total for e in self.state.exchanges]

    @property
    def transcript(self) -> list[TranscriptEntry]:
        """The conversation so far: manager, employee and coach lines in order."""
        out: list[TranscriptEntry] = []
        if self.state.opening:
            t = self.state.opening
            out.append(TranscriptEntry(speaker="manager", text=t.text, objection_id=t.objection_id, stage=t.stage))
        for e in self.state.exchanges:
            out.append(TranscriptEntry(speaker="employee", text=e.reply, objection_id=e.feedback.objection_id))
            out.append(TranscriptEntry(speaker="coach", text=e.feedback.cited.sections[0].heading,
                                       objection_id=e.feedback.objection_id, score=e.feedback.total))
            out.append(TranscriptEntry(speaker="manager", text=e.manager.text, objection_id=e.manager.objection_id,
                                       stage=e.manager.stage))
        return out

    def current_objection(self) -> Objection | None:
        """The objection on the table, or None when the session is over."""
        st = self.state
        return objection_by_id(st.queue[st.index]) if not st.done and st.index < len(st.queue) else None

    def _rng(self, kind: str) -> random.Random:
        # A string seed is hashed with SHA-512 by random, so phrasing is the same across processes.
        st = self.state
        return random.Random(f"{st.seed}|{len(st.exchanges)}|{st.index}|{kind}")

    def _ctx(self, o: Objection | None, **kw) -> TurnContext:
        return TurnContext(situation=self.state.situation, proposal=self.state.proposal, state=self.state,
                           objection=o, **kw)

    # --- moves ---
    def opening(self) -> ManagerTurn:
        """The manager's first turn: the best-fitting objection, phrased for the situation."""
        if self.state.opening is None:
            o = self.current_objection()
            if o is None:
                raise SessionFinished("no objection to raise")
            self.state.opening = self.manager.say("raise", self._ctx(o, rng=self._rng("raise")))
        return self.state.opening

    def reply(self, text: str) -> Exchange:
        """The employee's reply: the coach scores it and the manager answers."""
        if self.state.done:
            raise SessionFinished("the session has ended")
        text = without_control(text)  # typed or pasted: terminal escapes and NUL have no place in a transcript
        self.opening()
        st = self.state
        o = self.current_objection()
        assert o is not None
        feedback = self.coach.assess(text, o, st.situation, st.proposal)
        decision = self.manager.decide(feedback, st.weak)
        rng = self._rng(decision)
        if decision in ("accept", "close"):
            (st.accepted if decision == "accept" else st.unresolved).append(o.id)
            st.index += 1
            st.weak = 0
        else:
            st.weak += 1
        limits = rubric()["session"]
        turns = len(st.exchanges) + 1
        handled = len(st.accepted) + len(st.unresolved)
        ending = handled >= limits["max_handled"] or turns >= limits["max_turns"] or st.index >= len(st.queue)
        if ending:
            if decision in ("follow_up", "escalate"):
                st.unresolved.append(o.id)  # the point still on the table was not settled
            st.done = True
            lead = (self.manager.say(decision, self._ctx(o, feedback=feedback, rng=rng, reply=text)).claims
                    if decision in ("accept", "close") else [])
            summary = self.manager.say("summary", self._ctx(o, feedback=feedback, rng=rng, reply=text))
            claims = [*lead, *summary.claims]
            turn = ManagerTurn(objection_id=o.id, stage="summary", text=" ".join(c.text for c in claims),
                               claims=claims, done=True)
        else:
            nxt = self.current_objection() if decision in ("accept", "close") else None
            turn = self.manager.say(decision, self._ctx(o, next_objection=nxt, feedback=feedback, rng=rng,
                                                        reply=text))
        exchange = Exchange(reply=text, feedback=feedback, manager=turn)
        st.exchanges.append(exchange)
        return exchange

    def cited_transcript(self, lang: str = "nb") -> CitedDraft:
        """The manager's turns, with the employee's replies as headings, as one cited document."""
        from advisor.cite import render_draft

        labels = {k: LocalText.model_validate(v) for k, v in rubric()["feedback_labels"].items()}
        manager = "Leder" if lang == "nb" else "Manager"
        you = "Du" if lang == "nb" else "You"
        sections: list[DraftSection] = []
        if self.state.opening:
            sections.append(DraftSection(heading=manager, claims=self.state.opening.claims, key="manager"))
        for e in self.state.exchanges:
            sections.append(DraftSection(heading=f"{you}: «{e.reply}»", key="employee"))
            sections.append(DraftSection(heading=manager, claims=e.manager.claims, key="manager"))
        draft = Draft(kind="rehearsal", title=labels["transcript"].get(lang), sections=sections)
        return render_draft(draft, _passages())


__all__ = [
    "Coach", "DeterministicManager", "Manager", "RubricCoach", "Session", "SessionFinished", "TurnContext",
    "accepts", "claims_home_office_right", "concept_hits", "pattern_hits",
]
