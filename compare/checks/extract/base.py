"""Mention types shared by the extractors, and the checks every public function makes.

A *mention* is one fact found in a text: a number, a date, a reference or a name. Each
carries a normalised value that is comparable across languages and the character span of
its surface form in the text. Mentions compare (``==``, ``hash``) by their normalised value
only, never by span or surface, so that the same date found in the German and the Greek
version of a unit compares equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from compare.errors import InputError
from compare.types import EU_LANGUAGES

#: A (start, end) character span into the text a mention was found in.
Span = tuple[int, int]

P = TypeVar("P")

#: Kinds a :class:`NumberMention` may have.
NUMBER_KINDS: tuple[str, ...] = ("cardinal", "ordinal", "decimal", "percent", "year", "time")

#: Kinds a :class:`RefMention` may have.
REFERENCE_KINDS: tuple[str, ...] = ("article", "document", "act", "case", "oj")


@dataclass(frozen=True)
class NumberMention:
    """A number: ``value`` is an int, or a float when the text has a fractional part.

    Attributes:
        value: the number ("10 000" -> 10000, "1,5" in German -> 1.5, "155." -> 155).
        kind: one of :data:`NUMBER_KINDS`.
        span: where the number is in the text.
        surface: the text of the span.
        spelled: True when written in words ("zwei", "fünftägige", "dhá").
    """

    value: int | float
    kind: str
    span: Span = field(compare=False)
    surface: str = field(compare=False)
    spelled: bool = field(default=False, compare=False)

    @property
    def key(self) -> int | float:
        """The value alone: compare this when ordinal and cardinal may stand for each other."""
        return self.value


@dataclass(frozen=True)
class DateMention:
    """A calendar date, possibly partial ("January 2022" has no day, "2011" only a year).

    Two days sharing a month ("4 and 5 January 2022") are two mentions with the same span,
    the span of the whole expression.
    """

    year: int | None
    month: int | None
    day: int | None
    span: Span = field(compare=False)
    surface: str = field(compare=False)

    @property
    def key(self) -> tuple[int | None, int | None, int | None]:
        """(year, month, day), equal for equal dates in any language."""
        return (self.year, self.month, self.day)

    def isoformat(self) -> str:
        """``2022-01-05``, ``2022-01``, ``2011``, ``--01-05`` (no year) for display."""
        year = f"{self.year:04d}" if self.year is not None else "-"
        parts = [year]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class RefMention:
    """A reference: a legal provision, a document code or an Official Journal citation.

    ``key`` is comparable across languages, e.g. ``("article", "144", "5")`` for
    "Artikel 144 Absatz 5", "Rule 144(5)" and "144 artiklan 5 kohdan";
    ``("document", "P9_TA(2021)0056")``; ``("oj", "C", "23", "83")``.
    """

    kind: str
    key: tuple[str, ...]
    span: Span = field(compare=False)
    surface: str = field(compare=False)


@dataclass(frozen=True)
class NameMention:
    """A proper name (person, place, organisation) or an acronym; compares by ``key``.

    Attributes:
        text: the name as printed (hyphens and inner spaces kept).
        key: a transliteration-aware comparison key (see :func:`~.translit.name_key`).
        kind: "name" or "acronym".
        span: where the name is in the text.
        confirmed: True when a name from the other language version matched it.
    """

    text: str = field(compare=False)
    key: str
    kind: str = field(default="name", compare=False)
    span: Span = field(default=(0, 0), compare=False)
    confirmed: bool = field(default=False, compare=False)


def check_lang(lang: object) -> str:
    """The language code, lower-cased, or :class:`InputError` if it is not an EU language."""
    if not isinstance(lang, str) or lang.strip().lower() not in EU_LANGUAGES:
        raise InputError(
            f"unsupported language {lang!r}: give one of the 24 official EU language codes "
            f"({', '.join(EU_LANGUAGES)})"
        )
    return lang.strip().lower()


def check_text(text: object) -> str:
    """The text, or :class:`InputError` when it is not a string."""
    if not isinstance(text, str):
        raise InputError(
            f"expected the text of a unit as a str, got {type(text).__name__}: "
            "pass unit.text, not the unit or the document"
        )
    return text


def check_spans(spans: Iterable[Sequence[int]] | None) -> tuple[Span, ...]:
    """Validated (start, end) pairs, or :class:`InputError` naming the bad one."""
    result: list[Span] = []
    for span in spans or ():
        if (
            len(span) != 2
            or not all(isinstance(x, int) for x in span)
            or span[0] < 0
            or span[1] < span[0]
        ):
            raise InputError(
                f"bad span {span!r} in exclude_spans: give (start, end) pairs of offsets "
                "with 0 <= start <= end, e.g. the .span of date and reference mentions"
            )
        result.append((span[0], span[1]))
    return tuple(sorted(result))


def overlaps(span: Span, others: Sequence[Span]) -> bool:
    """Whether ``span`` shares at least one character with any of ``others``."""
    start, end = span
    return any(start < b and a < end for a, b in others)


def select_longest(candidates: Iterable[tuple[int, int, P]]) -> list[tuple[int, int, P]]:
    """Non-overlapping candidates, longest first, returned in text order.

    Each candidate is (start, end, payload); of two overlapping candidates the longer wins,
    and of two equally long the earlier one.
    """
    chosen: list[tuple[int, int, P]] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(cand[0] < b and a < cand[1] for a, b, _ in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def trie_regex(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, factored by common prefixes.

    A space in a word matches any run of white space ("Meán Fómhair").

    A flat alternation of hundreds of month or noun forms is tried branch by branch at
    every position; the factored form ("jan(?:uar(?:y|i)?)") fails after one character.

    Example:
        >>> trie_regex(["januar", "januari", "june"])
        'j(?:anuar(?:i)?|une)'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    ending = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ending:
        return f"(?:{body})?"
    return body
