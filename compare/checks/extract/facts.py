"""All the facts of one unit at once, and their comparison between two language versions.

:func:`extract_facts` runs the extractors in the order that keeps each digit in one fact:
references first, then dates outside document codes and articles (so "P9_TA(2021)0056" gives
no year 2021, while the date in an Official Journal citation is a date), then numbers
outside both. :func:`match_facts` pairs the facts of two versions by value.

Example:
    >>> de = extract_facts("am 4. und 5. Januar 2022 in mindestens 206 Fällen", "de")
    >>> en = extract_facts("on 4 and 5 January 2022 in at least 206 cases", "en")
    >>> match_facts(de, en).ok
    True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from compare.checks.extract.base import DateMention, NumberMention, RefMention
from compare.checks.extract.dates import extract_dates
from compare.checks.extract.numbers import extract_numbers
from compare.checks.extract.references import extract_references

M = TypeVar("M")


@dataclass(frozen=True)
class Facts:
    """The numbers, dates and references of one text, none sharing a digit."""

    numbers: tuple[NumberMention, ...]
    dates: tuple[DateMention, ...]
    references: tuple[RefMention, ...]


@dataclass(frozen=True)
class FactDiff:
    """What one version has that the other lacks, by kind of fact.

    ``*_pivot`` lists the pivot's facts without a counterpart in the other version, and
    ``*_other`` the other way round. A number written in words on one side only is in
    ``soft_numbers``: languages fold small numbers into words differently ("fortnight",
    Irish "coicís"), so it is worth a look but is not a divergence by itself.
    """

    numbers_pivot: tuple[NumberMention, ...] = ()
    numbers_other: tuple[NumberMention, ...] = ()
    dates_pivot: tuple[DateMention, ...] = ()
    dates_other: tuple[DateMention, ...] = ()
    references_pivot: tuple[RefMention, ...] = ()
    references_other: tuple[RefMention, ...] = ()
    soft_numbers: tuple[NumberMention, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every number, date and reference has its counterpart."""
        return not (
            self.numbers_pivot
            or self.numbers_other
            or self.dates_pivot
            or self.dates_other
            or self.references_pivot
            or self.references_other
        )


def extract_facts(text: str, lang: str) -> Facts:
    """References, dates and numbers of ``text``, each digit counted once.

    Args:
        text: the text of one unit.
        lang: an EU language code.

    Raises:
        InputError: when ``lang`` is not an EU language or ``text`` is not a string.
    """
    references = extract_references(text, lang)
    not_dates = [r.span for r in references if r.kind != "oj"]
    dates = extract_dates(text, lang, exclude_spans=not_dates)
    taken = [r.span for r in references] + [d.span for d in dates]
    numbers = extract_numbers(text, lang, exclude_spans=taken)
    return Facts(numbers=numbers, dates=dates, references=references)


def match_facts(pivot: Facts, other: Facts) -> FactDiff:
    """Pair the facts of two language versions by normalised value.

    Numbers match by value whatever their kind (an ordinal "18." matches "18th", a spelled
    "fünf" matches "5"); dates by (year, month, day); references by key.
    """
    num_a, num_b = _unmatched(pivot.numbers, other.numbers, lambda m: m.value)
    soft = tuple(m for m in (*num_a, *num_b) if m.spelled)
    if not [m for m in num_a if m.spelled] or not [m for m in num_b if m.spelled]:
        num_a = tuple(m for m in num_a if not m.spelled)
        num_b = tuple(m for m in num_b if not m.spelled)
    else:
        soft = ()
    dates_a, dates_b = _unmatched(pivot.dates, other.dates, lambda d: d.key)
    num_a, dates_b = _years_pair(num_a, dates_b)
    num_b, dates_a = _years_pair(num_b, dates_a)
    refs_a, refs_b = _unmatched(pivot.references, other.references, lambda r: r.key)
    return FactDiff(
        numbers_pivot=num_a,
        numbers_other=num_b,
        dates_pivot=dates_a,
        dates_other=dates_b,
        references_pivot=refs_a,
        references_other=refs_b,
        soft_numbers=soft,
    )


def _years_pair(
    numbers: tuple[NumberMention, ...], dates: tuple[DateMention, ...]
) -> tuple[tuple[NumberMention, ...], tuple[DateMention, ...]]:
    """A year read as a number on one side ("1960idí") and as a year on the other ("1960s")."""
    years = [d for d in dates if d.month is None and d.day is None]
    if not years or not numbers:
        return numbers, dates
    left_numbers, used = [], set()
    for number in numbers:
        match = next(
            (i for i, d in enumerate(years) if i not in used and d.year == number.value), None
        )
        if match is None or number.kind not in ("year", "cardinal"):
            left_numbers.append(number)
        else:
            used.add(match)
    paired = {id(years[i]) for i in used}
    return tuple(left_numbers), tuple(d for d in dates if id(d) not in paired)


def _unmatched(
    a: Sequence[M], b: Sequence[M], key: Callable[[M], Hashable]
) -> tuple[tuple[M, ...], tuple[M, ...]]:
    """Items of ``a`` and of ``b`` left over once equal keys are paired one to one."""
    count_a = Counter(key(x) for x in a)
    count_b = Counter(key(x) for x in b)
    left_a = count_a - count_b
    left_b = count_b - count_a
    return _take(a, left_a, key), _take(b, left_b, key)


def _take(items: Sequence[M], left: Counter, key: Callable[[M], Hashable]) -> tuple[M, ...]:
    """The last ``left[k]`` items of each key ``k``, in text order."""
    result: list[M] = []
    remaining = Counter(left)
    for item in reversed(items):
        k = key(item)
        if remaining[k] > 0:
            remaining[k] -= 1
            result.append(item)
    return tuple(reversed(result))
