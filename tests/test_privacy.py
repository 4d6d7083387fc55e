"""Privacy: every advisor task runs with the network blocked and makes no attempt to reach it,
Chroma's telemetry and Hugging Face's network access are off, and the logs (even at -v) hold none
of the personal facts a user types in.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.backends import llm
from advisor.cli.main import main

TESTS = Path(__file__).resolve().parent
EXAMPLES = TESTS.parent / "examples"

# Made-up, distinctive personal facts: a name, a diagnosis, a child's name, an address.
NAME = "Ingeborg Skjævesland-Tveit"
DIAGNOSIS = "ulcerøs kolitt"
CHILD = "Sølvi-Marie"
ADDRESS = "Kvernhusveien 17B"
PERSONAL = (NAME, "Skjævesland", DIAGNOSIS, "kolitt", CHILD, ADDRESS, "Kvernhusveien")


def _personal_files(folder: Path) -> dict[str, Path]:
    """A situation, proposal, refusal case and agreement full of the personal facts above."""
    situation = json.loads((EXAMPLES / "situation-analytiker.json").read_text(encoding="utf-8"))
    situation.update(
        role=f"Senior analytiker ({NAME})",
        care_duties=f"Datteren {CHILD} (6 år) må hentes i barnehagen kl. 16.00.",
        health=f"Jeg har {DIAGNOSIS} og trenger toalett i nærheten.",
        own_arguments=[
            f"Jeg, {NAME}, trenger hjemmekontor fordi {DIAGNOSIS} gjør pendlingen tung.",
            f"Jeg må hente {CHILD} i barnehagen.",
            f"Jeg bor i {ADDRESS}, langt fra kontoret.",
        ],
        manager_concerns=[f"at {NAME} er vanskelig å nå"],
    )
    situation["results"][0]["evidence"] = f"e-post til {NAME} fra økonomidirektøren"
    case = json.loads((EXAMPLES / "refusal-redusert-helse-uten-legeattest.json").read_text(encoding="utf-8"))
    case["refusal"] = (
        f"Hei {NAME},\n\n" + case["refusal"] + f"\n\nVi vet at du har {DIAGNOSIS} og at {CHILD} går i barnehage."
    )
    case["employee"].update(needs=f"{DIAGNOSIS}; henting av {CHILD}", history=f"{NAME} jobbet 07–15 i 2022.")
    agreement = (EXAMPLES / "agreement-ufullstendig.md").read_text(encoding="utf-8")
    agreement = agreement.replace("Kari Nordmann", NAME) + f"\n\nArbeidstaker bor i {ADDRESS} og har {DIAGNOSIS}.\n"
    files = {
        "situation": folder / "situasjon.json",
        "proposal": folder / "forslag.json",
        "case": folder / "avslag.json",
        "agreement": folder / "avtale.md",
    }
    files["situation"].write_text(json.dumps(situation, ensure_ascii=False), encoding="utf-8")
    shutil.copy(EXAMPLES / "proposal-analytiker.json", files["proposal"])
    files["case"].write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    files["agreement"].write_text(agreement, encoding="utf-8")
    return files


def _assert_no_personal_data(text: str, what: str) -> None:
    for fact in PERSONAL:
        assert fact not in text, f"{fact!r} in {what}:\n{text[:2000]}"


def _commands(files: dict[str, Path], out: Path, embedding: str) -> list[tuple[list[str], str]]:
    s, p, c = str(files["situation"]), str(files["proposal"]), str(files["case"])
    return [
        (["--embedding", embedding, "index"], ""),
        (["--embedding", embedding, "ask", f"Jeg heter {NAME} og har {DIAGNOSIS}. Har jeg rett til hjemmekontor?"], ""),
        (["draft", "arguments", "--situation", s, "--proposal", p, "--json"], ""),
        (["draft", "objections", "--situation", s, "--proposal", p], ""),
        (["draft", "next-steps", "--case", c, "--json"], ""),
        (["draft", "agreement", "--situation", s, "--proposal", p, "--out", str(out / "avtale.docx")], ""),
        (["check-refusal", c], ""),
        (["check-refusal", c, "--json"], ""),
        (["agreement-gaps", str(files["agreement"]), "--json"], ""),
        (
            ["rehearse", "--situation", s, "--proposal", p],
            f"Jeg, {NAME}, har {DIAGNOSIS} og må hente {CHILD}.\nJeg er tilgjengelig på Teams 09-15 i {ADDRESS}.\n\n",
        ),
    ]


@pytest.fixture(scope="module")
def guarded_env(tmp_path_factory) -> dict[str, str]:
    """A clean environment for `flexwork` subprocesses: own data folder, outbound network blocked, no loopback."""
    site = tmp_path_factory.mktemp("site")
    (site / "sitecustomize.py").write_text(f"import sys; sys.path.insert(0, {str(TESTS)!r}); import netguard\n")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("FLEXWORK_", "HF_", "TRANSFORMERS_", "ANONYMIZED_", "CHROMA_", "LANGCHAIN_"))
    }
    env.update(
        FLEXWORK_DATA_DIR=str(tmp_path_factory.mktemp("data")),
        FLEXWORK_CONFIG=str(site / "none.toml"),
        FLEXWORK_NETGUARD_LOG=str(site / "attempts.log"),
        PYTHONPATH=str(site),
    )
    env.pop("FLEXWORK_NETGUARD_LOOPBACK", None)
    return env


def flexwork(env: dict[str, str], argv: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "advisor.cli", "-v", *argv],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


def _attempts(env: dict[str, str]) -> str:
    log = Path(env["FLEXWORK_NETGUARD_LOG"])
    return log.read_text(encoding="utf-8") if log.exists() else ""


def test_the_guard_blocks_and_records(guarded_env, tmp_path) -> None:
    env = dict(guarded_env, FLEXWORK_NETGUARD_LOG=str(tmp_path / "probe.log"))
    code = (
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=2)\n"
        "except OSError as e:\n    print('blocked', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert "blocked" in out.stdout and "127.0.0.1" in (tmp_path / "probe.log").read_text()


@pytest.mark.slow
@pytest.mark.parametrize("llm_backend", ["none", "fake"])
def test_every_task_runs_offline_and_logs_no_personal_data(guarded_env, tmp_path, llm_backend) -> None:
    env = dict(
        guarded_env,
        FLEXWORK_LLM=llm_backend,
        FLEXWORK_DATA_DIR=str(tmp_path / "data"),
        FLEXWORK_NETGUARD_LOG=str(tmp_path / "attempts.log"),
    )
    files = _personal_files(tmp_path)
    for argv, stdin in _commands(files, tmp_path, "fake"):
        proc = flexwork(env, argv, stdin)
        assert proc.returncode == 0, (argv, proc.stderr)
        assert "Traceback" not in proc.stderr
        _assert_no_personal_data(proc.stderr, f"the log of {argv[:2]}")
        assert _attempts(env) == "", (argv, _attempts(env))
    assert (tmp_path / "avtale.docx").is_file()


@pytest.mark.slow
def test_the_real_embedding_model_runs_offline(guarded_env, real_settings, tmp_path) -> None:
    """Index a personal document and ask with the real model, in a process that cannot reach the network."""
    data = tmp_path / "data"
    shutil.copytree(real_settings.data_dir, data)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notat.md").write_text(
        f"# Notat\n\n## Hjemmekontor\n\n{NAME} har {DIAGNOSIS} og avtalt hjemmekontor mandager hos Acme.\n",
        encoding="utf-8",
    )
    env = dict(guarded_env, FLEXWORK_DATA_DIR=str(data), FLEXWORK_NETGUARD_LOG=str(tmp_path / "attempts.log"))
    for argv in (
        ["index", "--corpus", str(mine)],
        ["ask", f"Jeg heter {NAME} og har {DIAGNOSIS}. Har jeg rett til hjemmekontor?", "--json"],
    ):
        proc = flexwork(env, argv)
        assert proc.returncode == 0, proc.stderr
        _assert_no_personal_data(proc.stderr, f"the log of {argv[0]}")
    answer = json.loads(proc.stdout)
    assert answer["citations"] and all(c["verified"] for c in answer["citations"])
    assert _attempts(env) == ""


# --- what the model sees is not what the log sees -----------------------------------------------


def test_a_failing_model_reply_is_logged_without_the_users_text(monkeypatch, tmp_path, caplog, capsys) -> None:
    """The citation check's warning names the problem, not the claim, quote or passage that failed."""
    files = _personal_files(tmp_path)
    poisoned = json.dumps(
        {
            "sections": [
                {
                    "index": 0,
                    "claims": [
                        {
                            "text": f"{NAME} har {DIAGNOSIS} og må hente {CHILD}.",
                            "citations": [{"passage_id": f"{CHILD}#{ADDRESS}", "quote": f"{NAME} bor i {ADDRESS}."}],
                        },
                        {"text": f"{NAME} har rett til hjemmekontor etter TLN 1/99.", "citations": []},
                    ],
                }
            ]
        },
        ensure_ascii=False,
    )
    monkeypatch.setattr(llm, "make_chat_model", lambda settings, replies=None: llm.fake_chat_model([poisoned] * 2))
    for key in list(os.environ):
        if key.startswith("FLEXWORK_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("FLEXWORK_LLM", "fake")
    monkeypatch.setenv("FLEXWORK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FLEXWORK_CONFIG", str(tmp_path / "none.toml"))
    caplog.set_level(logging.INFO)
    from advisor.core.i18n import t

    assert main(["-v", "draft", "arguments", "--situation", str(files["situation"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["notice"] == t("answer.replaced", "nb")
    assert main(["-v", "check-refusal", str(files["case"]), "--json"]) == 0
    warnings = [r for r in caplog.records if "citation check" in r.getMessage()]
    assert len(warnings) == 4, [r.getMessage() for r in caplog.records]
    _assert_no_personal_data(caplog.text, "the log")
    assert "quote not found" in caplog.text or "not retrieved" in caplog.text
    _assert_no_personal_data(capsys.readouterr().err, "stderr")


# --- telemetry and offline switches -----------------------------------------------------------------


def test_chroma_telemetry_is_off_on_our_client(tmp_path, monkeypatch) -> None:
    from advisor.core.settings import Settings
    from advisor.retrieval.index import chroma_client

    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "True")  # even a user's environment cannot switch it on
    for store in ("memory", "embedded"):
        client = chroma_client(Settings(data_dir=tmp_path, vector_store=store, embedding="fake"))
        assert client.get_settings().anonymized_telemetry is False, store


@pytest.mark.slow  # a fresh interpreter importing advisor and chromadb (3 s of CPU)
def test_importing_advisor_switches_libraries_to_offline_and_private() -> None:
    code = (
        "import json, os\n"
        "import advisor\n"
        "import chromadb.config\n"
        "keys = ['ANONYMIZED_TELEMETRY', 'HF_HUB_OFFLINE', 'TRANSFORMERS_OFFLINE', 'HF_DATASETS_OFFLINE',\n"
        "        'HF_HUB_DISABLE_TELEMETRY', 'DO_NOT_TRACK', 'LANGCHAIN_TRACING_V2', 'LANGSMITH_TRACING']\n"
        "out = {k: os.environ.get(k) for k in keys}\n"
        "out['chroma_default'] = chromadb.config.Settings().anonymized_telemetry\n"
        "print(json.dumps(out))\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HF_", "TRANSFORMERS_", "ANONYMIZED_", "DO_NOT_TRACK", "LANG"))
    }
    env.update(LANGCHAIN_TRACING_V2="true", LANGSMITH_TRACING="true")  # inherited tracing must not survive
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out == {
        "ANONYMIZED_TELEMETRY": "False",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "DO_NOT_TRACK": "1",
        "LANGCHAIN_TRACING_V2": "false",
        "LANGSMITH_TRACING": "false",
        "chroma_default": False,
    }
