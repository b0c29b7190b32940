"""DOCX reader: paragraphs and table rows in reading order, through python-docx.

Footnote calls (Word footnote references, or superscript numbers) are written ``(N)`` glued
to the preceding word; Word footnotes are appended at the end as ``(N) text`` blocks; a table
row whose first cell is only a printed label ("–", "A.", "1.") becomes one block. The text
then goes through the segmenter's one-unit-per-line path.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from compare.errors import InputError
from compare.ingest.base import Reader, register
from compare.ingest.text import normalise_text
from compare.types import RawText

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

logger = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACES = re.compile(r"[ \t\r\f\v]+")
_DIGITS = re.compile(r"^\s*\(?(\d{1,3})\)?\s*$")
_CELL_LABEL = re.compile(r"^(?:[–—\-•−]|\(?[^\W\d_]{1,4}[.)]|\(?\d{1,3}[.)]|\([^\W\d_]{1,5}\))$")
#: Longest text of a table cell treated as a printed label.
MAX_LABEL_CELL = 8


@register
class DocxReader(Reader):
    """Word documents (.docx), one block per paragraph."""

    name: ClassVar[str] = "docx"
    extensions: ClassVar[tuple[str, ...]] = (".docx",)

    @classmethod
    def sniff(cls, data: bytes) -> bool:
        return data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]

    def read(self, data: bytes, source: str) -> RawText:
        document = _open(data, source)
        reader = _DocxText(_footnotes(document))
        blocks = [normalise_text(b) for b in reader.blocks(document) if b.strip()]
        if not blocks:
            raise InputError(f"{source} contains no text: give the document's text")
        return RawText(text="\n".join(blocks), source=source, fmt="docx", blocks=tuple(blocks))


def _open(data: bytes, source: str) -> Any:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - python-docx is a declared dependency
        raise InputError("reading DOCX needs python-docx: pip install 'python-docx>=1.1'") from exc
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(
            f"{source} is not a readable DOCX file ({exc}): save it again from Word as .docx"
        ) from None


def _footnotes(document: Any) -> dict[str, str]:
    """Texts of the document's Word footnotes by footnote id."""
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob)
            notes: dict[str, str] = {}
            for note in root.iter(f"{_W}footnote"):
                if note.get(f"{_W}type") in ("separator", "continuationSeparator"):
                    continue
                paragraphs = [
                    "".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")
                ]
                notes[note.get(f"{_W}id", "")] = " ".join(p.strip() for p in paragraphs if p)
            return notes
    return {}


class _DocxText:
    """Turns paragraphs and tables into blocks; numbers Word footnotes in call order."""

    def __init__(self, footnotes: dict[str, str]) -> None:
        self.footnotes = footnotes
        self.called: list[str] = []

    def blocks(self, document: Any) -> Iterator[str]:
        from docx.table import Table

        for item in document.iter_inner_content():
            if isinstance(item, Table):
                yield from self._table(item)
            else:
                yield from self._paragraph(item)
        for number, note_id in enumerate(self.called, start=1):
            yield f"({number}) {self.footnotes.get(note_id, '').strip()}"

    def _paragraph(self, paragraph: Paragraph, prefix: str = "") -> Iterator[str]:
        text = prefix + " " if prefix else ""
        for run in _runs(paragraph):
            number = self._call_number(run)
            if number is None:
                text += run.text or ""
            elif text.strip():
                text = text.rstrip() + f"({number})"  # glued to the word it follows
            else:
                text = f"({number}) "  # the footnote's own text starts here
        for line in text.split("\n"):
            line = _SPACES.sub(" ", line).strip()
            if line:
                yield line

    def _call_number(self, run: Any) -> int | None:
        """The footnote number when ``run`` is a footnote call, else ``None``."""
        refs = run._r.findall(f"{_W}footnoteReference")
        if refs:
            self.called.append(refs[0].get(f"{_W}id", ""))
            return len(self.called)
        match = _DIGITS.match(run.text or "")
        if match and run.font.superscript:
            return int(match.group(1))
        return None

    def _table(self, table: Table) -> Iterator[str]:
        for row in table.rows:
            cells = _unique_cells(row.cells)
            label = " ".join(cells[0].text.split()) if cells else ""
            if len(cells) >= 2 and len(label) <= MAX_LABEL_CELL and _CELL_LABEL.match(label):
                prefix = label
                for cell in cells[1:]:
                    for paragraph in cell.paragraphs:
                        for block in self._paragraph(paragraph, prefix):
                            prefix = ""
                            yield block
                continue
            for cell in cells:
                for paragraph in cell.paragraphs:
                    yield from self._paragraph(paragraph)


def _runs(paragraph: Paragraph) -> Iterator[Any]:
    for item in paragraph.iter_inner_content():
        if hasattr(item, "runs") and not hasattr(item, "font"):
            yield from item.runs  # a hyperlink
        else:
            yield item


def _unique_cells(cells: Any) -> list[Any]:
    seen: set[int] = set()
    unique = []
    for cell in cells:
        if id(cell._tc) not in seen:  # merged cells repeat
            seen.add(id(cell._tc))
            unique.append(cell)
    return unique
