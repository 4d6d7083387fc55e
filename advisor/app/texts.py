"""UI texts of the app, one catalogue per language (advisor/messages/ui.<lang>.json)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

LANGUAGES = ("nb", "en")
DEFAULT = "nb"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All UI texts of one language."""
    if lang not in LANGUAGES:
        lang = DEFAULT
    text = resources.files("advisor.messages").joinpath(f"ui.{lang}.json").read_text(encoding="utf-8")
    return json.loads(text)


def ui(key: str, lang: str = DEFAULT, **values: object) -> str:
    """The UI text `key` in `lang` (falling back to bokmål), formatted with `values`."""
    text = catalogue(lang).get(key) or catalogue(DEFAULT).get(key)
    if text is None:
        raise KeyError(f"no UI text {key!r}")
    return text.format(**values) if values else text


def has(key: str) -> bool:
    return key in catalogue(DEFAULT)
