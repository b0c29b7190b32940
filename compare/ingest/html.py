"""HTML reader: block-level text extraction that does not depend on a site's class names.

Works on European Parliament adopted-text pages and EUR-Lex documents alike: the text of
block elements (p, div, li, td, h1-h6, ...) is collected in reading order, navigation,
headers, footers, scripts and styles are dropped, a table row whose first cell is only a
printed label ("–", "A.", "12.", "(a)") becomes one block, and footnote calls written as
``<sup>``/``<a>`` markers are rewritten as ``(N)`` glued to the preceding word, the
convention of the one-unit-per-line layout; a footnote's own text starts its block with
``(N)``.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, ClassVar

from compare.errors import InputError
from compare.ingest.base import Reader, register
from compare.ingest.encoding import decode
from compare.ingest.text import normalise_text
from compare.types import RawText

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

logger = logging.getLogger(__name__)

#: Elements whose text is dropped entirely.
DROP_TAGS = frozenset(
    "script style noscript nav header footer template iframe svg head button select option "
    "textarea object embed canvas map input menu dialog form".split()
)
#: Elements that start and end a text block.
BLOCK_TAGS = frozenset(
    "p div li td th h1 h2 h3 h4 h5 h6 dt dd blockquote pre caption figcaption address section "
    "article main aside ul ol dl table tr tbody thead tfoot body center hr figure".split()
)
#: ARIA roles of page furniture.
DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar"})

_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_MARKER_TEXT = re.compile(r"^\s*\(?\s*(\d{1,3})\s*\)?\s*$")
_CELL_LABEL = re.compile(
    r"^(?:[–—\-•−]|\(?[^\W\d_]{1,4}[.)]|\(?\d{1,3}[.)]|\([^\W\d_]{1,5}\)|\(\d{1,3}\))$"
)
_ONLY_CALL = re.compile(r"^\s*\(\d{1,3}\)$")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: Longest text of a table cell treated as a printed label.
MAX_LABEL_CELL = 8


@register
class HtmlReader(Reader):
    """HTML pages (EP adopted texts, EUR-Lex) read into one block per paragraph."""

    name: ClassVar[str] = "html"
    extensions: ClassVar[tuple[str, ...]] = (".html", ".htm", ".xhtml")

    @classmethod
    def sniff(cls, data: bytes) -> bool:
        head = data[:2048].lstrip().lower()
        return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head

    def read(self, data: bytes, source: str) -> RawText:
        match = _CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
        html, encoding = decode(data, source, declared)
        blocks = extract_blocks(html)
        if not blocks:
            raise InputError(
                f"{source} holds no text outside navigation, scripts and styles: give the page "
                "of the document itself"
            )
        blocks = tuple(normalise_text(block) for block in blocks)
        return RawText(
            text="\n".join(blocks), source=source, fmt="html", encoding=encoding, blocks=blocks
        )


def extract_blocks(html: str) -> list[str]:
    """The text blocks of an HTML page, in reading order.

    Args:
        html: the page's markup.

    Returns:
        One string per block, whitespace collapsed, footnote calls written ``(N)``.

    Example:
        >>> extract_blocks("<p>Kazakhstan<sup>1</sup> and</p><p><sup>1</sup> OJ C 23.</p>")
        ['Kazakhstan(1) and', '(1) OJ C 23.']
    """
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as exc:  # pragma: no cover - selectolax is a declared dependency
        raise InputError("reading HTML needs selectolax: pip install 'selectolax>=0.3.20'") from exc
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return []
    extractor = _Extractor(_footnote_targets(root))
    extractor.walk(root)
    extractor.flush()
    return extractor.blocks


def _footnote_targets(root: LexborNode) -> dict[str, int]:
    """Ids that footnote calls link to, with their footnote number."""
    targets: dict[str, int] = {}
    for link in root.css("a[href]"):
        href = link.attributes.get("href") or ""
        number = _marker_number(link)
        if href.startswith("#") and number is not None:
            targets.setdefault(href[1:], number)
    return targets


def _marker_number(node: LexborNode) -> int | None:
    """The footnote number if ``node`` is a footnote call (``<sup>``/``<a>`` with a number)."""
    if node.tag not in ("a", "sup"):
        return None
    if node.tag == "a":
        attrs = node.attributes
        href = attrs.get("href") or ""
        if not (href.startswith("#") or attrs.get("id") or attrs.get("name")):
            return None
    match = _MARKER_TEXT.match(node.text(deep=True) or "")
    return int(match.group(1)) if match else None


def _is_dropped(node: LexborNode) -> bool:
    if node.tag in DROP_TAGS:
        return True
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if (attrs.get("role") or "").lower() in DROP_ROLES:
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style


class _Extractor:
    """Walks the DOM once, collecting blocks of inline text."""

    def __init__(self, targets: dict[str, int]) -> None:
        self.blocks: list[str] = []
        self.targets = targets
        self._buffer: list[str] = []
        self._prefix: str | None = None
        self._skip_close_paren = False

    def flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._buffer)).strip()
        self._buffer = []
        self._skip_close_paren = False
        if not text:
            return
        if self._prefix:
            text = f"{self._prefix} {text}"
            self._prefix = None
        self.blocks.append(text)

    def walk(self, node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            self._visit(child)

    def _visit(self, node: LexborNode) -> None:
        tag = node.tag
        if tag == "-text":
            self._text(node.text(deep=False) or "")
        elif tag.startswith("-") or _is_dropped(node):
            return
        elif tag == "br":
            self.flush()
        elif tag == "tr":
            self._row(node)
        elif (number := _marker_number(node)) is not None:
            self._marker(number)
        elif tag in BLOCK_TAGS:
            self.flush()
            self._definition_prefix(node)
            self.walk(node)
            self.flush()
        else:
            self._definition_prefix(node)
            self.walk(node)

    def _text(self, text: str) -> None:
        if self._skip_close_paren:
            stripped = text.lstrip(" \t\n\r\f\v")
            if stripped.startswith(")"):
                text = stripped[1:]
            self._skip_close_paren = False
        self._buffer.append(text)

    def _current(self) -> str:
        return "".join(self._buffer)

    def _marker(self, number: int) -> None:
        current = self._current().rstrip(" \t\n\r\f\v")
        if not current.strip() or _ONLY_CALL.match(current):
            self._buffer = [f"({number}) "]  # a footnote's own text starts here
            return
        if current.endswith("("):  # "(<a>1</a>)": the brackets sit outside the link
            current = current[:-1].rstrip(" \t\n\r\f\v")
            self._skip_close_paren = True
        self._buffer = [current, f"({number})"]

    def _definition_prefix(self, node: LexborNode) -> None:
        ident = node.attributes.get("id")
        if ident and ident in self.targets and not self._current().strip():
            self._buffer.append(f"({self.targets[ident]}) ")

    def _row(self, row: LexborNode) -> None:
        cells = [c for c in row.iter() if c.tag in ("td", "th") and not _is_dropped(c)]
        label = _SPACES.sub(" ", cells[0].text(deep=True) or "").strip() if cells else ""
        if len(cells) < 2 or len(label) > MAX_LABEL_CELL or not _CELL_LABEL.match(label):
            self.flush()
            self.walk(row)
            self.flush()
            return
        self.flush()
        self._prefix = label
        for cell in cells[1:]:
            self.flush()
            self.walk(cell)
        self.flush()
        self._prefix = None
