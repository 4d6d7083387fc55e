"""Two tabs of one user in the real browser (issue 15), on SQLite and on PostgreSQL.

Two Chromium browser contexts (as a laptop and a phone, or an old tab left open) open the same
workbook of the same profile. Each types into a field the other does not touch, from the copy it
loaded before the other typed: after a reload both see every field. Then both type into the same
field: the later one wins, and the page that lost is told "endret i et annet vindu" when it gets
focus (the tab that overwrote is told at once), and its reload button shows what is saved.

One `flexwork serve` per store for the whole module (tests/test_e2e_reliability.Served), the
PostgreSQL one on the throwaway server of tests/test_state_postgres.py.
"""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import expect
from test_e2e_reliability import (
    CHROMIUM,
    NB,
    REPO,
    TIMEOUT,
    Served,
    Site,
    browser,  # noqa: F401 - a fixture
    new_page,
    open_workbook,
)
from test_state_postgres import postgres_url  # noqa: F401 - a fixture, used by name below

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
]

STORES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]


@pytest.fixture(scope="module", params=STORES)
def served(request, tmp_path_factory):  # noqa: ANN001, ANN201
    env = {"FLEXWORK_PROFILE": "tove"}
    if request.param == "postgresql":
        env["FLEXWORK_STATE_URL"] = request.getfixturevalue("postgres_url")
    site = Site(tmp_path_factory.mktemp("two-tabs-site"))
    server = Served(
        tmp_path_factory.mktemp("two-tabs-data"), site, tmp_path_factory.mktemp("two-tabs-log") / "serve.log", **env
    )
    # The kernels import this checkout's advisor (in a git worktree the editable install is another's).
    server.env["PYTHONPATH"] = os.pathsep.join([str(site.folder), str(REPO)])
    if request.param == "postgresql":
        from advisor.app.state import StateStore

        server.store = StateStore(env["FLEXWORK_STATE_URL"])
        server.store.delete("tove")  # the module's server may have seen tove in another test
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def tabs(browser, served: Served):  # noqa: ANN001, ANN201, F811
    """Two browser contexts (no shared cookies or storage) of the same profile."""
    pages = [new_page(browser), new_page(browser)]
    for page in pages:
        page.errors = []  # type: ignore[attr-defined]
        page.on("pageerror", lambda e, page=page: page.errors.append(str(e)))
    yield pages
    for page in pages:
        page.context.close()


def field(page, name: str, area: bool = False):  # noqa: ANN001, ANN201
    return page.locator(f".fw-app .fw-in-{name} {'textarea' if area else 'input'}")


def test_two_tabs_typing_into_different_fields_both_keep_their_text(tabs, served: Served) -> None:  # noqa: ANN001
    one, two = tabs
    open_workbook(one, served, "01-situasjon.ipynb")
    open_workbook(two, served, "01-situasjon.ipynb")  # both loaded before anyone typed
    field(one, "role").press_sequentially("Kundebehandler", delay=5)
    served.wait_saved("tove", "situation", lambda v: v.get("role") == "Kundebehandler")
    field(two, "best_hours").press_sequentially("07-15", delay=5)
    field(two, "own_arguments", area=True).press_sequentially("Jeg leverer alt i tide.", delay=5)
    served.wait_saved("tove", "situation", lambda v: v.get("own_arguments") == "Jeg leverer alt i tide.")
    # a task row in each tab
    one.locator(".fw-add-tasks").click()
    field(one, "tasks-name").first.press_sequentially("Kundesamtaler", delay=5)
    served.wait_saved("tove", "situation", lambda v: [t.get("name") for t in v.get("tasks", [])] == ["Kundesamtaler"])
    two.locator(".fw-add-tasks").click()
    field(two, "tasks-name").last.press_sequentially("Rapporter", delay=5)
    served.wait_saved(
        "tove", "situation", lambda v: len(v.get("tasks", [])) == 2 and v["tasks"][1].get("name") == "Rapporter"
    )
    field(one, "health", area=True).press_sequentially("Migrene", delay=5)
    served.wait_saved("tove", "situation", lambda v: v.get("health") == "Migrene")

    for page in (one, two):
        page.reload(wait_until="domcontentloaded")
        field(page, "role").wait_for(timeout=TIMEOUT)
        assert field(page, "role").input_value() == "Kundebehandler"
        assert field(page, "best_hours").input_value() == "07-15"
        assert field(page, "own_arguments", area=True).input_value() == "Jeg leverer alt i tide."
        assert field(page, "health", area=True).input_value() == "Migrene"
        assert field(page, "tasks-name").evaluate_all("els => els.map(e => e.value)") == ["Kundesamtaler", "Rapporter"]
        assert page.errors == [] and page.dialogs == []


def test_the_same_field_in_two_tabs_is_last_write_wins_and_both_are_told(tabs, served: Served) -> None:  # noqa: ANN001
    one, two = tabs
    open_workbook(one, served, "02-forslag.ipynb")
    open_workbook(two, served, "02-forslag.ipynb")
    notice = NB["state.elsewhere"]
    field(one, "equipment", area=True).press_sequentially("Skjerm fra tab en", delay=5)
    served.wait_saved("tove", "proposal", lambda v: v.get("equipment") == "Skjerm fra tab en")
    assert one.locator(".fw-elsewhere").count() == 0  # nothing happened elsewhere yet
    field(two, "equipment", area=True).press_sequentially("Stol fra tab to", delay=5)
    served.wait_saved("tove", "proposal", lambda v: v.get("equipment") == "Stol fra tab to")
    # The tab that overwrote a newer value is told at once; the text it typed is what is saved.
    two.locator(".fw-elsewhere", has_text=notice).wait_for(timeout=TIMEOUT)
    # The tab whose text was overwritten is told when it gets focus (what a browser sends on
    # switching back to the tab; headless Chromium does not switch windows by itself).
    one.bring_to_front()
    one.evaluate("window.dispatchEvent(new Event('focus'))")
    one.locator(".fw-elsewhere", has_text=notice).wait_for(timeout=TIMEOUT)
    assert field(one, "equipment", area=True).input_value() == "Skjerm fra tab en"  # never silently replaced
    one.locator(".fw-reload").click()
    expect(field(one, "equipment", area=True)).to_have_value("Stol fra tab to", timeout=TIMEOUT)
    expect(one.locator(".fw-elsewhere")).to_be_hidden(timeout=TIMEOUT)
    for page in (one, two):
        assert page.errors == [] and page.dialogs == []
