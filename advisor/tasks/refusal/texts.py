"""The texts the refusal check writes from the analysis, every one cited (advisor/data/refusal_texts.json),
in bokmål or English (a spec's "en" text)."""

from __future__ import annotations

from advisor.core.dates import long_date, weekday_name
from advisor.core.i18n import t
from advisor.core.models import Claim
from advisor.core.weave import join
from advisor.tasks.refusal.analysis import CaseAnalysis
from advisor.tasks.refusal.deadline import non_working_reason, skipped_days
from advisor.tasks.refusal.rules import TLN_TRACKS, claims_in, data, label


def _shift_claims(a: CaseAnalysis, texts: dict, lang: str) -> list[Claim]:
    """Why the deadline moved: the day four weeks gives and every non-working day after it, each named once."""
    assert a.deadline_raw is not None
    days = skipped_days(a.deadline_raw)
    raw = {"raw": long_date(a.deadline_raw, lang), "raw_day": non_working_reason(a.deadline_raw, lang)}
    if len(days) <= 1:
        return claims_in(texts["shifted"], lang, **raw)
    others = join([non_working_reason(d, lang) for d in days[1:]], lang)
    return claims_in(texts["shifted_next" if len(days) == 2 else "shifted_many"], lang, others=others, **raw)


def deadline_claims(a: CaseAnalysis, lang: str = "nb", say_part: bool = True) -> list[Claim]:
    """What to say about the deadline to Tvisteløsningsnemnda, dated where the facts allow; for a mixed
    request it ends by saying which part the deadline is for, unless `say_part` is False (the caller
    has already said so)."""
    texts = data("refusal_texts")["deadline"]
    if not a.has_tln_route:
        key = {"home_office": "none.home_office", "sick_leave": "none.sick_leave"}.get(a.subject, "none.unknown")
        return claims_in(texts[key], lang)
    out: list[Claim] = []
    if not a.case.written_refusal:
        out += claims_in(texts["no_written"], lang)
    elif a.deadline is None or a.received is None:
        out += claims_in(texts["no_date"], lang)
    else:
        out += claims_in(
            texts["computed"],
            lang,
            deadline=long_date(a.deadline, lang),
            weekday=weekday_name(a.deadline, lang),
            received=long_date(a.received, lang),
        )
        if a.deadline_raw and a.deadline_raw != a.deadline:
            out += _shift_claims(a, texts, lang)
        if a.deadline < a.today:
            out += claims_in(texts["passed"], lang, deadline=long_date(a.deadline, lang))
        elif a.deadline == a.today:
            out += claims_in(texts["last_day"], lang, today=long_date(a.today, lang))
        else:
            days = (a.deadline - a.today).days
            left = t("afterrefusal.days_one" if days == 1 else "afterrefusal.days", lang, n=days)
            out += claims_in(texts["remaining"], lang, today=long_date(a.today, lang), left=left)
    if a.split_tracks and say_part:
        out += claims_in(texts["split"], lang, parts=join([label("subject", x, lang) for x in a.split_tracks], lang))
    return out


def uncertainty_claims(a: CaseAnalysis, lang: str = "nb") -> list[Claim]:
    """How sure the assessment is."""
    texts = data("refusal_texts")["uncertainty"]
    key = "tln" if a.subject in (*TLN_TRACKS, "overtime") else a.subject if a.subject in texts else "unknown"
    return claims_in(texts[key], lang)
