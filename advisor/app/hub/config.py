"""The JupyterHub configuration of a workshop, filled from the plan `flexwork workshop` wrote.

`jupyterhub_config.py` beside this file is what JupyterHub loads; it only calls `apply`. Every
value here is JupyterHub's documented configuration (JupyterHub, ConfigurableHTTPProxy, Spawner,
Authenticator); the classes are ours: WorkshopAuthenticator, WorkshopSpawner.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def proxy_command() -> list[str]:
    """JupyterHub's own configurable-http-proxy (Node.js, from npm), which `make install` puts in .venv/chp.

    Not the Python port on PyPI: that one buffers whole responses, so the hub's spawn progress
    (server-sent events) never reaches the browser and a Voilà page, which streams while its cells
    run, arrives only at the end or is cut off by its 20-second request timeout (tried here).
    """
    for candidate in (
        os.environ.get("FLEXWORK_CHP"),
        Path(sys.prefix) / "chp" / "node_modules" / ".bin" / "configurable-http-proxy",
        shutil.which("configurable-http-proxy"),
    ):
        if candidate and Path(candidate).exists():
            return [str(candidate)]
    raise SystemExit(
        "configurable-http-proxy not found: run `make install` (npm install into .venv/chp) "
        "or set FLEXWORK_CHP to its path"
    )


def apply(c: Any, plan: dict[str, Any]) -> None:
    """Configure JupyterHub (`c`) from the workshop's plan."""
    hub_dir = Path(plan["hub_dir"])
    # --- the hub and its proxy: the public port on plan["ip"], everything else on loopback --------
    c.JupyterHub.bind_url = f"http://{plan['ip']}:{plan['port']}/"
    c.JupyterHub.hub_ip = "127.0.0.1"
    c.JupyterHub.hub_port = plan["hub_port"]
    c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{plan['proxy_api_port']}"
    c.ConfigurableHTTPProxy.command = proxy_command()
    c.ConfigurableHTTPProxy.should_start = True
    c.JupyterHub.db_url = f"sqlite:///{hub_dir / 'jupyterhub.sqlite'}"
    c.JupyterHub.cookie_secret_file = str(hub_dir / "jupyterhub_cookie_secret")
    c.JupyterHub.pid_file = str(hub_dir / "jupyterhub.pid")
    c.JupyterHub.cleanup_servers = True
    c.JupyterHub.cleanup_proxy = True
    c.JupyterHub.template_paths = [str(HERE / "templates")]
    c.JupyterHub.template_vars = {"workshop_title": plan.get("title", "")}
    c.JupyterHub.shutdown_on_logout = False
    # a participant's page is the workbook, not the hub's home: straight to their server
    c.JupyterHub.default_url = "/hub/spawn"

    # --- who may log in ---------------------------------------------------------------------------
    c.JupyterHub.authenticator_class = "advisor.app.hub.auth.WorkshopAuthenticator"
    c.WorkshopAuthenticator.workshop_code = plan["code"]
    c.WorkshopAuthenticator.facilitator = plan["facilitator"]
    c.WorkshopAuthenticator.facilitator_secret_hash = plan["secret_hash"]
    c.WorkshopAuthenticator.claims_file = str(hub_dir / "names.json")
    c.Authenticator.admin_users = {plan["facilitator"]}
    c.Authenticator.allow_all = True  # the workshop code is the gate; see WorkshopAuthenticator

    # --- each participant's server -------------------------------------------------------------------
    c.JupyterHub.spawner_class = "advisor.app.hub.spawner.WorkshopSpawner"
    c.Spawner.cmd = [plan["python"], "-m", "jupyterhub.singleuser"]
    c.Spawner.ip = "127.0.0.1"
    c.Spawner.notebook_dir = plan["workbooks"]
    c.Spawner.default_url = "/voila/render/00-start.ipynb"
    c.SimpleLocalProcessSpawner.home_dir_template = str(hub_dir / "home" / "{username}")
    c.Spawner.environment = dict(plan["env"])
    if plan.get("mem_limit"):
        c.Spawner.mem_limit = plan["mem_limit"]
    if plan.get("cpu_limit"):
        c.Spawner.cpu_limit = float(plan["cpu_limit"])
    # 20 people arriving within 20 s on 2 busy cores: the last server answered after ~5 minutes in
    # the load test (flexwork_bench/hubload.py); a server that is slow is better than one given up on
    c.Spawner.start_timeout = 600
    c.Spawner.http_timeout = 600
    c.JupyterHub.concurrent_spawn_limit = plan.get("concurrent_spawns", 25)

    # --- housekeeping: idle servers are stopped (jupyterhub-idle-culler as a hub service) ------------
    c.JupyterHub.load_roles = [
        {
            "name": "idle-culler",
            "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
            "services": ["idle-culler"],
        }
    ]
    c.JupyterHub.services = [
        {
            "name": "idle-culler",
            "command": [
                plan["python"],
                "-m",
                "advisor.app.hub.culler",
                f"--timeout={int(plan['cull_timeout'])}",
                f"--cull-every={max(30, int(plan['cull_timeout']) // 4)}",
            ],
        }
    ]
