"""Hostile input in the real browser (issue 6): typed markup and emoji/right-to-left text are shown
as text (no alert dialog, no page error), and a corrupt .docx gets a message in Norwegian.

Reuses the Voilà server fixture of test_e2e (one server for this module)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_e2e import ARGS, CHROMIUM, TIMEOUT, Server, open_workbook, server  # noqa: F401 - server is a fixture

IMG = "<img src=x onerror=alert(1)>"
RTL = "مرحبا 👋"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def real_settings(fake_settings):  # noqa: ANN001, ANN201
    """The served app needs no real embedder here: the deterministic fake index starts in seconds."""
    return fake_settings


@pytest.fixture(scope="module")
def page(server: Server):  # noqa: ANN201, F811
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=60_000)
        try:
            pg = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            pg.set_default_timeout(TIMEOUT)
            pg.dialogs = []  # type: ignore[attr-defined]
            pg.errors = []  # type: ignore[attr-defined]
            pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
            pg.on("pageerror", lambda e: pg.errors.append(str(e)))
            yield pg
        finally:
            browser.close()


def assert_quiet(page) -> None:  # noqa: ANN001
    assert page.dialogs == [], page.dialogs
    assert page.errors == [], page.errors


def test_intake_fields_keep_markup_and_rtl_as_text(page, server: Server) -> None:  # noqa: ANN001, F811
    open_workbook(page, server, "01-situasjon.ipynb")
    page.locator(".fw-in-role input").fill(f"{IMG} {RTL}")
    page.locator(".fw-in-current_arrangement textarea").fill(f"{RTL}\n{IMG}")
    page.locator(".fw-in-own_arguments textarea").fill(IMG)
    page.locator(".fw-in-employment_percent input").fill(IMG)
    page.locator(".fw-in-employment_percent input").press("Tab")  # a field is judged when left
    page.locator(".fw-err-employment_percent .fw-error").wait_for()
    page.locator(".fw-add-tasks").click()
    page.locator(".fw-in-tasks-name input").fill(IMG)
    server.wait_saved(
        "situation", lambda v: v.get("own_arguments") == IMG and v.get("tasks") and v["tasks"][0]["name"] == IMG
    )
    page.locator(".fw-app button.mod-primary").click()
    page.locator(".fw-error[role='alert']").first.wait_for()
    page.reload()
    page.locator(".fw-in-role input").wait_for()
    assert page.locator(".fw-in-role input").input_value() == f"{IMG} {RTL}"
    assert page.locator(".fw-in-current_arrangement textarea").input_value() == f"{RTL}\n{IMG}"
    assert page.locator(".fw-in-tasks-name input").input_value() == IMG
    assert page.locator(".fw-app img[src='x']").count() == 0
    assert_quiet(page)


def test_follow_up_log_shows_typed_markup_literally(page, server: Server) -> None:  # noqa: ANN001, F811
    open_workbook(page, server, "07-oppfolging.ipynb")
    page.locator(".fw-in-new_date input").fill(date.today().isoformat())
    page.locator(".fw-in-new_what input").fill(f"{IMG} {RTL}")
    server.wait_saved("followup", lambda v: v.get("new_what") == f"{IMG} {RTL}")
    page.locator(".fw-add-entry").click()
    page.get_by_text(f"{IMG} {RTL}").first.wait_for()  # the literal text is on the page
    assert page.locator(".fw-app img[src='x']").count() == 0
    assert_quiet(page)


def test_refusal_field_with_markup_is_checked_quietly(page, server: Server) -> None:  # noqa: ANN001, F811
    open_workbook(page, server, "20-tillitsvalgt.ipynb")
    page.locator(".fw-in-request textarea").fill(f"Fleksibel arbeidstid med kjernetid 09-14 {RTL}")
    page.locator(".fw-in-refusal textarea").fill(f"Vi kan ikke innvilge søknaden. {IMG} {RTL}")
    page.locator(".fw-in-refusal_received input").fill((date.today() - timedelta(days=3)).isoformat())
    server.wait_saved("refusal_tv", lambda v: IMG in v.get("refusal", "") and v.get("refusal_received"))
    page.locator(".fw-check-refusal").click()
    page.locator(".fw-verdict").wait_for()  # the verdict box opens the result (issue 10)
    page.locator(".fw-make-submission").click()
    page.locator(".fw-downloads a, .fw-status .fw-info, .fw-status .fw-error").first.wait_for()
    page.reload()
    page.locator(".fw-in-refusal textarea").wait_for()
    assert page.locator(".fw-in-refusal textarea").input_value() == f"Vi kan ikke innvilge søknaden. {IMG} {RTL}"
    assert page.locator(".fw-app img[src='x']").count() == 0
    assert_quiet(page)


def test_corrupt_docx_upload_gets_a_norwegian_message(page, server: Server, tmp_path) -> None:  # noqa: ANN001, F811
    bad = tmp_path / "ødelagt avtale.docx"
    bad.write_bytes(b"PK\x03\x04 dette er ikke en ekte Word-fil")
    open_workbook(page, server, "06-avtale.ipynb")
    with page.expect_file_chooser(timeout=TIMEOUT) as chooser:  # ipywidgets makes the <input> on click
        page.locator(".fw-upload-agreement").click()
    chooser.value.set_files(str(bad))
    page.locator(".fw-error", has_text="kunne ikke åpnes").wait_for()
    assert_quiet(page)
