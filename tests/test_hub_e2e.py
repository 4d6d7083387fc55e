"""End to end through a real JupyterHub (`flexwork workshop`): a facilitator and three participants.

One hub for the whole module, on loopback ports, with its own data folder (the session's index
linked in). Four separate browser contexts (own cookies) log in through the hub's login page;
each participant gets their own single-user server rendering the workbooks in Voilà. The tests
build on each other and run in order: join, fill in, rehearse, share; the dashboard stays empty
until three have shared; one participant is refused another's server, API and state; a
participant who deletes their data disappears from the dashboard.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from helpers import ARGS, CHROMIUM, tick

import advisor
from advisor.app.state import StateStore, sqlite_url
from advisor.core.settings import Settings

TIMEOUT = 150_000  # ms: a first spawn on a busy 2-core machine
NB = json.loads((Path(advisor.__file__).parent / "messages" / "ui.nb.json").read_text("utf-8"))
PEOPLE = ("kari", "ola", "nora")
PIN = {"kari": "4711", "ola": "8080", "nora": "2468"}
SECRET_TEXT = "Kari-hemmelig-rolle-XQ7"


def _proxy_installed() -> bool:
    from advisor.app.hub.config import proxy_command

    try:
        proxy_command()
    except SystemExit:
        return False
    return True


pytestmark = [
    pytest.mark.e2e,
    pytest.mark.hub,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
    pytest.mark.skipif(
        not _proxy_installed(), reason="configurable-http-proxy is not installed (make install, which needs npm)"
    ),
]


class Hub:
    def __init__(self, workshop, proc, settings: Settings) -> None:  # noqa: ANN001
        self.workshop, self.proc, self.settings = workshop, proc, settings
        self.url = workshop.url.rstrip("/")
        self.store = StateStore(sqlite_url(settings.data_dir))
        self.timings: dict[str, float] = {}

    def log(self) -> str:
        return (Path(self.workshop.plan["hub_dir"]) / "hub.log").read_text(errors="replace")[-4000:]


@pytest.fixture(scope="module")
def hub(real_settings, tmp_path_factory):  # noqa: ANN001, ANN201
    from advisor.app.hub import launch

    data = tmp_path_factory.mktemp("hub-data")
    (data / "index").symlink_to(real_settings.data_dir / "index", target_is_directory=True)
    settings = Settings(data_dir=data, embedding=real_settings.embedding, corpus_dir=real_settings.corpus_dir)
    port = launch.free_port()
    workshop = launch.prepare(
        settings,
        ip="127.0.0.1",
        port=port,
        hub_port=launch.free_port(),
        proxy_api_port=launch.free_port(),
        title="Testverksted",
        cull_timeout=3600,
        mem_limit="1500M",
    )
    proc = launch.start(workshop, log=data / "hub" / "hub.log")
    try:
        assert launch.wait_ready(workshop, timeout=120, proc=proc), (data / "hub" / "hub.log").read_text()[-3000:]
        yield Hub(workshop, proc, settings)
    finally:
        launch.stop(proc, workshop)


@pytest.fixture(scope="module")
def browser(hub: Hub):  # noqa: ANN201
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=60_000)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def pages(browser):  # noqa: ANN001, ANN201
    """One context (own cookies, own login) per person."""
    out = {}
    for who in ("fasilitator", *PEOPLE):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(TIMEOUT)
        out[who] = page
    return out


def login(page, hub: Hub, name: str, code: str, pin: str = "") -> None:  # noqa: ANN001
    page.goto(f"{hub.url}/hub/login", wait_until="domcontentloaded")
    page.fill("#username_input", name)
    page.fill("#password_input", code)
    page.fill("#pin_input", pin)
    page.click("#login_submit")


def open_workbook(page, hub: Hub, who: str, notebook: str) -> None:  # noqa: ANN001
    page.goto(f"{hub.url}/user/{who}/voila/render/{notebook}", wait_until="domcontentloaded")
    page.locator(".fw-app .fw-disclaimer").first.wait_for(state="visible", timeout=TIMEOUT)


def wait_for(check, timeout: float = 30):  # noqa: ANN001, ANN201
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError("condition not met in time")


def test_hub_login_refuses_wrong_code_and_wrong_secret(hub: Hub, pages) -> None:  # noqa: ANN001
    page = pages["kari"]
    login(page, hub, "kari", "ZZZZZZ", PIN["kari"])
    page.locator(".login_error").wait_for()
    login(page, hub, "kari", hub.workshop.code, "12")  # a PIN is required, at least 4 characters
    page.locator(".login_error").wait_for()
    login(page, hub, "fasilitator", hub.workshop.code, "")  # the facilitator needs their own secret
    page.locator(".login_error").wait_for()
    assert "/hub/login" in page.url


def test_hub_facilitator_and_three_participants_each_get_their_own_server(hub: Hub, pages) -> None:  # noqa: ANN001
    start = time.monotonic()
    login(pages["fasilitator"], hub, "Fasilitator", hub.workshop.secret)
    for who in PEOPLE:  # all logins first: the servers start side by side
        login(pages[who], hub, who.capitalize(), hub.workshop.code.lower(), PIN[who])
    for who in ("fasilitator", *PEOPLE):
        page = pages[who]
        page.wait_for_url(f"**/user/{who}/voila/render/00-start.ipynb", timeout=TIMEOUT)
        page.locator(".fw-app .fw-disclaimer").first.wait_for(state="visible", timeout=TIMEOUT)
    hub.timings["four_logins_to_start_page_s"] = round(time.monotonic() - start, 1)
    # the hub knows four users, one admin
    admin = pages["fasilitator"].request.get(f"{hub.url}/hub/api/users", headers={"Referer": f"{hub.url}/hub/admin"})
    assert admin.status in (200, 403)  # the API wants a token; the admin page is the browser's view
    page = pages["fasilitator"]
    page.goto(f"{hub.url}/hub/admin", wait_until="domcontentloaded")
    for who in PEOPLE:
        page.get_by_text(who, exact=True).first.wait_for()


def test_hub_participants_fill_in_rehearse_and_share(hub: Hub, pages) -> None:  # noqa: ANN001
    code = hub.workshop.code
    fac = pages["fasilitator"]
    open_workbook(fac, hub, "fasilitator", "10-hr-workshop.ipynb")
    assert code in fac.locator(".fw-workshop-code").inner_text()  # the hub's code is the facilitator's workshop

    def dashboard(expected: str) -> str:
        fac.locator(".fw-app button", has_text=NB["hr.show"]).click()
        fac.locator(".fw-dashboard", has_text=expected).wait_for()
        return fac.locator(".fw-dashboard").inner_text()

    for i, who in enumerate(PEOPLE):
        page = pages[who]
        open_workbook(page, hub, who, "01-situasjon.ipynb")
        page.get_by_label("Rolle og stillingstittel").fill(SECRET_TEXT if who == "kari" else f"Rådgiver {who}")
        wait_for(lambda who=who: (hub.store.get(who, "situation") or {}).get("role"))
        open_workbook(page, hub, who, "04-innvendinger.ipynb")
        page.locator(".fw-start-rehearse").click()
        page.locator(".fw-chat .fw-manager").first.wait_for()
        page.get_by_label("Ditt svar").fill(
            "Jeg foreslår en prøveperiode på tre måneder og er på kontoret hver onsdag; jeg svarer innen to timer."
        )
        page.locator(".fw-send-reply").click()
        page.locator(".fw-chat .fw-coach").first.wait_for()
        open_workbook(page, hub, who, "10-hr-workshop.ipynb")
        # the code participants logged in with is already filled in
        assert page.locator(".fw-in-join-code input").input_value() == code
        page.locator(".fw-join-workshop").click()
        page.locator(".fw-ok", has_text=code).wait_for()
        if i < 2:
            text = dashboard(f"{i + 1} deltaker(e) så langt")
            assert "█" not in text and "%" not in text  # no aggregate of fewer than three
        else:
            text = dashboard("3 deltakere")
            assert "█" in text and "100 %" in text  # all three did the situation and the rehearsal


def test_hub_participant_cannot_open_anothers_server_or_state(hub: Hub, pages) -> None:  # noqa: ANN001
    ola = pages["ola"]
    # another participant's pages and API, with Ola's cookies: refused by the hub
    for path in ("/user/kari/voila/render/01-situasjon.ipynb", "/user/kari/api/contents", "/user/kari/api/kernels"):
        r = ola.request.get(hub.url + path, max_redirects=0)
        assert r.status in (302, 403), (path, r.status)
        if r.status == 302:  # to the hub's OAuth: which then refuses
            r = ola.request.get(hub.url + path)
            assert r.status == 403 or "kari" not in r.url.split("/hub/")[0], (path, r.status, r.url)
    ola.goto(hub.url + "/user/kari/voila/render/01-situasjon.ipynb", wait_until="domcontentloaded")
    assert SECRET_TEXT not in ola.content()
    assert ola.locator(".fw-app").count() == 0
    # Ola's own server: reading the workbooks is fine, writing into them or sending code is not
    open_workbook(ola, hub, "ola", "01-situasjon.ipynb")
    assert ola.get_by_label("Rolle og stillingstittel").input_value() == "Rådgiver ola"
    xsrf = next((c["value"] for c in ola.context.cookies() if c["name"] == "_xsrf"), "")
    put = ola.request.put(
        f"{hub.url}/user/ola/api/contents/evil.ipynb",
        headers={"X-XSRFToken": xsrf},
        data=json.dumps(
            {"type": "notebook", "content": {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}}
        ),
    )
    assert put.status == 403
    started = ola.request.post(f"{hub.url}/user/ola/api/kernels", headers={"X-XSRFToken": xsrf}, data="{}")
    assert started.status == 403
    assert not (Path(hub.workshop.plan["workbooks"]) / "evil.ipynb").exists()
    # nothing of Kari's is in Ola's saved state
    assert SECRET_TEXT not in json.dumps(hub.store.export("ola"), ensure_ascii=False)
    assert SECRET_TEXT in json.dumps(hub.store.export("kari"), ensure_ascii=False)


def test_hub_participant_who_deletes_their_data_leaves_the_dashboard(hub: Hub, pages) -> None:  # noqa: ANN001
    nora = pages["nora"]
    open_workbook(nora, hub, "nora", "00-start.ipynb")
    tick(nora.get_by_label(NB["data.delete.confirm"]))
    nora.get_by_role("button", name=NB["data.delete"], exact=True).click()
    nora.locator(".fw-app .fw-ok", has_text=NB["data.delete.done"]).wait_for()
    fac = pages["fasilitator"]
    fac.locator(".fw-app button", has_text=NB["hr.show"]).click()
    fac.locator(".fw-dashboard", has_text="2 deltaker(e) så langt").wait_for()
    assert "█" not in fac.locator(".fw-dashboard").inner_text()
    assert len(hub.store.workshop_contributions("fasilitator", hub.workshop.code)) == 2
    assert hub.store.export("nora")["data"] == {}
