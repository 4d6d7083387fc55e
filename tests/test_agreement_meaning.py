"""The gap check reads meaning, by general cause (issue 11, point 4): the error classes an outsider's
agreements showed, each pinned here in sentences of our own (not the outsider's)."""

from __future__ import annotations

import pytest

from advisor.tasks.agreement.reading import read_agreement
from advisor.tasks.agreement.timewords import clock_times

TITLE = "Avtale om hjemmekontor\n\n"


def status(text: str, key: str) -> str:
    return read_agreement(TITLE + text)[key].status


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("fra klokken åtte til halv fire", "fra 08.00 til 15.30"),
        ("fra klokka kvart på åtte til kvart over tre", "fra 07.45 til 15.15"),
        ("mellom ni og tre", "mellom 09.00 og 15.00"),
        ("fra ti på halv ni til fem", "fra 08.20 til 17.00"),
        ("kl. åtte", "kl. 08.00"),
        ("from half past eight to five", "from 08.30 to 17.00"),
        ("between nine and quarter to four", "between 09.00 and 15.45"),
        ("the hours are nine to five", "the hours are 09.00 to 17.00"),
        ("arbeidstiden er åtte til fire", "arbeidstiden er 08.00 til 16.00"),
    ],
)
def test_clock_times_in_words_are_read_as_digits(said, read):
    assert clock_times(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "fra to til tre dager i uka",
        "mellom en og to timer",
        "between one and two days",
        "fra 8 til 16",
        "en av oss",
        "omfanget er to til tre dager",
        "it is five to ten minutes away",
    ],
)
def test_counts_and_digits_are_left_alone(said):
    assert clock_times(said) == said


def test_working_hours_in_words_settle_the_hours():
    assert status("På hjemmekontordagene jobber Per fra klokka ni til kvart over fem.", "p2_2_arbeidstid") == "settled"


def test_a_section_number_is_no_time_range():
    text = "The home-office arrangement starts with a trial, apart from probation under section 15-3 of the Working Environment Act."
    assert status(text, "p2_2_arbeidstid") != "settled"


def test_er_aa_naa_is_availability():
    assert status("Lise er å nå på telefon mellom 10.00 og 14.00.", "p2_3_tilgjengelighet") == "settled"


@pytest.mark.parametrize(
    "text",
    [
        "Ordningen har en prøvetid på to måneder. I prøvetiden kan begge avslutte den med tre dagers varsel.",
        "Prøvetid: Den første måneden. Går det ikke, kan hver av oss avslutte ordningen med to dagers varsel.",
        "Vi starter med seks ukers prøveperiode. Da kan hver av oss si opp ordningen med fem dagers varsel.",
        "The arrangement has a trial of two months. During the trial either side may end it on three days' notice.",
    ],
)
def test_a_right_to_leave_during_the_trial_is_not_the_change_right(text):
    reading = read_agreement(TITLE + text)
    assert reading["p2_6_provetid"].status == "settled"
    assert reading["p2_5_endring_oppsigelse"].status == "missing"


def test_after_the_trial_the_change_right_counts():
    text = "Prøvetiden er tre måneder. Etter prøvetiden kan begge si opp avtalen med én måneds varsel."
    assert status(text, "p2_5_endring_oppsigelse") == "settled"


def test_restating_the_duty_to_record_changes_settles_nothing():
    for text in (
        "Endringer i hjemmearbeidsforholdet skal gjenspeiles i avtalen.",
        "Any change to the home-office arrangement must be written into this agreement.",
    ):
        assert status(text, "p2_5_endring_oppsigelse") != "settled", text


def test_returning_equipment_when_the_agreement_ends_is_no_change_right():
    text = "PC-en eies av firmaet og leveres tilbake når avtalen opphører. IT-avdelingen reparerer den."
    reading = read_agreement(TITLE + text)
    assert reading["p2_7_utstyr"].status == "settled"
    assert reading["p2_5_endring_oppsigelse"].status == "missing"


def test_an_owner_with_an_adverb_or_a_possessive_and_a_pronoun_across_sentences():
    text = "Du får låne en bærbar PC. Den er fremdeles kontorets, og IT-partneren oppdaterer den."
    assert status(text, "p2_7_utstyr") == "settled"
    text = "Mobilen og skjermen er Nordbye Bygg sine, og IT-avdelingen reparerer dem."
    assert status(text, "p2_7_utstyr") == "settled"


def test_documents_stored_off_private_devices_say_nothing_about_the_equipment():
    text = "Kundemapper oppbevares ikke hjemme, verken på papir eller på privat utstyr."
    assert status(text, "p2_7_utstyr") == "missing"


def test_an_answer_is_read_with_its_question_and_a_bare_question_settles_nothing():
    qa = "Hvem eier og vedlikeholder utstyret?\nArbeidsgiveren.\n\nHvor mange dager kan jeg være hjemme?\nTre i uka.\n"
    reading = read_agreement(TITLE + qa)
    assert reading["p2_7_utstyr"].status == "settled"
    assert reading["p2_7_utstyr"].evidence.startswith("Hvem eier og vedlikeholder utstyret? Arbeidsgiveren.")
    assert reading["p2_1_omfang"].status == "settled"
    bare = "Hvem eier og vedlikeholder utstyret?\n\nHvor mange dager kan jeg være hjemme?\nTre i uka.\n"
    assert status(bare, "p2_7_utstyr") == "unsettled"


def test_an_empty_form_field_and_the_signature_line_settle_nothing():
    form = "Navn: Kim Berg\nHjemmedager: torsdag\nPrøvetid:\nPeriode: 01.03.2027–28.02.2028\n\nBodø, 3. februar 2027 Kim Berg Ola Ek\n"
    reading = read_agreement(TITLE + form)
    assert reading["p2_6_provetid"].status == "unsettled"
    assert reading["p2_6_provetid"].evidence == "Prøvetid:"
    heading = "§ 4 Prøvetid\n\nOslo, 12. mars 2027 Kim Berg Ola Ek\n"
    assert status(heading, "p2_6_provetid") == "missing"


def test_whom_a_framework_covers_is_not_the_extent():
    text = "Rammeavtalen gjelder ansatte som får innvilget hjemmekontor to dager i uka."
    assert status(text, "p2_1_omfang") == "missing"
    text = "This policy applies to employees who work from home on one or more fixed days."
    assert status(text, "p2_1_omfang") == "missing"


def test_a_weekday_in_the_availability_clause_is_not_the_extent():
    text = "På hjemmedagene skal Eva være pålogget fra 09.00 til 14.00, også de tirsdagene hun har vakt."
    reading = read_agreement(TITLE + text)
    assert reading["p2_1_omfang"].status == "missing"
    assert reading["p2_3_tilgjengelighet"].status == "settled"


def test_a_trial_exit_and_the_change_right_in_one_sentence_are_told_apart():
    text = (
        "De to første månedene regner vi som en prøveperiode, og fungerer det dårlig i den perioden, stopper vi "
        "ordningen; siden kan begge si den opp med tre ukers varsel."
    )
    reading = read_agreement(TITLE + text)
    assert reading["p2_5_endring_oppsigelse"].status == "settled"
    text = (
        "De to første månedene regner vi som en prøveperiode, og fungerer det dårlig i den perioden, avslutter vi den."
    )
    assert status(text, "p2_5_endring_oppsigelse") == "missing"


def test_an_answer_that_settles_another_item_is_no_mention_of_this_one():
    qa = "Hvor mange dager kan jeg jobbe hjemme?\nTo i uka.\n"
    reading = read_agreement(TITLE + qa)
    assert reading["p2_1_omfang"].status == "settled"
    assert reading["p2_2_arbeidstid"].status == "missing"


def test_an_answer_after_a_blank_line_still_answers_its_question():
    qa = "Hvem eier og vedlikeholder utstyret?\n\nKommunen.\n\nEr det prøvetid?\n\nJa, de første tre månedene.\n"
    reading = read_agreement(TITLE + qa)
    assert reading["p2_7_utstyr"].status == "settled"
    assert reading["p2_6_provetid"].status == "settled"


def test_a_field_label_before_a_blank_line_heads_what_follows():
    text = "Arbeidstid:\n\nFra 08.00 til 15.30 på hjemmekontordagene.\n"
    assert status(text, "p2_2_arbeidstid") == "settled"


def test_a_statement_for_all_employees_is_not_a_framework_scope():
    text = "Ordningen gjelder alle ansatte, og hver ansatt kan jobbe hjemme to dager i uka."
    assert status(text, "p2_1_omfang") == "settled"


def test_being_responsible_for_ones_own_broadband_is_no_owner_of_the_equipment():
    text = "Arbeidstaker er selv ansvarlig for sin internettforbindelse."
    assert status(text, "p2_7_utstyr") != "settled"


def test_after_the_trial_under_the_trial_heading_is_the_change_right():
    text = "Prøvetid\nDe tre første månedene er prøvetid. Etter prøvetiden kan begge si opp avtalen med én måneds varsel.\n"
    reading = read_agreement(TITLE + text)
    assert reading["p2_6_provetid"].status == "settled"
    assert reading["p2_5_endring_oppsigelse"].status == "settled"


@pytest.mark.parametrize(
    "text", ["Det er ingen prøvetid for ordningen.", "Er det prøvetid?\nNei.\n", "There is no trial period."]
)
def test_an_explicit_no_trial_settles_the_trial_item(text):
    assert status(text, "p2_6_provetid") == "settled"


def test_a_short_sentence_with_its_verb_second_is_no_run_in_heading():
    text = "Hjemmearbeidet inngår i risikovurderingen. Verneombudet kan be om en gjennomgang."
    assert read_agreement(TITLE + text)["p2_1_omfang"].status == "missing"
    text = "Eiendomsrett, drift og vedlikehold av utstyr. Firmaet eier PC-en, og IT-avdelingen vedlikeholder den."
    assert read_agreement(TITLE + text)["p2_7_utstyr"].status == "settled"


def test_a_compound_period_field_is_the_duration_and_nynorsk_upkeep_is_maintenance():
    form = (
        "Avtaleperiode: 01.08.2027–31.07.2028\nUtstyr: PC-en er firmaet sin eigedom, og IT-kontoret held han ved like\n"
    )
    reading = read_agreement(TITLE + form)
    assert reading["p2_4_varighet"].status == "settled"
    assert reading["p2_7_utstyr"].status == "settled"
    assert status("Oppsigelsesperioden er én måned.", "p2_4_varighet") == "missing"


def test_from_now_on_in_an_agreement_is_no_injected_instruction():
    from advisor.tasks.agreement.gaps import agreement_gaps

    text = (
        TITLE
        + "Fra nå av jobber Ola hjemmefra hver fredag. Hjemmearbeidsdagen starter klokka åtte og slutter klokka fire.\n"
    )
    report = agreement_gaps(text)
    settled = {g.key for g in report.present}
    assert {"p2_1_omfang", "p2_2_arbeidstid"} <= settled


def test_both_items_point_back_to_the_sentence_before():
    text = "Ola har fått en bærbar PC og en skjerm. Begge deler tilhører fortsatt firmaet. IT-avdelingen vedlikeholder dem."
    assert status(text, "p2_7_utstyr") == "settled"


def test_a_hyphenated_pilot_and_an_exit_right_while_it_lasts():
    text = "We start with a six-week pilot. If the pilot does not work out, either of us can withdraw while it lasts."
    reading = read_agreement(TITLE + text)
    assert reading["p2_6_provetid"].status == "settled"
    assert reading["p2_5_endring_oppsigelse"].status == "missing"


def test_a_date_field_settles_nothing_and_a_question_heads_only_its_answer():
    qa = "Hva gjelder for kundedata?\nTaushetsplikten gjelder fullt ut.\n\nDato: 20. mars 2027\n"
    assert status(qa, "p2_4_varighet") == "missing"
    qa = "Hvor lenge gjelder avtalen?\nEtt år.\n\nPC-en eies av firmaet, og IT vedlikeholder den. Den gjelder som arbeidsutstyr.\n"
    assert read_agreement(TITLE + qa)["p2_4_varighet"].evidence.startswith("Hvor lenge gjelder avtalen? Ett år.")


@pytest.mark.parametrize(
    "answer", ["Bakeriet gir deg en bærbar PC.", "The company provides a laptop.", "Vi låner deg en bærbar PC."]
)
def test_an_answer_that_stands_alone_is_not_read_with_the_words_of_its_question(answer):
    qa = f"Hvem eier og vedlikeholder utstyret?\n{answer}\n"
    assert status(qa, "p2_7_utstyr") != "settled"


def test_a_trial_given_as_months_and_an_english_signature_line():
    form = "Trial period: February and March 2027\n"
    assert status(form, "p2_6_provetid") == "settled"
    form = "Home day: Thursday\nTrial period:\n\nSigned in Vestby on 20 January 2027 Nils Haug Kari Vestby\n"
    assert status(form, "p2_6_provetid") == "unsettled"


def test_nynorsk_logged_in_is_availability():
    assert status("På heimedagane skal du vere pålogga Teams mellom ti og to.", "p2_3_tilgjengelighet") == "settled"


def test_under_a_trial_heading_only_a_clause_pointing_back_to_the_trial_is_the_trials():
    text = "Prøvetid og evaluering\nDe tre første månedene er prøvetid.\nOrdningen kan sies opp av begge parter med én måneds varsel.\n"
    assert status(text, "p2_5_endring_oppsigelse") == "settled"
    text = "Prøvetid\nDe tre første månedene er prøvetid.\nI denne perioden kan begge avslutte ordningen med en ukes varsel.\n"
    assert status(text, "p2_5_endring_oppsigelse") == "missing"


def test_taking_the_phone_in_a_window_is_availability():
    assert status("På hjemmedagene tar Nina telefonen fra 09.00 til 15.00.", "p2_3_tilgjengelighet") == "settled"


def test_a_question_and_its_answer_on_one_line():
    text = "Hvor ofte hjemme? Tre dager i uka.\nPrøvetid? Ja, juni og juli. Går det dårlig, kan begge avslutte i den perioden.\n"
    reading = read_agreement(TITLE + text)
    assert reading["p2_1_omfang"].status == "settled"
    assert reading["p2_6_provetid"].status == "settled"
    assert reading["p2_5_endring_oppsigelse"].status == "missing"
    assert status("Utstyr? Hvem eier det?\nHvor ofte hjemme? To dager i uka.\n", "p2_7_utstyr") != "settled"
    assert status("PC-en eies av firmaet. Hvem vedlikeholder den?\n", "p2_7_utstyr") == "partly"
