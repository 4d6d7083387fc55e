"""Workbook 20: the union representative's refusal check and a draft case for Tvisteløsningsnemnda."""

from __future__ import annotations

import ipywidgets as w

from advisor.app.steps.agreement import DOCX_MIME
from advisor.app.steps.refusal import RefusalModel, SubmissionRefused
from advisor.app.views.citations import draft_html
from advisor.app.views.common import (
    Feedback,
    Page,
    button,
    column,
    download_html,
    guarded,
    heading,
    html_widget,
    paragraph,
    row,
)
from advisor.app.views.forms import Binder
from advisor.app.views.notices import Freshness, InputWatch
from advisor.app.views.refusal_form import case_form
from advisor.app.views.refusal_result import FactsPanel, details_html, verdict_html

KEY = "refusal_tv"


def build(page: Page) -> w.Widget:
    model = RefusalModel(page.ctx, key=KEY)
    b = Binder(page, model)
    t = page.t
    feedback = Feedback(page)
    sub_feedback = Feedback(page)
    verdict = html_widget("", "fw-verdict-box")
    verdict.add_class("fw-deadline-box")  # the deadline lives in the verdict box: cleared on an input error
    result = html_widget("", "fw-check")
    submission = html_widget("", "fw-submission")
    links = html_widget("", "fw-downloads")

    def texts() -> dict[str, str]:
        v = model.values
        return {
            "request": v["request"],
            "refusal": v["refusal"],
            "needs": v["needs"],
            "history": v["history"],
            "employer_facts": v["employer_facts"],
        }

    def correct(correction: dict) -> None:
        model.correct(correction)
        on_check(None)

    facts = FactsPanel(page, correct)
    fresh = Freshness(page, verdict, facts.widget, result, submission)

    def show() -> None:
        check = model.checked if (model.checked or {}).get("verdict") else None
        # the details and what-I-read first, the verdict box last: once it shows, the rest has arrived
        facts.show(check, texts(), list(model.values.get("corrections") or []))
        result.value = details_html(check, page) if check else ""
        verdict.value = verdict_html(check, page) if check else ""
        draft = model.drafted_submission
        submission.value = draft_html(draft, page.lang, uid="tln") if draft else ""
        links.value = ""
        if draft:
            data, path = model.submission_docx()
            links.value = download_html(data, path.name, DOCX_MIME, t("tv.download"))
        watch.refresh(bool(result.value.strip()))

    @guarded(page, feedback, "refusal check in the new language")
    def rerun() -> None:
        model.check_and_steps()
        model.redo_submission()
        watch.made()
        show()

    watch = InputWatch(page, KEY, model.problems, fresh, dangerous=(verdict, links), rerun=rerun)
    b.on_change.append(lambda _name: watch.refresh(bool(result.value.strip())))

    check = button(t("tv.check"), tooltip=t("tv.check.help"), style="primary")
    check.add_class("fw-check-refusal")

    @guarded(page, feedback, "refusal check")
    def on_check(_b: w.Button | None) -> None:
        if b.stop_on_problems(feedback):
            watch.refresh(bool(result.value.strip()))
            return
        feedback.busy()
        model.check_and_steps()  # one reading of the case for the verdict and the steps
        model.redo_submission()  # a draft made for the case before it changed is not left as if current
        watch.made()
        show()
        feedback.ok(t("tv.checked"))

    make = button(t("tv.submission"), tooltip=t("tv.submission.help"))
    make.add_class("fw-make-submission")

    @guarded(page, sub_feedback, "tln submission")
    def on_make(_b: w.Button) -> None:
        if b.stop_on_problems(sub_feedback):
            return
        sub_feedback.busy()
        try:
            model.submission()
        except SubmissionRefused as exc:
            model.clear_submission()  # no earlier draft left beside the message that there is none
            show()
            sub_feedback.info(str(exc))
            return
        watch.made()
        show()
        sub_feedback.ok(t("tv.submission.done"))

    check.on_click(on_check)
    make.on_click(on_make)
    guarded(page, feedback, "show refusal check")(show)()
    b.refresh()
    return column(
        paragraph(t("tv.intro")),
        fresh.banner,
        verdict,
        facts.widget,
        result,  # verdict first, above the form
        case_form(page, b, full=True),
        row(check),
        feedback.widget,
        heading(t("tv.submission.heading")),
        paragraph(t("tv.submission.intro")),
        row(make),
        sub_feedback.widget,
        links,
        submission,
    )
