"""Decoding a fetched page: the charset the server declares is checked against the bytes.

Order of authority, as in the HTML standard: a byte order mark, then the ``Content-Type``
header, then a ``<meta charset>``. Two real-world faults are handled: a page declared as
Latin-1/Windows-1252 whose bytes are valid UTF-8 with non-ASCII characters (UTF-8 wins: a
legacy text is practically never valid UTF-8 by accident), and a declaration the bytes do
not decode in (the other declaration, then the guarded guess of
:func:`compare.ingest.encoding.decode`). Anything else is a :class:`FetchError`.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from email.message import Message

from compare.errors import InputError
from compare.fetch.errors import FetchError
from compare.ingest.encoding import control_share, decode

logger = logging.getLogger(__name__)

_META_CHARSET = re.compile(
    r"""(<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*)([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
#: Bytes searched for a ``<meta charset>``: the HTML standard's prescan covers 1024 bytes;
#: EUR-Lex puts a long ``<head>`` first, hence more.
META_SCAN_BYTES = 8192
#: Largest share of control characters accepted in a page decoded with its declared charset.
MAX_CONTROL_SHARE = 0.001
#: Byte order marks: (mark, codec that drops it, encoding name).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
_SINGLE_BYTE = frozenset(
    codecs.lookup(n).name
    for n in ("latin-1", "cp1252", "iso-8859-2", "iso-8859-7", "iso-8859-15", "cp1250", "ascii")
)


@dataclass(frozen=True)
class DecodedPage:
    """A page's text, the encoding it was decoded with and what was wrong, if anything."""

    text: str
    encoding: str
    declared: str | None
    notes: tuple[str, ...] = field(default=())


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` header value."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return str(charset).strip() if isinstance(charset, str) and charset.strip() else None


def meta_charset(body: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` element near its start."""
    head = body[:META_SCAN_BYTES].decode("ascii", errors="replace")
    match = _META_CHARSET.search(head)
    return match.group(2) if match else None


def decode_page(body: bytes, content_type: str | None, source: str) -> DecodedPage:
    """Decode a page's bytes, trusting declarations only as far as the bytes agree.

    Args:
        body: the page as received.
        content_type: the ``Content-Type`` header, if any.
        source: the URL, for messages.

    Raises:
        FetchError: the bytes decode in no declared or plausible encoding.

    Example:
        >>> page = decode_page("Ελλάδα".encode(), "text/html; charset=ISO-8859-1", "x")
        >>> page.text, page.encoding, page.declared
        ('Ελλάδα', 'utf-8', 'iso8859-1')
    """
    for bom, codec, encoding in _BOMS:
        if body.startswith(bom):
            return DecodedPage(_strict(body, codec, source), encoding, encoding)
    declared = [
        d for d in (_lookup(header_charset(content_type)), _lookup(meta_charset(body))) if d
    ]
    first = declared[0] if declared else None
    utf8 = _try(body, "utf-8")
    if utf8 is not None and (not declared or first == "utf-8" or first in _SINGLE_BYTE):
        notes: tuple[str, ...] = ()
        if first not in (None, "utf-8", "ascii") and not body.isascii():
            notes = (f"{source} declares {first} but its bytes are UTF-8; decoded as UTF-8",)
            logger.warning(notes[0])
        return DecodedPage(utf8, "utf-8", first, notes)
    for encoding in dict.fromkeys(declared):
        text = _try(body, encoding)
        if text is not None and control_share(text) <= MAX_CONTROL_SHARE:
            notes = () if encoding == first else (f"{source}: decoded as declared {encoding}",)
            return DecodedPage(text, encoding, first, notes)
    try:
        text, encoding = decode(body, source)
    except InputError as exc:
        raise FetchError(
            f"{source} cannot be decoded: it declares {first or 'no charset'}, but {exc}. "
            "Download the page in a browser and check that it shows the text correctly"
        ) from None
    guessed = (
        f"{source} declares {first or 'no charset'}, which does not fit; decoded as {encoding}"
    )
    logger.warning(guessed)
    return DecodedPage(text, encoding, first, (guessed,))


def as_utf8(body: bytes, page: DecodedPage) -> bytes:
    """The page's bytes to save: unchanged when UTF-8 already, else re-encoded as UTF-8 with
    its ``<meta charset>`` rewritten so that readers of the saved file agree."""
    meta = _lookup(meta_charset(body))
    if page.encoding == "utf-8" and meta in (None, "utf-8") and not body.startswith(_BOMS[0][0]):
        return body
    text = page.text
    if _META_CHARSET.search(text[:META_SCAN_BYTES]):
        text = _META_CHARSET.sub(lambda m: m.group(1) + "utf-8", text, count=2)
    return text.encode("utf-8")


def _lookup(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        logger.warning("unknown charset %r declared; ignored", name)
        return None


def _try(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _strict(body: bytes, encoding: str, source: str) -> str:
    text = _try(body, encoding)
    if text is None:
        raise FetchError(
            f"{source} starts with a {encoding} byte order mark but is not valid {encoding}"
        )
    return text
