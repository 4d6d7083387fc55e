"""Topics next to ours that the corpus does not cover (tax, holidays, pay, insurance, pensions, NAV benefits,
dismissal, working abroad): the one home for their names, where to ask instead, example questions and the
words that name them (advisor/data/outside_topics.json). Read by advisor.answering.scope (is a question
about one of them?) and advisor.answering.asks (do the passages found for it speak of it?).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def outside_data() -> dict[str, Any]:
    """The outside topics and the inside example questions, as stored."""
    text = resources.files("advisor.data").joinpath("outside_topics.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def topic_terms() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(topic index, pattern) for every topic that has naming words (none of them occurs in the corpus)."""
    return tuple(
        (i, re.compile(rf"\b(?:{topic['terms']})\b", re.IGNORECASE))
        for i, topic in enumerate(outside_data()["outside"])
        if topic.get("terms")
    )


def topic_id(index: int) -> str:
    """The id of the topic at this index ("skatt", "ferie" …)."""
    return outside_data()["outside"][index]["id"]
