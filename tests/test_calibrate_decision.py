"""The labelled-pair calibration of the ``pairs`` threshold: its measures and its pairs."""

from __future__ import annotations

import numpy as np

from benchmarks.calibrate_decision import GRID, article_pairs, auc, best_threshold, mcc
from compare.inject import document_from_texts

TRUTH = np.array([True, True, True, False, False, False])


def test_mcc_of_perfect_inverse_and_constant_decisions() -> None:
    assert mcc(TRUTH, TRUTH) == 1.0
    assert mcc(TRUTH, ~TRUTH) == -1.0
    assert mcc(TRUTH, np.ones(6, dtype=bool)) == 0.0


def test_auc_counts_ties_half() -> None:
    assert auc(TRUTH, np.array([3.0, 2.0, 1.5, 1.0, 0.5, 0.0])) == 1.0
    assert auc(TRUTH, np.ones(6)) == 0.5
    assert np.isnan(auc(np.ones(3, dtype=bool), np.ones(3)))


def test_best_threshold_separates_and_the_checks_count() -> None:
    scores = np.array([3.0, 2.6, 0.2, 1.0, 0.5, 0.0])
    none = np.zeros(6, dtype=bool)
    assert best_threshold(TRUTH, scores, none) == 1.05  # the lowest above every faithful score
    flagged = np.array([False, False, True, False, False, False])  # the checks catch the third
    assert best_threshold(TRUTH, scores, flagged) == 1.05
    assert mcc(TRUTH, flagged | (scores >= 1.05)) == 1.0
    assert GRID[0] == 0.5 and GRID[-1] == 6.0


def test_an_article_gives_one_divergent_and_one_faithful_pair() -> None:
    de = ["Am 5. Januar 2022 kamen 225 Menschen.", "Die Regierung schwieg.", "Es regnete."]
    en = ["On 5 January 2022, 225 people came.", "The government was silent.", "It rained."]
    pivot = document_from_texts("a", "de", de)
    version = document_from_texts("a", "en", en)
    divergent, faithful = article_pairs(pivot, version, seed=3, first=0)  # number first
    assert divergent.kind == "number"
    assert divergent.source == de[0] and divergent.target != en[0]
    assert faithful.kind == "faithful"
    assert (faithful.source, faithful.target) in set(zip(de, en))
    assert (faithful.source, faithful.target) != (de[0], en[0])
