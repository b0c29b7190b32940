"""aligned_units.parquet and aligned_units/: one row per pivot unit, loadable both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.report import EXPORTERS
from compare.report.dataset import aligned_rows
from compare.types import Report

datasets = pytest.importorskip("datasets")

COLUMNS = ["doc_id", "label", "kind", "de", "en", "el", "bg", "en_flags", "el_flags", "bg_flags"]


@pytest.fixture
def offline_hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return tmp_path / "hf-cache"


def check_rows(rows: list[dict], report: Report) -> None:
    assert [r["label"] for r in rows] == list(report.pivot.labels())
    assert all(r["doc_id"] == report.doc_id for r in rows)
    by_label = {r["label"]: r for r in rows}
    en = report.result("en").alignment.other
    el = report.result("el").alignment.other
    # en merged par:1 and par:2 into one unit: both rows hold it
    assert by_label["par:1"]["en"] == by_label["par:2"]["en"] == en.units[4].text
    assert by_label["par:2"]["el"] == ""  # omitted in el
    assert by_label["par:1"]["el"] == el.units[5].text
    assert by_label["rec:A"]["bg"] == "като има предвид, че 12 фара са затворени;"
    assert by_label["rec:A"]["en_flags"] == [
        {"type": "number", "severity": "error", "message": "the number 12 became 21"}
    ]
    # the added Greek unit sits after rec:A: its flag goes to rec:A's row
    assert [f["type"] for f in by_label["rec:A"]["el_flags"]] == ["number", "addition"]
    assert [f["type"] for f in by_label["par:2"]["el_flags"]] == ["omission"]
    assert by_label["title"]["bg_flags"] == []
    assert by_label["fn:1"]["kind"] == "footnote"


def test_rows(report: Report) -> None:
    rows = aligned_rows(report)
    assert list(rows[0]) == ["doc_id", "label", "kind", "de", "en", "en_flags", "el",
                             "el_flags", "bg", "bg_flags"]  # fmt: skip
    check_rows(rows, report)


def test_parquet_loads_with_load_dataset(tmp_path: Path, report: Report, offline_hub) -> None:
    path = EXPORTERS["parquet"]().write(report, tmp_path / "aligned_units.parquet")
    loaded = datasets.load_dataset(
        "parquet", data_files=str(path), split="train", cache_dir=str(offline_hub)
    )
    assert loaded.column_names == COLUMNS
    assert loaded.num_rows == len(report.pivot.units)
    check_rows(list(loaded), report)
    flags = loaded.features["bg_flags"]
    entry = flags.feature if hasattr(flags, "feature") else flags[0]  # datasets >= 4 / older
    assert {k: v.dtype for k, v in entry.items()} == dict.fromkeys(
        ("type", "severity", "message"), "string"
    )


def test_save_to_disk_loads_with_load_from_disk(tmp_path: Path, report: Report) -> None:
    folder = EXPORTERS["dataset"]().write(report, tmp_path / "aligned_units")
    loaded = datasets.load_from_disk(str(folder))
    assert loaded.column_names == COLUMNS
    check_rows(list(loaded), report)
    again = EXPORTERS["dataset"]().write(report, folder)  # replaces the folder atomically
    assert datasets.load_from_disk(str(again)).num_rows == len(report.pivot.units)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aligned_units"]


def test_no_progress_bars(tmp_path: Path, report: Report, capfd: pytest.CaptureFixture) -> None:
    EXPORTERS["parquet"]().write(report, tmp_path / "a.parquet")
    assert "Creating parquet" not in capfd.readouterr().err
    assert not datasets.are_progress_bars_disabled()  # the global switch is restored
