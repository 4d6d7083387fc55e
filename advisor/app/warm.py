"""Warm a kernel's heavy parts in the background, so that no button waits for them.

A page's first action that searches the index used to pay for loading it: the embedding model,
the passages and BM25 index, and (without the dense snapshot, e.g. with a Chroma server) the
import of chromadb: 2-3.5 s on two cores. `start(settings)` does that work once per kernel in a
daemon thread, together with reading the bundled corpus the advisor tasks cite; a button pressed
meanwhile waits only for what is still missing (`get_retriever` loads under a lock, so nothing is
loaded twice).

`advisor.app.build` starts it, for a page whose actions search or cite (`Workbook.searches`),
before a preheated kernel waits for its request (all the work is done before anyone asks for the
page) and otherwise right after the page is built (so it does not compete with building the page
the person is waiting for). It never builds an index: with none there is nothing to load.
"""

from __future__ import annotations

import logging
import threading

from advisor.core.settings import Settings

log = logging.getLogger(__name__)

_lock = threading.Lock()
_thread: threading.Thread | None = None


def start(settings: Settings) -> threading.Thread:
    """Start warming this kernel (once per process; later calls return the same thread)."""
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=warm, args=(settings,), name="flexwork-warm", daemon=True)
            _thread.start()
        return _thread


def warm(settings: Settings) -> list[str]:
    """Load what the page's actions will need; the names of the parts now ready. Never raises."""
    ready = []
    for name, step in (("corpus", _corpus), ("retriever", _retriever)):
        try:
            if step(settings):
                ready.append(name)
        except Exception:  # a missing or broken index is reported when an action really needs it
            log.debug("warming %s failed", name, exc_info=True)
    return ready


def _corpus(_settings: Settings) -> bool:
    from advisor.answering.grounding import corpus_passages

    return bool(corpus_passages())


def _retriever(settings: Settings) -> bool:
    from advisor.retrieval.index import index_is_current
    from advisor.retrieval.retrieve import get_retriever

    if not index_is_current(settings):
        return False
    get_retriever(settings)
    return True
