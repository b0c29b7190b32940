"""The ``segment`` subcommand, through compare.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"
SEED = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012" / "de.txt"

FIELDS = {
    "label", "kind", "printed_label", "text", "start", "end", "source_start", "source_end",
    "sentences", "footnote_markers",
}  # fmt: skip


def test_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "en_pdf.txt"
    assert main(["segment", str(path), "--lang", "en", "--no-language-check"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert FIELDS <= set(records[0])
    assert [r["label"] for r in records][:4] == ["title", "procedure", "opening", "cit:1"]
    citation = records[3]
    assert citation["footnote_markers"] == [
        {"number": 1, "position": citation["text"].index(" and its earlier")},
        {"number": 2, "position": len(citation["text"]) - 1},
    ]
    assert all(isinstance(span, list) and len(span) == 2 for span in citation["sentences"])


def test_seed_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    if not SEED.exists():
        pytest.skip("the German seed is not in this checkout")
    code = main(["segment", str(SEED), "--lang", "de", "--format", "jsonl", "--doc-id", "kz"])
    assert code == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 3 + 10 + 18 + 27 + 5
    assert records[-1]["label"] == "fn:5"


def test_text_listing(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "el_lines.txt"
    assert main(["segment", str(path), "--lang", "el", "--format", "text"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("title")
    assert any(line.startswith("rec:F") and "ΣΤ." in line for line in out)
    assert any("[footnotes 1@" in line for line in out)


def test_warnings_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("Just some prose.\n\nAnother paragraph.\n", encoding="utf-8")
    assert main(["segment", str(path), "--lang", "en", "--no-language-check"]) == 0
    captured = capsys.readouterr()
    assert "warning: no EU document structure found" in captured.err
    assert len(captured.out.splitlines()) == 2


def test_bad_input_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert main(["segment", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("eucompare segment: error: empty.txt is empty")
    assert "Traceback" not in err
