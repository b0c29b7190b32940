"""Banded dynamic programming over n:m beads (the Bertalign/vecalign recipe).

``D[i, j]`` is the best total score of aligning the first ``i`` pivot items with the first
``j`` other items. A bead ``(a, b)`` ending at ``(i, j)`` covers pivot items ``i-a..i-1`` and
other items ``j-b..j-1``; its score comes from a :class:`BeadScorer`. Rows are computed one
at a time and vectorised over the columns of a band around the expected path, so memory is
``O(n * band)`` and time is ``O(n * band * bead types)``: near-linear in document length.
0-1 beads (an extra item on the other side) depend on the same row; their chain is solved
with a running maximum instead of a Python loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

#: Bead shapes allowed by default: 1-1, deletions/insertions, and merges up to 3 units.
DEFAULT_BEADS: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3),
)  # fmt: skip

NEG = -1e18


class BeadScorer(Protocol):
    def bead_scores(self, a: int, b: int, i: int, j: np.ndarray) -> np.ndarray:
        """Score of bead (a, b) ending at pivot position ``i`` and other positions ``j``."""


@dataclass(frozen=True)
class Path:
    """The best bead sequence: ``(pivot indices, other indices, bead score)`` per bead."""

    beads: tuple[tuple[tuple[int, ...], tuple[int, ...], float], ...]
    total: float
    touched_band_edge: bool


def band_limits(n: int, m: int, half_width: int) -> tuple[np.ndarray, np.ndarray]:
    """Column range [lo_i, hi_i] of each row around the proportional diagonal."""
    rows = np.arange(n + 1)
    centre = np.rint(rows * (m / n)) if n else np.zeros(1)
    lo = np.clip(centre - half_width, 0, m).astype(np.int64)
    hi = np.clip(centre + half_width, 0, m).astype(np.int64)
    lo[0], hi[-1] = 0, m
    # keep the band connected: each row must reach the previous row's range
    for i in range(1, n + 1):
        lo[i] = min(lo[i], hi[i - 1])
        hi[i] = max(hi[i], lo[i])
    return lo, hi


def align_dp(
    n: int,
    m: int,
    scorer: BeadScorer,
    beads: Sequence[tuple[int, int]] = DEFAULT_BEADS,
    half_width: int | None = None,
) -> Path:
    """Best path of beads through an n x m grid; full grid when ``half_width`` is None."""
    if half_width is None or half_width >= max(n, m):
        lo = np.zeros(n + 1, dtype=np.int64)
        hi = np.full(n + 1, m, dtype=np.int64)
    else:
        lo, hi = band_limits(n, m, half_width)
    width = int((hi - lo).max()) + 1
    score = np.full((n + 1, width), NEG)
    back = np.full((n + 1, width), -1, dtype=np.int16)
    shapes = list(beads)
    skip_other = shapes.index((0, 1)) if (0, 1) in shapes else -1
    for i in range(n + 1):
        cols = np.arange(lo[i], hi[i] + 1)
        best = np.full(cols.size, NEG)
        arg = np.full(cols.size, -1, dtype=np.int16)
        if i == 0:
            best[cols == 0] = 0.0
        for k, (a, b) in enumerate(shapes):
            if a == 0 or a > i:
                continue
            prev_cols = cols - b
            offset = prev_cols - lo[i - a]
            ok = (prev_cols >= 0) & (offset >= 0) & (prev_cols <= hi[i - a])
            if not ok.any():
                continue
            prev = np.full(cols.size, NEG)
            prev[ok] = score[i - a, offset[ok]]
            ok &= prev > NEG / 2
            if not ok.any():
                continue
            cand = np.full(cols.size, NEG)
            cand[ok] = prev[ok] + scorer.bead_scores(a, b, i, cols[ok])
            better = cand > best
            best[better] = cand[better]
            arg[better] = k
        if skip_other >= 0:
            best, arg = _chain_insertions(best, arg, cols, i, scorer, skip_other)
        score[i, : cols.size] = best
        back[i, : cols.size] = arg
    return _backtrack(n, m, lo, hi, score, back, shapes, scorer)


def _chain_insertions(
    best: np.ndarray,
    arg: np.ndarray,
    cols: np.ndarray,
    i: int,
    scorer: BeadScorer,
    k: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Fold in chains of 0-1 beads: D[i, j] = max(D[i, j], D[i, j-1] + s01(j))."""
    gains = np.zeros(cols.size)
    if cols.size > 1:
        gains[1:] = scorer.bead_scores(0, 1, i, cols[1:])
    cum = np.cumsum(gains)
    shifted = best - cum
    run_max = np.maximum.accumulate(shifted)
    source = np.maximum.accumulate(np.where(shifted >= run_max, np.arange(cols.size), 0))
    chained = run_max + cum
    use_chain = (source < np.arange(cols.size)) & (chained > best + 1e-12)
    best = np.where(use_chain, chained, best)
    arg = np.where(use_chain, k, arg).astype(np.int16)
    return best, arg


def _backtrack(
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    score: np.ndarray,
    back: np.ndarray,
    shapes: list[tuple[int, int]],
    scorer: BeadScorer,
) -> Path:
    i, j = n, m
    total = float(score[n, m - lo[n]])
    out: list[tuple[tuple[int, ...], tuple[int, ...], float]] = []
    edge = False
    while i > 0 or j > 0:
        k = int(back[i, j - lo[i]])
        if k < 0:
            raise RuntimeError(f"alignment path broken at ({i}, {j})")
        a, b = shapes[k]
        if 0 < lo[i] == j or (hi[i] == j < m):
            edge = True
        bead_score = float(scorer.bead_scores(a, b, i, np.array([j]))[0])
        out.append((tuple(range(i - a, i)), tuple(range(j - b, j)), bead_score))
        i, j = i - a, j - b
    out.reverse()
    return Path(tuple(out), total, edge)
