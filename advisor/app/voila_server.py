"""Voilà as `flexwork serve` runs it: `python -m advisor.app.voila_server ARGS` (Voilà's own arguments).

The workshop hub's single-user servers load this module as a Jupyter server extension
(hub/jupyter_config), which shares the compiled templates the same way; `flexwork workshop`
writes the byte code once before the hub starts.

The same Voilà, with two costs taken off before it starts (docs/scaling.md, "CPU per arriving
participant"):

- **Templates compiled once, not on every page.** Voilà builds a new nbconvert exporter, and with
  it a new Jinja environment, for every page it serves, so every page parsed and compiled the
  same 14 template files (lab's index, nbconvert's bases, macros) again: about half the server's
  CPU per page. `share_template_bytecode()` gives every exporter's environment one in-process
  Jinja bytecode cache. Jinja checks each cached template against a checksum of its source, so an
  edited template is compiled again; the cache key also holds everything in the environment that
  changes what a template compiles to (async or not, extensions, delimiters, the filters and
  tests and what they are passed), so only identical compilations are shared.
- **The advisor's byte code written once.** Where Python is told not to write byte code
  (PYTHONDONTWRITEBYTECODE, common in containers and set on our CI machine) and for an editable
  install, which pip does not compile, every kernel compiled the advisor's modules it imports from
  source again (0.1-0.2 s CPU per kernel). `compile_package()` writes the missing or stale `.pyc`
  files of the `advisor` package before the first kernel starts (a few ms when they are current;
  nothing happens where the package folder is read-only).
- **No RFC 3987 grammar at start.** jupyter_server imports jsonschema, whose format checkers
  import `rfc3987_syntax`, which builds a Lark parser at import time (1.8 s CPU on an idle core,
  for IRI formats nothing here checks): the stand-in of `advisor.backends.chroma_import` defers it
  to its first real use. That is once per server, which matters under JupyterHub (one server per
  participant) more than here.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

_LOCK = threading.Lock()


def _compile_signature(environment: Any) -> tuple | None:
    """What, besides a template's source and name, decides the code Jinja compiles it to (None: do not cache)."""
    from jinja2.utils import _PassArg

    if not isinstance(environment.autoescape, bool) or environment.finalize is not None:
        return None

    def passed(functions: dict[str, Any]) -> tuple:
        return tuple(sorted((name, str(_PassArg.from_obj(f))) for name, f in functions.items()))

    return (
        environment.is_async,
        environment.optimized,
        environment.autoescape,
        tuple(sorted(environment.extensions)),
        environment.block_start_string,
        environment.block_end_string,
        environment.variable_start_string,
        environment.variable_end_string,
        environment.comment_start_string,
        environment.comment_end_string,
        environment.line_statement_prefix,
        environment.line_comment_prefix,
        environment.trim_blocks,
        environment.lstrip_blocks,
        environment.newline_sequence,
        environment.keep_trailing_newline,
        passed(environment.filters),
        passed(environment.tests),
    )


def _bytecode_cache_class() -> type:
    from jinja2.bccache import Bucket, BytecodeCache

    class SharedBytecode(BytecodeCache):
        """Compiled templates shared by every Jinja environment of this process (see the module's doc)."""

        def __init__(self) -> None:
            self.codes: dict[str, tuple[str, Any]] = {}

        def get_bucket(self, environment: Any, name: str, filename: str | None, source: str) -> Bucket:
            signature = _compile_signature(environment)
            key = repr((signature, name, filename)) if signature is not None else ""
            bucket = Bucket(environment, key, self.get_source_checksum(source))
            if key:
                self.load_bytecode(bucket)
            return bucket

        def set_bucket(self, bucket: Bucket) -> None:
            if bucket.key:
                self.dump_bytecode(bucket)

        def load_bytecode(self, bucket: Bucket) -> None:
            with _LOCK:
                entry = self.codes.get(bucket.key)
            if entry is not None and entry[0] == bucket.checksum:  # same source as when it was compiled
                bucket.code = entry[1]

        def dump_bytecode(self, bucket: Bucket) -> None:
            with _LOCK:
                self.codes[bucket.key] = (bucket.checksum, bucket.code)

        def clear(self) -> None:
            with _LOCK:
                self.codes.clear()

    return SharedBytecode


_CACHE: Any = None


def share_template_bytecode() -> Any:
    """Give every nbconvert exporter's Jinja environment the one shared bytecode cache; returns the cache."""
    global _CACHE
    from nbconvert.exporters.templateexporter import TemplateExporter

    with _LOCK:
        if _CACHE is None:
            _CACHE = _bytecode_cache_class()()
            create = TemplateExporter._create_environment

            def _create_environment(self: Any) -> Any:
                environment = create(self)
                if environment.bytecode_cache is None:
                    environment.bytecode_cache = _CACHE
                return environment

            TemplateExporter._create_environment = _create_environment  # type: ignore[method-assign]
    return _CACHE


def compile_package() -> bool:
    """Write the `advisor` package's missing or stale byte code (True if all of it is current now)."""
    import compileall
    from pathlib import Path

    import advisor

    try:
        return bool(compileall.compile_dir(Path(advisor.__file__).parent, quiet=2, workers=1))
    except OSError:
        return False


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    """This module is also a Jupyter server extension: the workshop hub's single-user servers load it."""
    return [{"module": "advisor.app.voila_server"}]


def _load_jupyter_server_extension(_serverapp: Any) -> None:
    """In a single-user server (Voilà as its extension): share compiled templates between pages too."""
    share_template_bytecode()


def main(argv: list[str] | None = None) -> None:
    """Start Voilà with `argv` (default: this process's arguments), the costs above taken off."""
    from advisor.backends.chroma_import import defer_rfc3987_grammar

    defer_rfc3987_grammar()
    share_template_bytecode()
    compile_package()
    from voila.app import main as voila_main

    voila_main(argv=sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    main()
