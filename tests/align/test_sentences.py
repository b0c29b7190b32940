"""Sentence alignment inside unit beads: beads, joined sentences, argument checks."""

from __future__ import annotations

import re
import zlib

import numpy as np
import pytest

from compare.align.sentences import (
    SentenceBead,
    align_clauses,
    align_unit_sentences,
    clause_spans,
    is_whole_sentence,
    join_sentences,
    piece_spans,
    sentence_refs,
    sentence_spans,
)
from compare.checks.base import BeadView
from compare.encode.encoder import Encoder, TokenVectors
from compare.errors import InputError
from compare.types import Alignment, Bead, Document, Unit
from tests.conftest import shared_data
from tests.fakes import sentence_unit

#: German word -> English word: the fake model gives both one vector.
LEXICON = {
    "der": "the", "die": "the", "das": "the", "hund": "dog", "schläft": "sleeps",
    "katze": "cat", "frisst": "eats", "fisch": "fish", "vogel": "bird", "singt": "sings",
    "laut": "loudly", "im": "in", "garten": "garden",
}  # fmt: skip


class BagEncoder(Encoder):
    """A fake model: a text's vector is the normalised mean of its words' vectors."""

    dim = 64
    signature = "bag"

    def embed(self, texts):  # noqa: ANN001, ANN201
        rows = []
        for text in texts:
            words = [LEXICON.get(w.lower(), w.lower()) for w in re.findall(r"\w+", text)]
            vecs = [np.random.default_rng(zlib.crc32(w.encode())).normal(size=self.dim)
                    for w in words or ["<none>"]]  # fmt: skip
            v = np.mean(vecs, axis=0)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32).reshape(len(rows), self.dim)

    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        raise NotImplementedError


GERMAN = ["Der Hund schläft im Garten.", "Die Katze frisst Fisch.", "Der Vogel singt laut."]
ENGLISH = ["The dog sleeps in the garden.", "The cat eats fish.", "The bird sings loudly."]


def test_one_to_one_sentences() -> None:
    beads = align_unit_sentences(
        [sentence_unit("par:1", GERMAN)], [sentence_unit("par:1", ENGLISH)], BagEncoder()
    )
    assert [(b.pivot, b.other) for b in beads] == [
        (((0, 0),), ((0, 0),)), (((0, 1),), ((0, 1),)), (((0, 2),), ((0, 2),)),
    ]  # fmt: skip
    assert all(b.kind() == "1-1" and b.similarity > 0.9 for b in beads)


def test_a_dropped_sentence_is_a_one_to_zero_bead() -> None:
    other = [sentence_unit("par:1", [ENGLISH[0], ENGLISH[2]])]
    beads = align_unit_sentences([sentence_unit("par:1", GERMAN)], other, BagEncoder())
    assert [b.kind() for b in beads] == ["1-1", "1-0", "1-1"]
    dropped = beads[1]
    assert dropped.pivot == ((0, 1),) and dropped.similarity is None


def test_sentences_across_the_units_of_a_merged_bead() -> None:
    pivot = [sentence_unit("par:1", GERMAN[:2]), sentence_unit("par:2", GERMAN[2:])]
    beads = align_unit_sentences(pivot, [sentence_unit("par:1", ENGLISH)], BagEncoder())
    assert [b.pivot for b in beads] == [((0, 0),), ((0, 1),), ((1, 0),)]
    assert [b.other for b in beads] == [((0, 0),), ((0, 1),), ((0, 2),)]


def test_bead_view_form() -> None:
    pivot = Document("d", "de", (sentence_unit("par:1", GERMAN),), "")
    other = Document("d", "en", (sentence_unit("par:1", ENGLISH),), "")
    view = BeadView(Alignment(pivot, other, (Bead((0,), (0,), 1.0),)), 0, Bead((0,), (0,), 1.0))
    beads = align_unit_sentences(view, encoder=BagEncoder())
    assert len(beads) == 3 and isinstance(beads[0], SentenceBead)


def test_unit_without_sentence_spans_is_one_sentence() -> None:
    bare = Unit("cit:1", "citation", "", "Der Hund.", 0, 9, 0, 9)
    assert sentence_spans(bare) == ((0, 9),)
    empty = Unit("cit:2", "citation", "", "  ", 0, 2, 0, 2)
    assert sentence_refs([empty, bare]) == [(1, 0)]


def test_joined_sentences_map_back_to_units() -> None:
    units = [sentence_unit("par:1", GERMAN[:2]), sentence_unit("par:2", GERMAN[2:])]
    joined = join_sentences(units, [(0, 1), (1, 0)])
    assert joined.text == "Die Katze frisst Fisch. Der Vogel singt laut."
    start = joined.text.index("Katze")
    u, (a, b) = joined.locate(start, start + len("Katze frisst"))
    assert u == 0 and units[0].text[a:b] == "Katze frisst"
    start = joined.text.index("Vogel")
    u, (a, b) = joined.locate(start, len(joined.text))
    assert u == 1 and units[1].text[a:b] == "Vogel singt laut."
    # a span running into the next unit is cut at the end of the first
    u, (a, b) = joined.locate(joined.text.index("Fisch"), len(joined.text))
    assert u == 0 and units[0].text[a:b] == "Fisch."


def test_joined_sentences_of_one_unit_keep_the_gap() -> None:
    units = [sentence_unit("par:1", GERMAN)]
    joined = join_sentences(units, [(0, 0), (0, 1)])
    u, (a, b) = joined.locate(joined.text.index("Hund"), joined.text.index("frisst"))
    assert units[0].text[a:b] == "Hund schläft im Garten. Die Katze "


def test_arguments_are_checked() -> None:
    units = [sentence_unit("par:1", GERMAN)]
    with pytest.raises(InputError, match="encoder"):
        align_unit_sentences(units, units)
    with pytest.raises(InputError, match="other version's units"):
        align_unit_sentences(units, encoder=BagEncoder())
    with pytest.raises(InputError, match="Unit objects"):
        align_unit_sentences(["Der Hund."], ["The dog."], BagEncoder())
    with pytest.raises(InputError, match="empty"):
        join_sentences(units, []).locate(0, 0)


def test_clauses_are_cut_after_semicolons_and_the_greek_ano_teleia() -> None:
    text = "fordert X auf; verurteilt Y;  bedauert Z"
    assert [text[a:b] for a, b in clause_spans(text)] == [
        "fordert X auf;", "verurteilt Y;", "bedauert Z",
    ]  # fmt: skip
    greek = "καλεί τη Χ· καταδικάζει την Υ\u0387"
    assert len(clause_spans(greek)) == 2
    assert clause_spans("  ") == []


def test_clause_alignment_finds_a_dropped_clause() -> None:
    german = "Der Hund schläft im Garten; die Katze frisst Fisch; der Vogel singt laut;"
    english = "The dog sleeps in the garden; the bird sings loudly;"
    beads = align_clauses(german, english, BagEncoder())
    assert [(b.pivot is not None, b.other is not None) for b in beads] == [
        (True, True), (True, False), (True, True),
    ]  # fmt: skip
    lone = beads[1]
    assert german[slice(*lone.pivot)] == "die Katze frisst Fisch;" and lone.similarity is None
    assert english[slice(*beads[2].other)] == "the bird sings loudly;"
    assert beads[0].similarity > 0.9


def test_one_clause_against_several_is_one_bead() -> None:
    beads = align_clauses("Der Hund schläft; die Katze frisst.", "The dog sleeps.", BagEncoder())
    assert len(beads) == 1 and beads[0].pivot == (0, 35) and beads[0].other == (0, 15)
    assert align_clauses("", "The dog.", BagEncoder())[0].pivot is None


@pytest.mark.slow
def test_real_model_finds_the_missing_flores_sentence(cached_encoder) -> None:
    folder = shared_data("flores200-eu24")
    de = (folder / "deu_Latn.txt").read_text(encoding="utf-8").splitlines()[:4]
    en = (folder / "eng_Latn.txt").read_text(encoding="utf-8").splitlines()[:4]
    pivot = [sentence_unit("par:1", de[:2]), sentence_unit("par:2", de[2:])]
    other = [sentence_unit("par:1", [en[0], en[1], en[3]])]  # the third sentence is dropped
    beads = align_unit_sentences(pivot, other, cached_encoder)
    assert [b.kind() for b in beads] == ["1-1", "1-1", "1-0", "1-1"]
    assert beads[2].pivot == ((1, 0),)
    assert all(b.similarity > 0.8 for b in beads if b.similarity is not None)


def test_semicolon_clauses_pair_with_sentences() -> None:
    # one German sentence chaining three clauses; the English writes three sentences
    german = [sentence_unit("rec:A", ["Der Hund schläft im Garten; die Katze frisst Fisch; "
                                      "der Vogel singt laut."])]  # fmt: skip
    beads = align_unit_sentences(german, [sentence_unit("rec:A", ENGLISH)], BagEncoder())
    assert [b.kind() for b in beads] == ["1-1", "1-1", "1-1"]
    assert [b.pivot for b in beads] == [((0, 0),), ((0, 1),), ((0, 2),)]
    text = german[0].text
    assert [text[a:b] for a, b in piece_spans(german[0])] == [
        "Der Hund schläft im Garten;", "die Katze frisst Fisch;", "der Vogel singt laut.",
    ]  # fmt: skip
    assert not is_whole_sentence(german[0], 1)
    assert is_whole_sentence(sentence_unit("par:1", ENGLISH), 1)
