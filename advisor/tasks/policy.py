"""The HR policy draft: guidelines for flexible work that HR can circulate.

The text is policy in our own words (advisor/data/policy_clauses.json), section by section, with
the organisation's own decisions from the nine-point checklist added where it wrote them. The
reasons stay out of the policy text: every clause cites the guide sentence or the provision it
rests on, and the Word file shows them in the appendix «Kilder og merknader».
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from advisor.core.models import CitedDraft, Claim, Draft, DraftSection, Support


@cache
def policy_clauses() -> dict[str, Any]:
    """The policy's sections and clauses (advisor/data/policy_clauses.json)."""
    return json.loads(resources.files("advisor.data").joinpath("policy_clauses.json").read_text(encoding="utf-8"))


def _support(pid: str, contains: str) -> Support:
    from advisor.answering.grounding import support

    return support(pid, contains=contains)


def policy_draft(
    org: str = "",
    points: Mapping[str, Mapping[str, Any]] | None = None,
    lang: str = "nb",
    point_names: Mapping[int, str] | None = None,
) -> Draft:
    """The guidelines as an unchecked draft. `points` is the checklist: {"1": {"done": bool, "notes": str}}."""
    from advisor.core.weave import join

    data = policy_clauses()
    points = points or {}
    org = " ".join((org or "").split())
    sections = []
    for spec in data["sections"]:
        claims = [
            Claim(text=c[lang] if lang in c else c["nb"], support=[_support(*s) for s in c["support"]])
            for c in spec["clauses"]
        ]
        point = points.get(str(spec["point"])) or {}
        first = next(s for s in data["sections"] if s["point"] == spec["point"]) is spec
        if first:
            # The organisation's own decisions are policy text too; they rest on the same reason.
            for note in str(point.get("notes") or "").splitlines():
                if note.strip():
                    text = data["ours"][lang].format(text=note.strip().rstrip("."))
                    claims.append(Claim(text=text + ".", support=claims[0].support[:1]))
        sections.append(DraftSection(heading=spec["heading"][lang], claims=claims, key=spec["key"]))
    title = data["title_org"][lang].format(org=org) if org else data["title"][lang]
    open_points = sorted(
        {s["point"] for s in data["sections"] if points and not (points.get(str(s["point"])) or {}).get("done")}
    )
    notice = data["notice"][lang]
    if open_points and point_names:
        notice += " " + data["not_in_place"][lang].format(
            points=join([point_names.get(p, str(p)) for p in open_points], lang)
        )
    return Draft(kind="hr_policy", title=title, sections=sections, notice=notice)


def draft_policy(
    org: str = "",
    points: Mapping[str, Mapping[str, Any]] | None = None,
    lang: str = "nb",
    point_names: Mapping[int, str] | None = None,
) -> CitedDraft:
    """The guidelines, every clause checked against the sentence it rests on."""
    from advisor.answering.cite import render_draft
    from advisor.answering.grounding import corpus_passages

    return render_draft(policy_draft(org, points, lang, point_names), corpus_passages())


def policy_docx(draft: CitedDraft, lang: str = "nb") -> bytes:
    """The guidelines as Word: policy text only, reasons and sources in the appendix."""
    from advisor.answering.documents import render_docx

    return render_docx(draft, lang)


__all__ = ["draft_policy", "policy_clauses", "policy_docx", "policy_draft"]
