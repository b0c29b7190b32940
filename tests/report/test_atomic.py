"""Atomic writes: an interrupted write leaves the old file intact and no temporary file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from compare.report import EXPORTERS, atomic_dir, atomic_path, atomic_write
from compare.report import jsonl as jsonl_module
from compare.report.atomic import TEMP_SUFFIX, write_bytes, write_text


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


def test_write_replaces_file(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    with atomic_write(target) as handle:
        handle.write("new ΕΕ")
    assert target.read_text(encoding="utf-8") == "new ΕΕ"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_exception_mid_write_keeps_old_file(tmp_path: Path, error: BaseException) -> None:
    target = tmp_path / "flags.jsonl"
    target.write_text("old content\n", encoding="utf-8")
    with pytest.raises(type(error)):
        with atomic_write(target) as handle:
            handle.write("half of the new ")
            handle.flush()
            raise error
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert leftovers(tmp_path) == []


def test_atomic_path_failure_removes_temp(tmp_path: Path) -> None:
    target = tmp_path / "flags.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ValueError, match="boom"):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"partial")
            raise ValueError("boom")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_atomic_path_creates_folder_and_uses_umask(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "x.bin"
    write_bytes(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0o600


def test_write_text_keeps_newlines(tmp_path: Path) -> None:
    target = write_text(tmp_path / "t.txt", "a\r\nb\n")
    assert target.read_bytes() == b"a\r\nb\n"


def test_atomic_write_refuses_append(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="whole files"):
        with atomic_write(tmp_path / "x", "a"):
            pass


def test_atomic_dir_replaces_and_survives_failure(tmp_path: Path) -> None:
    target = tmp_path / "aligned_units"
    target.mkdir()
    (target / "old.txt").write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic_dir(target) as tmp:
            (tmp / "new.txt").write_text("new", encoding="utf-8")
            raise KeyboardInterrupt
    assert [p.name for p in target.iterdir()] == ["old.txt"]
    assert leftovers(tmp_path) == []
    with atomic_dir(target) as tmp:
        (tmp / "new.txt").write_text("new", encoding="utf-8")
    assert [p.name for p in target.iterdir()] == ["new.txt"]
    assert leftovers(tmp_path) == []


def test_exporter_interrupted_mid_write_keeps_previous_export(
    tmp_path: Path, report, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "flags.jsonl"
    EXPORTERS["jsonl"]().write(report, target)
    before = target.read_bytes()
    calls = {"n": 0}
    real_dumps = jsonl_module.dumps

    def failing_dumps(value, indent=None):
        calls["n"] += 1
        if calls["n"] == 3:  # two records already written to the temporary file
            raise KeyboardInterrupt
        return real_dumps(value, indent)

    monkeypatch.setattr(jsonl_module, "dumps", failing_dumps)
    with pytest.raises(KeyboardInterrupt):
        EXPORTERS["jsonl"]().write(report, target, decisions={})
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []
