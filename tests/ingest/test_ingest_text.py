"""Plain-text ingestion: encodings, layouts, and the errors of bad input."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from compare.errors import InputError
from compare.ingest import READERS, Reader, detect_layout, read_bytes, read_path, text_to_raw
from compare.ingest.encoding import decode

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "text"
SEED = REPO / "corpora" / "ep-ta-9-2022-0012" / "de.txt"

GERMAN = "Das Europäische Parlament,\n– unter Hinweis auf die Entschließung zu Kasachstan,\n"
GREEK = "Το Ευρωπαϊκό Κοινοβούλιο,\nλαμβάνοντας υπόψη ότι οι αρχές περιόρισαν την πρόσβαση\n"
BULGARIAN = "Европейският парламент,\nкато има предвид, че протестите бързо се разпространиха\n"
POLISH = "Parlament Europejski,\nmając na uwadze, że władze ograniczyły dostęp do Internetu\n"


def test_registry_holds_every_format() -> None:
    assert set(READERS) == {"text", "pdf-text", "lines", "html", "pdf", "docx"}
    assert all(issubclass(reader, Reader) for reader in READERS.values())
    assert Reader.MAX_BYTES == 20 * 1024 * 1024


def test_seed_reads_as_pdf_text() -> None:
    if not SEED.exists():
        pytest.skip("the German seed is not in this checkout")
    raw = read_path(SEED)
    assert raw.fmt == "pdf-text"
    assert raw.source == "de.txt"
    assert raw.encoding == "utf-8"
    assert raw.text.startswith(" Entschließung")
    assert raw.blocks == ()


@pytest.mark.parametrize(
    ("name", "layout"),
    [("en_pdf.txt", "pdf-text"), ("en_lines.txt", "lines"), ("el_pdf.txt", "pdf-text")]
    + [("bg_lines.txt", "lines"), ("ga_pdf.txt", "pdf-text"), ("mt_lines.txt", "lines")],
)
def test_layout_is_detected(name: str, layout: str) -> None:
    assert read_path(FIXTURES / name).fmt == layout


def test_layout_can_be_forced() -> None:
    data = (FIXTURES / "en_pdf.txt").read_bytes()
    assert read_bytes(data, "x.txt", fmt="lines").fmt == "lines"
    assert read_bytes(data, "x.txt", fmt="pdf-text").fmt == "pdf-text"


def test_detect_layout_without_trailing_spaces() -> None:
    wrapped = "First paragraph wrapped\nover two lines.\n\nSecond one\nalso wrapped.\n"
    assert detect_layout(wrapped) == "pdf-text"
    assert detect_layout("A. whereas one;\nB. whereas two;\n1. Calls;\n") == "lines"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(encoding: str) -> None:
    data = GERMAN.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # with an explicit byte order mark
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    raw = read_bytes(data, "de.txt")
    assert raw.text == GERMAN
    assert not raw.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(GERMAN, "cp1252"), (GREEK, "iso-8859-7"), (BULGARIAN, "cp1251"), (POLISH, "iso-8859-2")],
)
def test_legacy_encodings_are_detected_when_plausible(text: str, encoding: str) -> None:
    raw = read_bytes(text.encode(encoding), "x.txt")
    assert raw.text == text
    assert raw.encoding == encoding


def test_text_is_nfc_and_line_breaks_unified() -> None:
    decomposed = unicodedata.normalize("NFD", "Erwägung\r\nÜbereinkommen\r")
    raw = read_bytes(decomposed.encode("utf-8"), "x.txt")
    assert raw.text == "Erwägung\nÜbereinkommen\n"
    assert unicodedata.is_normalized("NFC", raw.text)


def test_empty_file() -> None:
    with pytest.raises(InputError, match="empty"):
        read_bytes(b"", "empty.txt")


def test_whitespace_only_file() -> None:
    with pytest.raises(InputError, match="no text"):
        read_bytes(b" \n\t\r\n  \n", "blank.txt")


def test_binary_with_nul_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    with pytest.raises(InputError, match="binary"):
        read_bytes(png, "image.txt")


def test_control_characters_are_not_text() -> None:
    data = bytes(range(1, 9)) * 50 + b"some text"
    with pytest.raises(InputError, match="does not look like text"):
        read_bytes(data, "noise.txt")


def test_undecodable_bytes_ask_for_utf8() -> None:
    data = bytes(range(0x80, 0x100)) * 8
    with pytest.raises(InputError, match="save the file as UTF-8"):
        read_bytes(data, "garbage.txt")


def test_invalid_utf16_after_bom() -> None:
    with pytest.raises(InputError, match="save the file as UTF-8"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "x.txt")  # a lone surrogate


def test_huge_bytes_name_size_and_limit() -> None:
    data = b"a" * (50 * 1024 * 1024)
    with pytest.raises(InputError, match=r"50\.0 MB, over the 20 MB limit"):
        read_bytes(data, "huge.txt")


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(InputError, match=r"21\.0 MB, over the 20 MB limit"):
        read_path(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="not a file"):
        read_path(tmp_path)


def test_unknown_format() -> None:
    with pytest.raises(InputError, match="unknown input format 'odt'"):
        read_bytes(b"text", "x.odt", fmt="odt")


def test_old_word_file_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match=r"save it as \.docx"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old.doc")


def test_not_bytes() -> None:
    with pytest.raises(InputError, match="needs bytes"):
        read_bytes("text", "x.txt")  # type: ignore[arg-type]


def test_text_to_raw_checks_layout_and_content() -> None:
    assert text_to_raw("1. Calls on\n", "x").fmt == "lines"
    with pytest.raises(InputError, match="unknown text layout"):
        text_to_raw("text", "x", layout="columns")
    with pytest.raises(InputError, match="no text"):
        text_to_raw("   \n", "x")


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "flores200-eu24"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("deu_Latn", "cp1252"), ("fra_Latn", "cp1252"), ("por_Latn", "cp1252"),
        ("pol_Latn", "iso-8859-2"), ("ces_Latn", "iso-8859-2"), ("hun_Latn", "iso-8859-2"),
        ("ron_Latn", "iso-8859-2"), ("ell_Grek", "iso-8859-7"), ("bul_Cyrl", "cp1251"),
    ],
)  # fmt: skip
def test_legacy_encodings_on_real_sentences(name: str, encoding: str) -> None:
    """Thirty FLORES-200 sentences saved in a legacy code page decode back unchanged."""
    path = SHARED / f"{name}.txt"
    if not path.exists():
        pytest.skip("shared evaluation data flores200-eu24 not present beside the repository")
    text = "\n".join(path.read_text(encoding="utf-8").splitlines()[:30]) + "\n"
    data = text.encode(encoding, errors="ignore")
    raw = read_bytes(data, f"{name}.txt")
    assert raw.encoding == encoding
    assert raw.text == unicodedata.normalize("NFC", data.decode(encoding))
