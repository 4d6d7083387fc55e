"""`flexwork bench`: the performance benchmark (flexwork_bench/ in the source checkout, not in the wheel)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def cmd_bench(args: argparse.Namespace) -> int:
    """`flexwork bench`: run the benchmark from a source checkout and print or save the report."""
    checkout = Path(__file__).resolve().parents[2]  # the repository, when run from a source checkout
    if (checkout / "flexwork_bench").is_dir() and str(checkout) not in sys.path:
        sys.path.append(str(checkout))
    try:  # inside the function: flexwork_bench is in the source checkout only, not in the wheel
        from flexwork_bench.bench import SCALE_PASSAGES, STEPS, render, run_bench
    except ModuleNotFoundError as exc:
        if exc.name not in ("flexwork_bench", "flexwork_bench.bench"):
            raise
        print(
            "flexwork bench: the benchmark is part of the source checkout (flexwork_bench/), not of the "
            "installed package; run it from a clone of the repository (make bench).",
            file=sys.stderr,
        )
        return 2

    only = {name.strip() for name in args.only.split(",") if name.strip()} if args.only else None
    unknown = sorted((only or set()) - set(STEPS))
    if unknown:
        print(f"flexwork bench: unknown step(s) {', '.join(unknown)}; choose from {', '.join(STEPS)}")
        return 2
    report = run_bench(
        quick=args.quick,
        work=Path(args.keep) if args.keep else None,
        participants=args.participants,
        browsers=args.browsers,
        scale_passages=args.scale or SCALE_PASSAGES,
        only=only,
        preheat_pool=args.preheat_pool,
    )
    data = report.as_json()
    if args.out:
        Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print(render(report))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `flexwork bench` to the parser."""
    p = sub.add_parser("bench", help="measure index, query, task, Voilà and scale performance on this machine")
    p.add_argument("--json", action="store_true", help="print the figures and targets as JSON")
    p.add_argument("--quick", action="store_true", help="skip the 50,000-passage run and the load test")
    p.add_argument("--out", metavar="FILE", help="also write the JSON to FILE")
    p.add_argument("--participants", type=int, default=20, help="simulated workshop participants (default 20)")
    p.add_argument(
        "--browsers",
        type=int,
        default=4,
        help="how many of them are real Chromium pages; the others speak the widget protocol (default 4)",
    )
    p.add_argument("--scale", type=int, default=None, metavar="N", help="synthetic passages in the scale run")
    p.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (indexes, Voilà logs)")
    p.add_argument(
        "--only",
        metavar="STEPS",
        help="comma-separated steps to run: index,query,tasks,compare,voila,scale,load "
        "(the index is always built first)",
    )
    p.add_argument(
        "--preheat-pool",
        type=int,
        default=0,
        metavar="N",
        help="load test with N preheated kernels per workbook (default: none, as `flexwork serve`)",
    )
    p.set_defaults(func=cmd_bench)
