"""UI texts of the app, one catalogue per language (advisor/messages/ui.<lang>.json)."""

from __future__ import annotations

from advisor.core import i18n

LANGUAGES = i18n.LANGUAGES
DEFAULT = i18n.DEFAULT_LANGUAGE


def catalogue(lang: str) -> dict[str, str]:
    """All UI texts of one language."""
    return i18n.catalogue(lang, "ui")


def ui(key: str, lang: str = DEFAULT, **values: object) -> str:
    """The UI text `key` in `lang` (falling back to bokmål), formatted with `values`."""
    try:
        text = i18n.lookup(key, lang, "ui")
    except KeyError:  # the output pages' own catalogue (output.<lang>.json) until all catalogues are merged
        text = i18n.lookup(key, lang, "output")
    return text.format(**values) if values else text


def has(key: str) -> bool:
    """True if the bokmål catalogue has `key`."""
    return key in catalogue(DEFAULT)
