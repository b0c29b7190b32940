"""Word alignment: word spans, function words, argmax/itermax, unaligned runs."""

from __future__ import annotations

import re
import zlib

import numpy as np
import pytest

from compare.align.words import (
    DEFAULT_LAYER,
    DISTORTION,
    TokenVectorMemo,
    WordAlignment,
    align_words,
    is_content_word,
    itermax,
    mutual_argmax,
    word_spans,
)
from compare.encode.encoder import Encoder, TokenVectors
from compare.errors import InputError
from compare.types import EU_LANGUAGES
from tests.conftest import shared_data

LEXICON = {
    "das": "the", "haus": "house", "ist": "is", "rot": "red", "und": "and", "sehr": "very",
    "groß": "big", "die": "the", "regierung": "government", "fordert": "calls",
    "parlament": "parliament", "auf": "on", "freizulassen": "release", "gefangene": "prisoners",
}  # fmt: skip


class ConceptEncoder(Encoder):
    """A fake model: a word and its LEXICON translation share one random vector.

    Token spans include the space before a word, as SentencePiece pieces do; with
    ``byte_spans`` they are UTF-8 byte offsets, as SentencePiece reports them.
    """

    dim = 48
    signature = "concepts"

    def __init__(self, byte_spans: bool = False) -> None:
        self.byte_spans = byte_spans
        self.calls = 0

    def _vector(self, word: str) -> np.ndarray:
        concept = LEXICON.get(word.lower(), word.lower())
        return np.random.default_rng(zlib.crc32(concept.encode())).normal(size=self.dim)

    def embed(self, texts):  # noqa: ANN001, ANN201
        rows = []
        for text in texts:
            words = re.findall(r"\w+", text) or ["<empty>"]
            v = np.mean([self._vector(w) for w in words], axis=0)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32).reshape(len(rows), self.dim)

    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        self.calls += 1
        spans, vectors, prev = [], [], 0
        for m in re.finditer(r"\w+|[^\w\s]", text):
            a, b = prev if m.group()[0].isalnum() else m.start(), m.end()
            if self.byte_spans:
                a, b = len(text[:a].encode()), len(text[:b].encode())
            spans.append((a, b))
            vectors.append(self._vector(m.group()))
            prev = m.end()
        return TokenVectors(np.array(vectors, dtype=np.float32), tuple(spans))


def texts(wa: WordAlignment) -> list[tuple[str, str]]:
    return wa.link_texts()


def test_word_spans_split_punctuation_and_elisions() -> None:
    text = "l’article 10.000, z. B. EU-Kasachstan"
    assert [text[a:b] for a, b in word_spans(text)] == [
        "l", "article", "10.000", "z", "B", "EU-Kasachstan",
    ]  # fmt: skip


def test_function_words_of_every_language() -> None:
    assert is_content_word("Sperrung", "de")
    assert not is_content_word("der", "de")
    assert not is_content_word("Der", "de")
    assert not is_content_word("d", "fr")  # elided article
    assert is_content_word("EU", "de")  # short but capitalised
    assert is_content_word("2022", "en")
    from compare.align.words import STOPWORDS

    assert set(STOPWORDS) == set(EU_LANGUAGES)


def test_mutual_argmax_keeps_only_pairs_that_choose_each_other() -> None:
    sim = np.array([[0.9, 0.1, 0.0], [0.8, 0.2, 0.1], [0.0, 0.1, 0.7]])
    assert mutual_argmax(sim) == {(0, 0), (2, 2)}


def test_itermax_lets_a_leftover_word_join_a_linked_one() -> None:
    # source word 1 prefers target 0, which source 0 holds: itermax links it in round two
    sim = np.array([[0.9, 0.1], [0.8, 0.3]])
    assert mutual_argmax(sim) == {(0, 0)}
    assert itermax(sim) == {(0, 0), (1, 0)}
    assert itermax(sim, rounds=1) == {(0, 0)}


def test_align_words_links_translations() -> None:
    wa = align_words("Das Haus ist rot.", "The house is red.", ConceptEncoder(), "argmax")
    assert texts(wa) == [("Das", "The"), ("Haus", "house"), ("ist", "is"), ("rot", "red")]


def test_repeated_words_link_in_order() -> None:
    # both "Haus" have the vector of both "house": only their positions tell them apart
    wa = align_words("Das Haus ist rot und das Haus ist groß.",
                     "The house is red and the house is big.", ConceptEncoder(), "argmax",
                     distortion=DISTORTION)  # fmt: skip
    links = [(wa.src[a:b], wa.tgt[c:d], a < 20, c < 20) for (a, b), (c, d) in
             ((wa.src_words[i], wa.tgt_words[j]) for i, j in wa.links)]  # fmt: skip
    assert ("Haus", "house", True, True) in links
    assert ("Haus", "house", False, False) in links
    assert wa.unaligned_runs("src", 1) == () and wa.unaligned_runs("tgt", 1) == ()


def test_token_spans_in_bytes_are_converted_to_characters() -> None:
    src, tgt = "Das Haus ist sehr groß und rot.", "The house is very big and red."
    for encoder in (ConceptEncoder(), ConceptEncoder(byte_spans=True)):
        wa = align_words(src, tgt, encoder, "argmax")
        assert ("groß", "big") in texts(wa) and ("rot", "red") in texts(wa)


def test_unaligned_runs_merge_content_words_bridged_by_function_words() -> None:
    src = "Die Regierung fordert das Parlament auf, die Gefangene freizulassen."
    tgt = "The government calls on the parliament to release the prisoners and to report back."
    wa = align_words(src, tgt, ConceptEncoder(), "argmax", src_lang="de", tgt_lang="en")
    assert wa.unaligned_src_spans() == ()
    spans = wa.unaligned_tgt_spans()
    assert [tgt[a:b] for a, b in spans] == ["and to report back"]
    assert wa.unaligned_tgt_spans(min_content=3) == ()
    run = wa.unaligned_runs("tgt")[0]
    assert run.content_words == 2 and tgt[slice(*run.span)] == "and to report back"
    assert 0 < wa.unaligned_mass() < 0.3


def test_links_weaker_than_asked_leave_words_unaligned() -> None:
    src, tgt = "Haus rot groß", "house courts media"
    spans = ((0, 4), (5, 8), (9, 13)), ((0, 5), (6, 12), (13, 18))
    sim = np.array([[0.9, 0.0, 0.0], [0.0, 0.45, 0.0], [0.0, 0.0, 0.3]], dtype=np.float32)
    wa = WordAlignment(src, tgt, *spans, ((0, 0), (1, 1), (2, 2)), "de", "en", sim)
    assert wa.aligned("tgt") == {0, 1, 2}
    assert wa.aligned("tgt", min_similarity=0.4) == {0, 1}
    assert wa.unaligned_runs("tgt") == ()
    (run,) = wa.unaligned_runs("tgt", 2, min_similarity=0.5)
    assert (tgt[slice(*run.span)], run.content_words) == ("courts media", 2)
    assert [src[slice(*r.span)] for r in wa.unaligned_runs("src", 1, 0.35)] == ["groß"]


def test_bad_arguments_raise_clear_errors() -> None:
    with pytest.raises(InputError, match="method"):
        align_words("a", "b", ConceptEncoder(), method="fastalign")
    with pytest.raises(InputError, match="aggregation"):
        align_words("a", "b", ConceptEncoder(), aggregation="median")
    with pytest.raises(ValueError, match="side"):
        align_words("Haus", "house", ConceptEncoder()).aligned("left")


def test_empty_side_gives_no_links() -> None:
    wa = align_words("…", "The house.", ConceptEncoder())
    assert wa.links == () and wa.src_words == ()


def test_max_aggregation_and_given_word_spans() -> None:
    wa = align_words("Das Haus", "The house", ConceptEncoder(), aggregation="max",
                     src_words=((0, 3), (4, 8)), tgt_words=((0, 3), (4, 9)))  # fmt: skip
    assert wa.links == ((0, 0), (1, 1))


def test_memo_encodes_each_text_once() -> None:
    inner = ConceptEncoder()
    memo = TokenVectorMemo(inner, size=2)
    for _ in range(3):
        align_words("Das Haus", "The house", memo)
    assert inner.calls == 2 and memo.calls == 2
    assert memo.embed(["Haus"]).shape == (1, inner.dim)


@pytest.mark.slow
def test_real_model_aligns_a_german_english_pair(encoder) -> None:
    wa = align_words("Das Haus ist rot und sehr groß.", "The house is red and very big.",
                     encoder, src_lang="de", tgt_lang="en")  # fmt: skip
    assert {("Haus", "house"), ("rot", "red"), ("groß", "big")} <= set(texts(wa))


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason=(
        "known weakness: with the embedded model the dropped clause is partly "
        "aligned to neighbouring words (itermax links it); see "
        "docs/words-and-semantics.md"
    ),
)
def test_real_model_leaves_a_dropped_clause_unaligned(encoder) -> None:
    src = (
        "fordert die Staatsorgane Kasachstans auf, den uneingeschränkten Zugang zum Internet "
        "wiederherzustellen, die Sperrung aller anderen Kommunikationsmittel aufzuheben und "
        "nicht mit Repressalien gegen diejenigen vorzugehen, die unabhängig Nachrichten "
        "weitergeben;"
    )
    tgt = (
        "calls on the Kazakh authorities to restore unrestricted access to the internet and "
        "to refrain from reprisals against those who share news independently;"
    )
    wa = align_words(src, tgt, encoder, src_lang="de", tgt_lang="en")
    found = [src[a:b] for a, b in wa.unaligned_src_spans(min_content=2)]
    assert any("Kommunikationsmittel" in span for span in found)
    assert wa.unaligned_tgt_spans(min_content=2) == ()


@pytest.mark.slow
def test_simalign_sample_error_rate(encoder) -> None:
    from benchmarks.word_alignment import load, scores, token_spans

    samples = load(shared_data("simalign-sample-deen"))
    for method, worst in (("argmax", 0.30), ("itermax", 0.30)):
        predicted = [
            set(align_words(s.de, s.en, encoder, method, DEFAULT_LAYER,
                            src_words=token_spans(s.de), tgt_words=token_spans(s.en)).links)
            for s in samples
        ]  # fmt: skip
        precision, recall, aer = scores(predicted, samples)
        print(f"{method}: P {precision:.3f} R {recall:.3f} AER {aer:.3f}")
        assert aer <= worst
