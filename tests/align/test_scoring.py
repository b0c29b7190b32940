"""Bead scores (compare.align.scoring) on hand-made vectors: merged sides and bonuses."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
import pytest

from compare.align.scoring import UNITS, SideFeatures, UnitScorer
from compare.align.units import align_features

EYE = np.eye(16, dtype=np.float32)


def _side(
    rows: Sequence[np.ndarray], lengths: Sequence[int], labels: Sequence[str], vocab: dict
) -> SideFeatures:
    """One side of paragraphs labelled ``par:<label>`` (one vocabulary for both sides)."""
    return SideFeatures.build(
        ["x" * n for n in lengths],
        np.stack(rows),
        kinds=["paragraph"] * len(rows),
        labels=[f"par:{x}" for x in labels],
        vocabulary=vocab,
    )


def _rendering(k: int, noise: int, fidelity: float = 0.57) -> np.ndarray:
    """A vector at cosine ``fidelity`` from EYE[k] (what a fair translation scores)."""
    vector = fidelity * EYE[k] + np.sqrt(1.0 - fidelity**2) * EYE[noise]
    return vector.astype(np.float32)


def _ends(pivot_end: int, other_end: int) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(pivot_end), np.asarray([other_end])


def test_a_deleted_unit_does_not_ride_along_in_a_merge() -> None:
    # the French draft's case: pivot unit 2 (short, slightly unlike the other version's
    # par:2) is deleted; the other version renumbers, so its par:2 renders pivot par:3: a
    # 2-1 bead [par:2, par:3] : [par:2] would earn the label bonus, the deletion does not
    unlike = (EYE[1] - 0.1 * EYE[2]) / np.linalg.norm(EYE[1] - 0.1 * EYE[2])
    vocab: dict[str, int] = {}
    pivot = _side([EYE[0], unlike, *EYE[2:5]], [800, 117, 805, 800, 800], "12345", vocab)
    renderings = [_rendering(k, 10 + k) for k in (0, 2, 3, 4)]
    other = _side(renderings, [800, 804, 800, 800], "1234", vocab)
    beads = [(b.pivot, b.other) for b in align_features(pivot, other, config=UNITS)]
    assert ((1,), ()) in beads and ((2,), (1,)) in beads
    # the part penalty is what decides: without it the unrelated unit joins the merge
    loose = dataclasses.replace(UNITS, part_weight=0.0)
    beads = [(b.pivot, b.other) for b in align_features(pivot, other, config=loose)]
    assert ((1, 2), (1,)) in beads


def test_a_merged_side_is_penalised_by_its_least_similar_item() -> None:
    # eight more unrelated units on each side, so that unrelated pairs score about 0
    fillers = [EYE[k] for k in range(5, 13)]
    labels = [str(k) for k in range(1, 12)]
    vocab: dict[str, int] = {}
    pivot = _side([EYE[0], EYE[1], EYE[2], *fillers], [100] * 11, labels, vocab)
    merged = (EYE[0] + EYE[1]) / np.sqrt(2.0)
    both = _side([merged, EYE[2], *fillers], [200] + [100] * 9, labels[:10], vocab)
    only_first = _side([EYE[0], EYE[2], *fillers], [200] + [100] * 9, labels[:10], vocab)
    end, ends = _ends(2, 1)  # pivot items 0-1 against other item 0

    def weakest(scorer: UnitScorer) -> float:
        x, _, _ = scorer.p.segment(end, 2)
        y, _, _ = scorer.o.segment(ends, 1)
        return float(scorer._weakest_part(2, 1, end, ends, x, y)[0])

    # both items rendered in other item 0: no penalty; item 1 unrelated to it: penalised
    assert weakest(UnitScorer(pivot, both, UNITS)) > UNITS.part_floor
    penalised = UnitScorer(pivot, only_first, UNITS)
    assert weakest(penalised) < UNITS.part_floor
    free = UnitScorer(pivot, only_first, dataclasses.replace(UNITS, part_weight=0.0))
    expected = UNITS.part_weight * (UNITS.part_floor - weakest(penalised))
    assert free.quality(2, 1, end, ends)[0] - penalised.quality(2, 1, end, ends)[0] == (
        pytest.approx(expected)
    )


def test_label_and_mutual_bonuses_count_for_merged_beads() -> None:
    vocab: dict[str, int] = {}
    pivot = _side([EYE[0], EYE[1], EYE[2]], [100] * 3, "123", vocab)
    other = _side([(EYE[0] + EYE[1]) / np.sqrt(2.0), EYE[2]], [200, 100], "12", vocab)
    scorer = UnitScorer(pivot, other, UNITS)
    plain = UnitScorer(pivot, other, dataclasses.replace(UNITS, label_bonus=0.0, mutual_bonus=0.0))
    # [par:1, par:2] : [par:1]: first labels agree, pivot item 0 / other item 0 are mutual
    end, ends = _ends(2, 1)
    gain = scorer.quality(2, 1, end, ends)[0] - plain.quality(2, 1, end, ends)[0]
    assert gain == pytest.approx(UNITS.label_bonus + UNITS.mutual_bonus)
    # [par:3] : [par:2]: mutual neighbours, labels differ: the mutual bonus only
    end, ends = _ends(3, 2)
    gain = scorer.quality(1, 1, end, ends)[0] - plain.quality(1, 1, end, ends)[0]
    assert gain == pytest.approx(UNITS.mutual_bonus)
