"""The banded dynamic programming of compare.align.dp, with hand-made scorers."""

from __future__ import annotations

import logging
from collections.abc import Mapping

import numpy as np
import pytest

from compare.align import units
from compare.align.dp import DEFAULT_BEADS, align_dp, band_limits
from compare.align.scoring import SideFeatures

BeadKey = tuple[tuple[int, ...], tuple[int, ...]]


class TableScorer:
    """1-1 beads score ``sim[i, j]``; 1-0 and 0-1 beads ``skip``; beads listed in ``extra``
    score what it says; every other bead ``other``."""

    def __init__(
        self,
        sim: np.ndarray,
        skip: float = 0.1,
        extra: Mapping[BeadKey, float] | None = None,
        other: float = -1.0,
    ) -> None:
        self.sim = np.asarray(sim, dtype=float)
        self.skip = skip
        self.extra = dict(extra or {})
        self.other = other

    def bead_scores(self, a: int, b: int, i: int, j: np.ndarray) -> np.ndarray:
        return np.array([self._one(a, b, i, int(jj)) for jj in np.atleast_1d(j)], dtype=float)

    def _one(self, a: int, b: int, i: int, j: int) -> float:
        key = (tuple(range(i - a, i)), tuple(range(j - b, j)))
        if key in self.extra:
            return self.extra[key]
        if a == 0 or b == 0:
            return self.skip
        if a == 1 and b == 1:
            return float(self.sim[i - 1, j - 1])
        return self.other


def links(pairs: list[tuple[int, int]], n: int, m: int) -> np.ndarray:
    """A similarity table: 1.0 on the listed (pivot, other) pairs, 0.0 elsewhere."""
    sim = np.zeros((n, m))
    for i, j in pairs:
        sim[i, j] = 1.0
    return sim


def beads_of(path) -> list[BeadKey]:  # noqa: ANN001 - dp.Path
    return [(p, o) for p, o, _ in path.beads]


def test_one_to_one_diagonal() -> None:
    path = align_dp(5, 5, TableScorer(np.eye(5)))
    assert beads_of(path) == [((k,), (k,)) for k in range(5)]
    assert path.total == pytest.approx(5.0)
    assert [s for _, _, s in path.beads] == [1.0] * 5
    assert not path.touched_band_edge


def test_deletion() -> None:
    path = align_dp(4, 3, TableScorer(links([(0, 0), (2, 1), (3, 2)], 4, 3)))
    assert beads_of(path) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    assert path.total == pytest.approx(3.1)


def test_insertion() -> None:
    path = align_dp(3, 4, TableScorer(links([(0, 0), (1, 2), (2, 3)], 3, 4)))
    assert beads_of(path) == [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,))]


def test_insertions_in_a_row_and_at_the_start() -> None:
    path = align_dp(2, 5, TableScorer(links([(0, 2), (1, 4)], 2, 5)))
    assert beads_of(path) == [
        ((), (0,)), ((), (1,)), ((0,), (2,)), ((), (3,)), ((1,), (4,)),
    ]  # fmt: skip


def test_two_to_one_merge() -> None:
    scorer = TableScorer(links([(0, 0), (3, 2)], 4, 3), extra={((1, 2), (1,)): 1.5})
    path = align_dp(4, 3, scorer)
    assert beads_of(path) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
    assert path.beads[1][2] == pytest.approx(1.5)


def test_one_to_two_split() -> None:
    scorer = TableScorer(links([(0, 0), (2, 3)], 3, 4), extra={((1,), (1, 2)): 1.5})
    path = align_dp(3, 4, scorer)
    assert beads_of(path) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


def test_only_the_allowed_bead_shapes() -> None:
    scorer = TableScorer(links([(0, 0), (3, 2)], 4, 3), extra={((1, 2), (1,)): 1.5})
    path = align_dp(4, 3, scorer, beads=((1, 1), (1, 0), (0, 1)))
    assert all(len(p) <= 1 and len(o) <= 1 for p, o in beads_of(path))


def test_band_limits_stay_connected() -> None:
    lo, hi = band_limits(10, 40, 2)
    assert lo[0] == 0 and hi[-1] == 40
    assert all(lo[i] <= hi[i - 1] for i in range(1, 11))
    assert all(lo <= hi)


def test_narrow_band_reports_touching_its_edge() -> None:
    n, shift = 40, 8  # the other side lost its first 8 items
    sim = links([(i, i - shift) for i in range(shift, n)], n, n - shift)
    narrow = align_dp(n, n - shift, TableScorer(sim), half_width=2)
    full = align_dp(n, n - shift, TableScorer(sim))
    assert narrow.touched_band_edge
    assert not full.touched_band_edge
    assert beads_of(full) == [((i,), ()) for i in range(shift)] + [
        ((i,), (i - shift,)) for i in range(shift, n)
    ]
    assert narrow.total < full.total


def test_banded_equals_full_grid_when_the_path_fits() -> None:
    sim = np.eye(30)
    banded = align_dp(30, 30, TableScorer(sim), half_width=3)
    assert beads_of(banded) == beads_of(align_dp(30, 30, TableScorer(sim)))
    assert not banded.touched_band_edge


def _features(vectors: np.ndarray) -> SideFeatures:
    texts = ["x" * 50] * len(vectors)
    return SideFeatures.build(texts, vectors)


def test_long_inputs_widen_the_band(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Above FULL_GRID_LIMIT the band widens until the path no longer touches its edge.

    The other side lacks six pivot items spread over the text and has six new ones at the
    end: the path drifts 6 items off the diagonal, beyond the first band (4 items).
    """
    monkeypatch.setattr(units, "FULL_GRID_LIMIT", 20)
    monkeypatch.setattr(units, "MIN_HALF_WIDTH", 4)
    n, deleted = 80, (10, 20, 30, 40, 50, 60)
    basis = np.eye(n + len(deleted))  # every item its own direction: unrelated items score 0
    kept = [i for i in range(n) if i not in deleted]
    other = np.concatenate([basis[kept], basis[n:]])
    with caplog.at_level(logging.INFO, logger="compare.align.units"):
        beads = units.align_features(_features(basis[:n]), _features(other))
    assert "widening to 8" in caplog.text
    linked = [(b.pivot, b.other) for b in beads if b.pivot and b.other]
    assert linked == [((i,), (j,)) for j, i in enumerate(kept)]
    assert [b.pivot for b in beads if not b.other] == [(i,) for i in deleted]
    assert sorted(j for b in beads for j in b.other) == list(range(n))


def test_default_bead_shapes() -> None:
    assert (1, 1) in DEFAULT_BEADS and (1, 0) in DEFAULT_BEADS and (0, 1) in DEFAULT_BEADS
    assert (2, 1) in DEFAULT_BEADS and (1, 2) in DEFAULT_BEADS and (2, 2) in DEFAULT_BEADS
