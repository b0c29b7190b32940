"""Base class and registry of the input readers (one reader per input format).

A reader turns the bytes of one file into a :class:`~compare.types.RawText`. Readers are
registered by name in :data:`READERS`; :func:`compare.ingest.read_bytes` picks one from the
``fmt`` argument, the file name's extension or the first bytes of the file.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import ClassVar

from compare.errors import InputError
from compare.types import RawText

logger = logging.getLogger(__name__)

#: Readers by format name ("text", "pdf-text", "lines", "html", "pdf", "docx").
READERS: dict[str, type[Reader]] = {}

_MIB = 1024 * 1024


class Reader(ABC):
    """Reads the bytes of one input format into a :class:`RawText`.

    Subclasses set :attr:`name` (the ``fmt`` users pass), :attr:`extensions` (file name
    endings that select the reader) and implement :meth:`read`.
    """

    #: Format name, as given to ``read_bytes(..., fmt=name)``.
    name: ClassVar[str] = ""
    #: File name endings (lower case, with the dot) this reader is chosen for.
    extensions: ClassVar[tuple[str, ...]] = ()
    #: Largest input accepted, in bytes: an EU resolution is well under 1 MB as text and a
    #: few MB as PDF, so 20 MB leaves room for long regulations and scanned-free PDFs.
    MAX_BYTES: ClassVar[int] = 20 * _MIB

    @abstractmethod
    def read(self, data: bytes, source: str) -> RawText:
        """Decode ``data`` (the whole file) into a :class:`RawText`.

        Args:
            data: the file's bytes, already checked to be non-empty and within
                :attr:`MAX_BYTES`.
            source: a display name for messages and ``RawText.source``.

        Raises:
            InputError: the bytes are not a usable document of this format.
        """

    @classmethod
    def sniff(cls, data: bytes) -> bool:
        """Whether ``data`` looks like this format (used when the extension says nothing)."""
        return False


def register(cls: type[Reader]) -> type[Reader]:
    """Class decorator adding a reader to :data:`READERS` under its :attr:`Reader.name`."""
    if not cls.name:
        raise TypeError(f"reader {cls.__name__} has no name")
    READERS[cls.name] = cls
    return cls


def check_size(size: int, source: str, limit: int = Reader.MAX_BYTES) -> None:
    """Raise :class:`InputError` when a file is empty or larger than ``limit`` bytes."""
    if size == 0:
        raise InputError(f"{source} is empty: give a file that contains the document's text")
    if size > limit:
        raise InputError(
            f"{source} is {size / _MIB:.1f} MB, over the {limit / _MIB:.0f} MB limit for one "
            "document: split it into one file per document, or extract its text first"
        )
