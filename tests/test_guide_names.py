"""An English answer that quotes a guide names the section in English beside its bokmål heading
(advisor/data/guide_sections_en.json, advisor.answering.compose)."""

from __future__ import annotations

from advisor.answering.compose import _label, english_sections
from advisor.answering.grounding import corpus_passages


def _guides():
    passages = corpus_passages()
    return [p for p in (passages.values() if isinstance(passages, dict) else passages) if p.kind == "guide"]


def test_every_guide_section_has_an_english_name():
    names = english_sections()
    missing = sorted({p.section or p.title for p in _guides()} - set(names))
    assert not missing, missing
    assert all(name.strip() and name != nb for nb, name in names.items())


def test_the_english_label_names_the_section_in_both_languages_and_the_bokmal_label_once():
    p = next(p for p in _guides() if p.section == "Nøkkeltall som viser om prøveperioden fungerer")
    en, nb = _label(p, "en"), _label(p, "nb")
    assert "«Nøkkeltall som viser om prøveperioden fungerer»" in en and "Key figures" in en
    assert nb == "Råd fra veiledningen «Nøkkeltall som viser om prøveperioden fungerer»"
