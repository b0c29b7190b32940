"""PDF ingestion: a tiny PDF written by hand, read through pypdf's text layer."""

from __future__ import annotations

import io

import pytest

from compare.errors import InputError
from compare.ingest import read_bytes
from compare.segment import segment

#: (y position, text) per line, per page; 1 line = 14 points, a blank line = 26.
PAGES = [
    [
        (800, "European Parliament resolution on the situation in Kazakhstan"),
        (786, "(2022/2505(RSP))"),
        (760, "The European Parliament,"),
        (734, "– having regard to its resolution of 11 February 2021 on the human rights"),
        (720, "situation in Kazakhstan1 and its resolution of 14 March 20192,"),
        (694, "– having regard to Rule 144(5) of its Rules of Procedure,"),
        (668, "A. whereas on 2 January 2022 peaceful protests began in Zhanaozen; whereas the"),
        (654, "authorities restricted mobile internet access and social networks on"),
        (100, "1 Texts adopted, P9_TA(2021)0056."),
        (86, "2 OJ C 23, 21.1.2021, p. 83."),
    ],
    [
        (800, "4 January 2022;"),
        (774, "B. whereas President Tokayev declared a state of emergency;"),
        (748, "1. Deeply regrets the loss of life;"),
        (722, "2. Instructs its President to forward this resolution to the Council and the"),
        (708, "Commission."),
    ],
]


def make_pdf(pages: list[list[tuple[int, str]]]) -> bytes:
    """A minimal PDF 1.4: one Helvetica text object per page, WinAnsi-encoded strings."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects: list[bytes] = [font]
    pages_id = 2 + 2 * len(pages)
    page_ids = []
    for lines in pages:
        ops = ["BT /F1 11 Tf"]
        for y, text in lines:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"1 0 0 1 72 {y} Tm ({escaped}) Tj")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 1 0 R >> >> /Contents %d 0 R >>" % (pages_id, content_id)
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids)))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, len(objects)))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def test_pdf_text_layer_is_read_page_by_page() -> None:
    raw = read_bytes(make_pdf(PAGES), "resolution.pdf")
    assert raw.fmt == "pdf"
    assert len(raw.blocks) == 2
    assert raw.text == "\n".join(raw.blocks)
    assert raw.blocks[0].startswith("European Parliament resolution")
    assert "situation in Kazakhstan1 and" in raw.text


def test_pdf_goes_through_the_pdf_text_path() -> None:
    document = segment(read_bytes(make_pdf(PAGES), "resolution.pdf"), "en", check_language=False)
    assert document.labels() == (
        "title", "procedure", "opening", "cit:1", "cit:2", "rec:A", "rec:B", "par:1", "par:2",
        "fn:1", "fn:2",
    )  # fmt: skip
    citation = document.by_label("cit:1")
    assert [m.number for m in citation.footnote_markers] == [1, 2]
    assert "Kazakhstan and its resolution of 14 March 2019," in citation.text
    # the recital runs across the page break, around the footnotes at the foot of page 1
    assert document.by_label("rec:A").text.endswith("social networks on 4 January 2022;")
    assert document.by_label("fn:2").text == "OJ C 23, 21.1.2021, p. 83."


def test_pdf_is_sniffed_whatever_its_name() -> None:
    assert read_bytes(make_pdf(PAGES), "download").fmt == "pdf"


def test_pdf_without_text_layer() -> None:
    with pytest.raises(InputError, match="no text layer"):
        read_bytes(make_pdf([[]]), "scan.pdf")


def test_broken_pdf() -> None:
    with pytest.raises(InputError, match="not a readable PDF"):
        read_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "broken.pdf")
