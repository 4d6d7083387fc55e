"""Binding form widgets to a FormModel: every change is saved at once, problems show next to the field."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from advisor.app.logs import log_failure
from advisor.app.steps.base import FormModel, Problems
from advisor.app.views.common import (
    Feedback,
    Page,
    button,
    close_tree,
    column,
    esc,
    guarded,
    html_widget,
    row,
    text_field,
)
from advisor.app.views.notices import warning_html
from advisor.app.workbooks import workbook


class Binder:
    """Creates widgets for a model's fields and keeps their problem messages up to date.

    Every keystroke is saved, but a text field is judged when the user leaves it (Tab, a click
    elsewhere: the page's hidden `fw-leave-check` button) or presses Enter in it, and on «check»
    (show_all). While one types, a problem line can go (the value became right) but none comes:
    a half-typed «12.0» is not called wrong, and no line appears or vanishes under the pointer.
    An empty form is not covered in red before anyone typed anything. Checkboxes and drop-downs
    are judged at once (there is nothing half-done about a click).
    """

    def __init__(self, page: Page, model: FormModel) -> None:
        self.page = page
        self.model = model
        self.slots: dict[str, w.HTML] = {}
        self.touched: set[str] = set()  # left at least once (or acted on): its problem shows
        self.typing: set[str] = set()  # typed in since it was last left: problems may go, none come
        self.shown: dict[str, str] = {}  # slot -> the line it shows now
        self.show_all = False
        self.saved = Feedback(page)
        self.on_change: list[Callable[[str], None]] = []
        self.inputs: dict[str, w.ValueWidget] = {}
        self.extra: Problems = {}
        self.warnings: Callable[[], dict[str, tuple[str, dict]]] | None = None
        self.warning_slots: dict[str, w.HTML] = {}
        self._quiet = False
        page.ctx.watch(model)  # checked for changes from other windows when the page gets focus
        hooks = getattr(page, "on_leave", None)
        if hooks is not None:
            hooks.append(self.leave)

    # -- plumbing -----------------------------------------------------------------------------

    def slot(self, name: str, reserve: bool = False) -> w.HTML:
        """The place under a field where its problem is shown; with `reserve` it keeps one line's
        room when empty (one-line fields: a line that comes or goes does not move what is below)."""
        widget = html_widget("", "fw-status", "fw-problem", *(["fw-reserve"] if reserve else []))
        widget.add_class(f"fw-err-{name.replace('.', '-')}")
        self.slots[name] = widget
        return widget

    def warning_slot(self, name: str) -> w.HTML:
        """The place under a field for a warning from `warnings` (e.g. a start date that has passed),
        shown by the same rule as its problems: when the field is left, not while one types."""
        widget = html_widget("", "fw-status", "fw-problem", f"fw-warn-{name}")
        self.warning_slots[name] = widget
        return widget

    def _save(self, name: str, apply: Callable[[], object], typed: bool = False) -> None:
        self.extra.pop(name, None)
        try:
            apply()
        except Exception as exc:
            log_failure(f"save {self.model.key}", exc)
            self.saved.error(self.page.t("error.storage"))
            return
        if self._quiet:  # the page itself put a value in the field: not the user's typing
            pass
        elif typed:
            self.typing.add(name)
        else:
            self.typing.discard(name)
            self.touched.add(name)
        self.refresh()
        for fn in self.on_change:
            fn(name)

    def leave(self, name: str | None = None) -> None:
        """The user left a text field or pressed Enter in it: what was typed is judged now.

        Without a name, every field typed in since it was last left (focus is in one field at a
        time; on a slow line the last keystrokes of a field may arrive after the page said it was
        left, and that field is then judged the next time any field is left).
        """
        names = {name} if name else set(self.typing)
        self.typing -= names
        self.touched |= names
        self.refresh()

    def _visible(self, slot: str, name: str, line: str) -> str:
        """The line a slot shows: `line` (empty: nothing wrong) filtered by where the user is.

        A warning about a saved value (a start date that has passed) shows when the page opens; a
        problem waits until the field is left or the form checked.
        """
        if not line:
            return ""
        if name in self.typing:  # never a new line while typing; an old one stays as it was
            return self.shown.get(slot, "")
        return line if self.show_all or name in self.touched or slot.startswith("warn:") else ""

    def refresh(self) -> Problems:
        """Re-check the form and update every problem slot."""
        problems = {**self.model.problems(), **self.extra}
        lines: dict[str, tuple[str, str]] = {}
        for name in self.slots:
            p = problems.get(name)
            text = self.page.t(p.key, **p.values) if p else ""
            lines[name] = (name, f'<div class="fw-error" role="alert">⚠ {esc(text)}</div>' if p else "")
        found = self.warnings() if self.warnings and self.warning_slots else {}
        for name in self.warning_slots:
            key, values = found.get(name, ("", {}))
            lines[f"warn:{name}"] = (name, warning_html(self.page, key, **values) if key else "")
        for slot, (name, line) in lines.items():
            shown = self._visible(slot, name, line)
            widget = self.slots[slot] if slot in self.slots else self.warning_slots[slot[5:]]
            if widget.value != shown:
                widget.value = shown
            if shown:
                self.shown[slot] = shown
            else:
                self.shown.pop(slot, None)
        return problems

    def show_problems(self, problems: Problems) -> None:
        """Show problems found by an action (e.g. adding a log entry) next to their fields."""
        self.extra = dict(problems)
        self.touched.update(problems)
        self.typing -= set(problems)
        self.refresh()

    def sync(self, *names: str) -> None:
        """Show the model's current value in these fields (after the model changed them)."""
        self._quiet = True
        try:
            for name in names:
                widget = self.inputs.get(name)
                if widget is not None and widget.value != self.model.values[name]:
                    widget.value = self.model.values[name]
        finally:
            self._quiet = False

    def check_all(self) -> Problems:
        """Show every field's problem from now on (the fields typed in are left); returns the problems."""
        self.show_all = True
        self.typing.clear()
        return self.refresh()

    def stop_on_problems(self, feedback: Feedback) -> bool:
        """Before an action: check the whole form; True (the action must not run) when anything is
        wrong, each problem shown beside its field and their number in `feedback`."""
        problems = self.check_all()
        if problems:
            feedback.error(self.page.t("form.problems", n=len(problems)))
        return bool(problems)

    def forget_items(self, list_name: str) -> None:
        """After rows were added or removed: drop the slots and touches of that list's rows."""
        prefix = f"{list_name}."
        for name in [n for n in self.slots if n.startswith(prefix)]:
            del self.slots[name]
        self.touched = {n for n in self.touched if not n.startswith(prefix)}
        self.typing = {n for n in self.typing if not n.startswith(prefix)}
        self.shown = {n: v for n, v in self.shown.items() if not n.startswith(prefix)}

    # -- field widgets ------------------------------------------------------------------------

    def _on_enter(self, widget: w.Widget, name: str) -> None:
        """Enter in a one-line field judges it, as leaving it does (the widget's «submit» message)."""
        if isinstance(widget, w.Text):
            widget.on_msg(lambda _w, content, _buffers: self.leave(name) if content.get("event") == "submit" else None)

    def text(
        self,
        name: str,
        label_key: str,
        *,
        area: bool = False,
        placeholder_key: str | None = None,
        help_key: str | None = None,
        rows: int | None = None,
    ) -> w.Widget:
        """A text field bound to model.values[name]."""
        t = self.page.t
        widget = text_field(
            self.model.values[name],
            t(label_key),
            f"fw-in-{name}",
            area=area,
            rows=rows,
            placeholder=t(placeholder_key) if placeholder_key else "",
        )
        widget.observe(lambda ch: self._save(name, lambda: self.model.set(name, ch["new"]), typed=True), names="value")
        self._on_enter(widget, name)
        self.inputs[name] = widget
        parts = [widget]
        if help_key:
            parts.append(html_widget(f'<div class="fw-note">{esc(t(help_key))}</div>'))
        parts.append(self.slot(name, reserve=not area))
        return column(*parts)

    def checkbox(self, name: str, label_key: str) -> w.Widget:
        """A checkbox bound to a field (saved on change), with its problem slot."""
        widget = w.Checkbox(
            value=bool(self.model.values[name]),
            description=self.page.t(label_key),
            indent=False,
            layout=w.Layout(width="100%"),
        )
        widget.add_class(f"fw-in-{name}")
        widget.observe(lambda ch: self._save(name, lambda: self.model.set(name, bool(ch["new"]))), names="value")
        self.inputs[name] = widget
        return column(widget, self.slot(name))

    def dropdown(self, name: str, label_key: str, options: list[tuple[str, str]]) -> w.Widget:
        """A dropdown bound to a field (saved on change; the first option if the saved value is not one), with its problem slot."""
        value = self.model.values[name]
        if value not in [v for _, v in options]:
            value = options[0][1]
        widget = w.Dropdown(
            options=options,
            value=value,
            description=self.page.t(label_key),
            layout=w.Layout(width="100%"),
            style={"description_width": "initial"},
        )
        widget.add_class("fw-field")
        widget.add_class(f"fw-in-{name}")
        widget.observe(lambda ch: self._save(name, lambda: self.model.set(name, ch["new"])), names="value")
        self.inputs[name] = widget
        return column(widget, self.slot(name))

    # -- list fields (rows of small forms) -----------------------------------------------------

    def item_text(
        self,
        list_name: str,
        index: int,
        name: str,
        label_key: str,
        placeholder_key: str | None = None,
        width: str = "100%",
    ) -> w.Widget:
        """A text input bound to one field of a list row (saved by the row's id), with its problem slot."""
        t = self.page.t
        value = self.model.values[list_name][index].get(name, "")
        widget = text_field(
            value, t(label_key), f"fw-in-{list_name}-{name}", placeholder=t(placeholder_key) if placeholder_key else ""
        )
        full = f"{list_name}.{index}.{name}"
        iid = self.model.ids[list_name][index]  # saved by the item's id, never by its place
        widget.observe(
            lambda ch: self._save(full, lambda: self.model.set_item(list_name, iid, name, ch["new"]), typed=True),
            names="value",
        )
        self._on_enter(widget, full)
        return w.VBox(
            [widget, self.slot(full, reserve=True)], layout=w.Layout(flex="1 1 220px", min_width="0", width=width)
        )

    def item_checkbox(self, list_name: str, index: int, name: str, label_key: str) -> w.Widget:
        """A checkbox bound to one field of a list row (saved by the row's id)."""
        value = bool(self.model.values[list_name][index].get(name))
        widget = w.Checkbox(
            value=value, description=self.page.t(label_key), indent=False, layout=w.Layout(width="auto")
        )
        widget.add_class(f"fw-in-{list_name}-{name}")
        full = f"{list_name}.{index}.{name}"
        iid = self.model.ids[list_name][index]
        widget.observe(
            lambda ch: self._save(full, lambda: self.model.set_item(list_name, iid, name, bool(ch["new"]))),
            names="value",
        )
        return widget

    def item_list(
        self,
        list_name: str,
        row_builder: Callable[[int], list[w.Widget]],
        add_key: str,
        remove_key: str,
        item_label_key: str,
    ) -> w.Widget:
        """Rows with a remove button each, and an add button; rebuilt when rows change."""
        box = w.VBox(layout=w.Layout(width="100%"))
        t = self.page.t

        def rebuild() -> None:
            self.forget_items(list_name)
            rows = []
            for i in range(len(self.model.values[list_name])):
                label = t(item_label_key, n=i + 1)
                remove = button(t(remove_key), tooltip=f"{t(remove_key)}: {label}")
                remove.add_class(f"fw-remove-{list_name}")
                iid = self.model.ids[list_name][i]
                remove.on_click(lambda _b, iid=iid: change(lambda: self.model.remove_item(list_name, iid)))
                card = w.VBox(
                    [html_widget(f"<strong>{esc(label)}</strong>"), row(*row_builder(i), remove)],
                    layout=w.Layout(width="100%"),
                )
                card.add_class("fw-card")
                rows.append(card)
            old = box.children
            box.children = rows
            for widget in old:
                close_tree(widget)
            self.refresh()

        def change(apply: Callable[[], object]) -> None:
            self._save(list_name, apply)
            rebuild()

        add = button(t(add_key))
        add.add_class(f"fw-add-{list_name}")
        add.on_click(lambda _b: change(lambda: self.model.add_item(list_name)))
        rebuild()
        return column(box, self.slot(list_name), add)


def check_button(page: Page, b: Binder, feedback: Feedback, next_slug: str, action: str) -> w.Button:
    """A form's «check» button: every problem beside its field and counted in `feedback`, or «all
    fine» with a link on to the next workbook."""
    t = page.t
    check = button(t("form.check"), tooltip=t("form.check.help"), style="primary")
    nxt = workbook(next_slug)

    @guarded(page, feedback, action)
    def on_check(_b: w.Button) -> None:
        if not b.stop_on_problems(feedback):
            feedback.widget.value = (
                f'<div class="fw-ok" role="status">{esc(t("form.ok"))} '
                f'<a href="{esc(nxt.href)}">{esc(t(nxt.title_key))} →</a></div>'
            )

    check.on_click(on_check)
    return check
