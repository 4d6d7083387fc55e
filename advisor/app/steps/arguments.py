"""Workbook 03 (Argumenter): cited arguments for the saved situation and proposal, and reframes."""

from __future__ import annotations

from typing import Any

from advisor.app.context import AppContext
from advisor.app.steps.base import feature, is_available, plain
from advisor.app.steps.proposal import load_proposal
from advisor.app.steps.situation import load_situation
from advisor.models import CitedDraft


class ArgumentsModel:
    """Drafts the arguments with advisor.arguments and keeps the last result saved."""

    key = "arguments"

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.saved: dict[str, Any] = ctx.get(self.key) or {}

    @staticmethod
    def available() -> bool:
        return is_available("arguments", "draft_arguments")

    def generate(self) -> CitedDraft:
        """Draft from the situation (01) and proposal (02) as saved now; NeedsInput/NotAvailable otherwise."""
        situation = load_situation(self.ctx)
        proposal = load_proposal(self.ctx)
        mod = feature("arguments", "draft_arguments")
        result = mod.draft_arguments(situation, proposal, settings=self.ctx.settings_in_language())
        self.saved = {"draft": plain(result.draft), "reframes": plain(getattr(result, "reframes", []) or [])}
        self.ctx.save(self.key, self.saved)
        return result.draft

    @property
    def draft(self) -> CitedDraft | None:
        d = self.saved.get("draft")
        return CitedDraft.model_validate(d) if d else None

    @property
    def reframes(self) -> list[dict[str, Any]]:
        """[{before, after, why, support}] — the user's need-based sentences rewritten from results."""
        return list(self.saved.get("reframes") or [])

    def objections(self) -> CitedDraft | None:
        """The likely objections as a cited draft (advisor.objections), or None if not available."""
        if not is_available("objections", "draft_objections"):
            return None
        mod = feature("objections", "draft_objections")
        return mod.draft_objections(load_situation(self.ctx), load_proposal(self.ctx),
                                    settings=self.ctx.settings_in_language())
