"""Message catalogues per language (advisor/messages/[<name>.]<lang>.json), loaded with importlib.resources.

The advisor's messages are `nb.json`/`en.json`; the app's UI texts are `ui.nb.json`/`ui.en.json`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"


@cache
def catalogue(lang: str, name: str = "") -> dict[str, str]:
    """All messages of one language in catalogue `name` ("" = the advisor's, "ui" = the app's)."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    folder = resources.files("advisor.messages")
    filename = f"{name}.{lang}.json" if name else f"{lang}.json"
    messages = json.loads(folder.joinpath(filename).read_text(encoding="utf-8"))
    if not name:  # the answers' own texts (advisor/messages/answers.<lang>.json) join the advisor's catalogue
        extras = [f"answers.{lang}.json"]
    elif name == "ui":  # the app's texts: ui.<lang>.json and every other <feature>.<lang>.json
        extras = sorted(f.name for f in folder.iterdir() if f.name.endswith(f".{lang}.json")
                        and f.name not in (filename, f"{lang}.json", f"answers.{lang}.json"))
    else:
        extras = []
    for extra_file in extras:
        extra = json.loads(folder.joinpath(extra_file).read_text(encoding="utf-8"))
        clash = set(extra) & set(messages)
        if clash:
            raise ValueError(f"message keys defined twice ({extra_file}): {sorted(clash)}")
        messages |= extra
    return messages


def lookup(key: str, lang: str = DEFAULT_LANGUAGE, name: str = "") -> str:
    """The raw message `key` in `lang`, falling back to bokmål; KeyError if neither has it."""
    text = catalogue(lang, name).get(key) or catalogue(DEFAULT_LANGUAGE, name).get(key)
    if text is None:
        raise KeyError(f"no message {key!r} in catalogue {name or 'advisor'!r}")
    return text


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The advisor message `key` in `lang`, formatted with `values`."""
    text = lookup(key, lang)
    return text.format(**values) if values else text
