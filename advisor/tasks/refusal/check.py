"""The refusal check: the case analysed once, the findings and next steps as a cited result."""

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
)
from advisor.tasks.next_steps import step_sections
from advisor.tasks.refusal.analysis import analyse_case
from advisor.tasks.refusal.rules import claims_from, criterion_label, data, label
from advisor.tasks.refusal.texts import overall_claims, uncertainty_claims

if TYPE_CHECKING:
    from advisor.core.models import RefusalCheck
    from advisor.core.settings import Settings


def check_refusal(case: RefusalCase, today: date | None = None, settings: Settings | None = None) -> RefusalCheck:
    """Check a refusal against the nemnd's criteria: track, findings, missing facts, deadline, next steps."""

    lang = settings.language if settings else "nb"
    a = analyse_case(case, today)
    texts = data("refusal_texts")
    subject_key = a.subject if a.subject in texts["track"] else a.track
    sections = [DraftSection(heading=label("headings", "track", lang), key="track",
                             claims=claims_from(texts["track"][subject_key]))]
    sections += [DraftSection(heading=criterion_label(f.criterion, lang), key=f"finding:{i}", claims=f.claims)
                 for i, f in enumerate(a.findings)]
    sections.append(DraftSection(heading=f"{label('headings', 'overall', lang)}: {label('assessment', a.assessment, lang)}",
                                 key="overall", claims=overall_claims(a)))
    sections += [DraftSection(heading=label("headings", "missing", lang), key=f"missing:{m}",
                              claims=claims_from(texts["missing"][m])) for m in a.missing]
    sections += step_sections(a, lang)
    sections.append(DraftSection(heading=label("headings", "uncertainty", lang), key="uncertainty",
                                 claims=uncertainty_claims(a)))
    title = f"{label('headings', 'title', lang)}: {label('track', a.track, lang)}"
    cited = finish_draft(Draft(kind="refusal_check", title=title, sections=sections), settings)

    by_key = {s.key: s.lines for s in cited.sections}
    by_n = {c.n: c for c in cited.citations}

    def cites(lines: list[str]):
        ns = sorted({int(n) for line in lines for n in re.findall(r"\[(\d+)\]", line)})
        return [by_n[n] for n in ns if n in by_n]

    findings = [
        RefusalFinding(reason=f.reason, criterion=f.criterion, assessment=" ".join(by_key.get(f"finding:{i}", [])),
                       citations=cites(by_key.get(f"finding:{i}", [])), source=f.source, strength=f.strength)
        for i, f in enumerate(a.findings)
    ]
    steps = [" ".join(s.lines) for s in cited.sections if s.key.startswith("step:") and s.lines]
    return RefusalCheck(
        track=a.track, subject=a.subject, tln_competent=a.tln_competent, assessment=a.assessment,
        findings=findings,
        missing_information=[" ".join(by_key[f"missing:{m}"]) for m in a.missing if by_key.get(f"missing:{m}")],
        deadlines=RefusalDeadlines(tvistelosningsnemnda=a.deadline.isoformat() if a.deadline else None),
        next_steps=steps, citations=cited.citations, uncertainty=" ".join(by_key.get("uncertainty", [])),
        disclaimer=t("advice.disclaimer", lang), split_tracks=a.split_tracks, deadline_passed=a.deadline_passed,
        ignored_text=a.ignored, report=cited,
    )
