"""Checks shared by several test files."""

from __future__ import annotations

import re


def unsupported_refs(cited, passages) -> list[str]:
    """§ and decision numbers in rendered lines that none of the line's cited passages make."""
    from advisor.answering.cite import unsupported_references
    from advisor.core.models import Claim, Support

    by_n = {c.n: c for c in cited.citations}
    found: list[str] = []
    for s in cited.sections:
        for line in s.lines:
            ns = [int(n) for n in re.findall(r"\[(\d+)\]", line)]
            claim = Claim(text=re.sub(r"\s*\[\d+\]", "", line),
                          support=[Support(passage_id=by_n[n].passage_id, quote=by_n[n].quote) for n in ns])
            found += [f"{r}: {line[:60]}" for r in unsupported_references(claim, passages)]
    return found


def walk(widget):
    """A widget and all its descendants, depth first."""
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from walk(child)


def find(root, css: str):
    """The first widget below `root` that carries the CSS class `css` (fails the test if none)."""
    hits = [x for x in walk(root) if css in getattr(x, "_dom_classes", ())]
    assert hits, css
    return hits[0]


def html_of(root) -> str:
    """The markup of every HTML widget below `root`."""
    import ipywidgets as w

    return "\n".join(x.value for x in walk(root) if isinstance(x, w.HTML))
