"""The widget views without a browser: every page builds in both languages, typing autosaves,
user text is escaped, citations show their checks, failures become friendly messages."""

from __future__ import annotations

import json
import logging
import re
import string

import ipywidgets as w
import pytest
from helpers import find, html_of, leave, walk

from advisor.app import build
from advisor.app.context import AppContext
from advisor.app.texts import catalogue
from advisor.app.views.citations import draft_html, line_html
from advisor.app.views.common import Feedback, Page, guarded
from advisor.app.workbooks import WORKBOOKS
from advisor.core.models import Citation, CitedDraft, RenderedSection
from advisor.core.settings import Settings

XSS = "<script>alert(1)</script>"


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, embedding="fake")


def fields_of(root: w.Widget, css: str) -> list[w.Widget]:
    return [x for x in walk(root) if css in getattr(x, "_dom_classes", ())]


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("wb", WORKBOOKS, ids=lambda wb: wb.slug)
def test_every_page_builds_with_disclaimer_and_navigation(settings: Settings, wb, lang: str) -> None:  # noqa: ANN001
    AppContext.create(settings, user="u").lang = lang
    root = build(wb.notebook, settings, user="u")
    text = html_of(root)
    assert 'class="fw-error"' not in text
    disclaimer = catalogue(lang)["disclaimer"]
    if wb.slug == "tillitsvalgt":  # the union page has its own, speaking to the representative
        from advisor.core.i18n import catalogue as messages

        disclaimer = messages(lang)["rf.disclaimer.page"]
        assert (
            "tillitsvalgt"
            not in text.replace(catalogue(lang)[wb.title_key], "").lower().split("fw-disclaimer")[1][:400]
        )
    assert disclaimer in text.replace("&#x27;", "'")
    for other in WORKBOOKS:
        assert f'href="{other.href}"' in text
    buttons = [x for x in walk(root) if isinstance(x, w.Button)]
    assert all(b.description.strip() and b.tooltip for b in buttons)


def test_typing_autosaves_and_a_reload_restores(settings: Settings) -> None:
    root = build("01-situasjon.ipynb", settings, user="u")
    role = find(root, "fw-in-role")
    role.value = XSS
    find(root, "fw-add-tasks").click()
    find(root, "fw-in-tasks-name").value = "Rapporter"
    again = build("01-situasjon.ipynb", settings, user="u")
    assert find(again, "fw-in-role").value == XSS
    assert find(again, "fw-in-tasks-name").value == "Rapporter"
    assert XSS not in html_of(again)


def test_problems_show_next_to_the_field_once_left(settings: Settings) -> None:
    root = build("01-situasjon.ipynb", settings, user="u")
    slot = find(root, "fw-err-employment_percent")
    assert slot.value == ""
    find(root, "fw-in-employment_percent").value = "abc"
    assert slot.value == ""  # still typing (tests/test_form_leave.py has the whole story)
    leave(root)
    assert "fw-error" in slot.value and "1" in slot.value
    assert find(again := build("01-situasjon.ipynb", settings, user="u"), "fw-in-employment_percent").value == "abc"
    assert again is not None


def test_language_switch_rerenders_and_is_remembered(settings: Settings) -> None:
    root = build("02-forslag.ipynb", settings, user="u")
    toggle = find(root, "fw-lang")
    toggle.value = "en"
    assert "Working hours" in html_of(root)
    assert AppContext.create(settings, user="u").lang == "en"


def test_arguments_page_shows_verified_citations(settings: Settings) -> None:
    build("01-situasjon.ipynb", settings, user="u")
    ctx = AppContext.create(settings, user="u")
    ctx.save("situation", {"role": "Rådgiver", "own_arguments": "Jeg trenger ro."})
    root = build("03-argumenter.ipynb", settings, user="u")
    find(root, "fw-make-arguments").click()
    text = html_of(root)
    assert "✓ sitatet stemmer med avsnittet" in text
    assert re.search(r'<a class="fw-marker" href="#fw-args-1"', text)
    assert 'id="fw-args-1"' in text


def test_needs_input_points_to_the_workbook(settings: Settings) -> None:
    root = build("03-argumenter.ipynb", settings, user="u")
    find(root, "fw-make-arguments").click()
    assert 'href="01-situasjon.ipynb"' in html_of(root)


def _draft(text: str, **cit) -> CitedDraft:  # noqa: ANN003
    c = Citation(
        n=1,
        passage_id="p#1",
        ref="aml § 10-2 (3)",
        title="Arbeidsmiljøloven",
        quote="sitat",
        url="https://lovdata.no/x",
        verified=True,
        **cit,
    )
    return CitedDraft(kind="t", title=XSS, sections=[RenderedSection(heading=XSS, lines=[text])], citations=[c])


def test_citation_html_escapes_everything() -> None:
    html = draft_html(_draft(f"{XSS} [1] [7]", status="UNVERIFIED"), "nb", uid="x")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a class="fw-marker" href="#fw-x-1"' in html
    assert "[7]" in html and 'href="#fw-x-7"' not in html  # unknown markers stay text
    assert "✓ sitatet stemmer med avsnittet" in html and "UNVERIFIED" in html
    assert "kontrollert mot kilden" not in html  # the quote check and the source status are two facts
    assert 'href="https://lovdata.no/x"' in html and 'rel="noopener noreferrer"' in html


def test_unverified_quote_and_unsafe_links() -> None:
    d = _draft("Linje [1].")
    d.citations[0] = d.citations[0].model_copy(
        update={"verified": False, "url": "javascript:alert(1)", "quote": '"><img src=x onerror=alert(1)>'}
    )
    html = draft_html(d, "en", uid="y")
    assert "✗" in html and "✓" not in html
    assert "javascript:" not in html and "<img" not in html


def test_line_html_only_links_known_markers() -> None:
    assert line_html("a [2] b", "u", {1}) == "a [2] b"


def test_failures_are_friendly_and_logged_without_user_text(settings: Settings, caplog) -> None:
    ctx = AppContext.create(settings, user="u")
    page = Page(ctx, "start", lambda p: w.VBox())
    fb = Feedback(page)

    typed = "personnummer " + "0101" + "9912345"

    @guarded(page, fb, "demo action")
    def boom() -> None:
        raise RuntimeError(f"could not save {typed}")

    log = logging.getLogger("flexwork.app")
    log.addHandler(caplog.handler)
    try:
        boom()
    finally:
        log.removeHandler(caplog.handler)
    assert catalogue("nb")["error.generic"].split(".")[0] in fb.widget.value
    assert "RuntimeError" in caplog.text and "demo action" in caplog.text and "in boom" in caplog.text
    assert typed not in caplog.text and typed not in fb.widget.value


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    nb, en = catalogue("nb"), catalogue("en")
    assert set(nb) == set(en)
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    for key in nb:
        assert fields(nb[key]) == fields(en[key]), key
        assert nb[key].strip() and en[key].strip(), key
    # every page title and purpose exists
    for wb in WORKBOOKS:
        assert wb.title_key in nb and wb.purpose_key in nb


def test_ui_catalogues_are_valid_json_files() -> None:
    from importlib import resources

    for lang in ("nb", "en"):
        json.loads(resources.files("advisor.messages").joinpath(f"ui.{lang}.json").read_text("utf-8"))
