"""Ingest stage: read a file (plain text, HTML, PDF, DOCX) into a :class:`~compare.types.RawText`.

Public API:

* :func:`read_path` and :func:`read_bytes` pick a reader from ``fmt``, the file's first bytes
  or its extension, check size and content, decode and NFC-normalise the text;
* :func:`text_to_raw` wraps text already in memory;
* :data:`READERS` is the registry of readers (habit 2: base class + registry per plug point).

Example:
    >>> raw = read_bytes("Das Europäische Parlament,\\n".encode(), "de.txt")
    >>> raw.fmt, raw.text
    ('lines', 'Das Europäische Parlament,\\n')
"""

from __future__ import annotations

import logging
from pathlib import Path

from compare.errors import InputError
from compare.ingest.base import READERS, Reader, check_size, register
from compare.ingest.docx import DocxReader
from compare.ingest.html import HtmlReader
from compare.ingest.pdf import PdfReader
from compare.ingest.text import LinesReader, PdfTextReader, TextReader, detect_layout, text_to_raw
from compare.types import RawText

__all__ = [
    "READERS",
    "DocxReader",
    "HtmlReader",
    "LinesReader",
    "PdfReader",
    "PdfTextReader",
    "Reader",
    "TextReader",
    "detect_layout",
    "read_bytes",
    "read_path",
    "register",
    "text_to_raw",
]

logger = logging.getLogger(__name__)

#: Magic numbers of formats that are refused with advice.
_REFUSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "an old Word/Office (.doc) file: save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file: save it as .docx or plain text"),
    (b"PK\x03\x04", "a ZIP archive that is not a DOCX document: give the document itself"),
)


def read_path(path: str | Path, fmt: str | None = None) -> RawText:
    """Read a document file.

    Args:
        path: the file.
        fmt: the format ("text", "pdf-text", "lines", "html", "pdf", "docx"); guessed from the
            file's first bytes and extension when ``None``.

    Returns:
        The decoded, NFC-normalised text; ``source`` is the file's name.

    Raises:
        InputError: the file is missing, empty, too large, binary, undecodable or unreadable.

    Example:
        >>> raw = read_path("corpora/ep-ta-9-2022-0012/de.txt")  # doctest: +SKIP
        >>> raw.fmt  # doctest: +SKIP
        'pdf-text'
    """
    file = Path(path)
    if not file.exists():
        raise InputError(f"{file}: no such file: check the path")
    if not file.is_file():
        raise InputError(f"{file} is not a file: give the path of one document file")
    check_size(file.stat().st_size, file.name)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{file} cannot be read ({exc.strerror}): check its permissions") from None
    return read_bytes(data, file.name, fmt)


def read_bytes(data: bytes, name: str, fmt: str | None = None) -> RawText:
    """Read a document from its bytes.

    Args:
        data: the whole file.
        name: its file name (chooses the reader by extension, names it in messages).
        fmt: the format; guessed when ``None`` (see :func:`read_path`).

    Raises:
        InputError: the bytes are empty, too large, binary, undecodable or unreadable.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"read_bytes needs bytes, got {type(data).__name__}: encode the text")
    data = bytes(data)
    name = name or "<bytes>"
    check_size(len(data), name)
    reader = choose_reader(data, name, fmt)
    logger.info("reading %s as %s", name, reader.name)
    return reader().read(data, name)


def choose_reader(data: bytes, name: str, fmt: str | None = None) -> type[Reader]:
    """The reader for ``data``: ``fmt`` if given, else magic number, extension, content."""
    if fmt is not None:
        if fmt not in READERS:
            raise InputError(f"unknown input format {fmt!r}: use one of {', '.join(READERS)}")
        return READERS[fmt]
    for reader in (PdfReader, DocxReader):
        if reader.sniff(data):
            return reader
    for magic, what in _REFUSED_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} is {what}")
    suffix = Path(name).suffix.lower()
    for reader in READERS.values():
        if suffix and suffix in reader.extensions:
            return reader
    if HtmlReader.sniff(data):
        return HtmlReader
    return TextReader
