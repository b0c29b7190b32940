"""Stand-ins for the model, and small real documents, shared by the check and alignment
tests."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

from compare.align.words import WordAlignment
from compare.encode.encoder import Encoder, TokenVectors
from compare.types import Unit


class ConceptEncoder(Encoder):
    """A fake model: a word and its ``lexicon`` translation share one random vector; a
    text's vector is the normalised mean of its words' vectors; one token per word.

    ``calls`` counts the token-vector requests (the costly call of the real model).
    """

    dim = 64
    signature = "concepts"

    def __init__(self, lexicon: Mapping[str, str]) -> None:
        self.lexicon = dict(lexicon)
        self.calls = 0

    def _vector(self, word: str) -> np.ndarray:
        concept = self.lexicon.get(word.lower(), word.lower())
        return np.random.default_rng(zlib.crc32(concept.encode())).normal(size=self.dim)

    def embed(self, texts):  # noqa: ANN001, ANN201
        rows = []
        for text in texts:
            v = np.mean([self._vector(w) for w in re.findall(r"\w+", text) or ["-"]], axis=0)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32).reshape(len(rows), self.dim)

    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        self.calls += 1
        found = list(re.finditer(r"\w+", text))
        vectors = np.array([self._vector(m.group()) for m in found], dtype=np.float32)
        return TokenVectors(vectors.reshape(len(found), self.dim), tuple(m.span() for m in found))


def rule_aligner(linked: Callable[[str, str], bool]) -> Callable[..., WordAlignment]:
    """A stand-in for :func:`compare.align.words.align_words` that links every pair of
    words (``\\w+``) for which ``linked(src_word, tgt_word)`` holds. Unlike a model's
    vectors, its links need not be transitive."""

    def align(src: str, tgt: str, *_: object, **langs: object) -> WordAlignment:
        src_words = tuple(m.span() for m in re.finditer(r"\w+", src))
        tgt_words = tuple(m.span() for m in re.finditer(r"\w+", tgt))
        links = tuple(
            (i, j) for i, (a, b) in enumerate(src_words) for j, (c, d) in enumerate(tgt_words)
            if linked(src[a:b], tgt[c:d])
        )  # fmt: skip
        src_lang, tgt_lang = (str(langs.get(key, "")) for key in ("src_lang", "tgt_lang"))
        return WordAlignment(src, tgt, src_words, tgt_words, links, src_lang, tgt_lang)

    return align


def sentence_unit(label: str, sentences: Sequence[str]) -> Unit:
    """A paragraph unit made of ``sentences`` joined by spaces, with their spans."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    return Unit(label, "paragraph", "", text, 0, len(text), 0, len(text), tuple(spans))


#: The bundled corpus document.
CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "ep-ta-9-2022-0012"


def corpus_paragraphs(lang: str) -> list[str]:
    """Paragraphs 1-3 of the corpus version (small documents keep real-model tests quick)."""
    from compare.segment import segment_path

    doc = segment_path(CORPUS / f"{lang}.txt", lang, doc_id="t", check_language=False)
    return [u.text for u in doc.units if u.label in ("par:1", "par:2", "par:3")]
