"""Notices the output pages share: dates that have passed, results that are out of date, and the
download links of documents fit to send (Word, with sources in an appendix)."""

from __future__ import annotations

from datetime import date
from typing import Any

import ipywidgets as w

from advisor.app.views.common import Page, esc, html_widget
from advisor.core.dates import long_date
from advisor.core.i18n import lookup

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def out_t(page: Page, key: str, **values: Any) -> str:
    """A text of the output catalogue in the page's language; dates written out in full."""
    shown = {k: long_date(v, page.lang) if isinstance(v, date) else v for k, v in values.items()}
    text = lookup(key, page.lang)
    return text.format(**shown) if shown else text


def warning_html(page: Page, key: str, **values: Any) -> str:
    """A visible warning (not an error: it does not block)."""
    return f'<div class="fw-warn" role="status">⚠ {esc(out_t(page, key, **values))}</div>'


def stale_html(page: Page, reason: str | None) -> str:
    """The banner over a result that no longer matches the inputs ('inputs', 'error', 'lang')."""
    if not reason:
        return ""
    return f'<div class="fw-stale-note" role="status">⚠ {esc(out_t(page, "stale." + reason))}</div>'


def past_dates_html(page: Page, lines: list[str]) -> str:
    """A warning naming the dates in a drafted text that have already passed (dates of laws aside)."""
    from advisor.core.dates import past_dates

    found = list(dict.fromkeys(f.written for line in lines for f in past_dates(line)))
    return warning_html(page, "date.in_text_past", dates=", ".join(found)) if found else ""


class Freshness:
    """A result box and the banner above it: mark() dims the result and says why it is out of date."""

    def __init__(self, page: Page, *results: w.Widget) -> None:
        self.page = page
        self.results = results
        self.banner = html_widget("", "fw-status")
        self.banner.add_class("fw-stale-banner")
        self.reason: str | None = None

    def mark(self, reason: str | None) -> None:
        """Show the stale banner with its reason and mark the results stale; None clears both."""
        self.reason = reason
        self.banner.value = stale_html(self.page, reason)
        for r in self.results:
            if reason:
                r.add_class("fw-stale")
            else:
                r.remove_class("fw-stale")

    def clear(self) -> None:
        """Remove the stale banner and marks."""
        self.mark(None)


class InputWatch:
    """Keeps a page's result honest about the form it was made from.

    After a run, `made()` stamps the form's saved values and the language. Whenever the form changes
    (`refresh`), a result made from other values is marked out of date, and one beside a form with
    errors is marked and its `dangerous` parts (a deadline) are cleared; a result made in the other
    language is made again by `rerun`.
    """

    def __init__(
        self,
        page: Page,
        key: str,
        problems,
        fresh: Freshness,
        dangerous: tuple = (),  # noqa: ANN001
        rerun=None,
    ) -> None:  # noqa: ANN001 - callables of the page
        self.page, self.key, self.problems, self.fresh = page, key, problems, fresh
        self.dangerous, self.rerun = dangerous, rerun

    @property
    def _stamp_key(self) -> str:
        return f"{self.key}_made_from"

    def made(self) -> None:
        """Record that the result was just made from the form as it is now."""
        from advisor.app.steps.freshness import stamp

        self.page.ctx.save(self._stamp_key, stamp(self.page.ctx, self.key))
        self.fresh.clear()

    def refresh(self, has_result: bool) -> None:
        """Mark, clear or redo the result after the form or the language changed."""
        from advisor.app.steps.freshness import staleness

        if not has_result:
            self.fresh.clear()
            return
        reason = "error" if self.problems() else staleness(self.page.ctx.get(self._stamp_key), self.page.ctx, self.key)
        if reason == "lang" and self.rerun is not None:
            self.rerun()
            return
        self.fresh.mark(reason)
        if reason == "error":
            for widget in self.dangerous:
                widget.value = ""


__all__ = [
    "DOCX_MIME",
    "Freshness",
    "InputWatch",
    "long_date",
    "out_t",
    "past_dates_html",
    "stale_html",
    "warning_html",
]
