"""The coach in the role-play: lexical features of a reply scored against the rubric, with cited tips."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Protocol

from advisor.answering.cite import render_draft
from advisor.answering.grounding import corpus_passages
from advisor.core.dates import weekday
from advisor.core.models import (
    CitedDraft,
    Claim,
    CoachFeedback,
    CriterionScore,
    Draft,
    DraftSection,
    LocalText,
    Objection,
    PassageRef,
    Proposal,
    Situation,
)
from advisor.core.text import sentences, tokens
from advisor.tasks.objections import example_for, replies_for, support_for
from advisor.tasks.proposal_facts import asks_flexible_time, asks_home_office, clock, fill, text_facts

if TYPE_CHECKING:
    pass


@cache
def rubric() -> dict:
    """The rubric of advisor/data/rehearse_rubric.json."""
    return json.loads(resources.files("advisor.data").joinpath("rehearse_rubric.json").read_text(encoding="utf-8"))


@cache
def manager_lines() -> dict:
    """The manager's lines of advisor/data/rehearse_manager.json."""
    return json.loads(resources.files("advisor.data").joinpath("rehearse_manager.json").read_text(encoding="utf-8"))


def _ref(d: dict) -> PassageRef:
    return PassageRef.model_validate(d)


def _refs(d: dict | list) -> list[PassageRef]:
    """One reference or a list of them (a tip may rest on more than one passage)."""
    return [_ref(x) for x in d] if isinstance(d, list) else [_ref(d)]


def _passages():

    return corpus_passages()


_WORDS = re.compile(r"[0-9a-zæøåéü§-]+")


def concept_hits(concepts: list[str], text: str) -> list[str]:
    """The concepts of an objection that a reply addresses (see the rubric's 'about')."""

    low = text.lower()
    words = [w.strip("-") for w in _WORDS.findall(low)]
    joined = " " + " ".join(words) + " "
    stems = set(tokens(text))
    hits: list[str] = []
    for concept in concepts:
        c = concept.lower().strip()
        if " " in c:
            ok = f" {' '.join(_WORDS.findall(c))}" in joined
        else:
            ok = (
                any(w.startswith(c) for w in words)
                or (len(c) >= 6 and any(c in w for w in words))
                or any(s.startswith(cs) for cs in tokens(c) if len(cs) >= 4 for s in stems)
            )
        if ok:
            hits.append(concept)
    return hits


def pattern_hits(patterns: list[str], text: str) -> list[str]:
    """The patterns (regular expressions) that occur in the lowercased text."""
    low = text.lower()
    return [p for p in patterns if re.search(p, low)]


def _level(count: int, thresholds: list[int]) -> int:
    return sum(count >= t for t in thresholds)


def _claims_right(kind: str, text: str) -> bool:
    """True when a sentence of `text` claims the right named by `kind` (see the rubric's false_claims)."""

    rules = rubric()["false_claims"]
    for sentence in sentences(text) or [text]:
        low = sentence.lower()
        if re.search(rules["exempt"], low):
            continue
        for p in rules[kind]["patterns"]:
            for m in re.finditer(p, low):
                window = low[max(0, m.start() - 30) : m.end()]
                if not re.search(rules["negations"], window):
                    return True
    return False


def claims_home_office_right(text: str) -> bool:
    """True when the reply claims a legal right to home office (there is none)."""
    return _claims_right("home_office_right", text)


class Coach(Protocol):
    """Scores a reply to an objection and says how to improve it, with citations."""

    def assess(self, reply: str, objection: Objection, situation: Situation, proposal: Proposal) -> CoachFeedback:
        """Feedback on one reply."""
        ...


def _legal_mode(o: Objection, situation: Situation, proposal: Proposal) -> str | None:
    if o.legal == "flexible_time" and asks_flexible_time(proposal) and not situation.leadership_position:
        return "flexible_time"
    if o.legal == "home_office" and asks_home_office(proposal):
        return "home_office"
    return None


def _relevant(c: dict, objection: Objection, mode: str | None, reply: str, false_claim: bool) -> bool:
    """Whether a criterion applies to this concern: fairness only to objections about fairness; the legal
    basis when the objection is itself a legal question, or when the reply invokes the law (rightly or not)."""
    if c.get("applies") == "fairness":
        return objection.fairness
    if c.get("applies") == "legal":
        if mode is None:
            return False
        invoked = bool(pattern_hits(c["modes"][mode]["patterns"], reply))
        return objection.id in c.get("core_objections", []) or invoked or false_claim
    return True


def accepts(feedback: CoachFeedback) -> bool:
    """The rubric's rule for a good reply: answers the concern and is concrete or offers a trial/adjustment."""
    rule = rubric()["manager_accepts_when"]
    if feedback.home_office_right_claimed or feedback.leader_flex_right_claimed:
        return False
    if (feedback.score("answers_concern") or 0) < rule["answers_concern"]:
        return False
    return any((feedback.score(k) or 0) >= v for k, v in rule["any_of"].items())


class RubricCoach:
    """The default coach: lexical features scored against advisor/data/rehearse_rubric.json."""

    def __init__(self, lang: str = "nb") -> None:
        self.lang = lang

    def _text(self, spec: dict, field: str) -> str:
        """A rubric text in the coach's language: `<field>_en` in English when there is one."""
        return (spec.get(f"{field}_en") if self.lang == "en" else None) or spec[field]

    def _hint_values_en(self, o: Objection, situation: Situation, proposal: Proposal) -> dict[str, str]:
        from advisor.core.weave import inline, join

        replies = replies_for(o, situation, proposal)
        days = join([weekday(d, "en") for d in proposal.home_days], "en")
        window = clock(proposal.availability_window).replace("kl. ", "")
        channels = join(list(proposal.availability_channels), "en") or "Teams"
        concrete = (
            f"at home on {days}, available {window} on {channels}"
            if days
            else f"always at work in the core hours {clock(proposal.core_hours).replace('kl. ', '')}, "
            f"available {window}"
        )
        kpis = join([k.name for k in proposal.kpis], "en") or "response time and deliveries on time"
        result = (
            f"for example that you {inline(situation.results[0].description)}, and which key figures you can "
            f"follow ({kpis})."
            if situation.results
            else f"say what you deliver, and which key figures you can follow ({kpis})."
        )
        return {
            "concern": o.concern_in("en"),
            "reply": replies[0].text.get("en") if replies else "",
            "concrete_example": concrete,
            "results_hint": result,
            "trial_months": str(proposal.trial_months or 3),
        }

    def _hint_values(self, o: Objection, situation: Situation, proposal: Proposal) -> dict[str, str]:
        if self.lang == "en":
            return self._hint_values_en(o, situation, proposal)
        facts = text_facts(situation, proposal)
        replies = replies_for(o, situation, proposal)
        if proposal.home_days:
            concrete = (
                f"hjemme {facts['home_days']}, tilgjengelig {facts['availability_window']} på {facts['channels']}"
            )
        else:
            concrete = (
                f"alltid på jobb i kjernetiden {facts['core_hours']}, tilgjengelig {facts['availability_window']}"
            )
        if situation.results:
            r = situation.results[0]
            results_hint = f"for eksempel at du {r.description.strip().rstrip('.')}, og hvilke nøkkeltall dere kan følge ({facts['kpi_phrase']})."
        else:
            results_hint = f"si hva du leverer, og hvilke nøkkeltall dere kan følge ({facts['kpi_phrase']})."
        return {
            "concern": o.concern,
            "reply": replies[0].text.nb if replies else "",
            "concrete_example": concrete,
            "results_hint": results_hint,
            "trial_months": facts["trial_months"],
        }

    def assess(self, reply: str, objection: Objection, situation: Situation, proposal: Proposal) -> CoachFeedback:
        """Score the reply per criterion, pick 1–3 tips and an example, and cite every line."""

        rb = rubric()
        home_claim = claims_home_office_right(reply)
        leader_claim = situation.leadership_position and _claims_right("leader_flex_right", reply)
        mode = _legal_mode(objection, situation, proposal)
        if (home_claim or leader_claim) and mode is None:
            mode = "home_office" if home_claim else "flexible_time"
        scores: list[CriterionScore] = []
        basis: dict[str, PassageRef] = {}
        tips: dict[str, tuple[str, list[PassageRef]]] = {}
        hints = self._hint_values(objection, situation, proposal)
        not_relevant = LocalText.model_validate(rb["not_relevant"]).get(self.lang)
        for c in rb["criteria"]:
            key = c["key"]
            label = LocalText.model_validate(c["label"]).get(self.lang)
            if not _relevant(c, objection, mode, reply, bool(home_claim or leader_claim)):
                # Shown, but out of the count: a reply is not marked down for what the concern did not ask.
                scores.append(CriterionScore(key=key, label=label, score=0, max=0, comment=not_relevant))
                continue
            if key == "answers_concern":
                concepts = [*objection.concepts, *(objection.concepts_en if self.lang == "en" else [])]
                count = len(concept_hits(concepts, reply))
                tip_refs = [r for rep in replies_for(objection, situation, proposal)[:1] for r in rep.refs]
                tip_refs = tip_refs or [_ref(c["basis"])]
                ref, tip = _ref(c["basis"]), self._text(c, "tip")
            elif c["scoring"] == "groups":
                text = reply.lower()
                for p in c.get("ignore", []):
                    text = re.sub(p, " ", text)
                count = sum(bool(pattern_hits(ps, text)) for ps in c["groups"].values())
                ref, tip, tip_refs = _ref(c["basis"]), self._text(c, "tip"), _refs(c["tip_ref"])
            elif key == "legal_basis":
                m = c["modes"][mode]
                count = len(pattern_hits(m["patterns"], reply))
                ref, tip, tip_refs = _ref(m["basis"]), self._text(m, "tip"), _refs(m["tip_ref"])
            else:
                count = len(pattern_hits(c["patterns"], reply))
                ref, tip, tip_refs = _ref(c["basis"]), self._text(c, "tip"), _refs(c["tip_ref"])
            score = _level(count, c["thresholds"])
            if key == "legal_basis" and (home_claim or leader_claim):
                score = 0
            comment = LocalText.model_validate(c["levels"][str(score)]).get(self.lang)
            scores.append(CriterionScore(key=key, label=label, score=score, comment=comment))
            basis[key] = ref
            tips[key] = (fill(tip, hints), tip_refs)
        total = sum(s.score for s in scores)
        max_total = sum(s.max for s in scores)
        feedback = CoachFeedback(
            objection_id=objection.id,
            scores=scores,
            total=total,
            max_total=max_total,
            good=False,
            home_office_right_claimed=home_claim,
            leader_flex_right_claimed=bool(leader_claim),
            cited=CitedDraft(kind="feedback", title="", sections=[], citations=[]),
        )
        feedback.good = accepts(feedback)

        labels = {k: LocalText.model_validate(v) for k, v in rb["feedback_labels"].items()}
        sections = [
            DraftSection(
                heading=labels["scores"].get(self.lang).format(total=total, max=max_total),
                claims=[
                    Claim(text=f"{s.label}: {s.score}/{s.max}. {s.comment}", support=[support_for(basis[s.key])])
                    for s in scores
                    if s.max
                ],
                key="scores",
            )
        ]
        corrections = []
        for kind, claimed in (("home_office_right", home_claim), ("leader_flex_right", leader_claim)):
            if claimed:
                rule = rb["false_claims"][kind]
                corrections.append(
                    Claim(text=self._text(rule, "correction"), support=[support_for(_ref(r)) for r in rule["refs"]])
                )
        if corrections:
            sections.append(
                DraftSection(heading=labels["correction"].get(self.lang), claims=corrections, key="correction")
            )
        # The weakest criteria first; the concern before everything else when scores tie.
        order = {c["key"]: i for i, c in enumerate(rb["criteria"])}
        weak = sorted((s for s in scores if s.score < s.max), key=lambda s: (s.score, order[s.key]))[:3]
        tip_claims = [Claim(text=tips[s.key][0], support=[support_for(r) for r in tips[s.key][1]]) for s in weak]
        if not tip_claims:
            polish = rb["polish_tip"]
            tip_claims = [Claim(text=self._text(polish, "text"), support=[support_for(_ref(polish["ref"]))])]
        sections.append(DraftSection(heading=labels["tips"].get(self.lang), claims=tip_claims, key="tips"))
        ex = example_for(objection, situation, proposal, self.lang)
        quoted = f"“{ex.text}”" if self.lang == "en" else f"«{ex.text}»"
        sections.append(
            DraftSection(
                heading=labels["example"].get(self.lang),
                claims=[Claim(text=quoted, support=[support_for(ex.ref)])],
                key="example",
            )
        )
        draft = Draft(kind="feedback", title=labels["title"].get(self.lang), sections=sections)
        feedback.cited = render_draft(draft, _passages())
        return feedback
