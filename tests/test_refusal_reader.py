"""The refusal case reader: facts with their spans, negation, compounds, numbers as words, loose typing."""

from __future__ import annotations

import pytest

from advisor.core.models import EmployeeFacts, RefusalCase
from advisor.tasks.refusal.case import read_case
from advisor.tasks.refusal.facts import decide_track
from advisor.tasks.refusal.tokens import number


def read(request: str, refusal: str = "Vi kan ikke innvilge dette.", **employee):
    case = RefusalCase(request=request, refusal=refusal, employee=EmployeeFacts(**employee))
    r, reasons, _ = read_case(case, similarity=False)
    return r, reasons, case


def facts(r) -> set[tuple[str, object]]:
    return {(f.field, f.value) for f in r.facts}


def test_every_fact_carries_the_span_it_was_read_from() -> None:
    r, reasons, case = read(
        "Jeg jobber som helsesekretær og ber om å gå ned til 80 %. Datteren min er tre år.",
        "Det blir for krevende for driften. Vi har ikke folk nok.",
    )
    texts = {"request": case.request, "refusal": case.refusal}
    assert r.facts and reasons
    for f in [*r.facts, *(x.fact for x in reasons)]:
        if f.how == "rule":
            assert texts[f.where][f.start : f.end] == f.source, f


def test_a_profession_is_not_a_health_ground_and_a_child_in_the_text_counts() -> None:
    r, _, _ = read(
        "Jeg jobber som helsesekretær på et legekontor og ber om å gå ned til 80 % … Datteren min er tre år."
    )
    got = facts(r)
    assert ("ground", "health") not in got
    assert ("child_age", 3) in got and ("ground", "children_under_10") in got
    assert ("reduction_percent", 20) in got
    assert decide_track(r)[0] == "reduced_time"


@pytest.mark.parametrize("word", ["helsefagarbeider", "helsesøster", "helsestasjonen", "helsesykepleier"])
def test_health_compounds_that_name_a_job_or_place_are_not_a_ground(word: str) -> None:
    r, _, _ = read(f"Hun er {word} og vil begynne kl. 07 i stedet for 08.")
    assert ("ground", "health") not in facts(r)


def test_negation_scope_ends_at_the_clause() -> None:
    r, _, _ = read("Jeg vil ikke ha redusert stilling, men ber om å begynne 07.00 og gå 15.00.")
    assert ("asks", "fewer_hours") not in facts(r) and ("asks", "time_of_day") in facts(r)
    assert decide_track(r)[0] == "flexible_time"


def test_an_explicitly_missing_certificate_is_absent_not_unknown() -> None:
    r, _, _ = read("Jeg ber om å gå ned til 60 % på grunn av helsa. Jeg har ingen legeerklæring.")
    assert ("documentation", "health:absent") in facts(r)
    r, _, _ = read("Jeg ber om å gå ned til 60 % på grunn av helsa.")
    assert not any(f.field == "documentation" for f in r.facts)
    r, _, _ = read("Jeg ber om 60 % på grunn av helsa, og legen har skrevet en attest.")
    assert ("documentation", "health:present") in facts(r)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("han har en gutt på fem", {5}),
        ("to barn på 4 og 7 år", {4, 7}),
        ("ho har to ungar på fire og åtte", {4, 8}),
        ("sønnen på seks år", {6}),
        ("vi har en treåring", {3}),
    ],
)
def test_child_ages_in_words_and_digits(text: str, ages: set[int]) -> None:
    r, _, _ = read(f"Jeg ber om 80 % stilling. {text}.")
    assert set(r.values("child_age")) == ages


@pytest.mark.parametrize(
    ("text", "age"), [("Han er sekstifire år", 64), ("Jeg fylte 63 i vår", 63), ("Brønnservicespesialist, 61 år.", 61)]
)
def test_the_employees_age(text: str, age: int) -> None:
    r, _, _ = read(f"{text} og ber om redusert arbeidstid.")
    assert r.values("age") == [age]
    assert (("ground", "age_62") in facts(r)) is (age >= 62)


def test_years_of_service_are_not_an_age() -> None:
    r, _, _ = read("Hun har jobbet her i 31 år og har hatt fleksitid i tjue år uten problemer.")
    assert r.values("age") == []
    assert ("past_practice", "positive") in facts(r)


@pytest.mark.parametrize(
    ("word", "n"),
    [("fem", 5), ("sekstifire", 64), ("tjueen", 21), ("åtti", 80), ("12", 12), ("¹", None), ("9" * 5000, None)],
)
def test_number_words(word: str, n: int | None) -> None:
    assert number(word) == n


def test_loose_typing_from_a_representative() -> None:
    r, _, _ = read("en av våre i kantina vil begynne kl 7 isteden for 8. hun har en gutt på fem")
    assert ("asks", "time_of_day") in facts(r) and ("child_age", 5) in facts(r)
    assert decide_track(r)[0] == "flexible_time"


@pytest.mark.parametrize(
    ("request_text", "track"),
    [
        ("Etter sykmeldingen vil jeg ha kortere dager i tre måneder mens jeg trapper opp.", "other"),
        (
            "Hun var sykmeldt i fjor, men det er over. Nå ber hun om 80 % fordi hun har barn på 2 og 5 år.",
            "reduced_time",
        ),
        ("Hun vil ta beredskapsvakten hjemmefra.", "home_office"),
        ("Nattevakten vil slippe nattevaktene fordi hun er alene med barn.", "night_work"),
        ("Hun vil slippe toskift og gå fast dagtid.", "flexible_time"),
        ("Jeg jobber som nattevakt og ber om å gå ned til 80 %.", "reduced_time"),
    ],
)
def test_track(request_text: str, track: str) -> None:
    r, _, _ = read(request_text)
    assert decide_track(r)[0] == track


def test_structured_fields_and_free_text_agree_and_a_correction_wins() -> None:
    r, _, _ = read("Jeg ber om 80 % stilling.", children_under_10=True)
    assert ("ground", "children_under_10") in facts(r)
    case = RefusalCase(
        request="Jeg ber om 80 % stilling. Datteren min er tre år.",
        refusal="Nei.",
        corrections=[
            {"field": "child_age", "value": 3, "action": "remove"},
            {"field": "ground", "value": "children_under_10", "action": "remove"},
        ],
    )
    r, _, _ = read_case(case, similarity=False)
    assert ("child_age", 3) not in facts(r) and ("ground", "children_under_10") not in facts(r)
    case = RefusalCase(
        request="Jeg ber om 80 % stilling.",
        refusal="Nei.",
        corrections=[{"field": "ground", "value": "age_62", "action": "add", "source": "62 år"}],
    )
    r, _, _ = read_case(case, similarity=False)
    assert any(f.field == "ground" and f.value == "age_62" and f.how == "user" for f in r.facts)


def test_the_employers_granted_reduction_and_negated_grant() -> None:
    r, _, _ = read("Jeg ber om 80 %.", "Vi innvilger ikke redusert stilling.")
    assert ("reduction_granted", True) not in facts(r)
    r, _, _ = read("Jeg ber om fri fredager.", "Vi innvilger redusert stilling til 80 prosent, men ikke på fredager.")
    assert ("reduction_granted", True) in facts(r)
