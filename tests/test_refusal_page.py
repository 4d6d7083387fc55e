"""The union representative's page without a browser: verdict box first, «what I read» with the
user's own text highlighted, a one-click correction that wins, findings folded, no «spør tillitsvalgt»."""

from __future__ import annotations

import ipywidgets as w
import pytest
from helpers import find, html_of, walk

from advisor.app import build
from advisor.core.settings import Settings

REQUEST = "Jeg jobber som helsesekretær på et legekontor og ber om å gå ned til 80 % i to år. Datteren min er tre år."
REFUSAL = "Vi kan dessverre ikke innvilge dette. Det blir for krevende for driften."


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, embedding="fake")


def checked_page(settings: Settings):
    root = build("20-tillitsvalgt.ipynb", settings, user="u")
    find(root, "fw-in-request").value = REQUEST
    find(root, "fw-in-refusal").value = REFUSAL
    find(root, "fw-check-refusal").click()
    return root


def test_the_verdict_box_comes_first_and_says_what_decides(settings: Settings) -> None:
    root = checked_page(settings)
    text = html_of(root)
    assert 'class="fw-error"' not in text
    verdict = text.index('class="fw-verdict ')
    order = list(walk(root))
    box_at = next(i for i, x in enumerate(order) if isinstance(x, w.HTML) and 'class="fw-verdict ' in x.value)
    form_at = next(i for i, x in enumerate(order) if "fw-in-request" in getattr(x, "_dom_classes", ()))
    assert box_at < form_at  # above the form
    box = text[verdict : text.index("</section>", verdict)]
    assert "Avslaget står trolig ikke seg" in box
    assert "barn under 10 år" in box and "Frist" in box
    assert "helse" not in box.replace("helsesekretær", "")
    assert "spør tillitsvalgt" not in text.lower()


def test_what_i_read_highlights_the_users_text_and_a_correction_wins(settings: Settings) -> None:
    root = checked_page(settings)
    text = html_of(root)
    assert "<mark" in text and "Datteren min er tre år</mark>" in text
    boxes = [x for x in walk(root) if isinstance(x, w.Checkbox) and "fw-fact" in x._dom_classes]
    child = next(b for b in boxes if b.description.startswith("Grunn: barn under 10 år"))
    age = next(b for b in boxes if b.description.startswith("Barnets alder"))
    child.value = True  # one click: «wrong»
    boxes = [x for x in walk(root) if isinstance(x, w.Checkbox) and "fw-fact" in x._dom_classes]
    assert not any(b.description.startswith("Grunn: barn under 10 år") for b in boxes)
    assert age.description  # the other facts are still read
    assert "Rettet av deg" in html_of(root)


def test_findings_and_sources_are_folded_and_sources_not_repeated(settings: Settings) -> None:
    text = html_of(checked_page(settings))
    assert '<details class="fw-fold"' in text
    ids = [part.split('"')[0] for part in text.split('id="fw-verdict-')[1:]]
    assert ids and len(ids) == len(set(ids))
