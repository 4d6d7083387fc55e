"""Workbook 11 (Verkstedopplegg): running the workshop itself, as a model (no widgets).

- the facilitator's plan: timed steps (situation → proposal → arguments → pair role-play →
  debrief) from a start time;
- the pair role-play: one participant plays the manager with objection cards drawn for their
  partner's case, a third observes with the coach's rubric;
- readiness before and after, shared anonymously with the rest of the participant's status;
- the debrief: the hardest objections and the change in readiness over everyone who shared,
  nothing below three participants; and the workshop summary as a Word document.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import mean
from typing import Any

from advisor.app.context import AppContext
from advisor.app.state import UnknownWorkshop
from advisor.app.steps.base import NeedsInput, Problem, parse_int
from advisor.app.steps.workshop import CODE_LEN, MIN_GROUP, WorkshopModel, normalise_code
from advisor.app.texts import ui
from advisor.tasks.objections import catalogue, objection
from advisor.tasks.rehearse.coach import rubric

# (step, minutes, workbook the participants use in it)
PLAN: tuple[tuple[str, int, str], ...] = (
    ("welcome", 10, "11-verksted.ipynb"),
    ("situation", 15, "01-situasjon.ipynb"),
    ("proposal", 15, "02-forslag.ipynb"),
    ("arguments", 20, "03-argumenter.ipynb"),
    ("roleplay", 35, "11-verksted.ipynb"),
    ("debrief", 20, "11-verksted.ipynb"),
)
CASE_KINDS = ("flexible_time", "home_office")
ROLES = ("employee", "manager", "observer")
CARDS = 3
_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")


def criteria(kind: str) -> list[dict[str, Any]]:
    """The coach's rubric criteria an observer scores (fairness only for fairness objections: left out here)."""
    out = []
    for c in rubric()["criteria"]:
        if c.get("applies") == "fairness":
            continue
        out.append(c)
    return out


@dataclass
class Debrief:
    """What the facilitator sees after the workshop: nothing but `n` while fewer than three shared."""

    code: str
    n: int
    hidden: bool
    hardest: list[tuple[str, int]] = field(default_factory=list)  # objection id, how many found it hardest
    readiness_pairs: list[tuple[int, int]] = field(default_factory=list)  # (before, after) per participant
    observed: list[float] = field(default_factory=list)  # observers' rubric share, per participant

    @property
    def change(self) -> float | None:
        """The mean change in readiness (after minus before) over participants, or None without pairs."""
        return mean(a - b for b, a in self.readiness_pairs) if self.readiness_pairs else None


class SessionPlanModel:
    """The facilitator's plan and debrief, and one participant's role-play and readiness."""

    key = "session_plan"

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        saved = ctx.get(self.key) or {}
        self.data: dict[str, Any] = {
            "start": saved.get("start", "09:00"),
            "role": saved.get("role", "employee"),
            "case_kind": saved.get("case_kind", "flexible_time"),
            "case_worry": saved.get("case_worry", ""),
            "cards": list(saved.get("cards") or []),
            "draws": int(saved.get("draws") or 0),
            "scores": dict(saved.get("scores") or {}),
            "hardest": saved.get("hardest", ""),
            "readiness_before": saved.get("readiness_before", ""),
            "readiness_after": saved.get("readiness_after", ""),
        }
        self.workshop = WorkshopModel(ctx)

    def set(self, name: str, value: Any) -> None:
        """Set one field of the plan and save it; KeyError for an unknown field."""
        if name not in self.data:
            raise KeyError(name)
        self.data[name] = value
        self.ctx.save(self.key, self.data)

    # -- the facilitator's plan ---------------------------------------------------------------------

    def schedule(self) -> list[dict[str, Any]]:
        """The steps with clock times from the start time; NeedsInput if the start is not a time."""
        m = _CLOCK.match(str(self.data["start"]))
        if not m:
            raise NeedsInput({"start": Problem("plan.err.start")}, where="plan")
        t = datetime(2000, 1, 1, int(m.group(1)), int(m.group(2)))
        rows = []
        for step, minutes, notebook in PLAN:
            end = t + timedelta(minutes=minutes)
            rows.append(
                {
                    "step": step,
                    "begins": t.strftime("%H:%M"),
                    "ends": end.strftime("%H:%M"),
                    "minutes": minutes,
                    "notebook": notebook,
                }
            )
            t = end
        return rows

    # -- the pair role-play ---------------------------------------------------------------------------

    def draw_cards(self, rng: random.Random | None = None) -> list[str]:
        """Objection cards for the partner's case: those that fit its kind, the partner's worry first."""
        kind = self.data["case_kind"] if self.data["case_kind"] in CASE_KINDS else "flexible_time"
        worry = self.data["case_worry"].lower()
        rng = rng or random.Random()
        scored = []
        for o in catalogue():
            if o.legal and o.legal != kind:
                continue  # a card about the law of the other kind of request
            weight = 0.0  # how well the card fits: common to every request, to this kind, to the worry
            for trig in o.triggers:
                words = trig.value if isinstance(trig.value, list) else []
                if (
                    trig.when == "always"
                    or (trig.when == "concerns" and any(str(w).lower() in worry for w in words))
                    or trig.when == f"asks_{kind}"
                ):
                    weight += trig.weight
            scored.append((weight + rng.random(), o.id))  # cards that do not fit come last; ties differ per draw
        cards = [oid for _, oid in sorted(scored, reverse=True)[:CARDS]]
        self.data.update(cards=cards, draws=self.data["draws"] + 1, scores={}, hardest="")
        self.ctx.save(self.key, self.data)
        return cards

    def card(self, oid: str) -> dict[str, str]:
        """What the manager player reads: the objection, a line to say it with, what is behind it."""
        o = objection(oid)
        lang = self.ctx.lang
        line = o.manager_lines[0] if o.manager_lines else o.text.get(lang)
        line = re.sub(r"\{[a-z_]+\}", "…", line) if lang == "nb" else o.text.get(lang)
        return {"id": oid, "label": o.label.get(lang), "say": line, "behind": o.behind.get(lang)}

    def score(self, oid: str, criterion: str, points: int) -> None:
        """The observer's score (0–2) of the employee's reply to one card on one rubric criterion."""
        if oid not in self.data["cards"] or not 0 <= int(points) <= 2:
            raise ValueError((oid, points))
        self.data["scores"].setdefault(oid, {})[criterion] = int(points)
        self.ctx.save(self.key, self.data)

    def observed_share(self) -> float | None:
        """The observer's scores as a share of the maximum (0–1), over every scored card."""
        points = [p for per_card in self.data["scores"].values() for p in per_card.values()]
        return sum(points) / (2 * len(points)) if points else None

    # -- readiness and sharing ------------------------------------------------------------------------

    def _readiness(self, name: str, required: bool) -> int | None:
        value, p = parse_int(self.data[name], 1, 5, required=required)
        if p:
            raise NeedsInput({name: p}, where="plan")
        return value

    def share(self) -> str:
        """Share the status (as 10 HR-verksted does) with readiness before/after and the role-play, anonymously."""
        code = normalise_code(self.workshop.data["join_code"])
        if len(code) != CODE_LEN:
            raise NeedsInput({"join_code": Problem("err.code")}, where="plan")
        before = self._readiness("readiness_before", required=True)
        after = self._readiness("readiness_after", required=False)
        self.workshop.data["readiness"] = str(after or before)
        data = self.workshop.contribution()
        data.update(
            readiness_before=before,
            readiness_after=after,
            hardest=[self.data["hardest"]] if self.data["hardest"] in self.data["cards"] else [],
            observed=None if (share := self.observed_share()) is None else round(share, 3),
        )
        try:
            self.ctx.store.contribute(self.ctx.user, code, data)
        except UnknownWorkshop:
            raise NeedsInput({"join_code": Problem("err.code_unknown")}, where="plan") from None
        return code

    # -- the debrief --------------------------------------------------------------------------------

    def debrief(self, code: str | None = None) -> Debrief:
        """The workshop's debrief (hardest objections, readiness, observers' scores); hidden below MIN_GROUP participants."""
        code = normalise_code(code or self.workshop.data["selected"])
        rows = self.ctx.store.workshop_contributions(self.ctx.user, code)
        if len(rows) < MIN_GROUP:
            return Debrief(code=code, n=len(rows), hidden=True)
        hardest: Counter[str] = Counter()
        for r in rows:
            hardest.update(oid for oid in (r.get("hardest") or []) if isinstance(oid, str))
        pairs = [
            (r["readiness_before"], r["readiness_after"])
            for r in rows
            if isinstance(r.get("readiness_before"), int) and isinstance(r.get("readiness_after"), int)
        ]
        observed = [float(r["observed"]) for r in rows if isinstance(r.get("observed"), int | float)]
        return Debrief(
            code=code,
            n=len(rows),
            hidden=False,
            hardest=sorted(hardest.items(), key=lambda kv: (-kv[1], kv[0]))[:5],
            readiness_pairs=pairs,
            observed=observed,
        )

    def objection_label(self, oid: str) -> str:
        """The objection's label in the page's language (its id if it is unknown)."""
        try:
            return objection(oid).label.get(self.ctx.lang)
        except KeyError:
            return oid

    def summary_docx(self, d: Debrief, plots: list[tuple[str, bytes]]) -> bytes:
        """The workshop summary as a Word document: plan, participants, hardest objections, readiness."""
        import io

        import docx
        from docx.shared import Cm

        lang = self.ctx.lang
        t = lambda key, **kw: ui(key, lang, **kw)  # noqa: E731
        document = docx.Document()
        title = self.workshop.data.get("title") or t("plan.summary.title")
        document.add_heading(title, level=0)
        document.add_paragraph(t("plan.summary.meta", code=d.code, n=d.n, day=date.today().isoformat()))
        document.add_heading(t("plan.title"), level=1)
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(
            table.rows[0].cells, (t("plan.col.time"), t("plan.col.step"), t("plan.col.minutes")), strict=True
        ):
            cell.text = text
        for row in self.schedule():
            cells = table.add_row().cells
            cells[0].text = f"{row['begins']}–{row['ends']}"
            cells[1].text = t(f"plan.step.{row['step']}")
            cells[2].text = str(row["minutes"])
        if d.hidden:
            document.add_paragraph(t("plan.debrief.too_few", n=d.n, min=MIN_GROUP))
        else:
            document.add_heading(t("plan.debrief.hardest"), level=1)
            for oid, count in d.hardest or []:
                document.add_paragraph(f"{self.objection_label(oid)}: {count}", style="List Bullet")
            if not d.hardest:
                document.add_paragraph("–")
            document.add_heading(t("plan.debrief.readiness"), level=1)
            change = d.change
            document.add_paragraph(
                t(
                    "plan.debrief.change",
                    n=len(d.readiness_pairs),
                    change=f"{change:+.1f}" if change is not None else "–",
                )
            )
            if d.observed:
                document.add_paragraph(t("plan.debrief.observed", share=round(100 * mean(d.observed))))
            for caption, png in plots:
                document.add_picture(io.BytesIO(png), width=Cm(15))
                document.add_paragraph(caption)
        document.add_paragraph(t("plan.summary.privacy", min=MIN_GROUP))
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
