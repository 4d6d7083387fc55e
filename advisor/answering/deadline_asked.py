"""The last day to bring a refused request to the nemnd, computed from the date the question gives.

"Avslaget kom frem mandag 19. april 2027 – hva er siste frist?" asks for a date, and the answer can say
it: four weeks from the day the written refusal arrived end on the same weekday (domstolloven § 148 (2),
applied by forskrift om tvisteløsningsnemnd § 4 (1)), moved past a Saturday, Sunday or public holiday to
the next day that is none of them (§ 149 (1); 1 and 17 May count as Sundays). The computation is the
one the refusal check uses (advisor.core.holidays); each step is cited to the passage that states it.
Only a date written in full (day, month and year) is read, and only when the question gives exactly
one: with two dates, or none, which day the refusal arrived is not certain, and nothing is computed.
"""

from __future__ import annotations

from datetime import timedelta

from advisor.core.dates import find_dates, is_reference, long_date, weekday_name
from advisor.core.holidays import non_working_reason, tln_deadline
from advisor.core.i18n import t
from advisor.core.models import Claim, Passage, Support
from advisor.core.text import fold_match, sentences

# The rules whose question a refusal's date turns into "which day?" (advisor/data/legal_rules.json)
DEADLINE_RULES = frozenset({"tln_frist", "frist_beregning", "frist_helg"})

_F41 = ("tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-4-1", "senest fire uker etter")
_DL148 = ("domstolloven#domstolloven-p-148-2", "En frist som er fastsatt i uker")
_DL149 = ("domstolloven#domstolloven-p-149-1", "Faller fristens siste dag")


def _support(passages: dict[str, Passage], pid: str, phrase: str) -> Support | None:
    p = passages.get(pid)
    if p is None:
        return None
    quote = next((s for s in sentences(p.text) if not s.startswith("Kilde:") and fold_match(phrase, s)), None)
    return Support(passage_id=pid, quote=quote) if quote else None


def deadline_claim(question: str, passages: dict[str, Passage], lang: str = "nb") -> Claim | None:
    """The computed last day as the answer's first claim, or None when the question gives no single full date."""
    found = [f for f in find_dates(question) if not is_reference(question, f)]
    if len({f.when for f in found}) != 1:
        return None
    received = found[0].when
    raw = received + timedelta(weeks=4)
    last = tln_deadline(received)
    day = lambda d: f"{weekday_name(d, lang)} {long_date(d, lang)}"  # noqa: E731
    text = t("deadline_asked.last_day", lang, received=day(received), last=day(last))
    cites = [_F41, _DL148]
    if last != raw:
        reason = non_working_reason(raw, lang) or ""
        text = t("deadline_asked.moved", lang, received=day(received), raw=day(raw), reason=reason, last=day(last))
        cites.append(_DL149)
    support = [s for pid, phrase in cites if (s := _support(passages, pid, phrase)) is not None]
    if len(support) != len(cites):
        return None  # a step without its passage is not stated
    return Claim(text=text, support=support)
