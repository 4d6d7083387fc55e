"""The refusal check: the case analysed once, the verdict first, then the findings and next steps, all cited."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from advisor.answering.model import finish_draft
from advisor.core.i18n import t
from advisor.core.models import (
    Draft,
    DraftSection,
    RefusalCase,
    RefusalCheck,
    RefusalDeadlines,
    RefusalFinding,
    RefusalVerdict,
)
from advisor.tasks.next_steps import step_sections, time_parts, title_track
from advisor.tasks.refusal.analysis import CaseAnalysis, analyse_case
from advisor.tasks.refusal.report import deadline_line, fact_label, msg, sections
from advisor.tasks.refusal.rules import label, mark_norwegian_quotes
from advisor.tasks.refusal.texts import uncertainty_claims

if TYPE_CHECKING:
    from advisor.core.settings import Settings


def public_fact(f, lang: str = "nb") -> dict:
    """A fact as the JSON output and the page show it."""
    d = f.public()
    d["label"] = fact_label(f, lang)
    return d


def _with_criteria(d: dict, reasons: dict) -> dict:
    if d["field"] == "employer_reason" and d["value"] in reasons:
        d["criteria"] = list(reasons[d["value"]].criteria)
    return d


def check_refusal(
    case: RefusalCase,
    today: date | None = None,
    settings: Settings | None = None,
    analysis: CaseAnalysis | None = None,
    audience: str = "employee",
) -> RefusalCheck:
    """Check a refusal by the nemnd's method: verdict, facts read, findings, deadline, next steps, all cited.

    `audience` "union" leaves out the next steps a representative does not need (see next_steps.UNION_SKIPS)."""
    lang = settings.language if settings else "nb"
    a = analysis or analyse_case(case, today, settings, lang)
    out = a.outcome
    secs = sections(out, lang)
    secs += step_sections(a, lang, audience)
    secs.append(
        DraftSection(
            heading=label("headings", "uncertainty", lang), key="uncertainty", claims=uncertainty_claims(a, lang)
        )
    )
    secs = [s.model_copy(update={"claims": mark_norwegian_quotes(s.claims, lang)}) for s in secs]
    title = f"{msg('rf.text.title', lang)}: {title_track(a, lang)}"
    cited = finish_draft(Draft(kind="refusal_check", title=title, sections=secs), settings)

    by_key = {s.key: s.lines for s in cited.sections}
    by_n = {c.n: c for c in cited.citations}

    def cites(lines: list[str]):
        ns = sorted({int(n) for line in lines for n in re.findall(r"\[(\d+)\]", line)})
        return [by_n[n] for n in ns if n in by_n]

    findings = []
    for step_key in ("track", "entry", "burden", "need", "post", "alternatives", "practice"):
        lines = by_key.get(f"method:{step_key}", [])
        drafts = [f for f in a.findings if f.criterion == step_key]
        for f, line in zip(drafts, lines, strict=False):
            findings.append(
                RefusalFinding(
                    reason=f.reason,
                    criterion=step_key,
                    assessment=line,
                    citations=cites([line]),
                    source=f.source,
                    strength=f.strength,
                )
            )
    reasons = {x.fact.value: x for x in a.method_reasons}
    facts = [_with_criteria(public_fact(f, lang), reasons) for f in a.facts]
    today_ = a.today
    verdict = RefusalVerdict(
        assessment=a.assessment,
        sentence=" ".join(by_key.get("verdict", [])),
        deciding=[_with_criteria(public_fact(f, lang), reasons) for f in out.deciding],
        deadline=deadline_line(a.subject, a.has_tln_route, case.written_refusal, a.received, a.deadline, today_, lang)
        + (" " + t("afterrefusal.verdict.part", lang, parts=time_parts(a, lang)) if a.split_tracks else ""),
        get=list(by_key.get("get", [])),
        settle=out.settle,
    )
    steps = [" ".join(s.lines) for s in cited.sections if s.key.startswith("step:") and s.lines]
    return RefusalCheck(
        track=a.track,
        subject=a.subject,
        tln_competent=a.tln_competent,
        assessment=a.assessment,
        verdict=verdict,
        facts=facts,
        findings=findings,
        what_would_change=list(by_key.get("change", [])),
        missing_information=list(by_key.get("get", [])),
        deadlines=RefusalDeadlines(tvistelosningsnemnda=a.deadline.isoformat() if a.deadline else None),
        next_steps=steps,
        citations=cited.citations,
        uncertainty=" ".join(by_key.get("uncertainty", [])),
        disclaimer=msg("rf.disclaimer.union", lang),
        split_tracks=a.split_tracks,
        deadline_passed=a.deadline_passed,
        ignored_text=a.ignored,
        report=cited,
    )
