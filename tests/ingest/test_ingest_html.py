"""HTML ingestion: EP adopted-text pages and EUR-Lex documents, without relying on classes."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.errors import InputError
from compare.ingest import read_bytes, read_path
from compare.ingest.html import extract_blocks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def test_ep_page_blocks() -> None:
    raw = read_path(FIXTURES / "ep_en.html")
    assert raw.fmt == "html"
    assert raw.text == "\n".join(raw.blocks)
    blocks = raw.blocks
    title = "European Parliament resolution of 20 January 2022 on the situation in Kazakhstan"
    assert f"{title} (2022/2505(RSP))" in blocks
    citation = next(b for b in blocks if b.startswith("–"))
    assert "Kazakhstan(1) and its earlier resolution of 14 March 2019(2)," in citation
    assert blocks[-2:] == ("(1) Texts adopted, P9_TA(2021)0056.", "(2) OJ C 23, 21.1.2021, p. 83.")


def test_ep_page_drops_navigation_scripts_and_footer() -> None:
    text = read_path(FIXTURES / "ep_en.html").text
    for junk in ("Plenary", "dataLayer", "font-family", "Legal notice", "Last updated", "portal"):
        assert junk not in text


def test_eurlex_page_merges_label_cells_and_footnotes() -> None:
    blocks = read_path(FIXTURES / "eurlex_fr.html").blocks
    recital = "considérant que, le 2 janvier 2022, des manifestations pacifiques ont éclaté"
    assert f"A. {recital} à Janaozen;" in blocks
    assert any(b.startswith("— vu sa résolution du 11 février 2021") for b in blocks)
    assert any("au Kazakhstan(1) et sa résolution du 14 mars 2019(2)," in b for b in blocks)
    assert "(1) Textes adoptés de cette date, P9_TA(2021)0056." in blocks
    assert "Accueil" not in " ".join(blocks)  # role="navigation"
    assert "© Union européenne" not in " ".join(blocks)  # role="contentinfo"


def test_classes_are_not_needed() -> None:
    html = (FIXTURES / "eurlex_fr.html").read_text(encoding="utf-8")
    stripped = html.replace('class="', 'data-x="')
    assert (
        read_bytes(stripped.encode(), "x.html").blocks
        == read_path(FIXTURES / "eurlex_fr.html").blocks
    )


def test_superscript_markers_and_linked_footnote_list() -> None:
    html = (
        "<body><div>Kazakhstan<sup>1</sup> and 2019<sup><a href='#fn2'>2</a></sup>,"
        "<p>Rule 144(5) applies</p>tail text<br>after break</div>"
        "<ol><li id='fn1'>Texts adopted.</li><li id='fn2'>OJ C 23.</li></ol></body>"
    )
    blocks = extract_blocks(html)
    assert blocks[0] == "Kazakhstan(1) and 2019(2),"
    assert blocks[1:4] == ["Rule 144(5) applies", "tail text", "after break"]
    assert blocks[-1] == "(2) OJ C 23."


def test_declared_legacy_charset() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Erwägung</p></body></html>'
    raw = read_bytes(html.encode("cp1252"), "page.html")
    assert raw.blocks == ("Erwägung",)
    assert raw.encoding == "cp1252"


def test_html_is_sniffed_without_extension() -> None:
    raw = read_bytes(b"<!DOCTYPE html><html><body><p>Text</p></body></html>", "page")
    assert raw.fmt == "html"


def test_page_without_text() -> None:
    html = b"<html><body><nav>menu</nav><script>x()</script></body></html>"
    with pytest.raises(InputError, match="no text outside navigation"):
        read_bytes(html, "empty.html")
