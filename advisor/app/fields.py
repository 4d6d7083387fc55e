"""Documents saved field by field, with a version per field, so two open pages never undo each other.

A page (kernel) that edits a document (a form, the role-play, the follow-up log, a workshop) sends
only what changed: a field's new value, one field of one list item, an item added or deleted by its
id. Every change runs in one transaction that first bumps the document's version in `app_docs`;
that write locks the document (PostgreSQL: the row lock of the upsert; SQLite: the database write
lock), so changes to one document are applied one after another and each is merged into what is
stored, never a stale copy of the whole. A written row carries the new version.

Conflicts: the page remembers the version of every field it loaded or wrote (`seen`) and the
document version it last knew (`synced`). A change to a field whose stored version is newer than
what the page saw, or to a list item deleted meanwhile, is still applied (last write wins) but is
reported back, so the page can say "changed in another window". A document saved the old way (one
JSON value in `app_state`) is split into field rows the first time it is loaded or changed.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from advisor.app.tables import app_docs, app_fields, app_state

SEP = "/"


@dataclass
class Snapshot:
    """A document as stored: its values, the ids of its list items, and the versions of its rows."""

    values: dict[str, Any]
    ids: dict[str, list[str]]
    positions: dict[str, float]  # "list/id" -> place in the list
    versions: dict[str, int]  # path -> version
    version: int  # the document's version (0: never written field by field)


@dataclass
class Outcome:
    """What a change did: the document's new version, and what it ran into."""

    version: int
    conflicts: list[str] = field(default_factory=list)  # paths changed or deleted elsewhere since seen
    stale: bool = False  # the document was changed elsewhere since the page last knew it


def new_id() -> str:
    """A new random id for a list item (12 hex digits)."""
    return secrets.token_hex(6)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _now() -> datetime:
    return datetime.now(UTC)


# -- documents <-> rows -------------------------------------------------------------------------------


def item_rows(name: str, iid: str, item: Any, pos: float) -> list[tuple[str, Any, float]]:
    """The rows of one list item: one per field of a dict item, else the item as one value."""
    if isinstance(item, dict) and item and all(isinstance(k, str) and k and SEP not in k for k in item):
        return [(f"{name}{SEP}{iid}{SEP}{k}", v, pos) for k, v in item.items()]
    return [(f"{name}{SEP}{iid}", item, pos)]


def _nested_rows(prefix: str, value: Any) -> list[tuple[str, Any, None]]:
    if isinstance(value, dict) and value and all(isinstance(k, str) and k and SEP not in k for k in value):
        return [row for k, v in value.items() for row in _nested_rows(f"{prefix}{SEP}{k}", v)]
    return [(prefix, value, None)]


def flatten(
    doc: dict[str, Any], lists: Iterable[str] = (), nested: Iterable[str] = ()
) -> list[tuple[str, Any, float | None]]:
    """Rows (path, value, pos) of a whole document; list items get new ids."""
    lists, nested = set(lists), set(nested)
    rows: list[tuple[str, Any, float | None]] = []
    for name, value in doc.items():
        if name in lists and isinstance(value, list):
            rows.append((name, [], None))  # the list itself, so an empty list is still there
            for i, item in enumerate(value):
                rows.extend(item_rows(name, new_id(), item, float(i)))
        elif name in nested:
            rows.extend(_nested_rows(name, value))
        else:
            rows.append((name, value, None))
    return rows


def assemble(
    rows: Iterable[tuple[str, Any, float | None]],
) -> tuple[dict[str, Any], dict[str, list[str]], dict[str, float]]:
    """The document of field rows: (values, list item ids in order, item positions)."""
    values: dict[str, Any] = {}
    items: dict[str, dict[str, list[Any]]] = {}
    for path, value, pos in rows:
        segs = path.split(SEP)
        if pos is None:
            target = values
            for seg in segs[:-1]:
                if not isinstance(target.get(seg), dict):
                    target[seg] = {}
                target = target[seg]
            target[segs[-1]] = value
            continue
        name, iid, rest = segs[0], segs[1] if len(segs) > 1 else "", segs[2:]
        entry = items.setdefault(name, {}).setdefault(iid, [pos, None])
        if rest:
            if not isinstance(entry[1], dict):
                entry[1] = {}
            entry[1][SEP.join(rest)] = value
        elif isinstance(value, dict) and isinstance(entry[1], dict):
            entry[1] = {**value, **entry[1]}
        else:
            entry[1] = value
    ids: dict[str, list[str]] = {}
    positions: dict[str, float] = {}
    for name, by_id in items.items():
        order = sorted(by_id.items(), key=lambda kv: (kv[1][0], kv[0]))
        values[name] = [v for _, (_, v) in order]
        ids[name] = [iid for iid, _ in order]
        positions.update({f"{name}{SEP}{iid}": p for iid, (p, _) in order})
    return values, ids, positions


# -- reading ------------------------------------------------------------------------------------------


def _where(table: sa.Table, user: str, key: str) -> sa.ColumnElement[bool]:
    return (table.c.user == user) & (table.c.key == key)


def _under(prefix: str) -> sa.ColumnElement[bool]:
    """Rows of one list item or one list: the path itself, or paths below it."""
    return (app_fields.c.path == prefix) | app_fields.c.path.startswith(prefix + SEP, autoescape=True)


def field_rows(conn: sa.Connection, user: str, key: str) -> list[tuple[str, Any, int, float | None]]:
    """The saved fields of one document: (path, value, version, position), in path order."""
    q = (
        sa.select(app_fields.c.path, app_fields.c.value, app_fields.c.version, app_fields.c.pos)
        .where(_where(app_fields, user, key))
        .order_by(app_fields.c.path)
    )
    return [(p, json.loads(v), ver, pos) for p, v, ver, pos in conn.execute(q)]


def doc_version(conn: sa.Connection, user: str, key: str) -> int:
    """The document's version (0 if it was never saved)."""
    row = conn.execute(sa.select(app_docs.c.version).where(_where(app_docs, user, key))).first()
    return int(row[0]) if row else 0


def documents(conn: sa.Connection, user: str, key: str | None = None) -> dict[str, Any]:
    """The user's documents saved field by field (or only `key`), assembled: {key: document}."""
    q = sa.select(app_fields.c.key, app_fields.c.path, app_fields.c.value, app_fields.c.pos).where(
        app_fields.c.user == user
    )
    if key is not None:
        q = q.where(app_fields.c.key == key)
    by_key: dict[str, list[tuple[str, Any, float | None]]] = {}
    for k, path, value, pos in conn.execute(q.order_by(app_fields.c.key, app_fields.c.path)):
        by_key.setdefault(k, []).append((path, json.loads(value), pos))
    return {k: assemble(rows)[0] for k, rows in by_key.items()}


def snapshot(conn: sa.Connection, user: str, key: str) -> Snapshot:
    """The document as saved: its values, item ids, positions and version."""
    rows = field_rows(conn, user, key)
    values, ids, positions = assemble((p, v, pos) for p, v, _, pos in rows)
    return Snapshot(values, ids, positions, {p: ver for p, _, ver, _ in rows}, doc_version(conn, user, key))


# -- writing --------------------------------------------------------------------------------------------


def _insert(conn: sa.Connection) -> Any:
    match conn.dialect.name:
        case "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert
        case "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert
        case other:
            raise NotImplementedError(f"field-level saves need SQLite or PostgreSQL, not {other}")


def bump(conn: sa.Connection, user: str, key: str) -> int:
    """Raise the document's version by one and return it; the write locks the document until commit."""
    stmt = _insert(conn)(app_docs).values(user=user, key=key, version=1, updated_at=_now())
    stmt = stmt.on_conflict_do_update(
        index_elements=[app_docs.c.user, app_docs.c.key],
        set_={"version": app_docs.c.version + 1, "updated_at": stmt.excluded.updated_at},
    )
    return int(conn.execute(stmt.returning(app_docs.c.version)).scalar_one())


def _put(
    conn: sa.Connection,
    user: str,
    key: str,
    path: str,
    value: Any,
    version: int,
    pos: float | None,
    only_new: bool = False,
) -> None:
    stmt = _insert(conn)(app_fields).values(
        user=user, key=key, path=path, value=_dumps(value), version=version, pos=pos
    )
    index = [app_fields.c.user, app_fields.c.key, app_fields.c.path]
    if only_new:
        stmt = stmt.on_conflict_do_nothing(index_elements=index)
    else:
        stmt = stmt.on_conflict_do_update(
            index_elements=index,
            set_={"value": stmt.excluded.value, "version": stmt.excluded.version, "pos": stmt.excluded.pos},
        )
    conn.execute(stmt)


def migrate(
    conn: sa.Connection, user: str, key: str, version: int, lists: Iterable[str] = (), nested: Iterable[str] = ()
) -> bool:
    """Split a whole saved document (an `app_state` row) into field rows; True if there was one."""
    row = conn.execute(sa.select(app_state.c.value).where(_where(app_state, user, key))).first()
    if row is None:
        return False
    doc = json.loads(row[0])
    conn.execute(sa.delete(app_fields).where(_where(app_fields, user, key)))
    if isinstance(doc, dict):
        for path, value, pos in flatten(doc, lists, nested):
            _put(conn, user, key, path, value, version, pos)
    conn.execute(sa.delete(app_state).where(_where(app_state, user, key)))
    return True


def drop(conn: sa.Connection, user: str, key: str) -> None:
    """Before a whole value replaces a document: remove its field rows, and tell open pages (a new version)."""
    if conn.execute(sa.select(app_docs.c.version).where(_where(app_docs, user, key))).first() is not None:
        bump(conn, user, key)
        conn.execute(sa.delete(app_fields).where(_where(app_fields, user, key)))


def _stored_under(conn: sa.Connection, user: str, key: str, prefix: str) -> dict[str, tuple[int, Any]]:
    q = sa.select(app_fields.c.path, app_fields.c.version, app_fields.c.value).where(
        _where(app_fields, user, key), _under(prefix)
    )
    return {p: (int(v), json.loads(val)) for p, v, val in conn.execute(q)}


def _item_pos(conn: sa.Connection, user: str, key: str, prefix: str) -> float | None:
    q = (
        sa.select(app_fields.c.pos)
        .where(_where(app_fields, user, key), _under(prefix), app_fields.c.pos.is_not(None))
        .limit(1)
    )
    row = conn.execute(q).first()
    return None if row is None else float(row[0])


def _next_pos(conn: sa.Connection, user: str, key: str, name: str) -> float:
    q = sa.select(sa.func.max(app_fields.c.pos)).where(_where(app_fields, user, key), _under(name))
    top = conn.execute(q).scalar()
    return 0.0 if top is None else float(top) + 1.0


def apply(
    conn: sa.Connection,
    user: str,
    key: str,
    changes: list[tuple],
    seen: dict[str, int],
    synced: int,
    lists: Iterable[str] = (),
    nested: Iterable[str] = (),
) -> Outcome:
    """Apply changes to one document in the caller's transaction; see the module text.

    Changes: ("init", path, value) sets a field only if it has no row yet (a form's defaults,
    version 0: never typed); ("set", path, value, old); ("add", list, id, item);
    ("item", list, id, name, value, old, pos); ("del", list, id). `old` is the value the page had
    before its edit: a field stored with a newer version but that same value is no conflict.
    """
    version = bump(conn, user, key)
    stale = version - 1 > synced
    migrate(conn, user, key, version, lists, nested)
    conflicts: list[str] = []

    def changed(path: str, stored: tuple[int, Any] | None, old: Any = None, check_value: bool = False) -> bool:
        """Written elsewhere (not in this change) since the page saw it, to a value the page did not have."""
        if stored is None:
            return False
        ver, value = stored
        return version > ver > seen.get(path, synced) and not (check_value and value == old)

    for change in changes:
        op = change[0]
        if op == "init":
            _, path, value = change
            _put(conn, user, key, path, value, 0, None, only_new=True)
        elif op == "set":
            _, path, value, old = change
            if changed(path, _stored_under(conn, user, key, path).get(path), old, True):
                conflicts.append(path)
            _put(conn, user, key, path, value, version, None)
        elif op == "add":
            _, name, iid, item = change
            _put(conn, user, key, name, [], version, None, only_new=True)
            for path, value, pos in item_rows(name, iid, item, _next_pos(conn, user, key, name)):
                _put(conn, user, key, path, value, version, pos)
        elif op == "item":
            _, name, iid, leaf, value, old, pos_hint = change
            prefix, path = f"{name}{SEP}{iid}", f"{name}{SEP}{iid}{SEP}{leaf}"
            pos = _item_pos(conn, user, key, prefix)  # type: ignore[assignment]  # None handled just below
            if pos is None:  # deleted in another window: this edit brings the item back (last write wins)
                conflicts.append(path)
                pos = pos_hint if pos_hint is not None else _next_pos(conn, user, key, name)
                _put(conn, user, key, name, [], version, None, only_new=True)
            else:
                if changed(path, _stored_under(conn, user, key, prefix).get(path), old, True):
                    conflicts.append(path)
            _put(conn, user, key, path, value, version, pos)
        elif op == "del":
            _, name, iid = change
            prefix = f"{name}{SEP}{iid}"
            conflicts.extend(p for p, stored in _stored_under(conn, user, key, prefix).items() if changed(p, stored))
            conn.execute(sa.delete(app_fields).where(_where(app_fields, user, key), _under(prefix)))
        else:
            raise ValueError(f"unknown change {op!r}")
    return Outcome(version, conflicts, stale)
