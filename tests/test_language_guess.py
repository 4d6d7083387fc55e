"""The one guess of a text's language (advisor.core.language.guess_language), scored on the labelled set
tests/data/language_guess.jsonl for what each of its callers needs.

Each row: `text`, `lang` (nb, nn, en, or null for no language), `kind`, `split` (every third row of a
kind is held out) and `expect`: what each caller must do with the text (null: either is fine) —
`rules_bokmaal` (answering.rules: a Norwegian question needs retrieval's confirmation),
`refusal_english` (refusal.tokens: read number words as English), `quote_norwegian` (refusal.rules: mark
a quote «(in Norwegian)» on an English page), `roleplay_nb` / `roleplay_en` (rehearse.llm: keep a
model's line on a bokmål / English page)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.core.language import guess_language, language_evidence

ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "language_guess.jsonl").read_text("utf-8").splitlines()
]

# What each caller asks of the guess
USES = {
    "rules_bokmaal": lambda t: guess_language(t) == "nb",
    "refusal_english": lambda t: guess_language(t, default="nb") == "en",
    "quote_norwegian": lambda t: guess_language(t) == "nb",
    "roleplay_nb": lambda t: guess_language(t, sure=True) == "nb",
    "roleplay_en": lambda t: guess_language(t, sure=True) == "en",
}
# (right, of) on the whole set when the one guess replaced the four old ones; the old ones scored
# 155/170, 164/170, 157/170, 138/143 and 138/160
FLOORS = {
    "rules_bokmaal": (163, 170),
    "refusal_english": (164, 170),
    "quote_norwegian": (163, 170),
    "roleplay_nb": (140, 143),
    "roleplay_en": (155, 160),
}


def test_the_set_is_labelled_for_every_caller() -> None:
    assert len(ROWS) >= 150
    assert {r["lang"] for r in ROWS} == {"nb", "nn", "en", None}
    for r in ROWS:
        assert set(r["expect"]) == set(USES), r


@pytest.mark.parametrize("use", USES)
def test_each_caller_gets_at_least_the_measured_accuracy(use: str) -> None:
    rows = [r for r in ROWS if r["expect"][use] is not None]
    right = sum(bool(USES[use](r["text"])) == r["expect"][use] for r in rows)
    floor, total = FLOORS[use]
    assert len(rows) == total
    assert right >= floor, f"{use}: {right}/{total}, was {floor}/{total}"


@pytest.mark.parametrize("text", ["", "   \n", "§ 10-2 (4)", "123", "OK", "Kari Nordmann"])
def test_a_text_without_words_of_either_language_is_the_default(text: str) -> None:
    assert guess_language(text) is None
    assert guess_language(text, default="nb") == "nb"
    assert guess_language(text, default="en", sure=True) == "en"


def test_norwegian_legal_terms_in_an_english_question_leave_it_english() -> None:
    question = "Can I take my case to Tvisteløsningsnemnda under arbeidsmiljøloven § 10-2?"
    assert language_evidence(question) == (1.0, 2.0)  # two words with ø count half each
    assert guess_language(question) == "en"
    assert guess_language("Har jeg rett til home office hvis jeg har en deadline?") == "nb"


def test_sure_asks_for_two_words_and_twice_the_other_language() -> None:
    assert guess_language("Nei, det går ikke.", sure=True) == "nb"
    assert guess_language("Nei.", sure=True) is None  # one word: not plain enough for a line of speech
    assert guess_language("Nei.") == "nb"
    mixed = "Look, the hjemmekontor policy is set by HR, not by me."
    assert guess_language(mixed, sure=True) == "en"
    assert guess_language("we can og vi kan", sure=True) is None  # as much of each
