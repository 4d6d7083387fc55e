"""Checks shared by several test files."""

from __future__ import annotations

import re
from pathlib import Path

from flexwork_bench import loadtest

# The browser every end-to-end test drives, as the load test does: Debian's Chromium, offline, without
# sandbox or GPU (one list of flags, flexwork_bench/loadtest.py).
CHROMIUM = Path(loadtest.CHROMIUM)
ARGS = loadtest.CHROMIUM_FLAGS


def unsupported_refs(cited, passages) -> list[str]:
    """§ and decision numbers in rendered lines that none of the line's cited passages make."""
    from advisor.answering.cite import unsupported_references
    from advisor.core.models import Claim, Support

    by_n = {c.n: c for c in cited.citations}
    found: list[str] = []
    for s in cited.sections:
        for line in s.lines:
            ns = [int(n) for n in re.findall(r"\[(\d+)\]", line)]
            claim = Claim(
                text=re.sub(r"\s*\[\d+\]", "", line),
                support=[Support(passage_id=by_n[n].passage_id, quote=by_n[n].quote) for n in ns],
            )
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


def tick(box, checked: bool = True) -> None:  # noqa: ANN001 - a Playwright locator of an <input type=checkbox>
    """Tick (or untick) a checkbox in a served page by clicking its input, then wait until it shows so.

    Call it once the page has settled after what was done before (the precondition is the caller's:
    the typed value saved and its problem line gone, a model switch shown). A click is a press and a
    release; Playwright checks only that the press lands on the box. When the layout moves between the
    two (a problem line under a field above goes away as the kernel catches up with the typing, a section
    above is hidden), the release lands elsewhere, the browser gives the click to the common parent and
    the box stays as it was — what `.check()` then reports as "did not change its state".
    """
    from playwright.sync_api import expect

    expect(box).to_be_enabled()
    expect(box).to_be_checked(checked=not checked)  # the click is what changes it
    box.click()
    expect(box).to_be_checked(checked=checked)


def choose_model(page, texts: dict[str, str], model: str) -> None:  # noqa: ANN001 - a Playwright page
    """Choose a proposal model on 02 Forslag and wait until the page has switched to it.

    The day boxes show under the default model (hybrid) too, above them the hours section that another
    model hides: the model's help line is the last thing the kernel changes, so once it shows, the
    sections are where they stay.
    """
    page.locator(".fw-model button", has_text=texts[f"model.{model}"]).click()
    page.get_by_text(texts[f"model.{model}.help"], exact=True).wait_for()


def leave(root) -> None:  # noqa: ANN001 - an ipywidgets tree
    """Focus leaves the text field one typed in (Tab, a click elsewhere): what the page template
    does in a browser, by clicking the page's hidden `fw-leave-check` button."""
    find(root, "fw-leave-check").click()
