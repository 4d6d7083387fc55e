"""The form helpers every page shares (advisor/app/views/forms.py, common.py), without a browser:
a «check» stops an action on a form with problems, shows each beside its field and says how many;
a form without problems says so and links on; text fields are built one way everywhere."""

from __future__ import annotations

import ipywidgets as w
import pytest
from helpers import find, walk

from advisor.app import build
from advisor.app.texts import catalogue
from advisor.app.views.common import text_field
from advisor.core.settings import Settings

NB = catalogue("nb")


@pytest.fixture()
def settings(tmp_path) -> Settings:  # noqa: ANN001
    return Settings(data_dir=tmp_path, embedding="fake")


def button_named(root: w.Widget, label: str) -> w.Button:
    return next(x for x in walk(root) if isinstance(x, w.Button) and x.description == label)


def shown_problems(root: w.Widget) -> list[str]:
    return [
        c
        for x in walk(root)
        for c in getattr(x, "_dom_classes", ())
        if c.startswith("fw-err-") and 'class="fw-error"' in x.value
    ]


def status_lines(root: w.Widget) -> str:
    return "\n".join(x.value for x in walk(root) if isinstance(x, w.HTML) and "fw-status" in x._dom_classes)


def test_check_counts_the_problems_it_shows_then_links_on(settings: Settings) -> None:
    root = build("01-situasjon.ipynb", settings, user="u")
    find(root, "fw-in-employment_percent").value = "abc"
    find(root, "fw-in-employer_size").value = "mange"
    check = button_named(root, NB["form.check"])
    check.click()
    shown = shown_problems(root)
    assert {"fw-err-employment_percent", "fw-err-employer_size", "fw-err-role"} <= set(shown)  # role: required
    said = NB["form.problems"].format(n=len(shown))
    assert said in status_lines(root)

    find(root, "fw-in-employment_percent").value = "80"
    find(root, "fw-in-employer_size").value = "120"
    find(root, "fw-in-role").value = "Rådgiver"
    check.click()
    assert shown_problems(root) == []
    assert NB["form.ok"] in status_lines(root) and 'href="02-forslag.ipynb"' in status_lines(root)


def test_an_action_on_a_form_with_problems_does_not_run(settings: Settings) -> None:
    root = build("20-tillitsvalgt.ipynb", settings, user="u")
    find(root, "fw-in-refusal_received").value = "2026-02-30"  # no such day
    find(root, "fw-check-refusal").click()
    shown = shown_problems(root)
    assert "fw-err-refusal_received" in shown
    assert NB["form.problems"].format(n=len(shown)) in status_lines(root)
    assert find(root, "fw-verdict-box").value == ""  # no check was made from a form with problems


@pytest.mark.parametrize("area", [False, True])
def test_text_field(area: bool) -> None:
    field = text_field(None, "Rolle", "fw-in-role", area=area, rows=3, placeholder="f.eks. rådgiver")
    assert isinstance(field, w.Textarea) is area
    assert (field.value, field.description, field.tooltip, field.placeholder) == (
        "",
        "Rolle",
        "Rolle",
        "f.eks. rådgiver",
    )
    assert field.continuous_update and field.layout.width == "100%"
    assert {"fw-field", "fw-in-role"} <= set(field._dom_classes)
    assert getattr(field, "rows", None) == (3 if area else None)
    assert text_field(7, "x").value == "7"  # any value shown as text
