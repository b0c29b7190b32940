"""Declared charsets checked against the bytes; saved pages are UTF-8."""

from __future__ import annotations

import pytest

from compare.fetch import FetchError, decode_page
from compare.fetch.charset import as_utf8, header_charset, meta_charset

GREEK = "<html><head><meta charset='{}'></head><body><p>Ψήφισμα για τους φάρους</p></body></html>"
FRENCH = (
    '<html><head><meta charset="{}"></head><body><p>considérant que les phares</p></body></html>'
)


def test_header_and_meta_parsing() -> None:
    assert header_charset('text/html; charset="ISO-8859-1"') == "ISO-8859-1"
    assert header_charset("text/html") is None and header_charset(None) is None
    assert meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    assert meta_charset(b"<p>no meta</p>") is None


def test_latin1_header_but_utf8_bytes() -> None:
    body = GREEK.format("utf-8").encode("utf-8")
    page = decode_page(body, "text/html; charset=ISO-8859-1", "el.html")
    assert page.encoding == "utf-8" and "Ψήφισμα" in page.text
    assert page.notes and "declares iso8859-1 but its bytes are UTF-8" in page.notes[0]
    assert as_utf8(body, page) == body  # nothing to rewrite


def test_real_latin1_page_is_transcoded_and_meta_rewritten() -> None:
    body = FRENCH.format("iso-8859-1").encode("latin-1")
    page = decode_page(body, "text/html; charset=ISO-8859-1", "fr.html")
    assert page.encoding == "iso8859-1" and "considérant" in page.text
    saved = as_utf8(body, page)
    assert saved.decode("utf-8") == FRENCH.format("utf-8")
    assert meta_charset(saved) == "utf-8"


def test_utf8_header_but_cp1252_bytes_is_guessed() -> None:
    body = FRENCH.format("utf-8").encode("cp1252")
    page = decode_page(body, "text/html; charset=utf-8", "fr.html")
    assert "considérant" in page.text and page.encoding in ("cp1252", "iso8859-1")
    assert "does not fit" in page.notes[0]
    assert as_utf8(body, page).decode("utf-8") == FRENCH.format("utf-8")


def test_meta_declared_greek_legacy() -> None:
    body = GREEK.format("iso-8859-7").encode("iso-8859-7")
    page = decode_page(body, "text/html", "el.html")
    assert page.encoding == "iso8859-7" and "Ψήφισμα" in page.text
    assert "Ψήφισμα" in as_utf8(body, page).decode("utf-8")


def test_utf8_page_with_stale_meta_is_fixed_for_readers() -> None:
    body = GREEK.format("windows-1252").encode("utf-8")
    page = decode_page(body, "text/html; charset=utf-8", "el.html")
    assert page.encoding == "utf-8"
    assert meta_charset(as_utf8(body, page)) == "utf-8"


def test_bom() -> None:
    body = "<p>Ελλάδα</p>".encode("utf-16")  # with its byte order mark
    page = decode_page(body, "text/html; charset=ISO-8859-1", "x")
    assert page.text.endswith("<p>Ελλάδα</p>") and page.encoding == "utf-16"
    assert as_utf8(body, page).decode("utf-8").endswith("<p>Ελλάδα</p>")


def test_undecodable_is_a_clear_error() -> None:
    body = bytes(range(256)) * 8  # control characters and NUL bytes: not a page
    with pytest.raises(FetchError, match=r"x\.html cannot be decoded: it declares utf-8"):
        decode_page(body, "text/html; charset=utf-8", "x.html")


def test_unknown_charset_is_ignored() -> None:
    page = decode_page(b"<p>plain</p>", "text/html; charset=x-klingon", "x")
    assert page.encoding == "utf-8" and page.text == "<p>plain</p>"
