"""Which of a rule's phrasings are in which language: the one reading of `en_from`.

A legal rule (advisor/data/legal_rules.json) or an advice card (advice_cards.json) lists the ways
people ask about it, bokmål first and English from index `en_from` on; without `en_from`, all are
bokmål. The rule matcher (advisor.answering.rules) and the ask page (advisor.app.steps.ask) both
split them here. Kept apart from rules.py so the page can use it without the matcher's imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def phrasings_in(rule: dict[str, Any], lang: str, per_phrasing: Sequence[Any] | None = None) -> list[Any]:
    """The rule's phrasings in `lang` ("en" or bokmål), in file order; with `per_phrasing` (one item per
    phrasing, such as its tokens), those items instead."""
    items = rule["phrasings"] if per_phrasing is None else per_phrasing
    en_from = int(rule.get("en_from", len(items)))
    return list(items[en_from:] if lang == "en" else items[:en_from])
