"""The Voilà app: one page per workbook, each a view bound to a step model.

A workbook notebook only does::

    from advisor.app import build
    from advisor.core.settings import Settings

    build("01-situasjon.ipynb", Settings())
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advisor.core.settings import Settings


def build(name: str, settings: Settings, user: str | None = None) -> Any:
    """The page widget of workbook `name` (slug or notebook file name) for the current user."""
    # Inside the function: the views pull in ipywidgets and the task modules, which importers of
    # `advisor.app` that only need a submodule (the CLI's serve command, the state store) do not.
    from advisor.app import warm
    from advisor.app.context import AppContext
    from advisor.app.logs import setup_logging
    from advisor.app.views import (
        after_refusal,
        agreement,
        arguments,
        followup,
        manager,
        proposal,
        rehearse,
        session_plan,
        situation,
        start,
        union,
        workshop,
    )
    from advisor.app.views.common import Page
    from advisor.app.workbooks import workbook

    views = {  # workbook slug -> its view
        "start": start,
        "situasjon": situation,
        "forslag": proposal,
        "argumenter": arguments,
        "innvendinger": rehearse,
        "avslag": after_refusal,
        "avtale": agreement,
        "oppfolging": followup,
        "hr": workshop,
        "verksted": session_plan,
        "tillitsvalgt": union,
        "leder": manager,
    }

    setup_logging(settings.data_dir)
    wb = workbook(name)
    view = views[wb.slug]
    if _preheating():
        warm.start(settings)  # the index and corpus load while the kernel waits for its request
    _wait_for_request()
    # Everything above is imports (what a preheated kernel does ahead of time); the user's saved
    # state is read only now, when the page is really requested, so it is never stale.
    ctx = AppContext.create(settings, user=user)
    root = Page(ctx, wb.slug, view.build).root
    warm.start(settings)  # after the page is built, so as not to slow it down; once per kernel
    return root


def _preheating() -> bool:
    """True in a kernel Voilà started ahead of time (it waits for a request before the page is built)."""
    import os

    return os.environ.get("VOILA_PREHEAT", "False") != "False"


def _wait_for_request() -> None:
    """In a Voilà preheated kernel: block here until a browser asks for the page (else return at once)."""
    if not _preheating():
        return
    from voila.utils import wait_for_request

    wait_for_request()
