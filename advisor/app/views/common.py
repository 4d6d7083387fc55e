"""The frame every workbook page shares, and small widget helpers.

All text that comes from a user or a document goes through `esc` before it reaches an HTML
widget: nothing typed is ever rendered as markup.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from functools import wraps
from typing import Any

import ipywidgets as w

from advisor.app.context import AppContext
from advisor.app.logs import log_failure
from advisor.app.steps.base import NeedsInput, Problem
from advisor.app.texts import has, ui
from advisor.app.workbooks import WORKBOOKS, workbook
from advisor.core.i18n import catalogue

CSS = """
<style>
.fw-app { font-size: 15px; line-height: 1.45; box-sizing: border-box; padding: 0 12px; }
.fw-app * { box-sizing: border-box; }
/* widgets are 100 % wide; their default side margins would push them 2 px past their box */
.fw-app .lm-Widget { margin-left: 0 !important; margin-right: 0 !important; max-width: 100%; }
.fw-app h1 { font-size: 1.7em; margin: 0.3em 0 0.2em 0; }
.fw-app h2 { font-size: 1.3em; margin: 1.0em 0 0.3em 0; }
.fw-app h3 { font-size: 1.1em; margin: 0.8em 0 0.2em 0; }
.fw-app .widget-html-content, .fw-app .widget-html { overflow-wrap: anywhere; white-space: normal; }
.fw-app .widget-html, .fw-app .widget-html-content { width: 100%; }
.fw-app a { color: #0b4f8a; text-decoration: underline; }
.fw-app a.fw-marker { text-decoration: none; }
.fw-nav a { margin-right: 0.9em; white-space: nowrap; display: inline-block; }
.fw-nav a[aria-current="page"] { font-weight: bold; text-decoration: none; }
.fw-disclaimer { border-left: 4px solid #b35900; background: #fff4e5; padding: 6px 10px; margin: 6px 0; }
.fw-note { color: #444; }
.fw-optional { border: 1px dashed #888; padding: 6px 10px; border-radius: 4px; }
.fw-field.widget-inline-hbox { flex-wrap: wrap; height: auto; }
.fw-field > .widget-label { width: 100% !important; max-width: none !important; text-align: left !important;
  white-space: normal !important; overflow: visible !important; line-height: 1.3; margin-bottom: 2px; }
.fw-field > input, .fw-field > textarea, .fw-field > select { flex: 1 1 100%; min-width: 0; }
.fw-field textarea { min-height: 4.5em; }
.fw-error { color: #b00020; font-weight: 600; min-height: 0; }
.fw-ok { color: #1b6e20; font-weight: 600; }
.fw-info { color: #0b4f8a; }
.fw-status:empty { display: none; }
/* a one-line field's problem line keeps its room when empty: nothing below moves when it comes or goes */
.fw-app .fw-reserve { min-height: 1.5em; }
.fw-app .fw-reserve .widget-html-content { line-height: 1.5em; }
.fw-card { border: 1px solid #ccc; border-radius: 6px; padding: 6px 10px; margin: 4px 0; }
.fw-badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 0.85em; margin-left: 6px; }
.fw-verified { background: #e3f4e4; color: #1b5e20; border: 1px solid #1b5e20; }
.fw-unverified-quote { background: #fde8e8; color: #8a1c1c; border: 1px solid #8a1c1c; }
.fw-unverified { background: #fff4e5; color: #7a3d00; border: 1px solid #b35900; }
.fw-citation { margin: 4px 0; border-left: 3px solid #bbb; padding-left: 8px; }
.fw-citation:target { background: #fffbd6; }
.fw-citation summary { cursor: pointer; }
.fw-citation blockquote { margin: 4px 0 4px 12px; font-style: italic; }
.fw-marker { text-decoration: none; font-weight: 600; }
.fw-draft p { margin: 0.25em 0; }
.fw-reframes { display: flex; flex-wrap: wrap; gap: 8px; }
.fw-reframe { display: flex; flex-wrap: wrap; gap: 8px; width: 100%; border: 1px solid #ddd; border-radius: 6px; padding: 6px; }
.fw-reframe > div { flex: 1 1 260px; min-width: 0; }
.fw-before { background: #f6f6f6; }
.fw-after { background: #eef7ee; }
.fw-chat { border: 1px solid #ddd; border-radius: 6px; padding: 6px; }
.fw-turn { margin: 6px 0; padding: 6px 10px; border-radius: 8px; max-width: 90%; }
.fw-manager { background: #f1f1f8; }
.fw-me { background: #e8f4ff; margin-left: auto; }
.fw-coach { background: #fff8e1; border-left: 3px solid #c79100; }
.fw-table { border-collapse: collapse; }
.fw-table td, .fw-table th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; }
.fw-download { display: inline-block; padding: 4px 12px; border: 1px solid #0b4f8a; border-radius: 4px;
  margin: 4px 8px 4px 0; text-decoration: none; }
.fw-row { flex-wrap: wrap; gap: 6px; align-items: flex-end; }
.fw-app .widget-button, .fw-app .jupyter-button { height: auto; min-height: 28px; white-space: normal; }
.fw-app .widget-toggle-buttons { flex-wrap: wrap; height: auto; }
.fw-app .widget-toggle-buttons .widget-toggle-button { width: auto; min-width: 90px; }
.fw-app :focus-visible { outline: 3px solid #1a73e8 !important; outline-offset: 1px; }
/* typed text in the page's own font, not monospace; drop-downs as wide as the text boxes */
.fw-app textarea, .fw-app input, .fw-app select { font-family: inherit; font-size: inherit; }
.fw-app .widget-dropdown { width: 100%; flex-wrap: wrap; height: auto; }
.fw-app .widget-dropdown > select { flex: 1 1 100%; min-width: 0; width: 100%; }
.fw-warn { color: #7a3d00; background: #fff4e5; border-left: 4px solid #b35900; padding: 4px 8px; margin: 2px 0; }
.fw-stale-note { color: #7a3d00; background: #fff4e5; border: 1px solid #b35900; padding: 6px 10px; border-radius: 4px; }
.fw-app .fw-stale { opacity: 0.5; }
.fw-sources > summary { cursor: pointer; font-weight: 600; }
.fw-busy { display: flex; align-items: center; gap: 8px; }
.fw-spinner { width: 16px; height: 16px; flex: none; border: 3px solid #c6d7ea; border-top-color: #0b4f8a;
  border-radius: 50%; animation: fw-spin 0.9s linear infinite; }
@keyframes fw-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .fw-spinner { animation-duration: 3s; } }
.fw-elsewhere { margin: 6px 0; }
</style>
"""

FULL = w.Layout(width="100%")


def esc(text: Any) -> str:
    """HTML-escape anything shown from user input or documents."""
    return html.escape("" if text is None else str(text), quote=True)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are made clickable."""
    u = (url or "").strip()
    return u if u.startswith(("https://", "http://")) else None


def html_widget(value: str = "", *classes: str) -> w.HTML:
    widget = w.HTML(value=value, layout=w.Layout(width="100%"))
    for c in classes:
        widget.add_class(c)
    return widget


def download_html(data: bytes, filename: str, mime: str, label: str) -> str:
    """A link that downloads `data` (a data: URI, so it works behind any proxy, with no files served)."""
    b64 = base64.b64encode(data).decode("ascii")
    return f'<a class="fw-download" download="{esc(filename)}" href="data:{esc(mime)};base64,{b64}">⬇ {esc(label)}</a>'


def button(label: str, tooltip: str = "", style: str = "") -> w.Button:
    """A button that says what it does (description), with a tooltip for screen readers and mouse users.

    No icons: they need Font Awesome, which Voilà would fetch from a CDN.
    """
    return w.Button(
        description=label, tooltip=tooltip or label, button_style=style, layout=w.Layout(width="auto", max_width="100%")
    )


def text_field(
    value: Any, label: str, css: str = "", *, area: bool = False, rows: int | None = None, placeholder: str = ""
) -> w.Text | w.Textarea:
    """A labelled text field (a text area with `area`) as wide as the page, its label above it, sending
    every keystroke (the page saves as one types); `css` is the class tests and styles find it by."""
    cls = w.Textarea if area else w.Text
    kwargs: dict[str, Any] = {"rows": rows} if area and rows else {}
    widget = cls(
        value="" if value is None else str(value),
        description=label,
        placeholder=placeholder,
        tooltip=label,
        continuous_update=True,
        layout=w.Layout(width="100%"),
        style={"description_width": "initial"},
        **kwargs,
    )
    widget.add_class("fw-field")
    if css:
        widget.add_class(css)
    return widget


def row(*children: w.Widget) -> w.HBox:
    box = w.HBox(list(children), layout=w.Layout(width="100%", flex_flow="row wrap"))
    box.add_class("fw-row")
    return box


def column(*children: w.Widget) -> w.VBox:
    return w.VBox(list(children), layout=w.Layout(width="100%"))


def close_tree(widget: w.Widget) -> None:
    """Close a widget and its descendants (frees them in the kernel and the page)."""
    for child in getattr(widget, "children", ()) or ():
        close_tree(child)
    widget.close()


class Feedback:
    """A status line next to an action: working, done, a problem (always in the user's language)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.widget = html_widget("", "fw-status")

    def clear(self) -> None:
        """Remove the message."""
        self.widget.value = ""

    def _show(self, css: str, text: str, role: str = "status") -> None:
        self.widget.value = f'<div class="{css}" role="{role}">{esc(text)}</div>'

    def busy(self, key: str = "status.working") -> None:
        """A spinner with text while a step runs (searching the index, drafting: seconds, not instant)."""
        self.widget.value = (
            f'<div class="fw-info fw-busy" role="status" aria-live="polite">'
            f'<span class="fw-spinner" aria-hidden="true"></span>{esc(self.page.t(key))}</div>'
        )

    def ok(self, text: str) -> None:
        """Show a message that something succeeded."""
        self._show("fw-ok", text)

    def info(self, text: str) -> None:
        """Show an informative message."""
        self._show("fw-info", text)

    def error(self, text: str) -> None:
        """Show an error message (announced as an alert)."""
        self._show("fw-error", text, role="alert")

    def problem(self, p: Problem) -> None:
        """Show a field problem's message in the page's language."""
        self.error(self.page.t(p.key, **p.values))

    def needs_input(self, exc: NeedsInput) -> None:
        """Say which form needs input, linking to its workbook when that is another page."""
        where = exc.where or "form"
        key = f"status.needs_input.{where}"
        wb = {"situation": "situasjon", "proposal": "forslag"}.get(where)
        text = self.page.t(key if self.page.has(key) else "status.needs_input.form")
        if wb:
            # Point to the workbook that has the problem, with a link.
            target = workbook(wb)
            self.widget.value = (
                f'<div class="fw-error" role="alert">{esc(text)} '
                f'<a href="{esc(target.href)}">{esc(self.page.t(target.title_key))}</a></div>'
            )
        else:
            self.error(text)


def guarded(page: Page, feedback: Feedback, action: str) -> Callable:
    """Decorator for widget callbacks: any failure becomes a friendly message; details go to the log."""

    def wrap(fn: Callable) -> Callable:
        @wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except NeedsInput as exc:
                feedback.needs_input(exc)
            except Exception as exc:  # every other failure: friendly text, details to the log
                log_failure(action, exc)
                feedback.error(page.t(_error_key(exc)))
            return None

        return run

    return wrap


def _error_key(exc: Exception) -> str:
    name = type(exc).__name__
    if name == "IndexMissing":
        return "error.index_missing"
    if name in ("OperationalError", "DatabaseError", "InterfaceError"):
        return "error.storage"
    return "error.generic"


class Page:
    """Title, navigation, language switch, the not-legal-advice note, and the workbook's body."""

    def __init__(self, ctx: AppContext, slug: str, body: Callable[[Page], w.Widget]) -> None:
        self.ctx = ctx
        self.slug = slug
        self._body_factory = body
        self._body: w.Widget | None = None
        self.root = w.VBox(layout=w.Layout(width="100%", max_width="1200px", margin="0 auto"))
        self.root.add_class("fw-app")
        self.root.add_class(f"fw-page-{slug}")
        self._elsewhere = self._elsewhere_notice()
        ctx.listeners.append(self._changed_elsewhere)
        self.on_leave: list[Callable[[], None]] = []  # the forms of the current body (Binder.leave)
        self._leave = self._leave_button()
        self.render()

    @property
    def lang(self) -> str:
        """The page's current language."""
        return self.ctx.lang

    def t(self, key: str, **values: Any) -> str:
        """A UI text in the page's language."""
        return ui(key, self.lang, **values)

    def has(self, key: str) -> bool:
        """True if the UI catalogues have the key."""
        return has(key)

    def render(self) -> None:
        """(Re)build the page in the current language; the models reload from the saved state."""
        old = self.root.children
        self.ctx.docs.clear()  # the new body's models are loaded afresh and watch themselves
        self.on_leave.clear()  # the new body's forms register themselves
        self._leave.description = self._leave.tooltip = self.t("form.left")
        self._elsewhere.layout.display = "none"
        try:
            body = self._body_factory(self)
        except Exception as exc:
            log_failure(f"render {self.slug}", exc)
            body = html_widget(f'<div class="fw-error" role="alert">{esc(self.t("error.page"))}</div>')
        self._body = body
        self.root.children = [html_widget(CSS), self._header(), self._elsewhere, body, self._footer(), self._leave]
        for widget in old:
            if widget not in (self._elsewhere, self._leave):
                close_tree(widget)

    # -- another window changed what this page shows ---------------------------------------------

    def _elsewhere_notice(self) -> w.Widget:
        """ "Changed in another window — reload" with a reload button, and the hidden focus check.

        The page template clicks the hidden button when the browser tab gets focus or becomes
        visible; the kernel then asks the store whether the page's documents changed meanwhile.
        """
        self._elsewhere_text = html_widget("")
        reload = button(self.t("state.reload"))
        reload.add_class("fw-reload")
        reload.on_click(lambda _b: self.render())
        check = self.t("state.check")
        focus = w.Button(description=check, tooltip=check, layout=w.Layout(display="none"))
        focus.add_class("fw-focus-check")
        focus.on_click(lambda _b: self._check_elsewhere())
        box = w.VBox([self._elsewhere_text, reload, focus], layout=w.Layout(width="100%", display="none"))
        box.add_class("fw-elsewhere-box")
        return box

    def _leave_button(self) -> w.Button:
        """The hidden button the page template clicks when focus leaves a text field (Tab, a click
        elsewhere): the forms then check what was typed there (a problem shows when a field is left,
        never while one is typing in it)."""
        text = self.t("form.left")
        leave = w.Button(description=text, tooltip=text, layout=w.Layout(display="none"))
        leave.add_class("fw-leave-check")
        leave.on_click(lambda _b: self.left_field())
        return leave

    def left_field(self) -> None:
        """Focus left a text field: every form on the page shows the problems of what was typed."""
        for fn in list(self.on_leave):
            try:
                fn()
            except Exception as exc:  # a form that cannot check: its problems show on «check»
                log_failure("check a field that was left", exc)

    def _check_elsewhere(self) -> None:
        try:
            self.ctx.changed_elsewhere()
        except Exception as exc:  # the store is unreachable: saving will say so
            log_failure("check other windows", exc)

    def _changed_elsewhere(self, _doc: Any = None) -> None:
        self._elsewhere_text.value = (
            f'<div class="fw-error fw-elsewhere" role="alert">{esc(self.t("state.elsewhere"))}</div>'
        )
        self._elsewhere.children[1].description = self.t("state.reload")
        self._elsewhere.layout.display = None

    def _header(self) -> w.Widget:
        current = workbook(self.slug)
        links = []
        for wb in WORKBOOKS:
            attr = ' aria-current="page"' if wb.slug == self.slug else ""
            links.append(f'<a href="{esc(wb.href)}"{attr}>{esc(self.t(wb.title_key))}</a>')
        nav = f'<nav class="fw-nav" aria-label="{esc(self.t("nav.label"))}">' + "".join(links) + "</nav>"
        title = f"<h1>{esc(self.t(current.title_key))}</h1><p class='fw-note'>{esc(self.t(current.purpose_key))}</p>"
        lang = w.ToggleButtons(
            options=[("Bokmål", "nb"), ("English", "en")],
            value=self.lang,
            description=self.t("lang.label"),
            tooltips=["Bokmål", "English"],
            style={"description_width": "initial", "button_width": "auto"},
        )
        lang.add_class("fw-lang")
        lang.observe(self._switch_language, names="value")
        return column(html_widget(nav), lang, html_widget(title), self.disclaimer())

    def _switch_language(self, change: dict) -> None:
        try:
            self.ctx.lang = change["new"]
        except Exception as exc:
            log_failure("switch language", exc)
        self.render()

    def disclaimer(self) -> w.HTML:
        """The page's disclaimer (on the union page, its own, addressed to the representative)."""
        text = self.t("disclaimer")
        if self.slug == "tillitsvalgt":  # the union page speaks to the representative, not about them
            text = catalogue(self.lang).get("rf.disclaimer.page") or text
        return html_widget(f'<aside class="fw-disclaimer" role="note">⚖ {esc(text)}</aside>')

    def _footer(self) -> w.Widget:
        note = self.t("footer.autosave", user=self.ctx.user)
        return column(self.disclaimer(), html_widget(f"<p class='fw-note'>{esc(note)}</p>"))


def heading(text: str, level: int = 2) -> w.HTML:
    return html_widget(f"<h{level}>{esc(text)}</h{level}>")


def paragraph(text: str, css: str = "fw-note") -> w.HTML:
    return html_widget(f'<p class="{css}">{esc(text)}</p>')
