"""A rule's yes/no answers the question as it was asked (advisor.answering.polarity)."""

from __future__ import annotations

import pytest

from advisor.answering.polarity import oriented, turned, way
from advisor.answering.rules import load_rules


@pytest.mark.parametrize(
    "question",
    [
        "Har arbeidsgiveren lov til å nekte meg hjemmekontor?",
        "kan sjefen si nei til at jeg jobber hjemme to dager?",
        "Kan lederen min avslå søknaden om fleksitid uten å begrunne det?",
        "ny leder vil ta bort ordningen, kan han det?",
        "arbeidsgiver avviste kravet mitt om kortere dager, er det lovlig?",
        "står arbeidsgiveren fritt til å avslå redusert stilling?",
        "kan jeg bli nektet fritak fra nattevakter når jeg har legeattest?",
        "jeg ble nektet fleksitid fordi jeg har vært mye borte. Er det lov?",  # a refusal told in the passive
        "Can my employer refuse me working from home?",
        "Is my manager allowed to turn down a request for flexible hours?",
        "can the company take away the flexitime I have had for years?",
        # having to give up what one has is the employer taking it away
        "The company has sued. Do I have to go back to my old hours until the court case is finished?",
        "Må jeg gå tilbake til gamle arbeidstider mens saken går i retten?",
    ],
)
def test_questions_about_the_employer_refusing_point_to_deny(question):
    assert way(question) == "deny"


@pytest.mark.parametrize(
    "question",
    [
        "Har jeg rett til hjemmekontor?",
        "kan jeg kreve å gå ned til 80 prosent?",
        "Kan jeg nekte å jobbe overtid når mor trenger pleie?",
        "må arbeidsgiver innvilge fleksitid?",
        "Am I entitled to reduced hours at 63?",
        "Can I refuse night shifts for health reasons?",
        "kan de ansatte nekte å jobbe overtid?",  # the employees refusing, not the employer
    ],
)
def test_questions_about_the_employees_right_point_to_claim(question):
    assert way(question) == "claim"


@pytest.mark.parametrize(
    "question",
    ["Hva er fristen for å klage til nemnda?", "Lederen avslo søknaden min. Hva gjør jeg nå?", "How do I propose it?"],
)
def test_questions_that_are_not_yes_no_point_nowhere(question):
    assert way(question) is None


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Nei. Du har ingen lovfestet rett [1].", "Ja. Du har ingen lovfestet rett [1]."),
        ("Ja, som hovedregel: du har rett", "Nei, som hovedregel: du har rett"),
        ("Ja, hvis du har fylt 62 år", "Nei, ikke hvis du har fylt 62 år"),
        ("Nei, ikke hvis du er i ledende stilling", "Ja, hvis du er i ledende stilling"),
        ("Yes, if you are 62", "No, not if you are 62"),
        ("No. There is no statutory right", "Yes. There is no statutory right"),
        ("Ja: du skal fritas", "Nei: du skal fritas"),
        ("Nothing else", "Nothing else"),
        ("Tvisteløsningsnemnda avgjør", "Tvisteløsningsnemnda avgjør"),
    ],
)
def test_turned_swaps_only_the_opening_yes_or_no(answer, expected):
    assert turned(answer) == expected


def test_oriented_turns_only_when_the_question_points_the_other_way():
    answer = "Nei. Du har ingen lovfestet rett til hjemmekontor."
    assert oriented(answer, "Kan sjefen nekte meg hjemmekontor?", "claim").startswith("Ja.")
    assert oriented(answer, "Har jeg rett til hjemmekontor?", "claim") == answer
    assert oriented(answer, "Hva sier loven om hjemmekontor?", "claim") == answer
    assert oriented(answer, "Kan sjefen nekte meg hjemmekontor?", None) == answer


def test_every_rule_with_a_way_opens_with_yes_or_no_in_both_languages():
    ways = [r for r in load_rules() if r.get("way")]
    assert len(ways) >= 10
    for r in ways:
        assert r["way"] in ("claim", "deny")
        for lang in ("nb", "en"):
            assert turned(r["answer"][lang]) != r["answer"][lang], (r["id"], lang)


def test_a_hedged_no_is_turned_too():
    answer = "Som hovedregel nei: ingen lov gir arbeidsgiver en generell rett til å pålegge hjemmekontor."
    assert oriented(answer, "Kan jeg nekte å jobbe hjemmefra når sjefen pålegger det?", "deny").startswith(
        "Som hovedregel ja:"
    )
    assert oriented(answer, "Kan arbeidsgiver pålegge meg hjemmekontor?", "deny") == answer


def test_a_rule_without_a_way_asked_in_the_negative_drops_its_yes_no():
    """«Ja. Arbeidsgivers internkontroll ... skal også omfatte arbeid i hjemmet» answers «skal internkontrollen
    omfatte hjemmekontor?»; asked «slipper arbeidsgiver å ...?» its «Ja.» would say the opposite, so it goes."""
    answer = "Ja. Arbeidsgivers internkontroll og HMS-arbeid skal også omfatte arbeid i arbeidstakers hjem."
    assert oriented(answer, "Skal internkontrollen omfatte hjemmekontoret?", None) == answer
    assert oriented(answer, "Slipper arbeidsgiver å ta med hjemmekontor i internkontrollen?", None).startswith(
        "Arbeidsgivers internkontroll"
    )
    assert oriented(answer, "Doesn't internal control cover home offices?", None).startswith("Arbeidsgivers")
    assert oriented("Arbeidstid er all tid du står til disposisjon.", "Er ikke lunsj arbeidstid?", None).startswith(
        "Arbeidstid"
    )


def test_a_refusal_to_work_asked_about_someone_else_is_not_the_employer_refusing():
    """'Kan hun si nei?' after she was asked to work extra shifts: her refusal, so the exemption's 'Ja' stands."""
    assert way("Et medlem jobber redusert og blir bedt om å jobbe ekstra vakter. Kan hun si nei?") != "deny"
    assert way("Sjefen ble bedt om å svare raskt, men kan han nekte meg fleksitid?") == "deny"


def test_whether_the_employer_may_decide_it_points_to_deny():
    """answers9: "kan hun bare bestemme det?" after the employer wants everyone at the office asks whether the
    employer may decide against the employee's wish (a "claim" rule's no turns to yes)."""
    from advisor.answering.polarity import way

    assert way("Sjefen vil ha alle inne på kontoret igjen. Kan hun bestemme det alene?") == "deny"
    assert way("Har arbeidsgiveren lov til å bestemme hvor jeg skal sitte og jobbe?") == "deny"
    assert way("Kan jeg bestemme det selv?") is None
    assert way("Kan de ansatte bestemme det?") is None


@pytest.mark.parametrize(
    "question",
    [
        # whether the employer's refusal or its reason holds
        "Lederen skrev at da må alle få det samme. Holder et sånt avslag?",
        "Sjefen sier det vil skape presedens. Er det en gyldig grunn til å avslå?",
        "My manager says everyone else would want it too. Does that refusal hold?",
        "Is that a valid reason to refuse my request?",
        # a manager asked by the staff: «kan jeg avslå?» is the employer refusing
        "Som avdelingssjef har jeg fått en søknad om fleksitid fra en av mine ansatte. Kan jeg avslå den?",
        "I'm a team manager and one of my staff wants a later start. Can I say no?",
    ],
)
def test_whether_a_refusal_holds_points_to_deny(question):
    assert way(question) == "deny"


def test_an_employee_refusing_to_work_more_stays_a_claim():
    """«kan jeg nekte?» from the employee is the employee's right, not the employer's refusal."""
    assert way("Jeg blir stadig bedt om å ta ekstravakter. Kan jeg nekte?") != "deny"


def test_a_conditional_answer_and_an_affirmation_can_be_set_aside():
    from advisor.answering.polarity import conditional, without_affirmation, without_yes_no

    assert conditional("Nei, ikke hvis du er i ledende stilling: …") and conditional("Yes, if you are 62 …")
    assert not conditional("Nei. Du har ingen lovfestet rett …")
    assert without_yes_no("No, not if you hold a senior position: …") == "Not if you hold a senior position: …"
    assert without_affirmation("Det kan det: stillingens art teller …") == "Stillingens art teller …"
    assert without_affirmation("Nei, en generell begrunnelse holder ikke") == "Nei, en generell begrunnelse holder ikke"
