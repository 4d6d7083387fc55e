"""Workbook 08 (Spør om reglene): the step model with the real index, and the page built in-process."""

from __future__ import annotations

import ipywidgets as w
import pytest

from advisor.answering.rules import load_rules
from advisor.app.context import AppContext
from advisor.app.steps.ask import MAX_LENGTH, AskModel, rule_question
from advisor.app.steps.base import NeedsInput
from advisor.app.texts import catalogue
from advisor.core.settings import Settings


def walk(widget: w.Widget):  # noqa: ANN201
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from walk(child)


def find(root: w.Widget, css: str) -> w.Widget:
    return next(x for x in walk(root) if css in getattr(x, "_dom_classes", ()))


@pytest.fixture()
def ctx(real_settings: Settings, request: pytest.FixtureRequest) -> AppContext:
    """The real index, and a user of this test's own (the session's data folder is shared)."""
    return AppContext.create(real_settings, user=f"ask-{abs(hash(request.node.nodeid))}")


def test_the_question_is_saved_as_typed(ctx: AppContext) -> None:
    AskModel(ctx).set("question", "  Kan jeg  jobbe hjemme? ")
    assert AskModel(ctx).values["question"] == "  Kan jeg  jobbe hjemme? "


@pytest.mark.parametrize(
    ("typed", "key"),
    [("", "askpage.err.empty"), (" \n\t ", "askpage.err.empty"), ("hjemme " * 200, "askpage.err.too_long")],
)
def test_empty_or_too_long_is_a_problem_with_its_message(ctx: AppContext, typed: str, key: str) -> None:
    model = AskModel(ctx)
    model.set("question", typed)
    assert model.problems()["question"].key == key
    assert key in catalogue("nb") and key in catalogue("en")
    with pytest.raises(NeedsInput):
        model.ask()
    assert AskModel(ctx).answer is None


def test_a_question_just_within_the_limit_is_accepted(ctx: AppContext) -> None:
    model = AskModel(ctx)
    model.set("question", "x" * MAX_LENGTH)
    assert model.problems() == {}


def test_a_legal_question_gets_a_rule_line_and_verified_citations(ctx: AppContext) -> None:
    model = AskModel(ctx)
    model.set("question", "Har jeg rett til å jobbe hjemmefra?")
    answer = model.ask()
    assert not answer.abstained
    assert answer.rule
    assert answer.citations and all(c.verified for c in answer.citations)
    assert "[1]" in answer.answer
    line = model.rule_line(answer)
    assert line[0].isupper() and line.endswith("?")
    rule = next(r for r in load_rules() if r["id"] == answer.rule)
    assert line[:-1].lower() == rule["phrasings"][0].lower().rstrip("?")
    # Saved: a reload shows the same answer.
    again = AskModel(ctx)
    assert again.answer is not None and again.answer.answer == answer.answer
    assert again.values["question"] == "Har jeg rett til å jobbe hjemmefra?"


def test_an_english_page_answers_in_english_with_an_english_rule_line(ctx: AppContext) -> None:
    ctx.lang = "en"
    model = AskModel(ctx)
    model.set("question", "Do I have a right to work from home?")
    answer = model.ask()
    assert not answer.abstained and answer.rule
    rule = next(r for r in load_rules() if r["id"] == answer.rule)
    english = rule["phrasings"][rule["en_from"] :]
    line = model.rule_line(answer)
    assert line[:-1].lower() == english[0].lower().rstrip("?")


def test_an_off_topic_question_abstains(ctx: AppContext) -> None:
    model = AskModel(ctx)
    model.set("question", "Hvordan baker jeg surdeigsbrød med rug?")
    answer = model.ask()
    assert answer.abstained
    assert answer.citations == []
    assert model.rule_line(answer) == ""


def test_rule_question_without_a_rule_or_for_an_unknown_one() -> None:
    assert rule_question(None, "nb") == ""
    assert rule_question("no-such-rule", "en") == ""


def test_the_page_shows_a_problem_for_an_empty_question_and_an_answer_with_badges(real_settings: Settings) -> None:
    from advisor.app import build

    user = "ask-page"
    AppContext.create(real_settings, user=user).lang = "nb"
    root = build("08-spor.ipynb", real_settings, user=user)
    find(root, "fw-ask").click()
    status = find(root, "fw-status").value
    assert "Skriv et spørsmål først." in "".join(x.value for x in walk(root) if isinstance(x, w.HTML))
    assert "Traceback" not in status
    find(root, "fw-in-question").value = "Har jeg rett til å jobbe hjemmefra?"
    find(root, "fw-ask").click()
    html = find(root, "fw-ask-answer").value
    assert "fw-badge fw-verified" in html
    assert "fw-rule-line" in html and "Svaret gjelder spørsmålet: «" in html
    again = build("08-spor.ipynb", real_settings, user=user)
    assert find(again, "fw-in-question").value == "Har jeg rett til å jobbe hjemmefra?"
    assert "fw-badge fw-verified" in find(again, "fw-ask-answer").value
