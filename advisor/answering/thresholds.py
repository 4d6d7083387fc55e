"""How a question is matched to a legal rule: the thresholds of answer first (advisor.answering.rules)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    """How a question is matched to a rule (set on the eval set, never on the held-out set).

    A rule's score is the cosine similarity of the question to its nearest phrasing (e5 query
    vectors), plus a little for shared content words, plus a bonus by how high retrieval ranks the
    rule's own passages (the confirmation by retrieval) or a penalty when it does not find them.
    """

    accept: float = 0.95  # combined score the best rule must reach
    cued_accept: float = (
        0.01  # less for a rule whose cue words the question holds (an English question is far from every phrasing)
    )
    margin: float = 0.002  # and its lead over the runner-up
    lexical_weight: float = 0.08
    confirm_rank: int = 10  # the rule's passages must be among this many retrieved ...
    sure: float = 0.96  # ... unless the question is this close to one of the rule's phrasings
    clear: float = 0.91  # ... or this close while clearly ahead of every other rule:
    clear_lead: float = 0.025  # (then retrieval missing its passages is retrieval's miss, not a doubt)
    unfound_rank: int = 30  # ... but not for a bokmål question whose candidates hold none of the rule's passages
    rank_bonus: tuple[tuple[int, float], ...] = ((0, 0.03), (2, 0.02), (5, 0.01), (10, 0.0), (30, -0.015))
    not_found: float = -0.03
    answer_weight: float = 0.3  # how much the question's similarity to the rule's own answer counts
    strict_rank: int = 2  # a question not asking for the law: the rule's passage this high, and clearly ahead
    answer_center: float = 0.85  # (a typical similarity of a question to an answer about its topic)
    cue_bonus: float = (
        0.1  # a rule whose cue words are all in the question (see `cues`; a rule may set its own `cue_bonus`)
    )
    bm25_weight: float = 0.08  # and BM25 over the rule's words (phrasings, answer, conditions), best rule = 1
    # Calibration: a rule stated first as "the answer" must be more than the least bad of the rules.
    # A weak match (no phrasing within 0.885) needs retrieval's very first passage to be the rule's own;
    # a near tie with the runner-up needs the rule's passage among the first few. Otherwise the answer
    # quotes the sources (a quote is honest where a wrong rule stated first is not). Cue words exempt.
    weak: float = 0.885
    close_lead: float = 0.01
    close_rank: int = 2
    # What the question asks, read from its words (advisor.answering.asks), against what the rule answers:
    # a rule about a request the employer may refuse does not answer whether it may be imposed (and the
    # reverse); a rule about home office does not answer a question only about working time (and the
    # reverse); "Ja."/"Nei." does not answer "hva er forskjellen på ...".
    stance_penalty: float = 0.2
    topic_penalty: float = 0.1
    kind_penalty: float = 0.05  # another right of working time than the one the question names
    # A question whose words say both who wants what and its subject, as one rule's tags alone do ("can
    # they make me work from home": the employer imposes, home office), confirms that rule as retrieval
    # ranking one of its passages this high would (tags shared by several rules single out none).
    agree_rank: int = 2
    yes_no_penalty: float = 0.03
    requires_penalty: float = 0.2  # a rule's `requires` words (e.g. a court) missing from the question
    # A question far from every passage (English against bokmål) is on topic when a rule is this close, ahead and its
    # passage this high in retrieval (sim, lead, rank), or as close and this far ahead (the last): no abstaining
    on_topic: tuple[float, float, int, float] = (0.92, 0.02, 3, 0.05)
