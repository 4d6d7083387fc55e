"""The written agreement on home work and flexitime: drafting it, and checking a text for gaps.

`draft_agreement` fills the clause templates in advisor/data/agreement_clauses.json from the
employee's situation and proposal; every clause cites the passage that requires or recommends it
(hjemmekontorforskriften § 2 for the eight items, the guides for kjernetid, availability, on/off
boundaries and evaluation). Values the proposal does not give become «[fyll inn]» placeholders.

`agreement_gaps` reads an agreement (pasted text, .docx, .md or .txt) and reports which items of
§ 2 (1) and which recommended extras it covers, using the keyword rules in
advisor/data/agreement_items.json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, Literal

from advisor.answering.grounding import claim, support
from advisor.answering.model import finish_draft
from advisor.core.dates import add_months, long_date
from advisor.core.i18n import t
from advisor.core.models import CitedDraft, Claim, Draft, DraftSection, Proposal, Situation, Support
from advisor.core.settings import Settings
from advisor.core.weave import join

AgreementKind = Literal["hjemmekontor", "fleksitid", "begge"]
KINDS: tuple[str, ...] = ("hjemmekontor", "fleksitid", "begge")
PLACEHOLDER = "[fyll inn"


# --- data files ---------------------------------------------------------------------------------


@cache
def _data(name: str) -> dict[str, Any]:
    text = resources.files("advisor.data").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def clause_templates() -> dict[str, Any]:
    """The clause templates of the agreement (advisor/data/agreement_clauses.json)."""
    return _data("agreement_clauses.json")


def gap_items() -> list[dict[str, Any]]:
    """The items the gap check looks for (advisor/data/agreement_items.json)."""
    return _data("agreement_items.json")["items"]


def label(key: str, lang: str = "nb", **values: object) -> str:
    """A text of the agreement drafts and the gap report (`agreement.<key>` in the message catalogue)."""
    return t(f"agreement.{key}", lang, **values)


def _supports(specs: list[list[str]]) -> list[Support]:
    return [support(pid, contains) for pid, contains in specs]


# --- formatting proposal values -----------------------------------------------------------------


def _clean(text: str | None) -> str:
    return (text or "").strip().rstrip(".").strip()


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def _date_text(value: str | None) -> str:
    d = _parse_date(value)
    if d:
        return long_date(d)
    return _clean(value)


def trial_end(start: date, months: int) -> date:
    """The last day of a period of `months` months starting on `start`."""
    return add_months(start, months) - timedelta(days=1)


_HOURS = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*[-–]\s*(\d{1,2})(?:[:.](\d{2}))?\s*$")


def hours_text(value: str | None) -> str:
    """'09:00-14:30' → 'kl. 09.00–14.30'; other text is kept as written."""
    m = _HOURS.match(value or "")
    if not m:
        return _clean(value)
    h1, m1, h2, m2 = m.groups()
    return f"kl. {int(h1):02d}.{m1 or '00'}–{int(h2):02d}.{m2 or '00'}"


def _hours_number(h: float) -> str:
    return (f"{h:.1f}".rstrip("0").rstrip(".")).replace(".", ",")


def _english(
    values: dict[str, str], proposal: Proposal, start: date | None, end: date | None, parties: Mapping[str, str]
) -> dict[str, str]:
    """The fields in English: weekdays, dates, lists and times as English writes them (the user's words as typed)."""
    from advisor.core.dates import long_date, long_iso_date, weekday
    from advisor.core.weave import inline, join, number

    def day_list(days: list[str]) -> str:
        return join([weekday(d, "en") for d in days], "en")

    return {
        **values,
        "sign_date": long_iso_date(parties.get("date"), "en") if parties.get("date") else "",
        "home_days": day_list(list(proposal.home_days)),
        "office_days": day_list(list(proposal.office_days)),
        "weekly_hours": number(proposal.weekly_hours, "en", 1),
        "core_hours": values["core_hours"].replace("kl. ", "").replace(".", ":"),
        "outer_hours": values["outer_hours"].replace("kl. ", "").replace(".", ":"),
        "availability_window": values["availability_window"].replace("kl. ", "").replace(".", ":"),
        "channels": join(list(proposal.availability_channels), "en"),
        "follow_up": join([inline(f) for f in proposal.follow_up], "en"),
        "deliverables": join([inline(d) for d in proposal.deliverables], "en"),
        "start_date": long_date(start, "en") if start else values["start_date"],
        "end_date": long_date(end, "en") if end else "",
        "evaluation_date": long_iso_date(proposal.evaluation_date, "en") if proposal.evaluation_date else "",
    }


def _values(situation: Situation, proposal: Proposal, parties: Mapping[str, str], lang: str = "nb") -> dict[str, str]:
    """The template fields; empty ones are replaced by placeholders later."""
    start = _parse_date(proposal.start_date)
    try:
        end = trial_end(start, proposal.trial_months) if start and proposal.trial_months > 0 else None
    except (OverflowError, ValueError):  # a start date near year 9999 is a typo: leave the end open
        end = None
    values = {
        "employer": _clean(parties.get("employer")),
        "employee": _clean(parties.get("employee")),
        "role": _clean(parties.get("role")) or _clean(situation.role),
        "place": _clean(parties.get("place")),
        "sign_date": _date_text(parties.get("date")),
        "home_days": join(list(proposal.home_days)),
        "office_days": join(list(proposal.office_days)),
        "situational_rules": _clean(proposal.situational_rules),
        "weekly_hours": _hours_number(proposal.weekly_hours),
        "core_hours": hours_text(proposal.core_hours),
        "outer_hours": hours_text(proposal.outer_hours),
        "availability_window": hours_text(proposal.availability_window),
        "channels": join(proposal.availability_channels),
        "response_time": _clean(proposal.response_time),
        "follow_up": join([_clean(f) for f in proposal.follow_up]),
        "deliverables": join([_clean(d) for d in proposal.deliverables]),
        "start_date": long_date(start) if start else _clean(proposal.start_date),
        "end_date": long_date(end) if end else "",
        "trial_months": str(proposal.trial_months) if proposal.trial_months > 0 else "",
        "evaluation_date": _date_text(proposal.evaluation_date),
        "equipment": _clean(proposal.equipment),
        "notice": _clean(proposal.notice),
    }
    return _english(values, proposal, start, end, parties) if lang == "en" else values


def _conditions(situation: Situation, proposal: Proposal) -> dict[str, bool]:
    home_days = bool(proposal.home_days)
    situational = bool(proposal.situational_rules.strip())
    c = {
        "trial": proposal.trial_months > 0,
        "avspasering": proposal.avspasering,
        "home_days": home_days,
        "situational": situational,
        "sporadic_note": proposal.model == "situasjonsbestemt" or (not home_days and situational),
        "kpis": bool(proposal.kpis),
        "equipment": bool(proposal.equipment.strip()),
        "leadership": situation.leadership_position,
    }
    c.update({f"no_{k}": not v for k, v in list(c.items())})
    c["not_leadership"] = not situation.leadership_position
    return c


# --- drafting -----------------------------------------------------------------------------------


def _fill(text: str, values: Mapping[str, str], placeholders: Mapping[str, str]) -> str:
    fields = {k: (v or placeholders[k]) if k in placeholders else v for k, v in values.items()}
    return text.format_map(fields)


def _kpi_values(proposal: Proposal, lang: str = "nb") -> list[dict[str, str]]:
    en = lang == "en"
    out = []
    for k in proposal.kpis:
        baseline = _clean(k.baseline)
        out.append(
            {
                "kpi_name": _clean(k.name),
                "kpi_target": _clean(k.target) or ("[fill in: target]" if en else "[fyll inn: mål]"),
                "kpi_baseline": (f" ({'baseline' if en else 'utgangspunkt'}: {baseline})" if baseline else ""),
            }
        )
    return out


def _english_clauses() -> dict[str, Any]:
    """The English clause texts and open fields (advisor/data/agreement_clauses_en.json)."""
    return _data("agreement_clauses_en.json")


def _section_mandatory(spec: Any, conditions: Mapping[str, bool]) -> bool | None:
    if spec == "if_temporary":
        return conditions["trial"]
    return spec


def agreement_draft(
    situation: Situation,
    proposal: Proposal,
    kind: AgreementKind = "begge",
    parties: Mapping[str, str] | None = None,
    lang: str = "nb",
) -> Draft:
    """The agreement as an unchecked Draft (draft_agreement checks and numbers it), in bokmål or English."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    lang = "en" if lang == "en" else "nb"
    data = clause_templates()
    values = _values(situation, proposal, parties or {}, lang)
    english = _english_clauses() if lang == "en" else None
    placeholders = english["placeholders"] if english else data["placeholders"]
    conditions = _conditions(situation, proposal)
    sections: list[DraftSection] = []
    number = 0
    for spec in data["sections"]:
        if kind not in spec["kinds"]:
            continue
        claims: list[Claim] = []
        for clause in spec["clauses"]:
            if kind not in clause.get("kinds", spec["kinds"]):
                continue
            if not all(conditions[w] for w in clause.get("when", [])):
                continue
            rows = _kpi_values(proposal, lang) if clause.get("each") == "kpis" else [{}]
            template = english["clauses"].get(clause["text"], clause["text"]) if english else clause["text"]
            for row in rows:
                text = _fill(template, {**values, **row}, placeholders)
                claims.append(claim(text, *_supports(clause["support"])))
        heading = spec["heading"][lang]
        if spec.get("numbered", True):
            number += 1
            heading = f"{number}. {heading}"
        sections.append(
            DraftSection(
                heading=heading,
                claims=claims,
                key=spec["key"],
                mandatory=_section_mandatory(spec["mandatory"], conditions),
            )
        )
    from advisor.tasks.agreement.export import open_fields as count_open

    open_fields = sum(count_open(c.text) for s in sections for c in s.claims)
    notice = data["notice"]
    return Draft(
        kind="agreement",
        title=data["titles"][kind][lang],
        sections=sections,
        notice=notice[lang].format(n=open_fields) if open_fields else notice[f"{lang}_complete"],
    )


def draft_agreement(
    situation: Situation,
    proposal: Proposal,
    kind: AgreementKind = "begge",
    settings: Settings | None = None,
    parties: dict | None = None,
) -> CitedDraft:
    """Draft the written agreement (every § 2 (1) item, flexitime, boundaries, evaluation), each clause cited."""
    lang = settings.language if settings else "nb"
    draft = agreement_draft(situation, proposal, kind, parties, lang)
    return finish_draft(draft, settings)  # backend: set by the model only if its draft was kept


# --- reading an agreement -----------------------------------------------------------------------


# --- the gap check ------------------------------------------------------------------------------
