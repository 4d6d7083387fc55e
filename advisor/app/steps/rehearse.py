"""Workbook 04 (Øv på innvendinger): role-play with advisor.tasks.rehearse.session.Session, saved between visits."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from advisor.app.context import AppContext
from advisor.app.doc import SavedDoc
from advisor.app.steps.base import NeedsInput, Problem
from advisor.app.steps.proposal import load_proposal
from advisor.app.steps.situation import load_situation
from advisor.tasks.objections import objection
from advisor.tasks.rehearse.coach import RubricCoach
from advisor.tasks.rehearse.manager import DeterministicManager
from advisor.tasks.rehearse.session import Session

MAX_REPLY = 3000


class ExerciseFinished(RuntimeError):
    """A reply was sent after the exercise ended; the user must start a new one."""


class RehearseModel(SavedDoc):
    """The running session (its serialisable state), every scored attempt, and the reply being typed.

    Saved field by field: the attempts and the transcript (the session's exchanges) are lists kept
    by item id, so replies and attempts made in two tabs are all kept.
    """

    key = "rehearse"
    defaults: ClassVar[dict[str, Any]] = {"session": None, "transcript": [], "attempts": [], "sessions": 0, "draft": ""}
    item_defaults: ClassVar[dict[str, dict[str, Any]]] = {"transcript": {}, "attempts": {}}

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.data["sessions"] = int(self.data["sessions"] or 0)
        self.data["draft"] = self.data["draft"] or ""
        session = self.data["session"]
        if isinstance(session, dict) and "exchanges" in session:  # saved before the transcript was a list
            self.data["session"] = {k: v for k, v in session.items() if k != "exchanges"}
            self.values["transcript"], self.ids["transcript"] = [], []
            for exchange in session["exchanges"] or []:
                self.append_item("transcript", exchange)
        self._session: Any = None

    @property
    def data(self) -> dict[str, Any]:
        """The page's saved values (session, transcript, attempts)."""
        return self.values

    def _keep_session(self) -> None:
        """The running session into `data`: its exchanges appended to the transcript by id."""
        dump = self._session.model_dump()
        exchanges = dump.pop("exchanges", [])
        self.data["session"] = dump
        known = self.data["transcript"]
        if exchanges[: len(known)] != known:  # another session: a new transcript
            self.values["transcript"], self.ids["transcript"] = [], []
        for exchange in exchanges[len(self.data["transcript"]) :]:
            self.append_item("transcript", exchange)

    def set_draft(self, text: str) -> None:
        """Keep the reply being typed (a reload must not lose it)."""
        self.data["draft"] = text
        self.save()

    # -- the session ------------------------------------------------------------------------------

    def _players(self) -> dict[str, Any]:
        """Session arguments: a model-phrased manager and coach when the settings switch a model on."""
        settings = self.ctx.settings_in_language()
        if settings.llm != "none":
            return {"settings": settings}
        return {"coach": RubricCoach(lang=self.ctx.lang), "manager": DeterministicManager(lang=self.ctx.lang)}

    @property
    def session(self) -> Any:
        """The running Session, restored from its saved state (None before the first start)."""
        if self._session is None and self.data["session"]:
            state = {**self.data["session"], "exchanges": self.data["transcript"]}
            self._session = Session.from_state(state, **self._players())
        return self._session

    def start(self) -> Any:
        """A new session for the saved situation and proposal; returns the manager's opening turn."""
        situation = load_situation(self.ctx)
        proposal = load_proposal(self.ctx)
        seed = self.data["sessions"]
        self._session = Session(situation, proposal, seed=seed, **self._players())
        opening = self._session.opening()
        self.data["sessions"] = seed + 1
        self._keep_session()
        self.save()
        return opening

    def reply(self, text: str) -> Any:
        """Send a reply: the coach scores it, the manager answers; the attempt is recorded."""
        text = (text or "").strip()
        if not text:
            raise NeedsInput({"reply": Problem("err.required")}, where="reply")
        if len(text) > MAX_REPLY:
            raise NeedsInput({"reply": Problem("err.too_long", {"limit": MAX_REPLY})}, where="reply")
        session = self.session
        if session is not None and session.done:
            # A finished exercise is locked: a reply must not silently start a new one and replace the transcript.
            raise ExerciseFinished
        if session is None:
            self.start()
            session = self.session
        exchange = session.reply(text)
        fb = exchange.feedback
        self.append_item(
            "attempts",
            {
                "session": self.data["sessions"],
                "objection_id": fb.objection_id,
                "total": fb.total,
                "max_total": fb.max_total,
                "good": bool(fb.good),
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
            },
        )
        self._keep_session()
        self.data["draft"] = ""
        self.save()
        return exchange

    @property
    def done(self) -> bool:
        """True once the running session has ended."""
        return bool(self.session and self.session.done)

    def reset(self) -> None:
        """Forget the running session (attempt history stays for the plot)."""
        self.data["session"] = None
        self.values["transcript"], self.ids["transcript"] = [], []
        self._session = None
        self.save()

    # -- what the view shows -----------------------------------------------------------------------

    def turns(self) -> list[dict[str, Any]]:
        """The conversation: manager turns, the user's replies and the coach's cited feedback, in order."""
        s = self.session
        if s is None:
            return []
        out: list[dict[str, Any]] = []
        st = s.state
        if st.opening:
            out.append({"who": "manager", "text": st.opening.text, "objection_id": st.opening.objection_id})
        for e in st.exchanges:
            out.append({"who": "me", "text": e.reply})
            out.append({"who": "coach", "feedback": e.feedback})
            out.append(
                {
                    "who": "manager",
                    "text": e.manager.text,
                    "objection_id": e.manager.objection_id,
                    "done": e.manager.done,
                }
            )
        return out

    def scores(self) -> list[float]:
        """Every attempt's score as a share of the maximum (0–1), oldest first, across sessions."""
        return [a["total"] / a["max_total"] if a.get("max_total") else 0.0 for a in self.data["attempts"]]

    def objection_label(self, objection_id: str) -> str:
        """The objection's label in the page's language (its id if it is unknown)."""
        try:
            return objection(objection_id).label.get(self.ctx.lang)
        except KeyError:  # an unknown id: show the id
            return objection_id

    def rehearsed(self) -> dict[str, int]:
        """How often each objection was answered (for the HR workshop dashboard)."""
        counts: dict[str, int] = {}
        for a in self.data["attempts"]:
            counts[a["objection_id"]] = counts.get(a["objection_id"], 0) + 1
        return counts
