"""Progress of `flexwork index` on a terminal: one line on stderr, redrawn in place.

It shows the stage, files read, passages embedded and the time left (from the embedding rate),
and ticks every half second during a long single step (loading the model), so a first index
never sits silent. It draws nothing when stderr is not a terminal (pipes, logs, CI) or with
--json: the index code only calls a small callback, `progress(stage, fraction, **counts)`.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, TextIO

from advisor.corpus.limits import message as t


class TerminalProgress:
    """The callback for build_index(progress=...); use as a context manager (ends the line)."""

    def __init__(
        self, lang: str = "nb", stream: TextIO | None = None, enabled: bool | None = None, tick: float = 0.5
    ) -> None:
        self.lang = lang
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self.stage = "load"
        self.counts: dict[str, int] = {}
        self.embed_start: tuple[float, int] | None = None
        self.width = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._tick = tick
        self._thread: threading.Thread | None = None

    def __enter__(self) -> TerminalProgress:
        if self.enabled:
            self._thread = threading.Thread(target=self._ticker, daemon=True, name="index-progress")
            self._thread.start()
        return self

    def __exit__(self, *_exc: Any) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        if self.enabled and self.width:
            with self._lock:
                self.stream.write("\r" + " " * self.width + "\r")
                self.stream.flush()

    def __call__(self, stage: str, fraction: float = 0.0, **counts: int) -> None:
        """Record a stage and its counts from build_index, and redraw the line."""
        with self._lock:
            self.stage = stage
            self.counts.update({k: int(v) for k, v in counts.items() if v is not None})
            if stage == "embed" and self.embed_start is None:
                self.embed_start = (time.monotonic(), self.counts.get("passages", 0))
        self._draw()

    def _ticker(self) -> None:
        while not self._stop.wait(self._tick):
            self._draw()

    def left(self) -> float | None:
        """Seconds left while embedding, from the rate so far; None before there is a rate."""
        done, total = self.counts.get("passages", 0), self.counts.get("passages_total", 0)
        if self.stage != "embed" or self.embed_start is None or not total:
            return None
        t0, first = self.embed_start
        rate = (done - first) / max(time.monotonic() - t0, 1e-6)
        return (total - done) / rate if rate > 0 else None

    def line(self) -> str:
        """The progress line as shown: stage, files and passages done, time left or elapsed."""
        c, lang = self.counts, self.lang
        parts = [t(f"progress.{self.stage}", lang)] if self.stage in STAGES else [self.stage]
        if c.get("files_total"):
            parts.append(t("progress.files", lang, done=c.get("files", 0), total=c["files_total"]))
        if c.get("passages_total"):
            parts.append(t("progress.passages", lang, done=c.get("passages", 0), total=c["passages_total"]))
        left = self.left()
        if left is not None:
            parts.append(t("progress.left", lang, time=_clock(left)))
        else:
            parts.append(t("progress.elapsed", lang, time=_clock(time.monotonic() - self.started)))
        return " · ".join(parts)

    def _draw(self) -> None:
        if not self.enabled:
            return
        with self._lock:
            text = self.line()
            pad = max(self.width - len(text), 0)
            self.stream.write("\r" + text + " " * pad)
            self.stream.flush()
            self.width = len(text)


STAGES = ("load", "model", "embed", "store", "bm25", "done")


def _clock(seconds: float) -> str:
    s = max(round(seconds), 0)
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else f"{s} s"
