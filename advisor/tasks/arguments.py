"""Arguments built on results: the business result, the evidence and the concrete commitment.

Every argument is a claim in the user's own words and facts, supported by the guide sentence it
relies on. Need-based sentences the user wrote («jeg trenger …», «pendlingen er slitsom») are
detected with simple lexical rules (advisor/data/arguments.json) and rewritten as results-based
ones; private grounds are never required and, when present, are kept as background.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from advisor.answering.model import finish_draft
from advisor.core.dates import long_iso_date, weekday
from advisor.core.models import (
    ArgumentsResult,
    Claim,
    Draft,
    DraftSection,
    LocalText,
    PassageRef,
    Proposal,
    Reframe,
    Situation,
    Support,
)
from advisor.core.settings import Settings
from advisor.core.text import sentences
from advisor.tasks.objections import support_for
from advisor.tasks.proposal_facts import asks_flexible_time, asks_home_office, clock, text_facts


@cache
def rules() -> dict:
    """The texts, patterns and themes of advisor/data/arguments.json."""
    return json.loads(resources.files("advisor.data").joinpath("arguments.json").read_text(encoding="utf-8"))


def _supports(key: str) -> list[Support]:
    return [support_for(PassageRef(passage_id=p, contains=c)) for p, c in rules()["refs"][key]]


def _claim(key: str, text: str) -> Claim:
    return Claim(text=text, support=_supports(key))


def _text(key: str, lang: str = "nb", **values: str) -> str:
    texts = rules()["texts_en"] if lang == "en" else rules()["texts"]
    return texts[key].format(**values)


def _heading(key: str, lang: str) -> str:
    return LocalText.model_validate(rules()["headings"][key]).get(lang)


# --- need-based sentences ---------------------------------------------------------------------


def _hits(patterns: list[str], text: str) -> list[str]:
    low = text.lower()
    return [p for p in patterns if re.search(p, low)]


def is_need_based(sentence: str) -> bool:
    """True when the sentence argues from the employee's needs and names no result or delivery."""
    r = rules()
    return bool(_hits(r["need_patterns"], sentence)) and not _hits(r["result_patterns"], sentence)


def need_sentences(situation: Situation) -> list[str]:
    """The user's own sentences (own_arguments) that argue from needs rather than results."""

    found: list[str] = []
    for text in situation.own_arguments:
        for s in sentences(text) or [text.strip()]:
            if s and is_need_based(s) and s not in found:
                found.append(s)
    return found


def theme_text(t: dict, field: str, lang: str) -> str:
    """A theme's `why` or `private_label` in `lang` (bokmål fallback)."""
    return (t.get(f"{field}_en") if lang == "en" else None) or t[field]


def theme(sentence: str) -> dict:
    """The need theme of a sentence (children, commute, strain, logistics, general)."""
    for t in rules()["themes"]:
        if t["patterns"] and _hits(t["patterns"], sentence):
            return t
    return rules()["themes"][-1]


# --- the user's facts as argument text --------------------------------------------------------


def _lower_first(text: str) -> str:
    from advisor.core.weave import inline

    return inline(text)


_EN_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def _facts(situation: Situation, proposal: Proposal, lang: str) -> dict[str, str]:
    """The user's facts as phrases, in `lang`: lists joined and user text fitted by advisor.core.weave."""
    from advisor.core.weave import join

    facts = text_facts(situation, proposal)
    days: list[str] = [weekday(d, lang) for d in dict.fromkeys(proposal.home_days)]
    office: list[str] = [weekday(d, lang) for d in dict.fromkeys(proposal.office_days)]
    n = len(days)
    if lang == "en":
        n_home = (
            f"{_EN_NUMBERS.get(n, str(n))} fixed home-office day{'s' if n > 1 else ''} ({join(days, 'en')})"
            if n
            else "home office"
        )
        facts.update(
            n_home_days_phrase=n_home,
            office_days_phrase=join(office, "en") or "the team's fixed meeting days",
            availability_window=clock(proposal.availability_window).replace("kl. ", ""),
            core_hours=clock(proposal.core_hours).replace("kl. ", ""),
            outer_hours=clock(proposal.outer_hours).replace("kl. ", ""),
        )
    facts["channels"] = join(list(proposal.availability_channels), lang) or "Teams"
    facts["follow_up_phrase"] = join(list(proposal.follow_up), lang) or (
        "a short status meeting every week" if lang == "en" else "et kort statusmøte hver uke"
    )
    return facts


def _arrangement(situation: Situation, proposal: Proposal, facts: dict[str, str], lang: str = "nb") -> str:
    """'Med to faste hjemmekontordager (mandag og torsdag)' and the like."""
    en = lang == "en"
    with_ = "With" if en else "Med"
    if proposal.home_days:
        return f"{with_} {facts['n_home_days_phrase']}"
    if proposal.model == "fleksitid":
        if proposal.minimum:
            return f"{with_} {_lower_first(proposal.minimum[0])}"
        if en:
            return (
                f"With flexitime where I am always at work in the core hours {facts['core_hours']} "
                f"and choose my own start and finish within {facts['outer_hours']}"
            )
        return (
            f"Med fleksitid der jeg alltid er på jobb i kjernetiden {facts['core_hours']} "
            f"og selv velger start og slutt innenfor {facts['outer_hours']}"
        )
    if proposal.model == "situasjonsbestemt":
        rule = _lower_first(proposal.situational_rules)
        what = "home office when needed" if en else "hjemmekontor ved behov"
        return f"{with_} {what} ({rule})" if rule else f"{with_} {what}"
    return "With hybrid work" if en else "Med hybridarbeid"


def _deliver(situation: Situation, proposal: Proposal, lang: str = "nb") -> tuple[str, str]:
    """What the arrangement lets the employee deliver, and which `refs` key supports it."""
    from advisor.core.weave import join

    en = lang == "en"
    deep = [t.name for t in situation.tasks if t.deep_focus]
    if deep and asks_home_office(proposal) and proposal.home_days:
        tasks = join(deep, lang)
        return (
            (
                f"I can work undisturbed on {tasks} and deliver faster"
                if en
                else f"kan jeg jobbe uforstyrret med {tasks} og levere raskere"
            ),
            "result_home",
        )
    if deep and proposal.model == "fleksitid":
        tasks = join(deep, lang)
        when = f" ({situation.best_hours.strip()})" if situation.best_hours.strip() else ""
        return (
            (
                f"I can do {tasks} at the time I work best{when}"
                if en
                else f"kan jeg legge {tasks} til tiden jeg jobber best{when}"
            ),
            "result_time",
        )
    return (
        (
            "I can keep quality and deliveries at least at today's level"
            if en
            else "kan jeg holde kvaliteten og leveransene minst på dagens nivå"
        ),
        "result_plain",
    )


def _evidence(situation: Situation, lang: str = "nb") -> str:
    """'; resultatene mine viser det (2024): leverte … (dokumentasjon: …)' or ''.

    The best documented result is used: one that can be checked beats one that cannot.
    """
    if not situation.results:
        return ""
    r = sorted(situation.results, key=lambda r: (not r.evidence.strip(), not r.when.strip()))[0]
    when = f" ({r.when.strip()})" if r.when.strip() else ""
    if lang == "en":
        proof = f" (evidence: {_lower_first(r.evidence)})" if r.evidence.strip() else ""
        return f"; my results show it{when}: {_lower_first(r.description)}{proof}"
    proof = f" (dokumentasjon: {_lower_first(r.evidence)})" if r.evidence.strip() else ""
    return f"; resultatene mine viser det{when}: {_lower_first(r.description)}{proof}"


def main_argument(situation: Situation, proposal: Proposal, lang: str = "nb") -> tuple[str, str]:
    """The business result in the user's words, and the `refs` key of the guide sentence it relies on."""
    facts = _facts(situation, proposal, lang)
    deliver, key = _deliver(situation, proposal, lang)
    arrangement = _arrangement(situation, proposal, facts, lang)
    # A leading subordinate clause takes a comma in bokmål; English puts one after the opening phrase.
    comma = "," if (" der " in arrangement or lang == "en") else ""
    return f"{arrangement}{comma} {deliver}{_evidence(situation, lang)}.", key


def reframe(sentence: str, situation: Situation, proposal: Proposal, lang: str = "nb") -> Reframe:
    """A need-based sentence rewritten as a results-based one, with why and the guide sentences."""
    t = theme(sentence)
    after, _ = main_argument(situation, proposal, lang)
    facts = _facts(situation, proposal, lang)
    if asks_home_office(proposal):
        after += (
            f" I am available {facts['availability_window']} on {facts['channels']}."
            if lang == "en"
            else f" Jeg er tilgjengelig {facts['availability_window']} på {facts['channels']}."
        )
    elif asks_flexible_time(proposal):
        after += (
            f" I am always at work in the core hours {facts['core_hours']}."
            if lang == "en"
            else f" Jeg er alltid på jobb i kjernetiden {facts['core_hours']}."
        )
    refs = [PassageRef.model_validate(r) for r in rules()["reframe_base_refs"] + t["refs"]]
    return Reframe(before=sentence, after=after, why=theme_text(t, "why", lang), support=[support_for(r) for r in refs])


# --- the draft --------------------------------------------------------------------------------


def _results_section(situation: Situation, proposal: Proposal, lang: str) -> DraftSection:
    text, key = main_argument(situation, proposal, lang)
    claims = [_claim(key, text)]
    proof = "evidence" if lang == "en" else "dokumentasjon"
    for r in situation.results[:3]:
        detail = "; ".join(
            x for x in (r.when.strip(), f"{proof}: {_lower_first(r.evidence)}" if r.evidence.strip() else "") if x
        )
        line = _text(
            "result_line", lang, description=_lower_first(r.description), detail=f" ({detail})" if detail else ""
        )
        line = line[:1].upper() + line[1:]
        if not r.evidence.strip():
            line += _text("result_needs_evidence", lang)
        claims.append(_claim("evidence", line))
    if not situation.results:
        claims.append(_claim("no_results", _text("no_results", lang)))
    claims.append(_claim("business_gains", _text("business_gains", lang)))
    return DraftSection(heading=_heading("results", lang), claims=claims, key="results")


def _commitment_section(situation: Situation, proposal: Proposal, lang: str) -> DraftSection:
    from advisor.core.weave import join

    facts = _facts(situation, proposal, lang)
    en = lang == "en"
    claims = [
        _claim(
            "availability",
            _text(
                "availability",
                lang,
                availability_window=facts["availability_window"],
                channels=facts["channels"],
                response_time=_lower_first(proposal.response_time),
            ),
        )
    ]
    if asks_home_office(proposal) and proposal.office_days:
        claims.append(_claim("office_days", _text("office_days", lang, office_days=facts["office_days_phrase"])))
    if asks_flexible_time(proposal):
        claims.append(
            _claim(
                "core_hours",
                _text("core_hours", lang, core_hours=facts["core_hours"], outer_hours=facts["outer_hours"]),
            )
        )
    if proposal.follow_up:
        claims.append(_claim("follow_up", _text("follow_up", lang, follow_up=facts["follow_up_phrase"])))
    if proposal.deliverables:
        claims.append(
            _claim("deliverables", _text("deliverables", lang, deliverables=join(list(proposal.deliverables), lang)))
        )
    if proposal.trial_months:
        if proposal.evaluation_date:
            evaluation = f"{'on' if en else 'den'} {long_iso_date(proposal.evaluation_date, lang)}"
        else:
            evaluation = "when the period is over" if en else "når perioden er over"
        claims.append(
            _claim("trial", _text("trial", lang, trial_months=str(proposal.trial_months), evaluation=evaluation))
        )
    else:
        claims.append(_claim("no_trial", _text("no_trial", lang)))
    if proposal.kpis:
        target, today = ("target", "today") if en else ("mål", "i dag")
        kpis = join(
            [
                f"{_lower_first(k.name)} ({target}: {k.target.strip()}"
                + (f"; {today}: {k.baseline.strip()})" if k.baseline.strip() else ")")
                for k in proposal.kpis
            ],
            lang,
        )
        claims.append(_claim("kpis", _text("kpis", lang, kpis=kpis)))
    elif proposal.trial_months:
        claims.append(_claim("no_kpis", _text("no_kpis", lang)))
    if proposal.home_days:
        claims.append(_claim("written", _text("written", lang)))
    if situation.in_probation and asks_home_office(proposal):
        claims.append(_claim("probation", _text("probation", lang)))
        if not situation.leadership_position:
            claims.append(_claim("probation_flex", _text("probation_flex", lang)))
    return DraftSection(heading=_heading("commitment", lang), claims=claims, key="commitment")


def _private_items(situation: Situation, needs: list[str], lang: str = "nb") -> list[str]:
    en = lang == "en"
    items: list[str] = []
    if situation.care_duties:
        items.append("care duties" if en else "omsorgsoppgaver")
    if situation.health:
        items.append("health" if en else "helse")
    for s in needs:
        t = theme(s)
        label = theme_text(t, "private_label", lang) if t["private_label"] else ""
        children = t["id"] == "children" and (situation.care_duties or "")
        if label and label not in items and not children:
            items.append(label)
    commute = "a long commute" if en else "lang reisevei"
    if situation.commute_minutes and situation.commute_minutes >= 45 and commute not in items:
        items.append(commute)
    return items


def _mentions_children(situation: Situation, needs: list[str]) -> bool:
    text = " ".join([situation.care_duties or "", *needs]).lower()
    return bool(re.search(r"\bbarn|\bhenting|\bhente\b|\blevering", text))


def _private_section(situation: Situation, proposal: Proposal, needs: list[str], lang: str) -> DraftSection | None:
    from advisor.core.weave import join

    items = _private_items(situation, needs, lang)
    if not items:
        return None
    claims = [_claim("private_mention", _text("private_mention", lang, items=join(items, lang)))]
    if asks_flexible_time(proposal) and not situation.leadership_position and _mentions_children(situation, needs):
        claims.append(_claim("welfare_need", _text("welfare_need", lang)))
    return DraftSection(heading=_heading("private", lang), claims=claims, key="private")


def _legal_section(situation: Situation, proposal: Proposal, lang: str) -> DraftSection:
    claims: list[Claim] = []
    home, flex = asks_home_office(proposal), asks_flexible_time(proposal)
    if home:
        claims.append(_claim("no_home_office_right", _text("no_home_office_right", lang)))
    if home and flex:
        claims.append(_claim("time_not_place", _text("time_not_place", lang)))
    if flex and situation.leadership_position:
        claims.append(_claim("leader_no_flex_right", _text("leader_no_flex_right", lang)))
        claims.append(_claim("leader_concrete", _text("leader_concrete", lang)))
    elif flex:
        claims.append(_claim("flex_right", _text("flex_right", lang)))
        claims.append(_claim("flex_no_reason", _text("flex_no_reason", lang)))
    return DraftSection(heading=_heading("legal", lang), claims=claims, key="legal")


def reframes_for(situation: Situation, proposal: Proposal, lang: str = "nb") -> list[Reframe]:
    """Every need-based sentence of the user's, rewritten from results."""
    return [reframe(s, situation, proposal, lang) for s in need_sentences(situation)]


def merged_reframes(reframes: list[Reframe]) -> list[tuple[list[Reframe], str]]:
    """Reframes that say the same thing after the rewording, merged: (the reframes, their rewording).

    Two need sentences rewritten into the same results argument are one advice, not two nearly
    identical ones; their reasons are kept, each once.
    """
    groups: dict[str, list[Reframe]] = {}
    for r in reframes:
        groups.setdefault(" ".join(r.after.split()), []).append(r)
    return [(rs, after) for after, rs in groups.items()]


def _reframe_claims(reframes: list[Reframe], lang: str) -> list[Claim]:
    from advisor.core.weave import join, quote

    claims = []
    for group, after in merged_reframes(reframes):
        whys = list(dict.fromkeys(r.why for r in group))
        support = list({(s.passage_id, s.quote): s for r in group for s in r.support}.values())
        text = _text(
            "reframe_line",
            lang,
            before=join([quote(r.before, lang) for r in group], lang),
            after=quote(after, lang),
            why=" ".join(whys),
        )
        claims.append(Claim(text=text, support=support))
    return claims


def draft_arguments(situation: Situation, proposal: Proposal, settings: Settings | None = None) -> ArgumentsResult:
    """Arguments for the proposal built on results, evidence and commitments, every line cited."""

    lang = settings.language if settings else "nb"
    needs = need_sentences(situation)
    reframes = reframes_for(situation, proposal, lang)
    sections = [_results_section(situation, proposal, lang), _commitment_section(situation, proposal, lang)]
    if reframes:
        sections.append(
            DraftSection(heading=_heading("reframes", lang), claims=_reframe_claims(reframes, lang), key="reframes")
        )
    private = _private_section(situation, proposal, needs, lang)
    if private:
        sections.append(private)
    legal = _legal_section(situation, proposal, lang)
    if legal.claims:
        sections.append(legal)
    title = LocalText.model_validate(rules()["title"]).get(lang)
    draft = Draft(kind="arguments", title=title, sections=sections)
    cited = finish_draft(draft, settings)  # backend: set by the model only if its draft was kept
    return ArgumentsResult(draft=cited, reframes=reframes)
