"""The parsers' working objects: body lines where a unit may start, units being collected."""

from __future__ import annotations

from dataclasses import dataclass, field

from compare.segment.lines import Line


@dataclass
class Entry:
    """A non-blank body line and where it sits: may/must a unit start here?"""

    line: Line
    strong: bool  # a unit starts here (first line, after a blank line, one unit per line)
    weak: bool  # a unit may start here with the expected label (page start, no blank lines)
    previous: str  # the previous body line's text
    position: int = 0  # index in the entry list
    block_end: str = ""  # last line of the block a strong entry starts

    @property
    def text(self) -> str:
        return self.line.text


@dataclass
class Draft:
    """A unit being collected: its label and the pieces of source lines it spans."""

    kind: str
    label: str
    printed: str
    pieces: list[str] = field(default_factory=list)
    source_start: int = 0
    source_end: int = 0

    def add(self, text: str, start: int, end: int) -> None:
        if not self.pieces and not self.source_end:
            self.source_start = start
        if text:
            self.pieces.append(text)
        self.source_end = max(self.source_end, end)

    def add_entry(self, entry: Entry, skip: int = 0) -> None:
        """Add a body line, without its first ``skip`` characters (a printed label)."""
        line = entry.line
        self.add(line.text[skip:].strip(), line.start, line.end)

    @property
    def empty(self) -> bool:
        return not any(self.pieces)


def gap_warning(what: str, found: object, expected: object, entry: Entry) -> str:
    """The warning for a label out of sequence ("paragraph 3 at line 9 where 2 was ...")."""
    return (
        f"{what} {found} at line {entry.line.index + 1} where {expected} was expected: "
        "a unit may be missing or misnumbered"
    )
