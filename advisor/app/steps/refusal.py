"""Workbooks 05 (Etter avslag) and 20 (Tillitsvalgt): a refusal case form, its check and next steps."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from advisor.answering.documents import render_docx
from advisor.app.context import AppContext
from advisor.app.steps.base import FormModel, NeedsInput, Problem, Problems, lines, parse_date, parse_int, plain
from advisor.core.models import CitedDraft, EmployeeFacts, EmployerFacts, RefusalCase
from advisor.tasks.next_steps import draft_tln_submission, next_steps
from advisor.tasks.refusal.analysis import analyse_case
from advisor.tasks.refusal.check import check_refusal

TRISTATE = ("ukjent", "ja", "nei")


class SubmissionRefused(ValueError):
    """The case is not one for Tvisteløsningsnemnda; the message (from advisor.tasks.next_steps) says why."""


class RefusalModel(FormModel):
    """The case as typed (the refusal text is untrusted input, only ever shown escaped)."""

    key = "refusal"
    defaults: ClassVar[dict[str, Any]] = {
        "request": "",
        "refusal": "",
        "refusal_received": "",
        "written_refusal": False,
        "role": "",
        "needs": "",
        "documentation": "",
        "age": "",
        "children_under_10": "ukjent",
        "history": "",
        "works_nights": "ukjent",
        "employer_name": "",
        "employer_size": "",
        "employer_sector": "",
        "alternatives_offered": "",
        "employer_facts": "",
        "notes": "",
        "corrections": [],
    }

    def __init__(self, ctx: AppContext, key: str = "refusal", today: date | None = None) -> None:
        super().__init__(ctx, key)
        self.today = today
        self.result: dict[str, Any] = ctx.get(f"{self.key}_result") or {}

    def _today(self) -> date:
        return self.today or date.today()

    def problems(self) -> Problems:
        """Every field of the case whose value cannot be used (texts required, dates), with why."""
        v = self.values
        out: Problems = {}
        for name in ("request", "refusal"):
            if not v[name].strip():
                out[name] = Problem("err.required")
        received, p = parse_date(v["refusal_received"])
        if p:
            out["refusal_received"] = p
        elif received and received > self._today():
            out["refusal_received"] = Problem("err.date_future")
        _, p = parse_int(v["age"], 14, 100)
        if p:
            out["age"] = p
        _, p = parse_int(v["employer_size"], 1, 10_000_000)
        if p:
            out["employer_size"] = p
        return out

    def case(self) -> RefusalCase:
        """The RefusalCase for the advisor; NeedsInput if a field must be fixed first."""
        problems = self.problems()
        if problems:
            raise NeedsInput(problems, where=self.key)
        v = self.values
        tri = {"ja": True, "nei": False}
        received = parse_date(v["refusal_received"])[0]
        return RefusalCase(
            request=v["request"].strip(),
            refusal=v["refusal"],
            refusal_received=received.isoformat() if received else None,
            written_refusal=bool(v["written_refusal"]),
            employee=EmployeeFacts(
                role=v["role"].strip(),
                needs=v["needs"].strip(),
                documentation=lines(v["documentation"]),
                age=parse_int(v["age"], 14, 100)[0],
                children_under_10=tri.get(v["children_under_10"]),
                history=v["history"].strip(),
                works_nights=tri.get(v["works_nights"]),
            ),
            employer=EmployerFacts(
                name=v["employer_name"].strip(),
                size=parse_int(v["employer_size"], 1, 10_000_000)[0],
                sector=v["employer_sector"].strip(),
                alternatives_offered=lines(v["alternatives_offered"]),
                facts=v["employer_facts"].strip(),
            ),
            notes=(v.get("notes") or "").strip(),
            corrections=[c for c in (v.get("corrections") or []) if isinstance(c, dict)],
        )

    def _save_result(self, **parts: Any) -> None:
        self.result = {**self.result, **parts}
        self.ctx.merge(f"{self.key}_result", **parts)

    # -- the advisor ------------------------------------------------------------------------------

    def correct(self, correction: dict[str, Any]) -> None:
        """Record the user's correction of a fact (it wins over the reader on the next check)."""
        current = [c for c in (self.values.get("corrections") or []) if c != correction]
        self.set("corrections", [*current, correction])

    def check(self, analysis: Any = None) -> dict[str, Any]:
        """The refusal check (advisor.tasks.refusal.analysis): verdict, facts, findings, deadline, next steps."""
        case = self.case()
        audience = "union" if self.key == "refusal_tv" else "employee"
        result = check_refusal(
            case, today=self._today(), settings=self.ctx.settings_in_language(), analysis=analysis, audience=audience
        )
        public = result.public() if hasattr(result, "public") else plain(result)
        report = getattr(result, "report", None)
        self._save_result(
            check=public,
            report=plain(report) if report is not None else None,
            deadline_passed=getattr(result, "deadline_passed", None),
            checked_on=self._today().isoformat(),
        )
        return public

    def next_steps(self, analysis: Any = None) -> CitedDraft:
        """The cited next steps after the refusal (advisor.tasks.next_steps)."""
        case = self.case()
        draft = next_steps(case, today=self._today(), settings=self.ctx.settings_in_language(), analysis=analysis)
        self._save_result(next_steps=plain(draft), checked_on=self._today().isoformat())
        return draft

    def check_and_steps(self) -> None:
        """The check and the next steps from one reading of the case (the analysis runs once)."""
        settings = self.ctx.settings_in_language()
        a = analyse_case(self.case(), self._today(), settings, settings.language)
        self.check(analysis=a)
        self.next_steps(analysis=a)

    def submission(self) -> CitedDraft:
        """The draft submission to Tvisteløsningsnemnda (advisor.tasks.next_steps)."""
        case = self.case()
        try:
            draft = draft_tln_submission(case, today=self._today(), settings=self.ctx.settings_in_language())
        except ValueError as exc:
            if type(exc) is not ValueError:  # e.g. a pydantic error: a bug, not a message for the user
                raise
            raise SubmissionRefused(str(exc)) from None
        self._save_result(submission=plain(draft))
        return draft

    def clear_submission(self) -> None:
        """Forget the drafted submission (the case changed, or it has no route to the nemnd any more)."""
        self._save_result(submission=None)

    def redo_submission(self) -> None:
        """Draft the submission again for the case as it is now, if one was drafted; none if it is refused now."""
        if self.drafted_submission is None:
            return
        try:
            self.submission()
        except SubmissionRefused:
            self.clear_submission()

    def submission_docx(self) -> tuple[bytes, Path]:
        """The drafted submission as a Word file fit to send, and where it was saved; ValueError if none was drafted."""
        d = self.result.get("submission")
        if not d:
            raise ValueError("no submission drafted")
        stem = "case-dispute-tribunal" if self.ctx.lang == "en" else "sak-tvistelosningsnemnda"
        path = self.ctx.user_dir / "exports" / f"{stem}-{date.today().isoformat()}.docx"
        # Fit to send: the text without [n] markers, the sources in «Kilder og merknader» after it.
        return render_docx(CitedDraft.model_validate(d), self.ctx.lang, path=path), path

    # -- saved results --------------------------------------------------------------------------

    @property
    def checked(self) -> dict[str, Any] | None:
        """The saved refusal check (as stored), or None."""
        return self.result.get("check")

    @property
    def report(self) -> CitedDraft | None:
        """The saved check report, or None."""
        d = self.result.get("report")
        return CitedDraft.model_validate(d) if d else None

    @property
    def steps(self) -> CitedDraft | None:
        """The saved next steps, or None."""
        d = self.result.get("next_steps")
        return CitedDraft.model_validate(d) if d else None

    @property
    def drafted_submission(self) -> CitedDraft | None:
        """The saved draft submission to Tvisteløsningsnemnda, or None."""
        d = self.result.get("submission")
        return CitedDraft.model_validate(d) if d else None

    def deadline(self) -> str | None:
        """The last day to bring the case to Tvisteløsningsnemnda, as computed by the refusal check."""
        check = self.checked or {}
        return (check.get("deadlines") or {}).get("tvistelosningsnemnda")

    def days_left(self) -> int | None:
        """Days from today to the deadline for bringing the case, or None without a deadline."""
        d = self.deadline()
        if not d:
            return None
        try:
            return (date.fromisoformat(d) - self._today()).days
        except ValueError:
            return None
