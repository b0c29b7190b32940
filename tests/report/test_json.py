"""flags.jsonl and report.json."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import pytest

from compare.report import EXPORTERS, FLAG_COLUMNS, ExportError, flag_id
from compare.types import LanguageResult, Report


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_flags_jsonl_records(tmp_path: Path, report: Report) -> None:
    path = EXPORTERS["jsonl"]().write(report, tmp_path / "flags.jsonl")
    records = read_jsonl(path)
    assert len(records) == len(report.divergences()) == 5
    assert all(tuple(r) == FLAG_COLUMNS for r in records)
    first = records[0]
    assert first["flag_id"] == flag_id(report.divergences()[0])
    assert (first["lang"], first["type"], first["severity"], first["score"]) == (
        "en", "number", "error", 0.97,
    )  # fmt: skip
    assert first["pivot_span"] == [22, 24] and first["other_text"] == "21"
    assert first["evidence"] == {"pivot_value": "12", "other_value": "21"}
    added = records[3]
    assert added["pivot_unit"] is None and added["pivot_span"] is None


def test_flags_jsonl_keeps_greek_readable(tmp_path: Path, report: Report) -> None:
    text = EXPORTERS["jsonl"]().write(report, tmp_path / "f.jsonl").read_text(encoding="utf-8")
    assert "12 φάροι < 13" in text
    assert "\\u" not in text


def test_flags_jsonl_with_decisions(tmp_path: Path, report: Report) -> None:
    first = flag_id(report.divergences()[0])
    decisions = {first: ("accepted", "real error, reported"), "0" * 16: ("ignored", "")}
    records = read_jsonl(
        EXPORTERS["jsonl"]().write(report, tmp_path / "f.jsonl", decisions=decisions)
    )
    assert records[0]["decision"] == "accepted"
    assert records[0]["comment"] == "real error, reported"
    assert (records[1]["decision"], records[1]["comment"]) == ("", "")
    assert list(records[1])[-2:] == ["decision", "comment"]


@pytest.mark.parametrize(
    "decisions", [{"x": "accepted"}, {"x": ("accepted",)}, {"x": ("accepted", 3)}, ["x"]]
)
def test_bad_decisions(tmp_path: Path, report: Report, decisions) -> None:
    with pytest.raises(ExportError, match="decision"):
        EXPORTERS["jsonl"]().write(report, tmp_path / "f.jsonl", decisions=decisions)
    assert not (tmp_path / "f.jsonl").exists()


def test_non_finite_score_is_null(tmp_path: Path, report: Report) -> None:
    result = report.results[0]
    bad = dataclasses.replace(result.divergences[0], score=math.nan)
    broken = dataclasses.replace(
        report, results=(LanguageResult(result.alignment, (bad,)),) + report.results[1:]
    )
    records = read_jsonl(EXPORTERS["jsonl"]().write(broken, tmp_path / "f.jsonl"))
    assert records[0]["score"] is None


def test_report_json(tmp_path: Path, report: Report) -> None:
    path = EXPORTERS["json"]().write(report, tmp_path / "report.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["doc_id"] == report.doc_id
    assert data["created"] == report.created
    assert data["signature"] == {
        "version": "0.1.0",
        "model": "multilingual-e5-small",
        "thresholds": {"min_score": 0.5},
    }
    assert list(data["languages"]) == ["en", "el", "bg"]
    assert data["totals"]["flags"] == 5
    assert data["totals"]["severity"] == {"info": 1, "warning": 1, "error": 3}
    en = data["languages"]["en"]
    assert en["counts"] == {"flags": 2, "type": {"merge": 1, "number": 1}, "severity": {
        "warning": 1, "error": 1}}  # fmt: skip
    assert en["beads"][4] == {
        "pivot": ["par:1", "par:2"], "other": ["par:1"], "score": 0.81, "kind": "2-1",
    }  # fmt: skip
    assert len(en["flags"]) == 2 and en["flags"][0]["type"] == "number"
    el = data["languages"]["el"]
    assert {"pivot": [], "other": ["other:1"], "score": 0.0, "kind": "0-1"} in el["beads"]
    assert el["warnings"] == ["one unit added"]
    assert data["languages"]["bg"]["counts"]["flags"] == 0


def test_inconsistent_reports_are_refused(tmp_path: Path, report: Report) -> None:
    en = report.results[0]
    duplicated = dataclasses.replace(report, results=(en, en))
    with pytest.raises(ExportError, match="'en' has two results"):
        EXPORTERS["json"]().write(duplicated, tmp_path / "r.json")
    bad_bead = dataclasses.replace(
        en,
        alignment=dataclasses.replace(
            en.alignment, beads=en.alignment.beads + (type(en.alignment.beads[0])((9,), (0,), 0.5),)
        ),  # fmt: skip
    )
    with pytest.raises(ExportError, match=r"bead 7 of the en alignment .* \[9\]"):
        EXPORTERS["json"]().write(dataclasses.replace(report, results=(bad_bead,)), tmp_path / "r")
    with pytest.raises(ExportError, match="expected a compare.types.Report"):
        EXPORTERS["json"]().write({"doc_id": "x"}, tmp_path / "r.json")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_pivot_as_compared_language_is_refused(tmp_path: Path, report: Report) -> None:
    en = report.results[0]
    pivot_again = dataclasses.replace(
        en, alignment=dataclasses.replace(en.alignment, other=report.pivot)
    )
    with pytest.raises(ExportError, match="both the pivot and a compared"):
        EXPORTERS["json"]().write(
            dataclasses.replace(report, results=(pivot_again,)), tmp_path / "r"
        )


def test_writing_onto_a_folder_is_refused(tmp_path: Path, report: Report) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        EXPORTERS["jsonl"]().write(report, tmp_path)
