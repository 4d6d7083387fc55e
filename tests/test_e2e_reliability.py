"""Reliability, privacy and legal safety of the served app: `flexwork serve` (Voilà) on loopback, Chromium.

- No data loss: what was typed into 01 Situasjon and 02 Forslag is still there after the kernels and
  the server are killed with SIGKILL mid-session and the server is started again on the same data.
  Below the app: the database is in WAL mode on disk, and a writer killed mid-save never leaves a
  half-written value (these two need no browser and are not marked e2e).
- Isolation: a second profile (bjorn) on the same data folder sees nothing of anna's in any page or export.
- Legal safety: every workbook page, in both languages, says it is not legal advice and where to get
  help; an opened law citation shows the in-force date and whether the source is UNVERIFIED.
- Privacy: a whole session (intake, arguments, refusal check) with the network blocked at the socket
  level in the server and kernels: nothing tried to go out, Chromium asked nothing of another host,
  neither the server's output nor the app log holds what was typed, and "delete my data" on the start
  page leaves none of it in the database files or the data folder.

Each server is started in its own process group with the netguard sitecustomize on PYTHONPATH; no
index is needed (the workbooks cite the bundled corpus directly), so nothing here builds one.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from helpers import ARGS, CHROMIUM, choose_model, tick
from playwright.sync_api import expect

from advisor.app.state import StateStore, sqlite_url
from advisor.app.texts import catalogue
from advisor.app.workbooks import WORKBOOKS
from flexwork_bench.loadtest import is_kernel_command

REPO = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
TIMEOUT = 60_000  # ms, for any single wait in the browser
NB, EN = catalogue("nb"), catalogue("en")

_NEEDS_CHROMIUM = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed at /usr/bin/chromium (make browser, or apt-get install chromium)",
)


def browser_test(fn: Callable) -> Callable:
    """Marks a test that drives Chromium (e2e), skipped where Chromium is missing."""
    return pytest.mark.e2e(_NEEDS_CHROMIUM(fn))


# What anna types (the kill test) and must never show up for bjorn.
ANNA = {
    "role": "Lønnsansvarlig ANNA-ROLLE-x71",
    "employer_size": "120",
    "task": "Månedsrapporter ANNA-OPPGAVE-c4",
    "own_arguments": "ANNA-ARGUMENT-9k: jeg leverer alle lønnskjøringer i tide",
    "health": "ANNA-HELSE-m2 migrene",
    "start_date": "2025-03-03",
    "deliverables": "ANNA-LEVERANSE-7t lønnskjøring hver 12.",
    "minimum": "ANNA-MINIMUM-3q to hjemmedager",
    "refusal": "ANNA-AVSLAG-5w: vi trenger deg i resepsjonen.",
}
ANNA_MARKERS = [w for v in ANNA.values() for w in v.replace(":", " ").split() if w.startswith("ANNA-")]

# The personal facts of the privacy session: a made-up name, a diagnosis, a child's name, a refusal letter.
NAME = "Kjellaug Trøftevik"
DIAGNOSIS = "narkolepsi"
CHILD = "Tindra-Solveig"
REFUSAL = "Søknaden avslås fordi Kjellaug må sitte i resepsjonen på Brattøra hver fredag."
PERSONAL = [NAME, "Kjellaug", "Trøftevik", DIAGNOSIS, CHILD, "Tindra", REFUSAL, "resepsjonen på Brattøra"]


# -- servers -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_until(check: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll `check` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class Site:
    """A sitecustomize that blocks non-loopback network (tests/netguard.py) and records which processes loaded it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.attempts = folder / "attempts.log"
        self.pids = folder / "guarded-pids.log"
        (folder / "sitecustomize.py").write_text(
            f"import os, sys\nsys.path.insert(0, {str(TESTS)!r})\nimport netguard  # noqa: F401\n"
            f"with open({str(self.pids)!r}, 'a') as fh:\n    fh.write(f'{{os.getpid()}}\\n')\n"
        )

    def guarded_pids(self) -> set[int]:
        return {int(x) for x in self.pids.read_text().split()} if self.pids.exists() else set()


class Served:
    """`flexwork serve` in its own process group; its stdout and stderr (Voilà's and the kernels') go to `log`."""

    def __init__(self, data_dir: Path, site: Site, log: Path, **env: str) -> None:
        self.data_dir, self.site, self.log = data_dir, site, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("FLEXWORK_", "JUPYTERHUB_", "HF_", "TRANSFORMERS_"))
        }
        self.env.update(
            FLEXWORK_DATA_DIR=str(data_dir),
            FLEXWORK_EMBEDDING="fake",
            FLEXWORK_CONFIG=str(site.folder / "none.toml"),
            FLEXWORK_NETGUARD_LOG=str(site.attempts),
            FLEXWORK_NETGUARD_LOOPBACK="1",
            PYTHONPATH=str(site.folder),
            **env,
        )
        self.proc: subprocess.Popen | None = None
        self.store = StateStore(sqlite_url(data_dir))

    def start(self) -> None:
        wait_until(lambda: port_is_free(self.port), 30, f"port {self.port} to be free")
        offset = self.log.stat().st_size if self.log.exists() else 0
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "advisor.cli", "serve", "--port", str(self.port), "--no-browser"],
                cwd=REPO,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

        def ready() -> bool:
            assert self.proc is not None and self.proc.poll() is None, self.log.read_text()[-3000:]
            return f"{self.url}/" in self.log.read_bytes()[offset:].decode("utf-8", "replace")

        wait_until(ready, 90, "the server to print its URL")  # the CLI prints it once Voilà accepts connections

    def page_url(self, notebook: str) -> str:
        return f"{self.url}/voila/render/{notebook}"

    def tree(self) -> list:
        import psutil

        if self.proc is None or self.proc.poll() is not None:
            return []
        root = psutil.Process(self.proc.pid)
        return [root, *root.children(recursive=True)]

    def kernels(self) -> list:
        return [p for p in self.tree()[1:] if is_kernel_command(" ".join(p.cmdline()))]

    def kill_hard(self) -> None:
        """SIGKILL the kernels, then Voilà and the CLI: nobody gets to flush, close or clean up."""
        import psutil

        procs = self.tree()
        kernels = [p for p in procs if is_kernel_command(" ".join(p.cmdline()))]
        assert kernels, "no kernel was running"
        for p in [*kernels, *reversed([p for p in procs if p not in kernels])]:
            p.send_signal(signal.SIGKILL)
        _gone, alive = psutil.wait_procs(procs, timeout=15)
        assert not alive, alive
        assert self.proc is not None
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)  # the CLI stops Voilà, which stops its kernels
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def wait_saved(self, user: str, key: str, check: Callable[[dict], bool], timeout: float = 30) -> dict:
        """Poll the database until the autosaved value satisfies `check` (the kernel saves asynchronously)."""
        return wait_until(
            lambda: (v := self.store.get(user, key) or {}) and check(v) and v,
            timeout,
            f"{user}/{key} to be saved; it is {self.store.get(user, key)!r}",
        )


# -- the browser -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=60_000)
        try:
            yield b
        finally:
            b.close()


def new_page(browser):  # noqa: ANN001, ANN201
    """A fresh browser context and page that records every request to a host other than 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.outside = []  # type: ignore[attr-defined]
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on(
        "request",
        lambda r: (
            page.outside.append(r.url)
            if urlparse(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:")
            else None
        ),
    )
    return page


def open_workbook(page, served: Served, notebook: str) -> None:  # noqa: ANN001
    page.goto(served.page_url(notebook), wait_until="domcontentloaded", timeout=TIMEOUT)
    page.locator(".fw-app .fw-disclaimer").first.wait_for(state="visible", timeout=TIMEOUT)


def field_values(page) -> list[str]:  # noqa: ANN001
    """The values of every input and text area on the page (text a user typed is there, not in innerText)."""
    return page.evaluate("() => [...document.querySelectorAll('.fw-app input, .fw-app textarea')].map(e => e.value)")


def type_into(page, label: str, text: str) -> None:  # noqa: ANN001
    """Key by key, as a person types (each keystroke is a change the kernel saves)."""
    field = page.get_by_label(label, exact=True)
    field.click()
    field.press_sequentially(text, delay=5)


def export_via_ui(page, lang: dict[str, str]) -> dict:  # noqa: ANN001
    """Click "export my data" on the start page and read the JSON behind the download link."""
    page.get_by_role("button", name=lang["data.export"], exact=True).click()
    link = page.locator(".fw-app a.fw-download[href^='data:application/json']")
    link.wait_for()
    href = link.get_attribute("href")
    return json.loads(base64.b64decode(href.split(",", 1)[1]).decode("utf-8"))


# -- 1. no data loss ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:  # noqa: ANN001
    return Site(tmp_path_factory.mktemp("e2e-rel-site"))


@pytest.fixture(scope="module")
def shared_dir(tmp_path_factory) -> Path:  # noqa: ANN001
    """One data folder for anna and bjorn."""
    return tmp_path_factory.mktemp("e2e-rel-data")


@browser_test
def test_typed_fields_survive_killing_the_kernels_and_the_server(
    browser,
    site: Site,  # noqa: ANN001
    shared_dir: Path,
    tmp_path: Path,
) -> None:
    served = Served(shared_dir, site, tmp_path / "serve-anna.log", FLEXWORK_PROFILE="anna")
    served.start()
    try:
        page = new_page(browser)
        open_workbook(page, served, "01-situasjon.ipynb")
        type_into(page, NB["sit.role"], ANNA["role"])
        type_into(page, NB["sit.employer_size"], ANNA["employer_size"])
        page.locator(".fw-add-tasks").click()
        page.locator(".fw-in-tasks-name input").press_sequentially(ANNA["task"], delay=5)
        tick(page.locator(".fw-in-tasks-deep_focus input"))  # below the field typed last: nothing above it moves
        type_into(page, NB["sit.own_arguments"], ANNA["own_arguments"])
        type_into(page, NB["sit.health"], ANNA["health"])
        served.wait_saved(
            "anna",
            "situation",
            lambda v: (
                v.get("health") == ANNA["health"]
                and v.get("own_arguments") == ANNA["own_arguments"]
                and v.get("tasks")
                and v["tasks"][0] == {**v["tasks"][0], "name": ANNA["task"], "deep_focus": True}
            ),
        )

        open_workbook(page, served, "02-forslag.ipynb")
        choose_model(page, NB, "faste_hjemmedager")  # hides the hours above the day boxes
        tick(page.locator(".fw-in-home_days-mandag input"))
        tick(page.locator(".fw-in-home_days-fredag input"))
        type_into(page, NB["prop.start_date"], ANNA["start_date"])
        type_into(page, NB["prop.deliverables"], ANNA["deliverables"])
        type_into(page, NB["prop.minimum"], ANNA["minimum"])  # the last keystrokes before the crash
        served.wait_saved("anna", "proposal", lambda v: v.get("minimum") == ANNA["minimum"])
        assert served.kernels(), "the open page has a kernel"

        served.kill_hard()
        # Nobody runs now. The database on disk is in WAL mode and holds every field.
        header = (shared_dir / "state.sqlite").read_bytes()[:20]
        assert header[18:20] == b"\x02\x02", "not a WAL database"
        saved = StateStore(sqlite_url(shared_dir)).load("anna")
        assert saved["situation"]["role"] == ANNA["role"] and saved["proposal"]["minimum"] == ANNA["minimum"]

        served.start()  # same port, same data folder
        page.reload(wait_until="domcontentloaded")
        page.locator(".fw-app .fw-in-minimum textarea").wait_for()
        assert page.locator(".fw-model button.mod-active", has_text=NB["model.faste_hjemmedager"]).count() == 1
        assert page.locator(".fw-in-home_days-mandag input").is_checked()
        assert page.locator(".fw-in-home_days-fredag input").is_checked()
        assert not page.locator(".fw-in-home_days-onsdag input").is_checked()
        assert page.get_by_label(NB["prop.start_date"], exact=True).input_value() == ANNA["start_date"]
        assert page.get_by_label(NB["prop.deliverables"], exact=True).input_value() == ANNA["deliverables"]
        assert page.get_by_label(NB["prop.minimum"], exact=True).input_value() == ANNA["minimum"]

        open_workbook(page, served, "01-situasjon.ipynb")
        page.locator(".fw-in-tasks-name input").wait_for()
        assert page.get_by_label(NB["sit.role"], exact=True).input_value() == ANNA["role"]
        assert page.get_by_label(NB["sit.employer_size"], exact=True).input_value() == ANNA["employer_size"]
        assert page.locator(".fw-in-tasks-name input").input_value() == ANNA["task"]
        assert page.locator(".fw-in-tasks-deep_focus input").is_checked()
        assert page.get_by_label(NB["sit.own_arguments"], exact=True).input_value() == ANNA["own_arguments"]
        assert page.get_by_label(NB["sit.health"], exact=True).input_value() == ANNA["health"]
        assert page.outside == [] and page.dialogs == []
        page.context.close()
    finally:
        served.stop()


def test_the_state_database_is_in_wal_mode_on_disk(tmp_path: Path) -> None:
    import sqlite3

    StateStore(sqlite_url(tmp_path)).save("anna", "k", {"v": 1})
    assert (tmp_path / "state.sqlite").read_bytes()[18:20] == b"\x02\x02"  # file format: WAL
    with sqlite3.connect(tmp_path / "state.sqlite") as conn:  # a fresh connection, without the app's pragmas
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


WRITER = r"""
import hashlib, sys
from advisor.app.state import StateStore
store = StateStore(sys.argv[1])
i = (store.load("writer").get("b") or {}).get("i", 0)  # go on from what the last writer committed
started = False
while True:
    i += 1
    blob = f"{i:09d}-" * 40_000  # 400 kB: many database pages, so a torn write would show
    store.save_many("writer", {"a": {"i": i, "blob": blob, "sha": hashlib.sha256(blob.encode()).hexdigest()},
                               "b": {"i": i}})
    if not started:
        started = True
        print("saving", flush=True)
"""


@pytest.mark.slow
def test_a_writer_killed_mid_save_never_leaves_a_half_written_value(tmp_path: Path) -> None:
    import sqlite3

    url = sqlite_url(tmp_path)
    last = 0
    for delay in (0.05, 0.2, 0.35, 0.6, 0.9):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, url], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            assert proc.stdout is not None
            assert select.select([proc.stdout], [], [], 60)[0], "the writer did not start saving within 60 s"
            assert proc.stdout.readline().strip() == "saving", proc.stderr.read() if proc.stderr else ""
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
        with sqlite3.connect(tmp_path / "state.sqlite") as conn:  # recovers the WAL the killed writer left
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rows = conn.execute("select key, value from app_state").fetchall()
        values = {k: json.loads(v) for k, v in rows}  # every stored value parses
        a, b = values["a"], values["b"]
        assert hashlib.sha256(a["blob"].encode()).hexdigest() == a["sha"]
        assert a["i"] == b["i"] >= last  # both keys from the same transaction, nothing went back
        last = a["i"]
        assert StateStore(url).load("writer") == values
    assert last > 1


# -- 2. isolation and legal safety (bjorn's server on anna's data folder) ------------------------------


@pytest.fixture(scope="module")
def bjorn(site: Site, shared_dir: Path, tmp_path_factory):  # noqa: ANN001, ANN201
    """bjorn's server (JUPYTERHUB_USER wins over a leftover FLEXWORK_PROFILE=anna) on the folder with anna's data."""
    store = StateStore(sqlite_url(shared_dir))
    seed = {"refusal_tv": {"refusal": ANNA["refusal"], "request": "Fleksitid"}}
    if store.get("anna", "situation") is None:  # the kill test did not run: anna's intake as it would have saved it
        seed |= {
            "situation": {"role": ANNA["role"], "health": ANNA["health"], "own_arguments": ANNA["own_arguments"]},
            "proposal": {"deliverables": ANNA["deliverables"], "minimum": ANNA["minimum"]},
        }
    store.save_many("anna", seed)
    served = Served(
        shared_dir,
        site,
        tmp_path_factory.mktemp("bjorn-log") / "serve.log",
        JUPYTERHUB_USER="bjorn",
        FLEXWORK_PROFILE="anna",
    )
    served.start()
    try:
        yield served
    finally:
        served.stop()


@pytest.fixture(scope="module")
def bjorn_page(browser, bjorn: Served):  # noqa: ANN001, ANN201
    page = new_page(browser)
    yield page
    page.context.close()


@browser_test
def test_bjorn_sees_nothing_of_annas_on_the_same_data_folder(bjorn_page, bjorn: Served) -> None:  # noqa: ANN001
    page = bjorn_page
    before = bjorn.store.load("anna")
    for notebook in ("01-situasjon.ipynb", "02-forslag.ipynb", "20-tillitsvalgt.ipynb", "00-start.ipynb"):
        open_workbook(page, bjorn, notebook)
        shown = page.locator(".fw-app").inner_text() + "\n".join(field_values(page))
        assert [m for m in ANNA_MARKERS if m in shown] == [], notebook
        assert "«bjorn»" in shown, notebook
    exported = export_via_ui(page, NB)
    assert exported["format"] == "flexwork-state"
    assert [m for m in ANNA_MARKERS if m in json.dumps(exported, ensure_ascii=False)] == []
    assert bjorn.store.load("anna") == before  # visiting as bjorn changed nothing of anna's


@browser_test
def test_every_page_says_not_legal_advice_and_where_to_get_help(bjorn_page, bjorn: Served) -> None:  # noqa: ANN001
    """Each page is checked in the language it opens in, then switched (in place) to the other one."""
    page = bjorn_page
    help_words = {"nb": ("tillitsvalgt", "verneombud", "advokat"), "en": ("union representative", "lawyer")}
    lang = (bjorn.store.get("bjorn", "prefs") or {}).get("lang", "nb")
    seen = set()
    for wb in WORKBOOKS:
        open_workbook(page, bjorn, wb.notebook)
        for _ in range(2):
            texts = catalogue(lang)
            # the union page speaks to the representative (issue 10: no «spør tillitsvalgt» there)
            union = wb.slug == "tillitsvalgt"
            said = texts["rf.disclaimer.page" if union else "disclaimer"]
            helpers = {"nb": ("advokat",), "en": ("lawyer",)}[lang] if union else help_words[lang]
            notes = page.locator(".fw-app .fw-disclaimer")
            notes.filter(has_text=said).first.wait_for()
            assert notes.count() == 2, wb.notebook  # under the title and at the bottom of the page
            for i in range(2):
                note = notes.nth(i)
                assert note.is_visible() and said in note.inner_text(), (wb.notebook, lang)
                assert "legal advice" in note.inner_text() or "juridisk rådgivning" in note.inner_text()
                assert all(w in note.inner_text() for w in helpers), (wb.notebook, lang)
            assert page.locator(".fw-app .fw-error").count() == 0, (wb.notebook, lang)
            seen.add((wb.slug, lang))
            lang = "en" if lang == "nb" else "nb"
            page.locator(".fw-lang button", has_text={"nb": "Bokmål", "en": "English"}[lang]).click()
        # the switch is remembered: the next page opens in this language (and the wait bounds the re-render)
        key = "rf.disclaimer.page" if wb.slug == "tillitsvalgt" else "disclaimer"
        page.locator(".fw-app .fw-disclaimer", has_text=catalogue(lang)[key]).first.wait_for()
    assert len(seen) == 2 * len(WORKBOOKS)
    assert page.outside == [] and page.dialogs == []


# -- 3. a private session: network blocked, logs clean, delete leaves nothing -------------------------


class Session:
    def __init__(self, served: Served, page: Any) -> None:
        self.served, self.page = served, page
        self.kernels: set[int] = set()

    def open(self, notebook: str) -> None:
        open_workbook(self.page, self.served, notebook)
        self.kernels |= {p.pid for p in self.served.kernels()}


@pytest.fixture(scope="module")
def kari(browser, tmp_path_factory):  # noqa: ANN001, ANN201
    site = Site(tmp_path_factory.mktemp("e2e-private-site"))
    data = tmp_path_factory.mktemp("e2e-private-data")
    served = Served(data, site, tmp_path_factory.mktemp("e2e-private-log") / "serve.log", FLEXWORK_PROFILE="kari")
    served.start()
    page = new_page(browser)
    try:
        yield Session(served, page)
    finally:
        page.context.close()
        served.stop()


@browser_test
def test_private_session_intake_arguments_and_refusal_check(kari: Session) -> None:
    page, served = kari.page, kari.served
    kari.open("01-situasjon.ipynb")
    type_into(page, NB["sit.role"], "Lønnsansvarlig")
    type_into(page, NB["sit.employer_size"], "120")
    type_into(page, NB["sit.own_arguments"], f"Jeg, {NAME}, leverer alle lønnskjøringer i tide.")
    type_into(page, NB["sit.care_duties"], f"Jeg henter {CHILD} (6 år) i barnehagen kl. 15.")
    type_into(page, NB["sit.health"], f"Jeg har {DIAGNOSIS} og trenger en hvilepause midt på dagen.")
    served.wait_saved("kari", "situation", lambda v: DIAGNOSIS in v.get("health", ""))

    kari.open("02-forslag.ipynb")
    choose_model(page, NB, "faste_hjemmedager")  # hides the hours above the day boxes
    tick(page.locator(".fw-in-home_days-mandag input"))
    type_into(page, NB["prop.start_date"], "2025-02-03")
    served.wait_saved(
        "kari", "proposal", lambda v: v.get("start_date") == "2025-02-03" and v.get("home_days") == ["mandag"]
    )

    kari.open("03-argumenter.ipynb")
    page.locator(".fw-make-arguments").click()
    page.locator(".fw-arguments .fw-badge.fw-verified").first.wait_for()

    kari.open("20-tillitsvalgt.ipynb")
    type_into(page, NB["ref.request"], f"{NAME} søker om fleksibel arbeidstid med kjernetid 09-14.")
    type_into(page, NB["ref.refusal"], REFUSAL)
    received = (date.today() - timedelta(days=3)).isoformat()
    type_into(page, NB["ref.refusal_received"], received)
    # A half-typed date gets no problem line while one types (it is judged when the field is left),
    # and a one-line field's line keeps its room; the wait makes sure the kernel has every key.
    served.wait_saved("kari", "refusal_tv", lambda v: v.get("refusal_received") == received)
    expect(page.locator(".fw-err-refusal_received .fw-error")).to_have_count(0)
    tick(page.get_by_label(NB["ref.written_refusal"]))
    type_into(page, NB["ref.needs"], f"Henting av {CHILD} i barnehagen, og {DIAGNOSIS}.")
    served.wait_saved("kari", "refusal_tv", lambda v: v.get("written_refusal") and CHILD in v.get("needs", ""))
    page.locator(".fw-check-refusal").click()
    verdict = page.locator(".fw-verdict")  # verdict first: the deadline is in the box (issue 10)
    verdict.wait_for()
    assert "dager igjen" in verdict.inner_text()
    open_folds(page)  # the findings and sources are folded at first
    page.locator(".fw-check details.fw-citation").first.wait_for()
    page.locator(".fw-make-submission").click()  # writes a .docx into the profile's folder
    page.locator(".fw-downloads a", has_text=".docx").wait_for()
    assert any((served.data_dir / "users").rglob("*.docx"))
    assert page.dialogs == []


def open_folds(page: Any) -> None:
    """Open the refusal check's folded parts by clicking them, outermost first, as a reader would."""
    closed = page.locator(
        ".fw-check details.fw-fold:not([open]) > summary, .fw-check details.fw-sources:not([open]) > summary"
    )
    for _ in range(20):
        if not closed.count():
            return
        closed.first.click()
    raise AssertionError("folds that do not open")


@browser_test
def test_an_opened_law_citation_shows_its_in_force_date_and_status(kari: Session) -> None:
    from advisor.answering.grounding import passage

    page = kari.page
    checked = 0
    open_folds(page)  # the sources are folded at first (inside the folded part below the verdict)
    for pid in ("aml-10-2#arbeidsmiljoloven-p-10-2-3", "aml-10-13#arbeidsmiljoloven-p-10-13"):
        source = passage(pid)
        assert source.kind == "law" and source.date
        citation = page.locator(".fw-check details.fw-citation", has=page.locator("summary", has_text=source.ref)).first
        citation.locator("summary").click()
        in_force = citation.locator(".fw-source-date")
        in_force.wait_for(state="visible")
        assert in_force.inner_text() == NB["cite.in_force"].format(
            date=date.fromisoformat(source.date).strftime("%d.%m.%Y")
        )
        badge = citation.locator(".fw-badge.fw-unverified")
        if source.status == "UNVERIFIED":
            assert badge.is_visible() and badge.inner_text() == "UNVERIFIED"
            assert citation.get_by_text(NB["cite.unverified_help"]).is_visible()
        else:
            assert badge.count() == 0
        assert citation.locator(".fw-badge.fw-verified").is_visible()  # the quote was checked verbatim
        checked += source.status == "UNVERIFIED"
    assert checked == 1  # § 10-2 is UNVERIFIED in the bundled corpus, § 10-13 is not


@browser_test
def test_delete_my_data_from_the_start_page_leaves_nothing(kari: Session) -> None:
    page, served = kari.page, kari.served
    assert served.store.load("kari")
    kari.open("00-start.ipynb")
    confirm = page.get_by_label(NB["data.delete.confirm"])
    confirm.focus()
    page.keyboard.press("Space")  # by keyboard: tick the box, then the delete button
    assert confirm.is_checked()
    page.get_by_role("button", name=NB["data.delete"], exact=True).focus()
    page.keyboard.press("Enter")
    page.locator(".fw-app .fw-ok", has_text=NB["data.delete.done"]).wait_for()
    assert not confirm.is_checked()
    assert served.store.load("kari") == {}
    assert export_via_ui(page, NB)["data"] == {}  # the user's own export is empty
    # not one byte of what was typed is left in the database, its WAL or shared memory, or any file
    db_files = sorted(served.data_dir.glob("state.sqlite*"))
    assert served.data_dir / "state.sqlite" in db_files
    left = {
        str(p.relative_to(served.data_dir)): [m for m in PERSONAL if m.encode() in p.read_bytes()]
        for p in served.data_dir.rglob("*")
        if p.is_file()
    }
    assert {k: v for k, v in left.items() if v} == {}
    assert not (served.data_dir / "users" / "kari").exists()


@browser_test
def test_the_session_sent_nothing_out_and_logged_no_personal_facts(kari: Session) -> None:
    served, site = kari.served, kari.served.site
    # the guard really ran in the server and in every kernel of the session …
    assert kari.kernels and served.proc is not None
    assert {served.proc.pid, *kari.kernels} <= site.guarded_pids()
    # … and nothing tried to reach another host; nor did the browser
    attempts = site.attempts.read_text() if site.attempts.exists() else ""
    assert attempts == "", attempts
    assert kari.page.outside == []
    # nothing typed is in the server's output (Voilà, kernels) or the app's log
    app_log = served.data_dir / "logs" / "app.log"
    assert app_log.is_file()
    logs = {
        "serve": served.log.read_text(encoding="utf-8", errors="replace"),
        "app.log": app_log.read_text(encoding="utf-8"),
    }
    assert "Kernel started" in logs["serve"]  # the capture holds Voilà's own output
    for name, text in logs.items():
        assert [m for m in PERSONAL if m in text] == [], name
