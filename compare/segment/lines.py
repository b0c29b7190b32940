"""Physical lines of a :class:`~compare.types.RawText`, with the flags the segmenter needs.

Every line keeps its offsets in ``RawText.text``; a line that starts a page (PDF text: a
line beginning with exactly one space, or a form feed; PDF: the first line of each page
block) is flagged and its leading space is not part of its text.
"""

from __future__ import annotations

from dataclasses import dataclass

from compare.types import RawText

#: Input formats segmented as wrapped PDF text; the others have one unit per line.
PDF_FORMATS = frozenset({"pdf-text", "pdf"})


@dataclass(frozen=True)
class Line:
    """One line of the source text.

    Attributes:
        index: 0-based line number.
        text: the line without surrounding whitespace (nor the page-start space).
        start: offset of ``text`` in the source text.
        end: offset just past ``text``.
        page_start: the line is the first of a page.
        trailing_space: the source line ended in whitespace.
    """

    index: int
    text: str
    start: int
    end: int
    page_start: bool = False
    trailing_space: bool = False

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(raw: RawText) -> list[Line]:
    """The lines of ``raw.text`` (split on ``\\n`` only), page starts flagged."""
    pdf_text = raw.fmt == "pdf-text"
    page_offsets = _page_offsets(raw) if raw.fmt == "pdf" else frozenset()
    lines: list[Line] = []
    offset = 0
    pending_page = False  # a page began on a blank line: its first text line starts it
    for index, line in enumerate(raw.text.split("\n")):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        page_start = pending_page or (
            offset in page_offsets
            or line.startswith("\f")
            or (pdf_text and line.startswith(" ") and not line.startswith("  ") and bool(stripped))
        )
        pending_page = page_start and not stripped
        lines.append(
            Line(
                index=index,
                text=stripped,
                start=offset + lead,
                end=offset + lead + len(stripped),
                page_start=page_start and index > 0 and bool(stripped),
                trailing_space=bool(stripped) and line != line.rstrip(),
            )
        )
        offset += len(line) + 1
    return lines


def _page_offsets(raw: RawText) -> frozenset[int]:
    """Offsets where the page blocks of a PDF start in ``raw.text`` (joined by ``\\n``)."""
    offsets = set()
    offset = 0
    for block in raw.blocks:
        offsets.add(offset)
        offset += len(block) + 1
    return frozenset(offsets)
