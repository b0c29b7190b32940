"""Flag entries, filters, heatmap cells, counts and navigation (no Streamlit)."""

from __future__ import annotations

import pytest

from compare.ui.decisions import Decision
from compare.ui.tables import (
    Filters,
    FlagEntry,
    cell_state,
    counts_frame,
    flag_entries,
    flags_frame,
    grid_frame,
    neighbour,
)
from tests.ui.fake_report import make_report


@pytest.fixture(scope="module")
def entries() -> list[FlagEntry]:
    return flag_entries(make_report(), {})


def test_entries_in_reading_order_with_anchors(entries: list[FlagEntry]) -> None:
    placed = [(e.unit, e.lang, e.flag.type) for e in entries]
    assert placed == [
        ("rec:A", "en", "number"),
        ("rec:B", "en", "structure"),
        ("rec:B", "fr", "addition"),  # fr other:1 follows German rec:B
        ("par:1", "en", "structure"),
        ("par:2", "fr", "modality"),
        ("par:3", "en", "untranslated"),
    ]
    assert {e.status for e in entries} == {"unreviewed"}


def test_decisions_give_the_status(entries: list[FlagEntry]) -> None:
    first = entries[0].flag_id
    decided = flag_entries(make_report(), {first: Decision(first, "dismissed", "ok", "t")})
    assert (decided[0].status, decided[0].comment) == ("dismissed", "ok")


def test_filters(entries: list[FlagEntry]) -> None:
    assert len(Filters().apply(entries)) == 6
    assert [e.flag.type for e in Filters(types=("number",)).apply(entries)] == ["number"]
    assert {e.lang for e in Filters(langs=("fr",)).apply(entries)} == {"fr"}
    assert len(Filters(severities=("warning", "info")).apply(entries)) == 3
    assert Filters(statuses=("dismissed",)).apply(entries) == []


def test_cell_state_is_the_worst_unreviewed_severity(entries: list[FlagEntry]) -> None:
    from dataclasses import replace

    warning, error = entries[3], entries[0]
    assert cell_state([]) == "none"
    assert cell_state([warning, error]) == "error"
    assert cell_state([replace(error, status="dismissed"), warning]) == "warning"
    assert cell_state([replace(error, status="dismissed")]) == "dismissed"
    both = [replace(error, status="dismissed"), replace(warning, status="accepted")]
    assert cell_state(both) == "accepted"


def test_grid_has_every_unit_and_language(entries: list[FlagEntry]) -> None:
    report = make_report()
    frame = grid_frame(report, entries, report.langs())
    assert len(frame) == len(report.pivot.units) * 3
    cell = frame[(frame.unit == "rec:B")].set_index("lang")
    assert cell.loc["en", "state"] == "error" and cell.loc["fr", "state"] == "warning"
    assert cell.loc["el", "state"] == "none" and cell.loc["el", "tip"] == "no flags"


def test_counts_and_table(entries: list[FlagEntry]) -> None:
    counts = counts_frame(entries)
    assert list(counts.columns) == ["info", "warning", "error", "total"]
    assert counts.loc["structure", "total"] == 2 and counts["total"].sum() == 6
    table = flags_frame(entries)
    assert list(table["flag_id"]) == [e.flag_id for e in entries]
    assert counts_frame([]).empty


def test_neighbour_wraps(entries: list[FlagEntry]) -> None:
    assert neighbour(entries, None, 1) is entries[0]
    assert neighbour(entries, None, -1) is entries[-1]
    assert neighbour(entries, entries[-1].flag_id, 1) is entries[0]
    assert neighbour(entries, entries[2].flag_id, -1) is entries[1]
    assert neighbour([], "x", 1) is None
