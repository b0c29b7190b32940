"""The vector cache: hits, misses, keys by signature, and persistence across instances."""

from __future__ import annotations

import numpy as np

from compare.encode.cache import CachedEncoder, EmbeddingCache
from compare.encode.encoder import Encoder, TokenVectors


class CountingEncoder(Encoder):
    """A deterministic stand-in: a text's vector depends only on its characters."""

    dim = 4

    def __init__(self, signature: str = "counting:v1") -> None:
        self.signature = signature
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        rows = [[len(t), sum(map(ord, t)) % 97, t.count(" "), 1.0] for t in texts]
        vecs = np.asarray(rows, dtype=np.float32).reshape(-1, 4)
        return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)

    def token_vectors(self, text, layer=None):
        return TokenVectors(np.zeros((0, 4), np.float32), ())


def test_second_call_is_served_from_the_cache(tmp_path) -> None:
    inner = CountingEncoder()
    enc = CachedEncoder(inner, EmbeddingCache(tmp_path))
    first = enc.embed(["a b", "c", "a b"])
    second = enc.embed(["c", "a b"])
    assert inner.calls == [["a b", "c"]]  # duplicates encoded once, second call all hits
    np.testing.assert_array_equal(first[1], second[0])
    assert (enc.hits, enc.misses) == (3, 2)


def test_cache_survives_a_new_instance_and_separates_models(tmp_path) -> None:
    CachedEncoder(CountingEncoder(), EmbeddingCache(tmp_path)).embed(["x y"])
    again = CountingEncoder()
    CachedEncoder(again, EmbeddingCache(tmp_path)).embed(["x y"])
    assert again.calls == []
    other_model = CountingEncoder(signature="counting:v2")
    CachedEncoder(other_model, EmbeddingCache(tmp_path)).embed(["x y"])
    assert other_model.calls == [["x y"]]


def test_empty_batch_returns_an_empty_matrix(tmp_path) -> None:
    out = CachedEncoder(CountingEncoder(), EmbeddingCache(tmp_path)).embed([])
    assert out.shape == (0, 4)


def test_unknown_model_is_looked_up_locally_only_and_fails_with_a_fix(monkeypatch) -> None:
    import pytest
    import transformers

    from compare.encode import get_encoder
    from compare.errors import ModelError

    seen: list[object] = []

    def fake_from_pretrained(name, **kwargs):
        seen.append(kwargs.get("local_files_only"))
        raise OSError(f"{name} not found")

    monkeypatch.delenv("EUCOMPARE_ALLOW_DOWNLOAD", raising=False)
    monkeypatch.setattr(transformers.AutoTokenizer, "from_pretrained", fake_from_pretrained)
    with pytest.raises(ModelError, match="huggingface-cli download NAME --local-dir DIR"):
        get_encoder("example-org/no-such-encoder", cache=False)
    assert seen == [True]  # no hub lookup (which retries for most of a minute offline)
