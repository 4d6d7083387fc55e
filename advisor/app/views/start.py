"""Workbook 00: who are you, language, what each workbook is for, and your saved data."""

from __future__ import annotations

import json
from datetime import date

import ipywidgets as w

from advisor.app.context import hub_workshop_code
from advisor.app.steps.start import StartModel
from advisor.app.views.common import (
    Feedback,
    Page,
    button,
    column,
    download_html,
    esc,
    guarded,
    heading,
    html_widget,
    paragraph,
    row,
)
from advisor.app.workbooks import ROLES

MAX_IMPORT = 5 * 1024 * 1024


def build(page: Page) -> w.Widget:
    model = StartModel(page.ctx)
    t = page.t

    role = w.ToggleButtons(
        options=[(t(f"role.{r}"), r) for r in ROLES],
        value=model.role,
        description=t("start.who"),
        tooltips=[t(f"role.{r}.help") for r in ROLES],
        style={"description_width": "initial", "button_width": "auto"},
    )
    role.add_class("fw-role")
    role_help = html_widget("")
    links = html_widget("")

    def show_links() -> None:
        done = model.progress()
        items = []
        for wb in model.workbooks():
            tick = " ✓" if done.get(wb.slug) else ""
            items.append(
                f'<li><a href="{esc(wb.href)}">{esc(t(wb.title_key))}</a>{esc(tick)} — {esc(t(wb.purpose_key))}</li>'
            )
        links.value = f"<ol class='fw-workbooks'>{''.join(items)}</ol>"
        role_help.value = (
            f"<p class='fw-info'>{esc(t('role.' + model.role + '.help'))}</p>"
            if model.role
            else f"<p class='fw-note'>{esc(t('start.pick_role'))}</p>"
        )

    feedback = Feedback(page)

    @guarded(page, feedback, "choose role")
    def on_role(change: dict) -> None:
        model.choose_role(change["new"])
        show_links()

    role.observe(on_role, names="value")
    show_links()

    # On the workshop hub: whose page this is; otherwise: this is the one-person app (flexwork serve).
    mode = t("start.mode.hub", user=page.ctx.user) if hub_workshop_code() else t("start.mode.local")
    return column(
        paragraph(t("start.intro"), "fw-intro"),
        paragraph(mode, "fw-note fw-mode"),
        role,
        role_help,
        feedback.widget,
        heading(t("start.workbooks")),
        links,
        _data_section(page, model),
    )


def _data_section(page: Page, model: StartModel) -> w.Widget:
    """Export, import and delete what is saved for this user."""
    t = page.t
    feedback = Feedback(page)
    export_link = html_widget("")

    export = button(t("data.export"), tooltip=t("data.export.help"))

    @guarded(page, feedback, "export state")
    def on_export(_b: w.Button) -> None:
        data = json.dumps(model.export(), ensure_ascii=False, indent=1).encode("utf-8")
        name = f"flexwork-{date.today().isoformat()}.json"
        export_link.value = download_html(data, name, "application/json", t("data.export.link", name=name))
        feedback.ok(t("data.export.ready"))

    export.on_click(on_export)

    upload = w.FileUpload(
        icon="",
        accept=".json,application/json",
        multiple=False,
        description=t("data.import"),
        tooltip=t("data.import.help"),
        layout=w.Layout(width="auto"),
    )

    @guarded(page, feedback, "import state")
    def on_upload(change: dict) -> None:
        files = change["new"]
        if not files:
            return
        f = files[0]
        content = bytes(f["content"])
        if len(content) > MAX_IMPORT:
            feedback.error(t("data.import.too_large"))
            return
        try:
            data = json.loads(content.decode("utf-8"))
            n = model.import_(data)
        except (ValueError, UnicodeDecodeError):
            feedback.error(t("data.import.bad"))
            return
        feedback.ok(t("data.import.done", n=n))

    upload.observe(on_upload, names="value")

    confirm = w.Checkbox(value=False, description=t("data.delete.confirm"), indent=False, layout=w.Layout(width="auto"))
    delete = button(t("data.delete"), tooltip=t("data.delete.help"), style="danger")

    @guarded(page, feedback, "delete state")
    def on_delete(_b: w.Button) -> None:
        if not confirm.value:
            feedback.error(t("data.delete.need_confirm"))
            return
        done = t("data.delete.done")  # in the language read so far: deleting forgets the preference too
        model.delete_everything()
        confirm.value = False
        export_link.value = ""
        feedback.ok(done)

    delete.on_click(on_delete)
    return column(
        heading(t("data.heading")),
        paragraph(t("data.intro", user=page.ctx.user)),
        row(export, upload),
        export_link,
        row(confirm, delete),
        feedback.widget,
    )
