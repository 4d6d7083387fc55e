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
from advisor.tasks.proposal_facts import (
    Placeholders,
    asks_flexible_time,
    asks_home_office,
    fill,
    join_nb,
    text_facts,
    text_facts_en,
)

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
    work = " ".join(
        [situation.role, situation.current_arrangement, situation.tariff_or_policy, *(t.name for t in situation.tasks)]
    )
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
            text=LocalText(nb=t.reason.nb.format_map(Placeholders(v)), en=t.reason.en.format_map(Placeholders(v))),
            ref=t.ref or o.ref,
        )
        for t, v in fired
        if t.reason.nb
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
        return ObjectionExample(
            text=fill(chosen.text_en, text_facts_en(situation, proposal)), ref=chosen.ref, applies=chosen.applies
        )
    return ObjectionExample(
        text=fill(chosen.text, text_facts(situation, proposal)), ref=chosen.ref, applies=chosen.applies
    )


# --- draft ------------------------------------------------------------------------------------


def objection_section(
    fit: ObjectionFit,
    situation: Situation,
    proposal: Proposal,
    lang: str = "nb",
    max_reasons: int = 2,
    max_replies: int = 3,
) -> DraftSection:
    """One objection as a draft section: why it is likely, what lies behind it, good replies, an example."""
    o = fit.objection
    lab = labels()
    claims: list[Claim] = []
    for r in fit.reasons[:max_reasons]:
        claims.append(Claim(text=f"{lab['why_likely'].get(lang)}: {r.text.get(lang)}", support=[support_for(r.ref)]))
    claims.append(Claim(text=f"{lab['behind'].get(lang)}: {o.behind.get(lang)}", support=[support_for(o.behind_ref)]))
    for reply in replies_for(o, situation, proposal)[:max_replies]:
        claims.append(
            Claim(
                text=f"{lab['reply'].get(lang)}: {reply.text.get(lang)}",
                support=[support_for(ref) for ref in reply.refs],
            )
        )
    if o.examples and (lang == "nb" or all(e.text_en for e in o.examples)):
        ex = example_for(o, situation, proposal, lang)
        claims.append(Claim(text=f"{lab['example'].get(lang)}: «{ex.text}»", support=[support_for(ex.ref)]))
    return DraftSection(heading=f"«{o.text.get(lang)}»", claims=claims, key=o.id)


def draft_objections(
    situation: Situation, proposal: Proposal, settings: Settings | None = None, limit: int = 5
) -> CitedDraft:
    """The likely objections to this proposal with good replies, every line cited (kind 'objections')."""

    lang = settings.language if settings else "nb"
    lab = labels()
    intro = DraftSection(
        heading=lab["intro_heading"].get(lang),
        claims=[
            Claim(
                text=lab["intro"].get(lang),
                support=[
                    support(
                        "guide-forberedelse#lederens-typiske-bekymringer-ved-fleksitid-og-hjemmekontor",
                        contains="tar dem opp selv",
                    ),
                    support(
                        "guide-forberedelse#ha-svar-klare-pa-lederens-bekymringer-for-motet",
                        contains="Når du kommer med løsningene selv",
                    ),
                ],
            )
        ],
        key="intro",
    )
    sections = [intro] + [
        objection_section(f, situation, proposal, lang) for f in objection_fits(situation, proposal)[:limit]
    ]
    draft = Draft(kind="objections", title=lab["title"].get(lang), sections=sections)
    return finish_draft(draft, settings)  # backend: set by the model only if its draft was kept
