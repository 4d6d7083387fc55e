"""The prompt files, and passages and documents fenced as data for a model."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from string import Template
from typing import TYPE_CHECKING

from advisor.core.models import Passage

if TYPE_CHECKING:
    pass


def prompt_names() -> list[str]:
    """The prompt files shipped in advisor/prompts, without the .md suffix."""
    files = resources.files("advisor.prompts").iterdir()
    return sorted(f.name[:-3] for f in files if f.name.endswith(".md"))


def render_prompt(name: str, **values: object) -> str:
    """Prompt `name` with its ${placeholders} filled in; a missing value is an error."""
    text = resources.files("advisor.prompts").joinpath(f"{name}.md").read_text(encoding="utf-8")
    return Template(text).substitute({k: str(v) for k, v in values.items()}).strip()


_ANGLE_RUN = re.compile(r"<{2,}|>{2,}")


def neutralise(text: str) -> str:
    """Replace runs of angle brackets so untrusted text cannot open or close a data block."""
    return _ANGLE_RUN.sub(lambda m: ("‹" if m.group()[0] == "<" else "›") * len(m.group()), text)


def fence(text: str, kind: str, **attrs: str) -> str:
    """Untrusted text as one delimited data block; nothing inside can end the block early."""
    header = "".join(f" {k}={json.dumps(neutralise(str(v)), ensure_ascii=False)}" for k, v in attrs.items())
    return f"<<<DATA type={kind}{header}>>>\n{neutralise(text).strip()}\n<<<END DATA>>>"


def passage_blocks(passages: Sequence[Passage]) -> str:
    """The passages the model may cite, one data block each, with id and reference."""
    return "\n\n".join(fence(p.text, "passage", id=p.id, ref=p.ref) for p in passages)


def document_blocks(documents: Mapping[str, str] | None) -> str:
    """The user's own texts (a refusal letter, an uploaded document) as data blocks, or '(ingen)'."""
    if not documents:
        return "(ingen)"
    return "\n\n".join(fence(text, "document", name=name) for name, text in documents.items())


def _language_rule(lang: str) -> str:
    if lang == "en":
        return (
            "Skriv påstandene («text») på engelsk, men la sitatene («quote») stå ordrett på originalspråket i kilden."
        )
    return "Skriv påstandene på norsk bokmål."
