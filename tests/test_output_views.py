"""Output pages without a browser: dates against today on the proposal, results marked out of date
after an input changed or failed, a language switch that writes the result again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import find, html_of, leave

from advisor.app import build
from advisor.app.context import AppContext
from advisor.app.steps.proposal import ProposalModel
from advisor.app.steps.situation import SituationModel
from advisor.core.settings import Settings


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, embedding="fake")


def fill(ctx: AppContext, start: date | None = None) -> None:
    s = SituationModel(ctx)
    s.update(role="Saksbehandler", own_arguments="Jeg trenger ro.")
    s.add_item("tasks", name="Saksbehandling av enkle skadesaker", deep_focus=True)
    s.add_item("results", description="Lukket 96 % av sakene innen fristen", evidence="ukerapporten", when="2026")
    p = ProposalModel(ctx)
    p.set("model", "hybrid")
    p.toggle_day("home_days", "onsdag", True)
    p.toggle_day("office_days", "mandag", True)
    start = start or date.today() + timedelta(days=14)
    p.update(start_date=start.isoformat(), trial_months="3")
    p.add_item("kpis", name="Saker lukket innen fristen", target="minst 95 %")


def test_past_trial_dates_are_flagged_next_to_the_fields(settings: Settings) -> None:
    ctx = AppContext.create(settings, user="u")
    fill(ctx, start=date(2025, 4, 1))
    ProposalModel(ctx).update(evaluation_date="2025-06-24")
    root = build("02-forslag.ipynb", settings, user="u")
    start = html_of(find(root, "fw-warn-start_date"))
    assert "1. april 2025" in start and "ville allerede vært over" in start
    assert "24. juni 2025 er passert" in html_of(find(root, "fw-warn-evaluation_date"))
    # a date in the future: no warning
    find(root, "fw-in-start_date").value = (date.today() + timedelta(days=30)).isoformat()
    find(root, "fw-in-evaluation_date").value = (date.today() + timedelta(days=100)).isoformat()
    assert html_of(find(root, "fw-warn-start_date")) == ""
    assert html_of(find(root, "fw-warn-evaluation_date")) == ""


def test_changed_or_broken_input_marks_the_arguments_out_of_date(settings: Settings) -> None:
    ctx = AppContext.create(settings, user="u")
    fill(ctx)
    root = build("03-argumenter.ipynb", settings, user="u")
    find(root, "fw-make-arguments").click()
    assert "fw-stale" not in find(root, "fw-arguments")._dom_classes
    assert html_of(find(root, "fw-stale-banner")) == ""
    # The proposal gets an invalid date: making the arguments again fails, the old ones are marked.
    ProposalModel(ctx).update(start_date="2026-02-30")
    find(root, "fw-make-arguments").click()
    assert "fw-stale" in find(root, "fw-arguments")._dom_classes
    assert "ikke oppdatert" in html_of(find(root, "fw-stale-banner"))
    # Coming back to the page later: still marked, because the inputs are not those it was made from.
    again = build("03-argumenter.ipynb", settings, user="u")
    assert "fw-stale" in find(again, "fw-arguments")._dom_classes
    assert "må rettes" in html_of(find(again, "fw-stale-banner"))  # the inputs changed and have an error


def test_a_language_switch_writes_the_arguments_again(settings: Settings) -> None:
    ctx = AppContext.create(settings, user="u")
    fill(ctx)
    root = build("03-argumenter.ipynb", settings, user="u")
    find(root, "fw-make-arguments").click()
    assert "Hovedargumentet" in html_of(find(root, "fw-arguments"))
    find(root, "fw-lang").value = "en"
    out = html_of(find(root, "fw-arguments"))
    assert "The main argument" in out and "Hovedargumentet" not in out
    # The drafted sentences are English too, with the user's words woven in mid-sentence.
    assert "I can work undisturbed on saksbehandling av enkle skadesaker and deliver faster" in out
    assert "Jeg er tilgjengelig" not in out and "Dokumentert resultat" not in out
    assert "fw-stale" not in find(root, "fw-arguments")._dom_classes


def _download(html: str, suffix: str) -> bytes:
    import base64
    import re as _re

    m = _re.search(r'download="[^"]+' + _re.escape(suffix) + r'" href="data:[^;]+;base64,([^"]+)"', html)
    assert m, suffix
    return base64.b64decode(m.group(1))


def test_agreement_page_offers_a_clean_document_and_one_count_of_open_fields(settings: Settings, tmp_path) -> None:
    import re as _re

    from advisor.answering.documents import docx_text
    from advisor.tasks.agreement.gaps import agreement_gaps

    ctx = AppContext.create(settings, user="u")
    fill(ctx)
    root = build("06-avtale.ipynb", settings, user="u")
    find(root, "fw-make-agreement").click()
    links = html_of(find(root, "fw-downloads"))
    assert str(settings.data_dir) not in links and "/users/" not in links  # no server paths
    data = _download(links, ".docx")
    body, appendix = docx_text(data)
    assert not any(_re.search(r"\[\d+\]", p) for p in body)
    assert appendix[0] == "Kilder og merknader" and any("Punktet er påkrevd" in p for p in appendix)
    # The page's count of open fields is the gap check's count on the very file downloaded.
    (tmp_path / "avtale.docx").write_bytes(data)
    report = agreement_gaps(tmp_path / "avtale.docx")
    shown = _re.search(r"Sjekk av utkastet: (\d+) felt står igjen å fylle inn, og (\d+) punkter mangler", links)
    assert shown and int(shown.group(1)) == report.placeholders and int(shown.group(2)) == len(report.missing)
    notice = next(p for p in body if p.startswith("Dette er et utkast."))
    assert f"{report.placeholders} felt står som «fyll inn»" in notice


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_meeting_card_downloads_from_page_03(settings: Settings, lang: str) -> None:
    from advisor.answering.documents import docx_text

    ctx = AppContext.create(settings, user="u")
    fill(ctx)
    ctx.lang = lang
    root = build("03-argumenter.ipynb", settings, user="u")
    find(root, "fw-make-card").click()
    body, appendix = docx_text(_download(html_of(find(root, "fw-card-download")), ".docx"))
    text = "\n".join(body)
    if lang == "nb":
        assert "Tre sterke argumenter" in text and "saksbehandling av enkle skadesaker" in text
    else:
        assert "Three strong arguments" in text and "Tre sterke" not in text and "(Wednesday)" in text
    assert appendix


def test_followup_tracks_the_key_figures_of_the_proposal_in_norwegian_formats(settings: Settings) -> None:
    from advisor.app.steps.followup import FollowUpModel, kpi_goal

    assert kpi_goal("x", "minst 4,5 av 5").goal == 4.5 and kpi_goal("x", "minst 4,5 av 5").higher_is_better
    assert not kpi_goal("x", "innen 2 timer").higher_is_better
    assert not kpi_goal("avvik", "0").higher_is_better
    ctx = AppContext.create(settings, user="u")
    fill(ctx)
    day = date.today() - timedelta(days=1)
    f = FollowUpModel(ctx)
    f.update(new_date=day.isoformat(), new_kind="kpi:Saker lukket innen fristen", new_value="96 %")
    f.add_entry()
    f.update(new_date=day.isoformat(), new_kind="svar", new_hours="0,25")
    f.add_entry()
    root = build("07-oppfolging.ipynb", settings, user="u")
    summary = html_of(find(root, "fw-followup-summary"))
    assert "<td>Saker lukket innen fristen</td><td>96</td><td>95</td><td>1</td><td>✓</td>" in summary
    assert "0,25 t" in summary and "0.2" not in summary
    plot = html_of(find(root, "fw-followup-plot"))
    assert "Saker lukket innen fristen" in plot  # the key figure is plotted (named in the alt text)
    f.update(new_kind="kpi:Saker lukket innen fristen", new_value="mange")
    assert f.new_problems()["new_value"].key == "err.kpi_value"


def test_week_labels_are_written_out() -> None:
    from advisor.app.views.followup import week_label

    assert week_label("2026-W45", "nb") == "uke 45" and week_label("2026-W45", "en") == "week 45"


def test_best_hours_from_01_are_carried_over_to_02(settings: Settings) -> None:
    ctx = AppContext.create(settings, user="u")
    SituationModel(ctx).update(best_hours="06-15")
    root = build("02-forslag.ipynb", settings, user="u")
    assert "du jobber best 06-15" in html_of(find(root, "fw-best-hours"))
    find(root, "fw-use-best-hours").click()
    assert ProposalModel(AppContext.create(settings, user="u")).values["outer_hours"] == "06:00-18:00"
    assert find(root, "fw-in-outer_hours").value == "06:00-18:00"
    assert "ligger innenfor den ytre tiden" in html_of(find(root, "fw-best-hours"))


def test_a_field_longer_than_its_limit_says_so_and_keeps_the_text(settings: Settings) -> None:
    root = build("01-situasjon.ipynb", settings, user="u")
    find(root, "fw-add-tasks").click()
    find(root, "fw-in-tasks-name").value = "x" * 28_000
    leave(root)
    slot = html_of(find(root, "fw-err-tasks-0-name"))
    assert "for lang" in slot and "200" in slot
    model = SituationModel(AppContext.create(settings, user="u"))
    assert len(model.values["tasks"][0]["name"]) == 28_000  # nothing typed is lost
    assert "tasks.0.name" in model.problems()


def test_a_finished_exercise_is_locked_until_a_new_one_is_started(settings: Settings) -> None:
    from advisor.app.steps.rehearse import ExerciseFinished, RehearseModel

    ctx = AppContext.create(settings, user="u")
    fill(ctx)
    model = RehearseModel(ctx)
    model.start()
    for _ in range(10):
        if model.done:
            break
        model.reply("Tja.")
    assert model.done
    turns = len(model.turns())
    with pytest.raises(ExerciseFinished):
        model.reply("Et svar til etter slutt.")
    assert len(RehearseModel(ctx).turns()) == turns  # the transcript is not replaced
    root = build("04-innvendinger.ipynb", settings, user="u")
    assert find(root, "fw-in-reply").disabled and find(root, "fw-send-reply").disabled
    find(root, "fw-start-rehearse").click()
    assert not find(root, "fw-in-reply").disabled


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_agreement_in_english_is_english(settings: Settings, lang: str) -> None:
    from advisor.answering.documents import docx_text

    ctx = AppContext.create(settings, user="u")
    fill(ctx)
    ctx.lang = lang
    root = build("06-avtale.ipynb", settings, user="u")
    find(root, "fw-make-agreement").click()
    links = html_of(find(root, "fw-downloads"))
    body, appendix = docx_text(_download(links, ".docx"))
    text = "\n".join(body)
    if lang == "en":
        assert body[0] == "Agreement on home work and flexible working time"
        assert "The employee has fixed home-office days on Wednesday every week." in text
        assert "Arbeidstaker" not in text and "[fyll inn" not in text and "[fill in" in text
        assert appendix[0] == "Sources and notes" and any("quoted in Norwegian" in p for p in appendix)
        shown = __import__("re").search(r"Check of the draft: (\d+) fields", links)
        assert shown and f"This is a draft. {shown.group(1)} fields" in text
    else:
        assert "Arbeidstaker har faste hjemmekontordager onsdag hver uke." in text


def test_union_page_leaves_no_old_result_beside_an_input_error(settings: Settings) -> None:
    from advisor.answering.documents import docx_text
    from advisor.app.steps.refusal import RefusalModel

    ctx = AppContext.create(settings, user="u")
    RefusalModel(ctx, key="refusal_tv").update(
        request="Fleksibel arbeidstid med kjernetid 09-14",
        written_refusal=True,
        refusal="Vi kan ikke innvilge dette fordi det ikke passer for avdelingen.",
        refusal_received=(date.today() - timedelta(days=3)).isoformat(),
        role="Saksbehandler",
    )
    root = build("20-tillitsvalgt.ipynb", settings, user="u")
    find(root, "fw-check-refusal").click()
    assert html_of(find(root, "fw-deadline-box")).strip()
    find(root, "fw-make-submission").click()
    body, appendix = docx_text(_download(html_of(find(root, "fw-downloads")), ".docx"))
    assert body and appendix and not any(__import__("re").search(r"\[\d+\]", p) for p in body)
    assert "/users/" not in html_of(find(root, "fw-downloads"))
    # An impossible date: the old deadline goes, the old assessment is marked out of date.
    find(root, "fw-in-refusal_received").value = "2026-02-30"
    assert html_of(find(root, "fw-deadline-box")) == ""
    assert "fw-stale" in find(root, "fw-check")._dom_classes
    assert "ikke oppdatert" in html_of(find(root, "fw-stale-banner"))
    # Fixed and checked again: current, unmarked.
    find(root, "fw-in-refusal_received").value = (date.today() - timedelta(days=2)).isoformat()
    assert "fw-stale" in find(root, "fw-check")._dom_classes  # changed input: still the old result
    find(root, "fw-check-refusal").click()
    assert "fw-stale" not in find(root, "fw-check")._dom_classes


def test_agreement_page_redrafts_after_a_language_switch_and_offers_no_stale_document(settings: Settings) -> None:
    ctx = AppContext.create(settings, user="u")
    fill(ctx)
    root = build("06-avtale.ipynb", settings, user="u")
    find(root, "fw-make-agreement").click()
    find(root, "fw-lang").value = "en"
    assert "Agreement on home work" in html_of(find(root, "fw-agreement"))
    assert 'download="agreement-' in html_of(find(root, "fw-downloads"))
    # The proposal gets an error: the old draft is marked and no longer offered for download.
    ProposalModel(ctx).update(start_date="2026-02-30")
    again = build("06-avtale.ipynb", settings, user="u")
    assert "fw-stale" in find(again, "fw-agreement")._dom_classes
    assert "download=" not in html_of(find(again, "fw-downloads"))


def test_past_dates_in_the_arguments_are_named_on_the_page(settings: Settings) -> None:
    ctx = AppContext.create(settings, user="u")
    fill(ctx, start=date(2025, 4, 1))
    ProposalModel(ctx).update(evaluation_date="2025-06-24")
    root = build("03-argumenter.ipynb", settings, user="u")
    find(root, "fw-make-arguments").click()
    assert "24. juni 2025" in html_of(find(root, "fw-past-dates"))
