"""What the agreement meaning tests (tests/test_agreement_meaning*.py) share: a clause read under an
agreement's title, the eight items of hjemmekontorforskriften § 2 første ledd by one letter, and what a
case expects of the reading."""

from __future__ import annotations

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
S = "settled"
NOT = "not settled"  # missing, unsettled or partly: anything but settled
MISSING = "missing"


def reading(text: str, key: str):  # noqa: ANN201 - the reader's item reading
    """The reading of one item (by its full key) of a text under an agreement's title."""
    return read_agreement(TITLE + text)[key]


def status(text: str, key: str) -> str:
    """The status of one item (by its full key) of a text under an agreement's title."""
    return reading(text, key).status


def status_of(text: str, item: str) -> str:
    """The status of one item, named by its letter in K."""
    return status(text, K[item])


def agrees(got: str, expected: str) -> bool:
    """Whether a status is what a case expects (NOT: anything but settled)."""
    if expected == NOT:
        return got != S
    return got == expected
