"""compare.align.evaluate against values computed by hand (vecalign's score.py definitions)."""

from __future__ import annotations

import pytest

from compare.align.evaluate import parse_beads, score_beads

GOLD = [((0,), (0,)), ((1,), (1, 2)), ((2,), ()), ((), (3,)), ((3, 4), (4,))]
TEST = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), ()), ((3,), (3,)), ((4,), (4,))]


def test_hand_computed_scores() -> None:
    """Precision over the 6 test beads: strict hits [0]:[0] and [2]:[]; lax hits add [1]:[1]
    (pivot 1 links to 1, 2 in the gold) and [4]:[4]; []:[2] and [3]:[3] miss.
    Recall over the 3 gold links: [0]:[0] strict; [1]:[1, 2] and [3, 4]:[4] lax."""
    s = score_beads(GOLD, TEST)
    assert s.precision_strict == pytest.approx(2 / 6)
    assert s.precision_lax == pytest.approx(4 / 6)
    assert s.recall_strict == pytest.approx(1 / 3)
    assert s.recall_lax == pytest.approx(1.0)
    assert s.f1_strict == pytest.approx(1 / 3)
    assert s.f1_lax == pytest.approx(2 * (2 / 3) / (2 / 3 + 1))


def test_perfect_alignment() -> None:
    s = score_beads(GOLD, GOLD)
    assert (s.precision_strict, s.recall_strict, s.f1_strict) == (1.0, 1.0, 1.0)
    assert (s.precision_lax, s.recall_lax, s.f1_lax) == (1.0, 1.0, 1.0)


def test_duplicates_and_empty_beads_do_not_count() -> None:
    s = score_beads(GOLD, TEST + [((0,), (0,)), ((), ())])
    assert s.precision_strict == pytest.approx(2 / 6)


def test_empty_test_scores_zero() -> None:
    s = score_beads(GOLD, [])
    assert (s.precision_strict, s.recall_strict, s.f1_strict, s.f1_lax) == (0.0, 0.0, 0.0, 0.0)


def test_insertions_and_deletions_count_for_precision_only() -> None:
    """A missed deletion costs precision (a wrong bead) but not recall (no link)."""
    gold = [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    test = [((0,), (0,)), ((1, 2), (1,))]
    s = score_beads(gold, test)
    assert s.precision_strict == pytest.approx(1 / 2)
    assert s.recall_strict == pytest.approx(1 / 2)
    assert s.precision_lax == pytest.approx(1.0)
    assert s.recall_lax == pytest.approx(1.0)


def test_parse_beads() -> None:
    lines = ["[0]:[0]", "[1, 2]:[1]:0.912", "", "[]:[2]", "[3]:[]:0.5\n"]
    assert parse_beads(lines) == [((0,), (0,)), ((1, 2), (1,)), ((), (2,)), ((3,), ())]
