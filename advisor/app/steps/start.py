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
        """The role chosen on the start page, or None."""
        return self.ctx.role

    def choose_role(self, role: str | None) -> None:
        """Choose a role (one of ROLES, or None to choose again); ValueError for another."""
        if role is not None and role not in ROLES:
            raise ValueError(role)
        self.ctx.role = role

    def choose_language(self, lang: str) -> None:
        """Switch the pages' language (nb or en)."""
        self.ctx.lang = lang

    def workbooks(self) -> list[Workbook]:
        """The workbooks for the chosen role."""
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
        """Everything saved for the user, for download."""
        return self.ctx.store.export(self.ctx.user)

    def import_(self, data: dict) -> int:
        """Restore an export into the user's saved state; returns how many keys were saved."""
        n = self.ctx.store.import_(self.ctx.user, data)
        self.ctx.reload_prefs()
        return n

    def delete_everything(self) -> int:
        """Forget the user (saved state, workshop contributions, files); returns the rows removed."""
        return self.ctx.delete_everything()
