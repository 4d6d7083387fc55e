"""Two tabs of one user (issue 15): every form and list saves field by field, on SQLite and PostgreSQL.

Each test opens the same page twice (two models on one store, as two kernels would) and edits
both, then opens it a third time, as a reload would, and checks that nothing either tab typed was
lost. The same field edited in both is last-write-wins and the losing tab is told. Old saved state
(one whole JSON document per key) is read and migrated without losing a field.

The PostgreSQL variants reuse the throwaway server of tests/test_state_postgres.py (Debian's
binaries, a socket in a temporary folder).
"""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from test_state_postgres import postgres_url  # noqa: F401 - a fixture, used by name below

from advisor.app.context import AppContext
from advisor.app.state import StateStore, sqlite_url
from advisor.app.steps.agreement import AgreementModel
from advisor.app.steps.followup import FollowUpModel
from advisor.app.steps.proposal import ProposalModel
from advisor.app.steps.refusal import RefusalModel
from advisor.app.steps.rehearse import RehearseModel
from advisor.app.steps.situation import SituationModel
from advisor.app.steps.workshop import WorkshopModel
from advisor.core.settings import Settings

STORES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]


@pytest.fixture(params=STORES)
def settings(request, tmp_path) -> Settings:  # noqa: ANN001
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    return Settings(data_dir=tmp_path, embedding="fake", state_url=url)


@pytest.fixture()
def user() -> str:
    return f"kari-{uuid.uuid4().hex[:8]}"  # one PostgreSQL server serves the whole module


def tab(settings: Settings, user: str) -> AppContext:
    """A page of its own (a kernel): nothing in memory but what it loads."""
    return AppContext.create(settings, user=user)


def told(ctx: AppContext) -> list:
    """Record what the page is told about other windows."""
    seen: list = []
    ctx.listeners.append(seen.append)
    return seen


# -- the store ---------------------------------------------------------------------------------------


def test_the_reported_case_two_tabs_of_the_intake(settings: Settings, user: str) -> None:
    tab1, tab2 = SituationModel(tab(settings, user)), SituationModel(tab(settings, user))
    tab1.set("role", "Kundebehandler")
    tab2.set("best_hours", "07-15")
    fresh = SituationModel(tab(settings, user))
    assert fresh.values["role"] == "Kundebehandler"
    assert fresh.values["best_hours"] == "07-15"


FORMS = [
    (
        SituationModel,
        {},
        (
            "role",
            "tariff_or_policy",
            "current_arrangement",
            "best_hours",
            "manager_concerns",
            "own_arguments",
            "care_duties",
            "health",
            "employer_size",
            "commute_minutes",
        ),
    ),
    (
        ProposalModel,
        {},
        (
            "situational_rules",
            "core_hours",
            "deliverables",
            "minimum",
            "nice_to_have",
            "equipment",
            "notice",
            "start_date",
            "evaluation_date",
            "response_time",
        ),
    ),
    (
        RefusalModel,
        {},
        (
            "request",
            "refusal",
            "role",
            "needs",
            "documentation",
            "history",
            "employer_name",
            "employer_facts",
            "alternatives_offered",
            "age",
        ),
    ),
    (RefusalModel, {"key": "refusal_tv"}, ("request", "refusal", "needs", "employer_facts")),
    (AgreementModel, {}, ("employer", "employee", "place", "date", "pasted")),
    (
        FollowUpModel,
        {},
        ("goal_on_time", "goal_response_hours", "goal_attendance", "new_date", "new_what", "new_hours"),
    ),
]


@pytest.mark.parametrize(("form", "kwargs", "names"), FORMS, ids=lambda x: getattr(x, "__name__", None))
def test_every_form_keeps_the_fields_of_both_tabs(settings: Settings, user: str, form, kwargs, names) -> None:  # noqa: ANN001
    """Two tabs type into alternate fields, each from its stale copy: a reload shows every field."""
    tabs = [form(tab(settings, user), **kwargs), form(tab(settings, user), **kwargs)]
    notices = [told(t.ctx) for t in tabs]
    typed = {name: f"{name} skrevet i fane {i % 2 + 1} ✓" for i, name in enumerate(names)}
    for i, name in enumerate(names):
        tabs[i % 2].set(name, typed[name])
    fresh = form(tab(settings, user), **kwargs)
    lost = {name: fresh.values[name] for name in names if fresh.values[name] != typed[name]}
    assert lost == {}, f"{form.__name__}: fields lost with two tabs: {lost}"
    # Both tabs learned that the other wrote meanwhile; neither had a field overwritten.
    assert notices[0] and notices[1]
    assert tabs[0].conflicts == [] and tabs[1].conflicts == []


@pytest.mark.parametrize(("form", "kwargs", "names"), FORMS, ids=lambda x: getattr(x, "__name__", None))
def test_the_same_field_in_two_tabs_is_last_write_wins_and_told(
    settings: Settings, user: str, form, kwargs, names
) -> None:  # noqa: ANN001
    one, two = form(tab(settings, user), **kwargs), form(tab(settings, user), **kwargs)
    name = names[0]
    one.set(name, "fra fane 1")
    assert not one.stale
    heard = told(two.ctx)
    two.set(name, "fra fane 2")
    assert two.conflicts == [name] and heard, "the tab that overwrote a newer value is told"
    assert form(tab(settings, user), **kwargs).values[name] == "fra fane 2"
    heard_one = told(one.ctx)
    one.ctx.watch(one)
    assert one.ctx.changed_elsewhere() == [one] and heard_one, "the other tab is told when it gets focus"


def test_a_page_that_only_reads_is_never_told(settings: Settings, user: str) -> None:
    a = SituationModel(tab(settings, user))
    a.ctx.watch(a)
    assert a.ctx.changed_elsewhere() == []
    a.set("role", "Saksbehandler")
    assert a.ctx.changed_elsewhere() == [] and not a.stale  # its own saves are not "elsewhere"


# -- lists, by item id ---------------------------------------------------------------------------------

LISTS = [
    (SituationModel, "tasks", "name", "share_percent"),
    (SituationModel, "results", "description", "evidence"),
    (ProposalModel, "kpis", "name", "target"),
]


@pytest.mark.parametrize(("form", "list_name", "f1", "f2"), LISTS, ids=lambda x: getattr(x, "__name__", x))
def test_list_items_are_added_edited_and_deleted_by_id(settings: Settings, user: str, form, list_name, f1, f2) -> None:  # noqa: ANN001
    base = form(tab(settings, user))
    for n in range(3):
        base.add_item(list_name, **{f1: f"rad {n}"})
    one, two = form(tab(settings, user)), form(tab(settings, user))
    # tab 1 deletes the first row; tab 2, which still shows it, edits the third row
    one.remove_item(list_name, 0)
    two.set_item(list_name, 2, f1, "rad 2 omdøpt")
    # both add a row at once
    one.add_item(list_name, **{f1: "ny fra fane 1"})
    two.add_item(list_name, **{f1: "ny fra fane 2"})
    # the same row, different fields of it
    one.set_item(list_name, one.ids[list_name][0], f2, "rad 1 felt 2 fra fane 1")
    two.set_item(list_name, 1, f1, "rad 1 felt 1 fra fane 2")
    items = form(tab(settings, user)).values[list_name]
    assert [i[f1] for i in items] == ["rad 1 felt 1 fra fane 2", "rad 2 omdøpt", "ny fra fane 1", "ny fra fane 2"]
    assert [i[f2] for i in items][:2] == ["rad 1 felt 2 fra fane 1", ""]
    assert one.conflicts == [] and two.conflicts == []


def test_editing_an_item_deleted_in_another_tab_keeps_the_text_and_tells(settings: Settings, user: str) -> None:
    s = SituationModel(tab(settings, user))
    s.add_item("tasks", name="Rapporter", share_percent="30")
    one, two = SituationModel(tab(settings, user)), SituationModel(tab(settings, user))
    one.remove_item("tasks", 0)
    two.set_item("tasks", 0, "name", "Rapporter og analyse")
    assert two.conflicts == [f"tasks/{two.ids['tasks'][0]}/name"]
    items = SituationModel(tab(settings, user)).values["tasks"]
    assert [t["name"] for t in items] == ["Rapporter og analyse"]  # what was typed last is kept


def test_follow_up_entries_from_two_tabs_are_all_kept_in_date_order(settings: Settings, user: str) -> None:
    today = date(2025, 3, 14)
    one, two = FollowUpModel(tab(settings, user), today=today), FollowUpModel(tab(settings, user), today=today)
    one.update(new_date="2025-03-05", new_kind="leveranse", new_what="Rapport")
    one.add_entry()
    two.update(new_date="2025-03-03", new_kind="svar", new_hours="1,5", new_what="Svar til kunde")
    two.add_entry()
    one.update(new_date="2025-03-10", new_kind="mote", new_what="Statusmøte")
    one.add_entry()
    fresh = FollowUpModel(tab(settings, user), today=today)
    assert [e["what"] for e in fresh.values["entries"]] == ["Svar til kunde", "Rapport", "Statusmøte"]
    two.remove_item("entries", two.ids["entries"][0])  # by id: the entry tab 2 logged, whatever its place
    assert [e["what"] for e in FollowUpModel(tab(settings, user), today=today).values["entries"]] == [
        "Rapport",
        "Statusmøte",
    ]


def test_role_play_replies_and_attempts_from_two_tabs_are_all_kept(settings: Settings, user: str) -> None:
    SituationModel(tab(settings, user)).update(role="Rådgiver", employment_percent="100")
    r = RehearseModel(tab(settings, user))
    r.start()
    one, two = RehearseModel(tab(settings, user)), RehearseModel(tab(settings, user))
    one.set_draft("utkast i fane 1")
    two.reply("Jeg svarer innen to timer og er på kontoret hver onsdag.")
    one.reply("Vi kan prøve i tre måneder og evaluere sammen.")
    fresh = RehearseModel(tab(settings, user))
    assert len(fresh.data["attempts"]) == 2
    replies = [e["reply"] for e in fresh.data["transcript"]]
    assert sorted(replies) == sorted(
        ["Jeg svarer innen to timer og er på kontoret hver onsdag.", "Vi kan prøve i tre måneder og evaluere sammen."]
    )
    assert [t["who"] for t in fresh.turns()].count("me") == 2
    assert one.stale  # tab 1 replied to a conversation tab 2 had moved on: it is told


def test_workshop_fields_and_policy_points_from_two_tabs(settings: Settings, user: str) -> None:
    one, two = WorkshopModel(tab(settings, user)), WorkshopModel(tab(settings, user))
    one.set("title", "Verksted for avdeling 3")
    two.set("readiness", "4")
    one.set_point(2, "notes", "Kartlegging i mars")
    two.set_point(2, "done", True)
    two.set_point(5, "notes", "Coworking i Bergen")
    one.set_org("Kommunen")
    fresh = WorkshopModel(tab(settings, user))
    assert fresh.data["title"] == "Verksted for avdeling 3" and fresh.data["readiness"] == "4"
    assert fresh.policy["points"]["2"] == {"done": True, "notes": "Kartlegging i mars"}
    assert fresh.policy["points"]["5"]["notes"] == "Coworking i Bergen"
    assert fresh.policy["org"] == "Kommunen"


def test_results_of_two_tabs_are_merged_per_part(settings: Settings, user: str) -> None:
    one, two = AgreementModel(tab(settings, user)), AgreementModel(tab(settings, user))
    one.ctx.merge("agreement", draft={"title": "utkast"})
    two.ctx.merge("agreement", gaps={"missing": ["utstyr"]})
    assert tab(settings, user).get("agreement") == {"draft": {"title": "utkast"}, "gaps": {"missing": ["utstyr"]}}


# -- old saved state, imports, atomicity -----------------------------------------------------------------


def test_state_saved_whole_the_old_way_is_migrated_without_losing_a_field(settings: Settings, user: str) -> None:
    store = StateStore.from_settings(settings)
    old = {
        "role": "Sykepleier",
        "best_hours": "07-15",
        "tasks": [
            {"name": "Vakter", "deep_focus": False, "physical_presence": True, "share_percent": "60"},
            {"name": "Dokumentasjon", "deep_focus": True, "physical_presence": False, "share_percent": "20"},
        ],
    }
    store.save(user, "situation", old)
    one, two = SituationModel(tab(settings, user)), SituationModel(tab(settings, user))
    assert [t["name"] for t in one.values["tasks"]] == ["Vakter", "Dokumentasjon"]
    assert one.ids["tasks"] == two.ids["tasks"]  # migrated once: both tabs address the same items
    one.set_item("tasks", 1, "share_percent", "25")
    two.set("health", "Astma")
    got = store.get(user, "situation")
    assert got["role"] == "Sykepleier" and got["health"] == "Astma"
    assert got["tasks"][1] == {**old["tasks"][1], "share_percent": "25"}
    assert store.export(user)["data"]["situation"] == got


def test_an_import_replaces_the_document_and_open_tabs_are_told(settings: Settings, user: str) -> None:
    store = StateStore.from_settings(settings)
    page = SituationModel(tab(settings, user))
    page.ctx.watch(page)
    page.set("role", "Før import")
    store.import_(user, {"situation": {"role": "Importert", "tasks": [{"name": "A"}]}})
    assert page.ctx.changed_elsewhere() == [page]
    page.set("best_hours", "08-16")
    assert page.conflicts == []  # a different field: merged into the imported document
    fresh = SituationModel(tab(settings, user))
    assert fresh.values["role"] == "Importert" and fresh.values["best_hours"] == "08-16"
    assert [t["name"] for t in fresh.values["tasks"]] == ["A"]
    store.delete(user)
    assert store.load(user) == {}


def test_many_simultaneous_saves_to_one_document_lose_nothing(settings: Settings, user: str) -> None:
    """Twelve kernels, each its own field and its own list items, all saving at once."""
    names = list(SituationModel.defaults)[:12]
    names = [n for n in names if isinstance(SituationModel.defaults[n], str)]
    pages = [SituationModel(tab(settings, user)) for _ in names]
    barrier = threading.Barrier(len(pages))

    def work(i: int) -> None:
        barrier.wait()
        for n in range(5):
            pages[i].set(names[i], f"{names[i]} {n}")
        pages[i].add_item("tasks", name=f"oppgave {i}")

    with ThreadPoolExecutor(len(pages)) as pool:
        list(pool.map(work, range(len(pages))))
    fresh = SituationModel(tab(settings, user))
    assert {n: fresh.values[n] for n in names} == {n: f"{n} 4" for n in names}
    assert sorted(t["name"] for t in fresh.values["tasks"]) == sorted(f"oppgave {i}" for i in range(len(pages)))


def test_a_user_never_sees_another_users_fields(settings: Settings, user: str) -> None:
    SituationModel(tab(settings, user)).set("role", "Kari sin rolle")
    other = f"{user}-ola"
    assert SituationModel(tab(settings, other)).values["role"] == ""
    assert StateStore.from_settings(settings).load(other) == {}


def test_sqlite_url_is_the_default(tmp_path) -> None:
    assert StateStore.from_settings(Settings(data_dir=tmp_path, embedding="fake")).url == sqlite_url(tmp_path)


# -- the pages (widgets, no browser) ---------------------------------------------------------------------


def test_a_page_offers_a_reload_when_another_window_changed_it(settings: Settings, user: str) -> None:
    from helpers import find

    from advisor.app import build
    from advisor.app.texts import catalogue

    one, two = build("01-situasjon.ipynb", settings, user=user), build("01-situasjon.ipynb", settings, user=user)
    box = find(one, "fw-elsewhere-box")
    find(one, "fw-focus-check").click()  # the tab gets focus: nothing changed elsewhere
    assert box.layout.display == "none"
    find(two, "fw-in-role").value = "Skrevet i fane 2"
    find(one, "fw-focus-check").click()
    assert box.layout.display != "none"
    assert catalogue("nb")["state.elsewhere"] in find(one, "fw-elsewhere-box").children[0].value
    find(one, "fw-reload").click()
    assert find(one, "fw-in-role").value == "Skrevet i fane 2" and box.layout.display == "none"
    # the same field typed in both: the tab that overwrote is told at once
    find(one, "fw-in-role").value = "Fane 1 igjen"
    find(two, "fw-in-role").value = "Fane 2 igjen"
    assert find(two, "fw-elsewhere-box").layout.display != "none"
    assert SituationModel(tab(settings, user)).values["role"] == "Fane 2 igjen"


def test_index_touching_steps_show_a_spinner_with_text_while_they_run(
    settings: Settings, user: str, monkeypatch
) -> None:  # noqa: ANN001
    from helpers import find

    from advisor.app import build
    from advisor.app.steps.arguments import ArgumentsModel
    from advisor.app.texts import catalogue

    root = build("03-argumenter.ipynb", settings, user=user)
    shown: list[str] = []

    def slow(self):  # noqa: ANN001 - records what the page shows while the step runs
        shown.extend(x.value for x in _html(root) if x.value.startswith('<div class="fw-info fw-busy"'))
        raise RuntimeError("stop here")

    monkeypatch.setattr(ArgumentsModel, "generate", slow)
    find(root, "fw-make-arguments").click()
    assert shown and "fw-spinner" in shown[0] and catalogue("nb")["status.working"] in shown[0]


def _html(root):  # noqa: ANN001, ANN202
    import ipywidgets as w
    from helpers import walk

    return [x for x in walk(root) if isinstance(x, w.HTML)]
