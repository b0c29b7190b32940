"""The ``align`` subcommand in both modes, through compare.cli.main, with a fake encoder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from compare.align import command
from compare.cli import main
from compare.segment import segment_path
from tests.align.test_units import KeyedEncoder, keyed_for_documents

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "align"
BEAD_LINE = re.compile(r"^\[(\d+(, \d+)*)?\]:\[(\d+(, \d+)*)?\]:\d\.\d{3}$")
FIELDS = {"pivot", "other", "pivot_idx", "other_idx", "pivot_text", "other_text", "score"}


def lines(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()


@pytest.fixture
def sentence_encoder(monkeypatch: pytest.MonkeyPatch) -> KeyedEncoder:
    """de_sentences.txt line k means k; en_sentences.txt line 2 says German lines 2 and 3."""
    meanings = {t: (k,) for k, t in enumerate(lines("de_sentences.txt"))}
    for j, ids in enumerate([(0,), (1,), (2, 3), (4,), (5,)]):
        meanings[lines("en_sentences.txt")[j]] = ids
    encoder = KeyedEncoder(meanings)
    monkeypatch.setattr(command, "load_encoder", lambda model, cache=True: encoder)
    return encoder


@pytest.fixture
def document_encoder(monkeypatch: pytest.MonkeyPatch) -> KeyedEncoder:
    """The fixture resolution: en.txt translates de.txt; en_draft.txt lacks recital B and
    merges paragraphs 1 and 2."""
    de = segment_path(FIXTURES / "de.txt", "de", check_language=False)
    meanings: dict[str, tuple[int, ...]] = {}
    draft_mapping = {"rec:B": ["rec:C"], "par:1": ["par:1", "par:2"], "par:2": ["par:3"]}
    for name, mapping in (("en.txt", None), ("en_draft.txt", draft_mapping)):
        other = segment_path(FIXTURES / name, "en", check_language=False)
        meanings.update(keyed_for_documents(de, other, mapping).meanings)
    encoder = KeyedEncoder(meanings)
    monkeypatch.setattr(command, "load_encoder", lambda model, cache=True: encoder)
    return encoder


def run_align(*args: str) -> int:
    return main(["align", *args])


def sentence_args(*extra: str) -> list[str]:
    return [
        str(FIXTURES / "de_sentences.txt"), str(FIXTURES / "en_sentences.txt"),
        "--src-lang", "de", "--tgt-lang", "en", "--presegmented", *extra,
    ]  # fmt: skip


def document_args(other: str = "en.txt", *extra: str) -> list[str]:
    return [
        str(FIXTURES / "de.txt"), str(FIXTURES / other),
        "--src-lang", "de", "--tgt-lang", "en", "--no-language-check", *extra,
    ]  # fmt: skip


# -- pre-segmented mode -------------------------------------------------------------------
def test_presegmented_beads(sentence_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    assert run_align(*sentence_args("--format", "beads")) == 0
    out = capsys.readouterr().out.splitlines()
    assert all(BEAD_LINE.match(line) for line in out), out
    assert [line.rsplit(":", 1)[0] for line in out] == [
        "[0]:[0]", "[1]:[1]", "[2, 3]:[2]", "[4]:[3]", "[5]:[4]",
    ]  # fmt: skip


def test_presegmented_defaults_to_beads(sentence_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    assert run_align(*sentence_args()) == 0
    assert capsys.readouterr().out.startswith("[0]:[0]:")


def test_presegmented_jsonl(sentence_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    assert run_align(*sentence_args("--format", "jsonl")) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(records[2]) == FIELDS
    assert records[2]["pivot_idx"] == [2, 3] and records[2]["other_idx"] == [2]
    assert records[2]["pivot"] == ["line:3", "line:4"]
    assert records[2]["other_text"] == [lines("en_sentences.txt")[2]]


def test_blank_lines_keep_line_numbers(
    sentence_encoder: KeyedEncoder,
    tmp_path: Path,
    capsys,  # noqa: ANN001
) -> None:
    de = lines("de_sentences.txt")
    src = tmp_path / "de.txt"
    src.write_text("\n".join(de[:2] + ["", "  "] + de[2:]) + "\n", encoding="utf-8")
    args = sentence_args()
    args[0] = str(src)
    assert run_align(*args) == 0
    captured = capsys.readouterr()
    out = [line.rsplit(":", 1)[0] for line in captured.out.splitlines()]
    assert out == ["[0]:[0]", "[1]:[1]", "[4, 5]:[2]", "[6]:[3]", "[7]:[4]"]
    assert "2 blank line(s)" in captured.err


def test_presegmented_same_language_warns(
    sentence_encoder: KeyedEncoder,
    capsys,  # noqa: ANN001
) -> None:
    args = sentence_args()
    args[args.index("--tgt-lang") + 1] = "de"
    assert run_align(*args) == 0
    assert "warning: both documents are declared as 'de'" in capsys.readouterr().err


def test_presegmented_empty_side(
    sentence_encoder: KeyedEncoder,
    tmp_path: Path,
    capsys,  # noqa: ANN001
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    args = sentence_args()
    args[1] = str(empty)
    assert run_align(*args) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"[{k}]:[]:1.000" for k in range(6)]
    assert "the other document has no units" in captured.err


# -- document mode ------------------------------------------------------------------------
def test_documents_jsonl(document_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    assert run_align(*document_args()) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    de = segment_path(FIXTURES / "de.txt", "de", check_language=False)
    assert len(records) == len(de.units) == 12
    assert all(set(r) == FIELDS for r in records)
    assert [r["pivot"] for r in records] == [[label] for label in de.labels()]
    assert [r["other"] for r in records] == [[label] for label in de.labels()]
    assert [r["pivot_idx"] for r in records] == [[k] for k in range(12)]
    assert records[5]["pivot_text"] == [de.units[5].text]  # full text, not shortened
    assert records[-1]["other"] == ["fn:1"]
    assert all(0.0 <= r["score"] <= 1.0 for r in records)


def test_documents_draft(document_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    assert run_align(*document_args("en_draft.txt", "--format", "jsonl")) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    found = [(r["pivot"], r["other"]) for r in records]
    assert (["rec:B"], []) in found
    assert (["par:1", "par:2"], ["par:1"]) in found
    assert (["rec:C"], ["rec:B"]) in found
    assert sorted(i for r in records for i in r["pivot_idx"]) == list(range(12))
    assert sorted(j for r in records for j in r["other_idx"]) == list(range(10))
    deleted = next(r for r in records if r["pivot"] == ["rec:B"])
    assert deleted["other_idx"] == [] and deleted["other_text"] == []


def test_documents_tsv(document_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    assert run_align(*document_args("en_draft.txt", "--format", "tsv")) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == ["pivot", "other", "score", "pivot_text", "other_text"]
    assert all(len(row) == 5 for row in rows)
    assert ["par:1,par:2", "par:1"] == rows[9][:2]
    assert next(row for row in rows if row[0] == "rec:B")[1] == "-"
    assert all(len(row[3]) <= command.TSV_TEXT_CHARS for row in rows)
    assert any(row[4].endswith("…") for row in rows)


def test_documents_beads(document_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    assert run_align(*document_args("en_draft.txt", "--format", "beads")) == 0
    out = capsys.readouterr().out.splitlines()
    assert all(BEAD_LINE.match(line) for line in out)
    assert "[6]:[]" in [line.rsplit(":", 1)[0] for line in out]


def test_documents_same_language_warns(document_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    args = document_args()
    args[args.index("--tgt-lang") + 1] = "de"
    assert run_align(*args) == 0
    assert "warning: both documents are declared as 'de'" in capsys.readouterr().err


# -- bad input ----------------------------------------------------------------------------
def test_missing_file(sentence_encoder: KeyedEncoder, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    args = sentence_args()
    args[1] = str(tmp_path / "nowhere.txt")
    assert run_align(*args) == 2
    assert "nowhere.txt does not exist" in capsys.readouterr().err


def test_not_utf8(sentence_encoder: KeyedEncoder, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Größe\n".encode("latin-1"))
    args = sentence_args()
    args[1] = str(latin)
    assert run_align(*args) == 2
    assert "is not UTF-8" in capsys.readouterr().err


def test_bad_language_code(sentence_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    args = sentence_args()
    args[args.index("--src-lang") + 1] = "German!"
    assert run_align(*args) == 2
    assert "is not a language code" in capsys.readouterr().err


def test_empty_document(document_encoder: KeyedEncoder, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    args = document_args()
    args[1] = str(empty)
    assert run_align(*args) == 2
    assert "empty.txt contains no text" in capsys.readouterr().err


def test_unknown_language_in_document_mode(document_encoder: KeyedEncoder, capsys) -> None:  # noqa: ANN001
    args = document_args()
    args[args.index("--tgt-lang") + 1] = "xx"
    assert run_align(*args) == 2
    assert "unknown language 'xx'" in capsys.readouterr().err


def test_languages_are_required(capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit):
        main(["align", "a.txt", "b.txt"])
    assert "--src-lang" in capsys.readouterr().err


# -- helpers ------------------------------------------------------------------------------
def test_shorten() -> None:
    assert command.shorten("short  text\twith\nspaces") == "short text with spaces"
    long = "word " * 40
    cut = command.shorten(long, 30)
    assert len(cut) <= 30 and cut.endswith("…") and not cut.endswith(" …")


def test_side_from_lines() -> None:
    side = command.Side.from_lines(["a", "", "b", "   ", "c"])
    assert side.positions == (0, 2, 4)
    assert side.labels == ("line:1", "line:3", "line:5")
