"""Answer a question with citations: retrieve, then answer first from a legal rule (or quote), check, render.

The order of an answer: the first line answers the question asked, cited to the law or a decision;
then conditions and exceptions; then what to do; the sources follow as citations. The answer comes
from the legal rule the question matches by meaning (advisor.answering.rules), confirmed by retrieval;
where no rule matches, the composer quotes the most relevant passages and says that it is quoting.
A rule leads only when the question asks what the law is; a question that asks for advice (how to
argue, what to propose) is answered from the guides first, introduced as advice.
Off-topic questions abstain. A configured language model may phrase the answer instead; when its
draft fails the citation check, the grounded answer is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from advisor.answering.advice import card_claims, card_index, further_quotes, match_card
from advisor.answering.asks import (
    asks_explanation,
    asks_if_reason_alone,
    asks_if_reason_needed,
    asks_if_true,
    asks_no_yes_no,
    asks_route,
    foreign_law,
    uncovered_subject,
)
from advisor.answering.cite import render_answer
from advisor.answering.compose import compose, document_claims, relevant_hits
from advisor.answering.deadline_asked import asks_the_day, deadline_claim
from advisor.answering.form import Form, question_form
from advisor.answering.model import answer_with_model
from advisor.answering.polarity import (
    conditional,
    oriented,
    turned,
    without_affirmation,
    without_yes_no,
    yes_to_a_closed_route,
)
from advisor.answering.rules import RuleMatch, all_passage_ids, rule_claims, rule_index
from advisor.answering.scope import Topic, scope_index
from advisor.answering.two_asks import second_rule
from advisor.core.i18n import t
from advisor.core.models import Answer, Claim, Hit
from advisor.core.settings import Settings
from advisor.retrieval.retrieve import Retriever, get_retriever

MAX_QUESTION = 2000
# What a quoting answer (no rule matched) leads with, by the question's form: a question about the law
# with a passage of law or a decision, anything else with the guides' advice (a statement with no
# word of the law is a situation to advise on: "sjefen er redd teamet faller fra hverandre").
LEAD = {"law": "law", "advice": "advice", "open": "advice"}


class BadQuestion(ValueError):
    """A question we cannot take, with a message for the user."""


def match_rule(
    question: str, retriever: Retriever, hits: list[Hit], settings: Settings, form: Form = "law"
) -> RuleMatch | None:
    """The legal rule the question asks about, confirmed by the passages retrieved for it; None if none
    fits, or if the question asks for advice rather than what the law is (advisor.answering.form)."""
    if form == "advice":
        return None
    index = rule_index(retriever.embedder, settings.data_dir / "index")
    return index.match(retriever.query_vector(question), question, [h.passage.id for h in hits], strict=form == "open")


def foreign_topic() -> Topic:
    """Another country's law as a topic the sources do not cover (advisor.answering.asks.foreign_law): the
    sources are Norwegian law and the Norwegian nemnd's practice."""
    langs = ("nb", "en")
    return Topic(
        id=FOREIGN,
        name={lang: t("foreign.name", lang) for lang in langs},
        where={lang: t("foreign.where", lang) for lang in langs},
        probability=1.0,
    )


FOREIGN = "utenlandsk_rett"


def outside_topic(question: str, retriever: Retriever, settings: Settings, hits: Sequence[Hit] = ()) -> Topic | None:
    """The topic next to ours that the question is about, if the sources found for it do not cover it
    (advisor.answering.scope). Another country's law is outside the sources whatever it resembles."""
    if foreign_law(question) is not None:
        return foreign_topic()
    index = rule_index(retriever.embedder, settings.data_dir / "index")
    scope = scope_index(retriever.embedder, index, settings.data_dir / "index")
    return scope.outside_topic(retriever.query_vector(question), question, [h.passage.text for h in hits])


def outside_text(topic: Topic, lang: str) -> str:
    """What the answer says about a question on a topic the sources do not cover, and where to ask instead."""
    name = topic.name.get(lang) or topic.name["nb"]
    where = topic.where.get(lang) or topic.where["nb"]
    text = t("answers.outside", lang, topic=name)
    return f"{text} {t('answers.outside_where', lang, where=where)}" if where else f"{text} {t('ask.abstain', lang)}"


def grounded_answer(
    question: str, retriever: Retriever, hits: list[Hit], settings: Settings, k: int, notice: str | None = None
) -> Answer:
    """The answer without a language model: the matching rule's answer, else quoted passages."""
    lang = settings.language
    top = hits[:k]
    abstain = t("ask.abstain", lang)
    retrieved = {h.passage.id: h.passage for h in top}
    form = question_form(question)
    relevant = relevant_hits(top, question)
    match = match_rule(question, retriever, hits, settings, form)
    card = None  # no legal rule: the advice card the question asks for, if any (advisor.answering.advice)
    if match is None:
        cards = card_index(retriever.embedder, settings.data_dir / "index")
        card = match_card(cards, retriever.query_vector(question), question, [h.passage.id for h in hits], form)
    topic = outside_topic(question, retriever, settings, top)
    if topic is not None and (topic.id == FOREIGN or not (match is not None and match.sure)):
        # about tax, holidays, pay …: passages that share its words would answer a question nobody asked
        return render_answer(
            question, [], retrieved, backend="none", abstain_text=outside_text(topic, lang), notice=notice
        )
    if not relevant and not (match is not None and match.on_topic) and not (card is not None and card.sure):
        # the corpus does not cover the question (a rule that the question is very close to, whose cue words it
        # holds, or that retrieval confirms, or a card it is very close to, says otherwise: an English question
        # is further from bokmål passages)
        return render_answer(question, [], retrieved, backend="none", abstain_text=abstain, notice=notice)
    if match is not None:
        rule_passages = {pid: retriever.by_id[pid] for pid in all_passage_ids(match.rule) if pid in retriever.by_id}
        cited = retrieved | rule_passages
        claims = rule_claims(match.rule, cited, lang)
        if claims:  # "kan sjefen nekte meg …?" gets the rule's yes/no turned to answer it as asked
            claims[0].text = oriented(claims[0].text, question, match.rule.get("way"))
            if match.rule.get("without_reason") and asks_if_reason_needed(question):
                claims[0].text = turned(claims[0].text)  # "må jeg oppgi hvorfor?" of a right that needs no reason: no
            if asks_route(question) is not None and yes_to_a_closed_route(claims[0].text):
                claims[0].text = without_yes_no(claims[0].text)  # "kan vi ta det til nemnda?" is not answered «Ja: …»
            if asks_if_reason_alone(question):  # "just because we work shifts?" is not answered «Det kan det»
                claims[0].text = without_affirmation(claims[0].text)
            if asks_if_true(question) and conditional(claims[0].text):
                claims[0].text = without_yes_no(claims[0].text)  # "… True?": «Ikke hvis …», not «Nei, ikke hvis …»
            if asks_no_yes_no(
                question
            ):  # "hva er forskjellen på ...", "… Hvor lang tid har jeg?": no "Nei." before the rule
                claims[0].text = without_yes_no(claims[0].text)
            second = second_rule(match, question)
            if second is not None:  # "hvor lang tid …, og hva gjelder mens …?": the second part's rule in line 1 too
                cited |= {pid: retriever.by_id[pid] for pid in all_passage_ids(second) if pid in retriever.by_id}
                more = rule_claims(second, cited, lang)
                if more:
                    text = oriented(more[0].text, question, second.get("way"))
                    text = without_yes_no(text) if asks_no_yes_no(question) else text
                    claims[0] = Claim(text=f"{claims[0].text} {text}", support=claims[0].support + more[0].support)
            day = deadline_claim(question, retriever.by_id, lang) if asks_the_day(match.id, question) else None
            if day is not None:  # (the rule's own yes answers its question, not this one)
                claims[0].text = without_yes_no(claims[0].text)
                claims.insert(0, day)  # "avslaget kom 19. april 2027, hva er siste frist?": the day itself first
                cited |= {s.passage_id: retriever.by_id[s.passage_id] for s in day.support}
            claims += document_claims(question, top, lang)  # the user's own documents, named as theirs
            answer = render_answer(question, claims, cited, backend="none", abstain_text=abstain, notice=notice)
            if not answer.abstained:
                answer.rule = match.id
                return answer
    if uncovered_subject(question, [h.passage.text for h in relevant]):
        # "hvor mye kan jeg trekke fra på skatten for hjemmekontor?": what was found is about home office, not tax
        return render_answer(question, [], retrieved, backend="none", abstain_text=abstain, notice=notice)
    if card is not None:  # the card's advice first, in the page's language, then the guide's own words
        own = {pid: retriever.by_id[pid] for pid in card.rule["passages"] if pid in retriever.by_id}
        claims = card_claims(card.rule, own, lang)
        claims += document_claims(question, top, lang) + further_quotes(question, top, set(own), lang)
        answer = render_answer(question, claims, retrieved | own, backend="none", abstain_text=abstain, notice=notice)
        if claims and not answer.abstained:
            answer.card = card.id
            answer.notice = notice or t("cards.notice", lang)
            return answer
    # what something is, or how two things differ, is explained by the guides when no rule states it
    explain = asks_explanation(question)
    claims = compose(question, top, lang=lang, lead="advice" if explain else LEAD.get(form), advice_first=not explain)
    return render_answer(
        question,
        claims,
        retrieved,
        backend="none",
        abstain_text=abstain,
        notice=notice or (t("answers.quoting", lang) if claims else None),
    )


def ask(question: str, settings: Settings, k: int | None = None) -> Answer:
    """The cited answer to `question` from the indexed corpus."""
    lang = settings.language
    q = " ".join((question or "").split())
    if not q:
        raise BadQuestion(t("ask.empty", lang))
    if len(q) > MAX_QUESTION:
        raise BadQuestion(t("ask.too_long", lang, limit=MAX_QUESTION))
    retriever = get_retriever(settings)
    k = k or settings.top_k
    hits = retriever.search(q, max(k, settings.candidates))
    if settings.llm != "none":
        topic = outside_topic(q, retriever, settings, hits[:k])
        if topic is not None:  # a model would still answer from the passages that merely share its words
            return render_answer(q, [], {}, backend=settings.llm, abstain_text=outside_text(topic, lang))
        return answer_with_model(
            q, hits[:k], settings, fallback=lambda notice: grounded_answer(q, retriever, hits, settings, k, notice)
        )
    return grounded_answer(q, retriever, hits, settings, k)
