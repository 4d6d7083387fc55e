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

import random
from typing import TYPE_CHECKING, Any

from advisor.answering.cite import render_draft
from advisor.core.models import (
    CitedDraft,
    Draft,
    DraftSection,
    Exchange,
    LocalText,
    ManagerTurn,
    Objection,
    Proposal,
    RehearsalState,
    Situation,
    TranscriptEntry,
    without_control,
)
from advisor.tasks.objections import objection as objection_by_id
from advisor.tasks.objections import objections_for
from advisor.tasks.rehearse.coach import Coach, RubricCoach, _passages, rubric
from advisor.tasks.rehearse.llm import LLMCoach, LLMManager
from advisor.tasks.rehearse.manager import DeterministicManager, Manager, TurnContext

if TYPE_CHECKING:
    from advisor.core.settings import Settings


class SessionFinished(RuntimeError):
    """A reply was given after the session had ended."""


# --- the session ------------------------------------------------------------------------------


def _players(
    manager: Manager | None, coach: Coach | None, settings: Settings | None, model: Any = None
) -> tuple[Manager, Coach]:
    """The manager and coach to use: those given, else model-phrased ones when settings switch a
    language model on (advisor.tasks.rehearse.llm.LLMManager, LLMCoach; `model` overrides the settings' model),
    else the deterministic ones. Decisions and scores are deterministic either way."""
    if settings is not None and settings.llm != "none":
        return manager or LLMManager(settings, model=model), coach or LLMCoach(settings, model=model)
    lang = settings.language if settings is not None else "nb"
    return manager or DeterministicManager(lang), coach or RubricCoach(lang)


class Session:
    """A role-play: the manager raises objections, the employee replies, the coach gives feedback."""

    def __init__(
        self,
        situation: Situation,
        proposal: Proposal,
        seed: int = 0,
        manager: Manager | None = None,
        coach: Coach | None = None,
        settings: Settings | None = None,
        model: Any = None,
    ) -> None:
        limits = rubric()["session"]
        queue = [o.id for o in objections_for(situation, proposal)][: limits["queue_length"]]
        self.state = RehearsalState(situation=situation, proposal=proposal, seed=seed, queue=queue)
        self.manager, self.coach = _players(manager, coach, settings, model)

    # serialisation: only the state is stored; a custom manager or coach must be passed in again.
    @classmethod
    def from_state(
        cls,
        state: RehearsalState | dict,
        manager: Manager | None = None,
        coach: Coach | None = None,
        settings: Settings | None = None,
        model: Any = None,
    ) -> Session:
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
            out.append(
                TranscriptEntry(
                    speaker="coach",
                    text=e.feedback.cited.sections[0].heading,
                    objection_id=e.feedback.objection_id,
                    score=e.feedback.total,
                )
            )
            out.append(
                TranscriptEntry(
                    speaker="manager", text=e.manager.text, objection_id=e.manager.objection_id, stage=e.manager.stage
                )
            )
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
        return TurnContext(
            situation=self.state.situation, proposal=self.state.proposal, state=self.state, objection=o, **kw
        )

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
            # an accepted last answer is acknowledged before the summary; a closed point is not, since the
            # summary says what is still open and when to come back to it (said once, not twice)
            lead = (
                self.manager.say(decision, self._ctx(o, feedback=feedback, rng=rng, reply=text)).claims
                if decision == "accept"
                else []
            )
            summary = self.manager.say("summary", self._ctx(o, feedback=feedback, rng=rng, reply=text))
            claims = [*lead, *summary.claims]
            turn = ManagerTurn(
                objection_id=o.id, stage="summary", text=" ".join(c.text for c in claims), claims=claims, done=True
            )
        else:
            nxt = self.current_objection() if decision in ("accept", "close") else None
            turn = self.manager.say(decision, self._ctx(o, next_objection=nxt, feedback=feedback, rng=rng, reply=text))
        exchange = Exchange(reply=text, feedback=feedback, manager=turn)
        st.exchanges.append(exchange)
        return exchange

    def cited_transcript(self, lang: str = "nb") -> CitedDraft:
        """The manager's turns, with the employee's replies as headings, as one cited document."""

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
