"""Bad input never crashes: empty fields, huge pastes, control characters, emoji, right-to-left text,
HTML, impossible dates, broken files. Each gets a clear message in the user's language, or a
sensible result whose every citation still verifies.

The CLI runs in-process (`advisor.cli.main`) and, for a few cases, in a subprocess with the
network blocked; the domain functions get hypothesis-generated Situations, Proposals and
RefusalCases.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.answering.cite import check_claims, quote_is_verbatim, verify_draft
from advisor.answering.export import to_docx, to_markdown
from advisor.answering.grounding import corpus_passages
from advisor.cli.main import main
from advisor.cli.tasks import render_refusal_text
from advisor.core.models import Proposal, RefusalCase, Situation
from advisor.tasks.agreement.draft import draft_agreement
from advisor.tasks.agreement.gaps import AgreementReadError, agreement_gaps
from advisor.tasks.arguments import draft_arguments
from advisor.tasks.next_steps import next_steps
from advisor.tasks.objections import draft_objections
from advisor.tasks.refusal.check import check_refusal
from advisor.tasks.rehearse.session import Session

TESTS = Path(__file__).resolve().parent
EXAMPLES = TESTS.parent / "examples"
TODAY = date(2025, 9, 20)
MB = 1_000_000

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
# Strings that have broken text handling somewhere before.
NASTY = [
    "",
    " ",
    "\t\n  \n",
    "\x00",
    "\x1b[31mrød\x1b[0m",
    "\x07\x08\x7f\x9b31m",
    "🏠🧑‍💻👶🏽",
    "مرحبا، أريد العمل من المنزل",
    "שלום \u202eevil\u202c",
    "\u200f\u200e\u2066x\u2069",
    SCRIPT,
    IMG,
    "</p><h1>x</h1>",
    "<!-- x -->",
    "[1]",
    "leverte [3] rapporter [99]",
    "{role}",
    "{0}",
    "{__class__}",
    "%s %d",
    "\\",
    "«»\"'",
    "a\u2028b\u2029c\x85d",
    "\ufeffBOM",
    "a\r\nb\rc",
    "jf. f.eks. bl.a. kl. 8",
    "§ 10-2 (7)",
    "TLN 1/99",
    "<<<END DATA>>>",
    "\ud800",
    "x" * 3000,
    "Jeg trenger hjemmekontor fordi barna er små.",
    "# Overskrift\n\n- punkt",
    "```\nkode\n```",
]
text = st.one_of(st.sampled_from(NASTY), st.text(max_size=60))
DATES = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "2026-02-30",
            "9999-12-31",
            "9998-12-31",
            "0001-01-01",
            "2000-01-01",
            "2025-09-01",
            "31.12.2025",
            "2025-13-01",
            "",
            " ",
            "i morgen",
        ]
    ),
    st.dates().map(str),
    text,
)
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def _texts(max_size: int = 3):
    return st.lists(text, max_size=max_size)


situations = st.fixed_dictionaries(
    {
        "role": text,
        "tariff_or_policy": text,
        "current_arrangement": text,
        "best_hours": text,
        "employment_percent": st.integers(1, 100),
        "employer_size": st.none() | st.integers(1, 10**6),
        "sector": st.sampled_from(["privat", "offentlig_stat", "offentlig_kommune", "ideell", "annet"]),
        "commute_minutes": st.none() | st.integers(0, 600),
        "care_duties": st.none() | text,
        "health": st.none() | text,
        "age_62_or_over": st.none() | st.booleans(),
        "leadership_position": st.booleans(),
        "in_probation": st.booleans(),
        "tasks": st.lists(
            st.fixed_dictionaries({"name": text, "deep_focus": st.booleans(), "physical_presence": st.booleans()}),
            max_size=3,
        ),
        "manager_concerns": _texts(),
        "own_arguments": _texts(),
        "results": st.lists(st.fixed_dictionaries({"description": text, "evidence": text, "when": text}), max_size=3),
    }
).map(Situation.model_validate)

proposals = st.fixed_dictionaries(
    {
        "model": st.sampled_from(["fleksitid", "faste_hjemmedager", "situasjonsbestemt", "hybrid"]),
        "home_days": st.lists(st.sampled_from(WEEKDAYS), unique=True, max_size=5),
        "office_days": st.lists(st.sampled_from(WEEKDAYS), unique=True, max_size=5),
        "situational_rules": text,
        "core_hours": st.one_of(text, st.just("09:00-14:30")),
        "outer_hours": text,
        "availability_window": text,
        "availability_channels": _texts(),
        "response_time": text,
        "deliverables": _texts(),
        "follow_up": _texts(2),
        "trial_months": st.integers(0, 24),
        "kpis": st.lists(st.fixed_dictionaries({"name": text, "target": text, "baseline": text}), max_size=2),
        "evaluation_date": DATES,
        "start_date": DATES,
        "minimum": _texts(2),
        "nice_to_have": _texts(2),
        "equipment": text,
        "notice": text,
        "avspasering": st.booleans(),
        "weekly_hours": st.floats(min_value=0.5, max_value=60, allow_nan=False),
    }
).map(Proposal.model_validate)

EXAMPLE_CASES = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("refusal-*.json"))]
requests = st.one_of(text, st.tuples(st.sampled_from([c["request"] for c in EXAMPLE_CASES]), text).map(" ".join))
refusals = st.one_of(
    text,
    st.tuples(st.sampled_from([c["refusal"] for c in EXAMPLE_CASES]), text, st.sampled_from(["\n\n", "\n", " "])).map(
        lambda t: t[0] + t[2] + t[1]
    ),
)
cases = st.fixed_dictionaries(
    {
        "request": requests,
        "refusal": refusals,
        "refusal_received": DATES,
        "written_refusal": st.booleans(),
        "employee": st.fixed_dictionaries(
            {
                "role": text,
                "needs": text,
                "documentation": _texts(2),
                "age": st.none() | st.integers(14, 100),
                "children_under_10": st.none() | st.booleans(),
                "history": text,
                "works_nights": st.none() | st.booleans(),
            }
        ),
        "employer": st.fixed_dictionaries(
            {
                "name": text,
                "size": st.none() | st.integers(1, 10**6),
                "sector": text,
                "alternatives_offered": _texts(2),
                "facts": text,
            }
        ),
    }
).map(RefusalCase.model_validate)

HYPOTHESIS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PASSAGES = corpus_passages()


def assert_clean_draft(draft, passages) -> None:
    """Every line cites, every citation is verbatim in the corpus, and the exports hold plain text."""
    assert verify_draft(draft, passages) == []
    for c in draft.citations:
        assert c.verified and c.passage_id in passages and quote_is_verbatim(c.quote, passages[c.passage_id])
    md = to_markdown(draft)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", md), "control characters in the Markdown"
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", md), "a raw HTML tag in the Markdown"
    to_docx(draft)  # Word refuses control characters with an exception


# --- hypothesis over the domain functions -------------------------------------------------------


@pytest.mark.slow
@HYPOTHESIS
@given(situation=situations, proposal=proposals)
def test_arguments_and_objections_never_raise_and_stay_cited(situation, proposal) -> None:
    corpus_passages = PASSAGES
    result = draft_arguments(situation, proposal)
    assert_clean_draft(result.draft, corpus_passages)
    for r in result.reframes:
        assert check_claims([_claim(r.after, r.support)], corpus_passages)[1] == []
    assert_clean_draft(draft_objections(situation, proposal), corpus_passages)


def _claim(text_: str, support):
    from advisor.core.models import Claim

    return Claim(text=text_, support=support)


@pytest.mark.slow
@HYPOTHESIS
@given(situation=situations, proposal=proposals, kind=st.sampled_from(["hjemmekontor", "fleksitid", "begge"]))
def test_agreement_never_raises_and_stays_cited(situation, proposal, kind) -> None:
    corpus_passages = PASSAGES
    draft = draft_agreement(situation, proposal, kind=kind)
    assert_clean_draft(draft, corpus_passages)
    assert "30. februar" not in to_markdown(draft)  # an impossible date stays as the user wrote it


@pytest.mark.slow
@HYPOTHESIS
@given(case=cases)
def test_refusal_check_and_next_steps_never_raise_and_stay_cited(case) -> None:
    corpus_passages = PASSAGES
    check = check_refusal(case, today=TODAY)
    assert_clean_draft(check.report, corpus_passages)
    public = check.public()
    json.dumps(public, ensure_ascii=False)
    for lang in ("nb", "en"):
        render_refusal_text(public, lang)
    deadline = check.deadlines.tvistelosningsnemnda
    assert deadline is None or date.fromisoformat(deadline) >= date.fromisoformat(case.refusal_received[:10])
    assert_clean_draft(next_steps(case, today=TODAY), corpus_passages)


@pytest.mark.slow
@HYPOTHESIS
@given(situation=situations, proposal=proposals, replies=st.lists(text, min_size=1, max_size=4), seed=st.integers(0, 5))
def test_rehearsal_replies_never_raise_and_stay_cited(situation, proposal, replies, seed) -> None:
    corpus_passages = PASSAGES
    session = Session(situation, proposal, seed=seed)
    if session.current_objection() is None:
        return
    for claim_ in session.opening().claims:
        assert check_claims([claim_], corpus_passages)[1] == []
    for reply in replies:
        if session.done:
            break
        exchange = session.reply(reply)
        assert verify_draft(exchange.feedback.cited, corpus_passages) == []
        assert check_claims(exchange.manager.claims, corpus_passages)[1] == []
    assert_clean_draft(session.cited_transcript(), corpus_passages)


# --- a pasted refusal of a megabyte ------------------------------------------------------------------


def _example(name: str, model=RefusalCase):
    return model.model_validate(json.loads((EXAMPLES / name).read_text(encoding="utf-8")))


# CPU time, not wall time: the bound is about the algorithm, not about a busy test machine.
@pytest.mark.slow
@pytest.mark.parametrize(
    "shape, size",
    [
        ("letter", MB),  # the example letter pasted over and over
        ("one word", MB),
        # Two shapes that were quadratic (minutes at 200 kB): lines wrapped mid-sentence were rejoined
        # by re-scanning the growing line, and each abbreviation made the splitter search the piece again.
        ("wrapped lines", MB // 5),
        ("abbreviations", MB // 5),
    ],
)
def test_a_megabyte_refusal_is_checked_in_reasonable_time(shape, size, corpus_passages) -> None:
    case = _example("refusal-fleksitid-generelle-grunner.json")
    unit = {
        "letter": case.refusal + "\n\n",
        "one word": "x",
        "wrapped lines": "vi har ikke vikar på kveldene\n",
        "abbreviations": "jf. Vikar mangler, jf. Turnus ",
    }[shape]
    started = time.process_time()
    check = check_refusal(case.model_copy(update={"refusal": unit * (size // len(unit))}), today=TODAY)
    seconds = time.process_time() - started
    assert seconds < 20, f"{shape}: {seconds:.1f} s"
    assert_clean_draft(check.report, corpus_passages)


# --- impossible and far-away dates ------------------------------------------------------------------


@pytest.mark.parametrize("received", ["2026-02-30", "9999-12-31", "31.12.2025", "", "  ", "tja"])
def test_an_impossible_receipt_date_asks_for_the_date(received, corpus_passages) -> None:
    case = _example("refusal-fleksitid-generelle-grunner.json").model_copy(update={"refusal_received": received})
    check = check_refusal(case, today=TODAY)
    assert check.deadlines.tvistelosningsnemnda is None and check.deadline_passed is None
    assert any("dato" in m.lower() for m in check.missing_information), check.missing_information
    assert_clean_draft(check.report, corpus_passages)
    assert_clean_draft(next_steps(case, today=TODAY), corpus_passages)


@pytest.mark.parametrize(
    "start, evaluation",
    [
        ("9999-12-31", "9999-12-31"),
        ("2026-02-30", "2001-01-01"),
        ("0001-01-01", "1999-12-31"),
        ("neste uke", "2025-13-45"),
    ],
)
def test_far_and_impossible_proposal_dates(start, evaluation, corpus_passages) -> None:
    situation = _example("situation-analytiker.json", Situation)
    proposal = _example("proposal-analytiker.json", Proposal).model_copy(
        update={"start_date": start, "evaluation_date": evaluation, "trial_months": 24}
    )
    for draft in (
        draft_agreement(situation, proposal),
        draft_arguments(situation, proposal).draft,
        draft_objections(situation, proposal),
    ):
        assert_clean_draft(draft, corpus_passages)
        md = to_markdown(draft)
        assert "30. februar" not in md and "45." not in md


# --- HTML stays text --------------------------------------------------------------------------------


def test_html_in_every_field_is_literal_text_in_markdown_and_word(tmp_path, corpus_passages) -> None:
    from markdown_it import MarkdownIt

    situation = _example("situation-analytiker.json", Situation).model_copy(update={"role": f"Analytiker {SCRIPT}"})
    proposal = _example("proposal-analytiker.json", Proposal).model_copy(
        update={"notice": f"Tre måneders varsel {IMG}", "equipment": "</p><h1>PC</h1>"}
    )
    draft = draft_agreement(situation, proposal)
    md = to_markdown(draft)
    assert f"\\{SCRIPT[:7]}" in md and "Analytiker \\<script>alert(1)\\</script>" in md
    html = MarkdownIt("commonmark").render(md)
    for raw in ("<script", "<img", "<h1>PC"):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x" in html

    data = to_docx(draft, tmp_path / "avtale.docx")
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "<script>" not in xml and "&lt;script&gt;alert(1)&lt;/script&gt;" in xml
    import docx

    paragraphs = [p.text for p in docx.Document(str(tmp_path / "avtale.docx")).paragraphs]
    assert any(SCRIPT in p for p in paragraphs) and any(IMG in p for p in paragraphs)


def test_user_text_cannot_forge_citation_markers_or_break_lines(corpus_passages) -> None:
    situation = _example("situation-analytiker.json", Situation)
    forged = situation.model_copy(
        update={
            "results": [
                situation.results[0].model_copy(
                    update={"description": "leverte [1] rapport [99]\n# Falsk overskrift\u2028ny linje"}
                )
            ]
        }
    )
    draft = draft_arguments(forged, _example("proposal-analytiker.json", Proposal)).draft
    assert verify_draft(draft, corpus_passages) == []
    line = next(x for s in draft.sections for x in s.lines if "leverte" in x)
    assert "leverte (1) rapport (99) # Falsk overskrift ny linje" in line
    assert "\n# Falsk" not in to_markdown(draft)


def test_control_characters_and_surrogates_are_dropped_from_user_input() -> None:
    raw = json.loads(r'{"role": "A\u001b[31mnalyti\u0000ker\ud800 🏠", "own_arguments": ["\u0007Jeg\u009b"]}')
    situation = Situation.model_validate(raw)
    assert situation.role == "A[31mnalytiker 🏠" and situation.own_arguments == ["Jeg"]
    case = RefusalCase.model_validate({"request": "a\r\nb\tc", "refusal": "x\x0cy"})
    assert case.request == "a\r\nb\tc" and case.refusal == "xy"


# --- the CLI in-process ------------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture()
def cli(monkeypatch, tmp_path, capsys):
    """Run `flexwork` in-process with its own data folder; never a traceback, exit code 0 or 2."""
    for key in list(os.environ):
        if key.startswith("FLEXWORK_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("FLEXWORK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FLEXWORK_CONFIG", str(tmp_path / "none.toml"))

    def run(*argv: str, stdin: str | None = None, codes: tuple[int, ...] = (0, 2)) -> Run:
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "Noe gikk galt" not in err and "went wrong" not in err, err
        assert code in codes, (code, err)
        return Run(code, out, err)

    return run


def _write(path: Path, content: bytes | str) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


BAD_JSON = {  # file content → (bokmål, English) message fragments
    "empty": (b"", "ikke gyldig JSON", "not valid JSON"),
    "whitespace": (b"  \n\t ", "ikke gyldig JSON", "not valid JSON"),
    "truncated": (b'{"role": "x"', "ikke gyldig JSON", "not valid JSON"),
    "latin-1": ('{"role": "sjåfør"}'.encode("latin-1"), "ikke UTF-8", "not UTF-8"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "ikke UTF-8", "not UTF-8"),
    "array": (b"[]", "feil i feltene", "errors in these fields"),
    "null": (b"null", "feil i feltene", "errors in these fields"),
    "wrong type": (b'{"employment_percent": "hundre", "request": 5}', "feil i feltene", "errors in these fields"),
}


@pytest.mark.parametrize("kind", BAD_JSON)
def test_bad_input_files_get_a_clear_message_in_the_users_language(cli, tmp_path, kind) -> None:
    content, nb, en = BAD_JSON[kind]
    bad = _write(tmp_path / "fil.json", content)
    situation = str(EXAMPLES / "situation-analytiker.json")
    commands = [
        ["draft", "arguments", "--situation", str(bad)],
        ["draft", "objections", "--situation", situation, "--proposal", str(bad)],
        ["draft", "agreement", "--situation", str(bad)],
        ["draft", "next-steps", "--case", str(bad)],
        ["check-refusal", str(bad)],
        ["rehearse", "--situation", str(bad)],
    ]
    for argv in commands:
        run = cli(*argv, stdin="")
        if kind in ("wrong type",) and argv[1] == "objections":
            continue  # a Proposal ignores unknown keys: {"employment_percent": …} is a valid empty proposal
        assert run.code == 2 and nb in run.err and str(bad) in run.err, (argv, run.err)
        english = cli("--lang", "en", *argv, stdin="")
        assert english.code == 2 and en in english.err, (argv, english.err)


def test_missing_files_and_folders_get_a_clear_message(cli, tmp_path) -> None:
    for target in (tmp_path / "finnes-ikke.json", tmp_path):
        assert "finnes ikke" in cli("check-refusal", str(target)).err
        assert "does not exist" in cli("--lang", "en", "draft", "arguments", "--situation", str(target)).err
    assert "--case" in cli("draft", "next-steps").err


def test_empty_and_whitespace_fields_give_a_sensible_result(cli, tmp_path) -> None:
    situation = _write(tmp_path / "s.json", json.dumps({"role": "   ", "own_arguments": ["", "  "], "tasks": []}))
    proposal = _write(tmp_path / "p.json", json.dumps({"home_days": [], "notice": " ", "core_hours": ""}))
    case = _write(tmp_path / "c.json", json.dumps({"request": "  ", "refusal": "\n\n"}))
    for what in ("arguments", "objections", "agreement"):
        out = json.loads(cli("draft", what, "--situation", str(situation), "--proposal", str(proposal), "--json").out)
        assert out["sections"] and out["citations"]
    refusal = json.loads(cli("check-refusal", str(case), "--json").out)
    assert refusal["assessment"] in ("unclear", "outside_tln") and refusal["missing_information"]
    assert "Neste steg" in cli("check-refusal", str(case)).out
    assert cli("draft", "next-steps", "--case", str(case)).out.strip()


@pytest.mark.parametrize("question", ["", "   ", "\t\n"])
def test_an_empty_question_is_refused_in_the_users_language(cli, question) -> None:
    assert "Skriv et spørsmål" in cli("ask", question).err
    english = cli("--lang", "en", "ask", question)
    assert english.code == 2 and "Type a question" in english.err


def test_a_megabyte_question_is_refused(cli) -> None:
    run = cli("ask", "Har jeg rett til hjemmekontor? " * (MB // 31))
    assert run.code == 2 and "for langt" in run.err


def test_strange_text_everywhere_through_the_cli(cli, tmp_path) -> None:
    weird = f"Анна 🏠 مرحبا \u202eevil\u202c {SCRIPT} \\u001b[31m [7] {{role}} \u2028 jf. § 10-2 (7)"
    situation = json.loads((EXAMPLES / "situation-analytiker.json").read_text(encoding="utf-8"))
    situation.update(
        role=weird, best_hours=weird, own_arguments=[weird, "Jeg trenger hjemmekontor."], manager_concerns=[weird]
    )
    situation["results"][0]["evidence"] = weird
    s = _write(tmp_path / "s.json", json.dumps(situation, ensure_ascii=False).replace("\\\\u001b", "\\u001b"))
    case = json.loads((EXAMPLES / "refusal-redusert-barn-under-10.json").read_text(encoding="utf-8"))
    case.update(refusal=case["refusal"] + "\n\n" + weird, refusal_received="9999-12-31")
    case["employee"]["needs"] = weird
    c = _write(tmp_path / "c.json", json.dumps(case, ensure_ascii=False).replace("\\\\u001b", "\\u001b"))
    runs = [
        cli("draft", "arguments", "--situation", str(s)),
        cli("draft", "objections", "--situation", str(s), "--json"),
        cli("draft", "agreement", "--situation", str(s), "--out", str(tmp_path / "a.docx")),
        cli("draft", "agreement", "--situation", str(s), "--out", str(tmp_path / "a.md")),
        cli("--lang", "en", "check-refusal", str(c)),
        cli("draft", "next-steps", "--case", str(c), "--json"),
        cli("rehearse", "--situation", str(s), stdin=f"{weird}\n{SCRIPT}\n\n"),
    ]
    for run in runs:
        assert "\x1b" not in run.out and "\x00" not in run.out
    assert "Анна" in runs[0].out
    md = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "\\<script>" in md and "\x1b" not in md
    assert zipfile.is_zipfile(tmp_path / "a.docx")


def test_agreement_gaps_with_broken_files(cli, tmp_path) -> None:
    cases = {
        "tom.md": (b"", "Fant ingen tekst", "No text to check"),
        "blank.txt": (b"  \n\n\t", "Fant ingen tekst", "No text to check"),
        "skadet.docx": (b"PK\x03\x04 dette er ikke en zip", "kunne ikke åpnes", "could not be opened"),
        "bilde.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binær", "looks binary"),
        "avtale.pdf": (b"%PDF-1.4", "støttes ikke", "not supported"),
    }
    for name, (content, nb, en) in cases.items():
        path = _write(tmp_path / name, content)
        assert nb in cli("agreement-gaps", str(path)).err, name
        assert en in cli("--lang", "en", "agreement-gaps", str(path)).err, name
    assert "Fant ikke filen" in cli("agreement-gaps", str(tmp_path / "borte.docx")).err
    assert "Fant ingen tekst" in cli("agreement-gaps", "-", stdin="   ").err
    latin = _write(
        tmp_path / "latin.txt",
        "Arbeidstaker arbeider hjemmefra to dager i uken, mandag og fredag.\nUtstyret eies av arbeidsgiver.".encode(
            "cp1252"
        ),
    )
    utf16 = _write(
        tmp_path / "utf16.txt", "Arbeidstaker arbeider hjemmefra to dager i uken, mandag og fredag.".encode("utf-16")
    )
    for path in (latin, utf16):
        report = json.loads(cli("agreement-gaps", str(path), "--json").out)
        assert "p2_1_omfang" in {g["key"] for g in report["present"]}, path.name
    with pytest.raises(AgreementReadError):
        agreement_gaps(_write(tmp_path / "nul.md", b"# Avtale\x00\x00"))


def _bad_corpus(folder: Path) -> dict[str, str]:
    """A user's folder with one of everything that goes wrong; returns file → expected nb fragment."""
    folder.mkdir()
    good = "# Retningslinjer hos Acme\n\n## Kjernetid\n\nHos Acme er kjernetiden fra 10.00 til 14.00.\n"
    _write(folder / "acme.md", good)
    _write(folder / "kopi-av-acme.md", good)
    _write(folder / "skadet.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\n%%EOF garbage")
    _write(folder / "tom.pdf", b"")
    _write(folder / "skadet.docx", b"PK\x03\x04 ikke en ekte docx")
    _write(folder / "bilde.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00")
    _write(folder / "latin1.md", "# Notat\n\nPå kontoret i Tromsø – kjernetid 09–14, æøå.\n".encode("cp1252"))
    _write(folder / "utf16.txt", "Hjemmekontor hos Acme avtales skriftlig med nærmeste leder.".encode("utf-16"))
    _write(folder / "tom.md", "   \n\n")
    _write(folder / "program.exe", b"MZ\x90\x00\x03")
    _write(folder / "rart.md", f"# 🏠 مرحبا {SCRIPT}\n\nKontroll\x1b[31m og \x07 tegn, emoji 🧑‍💻 og \u202eRTL.\n")
    (folder / ".skjult.md").write_text("# skjult\n\ntekst\n", encoding="utf-8")
    return {
        "kopi-av-acme.md": "samme innhold som",
        "skadet.pdf": "kunne ikke leses",
        "tom.pdf": "kunne ikke leses",
        "skadet.docx": "kunne ikke leses",
        "bilde.txt": "binær",
        "latin1.md": "ikke UTF-8",
        "tom.md": "ingen tekst",
        "program.exe": "støttes ikke",
    }


def test_a_corpus_folder_with_broken_files_is_indexed_with_a_message_per_file(cli, tmp_path) -> None:
    from advisor.core.settings import Settings
    from advisor.retrieval.index import IndexFiles, read_passages

    expected = _bad_corpus(tmp_path / "mine")
    run = cli("--embedding", "fake", "index", "--corpus", str(tmp_path / "mine"), "--json")
    report = json.loads(run.out)
    for name, fragment in expected.items():
        line = next((x for x in run.err.splitlines() if name in x), "")
        assert fragment in line, (name, run.err)
    assert ".skjult.md" not in run.err and "utf16.txt" not in run.err and "rart.md" not in run.err
    assert len(report["problems"]) == len(expected)

    passages = read_passages(IndexFiles(Settings(embedding="fake").index_dir).passages)
    users = {p.source_id: p for p in passages if p.kind == "document"}
    assert {"mine-acme", "mine-latin1", "mine-utf16", "mine-rart"} <= set(users)
    assert "Tromsø – kjernetid 09–14, æøå" in users["mine-latin1"].text
    assert "\x1b" not in users["mine-rart"].text and "\x07" not in users["mine-rart"].text

    english = cli("--lang", "en", "--embedding", "fake", "index", "--rebuild")
    assert "the file looks binary" in english.err and "same content as" in english.err
    ask = json.loads(cli("--embedding", "fake", "ask", f"Hva er kjernetiden hos Acme? {SCRIPT} 🏠", "--json").out)
    assert ask["question"].startswith("Hva er kjernetiden")


# --- a few through a real process -----------------------------------------------------------------


@pytest.fixture(scope="module")
def process_env(tmp_path_factory) -> dict[str, str]:
    """A subprocess environment with its own data folder and outbound network blocked."""
    site = tmp_path_factory.mktemp("site")
    (site / "sitecustomize.py").write_text(f"import sys; sys.path.insert(0, {str(TESTS)!r}); import netguard\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLEXWORK_", "HF_", "TRANSFORMERS_"))}
    env.update(
        FLEXWORK_DATA_DIR=str(tmp_path_factory.mktemp("data")),
        FLEXWORK_CONFIG=str(site / "none.toml"),
        FLEXWORK_NETGUARD_LOG=str(site / "attempts.log"),
        PYTHONPATH=str(site),
    )
    return env


def flexwork(env: dict[str, str], *argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "advisor.cli", *argv],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode in (0, 2), proc.stderr
    return proc


@pytest.mark.slow
def test_a_megabyte_refusal_through_the_cli_process(process_env, tmp_path) -> None:
    case = json.loads((EXAMPLES / "refusal-redusert-skift-dokumentert.json").read_text(encoding="utf-8"))
    case["refusal"] = (case["refusal"] + "\n\n") * (MB // (len(case["refusal"]) + 2))
    path = _write(tmp_path / "stor.json", json.dumps(case, ensure_ascii=False))
    assert path.stat().st_size > MB
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = flexwork(process_env, "check-refusal", str(path), "--json")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime) < 20  # CPU seconds
    assert json.loads(proc.stdout)["assessment"] == "refusal_likely_justified"


@pytest.mark.slow
def test_bad_input_through_the_cli_process(process_env, tmp_path) -> None:
    empty = flexwork(process_env, "--lang", "en", "ask", "  ")
    assert empty.returncode == 2 and "Type a question" in empty.stderr
    bad = flexwork(process_env, "check-refusal", str(_write(tmp_path / "x.json", b"\xff\xfe{")))
    assert bad.returncode == 2 and "ikke UTF-8" in bad.stderr
    weird = json.loads((EXAMPLES / "situation-kundeservice.json").read_text(encoding="utf-8"))
    weird["role"] = "\u001b]0;tittel\u0007Kundebehandler \u202eevil 🏠 <b>fet</b>"
    s = _write(tmp_path / "s.json", json.dumps(weird))
    out = flexwork(process_env, "rehearse", "--situation", str(s), stdin="🏠 مرحبا <script>x</script>\n\x00\n\n")
    assert out.returncode == 0 and "\x1b" not in out.stdout
    log = Path(process_env["FLEXWORK_NETGUARD_LOG"])
    assert not log.exists() or log.read_text() == ""
