"""Every example in examples/ runs through the CLI; every citation in every output checks out."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.answering.grounding import corpus_passages
from advisor.cli.main import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SITUATIONS = sorted(EXAMPLES.glob("situation-*.json"))
REFUSALS = sorted(EXAMPLES.glob("refusal-*.json"))


def pairs() -> list[tuple[Path, Path | None]]:
    out = []
    for s in SITUATIONS:
        p = EXAMPLES / s.name.replace("situation-", "proposal-")
        out.append((s, p if p.exists() else None))
    return out


def run_json(capsys, *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def assert_citations_verified(out: dict) -> None:
    passages = corpus_passages()
    assert out["citations"], "expected citations"
    for c in out["citations"]:
        p = passages[c["passage_id"]]
        assert c["verified"] is True
        assert " ".join(c["quote"].split()) in " ".join(p.text.split()), c
        assert c["ref"] == p.ref
    known = {c["n"] for c in out["citations"]}
    for section in out.get("sections", []):
        for line in section["lines"]:
            ns = {int(n) for n in re.findall(r"\[(\d+)\]", line)}
            assert ns and ns <= known, line


def test_there_are_examples() -> None:
    assert len(SITUATIONS) >= 3 and len(REFUSALS) >= 5


@pytest.mark.parametrize("what", ["arguments", "objections", "agreement"])
@pytest.mark.parametrize("situation,proposal", pairs(), ids=lambda p: p.stem if p else "none")
def test_draft_examples(capsys, what, situation, proposal) -> None:
    argv = ["draft", what, "--situation", str(situation), "--json"]
    if proposal:
        argv += ["--proposal", str(proposal)]
    out = run_json(capsys, *argv)
    assert_citations_verified(out)
    if what == "arguments":
        assert "reframes" in out


@pytest.mark.parametrize("case", REFUSALS, ids=lambda p: p.stem)
def test_refusal_examples(capsys, case) -> None:
    out = run_json(capsys, "check-refusal", str(case), "--json")
    assert out["track"] in {"flexible_time", "reduced_time", "night_work", "home_office", "other"}
    assert out["assessment"] in {"refusal_likely_unjustified", "refusal_likely_justified", "unclear", "outside_tln"}
    assert_citations_verified(out)
    for finding in out["findings"]:
        for c in finding["citations"]:
            assert c["verified"] is True
    steps = run_json(capsys, "draft", "next-steps", "--case", str(case), "--json")
    assert_citations_verified(steps)


def test_docx_and_markdown_out(tmp_path, capsys) -> None:
    import docx

    situation, proposal = pairs()[0]
    out = tmp_path / "avtale.docx"
    assert (
        main(["draft", "agreement", "--situation", str(situation), "--proposal", str(proposal), "--out", str(out)]) == 0
    )
    d = docx.Document(str(out))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Kilder" in text and "hjemmekontorforskriften § 2" in text
    md = tmp_path / "arg.md"
    assert main(["draft", "arguments", "--situation", str(situation), "--out", str(md)]) == 0
    assert md.read_text(encoding="utf-8").startswith("# ")


def test_agreement_gaps_cli(capsys) -> None:
    out = run_json(capsys, "agreement-gaps", str(EXAMPLES / "agreement-ufullstendig.md"), "--json")
    assert out["missing"] and all("key" in g for g in out["missing"])


def test_bad_input_files_get_clear_messages(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert main(["draft", "arguments", "--situation", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "ikke gyldig JSON" in err and "bad.json" in err
    bad.write_text(json.dumps({"employment_percent": 250}), encoding="utf-8")
    assert main(["--lang", "en", "draft", "arguments", "--situation", str(bad)]) == 2
    assert "employment_percent" in capsys.readouterr().err
    assert main(["check-refusal", str(tmp_path / "missing.json")]) == 2


@pytest.mark.slow  # the CLI in its own process
def test_rehearse_in_a_real_terminal_process() -> None:
    situation, proposal = pairs()[0]
    replies = (
        "Jeg synes bare at jeg fortjener det.\n"
        "Jeg foreslår en prøveperiode på 3 måneder der jeg er tilgjengelig på Teams 09–15 og svarer innen 2 timer; vi evaluerer med tall for leveranser.\n\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "advisor.cli", "rehearse", "--situation", str(situation), "--proposal", str(proposal)],
        input=replies,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("Leder:") >= 3 and "Coach" in proc.stdout and "[1]" in proc.stdout


def test_draft_policy_from_the_command_line(capsys, tmp_path) -> None:
    """`flexwork draft policy`: nine points, the guidance cited and checked, the organisation's own notes uncited."""
    out = run_json(capsys, "draft", "policy", "--policy", str(EXAMPLES / "policy.json"), "--json")
    assert out["kind"] == "hr_policy" and "Eksempel AS" in out["title"]
    assert len(out["sections"]) >= 9
    passages = corpus_passages()
    assert out["citations"] and all(c["verified"] for c in out["citations"])
    for c in out["citations"]:
        assert " ".join(c["quote"].split()) in " ".join(passages[c["passage_id"]].text.split())
    lines = [line for s in out["sections"] for line in s["lines"]]
    assert any("Revideres hvert år" in line for line in lines), lines  # the organisation's own decision
    # --org overrides, and without a file every point is «not in place»
    out = run_json(capsys, "--lang", "en", "draft", "policy", "--org", "Acme", "--json")
    assert "Acme" in out["title"]
    assert main(["draft", "policy", "--policy", str(tmp_path / "missing.json")]) != 0
    assert "missing.json" in capsys.readouterr().err
