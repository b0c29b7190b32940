"""Flags as the dashboard lists them: with their review status, filtered, as tables.

Pure functions over a :class:`~compare.types.Report` and the review decisions; nothing here
imports Streamlit, so the pages stay thin and these stay testable.

Example:
    >>> decisions = store.decisions(document_key(report.pivot))      # doctest: +SKIP
    >>> entries = flag_entries(report, decisions)                    # doctest: +SKIP
    >>> shown = Filters(statuses=DEFAULT_STATUSES).apply(entries)  # doctest: +SKIP
    >>> grid_frame(report, shown, report.langs()).head()  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from compare.report.base import pivot_anchors, unit_index
from compare.report.identity import flag_id
from compare.types import Divergence, Report
from compare.ui.decisions import Decision

#: Review status of a flag: no decision yet, or the decision taken.
UNREVIEWED = "unreviewed"
STATUSES: tuple[str, ...] = (UNREVIEWED, "accepted", "dismissed")
#: Statuses shown until the reviewer asks for more: dismissed flags leave the counts.
DEFAULT_STATUSES: tuple[str, ...] = (UNREVIEWED, "accepted")
#: Severities from the least to the most serious (:attr:`Divergence.SEVERITIES`).
SEVERITY_RANK: dict[str, int] = {s: i for i, s in enumerate(Divergence.SEVERITIES, 1)}
#: Colour states of a heatmap cell, most urgent first: the worst unreviewed severity, then
#: cells whose flags are all decided, then cells without flags.
CELL_STATES: tuple[str, ...] = ("error", "warning", "info", "accepted", "dismissed", "none")
#: Columns of :func:`grid_frame`.
GRID_COLUMNS = ("unit", "position", "kind", "lang", "state", "open", "flags", "tip")
#: Columns of :func:`flags_frame` (``flag_id`` is for the dashboard, not shown).
FLAG_TABLE_COLUMNS = (
    "status", "severity", "type", "lang", "German unit", "unit", "message", "score", "comment",
    "flag_id",
)  # fmt: skip
#: Flag messages listed in a heatmap tooltip before "... and N more".
TIP_MESSAGES = 3


@dataclass(frozen=True)
class FlagEntry:
    """One flag with what the dashboard needs to place and filter it.

    Attributes:
        flag: the flag.
        flag_id: its identity (:func:`compare.report.identity.flag_id`).
        unit: the German unit it is shown under (for a unit the German lacks, the German
            unit it follows).
        position: the index of that unit in the German document.
        status: ``"unreviewed"``, ``"accepted"`` or ``"dismissed"``.
        comment: the reviewer's comment, if any.
    """

    flag: Divergence
    flag_id: str
    unit: str
    position: int
    status: str = UNREVIEWED
    comment: str = ""

    @property
    def lang(self) -> str:
        return self.flag.lang


@dataclass(frozen=True)
class Filters:
    """What the reviewer wants to see; an empty tuple means "all"."""

    types: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    statuses: tuple[str, ...] = DEFAULT_STATUSES

    def accepts(self, entry: FlagEntry) -> bool:
        """Whether ``entry`` passes every filter."""
        checks = (
            (self.types, entry.flag.type),
            (self.severities, entry.flag.severity),
            (self.langs, entry.lang),
            (self.statuses, entry.status),
        )
        return all(not wanted or value in wanted for wanted, value in checks)

    def apply(self, entries: Iterable[FlagEntry]) -> list[FlagEntry]:
        """The entries that pass, in their order."""
        return [e for e in entries if self.accepts(e)]


def flag_entries(report: Report, decisions: Mapping[str, Decision]) -> list[FlagEntry]:
    """Every flag of ``report`` with its place and review status, in reading order.

    Sorted by German unit, then by language in report order, then most severe first.
    """
    positions = unit_index(report.pivot)
    lang_order = {lang: k for k, lang in enumerate(report.langs())}
    entries = []
    for result in report.results:
        anchors = _other_anchors(report, result.lang)
        for flag in result.divergences:
            position = _position(flag, positions, anchors)
            key = flag_id(flag)
            decision = decisions.get(key)
            entries.append(
                FlagEntry(
                    flag=flag,
                    flag_id=key,
                    unit=report.pivot.units[position].label,
                    position=position,
                    status=decision.decision if decision else UNREVIEWED,
                    comment=decision.comment if decision else "",
                )
            )
    entries.sort(
        key=lambda e: (
            e.position,
            lang_order.get(e.lang, len(lang_order)),
            -SEVERITY_RANK.get(e.flag.severity, 0),
        )
    )
    return entries


def _other_anchors(report: Report, lang: str) -> dict[str, int]:
    """For each unit label of ``lang``, the index of the German unit it sits under."""
    alignment = report.result(lang).alignment
    anchors = pivot_anchors(alignment)
    return {alignment.other.units[j].label: i for j, i in anchors.items()}


def _position(flag: Divergence, positions: Mapping[str, int], anchors: Mapping[str, int]) -> int:
    if flag.pivot_unit in positions:
        return positions[flag.pivot_unit]
    if flag.other_unit in anchors:
        return anchors[flag.other_unit]
    return 0


def cell_state(entries: Sequence[FlagEntry]) -> str:
    """The colour state of a heatmap cell holding ``entries`` (see :data:`CELL_STATES`)."""
    open_flags = [e.flag.severity for e in entries if e.status == UNREVIEWED]
    if open_flags:
        return max(open_flags, key=lambda s: SEVERITY_RANK.get(s, 0))
    statuses = {e.status for e in entries}
    for state in ("accepted", "dismissed"):
        if state in statuses:
            return state
    return "none"


def grid_frame(report: Report, entries: Sequence[FlagEntry], langs: Sequence[str]) -> pd.DataFrame:
    """One row per (German unit, language): the data of the overview heatmap.

    Columns: ``unit``, ``position``, ``kind``, ``lang``, ``state`` (:func:`cell_state`),
    ``open`` (unreviewed flags), ``flags`` (all shown flags), ``tip`` (tooltip text).
    """
    by_cell: dict[tuple[int, str], list[FlagEntry]] = defaultdict(list)
    for entry in entries:
        by_cell[(entry.position, entry.lang)].append(entry)
    rows = []
    for position, unit in enumerate(report.pivot.units):
        for lang in langs:
            cell = by_cell.get((position, lang), [])
            rows.append(
                {
                    "unit": unit.label,
                    "position": position,
                    "kind": unit.kind,
                    "lang": lang,
                    "state": cell_state(cell),
                    "open": sum(e.status == UNREVIEWED for e in cell),
                    "flags": len(cell),
                    "tip": _tip(cell),
                }
            )
    return pd.DataFrame(rows, columns=GRID_COLUMNS)


def _tip(cell: Sequence[FlagEntry]) -> str:
    if not cell:
        return "no flags"
    lines = [f"{e.flag.severity} {e.flag.type}: {e.flag.message}" for e in cell[:TIP_MESSAGES]]
    if len(cell) > TIP_MESSAGES:
        lines.append(f"... and {len(cell) - TIP_MESSAGES} more")
    return " | ".join(lines)


def counts_frame(entries: Sequence[FlagEntry]) -> pd.DataFrame:
    """Flags by type (rows) and severity (columns, least to most serious), with totals."""
    counts = Counter((e.flag.type, e.flag.severity) for e in entries)
    types = sorted({t for t, _ in counts})
    severities = [s for s in Divergence.SEVERITIES if any(k[1] == s for k in counts)]
    severities += sorted({s for _, s in counts} - set(severities))
    frame = pd.DataFrame(
        [[counts.get((t, s), 0) for s in severities] for t in types],
        index=pd.Index(types, name="type"),
        columns=severities,
        dtype="int64",
    )
    frame["total"] = frame.sum(axis=1)
    return frame


def flags_frame(entries: Sequence[FlagEntry]) -> pd.DataFrame:
    """The flags as a table, one row per entry in the same order."""
    rows = [
        {
            "status": e.status,
            "severity": e.flag.severity,
            "type": e.flag.type,
            "lang": e.lang,
            "German unit": e.unit,
            "unit": e.flag.other_unit or "",
            "message": e.flag.message,
            "score": round(float(e.flag.score), 3),
            "comment": e.comment,
            "flag_id": e.flag_id,
        }
        for e in entries
    ]
    return pd.DataFrame(rows, columns=FLAG_TABLE_COLUMNS)


def neighbour(entries: Sequence[FlagEntry], current: str | None, step: int) -> FlagEntry | None:
    """The entry ``step`` places after (or before, for a negative step) ``current``.

    Wraps around; from no current flag (or one no longer listed) it starts at the first
    entry going forward and at the last going back. ``None`` for an empty list.
    """
    if not entries:
        return None
    ids = [e.flag_id for e in entries]
    if current not in ids:
        return entries[0] if step > 0 else entries[-1]
    return entries[(ids.index(current) + step) % len(entries)]
