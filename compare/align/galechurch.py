"""The length-based sentence aligner of Gale and Church (1993), used as a baseline.

W. A. Gale and K. W. Church, "A Program for Aligning Sentences in Bilingual Corpora",
Computational Linguistics 19(1), 1993. The model: the length in characters of a text's
translation is normally distributed around ``c`` times its length, with variance ``s2`` per
character, so a bead whose two sides have ``l1`` and ``l2`` characters has the deviate

    delta = (l2 - c * l1) / sqrt(s2 * mean),   mean = (l1 + l2 / c) / 2

(the paper's program uses the mean of both lengths, so that 1-0 and 0-1 beads get a
deviate too). A bead costs ``-log P(delta | match) - log P(match)``, where
``P(delta | match) = 2 * (1 - Phi(|delta|))`` is two-tailed and ``P(match)`` is the prior
of the bead's shape (the paper's Table 5). Dynamic programming finds the cheapest bead
sequence; nothing but lengths is used.

Example:
    >>> from compare.align.galechurch import gale_church
    >>> beads = gale_church(["A short one.", "A much longer second sentence, with a clause."],
    ...                     ["Un court.", "Une seconde phrase bien plus longue, avec une clause."])
    >>> [(b.pivot, b.other) for b in beads]
    [((0,), (0,)), ((1,), (1,))]
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np

from compare.align.dp import align_dp
from compare.align.units import FULL_GRID_LIMIT, MIN_HALF_WIDTH
from compare.errors import InputError
from compare.types import Bead

log = logging.getLogger(__name__)

#: Expected characters of the other language per pivot character (Gale & Church 1993, sec. 4:
#: "c = 1" for English-French and English-German).
C = 1.0
#: Variance of that ratio per character (Gale & Church 1993, sec. 4: "s2 = 6.8").
S2 = 6.8
#: Prior probability of each bead shape (Gale & Church 1993, Table 5, from 1316 hand-aligned
#: Union Bank of Switzerland beads; 1-0/0-1 and 2-1/1-2 share one row there).
PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.0099,
    (0, 1): 0.0099,
    (2, 1): 0.089,
    (1, 2): 0.089,
    (2, 2): 0.011,
}
#: The bead shapes of the model, in the order the dynamic programming tries them.
GALE_CHURCH_BEADS: tuple[tuple[int, int], ...] = tuple(PRIORS)

# Abramowitz & Stegun 7.1.26: erfc(x) ~ t * (a1 + t * (a2 + ...)) * exp(-x^2), t = 1/(1+p x);
# absolute error below 1.5e-7; its logarithm never underflows.
_AS_P = 0.3275911
_AS_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


def log_two_tailed(z: np.ndarray) -> np.ndarray:
    """``log(2 * (1 - Phi(|z|)))``: log probability of a standard normal deviate this far out.

    Args:
        z: deviates (any shape).

    Returns:
        Log probabilities, 0.0 at ``z == 0`` and decreasing as ``-z**2 / 2`` far out.

    Example:
        >>> round(float(log_two_tailed(np.array(1.96))), 3)  # two-tailed 5 %
        -2.996
    """
    x = np.abs(np.asarray(z, dtype=np.float64)) / math.sqrt(2.0)
    t = 1.0 / (1.0 + _AS_P * x)
    poly = np.zeros_like(t)
    for coefficient in reversed(_AS_A):
        poly = (poly + coefficient) * t
    return np.log(poly) - x * x


def length_deviate(l1: np.ndarray, l2: np.ndarray, c: float = C, s2: float = S2) -> np.ndarray:
    """The model's normal deviate of a bead with ``l1`` pivot and ``l2`` other characters."""
    l1 = np.asarray(l1, dtype=np.float64)
    l2 = np.asarray(l2, dtype=np.float64)
    mean = (l1 + l2 / c) / 2.0
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (l2 - c * l1) / np.sqrt(s2 * mean)
    return np.where(mean > 0, z, 0.0)


class GaleChurchScorer:
    """Bead scores (negated costs) of the length model; a :class:`compare.align.dp.BeadScorer`.

    Args:
        pivot_lengths: characters of each pivot item.
        other_lengths: characters of each other item.
        c: expected length ratio (other / pivot).
        s2: variance of the ratio per character.
    """

    def __init__(
        self,
        pivot_lengths: Sequence[float],
        other_lengths: Sequence[float],
        c: float = C,
        s2: float = S2,
    ) -> None:
        self.c, self.s2 = c, s2
        self.p = np.concatenate([[0.0], np.cumsum(np.asarray(pivot_lengths, dtype=np.float64))])
        self.o = np.concatenate([[0.0], np.cumsum(np.asarray(other_lengths, dtype=np.float64))])

    def log_length_probability(self, a: int, b: int, i: int, j: np.ndarray) -> np.ndarray:
        """``log P(delta | match)`` of bead (a, b) ending at pivot ``i`` and other ``j``."""
        j = np.asarray(j)
        l1 = self.p[i] - self.p[i - a]
        l2 = self.o[j] - self.o[j - b]
        return log_two_tailed(length_deviate(np.full(j.shape, l1), l2, self.c, self.s2))

    def bead_scores(self, a: int, b: int, i: int, j: np.ndarray) -> np.ndarray:
        """Minus the bead's cost: ``log P(delta | match) + log P(match)``."""
        return self.log_length_probability(a, b, i, j) + math.log(PRIORS[(a, b)])


def gale_church_lengths(
    pivot_lengths: Sequence[float],
    other_lengths: Sequence[float],
    c: float = C,
    s2: float = S2,
) -> list[Bead]:
    """Align two sequences of lengths with the Gale-Church model.

    Args:
        pivot_lengths: length (characters) of each pivot item, in order.
        other_lengths: length of each other item, in order.
        c: expected length ratio (other / pivot); the paper's 1.0 by default.
        s2: variance of the ratio per character; the paper's 6.8 by default.

    Returns:
        Beads in order; every item is in exactly one bead. ``Bead.score`` is the
        two-tailed probability of the bead's length difference under the model
        (1.0 where the lengths are exactly as expected).

    Raises:
        InputError: a length is negative or not finite, or ``c``/``s2`` is not positive.
    """
    x = _lengths(pivot_lengths, "pivot")
    y = _lengths(other_lengths, "other")
    if c <= 0 or s2 <= 0:
        raise InputError(f"c and s2 must be positive (got c={c}, s2={s2})")
    n, m = len(x), len(y)
    if n == 0 or m == 0:
        return [Bead((i,), (), 1.0) for i in range(n)] + [Bead((), (j,), 1.0) for j in range(m)]
    scorer = GaleChurchScorer(x, y, c, s2)
    path = _best_path(n, m, scorer)
    return [Bead(p, o, _probability(scorer, p, o)) for p, o, _ in path.beads]


def gale_church(pivot: Sequence[str], other: Sequence[str]) -> list[Bead]:
    """Align two lists of texts by their lengths in characters (Gale & Church 1993).

    Args:
        pivot: the pivot texts (sentences or paragraphs), in order.
        other: the other language's texts, in order.

    Returns:
        Beads as :func:`gale_church_lengths` returns them.
    """
    return gale_church_lengths([len(t) for t in pivot], [len(t) for t in other])


def _lengths(values: Sequence[float], side: str) -> np.ndarray:
    arr = np.asarray(list(values), dtype=np.float64).reshape(-1)
    if arr.size and (not np.isfinite(arr).all() or (arr < 0).any()):
        raise InputError(f"{side} lengths must be finite and non-negative character counts")
    return arr


def _best_path(n: int, m: int, scorer: GaleChurchScorer):  # noqa: ANN202 - dp.Path
    """Full grid for short inputs; a band that widens until the path stays inside it."""
    if max(n, m) <= FULL_GRID_LIMIT:
        return align_dp(n, m, scorer, GALE_CHURCH_BEADS)
    half = abs(n - m) + MIN_HALF_WIDTH
    path = align_dp(n, m, scorer, GALE_CHURCH_BEADS, half_width=half)
    while path.touched_band_edge and half < max(n, m):
        half *= 2
        log.info("Gale-Church path touched the band edge; widening to %d", half)
        path = align_dp(n, m, scorer, GALE_CHURCH_BEADS, half_width=half)
    return path


def _probability(scorer: GaleChurchScorer, p: tuple[int, ...], o: tuple[int, ...]) -> float:
    """P(delta | match) of one bead (an empty side ends anywhere: its length is 0)."""
    i = p[-1] + 1 if p else 0
    j = o[-1] + 1 if o else 0
    logp = scorer.log_length_probability(len(p), len(o), i, np.array([j]))[0]
    return round(float(np.exp(logp)), 4)
