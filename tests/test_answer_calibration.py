"""Calibration of answer first: a rule is stated first as the answer only when the match is good enough.

A weak match, or a near tie with the runner-up, that retrieval's first passages do not bear out gives
no rule (the answer then quotes the sources); cue words in the question confirm a rule as before."""

from __future__ import annotations

import numpy as np
import pytest

from advisor.answering.rules import RuleIndex

RULES = tuple(
    {
        "id": f"r{i}",
        "phrasings": ["x"],
        "answer": {"nb": "a", "en": "a"},
        "conditions": [],
        "todo": [],
        "cite": [[f"p{i}", "a"]],
    }
    for i in range(2)
)


class Fixed(RuleIndex):
    """A rule index whose ranking is given: (combined score, rule, best phrasing similarity, rank of its passage)."""

    def __init__(self, ranked):
        super().__init__(np.eye(4, dtype=np.float32), [0, 1], RULES)
        self._ranked = ranked

    def ranked(self, qvec, question, retrieved, th=None):
        return self._ranked


def match(top, runner=0.90):
    score, sim, rank = top
    return Fixed([(score, 0, sim, rank), (runner, 1, 0.88, 0)]).match(np.zeros(4), "q", [])


@pytest.mark.parametrize(
    ("top", "runner", "leads"),
    [
        ((1.00, 0.93, 1), 0.90, True),  # a good match, confirmed: the rule leads
        ((1.00, 0.88, 1), 0.90, False),  # weak (no phrasing within 0.885), retrieval's first passage is not the rule's
        ((1.00, 0.88, 0), 0.90, True),  # weak, but retrieval's first passage is the rule's own
        ((1.00, 0.88, -1), 0.90, True),  # weak, but the question holds the rule's cue words
        ((1.00, 0.93, 3), 0.995, False),  # a near tie (lead 0.005) that retrieval's first three passages do not settle
        ((1.00, 0.93, 2), 0.995, True),  # a near tie with the rule's passage among the first three
        ((1.00, 0.93, 3), 0.98, True),  # lead 0.02: not a tie
        ((1.00, 0.905, 20), 0.97, False),  # not confirmed by retrieval and not close enough (0.91) to lead on its own
    ],
)
def test_weak_or_tied_matches_give_way_to_quoting(top, runner, leads):
    m = match(top, runner)
    assert (m is not None and m.id == "r0") is leads


@pytest.mark.parametrize(
    ("runner", "winner"),
    [
        ((0.995, 0.90, -1), "r1"),  # a near tie, the runner-up's cue words are in the question: it answers
        ((0.98, 0.90, -1), "r0"),  # lead 0.02 is no tie: the leader answers
        ((0.995, 0.90, 0), None),  # a near tie that no cue settles (and retrieval does not): quote
    ],
)
def test_cue_words_settle_a_near_tie(runner, winner):
    r_score, r_sim, r_rank = runner
    m = Fixed([(1.00, 0, 0.93, 3), (r_score, 1, r_sim, r_rank)]).match(np.zeros(4), "q", [])
    assert (m.id if m is not None else None) == winner


def test_a_leader_whose_cue_words_the_question_holds_wins_a_tie_below_the_margin():
    m = Fixed([(1.000, 0, 0.90, -1), (0.999, 1, 0.95, 2)]).match(np.zeros(4), "q", [])
    assert m is not None and m.id == "r0"


LATE_THEN_EARLY = [  # written for this test (not in the probe or the eval): late yesterday, early today is the rest rule
    ("arbeidet til kl 23 i går kveld og har morgenmøte kl 8 i dag, er det innenfor loven?", "hvile"),  # was kveld_21_23
    ("sluttet 22.30 i går, kan sjefen kalle meg inn kl 06 i dag?", "hvile"),  # was kveld_21_23
    ("I worked until midnight yesterday, can my boss make me start at 7 today?", "hvile"),
    (
        "Søknaden om nattfritak ble avslått i går, kan jeg klage i dag?",
        "etter_avslag",
    ),  # «i går» alone is no cue for rest
]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "rule"), LATE_THEN_EARLY)
def test_late_yesterday_early_today_is_the_rest_rule(real_settings, question, rule):
    from advisor.answering.ask import ask
    from advisor.answering.cite import verify_answer
    from advisor.answering.grounding import corpus_passages

    answer = ask(question, real_settings)
    assert answer.rule == rule
    assert verify_answer(answer, corpus_passages()) == []


# Written for this test (not in the eval, the probes or the phrasings): a refusal said to be because of a
# protected ground goes to the discrimination route; "everyone will want it" to significant inconvenience
# (not for home office, to which there is no right); money no rule speaks of gives no rule.
SPECIFIC_CUES = [
    ("Fikk avslag på fleksitid, og jeg tror det skyldes alderen min. Hvor kan jeg ta det opp?", "diskriminering"),
    (
        "My request for a four-day week was rejected because of my disability, I think. Where do I complain?",
        "diskriminering",
    ),
    (
        "Lederen avslo fleksitiden min med at «så vil resten av avdelingen ha det samme». Er det lov?",
        "vesentlig_ulempe",
    ),
    ("Får jeg overtidsbetalingen med når feriepengene regnes ut?", None),
    ("Kan jeg kreve kilometergodtgjørelse for kjøringen mellom hjemmekontoret og kontoret?", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "rule"), SPECIFIC_CUES)
def test_specific_cues_and_money_no_rule_speaks_of(real_settings, question, rule):
    from advisor.answering.ask import ask
    from advisor.answering.cite import verify_answer
    from advisor.answering.grounding import corpus_passages

    answer = ask(question, real_settings)
    assert answer.rule == rule
    assert verify_answer(answer, corpus_passages()) == []


def test_money_a_rule_does_not_mention_blocks_it():
    from advisor.answering.rules import uncovered_money

    rule = {"phrasings": ["hvem betaler for utstyret"], "answer": {"nb": "a", "en": "b"}, "conditions": []}
    assert uncovered_money("Hvem betaler for skjermen?", rule) is False  # the rule speaks of paying
    assert uncovered_money("Får jeg feriepenger av overtid?", rule) is True
    assert uncovered_money("Kan jeg nekte overtid?", rule) is False  # no money asked about
    other = {"phrasings": ["kan jeg logge av om kvelden"], "answer": {"nb": "a", "en": "b"}, "conditions": []}
    assert uncovered_money("Do I get paid overtime if I answer emails at night?", other) is True


@pytest.mark.parametrize(
    ("top", "runner", "on_topic"),
    [
        ((1.00, 0.93, 20), 0.94, True),  # close and far ahead of every other rule: on topic whatever retrieval found
        (
            (1.00, 0.93, 20),
            0.97,
            False,
        ),  # close, a little ahead, its passage far down: not enough to answer off the corpus
        ((1.00, 0.93, 2), 0.97, True),  # close, a little ahead, its passage among the first few
        ((1.00, 0.90, 1), 0.90, False),  # not close enough
        ((1.00, 0.88, -1), 0.90, True),  # the question holds the rule's cue words
    ],
)
def test_a_clear_rule_match_keeps_a_question_far_from_the_passages_on_topic(top, runner, on_topic):
    m = match(top, runner)
    assert m is not None and m.on_topic is on_topic


def test_a_bokmal_question_whose_retrieval_never_finds_the_rule_is_not_answered_by_meaning_alone():
    """Clearly ahead (0.95, lead 0.05) but none of the rule's passages among retrieval's candidates: a bokmål
    question quotes (retrieval over bokmål passages would have found them); an English one, far from the
    bokmål passages, is answered; a phrasing very close (0.97) answers either."""
    unfound = [(1.00, 0, 0.95, 999), (0.95, 1, 0.88, 0)]
    assert Fixed(unfound).match(np.zeros(4), "kan jeg be om fleksitid allerede nå?", []) is None
    m = Fixed(unfound).match(np.zeros(4), "Can I ask for flexitime already?", [])
    assert m is not None and m.id == "r0"
    m = Fixed([(1.00, 0, 0.97, 999), (0.95, 1, 0.88, 0)]).match(np.zeros(4), "kan jeg be om fleksitid allerede nå?", [])
    assert m is not None and m.id == "r0"
    m = Fixed([(1.00, 0, 0.95, 12), (0.95, 1, 0.88, 0)]).match(np.zeros(4), "kan jeg be om fleksitid allerede nå?", [])
    assert m is not None and m.id == "r0"  # its passage among the candidates: confirmed as before


# Written for this test (not in the eval, the probes, the fresh sets or the phrasings), after answers8's fixes:
# each names its rule's question in a few words a long question drowns, and once answered another rule.
NAMED_IN_FEW_WORDS = [
    ("Jeg var sykmeldt i vinter og skal nå tilbake i 60 prosent. Kan jeg kreve at arbeidsgiver tilpasser arbeidstiden?", "sykmelding_4_6"),
    ("Jeg har jobbet 60 prosent i to år mens barna var små. Kan jeg nå kreve å gå tilbake til full stilling?", "redusert_tilbake"),
    ("Vil starte halv sju og gå kl 14.30 i stedet for 8-16. Har jeg rett til det?", "fleks_rett"),  # not the night rule
    ("Nemnda ga meg medhold, men arbeidsgiver har ikke saksøkt. Hva gjelder nå?", "rettskraft"),
    ("Hvordan legger jeg best fram ønsket om hjemmekontor for lederen?", None),  # advice, not the law
    ("Hvem bestemmer hvor jeg skal jobbe, jeg eller arbeidsgiveren?", "ho_ingen_rett"),
    ("Må vi ha skriftlig avtale når en ansatt jobber hjemme en gang i måneden ved behov?", "ho_forskrift_virkeomraade"),
    # and the same words where the rule does not answer: too few people, but overtime imposed
    ("Vi har for få folk på kveldsvakt. Kan arbeidsgiver pålegge meg overtid?", "overtid_vilkaar"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("question", "rule"), NAMED_IN_FEW_WORDS)
def test_a_rules_own_question_in_few_words(real_settings, question, rule):
    from advisor.answering.ask import ask
    from advisor.answering.cite import verify_answer
    from advisor.answering.grounding import corpus_passages

    answer = ask(question, real_settings)
    assert answer.rule == rule
    assert verify_answer(answer, corpus_passages()) == []
