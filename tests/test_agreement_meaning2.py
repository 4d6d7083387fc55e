"""The gap check reads meaning, by general cause (issue 11, point 4): the error classes the second
outsider set showed, each pinned here in sentences of our own (not the outsider's)."""

from __future__ import annotations

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
