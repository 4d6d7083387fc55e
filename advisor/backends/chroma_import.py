"""Import chromadb without paying for a grammar it never uses.

`import chromadb` imports jsonschema, whose format checkers import `rfc3987_syntax` if it is
installed (Jupyter's `jsonschema[format-nongpl]` installs it). That module builds an Earley
parser for the RFC 3987 IRI grammar with Lark *at import time*: 1.8 s of the 2.9 s `import
chromadb` took on an idle 2-core machine (6 s under load), for the "iri" and "iri-reference"
formats that Chroma never checks.

`defer_rfc3987_grammar()` puts a stand-in module in `sys.modules` before jsonschema is imported.
jsonschema binds the stand-in's `is_valid_syntax`, which imports the real module (and builds the
grammar) on its first call, so the IRI format checks keep working exactly as before, only the
cost moves to the first IRI actually checked, which in this application is never.
Nothing is changed if jsonschema or rfc3987_syntax is already imported, or if rfc3987_syntax is
not installed.
"""

from __future__ import annotations

import sys
import threading
import types
from importlib.util import find_spec
from typing import Any

_NAME = "rfc3987_syntax"
_lock = threading.Lock()


class _DeferredRfc3987Syntax(types.ModuleType):
    """Stands in for rfc3987_syntax until a format checker really needs it."""

    def __init__(self) -> None:
        super().__init__(_NAME, "Deferred stand-in; the real module is imported on first use.")
        self._real: Any = None

    def _load(self) -> Any:
        with _lock:
            if self._real is None:
                if sys.modules.get(_NAME) is self:
                    del sys.modules[_NAME]
                import rfc3987_syntax  # the real one: builds the grammar now

                self._real = rfc3987_syntax
        return self._real

    def is_valid_syntax(self, term: str, value: str) -> bool:
        return self._load().is_valid_syntax(term, value)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._load(), name)


def defer_rfc3987_grammar() -> bool:
    """Install the stand-in if that can still make a difference; True if it was installed."""
    if _NAME in sys.modules or "jsonschema._format" in sys.modules:
        return False
    if find_spec(_NAME) is None:
        return False
    stand_in = _DeferredRfc3987Syntax()
    # __getattr__ on a ModuleType subclass instance is only consulted for missing attributes;
    # is_valid_syntax is a bound method, which is what `from rfc3987_syntax import …` takes.
    sys.modules[_NAME] = stand_in
    return True


def import_chromadb() -> types.ModuleType:
    """`import chromadb`, without building the IRI grammar."""
    defer_rfc3987_grammar()
    import chromadb

    return chromadb
