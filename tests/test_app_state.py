"""The app's saved state: per-user isolation, atomic saves, export/import/delete, workshops."""

from __future__ import annotations

import sqlite3

import pytest

from advisor.app.context import AppContext, current_user
from advisor.app.state import BadImport, BadUser, StateStore, UnknownWorkshop, sqlite_url
from advisor.core.settings import Settings


@pytest.fixture()
def store(tmp_path) -> StateStore:
    return StateStore(sqlite_url(tmp_path))


def test_save_and_load_roundtrip(store: StateStore) -> None:
    store.save("alice", "situation", {"role": "rådgiver – økonomi", "tasks": [{"name": "rapporter"}]})
    store.save("alice", "prefs", {"lang": "en"})
    assert store.load("alice") == {
        "situation": {"role": "rådgiver – økonomi", "tasks": [{"name": "rapporter"}]},
        "prefs": {"lang": "en"},
    }
    store.save("alice", "prefs", {"lang": "nb"})  # replaces, does not duplicate
    assert store.get("alice", "prefs") == {"lang": "nb"}
    assert store.get("alice", "missing", "default") == "default"


def test_sqlite_runs_in_wal_mode_with_normal_sync(store: StateStore) -> None:
    store.save("alice", "k", 1)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_users_never_see_each_others_rows(store: StateStore) -> None:
    store.save("alice", "situation", {"role": "alice's role"})
    store.save("bob", "situation", {"role": "bob's role"})
    assert store.load("bob") == {"situation": {"role": "bob's role"}}
    assert store.get("bob", "situation") == {"role": "bob's role"}
    store.save("bob", "situation", {"role": "changed by bob"})
    assert store.get("alice", "situation") == {"role": "alice's role"}
    store.delete("bob")
    assert store.load("bob") == {}
    assert store.load("alice") == {"situation": {"role": "alice's role"}}
    assert "alice" not in str(store.export("bob"))


def test_a_user_name_that_looks_like_sql_is_just_a_name(store: StateStore) -> None:
    store.save("alice", "k", "secret")
    sneaky = "x' OR '1'='1"
    assert store.load(sneaky) == {}
    store.delete(sneaky)
    assert store.get("alice", "k") == "secret"


def test_bad_users_are_refused(store: StateStore) -> None:
    for user in ("", "   ", "x" * 500):
        with pytest.raises(BadUser):
            store.save(user, "k", 1)


def test_save_many_is_atomic(store: StateStore, monkeypatch) -> None:
    store.save("alice", "a", "old")
    real = StateStore._upsert
    calls = {"n": 0}

    def failing(self, conn, row):  # noqa: ANN001
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(self, conn, row)

    monkeypatch.setattr(StateStore, "_upsert", failing)
    with pytest.raises(RuntimeError):
        store.save_many("alice", {"a": "new", "b": "new"})
    monkeypatch.setattr(StateStore, "_upsert", real)
    assert store.load("alice") == {"a": "old"}


def test_export_import_roundtrip(store: StateStore) -> None:
    store.save("alice", "situation", {"role": "rådgiver"})
    store.save("alice", "proposal", {"model": "fleksitid"})
    exported = store.export("alice")
    assert exported["format"] == "flexwork-state" and exported["version"] == 1
    assert store.import_("carol", exported) == 2
    assert store.load("carol") == store.load("alice")
    # a plain mapping works too
    store.import_("dave", {"prefs": {"lang": "en"}})
    assert store.load("dave") == {"prefs": {"lang": "en"}}


@pytest.mark.parametrize(
    "bad",
    [
        [1, 2],
        {"format": "flexwork-state", "version": 99, "data": {}},
        {"format": "flexwork-state", "version": 1, "data": []},
    ],
)
def test_import_refuses_what_is_not_an_export(store: StateStore, bad) -> None:  # noqa: ANN001
    with pytest.raises(BadImport):
        store.import_("alice", bad)
    assert store.load("alice") == {}


def test_delete_leaves_nothing_behind(tmp_path) -> None:
    store = StateStore(sqlite_url(tmp_path))
    marker = "UNIQUE-MARKER-5f3a9c"
    store.save("alice", "situation", {"health": marker * 50})
    store.save("bob", "situation", {"role": "bob"})
    code = store.create_workshop("alice", "verksted")
    store.contribute("bob", code, {"readiness": 3})
    assert store.delete("alice") >= 2
    assert store.load("alice") == {}
    assert store.owned_workshops("alice") == []
    with pytest.raises(UnknownWorkshop):
        store.workshop_contributions("alice", code)
    # the bytes are gone from the database file and its WAL, not just unlinked
    for path in tmp_path.glob("state.sqlite*"):
        assert marker.encode() not in path.read_bytes(), path.name
    assert store.load("bob") == {"situation": {"role": "bob"}, "workshop_member": store.get("bob", "workshop_member")}


def test_context_delete_everything_removes_files(tmp_path) -> None:
    ctx = AppContext.create(Settings(data_dir=tmp_path, embedding="fake"), user="alice")
    ctx.save("situation", {"role": "x"})
    (ctx.user_dir / "exports").mkdir(parents=True)
    (ctx.user_dir / "exports" / "avtale.docx").write_bytes(b"doc")
    ctx.delete_everything()
    assert ctx.store.load("alice") == {}
    assert not ctx.user_dir.exists()


def test_state_url_from_settings(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere' / 'x.sqlite'}"
    ctx = AppContext.create(Settings(data_dir=tmp_path / "data", embedding="fake", state_url=url), user="alice")
    ctx.save("k", 1)
    assert (tmp_path / "elsewhere" / "x.sqlite").is_file()
    assert not (tmp_path / "data" / "state.sqlite").exists()
    with sqlite3.connect(tmp_path / "elsewhere" / "x.sqlite") as conn:
        assert conn.execute("select user, key from app_state").fetchall() == [("alice", "k")]


def test_current_user(monkeypatch) -> None:
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.delenv("FLEXWORK_PROFILE", raising=False)
    assert current_user() == "lokal"
    monkeypatch.setenv("FLEXWORK_PROFILE", "kari")
    assert current_user() == "kari"
    monkeypatch.setenv("JUPYTERHUB_USER", "ola")
    assert current_user() == "ola"


def test_workshop_contributions_are_anonymous_and_owner_only(store: StateStore) -> None:
    code = store.create_workshop("hr", "Vårverksted")
    assert len(code) == 6 and store.owned_workshops("hr")[0]["code"] == code
    for user, readiness in (("a", 2), ("b", 4)):
        store.contribute(user, code, {"readiness": readiness})
    store.contribute("a", code, {"readiness": 5})  # updates, does not add
    rows = store.workshop_contributions("hr", code)
    assert sorted(r["readiness"] for r in rows) == [4, 5]
    assert "a" not in {k for r in rows for k in r}
    with pytest.raises(UnknownWorkshop):
        store.workshop_contributions("a", code)  # only the owner sees the dashboard
    with pytest.raises(UnknownWorkshop):
        store.contribute("c", "NOSUCH", {"readiness": 1})
    store.withdraw("a")
    assert [r["readiness"] for r in store.workshop_contributions("hr", code)] == [4]
    # importing someone's export never carries their workshop membership token
    store.import_("mallory", store.export("b"))
    assert store.get("mallory", "workshop_member") is None
