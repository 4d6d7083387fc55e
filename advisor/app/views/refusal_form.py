"""The refusal case form shared by workbooks 05 and 20, and how a check's results are shown."""

from __future__ import annotations

from datetime import date

import ipywidgets as w

from advisor.app.steps.refusal import TRISTATE, RefusalModel
from advisor.app.views.citations import draft_html, text_html
from advisor.app.views.common import Page, column, esc, heading, paragraph
from advisor.app.views.forms import Binder
from advisor.core.dates import long_date


def case_form(page: Page, b: Binder, full: bool) -> w.Widget:
    """The fields of a RefusalCase; `full` adds the employer facts the union representative collects."""
    t = page.t
    tri = [(t(f"tristate.{v}"), v) for v in TRISTATE]
    parts = [
        heading(t("ref.about_refusal"), 3),
        b.text("request", "ref.request", area=True, rows=3, placeholder_key="ref.request.ph"),
        b.text("refusal", "ref.refusal", area=True, rows=6, help_key="ref.refusal.help"),
        b.text(
            "refusal_received", "ref.refusal_received", placeholder_key="date.ph", help_key="ref.refusal_received.help"
        ),
        b.checkbox("written_refusal", "ref.written_refusal"),
        heading(t("ref.about_employee"), 3),
        paragraph(t("ref.about_employee.help")),
        b.text("role", "ref.role"),
        b.text("needs", "ref.needs", area=True, rows=3),
        b.text("documentation", "ref.documentation", area=True, rows=2, help_key="one_per_line"),
        b.text("age", "ref.age"),
        b.dropdown("children_under_10", "ref.children_under_10", tri),
        b.dropdown("works_nights", "ref.works_nights", tri),
        b.text("history", "ref.history", area=True, rows=2),
    ]
    if full:
        parts += [
            heading(t("ref.about_employer"), 3),
            b.text("employer_name", "ref.employer_name"),
            b.text("employer_size", "ref.employer_size"),
            b.text("employer_sector", "ref.employer_sector"),
            b.text("alternatives_offered", "ref.alternatives_offered", area=True, rows=2, help_key="one_per_line"),
            b.text("employer_facts", "ref.employer_facts", area=True, rows=3),
        ]
    return column(*parts)


def deadline_html(model: RefusalModel, page: Page) -> str:
    """The computed deadline for Tvisteløsningsnemnda, with days left (or that it has passed)."""
    t = page.t
    deadline = model.deadline()
    if not deadline:
        if model.checked is not None:
            return f"<div class='fw-card'><p>{esc(t('ref.no_deadline'))}</p></div>"
        return ""
    left = model.days_left()
    try:
        shown = long_date(date.fromisoformat(deadline), page.lang)  # «28. desember 2026» / «28 December 2026»
    except ValueError:
        shown = deadline
    if left is not None and left < 0:
        when = t("ref.deadline_passed")
        css = "fw-error"
    else:
        when = t("ref.days_left", n=left) if left is not None else ""
        css = "fw-info"
    # A mixed request (home office and working time): the deadline is the working-time part's only.
    part = (
        f"<p class='fw-deadline-part'>{esc(t('afterrefusal.deadline.part'))}</p>"
        if (model.checked or {}).get("track") == "home_office"
        else ""
    )
    return (
        f"<div class='fw-card fw-deadline' role='status'><strong>{esc(t('ref.deadline'))}: {esc(shown)}</strong>"
        f" <span class='{css}'>{esc(when)}</span>{part}<p class='fw-note'>{esc(t('ref.deadline.help'))}</p></div>"
    )


def check_html(model: RefusalModel, page: Page) -> str:
    """The refusal check: track, whether the nemnd can decide, assessment, then the cited report."""
    t = page.t
    c = model.checked
    if not c:
        return ""
    track = t(f"track.{c.get('track')}") if page.has(f"track.{c.get('track')}") else str(c.get("track"))
    assess = (
        t(f"assessment.{c.get('assessment')}")
        if page.has(f"assessment.{c.get('assessment')}")
        else str(c.get("assessment"))
    )
    competent = t("ref.tln_yes") if c.get("tln_competent") else t("ref.tln_no")

    def label(key: str) -> str:
        text = t(key)
        return esc(text if text.endswith("?") else f"{text}:")

    head = (
        f"<div class='fw-card fw-check-summary'><p><strong>{label('ref.track')}</strong> {esc(track)}</p>"
        f"<p><strong>{label('ref.tln')}</strong> {esc(competent)}</p>"
        f"<p><strong>{label('ref.assessment')}</strong> {esc(assess)}</p></div>"
    )
    report = model.report
    if report is not None:
        return head + draft_html(report, page.lang, uid="check")
    # No combined report: findings, missing information and next steps, citing the check's citations.
    lines = []
    for f in c.get("findings", []):
        lines.append(f"{f.get('reason')} — {f.get('criterion')}: {f.get('assessment')}")
    body = "\n".join(lines + list(c.get("missing_information", [])) + list(c.get("next_steps", [])))
    # e.g. that a language model's wording was replaced: the user must see it
    notice = f'<p class="fw-info fw-notice">{esc(c["notice"])}</p>' if c.get("notice") else ""
    return head + notice + text_html(body, c.get("citations", []), page.lang, uid="check")


def steps_html(model: RefusalModel, page: Page) -> str:
    steps = model.steps
    return draft_html(steps, page.lang, uid="steps") if steps else ""
