"""Workbook 03 (Argumenter): cited arguments for the saved situation and proposal, and reframes."""

from __future__ import annotations

from datetime import date
from typing import Any

from advisor.app.context import AppContext
from advisor.app.steps.base import plain
from advisor.app.steps.freshness import Staleness, staleness, stamp
from advisor.app.steps.proposal import ProposalModel, load_proposal
from advisor.app.steps.situation import SituationModel, load_situation
from advisor.core.models import CitedDraft, Reframe
from advisor.tasks.arguments import draft_arguments
from advisor.tasks.meeting_card import meeting_card_docx
from advisor.tasks.objections import draft_objections

INPUTS = ("situation", "proposal")  # the saved forms the arguments are made from


class ArgumentsModel:
    """Drafts the arguments with advisor.tasks.arguments and keeps the last result saved."""

    key = "arguments"

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.saved: dict[str, Any] = ctx.get(self.key) or {}

    def generate(self) -> CitedDraft:
        """Draft from the situation (01) and proposal (02) as saved now; NeedsInput otherwise."""
        situation = load_situation(self.ctx)
        proposal = load_proposal(self.ctx)
        result = draft_arguments(situation, proposal, settings=self.ctx.settings_in_language())
        self.saved = {"draft": plain(result.draft), "reframes": plain(result.reframes), **stamp(self.ctx, *INPUTS)}
        self.ctx.save(self.key, self.saved)
        return result.draft

    def staleness(self) -> Staleness:
        """None if the saved arguments match the situation, proposal and language of now."""
        if not self.saved.get("draft"):
            return None
        reason = staleness(self.saved, self.ctx, *INPUTS)
        if reason == "inputs" and (ProposalModel(self.ctx).problems() or SituationModel(self.ctx).problems()):
            return "error"  # the inputs changed and do not check out: say that, not only «changed»
        return reason

    @property
    def draft(self) -> CitedDraft | None:
        """The saved arguments draft, or None."""
        d = self.saved.get("draft")
        return CitedDraft.model_validate(d) if d else None

    @property
    def reframes(self) -> list[Reframe]:
        """[{before, after, why, support}] — the user's need-based sentences rewritten from results."""
        return [Reframe.model_validate(r) for r in self.saved.get("reframes") or []]

    def meeting_card(self) -> tuple[bytes, str]:
        """The one-page meeting card as Word (bytes) and its file name; NeedsInput if 01/02 must be fixed."""
        data = meeting_card_docx(load_situation(self.ctx), load_proposal(self.ctx), self.ctx.lang)
        stem = "meeting-card" if self.ctx.lang == "en" else "motekort"
        return data, f"{stem}-{date.today().isoformat()}.docx"

    def objections(self) -> CitedDraft:
        """The likely objections as a cited draft (advisor.tasks.objections)."""
        return draft_objections(
            load_situation(self.ctx), load_proposal(self.ctx), settings=self.ctx.settings_in_language()
        )
