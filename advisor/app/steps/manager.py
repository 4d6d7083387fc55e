"""Workbook 30 (Leder): a leader who has received a request for flexible or reduced working time,
night-work exemption or home office.

Three parts, all model (no widgets): what the law requires (cited), a structured look at the
request (which concrete disadvantage, how it could be reduced, what a trial would show), and a
drafted written answer — yes, yes with a trial period, or no with concrete, documented reasons
and an alternative — with the deadline a refusal starts for the employee. A drafted refusal is
run through the project's refusal check (advisor's `check_refusal`) before it is sent; one
that gives only general reasons is called weak.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from advisor.answering.cite import render_draft
from advisor.answering.grounding import MissingPassage, corpus_passages, support
from advisor.app.context import AppContext
from advisor.app.steps.base import FormModel, NeedsInput, Problem, Problems, parse_date, parse_int
from advisor.app.texts import has, ui
from advisor.core.dates import long_date
from advisor.core.models import CitedDraft, Claim, Draft, DraftSection, RefusalCase
from advisor.tasks.refusal.check import check_refusal
from advisor.tasks.refusal.deadline import tln_deadline

KINDS = ("flexible_time", "reduced_time", "night_work", "home_office")
DECISIONS = ("yes", "trial", "no")
ENTRY = ("unknown", "age_62", "health", "social", "children_under_10", "none")
# The entry conditions that need a document to be shown (the nemnd: health needs a medical certificate).
NEEDS_PROOF = ("health", "social")
TLN_KINDS = ("flexible_time", "reduced_time", "night_work")  # § 10-13: the nemnd decides these

_AML = "aml-10-2#arbeidsmiljoloven-p-10-2-"
_PRACTICE = "tln-kriterier#tvistelosningsnemndas-praksis-"
# Each point of "what the law requires": (key, kinds it concerns, [(passage, phrase in its sentence)]).
# Statements of law cite the law or the nemnd's decisions and practice, never our own guides.
LAW: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]], ...] = (
    (
        "time_place",
        KINDS,
        (
            (_AML + "3", "rett til fleksibel arbeidstid"),
            ("tln-77-23#tln-77-23", "NÅR arbeidet gjøres"),
            ("tln-77-23#tln-77-23", "i kraft av styringsretten"),
        ),
    ),
    (
        "home_office_agreement",
        ("home_office",),
        (
            ("hjemmekontorforskriften#hjemmekontorforskriften-p-2-1", "skriftlig avtale om hjemmearbeidet"),
            ("hjemmekontorforskriften#hjemmekontorforskriften-p-1-2", "sporadisk"),
        ),
    ),
    (
        "vesentlig_ulempe",
        TLN_KINDS,
        (
            (_AML + "3", "uten vesentlig ulempe"),
            (_PRACTICE + "ulempen-ma-vaere-konkret-og-dokumentert", "forholdsvis betydelige"),
            (_PRACTICE + "ulempen-ma-vaere-konkret-og-dokumentert", "generell ulempe"),
        ),
    ),
    ("burden", TLN_KINDS, ((_PRACTICE + "arbeidsgiver-har-bevisbyrden", "opp til arbeidsgiver"),)),
    (
        "entry",
        ("reduced_time", "night_work"),
        (
            (_AML + "4", "fylt 62 år"),
            (_AML + "2", "regelmessig arbeider om natten"),
            (_PRACTICE + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "legeattest"),
            (_PRACTICE + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "barn under 10 år"),
        ),
    ),
    (
        "documentation",
        TLN_KINDS,
        (
            (_PRACTICE + "ulempen-ma-vaere-konkret-og-dokumentert", "akkurat denne ordningen"),
            (_PRACTICE + "arbeidsgiver-skal-begrense-ulempene", "så små som mulig"),
            (_PRACTICE + "tilbud-om-alternative-ordninger-teller-med", "alternativ ordning"),
        ),
    ),
    ("deadline", TLN_KINDS, (("tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-4-1", "fire uker"),)),
)


@dataclass
class Assessment:
    """How a drafted answer would fare, before it is sent."""

    decision: str
    weak: bool = False
    reasons: list[str] = field(default_factory=list)  # UI keys: why it is weak
    check_assessment: str | None = None  # the refusal check's overall verdict
    strengths: list[str] = field(default_factory=list)  # the check's reading of each reason
    deadline: date | None = None  # the nemnd deadline the refusal starts
    tln: bool = True  # False: home office, outside the nemnd
    report: CitedDraft | None = None  # the refusal check's cited report


class ManagerModel(FormModel):
    """The request as the leader describes it, their look at it, and their decision."""

    key = "manager"
    defaults: ClassVar[dict[str, Any]] = {
        "kind": "flexible_time",
        "employee": "",
        "request": "",
        "request_date": "",
        "need": "",
        "entry": "unknown",
        "entry_documented": False,
        "disadvantage": "",
        "evidence": "",
        "reduce": "",
        "trial": "",
        "decision": "trial",
        "trial_months": "6",
        "start_date": "",
        "alternative": "",
        "answer_date": "",
        "signature": "",
    }

    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        super().__init__(ctx)
        self.today = today

    def _today(self) -> date:
        return self.today or date.today()

    # -- checking what was typed -------------------------------------------------------------------

    def problems(self) -> Problems:
        """Every field of the request and the answer that cannot be used, with why."""
        v = self.values
        out: Problems = {}
        if not v["request"].strip():
            out["request"] = Problem("err.required")
        for name in ("request_date", "start_date", "answer_date"):
            _, p = parse_date(v[name])
            if p:
                out[name] = p
        if v["decision"] == "trial":
            _, p = parse_int(v["trial_months"], 1, 36, required=True)
            if p:
                out["trial_months"] = p
        if v["decision"] == "no":
            if not v["disadvantage"].strip():
                out["disadvantage"] = Problem("mgr.err.no_reason")
            if not v["alternative"].strip():
                out["alternative"] = Problem("mgr.err.no_alternative")
        return out

    # -- 1. what the law requires -------------------------------------------------------------------

    def law(self) -> CitedDraft:
        """The points of law for this kind of request, in our words, each with its verbatim source."""
        lang = self.ctx.lang
        kind = self.values["kind"]
        sections = []
        for key, kinds, sources in LAW:
            if kind not in kinds:
                continue
            supports = []
            for pid, phrase in sources:
                try:
                    supports.append(support(pid, contains=phrase))
                except MissingPassage:
                    continue
            claims = [
                Claim(text=ui(f"mgr.law.{key}.{i}", lang), support=[s])
                for i, s in enumerate(supports, 1)
                if has(f"mgr.law.{key}.{i}")
            ]
            sections.append(DraftSection(heading=ui(f"mgr.law.{key}", lang), claims=claims, key=key))
        draft = Draft(
            kind="manager_law", title=ui("mgr.law.title", lang), sections=sections, notice=ui("mgr.law.notice", lang)
        )
        return render_draft(draft, corpus_passages())

    # -- 2. a structured look at the request ----------------------------------------------------------

    def review(self) -> list[tuple[str, bool]]:
        """The questions a leader must be able to answer before deciding (UI key, answered?)."""
        v = self.values
        kind = v["kind"]
        out = [("mgr.review.request", bool(v["request"].strip()))]
        if kind in ("reduced_time", "night_work"):
            entry_ok = v["entry"] in ("age_62", "children_under_10") or (
                v["entry"] in NEEDS_PROOF and bool(v["entry_documented"])
            )
            out.append(("mgr.review.entry", entry_ok))
        out += [
            ("mgr.review.disadvantage", bool(v["disadvantage"].strip())),
            ("mgr.review.evidence", bool(v["evidence"].strip())),
            ("mgr.review.reduce", bool(v["reduce"].strip())),
            ("mgr.review.trial", bool(v["trial"].strip())),
            ("mgr.review.alternative", bool(v["alternative"].strip())),
        ]
        return out

    # -- 3. the written answer ------------------------------------------------------------------------

    def deadline(self) -> date | None:
        """Four weeks (then past weekends and holidays) from the day a written refusal reaches the employee."""
        if self.values["decision"] != "no" or self.values["kind"] not in TLN_KINDS:
            return None
        received, _ = parse_date(self.values["answer_date"])
        return tln_deadline(received or self._today())

    def answer(self) -> str:
        """The drafted answer in the user's language (plain text, ready to adapt and send)."""
        problems = self.problems()
        if problems:
            raise NeedsInput(problems, where="manager")
        v = self.values
        lang = self.ctx.lang
        t = lambda key, **kw: ui(key, lang, **kw)  # noqa: E731
        kind = t(f"mgr.kind.{v['kind']}.noun")
        start, _ = parse_date(v["start_date"])
        start_text = date_text(start, lang) if start else t("mgr.answer.start_agreed")
        name = v["employee"].strip()
        parts = [
            t("mgr.answer.greeting", name=name) if name else t("mgr.answer.greeting_plain"),
            t("mgr.answer.thanks", kind=kind, request=_sentence(v["request"])),
        ]
        if v["decision"] == "yes":
            parts.append(t("mgr.answer.yes", start=start_text))
        elif v["decision"] == "trial":
            months, _ = parse_int(v["trial_months"], 1, 36, required=True)
            parts.append(t("mgr.answer.trial", months=months, start=start_text))
            if v["trial"].strip():
                parts.append(t("mgr.answer.trial_measure", measure=_sentence(v["trial"])))
            parts.append(t("mgr.answer.trial_review"))
        else:
            parts.append(t("mgr.answer.no"))
            parts.append(_sentence(v["disadvantage"]))
            if v["evidence"].strip():
                parts.append(_sentence(v["evidence"]))
            if v["reduce"].strip():
                parts.append(t("mgr.answer.no_reduce", reduce=_sentence(v["reduce"])))
            parts.append(t("mgr.answer.no_alternative", alternative=_sentence(v["alternative"])))
            deadline = self.deadline()
            if deadline:
                parts.append(t("mgr.answer.no_deadline", deadline=date_text(deadline, lang)))
            else:
                parts.append(t("mgr.answer.no_home_office"))
        if v["decision"] in ("yes", "trial") and v["kind"] == "home_office":
            parts.append(t("mgr.answer.agreement"))
        parts.append(t("mgr.answer.talk"))
        signature = v["signature"].strip()
        parts.append(t("mgr.answer.regards") + (f"\n{signature}" if signature else ""))
        return "\n\n".join(p for p in parts if p)

    def reasons_text(self) -> str:
        """The refusal as the check reads it: the decision, the reasons, what was tried, the alternative.

        Greeting, the restated request and the deadline notice are left out: they are not reasons, and
        the deadline follows from the date the answer reaches the employee, which the check is given.
        """
        v = self.values
        lang = self.ctx.lang
        parts = [ui("mgr.answer.no", lang), _sentence(v["disadvantage"]), _sentence(v["evidence"])]
        if v["reduce"].strip():
            parts.append(ui("mgr.answer.no_reduce", lang, reduce=_sentence(v["reduce"])))
        parts.append(ui("mgr.answer.no_alternative", lang, alternative=_sentence(v["alternative"])))
        return " ".join(p for p in parts if p)

    def assess(self) -> Assessment:
        """How the drafted answer would fare: a refusal goes through the project's refusal check."""
        v = self.values
        result = Assessment(decision=v["decision"], tln=v["kind"] in TLN_KINDS)
        if v["decision"] != "no":
            return result
        self.answer()  # the same checks as the letter (NeedsInput when a reason or alternative is missing)
        text = self.reasons_text()
        received = self.deadline() and (parse_date(v["answer_date"])[0] or self._today())
        case = RefusalCase(
            request=v["request"],
            refusal=text,
            written_refusal=True,
            refusal_received=received.isoformat() if received else None,
        )
        check = check_refusal(case, today=self._today(), settings=self.ctx.settings_in_language())
        result.check_assessment = check.assessment
        result.strengths = [f.strength for f in check.findings if f.source == "refusal" and f.strength]
        result.report = check.report
        result.deadline = self.deadline()
        if check.assessment == "refusal_likely_unjustified":
            result.reasons.append("mgr.weak.check")
        if not any(s in ("concrete", "documented") for s in result.strengths):
            result.reasons.append("mgr.weak.general")
        if not v["evidence"].strip():
            result.reasons.append("mgr.weak.no_evidence")
        if not v["reduce"].strip():
            result.reasons.append("mgr.weak.not_reduced")
        # Weak before sending: as the check reads it, none of the reasons is more than general. (Its
        # overall verdict, which also weighs the employee's need, is shown beside it.)
        result.weak = "mgr.weak.general" in result.reasons
        if result.tln:
            self.ctx.save("manager_result", {"assessment": check.assessment, "weak": result.weak})
        return result


def _sentence(text: str) -> str:
    """The user's words as a sentence: trimmed, ending with a full stop."""
    text = " ".join((text or "").split())
    return text if not text or text[-1] in ".!?" else text + "."


def date_text(d: date, lang: str) -> str:
    """A date as the user's language writes it: '30. mars 2026' / '30 March 2026'."""
    return long_date(d, lang)
