"""The `flexwork` command line: `main` plus one module per command group (tasks, serve, bench)."""

from advisor.cli.main import main  # the console-script entry point is `advisor.cli:main`

__all__ = ["main"]
