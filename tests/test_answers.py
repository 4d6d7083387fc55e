"""Answer first (issue 11): the first line answers the question from a legal rule, cited to the law
or a decision; guides carry advice only; the question is embedded once; off-topic abstains."""

from __future__ import annotations

import re

import pytest

from advisor.answering.cite import verify_answer
from advisor.answering.compose import compose
from advisor.answering.grounding import citation_facts, corpus_passages
from advisor.answering.rules import load_rules, rule_claims
from advisor.core.models import Hit

PRIMARY = {"law", "regulation", "decision"}


def first_line(answer) -> tuple[str, set[str]]:
    line = answer.answer.splitlines()[0]
    by_n = {c.n: c.passage_id for c in answer.citations}
    return line, {by_n[int(n)] for n in re.findall(r"\[(\d+)\]", line)}


def test_statements_of_law_never_rest_on_a_guide():
    ps = corpus_passages()
    rule = {
        "id": "x",
        "answer": {"nb": "Svar.", "en": "Answer."},
        "cite": [
            ["guide-rettigheter#sporsmal-og-svar-har-jeg-krav-pa-hjemmekontor", "Du har ingen generell rett"],
            ["tln-77-23#tln-77-23", "Hvor arbeidet gjøres"],
        ],
        "conditions": [
            {
                "nb": "Vilkår.",
                "en": "Condition.",
                "cite": [["guide-etter-avslag#utforsk-alternativer-etter-et-avslag", "Et nei til én ordning"]],
            }
        ],
        "todo": [
            {
                "nb": "Gjør dette.",
                "en": "Do this.",
                "cite": [["guide-etter-avslag#utforsk-alternativer-etter-et-avslag", "Et nei til én ordning"]],
            }
        ],
    }
    claims = rule_claims(rule, ps)
    assert [s.passage_id for s in claims[0].support] == ["tln-77-23#tln-77-23"]  # the guide is dropped
    assert len(claims) == 2 and claims[1].text.startswith("Slik går du frem")  # the condition had only a guide
    only_guide = dict(rule, cite=rule["cite"][:1])
    assert rule_claims(only_guide, ps) == []  # no primary source: no statement of law


def test_every_rule_answers_in_both_languages_with_primary_sources():
    ps = corpus_passages()
    for rule in load_rules():
        for lang in ("nb", "en"):
            claims = rule_claims(rule, ps, lang)
            assert claims and claims[0].text == rule["answer"][lang], rule["id"]
            assert all(ps[s.passage_id].kind in PRIMARY for s in claims[0].support), rule["id"]


def test_guides_are_quoted_as_advice():
    p = corpus_passages()["guide-etter-avslag#utforsk-alternativer-etter-et-avslag"]
    claims = compose("hva kan jeg foreslå etter et nei", [Hit(passage=p, score=1.0, dense=0.9, rank=1)])
    assert claims and all(c.text.startswith("Råd fra veiledningen") for c in claims)


def test_a_quoting_answer_leads_with_what_the_question_asks_for():
    """No rule matched: a question about the law leads with the law, an advice question with a guide
    (said to be advice), whatever order retrieval gave them in."""
    ps = corpus_passages()
    guide = ps["guide-etter-avslag#utforsk-alternativer-etter-et-avslag"]
    law = ps["tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-4-1"]
    hits = [Hit(passage=guide, score=1.0, dense=0.90, rank=1), Hit(passage=law, score=0.9, dense=0.88, rank=2)]
    assert compose("hva nå etter et nei", hits)[0].support[0].passage_id == guide.id  # retrieval's order
    first = compose("hva nå etter et nei", hits, lead="law")[0]
    assert first.support[0].passage_id == law.id and not first.text.startswith("Råd fra veiledningen")
    hits.reverse()
    first = compose("hva nå etter et nei", hits, lead="advice")[0]
    assert first.support[0].passage_id == guide.id and first.text.startswith("Råd fra veiledningen")


def test_a_citation_shows_two_facts_in_the_users_language():
    unverified = "aml-10-2#arbeidsmiljoloven-p-10-2-3"
    quote, wording = citation_facts(unverified, True, "UNVERIFIED", "nb")
    assert quote.startswith("✓") and "sitatet" in quote and wording.startswith("UNVERIFIED")
    assert "kontrollert mot kilden" not in quote + wording
    quote, wording = citation_facts("aml-10-13#arbeidsmiljoloven-p-10-13", True, "verified", "en")
    assert "quote matches" in quote and "wording checked" in wording
    assert citation_facts("tln-77-23#tln-77-23", False, "verified", "nb")[1] == "sammendrag med egne ord"


def test_the_question_is_embedded_once(fake_settings, monkeypatch):
    from advisor.answering.ask import ask
    from advisor.retrieval.retrieve import get_retriever

    retriever = get_retriever(fake_settings)
    ask("Hvor lang frist har jeg etter et avslag?", fake_settings)  # builds the rule index once
    calls = []
    original = retriever.embedder.embed_query
    monkeypatch.setattr(retriever.embedder, "embed_query", lambda text: calls.append(text) or original(text))
    ask("Kan sjefen nekte meg fleksitid?", fake_settings)
    assert calls == ["Kan sjefen nekte meg fleksitid?"]


ISSUE_EXAMPLES = [  # the patterns named in issue 11; the product is tried on other questions
    (
        "Har arbeidsgiveren lov til å nekte meg hjemmekontor?",
        {"tln-77-23#tln-77-23", "hjemmekontor-ingen-rett#ingen-lovfestet-rett-til-hjemmekontor"},
        "styringsrett",
    ),
    (
        "Lederen avslo søknaden min om fleksibel arbeidstid. Hva gjør jeg nå, og er det en frist?",
        {"tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-4-1"},
        "fire uker",
    ),
    (
        "Kan jeg nekte å jobbe overtid når jeg har omsorg for en pleietrengende forelder?",
        {"aml-10-6#arbeidsmiljoloven-p-10-6-10"},
        "fritas",
    ),
    (
        "Kan en arbeidstaker gå rett til tingretten med en tvist om redusert arbeidstid?",
        {"aml-17-2#arbeidsmiljoloven-p-17-2-2"},
        "før",
    ),
    (
        "Hva skjer hvis ingen saksøker etter at Tvisteløsningsnemnda har avgjort saken?",
        {"aml-17-2#arbeidsmiljoloven-p-17-2-4"},
        "rettskraftig",
    ),
    (
        "Jeg er gradert sykmeldt. Kan jeg kreve kortere dager gjennom Tvisteløsningsnemnda?",
        {"tln-02-21#tln-02-21", "aml-4-6#arbeidsmiljoloven-p-4-6"},
        "4-6",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("question,primary,phrase", ISSUE_EXAMPLES)
def test_the_first_line_answers_the_question(real_settings, question, primary, phrase):
    from advisor.answering.ask import ask

    answer = ask(question, real_settings)
    line, cited = first_line(answer)
    assert phrase in line and cited & primary, (line, cited)
    ps = corpus_passages()
    assert all(ps[pid].kind in PRIMARY for pid in cited)  # the statement of law cites law or a decision
    assert verify_answer(answer, ps) == []
    assert answer.rule


ENGLISH = [  # written for this test: English questions get the rule's English answer, cited and verified
    ("If neither side goes to court in time, is the board's decision binding?", "rettskraft", "final judgment"),
    ("My boss turned down my request to stop night shifts. What now?", "etter_avslag", "four weeks"),
    ("I'm 62 next month. Am I entitled to work fewer hours?", "redusert_62", "62"),
    ("Does the four-week deadline move when it ends on Easter Monday?", "frist_helg", "next working day"),
]


@pytest.mark.slow
@pytest.mark.parametrize("question,rule,phrase", ENGLISH)
def test_english_questions_get_the_rule_in_english(real_settings, question, rule, phrase):
    from advisor.answering.ask import ask

    answer = ask(question, real_settings.model_copy(update={"language": "en"}))
    line, cited = first_line(answer)
    assert answer.rule == rule and phrase in line and cited, (answer.rule, line)
    assert verify_answer(answer, corpus_passages()) == []


@pytest.mark.slow
def test_an_advice_question_in_english_gets_the_guides_advice(real_settings):
    from advisor.answering.ask import ask

    answer = ask(
        "Any tips for convincing my manager to let me work from home on Fridays?",
        real_settings.model_copy(update={"language": "en"}),
    )
    # the advice of a card (advisor.answering.advice) in English, or else the guide quoted as advice
    line, cited = first_line(answer)
    assert answer.rule is None and line.startswith("Advice: " if answer.card else "Advice from the guide"), line
    assert cited and all(corpus_passages()[pid].kind == "guide" for pid in cited)


OFF_TOPIC = [
    "Hva er beste måten å lage surdeigsbrød på?",
    "Hvem vant Eurovision i 2019?",
    "Hvordan bytter jeg dekk på bilen?",
    "Hva koster en flybillett til Tromsø?",
    "Hvordan får jeg barnet til å sove hele natten?",
    "Hva er hovedstaden i Australia?",
    "Hvilken mobiltelefon bør jeg kjøpe?",
    "Hvordan søker jeg om byggetillatelse for garasje?",
    "Hva er en god treningsplan for maraton?",
    "Hvordan lager jeg lasagne?",
    "Hva betyr inflasjon?",
    "Når åpner Vinmonopolet på lørdag?",
    "Hvordan klipper jeg hekken?",
    "hvordan fungerer en varmepumpe",
    "hva er beste strategi i sjakk",
]


@pytest.mark.slow
@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_questions_still_abstain(real_settings, question):
    from advisor.answering.ask import ask

    answer = ask(question, real_settings)
    assert answer.abstained and not answer.citations and answer.rule is None


@pytest.mark.slow
def test_answer_correctness_on_the_eval_set(real_settings):
    """Measured, not tuned on the held-out set; the floor guards against regressions (README has the figure)."""
    from advisor.answering.evaluate import ANSWER_SETS, evaluate_answers, load_answer_set

    result = evaluate_answers("eval", real_settings, load_answer_set(ANSWER_SETS["eval"]))
    print(f"\nanswers: {result.correct}/{result.questions}; failures: {[f.question for f in result.failures]}")
    assert result.share >= 0.95  # 102/105 = 0.97 measured (README)
