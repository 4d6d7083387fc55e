"""The meeting card is one page (issue 13): python-docx cannot paginate and no renderer ships with
the app, so the card is laid out with explicit sizes and its first page measured by a conservative
estimate (advisor.tasks.meeting_card.first_page_height). With the longest inputs the fields allow,
the card is made from shortened user text until it fits; with ordinary inputs nothing is cut.
tests/test_meeting_card_render.py checks the same cards, and the estimate itself, against a real
render (LibreOffice to PDF)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from advisor.core.models import KPI, Proposal, Result, Situation, Task
from advisor.tasks.meeting_card import PAGE, first_page_height, meeting_card_docx, paragraph_height

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NAMES = ["analytiker", "kundeservice", "sykepleier", "agreement"]
HEADINGS = {
    "nb": [
        "Forslaget",
        "Tre sterke argumenter bygget på resultater",
        "Svar på de tre mest sannsynlige innvendingene",
        "Prøveperioden",
    ],
    "en": [
        "The proposal",
        "Three strong arguments built on results",
        "Answers to the three most likely objections",
        "The trial period",
    ],
}


def load(name: str) -> tuple[Situation, Proposal]:
    return (
        Situation.model_validate_json((EXAMPLES / f"situation-{name}.json").read_text(encoding="utf-8")),
        Proposal.model_validate_json((EXAMPLES / f"proposal-{name}.json").read_text(encoding="utf-8")),
    )


def words(n: int) -> str:
    """Ordinary words up to n characters (what a long but realistic field holds)."""
    base = "saksbehandling av kompliserte erstatningssaker med mange parter og lange frister i flere land "
    return (base * (n // len(base) + 1))[:n].strip()


def longest(situation: Situation, proposal: Proposal) -> tuple[Situation, Proposal]:
    """Every field the card uses at its limit (advisor.app.steps.limits), and long lists."""
    sit = situation.model_copy(
        update={
            "tasks": [Task(name=words(200), deep_focus=True) for _ in range(8)],
            "results": [Result(description=words(600), evidence=words(600), when=words(200)) for _ in range(5)],
            "best_hours": words(200),
            "role": words(200),
        }
    )
    pro = proposal.model_copy(
        update={
            "kpis": [KPI(name=words(200), target=words(200)) for _ in range(8)],
            "follow_up": [words(600) for _ in range(8)],
            "availability_channels": [words(100) for _ in range(8)],
            "response_time": words(600),
            "availability_window": words(200),
            "situational_rules": words(4000),
            "core_hours": words(200),
            "outer_hours": words(200),
        }
    )
    return sit, pro


def page_one(data: bytes) -> list[str]:
    import docx

    from advisor.tasks.meeting_card import _first_page

    return [p.text for p in _first_page(docx.Document(io.BytesIO(data)))]


def future(proposal: Proposal) -> Proposal:
    return proposal.model_copy(update={"start_date": "2027-01-04", "evaluation_date": "2027-04-20"})


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_the_card_is_one_page_with_every_part(name, lang):
    situation, proposal = load(name)
    for pro in (proposal, future(proposal)):  # with past dates flagged at the top, and without
        data = meeting_card_docx(situation, pro, lang, today=date(2026, 11, 29))
        assert first_page_height(data) <= 1.0
        first = page_one(data)
        assert all(h in first for h in HEADINGS[lang])
        assert not any(p in ("Kilder og merknader", "Sources and notes") for p in first)  # sources on page two


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("name", NAMES[:3])
def test_the_longest_inputs_still_fit_on_one_page(name, lang):
    situation, proposal = longest(*load(name))
    data = meeting_card_docx(situation, proposal, lang, today=date(2026, 11, 29))
    assert first_page_height(data) <= 1.0
    first = page_one(data)
    assert all(h in first for h in HEADINGS[lang])
    assert any("…" in p for p in first)  # shortened, visibly


def test_nothing_is_cut_when_the_card_fits():
    situation, proposal = load("analytiker")
    first = "\n".join(page_one(meeting_card_docx(situation, future(proposal), "nb")))
    assert "…" not in first
    for task in (t.name for t in situation.tasks if t.deep_focus):
        assert task[:1].lower() + task[1:] in first


def test_the_card_is_laid_out_as_the_estimate_assumes():
    import docx

    data = meeting_card_docx(*load("analytiker"), "en")
    section = docx.Document(io.BytesIO(data)).sections[0]
    assert abs(section.page_height.pt - PAGE["height"]) < 1 and abs(section.left_margin.pt - PAGE["margin"]) < 1
    assert docx.Document(io.BytesIO(data)).styles["Normal"].font.size.pt == 10


def test_the_estimate_can_say_no():
    """The check is not one that cannot fail: a long text does not fit, and height grows with text."""
    import docx

    from advisor.tasks.meeting_card import _one_page_layout

    document = docx.Document()
    for _ in range(40):
        document.add_paragraph(words(400))
    buffer = io.BytesIO()
    document.save(buffer)
    assert first_page_height(_one_page_layout(buffer.getvalue())) > 1.5
    one = paragraph_height("kort", 10, False, 0, 3, 1.05)
    assert one == pytest.approx(10 * 1.25 * 1.05 + 3)
    assert paragraph_height(words(1000), 10, False, 0, 3, 1.05) > 8 * one
    assert paragraph_height("x" * 500, 10, False, 0, 3, 1.05) > 4 * one  # a word longer than a line wraps
