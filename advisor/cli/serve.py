"""`flexwork serve`: the workbooks as a web app (Voilà), on 127.0.0.1 only.

Voilà reads its configuration (voila.json) from the folder it is started in, so it is started in
workbooks/ with that folder as its root. The kernels inherit our environment: the FLEXWORK_*
settings and the offline switches for Hugging Face and Chroma.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import webbrowser
from pathlib import Path

from advisor.cli.common import settings_from
from advisor.core.offline import OFFLINE_ENV  # the kernels get the same offline switches
from advisor.core.settings import BUNDLED_WORKBOOKS, Settings

WORKBOOKS = BUNDLED_WORKBOOKS
# Holds voila/templates/flexwork: lab without third-party stylesheets (see its index.html.j2).
TEMPLATES_ROOT = Path(__file__).resolve().parent.parent / "app"
TEMPLATE = "flexwork"
# Holds kernels/python3: the workbooks' kernel without the debugger and the input history
# (advisor/app/kernel.py). Last on JUPYTER_PATH, so a kernel the user put there still wins.
KERNELS_ROOT = TEMPLATES_ROOT / "voila_kernel"
START = "00-start.ipynb"
HOST = "127.0.0.1"


def start_url(port: int, base_url: str = "/") -> str:
    """The address of the start workbook on the local Voilà server."""
    return f"http://{HOST}:{port}{base_url.rstrip('/')}/voila/render/{START}"


def voila_command(port: int, workbooks: Path = WORKBOOKS, preheat: bool = False, pool_size: int = 1) -> list[str]:
    """The command line that serves the workbooks (never opens a browser itself)."""
    cmd = [
        sys.executable,
        "-m",
        # Voilà itself, with its templates compiled once per server instead of once per page
        # (advisor/app/voila_server.py; docs/scaling.md, "CPU per arriving participant").
        "advisor.app.voila_server",
        str(workbooks),
        f"--port={port}",
        f"--Voila.ip={HOST}",
        "--no-browser",
        "--Voila.port_retries=0",
        f"--template={TEMPLATE}",
    ]
    if preheat:
        cmd += ["--preheat_kernel=True", f"--pool_size={pool_size}"]
    return cmd


def serve_env(settings: Settings, base: dict[str, str] | None = None) -> dict[str, str]:
    """The server's (and so the kernels') environment: offline switches and the settings that matter."""
    env = dict(os.environ if base is None else base)
    env.update(OFFLINE_ENV)
    env["FLEXWORK_DATA_DIR"] = str(settings.data_dir)
    env["FLEXWORK_EMBEDDING"] = settings.embedding
    env["FLEXWORK_LANGUAGE"] = settings.language
    env.setdefault("PYTHONUNBUFFERED", "1")
    paths = [str(TEMPLATES_ROOT), *filter(None, env.get("JUPYTER_PATH", "").split(os.pathsep)), str(KERNELS_ROOT)]
    env["JUPYTER_PATH"] = os.pathsep.join(dict.fromkeys(paths))
    return env


def port_free(port: int) -> bool:
    """True if nothing listens on the port on 127.0.0.1 yet."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will; ignores TIME_WAIT
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def wait_for_port(port: int, timeout: float, proc: subprocess.Popen | None = None) -> bool:
    """True once something accepts connections on the port (False on timeout or if `proc` died)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.settimeout(0.5)
            if s.connect_ex((HOST, port)) == 0:
                return True
        time.sleep(0.2)
    return False


def can_open_browser() -> bool:
    """Only with a desktop: on a headless server webbrowser would start a text browser in the terminal."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_serve(args: argparse.Namespace) -> int:
    """`flexwork serve`: start Voilà on the workbooks, open a browser, stop cleanly; the exit code."""
    from advisor.app.texts import ui
    from advisor.retrieval.index import IndexFiles

    settings = settings_from(args)
    lang = settings.language
    if not port_free(args.port):
        print(ui("serve.port_busy", lang, port=args.port), file=sys.stderr)
        return 2
    if not IndexFiles(settings.index_dir).passages.is_file():
        print(ui("serve.no_index", lang), file=sys.stderr)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        voila_command(args.port, preheat=args.preheat, pool_size=args.pool_size), cwd=WORKBOOKS, env=serve_env(settings)
    )

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt  # run the finally below: the server and its kernels stop too

    signal.signal(signal.SIGTERM, stop)
    try:
        if wait_for_port(args.port, timeout=60, proc=proc):
            url = start_url(args.port)
            print(ui("serve.running", lang, url=url), flush=True)
            if not args.no_browser and can_open_browser():
                webbrowser.open(url)
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `serve` command to the CLI's subparsers."""
    p = sub.add_parser("serve", help="serve the workbooks as a web app (Voilà) on 127.0.0.1")
    p.add_argument("--port", type=int, default=8866, help="port on 127.0.0.1 (default 8866)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    p.add_argument("--preheat", action="store_true", help="keep pre-started kernels for each workbook")
    p.add_argument("--pool-size", type=int, default=1, help="pre-started kernels per workbook (with --preheat)")
    p.set_defaults(func=cmd_serve)
