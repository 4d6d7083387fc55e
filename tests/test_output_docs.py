"""Documents fit to sign or send: the text-weaving helper, dates against today, the clean Word
renderer (no «[n]» in the body, sources once per passage in the appendix) and the meeting card."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest

from advisor.answering.documents import clean_line, clean_parts, docx_text, grouped_sources, render_docx
from advisor.core.dates import find_dates, past_dates
from advisor.core.models import Citation, CitedDraft, Proposal, RenderedSection, Situation
from advisor.core.weave import inline, join, quote, tidy, weave

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TODAY = date(2026, 11, 29)
MARKER = re.compile(r"\[\d+\]")


def _example(name: str) -> tuple[Situation, Proposal]:
    s = Situation.model_validate_json((EXAMPLES / f"situation-{name}.json").read_text(encoding="utf-8"))
    p = Proposal.model_validate_json((EXAMPLES / f"proposal-{name}.json").read_text(encoding="utf-8"))
    return s, p


# --- weaving user text into sentences -----------------------------------------------------------


def test_user_text_mid_sentence_loses_its_capital_and_full_stop():
    s = weave(
        "Med én fast hjemmekontordag kan jeg jobbe uforstyrret med {task} og levere raskere",
        task="Saksbehandling av enkle skadesaker.",
    )
    assert (
        s == "Med én fast hjemmekontordag kan jeg jobbe uforstyrret med saksbehandling av enkle skadesaker "
        "og levere raskere."
    )


def test_names_and_acronyms_keep_their_capital():
    assert inline("NAV-saker og sykmeldinger") == "NAV-saker og sykmeldinger"
    assert inline("Teams") == "Teams"
    assert inline("PowerBI-rapporter") == "PowerBI-rapporter"
    assert inline("Telefon og chat") == "telefon og chat"
    assert inline("Møter med Kari og Per") == "møter med Kari og Per"
    assert inline("Wednesday") == "Wednesday"


def test_lists_join_the_way_each_language_does():
    items = ["Telefon og chat", "Opplæring av nyansatte", "NAV-saker"]
    assert join(items, "nb") == "telefon og chat, opplæring av nyansatte og NAV-saker"
    assert join(items, "en") == "telefon og chat, opplæring av nyansatte, and NAV-saker"
    assert join(["a", "b"], "nb", style="or") == "a eller b"
    assert join(["Teams", "teams", ""], "nb") == "Teams"  # repeats and blanks left out
    assert (
        weave("Hvem tar {tasks}?", tasks=["Telefon og chat", "Opplæring av nyansatte"])
        == "Hvem tar telefon og chat og opplæring av nyansatte?"
    )


def test_quotes_have_no_doubled_marks_or_full_stop_inside():
    assert quote("«Vi leverer raskere.»") == "«Vi leverer raskere»"
    assert quote("We deliver faster.", "en") == "“We deliver faster”"
    assert weave("Du sa {q}.", q=quote("Vi leverer raskere.")) == "Du sa «Vi leverer raskere»."
    assert tidy("svaret er «ja.».") == "Svaret er «ja.»"
    assert tidy("to  mellomrom , og punktum..") == "To mellomrom, og punktum."


def test_a_template_without_its_value_fails_loudly():
    with pytest.raises(KeyError):
        weave("Med {arrangement} kan jeg levere")


# --- dates against today -------------------------------------------------------------------------


def test_dates_are_found_in_every_common_format():
    text = "Fra 1. april 2025, til 2025-06-24, møte 03.07.2025 og April 2, 2027 eller 5 May 2027."
    assert [f.when for f in find_dates(text)] == [
        date(2025, 4, 1),
        date(2025, 6, 24),
        date(2025, 7, 3),
        date(2027, 4, 2),
        date(2027, 5, 5),
    ]


def test_past_dates_leave_out_references_to_laws_and_decisions():
    text = (
        "Prøveperioden starter 1. april 2025. Se lov 17. juni 2005 nr. 62 og forskrift 5. juli 2002 "
        "nr. 715. Evaluering 24. juni 2027."
    )
    assert [f.written for f in past_dates(text, TODAY)] == ["1. april 2025"]


# --- the clean Word renderer ---------------------------------------------------------------------


def _toy_draft() -> CitedDraft:
    c = [
        Citation(
            n=1,
            passage_id="p-a",
            ref="hjemmekontorforskriften § 2 (1)",
            title="Forskrift",
            quote="1. omfanget",
            verified=True,
        ),
        Citation(
            n=2,
            passage_id="p-a",
            ref="hjemmekontorforskriften § 2 (1)",
            title="Forskrift",
            quote="2. arbeidstid",
            verified=True,
        ),
        Citation(n=3, passage_id="p-b", ref="Guide", title="Guide", quote="En prøveperiode bør", verified=True),
    ]
    return CitedDraft(
        kind="agreement",
        title="Avtale",
        citations=c,
        sections=[
            RenderedSection(
                heading="1. Omfang",
                key="omfang",
                lines=[
                    "Arbeidstaker har hjemmekontor mandag [1].",
                    "Punktet er påkrevd [1] [2].",
                    "Prøvetid fra 1. april 2025 [3].",
                ],
            ),
            RenderedSection(heading="Underskrifter", key="underskrift", lines=["For arbeidsgiver (Acme): ______ [1]"]),
        ],
    )


def test_markers_leave_the_text_and_sources_are_numbered_once_per_passage():
    assert clean_line("Tekst [1] [2].") == "Tekst."
    assert clean_line("For arbeidsgiver: ______ [1]") == "For arbeidsgiver: ______"
    sources, renumber = grouped_sources(_toy_draft().citations)
    assert [s.number for s in sources] == [1, 2]
    assert sources[0].quotes == ["1. omfanget", "2. arbeidstid"]
    assert renumber == {1: 1, 2: 1, 3: 2}
    parts, _ = clean_parts(_toy_draft(), is_note=lambda t: t.startswith("Punktet er"))
    assert parts[0].notes == ["Punktet er påkrevd."]
    assert parts[0].sources == [1, 2]


def test_word_document_body_is_clean_and_sources_follow_the_signatures():
    data = render_docx(_toy_draft(), "nb", is_note=lambda t: t.startswith("Punktet er"), today=TODAY)
    body, appendix = docx_text(data)
    assert not any(MARKER.search(p) for p in body)
    assert "Punktet er påkrevd." not in body and "Punktet er påkrevd." in appendix
    assert body.index("For arbeidsgiver (Acme): ______") < len(body)
    assert appendix[0] == "Kilder og merknader"
    assert any(p.startswith("1. hjemmekontorforskriften § 2 (1)") for p in appendix)
    # The past trial start is flagged at the top of the document.
    assert any("1. april 2025 er passert" in p for p in body[:4])


def test_open_fields_are_highlighted_in_word():
    draft = CitedDraft(
        kind="agreement",
        title="Avtale",
        citations=[],
        sections=[RenderedSection(heading="Utstyr", lines=["Hvem som betaler: [fyll inn]."])],
    )
    document = docx.Document(io.BytesIO(render_docx(draft, "nb", today=TODAY)))
    runs = [r for p in document.paragraphs for r in p.runs if r.text == "[fyll inn]"]
    assert runs and runs[0].font.highlight_color is not None


# --- the meeting card ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_meeting_card_has_the_four_parts_and_no_markers(lang):
    from advisor.tasks.meeting_card import meeting_card, meeting_card_docx

    situation, proposal = _example("analytiker")
    card = meeting_card(situation, proposal, lang)
    assert [s.key for s in card.sections] == ["proposal", "arguments", "objections", "trial"]
    assert [len(s.lines) for s in card.sections][1:3] == [3, 3]
    body, appendix = docx_text(meeting_card_docx(situation, proposal, lang, today=TODAY))
    assert not any(MARKER.search(p) for p in body)
    assert appendix and appendix[0] == ("Kilder og merknader" if lang == "nb" else "Sources and notes")
    text = "\n".join(body)
    # The example's trial (2025) has passed: every past date is flagged, none silently passes.
    for f in past_dates("\n".join(p for p in body if "passert" not in p and "has passed" not in p), TODAY):
        assert f"{f.written} {'er passert' if lang == 'nb' else 'has passed'}" in text
    if lang == "en":
        assert "Three strong arguments" in text and "Monday and Thursday" in text
        assert "Tre sterke" not in text and "prøveperiode" not in text


# --- the HR policy draft -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_policy_reads_as_policy_with_reasons_in_the_appendix(lang, corpus_passages):
    from advisor.answering.cite import verify_draft
    from advisor.tasks.policy import draft_policy, policy_docx

    checklist = {"1": {"done": True, "notes": "Leder svarer på en forespørsel innen to uker"}, "2": {"done": False}}
    draft = draft_policy("Acme AS", checklist, lang, {1: "punkt 1", 2: "punkt 2"})
    assert verify_draft(draft, corpus_passages) == []
    body, appendix = docx_text(policy_docx(draft, lang))
    text = "\n".join(body)
    assert not MARKER.search(text)
    # Policy, not source notes: no «Kilden anbefaler …» and no sentence copied from the guide.
    assert not re.search(r"\b[Kk]ilden\b", text)
    guide = "\n".join(p.text for pid, p in corpus_passages.items() if pid.startswith("guide-hr-ni-punkter"))
    for line in (line for s in draft.sections for line in s.lines):
        assert MARKER.sub("", line).strip().rstrip(".") not in guide
    assert "Leder svarer på en forespørsel innen to uker" in text  # the organisation's own decision
    assert ("punkt 2" in text) and ("Acme AS" in body[0])
    if lang == "en":
        assert "Guidelines for flexible work" in body[0] and "Formål" not in text
    assert appendix


def test_every_agreement_clause_has_its_english_version():
    import json
    from importlib import resources

    def load(name):
        return json.loads(resources.files("advisor.data").joinpath(name).read_text(encoding="utf-8"))

    clauses = load("agreement_clauses.json")
    english = load("agreement_clauses_en.json")
    missing = [c["text"] for s in clauses["sections"] for c in s["clauses"] if c["text"] not in english["clauses"]]
    assert missing == [], "clauses without English (add them to agreement_clauses_en.json)"
    assert set(english["placeholders"]) == set(clauses["placeholders"])
