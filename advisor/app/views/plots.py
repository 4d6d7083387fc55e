"""Small matplotlib plots as PNG <img> with alt text (no pyplot: no global figure state in the kernel)."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence

from advisor.app.views.common import esc


def _png(fig) -> bytes:  # noqa: ANN001 - a matplotlib Figure
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    return buf.getvalue()


def img_html(png: bytes, alt: str, css: str = "fw-plot") -> str:
    b64 = base64.b64encode(png).decode("ascii")
    return f'<img class="{esc(css)}" alt="{esc(alt)}" src="data:image/png;base64,{b64}" style="max-width:100%;height:auto">'


def scores_png(scores: Sequence[float], title: str, xlabel: str, ylabel: str, good: float | None = None) -> bytes:
    """Scores (0–1) over attempts as a line, with an optional 'good' line."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 2.8))
    ax = fig.add_subplot()
    xs = list(range(1, len(scores) + 1))
    ax.plot(xs, [100 * s for s in scores], marker="o", color="#0b4f8a")
    if good is not None:
        ax.axhline(100 * good, color="#1b6e20", linestyle="--", linewidth=1)
    ax.set_ylim(0, 105)
    ax.set_xlim(0.5, max(1, len(scores)) + 0.5)
    ax.set_xticks(xs)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    return _png(fig)


def measures_png(
    weeks: Sequence[str], panels: Sequence[tuple[str, Sequence[float | None], float | None, str]]
) -> bytes:
    """One small panel per measure: weekly values (None = no data) with the goal as a dashed line."""
    from matplotlib.figure import Figure

    cols = min(3, len(panels))
    rows = -(-len(panels) // cols)
    fig = Figure(figsize=(9, 2.8 * rows))
    grid = fig.subplots(rows, cols, squeeze=False)
    axes = [ax for line in grid for ax in line]
    for ax in axes[len(panels) :]:
        ax.set_visible(False)  # a grid cell without a measure
    axes = axes[: len(panels)]
    xs = list(range(len(weeks)))
    for ax, (title, values, goal, unit) in zip(axes, panels, strict=True):
        pts = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", color="#0b4f8a")
        if goal is not None:
            ax.axhline(goal, color="#1b6e20", linestyle="--", linewidth=1)
        ax.set_title(title, fontsize=10)
        ax.set_xticks(xs)
        ax.set_xticklabels(list(weeks), fontsize=8, rotation=30 if len(weeks) > 4 else 0)
        ax.set_ylabel(unit, fontsize=8)
        ax.grid(alpha=0.3)
    fig.tight_layout()
    return _png(fig)
