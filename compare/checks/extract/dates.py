"""Dates in the 24 EU languages: full, partial, listed and numeric.

Month names come from CLDR through babel (format and stand-alone, wide and abbreviated),
completed with the case forms of :mod:`.lexicon_months`. Recognised shapes:

- day month year in each language's order and wording: "2. Januar 2022", "2 January 2022",
  "January 2, 2022", "2 de enero de 2022", "2 stycznia 2022 r.", "2 Ιανουαρίου 2022",
  "2022. január 2-án", "2022 m. sausio 2 d.", "2022. gada 2. janvārī";
- several days sharing a month: "4. und 5. Januar 2022" gives two dates;
- month and year ("Januar 2022", "2022. januári"), day and month ("5. Januar"), a year
  alone ("2011", "2011-ben", "2011 г.");
- numeric dates: "21.1.2021", "21/1/2021", "2021-01-21", "2021.1.21.", "2021 1 21" (lt).

Example:
    >>> [d.key for d in extract_dates("vom 2. und 3. Dezember 2021", "de")]
    [(2021, 12, 2), (2021, 12, 3)]
"""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from babel.dates import get_month_names

from compare.checks.extract import lexicon_months as lex
from compare.checks.extract.base import (
    DateMention,
    check_lang,
    check_spans,
    check_text,
    overlaps,
    select_longest,
    trie_regex,
)

logger = logging.getLogger(__name__)

_DIGIT = re.compile(r"\d")

#: Years accepted alone ("2011"): wider would take counts such as "2500 people" for years.
YEAR_ALONE = (1800, 2099)

#: Years accepted inside a full date.
YEAR_IN_DATE = (1000, 2999)


@dataclass(frozen=True)
class _Months:
    forms: dict[str, tuple[int, bool]]  # lower-case form -> (month, is abbreviation)
    wide: str  # regex alternation of the full forms
    any: str  # regex alternation of full and abbreviated forms


@dataclass(frozen=True)
class _Patterns:
    numeric: tuple[tuple[re.Pattern[str], str], ...]  # regex, group order ("dmy", "ymd")
    day_month: re.Pattern[str]
    month_day: re.Pattern[str] | None
    year_month_day: re.Pattern[str] | None
    year_month: re.Pattern[str] | None
    month_year: re.Pattern[str] | None
    year: re.Pattern[str]
    gap: re.Pattern[str]


def extract_dates(
    text: str, lang: str, *, exclude_spans: Iterable[Sequence[int]] = ()
) -> tuple[DateMention, ...]:
    """Dates in ``text`` written in language ``lang``, in text order.

    Args:
        text: the text of one unit.
        lang: an EU language code.
        exclude_spans: spans not to look into, e.g. those of document codes, whose digits
            ("P9_TA(2021)0056") are not years.

    Returns:
        One :class:`DateMention` per date; days listed with one month ("4 and 5 January
        2022") give one mention each, sharing the span of the whole expression.

    Raises:
        InputError: when ``lang`` is not an EU language or ``text`` is not a string.

    Example:
        >>> [d.key for d in extract_dates("2021. december 2-án és 3-án", "hu")]
        [(2021, 12, 2), (2021, 12, 3)]
    """
    text = check_text(text)
    lang = check_lang(lang)
    excluded = check_spans(exclude_spans)
    if not _DIGIT.search(text):
        return ()  # every date shape has digits; most paragraphs have none
    candidates = [c for c in _candidates(text, lang) if not overlaps((c[0], c[1]), excluded)]
    dates: list[DateMention] = []
    for start, end, found in select_longest(candidates):
        for year, month, day in found:
            dates.append(DateMention(year, month, day, (start, end), text[start:end]))
    return tuple(_inherit_years(text, lang, dates))


# --- patterns ---------------------------------------------------------------------------


@cache
def _months(lang: str) -> _Months:
    forms: dict[str, tuple[int, bool]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = get_month_names(width, context=context, locale=lang)
            for month, name in names.items():
                key = name.lower().rstrip(".")
                if width == "wide" or key not in forms:
                    forms[key] = (month, width == "abbreviated" and key not in forms)
    for month, extra in enumerate(lex.EXTRA_FORMS.get(lang, ()), start=1):
        for form in extra.split():
            forms[form.lower()] = (month, False)
    _add_generated(lang, forms)
    wide = [f for f, (_, abbr) in forms.items() if not abbr]
    return _Months(forms=forms, wide=_alternation(wide), any=_alternation(forms))


def _add_generated(lang: str, forms: dict[str, tuple[int, bool]]) -> None:
    """Case forms made by rule: Finnish, Hungarian and Estonian endings."""
    if lang == "et":
        for month, stem in enumerate(lex.ET_STEMS, start=1):
            for ending in lex.ET_ENDINGS:
                forms[stem + ending] = (month, False)
    elif lang in ("fi", "hu"):
        endings = lex.FI_ENDINGS if lang == "fi" else lex.HU_ENDINGS
        for form, (month, abbr) in list(forms.items()):
            if abbr or (lang == "fi" and not form.endswith("kuu")):
                continue
            for ending in endings:
                forms.setdefault(form + ending, (month, False))


def _alternation(forms: Iterable[str]) -> str:
    """The forms as one prefix-factored pattern, a full stop optional after each."""
    return f"(?:{trie_regex(forms)})\\.?"


@cache
def _patterns(lang: str) -> _Patterns:
    logger.debug("building date patterns for %s", lang)
    months = _months(lang)
    joiner = lex.DAY_JOINERS[lang]
    article = lex.DAY_ARTICLES.get(lang, "")
    suffix = lex.DAY_SUFFIXES.get(lang, "")
    day = r"\d{1,2}(?!\d)" + (f"(?:{suffix})?" if suffix else "")
    sep = rf"(?:\s*,\s*(?:(?:{joiner})\s+)?|\s+(?:{joiner})\s+|\s*[-–]\s*)"
    days = rf"(?P<days>(?<![\d.,/]){day}(?:{sep}(?:{article})?{day})*)"
    year_suffix = lex.YEAR_SUFFIXES.get(lang, "")
    year = r"(?P<year>\d{4})(?!\d)" + (f"(?:{year_suffix})?" if year_suffix else "")
    to_month = lex.DAY_MONTH_FILLERS.get(lang, r"\s*") + r"|\s*"
    to_year = lex.MONTH_YEAR_FILLERS.get(lang, "")
    month_to_year = rf"(?:{to_year}|,?\s+)" if to_year else r",?\s+"
    word_end = r"(?![^\W\d_])"
    flags = re.IGNORECASE
    month_any = rf"(?P<month>{months.any}){word_end}"
    month_wide = rf"(?P<month>{months.wide}){word_end}"
    ymd_join = lex.YMD_YEAR_JOIN.get(lang)
    return _Patterns(
        numeric=_numeric_patterns(lang),
        day_month=re.compile(
            rf"{days}(?:{to_month}){month_any}"
            + ("" if ymd_join and lang != "et" else rf"(?:{month_to_year}{year})?"),
            flags,
        ),
        month_day=_month_day(lang, days, month_wide, year),
        year_month_day=_year_month_day(lang, days, month_wide, ymd_join),
        year_month=re.compile(
            rf"(?<![\d.])(?P<year>\d{{4}}){ymd_join}{month_wide}"
            + (r"(?:\s+mėn\.)?" if lang == "lt" else ""),
            flags,
        )
        if ymd_join
        else None,
        month_year=None
        if ymd_join and lang != "et"
        else re.compile(rf"(?<![^\W\d_]){month_wide}{month_to_year}{year}", flags),
        year=re.compile(
            r"(?<![\w/.,])(?P<year>1[89]\d\d|20\d\d)"
            + (f"(?:{year_suffix}|-[^\\W\\d_]+)?" if year_suffix else r"(?:-[^\W\d_]+)?")
            + (r"(?:['’]?s)?" if lang == "en" else "")  # "the 1960s": the decade's first year
            + r"(?![\w/]|[.,]\d|\)\d)"
        ),
        gap=re.compile(rf"^(?:\s*,)?\s*(?:(?:{joiner})\s+)?(?:{article})?\s*$|^\s*[-–]\s*$"),
    )


def _month_day(lang: str, days: str, month: str, year: str) -> re.Pattern[str] | None:
    """Month first: "January 2, 2022" (en), "január 5-én" (hu), "sausio 5 d." (lt),
    "tammikuun 21. päivänä" (fi)."""
    if lang == "en":
        tail = rf"(?:,?\s+{year})?"
    elif lang == "fi":  # "tammikuun 21. päivänä"
        tail = r"(?:\s+päivä[^\W\d_]*)?"
    elif lang == "lt":
        tail = r"\s?d\."
    elif lang == "hu":
        tail = ""
    else:
        return None
    return re.compile(rf"(?<![^\W\d_]){month}\s+{days}{tail}", re.IGNORECASE)


def _year_month_day(lang: str, days: str, month: str, join: str | None) -> re.Pattern[str] | None:
    """Year first: "2022. január 2-án" (hu), "2022 m. sausio 2 d." (lt), "2022. gada 2. janvārī"."""
    if join is None or lang == "et":
        return None
    year = r"(?<![\d.])(?P<year>\d{4})"
    if lang == "lv":
        return re.compile(rf"{year}{join}{days}\s+{month}", re.IGNORECASE)
    tail = r"\s?d\." if lang == "lt" else ""
    return re.compile(rf"{year}{join}{month}\s+{days}{tail}", re.IGNORECASE)


def _numeric_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    suffix = lex.YEAR_SUFFIXES.get(lang, "")
    tail = (f"(?:{suffix})?" if suffix else "") + r"(?!\d)"
    patterns = [
        (rf"(?<![\d.,/])(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?(\d{{4}}){tail}", "dmy"),
        (rf"(?<![\d.,/])(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}){tail}", "dmy"),
        (r"(?<![\d.,/-])(\d{4})-(\d{2})-(\d{2})(?![\d-])", "ymd"),
        (r"(?<![\d.,/])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.(?!\d)", "ymd"),
    ]
    if lang == "lt":
        patterns.append((r"(?<![\d.,/])(\d{4}) (\d{1,2}) (\d{1,2})(?!\d|[.,]\d)", "ymd"))
    return tuple((re.compile(p), order) for p, order in patterns)


# --- matching ---------------------------------------------------------------------------


Date = tuple[int | None, int | None, int | None]


def _candidates(text: str, lang: str) -> list[tuple[int, int, tuple[Date, ...]]]:
    pats = _patterns(lang)
    found: list[tuple[int, int, tuple[Date, ...]]] = []
    for regex, order in pats.numeric:
        for m in regex.finditer(text):
            a, b, c = (int(g) for g in m.groups())
            date = (c, b, a) if order == "dmy" else (a, b, c)
            if _valid(*date):
                found.append((m.start(), m.end(), (date,)))
    day_regexes = (pats.day_month, pats.month_day, pats.year_month_day)
    found.extend(m for r in day_regexes if r is not None for m in _day_matches(text, lang, r))
    month_regexes = (pats.year_month, pats.month_year)
    found.extend(m for r in month_regexes if r is not None for m in _month_matches(text, lang, r))
    for m in pats.year.finditer(text):
        year = int(m.group("year"))
        if YEAR_ALONE[0] <= year <= YEAR_ALONE[1]:
            found.append((m.start(), m.end(), ((year, None, None),)))
    return found


def _day_matches(
    text: str, lang: str, regex: re.Pattern[str]
) -> Iterable[tuple[int, int, tuple[Date, ...]]]:
    months = _months(lang)
    for m in regex.finditer(text):
        month_word = m.group("month")
        month, abbreviated = months.forms[_month_key(month_word)]
        year = int(m.group("year")) if m.groupdict().get("year") else None
        if not _month_ok(lang, month_word, abbreviated, year):
            continue
        days = [int(d) for d in re.findall(r"\d{1,2}", m.group("days"))]
        dates = tuple((year, month, d) for d in days)
        if dates and all(_valid(*d) for d in dates):
            yield (m.start(), m.end(), dates)


def _month_matches(
    text: str, lang: str, regex: re.Pattern[str]
) -> Iterable[tuple[int, int, tuple[Date, ...]]]:
    months = _months(lang)
    for m in regex.finditer(text):
        month_word = m.group("month")
        month, abbreviated = months.forms[_month_key(month_word)]
        year = int(m.group("year"))
        if _month_ok(lang, month_word, abbreviated, year) and _valid(year, month, None):
            yield (m.start(), m.end(), ((year, month, None),))


def _month_key(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower().rstrip("."))


def _month_ok(lang: str, word: str, abbreviated: bool, year: int | None) -> bool:
    """Reject "may" (modal), "mai" (Romanian "more") and bare abbreviations without a year."""
    if lang in lex.CAPITALISED and not word[:1].isupper():
        return False
    if year is None and (abbreviated or _month_key(word) in lex.AMBIGUOUS.get(lang, ())):
        return False
    return True


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is not None and not YEAR_IN_DATE[0] <= year <= YEAR_IN_DATE[1]:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if not 1 <= day <= 31:
        return False
    if year is not None and month is not None:
        try:
            datetime.date(year, month, day)
        except ValueError:
            return False
    return True


def _inherit_years(text: str, lang: str, dates: list[DateMention]) -> list[DateMention]:
    """'4 January and 5 February 2022': the first date takes the year of the second."""
    gap = _patterns(lang).gap
    result = list(dates)
    for i in range(len(result) - 2, -1, -1):
        date, nxt = result[i], result[i + 1]
        if date.year is not None or date.month is None or nxt.year is None:
            continue
        if date.span == nxt.span or gap.match(text[date.span[1] : nxt.span[0]]):
            result[i] = DateMention(nxt.year, date.month, date.day, date.span, date.surface)
    return result
