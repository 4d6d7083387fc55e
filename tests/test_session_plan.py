"""Workbook 11 (Verkstedopplegg): timetable, objection cards, observer scores, readiness, debrief, summary."""

from __future__ import annotations

import io
import itertools
import random

import pytest

from advisor.app.context import AppContext
from advisor.app.steps.base import NeedsInput
from advisor.app.steps.session_plan import SessionPlanModel
from advisor.app.steps.workshop import WorkshopModel
from advisor.app.texts import ui
from advisor.app.views.session_plan import debrief_plots
from advisor.core.settings import Settings


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, embedding="fake")


def person(settings: Settings, user: str) -> SessionPlanModel:
    return SessionPlanModel(AppContext.create(settings, user=user))


def test_timetable_runs_from_the_start_time_through_every_step(settings: Settings) -> None:
    m = person(settings, "fasilitator")
    m.set("start", "9.30")
    rows = m.schedule()
    assert [r["step"] for r in rows] == ["welcome", "situation", "proposal", "arguments", "roleplay", "debrief"]
    assert rows[0]["begins"] == "09:30" and rows[-1]["ends"] == "11:25"
    assert all(a["ends"] == b["begins"] for a, b in itertools.pairwise(rows))
    m.set("start", "halv ti")
    with pytest.raises(NeedsInput):
        m.schedule()


def test_cards_fit_the_partners_case_and_the_worry_comes_first(settings: Settings) -> None:
    m = person(settings, "ola")
    m.set("case_kind", "flexible_time")
    m.set("case_worry", "kundene må få svar i åpningstiden")
    for seed in range(5):
        cards = m.draw_cards(random.Random(seed))
        assert len(cards) == 3 and len(set(cards)) == 3
        assert "ingen_rett_hjemmekontor" not in cards  # a home-office card for a working-time case
        assert "tilstedevaerelse" in cards  # the worry about customers
    m.set("case_kind", "home_office")
    m.set("case_worry", "")
    assert "vesentlig_ulempe" not in m.draw_cards(random.Random(1))
    card = m.card(m.data["cards"][0])
    assert card["label"] and card["say"] and "{" not in card["say"]


def test_observer_scores_become_a_share_of_the_maximum(settings: Settings) -> None:
    m = person(settings, "nora")
    cards = m.draw_cards(random.Random(0))
    m.score(cards[0], "concrete", 2)
    m.score(cards[0], "trial", 1)
    m.score(cards[1], "concrete", 0)
    assert m.observed_share() == pytest.approx(3 / 6)
    with pytest.raises(ValueError):
        m.score(cards[0], "concrete", 3)
    assert person(settings, "nora").observed_share() == pytest.approx(0.5)  # saved


def test_debrief_shows_nothing_below_three_then_hardest_and_readiness_change(settings: Settings) -> None:
    fac = WorkshopModel(AppContext.create(settings, user="fasilitator"))
    fac.set("title", "Prøveverksted")
    code = fac.create()
    facilitator = person(settings, "fasilitator")
    for i, (user, before, after) in enumerate((("kari", 2, 4), ("ola", 3, 3), ("nora", 1, 4))):
        p = person(settings, user)
        p.workshop.set("join_code", code.lower())
        cards = p.draw_cards(random.Random(i))
        p.set("hardest", cards[0] if user != "ola" else "")
        p.score(cards[0], "concrete", 2)
        p.set("readiness_before", str(before))
        with pytest.raises(NeedsInput):  # no readiness after yet is fine, but a broken code is not
            p.workshop.set("join_code", "abc")
            p.share()
        p.workshop.set("join_code", code)
        p.set("readiness_after", str(after))
        p.share()
        d = facilitator.debrief(code)
        if i < 2:
            assert d.hidden and d.n == i + 1 and not d.hardest and not d.readiness_pairs
    assert not d.hidden and d.n == 3
    assert sorted(d.readiness_pairs) == [(1, 4), (2, 4), (3, 3)]
    assert d.change == pytest.approx((2 + 0 + 3) / 3)
    assert sum(n for _, n in d.hardest) == 2
    assert d.observed == [1.0, 1.0, 1.0]
    plots = debrief_plots(d, facilitator, "nb", lambda key, **kw: ui(key, "nb", **kw))
    assert len(plots) == 2 and all(png.startswith(b"\x89PNG") for _, png in plots)
    import docx

    document = docx.Document(io.BytesIO(facilitator.summary_docx(d, plots)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Prøveverksted" in text and "De vanskeligste innvendingene" in text and "+1.7" in text
    assert len(document.inline_shapes) == 2
    # a participant who deletes everything leaves the debrief (and it hides again below three)
    AppContext.create(settings, user="nora").delete_everything()
    assert facilitator.debrief(code).hidden
