"""What the command groups share: settings from the global options, a progress line."""

from __future__ import annotations

import argparse
import sys

from advisor.core.settings import Settings


def settings_from(args: argparse.Namespace) -> Settings:
    overrides = {}
    if getattr(args, "embedding", None):
        overrides["embedding"] = args.embedding
    if getattr(args, "lang", None):
        overrides["language"] = args.lang
    return Settings(**overrides)


def progress(stage: str, frac: float) -> None:
    if sys.stderr.isatty():
        print(f"\r{stage:>6} {frac * 100:5.1f} %", end="" if frac < 1 else "\n", file=sys.stderr, flush=True)
