"""phrasings_in: the one reading of a rule's `en_from`, used by the rule matcher and the ask page."""

from __future__ import annotations

import pytest

from advisor.answering.advice import load_cards
from advisor.answering.phrasings import phrasings_in
from advisor.answering.rules import english_words, load_rules
from advisor.app.steps.ask import rule_question
from advisor.core.text import query_tokens

RULE = {
    "id": "test_hjemmekontor",
    "phrasings": ["Kan jeg kreve hjemmekontor?", "Har jeg rett til hjemmekontor?", "Can I demand remote work?"],
    "en_from": 2,
    "answer": {"nb": "Nei.", "en": "No."},
    "conditions": [],
}


def test_bokmal_before_en_from_and_english_from_it_on() -> None:
    assert phrasings_in(RULE, "nb") == RULE["phrasings"][:2]
    assert phrasings_in(RULE, "en") == ["Can I demand remote work?"]


def test_without_en_from_every_phrasing_is_bokmal() -> None:
    rule = {k: v for k, v in RULE.items() if k != "en_from"}
    assert phrasings_in(rule, "nb") == RULE["phrasings"]
    assert phrasings_in(rule, "en") == []


def test_items_kept_one_per_phrasing_are_split_the_same_way() -> None:
    tokens = [query_tokens(p, english=False) for p in RULE["phrasings"]]
    assert phrasings_in(RULE, "en", tokens) == tokens[2:]
    assert phrasings_in(RULE, "nb", tokens) == tokens[:2]
    # the result is a new list: the caller's list is never handed back to be changed
    assert phrasings_in(RULE, "nb", tokens) is not tokens


def test_the_english_bm25_words_come_only_from_the_english_phrasings() -> None:
    words = english_words(RULE)
    assert set(query_tokens("remote work", english=False)) <= set(words)
    assert not set(query_tokens("hjemmekontor rett", english=False)) & set(words)
    tokens = [query_tokens(p, english=False) for p in RULE["phrasings"]]
    assert english_words(RULE, tokens) == words


@pytest.mark.parametrize("items", [load_rules(), load_cards()], ids=["legal rules", "advice cards"])
def test_every_shipped_rule_has_phrasings_in_both_languages(items) -> None:  # noqa: ANN001
    for item in items:
        nb, en = phrasings_in(item, "nb"), phrasings_in(item, "en")
        assert nb and en, item["id"]
        assert nb + en == list(item["phrasings"]), item["id"]


def test_the_ask_page_names_the_rules_first_phrasing_in_the_page_language() -> None:
    for rule in load_rules():
        for lang in ("nb", "en"):
            first = phrasings_in(rule, lang)[0].strip()
            line = rule_question(rule["id"], lang)
            assert line.rstrip("?") == (first[0].upper() + first[1:]).rstrip("?"), (rule["id"], lang)
            assert line.endswith("?")
