"""Plain-text readers: the PDF-text layout and the one-unit-per-line layout.

A plain-text EU document comes in one of two layouts (see the corpus' ``TRANSLATING.md``):

* ``pdf-text``: text extracted from a PDF: lines wrapped at 80-95 characters (usually with a
  trailing space), a blank line between units, footnotes at the foot of each page and each
  new page starting with a line that begins with one space;
* ``lines``: one unit per line, no wrapping.

:class:`TextReader` detects the layout; :class:`PdfTextReader` and :class:`LinesReader`
force one.
"""

from __future__ import annotations

import logging
import statistics
import unicodedata
from typing import ClassVar

from compare.errors import InputError
from compare.ingest.base import Reader, register
from compare.ingest.encoding import decode
from compare.types import RawText

logger = logging.getLogger(__name__)

#: Share of non-blank lines ending in a space above which a text is taken as wrapped PDF text
#: (the German seed: 336 of 421).
MIN_TRAILING_SPACE_SHARE = 0.2
#: Share of blank-line separated blocks holding several lines above which a text is wrapped.
MIN_MULTILINE_BLOCK_SHARE = 0.2
#: Median line length above which lines are whole units rather than wrapped lines (PDF text
#: wraps at 80-95 characters).
MAX_WRAPPED_MEDIAN = 110

LAYOUTS: tuple[str, ...] = ("pdf-text", "lines")


def normalise_text(text: str) -> str:
    """Unify line breaks to ``\\n`` and apply Unicode NFC; nothing else is changed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def require_text(text: str, source: str) -> None:
    """Raise :class:`InputError` when ``text`` holds nothing but whitespace."""
    if not text.strip():
        raise InputError(
            f"{source} contains no text (it is empty or only whitespace): give the file "
            "holding the document's text"
        )


def detect_layout(text: str) -> str:
    """Guess whether ``text`` is wrapped PDF text (``"pdf-text"``) or one unit per line.

    Args:
        text: normalised text (``\\n`` line breaks).

    Returns:
        ``"pdf-text"`` or ``"lines"``.

    Example:
        >>> detect_layout("A. whereas one;\\nB. whereas two;\\n1. Calls on ...")
        'lines'
    """
    lines = text.split("\n")
    content = [line for line in lines if line.strip()]
    if not content:
        return "lines"
    trailing = sum(1 for line in content if line != line.rstrip()) / len(content)
    if trailing >= MIN_TRAILING_SPACE_SHARE:
        return "pdf-text"
    if statistics.median(len(line.strip()) for line in content) > MAX_WRAPPED_MEDIAN:
        return "lines"
    blocks = _block_sizes(lines)
    if len(blocks) > 1 and sum(size > 1 for size in blocks) / len(blocks) >= (
        MIN_MULTILINE_BLOCK_SHARE
    ):
        return "pdf-text"
    return "lines"


def _block_sizes(lines: list[str]) -> list[int]:
    sizes: list[int] = []
    size = 0
    for line in lines:
        if line.strip():
            size += 1
        elif size:
            sizes.append(size)
            size = 0
    if size:
        sizes.append(size)
    return sizes


def text_to_raw(
    text: str, source: str, layout: str | None = None, encoding: str = "utf-8"
) -> RawText:
    """Build the :class:`RawText` of already decoded plain text.

    Args:
        text: the text.
        source: display name.
        layout: ``"pdf-text"`` or ``"lines"``; detected when ``None``.
        encoding: the encoding the text was decoded from, for the record.

    Raises:
        InputError: the text is empty or the layout unknown.
    """
    text = normalise_text(text)
    require_text(text, source)
    if layout is None:
        layout = detect_layout(text)
        logger.info("%s: detected the %s layout", source, layout)
    elif layout not in LAYOUTS:
        raise InputError(f"unknown text layout {layout!r}: use one of {', '.join(LAYOUTS)}")
    return RawText(text=text, source=source, fmt=layout, encoding=encoding)


@register
class TextReader(Reader):
    """Plain text in either layout, detected from the text."""

    name: ClassVar[str] = "text"
    extensions: ClassVar[tuple[str, ...]] = (".txt", ".text")
    #: Layout forced by subclasses; ``None`` detects it.
    layout: ClassVar[str | None] = None

    def read(self, data: bytes, source: str) -> RawText:
        text, encoding = decode(data, source)
        return text_to_raw(text, source, self.layout, encoding)


@register
class PdfTextReader(TextReader):
    """Plain text in the PDF-text layout (wrapped lines, blank lines between units)."""

    name: ClassVar[str] = "pdf-text"
    extensions: ClassVar[tuple[str, ...]] = ()
    layout: ClassVar[str | None] = "pdf-text"


@register
class LinesReader(TextReader):
    """Plain text with one unit per line."""

    name: ClassVar[str] = "lines"
    extensions: ClassVar[tuple[str, ...]] = ()
    layout: ClassVar[str | None] = "lines"
