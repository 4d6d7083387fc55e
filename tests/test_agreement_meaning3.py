"""The gap check reads meaning, by general cause (issue 11, point 4): the error classes the third
outsider set showed, each pinned here in sentences of our own (not the outsider's)."""

from __future__ import annotations

from advisor.tasks.agreement.reading import read_agreement

TITLE = "Avtale om hjemmekontor\n\n"


def reading(text: str, key: str):
    return read_agreement(TITLE + text)[key]


def status(text: str, key: str) -> str:
    return reading(text, key).status


def test_available_for_the_whole_working_time_or_shift_says_when():
    for text in (
        "Hun skal kunne nås på mobil hele arbeidstiden når hun er hjemme.",
        "Under hele skiftet er han pålogget kundesystemet.",
        "Gjennom heile vakta er ho innlogga og svarer på chat.",
        "He is logged in and answers the phone throughout the shift.",
        "You are reachable on Teams during the whole working day.",
    ):
        assert status(text + "\n", "p2_3_tilgjengelighet") == "settled", text


def test_being_reachable_for_the_whole_working_time_at_home_is_no_extent():
    text = "Hun skal være tilgjengelig på telefon hele arbeidstiden hjemme.\n"
    assert status(text, "p2_1_omfang") != "settled"
    # working from home the whole working time still is an extent
    assert status("Hun arbeider hjemme hele arbeidstiden.\n", "p2_1_omfang") == "settled"
