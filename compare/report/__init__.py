"""Report stage: export a :class:`~compare.types.Report` to files people and tools read.

Exporters (registry :data:`EXPORTERS`, one file each, all written atomically):

=========  =========================  ==============================================
name       file                       what
=========  =========================  ==============================================
jsonl      ``flags.jsonl``            one JSON object per flag
csv        ``flags.csv``              the flags, UTF-8 with BOM
xlsx       ``flags.xlsx``             the flags, filterable, severity coloured
json       ``report.json``            signature, counts, beads and flags per language
tmx        ``alignment.tmx``          aligned units, multilingual TMX 1.4
html       ``report.html``            self-contained page for reading offline
parquet    ``aligned_units.parquet``  one row per pivot unit (Hugging Face datasets)
dataset    ``aligned_units/``         the same, saved with ``save_to_disk``
=========  =========================  ==============================================

Flags are identified across runs by :func:`flag_id`; review decisions keyed on it
(``{flag_id: (decision, comment)}``) are added to the flag exports when given.

Example:
    >>> paths = write_all(report, "out/ep-ta-9-2022-0012")  # doctest: +SKIP
    >>> sorted(paths)  # doctest: +SKIP
    ['csv', 'dataset', 'html', 'json', 'jsonl', 'parquet', 'tmx', 'xlsx']
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from compare.report import csv_xlsx, dataset, html, jsonl, tmx  # noqa: F401  (registration)
from compare.report.atomic import atomic_dir, atomic_path, atomic_write
from compare.report.base import (
    EXPORTERS,
    FLAG_COLUMNS,
    Decisions,
    Exporter,
    ExportError,
    check_decisions,
    flag_record,
    register,
    validate_report,
)
from compare.report.identity import flag_id
from compare.types import Report

__all__ = [
    "EXPORTERS",
    "FLAG_COLUMNS",
    "Decisions",
    "ExportError",
    "Exporter",
    "atomic_dir",
    "atomic_path",
    "atomic_write",
    "flag_id",
    "flag_record",
    "register",
    "write_all",
]

logger = logging.getLogger(__name__)


def write_all(
    report: Report,
    out_dir: str | Path,
    decisions: Decisions | None = None,
    names: Iterable[str] | None = None,
) -> dict[str, Path]:
    """Write every registered export of ``report`` into ``out_dir``.

    Args:
        report: the report.
        out_dir: the folder to write into (created if missing); each exporter writes its
            :attr:`Exporter.filename` there, replacing an older file atomically.
        decisions: review decisions by flag id, added to the flag exports.
        names: the exporters to run (default: all of :data:`EXPORTERS`).

    Returns:
        The path written by each exporter, by exporter name.

    Raises:
        ExportError: an unknown exporter name, an inconsistent report, malformed decisions,
            or a missing optional dependency (raised before any file is written for the
            first two).
    """
    chosen = list(EXPORTERS) if names is None else list(dict.fromkeys(names))
    unknown = [n for n in chosen if n not in EXPORTERS]
    if unknown:
        raise ExportError(f"unknown exporter(s) {unknown}: choose from {sorted(EXPORTERS)}")
    validate_report(report)
    check_decisions(decisions)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file: give a folder to write the report files into")
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name in chosen:
        exporter = EXPORTERS[name]()
        written[name] = exporter.write(report, folder / exporter.filename, decisions)
    logger.info("wrote %d report files to %s", len(written), folder)
    return written
