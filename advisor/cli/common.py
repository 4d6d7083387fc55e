"""What the command groups share: settings from the global options."""

from __future__ import annotations

import argparse

from advisor.core.settings import Settings


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings with the global options (--embedding, --lang) applied over the configuration."""
    overrides = {}
    if getattr(args, "embedding", None):
        overrides["embedding"] = args.embedding
    if getattr(args, "lang", None):
        overrides["language"] = args.lang
    return Settings(**overrides)
