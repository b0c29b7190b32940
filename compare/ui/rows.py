"""The side-by-side layout: German units in rows, each version's aligned units beside them.

Rows follow the German document. A version's bead is placed in the row of its first German
unit; the rows of the other German units of a merged bead say "continued above"; a German
unit without counterpart leaves a gap; units the German lacks get a row of their own under
the German unit they follow.

Example:
    >>> rows = aligned_rows(report, ["en", "fr"], 10, 14)        # doctest: +SKIP
    >>> [(r.pivot, r.cells["en"].role) for r in rows][:2]        # doctest: +SKIP
    [(10, 'aligned'), (11, 'merged')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from compare.types import Alignment, Bead, Report

#: Cell roles.
ALIGNED = "aligned"  # 1-1
MERGED = "merged"  # several German units in one unit of the version
SPLIT = "split"  # one German unit in several units of the version
REGROUPED = "regrouped"  # n-m with n, m > 1
CONTINUED = "continued"  # a later German unit of a merged bead: its text is in the row above
MISSING = "missing"  # the German unit has no counterpart
EXTRA = "extra"  # units of the version that the German lacks
BLANK = "blank"  # nothing of this version in this row


@dataclass(frozen=True)
class Cell:
    """What one version shows in one row.

    Attributes:
        role: one of the roles above.
        units: indices of the version's units shown (in the row of the bead's first German
            unit only).
        pivot_units: indices of the German units of the bead.
        score: the bead's alignment confidence, ``None`` for a blank cell.
    """

    role: str
    units: tuple[int, ...] = ()
    pivot_units: tuple[int, ...] = ()
    score: float | None = None


@dataclass(frozen=True)
class Row:
    """One row of the side-by-side view.

    Attributes:
        pivot: the German unit index, or ``None`` for a row of units the German lacks.
        anchor: the German unit the row belongs to (``pivot``, or the one it follows).
        cells: the cell of each version, by language.
    """

    pivot: int | None
    anchor: int
    cells: Mapping[str, Cell] = field(default_factory=dict)


@dataclass(frozen=True)
class Slots:
    """An alignment laid out by German unit: the cell of each German unit, extras by anchor."""

    by_pivot: Mapping[int, Cell]
    extras: Mapping[int, Cell]


def bead_role(bead: Bead) -> str:
    """The role of the cell showing ``bead`` in the row of its first German unit."""
    p, o = len(bead.pivot), len(bead.other)
    if p == 0:
        return EXTRA
    if o == 0:
        return MISSING
    if p > 1 and o > 1:
        return REGROUPED
    if p > 1:
        return MERGED
    return SPLIT if o > 1 else ALIGNED


def slots(alignment: Alignment) -> Slots:
    """Lay out the beads of ``alignment`` by German unit."""
    by_pivot: dict[int, Cell] = {}
    extras: dict[int, list[tuple[int, float]]] = {}
    last = 0
    for bead in alignment.beads:
        if not bead.pivot:
            extras.setdefault(last, []).extend((j, bead.score) for j in bead.other)
            continue
        first, *rest = sorted(bead.pivot)
        by_pivot[first] = Cell(bead_role(bead), bead.other, tuple(sorted(bead.pivot)), bead.score)
        for index in rest:
            by_pivot[index] = Cell(CONTINUED, (), tuple(sorted(bead.pivot)), bead.score)
        last = max(last, *bead.pivot)
    return Slots(by_pivot, {k: _extra_cell(v) for k, v in extras.items()})


def _extra_cell(units: list[tuple[int, float]]) -> Cell:
    return Cell(EXTRA, tuple(j for j, _ in units), (), min(s for _, s in units))


def aligned_rows(report: Report, langs: Sequence[str], first: int, last: int) -> list[Row]:
    """The rows for German units ``first`` to ``last`` (inclusive) and the given versions.

    Raises:
        KeyError: a language the report does not hold.
    """
    layout = {lang: slots(report.result(lang).alignment) for lang in langs}
    first, last = max(first, 0), min(last, len(report.pivot.units) - 1)
    rows: list[Row] = []
    for index in range(first, last + 1):
        cells = {lang: layout[lang].by_pivot.get(index, Cell(MISSING)) for lang in langs}
        rows.append(Row(index, index, cells))
        extra = {lang: layout[lang].extras[index] for lang in langs if index in layout[lang].extras}
        if extra:
            rows.append(Row(None, index, {lang: extra.get(lang, Cell(BLANK)) for lang in langs}))
    return rows


def bead_span(report: Report, langs: Sequence[str], position: int) -> tuple[int, int]:
    """The first and last German unit of the beads holding ``position`` in ``langs``.

    A German unit merged with its neighbour in one version needs that neighbour on screen.
    """
    first = last = position
    for lang in langs:
        cell = slots(report.result(lang).alignment).by_pivot.get(position)
        if cell is not None and cell.pivot_units:
            first, last = min(first, *cell.pivot_units), max(last, *cell.pivot_units)
    return first, last


def window(span: tuple[int, int], context: int, size: int) -> tuple[int, int]:
    """The German units shown: ``span`` widened by ``context`` units on each side."""
    return max(span[0] - context, 0), min(span[1] + context, size - 1)


def counterpart(report: Report, lang: str, position: int) -> Cell:
    """The cell of ``lang`` for German unit ``position`` (for the consensus view)."""
    layout = slots(report.result(lang).alignment)
    cell = layout.by_pivot.get(position, Cell(MISSING))
    if cell.role != CONTINUED:
        return cell
    first = cell.pivot_units[0]
    return layout.by_pivot.get(first, cell)
