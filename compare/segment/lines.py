"""Physical lines of a :class:`~compare.types.RawText`, with the flags the segmenter needs.

Every line keeps its offsets in ``RawText.text``; a line that starts a page (PDF text: a
line beginning with exactly one space, or a form feed; PDF: the first line of each page
block) is flagged and its leading space is not part of its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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


#: Lines looked at for running heads and feet: this many at the top and at the foot of a page.
RUNNING_LINES = 2
#: Fewest pages a running head or foot must recur on, and the share of all pages.
RUNNING_MIN_PAGES = 2
RUNNING_MIN_SHARE = 0.5
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def running_lines(lines: list[Line]) -> set[int]:
    """Indices of running heads and feet of a paginated text: lines among the first or last
    :data:`RUNNING_LINES` of a page that recur, with other numbers, on at least half of the
    pages ("L 152/2 EN Official Journal of the European Union 3.6.2022", "PE703.014v01-00
    2/5", a page number). Text without page breaks has none.

    Example:
        >>> head = "L 1/{} EN Official Journal 3.6.2022"
        >>> text = "\\n".join([head.format(1), "Article 1", "\\f" + head.format(2), "1. Text.",
        ...                    "\\f" + head.format(3), "2. More."])
        >>> sorted(running_lines(split_lines(RawText(text, "x", "pdf-text"))))
        [0, 2, 4]
    """
    pages: list[list[Line]] = [[]]
    for line in lines:
        if line.page_start and pages[-1]:
            pages.append([])
        if not line.blank:
            pages[-1].append(line)
    if len(pages) < RUNNING_MIN_PAGES:
        return set()
    seen: dict[str, list[tuple[int, int]]] = {}  # key -> (page, line index)
    for number, page in enumerate(pages):
        edges = {line.index: line for line in page[:RUNNING_LINES] + page[-RUNNING_LINES:]}
        for index, line in edges.items():
            seen.setdefault(_running_key(line.text), []).append((number, index))
    needed = max(RUNNING_MIN_PAGES, RUNNING_MIN_SHARE * len(pages))
    return {
        index
        for key, places in seen.items()
        if key and len({page for page, _ in places}) >= needed
        for _, index in places
    }


def _running_key(text: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("#", text)).strip().lower()


def without(lines: list[Line], dropped: set[int]) -> list[Line]:
    """``lines`` with the ``dropped`` ones blank; a dropped page start passes its flag to the
    next line with text, so that the page still starts there."""
    out: list[Line] = []
    carry = False
    for line in lines:
        if line.index in dropped:
            carry = carry or line.page_start
            out.append(Line(line.index, "", line.start, line.start))
            continue
        if carry and not line.blank:
            line, carry = replace(line, page_start=True), False
        out.append(line)
    return out
