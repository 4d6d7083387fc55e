"""Hostile documents (issue 15): refused before they are parsed, with a message naming the limit.

A decompression bomb (.docx whose document.xml inflates to 400 MB), a .docx of 100,000 zip
entries, a 200 MB PDF and HTML nested 100,000 levels deep, made in a temporary folder at test
time (tests/hostile.py), go through the three ways a document comes in: `flexwork agreement-gaps`,
the upload on 06 Avtale (AgreementModel.check_upload) and `flexwork index --corpus`. Each runs in
a fresh process whose peak memory (the kernel's own account, wait4) must stay under 300 MB, and
each refusal must come within 2 s — for the command line, the whole command (start-up included),
counted in CPU seconds so that a busy shared machine does not decide the result.

Also: `flexwork index` shows progress on a terminal only (not in a pipe, not with --json).
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hostile import make_all

REPO = Path(__file__).resolve().parent.parent
MAX_SECONDS = 2.0
MAX_MB = 300
# What each file is refused for, where a limit applies (the message names its setting).
LIMIT = {
    "bomb.docx": "read_max_ratio",
    "many.docx": "read_max_zip_entries",
    "huge.pdf": "read_max_file_mb",
    "nested.html": "read_max_html_depth",
}
GOOD = "# Egen veileder\n\n## Hjemmekontor\n\nVi avtaler hjemmekontor to dager i uken med kjernetid 09-14.\n"
FIGURES: dict[str, dict] = {}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:  # noqa: ANN001
    return make_all(tmp_path_factory.mktemp("hostile"))


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLEXWORK_", "JUPYTERHUB_"))}
    env.update(
        FLEXWORK_DATA_DIR=str(data_dir),
        FLEXWORK_EMBEDDING="fake",
        FLEXWORK_CONFIG=str(data_dir / "none.toml"),
        PYTHONPATH=os.pathsep.join([str(REPO), str(REPO / "tests")]),
        **extra,
    )
    return env


# Runs a command (`flexwork ...`, or `-c CODE ...`) and, at its exit, writes its peak resident memory
# (VmHWM: reset at exec, unlike the rusage of a child forked from this big test process) to a file.
WRAP = r"""
import atexit, runpy, sys
out = sys.argv[1]
def peak():
    with open("/proc/self/status") as fh:
        kb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    with open(out, "w") as fh:
        fh.write(str(kb))
atexit.register(peak)
if sys.argv[2] == "-c":
    code, sys.argv = sys.argv[3], ["-c", *sys.argv[4:]]
    exec(compile(code, "<test>", "exec"), {"__name__": "__main__"})
else:
    sys.argv = ["flexwork", *sys.argv[2:]]
    runpy.run_module("advisor.cli", run_name="__main__", alter_sys=True)
"""


CPU: dict[tuple[str, ...], float] = {}  # CPU seconds (user + system) of the last run of each command


def measured(args: list[str], env: dict[str, str], stderr: int | None = None) -> tuple[float, int, str, str, float]:
    """Run `flexwork ARGS` (or `-c CODE ARGS`): (seconds, exit code, stdout, stderr, peak memory in MB).

    Its CPU time (user + system, from wait4) is kept in CPU[tuple(args)].
    """
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        peak = Path(tmp) / "peak"
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-c", WRAP, str(peak), *args],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=stderr if stderr is not None else err,
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        CPU[tuple(args)] = usage.ru_utime + usage.ru_stime
        out.seek(0)
        err.seek(0)
        mb = int(peak.read_text()) / 1024 if peak.exists() else float("inf")
        return seconds, proc.returncode, out.read().decode(), err.read().decode(), mb


# -- the gap check on the command line ------------------------------------------------------------------


@pytest.mark.slow  # the whole `flexwork agreement-gaps` command in its own process, CPU and memory measured
@pytest.mark.parametrize("name", list(LIMIT))
def test_agreement_gaps_refuses_each_hostile_file_at_once(files, name: str, tmp_path) -> None:  # noqa: ANN001
    args = ["agreement-gaps", str(files[name])]
    seconds, code, out, err, mb = measured(args, env_for(tmp_path))
    cpu = CPU[tuple(args)]
    FIGURES[f"cli agreement-gaps {name}"] = {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mb": round(mb),
    }
    assert code == 2 and out == "", (code, out, err)
    assert "Traceback" not in err
    assert name in err and LIMIT[name] in err, err
    # The whole command, Python's start-up included, in CPU time: ~0.5 s, the same as its wall time on a
    # quiet machine. (Wall time is recorded too; with 20 processes on 2 cores it measures the queue.)
    assert cpu < MAX_SECONDS, f"{name}: {cpu:.2f} CPU seconds"
    assert mb < MAX_MB, f"{name}: {mb:.0f} MB"


# -- the upload on 06 Avtale ------------------------------------------------------------------------------

UPLOAD = r"""
import json, mmap, sys, time
from pathlib import Path
from advisor.app.context import AppContext
from advisor.app.steps.agreement import AgreementModel, UploadProblem
from advisor.core.settings import Settings

path = Path(sys.argv[1])
model = AgreementModel(AppContext.create(Settings(data_dir=Path(sys.argv[2]), embedding="fake"), user="kari"))
with open(path, "rb") as fh:
    # the upload's bytes, as the widget hands them over (mapped: the file's hole costs no memory)
    content = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    start = time.monotonic()
    try:
        model.check_upload(path.name, content)
        result = {"refused": False}
    except UploadProblem as exc:
        message = exc.values.get("message") or exc.key
        result = {"refused": True, "key": exc.key, "message": message}
    result["seconds"] = time.monotonic() - start
print(json.dumps(result))
"""


@pytest.mark.slow  # the upload in its own process (the app's imports and peak memory measured)
@pytest.mark.parametrize("name", list(LIMIT))
def test_the_upload_refuses_each_hostile_file_at_once(files, name: str, tmp_path) -> None:  # noqa: ANN001
    _seconds, code, out, err, mb = measured(["-c", UPLOAD, str(files[name]), str(tmp_path)], env_for(tmp_path))
    assert code == 0, err
    result = json.loads(out)
    FIGURES[f"upload {name}"] = {"seconds": round(result["seconds"], 3), "peak_mb": round(mb)}
    assert result["refused"], result
    if name.endswith(".docx"):
        assert result["key"] == "gaps.read_error" and LIMIT[name] in result["message"] and name in result["message"]
    else:  # the upload takes .docx, .md and .txt only
        assert result["key"] == "gaps.bad_type"
    assert result["seconds"] < MAX_SECONDS
    assert mb < MAX_MB, f"{name}: {mb:.0f} MB"
    assert not list((tmp_path / "users").rglob("*.*")), "nothing of the refused file is kept"


# -- the corpus indexer -------------------------------------------------------------------------------------

LOAD = r"""
import json, sys, time
from pathlib import Path
from advisor.corpus.load import iter_files, load_corpus

folder = Path(sys.argv[1])
names = [p.name for p in iter_files(folder)]
marks = []
docs, problems = load_corpus(folder, "en", on_file=lambda done, total: marks.append(time.monotonic()))
seconds = {names[i]: marks[i + 1] - marks[i] for i in range(len(names))}
print(json.dumps({"seconds": seconds, "docs": [d.path.name for d in docs],
                  "problems": {Path(p.path).name: p.message for p in problems}}))
"""


@pytest.fixture(scope="module")
def corpus(files, tmp_path_factory) -> Path:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("hostile-corpus")
    for name, path in files.items():
        (folder / name).symlink_to(path)
    (folder / "egen-veileder.md").write_text(GOOD, encoding="utf-8")
    return folder


def test_the_loader_refuses_each_hostile_file_at_once_and_reads_the_rest(corpus: Path, tmp_path) -> None:
    seconds, code, out, err, mb = measured(["-c", LOAD, str(corpus)], env_for(tmp_path))
    assert code == 0, err
    result = json.loads(out)
    FIGURES["corpus loader (one process, all files)"] = {"peak_mb": round(mb), "seconds": round(seconds, 2)}
    for name, setting in LIMIT.items():
        FIGURES[f"corpus loader {name}"] = {"seconds": round(result["seconds"][name], 3)}
        assert setting in result["problems"][name] and name in result["problems"][name]
        assert result["seconds"][name] < MAX_SECONDS, (name, result["seconds"][name])
    assert result["docs"] == ["egen-veileder.md"]
    assert mb < MAX_MB


@pytest.mark.slow  # the whole `flexwork index` command in its own process, memory measured
def test_index_with_hostile_files_in_the_corpus_indexes_the_others(corpus: Path, tmp_path) -> None:
    seconds, code, out, err, mb = measured(["index", "--corpus", str(corpus), "--json"], env_for(tmp_path / "data"))
    FIGURES["cli index --corpus (whole command, fake embedder)"] = {"seconds": round(seconds, 1), "peak_mb": round(mb)}
    assert code == 0, err
    for name, setting in LIMIT.items():
        assert any(name in line and setting in line for line in err.splitlines()), (name, err)
    report = json.loads(out)
    assert report["files_indexed"] >= 1
    passages = (tmp_path / "data" / "index" / "fake" / "passages.jsonl").read_text(encoding="utf-8")
    assert "kjernetid 09-14" in passages  # the good file next to them is in the index
    assert "\r" not in err  # --json and a pipe: no progress line
    assert mb < MAX_MB


# -- limits are settings; sloppy HTML is not "deep"; the time budget ----------------------------------------


def test_limits_come_from_the_settings_and_name_themselves(tmp_path) -> None:
    import docx

    from advisor.core.settings import Settings
    from advisor.corpus.limits import DocumentRefused, Limits
    from advisor.corpus.load import docx_text

    path = tmp_path / "avtale.docx"
    d = docx.Document()
    d.add_heading("Avtale om hjemmekontor", 1)
    d.add_paragraph("Arbeidstaker arbeider hjemmefra tirsdag og torsdag.")
    d.save(str(path))
    assert "## Avtale om hjemmekontor" in docx_text(path, Limits.from_settings(Settings(data_dir=tmp_path)))
    tight = Limits.from_settings(Settings(data_dir=tmp_path, read_max_file_mb=0.001))
    with pytest.raises(DocumentRefused) as exc:
        docx_text(path, tight)
    assert "read_max_file_mb" in exc.value.user_message("en") and "avtale.docx" in exc.value.user_message("en")
    assert "filstørrelse" in exc.value.user_message("nb")
    with pytest.raises(DocumentRefused) as exc:
        docx_text(path, Limits(seconds=0))
    assert "read_max_seconds" in exc.value.user_message("en")


def test_html_depth_counts_like_a_browser_not_like_a_naive_counter() -> None:
    from advisor.corpus.limits import html_depth

    sloppy = "<html><body>" + "<p>avsnitt uten slutt-tagg " * 5000 + "<ul>" + "<li>punkt" * 5000 + "</ul></body></html>"
    assert html_depth(sloppy) <= 5
    assert html_depth("<div>" * 300 + "x" + "</div>" * 300) == 300
    assert html_depth("<!-- <div><div><div> -->" + "<script>" + "<div>" * 500 + "</script><br><img src=x>") == 0


# -- progress -------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_index_shows_progress_on_a_terminal_only(tmp_path) -> None:
    corpus = tmp_path / "egen"
    corpus.mkdir()
    (corpus / "veileder.md").write_text(GOOD, encoding="utf-8")
    env = env_for(tmp_path / "data")
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "advisor.cli", "index", "--corpus", str(corpus)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=slave,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other end closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        out = proc.communicate(timeout=300)[0].decode()
    finally:
        os.close(master)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    lines = shown.split("\r")
    assert any("Leser filene" in ln and "filer " in ln for ln in lines), shown[-2000:]
    assert any("Lager søkeindeksen" in ln and "avsnitt " in ln for ln in lines), shown[-2000:]
    assert any("så langt" in ln or "igjen" in ln for ln in lines)
    assert "Indeksert" in out and "\r" not in out  # the summary on stdout, the progress on the terminal
    # a pipe: only the summary, no progress
    _seconds, code, out, err, _mb = measured(["index"], env)
    assert code == 0 and "\r" not in err and "Leser filene" not in err


def test_time_left_is_worked_out_from_the_embedding_rate() -> None:
    import io

    from advisor.cli.progress import TerminalProgress

    stream = io.StringIO()
    p = TerminalProgress("en", stream=stream, enabled=True)
    p("load", 0.05, files=3, files_total=10)
    assert "files 3/10" in p.line() and "so far" in p.line()
    p("embed", 0.2, passages=100, passages_total=1100)
    p.embed_start = (time.monotonic() - 10, 0)  # 100 passages took 10 s: 1000 more take 100 s
    assert "about 1:40 left" in p.line()
    assert TerminalProgress("en", stream=io.StringIO()).enabled is False  # not a terminal: draws nothing


def test_zz_report_figures() -> None:
    """Print the measured figures (run with -s to see them; the lead copies them into the report)."""
    print(json.dumps(FIGURES, indent=1))
