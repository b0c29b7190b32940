"""The side-by-side layout: beads placed in rows of German units."""

from __future__ import annotations

from compare.types import Alignment, Bead
from compare.ui.rows import (
    ALIGNED,
    BLANK,
    CONTINUED,
    EXTRA,
    MERGED,
    MISSING,
    REGROUPED,
    SPLIT,
    aligned_rows,
    bead_role,
    bead_span,
    counterpart,
    slots,
    window,
)
from tests.ui.fake_report import make_report


def test_bead_roles() -> None:
    assert bead_role(Bead((1,), (1,), 1.0)) == ALIGNED
    assert bead_role(Bead((1, 2), (1,), 1.0)) == MERGED
    assert bead_role(Bead((1,), (1, 2), 1.0)) == SPLIT
    assert bead_role(Bead((1, 2), (1, 2), 1.0)) == REGROUPED
    assert bead_role(Bead((1,), (), 1.0)) == MISSING
    assert bead_role(Bead((), (1,), 1.0)) == EXTRA


def test_rows_show_merges_gaps_and_extras() -> None:
    report = make_report()
    rows = aligned_rows(report, ["en", "fr"], 3, 7)
    layout = [(r.pivot, r.cells["en"].role, r.cells["fr"].role) for r in rows]
    assert layout == [
        (3, ALIGNED, ALIGNED),
        (4, MISSING, ALIGNED),
        (None, BLANK, EXTRA),  # French adds a unit after German rec:B
        (5, MERGED, ALIGNED),
        (6, CONTINUED, ALIGNED),
        (7, ALIGNED, ALIGNED),
    ]
    merged = rows[3].cells["en"]
    assert merged.units == (4,) and merged.pivot_units == (5, 6) and merged.score == 0.88


def test_window_and_bead_span() -> None:
    report = make_report()
    assert bead_span(report, ["en"], 6) == (5, 6)
    assert bead_span(report, ["fr"], 6) == (6, 6)
    assert window((5, 6), 1, 8) == (4, 7)
    assert window((0, 0), 3, 8) == (0, 3)
    assert window((7, 7), 3, 8) == (4, 7)


def test_counterpart_resolves_continued_cells() -> None:
    report = make_report()
    assert counterpart(report, "en", 6).role == MERGED
    assert counterpart(report, "en", 4).role == MISSING


def test_extras_before_any_german_unit_sit_under_the_first() -> None:
    report = make_report()
    alignment = report.result("fr").alignment
    beads = (Bead((), (0,), 0.5), *(Bead((i,), (i + 1,), 0.9) for i in range(5)))
    layout = slots(Alignment(alignment.pivot, alignment.other, beads))
    assert layout.extras[0].units == (0,)
