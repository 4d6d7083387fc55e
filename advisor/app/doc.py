"""A page's copy of one saved document, which saves only what the page changed.

A model keeps `values` as the user typed them (and, for each list, the ids of its items in
`ids`). `save()` compares them with what was last loaded or saved and sends only the
differences to the store (advisor.app.fields): changed fields, one field of one list item,
items added or deleted by id. Two pages (tabs, devices) editing different fields of the same
document therefore both keep their text. When a change meets a field that another page changed
since this page saw it (or the document changed at all), the change is still saved (last write
wins) and the page is told through `ctx.elsewhere(...)`, so it can say "changed in another
window — reload".
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, ClassVar

from advisor.app.fields import SEP, Outcome, new_id

if TYPE_CHECKING:
    from advisor.app.context import AppContext

_MISSING = object()


def _merge(default: Any, saved: Any) -> Any:
    """Saved values over defaults, dict by dict (for nested documents such as a policy's points)."""
    if isinstance(default, dict) and isinstance(saved, dict):
        return {**default, **{k: _merge(default.get(k, _MISSING), v) for k, v in saved.items()}}
    return saved


class SavedDoc:
    """Values of one document (`key`), saved field by field; see the module text."""

    key: str  # set per class; an instance may get its own
    defaults: ClassVar[dict[str, Any]]
    item_defaults: ClassVar[dict[str, dict[str, Any]]] = {}  # the list fields, and a new item's fields
    nested: ClassVar[tuple[str, ...]] = ()  # dict fields saved leaf by leaf

    def __init__(self, ctx: AppContext, key: str | None = None) -> None:
        self.ctx = ctx
        if key:
            self.key = key
        snap = ctx.store.load_doc(ctx.user, self.key, self.lists, self.nested)
        self._seen: dict[str, int] = dict(snap.versions)
        self._synced = snap.version
        self._stored = {name for name in snap.values if name in self.defaults}
        self._pos = dict(snap.positions)
        self.values: dict[str, Any] = copy.deepcopy(self.defaults)
        self.ids: dict[str, list[str]] = {name: [] for name in self.lists}
        for name, value in snap.values.items():
            if name not in self.defaults:
                continue
            if name in self.item_defaults:
                if isinstance(value, list):
                    empty = self.item_defaults[name]
                    self.values[name] = [{**copy.deepcopy(empty), **v} if isinstance(v, dict) else v for v in value]
                    self.ids[name] = list(snap.ids.get(name, []))[: len(value)]
                    self.ids[name] += [new_id() for _ in range(len(value) - len(self.ids[name]))]
            elif name in self.nested:
                self.values[name] = _merge(self.defaults[name], value)
            else:
                self.values[name] = value
        self._base = copy.deepcopy(self.values)
        self._base_ids = copy.deepcopy(self.ids)
        self.conflicts: list[str] = []  # fields this page overwrote after another page changed them
        self.stale = False  # the saved document changed elsewhere after this page loaded it

    @property
    def lists(self) -> tuple[str, ...]:
        """The names of the page's list fields."""
        return tuple(self.item_defaults)

    # -- saving ------------------------------------------------------------------------------------

    def _changes(self) -> list[tuple]:
        changes: list[tuple] = []
        for name in self.defaults:
            if name not in self._stored:  # the field's default, unless another page saved it already
                if name in self.lists:
                    changes.append(("init", name, []))
                elif name in self.nested:
                    changes.extend(("init", *leaf) for leaf in _leaves(name, self._base[name]))
                else:
                    changes.append(("init", name, self._base[name]))
            if name in self.lists:
                self._list_changes(name, changes)
            elif name in self.nested:
                _nested_changes(name, self._base[name], self.values[name], changes)
            elif self.values[name] != self._base[name]:
                changes.append(("set", name, copy.deepcopy(self.values[name]), self._base[name]))
        return changes

    def _list_changes(self, name: str, changes: list[tuple]) -> None:
        items, ids = self.values[name], self.ids[name]
        if len(ids) != len(items):  # items appended without an id: give them one
            ids[:] = ids[: len(items)] + [new_id() for _ in range(len(items) - len(ids))]
        before = dict(zip(self._base_ids[name], self._base[name], strict=True))
        for iid in before:
            if iid not in ids:
                changes.append(("del", name, iid))
        for iid, item in zip(ids, items, strict=True):
            old = before.get(iid, _MISSING)
            if old is _MISSING:
                changes.append(("add", name, iid, copy.deepcopy(item)))
            elif isinstance(item, dict) and isinstance(old, dict):
                pos = self._pos.get(f"{name}{SEP}{iid}")
                changes.extend(
                    ("item", name, iid, k, copy.deepcopy(v), old.get(k), pos)
                    for k, v in item.items()
                    if old.get(k, _MISSING) != v
                )
            elif item != old:
                changes.extend([("del", name, iid), ("add", name, iid, copy.deepcopy(item))])

    def save(self) -> Outcome | None:
        """Send what changed since the last load or save; None if nothing did."""
        changes = self._changes()
        if not changes:
            return None
        out = self.ctx.store.patch(self.ctx.user, self.key, changes, self._seen, self._synced, self.lists, self.nested)
        for change in changes:
            op = change[0]
            if op == "set":
                self._seen[change[1]] = out.version
            elif op == "item":
                self._seen[SEP.join(change[1:4])] = out.version
            elif op in ("add", "del"):
                prefix = f"{change[1]}{SEP}{change[2]}"
                for path in [p for p in self._seen if p == prefix or p.startswith(prefix + SEP)]:
                    del self._seen[path]
                if op == "add":
                    item = change[3]
                    leaves = [f"{prefix}{SEP}{k}" for k in item] if isinstance(item, dict) and item else [prefix]
                    self._seen.update(dict.fromkeys(leaves, out.version))
        self._synced = out.version
        self._stored = set(self.defaults)
        self._base = copy.deepcopy(self.values)
        self._base_ids = copy.deepcopy(self.ids)
        if out.conflicts or out.stale:
            self.stale = True
            self.conflicts.extend(out.conflicts)
            self.ctx.elsewhere(self)
        return out

    def check_elsewhere(self) -> bool:
        """Whether the saved document changed elsewhere since this page loaded (or last saved) it."""
        if self.ctx.store.doc_version(self.ctx.user, self.key) > self._synced:
            self.stale = True
        return self.stale

    def set_default(self, name: str, value: Any) -> None:
        """A default worked out on the page (saved with the first change, unless another page saved one)."""
        if name not in self._stored:
            self.values[name] = value
            self._base[name] = copy.deepcopy(value)

    # -- list items, by id ---------------------------------------------------------------------------

    def item_id(self, list_name: str, ref: int | str) -> str:
        """The id of an item given by id, or by its place in this page's list."""
        ids = self.ids[list_name]
        if isinstance(ref, str):
            if ref not in ids:
                raise KeyError(ref)
            return ref
        return ids[ref]

    def index_of(self, list_name: str, ref: int | str) -> int:
        """The current position in a list of the item given by id or position."""
        return self.ids[list_name].index(self.item_id(list_name, ref))

    def append_item(self, list_name: str, item: Any) -> str:
        """Add an item at the end of a list on this page; returns its new id."""
        iid = new_id()
        self.values[list_name].append(item)
        self.ids[list_name].append(iid)
        return iid

    def sort_items(self, list_name: str, key: Any) -> None:
        """Sort a list on this page (its saved order is the order items were added in)."""
        pairs = sorted(zip(self.values[list_name], self.ids[list_name], strict=True), key=lambda p: key(p[0]))
        self.values[list_name] = [v for v, _ in pairs]
        self.ids[list_name] = [i for _, i in pairs]


def _leaves(path: str, value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict) and value:
        return [leaf for k, v in value.items() for leaf in _leaves(f"{path}{SEP}{k}", v)]
    return [(path, value)]


def _nested_changes(path: str, old: Any, new: Any, changes: list[tuple]) -> None:
    if isinstance(old, dict) and isinstance(new, dict) and new:
        for k, v in new.items():
            _nested_changes(f"{path}{SEP}{k}", old.get(k, _MISSING), v, changes)
    elif old != new:
        changes.append(("set", path, copy.deepcopy(new), None if old is _MISSING else old))
