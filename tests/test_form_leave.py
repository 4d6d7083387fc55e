"""A text field is judged when the user leaves it, not while typing (advisor/app/views/forms.py).

Every keystroke is saved as typed; a problem line shows once the field is left (the page's hidden
`fw-leave-check` button, clicked by the page template on focusout, Tab included), on Enter, and on
«check»; while typing, a shown problem goes as soon as the value is right, and none comes.
The browser half (focusout -> the button) is tests/test_e2e.py::test_proposal.
"""

from __future__ import annotations

from datetime import date, timedelta

import ipywidgets as w
import pytest
from helpers import find, leave, walk

from advisor.app import build
from advisor.app.context import AppContext
from advisor.app.texts import catalogue
from advisor.core.settings import Settings


@pytest.fixture()
def settings(tmp_path) -> Settings:  # noqa: ANN001
    return Settings(data_dir=tmp_path, embedding="fake")


def type_into(field: w.Text, text: str) -> None:
    """Key by key, as continuous_update sends it."""
    for i in range(1, len(text) + 1):
        field.value = text[:i]


def enter(field: w.Text) -> None:
    """Enter in a one-line field: the widget's «submit» message from the browser."""
    field._handle_custom_msg({"event": "submit"}, [])


def saved(settings: Settings, doc: str, name: str) -> str:
    return AppContext.create(settings, user="u").get(doc)[name]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_typing_a_date_never_adds_a_problem_leaving_it_does_and_typing_right_clears_it(
    settings: Settings, lang: str
) -> None:
    AppContext.create(settings, user="u").lang = lang
    msg = catalogue(lang)
    root = build("02-forslag.ipynb", settings, user="u")
    start, slot = find(root, "fw-in-start_date"), find(root, "fw-err-start_date")
    type_into(start, "12.0")  # half a date: not called wrong
    assert slot.value == ""
    assert saved(settings, "proposal", "start_date") == "12.0"  # saved as typed
    leave(root)  # Tab / a click elsewhere
    assert msg["err.date_format"] in slot.value and 'role="alert"' in slot.value
    assert start.value == "12.0"  # the typed text stays
    future = (date.today() + timedelta(days=40)).strftime("%d.%m.%Y")
    type_into(start, future[:-1])  # selects all and types again; not a date yet: the same line stays
    assert slot.value.count("fw-error") == 1 and msg["err.date_format"] in slot.value
    start.value = future  # right: the line goes at once, without leaving
    assert slot.value == ""
    leave(root)
    assert slot.value == ""
    assert saved(settings, "proposal", "start_date") == future


def test_enter_judges_the_field_and_other_fields_keep_their_own_state(settings: Settings) -> None:
    msg = catalogue("nb")
    root = build("02-forslag.ipynb", settings, user="u")
    start, evaluation = find(root, "fw-in-start_date"), find(root, "fw-in-evaluation_date")
    type_into(start, "2026-02-30")
    assert find(root, "fw-err-start_date").value == ""
    enter(start)
    assert msg["err.date_impossible"] in find(root, "fw-err-start_date").value
    type_into(evaluation, "31.1")  # typing in the next field: its own half date is not judged
    assert find(root, "fw-err-evaluation_date").value == ""
    assert msg["err.date_impossible"] in find(root, "fw-err-start_date").value
    leave(root)
    assert msg["err.date_format"] in find(root, "fw-err-evaluation_date").value


def test_a_field_never_typed_in_is_not_judged_when_another_is_left(settings: Settings) -> None:
    root = build("01-situasjon.ipynb", settings, user="u")
    find(root, "fw-in-employer_size").value = "120"
    leave(root)
    assert find(root, "fw-err-role").value == ""  # required, but nobody has been there yet
    assert find(root, "fw-err-employer_size").value == ""


def test_check_shows_every_problem_even_in_the_field_being_typed_in(settings: Settings) -> None:
    msg = catalogue("nb")
    root = build("01-situasjon.ipynb", settings, user="u")
    type_into(find(root, "fw-in-employment_percent"), "8O")
    assert find(root, "fw-err-employment_percent").value == ""
    next(b for b in walk(root) if isinstance(b, w.Button) and b.description == msg["form.check"]).click()
    assert "fw-error" in find(root, "fw-err-employment_percent").value
    assert msg["err.required"] in find(root, "fw-err-role").value
    # after a check, typing again in a field is still not judged key by key
    find(root, "fw-in-role").value = "R"
    assert msg["err.required"] not in find(root, "fw-err-role").value  # right now: gone at once
    find(root, "fw-in-employment_percent").value = "8O5"  # one more key, still wrong
    assert "fw-error" in find(root, "fw-err-employment_percent").value  # the old line, unchanged
    find(root, "fw-in-employment_percent").value = "85"
    assert find(root, "fw-err-employment_percent").value == ""


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_refusal_date_in_the_future_waits_for_leaving(settings: Settings, lang: str) -> None:
    AppContext.create(settings, user="u").lang = lang
    msg = catalogue(lang)
    root = build("20-tillitsvalgt.ipynb", settings, user="u")
    received, slot = find(root, "fw-in-refusal_received"), find(root, "fw-err-refusal_received")
    type_into(received, "9999-12-31")
    assert slot.value == ""
    enter(received)
    assert msg["err.date_future"] in slot.value
    received.value = "2026-11-0"
    assert msg["err.date_future"] in slot.value  # not replaced by «not a date» while typing
    received.value = "2026-11-01"
    assert slot.value == ""


def test_a_past_start_date_is_warned_about_when_left_not_while_typing(settings: Settings) -> None:
    root = build("02-forslag.ipynb", settings, user="u")
    start, warn = find(root, "fw-in-start_date"), find(root, "fw-warn-start_date")
    past = (date.today() - timedelta(days=400)).isoformat()
    type_into(start, past)
    assert warn.value == ""
    leave(root)
    assert "fw-warn" in warn.value
    start.value = (date.today() + timedelta(days=30)).isoformat()  # right again: gone while typing
    assert warn.value == ""


def test_a_saved_past_date_is_warned_about_when_the_page_opens(settings: Settings) -> None:
    root = build("02-forslag.ipynb", settings, user="u")
    find(root, "fw-in-start_date").value = (date.today() - timedelta(days=400)).isoformat()
    again = build("02-forslag.ipynb", settings, user="u")
    assert "fw-warn" in find(again, "fw-warn-start_date").value
    assert find(again, "fw-err-start_date").value == ""


def test_list_rows_are_judged_when_left_and_rows_removed_forget_their_state(settings: Settings) -> None:
    msg = catalogue("nb")
    root = build("02-forslag.ipynb", settings, user="u")
    find(root, "fw-add-kpis").click()
    type_into(find(root, "fw-in-kpis-name"), "Saker lukket")
    assert find(root, "fw-err-kpis-0-target").value == ""
    enter(find(root, "fw-in-kpis-name"))
    leave(root)
    assert find(root, "fw-err-kpis-0-target").value == ""  # the target field was never visited
    find(root, "fw-in-kpis-target").value = "x" * 400
    leave(root)
    assert msg["err.too_long"].split("{")[0] in find(root, "fw-err-kpis-0-target").value
    find(root, "fw-remove-kpis").click()
    find(root, "fw-add-kpis").click()
    assert find(root, "fw-err-kpis-0-target").value == ""  # a new row starts clean


def test_a_language_switch_leaves_one_form_listening_per_form(settings: Settings) -> None:
    root = build("02-forslag.ipynb", settings, user="u")
    leave_button = find(root, "fw-leave-check")
    assert leave_button.layout.display == "none" and leave_button.description == catalogue("nb")["form.left"]
    find(root, "fw-lang").value = "en"
    assert find(root, "fw-leave-check").description == catalogue("en")["form.left"]
    type_into(find(root, "fw-in-start_date"), "2026-02-30")
    leave(root)
    assert catalogue("en")["err.date_impossible"] in find(root, "fw-err-start_date").value


def test_workshop_start_time_is_judged_when_left(settings: Settings) -> None:
    """11 Verkstedopplegg's start time (HH:MM, outside the Binder) follows the same rule."""
    msg = catalogue("nb")
    root = build("11-verksted.ipynb", settings, user="u")
    field = find(root, "fw-in-plan-start")
    box = next(x for x in walk(root) if field in getattr(x, "children", ()))
    status = box.children[list(box.children).index(field) + 1]  # the plan's status line, under the field
    plan = find(root, "fw-plan")
    before = plan.value
    type_into(field, "10:")  # on the way to 10:30
    assert status.value == "" and plan.value == before  # not called wrong; the last plan stays
    leave(root)
    assert msg["plan.err.start"] in status.value and "fw-error" in status.value
    type_into(field, "10:3")  # «1», «10», … : the line stays as it was, no other comes
    assert msg["plan.err.start"] in status.value
    field.value = "10:30"  # right: the plan, and the line goes at once
    assert "10:30" in plan.value and status.value == ""
    field.value = "1O:30"
    enter(field)
    assert msg["plan.err.start"] in status.value
