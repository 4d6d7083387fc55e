"""UI texts of the app: the app's keys in the one message catalogue (advisor.core.i18n)."""

from __future__ import annotations

from advisor.core import i18n

LANGUAGES = i18n.LANGUAGES
DEFAULT = i18n.DEFAULT_LANGUAGE


def catalogue(lang: str) -> dict[str, str]:
    """All texts of one language (every catalogue file merged)."""
    return i18n.catalogue(lang)


def ui(key: str, lang: str = DEFAULT, **values: object) -> str:
    """The UI text `key` in `lang` (falling back to bokmål), formatted with `values`."""
    return i18n.t(key, lang, **values)


def has(key: str) -> bool:
    """True if the bokmål catalogue has `key`."""
    return i18n.has(key)
