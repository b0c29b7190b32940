"""DOCX ingestion: documents built in the test with python-docx."""

from __future__ import annotations

import io

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from compare.errors import InputError
from compare.ingest import read_bytes
from compare.segment import segment

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _head(document: object) -> None:
    document.add_paragraph("European Parliament resolution on the situation in Kazakhstan")
    document.add_paragraph("(2022/2505(RSP))")
    document.add_paragraph("The European Parliament,")


def _save(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _superscript(paragraph: object, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.superscript = True


def test_superscript_calls_tables_and_footnote_paragraphs() -> None:
    document = docx.Document()
    _head(document)
    citation = document.add_paragraph("–\thaving regard to its resolution on Kazakhstan")
    _superscript(citation, "1")
    citation.add_run(" and its resolution of 14 March 2019")
    _superscript(citation, "2")
    citation.add_run(",")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "A."
    table.rows[0].cells[1].text = "whereas protests began on 2 January 2022;"
    table.rows[1].cells[0].text = "B."
    table.rows[1].cells[1].text = "whereas a state of emergency was declared;"
    document.add_paragraph("1.\tDeeply regrets the loss of life;")
    for number, text in (("1", "Texts adopted, P9_TA(2021)0056."), ("2", "OJ C 23, p. 83.")):
        note = document.add_paragraph()
        _superscript(note, number)
        note.add_run(f" {text}")
    raw = read_bytes(_save(document), "resolution.docx")
    assert raw.fmt == "docx"
    assert raw.blocks[3] == (
        "– having regard to its resolution on Kazakhstan(1) and its resolution of 14 March 2019(2),"
    )
    assert raw.blocks[4] == "A. whereas protests began on 2 January 2022;"
    assert raw.blocks[-1] == "(2) OJ C 23, p. 83."
    result = segment(raw, "en", check_language=False)
    assert result.labels() == (
        "title", "procedure", "opening", "cit:1", "rec:A", "rec:B", "par:1", "fn:1", "fn:2",
    )  # fmt: skip
    assert [m.number for m in result.by_label("cit:1").footnote_markers] == [1, 2]


def test_word_footnotes_are_numbered_and_appended() -> None:
    document = docx.Document()
    _head(document)
    citation = document.add_paragraph("– having regard to its resolution on Kazakhstan")
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "7")
    citation.add_run()._r.append(reference)
    citation.add_run(",")
    document.add_paragraph("1. Deeply regrets the loss of life;")
    notes = (
        f'<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:id="7"><w:p><w:r><w:t>Texts adopted, P9_TA(2021)0056.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, notes.encode(), document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    raw = read_bytes(_save(document), "resolution.docx")
    assert raw.blocks[3] == "– having regard to its resolution on Kazakhstan(1),"
    assert raw.blocks[-1] == "(1) Texts adopted, P9_TA(2021)0056."
    result = segment(raw, "en", check_language=False)
    assert result.by_label("fn:1").text == "Texts adopted, P9_TA(2021)0056."
    assert result.by_label("cit:1").footnote_markers[0].number == 1


def test_empty_docx() -> None:
    with pytest.raises(InputError, match="contains no text"):
        read_bytes(_save(docx.Document()), "empty.docx")


def test_broken_docx() -> None:
    with pytest.raises(InputError, match="not a readable DOCX"):
        read_bytes(b"PK\x03\x04" + b"word/" + b"\x00" * 100, "broken.docx")
