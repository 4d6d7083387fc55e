"""End to end: `flexwork serve` runs Voilà on the real workbooks; Chromium (Playwright) drives them.

The flow follows an employee (intake, proposal, arguments, rehearsal, agreement) and a union
representative (refusal check), reloads pages to find everything restored, checks that typed markup
is shown as text, that nothing is fetched from outside 127.0.0.1, and saves a screenshot of every
workbook to test-artifacts/. The tests in this module build on each other and run in order.
"""

from __future__ import annotations

import io
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest
from helpers import ARGS, CHROMIUM, choose_model, tick
from playwright.sync_api import expect

from advisor.app.state import StateStore, sqlite_url
from advisor.app.texts import catalogue
from advisor.app.workbooks import WORKBOOKS

REPO = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
ARTIFACTS = REPO / "test-artifacts"
XSS = "<script>alert(1)</script>"
USER = "lokal"
TIMEOUT = 90_000  # ms, for any single wait in the browser

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Chromium is not installed at /usr/bin/chromium (make browser, or apt-get install chromium)",
    ),
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, data_dir: Path, net_log: Path, proc: subprocess.Popen) -> None:
        self.url, self.data_dir, self.net_log, self.proc = url, data_dir, net_log, proc
        self.store = StateStore(sqlite_url(data_dir))
        self.timings: dict[str, float] = {}

    def page_url(self, notebook: str) -> str:
        return f"{self.url}/voila/render/{notebook}"

    def saved(self, key: str) -> dict:
        return self.store.get(USER, key) or {}

    def wait_saved(self, key: str, check, timeout: float = 30) -> dict:  # noqa: ANN001
        """Poll the database until the autosaved value satisfies `check` (the kernel saves asynchronously)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.saved(key)
            if check(value):
                return value
            time.sleep(0.2)
        raise AssertionError(f"{key} not saved as expected: {self.saved(key)!r}")


@pytest.fixture(scope="module")
def server(real_settings, tmp_path_factory):  # noqa: ANN001, ANN201
    """`flexwork serve` on a free loopback port, own data dir (the index linked in), network guarded."""
    data = tmp_path_factory.mktemp("e2e-data")
    (data / "index").symlink_to(real_settings.data_dir / "index", target_is_directory=True)
    site = tmp_path_factory.mktemp("e2e-site")
    (site / "sitecustomize.py").write_text(f"import sys; sys.path.insert(0, {str(TESTS)!r}); import netguard\n")
    net_log = site / "attempts.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLEXWORK_", "JUPYTERHUB_"))}
    env.update(
        FLEXWORK_DATA_DIR=str(data),
        FLEXWORK_EMBEDDING=real_settings.embedding,
        FLEXWORK_CONFIG=str(site / "none.toml"),
        FLEXWORK_NETGUARD_LOG=str(net_log),
        FLEXWORK_NETGUARD_LOOPBACK="1",
        # The kernels import this checkout's package (in a git worktree, not the editable install's).
        PYTHONPATH=os.pathsep.join([str(site), str(REPO)]),
    )
    port = free_port()
    log = (data / "serve.log").open("w", encoding="utf-8")  # noqa: SIM115 - closed in the finally
    proc = subprocess.Popen(
        [sys.executable, "-m", "advisor.cli", "serve", "--port", str(port), "--no-browser"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        start_new_session=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    try:
        url = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and url is None and proc.poll() is None:
            try:
                line = lines.get(timeout=1)  # the CLI prints the URL once Voilà accepts connections
            except queue.Empty:
                continue
            if f"http://127.0.0.1:{port}/" in line:
                url = f"http://127.0.0.1:{port}"
        assert url, f"server did not start: {(data / 'serve.log').read_text()[-3000:]}"
        yield Server(url, data, net_log, proc)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # the CLI stops Voilà, which stops its kernels
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser_page(server: Server):  # noqa: ANN201
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=60_000)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            page = context.new_page()
            page.set_default_timeout(TIMEOUT)
            page.dialogs = []  # type: ignore[attr-defined]
            page.outside = []  # type: ignore[attr-defined]
            page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
            page.on(
                "request",
                lambda r: (
                    page.outside.append(r.url)
                    if urlparse(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:")
                    else None
                ),
            )
            yield page
        finally:
            browser.close()
            (ARTIFACTS / "e2e-timings.json").write_text(json.dumps(server.timings, indent=1))


def open_workbook(page, server: Server, notebook: str) -> None:  # noqa: ANN001
    """Navigate and wait until the app's widgets are on the page; records the load time."""
    start = time.monotonic()
    page.goto(server.page_url(notebook), wait_until="domcontentloaded", timeout=TIMEOUT)
    page.locator(".fw-app .fw-disclaimer").first.wait_for(state="visible", timeout=TIMEOUT)
    server.timings.setdefault(notebook, round(time.monotonic() - start, 2))


def screenshot(page, name: str) -> None:  # noqa: ANN001
    """The whole app, not only the viewport (Voilà scrolls an inner element)."""
    height = page.evaluate("() => document.querySelector('.fw-app').scrollHeight")
    page.set_viewport_size({"width": 1280, "height": min(max(900, height + 120), 12000)})
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_start_page(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    open_workbook(page, server, "00-start.ipynb")
    assert page.get_by_text("Dette er ikke juridisk rådgivning").first.is_visible()
    page.locator(".fw-role button", has_text="Arbeidstaker").click()
    page.locator(".fw-info", has_text="Start med 01 Situasjon").wait_for()
    server.wait_saved("prefs", lambda v: v.get("role") == "arbeidstaker")
    for wb in WORKBOOKS[1:]:
        assert page.locator(f"nav a[href='{wb.notebook}']").count() == 1


def test_intake_autosaves_and_reload_restores(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    open_workbook(page, server, "01-situasjon.ipynb")
    page.get_by_label("Rolle og stillingstittel").fill(XSS)
    size = page.get_by_label("Antall ansatte i virksomheten")
    size.fill("mange")
    size.press("Tab")  # leaving the field judges it
    page.locator(".fw-err-employer_size .fw-error").wait_for()  # the problem shows next to the field
    size.fill("120")
    page.locator(".fw-err-employer_size .fw-error").wait_for(state="detached")
    page.locator(".fw-add-tasks").click()
    page.locator(".fw-in-tasks-name input").fill("Månedsrapporter")
    tick(page.locator(".fw-in-tasks-deep_focus input"))
    page.locator(".fw-add-results").click()
    page.locator(".fw-in-results-description input").fill("Alle rapporter levert i tide i 2024")
    page.get_by_label("Egne argumenter, slik du ville sagt dem").fill(
        f"{XSS} Jeg trenger hjemmekontor fordi pendlingen er slitsom."
    )
    server.wait_saved(
        "situation",
        lambda v: (
            "pendlingen" in v.get("own_arguments", "")
            and v.get("tasks")
            and v["tasks"][0]["deep_focus"]
            and v.get("results")
            and v["results"][0]["description"].endswith("2024")
        ),
    )
    page.reload()
    page.locator(".fw-in-role input").wait_for()
    assert page.get_by_label("Rolle og stillingstittel").input_value() == XSS
    assert page.locator(".fw-in-tasks-name input").input_value() == "Månedsrapporter"
    assert page.locator(".fw-in-tasks-deep_focus input").is_checked()
    assert page.get_by_label("Antall ansatte i virksomheten").input_value() == "120"
    page.locator(".fw-app button", has_text="Sjekk og gå videre").click()
    page.locator(".fw-ok", has_text="Alt ser bra ut").wait_for()


def test_keyboard_reaches_every_button(browser_page) -> None:  # noqa: ANN001
    page = browser_page
    page.locator(".fw-in-role input").focus()
    reached = set()
    for _ in range(250):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("() => (document.activeElement.innerText || '').trim()"))
        if "Sjekk og gå videre" in reached:
            break
    assert {"Legg til oppgave", "Legg til resultat", "Fjern", "Sjekk og gå videre"} <= reached


def test_proposal(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    open_workbook(page, server, "02-forslag.ipynb")
    choose_model(page, catalogue("nb"), "faste_hjemmedager")  # hides the hours above the day boxes
    tick(page.locator(".fw-in-home_days-mandag input"))
    tick(page.locator(".fw-in-home_days-fredag input"))
    # A date is judged when the field is left, not key by key (tests/test_form_leave.py has the rules).
    start = page.get_by_label("Startdato")
    evaluation = page.get_by_label("Dato for evaluering")
    problem = page.locator(".fw-err-start_date .fw-error")
    start.press_sequentially("2025-02-30", delay=60)  # «2», «20», … «2025-02-» are no dates yet
    server.wait_saved("proposal", lambda v: v.get("start_date") == "2025-02-30")  # the kernel has every key
    page.wait_for_timeout(500)  # and its answer to the last one has reached the page
    expect(problem).to_have_count(0)
    below = evaluation.bounding_box()
    start.press("Tab")  # the keyboard moves on, and that judges the field
    expect(problem).to_have_text(re.compile("finnes ikke"))
    expect(evaluation).to_be_focused()
    assert evaluation.bounding_box() == below  # the line had its room: nothing under it moved
    start.fill("2025-02-03")  # typed right, still in the field: the line goes without leaving it
    expect(start).to_be_focused()
    problem.wait_for(state="detached")
    server.wait_saved(
        "proposal",
        lambda v: (
            v.get("model") == "faste_hjemmedager"
            and v.get("home_days") == ["mandag", "fredag"]
            and v.get("start_date") == "2025-02-03"
        ),
    )


def test_arguments_show_verified_citations(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    open_workbook(page, server, "03-argumenter.ipynb")
    page.locator(".fw-make-arguments").click()
    badge = page.locator(".fw-arguments .fw-badge.fw-verified").first
    badge.wait_for()
    assert "✓ sitatet stemmer med avsnittet" in badge.inner_text()
    page.locator(".fw-arguments details.fw-sources > summary").first.click()  # the sources are folded at first
    citation = page.locator(".fw-arguments details.fw-citation").first
    citation.locator("summary").click()
    assert citation.locator("blockquote").is_visible()
    page.locator(".fw-arguments a.fw-marker").first.click()
    # the user's markup is shown as text, never run
    assert page.locator(".fw-reframe-list .fw-before", has_text=XSS).first.is_visible()
    assert page.dialogs == []


def test_rehearse_one_objection(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    open_workbook(page, server, "04-innvendinger.ipynb")
    page.locator(".fw-start-rehearse").click()
    page.locator(".fw-chat .fw-manager").first.wait_for()
    page.get_by_label("Ditt svar").fill(
        "Jeg foreslår en prøveperiode på tre måneder. Jeg svarer innen to timer på Teams og er på kontoret hver onsdag."
    )
    page.locator(".fw-send-reply").click()
    page.locator(".fw-chat .fw-coach").first.wait_for()
    assert page.locator(".fw-chat .fw-me").count() == 1
    page.locator(".fw-scores img").wait_for()
    server.wait_saved("rehearse", lambda v: len(v.get("attempts", [])) == 1)


def test_agreement_downloads_as_docx(browser_page, server: Server, tmp_path: Path) -> None:  # noqa: ANN001
    import docx

    page = browser_page
    open_workbook(page, server, "06-avtale.ipynb")
    page.locator(".fw-make-agreement").click()
    link = page.locator(".fw-downloads a", has_text=".docx")
    link.wait_for()
    with page.expect_download(timeout=TIMEOUT) as info:
        link.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.suffix == ".docx"
    document = docx.Document(io.BytesIO(target.read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Avtale" in text and "mandag" in text
    assert page.locator(".fw-agreement .fw-badge.fw-verified").first.is_visible()
    # the downloaded agreement, uploaded again, is checked for gaps (and the upload is not kept)
    with page.expect_file_chooser(timeout=TIMEOUT) as chooser:  # ipywidgets makes the <input> on click
        page.locator(".fw-upload-agreement").click()
    chooser.value.set_files(str(target))
    page.locator(".fw-gaps .fw-gaps-present li").first.wait_for()
    assert not list((server.data_dir / "users" / USER / "uploads").glob("*"))


def test_refusal_check(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    open_workbook(page, server, "20-tillitsvalgt.ipynb")
    received = date.today() - timedelta(days=3)
    page.get_by_label("Hva ble det søkt om?").fill("Fleksibel arbeidstid med kjernetid 09-14")
    page.get_by_label("Arbeidsgivers svar (lim inn teksten)").fill(
        f"Vi kan ikke innvilge søknaden fordi det ikke passer for avdelingen. {XSS}"
    )
    page.get_by_label("Dato avslaget kom frem").fill(received.isoformat())
    server.wait_saved("refusal_tv", lambda v: v.get("refusal_received") == received.isoformat())
    tick(page.get_by_label("Avslaget var skriftlig"))
    server.wait_saved("refusal_tv", lambda v: v.get("written_refusal") and v.get("refusal_received"))
    page.locator(".fw-check-refusal").click()
    verdict = page.locator(".fw-verdict")
    verdict.wait_for()
    assert "dager igjen" in verdict.inner_text()
    assert (
        "Vurdering" in verdict.inner_text() and "spør tillitsvalgt" not in page.locator(".fw-app").inner_text().lower()
    )
    assert page.locator(".fw-check .fw-badge.fw-verified").count() > 0  # sources, folded below the box
    assert page.locator(".fw-read mark").first.is_visible()  # what I read, highlighted in the user's own text
    # Verdict first: at 1280 px, with the page scrolled to the top, the whole box is above the fold.
    page.evaluate(
        "() => { for (const e of [document.scrollingElement, ...document.querySelectorAll('*')]) "
        "{ if (e && e.scrollTop) e.scrollTop = 0; } }"
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    box = verdict.bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= 800, box
    page.screenshot(path=str(ARTIFACTS / "20-tillitsvalgt-verdict-1280.png"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.locator(".fw-make-submission").click()
    page.locator(".fw-downloads a", has_text=".docx").wait_for()
    assert page.dialogs == []


def test_reload_restores_results(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    open_workbook(page, server, "03-argumenter.ipynb")
    page.locator(".fw-arguments .fw-badge.fw-verified").first.wait_for()
    open_workbook(page, server, "04-innvendinger.ipynb")
    page.locator(".fw-chat .fw-coach").first.wait_for()
    open_workbook(page, server, "20-tillitsvalgt.ipynb")
    page.locator(".fw-verdict").wait_for()
    assert page.get_by_label("Dato avslaget kom frem").input_value() == (date.today() - timedelta(days=3)).isoformat()


def test_every_workbook_fits_1280_and_is_screenshotted(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    for wb in WORKBOOKS:
        open_workbook(page, server, wb.notebook)
        overflow = page.evaluate("""() => {
            const all = [document.querySelector('.fw-app'), ...document.querySelectorAll('.fw-app *')];
            const shown = all.filter(e => e.getClientRects().length);
            // nothing sticks out of a box that clips it, and no box scrolls sideways
            const cut = shown.filter(e => {
                const p = e.parentElement;
                return p && getComputedStyle(p).overflowX !== 'visible'
                    && e.getBoundingClientRect().right > p.getBoundingClientRect().right + 0.5;
            }).map(e => e.className.toString().slice(0, 60));
            const scrolls = shown.filter(e => e.scrollWidth > e.clientWidth + 1
                && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)).map(e => e.className.toString().slice(0, 60));
            return {page: document.documentElement.scrollWidth - window.innerWidth, cut: cut.slice(0, 5),
                    scrolls: scrolls.slice(0, 5)};
        }""")
        assert overflow == {"page": 0, "cut": [], "scrolls": []}, (wb.notebook, overflow)
        screenshot(page, wb.notebook.removesuffix(".ipynb"))
    assert page.dialogs == []


def test_nothing_was_fetched_from_outside(browser_page, server: Server) -> None:  # noqa: ANN001
    assert browser_page.outside == []
    attempts = server.net_log.read_text() if server.net_log.exists() else ""
    assert attempts == "", attempts


def test_ask_about_the_rules(browser_page, server: Server) -> None:  # noqa: ANN001
    page = browser_page
    open_workbook(page, server, "08-spor.ipynb")
    question = "Har jeg rett til å jobbe hjemmefra?"
    page.get_by_label("Spørsmålet ditt").fill(question)
    server.wait_saved("askpage", lambda v: v.get("question") == question)
    page.locator(".fw-ask").click()
    answer = page.locator(".fw-ask-answer .fw-answer")
    answer.wait_for(timeout=TIMEOUT)
    assert page.locator(".fw-ask-answer .fw-badge.fw-verified").first.is_visible()
    rule = page.locator(".fw-ask-answer .fw-rule-line")
    assert rule.is_visible() and "Svaret gjelder spørsmålet: «" in rule.inner_text()
    assert "[1]" in answer.inner_text()
    assert page.dialogs == [] and page.outside == []
