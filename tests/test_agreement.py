"""The written agreement: drafting (every § 2 (1) item, cited), the gap check, and the golden file.

The golden file tests/golden/agreement-begge.md pins what a user sees for the example pair in
examples/. After an intended change, regenerate it with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_agreement.py -k golden

and review the diff before committing.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from advisor.answering.cite import check_claims, verify_draft
from advisor.answering.export import to_docx, to_markdown
from advisor.answering.grounding import support
from advisor.core.models import KPI, CitedDraft, Proposal, Situation
from advisor.tasks.agreement.draft import (
    agreement_draft,
    clause_templates,
    draft_agreement,
    gap_items,
    hours_text,
    trial_end,
)
from advisor.tasks.agreement.gaps import AgreementReadError, agreement_gaps, agreement_text

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
EXAMPLES = REPO / "examples"
FIXTURES = TESTS / "data" / "agreements"
GOLDEN = TESTS / "golden" / "agreement-begge.md"

P2_KEYS = [
    "p2_1_omfang",
    "p2_2_arbeidstid",
    "p2_3_tilgjengelighet",
    "p2_4_varighet",
    "p2_5_endring_oppsigelse",
    "p2_6_provetid",
    "p2_7_utstyr",
    "p2_8_saksbehandling_taushet",
]
EXTRA_KEYS = ["fleksitid", "responstid", "grenser", "evaluering"]
HK21 = "hjemmekontorforskriften#hjemmekontorforskriften-p-2-1"


@pytest.fixture(scope="module")
def situation() -> Situation:
    return Situation.model_validate_json((EXAMPLES / "situation-agreement.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def proposal() -> Proposal:
    return Proposal.model_validate_json((EXAMPLES / "proposal-agreement.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def begge(situation, proposal) -> CitedDraft:
    return draft_agreement(situation, proposal, "begge")


def section(draft: CitedDraft, key: str):
    return next(s for s in draft.sections if s.key == key)


def section_text(draft: CitedDraft, key: str) -> str:
    return "\n".join(section(draft, key).lines)


def cited_ids(draft: CitedDraft, key: str) -> set[str]:
    ns = {int(n) for line in section(draft, key).lines for n in re.findall(r"\[(\d+)\]", line)}
    return {c.passage_id for c in draft.citations if c.n in ns}


def without_section(markdown: str, heading: str) -> str:
    """The markdown with one '## ' section (heading line and body) removed."""
    out, skipping = [], False
    for line in markdown.splitlines():
        if line.startswith("## "):
            skipping = line.startswith(f"## {heading}")
        if not skipping:
            out.append(line)
    return "\n".join(out)


# --- drafting -----------------------------------------------------------------------------------


def test_begge_has_every_p2_item_as_its_own_section(begge, corpus_passages):
    keys = [s.key for s in begge.sections]
    assert begge.kind == "agreement"
    for key in P2_KEYS + EXTRA_KEYS + ["innledning", "hms", "oppmote", "oppfolging", "underskrift"]:
        assert keys.count(key) == 1, key
    assert verify_draft(begge, corpus_passages) == []
    assert all(s.lines for s in begge.sections)


def test_mandatory_flags_follow_the_regulation(begge):
    flags = {s.key: s.mandatory for s in begge.sections}
    assert [flags[k] for k in P2_KEYS] == [True, True, False, True, False, False, True, False]
    assert flags["fleksitid"] is None and flags["underskrift"] is None
    assert "påkrevd etter hjemmekontorforskriften § 2 første ledd, sjuende strekpunkt" in section_text(
        begge, "p2_7_utstyr"
    )
    assert "valgfritt etter hjemmekontorforskriften § 2 første ledd, tredje strekpunkt" in section_text(
        begge, "p2_3_tilgjengelighet"
    )
    assert "fordi avtalen er midlertidig" in section_text(begge, "p2_4_varighet")


def test_no_claim_is_dropped_by_the_citation_check(situation, proposal, corpus_passages):
    for kind in ("begge", "hjemmekontor", "fleksitid"):
        draft = agreement_draft(situation, proposal, kind)
        for s in draft.sections:
            kept, problems = check_claims(s.claims, corpus_passages)
            assert problems == [], (kind, s.key, problems)
            assert len(kept) == len(s.claims)


def test_every_clause_template_cites_an_existing_sentence():
    for spec in clause_templates()["sections"]:
        for clause in spec["clauses"]:
            for pid, contains in clause["support"]:
                assert support(pid, contains).quote, (spec["key"], pid, contains)
    for item in gap_items():
        for pid, contains in item["support"]:
            assert support(pid, contains).quote, (item["key"], pid, contains)


# The regulation lists its items with dashes, not numbers: each section cites its item by wording.
P2_ITEM_STARTS = [
    "omfanget av hjemmearbeidet",
    "arbeidstid for hjemmearbeidet",
    "eventuelle bestemmelser om når arbeidstaker",
    "dersom avtalen er midlertidig",
    "eventuelle bestemmelser om retten til å endre",
    "eventuelle bestemmelser om prøvetid",
    "eiendomsrett, drift og vedlikehold",
    "eventuelle bestemmelser om saksbehandling",
]


def test_each_p2_section_cites_its_item_of_the_regulation(begge):
    for n, key in enumerate(P2_KEYS, start=1):
        quotes = [
            c.quote
            for c in begge.citations
            if c.passage_id == HK21
            and c.n in {int(x) for line in section(begge, key).lines for x in re.findall(r"\[(\d+)\]", line)}
        ]
        assert any(q.startswith(P2_ITEM_STARTS[n - 1]) for q in quotes), key
    assert "hjemmekontorforskriften#hjemmekontorforskriften-p-2-2" in cited_ids(begge, "p2_5_endring_oppsigelse")
    assert HK21 in cited_ids(begge, "innledning")  # in addition to the employment contract


def test_extras_cite_law_and_guides(begge):
    assert {"aml-10-8#arbeidsmiljoloven-p-10-8-1", "aml-10-11#arbeidsmiljoloven-p-10-11-3"} <= cited_ids(
        begge, "grenser"
    )
    assert "guide-modeller#fleksitid-med-kjernetid-og-ytre-tid" in cited_ids(begge, "fleksitid")
    assert {
        "hjemmekontorforskriften#hjemmekontorforskriften-p-4",
        "hjemmekontorforskriften#hjemmekontorforskriften-p-5-1",
    } <= cited_ids(begge, "hms")
    assert "guide-konkret-forslag#evalueringsmotet-etter-proveperioden" in cited_ids(begge, "evaluering")
    unverified = {c.passage_id for c in begge.citations if c.status == "UNVERIFIED"}
    assert "aml-10-8#arbeidsmiljoloven-p-10-8-1" in unverified


def test_clauses_are_filled_from_the_proposal(begge):
    assert "faste hjemmekontordager mandag og torsdag hver uke" in section_text(begge, "p2_1_omfang")
    assert "37,5 timer i uken" in section_text(begge, "p2_2_arbeidstid")
    fleks = section_text(begge, "fleksitid")
    assert "Kjernetiden er kl. 09.00–14.30" in fleks and "kl. 07.00–18.00" in fleks and "avspaseres" in fleks
    assert "tilgjengelig for arbeidsgiver kl. 09.00–15.00" in section_text(begge, "p2_3_tilgjengelighet")
    resp = section_text(begge, "responstid")
    assert "Teams, telefon og e-post" in resp and "innen 2 timer" in resp
    assert "fra 5. januar 2026 til og med 4. juli 2026" in section_text(begge, "p2_4_varighet")
    assert "prøvetid på 6 måneder" in section_text(begge, "p2_6_provetid")
    assert "én måneds skriftlig varsel" in section_text(begge, "p2_5_endring_oppsigelse")
    assert "bærbar PC" in section_text(begge, "p2_7_utstyr")
    assert "tirsdag, onsdag og fredag" in section_text(begge, "oppmote")
    assert "ukentlig statusmøte med leder" in section_text(begge, "oppfolging")
    ev = section_text(begge, "evaluering")
    assert "den 15. juni 2026" in ev
    assert "Månedsrapporter levert innen fristen, mål: alle i perioden (utgangspunkt: 11 av 12 i 2025)" in ev
    assert "rådgiver i økonomiavdelingen" in section_text(begge, "innledning")


def test_boundaries_cover_rest_and_evening_work(begge):
    text = section_text(begge, "grenser")
    assert "«av»" in text and "forventes ikke å svare" in text
    assert "11 timer" in text and "35 timer" in text
    assert "på eget initiativ" in text and "kl. 21" in text


def test_unknown_values_get_placeholders_not_invented_facts(corpus_passages):
    draft = draft_agreement(Situation(), Proposal(home_days=[], trial_months=0, follow_up=[]), "begge")
    assert verify_draft(draft, corpus_passages) == []
    for key in ("p2_1_omfang", "p2_7_utstyr", "p2_4_varighet", "oppmote", "oppfolging", "innledning", "underskrift"):
        assert "[fyll inn" in section_text(draft, key), key
    assert "[fyll inn: dato]" in section_text(draft, "evaluering")
    everything = to_markdown(draft)
    assert not re.search(r"\b20\d\d\b", everything.split("## Kilder")[0]), "a year appeared without being given"
    assert "felt står som «fyll inn»" in (draft.notice or "")


def test_without_trial_duration_is_conditionally_required(situation, proposal):
    draft = draft_agreement(situation, proposal.model_copy(update={"trial_months": 0}), "begge")
    assert section(draft, "p2_4_varighet").mandatory is False
    assert "dersom avtalen er midlertidig" in section_text(draft, "p2_4_varighet")
    assert "ingen egen prøvetid" in section_text(draft, "p2_6_provetid")


def test_fleksitid_kind_has_only_the_flexitime_parts(situation, proposal, corpus_passages):
    draft = draft_agreement(situation, proposal, "fleksitid")
    assert [s.key for s in draft.sections] == ["innledning", "fleksitid", "grenser", "evaluering", "underskrift"]
    assert verify_draft(draft, corpus_passages) == []
    intro = section_text(draft, "innledning")
    assert "sporadisk" in intro
    assert "hjemmekontorforskriften#hjemmekontorforskriften-p-1-2" in cited_ids(draft, "innledning")
    assert "til og med 4. juli 2026" in section_text(draft, "fleksitid")
    assert draft.title == "Avtale om fleksibel arbeidstid (fleksitid)"


def test_hjemmekontor_kind_has_no_flexitime(situation, proposal):
    draft = draft_agreement(situation, proposal, "hjemmekontor")
    keys = [s.key for s in draft.sections]
    assert set(P2_KEYS) <= set(keys) and "fleksitid" not in keys
    assert "kjernetid" not in to_markdown(draft).split("## Kilder")[0].lower()


def test_situational_home_office_notes_sporadic_work(situation):
    p = Proposal(model="situasjonsbestemt", situational_rules="ved håndverkerbesøk og lett sykdom i familien")
    draft = draft_agreement(situation, p, "hjemmekontor")
    text = section_text(draft, "p2_1_omfang")
    assert "ved håndverkerbesøk og lett sykdom i familien" in text and "sporadisk" in text


def test_leadership_position_changes_the_legal_basis(situation, proposal):
    draft = draft_agreement(situation.model_copy(update={"leadership_position": True}), proposal, "fleksitid")
    text = section_text(draft, "fleksitid")
    assert "ledende eller særlig uavhengig stilling" in text and "§ 10-2 (3)" not in text


def test_parties_fill_names_place_and_date(situation, proposal):
    parties = {"employer": "Nordlys Regnskap AS", "employee": "Kari Nordmann", "place": "Oslo", "date": "2025-12-15"}
    draft = draft_agreement(situation, proposal, "begge", parties=parties)
    assert "mellom Nordlys Regnskap AS (arbeidsgiver) og Kari Nordmann (arbeidstaker)" in section_text(
        draft, "innledning"
    )
    sign = section_text(draft, "underskrift")
    assert "Oslo, 15. desember 2025" in sign and "(Nordlys Regnskap AS)" in sign and "(Kari Nordmann)" in sign


def test_kpis_each_get_a_line(situation, proposal):
    p = proposal.model_copy(update={"kpis": [KPI(name="Svar til kunder", target="samme dag")]})
    ev = section_text(draft_agreement(situation, p, "begge"), "evaluering")
    assert "Nøkkeltall: Svar til kunder, mål: samme dag" in ev and "utgangspunkt" not in ev


def test_unknown_kind_is_rejected(situation, proposal):
    with pytest.raises(ValueError):
        draft_agreement(situation, proposal, "deltid")  # type: ignore[arg-type]


def test_drafting_is_deterministic_and_has_no_today(situation, proposal):
    a = to_markdown(draft_agreement(situation, proposal, "begge"))
    b = to_markdown(draft_agreement(situation, proposal, "begge"))
    assert a == b
    today = date.today()
    assert today.isoformat() not in a


def test_formatting_helpers():
    assert hours_text("09:00-14:30") == "kl. 09.00–14.30"
    assert hours_text("8-16") == "kl. 08.00–16.00"
    assert hours_text("etter avtale") == "etter avtale"
    assert trial_end(date(2026, 1, 5), 6) == date(2026, 7, 4)
    assert trial_end(date(2026, 8, 31), 6) == date(2027, 2, 27)


# --- golden file --------------------------------------------------------------------------------


def test_golden_agreement_begge(begge):
    actual = to_markdown(begge)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=str(GOLDEN.relative_to(REPO)),
                tofile="to_markdown(draft_agreement(...))",
            )
        )
        print(diff)
        pytest.fail("the drafted agreement differs from the golden file (diff above; UPDATE_GOLDEN=1 to accept)")


# --- gap check ----------------------------------------------------------------------------------


def test_full_agreement_has_no_gaps(begge, corpus_passages):
    report = agreement_gaps(to_markdown(begge))
    assert report.missing == []
    assert {g.key for g in report.present} == set(P2_KEYS + EXTRA_KEYS)
    assert report.source == "innlimt tekst"
    assert report.placeholders > 0
    assert verify_draft(report.cited, corpus_passages) == []
    assert "Ingen av punktene" in section_text(report.cited, "missing_mandatory")


@pytest.mark.parametrize("key", P2_KEYS + EXTRA_KEYS)
def test_removing_one_section_reports_exactly_that_item(begge, key):
    markdown = to_markdown(begge)
    reduced = without_section(markdown, section(begge, key).heading)
    assert reduced != markdown
    report = agreement_gaps(reduced)
    assert [g.key for g in report.missing] == [key]
    gap = report.missing[0]
    assert gap.citations and all(c.verified for c in gap.citations)
    if key.startswith("p2_"):
        start = P2_ITEM_STARTS[P2_KEYS.index(key)]
        assert any(c.passage_id == HK21 and c.quote.startswith(start) for c in gap.citations)


@pytest.mark.parametrize("name", ["agreement-ufullstendig.md", "agreement-ufullstendig.docx"])
def test_example_incomplete_agreement(name, corpus_passages):
    report = agreement_gaps(EXAMPLES / name)
    missing = {g.key: g for g in report.missing}
    assert set(missing) == {
        "p2_2_arbeidstid",
        "p2_4_varighet",
        "p2_5_endring_oppsigelse",
        "p2_6_provetid",
        "p2_8_saksbehandling_taushet",
        "p2_7_utstyr",  # ownership is settled, operation and maintenance are not: partly (issue 11)
        "fleksitid",
        "grenser",
        "evaluering",
    }
    assert {g.key for g in report.present} == {"p2_1_omfang", "p2_3_tilgjengelighet", "responstid"}
    assert missing["p2_7_utstyr"].status == "partly" and missing["p2_7_utstyr"].open == ["operation"]
    assert "tilhører arbeidsgiver" in missing["p2_7_utstyr"].evidence
    assert "drift og vedlikehold" in section_text(report.cited, "missing_mandatory")
    assert missing["p2_2_arbeidstid"].mandatory and not missing["p2_6_provetid"].mandatory
    assert missing["p2_4_varighet"].condition_nb == "dersom avtalen er midlertidig"
    assert missing["grenser"].group == "extra"
    assert report.source == name
    assert verify_draft(report.cited, corpus_passages) == []
    required = section_text(report.cited, "missing_mandatory")
    assert "§ 2 første ledd, andre strekpunkt" in required and "§ 2 første ledd, fjerde strekpunkt" in required
    assert all(g.mandatory for g in report.missing if g.key in ("p2_2_arbeidstid", "p2_4_varighet"))
    assert "sjette strekpunkt" in section_text(report.cited, "missing_optional")
    assert "«av»" in section_text(report.cited, "missing_recommended")
    assert "mandag og fredag" in next(g for g in report.present if g.key == "p2_1_omfang").evidence


def test_agreement_in_other_words_is_recognised():
    report = agreement_gaps(FIXTURES / "full-annen-ordlyd.txt")
    assert report.missing == []


def test_exported_docx_is_checked_like_markdown(begge, tmp_path):
    path = tmp_path / "avtale.docx"
    to_docx(begge, path)
    assert agreement_gaps(path).missing == []
    # the same file as a string path
    assert agreement_gaps(str(path)).source == "avtale.docx"


def test_sources_section_is_not_read_as_agreement_text(begge):
    markdown = to_markdown(begge)
    sources_only = "# Avtale\n\nTom avtale.\n\n" + markdown[markdown.index("## Kilder") :]
    report = agreement_gaps(sources_only)
    assert {g.key for g in report.missing} == set(P2_KEYS + EXTRA_KEYS)


def test_flexitime_only_agreement_lacks_the_home_work_items(situation, proposal):
    report = agreement_gaps(to_markdown(draft_agreement(situation, proposal, "fleksitid")))
    missing = {g.key for g in report.missing}
    assert {"p2_1_omfang", "p2_2_arbeidstid", "p2_7_utstyr"} <= missing
    assert {"fleksitid", "grenser", "evaluering"} <= {g.key for g in report.present}


def test_corrupt_docx_gives_a_norwegian_message():
    with pytest.raises(AgreementReadError) as info:
        agreement_gaps(FIXTURES / "skadet.docx")
    err = info.value
    assert str(err).startswith("Word-filen «skadet.docx» kunne ikke åpnes.")
    assert "could not be opened" in err.user_message("en")
    assert err.key == "docx_broken"


def test_other_read_errors(tmp_path):
    with pytest.raises(AgreementReadError, match="Fant ikke filen"):
        agreement_gaps(tmp_path / "finnes-ikke.docx")
    pdf = tmp_path / "avtale.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(AgreementReadError, match="støttes ikke"):
        agreement_gaps(pdf)
    with pytest.raises(AgreementReadError, match="Fant ingen tekst"):
        agreement_gaps("   \n  ")
    empty = tmp_path / "tom.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(AgreementReadError):
        agreement_gaps(empty)


def test_text_files_in_windows_encoding_are_read(tmp_path):
    path = tmp_path / "avtale.txt"
    path.write_bytes("Arbeidstaker arbeider hjemmefra hver onsdag. Prøvetid: tre måneder.".encode("cp1252"))
    text, name = agreement_text(path)
    assert "Prøvetid" in text and name == "avtale.txt"
    present = {g.key for g in agreement_gaps(path).present}
    assert present == {"p2_1_omfang", "p2_6_provetid"}


def test_gap_items_file_is_consistent():
    items = gap_items()
    assert [i["key"] for i in items if i["group"] == "p2"] == P2_KEYS
    assert [i["key"] for i in items if i["group"] == "extra"] == EXTRA_KEYS
    assert [i["mandatory"] for i in items if i["group"] == "p2"] == [True, True, False, True, False, False, True, False]
    for item in items:
        assert item["label"]["nb"] and item["label"]["en"] and item["rules"]
        json.dumps(item)  # plain data
