"""Workbook 30 (Leder): the manager's law points, review, drafted answer and its refusal check."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import find, html_of

from advisor.app import build
from advisor.app.context import AppContext
from advisor.app.steps.base import NeedsInput
from advisor.app.steps.manager import ManagerModel
from advisor.core.settings import Settings

TODAY = date(2026, 3, 2)

REQUEST_NB = (
    "Jeg ber om fleksibel arbeidstid: oppmøte mellom kl. 07.00 og 09.00 og kjernetid 09.00–14.30, "
    "slik at jeg kan hente i barnehagen."
)
GENERAL_NB = {
    "disadvantage": "En slik ordning vil være en ulempe for driften. Det er viktig at alle er til stede, og det kan "
    "skape presedens.",
    "evidence": "",
    "reduce": "",
    "alternative": "Vi kan se på saken igjen senere.",
}
CONCRETE_NB = {
    "disadvantage": "Sentralbordet er åpent 07.00–16.00 og må ha to personer til stede hele tiden; i avdelingen er vi "
    "fem, og to av dem har allerede redusert arbeidstid.",
    "evidence": "Vaktlistene for de siste seks månedene viser at vi på 38 av 120 dager bare var to på jobb etter "
    "kl. 14.30. Vi prøvde ordningen i tre måneder i fjor, og da ble 14 henvendelser stående ubesvart, "
    "dokumentert i avviksloggen",
    "reduce": "Vi har forsøkt å leie inn vikar, men bemanningsbyrået kan ikke levere korte vakter",
    "alternative": "Fast sluttid kl. 15.00 tre dager i uken, og vi vurderer saken på nytt om seks måneder",
}


@pytest.fixture()
def ctx(tmp_path) -> AppContext:
    return AppContext.create(Settings(data_dir=tmp_path, embedding="fake"), user="leder")


def manager(ctx: AppContext, lang: str = "nb", **values) -> ManagerModel:  # noqa: ANN003
    ctx.lang = lang
    m = ManagerModel(ctx, today=TODAY)
    m.update(
        **{"kind": "flexible_time", "employee": "Kari", "request": REQUEST_NB, "answer_date": "2026-03-02", **values}
    )
    return m


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_law_points_are_cited_for_the_kind_of_request(ctx: AppContext, lang: str) -> None:
    flexible = manager(ctx, lang).law()
    keys = [s.key for s in flexible.sections]
    assert keys == ["time_place", "vesentlig_ulempe", "burden", "documentation", "deadline"]
    assert all(s.lines for s in flexible.sections), [s.key for s in flexible.sections if not s.lines]
    ids = {c.passage_id.split("#")[0] for c in flexible.citations}
    assert {"aml-10-2", "tln-77-23", "tln-kriterier", "tvistelosningsnemnd-forskrift"} <= ids
    assert not any(i.startswith("guide-") for i in ids)  # statements of law never cite our own guides
    reduced = manager(ctx, lang, kind="reduced_time").law()
    assert "entry" in [s.key for s in reduced.sections]
    home = manager(ctx, lang, kind="home_office").law()
    assert [s.key for s in home.sections] == ["time_place", "home_office_agreement"]


def test_review_names_what_is_missing(ctx: AppContext) -> None:
    m = manager(ctx, kind="reduced_time", entry="health")
    open_items = [k for k, ok in m.review() if not ok]
    assert {"mgr.review.entry", "mgr.review.disadvantage", "mgr.review.evidence"} <= set(open_items)
    m.update(entry_documented=True, **CONCRETE_NB, trial="Om henvendelsene besvares innen en time")
    assert all(ok for _, ok in m.review())


def test_a_refusal_needs_a_reason_and_an_alternative(ctx: AppContext) -> None:
    m = manager(ctx, decision="no")
    with pytest.raises(NeedsInput) as exc:
        m.answer()
    assert set(exc.value.problems) == {"disadvantage", "alternative"}


def test_general_and_concrete_refusals_are_assessed_differently_by_the_refusal_check(ctx: AppContext) -> None:
    general = manager(ctx, decision="no", **GENERAL_NB).assess()
    concrete = manager(ctx, decision="no", **CONCRETE_NB).assess()
    # the project's refusal check reads the two drafts differently ...
    assert general.check_assessment != concrete.check_assessment
    assert general.check_assessment == "refusal_likely_unjustified"
    assert set(general.strengths) <= {"general"}
    assert {"concrete", "documented"} & set(concrete.strengths)
    # ... and the workbook calls only the general one weak, before it is sent
    assert general.weak and "mgr.weak.general" in general.reasons
    assert not concrete.weak
    # a refusal of flexible working time starts the four-week deadline (2 March + 4 weeks = 30 March)
    assert general.deadline == concrete.deadline == date(2026, 3, 30)


def test_drafted_refusal_states_reasons_alternative_and_deadline(ctx: AppContext) -> None:
    text = manager(ctx, decision="no", **CONCRETE_NB).answer()
    assert text.startswith("Hei Kari,")
    assert "38 av 120 dager" in text and "Fast sluttid kl. 15.00" in text
    assert "Tvisteløsningsnemnda" in text and "30. mars 2026" in text


def test_yes_with_trial_in_english(ctx: AppContext) -> None:
    m = manager(
        ctx,
        "en",
        decision="trial",
        trial_months="6",
        start_date="2026-04-01",
        trial="whether calls are answered within an hour",
    )
    text = m.answer()
    assert "trial for 6 months from 1 April 2026" in text
    assert "whether calls are answered within an hour." in text
    assert m.deadline() is None and not m.assess().weak


def test_home_office_refusal_starts_no_nemnd_deadline(ctx: AppContext) -> None:
    m = manager(
        ctx, decision="no", kind="home_office", request="Jeg vil jobbe hjemmefra to dager i uken.", **CONCRETE_NB
    )
    assert m.deadline() is None
    text = m.answer()
    assert "Tvisteløsningsnemnda behandler ikke" in text
    assert not m.assess().tln


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_page_drafts_and_calls_a_general_refusal_weak_in_both_languages(tmp_path, lang: str) -> None:
    settings = Settings(data_dir=tmp_path, embedding="fake")
    AppContext.create(settings, user="leder").lang = lang
    root = build("30-leder.ipynb", settings, user="leder")
    assert "fw-manager-law" in str(find(root, "fw-manager-law")._dom_classes)
    law = find(root, "fw-manager-law").value
    assert ("vesentlig ulempe" if lang == "nb" else "significant disadvantage") in law.lower()
    find(root, "fw-in-request").value = REQUEST_NB
    find(root, "fw-in-decision").value = "no"
    find(root, "fw-in-disadvantage").value = GENERAL_NB["disadvantage"]
    find(root, "fw-in-alternative").value = GENERAL_NB["alternative"]
    find(root, "fw-make-answer").click()
    verdict = find(root, "fw-manager-check").value
    assert "fw-weak" in verdict and "fw-stronger" not in verdict
    assert ("Svakt avslag" if lang == "nb" else "Weak refusal") in verdict
    letter = find(root, "fw-manager-answer").value
    assert ("Tvisteløsningsnemnda" in letter) and "fw-downloads" not in letter
    assert 'class="fw-error"' not in html_of(root)
