"""The workbook step models, driven directly (no widgets, no browser)."""

from __future__ import annotations

import io
from datetime import date

import pytest

from advisor.app.context import AppContext
from advisor.app.steps.agreement import AgreementModel, UploadProblem, safe_filename
from advisor.app.steps.arguments import ArgumentsModel
from advisor.app.steps.base import NeedsInput, parse_date, parse_span
from advisor.app.steps.followup import FollowUpModel
from advisor.app.steps.proposal import ProposalModel
from advisor.app.steps.refusal import RefusalModel
from advisor.app.steps.rehearse import RehearseModel
from advisor.app.steps.situation import SituationModel
from advisor.app.steps.start import StartModel
from advisor.app.steps.workshop import MIN_GROUP, WorkshopModel
from advisor.core.settings import Settings


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, embedding="fake")


@pytest.fixture()
def ctx(settings) -> AppContext:
    return AppContext.create(settings, user="kari")


def fill_intake(ctx: AppContext) -> None:
    s = SituationModel(ctx)
    s.update(
        role="Rådgiver i økonomiavdelingen",
        employment_percent="100",
        sector="offentlig_kommune",
        employer_size="120",
        best_hours="07-15",
        commute_minutes="55",
        manager_concerns="Tilgjengelighet\nSamarbeid i teamet",
        own_arguments="Jeg trenger hjemmekontor fordi pendlingen er slitsom.",
        care_duties="To barn i barnehage",
    )
    i = s.add_item("tasks")
    s.set_item("tasks", i, "name", "Månedsrapporter")
    s.set_item("tasks", i, "deep_focus", True)
    s.set_item("tasks", i, "share_percent", "40")
    s.add_item("tasks", name="Kundemøter", physical_presence=True, share_percent="20")
    s.add_item(
        "results",
        description="Alle rapporter levert i tide i 2024",
        evidence="Referat fra medarbeidersamtale",
        when="2024",
    )
    p = ProposalModel(ctx)
    p.set("model", "hybrid")
    p.toggle_day("home_days", "fredag", True)
    p.toggle_day("home_days", "mandag", True)
    p.toggle_day("office_days", "onsdag", True)
    p.update(start_date="2025-02-03", evaluation_date="01.05.2025", deliverables="Månedsrapport innen 5. virkedag")
    p.add_item("kpis", name="Svartid", target="innen 2 timer", baseline="3 timer")


def test_intake_is_saved_and_a_reload_restores_every_field(ctx: AppContext, settings: Settings) -> None:
    fill_intake(ctx)
    again = AppContext.create(settings, user="kari")  # a new kernel: nothing in memory
    s = SituationModel(again)
    assert s.values["role"] == "Rådgiver i økonomiavdelingen"
    assert s.values["tasks"][0] == {
        "name": "Månedsrapporter",
        "deep_focus": True,
        "physical_presence": False,
        "share_percent": "40",
    }
    assert s.values["results"][0]["evidence"] == "Referat fra medarbeidersamtale"
    assert s.values["care_duties"] == "To barn i barnehage"
    situation = s.situation()
    assert situation.employer_size == 120 and situation.commute_minutes == 55
    assert [t.name for t in situation.tasks] == ["Månedsrapporter", "Kundemøter"]
    assert situation.manager_concerns == ["Tilgjengelighet", "Samarbeid i teamet"]
    proposal = ProposalModel(again).proposal()
    assert proposal.home_days == ["mandag", "fredag"] and proposal.office_days == ["onsdag"]
    assert proposal.evaluation_date == "2025-05-01"  # DD.MM.YYYY accepted and normalised
    assert proposal.kpis[0].target == "innen 2 timer"
    assert proposal.weekly_hours == 37.5


def test_bad_input_is_kept_as_typed_and_explained(ctx: AppContext) -> None:
    s = SituationModel(ctx)
    s.update(employment_percent="hundre", commute_minutes="9999")
    s.add_item("tasks", share_percent="70")  # no name
    s.add_item("tasks", name="B", share_percent="50")
    problems = s.problems()
    assert problems["role"].key == "err.required"
    assert problems["employment_percent"].key == "err.int"
    assert problems["commute_minutes"].values == {"lo": 0, "hi": 600}
    assert problems["tasks.0.name"].key == "err.required"
    assert problems["tasks"].key == "err.shares_over_100"
    with pytest.raises(NeedsInput) as exc:
        s.situation()
    assert exc.value.where == "situation"
    assert SituationModel(ctx).values["employment_percent"] == "hundre"  # nothing typed is lost


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("2025-02-30", "err.date_impossible"),
        ("31.04.2025", "err.date_impossible"),
        ("i morgen", "err.date_format"),
        ("2025-13-01", "err.date_impossible"),
    ],
)
def test_impossible_dates(typed: str, problem: str) -> None:
    assert parse_date(typed)[1].key == problem


def test_spans() -> None:
    assert parse_span("09:00-14:30")[0] == (540, 870)
    assert parse_span("9–14.30")[0] == (540, 870)
    assert parse_span("15:00-09:00")[1].key == "err.span_order"
    assert parse_span("25:00-26:00")[1].key == "err.span"


def test_proposal_problems(ctx: AppContext) -> None:
    p = ProposalModel(ctx)
    p.update(
        core_hours="06:00-15:00",
        outer_hours="07:00-18:00",
        start_date="2025-05-01",
        evaluation_date="2025-04-01",
        weekly_hours="80",
        trial_months="x",
    )
    p.toggle_day("home_days", "mandag", True)
    p.toggle_day("office_days", "mandag", True)
    problems = p.problems()
    assert problems["core_hours"].key == "err.core_outside_outer"
    assert problems["evaluation_date"].key == "err.evaluation_before_start"
    assert problems["office_days"].key == "err.day_twice"
    assert problems["weekly_hours"].key == "err.number"
    assert problems["trial_months"].key == "err.int"
    p.set("model", "situasjonsbestemt")
    assert "core_hours" not in p.problems()  # not part of this model
    assert p.problems()["situational_rules"].key == "err.required"
    p.set("model", "faste_hjemmedager")
    p.update(home_days=[], office_days=[])
    assert p.problems()["home_days"].key == "err.pick_a_day"


def test_arguments_use_the_saved_situation_and_are_cited(ctx: AppContext, settings: Settings) -> None:
    fill_intake(ctx)
    draft = ArgumentsModel(ctx).generate()
    assert draft.citations and all(c.verified for c in draft.citations)
    assert all("[" in line for s in draft.sections for line in s.lines)
    again = ArgumentsModel(AppContext.create(settings, user="kari"))
    assert again.draft == draft
    assert again.reframes and again.reframes[0].before.startswith("Jeg trenger hjemmekontor")


def test_arguments_ask_for_the_intake_first(ctx: AppContext) -> None:
    with pytest.raises(NeedsInput) as exc:
        ArgumentsModel(ctx).generate()
    assert exc.value.where == "situation"


def test_rehearsal_is_saved_between_visits(ctx: AppContext, settings: Settings) -> None:
    fill_intake(ctx)
    r = RehearseModel(ctx)
    opening = r.start()
    assert opening.text
    r.set_draft("halvskrevet svar")
    assert RehearseModel(ctx).data["draft"] == "halvskrevet svar"
    with pytest.raises(NeedsInput):
        r.reply("   ")
    r.reply(
        "Jeg foreslår en prøveperiode på tre måneder, svarer innen to timer på Teams og møter på kontoret hver onsdag."
    )
    again = RehearseModel(AppContext.create(settings, user="kari"))
    turns = again.turns()
    assert [t["who"] for t in turns] == ["manager", "me", "coach", "manager"]
    assert again.data["draft"] == ""
    assert len(again.scores()) == 1 and 0 <= again.scores()[0] <= 1
    again.reply("Vi kan evaluere etter tre måneder og justere ordningen.")
    assert len(RehearseModel(ctx).scores()) == 2
    assert sum(RehearseModel(ctx).rehearsed().values()) == 2


def test_agreement_draft_docx_and_gaps(ctx: AppContext) -> None:
    import docx

    fill_intake(ctx)
    m = AgreementModel(ctx)
    m.update(employee="Kari Nordmann", date="2025-02-01")
    draft = m.draft()
    assert draft.citations and all(c.verified for c in draft.citations)
    data, path = m.docx()
    assert path.is_file() and path.is_relative_to(ctx.user_dir)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert draft.title in text and "Kari Nordmann" in text
    m.set("pasted", "Avtale om hjemmekontor.\nArbeidstaker arbeider hjemme mandag og fredag.\n")
    report = m.check_pasted()
    assert report.missing and report.cited.citations
    assert not list((ctx.user_dir / "uploads").iterdir())  # the text was not kept


def test_pasted_text_is_never_read_as_a_server_path(ctx: AppContext, tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Arbeidstaker arbeider hjemme. Hemmelig innhold.", encoding="utf-8")
    m = AgreementModel(ctx)
    m.set("pasted", str(secret))
    report = m.check_pasted()
    assert "Hemmelig" not in str(report)


def test_uploads_are_checked_and_named_safely(ctx: AppContext) -> None:
    m = AgreementModel(ctx)
    with pytest.raises(UploadProblem) as exc:
        m.check_upload("avtale.exe", b"MZ")
    assert exc.value.key == "gaps.bad_type"
    with pytest.raises(UploadProblem):
        m.check_upload("../../etc/avtale.txt", b"")
    assert safe_filename("../../etc/pass wd.txt") == "pass wd.txt"
    assert safe_filename("<script>.docx") == "script.docx"


def test_refusal_form_validation(ctx: AppContext) -> None:
    m = RefusalModel(ctx, key="refusal_tv", today=date(2025, 3, 10))
    m.update(refusal_received="2025-04-01", age="7")
    problems = m.problems()
    assert problems["request"].key == "err.required"
    assert problems["refusal_received"].key == "err.date_future"
    assert problems["age"].key == "err.int"


def test_refusal_check_deadline_and_submission(ctx: AppContext) -> None:
    m = RefusalModel(ctx, key="refusal_tv", today=date(2025, 3, 10))
    m.update(
        request="Fleksibel arbeidstid med kjernetid 09-14",
        written_refusal=True,
        refusal="Vi kan ikke innvilge dette fordi det ikke passer. <script>alert(1)</script>",
        refusal_received="2025-03-03",
        role="Saksbehandler",
    )
    public = m.check()
    assert public["track"] == "flexible_time"
    assert m.deadline() == public["deadlines"]["tvistelosningsnemnda"]
    assert m.days_left() == (date.fromisoformat(m.deadline()) - date(2025, 3, 10)).days
    assert m.next_steps().citations
    m.submission()
    data, path = m.submission_docx()
    assert data[:2] == b"PK" and path.is_file()
    again = RefusalModel(ctx, key="refusal_tv", today=date(2025, 3, 10))
    assert again.checked == public and again.drafted_submission is not None


def test_followup_log_measures_and_summary(ctx: AppContext) -> None:
    today = date(2025, 3, 14)
    f = FollowUpModel(ctx, today=today)
    assert f.values["goal_response_hours"] == "2"  # from the proposal's default response time
    for d, kind, extra in (
        ("2025-03-03", "leveranse", {"new_on_time": True}),
        ("2025-03-04", "leveranse", {"new_on_time": False}),
        ("2025-03-05", "svar", {"new_hours": "1,5"}),
        ("2025-03-10", "svar", {"new_hours": "0.5"}),
        ("2025-03-11", "mote", {"new_attended": True}),
    ):
        f.update(new_date=d, new_kind=kind, **extra)
        f.add_entry()
    on_time, response, attendance = f.measures()
    assert (on_time.value, on_time.met) == (50.0, False)
    assert (response.value, response.met) == (1.0, True)
    assert (attendance.value, attendance.met) == (100.0, True)
    assert [wk for wk, _ in f.weekly()] == ["2025-W10", "2025-W11"]
    assert not f.summary()["all_met"]
    f.update(new_date="2025-03-30")
    with pytest.raises(NeedsInput) as exc:
        f.add_entry()
    assert exc.value.problems["new_date"].key == "err.date_future"
    f.update(new_date="2025-02-30")
    with pytest.raises(NeedsInput):
        f.add_entry()
    assert len(FollowUpModel(ctx, today=today).values["entries"]) == 5


def test_workshop_dashboard_is_anonymous_and_needs_a_group(settings: Settings) -> None:
    hr = WorkshopModel(AppContext.create(settings, user="hr"))
    hr.set("title", "Vårverksted")
    code = hr.create()
    participants = []
    for i, name in enumerate(("a", "b", "c")):
        ctx = AppContext.create(settings, user=name)
        fill_intake(ctx)
        if i == 0:
            r = RehearseModel(ctx)
            r.start()
            r.reply("Jeg foreslår en prøveperiode på tre måneder og svarer innen to timer.")
        m = WorkshopModel(ctx)
        m.set("join_code", code.lower())
        m.set("readiness", str(i + 2))
        participants.append(m)
        if i < MIN_GROUP - 1:
            m.join()
            assert hr.dashboard()["hidden"]
    participants[-1].join()
    d = hr.dashboard()
    assert not d["hidden"] and d["n"] == 3
    assert d["readiness_mean"] == 3 and d["progress"]["situasjon"] == 1.0
    assert d["rehearsed"] == 1 and d["objections"]
    contribution = participants[0].contribution()
    assert set(contribution) == {"readiness", "progress", "objections", "best_score"}
    assert "Rådgiver" not in str(contribution)
    participants[0].withdraw()
    assert hr.dashboard()["hidden"]
    bad = WorkshopModel(AppContext.create(settings, user="d"))
    bad.set("join_code", "ZZZZZZ")
    with pytest.raises(NeedsInput) as exc:
        bad.join()
    assert exc.value.problems["join_code"].key == "err.code_unknown"


def test_policy_draft_cites_the_nine_points(ctx: AppContext) -> None:
    m = WorkshopModel(ctx)
    m.set_org("Eksempel AS")
    m.set_point(3, "done", True)
    m.set_point(3, "notes", "Prøveordning i seks måneder\nEvaluering i juni")
    draft = m.policy_draft()
    assert len(draft.sections) == 9 and "Eksempel AS" in draft.title
    assert draft.citations and all(c.verified for c in draft.citations)
    point3 = draft.sections[2].lines
    assert any("Prøveordning i seks måneder" in line for line in point3)
    assert any("[" in line for line in point3)
    data, path = m.policy_docx()
    assert data[:2] == b"PK" and path.is_file()


def test_start_remembers_role_and_language_and_shows_progress(ctx: AppContext, settings: Settings) -> None:
    m = StartModel(ctx)
    m.choose_role("arbeidstaker")
    m.choose_language("en")
    again = AppContext.create(settings, user="kari")
    assert again.role == "arbeidstaker" and again.lang == "en"
    assert not StartModel(again).progress()["situasjon"]
    fill_intake(again)
    assert StartModel(again).progress()["situasjon"]
    with pytest.raises(ValueError):
        m.choose_role("admin")
