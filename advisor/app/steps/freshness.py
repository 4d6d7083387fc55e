"""Is a saved result still the answer to what the user has typed now, in the language shown now?

A result (arguments, objections, agreement, refusal check) is saved with a fingerprint of the
inputs it was made from and the language it was written in. When the page is shown again, or after
an input changed or failed to check, the page compares: a result made in another language is made
again; a result made from other inputs is marked out of date, never shown as if it were current.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from advisor.app.context import AppContext

Staleness = Literal["lang", "inputs", "error"] | None  # error: the inputs changed and no longer check out


def fingerprint(*parts: Any) -> str:
    """A short stable hash of JSON-able values (the saved form values a result was made from)."""
    data = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def inputs_of(ctx: AppContext, *keys: str) -> str:
    """The fingerprint of the saved values under `keys` (e.g. 'situation', 'proposal')."""
    return fingerprint(*(ctx.get(k) for k in keys))


def stamp(ctx: AppContext, *keys: str) -> dict[str, str]:
    """What to save beside a result: the inputs' fingerprint and the language it is written in."""
    return {"inputs": inputs_of(ctx, *keys), "lang": ctx.lang}


def staleness(saved: dict[str, Any] | None, ctx: AppContext, *keys: str) -> Staleness:
    """None when the saved result matches today's inputs and language; else what changed.

    A result saved before results carried a stamp counts as made from other inputs.
    """
    if not saved:
        return None
    if saved.get("inputs") != inputs_of(ctx, *keys):
        return "inputs"
    if saved.get("lang", "nb") != ctx.lang:
        return "lang"
    return None


__all__ = ["Staleness", "fingerprint", "inputs_of", "staleness", "stamp"]
