"""PDF reader: the text layer, page by page, through pypdf.

The text goes on to the PDF-text path of the segmenter: ``RawText.blocks`` holds one block
per page, so the segmenter knows where pages start and can find the footnotes at their foot.
A PDF without a text layer (a scan) is an :class:`~compare.errors.InputError`.
"""

from __future__ import annotations

import io
import logging
import re
from typing import ClassVar

from compare.errors import InputError
from compare.ingest.base import Reader, register
from compare.ingest.text import normalise_text
from compare.types import RawText

logger = logging.getLogger(__name__)

_PADDING = re.compile(r"[ \t]{2,}")


@register
class PdfReader(Reader):
    """The text layer of a PDF, one block per page."""

    name: ClassVar[str] = "pdf"
    extensions: ClassVar[tuple[str, ...]] = (".pdf",)

    @classmethod
    def sniff(cls, data: bytes) -> bool:
        return data[:1024].lstrip().startswith(b"%PDF-")

    def read(self, data: bytes, source: str) -> RawText:
        pages = [_clean_page(text) for text in _page_texts(data, source)]
        if not any(page.strip() for page in pages):
            raise InputError(
                f"{source} has no text layer (it is probably a scan): run OCR on it first, or "
                "give the document as HTML or text"
            )
        pages = [normalise_text(page) for page in pages]
        return RawText(text="\n".join(pages), source=source, fmt="pdf", blocks=tuple(pages))


def _page_texts(data: bytes, source: str) -> list[str]:
    try:
        from pypdf import PdfReader as PypdfReader
        from pypdf.errors import PyPdfError
    except ImportError as exc:  # pragma: no cover - pypdf is a declared dependency
        raise InputError("reading PDF needs pypdf: pip install 'pypdf>=4'") from exc
    try:
        reader = PypdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{source} is password-protected: give an unprotected copy")
        return [_extract(page) for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(
            f"{source} is not a readable PDF ({exc}): check the file, or give the document "
            "as HTML or text"
        ) from None


def _extract(page: object) -> str:
    """The page's text; layout mode keeps the blank lines that separate paragraphs."""
    try:
        return page.extract_text(extraction_mode="layout")  # type: ignore[attr-defined]
    except Exception:  # pypdf's layout mode fails on some fonts where plain mode works
        logger.debug("layout extraction failed; using plain extraction", exc_info=True)
        return page.extract_text() or ""  # type: ignore[attr-defined]


def _clean_page(text: str) -> str:
    """Strip the padding layout mode puts around lines and collapse its blank-line runs."""
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = _PADDING.sub(" ", line).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)
