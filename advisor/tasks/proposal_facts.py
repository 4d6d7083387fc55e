"""What a proposal asks for (home office, flexible time) and the user's facts as phrases for catalogue texts.

Shared by the objection catalogue (objections.py), the role-play and the meeting card.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from advisor.core.dates import long_iso_date
from advisor.core.models import Proposal, Situation

WEEKDAY_ORDER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_NUMBER_WORDS = {1: "én", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju"}
# A request touches working *time* when it names these; home office alone is about *place* (TLN 77/23).
_FLEX_WORDS = re.compile(
    r"fleksitid|fleksib\w* arbeidstid|arbeidstid|kjernetid|start|slutt|begynne|forskyv|bytte timer|vakt", re.IGNORECASE
)


# --- what the proposal asks for ---------------------------------------------------------------


def asks_home_office(proposal: Proposal) -> bool:
    """True when the proposal asks to work from home (fixed days, situational or hybrid)."""
    return bool(proposal.home_days) or proposal.model != "fleksitid" or bool(proposal.situational_rules.strip())


def asks_flexible_time(proposal: Proposal) -> bool:
    """True when the proposal asks for flexible working time (when, not where)."""
    if proposal.model == "fleksitid":
        return True
    return any(_FLEX_WORDS.search(x) for x in [*proposal.minimum, *proposal.nice_to_have])


# --- facts for phrasing -----------------------------------------------------------------------


def join_nb(items: list[str]) -> str:
    """'a', 'a og b', 'a, b og c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " og " + items[-1]


def _days(days: list[str]) -> list[str]:
    return sorted(dict.fromkeys(days), key=lambda d: WEEKDAY_ORDER.index(d) if d in WEEKDAY_ORDER else 9)


def clock(window: str) -> str:
    """'09:00-15:00' → 'kl. 09.00–15.00'; anything else is returned as it is."""
    m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})\s*", window or "")
    if not m:
        return window
    a, b, c, d = m.groups()
    return f"kl. {int(a):02d}.{b}–{int(c):02d}.{d}"


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else text


def model_phrase(proposal: Proposal) -> str:
    """The proposal's model in a few words: 'to faste hjemmekontordager', 'fleksitid' ..."""
    n = len(set(proposal.home_days))
    days = (
        f"{_NUMBER_WORDS.get(n, str(n))} faste hjemmekontordager"
        if n > 1
        else "én fast hjemmekontordag"
        if n == 1
        else "faste hjemmekontordager"
    )
    base = {
        "fleksitid": "fleksitid",
        "faste_hjemmedager": days,
        "situasjonsbestemt": "hjemmekontor ved behov",
        "hybrid": f"hybridarbeid med {days.replace(' faste', '').replace(' fast', '')}" if n else "hybridarbeid",
    }[proposal.model]
    if proposal.model != "fleksitid" and asks_flexible_time(proposal):
        base += " og fleksitid"
    return base


def text_facts(situation: Situation, proposal: Proposal) -> dict[str, str]:
    """The user's facts as phrases for the {placeholders} of catalogue texts, with safe defaults."""
    home = _days(list(proposal.home_days))
    office = _days(list(proposal.office_days))
    n = len(home)
    deep = [t.name for t in situation.tasks if t.deep_focus]
    presence = [t.name for t in situation.tasks if t.physical_presence]
    trial = proposal.trial_months or 3
    flex_only = not asks_home_office(proposal)
    home_days = join_nb(home)
    core = clock(proposal.core_hours)
    if n:
        n_home = (
            f"{_NUMBER_WORDS.get(n, str(n))} faste hjemmekontordager ({home_days})"
            if n > 1
            else f"én fast hjemmekontordag ({home_days})"
        )
    else:
        n_home = "hjemmekontor"
    return {
        "role": situation.role or "stillingen din",
        "model_phrase": model_phrase(proposal),
        "home_days": home_days or "de avtalte hjemmekontordagene",
        "home_days_paren": f" ({home_days})" if home_days else "",
        "home_days_phrase": f"på hjemmekontordagene ({home_days})" if home_days else "på hjemmekontordagene",
        "n_home_days": str(n),
        "n_home_days_phrase": n_home,
        "office_days_phrase": join_nb(office) if office else "på teamets faste møtedager",
        "absence_phrase": (
            f"hjemme {home_days}"
            if home_days
            else "på jobb på andre tider enn resten av teamet"
            if flex_only
            else "hjemme"
        ),
        "deep_tasks": join_nb(deep) or "oppgavene som krever konsentrasjon",
        "presence_tasks": join_nb(presence) or "oppgavene på stedet",
        "channels": join_nb(list(proposal.availability_channels)) or "Teams",
        "availability_window": clock(proposal.availability_window),
        "response_time": proposal.response_time,
        "core_hours": core,
        "outer_hours": clock(proposal.outer_hours),
        "trial_months": str(trial),
        "kpi_phrase": join_nb([k.name for k in proposal.kpis]) or "svartid og leveranser i tide",
        "follow_up_phrase": join_nb([_lower_first(f) for f in proposal.follow_up]) or "et kort statusmøte hver uke",
        "evaluation_phrase": (
            f"for eksempel på et møte {long_iso_date(proposal.evaluation_date)}"
            if proposal.evaluation_date
            else f"for eksempel om {trial} måneder"
        ),
        "minimum_phrase": (
            _lower_first(proposal.minimum[0])
            if proposal.minimum
            else f"å forskyve start og slutt innenfor {clock(proposal.outer_hours)}"
        ),
        "presence_window": (
            f"på kontordagene ({join_nb(office)})"
            if office
            else f"i kjernetiden {core}"
            if flex_only
            else "i åpningstiden"
        ),
        "home_or_edges": (
            f"hjemmekontordagene ({home_days})"
            if home_days
            else "tidene utenom åpningstiden"
            if flex_only
            else "hjemmekontordagene"
        ),
    }


@cache
def _facts_en_spec() -> dict:
    return json.loads(resources.files("advisor.data").joinpath("objections.json").read_text(encoding="utf-8"))[
        "facts_en"
    ]


def text_facts_en(situation: Situation, proposal: Proposal) -> dict[str, str]:
    """text_facts for the English texts: the same keys, English phrases (objections.json 'facts_en')."""
    from advisor.core.dates import weekday
    from advisor.core.weave import inline, join

    spec = _facts_en_spec()
    known, dflt = spec["known"], spec["defaults"]

    def en(items: list[str]) -> str:
        return join([known.get(i.strip().lower(), i) for i in items], "en")

    def hours(window: str) -> str:
        return clock(window).replace("kl. ", "")

    home = join([weekday(d, "en") for d in _days(list(proposal.home_days))], "en")
    office = join([weekday(d, "en") for d in _days(list(proposal.office_days))], "en")
    n = len(set(proposal.home_days))
    flex_only = not asks_home_office(proposal)
    trial = str(proposal.trial_months or 3)
    days = (
        dflt["n_days"].format(n=dflt["numbers"].get(str(n), str(n)))
        if n > 1
        else dflt["one_day"]
        if n == 1
        else dflt["days"]
    )
    model = {
        "fleksitid": dflt["flexitime"],
        "faste_hjemmedager": days,
        "situasjonsbestemt": dflt["situational"],
        "hybrid": f"{dflt['hybrid']} ({days})" if n else dflt["hybrid"],
    }[proposal.model]
    if proposal.model != "fleksitid" and asks_flexible_time(proposal):
        model += dflt["and_flexitime"]
    deep = [t.name for t in situation.tasks if t.deep_focus]
    presence = [t.name for t in situation.tasks if t.physical_presence]
    core, outer = hours(proposal.core_hours), hours(proposal.outer_hours)
    return {
        "role": inline(situation.role) or dflt["role"],
        "model_phrase": model,
        "home_days": home or dflt["home_days"],
        "home_days_paren": f" ({home})" if home else "",
        "home_days_phrase": f"{dflt['on_home_days']} ({home})" if home else dflt["on_home_days"],
        "n_home_days": str(n),
        "n_home_days_phrase": f"{days} ({home})" if n else dflt["home_office"],
        "office_days_phrase": f"on {office}" if office else dflt["office_days_phrase"],
        "absence_phrase": (
            dflt["at_home_on"].format(days=home) if home else dflt["other_times"] if flex_only else dflt["at_home"]
        ),
        "deep_tasks": join(deep, "en") or dflt["deep_tasks"],
        "presence_tasks": join(presence, "en") or dflt["presence_tasks"],
        "channels": en(list(proposal.availability_channels)) or "Teams",
        "availability_window": hours(proposal.availability_window),
        "response_time": known.get(proposal.response_time.strip().lower(), inline(proposal.response_time)),
        "core_hours": core,
        "outer_hours": outer,
        "trial_months": trial,
        "kpi_phrase": join([k.name for k in proposal.kpis], "en") or dflt["kpi_phrase"],
        "follow_up_phrase": en(list(proposal.follow_up)) or dflt["follow_up_phrase"],
        "evaluation_phrase": f"for example in {trial} months",
        "minimum_phrase": inline(proposal.minimum[0]) if proposal.minimum else dflt["minimum"].format(outer=outer),
        "presence_window": (
            dflt["office_days"].format(days=office)
            if office
            else dflt["in_core"].format(core=core)
            if flex_only
            else dflt["opening"]
        ),
        "home_or_edges": (
            dflt["home_days_named"].format(days=home)
            if home
            else dflt["edges"]
            if flex_only
            else dflt["home_days_plain"]
        ),
    }


def facts_in(situation: Situation, proposal: Proposal, lang: str = "nb") -> dict[str, str]:
    """The facts for {placeholders} in `lang`."""
    return text_facts_en(situation, proposal) if lang == "en" else text_facts(situation, proposal)


class Placeholders(dict):
    """Facts for `str.format_map`: an unknown {placeholder} is left visible."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, facts: dict[str, str]) -> str:
    """A catalogue text with its {placeholders} filled; unknown ones are left visible."""
    text = template.format_map(Placeholders(facts))
    return text[:1].upper() + text[1:] if text else text
