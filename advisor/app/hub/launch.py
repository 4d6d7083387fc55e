"""Prepare and start the workshop hub: the plan file, the workshop code, the facilitator's secret.

Used by `flexwork workshop` and by the tests (which start one hub on loopback ports).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor.app.hub.names import hash_secret, new_secret, normalise_name
from advisor.app.state import StateStore
from advisor.core.offline import OFFLINE_ENV
from advisor.core.settings import BUNDLED_WORKBOOKS, PACKAGE_DIR, Settings

HERE = Path(__file__).resolve().parent
CONFIG_FILE = HERE / "jupyterhub_config.py"
WORKBOOKS = BUNDLED_WORKBOOKS
TEMPLATES_ROOT = PACKAGE_DIR / "app"  # holds voila/templates/flexwork
DEFAULT_PORT = 8090
DEFAULT_FACILITATOR = "fasilitator"


@dataclass
class Workshop:
    """A planned workshop hub: its plan file, the plan, and the facilitator's secret."""

    plan_file: Path
    plan: dict[str, Any]
    secret: str

    @property
    def url(self) -> str:
        """The hub's address for participants' browsers on this machine."""
        host = "127.0.0.1" if self.plan["ip"] in ("0.0.0.0", "") else self.plan["ip"]
        return f"http://{host}:{self.plan['port']}/"

    @property
    def code(self) -> str:
        """The workshop code participants type to log in."""
        return self.plan["code"]

    @property
    def facilitator(self) -> str:
        """The facilitator's login name (the hub's admin)."""
        return self.plan["facilitator"]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lan_address() -> str | None:
    """This machine's address on the room's network (no packet is sent), or None."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            addr = s.getsockname()[0]
    except OSError:
        return None
    return None if addr.startswith("127.") else addr


def server_env(settings: Settings, code: str) -> dict[str, str]:
    """What every participant's server (and its kernels) gets: the settings, offline switches, paths."""
    env = dict(OFFLINE_ENV)
    for key, value in os.environ.items():  # the organiser's FLEXWORK_* choices (vector store, LLM, ...)
        if key.startswith("FLEXWORK_") and key not in ("FLEXWORK_HUB_PLAN", "FLEXWORK_PROFILE"):
            env[key] = value
    env.update(
        {
            "FLEXWORK_DATA_DIR": str(settings.data_dir),
            "FLEXWORK_EMBEDDING": settings.embedding,
            "FLEXWORK_LANGUAGE": settings.language,
            "FLEXWORK_WORKSHOP_CODE": code,
            # the flexwork Voilà template, and the single-user server's settings + workbooks/voila.json
            # and the workbooks' kernel without debugger and input history (advisor/app/kernel.py)
            "JUPYTER_PATH": os.pathsep.join([str(TEMPLATES_ROOT), str(TEMPLATES_ROOT / "voila_kernel")]),
            "JUPYTER_CONFIG_PATH": os.pathsep.join([str(HERE / "jupyter_config"), str(WORKBOOKS)]),
            # a plain Jupyter server with Voilà: not JupyterLab (its extensions took ~5 s of each server's start)
            "JUPYTERHUB_SINGLEUSER_APP": "jupyter_server.serverapp.ServerApp",
            # one OpenMP thread per kernel: many kernels share few cores (see docs/scaling.md)
            "OMP_NUM_THREADS": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if settings.state_url:
        env["FLEXWORK_STATE_URL"] = settings.state_url
    return env


def prepare(
    settings: Settings,
    *,
    ip: str = "0.0.0.0",
    port: int = DEFAULT_PORT,
    hub_port: int | None = None,
    proxy_api_port: int | None = None,
    facilitator: str = DEFAULT_FACILITATOR,
    title: str = "",
    new: bool = False,
    mem_limit: str = "1G",
    cpu_limit: float = 1.0,
    cull_timeout: int = 3600,
    hub_dir: Path | None = None,
) -> Workshop:
    """Write the hub's plan (ports, workshop code, facilitator) and return it with the new secret.

    The workshop (and its code) is created in the state store, owned by the facilitator, so the
    code participants log in with is the code their contributions go to; it is reused on the next
    start unless `new`. The facilitator gets a new secret every start (printed, stored hashed).
    """
    name = normalise_name(facilitator)
    if not name:
        raise ValueError(f"not a usable facilitator name: {facilitator!r}")
    hub_dir = Path(hub_dir or settings.data_dir / "hub")
    hub_dir.mkdir(parents=True, exist_ok=True)
    plan_file = hub_dir / "workshop.json"
    old = _read(plan_file)
    store = StateStore.from_settings(settings)
    code = old.get("code", "")
    if new or not code or old.get("facilitator") != name or not store.workshop_exists(code):
        code = store.create_workshop(name, title.strip())
    secret = new_secret()
    plan = {
        "hub_dir": str(hub_dir),
        "ip": ip,
        "port": port,
        "hub_port": hub_port or (port + 1),
        "proxy_api_port": proxy_api_port or (port + 2),
        "facilitator": name,
        "secret_hash": hash_secret(secret),
        "code": code,
        "title": title.strip(),
        "python": sys.executable,
        "workbooks": str(WORKBOOKS),
        "env": server_env(settings, code),
        "mem_limit": mem_limit,
        "cpu_limit": cpu_limit,
        "cull_timeout": cull_timeout,
    }
    tmp = plan_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(plan, indent=1), encoding="utf-8")
    tmp.chmod(0o600)
    tmp.replace(plan_file)
    return Workshop(plan_file, plan, secret)


def _read(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def hub_command(workshop: Workshop) -> list[str]:
    """The command that starts the workshop's JupyterHub."""
    return [sys.executable, "-m", "jupyterhub", "-f", str(CONFIG_FILE)]


def hub_env(workshop: Workshop, base: dict[str, str] | None = None) -> dict[str, str]:
    """The hub process's environment: offline switches and the workshop's plan."""
    env = dict(os.environ if base is None else base)
    env.update(OFFLINE_ENV)
    env["FLEXWORK_HUB_PLAN"] = str(workshop.plan_file)
    # the hub process puts its venv first, so the proxy and the single-user servers are ours
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def start(workshop: Workshop, log: Path | None = None) -> subprocess.Popen:
    """Start the hub (its own process group, so that stopping it stops the proxy and servers too)."""
    from advisor.app.voila_server import compile_package

    compile_package()  # once here, not in each of the participants' kernels (advisor/app/voila_server.py)
    out = log.open("ab") if log else None  # noqa: SIM115 - handed to the child, closed with it
    return subprocess.Popen(
        hub_command(workshop),
        cwd=workshop.plan["hub_dir"],
        env=hub_env(workshop),
        stdout=out,
        stderr=subprocess.STDOUT if out else None,
        start_new_session=True,
    )


def wait_ready(workshop: Workshop, timeout: float = 120, proc: subprocess.Popen | None = None) -> bool:
    """True once the hub answers through its proxy (its API version endpoint)."""
    url = workshop.url + "hub/api/"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=3) as r:  # noqa: S310 - our own loopback URL
                if r.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    return False


def stop(proc: subprocess.Popen, workshop: Workshop | None = None, timeout: float = 60) -> None:
    """Stop the hub: SIGTERM to the hub (it stops the services, servers and proxy itself), kill if stuck."""
    import signal

    if proc.poll() is None:
        try:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=timeout)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    if workshop is not None:
        # the proxy runs in a session of its own: the hub stops it on a clean shutdown, not when killed
        pid_file = Path(workshop.plan["hub_dir"]) / "jupyterhub-proxy.pid"
        with contextlib.suppress(ValueError, OSError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
