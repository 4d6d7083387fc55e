"""Serving the workbooks under load: a Voilà server on loopback, Chromium driving it, and a workshop.

`run_workshop` simulates a workshop: N participants (20 by default) open the intake form (01),
fill it in, check it, open the arguments page (03) and ask for their arguments, all against one
Voilà server, arriving over `ramp_s` seconds (people clicking a link within seconds of each
other, not in the same millisecond).

Two kinds of participant, because the machine that runs the test is also the server:

- a real page: its own browser context in one headless Chromium, typing and clicking;
- a widget client: what a page does on the wire, without rendering. It requests the page over
  HTTP (Voilà starts a kernel and runs the notebook, as for a browser), opens the kernel's
  websocket, asks for the widget states, sets the fields' values and clicks the buttons with the
  Jupyter widget protocol, and waits for the status line's update. Voilà lets only these comm
  messages through to a kernel, exactly like a browser's.

On 2 cores, 20 Chromium pages rendering JupyterLab's widgets take most of the CPU that the server
needs, which a workshop's server never pays (the participants' browsers run on their laptops).
So by default a few participants are real pages and the rest are widget clients; `browsers=N`
changes the mix (all real pages: `browsers=participants`).

Without JupyterHub every kernel of one Voilà server runs as the same profile, so the participants
share one saved situation and proposal (last write wins); the proposal is saved beforehand, as
if everyone had filled in workbook 02. That still loads the state store with concurrent writes
from every kernel. Under JupyterHub each participant has their own server (docs/jupyterhub/).

Everything is bounded: every wait has a timeout and the whole run a deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advisor.core.settings import Settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# What a participant types (a need-based sentence too, so the arguments page has one to reframe).
INTAKE = {
    "role": "Rådgiver i kundeservice",
    "best_hours": "07:30-15:00",
    "own_arguments": "Jeg trenger ro for å skrive svarbrev.",
}
WORKSHOP_PROPOSAL = {
    "home_days": ["onsdag"],
    "office_days": ["mandag", "tirsdag", "torsdag", "fredag"],
    "deliverables": "Ukentlig statusrapport",
}


def is_kernel_command(line: str) -> bool:
    """True for a workbook kernel's command line: ipykernel's launcher, or ours (advisor/app/kernel.py)."""
    return "ipykernel" in line or "advisor.app.kernel" in line


def chromium_path() -> str | None:
    """The system Chromium (Debian package), or None if it is not installed."""
    for candidate in (CHROMIUM, shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class VoilaServer:
    """`flexwork serve`'s Voilà command on a free loopback port, with its kernels; a context manager."""

    def __init__(
        self,
        settings: Settings,
        preheat: bool = False,
        pool_size: int = 1,
        log_path: Path | None = None,
        start_timeout: float = 90.0,
    ) -> None:
        self.settings = settings
        self.preheat = preheat
        self.pool_size = pool_size
        self.log_path = log_path
        self.start_timeout = start_timeout
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self._log: Any = None
        self._seen: dict[int, Any] = {}

    def command(self) -> list[str]:
        from advisor.cli.serve import voila_command

        return voila_command(self.port, preheat=self.preheat, pool_size=self.pool_size)

    def environment(self, env: dict[str, str]) -> dict[str, str]:
        """The server's environment (`flexwork serve`'s; a subclass may change it)."""
        return env

    def __enter__(self) -> VoilaServer:
        from advisor.cli.serve import WORKBOOKS, serve_env, wait_for_port

        self.port = free_port()
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        self._log = Path(self.log_path).open("ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        # Its own session: stopping it below reaches the kernels it started, and nothing else.
        self.proc = subprocess.Popen(
            self.command(),
            cwd=WORKBOOKS,
            env=self.environment(serve_env(self.settings)),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if not wait_for_port(self.port, self.start_timeout, self.proc):
            self.__exit__(None, None, None)
            raise RuntimeError(f"Voilà did not start on port {self.port} within {self.start_timeout:.0f} s")
        return self

    def url(self, notebook: str) -> str:
        return f"http://127.0.0.1:{self.port}/voila/render/{notebook}"

    def kernels(self) -> list[Any]:
        """The kernel processes this server runs now (psutil.Process)."""
        import psutil

        if self.proc is None:
            return []
        try:
            children = psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []
        out = []
        for child in children:
            try:
                if is_kernel_command(" ".join(child.cmdline())):
                    out.append(child)
                    self._seen[child.pid] = child
            except psutil.Error:
                continue
        return out

    def kernels_preheated(self) -> int:
        """How many kernels have run their notebook up to Voilà's `wait_for_request`.

        A preheated kernel runs its notebook as soon as it has started and then blocks in
        `wait_for_request`, holding a websocket to this server's /voila/query/<kernel id> until a
        browser asks for its page; that is the only connection a kernel opens to the server's
        port. Its CPU use says nothing: a kernel that has not been sent its notebook yet is idle
        too. (Waiting for quiet CPU alone let one bench run ask for the "preheated" start page
        while all ten kernels were still importing, on two cores: 41 s, 48 s when reproduced.)
        """
        import psutil

        n = 0
        for k in self.kernels():
            try:
                conns = k.net_connections(kind="tcp")
            except psutil.Error:
                continue
            if any(c.raddr and c.raddr.port == self.port and c.status == psutil.CONN_ESTABLISHED for c in conns):
                n += 1
        return n

    def wait_kernels_preheated(self, count: int, timeout: float) -> bool:
        """True once `count` kernels wait for a request (see kernels_preheated) and have settled."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.kernels_preheated() >= count:
                return self.wait_kernels_settled(count, max(1.0, deadline - time.monotonic()))
            time.sleep(0.5)
        return False

    def wait_kernels_settled(self, count: int, timeout: float, quiet_cpu: float = 10.0) -> bool:
        """True once `count` kernels run and together use under `quiet_cpu` % CPU for a second."""
        import psutil

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            kernels = self.kernels()
            if len(kernels) >= count:
                busy = 0.0
                for k in kernels:
                    with contextlib.suppress(psutil.Error):
                        busy += k.cpu_percent(interval=None)
                time.sleep(1.0)
                busy = 0.0
                for k in kernels:
                    with contextlib.suppress(psutil.Error):
                        busy += k.cpu_percent(interval=None)
                if busy < quiet_cpu:
                    return True
            else:
                time.sleep(0.5)
        return False

    def __exit__(self, *_exc: object) -> None:
        import psutil

        self.kernels()  # remember the kernels running now, to be sure they stop too
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        for child in self._seen.values():
            try:
                if child.is_running():
                    child.kill()
            except psutil.Error:
                pass
        if self._log not in (None, subprocess.DEVNULL):
            self._log.close()


def seed_workshop_profile(settings: Settings, user: str | None = None) -> None:
    """Save the proposal the participants would have entered in workbook 02 (their arguments need it)."""
    from advisor.app.context import AppContext
    from advisor.app.steps.proposal import ProposalModel

    ctx = AppContext.create(settings, user=user)
    model = ProposalModel(ctx)
    model.update(**WORKSHOP_PROPOSAL)
    model.proposal()  # raises NeedsInput if the form rules changed: better here than in 20 pages


# -- the workshop ------------------------------------------------------------------------------


@dataclass
class Participant:
    """What one simulated participant saw: response times per step (s) and the error, if any."""

    n: int
    kind: str = "widget client"
    times: dict[str, float] = field(default_factory=dict)
    step: str = ""
    error: str | None = None


@dataclass
class WorkshopResult:
    participants: int
    errors: int
    error_messages: list[str]
    p50_s: float
    p95_s: float
    max_s: float
    step_p95_s: dict[str, float]
    wall_s: float
    peak_kernels: int
    peak_kernel_rss_mb: float
    server_cpu_s: float
    server_cpu_share: float
    real_pages: int
    iopub_timeouts: int | None
    method: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


OUTCOME = ".fw-status .fw-ok, .fw-status .fw-error"


async def _count(page: Any, selector: str) -> int:
    return int(await page.evaluate("s => document.querySelectorAll(s).length", selector))


async def _wait_for_more(page: Any, selector: str, before: int, timeout_ms: float) -> None:
    """Wait until more elements match `selector` than `before` (a new status line appeared)."""
    await page.wait_for_function(
        "([s, n]) => document.querySelectorAll(s).length > n", arg=[selector, before], timeout=timeout_ms
    )


async def _participant(browser: Any, server: VoilaServer, p: Participant, delay: float, step_timeout: float) -> None:
    await asyncio.sleep(delay)
    context = await browser.new_context()
    page = await context.new_page()
    ms = step_timeout * 1000
    try:
        p.step = "intake_interactive"
        t0 = time.perf_counter()
        await page.goto(server.url("01-situasjon.ipynb"), wait_until="commit", timeout=ms)
        role = page.locator(".fw-in-role input").first
        await role.wait_for(state="visible", timeout=ms)
        p.times["intake_interactive"] = time.perf_counter() - t0

        p.step = "intake_saved"
        t0 = time.perf_counter()
        for name, value in INTAKE.items():
            field_ = page.locator(f".fw-in-{name} input, .fw-in-{name} textarea").first
            await field_.fill(value, timeout=ms)
        before = await _count(page, OUTCOME)
        await page.locator(".fw-app button.mod-primary").last.click(timeout=ms)
        await _wait_for_more(page, OUTCOME, before, ms)
        if await page.locator(".fw-status .fw-error").count():
            raise RuntimeError("intake form reported a problem")
        p.times["intake_saved"] = time.perf_counter() - t0

        p.step = "arguments_interactive"
        t0 = time.perf_counter()
        await page.goto(server.url("03-argumenter.ipynb"), wait_until="commit", timeout=ms)
        make = page.locator(".fw-make-arguments").first
        await make.wait_for(state="visible", timeout=ms)
        p.times["arguments_interactive"] = time.perf_counter() - t0

        # The page shows the last saved draft at once; wait for the status line of this request.
        before = await _count(page, OUTCOME)
        p.step = "arguments_drafted"
        t0 = time.perf_counter()
        await make.click(timeout=ms)
        await _wait_for_more(page, OUTCOME, before, ms)
        if await page.locator(".fw-status .fw-error").count():
            text = await page.locator(".fw-status .fw-error").first.inner_text()
            raise RuntimeError(f"arguments page reported: {text[:200]}")
        p.times["arguments_drafted"] = time.perf_counter() - t0
    except Exception as exc:  # every failure counts as an error of this participant
        p.error = f"at {p.step}: {type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
    finally:
        with contextlib.suppress(Exception):
            await context.close()


class WidgetClient:
    """One page's conversation with its Voilà kernel, over the kernel websocket, without a browser."""

    def __init__(self, port: int, kernel_id: str) -> None:
        self.port = port
        self.kernel_id = kernel_id
        self.session = uuid.uuid4().hex
        self.ws: Any = None
        self.models: dict[str, dict[str, Any]] = {}

    async def connect(self, timeout: float) -> None:
        from tornado.websocket import websocket_connect

        url = f"ws://127.0.0.1:{self.port}/api/kernels/{self.kernel_id}/channels?session_id={self.session}"
        self.ws = await asyncio.wait_for(websocket_connect(url), timeout)

    async def send(self, msg_type: str, content: dict[str, Any], metadata: dict[str, Any] | None = None) -> None:
        header = {
            "msg_id": uuid.uuid4().hex,
            "username": "loadtest",
            "session": self.session,
            "msg_type": msg_type,
            "version": "5.3",
            "date": "",
        }
        await self.ws.write_message(
            json.dumps(
                {
                    "header": header,
                    "parent_header": {},
                    "metadata": metadata or {},
                    "channel": "shell",
                    "content": content,
                    "buffers": [],
                }
            )
        )

    async def receive(self, deadline: float) -> dict[str, Any]:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from the kernel in time")
            raw = await asyncio.wait_for(self.ws.read_message(), left)
            if raw is None:
                raise ConnectionError("kernel websocket closed")
            if isinstance(raw, str):
                msg: dict[str, Any] = json.loads(raw)
                return msg

    async def load_states(self, timeout: float) -> None:
        """All widget models of the page, as the page's widget manager asks for them."""
        control = uuid.uuid4().hex
        await self.send(
            "comm_open",
            {"comm_id": control, "target_name": "jupyter.widget.control", "data": {}},
            metadata={"version": "1.0.0"},
        )
        await self.send("comm_msg", {"comm_id": control, "data": {"method": "request_states"}})
        deadline = time.monotonic() + timeout
        while True:
            msg = await self.receive(deadline)
            content = msg.get("content", {})
            if msg.get("msg_type") == "comm_msg" and content.get("comm_id") == control:
                states = content["data"]["states"]
                self.models = {
                    mid: s.get("state", s) | {"_model_name": s.get("model_name")} for mid, s in states.items()
                }
                return

    def find(self, dom_class: str | None = None, **state: Any) -> str:
        for mid, st in self.models.items():
            if dom_class is not None and dom_class not in (st.get("_dom_classes") or []):
                continue
            if all(st.get(k) == v for k, v in state.items()):
                return mid
        raise LookupError(f"no widget with class {dom_class} and {state}")

    async def set_value(self, model_id: str, value: Any) -> None:
        await self.send(
            "comm_msg",
            {"comm_id": model_id, "data": {"method": "update", "state": {"value": value}, "buffer_paths": []}},
        )

    async def click_and_wait(self, model_id: str, timeout: float) -> str:
        """Click a button; 'ok' or 'error' from the first status line the kernel then updates.

        Only a status line (a widget with the fw-status class, as OUTCOME for a real page) counts:
        all participants of the single-server test are one user, so another participant's save
        makes this page show its «changed in another window» notice (fw-error fw-elsewhere) while
        this save goes on to succeed; that notice is not this form's outcome.
        """
        await self.send("comm_msg", {"comm_id": model_id, "data": {"method": "custom", "content": {"event": "click"}}})
        deadline = time.monotonic() + timeout
        while True:
            msg = await self.receive(deadline)
            if msg.get("msg_type") == "comm_open":  # a widget made by the click (a new status line too)
                opened = msg.get("content", {})
                self.models[opened.get("comm_id")] = (opened.get("data") or {}).get("state") or {}
            content = msg.get("content", {}) if msg.get("msg_type") == "comm_msg" else {}
            if "fw-status" not in (self.models.get(content.get("comm_id", ""), {}).get("_dom_classes") or []):
                continue
            data = content.get("data", {})
            value = str((data.get("state") or {}).get("value", "")) if data.get("method") == "update" else ""
            if "fw-ok" in value:
                return "ok"
            if "fw-error" in value:
                return "error"

    async def close(self) -> None:
        if self.ws is not None:
            self.ws.close()


async def attach(html: str, notebook: str, client_for: Callable[[str], WidgetClient], timeout: float) -> WidgetClient:
    """Connect a widget client to the kernel a served page names, as the page's script does, and load its widgets."""
    found = re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', html)
    if not found:
        raise RuntimeError(f"no kernel id in the page {notebook}")
    client = client_for(found.group(1))
    await client.connect(timeout)
    await client.load_states(timeout)
    return client


async def _open_page(server: VoilaServer, notebook: str, timeout: float) -> WidgetClient:
    """Request a page as a browser does (Voilà starts its kernel and runs the notebook) and connect."""
    url = server.url(notebook)

    def fetch() -> str:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.read().decode("utf-8", "replace")

    html = await asyncio.to_thread(fetch)
    return await attach(html, notebook, lambda kernel_id: WidgetClient(server.port, kernel_id), timeout)


async def _close_page(server: VoilaServer, client: WidgetClient) -> None:
    """Leave the page: as the browser's unload handler, ask Voilà to shut the kernel down."""
    await client.close()

    def shutdown() -> None:
        # As the page does: the `_xsrf` cookie's value again as a form field (Tornado's XSRF check is on).
        token = uuid.uuid4().hex
        req = urllib.request.Request(
            f"http://127.0.0.1:{server.port}/voila/api/shutdown/{client.kernel_id}",
            data=f"_xsrf={token}".encode(),
            method="POST",
            headers={"Cookie": f"_xsrf={token}", "Content-Type": "application/x-www-form-urlencoded"},
        )
        with urllib.request.urlopen(req, timeout=30):
            pass

    with contextlib.suppress(OSError):
        await asyncio.to_thread(shutdown)


async def widget_steps(
    p: Participant,
    open_page: Callable[[str], Awaitable[WidgetClient]],
    close_page: Callable[[WidgetClient], Awaitable[None]],
    step_timeout: float,
    arrive: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """A participant's steps as a widget client: the intake typed and checked, then arguments drafted.

    How a page is opened and left is the caller's (one Voilà server here, the hub's proxy in
    hubload.py); `arrive` (the hub's login and server start) counts towards the first page's time.
    Every failure is an error of this participant, at the step it happened in.
    """
    client: WidgetClient | None = None
    try:
        p.step = "intake_interactive"
        t0 = time.perf_counter()
        if arrive is not None:
            await arrive()
        client = await open_page("01-situasjon.ipynb")
        client.find("fw-in-role")
        p.times["intake_interactive"] = time.perf_counter() - t0

        p.step = "intake_saved"
        t0 = time.perf_counter()
        for name, value in INTAKE.items():
            await client.set_value(client.find(f"fw-in-{name}"), value)
        outcome = await client.click_and_wait(
            client.find(None, _model_name="ButtonModel", button_style="primary"), step_timeout
        )
        if outcome != "ok":
            raise RuntimeError("intake form reported a problem")
        p.times["intake_saved"] = time.perf_counter() - t0
        await close_page(client)

        p.step = "arguments_interactive"
        t0 = time.perf_counter()
        client = await open_page("03-argumenter.ipynb")
        make = client.find("fw-make-arguments")
        p.times["arguments_interactive"] = time.perf_counter() - t0

        p.step = "arguments_drafted"
        t0 = time.perf_counter()
        if await client.click_and_wait(make, step_timeout) != "ok":
            raise RuntimeError("arguments page reported a problem")
        p.times["arguments_drafted"] = time.perf_counter() - t0
    except Exception as exc:  # every failure counts as an error of this participant
        p.error = f"at {p.step}: {type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
    finally:
        if client is not None:
            await close_page(client)


async def all_within(tasks: Sequence[Awaitable[None]], people: list[Participant], deadline_s: float) -> None:
    """Run every participant at once; whoever is not done by the deadline counts as an error."""
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=deadline_s)
    except TimeoutError:
        for p in people:
            if p.error is None and "arguments_drafted" not in p.times:
                p.error = f"not done within the {deadline_s:.0f} s deadline"


async def _widget_participant(server: VoilaServer, p: Participant, delay: float, step_timeout: float) -> None:
    await asyncio.sleep(delay)
    await widget_steps(
        p,
        lambda notebook: _open_page(server, notebook, step_timeout),
        lambda client: _close_page(server, client),
        step_timeout,
    )


async def _workshop(
    server: VoilaServer, participants: int, browsers: int, ramp_s: float, step_timeout: float, deadline_s: float
) -> tuple[list[Participant], float, dict[str, float]]:
    from playwright.async_api import async_playwright

    people = [Participant(n=i) for i in range(participants)]
    # Real pages spread evenly among the arrivals, so that both kinds meet the same load.
    real = {round(i * participants / browsers) for i in range(browsers)} if browsers else set()
    peak = {"kernels": 0.0, "rss": 0.0}
    cpu: dict[int, float] = {}

    async def watch() -> None:
        import psutil

        while True:
            main = server.proc
            procs = [psutil.Process(main.pid), *server.kernels()] if main else []
            kernels = len(procs) - 1
            peak["kernels"] = max(peak["kernels"], kernels)
            for proc in procs:
                try:
                    times = proc.cpu_times()
                    cpu[proc.pid] = times.user + times.system
                    if main is None or proc.pid != main.pid:
                        peak["rss"] = max(peak["rss"], proc.memory_info().rss / 2**20)
                except psutil.Error:
                    pass
            await asyncio.sleep(1.0)

    # Each widget client blocks a pool thread for a whole page request; the loop's default pool
    # (cores + 4 threads) then also held up tornado's name resolution for the kernel websockets
    # ("Timeout while resolving 127.0.0.1" on a busy 2-core machine: an error of this harness).
    from concurrent.futures import ThreadPoolExecutor

    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=2 * participants + 8))
    cpu_before = _tree_cpu_seconds(server)
    started = time.perf_counter()
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS, headless=True)
        watcher = asyncio.create_task(watch())
        try:
            tasks = []
            for i, p in enumerate(people):
                delay = ramp_s * i / max(1, participants)
                if i in real:
                    p.kind = "page"
                    tasks.append(_participant(browser, server, p, delay, step_timeout))
                else:
                    tasks.append(_widget_participant(server, p, delay, step_timeout))
            await all_within(tasks, people, deadline_s)
        finally:
            watcher.cancel()
            await browser.close()
    wall = time.perf_counter() - started
    peak["server_cpu_s"] = max(0.0, sum(cpu.values()) - cpu_before)
    return people, wall, peak


def _tree_cpu_seconds(server: VoilaServer) -> float:
    import psutil

    total = 0.0
    for proc in [psutil.Process(server.proc.pid), *server.kernels()] if server.proc else []:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def run_workshop(
    settings: Settings,
    participants: int = 20,
    browsers: int = 4,
    ramp_s: float = 20.0,
    step_timeout: float = 120.0,
    deadline_s: float = 600.0,
    log_path: Path | None = None,
    preheat_pool: int = 0,
) -> WorkshopResult:
    """The load test: `participants` people fill the intake and ask for arguments against one Voilà server.

    With `preheat_pool` > 0 the server keeps that many preheated kernels per workbook, and the
    workshop starts once they have all started and settled (as when a facilitator starts the
    server before people arrive).
    """
    from advisor.cli.serve import WORKBOOKS
    from advisor.retrieval.evaluate import percentile

    browsers = max(0, min(browsers, participants))
    if browsers and chromium_path() is None:
        raise RuntimeError("Chromium is not installed (make system-deps)")
    seed_workshop_profile(settings)
    with VoilaServer(settings, log_path=log_path, preheat=preheat_pool > 0, pool_size=max(1, preheat_pool)) as server:
        if preheat_pool:
            server.wait_kernels_preheated(preheat_pool * len(list(WORKBOOKS.glob("*.ipynb"))), timeout=600)
        people, wall, peak = asyncio.run(_workshop(server, participants, browsers, ramp_s, step_timeout, deadline_s))
    steps = ("intake_interactive", "intake_saved", "arguments_interactive", "arguments_drafted")
    # Voilà logs this when a cell's output did not arrive in time: the page then lacks its widgets.
    timeouts = log_path.read_text(errors="replace").count("Timeout waiting for IOPub") if log_path else None
    every = [t for p in people for t in p.times.values()]
    errors = [f"participant {p.n} ({p.kind}): {p.error}" for p in people if p.error]
    cores = os.cpu_count() or 1
    return WorkshopResult(
        participants=participants,
        errors=len(errors),
        error_messages=errors[:20],
        p50_s=percentile(every, 50),
        p95_s=percentile(every, 95),
        max_s=max(every, default=0.0),
        step_p95_s={s: percentile([p.times[s] for p in people if s in p.times], 95) for s in steps},
        wall_s=wall,
        peak_kernels=int(peak["kernels"]),
        peak_kernel_rss_mb=peak["rss"],
        server_cpu_s=peak["server_cpu_s"],
        server_cpu_share=peak["server_cpu_s"] / (wall * cores) if wall else 0.0,
        real_pages=browsers,
        iopub_timeouts=timeouts,
        method=(
            f"{participants} participants against one Voilà server"
            + (
                f" with {preheat_pool} preheated kernels per workbook, started and settled beforehand"
                if preheat_pool
                else ""
            )
            + f", arriving over {ramp_s:.0f} s: {browsers} as "
            f"real pages in one headless Chromium, {participants - browsers} as widget clients (page request, "
            "kernel websocket, widget protocol; no rendering); response time = each step from the request "
            "or click until the page is interactive or shows its result"
        ),
    )


__all__ = [
    "CHROMIUM_FLAGS",
    "VoilaServer",
    "WidgetClient",
    "chromium_path",
    "free_port",
    "is_kernel_command",
    "run_workshop",
]
