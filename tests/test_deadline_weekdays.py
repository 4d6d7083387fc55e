"""The weekday names come from advisor.core.dates (the one home for dates), and the deadline question reads
every one of them, bokmål and English, before the letter's own date and before a deadline the asker proposes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from advisor.answering.deadline_asked import arrival_date
from advisor.core.dates import WEEKDAYS_NB, weekday_name, weekday_names

NAMES = [(lang, name) for lang in ("nb", "en") for name in weekday_names(lang)]


def test_seven_weekdays_from_monday_in_each_language() -> None:
    assert (
        weekday_names("nb") == WEEKDAYS_NB == ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
    )
    assert weekday_names("en") == ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    monday = date(2026, 11, 30)
    for lang in ("nb", "en"):
        for i in range(7):
            assert weekday_name(monday + timedelta(days=i), lang) == weekday_names(lang)[i]


# Neither question tells which date is the day the refusal arrived, except by setting the other date aside:
# the weekday must be read for that (without it, two dates are left and nothing is computed).
@pytest.mark.parametrize(("lang", "name"), NAMES)
@pytest.mark.parametrize("written", [str, str.lower, str.capitalize], ids=["as-written", "lower", "capital"])
def test_a_weekday_before_the_letters_date_is_read(lang: str, name: str, written) -> None:  # noqa: ANN001
    day = written(name)
    question = (
        f"Avslaget datert {day} 3. mars 2026 lå i postkassen 5. mars 2026. Hva er fristen?"
        if lang == "nb"
        else f"The refusal dated {day} March 3, 2026 was in my mailbox on March 5, 2026. What is the deadline?"
    )
    assert arrival_date(question) == date(2026, 3, 5), question


@pytest.mark.parametrize(("lang", "name"), NAMES)
def test_a_weekday_before_a_proposed_deadline_is_read(lang: str, name: str) -> None:
    question = (
        f"Avslaget lå i postkassen 5. mars 2026, og fristen blir {name} den 2. april 2026?"
        if lang == "nb"
        else f"The refusal was in my mailbox on March 5, 2026, and the deadline is {name} the April 2, 2026?"
    )
    assert arrival_date(question) == date(2026, 3, 5), question


def test_a_word_that_is_no_weekday_is_not_taken_for_one() -> None:
    # the test above could fail: with a word that is not a weekday name, both dates stay and none is certain
    assert arrival_date("Avslaget datert fridag 3. mars 2026 lå i postkassen 5. mars 2026. Hva er fristen?") is None
