"""The texts the refusal check writes from the analysis, every one cited (advisor/data/refusal_texts.json)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor.core.dates import long_date, weekday_name
from advisor.core.models import Claim
from advisor.tasks.refusal.analysis import CaseAnalysis
from advisor.tasks.refusal.deadline import non_working_reason
from advisor.tasks.refusal.rules import TLN_TRACKS, claims_from, data, label

if TYPE_CHECKING:
    pass


def deadline_claims(a: CaseAnalysis) -> list[Claim]:
    """What to say about the deadline to Tvisteløsningsnemnda, dated where the facts allow."""
    texts = data("refusal_texts")["deadline"]
    if not a.has_tln_route:
        key = {"home_office": "none.home_office", "sick_leave": "none.sick_leave"}.get(a.subject, "none.unknown")
        return claims_from(texts[key])
    out: list[Claim] = []
    if not a.case.written_refusal:
        out += claims_from(texts["no_written"])
    elif a.deadline is None or a.received is None:
        out += claims_from(texts["no_date"])
    else:
        out += claims_from(texts["computed"], deadline=long_date(a.deadline),
                           weekday=weekday_name(a.deadline), received=long_date(a.received))
        if a.deadline_raw and a.deadline_raw != a.deadline:
            out += claims_from(texts["shifted"], raw=long_date(a.deadline_raw),
                               raw_weekday=weekday_name(a.deadline_raw),
                               why=non_working_reason(a.deadline_raw))
        if a.deadline < a.today:
            out += claims_from(texts["passed"], deadline=long_date(a.deadline))
        elif a.deadline == a.today:
            out += claims_from(texts["last_day"], today=long_date(a.today))
        else:
            out += claims_from(texts["remaining"], today=long_date(a.today), days=(a.deadline - a.today).days)
    if a.split_tracks:
        out += claims_from(texts["split"], parts=", ".join(label("subject", t) for t in a.split_tracks))
    return out


def uncertainty_claims(a: CaseAnalysis) -> list[Claim]:
    """How sure the assessment is."""
    texts = data("refusal_texts")["uncertainty"]
    if a.subject in (*TLN_TRACKS, "overtime"):
        key = "tln"
    else:
        key = a.subject if a.subject in texts else "unknown"
    return claims_from(texts[key])
