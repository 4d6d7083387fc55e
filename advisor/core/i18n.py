"""The one loader of user-facing texts: every `advisor/messages/<name>.<lang>.json` file.

Each file is a flat `{key: text}` object for one language. All files of a language are merged into
one catalogue; a key defined in two files is an error (so two people adding texts in their own
files cannot silently overwrite each other). Keys starting with `_` are comments and are skipped.
A text missing in English falls back to bokmål.

Files: `advice` (the advisor's answers and notices), `ui` (the app), `cli` (the command line),
`agreement` (agreement drafts, gap report, export labels), `objections` (the objections draft);
add your own pair for new texts.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"


class DuplicateMessage(ValueError):
    """The same message key is defined in two catalogue files."""


def merge_catalogues(files: dict[str, dict[str, str]]) -> dict[str, str]:
    """Merge `{file name: {key: text}}` into one catalogue; DuplicateMessage if a key is in two files."""
    merged: dict[str, str] = {}
    where: dict[str, str] = {}
    for name in sorted(files):
        for key, text in files[name].items():
            if key.startswith("_"):
                continue
            if key in merged:
                raise DuplicateMessage(f"message {key!r} is defined in both {where[key]} and {name}")
            merged[key] = text
            where[key] = name
    return merged


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All messages of one language, merged from every `*.<lang>.json` file in advisor/messages."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    folder = resources.files("advisor.messages")
    files = {
        f.name: json.loads(f.read_text(encoding="utf-8")) for f in folder.iterdir() if f.name.endswith(f".{lang}.json")
    }
    return merge_catalogues(files)


def lookup(key: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The raw message `key` in `lang`, falling back to bokmål; KeyError if neither has it."""
    text = catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE).get(key)
    if text is None:
        raise KeyError(f"no message {key!r}")
    return text


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The message `key` in `lang`, formatted with `values`."""
    text = lookup(key, lang)
    return text.format(**values) if values else text


def has(key: str) -> bool:
    """True if the bokmål catalogue has `key`."""
    return key in catalogue(DEFAULT_LANGUAGE)
