"""Installable anywhere: a wheel built from this checkout, installed into a fresh virtualenv, gives a
working `flexwork` with the bundled corpus and workbooks, run from a folder outside the checkout.

No network: the wheel is built without build isolation and installed without dependencies; the new
virtualenv sees this virtualenv's packages (torch, chromadb, ...) through a .pth line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("advisor", "corpus", "workbooks", "pyproject.toml", "setup.py", "README.md")


def _run(
    cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600
) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtualenv with the wheel installed; returns its bin/ folder."""
    tmp = tmp_path_factory.mktemp("install")
    src = tmp / "src"  # a copy, so the build leaves no build/ or egg-info in the checkout
    src.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(REPO / name, src / name)
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(src),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp / "dist"),
        ],
        cwd=tmp,
    )
    wheel = next((tmp / "dist").glob("flexwork_advisor-*.whl"))
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp)
    site = next((venv / "lib").glob("python3*/site-packages"))
    # the dependencies come from this virtualenv (no download); .pth lines only extend sys.path, so
    # this virtualenv's own editable install of the checkout is not picked up
    (site / "zz-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], cwd=tmp)
    return venv / "bin"


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLEXWORK_") and k != "PYTHONPATH"}
    env |= {
        "FLEXWORK_DATA_DIR": str(tmp / "data"),
        "FLEXWORK_CONFIG": str(tmp / "no-settings.toml"),
        "HOME": str(tmp),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "share"),
    }
    return env


def test_the_wheel_has_the_corpus_and_the_workbooks_but_not_the_benchmark(installed: Path, tmp_path: Path) -> None:
    code = (
        "import advisor, json; from advisor.core.settings import BUNDLED_CORPUS, BUNDLED_WORKBOOKS; "
        "print(json.dumps([advisor.__file__, str(BUNDLED_CORPUS), str(BUNDLED_WORKBOOKS)]))"
    )
    out = json.loads(_run([str(installed / "python"), "-c", code], cwd=tmp_path, env=_env(tmp_path)).stdout)
    venv = installed.parent
    assert all(Path(p).is_relative_to(venv) for p in out), out  # nothing from the checkout
    corpus, workbooks = Path(out[1]), Path(out[2])
    assert (corpus / "manifest.toml").is_file() and list((corpus / "law").glob("*.md"))
    assert (workbooks / "00-start.ipynb").is_file() and (workbooks / "voila.json").is_file()
    # the workbooks' kernel (debugger and history off) and Voilà's template ship too (flexwork serve needs both)
    app = Path(out[0]).parent / "app"
    assert (app / "voila_kernel" / "kernels" / "python3" / "kernel.json").is_file()
    assert (app / "voila" / "templates" / "flexwork" / "index.html.j2").is_file()
    proc = subprocess.run(
        [str(installed / "python"), "-c", "import flexwork_bench"],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0  # the benchmark stays in the checkout
    bench = subprocess.run(
        [str(installed / "flexwork"), "bench", "--quick"],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bench.returncode == 2 and "source checkout" in bench.stderr and "Traceback" not in bench.stderr


def test_flexwork_works_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    flexwork = str(installed / "flexwork")
    status = json.loads(_run([flexwork, "corpus", "status", "--json"], cwd=tmp_path, env=env).stdout)
    assert status["sources"] >= 30 and status["passages"] > 100
    _run([flexwork, "index"], cwd=tmp_path, env=env)
    answer = json.loads(
        _run([flexwork, "ask", "Har jeg rett til fleksibel arbeidstid?", "--json"], cwd=tmp_path, env=env).stdout
    )
    assert answer["citations"] and all(c["verified"] for c in answer["citations"]), answer
    assert any(c["passage_id"].startswith("aml-10-2") for c in answer["citations"]), answer["citations"]
