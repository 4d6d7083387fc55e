"""The objection catalogue: which objections a manager is likely to raise, and good, cited replies.

The catalogue lives in advisor/data/objections.json (bokmål first, English for labels). Each entry
says what the manager says, what lies behind it, which facts of the situation or proposal make it
likely (triggers), two to three good replies with the passages they rest on, and the concepts a
reply must address to answer the concern (used by the role-play coach in advisor.tasks.rehearse.session).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from advisor.answering.grounding import support
from advisor.answering.model import finish_draft
from advisor.core import i18n
from advisor.core.dates import long_iso_date
from advisor.core.models import (
    Applies,
    CitedDraft,
    Claim,
    Draft,
    DraftSection,
    FitReason,
    LocalText,
    Objection,
    ObjectionExample,
    ObjectionFit,
    ObjectionReply,
    ObjectionTrigger,
    PassageRef,
    Proposal,
    Situation,
    Support,
)
from advisor.core.settings import Settings

WEEKDAY_ORDER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_NUMBER_WORDS = {1: "én", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju"}
# A request touches working *time* when it names these; home office alone is about *place* (TLN 77/23).
_FLEX_WORDS = re.compile(r"fleksitid|fleksib\w* arbeidstid|arbeidstid|kjernetid|start|slutt|begynne|forskyv|bytte timer|vakt",
                         re.IGNORECASE)


# --- catalogue --------------------------------------------------------------------------------


def _data(name: str) -> dict:
    return json.loads(resources.files("advisor.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def catalogue() -> tuple[Objection, ...]:
    """All objections of the catalogue, in catalogue order."""
    return tuple(Objection.model_validate(o) for o in _data("objections.json")["objections"])


def objection(objection_id: str) -> Objection:
    """One catalogue entry by id; KeyError if there is none."""
    for o in catalogue():
        if o.id == objection_id:
            return o
    raise KeyError(objection_id)


@cache
def labels() -> dict[str, LocalText]:
    """Labels of the objections draft (`objections.<key>` in the message catalogue), both languages."""
    keys = [k.removeprefix("objections.") for k in i18n.catalogue("nb") if k.startswith("objections.")]
    return {k: LocalText(nb=i18n.t(f"objections.{k}", "nb"), en=i18n.t(f"objections.{k}", "en")) for k in keys}


def support_for(ref: PassageRef) -> Support:
    """The verbatim sentence a catalogue reference points to (MissingPassage if it does not resolve)."""

    return support(ref.passage_id, contains=ref.contains)


# --- what the proposal asks for ---------------------------------------------------------------


def asks_home_office(proposal: Proposal) -> bool:
    """True when the proposal asks to work from home (fixed days, situational or hybrid)."""
    return bool(proposal.home_days) or proposal.model != "fleksitid" or bool(proposal.situational_rules.strip())


def asks_flexible_time(proposal: Proposal) -> bool:
    """True when the proposal asks for flexible working time (when, not where)."""
    if proposal.model == "fleksitid":
        return True
    return any(_FLEX_WORDS.search(x) for x in [*proposal.minimum, *proposal.nice_to_have])


def applies(kind: Applies, situation: Situation, proposal: Proposal) -> bool:
    """Whether a reply or example of kind `kind` fits this situation and proposal."""
    match kind:
        case "any":
            return True
        case "home_office":
            return asks_home_office(proposal)
        case "flexible_time":
            return asks_flexible_time(proposal) and not situation.leadership_position
        case "flex_right":
            return not situation.leadership_position
    return False


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
    days = (f"{_NUMBER_WORDS.get(n, str(n))} faste hjemmekontordager" if n > 1
            else "én fast hjemmekontordag" if n == 1 else "faste hjemmekontordager")
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
        n_home = (f"{_NUMBER_WORDS.get(n, str(n))} faste hjemmekontordager ({home_days})" if n > 1
                  else f"én fast hjemmekontordag ({home_days})")
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
        "absence_phrase": (f"hjemme {home_days}" if home_days
                           else "på jobb på andre tider enn resten av teamet" if flex_only else "hjemme"),
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
        "evaluation_phrase": (f"for eksempel på et møte {long_iso_date(proposal.evaluation_date)}" if proposal.evaluation_date
                              else f"for eksempel om {trial} måneder"),
        "minimum_phrase": (_lower_first(proposal.minimum[0]) if proposal.minimum
                           else f"å forskyve start og slutt innenfor {clock(proposal.outer_hours)}"),
        "presence_window": (f"på kontordagene ({join_nb(office)})" if office
                            else f"i kjernetiden {core}" if flex_only else "i åpningstiden"),
        "home_or_edges": (f"hjemmekontordagene ({home_days})" if home_days
                          else "tidene utenom åpningstiden" if flex_only else "hjemmekontordagene"),
    }


@cache
def _facts_en_spec() -> dict:
    return _data("objections.json")["facts_en"]


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
    days = (dflt["n_days"].format(n=dflt["numbers"].get(str(n), str(n))) if n > 1
            else dflt["one_day"] if n == 1 else dflt["days"])
    model = {"fleksitid": dflt["flexitime"], "faste_hjemmedager": days, "situasjonsbestemt": dflt["situational"],
             "hybrid": f"{dflt['hybrid']} ({days})" if n else dflt["hybrid"]}[proposal.model]
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
        "absence_phrase": (dflt["at_home_on"].format(days=home) if home
                           else dflt["other_times"] if flex_only else dflt["at_home"]),
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
        "presence_window": (dflt["office_days"].format(days=office) if office
                            else dflt["in_core"].format(core=core) if flex_only else dflt["opening"]),
        "home_or_edges": (dflt["home_days_named"].format(days=home) if home
                          else dflt["edges"] if flex_only else dflt["home_days_plain"]),
    }


def facts_in(situation: Situation, proposal: Proposal, lang: str = "nb") -> dict[str, str]:
    """The facts for {placeholders} in `lang`."""
    return text_facts_en(situation, proposal) if lang == "en" else text_facts(situation, proposal)


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, facts: dict[str, str]) -> str:
    """A catalogue text with its {placeholders} filled; unknown ones are left visible."""
    text = template.format_map(_Facts(facts))
    return text[:1].upper() + text[1:] if text else text


# --- ranking ----------------------------------------------------------------------------------


def _words_match(words: list[str], text: str) -> str | None:
    """The first word of `text` that starts with one of `words` (case-insensitive), or None."""
    for w in words:
        m = re.search(r"(?<![0-9a-zæøå])" + re.escape(w.lower()) + r"[0-9a-zæøå-]*", text.lower())
        if m:
            return m.group(0)
    return None


def _fired(trigger: ObjectionTrigger, situation: Situation, proposal: Proposal) -> dict[str, str] | None:
    """The values for the trigger's reason if it fires, else None."""
    values = trigger.value if isinstance(trigger.value, list) else []
    work = " ".join([situation.role, situation.current_arrangement, situation.tariff_or_policy,
                     *(t.name for t in situation.tasks)])
    presence = [t.name for t in situation.tasks if t.physical_presence]
    n = len(set(proposal.home_days))
    match trigger.when:
        case "always":
            return {}
        case "in_probation":
            return {} if situation.in_probation else None
        case "leadership_position":
            return {} if situation.leadership_position else None
        case "physical_presence":
            return {"tasks": join_nb(presence)} if presence else None
        case "deep_focus":
            return {} if any(t.deep_focus for t in situation.tasks) else None
        case "asks_home_office":
            return {} if asks_home_office(proposal) else None
        case "asks_flexible_time":
            return {} if asks_flexible_time(proposal) else None
        case "home_days_at_least":
            return {"n": str(n)} if isinstance(trigger.value, int) and n >= trigger.value else None
        case "words":
            hit = _words_match(values, work)
            return {"match": hit} if hit else None
        case "concerns":
            hit = next((c.strip() for c in situation.manager_concerns if _words_match(values, c)), None)
            return {"match": hit} if hit else None
        case "sector":
            return {} if situation.sector in values else None
        case "employer_size_at_most":
            size = situation.employer_size
            return {} if size is not None and isinstance(trigger.value, int) and size <= trigger.value else None
        case "model":
            return {} if proposal.model in values else None
    return None


def _fit(o: Objection, situation: Situation, proposal: Proposal) -> ObjectionFit | None:
    if o.requires == "home_office" and not asks_home_office(proposal):
        return None
    if o.requires == "flexible_time" and not asks_flexible_time(proposal):
        return None
    score = 0.0
    fired: list[tuple[ObjectionTrigger, dict[str, str]]] = []
    for t in o.triggers:
        values = _fired(t, situation, proposal)
        if values is not None:
            score += t.weight
            fired.append((t, values))
    if score <= 0:
        return None
    # The strongest, most specific reasons first; the generic 'always' reason only if nothing else fired.
    fired.sort(key=lambda tv: (tv[0].when == "always", -tv[0].weight))
    if len(fired) > 1:
        fired = [tv for tv in fired if tv[0].when != "always"]
    reasons = [
        FitReason(
            text=LocalText(nb=t.reason.nb.format_map(_Facts(v)), en=t.reason.en.format_map(_Facts(v))),
            ref=t.ref or o.ref,
        )
        for t, v in fired if t.reason.nb
    ]
    return ObjectionFit(objection=o, score=score, reasons=reasons)


def objection_fits(situation: Situation, proposal: Proposal) -> list[ObjectionFit]:
    """Every objection that applies, with its fit score and reasons, best fit first."""
    fits = [(i, f) for i, o in enumerate(catalogue()) if (f := _fit(o, situation, proposal))]
    fits.sort(key=lambda x: (-x[1].score, x[0]))
    return [f for _, f in fits]


def objections_for(situation: Situation, proposal: Proposal) -> list[Objection]:
    """The objections a manager is likely to raise to this proposal, best fit first."""
    return [f.objection for f in objection_fits(situation, proposal)]


def replies_for(o: Objection, situation: Situation, proposal: Proposal) -> list[ObjectionReply]:
    """The catalogue replies to `o` that fit this situation and proposal."""
    return [r for r in o.replies if applies(r.applies, situation, proposal)]


def example_for(o: Objection, situation: Situation, proposal: Proposal, lang: str = "nb") -> ObjectionExample:
    """A model reply to `o`, filled with the user's facts (the first example that fits), in `lang` where written."""
    fitting = [e for e in o.examples if applies(e.applies, situation, proposal)] or list(o.examples)
    chosen = fitting[0]
    if lang == "en" and chosen.text_en:
        return ObjectionExample(text=fill(chosen.text_en, text_facts_en(situation, proposal)), ref=chosen.ref,
                                applies=chosen.applies)
    return ObjectionExample(text=fill(chosen.text, text_facts(situation, proposal)), ref=chosen.ref,
                            applies=chosen.applies)


# --- draft ------------------------------------------------------------------------------------


def objection_section(fit: ObjectionFit, situation: Situation, proposal: Proposal, lang: str = "nb",
                      max_reasons: int = 2, max_replies: int = 3) -> DraftSection:
    """One objection as a draft section: why it is likely, what lies behind it, good replies, an example."""
    o = fit.objection
    lab = labels()
    claims: list[Claim] = []
    for r in fit.reasons[:max_reasons]:
        claims.append(Claim(text=f"{lab['why_likely'].get(lang)}: {r.text.get(lang)}", support=[support_for(r.ref)]))
    claims.append(Claim(text=f"{lab['behind'].get(lang)}: {o.behind.get(lang)}", support=[support_for(o.behind_ref)]))
    for reply in replies_for(o, situation, proposal)[:max_replies]:
        claims.append(Claim(text=f"{lab['reply'].get(lang)}: {reply.text.get(lang)}",
                            support=[support_for(ref) for ref in reply.refs]))
    if o.examples and (lang == "nb" or all(e.text_en for e in o.examples)):
        ex = example_for(o, situation, proposal, lang)
        claims.append(Claim(text=f"{lab['example'].get(lang)}: «{ex.text}»", support=[support_for(ex.ref)]))
    return DraftSection(heading=f"«{o.text.get(lang)}»", claims=claims, key=o.id)


def draft_objections(situation: Situation, proposal: Proposal, settings: Settings | None = None,
                     limit: int = 5) -> CitedDraft:
    """The likely objections to this proposal with good replies, every line cited (kind 'objections')."""

    lang = settings.language if settings else "nb"
    lab = labels()
    intro = DraftSection(
        heading=lab["intro_heading"].get(lang),
        claims=[Claim(text=lab["intro"].get(lang), support=[
            support("guide-forberedelse#lederens-typiske-bekymringer-ved-fleksitid-og-hjemmekontor",
                    contains="tar dem opp selv"),
            support("guide-forberedelse#ha-svar-klare-pa-lederens-bekymringer-for-motet",
                    contains="Når du kommer med løsningene selv"),
        ])],
        key="intro",
    )
    sections = [intro] + [objection_section(f, situation, proposal, lang)
                          for f in objection_fits(situation, proposal)[:limit]]
    draft = Draft(kind="objections", title=lab["title"].get(lang), sections=sections)
    return finish_draft(draft, settings)  # backend: set by the model only if its draft was kept
