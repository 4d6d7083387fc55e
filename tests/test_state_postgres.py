"""The StateStore against a real PostgreSQL server, by URL (settings.state_url), as JupyterHub setups use it.

The server comes from the Debian package's binaries (initdb + pg_ctl) in a temporary folder, with
its unix socket there and no TCP listener. PostgreSQL refuses to run as root, so as root it runs
as the `postgres` user (or a system user created for it).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from flexwork_bench.loadtest import free_port

pytestmark = pytest.mark.slow

PG_USER = "flexwork-pg"


def pg_bin() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin that has initdb and pg_ctl."""
    found = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    found = [d for d in found if (d / "pg_ctl").is_file()]
    return max(
        found, key=lambda d: float(d.parent.name) if d.parent.name.replace(".", "").isdigit() else 0, default=None
    )


def server_user() -> str | None:
    """None: run as ourselves. As root: `postgres`, or a system user made for the purpose."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", PG_USER):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return PG_USER


def run_as(user: str | None, cmd: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    if user is not None:
        runuser = shutil.which("runuser")
        cmd = (
            [runuser, "-u", user, "--", *cmd]
            if runuser
            else ["su", user, "-s", "/bin/sh", "-c", " ".join(f"'{c}'" for c in cmd)]
        )
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def postgres_url():
    bindir = pg_bin()
    if bindir is None:
        if os.geteuid() != 0:
            pytest.skip(
                "PostgreSQL server binaries (/usr/lib/postgresql/*/bin) are not installed and we are not "
                "root to install them: sudo apt-get install postgresql"
            )
        pytest.fail("PostgreSQL server binaries missing: run `make system-deps` (installs the postgresql package)")
    pytest.importorskip("psycopg", reason="psycopg missing: pip install -e '.[test]'")
    user = server_user()
    # Not under pytest's tmp_path: that folder is private to us, and the server may run as another user.
    root = Path(tempfile.mkdtemp(prefix="flexwork-pg-"))
    data, sock, log = root / "data", root / "sock", root / "server.log"
    sock.mkdir()
    if user is not None:
        info = pwd.getpwnam(user)
        for path in (root, sock):
            os.chown(path, info.pw_uid, info.pw_gid)
    port = free_port()
    started = False
    try:
        done = run_as(
            user,
            [str(bindir / "initdb"), "-D", str(data), "-U", "flexwork", "--auth=trust", "-E", "UTF8", "--locale=C"],
        )
        assert done.returncode == 0, done.stderr[-2000:]
        options = f"-p {port} -k {sock} -c listen_addresses= -c fsync=off"
        done = run_as(
            user, [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start"]
        )
        assert done.returncode == 0, done.stderr[-2000:] + (log.read_text()[-2000:] if log.is_file() else "")
        started = True
        yield f"postgresql+psycopg://flexwork@/postgres?host={sock}&port={port}"
    finally:
        from advisor.app import state

        for key in [k for k in state._ENGINES if k[0].startswith("postgresql")]:
            state._ENGINES.pop(key).dispose()
        if started:
            run_as(user, [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-t", "60", "stop"])
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def store(postgres_url):
    from advisor.app.state import StateStore

    s = StateStore(postgres_url)
    assert s.engine.dialect.name == "postgresql"
    return s


def test_from_settings_uses_the_url(postgres_url, tmp_path) -> None:
    from advisor.app.state import StateStore
    from advisor.core.settings import Settings

    s = StateStore.from_settings(Settings(data_dir=tmp_path, state_url=postgres_url))
    assert s.engine.dialect.name == "postgresql"
    assert not (tmp_path / "state.sqlite").exists()


def test_save_and_load_round_trip(store) -> None:
    value = {"role": "Sykepleier", "tasks": [{"name": "Rapporter", "deep_focus": True}], "note": "ærlig ø å"}
    store.save("kari", "situation", value)
    store.save("kari", "prefs", {"lang": "nb"})
    assert store.load("kari") == {"situation": value, "prefs": {"lang": "nb"}}
    assert store.get("kari", "situation") == value
    assert store.get("kari", "missing", "default") == "default"


def test_save_replaces_the_value(store) -> None:
    store.save("ola", "proposal", {"model": "fleksitid"})
    store.save("ola", "proposal", {"model": "hybrid"})  # ON CONFLICT DO UPDATE on PostgreSQL
    store.save_many("ola", {"proposal": {"model": "faste_hjemmedager"}, "arguments": {"draft": None}})
    assert store.load("ola") == {"proposal": {"model": "faste_hjemmedager"}, "arguments": {"draft": None}}


def test_users_are_isolated(store) -> None:
    store.save("anne", "situation", {"role": "HR"})
    store.save("per", "situation", {"role": "Tillitsvalgt"})
    assert store.load("anne") == {"situation": {"role": "HR"}}
    assert store.load("per") == {"situation": {"role": "Tillitsvalgt"}}
    store.delete("anne")
    assert store.load("anne") == {}
    assert store.load("per") == {"situation": {"role": "Tillitsvalgt"}}


def test_export_and_import(store) -> None:
    store.save_many("eva", {"situation": {"role": "Analytiker"}, "proposal": {"home_days": ["onsdag"]}})
    exported = store.export("eva")
    assert exported["format"] == "flexwork-state" and exported["data"]["situation"] == {"role": "Analytiker"}
    assert store.import_("eva-kopi", exported) == 2
    assert store.load("eva-kopi") == store.load("eva")


def test_delete_removes_the_user_and_their_workshop_rows(store) -> None:
    code = store.create_workshop("hr-lise", "Verksted")
    store.contribute("deltaker-1", code, {"score": 3})
    store.contribute("deltaker-2", code, {"score": 4})
    assert sorted(c["score"] for c in store.workshop_contributions("hr-lise", code)) == [3, 4]
    store.delete("deltaker-1")
    assert store.load("deltaker-1") == {}
    assert [c["score"] for c in store.workshop_contributions("hr-lise", code)] == [4]
    store.delete("hr-lise")
    assert not store.workshop_exists(code)
    assert store.owned_workshops("hr-lise") == []


def _fresh_database(postgres_url: str, name: str) -> str:
    """An empty database next to the fixture's, for tests that need tables not to exist yet."""
    import sqlalchemy as sa

    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return postgres_url.replace("@/postgres?", f"@/{name}?")


def test_many_processes_creating_the_tables_at_once_do_not_collide(postgres_url) -> None:
    """A workshop starts ~20 kernels at once against a fresh database: each creates the tables."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    import sqlalchemy as sa

    from advisor.app.state import app_state, create_tables

    errors = []
    for attempt in range(3):  # the race window is small; several fresh databases make it likely to show
        url = _fresh_database(postgres_url, f"fresh_{attempt}")
        engines = [sa.create_engine(url, poolclass=sa.pool.NullPool) for _ in range(12)]
        barrier = threading.Barrier(len(engines))

        def create(engine: sa.Engine, barrier=barrier) -> None:
            barrier.wait()
            try:
                create_tables(engine)
            except Exception as exc:  # collected: the assertion below names it
                errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")

        with ThreadPoolExecutor(len(engines)) as pool:
            list(pool.map(create, engines))
        with engines[0].connect() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(app_state)).scalar() == 0
        for engine in engines:
            engine.dispose()
    assert errors == []


def test_pool_size_comes_from_the_settings(postgres_url, tmp_path) -> None:
    from advisor.app.state import StateStore
    from advisor.core.settings import Settings

    store = StateStore.from_settings(Settings(data_dir=tmp_path, state_url=postgres_url, state_pool_size=3))
    assert store.engine.pool.size() == 3
    assert StateStore.from_settings(Settings(data_dir=tmp_path, state_url=postgres_url)).engine.pool.size() == 2


def test_a_dropped_connection_costs_a_reconnect_not_a_save(postgres_url) -> None:
    """The server ends every session (a restart, an idle timeout): the next autosave still lands."""
    import sqlalchemy as sa

    from advisor.app.state import StateStore

    store = StateStore(postgres_url, pool_size=4)
    store.save("ida", "situation", {"role": "Før"})  # leaves a pooled connection behind
    admin = sa.create_engine(postgres_url, poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        ended = conn.execute(
            sa.text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE pid <> pg_backend_pid() AND datname = current_database() AND backend_type = 'client backend'"
            )
        ).scalar()
    admin.dispose()
    assert ended >= 1
    store.save("ida", "situation", {"role": "Etter"})
    assert store.get("ida", "situation") == {"role": "Etter"}
