"""The real `flexwork` CLI in a subprocess, with the real embedding model and outbound network blocked."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.answering.grounding import corpus_passages

TESTS = Path(__file__).resolve().parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory) -> dict[str, str]:
    """Environment for CLI runs: own data dir, and a sitecustomize that blocks the network."""
    site = tmp_path_factory.mktemp("site")
    (site / "sitecustomize.py").write_text(f"import sys; sys.path.insert(0, {str(TESTS)!r}); import netguard\n")
    log = tmp_path_factory.mktemp("net") / "attempts.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLEXWORK_", "HF_", "TRANSFORMERS_"))}
    env.update(
        FLEXWORK_DATA_DIR=str(tmp_path_factory.mktemp("cli-data")),
        FLEXWORK_CONFIG=str(site / "none.toml"),
        FLEXWORK_NETGUARD_LOG=str(log),
        PYTHONPATH=str(site),
    )
    env["_LOG"] = str(log)
    return env


def flexwork(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "advisor.cli", *args], env=env, capture_output=True, text=True, timeout=600
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_index_then_ask_offline(cli_env) -> None:
    first = flexwork(cli_env, "index")
    assert "Indeksert" in first.stdout
    again = flexwork(cli_env, "index", "--json")
    report = json.loads(again.stdout)
    assert report["files_indexed"] == 0 and report["files_skipped"] > 20

    out = json.loads(flexwork(cli_env, "ask", "Har jeg rett til hjemmekontor?", "--json").stdout)
    assert set(out) >= {"question", "answer", "abstained", "backend", "citations"}
    assert out["abstained"] is False and out["backend"] == "none"
    assert re.search(r"ingen (generell )?(lovfestet )?rett til (å få )?hjemmekontor", out["answer"].lower())
    refs = [c["ref"] for c in out["citations"]]
    assert any(
        r.startswith("hjemmekontorforskriften")
        or r == "TLN 77/23"
        or "77/23" in c["passage_id"]
        or "hjemmekontor-ingen-rett" in c["passage_id"]
        for r, c in zip(refs, out["citations"], strict=True)
    ), refs
    passages = corpus_passages()
    for c in out["citations"]:
        assert set(c) >= {"n", "passage_id", "ref", "title", "quote", "url", "verified"}
        assert c["verified"] is True
        assert c["quote"] in " ".join(passages[c["passage_id"]].text.split())
    for line in out["answer"].splitlines():
        assert re.search(r"\[\d+\]", line), line

    log = Path(cli_env["_LOG"])
    assert not log.exists() or log.read_text() == "", log.read_text()


def test_ask_abstains_when_the_corpus_has_nothing(cli_env) -> None:
    flexwork(cli_env, "index")
    for q in ("Hva er hovedstaden i Frankrike?", "Hvordan baker jeg surdeigsbrød?"):
        out = json.loads(flexwork(cli_env, "ask", q, "--json").stdout)
        assert out["abstained"] is True and out["citations"] == [], q
        assert "fant ikke" in out["answer"].lower()


def test_ask_text_output_and_bad_question(cli_env) -> None:
    flexwork(cli_env, "index")
    text = flexwork(cli_env, "ask", "Hvor lang frist har jeg for å klage til tvisteløsningsnemnda?").stdout
    assert "[1]" in text and "✓" in text and "fire uker" in text and "ikke juridisk rådgivning" in text
    empty = flexwork(cli_env, "ask", "   ", check=False)
    assert empty.returncode == 2 and "Skriv et spørsmål" in empty.stderr and "Traceback" not in empty.stderr
    english = flexwork(cli_env, "--lang", "en", "ask", "", check=False)
    assert "Type a question" in english.stderr


def test_user_documents_are_indexed_and_cited(cli_env, tmp_path) -> None:
    docs = tmp_path / "acme"
    docs.mkdir()
    (docs / "acme-policy.md").write_text(
        "# Acme: retningslinjer\n\n## Kjernetid hos Acme\n\nHos Acme er kjernetiden fra 10.00 til 14.00 alle hverdager.\n",
        encoding="utf-8",
    )
    (docs / "ødelagt.pdf").write_bytes(b"not a pdf")
    proc = flexwork(cli_env, "index", "--corpus", str(docs))
    assert "ødelagt.pdf" in proc.stderr
    again = json.loads(flexwork(cli_env, "index", "--json").stdout)  # the folder is remembered
    assert again["files_removed"] == 0
    out = json.loads(flexwork(cli_env, "ask", "Hva er kjernetiden hos Acme?", "--json").stdout)
    assert any(c["passage_id"] == "acme-acme-policy#kjernetid-hos-acme" and c["verified"] for c in out["citations"]), (
        out
    )
    gone = json.loads(flexwork(cli_env, "index", "--forget", str(docs), "--json").stdout)
    assert gone["files_removed"] == 1


def test_no_network_attempts_were_made(cli_env) -> None:
    flexwork(cli_env, "index")
    flexwork(cli_env, "ask", "Kan jeg jobbe kveld etter at barna har lagt seg?", "--json")
    log = Path(cli_env["_LOG"])
    assert not log.exists() or log.read_text() == "", log.read_text()


def test_netguard_really_blocks(cli_env) -> None:
    code = "import urllib.request\ntry:\n    urllib.request.urlopen('http://example.com', timeout=5)\nexcept OSError as e:\n    print('blocked', e)\n"
    env = dict(cli_env, FLEXWORK_NETGUARD_LOG=str(Path(cli_env["_LOG"]).with_name("probe.log")))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert "blocked" in out.stdout
    assert "example.com" in Path(env["FLEXWORK_NETGUARD_LOG"]).read_text()
