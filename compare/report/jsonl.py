"""JSON exports: ``flags.jsonl`` (one flag per line) and ``report.json`` (the whole report).

Both are UTF-8 without escapes for non-ASCII letters (Greek and Cyrillic stay readable),
strict JSON (no NaN: a non-finite score is written ``null``) and end with a newline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from compare.report.atomic import atomic_write
from compare.report.base import (
    Decisions,
    Exporter,
    bead_record,
    count_by,
    flag_record,
    flag_records,
    register,
)
from compare.types import LanguageResult, Report


def dumps(value: Any, indent: int | None = None) -> str:
    """Strict JSON, non-ASCII kept as is."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)


@register
class JsonlExporter(Exporter):
    """``flags.jsonl``: one JSON object per flag, keys as :data:`~.base.FLAG_COLUMNS`.

    Example:
        >>> JsonlExporter().write(report, "out/flags.jsonl")  # doctest: +SKIP
    """

    name: ClassVar[str] = "jsonl"
    filename: ClassVar[str] = "flags.jsonl"
    description: ClassVar[str] = "flags, one JSON object per line"

    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        with atomic_write(path, newline="\n") as handle:
            for record in flag_records(report, decisions):
                handle.write(dumps(record))
                handle.write("\n")


@register
class ReportJsonExporter(Exporter):
    """``report.json``: signature, and per language the counts, beads and flags."""

    name: ClassVar[str] = "json"
    filename: ClassVar[str] = "report.json"
    description: ClassVar[str] = "the whole report: signature, counts, beads and flags"

    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        with atomic_write(path, newline="\n") as handle:
            handle.write(dumps(report_dict(report, decisions), indent=1))
            handle.write("\n")


def report_dict(report: Report, decisions: Decisions | None = None) -> dict[str, Any]:
    """The content of ``report.json``.

    Keys: ``doc_id``, ``created``, ``signature``, ``pivot`` (language, units), ``totals``
    (flag counts by type and severity over all languages) and ``languages``: for each
    compared language, in report order, ``counts`` (``type``, ``severity``), ``beads``
    (``pivot`` and ``other`` labels, ``score``, ``kind``), ``flags`` (the records of
    ``flags.jsonl``) and ``warnings``.
    """
    everything = report.divergences()
    return {
        "doc_id": report.doc_id,
        "created": report.created,
        "signature": report.signature.as_dict(),
        "pivot": {
            "lang": report.pivot.lang,
            "units": len(report.pivot.units),
            "warnings": list(report.pivot.warnings),
        },
        "totals": {
            "flags": len(everything),
            "type": count_by(everything, "type"),
            "severity": count_by(everything, "severity"),
        },
        "languages": {r.lang: _language(r, decisions) for r in report.results},
    }


def _language(result: LanguageResult, decisions: Decisions | None) -> dict[str, Any]:
    alignment = result.alignment
    return {
        "units": len(alignment.other.units),
        "counts": {
            "flags": len(result.divergences),
            "type": count_by(result.divergences, "type"),
            "severity": count_by(result.divergences, "severity"),
        },
        "beads": [bead_record(alignment, bead) for bead in alignment.beads],
        "flags": [flag_record(d, decisions) for d in result.divergences],
        "warnings": list(alignment.warnings) + list(alignment.other.warnings),
    }
