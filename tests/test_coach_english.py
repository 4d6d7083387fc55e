"""The role-play in English: the manager speaks English, the coach's model answers are English, and the
coach scores English replies fairly (its English word lists and patterns), for every objection."""

from __future__ import annotations

import re

import pytest

from advisor.core.models import Proposal, Situation, Task
from advisor.tasks.objections import catalogue, example_for
from advisor.tasks.rehearse.coach import RubricCoach
from advisor.tasks.rehearse.manager import DeterministicManager
from advisor.tasks.rehearse.session import Session
from tests.test_coach_fairness import CASES

# Common bokmål words that do not occur in English prose (a line with two of them is a bokmål sentence).
BOKMAL = re.compile(
    r"\b(?:jeg|og|ikke|det|er|på|til|med|som|deg|du|vi|må|hvis|hvordan|kan|skal|blir|for å|"
    r"når|også|eller|bare|nå|slik|hva|hvem|dette|da|men|her)\b",
    re.IGNORECASE,
)


def _bokmal_sentences(text: str, situation: Situation | None = None, proposal: Proposal | None = None) -> list[str]:
    """Sentences of `text` that read as bokmål, once what the user typed (kept as typed) is taken out."""
    if situation is not None and proposal is not None:
        typed = [
            situation.role,
            *(t.name for t in situation.tasks),
            *(k.name for k in proposal.kpis),
            *proposal.follow_up,
            *proposal.minimum,
            proposal.response_time,
        ]
        for t in sorted((x.strip().rstrip(".") for x in typed if x.strip()), key=len, reverse=True):
            text = re.sub(re.escape(t), "…", text, flags=re.IGNORECASE)
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(set(BOKMAL.findall(s.lower()))) >= 2]


@pytest.mark.parametrize("name, situation, proposal", CASES, ids=[c[0] for c in CASES])
def test_every_english_model_answer_scores_at_least_8_of_10(name, situation, proposal) -> None:
    coach = RubricCoach("en")
    low, norwegian = [], []
    for o in catalogue():
        ex = example_for(o, situation, proposal, "en")
        norwegian += [f"{o.id}: {s}" for s in _bokmal_sentences(ex.text, situation, proposal)]
        fb = coach.assess(ex.text, o, situation, proposal)
        if 10 * fb.total < 8 * fb.max_total:
            low.append(
                f"{o.id}: {fb.total}/{fb.max_total} "
                f"{[(s.key, s.score) for s in fb.scores if s.max and s.score < s.max]}"
            )
    assert low == [], low
    assert norwegian == [], norwegian


def test_english_coach_shows_the_english_model_answer() -> None:
    _name, situation, proposal = CASES[[c[0] for c in CASES].index("kundeservice")]
    o = next(o for o in catalogue() if o.id == "tilstedevaerelse")
    fb = RubricCoach("en").assess("Hmm.", o, situation, proposal)
    example = next(s for s in fb.cited.sections if s.key == "example")
    assert "I am always present when customers and users need me" in example.lines[0]


def test_an_english_reply_scores_as_the_same_bokmal_reply() -> None:
    situation = Situation(role="Adviser", tasks=[Task(name="reports", deep_focus=True)])
    proposal = Proposal(model="hybrid", home_days=["onsdag"], office_days=["mandag", "tirsdag"])
    o = next(o for o in catalogue() if o.id == "tilgjengelighet")
    nb = RubricCoach("nb").assess(
        "Jeg er tilgjengelig på Teams kl. 09–15 hver dag og svarer innen en time. "
        "Vi kan prøve det i tre måneder og evaluere svartiden.",
        o,
        situation,
        proposal,
    )
    en = RubricCoach("en").assess(
        "I am available on Teams 09–15 every day and answer within one hour. "
        "We can try it for three months and evaluate the response time.",
        o,
        situation,
        proposal,
    )
    assert [(s.key, s.score, s.max) for s in en.scores] == [(s.key, s.score, s.max) for s in nb.scores]
    assert en.good


@pytest.mark.parametrize("name, situation, proposal", CASES, ids=[c[0] for c in CASES])
def test_an_english_session_has_no_bokmal_manager_line(name, situation, proposal) -> None:
    replies = [
        "Hmm.",
        "I don't know.",
        "Well.",  # vague: follow-up, escalate, close
        "I have a legal right to home office.",
        "I am available on Teams 09-15 every day and we can try it for three months and evaluate it.",
    ]
    for seed in range(3):
        session = Session(situation, proposal, seed=seed, manager=DeterministicManager("en"), coach=RubricCoach("en"))
        lines = [session.opening().text]
        for i in range(12):
            if session.done:
                break
            lines.append(session.reply(replies[(i + seed) % len(replies)]).manager.text)
        assert session.done
        bad = [s for line in lines for s in _bokmal_sentences(line, situation, proposal)]
        assert bad == [], bad


def test_an_english_claim_of_a_right_to_home_office_is_corrected_in_english() -> None:
    _name, situation, proposal = CASES[0]
    o = next(o for o in catalogue() if o.id == "samarbeid")
    fb = RubricCoach("en").assess(
        "I have a legal right to home office under section 10-2, so I will be at home on Wednesdays.",
        o,
        situation,
        proposal,
    )
    assert fb.home_office_right_claimed and not fb.good
    correction = next(s for s in fb.cited.sections if s.key == "correction")
    assert "there is no statutory right to home office" in correction.lines[0]
    for fine in (
        "You are right that there is no right to home office, so this is a proposal we must agree on.",
        "I know I am not entitled to work from home; it is something we negotiate.",
    ):
        assert not RubricCoach("en").assess(fine, o, situation, proposal).home_office_right_claimed, fine
