"""Spreadsheet exports of the flags: ``flags.csv`` and ``flags.xlsx``.

Both have the columns of ``flags.jsonl`` (:data:`~compare.report.base.FLAG_COLUMNS`, plus
``decision`` and ``comment`` when decisions are given); spans and evidence, which are not
scalars, are written as JSON text (``[4, 6]``, ``{"pivot": "12"}``), a missing value as an
empty cell. The CSV file is UTF-8 with a byte order mark, which is what makes Excel and
LibreOffice open it as UTF-8 without an import dialog.
"""

from __future__ import annotations

import csv
import json
import logging
from pathlib import Path
from typing import Any, ClassVar

from compare.report.atomic import atomic_path, atomic_write
from compare.report.base import (
    Decisions,
    Exporter,
    flag_columns,
    flag_records,
    register,
    require,
)
from compare.types import Report

logger = logging.getLogger(__name__)

#: Fill colours (RGB) of the severity cells in ``flags.xlsx``: Bootstrap's alert palette,
#: light enough that black text keeps a contrast ratio above 7:1 (WCAG AAA).
SEVERITY_FILLS: dict[str, str] = {"error": "F8D7DA", "warning": "FFF3CD", "info": "D1ECF1"}
#: Widest column in ``flags.xlsx``, in characters; longer text wraps.
MAX_COLUMN_WIDTH = 60
#: Narrowest column, in characters.
MIN_COLUMN_WIDTH = 8
#: Longest text Excel keeps in one cell (Excel specifications and limits).
MAX_CELL_CHARS = 32_767
#: Columns whose text wraps in ``flags.xlsx``.
WRAPPED_COLUMNS = frozenset({"pivot_text", "other_text", "message", "evidence", "comment"})


def cell_text(value: Any) -> str:
    """A record value as the text of a CSV cell: JSON for lists and dicts, ``""`` for None."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return repr(value)
    return str(value)


@register
class CsvExporter(Exporter):
    """``flags.csv``: the flags as comma-separated values, UTF-8 with BOM, CRLF rows."""

    name: ClassVar[str] = "csv"
    filename: ClassVar[str] = "flags.csv"
    description: ClassVar[str] = "flags as CSV (UTF-8 with BOM, opens in spreadsheets)"

    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        columns = flag_columns(decisions)
        with atomic_write(path, encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)  # RFC 4180: CRLF line ends, quotes doubled
            writer.writerow(columns)
            for record in flag_records(report, decisions):
                writer.writerow([cell_text(record[c]) for c in columns])


@register
class XlsxExporter(Exporter):
    """``flags.xlsx``: one row per flag, frozen header, autofilter, severity colours.

    A second sheet, ``about``, holds the document id, creation time and signature.
    """

    name: ClassVar[str] = "xlsx"
    filename: ClassVar[str] = "flags.xlsx"
    description: ClassVar[str] = "flags as an Excel workbook (filterable, severity coloured)"

    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        openpyxl = require("openpyxl", "openpyxl")
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "flags"
        columns = flag_columns(decisions)
        _fill_flags(sheet, columns, flag_records(report, decisions))
        _fill_about(workbook.create_sheet("about"), report)
        with atomic_path(path) as tmp:
            workbook.save(tmp)


def _fill_flags(sheet: Any, columns: tuple[str, ...], records: list[dict[str, Any]]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    fills = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in SEVERITY_FILLS.items()}
    severity_column = columns.index("severity") + 1
    for row, record in enumerate(records, 2):
        for col, name in enumerate(columns, 1):
            _set_cell(sheet.cell(row=row, column=col), record[name])
        fill = fills.get(str(record["severity"]))
        if fill is not None:
            sheet.cell(row=row, column=severity_column).fill = fill
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for col, name in enumerate(columns, 1):
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = _width(name, [r[name] for r in records])
        for cell in sheet[letter][1:]:
            cell.alignment = wrap if name in WRAPPED_COLUMNS else top
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(records) + 1, 2)}"


def _set_cell(cell: Any, value: Any) -> None:
    """Store a value as data: text starting with "=" stays text, never a formula."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        return
    text = _sanitise(cell_text(value))
    cell.value = text
    cell.data_type = "s"


def _sanitise(text: str) -> str:
    """Replace the control characters XLSX cannot store; cut text over Excel's cell limit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    if len(text) > MAX_CELL_CHARS:
        logger.warning("a cell of %d characters was cut to Excel's limit", len(text))
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def _width(name: str, values: list[Any]) -> float:
    longest = max([len(name)] + [len(cell_text(v)) for v in values])
    return float(min(max(longest + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH))


def _fill_about(sheet: Any, report: Report) -> None:
    from openpyxl.styles import Font

    signature = report.signature
    rows: list[tuple[str, str]] = [
        ("doc_id", report.doc_id),
        ("created", report.created),
        ("pivot", report.pivot.lang),
        ("languages", ", ".join(report.langs())),
        ("version", signature.version),
        ("model", signature.model),
    ]
    rows += [(f"threshold {k}", repr(v)) for k, v in signature.thresholds]
    for key, value in rows:
        sheet.append([key, _sanitise(value)])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        sheet.cell(row=sheet.max_row, column=2).data_type = "s"
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = MAX_COLUMN_WIDTH
