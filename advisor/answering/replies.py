"""What a model must reply (JSON schemas) and how its replies are parsed into claims."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import AliasChoices, BaseModel, Field, ValidationError

from advisor.core.models import Claim, Support

if TYPE_CHECKING:
    pass


ABSTAIN_PHRASE = "kildene dekker ikke dette"


class _Citation(BaseModel):
    passage_id: str = Field(validation_alias=AliasChoices("passage_id", "id", "passage"))
    quote: str = Field(validation_alias=AliasChoices("quote", "sitat"))


class _Claim(BaseModel):
    text: str = Field(validation_alias=AliasChoices("text", "claim", "påstand"))
    citations: list[_Citation] = Field(default_factory=list, validation_alias=AliasChoices("citations", "support"))


class _ClaimsReply(BaseModel):
    claims: list[_Claim] = Field(default_factory=list)


class _Section(BaseModel):
    index: int
    claims: list[_Claim] = Field(default_factory=list)


class _SectionsReply(BaseModel):
    sections: list[_Section] = Field(default_factory=list)


_CITATION_SCHEMA = {
    "type": "object",
    "properties": {"passage_id": {"type": "string"}, "quote": {"type": "string"}},
    "required": ["passage_id", "quote"],
}


_CLAIM_SCHEMA = {
    "type": "object",
    "properties": {"text": {"type": "string"}, "citations": {"type": "array", "items": _CITATION_SCHEMA}},
    "required": ["text", "citations"],
}


CLAIMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"claims": {"type": "array", "items": _CLAIM_SCHEMA}},
    "required": ["claims"],
}


SECTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "sections": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"index": {"type": "integer"}, "claims": {"type": "array", "items": _CLAIM_SCHEMA}},
                "required": ["index", "claims"],
            },
        }
    },
    "required": ["sections"],
}


_THINK = re.compile(r"<think>.*?</think>", re.S | re.I)


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S | re.I)


class BadReply(ValueError):
    """The model's reply is not the JSON we asked for."""


def parse_json_reply(text: str) -> dict[str, Any]:
    """The JSON object in a model reply: reasoning and code fences stripped, prose around it ignored."""
    text = _THINK.sub("", text).strip()
    if m := _FENCE.search(text):
        text = m.group(1).strip()
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise BadReply("reply is not a JSON object")
    try:
        data = json.loads(text[start : end + 1])
    except json.JSONDecodeError as e:
        raise BadReply(f"reply is not valid JSON ({e.msg} at character {e.pos})") from None
    if not isinstance(data, dict):
        raise BadReply("reply is not a JSON object")
    return data


def _to_claims(raw: Sequence[_Claim]) -> list[Claim]:
    """Model claims as domain claims; a citation-less «kildene dekker ikke dette» is not a claim."""
    out = []
    for c in raw:
        if not c.citations and ABSTAIN_PHRASE in c.text.lower():
            continue
        out.append(Claim(text=c.text, support=[Support(passage_id=s.passage_id, quote=s.quote) for s in c.citations]))
    return out


def parse_claims(text: str) -> list[Claim]:
    """The claims of an answer reply; BadReply if it does not have the asked-for shape."""
    try:
        return _to_claims(_ClaimsReply.model_validate(parse_json_reply(text)).claims)
    except ValidationError as e:
        raise BadReply(f'reply does not have the shape {{"claims": [...]}} ({e.error_count()} errors)') from None


def parse_sections(text: str) -> dict[int, list[Claim]]:
    """The claims per section index of a refine reply; BadReply if the shape is wrong."""
    try:
        reply = _SectionsReply.model_validate(parse_json_reply(text))
    except ValidationError as e:
        raise BadReply(f'reply does not have the shape {{"sections": [...]}} ({e.error_count()} errors)') from None
    out: dict[int, list[Claim]] = {}
    for s in reply.sections:
        out.setdefault(s.index, []).extend(_to_claims(s.claims))
    return out
