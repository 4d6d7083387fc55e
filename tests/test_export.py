"""Export of cited drafts to Markdown and Word (python-docx), for any draft kind."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from advisor.answering.cite import render_draft
from advisor.answering.export import citation_note, to_docx, to_markdown
from advisor.answering.grounding import claim, corpus_passages, support
from advisor.core.i18n import t
from advisor.core.models import CitedDraft, Draft, DraftSection, Proposal, Situation
from advisor.tasks.agreement.draft import draft_agreement

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def agreement() -> CitedDraft:
    situation = Situation.model_validate_json((EXAMPLES / "situation-agreement.json").read_text(encoding="utf-8"))
    proposal = Proposal.model_validate_json((EXAMPLES / "proposal-agreement.json").read_text(encoding="utf-8"))
    return draft_agreement(situation, proposal, "begge")


@pytest.fixture(scope="module")
def small() -> CitedDraft:
    """A non-agreement draft: export must not depend on the agreement's sections."""
    draft = Draft(
        kind="next_steps",
        title="Neste steg etter avslaget",
        notice="Laget uten språkmodell.",
        sections=[
            DraftSection(
                heading="Frist",
                claims=[
                    claim(
                        "Saken må bringes inn for nemnda senest fire uker etter at det skriftlige avslaget kom frem.",
                        support(
                            "tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-4-1", "senest fire uker"
                        ),
                    )
                ],
            ),
            DraftSection(
                heading="Hvile",
                claims=[
                    claim(
                        "Du skal ha minst 11 timer sammenhengende arbeidsfri i døgnet.",
                        support("aml-10-8#arbeidsmiljoloven-p-10-8-1", "minst 11 timer"),
                    )
                ],
            ),
        ],
    )
    return render_draft(draft, corpus_passages())


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    document = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in document.paragraphs]


# --- Markdown -----------------------------------------------------------------------------------


def test_markdown_structure(agreement):
    md = to_markdown(agreement)
    lines = md.splitlines()
    assert lines[0] == f"# {agreement.title}"
    assert lines[2].startswith("> Dette er et utkast.")
    headings = [line for line in lines if line.startswith("## ")]
    assert len(headings) == len(agreement.sections) + 1
    assert "## 2. Omfanget av hjemmearbeidet (påkrevd)" in headings
    assert "## 5. Tilgjengelighet (valgfritt)" in headings
    # not a § 2 item, so no mark
    assert "## 4. Fleksitid: kjernetid, ytre tid og avspasering" in headings
    assert headings[-1] == "## Kilder"
    assert "Arbeidstaker har faste hjemmekontordager mandag og torsdag hver uke [" in md
    assert md.rstrip().endswith(f"*{t('advice.disclaimer', 'nb')}*")


def test_markdown_lists_every_citation_with_quote_url_and_status(agreement):
    md = to_markdown(agreement)
    sources = md[md.index("## Kilder") :]
    for c in agreement.citations:
        assert f"[{c.n}] {c.ref}" in sources
        assert f"«{c.quote}»" in sources
        if c.url:
            assert c.url in sources
    note = next(line for line in sources.splitlines() if "§ 10-8 (1)" in line)
    assert "UNVERIFIED" in note
    note = next(
        line
        for line in sources.splitlines()
        if line.startswith("[") and "hjemmekontorforskriften § 2 (1), Forskrift" in line
    )
    assert "Status: verifisert" in note and "https://lovdata.no/forskrift/2002-07-05-715" in note


def test_guide_citation_does_not_repeat_its_title(agreement):
    c = next(c for c in agreement.citations if c.passage_id.startswith("guide-skriftlig-avtale"))
    note = citation_note(c)
    assert note.count(c.title) == 1 and " — Status: verifisert" in note


def test_unverified_quote_is_flagged(small):
    c = small.citations[0].model_copy(update={"verified": False})
    assert "ikke bekreftet ordrett" in citation_note(c)


def test_markdown_in_english_labels(agreement):
    md = to_markdown(agreement, lang="en")
    assert "## Sources" in md and "(required)" in md and "(optional)" in md
    assert "Status: verified" in md
    assert md.rstrip().endswith(f"*{t('advice.disclaimer', 'en')}*")


def test_markdown_for_another_draft_kind(small):
    md = to_markdown(small)
    assert md.startswith("# Neste steg etter avslaget\n\n> Laget uten språkmodell.")
    assert (
        "## Frist\n\nSaken må bringes inn for nemnda senest fire uker etter at det skriftlige avslaget kom frem [1]."
        in md
    )
    assert "(påkrevd)" not in md and "(valgfritt)" not in md
    assert "[2] arbeidsmiljøloven § 10-8 (1)" in md


def test_markdown_without_citations():
    empty = CitedDraft(kind="x", title="Tomt", sections=[], citations=[])
    md = to_markdown(empty)
    assert "## Kilder\n\nIngen kilder." in md


# --- Word ---------------------------------------------------------------------------------------


def test_docx_has_title_headings_clauses_and_sources(agreement):
    paragraphs = docx_paragraphs(to_docx(agreement))
    assert paragraphs[0] == ("Title", agreement.title)
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert "2. Omfanget av hjemmearbeidet (påkrevd)" in headings
    assert "11. Utstyr: eiendomsrett, drift og vedlikehold (påkrevd)" in headings
    assert headings[-1] == "Kilder"
    texts = [text for _, text in paragraphs]
    assert any(
        text.startswith("Arbeidstaker har faste hjemmekontordager mandag og torsdag hver uke [") for text in texts
    )
    start = texts.index("Kilder")
    notes = [text for text in texts[start + 1 :] if text.startswith("[")]
    assert len(notes) == len(agreement.citations)
    first = agreement.citations[0]
    assert notes[0].startswith(f"[1] {first.ref}") and f"«{first.quote}»" in notes[0]
    lovdata = next(n for n in notes if "hjemmekontorforskriften § 2 (1), Forskrift" in n)
    assert "https://lovdata.no/forskrift/2002-07-05-715" in lovdata
    assert texts[-1] == t("advice.disclaimer", "nb")


def test_docx_is_written_atomically(small, tmp_path):
    path = tmp_path / "ut" / "neste-steg.docx"
    data = to_docx(small, path)
    assert path.read_bytes() == data
    assert [p.name for p in path.parent.iterdir()] == ["neste-steg.docx"]
    paragraphs = docx_paragraphs(data)
    assert ("Heading 1", "Frist") in paragraphs
    assert any(text.endswith("avslaget kom frem [1].") for _, text in paragraphs)


def test_docx_in_english(small):
    texts = [text for _, text in docx_paragraphs(to_docx(small, lang="en"))]
    assert "Sources" in texts and texts[-1] == t("advice.disclaimer", "en")
