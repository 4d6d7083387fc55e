"""Facts told in other words than a rule's cue words (answers13, the causes of fresh5's misses in sentences of
our own): working hours as a bare clock range, a case posted «i postkassen», a deadline to sue said to have
passed, Arbeidstilsynet's role in a case, a provision the question names, someone who must be present to serve,
a general reason said in one word with the merits asked, no flexitime scheme at work, a question word after
the facts (no «Ja:» before the answer to "how long?"), and two questions in one."""

from __future__ import annotations

import re

import pytest

from advisor.answering.asks import CLOCK_RANGE, asks_no_yes_no, topic
from advisor.answering.rules import RuleMatch, load_rules
from advisor.answering.two_asks import asks_two_things, second_rule

RULES = {r["id"]: r for r in load_rules()}


def cues_hold(rule_id: str, question: str) -> bool:
    return all(re.search(c, question, re.IGNORECASE) for c in RULES[rule_id]["cues"])


def requires_hold(rule_id: str, question: str) -> bool:
    return re.search(RULES[rule_id]["requires"], question, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Hun vil jobbe 07–15 i stedet for 08–16.", True),
        ("I'd like to work 7-3 rather than 9-5.", True),
        ("She asked to work 10 to 6 instead of 8 to 4.", True),
        ("Kan jeg jobbe fra 8 til 16 på fredager?", True),
        ("arbeidstiden 06.30–14.30", True),
        # a count, not a time of day
        ("Jeg vil ha 2-3 dager hjemme i uka.", False),
        ("two or 2-3 days a week", False),
        ("Det gjelder uke 3-4.", False),
        ("Vi er 15-20 ansatte.", False),
        ("ferien 24-25 mars", False),
        ("fra 1 til 3 dager", False),
    ],
)
def test_working_hours_as_a_bare_clock_range(text: str, clock: bool):
    assert bool(re.search(CLOCK_RANGE, text, re.IGNORECASE)) is clock


def test_a_clock_range_is_working_time_not_home_office():
    q = "En ansatt vil jobbe 07–15 i stedet for 08–16. Vi sa nei. Kan vi selv sende saken til nemnda?"
    assert topic(q).value == "time"
    assert not requires_hold("ho_nemnd", q)  # the nemnd does not hear home office: not this question's answer
    assert requires_hold("ho_nemnd", "Jeg vil ha 2-3 dager hjemmekontor. Kan nemnda avgjøre det?")


@pytest.mark.parametrize(
    ("rule_id", "question", "holds"),
    [
        # the case put in the post by the asker, in other words
        ("frist_postlagt", "Jeg la brevet til nemnda i postkassen siste dag av fristen. Er det for sent?", True),
        ("frist_postlagt", "We dropped the letter in the postbox on the last day. Is it in time?", True),
        # the refusal found in the mailbox is not the case posted
        ("frist_postlagt", "Avslaget lå i postkassa mandag. Når er siste frist?", False),
        # a deadline to sue said to have passed: restoration
        (
            "oppfriskning",
            "Søksmålsfristen etter nemndas vedtak gikk ut i forrige måned mens jeg var syk. Kan jeg gå til retten?",
            True,
        ),
        (
            "oppfriskning",
            "The eight weeks to sue after the board's decision expired while I was abroad. Can I still go to court?",
            True,
        ),
        # a deadline still to come, or met, is not missed
        (
            "oppfriskning",
            "Fristen for å saksøke etter vedtaket går ut neste uke. Hva må jeg gjøre for å gå til retten?",
            False,
        ),
        ("oppfriskning", "Jeg stevnet saken for tingretten før fristen gikk ut. Hva skjer nå?", False),
        # Arbeidstilsynet and who decides a case: the secretariat
        ("tln_sekretariat", "Arbeidstilsynet skrev til oss om klagen. Er det de som avgjør saken?", True),
        ("tln_sekretariat", "Does the Labour Inspection Authority decide the dispute?", True),
        # Arbeidstilsynet and home office: its supervision, not the nemnd's secretariat
        (
            "tln_sekretariat",
            "Kan Arbeidstilsynet avgjøre om hjemmekontoret mitt er forsvarlig etter klagen min?",
            False,
        ),
        # a provision the question names itself
        ("aml_14_8a", "Må vi etter § 14-8 a svare innen en måned på en søknad om kortere dager?", True),
        ("aml_14_8a", "Does section 14-8a apply to flexitime?", True),
        # someone must be present to serve: the nature of the post
        (
            "stillingens_art",
            "Resepsjonisten vil begynne kl. 10, men telefonen må betjenes fra 8. Kan jeg si nei?",
            True,
        ),
        ("stillingens_art", "He wants to leave at 2, but someone has to cover the front desk. Can we refuse?", True),
        # a general reason in one word, and the merits asked
        ("vesentlig_ulempe", "Sjefen avslo fordi det er «tungvint». Har jeg en sterk sak i nemnda?", True),
        ("vesentlig_ulempe", "Management called it a hassle. What are my chances at the tribunal?", True),
        ("vesentlig_ulempe", "Det blir krevende for oss å planlegge. Hvordan lager vi turnusen?", False),
        # no flexitime scheme at work: whether the right still reaches other flexibility
        (
            "fleks_mer_enn_fleksitid",
            "We have no flexitime system at work. Does the law give me any right besides that?",
            True,
        ),
        (
            "fleks_mer_enn_fleksitid",
            "Vi har ingen fleksitidsordning. Har jeg likevel rett til å be om å slutte tidligere?",
            True,
        ),
        # the hours as a clock range, or a wish to start or finish at a time: the right to flexible working time
        ("fleks_rett", "Jeg vil jobbe 9-17 i stedet for 8-16. Har jeg rett til det?", True),
        ("fleks_rett", "En sykepleier har ønske om å slutte 14.30 hver dag. Er jeg pliktig til å innvilge det?", True),
        (
            "fleks_rett",
            "Sjefen avslo at jeg jobber 7-15 i stedet for 8-16. Kan jeg klage til nemnda?",
            False,
        ),  # the forum
        ("fleks_rett", "Jeg begynner kl. 8 hver dag. Hvor mye overtid kan jeg pålegges?", False),  # a fact, not a wish
        (
            "stillingens_art",
            "Someone has to be at the front desk from 8, so my boss refused my later start. Fair?",
            True,
        ),
        # a working day told with both ends, by the manager asked: the right to flexible working time
        ("fleks_rett", "One of my staff wants to start at 06:45 and leave at 14:45. Must I agree?", True),
    ],
)
def test_cue_words_read_the_fact_told_in_other_words(rule_id: str, question: str, holds: bool):
    assert cues_hold(rule_id, question) is holds


@pytest.mark.parametrize(
    ("rule_id", "question", "holds"),
    [
        # posting answers a question about something sent to a forum, not e-mails at work under deadlines
        ("frist_postlagt", "Can staff agree to answer e-mails late whenever deadlines are tight?", False),
        ("frist_postlagt", "Jeg postla saken til nemnda siste dag. Holder det?", True),
        # how long the deadline to sue is, not a deadline said to have passed
        ("domstol_frist", "Fristen for å saksøke gikk ut forrige uke. Er alt tapt?", False),
        ("domstol_frist", "Hvor lang tid har jeg til å saksøke etter nemndas vedtak?", True),
        # the right to disconnect is not a request to move the working day whose phones must be answered
        ("koble_fra", "She asked to work 10 to 6, but someone has to answer the phones at 8. Can we refuse?", False),
        ("koble_fra", "Må jeg svare på telefonen etter kl. 20?", True),
        # a nurse or a nursing home is no illness
        ("sykmelding_4_6", "En sykepleier på sykehjemmet vil slutte kl. 14.30. Må jeg si ja?", False),
        ("sykmelding_4_6", "Jeg har vært sykmeldt og vil ha kortere dager når jeg kommer tilbake.", True),
    ],
)
def test_required_words_keep_a_rule_to_its_own_question(rule_id: str, question: str, holds: bool):
    assert requires_hold(rule_id, question) is holds


@pytest.mark.parametrize(
    ("question", "no_yes_no"),
    [
        ("Nemnda ga arbeidsgiver medhold. Hvor lang tid har jeg på meg, og hva gjelder i mellomtiden?", True),
        ("Management says it is a hassle. How strong is his case?", True),
        ("Hva er forskjellen på fleksitid og fleksibel arbeidstid?", True),
        ("Jeg fikk nei. Kan jeg klage til nemnda?", False),
        ("Sjefen sa nei i går.", False),
    ],
)
def test_a_question_word_after_the_facts_asks_no_yes_or_no(question: str, no_yes_no: bool):
    assert asks_no_yes_no(question) is no_yes_no


@pytest.mark.parametrize(
    ("question", "two"),
    [
        ("Hvor lang tid har jeg på meg, og hva gjelder for arbeidstiden min mens saken pågår?", True),
        ("How long do I have to sue, and does the decision apply in the meantime?", True),
        ("Kan arbeidsgiver nekte? Og har jeg krav på full stilling igjen?", True),
        # two alternatives are one question
        ("Må jeg si ja, eller kan jeg nekte?", False),
        ("Jeg er syk og har to barn. Kan jeg få kortere dager?", False),
    ],
)
def test_two_questions_in_one(question: str, two: bool):
    assert asks_two_things(question) is two


def test_the_second_part_is_answered_only_when_the_question_holds_both_rules():
    q = (
        "Nemnda ga arbeidsgiveren medhold, og jeg vil gå til retten. Hvor lang tid har jeg på meg, og hva gjelder for "
        "arbeidstiden min mens rettssaken pågår?"
    )

    def match(top: str, runner: str, gap: float) -> RuleMatch:
        return RuleMatch(rule=RULES[top], score=1.08, runner_up=runner, runner_up_score=1.08 - gap)

    assert second_rule(match("domstol_under_sak", "domstol_frist", 0.02), q)["id"] == "domstol_frist"
    assert second_rule(match("domstol_under_sak", "domstol_frist", 0.2), q) is None  # not a near tie
    assert second_rule(match("domstol_under_sak", "oppfriskning", 0.02), q) is None  # no deadline said to be missed
    one = "Nemnda ga arbeidsgiveren medhold. Hva gjelder for arbeidstiden min mens rettssaken pågår?"
    assert second_rule(match("domstol_under_sak", "domstol_frist", 0.02), one) is None  # one question
