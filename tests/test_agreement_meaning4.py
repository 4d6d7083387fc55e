"""The gap check reads meaning, by general cause (issue 11, point 4): the error classes the fourth
outsider set showed, each pinned here in sentences of our own (not the outsider's)."""

from __future__ import annotations

import pytest

from advisor.tasks.agreement.reading import read_agreement

TITLE = "Avtale om hjemmekontor\n\n"
K = {
    "e": "p2_1_omfang",
    "h": "p2_2_arbeidstid",
    "a": "p2_3_tilgjengelighet",
    "d": "p2_4_varighet",
    "c": "p2_5_endring_oppsigelse",
    "t": "p2_6_provetid",
    "q": "p2_7_utstyr",
    "s": "p2_8_saksbehandling_taushet",
}


def reading(text: str, key: str):
    return read_agreement(TITLE + text)[key]


def status(text: str, key: str) -> str:
    return reading(text, key).status


def test_a_call_to_the_workplace_on_a_home_day_is_no_extent():
    for text in (
        "Hvis vi trenger henne på lageret en dag hun egentlig skulle jobbet hjemme, gir lederen beskjed senest tre dager før.",
        "I julen kan lederen be ham om å møte på kontoret en hjemmedag, med to dagers varsel.",
        "Should we need you in the office on a day you would have worked from home, we tell you a week before.",
    ):
        assert status(text + "\n", K["e"]) != "settled", text
    # a count of home days still is the extent
    assert status("Han har en hjemmedag i uka, fredag.\n", K["e"]) == "settled"
    assert status("Hun jobber hjemme en dag i uka.\n", K["e"]) == "settled"


def test_until_then_points_back_to_the_trial():
    text = (
        "Prøvetid\nDe to første månedene er en prøveperiode. Vi evaluerer etter to måneder; fram til da kan begge "
        "avslutte ordningen med en ukes varsel.\n"
    )
    assert status(text, K["c"]) == "missing"
    assert status(text, K["d"]) == "missing"
    assert status(text, K["t"]) == "settled"
    en = (
        "Trial\n- The first two months are a trial. We meet at the end; until then either side may end it with one "
        "week's notice.\n"
    )
    assert status(en, K["c"]) == "missing"
    assert status(en, K["t"]) == "settled"


def test_a_temporary_arrangement_with_only_a_start_date_has_no_duration():
    for text in ("Varighet: midlertidig, fra 01.09.2027", "Ordningen er midlertidig og gjelder fra 1. september 2027."):
        assert status(text + "\n", K["d"]) != "settled", text
    # a start and an end, or a start and «until further notice», still settle it
    assert status("Ordningen er midlertidig og gjelder fra 1. september 2027 til 30. juni 2028.\n", K["d"]) == "settled"
    assert status("Ordningen gjelder fra 1. september 2027 og inntil videre.\n", K["d"]) == "settled"


def test_the_extent_as_a_share_of_the_shifts():
    assert status("Hjemmearbeid\nPer tar alle kveldsvaktene sine hjemmefra.\n", K["e"]) == "settled"
    assert status("Hjemme tar hun fire nattskift i hver tiukersperiode.\n", K["e"]) == "settled"


def test_reachable_during_the_whole_named_shift():
    assert status("Under hele kveldsvakten er Per pålogget kundesystemet.\n", K["a"]) == "settled"


def test_casework_for_business_records_and_the_active_voice():
    text = "Kundelister ligger bare i CRM-systemet, og hun laster ikke ned kundelister eller skriver ut fakturaer hjemme.\n"
    assert status(text, K["s"]) == "settled"
    assert status("Det hun får vite om kundene, snakker hun ikke med andre om.\n", K["s"]) == "settled"
    # business records named without a rule settle nothing
    assert status("Hun sender fakturaer og kundelister til regnskapsføreren.\n", K["s"]) != "settled"


def test_a_contact_field_is_availability():
    text = "Tilgjengelighet\nKontakt i arbeidstiden: mobil og Teams kl. 10–14\n"
    assert status(text, K["a"]) == "settled"
    assert status("Kontakt i arbeidstida:\n", K["a"]) != "settled"


def test_a_table_read_with_its_column_headers():
    text = (
        "| Utstyr | Hvem eier det | Drift | Reparasjon |\n|---|---|---|---|\n"
        "| Bærbar PC | firmaet | IT-avdelingen | IT-avdelingen |\n| Kontorstol | Per | – | Per |\n"
    )
    assert status(text, K["q"]) == "settled"
    # a table that says who owns the things and nothing more is partly
    owner = "| Utstyr | Eier |\n|---|---|\n| PC | firmaet |\n| Stol | Per |\n"
    assert status(owner, K["q"]) == "partly"
