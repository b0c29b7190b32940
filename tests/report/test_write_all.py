"""write_all: every registered exporter, one file each."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from compare.report import EXPORTERS, Exporter, ExportError, write_all
from compare.report.base import Bead
from compare.types import Report


def test_writes_every_exporter(tmp_path: Path, report: Report) -> None:
    paths = write_all(report, tmp_path / "out", decisions={})
    assert set(paths) == set(EXPORTERS) == {
        "jsonl", "csv", "xlsx", "json", "tmx", "html", "parquet", "dataset",
    }  # fmt: skip
    names = {p.name for p in paths.values()}
    assert names == {
        "flags.jsonl", "flags.csv", "flags.xlsx", "report.json", "alignment.tmx",
        "report.html", "aligned_units.parquet", "aligned_units",
    }  # fmt: skip
    for path in paths.values():
        assert path.parent == tmp_path / "out" and path.exists()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(names)


def test_selected_exporters(tmp_path: Path, report: Report) -> None:
    paths = write_all(report, tmp_path, names=["html", "jsonl", "html"])
    assert list(paths) == ["html", "jsonl"]


def test_unknown_exporter(tmp_path: Path, report: Report) -> None:
    with pytest.raises(ExportError, match=r"unknown exporter\(s\) \['pdf'\]: choose from"):
        write_all(report, tmp_path, names=["pdf"])


def test_invalid_report_writes_nothing(tmp_path: Path, report: Report) -> None:
    en = report.results[0]
    broken = dataclasses.replace(
        en, alignment=dataclasses.replace(en.alignment, beads=(Bead((0,), (99,), 1.0),))
    )
    with pytest.raises(ExportError, match="re-run the alignment"):
        write_all(dataclasses.replace(report, results=(broken,)), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_out_dir_is_a_file(tmp_path: Path, report: Report) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        write_all(report, tmp_path / "f")


def test_every_exporter_declares_itself() -> None:
    for name, cls in EXPORTERS.items():
        assert issubclass(cls, Exporter) and cls.name == name
        assert cls.filename and cls.description


def test_missing_optional_dependency(
    tmp_path: Path, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import raises ImportError
    with pytest.raises(ExportError, match="pip install 'openpyxl'"):
        EXPORTERS["xlsx"]().write(report, tmp_path / "f.xlsx")
    assert not (tmp_path / "f.xlsx").exists()


def test_nothing_heavy_at_import() -> None:
    import subprocess
    import sys

    code = (
        "import sys, compare.report, compare.fetch;"
        "print(sorted(m for m in ('datasets', 'openpyxl', 'translate', 'pyarrow', 'pandas',"
        " 'torch', 'compare.segment') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "[]"
