"""Workbook 10 (HR-verksted): workshops with a join code, an anonymised dashboard, and a policy
draft from the nine HR points of the guide (every guidance line cited and checked)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from statistics import mean
from typing import Any, ClassVar

from advisor.app.context import AppContext, hub_workshop_code
from advisor.app.doc import SavedDoc
from advisor.app.state import UnknownWorkshop
from advisor.app.steps.base import NeedsInput, Problem, parse_int
from advisor.app.steps.rehearse import RehearseModel
from advisor.app.steps.start import StartModel
from advisor.app.texts import ui
from advisor.core.models import CitedDraft
from advisor.tasks.policy import draft_policy, policy_docx

MIN_GROUP = 3  # fewer participants than this and the dashboard shows nothing: no one can be singled out
CODE_LEN = 6

_GUIDE = "guide-hr-ni-punkter#"
# The nine points: passage and the phrases locating the guidance sentences cited for each.
POINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("punkt-1-strategi-og-policy-for-fleksibelt-arbeid", ("Første steg for HR", "Policyen bør slå fast")),
    (
        "punkt-2-kartlegg-om-ansatte-og-team-er-klare-for-fleksibelt-arbeid",
        ("HR bør derfor kartlegge", "Like vilkår betyr like kriterier"),
    ),
    (
        "punkt-3-start-med-en-avgrenset-proveordning",
        ("anbefaler kilden en prøveordning", "Prøveordningen kan også avgrenses"),
    ),
    (
        "punkt-4-teknologi-oppkobling-og-informasjonssikkerhet",
        ("forutsetter at arbeidsverktøyene", "krever hjemmekontorforskriften dessuten"),
    ),
    ("punkt-5-fleksible-kontorer-kontorhuber-og-coworking", ("anbefaler å gi ansatte tilgang til fleksible kontorer",)),
    ("punkt-6-teamavtaler-og-gode-kommunikasjonskanaler", ("må teamet lage egne avtaler",)),
    ("punkt-7-laer-lederne-a-coache-medarbeidere-som-jobber-fleksibelt", ("lærer opp lederne",)),
    ("punkt-8-kpi-er-for-maloppnaelse-og-produktivitet", ("anbefaler å etablere KPI-er", "KPI-er fungerer bare")),
    ("punkt-9-mal-hvordan-kontorarealet-faktisk-brukes", ("bør måle arealutnyttelsen",)),
)


def normalise_code(code: str) -> str:
    """A join code as typed, upper-cased with everything but letters and digits removed."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


class WorkshopDoc(SavedDoc):
    """The workshop page's own fields (title, chosen workshop, join code, readiness)."""

    key = "workshop"
    defaults: ClassVar[dict[str, Any]] = {"title": "", "selected": "", "join_code": "", "readiness": "3"}


class PolicyDoc(SavedDoc):
    """The policy checklist: the organisation, and per point whether it is in place and notes (leaf by leaf)."""

    key = "policy"
    defaults: ClassVar[dict[str, Any]] = {
        "org": "",
        "points": {str(i): {"done": False, "notes": ""} for i in range(1, 10)},
    }
    nested = ("points",)


class WorkshopModel:
    """Facilitator and participant sides of a workshop, and the policy checklist."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.workshop_doc = WorkshopDoc(ctx)
        self.policy_doc = PolicyDoc(ctx)
        self.data: dict[str, Any] = self.workshop_doc.values
        self.policy: dict[str, Any] = self.policy_doc.values
        hub_code = hub_workshop_code()
        if hub_code and not self.data["join_code"]:
            # on the workshop hub, the code the participant logged in with
            self.workshop_doc.set_default("join_code", hub_code)
        if not self.data["selected"] and hub_code and any(o["code"] == hub_code for o in self.owned()):
            self.data["selected"] = hub_code  # the facilitator of the workshop hub: its workshop

    def set(self, name: str, value: Any) -> None:
        """Set one field of the workshop page and save it."""
        self.data[name] = value
        self.workshop_doc.save()

    # -- facilitator ------------------------------------------------------------------------------

    def create(self) -> str:
        """Create a workshop with the title entered, select it and return its code."""
        code = self.store.create_workshop(self.ctx.user, self.data["title"].strip())
        self.set("selected", code)
        return code

    def owned(self) -> list[dict[str, Any]]:
        """The workshops this user created, newest first."""
        return self.store.owned_workshops(self.ctx.user)

    def dashboard(self, code: str | None = None) -> dict[str, Any]:
        """Aggregates over the participants' anonymised contributions; nothing shown below MIN_GROUP."""
        code = normalise_code(code or self.data["selected"])
        rows = self.store.workshop_contributions(self.ctx.user, code)
        n = len(rows)
        if n < MIN_GROUP:
            return {"code": code, "n": n, "hidden": True, "min_group": MIN_GROUP}
        readiness = [r["readiness"] for r in rows if isinstance(r.get("readiness"), int)]
        distribution = {level: sum(1 for r in readiness if r == level) for level in range(1, 6)}
        steps = ("situasjon", "forslag", "argumenter", "innvendinger", "avtale")
        progress = {s: sum(1 for r in rows if (r.get("progress") or {}).get(s)) / n for s in steps}
        objections: dict[str, int] = {}
        for r in rows:
            for oid, count in (r.get("objections") or {}).items():
                objections[oid] = objections.get(oid, 0) + int(count)
        top = sorted(objections.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        best = [r["best_score"] for r in rows if isinstance(r.get("best_score"), int | float)]
        return {
            "code": code,
            "n": n,
            "hidden": False,
            "min_group": MIN_GROUP,
            "readiness_mean": mean(readiness) if readiness else None,
            "readiness": distribution,
            "progress": progress,
            "objections": top,
            "best_score_mean": mean(best) if best else None,
            "rehearsed": sum(1 for r in rows if r.get("objections")),
        }

    # -- participant ------------------------------------------------------------------------------

    def contribution(self) -> dict[str, Any]:
        """What a participant shares: numbers and objection ids only, never text they wrote."""
        readiness, p = parse_int(self.data["readiness"], 1, 5, required=True)
        if p:
            raise NeedsInput({"readiness": p}, where="workshop")
        progress = StartModel(self.ctx).progress()
        rehearse = RehearseModel(self.ctx)
        scores = rehearse.scores()
        return {
            "readiness": readiness,
            "progress": {
                k: bool(progress.get(k)) for k in ("situasjon", "forslag", "argumenter", "innvendinger", "avtale")
            },
            "objections": rehearse.rehearsed(),
            "best_score": round(max(scores), 3) if scores else None,
        }

    def join(self) -> str:
        """Add this participant's anonymised contribution to the workshop whose code was entered; returns the code."""
        code = normalise_code(self.data["join_code"])
        if len(code) != CODE_LEN:
            raise NeedsInput({"join_code": Problem("err.code")}, where="workshop")
        data = self.contribution()
        try:
            self.store.contribute(self.ctx.user, code, data)
        except UnknownWorkshop:
            raise NeedsInput({"join_code": Problem("err.code_unknown")}, where="workshop") from None
        return code

    def membership(self) -> str | None:
        """The code of the workshop this user joined, or None."""
        return (self.ctx.get("workshop_member") or {}).get("code")

    def withdraw(self) -> None:
        """Take this user's contribution out of the workshop."""
        self.store.withdraw(self.ctx.user)

    # -- the policy checklist -----------------------------------------------------------------------

    def set_point(self, i: int, name: str, value: Any) -> None:
        """Set one field of a policy checklist point and save it."""
        self.policy["points"][str(i)][name] = value
        self.policy_doc.save()

    def set_org(self, org: str) -> None:
        """Set the organisation's name for the policy and save it."""
        self.policy["org"] = org
        self.policy_doc.save()

    def policy_draft(self) -> CitedDraft:
        """The guidelines HR can circulate (advisor.tasks.policy): policy text per point, the organisation's
        own decisions added, the guide's reasons and the law as cited notes."""
        lang = self.ctx.lang
        names = {i: ui(f"hr.point.{i}", lang) for i in range(1, len(POINTS) + 1)}
        return draft_policy(self.policy["org"], self.policy["points"], lang, names)

    def policy_docx(self) -> tuple[bytes, Path]:
        """The guidelines as Word: the policy text, then «Kilder og merknader»."""
        stem = "guidelines" if self.ctx.lang == "en" else "retningslinjer"
        path = self.ctx.user_dir / "exports" / f"{stem}-{date.today().isoformat()}.docx"
        data = policy_docx(self.policy_draft(), self.ctx.lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return data, path
