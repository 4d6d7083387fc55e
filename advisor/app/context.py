"""Who is using the app, in which language, and where their things are saved.

One AppContext per page (kernel). It holds the one Settings object, the StateStore and the user,
and is handed to every step model; models never look anything up globally.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advisor.app.state import StateStore
from advisor.core.settings import Settings

LOCAL_PROFILE = "lokal"
PREFS = "prefs"


def current_user() -> str:
    """JUPYTERHUB_USER when served by JupyterHub, else the local profile (FLEXWORK_PROFILE or 'lokal')."""
    # A blank variable counts as unset (it would otherwise become the empty user name).
    for name in (os.environ.get("JUPYTERHUB_USER"), os.environ.get("FLEXWORK_PROFILE")):
        if name and name.strip():
            return name.strip()
    return LOCAL_PROFILE


def hub_workshop_code() -> str:
    """The workshop code of the hub this server belongs to (`flexwork workshop` sets it), else ''."""
    return (os.environ.get("FLEXWORK_WORKSHOP_CODE") or "").strip()


def user_slug(user: str) -> str:
    """A file-system-safe folder name for the user's files, a different one for every user name.

    A plain lower-case name ('kari', 'ola.nordmann') is its own folder. Any other name gets a
    readable part and a hash of the exact name, after a leading '_' that no plain name has, so
    '../kari', 'kari/', '_kari', 'Kari' (on a case-insensitive disk) or 'kari@x.no' vs 'kari_x.no'
    never share, or delete, each other's folder.
    """
    readable = re.sub(r"[^a-z0-9._-]+", "_", user.lower()).strip("._")[:60] or "user"
    if readable == user:
        return user
    digest = hashlib.sha256(user.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"_{readable}-{digest}"


@dataclass
class AppContext:
    """Settings, saved state and the user, shared by the models of one page."""

    settings: Settings
    store: StateStore
    user: str
    _prefs: dict[str, Any] = field(default_factory=dict)
    # The documents this page shows for editing (checked when the page gets focus), and who to tell
    # when one of them turns out to have been changed in another window.
    docs: list[Any] = field(default_factory=list)
    listeners: list[Callable[[Any], None]] = field(default_factory=list)

    @classmethod
    def create(cls, settings: Settings, user: str | None = None, store: StateStore | None = None) -> AppContext:
        """The context of a user (by default the current one), with their saved preferences loaded."""
        ctx = cls(settings=settings, store=store or StateStore.from_settings(settings), user=user or current_user())
        ctx._prefs = ctx.get(PREFS, {}) or {}
        return ctx

    # -- saved values ---------------------------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        """A value saved for this user, or `default`."""
        return self.store.get(self.user, key, default)

    def save(self, key: str, value: Any) -> None:
        """Save a value for this user (the whole document under `key`)."""
        self.store.save(self.user, key, value)

    def merge(self, key: str, **values: Any) -> None:
        """Save some top-level fields of a document, leaving the others as stored (last write wins)."""
        changes = [("set", name, value, None) for name, value in values.items()]
        self.store.patch(self.user, key, changes, {}, 1 << 62)

    # -- other windows ---------------------------------------------------------------------------

    def watch(self, doc: Any) -> Any:
        """Check this document for changes made elsewhere when the page gets focus."""
        if all(d is not doc for d in self.docs):
            self.docs.append(doc)
        return doc

    def elsewhere(self, doc: Any) -> None:
        """A document of this page was changed in another window: tell the page."""
        for fn in list(self.listeners):
            fn(doc)

    def changed_elsewhere(self) -> list[Any]:
        """The watched documents that another window changed since this page loaded or saved them."""
        stale = [d for d in self.docs if d.check_elsewhere()]
        for d in stale:
            self.elsewhere(d)
        return stale

    # -- preferences ----------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        """The page language: the saved preference, else the settings' language (nb or en)."""
        lang = self._prefs.get("lang") or self.settings.language
        return lang if lang in ("nb", "en") else "nb"

    @lang.setter
    def lang(self, value: str) -> None:
        if value not in ("nb", "en"):
            raise ValueError(value)
        self._set_pref("lang", value)

    @property
    def role(self) -> str | None:
        """The role chosen on the start page, or None."""
        return self._prefs.get("role")

    @role.setter
    def role(self, value: str | None) -> None:
        self._set_pref("role", value)

    def reload_prefs(self) -> None:
        """Read the preferences again (after an import replaced them)."""
        self._prefs = self.get(PREFS, {}) or {}

    def _set_pref(self, name: str, value: Any) -> None:
        self._prefs = {**(self.get(PREFS, {}) or {}), name: value}
        self.save(PREFS, self._prefs)

    def settings_in_language(self) -> Settings:
        """The settings with the user's chosen language (drafts and headings follow it)."""
        if self.settings.language == self.lang:
            return self.settings
        return self.settings.model_copy(update={"language": self.lang})

    # -- files ----------------------------------------------------------------------------------

    @property
    def user_dir(self) -> Path:
        """Exports and uploads of this user: <data_dir>/users/<user>/."""
        return Path(self.settings.data_dir) / "users" / user_slug(self.user)

    def delete_everything(self) -> int:
        """Forget the user: saved state, workshop contributions and files. Returns DB rows removed."""
        removed = self.store.delete(self.user)
        shutil.rmtree(self.user_dir, ignore_errors=True)
        self._prefs = {}
        return removed
