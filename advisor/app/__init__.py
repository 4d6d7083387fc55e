"""The Voilà app: one page per workbook, each a view bound to a step model.

A workbook notebook only does::

    from advisor.app import build
    from advisor.core.settings import Settings

    build("01-situasjon.ipynb", Settings())
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

    from advisor.core.settings import Settings


def build(name: str, settings: Settings, user: str | None = None) -> Any:
    """The page widget of workbook `name` (slug or notebook file name) for the current user."""
    # Inside the function: the views pull in ipywidgets and the task modules, which importers of
    # `advisor.app` that only need a submodule (the CLI's serve command, the state store) do not.
    from advisor.app import warm
    from advisor.app.context import AppContext
    from advisor.app.logs import setup_logging
    from advisor.app.views.common import Page
    from advisor.app.workbooks import workbook

    setup_logging(settings.data_dir)
    wb = workbook(name)
    view = page_view(wb.slug)
    if wb.searches and _preheating():
        warm.start(settings)  # the index and corpus load while the kernel waits for its request
    _wait_for_request()
    # Everything above is imports (what a preheated kernel does ahead of time); the user's saved
    # state is read only now, when the page is really requested, so it is never stale.
    ctx = AppContext.create(settings, user=user)
    root = Page(ctx, wb.slug, view.build).root
    if wb.searches:  # a page that never searches has nothing to warm (0.2 s CPU, 20 MB a kernel)
        warm.start(settings)  # after the page is built, so as not to slow it down; once per kernel
    return root


def page_view(slug: str) -> ModuleType:
    """The view module of workbook `slug`, imported only now.

    Each page gets a kernel of its own, so a kernel imports its own page's view and nothing else:
    importing all twelve (the refusal reader and its numpy classifier among them) cost every new
    page's kernel 0.3-0.5 s more CPU, which 20 people arriving at once pay 40 times over on two
    cores (docs/scaling.md, "The load test at 31.6 s"). Plain imports, one per page, so that the
    layer checks see them; tests/test_app_start_imports.py keeps the other views out.
    """
    if slug == "start":
        from advisor.app.views import start

        return start
    if slug == "situasjon":
        from advisor.app.views import situation

        return situation
    if slug == "forslag":
        from advisor.app.views import proposal

        return proposal
    if slug == "argumenter":
        from advisor.app.views import arguments

        return arguments
    if slug == "innvendinger":
        from advisor.app.views import rehearse

        return rehearse
    if slug == "avslag":
        from advisor.app.views import after_refusal

        return after_refusal
    if slug == "avtale":
        from advisor.app.views import agreement

        return agreement
    if slug == "oppfolging":
        from advisor.app.views import followup

        return followup
    if slug == "spor":
        from advisor.app.views import ask

        return ask
    if slug == "hr":
        from advisor.app.views import workshop

        return workshop
    if slug == "verksted":
        from advisor.app.views import session_plan

        return session_plan
    if slug == "tillitsvalgt":
        from advisor.app.views import union

        return union
    if slug == "leder":
        from advisor.app.views import manager

        return manager
    raise KeyError(slug)


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
