"""The Gale-Church (1993) length-based baseline on tiny inputs."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compare.align import galechurch
from compare.align.galechurch import (
    PRIORS,
    GaleChurchScorer,
    gale_church,
    gale_church_lengths,
    length_deviate,
    log_two_tailed,
)
from compare.errors import InputError


def pairs(beads):  # noqa: ANN001, ANN201
    return [(b.pivot, b.other) for b in beads]


def test_two_tailed_probability() -> None:
    assert float(log_two_tailed(np.array(0.0))) == pytest.approx(0.0, abs=1e-6)
    assert math.exp(float(log_two_tailed(np.array(1.96)))) == pytest.approx(0.05, abs=1e-4)
    assert math.exp(float(log_two_tailed(np.array(-1.0)))) == pytest.approx(0.3173, abs=1e-4)
    far = float(log_two_tailed(np.array(50.0)))
    assert math.isfinite(far) and far < -1200  # no underflow to -inf
    values = log_two_tailed(np.linspace(0, 10, 50))
    assert (np.diff(values) < 0).all()


def test_length_deviate() -> None:
    assert float(length_deviate(100, 100)) == 0.0
    assert float(length_deviate(100, 130)) > 0 > float(length_deviate(130, 100))
    # the paper's model: (l2 - c l1) / sqrt(s2 * (l1 + l2 / c) / 2)
    assert float(length_deviate(100, 120)) == pytest.approx(20 / math.sqrt(6.8 * 110))
    assert float(length_deviate(0, 0)) == 0.0


def test_equal_lengths_align_one_to_one() -> None:
    beads = gale_church_lengths([30, 80, 45, 120], [32, 78, 47, 118])
    assert pairs(beads) == [((k,), (k,)) for k in range(4)]
    assert all(0.0 < b.score <= 1.0 for b in beads)


def test_two_to_one() -> None:
    beads = gale_church_lengths([60, 40, 55, 120], [61, 96, 121])
    assert pairs(beads) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]


def test_one_to_two() -> None:
    beads = gale_church_lengths([60, 96, 121], [61, 40, 55, 120])
    assert pairs(beads) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


def test_every_item_in_exactly_one_bead() -> None:
    rng = np.random.default_rng(7)
    x = rng.integers(5, 300, 40).astype(float)
    y = np.concatenate([x[:15] * 1.1, x[17:] * 0.9, [80.0, 20.0]])
    beads = gale_church_lengths(x, y)
    assert [i for b in beads for i in b.pivot] == list(range(len(x)))
    assert [j for b in beads for j in b.other] == list(range(len(y)))
    assert {b.kind() for b in beads} <= {"1-1", "1-0", "0-1", "2-1", "1-2", "2-2"}


def test_empty_sides() -> None:
    assert pairs(gale_church_lengths([10, 20], [])) == [((0,), ()), ((1,), ())]
    assert pairs(gale_church_lengths([], [5])) == [((), (0,))]
    assert gale_church_lengths([], []) == []


def test_texts() -> None:
    de = ["Kurz.", "Ein deutlich längerer Satz mit mehreren Wörtern darin."]
    fr = ["Bref.", "Une phrase nettement plus longue avec plusieurs mots dedans."]
    assert pairs(gale_church(de, fr)) == [((0,), (0,)), ((1,), (1,))]


def test_bead_cost_combines_length_and_prior() -> None:
    scorer = GaleChurchScorer([100, 100], [100, 100])
    one = scorer.bead_scores(1, 1, 1, np.array([1]))[0]
    assert one == pytest.approx(math.log(PRIORS[(1, 1)]), abs=1e-6)
    two = scorer.bead_scores(2, 2, 2, np.array([2]))[0]
    assert two == pytest.approx(math.log(PRIORS[(2, 2)]), abs=1e-6)


def test_bad_lengths() -> None:
    with pytest.raises(InputError, match="non-negative"):
        gale_church_lengths([10, -1], [5])
    with pytest.raises(InputError, match="non-negative"):
        gale_church_lengths([10, float("nan")], [5])
    with pytest.raises(InputError, match="must be positive"):
        gale_church_lengths([10], [10], c=0)


def test_banded_path_for_long_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(1)
    x = rng.integers(20, 200, 120).astype(float)
    y = x * rng.normal(1.0, 0.05, 120)
    full = pairs(gale_church_lengths(x, y))
    monkeypatch.setattr(galechurch, "FULL_GRID_LIMIT", 10)
    monkeypatch.setattr(galechurch, "MIN_HALF_WIDTH", 3)
    assert pairs(gale_church_lengths(x, y)) == full
