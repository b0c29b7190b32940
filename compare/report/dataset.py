"""The aligned units as a Hugging Face ``datasets`` dataset: ``aligned_units.parquet`` and
``aligned_units/`` (:meth:`datasets.Dataset.save_to_disk`).

One row per pivot unit, in document order. Columns:

* ``doc_id``, ``label``, ``kind``: the pivot unit's document, label and kind;
* the pivot language (``de``): the pivot unit's text;
* one column per compared language: the text of the unit(s) aligned to the pivot unit,
  joined by a newline when a bead merges several units, ``""`` when nothing is aligned to
  it. When a bead merges several *pivot* units (2-1), each of their rows holds the other
  language's text;
* ``<lang>_flags`` per compared language: the flags on that pivot unit, a list of
  ``{type, severity, message}``. A flag with no pivot unit (an added unit) goes to the row
  of the pivot unit its unit is aligned under (:func:`~compare.report.base.pivot_anchors`).

Load it with ``datasets.load_dataset("parquet", data_files="aligned_units.parquet")`` or
``datasets.load_from_disk("aligned_units")``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from compare.report.atomic import atomic_dir, atomic_path
from compare.report.base import (
    UNIT_JOINER,
    Decisions,
    Exporter,
    joined_text,
    pivot_anchors,
    register,
    require,
    unit_index,
)
from compare.types import Divergence, LanguageResult, Report

logger = logging.getLogger(__name__)

#: Fields of one entry of a ``<lang>_flags`` column.
FLAG_FIELDS: tuple[str, ...] = ("type", "severity", "message")
#: Columns before the language columns.
BASE_COLUMNS: tuple[str, ...] = ("doc_id", "label", "kind")


def flags_column(lang: str) -> str:
    """Name of the flags column of a language: ``en_flags``."""
    return f"{lang}_flags"


def aligned_rows(report: Report) -> list[dict[str, Any]]:
    """One dict per pivot unit, with the columns described in the module docstring."""
    pivot = report.pivot
    rows: list[dict[str, Any]] = [
        {"doc_id": report.doc_id, "label": u.label, "kind": u.kind, pivot.lang: u.text}
        for u in pivot.units
    ]
    for result in report.results:
        texts = _aligned_texts(result, len(rows))
        flags = _flags_by_row(report, result, len(rows))
        for index, row in enumerate(rows):
            row[result.lang] = texts[index]
            row[flags_column(result.lang)] = flags[index]
    return rows


def _aligned_texts(result: LanguageResult, n_rows: int) -> list[str]:
    parts: list[list[str]] = [[] for _ in range(n_rows)]
    alignment = result.alignment
    for bead in alignment.beads:
        if not (bead.pivot and bead.other):
            continue
        text = joined_text(alignment.other, bead.other)
        for index in bead.pivot:
            parts[index].append(text)
    return [UNIT_JOINER.join(p) for p in parts]


def _flags_by_row(
    report: Report, result: LanguageResult, n_rows: int
) -> list[list[dict[str, str]]]:
    flags: list[list[dict[str, str]]] = [[] for _ in range(n_rows)]
    if n_rows == 0:
        if result.divergences:
            logger.warning(
                "%s: %d flags dropped: the pivot has no units", result.lang, len(result.divergences)
            )
        return flags
    pivot_pos = unit_index(report.pivot)
    other_pos = unit_index(result.alignment.other)
    anchors = pivot_anchors(result.alignment)
    for divergence in result.divergences:
        flags[_row_of(divergence, pivot_pos, other_pos, anchors)].append(
            {name: str(getattr(divergence, name)) for name in FLAG_FIELDS}
        )
    return flags


def _row_of(
    divergence: Divergence,
    pivot_pos: dict[str, int],
    other_pos: dict[str, int],
    anchors: dict[int, int],
) -> int:
    if divergence.pivot_unit in pivot_pos:
        return pivot_pos[divergence.pivot_unit]
    other = other_pos.get(divergence.other_unit or "")
    if other is not None and other in anchors:
        return anchors[other]
    logger.warning(
        "flag %s on %s/%s matches no unit; put on the first row",
        divergence.type,
        divergence.pivot_unit,
        divergence.other_unit,
    )
    return 0


def build_dataset(report: Report) -> Any:
    """The aligned units as a :class:`datasets.Dataset` with explicit features.

    Raises:
        ExportError: ``datasets`` is not installed.
    """
    datasets = require("datasets", "datasets")
    string = datasets.Value("string")
    flag = {name: string for name in FLAG_FIELDS}
    columns: dict[str, Any] = {name: string for name in (*BASE_COLUMNS, report.pivot.lang)}
    for lang in report.langs():
        columns[lang] = string
    for lang in report.langs():
        columns[flags_column(lang)] = [flag]  # a list of structs, in every datasets version
    features = datasets.Features(columns)
    rows = aligned_rows(report)
    data = {name: [row[name] for row in rows] for name in columns}
    return datasets.Dataset.from_dict(data, features=features)


@contextlib.contextmanager
def _quiet_progress() -> Iterator[None]:
    """Hide the progress bars ``datasets`` draws (the library logs; only the CLI draws)."""
    import datasets

    was_disabled = datasets.are_progress_bars_disabled()
    datasets.disable_progress_bars()
    try:
        yield
    finally:
        if not was_disabled:
            datasets.enable_progress_bars()


@register
class ParquetExporter(Exporter):
    """``aligned_units.parquet``: the aligned-units dataset as one Parquet file."""

    name: ClassVar[str] = "parquet"
    filename: ClassVar[str] = "aligned_units.parquet"
    description: ClassVar[str] = "aligned units, one row per pivot unit, as Parquet"

    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        dataset = build_dataset(report)
        with _quiet_progress(), atomic_path(path) as tmp:
            dataset.to_parquet(str(tmp))


@register
class DatasetExporter(Exporter):
    """``aligned_units/``: the aligned-units dataset saved with ``save_to_disk``."""

    name: ClassVar[str] = "dataset"
    filename: ClassVar[str] = "aligned_units"
    description: ClassVar[str] = "aligned units as a Hugging Face dataset folder (save_to_disk)"

    @classmethod
    def writes_folder(cls) -> bool:
        return True

    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        dataset = build_dataset(report)
        with _quiet_progress(), atomic_dir(path) as tmp:
            dataset.save_to_disk(str(tmp))
