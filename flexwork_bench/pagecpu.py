"""CPU seconds one arriving participant costs one Voilà server: the server's share and the kernel's.

Wall times on a shared machine say how long a page waited for a core; CPU seconds say how much
work it was, and that is what 20 people arriving at once queue for on 2 cores. For each page load
(a widget client as in the load test: the page over HTTP, the kernel websocket, the widget
states; or a real Chromium page), this reads from /proc (psutil):

- the Voilà server process: CPU from the request until the page and its kernel are quiet
  (starting the kernel, running the notebook through nbclient, rendering the template, relaying
  the widget messages, serving static files to a browser), minus what the idle server spends in
  that time; leaving the page (the shutdown request) is counted apart;
- the page's kernel: its whole CPU time from spawn until it is quiet (interpreter start, imports,
  the notebook's cells, the widget comm traffic), split at the moment the HTML was complete.

`python -m flexwork_bench.pagecpu --rounds 5` loads the start page and the intake page in turn
(one warm-up load each first, not counted) and prints per-load figures and the medians.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

PAGES = {"start": "00-start.ipynb", "intake": "01-situasjon.ipynb", "arguments": "03-argumenter.ipynb"}
READY = {
    "start": ".fw-app :is(input, textarea, select, button)",
    "intake": ".fw-in-role input",
    "arguments": ".fw-make-arguments",
}


def _cpu(proc: Any) -> float:
    t = proc.cpu_times()
    return float(t.user + t.system)


def _quiet(procs: list[Any], still_s: float = 1.0, step: float = 0.25, timeout: float = 120.0) -> None:
    """Wait until none of `procs` used more than 10 ms of CPU over `still_s` seconds."""
    import psutil

    window: list[float] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        total = 0.0
        for p in procs:
            with contextlib.suppress(psutil.Error):
                total += _cpu(p)
        window.append(total)
        n = int(still_s / step) + 1
        if len(window) >= n and window[-1] - window[-n] < 0.01:
            return
        time.sleep(step)


class Meter:
    """One page load against `server`, with CPU read at each point."""

    def __init__(self, server: Any, idle_rate: float) -> None:
        import psutil

        self.server = server
        self.main = psutil.Process(server.proc.pid)
        self.idle_rate = idle_rate
        self.loop = asyncio.new_event_loop()  # one loop: a widget client's websocket lives on it

    def new_kernel(self, before: set[int], timeout: float = 60.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for k in self.server.kernels():
                if k.pid not in before:
                    return k
            time.sleep(0.02)
        raise TimeoutError("no new kernel")


async def _widget_load(
    server: Any, notebook: str, timeout: float, marks: dict[str, float], meter: Meter, box: dict
) -> Any:
    from flexwork_bench.loadtest import WidgetClient, attach

    def fetch() -> str:
        with urllib.request.urlopen(server.url(notebook), timeout=timeout) as resp:
            return resp.read().decode("utf-8", "replace")

    html = await asyncio.to_thread(fetch)
    marks["html_server"] = _cpu(meter.main)
    marks["html_kernel"] = _cpu(box["kernel"]) if box.get("kernel") else float("nan")
    return await attach(html, notebook, lambda kernel_id: WidgetClient(server.port, kernel_id), timeout)


def load_once(server: Any, meter: Meter, page: str, browser: Any | None, timeout: float = 120.0) -> dict[str, float]:
    """CPU seconds of one load of `page` (widget client, or a real page in `browser`)."""
    import threading

    from flexwork_bench.loadtest import _close_page

    notebook = PAGES[page]
    before = {k.pid for k in server.kernels()}
    box: dict[str, Any] = {}

    def spot() -> None:
        box["kernel"] = meter.new_kernel(before)

    watcher = threading.Thread(target=spot, daemon=True)
    watcher.start()
    marks: dict[str, float] = {}
    s0, t0 = _cpu(meter.main), time.monotonic()
    context = client = None
    if browser is None:
        client = meter.loop.run_until_complete(_widget_load(server, notebook, timeout, marks, meter, box))
    else:
        context = browser.new_context()
        pg = context.new_page()
        pg.goto(server.url(notebook), wait_until="load", timeout=timeout * 1000)
        marks["html_server"] = _cpu(meter.main)
        marks["html_kernel"] = _cpu(box["kernel"]) if box.get("kernel") else float("nan")
        pg.locator(READY[page]).first.wait_for(state="visible", timeout=timeout * 1000)
    watcher.join(timeout)
    kernel = box["kernel"]
    _quiet([meter.main, kernel])
    s1, t1 = _cpu(meter.main), time.monotonic()
    k1 = _cpu(kernel)
    out = {
        "server_s": s1 - s0 - meter.idle_rate * (t1 - t0),
        "server_to_html_s": marks["html_server"] - s0,
        "kernel_s": k1,
        "kernel_to_html_s": marks["html_kernel"],
        "kernel_rss_mb": kernel.memory_info().rss / 2**20,
        "wall_s": t1 - t0,
    }
    # Leaving the page: the browser's unload handler (or the client) asks Voilà to shut the kernel down.
    s2 = _cpu(meter.main)
    if client is not None:
        meter.loop.run_until_complete(_close_page(server, client))
    if context is not None:
        context.close()
    with contextlib.suppress(Exception):  # a kernel that outlives its page is left to Voilà's culler
        kernel.wait(timeout=30)
    _quiet([meter.main])
    out["server_leave_s"] = _cpu(meter.main) - s2
    return out


def tree_server(tree: Path) -> type:
    """A VoilaServer running another checkout's code (`tree`), as `flexwork serve` did at commit beefe31:
    `python -m voila` with that tree's template folder on JUPYTER_PATH and the tree first on PYTHONPATH."""
    from flexwork_bench.loadtest import VoilaServer

    class TreeServer(VoilaServer):
        def command(self) -> list[str]:
            import sys

            cmd = super().command()
            return [sys.executable, "-m", "voila", *cmd[3:]]

        def environment(self, env: dict[str, str]) -> dict[str, str]:
            return dict(env, PYTHONPATH=str(tree), JUPYTER_PATH=str(tree / "advisor" / "app"))

    return TreeServer


def measure(
    rounds: int, pages: list[str], browser_pages: bool, data_dir: Path, base: Path | None = None
) -> dict[str, Any]:
    """Medians per page (and, with `base`, the same loads against that checkout's server, interleaved)."""
    from advisor.core.settings import Settings
    from flexwork_bench.bench import bench_settings
    from flexwork_bench.loadtest import CHROMIUM_FLAGS, VoilaServer, chromium_path

    settings: Settings = bench_settings(data_dir)
    variants = ["this", "base"] if base else ["this"]
    results: dict[str, list[dict[str, float]]] = {f"{v}:{p}": [] for v in variants for p in pages}
    pw = browser = None
    if browser_pages:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS, headless=True)
    load = [os.getloadavg()[0]]
    try:
        with contextlib.ExitStack() as stack:
            servers = {"this": stack.enter_context(VoilaServer(settings, log_path=data_dir / "voila.log"))}
            if base:
                servers["base"] = stack.enter_context(tree_server(base)(settings, log_path=data_dir / "voila-base.log"))
            meters = {v: Meter(srv, 0.0) for v, srv in servers.items()}
            for meter in meters.values():
                _quiet([meter.main], still_s=2.0)
                a, ta = _cpu(meter.main), time.monotonic()
                time.sleep(5.0)
                meter.idle_rate = (_cpu(meter.main) - a) / (time.monotonic() - ta)
            for v in variants:  # warm-up: the server's first page imports nbconvert's parts, compiles templates
                for page in pages:
                    load_once(servers[v], meters[v], page, browser)
            for i in range(rounds):
                for page in pages:
                    for v in variants if i % 2 == 0 else variants[::-1]:  # interleaved, order alternating
                        results[f"{v}:{page}"].append(load_once(servers[v], meters[v], page, browser))
                        load.append(os.getloadavg()[0])
    finally:
        if browser is not None:
            browser.close()
        if pw is not None:
            pw.stop()
    medians = {
        page: {key: statistics.median(r[key] for r in rows) for key in rows[0]}
        for page, rows in results.items()
        if rows
    }
    return {
        "mode": "chromium page" if browser_pages else "widget client",
        "rounds": rounds,
        "load_average": [min(load), max(load)],
        "median": medians,
        "loads": results,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pages", default="start,intake")
    ap.add_argument("--browser", action="store_true", help="real Chromium pages instead of widget clients")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    ap.add_argument("--base", type=Path, help="another checkout to measure interleaved with this one (its own server)")
    args = ap.parse_args(argv)
    base = os.environ.get("FLEXWORK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="pagecpu-") as tmp:
        data_dir = Path(base) if base else Path(tmp)
        data_dir.mkdir(parents=True, exist_ok=True)
        out = measure(args.rounds, args.pages.split(","), args.browser, data_dir, args.base)
    for page, m in out["median"].items():
        print(
            f"{page:15} server {m['server_s']:.3f} s (to HTML {m['server_to_html_s']:.3f}, leave {m['server_leave_s']:.3f})"
            f"  kernel {m['kernel_s']:.3f} s (to HTML {m['kernel_to_html_s']:.3f})  rss {m['kernel_rss_mb']:.0f} MB"
            f"  wall {m['wall_s']:.2f} s"
        )
    print(
        f"{out['mode']}, medians of {out['rounds']}, load average {out['load_average'][0]:.1f}-{out['load_average'][1]:.1f}"
    )
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
