"""The workshop load test through the workshop hub: N distinct people, each with their own server.

The same participant as `loadtest.py` (intake form, then the arguments page) and the same widget
client on the wire, but every participant first logs in to a real JupyterHub (`flexwork
workshop`, started here on loopback ports) with the workshop code, their own name and PIN, and
the hub starts a single-user server for them. "Interactive" for the first page therefore counts
from the moment they press "Join" until their intake form answers: login, their server's start,
Voilà's kernel and the notebook run. Arrivals are spread over `ramp_s` seconds.

Everything is bounded: every wait has a timeout and the whole run a deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.cookiejar
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from advisor.core.settings import Settings
from flexwork_bench.loadtest import (
    Participant,
    WidgetClient,
    WorkshopResult,
    all_within,
    attach,
    is_kernel_command,
    seed_workshop_profile,
    widget_steps,
)

PIN = "loadtest-pin"
STEPS = ("intake_interactive", "intake_saved", "arguments_interactive", "arguments_drafted")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401
        return None


class HubSession:
    """One participant's browser, as far as the hub cares: a cookie jar and the requests a page makes."""

    def __init__(self, base: str, name: str) -> None:
        self.base = base.rstrip("/")
        self.name = name
        self.jar = http.cookiejar.CookieJar()
        cookies = urllib.request.HTTPCookieProcessor(self.jar)
        self.follow = urllib.request.build_opener(cookies)
        self.stay = urllib.request.build_opener(cookies, _NoRedirect)

    def cookie(self, name: str, path_prefix: str = "/") -> str:
        for c in self.jar:
            if c.name == name and c.path.startswith(path_prefix.rstrip("/")):
                return c.value or ""
        for c in self.jar:
            if c.name == name:
                return c.value or ""
        return ""

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)

    def login(self, code: str, timeout: float) -> None:
        with self.follow.open(f"{self.base}/hub/login", timeout=timeout) as r:
            r.read()
        form = urllib.parse.urlencode(
            {"_xsrf": self.cookie("_xsrf", "/hub"), "username": self.name, "password": code, "pin": PIN}
        ).encode()
        try:  # the hub answers 302 to its spawn page; not following it here: we wait below
            with self.stay.open(f"{self.base}/hub/login?next=", data=form, timeout=timeout) as r:
                r.read()
        except urllib.error.HTTPError as exc:
            if exc.code != 302:
                raise RuntimeError(f"login refused ({exc.code})") from None
        try:  # starts the server; its redirect (pending page, or the server) is followed by wait_for_server
            with self.stay.open(f"{self.base}/hub/spawn", timeout=timeout) as r:
                r.read()
        except urllib.error.HTTPError as exc:
            if exc.code != 302:
                raise RuntimeError(f"the hub refused to start the server ({exc.code})") from None

    def wait_for_server(self, timeout: float) -> None:
        """Poll the hub's spawn-pending page until it sends the participant on to their server."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with self.stay.open(f"{self.base}/hub/spawn-pending/{self.name}", timeout=30) as r:
                    r.read()
            except urllib.error.HTTPError as exc:
                if exc.code == 302 and f"/user/{self.name}" in (exc.headers.get("Location") or ""):
                    return
                if exc.code == 302:  # e.g. back to /hub/spawn when it is not running: ask again
                    continue
                if exc.code >= 500:
                    raise RuntimeError(f"the hub could not start the server ({exc.code})") from None
            time.sleep(1.0)
        raise TimeoutError("the participant's server did not start in time")

    def page(self, notebook: str, timeout: float) -> str:
        url = f"{self.base}/user/{self.name}/voila/render/{notebook}"
        with self.follow.open(url, timeout=timeout) as r:  # follows the hub's OAuth dance the first time
            if f"/user/{self.name}/" not in r.geturl():
                raise RuntimeError(f"sent to {r.geturl()} instead of the page")
            return r.read().decode("utf-8", "replace")

    def shutdown(self, kernel_id: str) -> None:
        token = self.cookie("_xsrf", f"/user/{self.name}")
        req = urllib.request.Request(
            f"{self.base}/user/{self.name}/voila/api/shutdown/{kernel_id}",
            data=urllib.parse.urlencode({"_xsrf": token}).encode(),
            method="POST",
            headers={"X-XSRFToken": token},
        )
        with self.follow.open(req, timeout=30):
            pass


class HubWidgetClient(WidgetClient):
    """The widget client of loadtest.py, talking to a kernel behind the hub's proxy with the user's cookies."""

    def __init__(self, session: HubSession, kernel_id: str) -> None:
        super().__init__(0, kernel_id)
        self.hub = session

    async def connect(self, timeout: float) -> None:
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        ws_base = self.hub.base.replace("http://", "ws://", 1)
        url = f"{ws_base}/user/{self.hub.name}/api/kernels/{self.kernel_id}/channels?session_id={self.session}"
        request = HTTPRequest(
            url, headers={"Cookie": self.hub.cookie_header()}, connect_timeout=timeout, request_timeout=timeout
        )
        self.ws = await asyncio.wait_for(websocket_connect(request), timeout)


async def _open(session: HubSession, notebook: str, timeout: float) -> WidgetClient:
    html = await asyncio.to_thread(session.page, notebook, timeout)
    return await attach(html, notebook, lambda kernel_id: HubWidgetClient(session, kernel_id), timeout)


async def _close(session: HubSession, client: WidgetClient) -> None:
    await client.close()
    with contextlib.suppress(OSError):  # the kernel is culled by Voilà later
        await asyncio.to_thread(session.shutdown, client.kernel_id)


async def _hub_participant(
    base: str, code: str, p: Participant, delay: float, spawn_timeout: float, step_timeout: float
) -> None:
    await asyncio.sleep(delay)
    session = HubSession(base, f"deltaker-{p.n + 1:02d}")

    async def arrive() -> None:  # press "Join": log in, wait for one's own server
        t0 = time.perf_counter()
        await asyncio.to_thread(session.login, code, step_timeout)
        await asyncio.to_thread(session.wait_for_server, spawn_timeout)
        p.times["login_to_server_s"] = time.perf_counter() - t0

    await widget_steps(
        p,
        lambda notebook: _open(session, notebook, step_timeout),
        lambda client: _close(session, client),
        step_timeout,
        arrive=arrive,
    )


def _tree(pid: int) -> list[Any]:
    import psutil

    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.Error:
        return []


async def _run(
    base: str,
    code: str,
    hub_pid: int,
    participants: int,
    ramp_s: float,
    spawn_timeout: float,
    step_timeout: float,
    deadline_s: float,
) -> tuple[list[Participant], float, dict[str, float]]:
    import psutil

    people = [Participant(n=i, kind="hub widget client") for i in range(participants)]
    peak = {"kernels": 0.0, "servers": 0.0, "rss": 0.0, "total_rss": 0.0}

    async def watch() -> None:
        while True:
            procs = _tree(hub_pid)
            kernels = servers = 0
            total = 0.0
            for proc in procs:
                try:
                    line = " ".join(proc.cmdline())
                    rss = proc.memory_info().rss / 2**20
                except psutil.Error:
                    continue
                total += rss
                if is_kernel_command(line):
                    kernels += 1
                    peak["rss"] = max(peak["rss"], rss)
                elif "jupyterhub.singleuser" in line:
                    servers += 1
            peak["kernels"] = max(peak["kernels"], kernels)
            peak["servers"] = max(peak["servers"], servers)
            peak["total_rss"] = max(peak["total_rss"], total)
            await asyncio.sleep(1.0)

    # Every participant blocks a thread for minutes (login, waiting for their server, page requests);
    # the loop's default pool (cores + 4 threads) would also hold up tornado's name resolution for
    # the websockets ("Timeout while resolving 127.0.0.1": a harness error, not the hub's).
    from concurrent.futures import ThreadPoolExecutor

    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=2 * participants + 8))
    started = time.perf_counter()
    watcher = asyncio.create_task(watch())
    try:
        tasks = [
            _hub_participant(base, code, p, ramp_s * i / max(1, participants), spawn_timeout, step_timeout)
            for i, p in enumerate(people)
        ]
        await all_within(tasks, people, deadline_s)
    finally:
        watcher.cancel()
    return people, time.perf_counter() - started, peak


def run_hub_workshop(
    settings: Settings,
    participants: int = 20,
    ramp_s: float = 20.0,
    spawn_timeout: float = 420.0,
    step_timeout: float = 180.0,
    deadline_s: float = 900.0,
    mem_limit: str = "1G",
    cpu_limit: float = 1.0,
) -> WorkshopResult:
    """`participants` distinct people log in to one workshop hub and fill in the intake and ask for arguments."""
    import os

    from advisor.app.hub import launch
    from advisor.retrieval.evaluate import percentile

    port = launch.free_port()
    workshop = launch.prepare(
        settings,
        ip="127.0.0.1",
        port=port,
        hub_port=launch.free_port(),
        proxy_api_port=launch.free_port(),
        title="Lasttest",
        new=True,
        mem_limit=mem_limit,
        cpu_limit=cpu_limit,
    )
    for i in range(participants):  # what they would have entered in workbook 02
        seed_workshop_profile(settings, user=f"deltaker-{i + 1:02d}")
    log = Path(workshop.plan["hub_dir"]) / "hub.log"
    proc = launch.start(workshop, log=log)
    try:
        if not launch.wait_ready(workshop, timeout=120, proc=proc):
            raise RuntimeError(f"the hub did not start; see {log}")
        people, wall, peak = asyncio.run(
            _run(workshop.url, workshop.code, proc.pid, participants, ramp_s, spawn_timeout, step_timeout, deadline_s)
        )
    finally:
        launch.stop(proc, workshop)
    every = [p.times[s] for p in people for s in STEPS if s in p.times]
    errors = [f"participant {p.n} ({p.kind}): {p.error}" for p in people if p.error]
    step_p95 = {s: percentile([p.times[s] for p in people if s in p.times], 95) for s in STEPS}
    step_p95["login_to_server_s"] = percentile(
        [p.times["login_to_server_s"] for p in people if "login_to_server_s" in p.times], 95
    )
    return WorkshopResult(
        participants=participants,
        errors=len(errors),
        error_messages=errors[:20],
        p50_s=percentile(every, 50),
        p95_s=percentile(every, 95),
        max_s=max(every, default=0.0),
        step_p95_s=step_p95,
        wall_s=wall,
        peak_kernels=int(peak["kernels"]),
        peak_kernel_rss_mb=peak["rss"],
        server_cpu_s=0.0,
        server_cpu_share=0.0,
        real_pages=0,
        iopub_timeouts=None,
        method=(
            f"{participants} distinct participants through the workshop hub (JupyterHub, one single-user server "
            f"each, {mem_limit} / {cpu_limit:g} CPU per server), arriving over {ramp_s:.0f} s as widget clients "
            "(hub login with code + name + PIN, their server's start, page request, kernel websocket through "
            "the proxy, widget protocol); intake interactive = from pressing Join to the form answering; "
            f"peak {int(peak['servers'])} servers, {int(peak['kernels'])} kernels, "
            f"{peak['total_rss'] / 1024:.1f} GB resident in all; {os.cpu_count()} cores"
        ),
    )


__all__ = ["HubSession", "HubWidgetClient", "run_hub_workshop"]


def _main() -> None:  # pragma: no cover - `python -m flexwork_bench.hubload DATA_DIR [N]`, for a manual run
    import json
    import sys

    data = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    result = run_hub_workshop(Settings(data_dir=data), participants=n)
    print(json.dumps(result.as_dict(), indent=1, default=str))


if __name__ == "__main__":  # pragma: no cover
    _main()
