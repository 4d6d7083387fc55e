"""The meeting card rendered by a real word processor: LibreOffice (headless) turns the Word file into
a PDF, and the PDF is read page by page (issue 13: the card on one page, its sources on the next).

test_meeting_card_page.py checks the card by the estimate the app itself uses to shorten user text
(advisor.tasks.meeting_card.first_page_height); here the estimate is held to the render: the card
is whole on page one, the appendix «Kilder og merknader» starts page two, and the estimate is never
below the height the card really takes. Calibri is rendered with Carlito, its metric twin (same
advance widths), so lines break where they break in Word. `make test` installs both as root
(`make office`); without them the tests are skipped with the reason.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from advisor.tasks.meeting_card import (
    _CAPS,
    PAGE,
    _first_page,
    _for_card,
    _one_page_layout,
    first_page_height,
    meeting_card,
    meeting_card_docx,
)
from tests.test_meeting_card_page import HEADINGS, NAMES, future, load, longest

SOFFICE = shutil.which("soffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice is not installed (make office, or apt-get install libreoffice-writer-nogui "
        "fonts-crosextra-carlito): the card is then checked by the estimate only",
    ),
]

TODAY = date(2026, 11, 29)
APPENDIX = {"nb": "Kilder og merknader", "en": "Sources and notes"}
# Below the last baseline: Calibri's descent is 0.25 em (2.5 pt at 10 pt); the rest is slack.
_DESCENT = 3.0
# Uncapped user text, then the caps the card tries (advisor.tasks.meeting_card._CAPS) and one between.
LENGTHS: list[tuple[int | None, int]] = [(None, 8), (400, 3), *_CAPS]


@dataclass
class Rendered:
    """A PDF: its page count, the text of its first two pages, how far down page one its text reaches
    (a share of the usable height) and the fonts of page one."""

    count: int
    pages: list[str]
    fill: float
    fonts: set[str]

    def __repr__(self) -> str:
        return f"Rendered({self.count} pages, page one filled to {self.fill:.3f})"


def _squash(text: str) -> str:
    """Text without whitespace, for comparing a paragraph with a page whose lines the renderer broke."""
    return re.sub(r"\s+", "", text)


def _read_pdf(path: Path) -> Rendered:
    from pypdf import PdfReader

    reader = PdfReader(path)
    baselines: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if text.strip():
            baselines.append(cm[1] * tm[4] + cm[3] * tm[5] + cm[5])

    first = reader.pages[0]
    pages = [first.extract_text(visitor_text=visit)] + [p.extract_text() for p in reader.pages[1:2]]
    usable = PAGE["height"] - 2 * PAGE["margin"]
    fill = (float(first.mediabox.height) - PAGE["margin"] - min(baselines) + _DESCENT) / usable if baselines else 0.0
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1] for f in first["/Resources"]["/Font"].values()}
    return Rendered(count=len(reader.pages), pages=pages, fill=fill, fonts=fonts)


def render(files: dict[str, bytes], folder: Path) -> tuple[dict[str, Rendered], float]:
    """Every Word file converted to PDF by one LibreOffice run (its own profile folder, so parallel
    runs do not share one), read back page by page; and the seconds the run took."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / f"{name}.docx").write_bytes(data)
    started = time.monotonic()
    done = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(folder / f"{name}.docx") for name in files),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    seconds = time.monotonic() - started
    missing = [name for name in files if not (folder / f"{name}.pdf").is_file()]
    assert not missing, f"LibreOffice made no PDF of {missing}: {done.returncode} {done.stderr[-500:]}"
    return {name: _read_pdf(folder / f"{name}.pdf") for name in files}, seconds


def _raw_card(situation, proposal, lang: str, cap: int | None, items: int) -> bytes:
    """The card from inputs cut at one cap, without the shortening loop of meeting_card_docx."""
    from advisor.answering.documents import render_docx

    sit, pro = _for_card(situation, proposal, cap, items)
    return _one_page_layout(render_docx(meeting_card(sit, pro, lang), lang, today=TODAY))


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, Rendered]]:
    """All the cards of this module, rendered by a single LibreOffice run (one start, ~4-8 s)."""
    files: dict[str, bytes] = {}
    for lang in ("nb", "en"):
        for name in NAMES:
            situation, proposal = load(name)
            files[f"{name}-{lang}"] = meeting_card_docx(situation, proposal, lang, today=TODAY)
            files[f"{name}-{lang}-future"] = meeting_card_docx(situation, future(proposal), lang, today=TODAY)
        for name in NAMES[:3]:
            files[f"{name}-{lang}-longest"] = meeting_card_docx(*longest(*load(name)), lang, today=TODAY)
        for name in ("analytiker", "sykepleier"):
            for cap, items in LENGTHS:
                files[f"{name}-{lang}-cap{cap}-{items}"] = _raw_card(*longest(*load(name)), lang, cap, items)
    rendered, seconds = render(files, tmp_path_factory.mktemp("card-pdf"))
    print(f"LibreOffice: {len(files)} cards to PDF in {seconds:.1f} s")
    fonts = set().union(*(r.fonts for r in rendered.values()))
    if not any(f.startswith("Carlito") for f in fonts):
        pytest.skip(f"Carlito (Calibri's metric twin) is not installed, the render used {sorted(fonts)}: make office")
    return {name: (files[name], rendered[name]) for name in files}


def card_paragraphs(data: bytes) -> list[str]:
    import docx

    return [p.text for p in _first_page(docx.Document(io.BytesIO(data))) if p.text.strip()]


def card_on_page_one(data: bytes, pdf: Rendered, lang: str) -> list[str]:
    """What is wrong with the page break, if anything: every paragraph of the card must be on page one
    (its last line included), and page two must open with the appendix."""
    problems = []
    page_one = _squash(pdf.pages[0])
    for text in card_paragraphs(data):
        if _squash(text) not in page_one:
            problems.append(f"not on page 1: {text[:70]!r}")
    if pdf.count < 2:
        problems.append(f"{pdf.count} page(s): no appendix page")
    elif not pdf.pages[1].lstrip().startswith(APPENDIX[lang]):
        problems.append(f"page 2 opens with {pdf.pages[1].lstrip()[:70]!r}, not {APPENDIX[lang]!r}")
    return problems


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_the_rendered_card_is_one_page_and_the_sources_start_page_two(cards, name, lang):
    for key in (f"{name}-{lang}", f"{name}-{lang}-future"):
        data, pdf = cards[key]
        assert card_on_page_one(data, pdf, lang) == [], key
        first = card_paragraphs(data)
        assert all(h in first for h in HEADINGS[lang])
        assert _squash(first[-1]) in _squash(pdf.pages[0])  # the card's last line
        assert APPENDIX[lang] not in pdf.pages[0]
        assert pdf.count == 2, key  # the card, then its sources on the next page
        estimate = first_page_height(data)
        assert pdf.fill <= estimate <= 1.0, (key, pdf.fill, estimate)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("name", NAMES[:3])
def test_the_longest_inputs_render_on_one_page(cards, name, lang):
    data, pdf = cards[f"{name}-{lang}-longest"]
    assert card_on_page_one(data, pdf, lang) == []
    assert pdf.count == 2
    assert any("…" in p for p in card_paragraphs(data))  # shortened, and the shortened card is whole
    estimate = first_page_height(data)
    assert pdf.fill <= estimate <= 1.0, (pdf.fill, estimate)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("name", ["analytiker", "sykepleier"])
def test_the_estimate_is_conservative_against_the_render(cards, name, lang):
    """At every input length: where the estimate says the card fits, the render agrees, and the estimate
    is never below the height the rendered card takes. The lengths reach past one page, so both
    verdicts are tried (the check can fail: see test_the_render_shows_an_overflow)."""
    verdicts = []
    for cap, items in LENGTHS:
        data, pdf = cards[f"{name}-{lang}-cap{cap}-{items}"]
        estimate = first_page_height(data)
        verdicts.append(estimate <= 1.0)
        if estimate <= 1.0:
            assert card_on_page_one(data, pdf, lang) == [], (cap, items, estimate)
            assert pdf.fill <= estimate, (cap, items, estimate, pdf.fill)
    assert True in verdicts and False in verdicts, verdicts


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_render_shows_an_overflow(cards, lang):
    """The page check is not one that cannot fail: the card made from uncapped longest inputs runs
    onto page two in the render, and the check says so."""
    data, pdf = cards[f"analytiker-{lang}-capNone-8"]
    assert first_page_height(data) > 1.0
    problems = card_on_page_one(data, pdf, lang)
    assert problems and any(p.startswith(("not on page 1", "page 2 opens")) for p in problems)
