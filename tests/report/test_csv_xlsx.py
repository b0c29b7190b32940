"""flags.csv (UTF-8 with BOM) and flags.xlsx (frozen header, autofilter, severity colours)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest

from compare.report import EXPORTERS, FLAG_COLUMNS, flag_id
from compare.report.csv_xlsx import MAX_COLUMN_WIDTH, SEVERITY_FILLS
from compare.types import LanguageResult, Report

openpyxl = pytest.importorskip("openpyxl")


def test_csv_has_bom_and_jsonl_columns(tmp_path: Path, report: Report) -> None:
    data = EXPORTERS["csv"]().write(report, tmp_path / "flags.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == FLAG_COLUMNS
    assert len(rows) == 5
    jsonl = EXPORTERS["jsonl"]().write(report, tmp_path / "flags.jsonl")
    records = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    for row, record in zip(rows, records):
        assert row["flag_id"] == record["flag_id"]
        assert row["other_text"] == record["other_text"]
        assert json.loads(row["evidence"]) == record["evidence"]
        assert (json.loads(row["pivot_span"]) if row["pivot_span"] else None) == record[
            "pivot_span"
        ]
        assert float(row["score"]) == record["score"]
    assert rows[2]["other_text"] == "12 φάροι < 13"


def test_csv_with_decisions(tmp_path: Path, report: Report) -> None:
    decisions = {flag_id(report.divergences()[4]): ("false alarm", 'says "2", fine')}
    data = EXPORTERS["csv"]().write(report, tmp_path / "f.csv", decisions).read_text("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    assert list(rows[0])[-2:] == ["decision", "comment"]
    assert (rows[4]["decision"], rows[4]["comment"]) == ("false alarm", 'says "2", fine')


def test_xlsx_layout(tmp_path: Path, report: Report) -> None:
    path = EXPORTERS["xlsx"]().write(report, tmp_path / "flags.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["flags"]
    header = [c.value for c in sheet[1]]
    assert tuple(header) == FLAG_COLUMNS
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:M{len(report.divergences()) + 1}"
    assert sheet.max_row == 6
    severity_col = header.index("severity") + 1
    for row in range(2, sheet.max_row + 1):
        severity = sheet.cell(row=row, column=severity_col).value
        colour = sheet.cell(row=row, column=severity_col).fill.start_color.rgb
        assert colour.endswith(SEVERITY_FILLS[severity])
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert widths["J"] == MAX_COLUMN_WIDTH  # pivot_text: long, capped
    assert 8 <= widths["B"] < 20  # lang
    assert sheet.cell(row=2, column=header.index("score") + 1).value == 0.97
    assert sheet.cell(row=4, column=header.index("other_text") + 1).value == "12 φάροι < 13"
    about = {r[0].value: r[1].value for r in book["about"].iter_rows()}
    assert about["doc_id"] == report.doc_id and about["threshold min_score"] == "0.5"


def test_xlsx_never_writes_formulas_or_illegal_characters(tmp_path: Path, report: Report) -> None:
    result = report.results[0]
    odd = dataclasses.replace(
        result.divergences[0], message='=HYPERLINK("http://x")', other_text="a\x01b"
    )
    changed = dataclasses.replace(report, results=(LanguageResult(result.alignment, (odd,)),))
    path = EXPORTERS["xlsx"]().write(changed, tmp_path / "f.xlsx")
    sheet = openpyxl.load_workbook(path)["flags"]
    header = [c.value for c in sheet[1]]
    message = sheet.cell(row=2, column=header.index("message") + 1)
    assert message.data_type == "s" and message.value == '=HYPERLINK("http://x")'
    assert sheet.cell(row=2, column=header.index("other_text") + 1).value == "a\ufffdb"


def test_xlsx_with_decisions_and_no_flags(tmp_path: Path, report: Report) -> None:
    empty = dataclasses.replace(report, results=(report.results[2],))
    path = EXPORTERS["xlsx"]().write(empty, tmp_path / "f.xlsx", decisions={})
    sheet = openpyxl.load_workbook(path)["flags"]
    assert [c.value for c in sheet[1]][-2:] == ["decision", "comment"]
    assert sheet.max_row == 1
