"""The question's form decides whether a legal rule may lead the answer (advisor.answering.form).

The examples are written for this test, in other words than the eval questions: a rule leads when
the question asks what the law is; a question asking how to argue or what is wise gets the guides'
advice first; a bare statement is "open" (a rule leads only when very close to it)."""

from __future__ import annotations

import pytest

from advisor.answering.form import question_form

LAW = [
    "Kan lederen min avslå at jeg går ned i stilling?",
    "Har en som jobber natt krav på å slippe nattevaktene?",
    "Er det lov å sende meg hjem fra kontoret for godt?",
    "Må bedriften betale for internett når jeg sitter hjemme?",
    "Hvor lenge har jeg på meg etter at jeg fikk avslaget?",
    "Gjelder reglene om hvile også når jeg jobber fra kjøkkenbordet?",
    "Når må arbeidsgiveren svare på søknaden min?",
    "Hvordan regner jeg ut den siste dagen for å klage?",
    "Søknaden min om kortere dager ble avslått. Hva gjør jeg nå?",
    "Hva bør jeg gjøre før fristen til nemnda går ut?",
    "Sjefen avviste ønsket mitt om å jobbe 80 prosent. Hvilke muligheter har jeg?",  # advice, but about a deadline: the law leads
    "Personalsjefen sier at deltidsansatte ikke kan få fleksitid. Er det riktig?",
    "Can my manager refuse to let me start earlier?",
    "Do I have a right to work part time after 62?",
    "What is the deadline for taking the case to the board?",
    # a question set off by a dash, and one asked with "who decides": still what the law is
    "Jeg har vondt i ryggen av lange vakter – kan jeg be om å slippe dem?",
    "I've been on nights for six years - can I ask to move to days?",
    "Hvem bestemmer når på dagen jeg skal jobbe de redusert timene?",
    "We're cutting my position to 60 percent. Who decides which mornings I am free?",
    "Who needs to document that my later start would harm the team?",
    "What does the board weigh when a nurse wants to avoid weekend shifts?",
]
ADVICE = [
    "Hvordan kan jeg overbevise sjefen om at hjemmekontor fungerer?",
    "Hva bør jeg ta med i forslaget om fleksitid?",
    "Har dere tips til hvordan jeg legger frem ønsket mitt?",
    "Hva svarer jeg når lederen sier at alle andre også vil ha det?",
    "Hvordan forbereder jeg meg til møtet med personalsjefen?",
    "Sjefen avslo, hva kan jeg tilby ham i stedet?",
    "How should I argue for two days at home?",
    "Any tips for the meeting with my manager?",
]
OPEN = ["Lederen er bekymret for at kundene ikke får tak i meg.", "Teamet mitt sitter spredt over tre byer"]


@pytest.mark.parametrize("question", LAW)
def test_questions_about_the_law(question):
    assert question_form(question) == "law"


@pytest.mark.parametrize("question", ADVICE)
def test_questions_asking_for_advice(question):
    assert question_form(question) == "advice"


@pytest.mark.parametrize("question", OPEN)
def test_statements_are_open(question):
    assert question_form(question) == "open"
