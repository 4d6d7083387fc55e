"""The embedded default: compose an answer from the retrieved passages, without a language model.

It picks the sentences that best match the question, groups them by source in rank order, and
cites each one. Every sentence it writes is a verbatim sentence of a retrieved passage.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from advisor.answering.asks import asker, written_for_hr
from advisor.core.i18n import t
from advisor.core.models import Claim, Hit, Passage, Support
from advisor.core.text import sentences, tokens


@dataclass(frozen=True)
class Relevance:
    """Thresholds for deciding that the corpus has nothing on the question (measured on the eval set)."""

    min_dense: float = 0.80  # below this, the best vector match is unrelated text
    sure_dense: float = 0.85  # below this, the question must also use a word of working life (domain_terms.json)
    min_dense_no_terms: float = 0.86  # with no shared content word, demand a closer vector match
    keep_margin: float = 0.035  # passages this close to the best one are kept
    max_passages: int = 4
    max_claims: int = 6
    advice_pool: int = 5  # an advice question leads with the closest guide passage among this many hits
    # ... closest in meaning, with the question's own words (BM25) as a small tie-break: two guide sections
    # a few thousandths apart in similarity are a tie the embedding cannot settle, and the section that
    # shares the question's words is the one it asks about (a section with no shared word keeps its lead
    # when it is clearly closer)
    lead_lexical: float = 0.002


def relevant_hits(hits: list[Hit], question: str, rel: Relevance = Relevance()) -> list[Hit]:
    """The hits worth quoting; [] means the corpus does not cover the question."""
    if not hits:
        return []
    best_dense = max((h.dense for h in hits if h.dense is not None), default=0.0)
    has_terms = any(h.lexical for h in hits)
    if best_dense < rel.min_dense or (not has_terms and best_dense < rel.min_dense_no_terms):
        return []
    if best_dense < rel.sure_dense and not _DOMAIN().search(question.lower()):
        return []  # «related» text for a question about something else entirely
    keep = [
        h
        for h in hits
        if (h.dense is not None and h.dense >= best_dense - rel.keep_margin) or (h.lexical and h.rank <= 2)
    ]
    return keep[: rel.max_passages]


@cache
def _DOMAIN() -> re.Pattern[str]:  # noqa: N802
    text = resources.files("advisor.data").joinpath("domain_terms.json").read_text(encoding="utf-8")
    return re.compile(json.loads(text)["pattern"])


def idf_of(question_tokens: list[str], hits: list[Hit]) -> dict[str, float]:
    """How rare each of the question's words is among the passages found (the quoting sentences' weights)."""
    docs = [set(tokens(h.passage.text)) for h in hits]
    n = len(docs) or 1
    return {t: math.log(1 + n / (1 + sum(t in d for d in docs))) for t in set(question_tokens)}


# A sentence that gives advice: it opens with an imperative ("Avtal ...", "Be om ...", "La resultater ...")
# or says what one should do ("bør", "lurt"). Asked for advice, the guide's advice leads, not the sentence
# that repeats the question's situation in its words.
_IMPERATIVE = re.compile(
    r"^(?:avtal|avklar|be|bruk|del|dokumenter|finn|forbered|foreslå|forklar|få|gi|godta|gå|hold|husk|kartlegg|la|"
    r"lag|legg|les|noter|prøv|samle|se|send|sett|sjekk|skill|skriv|snakk|spør|start|still|ta|tenk|tilby|unngå|"
    r"velg|vent|vis)\b",
    re.IGNORECASE,
)
_SHOULD = re.compile(r"\b(?:bør|burde|lurt|lurest|anbefal\w*|should|best\s+to)\b", re.IGNORECASE)


def gives_advice(sentence: str) -> int:
    """How plainly a sentence tells what to do: 2 an imperative ("Avtal ...", "La ..."), 1 "bør"/"should", else 0."""
    if _IMPERATIVE.match(sentence.lstrip('«"- ')):
        return 2
    return 1 if _SHOULD.search(sentence) else 0


def pick_sentences(question: str, hit: Hit, idf: dict[str, float], limit: int = 2, advice: bool = False) -> list[str]:
    """The sentences of a passage that answer the question best, in passage order; with `advice`, the best
    sentence that gives advice comes first (the first line of an answer to an advice question)."""
    q = set(idf)
    candidates = [
        s
        for s in sentences(hit.passage.text)
        # not a question, and not a line that only introduces a list ("Del heller ønskene dine i to:")
        if len(s) >= 25 and not s.startswith("Kilde:") and not s.rstrip().endswith(("?", ":"))
    ]
    if not candidates:
        return []
    scored = []
    for i, s in enumerate(candidates):
        overlap = sum(idf[t] for t in set(tokens(s)) & q)
        scored.append((overlap + (0.3 if i == 0 else 0.0), i, s))
    best = max(scored)[0]
    chosen = sorted((x for x in scored if x[0] >= 0.6 * best and x[0] > 0.3), key=lambda x: -x[0])[:limit]
    if not chosen:
        chosen = [scored[0]]
    ordered = [s for _, _, s in sorted(chosen, key=lambda x: x[1])]
    advising = [x for x in scored if gives_advice(x[2])]
    if advice and advising:
        lead = max(advising, key=lambda x: (gives_advice(x[2]), x[0], -x[1]))[2]
        return [lead, *[s for s in ordered if s != lead]][:limit]
    return ordered


def _label(p: Passage, lang: str) -> str:
    """What a quoted sentence is introduced with: the law's reference, or the guide's section.

    A user's own document is named as theirs, so that what it says (it may say anything) is
    never read as the law's or the guides' word.
    """
    if p.kind == "document":
        return t("ask.user_document", lang, ref=p.ref)
    if p.kind in PRIMARY:
        return p.ref
    # Our guides carry advice, not statements of law: their sentences are introduced as advice (in English
    # with the section's English name beside its own, so the reader knows what the bokmål quote is about).
    section = p.section or p.title
    name = english_sections().get(section) if lang == "en" else None
    if name:
        return t("answers.advice_label_named", lang, section=section, name=name)
    return t("answers.advice_label", lang, section=section)


@cache
def english_sections() -> dict[str, str]:
    """The guide sections' English names, by their bokmål heading (advisor/data/guide_sections_en.json)."""
    text = resources.files("advisor.data").joinpath("guide_sections_en.json").read_text(encoding="utf-8")
    return dict(json.loads(text)["sections"])


PRIMARY = ("law", "regulation", "decision")


def compose(
    question: str,
    hits: list[Hit],
    rel: Relevance = Relevance(),
    lang: str = "nb",
    lead: str | None = None,
    advice_first: bool = True,
) -> list[Claim]:
    """Claims for the answer, grouped by source in rank order (guides introduced as advice, the user's
    documents as theirs); [] when nothing relevant was found. `lead`: "advice" (a question asking for
    advice) puts a guide passage first, "law" (a question asking what the law is) a passage of law or
    a decision, even a little below the others in similarity. `advice_first`: a guide that leads opens with
    its advice (not for a question that asks what something is or how two things differ)."""
    keep = relevant_hits(hits, question, rel)
    if not keep:
        return []
    if lead:  # among the passages of that kind retrieval ranks high, the one closest in meaning leads
        kinds = {"advice": ("guide",), "law": PRIMARY}[lead]
        pool = [h for h in hits[: rel.advice_pool] if h.passage.kind in kinds]
        if asker(question) == "employee":  # an employee's question is not led by a guide written for HR
            pool = [h for h in pool if not written_for_hr(h.passage.title)] or pool
        words = rel.lead_lexical if lead == "advice" else 0.0  # (a law's official English text shares any English word)
        first = max(pool, key=lambda h: (h.dense or 0.0) + words * (h.lexical or 0.0), default=None)
        if first is not None and (first.dense or 0.0) >= rel.min_dense:
            keep = [first, *[h for h in keep if h is not first][: rel.max_passages - 1]]

    idf = idf_of(tokens(question), keep)
    groups: dict[str, list[Claim]] = {}
    total = 0
    for i, hit in enumerate(keep):
        p = hit.passage
        label = _label(p, lang)
        advice = advice_first and i == 0 and p.kind == "guide"  # a guide that leads, leads with its advice
        for s in pick_sentences(question, hit, idf, advice=advice):
            if total >= rel.max_claims:
                break
            groups.setdefault(p.source_id, []).append(
                Claim(text=f"{label}: {s}", support=[Support(passage_id=p.id, quote=s)])
            )
            total += 1
    return [claim for group in groups.values() for claim in group]


def document_claims(question: str, hits: list[Hit], lang: str = "nb", limit: int = 2) -> list[Claim]:
    """Quotes from the user's own documents among the relevant hits, named as theirs (after a rule's answer)."""
    keep = [h for h in relevant_hits(hits, question) if h.passage.kind == "document"]
    if not keep:
        return []
    idf = idf_of(tokens(question), keep)
    out = []
    for hit in keep[:limit]:
        p = hit.passage
        for s in pick_sentences(question, hit, idf, limit=1):
            out.append(Claim(text=f"{_label(p, lang)}: {s}", support=[Support(passage_id=p.id, quote=s)]))
    return out
