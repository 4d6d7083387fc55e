"""Workbook 06 (Avtale): draft the written agreement, export it, and check an agreement for gaps."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from advisor.app.context import AppContext
from advisor.app.steps.base import FormModel, NeedsInput, Problem, Problems, parse_date, plain
from advisor.app.steps.freshness import Staleness, staleness, stamp
from advisor.app.steps.proposal import ProposalModel, load_proposal
from advisor.app.steps.situation import SituationModel, load_situation
from advisor.core.models import CitedDraft, GapReport
from advisor.corpus.limits import Limits
from advisor.tasks.agreement.draft import draft_agreement
from advisor.tasks.agreement.export import agreement_docx, agreement_markdown
from advisor.tasks.agreement.gaps import agreement_gaps

KINDS = ("begge", "hjemmekontor", "fleksitid")
UPLOAD_SUFFIXES = (".docx", ".md", ".txt")
MAX_UPLOAD = 20 * 1024 * 1024
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class UploadProblem(ValueError):
    """An uploaded file the gap check cannot take; `key` is a UI text."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def safe_filename(name: str, default: str = "fil") -> str:
    """A file name without folders or odd characters (uploads are written under the user's folder)."""
    base = Path(name or "").name
    stem = re.sub(r"[^A-Za-z0-9ÆØÅæøå._ -]+", "_", Path(base).stem).strip(" ._") or default
    suffix = Path(base).suffix.lower()
    if not re.fullmatch(r"\.[a-z0-9]{1,6}", suffix):
        suffix = ""
    return f"{stem[:80]}{suffix}"


DRAFT_INPUTS = ("situation", "proposal", "agreement_form")  # the saved forms a drafted agreement is made from


class AgreementModel(FormModel):
    """The parties and kind typed by the user, and the last drafted agreement and gap report."""

    key = "agreement_form"
    defaults: ClassVar[dict[str, Any]] = {
        "kind": "begge",
        "employer": "",
        "employee": "",
        "place": "",
        "date": "",
        "pasted": "",
    }

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.result: dict[str, Any] = ctx.get("agreement") or {}

    def problems(self) -> Problems:
        """Every field whose value cannot be used (kind, date), with why."""
        out: Problems = {}
        if self.values["kind"] not in KINDS:
            out["kind"] = Problem("err.choice")
        _, p = parse_date(self.values["date"])
        if p:
            out["date"] = p
        return out

    def parties(self) -> dict[str, str]:
        """The parties, place and date (ISO) as filled in, leaving out the empty ones."""
        v = self.values
        d = parse_date(v["date"])[0]
        parties = {
            "employer": v["employer"].strip(),
            "employee": v["employee"].strip(),
            "place": v["place"].strip(),
            "date": d.isoformat() if d else "",
        }
        return {k: val for k, val in parties.items() if val}

    def draft(self) -> CitedDraft:
        """Draft the agreement from the saved situation and proposal."""
        problems = self.problems()
        if problems:
            raise NeedsInput(problems, where=self.key)
        situation = load_situation(self.ctx)
        proposal = load_proposal(self.ctx)
        kwargs: dict[str, Any] = {"kind": self.values["kind"], "settings": self.ctx.settings_in_language()}
        if self.parties():
            kwargs["parties"] = self.parties()
        draft = draft_agreement(situation, proposal, **kwargs)
        self.result = {
            **self.result,
            "draft": plain(draft),
            "draft_check": self._check_draft(draft),
            "made_from": stamp(self.ctx, *DRAFT_INPUTS),
        }
        self.ctx.merge("agreement", **{k: self.result[k] for k in ("draft", "draft_check", "made_from")})
        return draft

    def _check_draft(self, draft: CitedDraft) -> dict[str, Any] | None:
        """The gap check on the clean text of the draft: the page then shows the same count of open
        fields and missing items as a check of the downloaded file would."""
        try:
            report = agreement_gaps(agreement_markdown(draft, lang=self.ctx.lang))
        except Exception:  # the draft is there; a failing check must not take it away
            return None
        data = plain(report)
        data.pop("cited", None)  # the page shows the counts; the full report belongs to uploaded agreements
        return data

    @property
    def cited(self) -> CitedDraft | None:
        """The saved agreement draft, or None."""
        d = self.result.get("draft")
        return CitedDraft.model_validate(d) if d else None

    def filename(self, suffix: str = ".docx") -> str:
        """The download's name: «avtale-2026-12-01.docx» / «agreement-2026-12-01.docx»."""
        stem = "agreement" if self.ctx.lang == "en" else "avtale"
        return f"{stem}-{date.today().isoformat()}{suffix}"

    def docx(self) -> tuple[bytes, Path]:
        """The drafted agreement as a clean .docx (clauses without markers, sources in the appendix),
        also kept in the user's exports folder."""
        draft = self.cited
        if draft is None:
            raise ValueError("no draft yet")
        path = self.ctx.user_dir / "exports" / self.filename()
        data = agreement_docx(draft, lang=self.ctx.lang, path=path)
        return data, path

    def markdown(self) -> str:
        """The same clean document as Markdown."""
        draft = self.cited
        if draft is None:
            raise ValueError("no draft yet")
        return agreement_markdown(draft, lang=self.ctx.lang)

    def staleness(self) -> Staleness:
        """None if the drafted agreement matches today's forms and language; else what changed ('error'
        when the forms changed and do not check out)."""
        if not self.result.get("draft"):
            return None
        reason = staleness(self.result.get("made_from"), self.ctx, *DRAFT_INPUTS)
        if reason == "inputs" and (
            self.problems() or ProposalModel(self.ctx).problems() or SituationModel(self.ctx).problems()
        ):
            return "error"
        return reason

    def draft_check(self) -> dict[str, Any] | None:
        """The gap check run on the drafted agreement itself (the one count of open fields and missing
        items the page shows for the draft), or None before a draft exists."""
        return self.result.get("draft_check")

    # -- the gap check ----------------------------------------------------------------------------

    def check_upload(self, filename: str, content: bytes) -> GapReport:
        """Check an uploaded agreement (.docx, .md, .txt) for the items it lacks."""
        name = safe_filename(filename, "avtale")
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            raise UploadProblem("gaps.bad_type", types=", ".join(UPLOAD_SUFFIXES))
        if len(content) > MAX_UPLOAD:
            raise UploadProblem("gaps.too_large", mb=MAX_UPLOAD // (1024 * 1024))
        if not content:
            raise UploadProblem("gaps.empty")
        folder = self.ctx.user_dir / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_bytes(content)
        try:
            return self._gaps(path)
        finally:
            # The check has read it; we keep no copy of someone's agreement we do not need.
            path.unlink(missing_ok=True)

    def check_pasted(self) -> GapReport:
        """Check the pasted agreement text."""
        text = self.values["pasted"]
        if not text.strip():
            raise UploadProblem("gaps.empty")
        # Through a file, never as a str: a one-line text ending in .txt would be read as a path.
        return self.check_upload("innlimt-tekst.txt", text.encode("utf-8"))

    def _gaps(self, source: str | Path) -> GapReport:
        try:
            report = agreement_gaps(source, Limits.from_settings(self.ctx.settings), lang=self.ctx.lang)
        except Exception as exc:
            if hasattr(exc, "user_message"):
                raise UploadProblem("gaps.read_error", message=exc.user_message(self.ctx.lang)) from exc
            raise
        self.result = {**self.result, "gaps": plain(report)}
        self.ctx.merge("agreement", gaps=self.result["gaps"])
        return report

    @property
    def gaps(self) -> GapReport | None:
        """The last gap report, as saved (None before the first check)."""
        saved = self.result.get("gaps")
        return GapReport.model_validate(saved) if saved else None
