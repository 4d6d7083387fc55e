"""Message catalogues per language (advisor/messages/<lang>.json), loaded with importlib.resources."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All messages of one language."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    text = resources.files("advisor.messages").joinpath(f"{lang}.json").read_text(encoding="utf-8")
    return json.loads(text)


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The message `key` in `lang` (falling back to bokmål), formatted with `values`."""
    text = catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE).get(key)
    if text is None:
        raise KeyError(f"no message {key!r}")
    return text.format(**values) if values else text
