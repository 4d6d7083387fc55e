"""The gap check reads meaning, by general cause (issue 11, point 4): the error classes the second
outsider set showed, each pinned here in sentences of our own (not the outsider's)."""

from __future__ import annotations

import pytest

from advisor.tasks.agreement.reading import read_agreement

TITLE = "Avtale om hjemmekontor\n\n"


def reading(text: str, key: str):
    return read_agreement(TITLE + text)[key]


TABLE = """| Hva | Avtalt |
|:---|---|
| Varighet | 1.9.2027–31.8.2028 |
| Fra/til | 1.9.2027–31.8.2028 |
| Prøveordning | Ingen egen prøveordning for hjemmearbeidet. |
| Når skal jeg kunne nås? | Mellom 09.00 og 15.00 på Teams. |
"""


def test_a_markdown_table_row_is_a_label_and_its_value():
    assert reading(TABLE.replace("| Varighet | 1.9.2027–31.8.2028 |\n", ""), "p2_4_varighet").status == "settled"
    assert reading(TABLE, "p2_6_provetid").status == "settled"
    assert reading(TABLE, "p2_3_tilgjengelighet").status == "settled"
    # the header row names the columns: «Avtalt» is no clause of the agreement
    assert "Hva" not in reading(TABLE, "p2_4_varighet").evidence


def test_an_empty_or_placeholder_cell_settles_nothing():
    empty = TABLE.replace("Ingen egen prøveordning for hjemmearbeidet.", "")
    assert reading(empty, "p2_6_provetid").status in ("unsettled", "missing")
    todo = TABLE.replace("Ingen egen prøveordning for hjemmearbeidet.", "(fylles ut av leder)")
    assert reading(todo, "p2_6_provetid").status in ("unsettled", "missing")


def test_a_field_is_named_whole():
    r = reading("- Hjemmedag: fredag. De andre dagene møter du på lageret.\n", "p2_1_omfang")
    assert r.status == "settled"
    assert r.evidence == "Hjemmedag: fredag. De andre dagene møter du på lageret."


@pytest.mark.parametrize(
    "line",
    [
        "- Lønnsdata: kun i lønnssystemet.",
        "- Ingen utskrifter i hjemmet.",
        "- Samme taushetsplikt som på lageret.",
        "- The same duty of confidentiality as at the office.",
    ],
)
def test_verbless_casework_lines_and_the_same_rule_as_elsewhere_settle_it(line):
    assert reading(line + "\n", "p2_8_saksbehandling_taushet").status == "settled"


def test_the_same_as_elsewhere_about_something_else_settles_nothing():
    r = reading("- Lønnsdata: samme arbeidsoppgaver som på lageret.\n", "p2_8_saksbehandling_taushet")
    assert r.status != "settled"


@pytest.mark.parametrize(
    "exception",
    [
        "I påsken (29. mars–6. april) kan lagersjefen bytte hjemmedagen med en ukes varsel.",
        "I høysesongen kan leder flytte en hjemmedag til lageret med tre dagers varsel.",
        "During the holiday season the manager may move a home day to the office with a week's notice.",
    ],
)
def test_a_time_limited_exception_is_neither_the_extent_nor_the_change_right(exception):
    got = read_agreement(TITLE + exception + "\n")
    assert got["p2_1_omfang"].status != "settled"
    assert got["p2_5_endring_oppsigelse"].status != "settled"


def test_a_plain_change_right_still_counts():
    got = read_agreement(TITLE + "Leder kan endre hjemmedagen med en ukes varsel.\n")
    assert got["p2_5_endring_oppsigelse"].status != "missing"


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        ("Arbeidstiden hjemme følger tariffavtalen og kontorets fleksitidsordning.", True),
        ("3.2 Arbeidstiden på hjemmedagene er på samme måte som når hun er på kontoret.", True),
        ("Working hours at home follow the employment contract.", True),
        ("Arbeidstiden hjemme følger det leder til enhver tid bestemmer.", False),
        ("Arbeidstiden hjemme registreres i timesystemet, se håndboka kap. 3.", False),
    ],
)
def test_hours_by_reference_to_a_rule_that_exists(text, settled):
    assert (reading(text + "\n", "p2_2_arbeidstid").status == "settled") is settled


def test_an_exit_at_the_end_of_the_trial_is_the_trials():
    text = (
        "Prøvetiden er seks uker. Ved prøvetidens slutt ser vi på ordningen sammen, og hver av oss kan da "
        "avslutte den med en ukes varsel.\n"
    )
    got = read_agreement(TITLE + text)
    assert got["p2_6_provetid"].status == "settled"
    assert got["p2_5_endring_oppsigelse"].status != "settled"
    after = text + "Etter prøvetiden kan begge si opp avtalen med en måneds varsel.\n"
    assert read_agreement(TITLE + after)["p2_5_endring_oppsigelse"].status == "settled"


@pytest.mark.parametrize(
    "text",
    [
        "Hvorvidt det skal være en prøvetid, avgjør vi etter to uker, mens avtalen ellers kan sies opp med én "
        "måneds varsel.",
        "Om vi skal ha en prøveperiode, tar vi stilling til når de første tre ukene er gått.",
        "Whether there should be a trial period will be decided at the first review meeting.",
    ],
)
def test_whether_there_is_to_be_a_trial_decided_later_is_a_deferral(text):
    assert reading(text + "\n", "p2_6_provetid").status != "settled"


@pytest.mark.parametrize(
    "text",
    [
        "Partene i denne avtalen er Lie Bygg AS, heretter kalt firmaet, og tømrer Per Lie, og den kommer i tillegg "
        "til arbeidsavtalen av 1. mars 2020.",
        "Ansettelsesavtalen mellom de samme partene datert 2. mai 2021 gjelder fortsatt.",
        "This agreement is made between Lie Bygg AS, hereinafter the Company, and Per Lie from 1 March 2020.",
    ],
)
def test_a_party_introduction_and_a_cited_contract_say_nothing_on_the_duration(text):
    assert reading(text + "\n", "p2_4_varighet").status != "settled"


def test_a_project_name_and_the_end_of_a_project_are_no_change_right():
    text = "Ordningen varer til prosjektet «Skog i endring» avsluttes, senest 1. juni 2028.\n"
    got = read_agreement(TITLE + text)
    assert got["p2_4_varighet"].status == "settled"
    assert got["p2_5_endring_oppsigelse"].status == "missing"


LONG = (
    "Det er avtalt at Ola Nilsen, så lenge kartleggingen av bygningsmassen i kommunen varer og rapportene skal "
    "skrives, arbeider fra sitt hus på Jessheim hver tirsdag og fredag, og på disse dagene gjelder kommunens "
    "ordinære arbeidstid mellom klokken åtte om morgenen og klokken fire om ettermiddagen, og han svarer på "
    "henvendelser fra kolleger og innbyggere i løpet av dagen, mens ordningen som sådan gjelder fra 1. mars "
    "2027 og opphører når sluttrapporten er levert, likevel senest 28. februar 2028."
)


def test_a_long_sentence_settles_each_item_by_its_own_part_and_names_that_part():
    got = read_agreement(TITLE + LONG + "\n")
    assert got["p2_1_omfang"].status == "settled"
    assert got["p2_2_arbeidstid"].status == "settled"
    assert got["p2_4_varighet"].status == "settled"
    assert got["p2_4_varighet"].evidence.startswith("ordningen som sådan gjelder fra 1. mars 2027")
    # the clock times of the hours are no availability, and an end by an event is no right to end
    assert got["p2_3_tilgjengelighet"].status != "settled"
    assert got["p2_5_endring_oppsigelse"].status == "missing"


def test_a_clock_time_in_the_afternoon_is_no_half_day_extent():
    text = LONG.replace("hver tirsdag og fredag", "noen dager")
    assert reading(text + "\n", "p2_1_omfang").status != "settled"


def test_a_trial_said_as_on_trial_with_an_exit_in_that_time():
    text = (
        "De første to månedene er hjemmearbeidet på prøve, og i dette tidsrommet kan begge avslutte det med "
        "en ukes varsel.\n"
    )
    got = read_agreement(TITLE + text)
    assert got["p2_6_provetid"].status == "settled"
    assert got["p2_5_endring_oppsigelse"].status != "settled"
    assert reading("Hjemmearbeidet er på prøve.\n", "p2_6_provetid").status != "settled"


def test_how_long_it_is_to_last_decided_later_is_a_deferral():
    text = "Hun arbeider hjemme hver fredag, mens hvor lenge ordningen skal vare, avgjør vi etter sommeren.\n"
    assert reading(text, "p2_4_varighet").status != "settled"
    assert reading(text, "p2_1_omfang").status == "settled"


def test_a_part_that_only_shares_a_word_with_another_item_is_still_read():
    text = LONG.replace(
        "og på disse dagene gjelder kommunens ordinære arbeidstid mellom klokken åtte om morgenen og klokken fire "
        "om ettermiddagen, ",
        "",
    ).replace(
        "mens ordningen som sådan gjelder", "mens det på hjemmedagene gjelder kjernetid fra ni til to og ordningen"
    )
    assert reading(text + "\n", "p2_2_arbeidstid").status == "settled"
