"""How fast the advisor starts: `flexwork ask` as a whole process, as a person at a terminal runs it.

A question's search takes milliseconds; a new process used to spend 9-10 s on imports first
(chromadb alone 2.9 s). This runs the real command, a new Python process each time, on the index
the benchmark built, and reports the median, minimum and maximum wall time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from typing import Any

from advisor.core.settings import Settings


def ask_process_seconds(
    settings: Settings, questions: list[str], runs: int = 7, timeout: float = 300
) -> dict[str, Any]:
    """Wall seconds of `flexwork ask QUESTION` (new process each), over `runs` runs of the questions."""
    env = dict(
        os.environ,
        FLEXWORK_DATA_DIR=str(settings.data_dir),
        FLEXWORK_EMBEDDING=settings.embedding,
        FLEXWORK_CORPUS_DIR=str(settings.corpus_dir),
    )
    times = []
    load_before = os.getloadavg()[0]
    for i in range(runs):
        question = questions[i % len(questions)]
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "advisor.cli", "ask", question],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise RuntimeError(f"flexwork ask failed: {done.stderr[-500:]}")
    return {
        "runs": runs,
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "times_s": times,
        "load_average_before": load_before,
        "load_average_after": os.getloadavg()[0],
    }
