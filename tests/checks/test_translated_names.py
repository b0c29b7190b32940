"""Names the other version translated word by word: info, not "name missing"."""

from __future__ import annotations

import numpy as np
import pytest

from compare.align.words import WordAlignment, word_spans
from compare.checks.base import CheckContext, run_checks
from compare.checks.translated_names import LINK_MIN, translated_words
from compare.types import Alignment, Bead
from tests.checks.test_facts import document


def alignment(src: str, tgt: str, pairs: dict[tuple[int, int], float]) -> WordAlignment:
    """Word spans of both texts and a similarity matrix: ``pairs`` set, the rest 0.1."""
    s, t = word_spans(src), word_spans(tgt)
    sim = np.full((len(s), len(t)), 0.1, dtype=np.float32)
    for (i, j), value in pairs.items():
        sim[i, j] = value
    return WordAlignment(src, tgt, s, t, (), "en", "de", sim)


SRC = "won the World Cup in Rome"  # won the World Cup in Rome: words 0..5
TGT = "gewann die Weltmeisterschaft in Rom"  # words 0..4
WORLD_CUP = (8, 17)


def test_a_compound_translating_two_name_words_is_found() -> None:
    wa = alignment(SRC, TGT, {(0, 0): 0.8, (2, 2): 0.62, (3, 2): 0.7, (5, 4): 0.8})
    span = translated_words(wa, WORLD_CUP, [])
    assert span is not None and TGT[span[0] : span[1]] == "Weltmeisterschaft"


def test_a_name_whose_best_match_belongs_to_another_word_is_not_translated() -> None:
    # "Cup" is closest to "gewann", but "gewann" is the translation of "won": the name is lost
    wa = alignment(SRC, TGT, {(0, 0): 0.9, (2, 2): 0.62, (3, 0): 0.7, (5, 4): 0.8})
    assert translated_words(wa, WORLD_CUP, []) is None


def test_a_weak_best_match_is_no_translation() -> None:
    weak = LINK_MIN - 0.05
    wa = alignment(SRC, TGT, {(2, 2): weak, (3, 2): weak})
    assert translated_words(wa, WORLD_CUP, []) is None


def test_a_best_match_inside_another_name_is_a_replacement_not_a_translation() -> None:
    wa = alignment(SRC, TGT, {(2, 2): 0.7, (3, 2): 0.7})
    assert translated_words(wa, WORLD_CUP, [(11, 28)]) is None


def name_flags(english: str, german: str, encoder) -> list[tuple[str, str, str]]:  # noqa: ANN001
    pivot = document("en", [("par:1", english)])
    other = document("de", [("par:1", german)])
    found = run_checks(Alignment(pivot, other, (Bead((0,), (0,), 0.95),)),
                       CheckContext(encoder=encoder, pivot_lang="en"), ["name"])  # fmt: skip
    return [(f.severity, f.pivot_text, f.other_text) for f in found]


@pytest.mark.slow
def test_real_model_translated_names_are_info(encoder) -> None:
    found = name_flags(
        "The report on Higher Education was discussed before the World Cup.",
        "Der Bericht über Hochschulbildung wurde vor der Weltmeisterschaft erörtert.",
        encoder,
    )
    assert found == [
        ("info", "Higher Education", "Hochschulbildung"),
        ("info", "World Cup", "Weltmeisterschaft"),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("english", "german", "lost"),
    [
        ("Putin met Merkel, Macron and Draghi in Rome.", "Putin traf Merkel und Draghi in Rom.",
         "Macron"),
        ("Putin met Merkel, Macron and Draghi in Rome.", "Putin traf Merkel, Macron und Draghi.",
         "Rome"),
        ("He won the World Cup in Rome.", "Er gewann in Rom.", "World Cup"),
    ],
)  # fmt: skip
def test_real_model_a_dropped_name_stays_an_error(
    english: str, german: str, lost: str, encoder
) -> None:
    assert name_flags(english, german, encoder) == [("error", lost, "")]
