"""Footnotes: their texts (at page feet or at the end) and the calls to them in the body.

PDF text prints footnote texts as lines "1 Angenommene Texte, P9_TA(2021)0056." at the foot
of a page, numbered 1..n through the document; the one-unit-per-line layout puts them at the
end as "(1) text" or "1 text". Calls are glued to the word, bracket, quote or year they
follow ("Kasachstan1", "14. März 20192" = 2019 + call 2, "(RSP)3", "Kazakhstan(1)", Polish
"2019 r.2" after the abbreviation of "rok"); they
run 1..n in order through the body, so only the next expected number is searched for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compare.segment.lines import Line
from compare.types import FootnoteMarker

#: A footnote text line: "1 text" or "(1) text".
FOOTNOTE_LINE = re.compile(r"^(?:\((?P<paren>\d{1,3})\)\s*|(?P<bare>\d{1,3})\s+)(?=\S)")
#: Lines that start a unit, so never continue a footnote.
_UNIT_START = re.compile(r"^(?:[–—\-•−]\s|\d{1,3}\.\s|[^\W\d_]{1,4}\.\s|\([^\W\d_]{1,5}\)\s)")
#: Years a call may be glued to ("20192" is 2019 and call 2).
YEAR_RANGE = range(1800, 2100)
#: Most footnote calls in a row that may be missing before the search gives up.
MAX_SKIPPED_CALLS = 5
#: Shortest all-capital word a bare-digit call may follow: "OSZE1" is a call, "CO2" and "G7"
#: are not.
MIN_CAPS_WORD = 4

_CLOSERS = frozenset(")]”“»«\"'’")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_PAREN_CALL = re.compile(r"\((\d{1,3})\)")
_DIGIT_RUN = re.compile(r"\d+")


@dataclass
class FootnoteDraft:
    """A footnote's text lines. ``skip`` characters of the first line are its number."""

    number: int
    printed: str
    lines: list[Line] = field(default_factory=list)
    skip: int = 0


def _footnote_start(line: Line, number: int) -> FootnoteDraft | None:
    match = FOOTNOTE_LINE.match(line.text)
    if not match:
        return None
    digits = match.group("paren") or match.group("bare")
    if int(digits) != number:
        return None
    printed = f"({digits})" if match.group("paren") else digits
    return FootnoteDraft(number=number, printed=printed, lines=[line], skip=match.end())


def page_footnotes(lines: list[Line], loose: bool = False) -> tuple[list[FootnoteDraft], set[int]]:
    """Footnote texts at the foot of pages of PDF text.

    A zone of footnote lines starts with footnote ``n`` (the next expected number) after a
    blank line (``loose``: or after a line ending in punctuation, for text without blank
    lines), holds footnotes ``n, n+1, ...`` and their wrapped continuation lines, and ends
    where the page ends (a page-start line, or the end of the text).

    Returns:
        The footnotes, and the indices of the lines they occupy (the blank lines around a
        zone included).
    """
    found: list[FootnoteDraft] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        zone = _zone_at(lines, i, len(found) + 1, loose)
        if zone is None:
            i += 1
            continue
        notes, end = zone
        found.extend(notes)
        first = i
        while first > 0 and lines[first - 1].blank:
            first -= 1
        while end < len(lines) and lines[end].blank:
            end += 1
        used.update(range(first, end))
        i = end
    return found, used


def _zone_at(
    lines: list[Line], i: int, number: int, loose: bool
) -> tuple[list[FootnoteDraft], int] | None:
    first = _footnote_start(lines[i], number)
    if first is None or not _may_open_zone(lines, i, loose):
        return None
    notes = [first]
    j = i + 1
    while j < len(lines) and not lines[j].blank and not lines[j].page_start:
        note = _footnote_start(lines[j], number + len(notes))
        if note is not None:
            notes.append(note)
        elif _UNIT_START.match(lines[j].text):
            return None
        else:
            notes[-1].lines.append(lines[j])
        j += 1
    k = j
    while k < len(lines) and lines[k].blank:
        k += 1
    if k < len(lines) and not lines[k].page_start:
        return None  # not at the foot of a page
    return notes, j


def _may_open_zone(lines: list[Line], i: int, loose: bool) -> bool:
    if i == 0:
        return False
    previous = lines[i - 1]
    if previous.blank:
        return True
    return loose and previous.text[-1] in ".;:,"


def tail_footnotes(lines: list[Line]) -> tuple[list[FootnoteDraft], set[int]]:
    """Footnote texts at the end of a one-unit-per-line text: "(1) text" or "1 text" lines
    numbered 1..n, each optionally followed by continuation lines."""
    content = [line for line in lines if not line.blank]
    for start in range(len(content) - 1, -1, -1):
        first = _footnote_start(content[start], 1)
        if first is None:
            continue
        notes = [first]
        for line in content[start + 1 :]:
            note = _footnote_start(line, len(notes) + 1)
            if note is not None:
                notes.append(note)
            elif _UNIT_START.match(line.text):
                break
            else:
                notes[-1].lines.append(line)
        else:
            return notes, {line.index for line in content[start:]}
    return [], set()


def detach_markers(
    texts: list[str], max_bare: int
) -> tuple[list[str], list[tuple[FootnoteMarker, ...]], list[int]]:
    """Find footnote calls 1, 2, ... in order through ``texts`` and take them out.

    Calls written "(N)" or in superscript digits are searched whatever ``max_bare``; calls
    written as bare digits glued to a word, bracket, quote or year only up to ``max_bare``
    (the number of footnote texts found), as bare digits are ambiguous. A number that cannot
    be found is skipped when one of the next :data:`MAX_SKIPPED_CALLS` can.

    Args:
        texts: the body units' texts, in document order.
        max_bare: the largest call number searched for as bare digits.

    Returns:
        The texts without the calls, the calls of each text (positions in the new text), and
        the numbers that were not found.

    Example:
        >>> new, calls, missing = detach_markers(["in Kasachstan1 und vom 14. März 20192,"], 2)
        >>> new[0], [(m.number, m.position) for m in calls[0]], missing
        ('in Kasachstan und vom 14. März 2019,', [(1, 13), (2, 35)], [])
    """
    out = list(texts)
    calls: list[list[FootnoteMarker]] = [[] for _ in texts]
    missing: list[int] = []
    cursor = (0, 0)
    number = 1
    while True:
        hit = _search(out, cursor, number, max_bare)
        if hit is None:
            window = range(number + 1, min(max_bare, number + MAX_SKIPPED_CALLS) + 1)
            later = next((n for n in window if _search(out, cursor, n, max_bare)), None)
            if later is None:
                if number <= max_bare:
                    missing.extend(range(number, max_bare + 1))
                break
            missing.extend(range(number, later))
            number = later
            continue
        unit, start, end = hit
        out[unit] = out[unit][:start] + out[unit][end:]
        calls[unit].append(FootnoteMarker(number=number, position=start))
        cursor = (unit, start)
        number += 1
    return out, [tuple(c) for c in calls], missing


def _search(
    texts: list[str], cursor: tuple[int, int], number: int, max_bare: int
) -> tuple[int, int, int] | None:
    unit, pos = cursor
    for index in range(unit, len(texts)):
        span = find_call(texts[index], number, pos if index == unit else 0, number <= max_bare)
        if span is not None:
            return index, span[0], span[1]
    return None


def find_call(text: str, number: int, pos: int = 0, bare: bool = True) -> tuple[int, int] | None:
    """The span of the first call to footnote ``number`` in ``text`` at or after ``pos``."""
    spans = [s for s in (_paren_call(text, number, pos), _superscript_call(text, number, pos)) if s]
    if bare:
        span = _bare_call(text, number, pos)
        if span:
            spans.append(span)
    return min(spans) if spans else None


def _glued(text: str, start: int) -> bool:
    """Whether a call starting at ``start`` is glued to a word, closing bracket/quote or year."""
    if start == 0:
        return False
    before = text[start - 1]
    if before in _CLOSERS:
        return True
    if before == "." and start >= 2:  # after an abbreviation or a year: "2019 r.2", "2019.2"
        return text[start - 2].islower() or _ends_with_year(text, start - 1)
    if before.isalpha():
        word = re.search(r"[^\W\d_]+$", text[:start])
        letters = word.group(0) if word else before
        return before.islower() or (letters.isupper() and len(letters) >= MIN_CAPS_WORD)
    return _ends_with_year(text, start)


def _ends_with_year(text: str, end: int) -> bool:
    if end < 4 or not text[end - 4 : end].isdigit() or int(text[end - 4 : end]) not in YEAR_RANGE:
        return False
    return end == 4 or not text[end - 5].isdigit()


def _free_after(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


def _paren_call(text: str, number: int, pos: int) -> tuple[int, int] | None:
    for match in _PAREN_CALL.finditer(text, pos):
        if int(match.group(1)) == number and _glued(text, match.start()):
            if _free_after(text, match.end()):
                return match.span()
    return None


def _superscript_call(text: str, number: int, pos: int) -> tuple[int, int] | None:
    for match in _SUPERSCRIPT_RUN.finditer(text, pos):
        if int(match.group(0).translate(_SUPERSCRIPTS)) == number and match.start() > 0:
            if not text[match.start() - 1].isspace():
                return match.span()
    return None


def _bare_call(text: str, number: int, pos: int) -> tuple[int, int] | None:
    digits = str(number)
    for match in _DIGIT_RUN.finditer(text, pos):
        run, start, end = match.group(0), match.start(), match.end()
        if not _free_after(text, end):
            continue
        if run == digits and _glued(text, start):
            return start, end
        year_glued = (
            len(run) == 4 + len(digits)
            and run.endswith(digits)
            and int(run[:4]) in YEAR_RANGE
            and (start == 0 or not text[start - 1].isdigit())
        )
        if year_glued:
            return end - len(digits), end
    return None
