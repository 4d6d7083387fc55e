"""Workbook 00 (Start): who the user is and which language they read; both remembered."""

from __future__ import annotations

from advisor.app.context import AppContext
from advisor.app.steps.proposal import ProposalModel
from advisor.app.steps.situation import SituationModel
from advisor.app.workbooks import ROLES, Workbook, for_role


class StartModel:
    """Role and language choice, and how far the user has come."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @property
    def role(self) -> str | None:
        return self.ctx.role

    def choose_role(self, role: str | None) -> None:
        if role is not None and role not in ROLES:
            raise ValueError(role)
        self.ctx.role = role

    def choose_language(self, lang: str) -> None:
        self.ctx.lang = lang

    def workbooks(self) -> list[Workbook]:
        return for_role(self.role)

    def progress(self) -> dict[str, bool]:
        """Which employee steps have something saved (shown as ticks on the start page)."""
        saved = self.ctx.store.load(self.ctx.user)
        sit = SituationModel(self.ctx)
        prop = ProposalModel(self.ctx)
        return {
            "situasjon": sit.started and not sit.problems(),
            "forslag": "proposal" in saved and not prop.problems(),
            "argumenter": bool((saved.get("arguments") or {}).get("draft")),
            "innvendinger": bool((saved.get("rehearse") or {}).get("attempts")),
            "avslag": bool(saved.get("refusal_employee_result") or {}),
            "avtale": bool((saved.get("agreement") or {}).get("draft")),
            "oppfolging": bool((saved.get("followup") or {}).get("entries")),
        }

    def export(self) -> dict:
        return self.ctx.store.export(self.ctx.user)

    def import_(self, data: dict) -> int:
        n = self.ctx.store.import_(self.ctx.user, data)
        self.ctx.reload_prefs()
        return n

    def delete_everything(self) -> int:
        return self.ctx.delete_everything()
