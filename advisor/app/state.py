"""Per-user saved state in a database, through SQLAlchemy.

One table of (user, key, JSON value, updated_at), and documents that pages edit field by field
(advisor.app.fields: one row per field with a version, so two open tabs never undo each other). Every query is filtered by the user it was
called for, so one user can never read or write another's rows. SQLite (the default, a file in
the data folder) runs in WAL mode with synchronous=NORMAL and secure_delete, so autosaving on
every keystroke stays cheap and a deleted profile leaves no readable trace in the file. Any other
SQLAlchemy URL (e.g. PostgreSQL, needed when several JupyterHub users share workshops) works too.

Workshops (workbook 10) live in two more tables: a facilitator's workshop, and one row per
participant holding only anonymised numbers under a random member token, never a user name.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from threading import Lock
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from advisor.app import fields
from advisor.app.tables import MAX_KEY, MAX_USER, app_docs, app_fields, app_state, metadata

FORMAT = "flexwork-state"
FORMAT_VERSION = 1

workshops = sa.Table(
    "workshops",
    metadata,
    sa.Column("code", sa.String(16), primary_key=True),
    sa.Column("owner", sa.String(MAX_USER), nullable=False, index=True),
    sa.Column("title", sa.String(200), nullable=False, default=""),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

workshop_members = sa.Table(
    "workshop_members",
    metadata,
    sa.Column("code", sa.String(16), sa.ForeignKey("workshops.code", ondelete="CASCADE"), primary_key=True),
    sa.Column("member", sa.String(64), primary_key=True),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)


class BadUser(ValueError):
    """An empty or oversized user name."""


class BadImport(ValueError):
    """Data to import that is not a state export (or a plain mapping of keys to JSON values)."""


class UnknownWorkshop(KeyError):
    """No workshop has this code."""


def _now() -> datetime:
    return datetime.now(UTC)


def _check_user(user: str) -> str:
    if not isinstance(user, str) or not user.strip() or len(user) > MAX_USER:
        raise BadUser(f"user must be a non-empty string of at most {MAX_USER} characters")
    return user


def _check_key(key: str) -> str:
    if not isinstance(key, str) or not key or len(key) > MAX_KEY:
        raise ValueError(f"key must be a non-empty string of at most {MAX_KEY} characters")
    return key


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def sqlite_url(data_dir: Path) -> str:
    """The default database: state.sqlite in the data folder."""
    return f"sqlite:///{Path(data_dir) / 'state.sqlite'}"


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not just unlinked
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


_ENGINES: dict[tuple[str, int], Engine] = {}
_ENGINES_LOCK = Lock()
# Any constant: the key of the PostgreSQL advisory lock held while the tables are created.
_SCHEMA_LOCK_KEY = 0x666C6578  # "flex"
DEFAULT_POOL_SIZE = 2


def create_tables(engine: Engine) -> None:
    """Create the tables that are missing, safely when many processes start at once.

    A workshop starts many kernels within seconds, each of which may be the first to use a fresh
    PostgreSQL database. Two concurrent CREATE TABLEs of the same table race in PostgreSQL's
    catalogue (a unique violation on pg_type), so there the creation runs under a
    transaction-scoped advisory lock: the first process creates, the others then find the tables.
    """
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
            metadata.create_all(conn)
        return
    try:
        metadata.create_all(engine)
    except sa.exc.DBAPIError:
        # Another process created the same table between our check and our CREATE: look again.
        metadata.create_all(engine)


def engine_for(url: str, pool_size: int = DEFAULT_POOL_SIZE) -> Engine:
    """One engine per URL per process, with the SQLite pragmas set on every connection.

    A server database (PostgreSQL) gets a small pool per process: a workbook kernel serves one
    person and uses one connection at a time, and a workshop runs dozens of kernels against one
    server, whose default limit is 100 connections. Connections are checked before use
    (pre-ping) and renewed after 30 minutes, so a database restart or an idle-connection timeout
    between two autosaves costs a reconnect, never a lost save.
    """
    with _ENGINES_LOCK:
        engine = _ENGINES.get((url, pool_size))
        if engine is None:
            if sa.engine.make_url(url).get_backend_name() == "sqlite":
                engine = sa.create_engine(url, future=True)
                sa.event.listen(engine, "connect", _on_sqlite_connect)
            else:
                engine = sa.create_engine(
                    url,
                    future=True,
                    pool_size=pool_size,
                    max_overflow=pool_size,
                    pool_pre_ping=True,
                    pool_recycle=1800,
                    pool_timeout=30,
                )
            create_tables(engine)
            _ENGINES[(url, pool_size)] = engine
        return engine


class StateStore:
    """Saved state per user. All reads and writes are scoped to the `user` they are given."""

    def __init__(self, url: str, pool_size: int = DEFAULT_POOL_SIZE) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.url = url
        self.engine = engine_for(url, pool_size)

    @classmethod
    def from_settings(cls, settings: Any) -> StateStore:
        """settings.state_url (pool of settings.state_pool_size), or state.sqlite in settings.data_dir."""
        return cls(settings.state_url or sqlite_url(settings.data_dir), settings.state_pool_size)

    # -- one user's keys ----------------------------------------------------------------------

    def load(self, user: str) -> dict[str, Any]:
        """All of the user's saved keys and values (documents saved field by field assembled)."""
        _check_user(user)
        q = sa.select(app_state.c.key, app_state.c.value).where(app_state.c.user == user)
        with self.engine.connect() as conn:
            whole = {k: json.loads(v) for k, v in conn.execute(q)}
            return {**whole, **fields.documents(conn, user)}

    def get(self, user: str, key: str, default: Any = None) -> Any:
        """One saved value, or `default`."""
        _check_user(user)
        q = sa.select(app_state.c.value).where(app_state.c.user == user, app_state.c.key == key)
        with self.engine.connect() as conn:
            doc = fields.documents(conn, user, key)
            if key in doc:
                return doc[key]
            row = conn.execute(q).first()
        return default if row is None else json.loads(row[0])

    # -- documents saved field by field (advisor.app.fields) --------------------------------------

    def load_doc(
        self, user: str, key: str, lists: tuple[str, ...] = (), nested: tuple[str, ...] = ()
    ) -> fields.Snapshot:
        """A document with the versions of its fields; one saved whole (the old way) is split first."""
        _check_user(user)
        _check_key(key)
        with self.engine.connect() as conn:
            whole = conn.execute(
                sa.select(app_state.c.key).where(app_state.c.user == user, app_state.c.key == key)
            ).first()
            if whole is None:
                return fields.snapshot(conn, user, key)
        with self.engine.begin() as conn:
            fields.migrate(conn, user, key, fields.bump(conn, user, key), lists, nested)
            return fields.snapshot(conn, user, key)

    def patch(
        self,
        user: str,
        key: str,
        changes: list[tuple],
        seen: dict[str, int],
        synced: int,
        lists: tuple[str, ...] = (),
        nested: tuple[str, ...] = (),
    ) -> fields.Outcome:
        """Merge field changes into a document atomically; reports fields changed elsewhere meanwhile."""
        _check_user(user)
        _check_key(key)
        with self.engine.begin() as conn:
            return fields.apply(conn, user, key, changes, seen, synced, lists, nested)

    def doc_version(self, user: str, key: str) -> int:
        """The document's version: it grows with every change, from any page."""
        _check_user(user)
        with self.engine.connect() as conn:
            return fields.doc_version(conn, user, key)

    def save(self, user: str, key: str, value: Any) -> None:
        """Insert or replace one value, atomically."""
        self.save_many(user, {key: value})

    def save_many(self, user: str, values: dict[str, Any]) -> None:
        """Insert or replace several values in one transaction."""
        _check_user(user)
        rows = [
            {"user": user, "key": _check_key(k), "value": _dumps(v), "updated_at": _now()} for k, v in values.items()
        ]
        if not rows:
            return
        with self.engine.begin() as conn:
            for row in rows:
                fields.drop(conn, user, str(row["key"]))
                self._upsert(conn, row)

    def _upsert(self, conn: sa.Connection, row: dict[str, Any]) -> None:
        match self.engine.dialect.name:
            case "sqlite":
                from sqlalchemy.dialects.sqlite import insert as sqlite_insert

                stmt = sqlite_insert(app_state).values(**row)
            case "postgresql":
                from sqlalchemy.dialects.postgresql import insert as pg_insert

                stmt = pg_insert(app_state).values(**row)  # type: ignore[assignment]  # same API as sqlite's
            case _:
                where = (app_state.c.user == row["user"]) & (app_state.c.key == row["key"])
                done = conn.execute(
                    sa.update(app_state).where(where).values(value=row["value"], updated_at=row["updated_at"])
                )
                if done.rowcount == 0:
                    conn.execute(sa.insert(app_state).values(**row))
                return
        stmt = stmt.on_conflict_do_update(
            index_elements=[app_state.c.user, app_state.c.key],
            set_={"value": stmt.excluded.value, "updated_at": stmt.excluded.updated_at},
        )
        conn.execute(stmt)

    def delete_key(self, user: str, key: str) -> None:
        """Forget one value."""
        _check_user(user)
        with self.engine.begin() as conn:
            fields.drop(conn, user, key)
            conn.execute(sa.delete(app_state).where(app_state.c.user == user, app_state.c.key == key))

    # -- export, import, delete -----------------------------------------------------------------

    def export(self, user: str) -> dict[str, Any]:
        """Everything saved for the user, as one JSON-ready document."""
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "exported_at": _now().isoformat(timespec="seconds"),
            "data": self.load(user),
        }

    def import_(self, user: str, data: dict[str, Any]) -> int:
        """Save the keys of an export (or a plain {key: value} mapping) for `user`; returns how many."""
        if not isinstance(data, dict):
            raise BadImport("not a JSON object")
        if data.get("format") == FORMAT:
            if data.get("version") != FORMAT_VERSION or not isinstance(data.get("data"), dict):
                raise BadImport("unsupported export version")
            data = data["data"]
        for k in data:
            _check_key(k)
        # A workshop membership belongs to the profile it was made by; never import someone's token.
        values = {k: v for k, v in data.items() if k != "workshop_member"}
        self.save_many(user, values)
        return len(values)

    def delete(self, user: str) -> int:
        """Delete everything the user saved, their workshop contributions and workshops; returns rows removed."""
        _check_user(user)
        member = self.get(user, "workshop_member") or {}
        removed = 0
        with self.engine.begin() as conn:
            if member.get("code") and member.get("member"):
                removed += conn.execute(
                    sa.delete(workshop_members).where(
                        workshop_members.c.code == member["code"], workshop_members.c.member == member["member"]
                    )
                ).rowcount
            owned = [r[0] for r in conn.execute(sa.select(workshops.c.code).where(workshops.c.owner == user))]
            if owned:
                removed += conn.execute(sa.delete(workshop_members).where(workshop_members.c.code.in_(owned))).rowcount
                removed += conn.execute(sa.delete(workshops).where(workshops.c.owner == user)).rowcount
            removed += conn.execute(sa.delete(app_state).where(app_state.c.user == user)).rowcount
            removed += conn.execute(sa.delete(app_fields).where(app_fields.c.user == user)).rowcount
            conn.execute(sa.delete(app_docs).where(app_docs.c.user == user))
        self._compact()
        return removed

    def _compact(self) -> None:
        # secure_delete zeroes freed pages; truncating the WAL removes the old page images too.
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- workshops ----------------------------------------------------------------------------

    def create_workshop(self, owner: str, title: str = "") -> str:
        """A new workshop owned by `owner`; returns its join code."""
        _check_user(owner)
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes are read aloud
        with self.engine.begin() as conn:
            for _ in range(20):
                code = "".join(secrets.choice(alphabet) for _ in range(6))
                exists = conn.execute(sa.select(workshops.c.code).where(workshops.c.code == code)).first()
                if not exists:
                    conn.execute(
                        sa.insert(workshops).values(code=code, owner=owner, title=title[:200], created_at=_now())
                    )
                    return code
        raise RuntimeError("could not find a free workshop code")

    def workshop_exists(self, code: str) -> bool:
        """True if a workshop with this code exists."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(workshops.c.code).where(workshops.c.code == code)).first() is not None

    def owned_workshops(self, owner: str) -> list[dict[str, Any]]:
        """The workshops `owner` created, newest first."""
        _check_user(owner)
        q = (
            sa.select(workshops.c.code, workshops.c.title, workshops.c.created_at)
            .where(workshops.c.owner == owner)
            .order_by(workshops.c.created_at.desc())
        )
        with self.engine.connect() as conn:
            return [{"code": c, "title": t, "created_at": str(d)} for c, t, d in conn.execute(q)]

    def contribute(self, user: str, code: str, data: dict[str, Any]) -> None:
        """Share anonymised numbers with a workshop; the row is keyed by a random token kept in the user's state."""
        _check_user(user)
        if not self.workshop_exists(code):
            raise UnknownWorkshop(code)
        member = self.get(user, "workshop_member") or {}
        if member.get("code") != code or not member.get("member"):
            if member.get("code") and member.get("member"):
                self.withdraw(user)
            member = {"code": code, "member": secrets.token_hex(16)}
            self.save(user, "workshop_member", member)
        row = {"code": code, "member": member["member"], "data": _dumps(data), "updated_at": _now()}
        with self.engine.begin() as conn:
            where = (workshop_members.c.code == code) & (workshop_members.c.member == member["member"])
            if (
                conn.execute(
                    sa.update(workshop_members).where(where).values(data=row["data"], updated_at=row["updated_at"])
                ).rowcount
                == 0
            ):
                conn.execute(sa.insert(workshop_members).values(**row))

    def withdraw(self, user: str) -> None:
        """Remove the user's contribution from the workshop they joined."""
        member = self.get(user, "workshop_member") or {}
        if member.get("code") and member.get("member"):
            with self.engine.begin() as conn:
                conn.execute(
                    sa.delete(workshop_members).where(
                        workshop_members.c.code == member["code"], workshop_members.c.member == member["member"]
                    )
                )
        self.delete_key(user, "workshop_member")

    def workshop_contributions(self, owner: str, code: str) -> list[dict[str, Any]]:
        """The anonymised contributions to a workshop, for its owner only (no tokens, no names)."""
        _check_user(owner)
        with self.engine.connect() as conn:
            own = conn.execute(
                sa.select(workshops.c.code).where(workshops.c.code == code, workshops.c.owner == owner)
            ).first()
            if own is None:
                raise UnknownWorkshop(code)
            rows = conn.execute(sa.select(workshop_members.c.data).where(workshop_members.c.code == code))
            return [json.loads(r[0]) for r in rows]
