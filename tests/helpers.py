"""Checks shared by several test files."""

from __future__ import annotations

import re


def unsupported_refs(cited, passages) -> list[str]:
    """§ and decision numbers in rendered lines that none of the line's cited passages make."""
    from advisor.llm import unsupported_references
    from advisor.models import Claim, Support

    by_n = {c.n: c for c in cited.citations}
    found: list[str] = []
    for s in cited.sections:
        for line in s.lines:
            ns = [int(n) for n in re.findall(r"\[(\d+)\]", line)]
            claim = Claim(text=re.sub(r"\s*\[\d+\]", "", line),
                          support=[Support(passage_id=by_n[n].passage_id, quote=by_n[n].quote) for n in ns])
            found += [f"{r}: {line[:60]}" for r in unsupported_references(claim, passages)]
    return found
