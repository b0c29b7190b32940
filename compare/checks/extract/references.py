"""References: legal provisions, document codes and Official Journal citations.

Keys compare across languages:

- articles and rules: ``("article", "144", "5")`` for "Artikel 144 Absatz 5", "Rule 144(5)",
  "article 144, paragraphe 5", "čl. 144 odst. 5", "144 artiklan 5 kohdan"; a list
  ("Articles 21, 24, 29 and 31") gives one reference per number;
- document codes, as printed with spaces normalised: ``("document", "P9_TA(2021)0056")``,
  ``("document", "2022/2505(RSP)")``, ``("document", "COM(2021) 123")`` (a trailing
  "final" in any language is dropped);
- legal acts by number: ``("act", "2020/1998")`` for "(EU) 2020/1998", "(UE) 2020/1998";
- Court cases: ``("case", "C-123/20")``;
- the Official Journal: ``("oj", "C", "23", "83")`` for "ABl. C 23 vom 21.1.2021, S. 83",
  "OJ C 23, 21.1.2021, p. 83", "HL C 23., 2021.1.21., 83. o.".

Example:
    >>> [r.key for r in extract_references("gestützt auf Artikel 144 Absatz 5", "de")]
    [('article', '144', '5')]
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from compare.checks.extract import lexicon_references as lex
from compare.checks.extract.base import (
    RefMention,
    check_lang,
    check_text,
    select_longest,
)

logger = logging.getLogger(__name__)

_DIGIT = re.compile(r"\d")

#: How far after an Official Journal number its page may be ("C 23 vom 21.1.2021, S. 83").
OJ_PAGE_WINDOW = 45

_CYRILLIC_SERIES = str.maketrans({"С": "C", "Л": "L", "Е": "E", "А": "A"})

_DOCUMENTS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![\w])P\d{1,2}_TA(?:-PROV)?\s?\(\d{4}\)\s?\d{4}(?!\d)"),
    re.compile(r"(?<![\w/])\d{4}/\d{4}\s?\([A-Z]{3}\)"),
    re.compile(
        rf"(?<![\w])(?:COM|SEC|SWD|JOIN|KOM|C)\s?\(\d{{4}}\)\s?\d{{1,5}}(?!\d)"
        rf"(?P<final>\s+(?:{lex.FINAL_WORDS})(?![^\W\d_]))?"
    ),
    re.compile(r"(?<![\w])[ABO]\d{1,2}-\d{4}/\d{4}(?!\d)"),
)
_ACT = re.compile(
    rf"\((?P<series>[^\W\d_]{{2,8}})\)\s?(?:(?:{lex.ACT_NUMBER_WORDS})\s?)?"
    r"(?P<num>\d{1,4}/\d{1,4})(?![\d/(])"
)
_ACT_SUFFIXED = re.compile(r"(?<![\w/])(?P<num>\d{2,4}/\d{1,4})/(?:[^\W\d_]{2,8})(?![^\W\d_])")
_CASE = re.compile(r"(?<![\w])(?P<num>[CTF]-\d{1,4}/\d{2})(?!\d)")
_OJ = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(lex.OJ_ABBREVIATIONS)})\s*"
    r"(?P<series>[A-ZСЛЕА])\s+(?P<num>\d{1,4})\.?(?:\s?(?P<ed>[A-ZЕА])(?![^\W\d_]))?"
)
_OJ_PAGE = re.compile(
    rf"(?<![^\W\d_])(?:{lex.PAGE_BEFORE})\s?(?P<page>\d+)(?!\d)"
    rf"|(?<![\d.])(?P<page2>\d+)\.?\s(?:{lex.PAGE_AFTER})"
)


# A candidate: start, end and the references it stands for (several for a listed article).
_Candidate = tuple[int, int, list[RefMention]]


@dataclass(frozen=True)
class _ArticlePatterns:
    prefix: re.Pattern[str] | None
    postfix: re.Pattern[str] | None
    item: re.Pattern[str]


def extract_references(text: str, lang: str) -> tuple[RefMention, ...]:
    """References in ``text`` written in language ``lang``, in text order.

    Args:
        text: the text of one unit.
        lang: an EU language code.

    Returns:
        The reference mentions; a listed article gives one mention per number, each with
        the span of its own number (the first also covers the word "Article").

    Raises:
        InputError: when ``lang`` is not an EU language or ``text`` is not a string.

    Example:
        >>> [r.key for r in extract_references("Articles 21, 24 and 31 TEU", "en")]
        [('article', '21'), ('article', '24'), ('article', '31')]
    """
    text = check_text(text)
    lang = check_lang(lang)
    if not _DIGIT.search(text) and not (lang == "fr" and _ARTICLE_PREMIER.search(text)):
        return ()  # every reference has a number, but for "Article premier"
    candidates: list[_Candidate] = []
    candidates.extend(_document_refs(text))
    candidates.extend(_oj_refs(text))
    candidates.extend(_article_refs(text, lang))
    mentions: list[RefMention] = []
    for _, _, found in select_longest(candidates):
        mentions.extend(found)
    return tuple(mentions)


# --- documents, acts, cases, Official Journal ---------------------------------------------


def _squeeze(code: str) -> str:
    """Spaces normalised: none inside brackets or around '/', one before a number."""
    code = re.sub(r"\s+", " ", code.strip())
    code = re.sub(r"\s*([()/])\s*", r"\1", code)
    return re.sub(r"\)(\d)", r") \1", code) if code.startswith(("COM", "SEC", "SWD")) else code


def _one(kind: str, key: tuple[str, ...], text: str, start: int, end: int) -> _Candidate:
    return (start, end, [RefMention(kind, key, (start, end), text[start:end])])


def _document_refs(text: str) -> Iterable[_Candidate]:
    for regex in _DOCUMENTS:
        for m in regex.finditer(text):
            end = m.start("final") if "final" in regex.groupindex and m.group("final") else m.end()
            code = _squeeze(text[m.start() : end])
            yield _one("document", ("document", code), text, m.start(), m.end())
    for regex in (_ACT, _ACT_SUFFIXED):
        for m in regex.finditer(text):
            yield _one("act", ("act", m.group("num")), text, m.start(), m.end())
    for m in _CASE.finditer(text):
        yield _one("case", ("case", m.group("num")), text, m.start(), m.end())


def _oj_refs(text: str) -> Iterable[_Candidate]:
    for m in _OJ.finditer(text):
        series = m.group("series").translate(_CYRILLIC_SERIES)
        number = m.group("num") + (m.group("ed") or "").translate(_CYRILLIC_SERIES)
        window = text[m.end() : m.end() + OJ_PAGE_WINDOW].split(";")[0].split("\n")[0]
        page = _OJ_PAGE.search(window)
        end = m.end()
        key: tuple[str, ...] = ("oj", series, number)
        if page:
            key += (page.group("page") or page.group("page2"),)
            end = m.end() + page.end()
        yield _one("oj", key, text, m.start(), end)


# --- articles ---------------------------------------------------------------------------


@cache
def _article_patterns(lang: str) -> _ArticlePatterns:
    logger.debug("building article patterns for %s", lang)
    art = lex.ARTICLE_WORDS[lang]
    par = lex.PARAGRAPH_WORDS[lang]
    suffix = lex.NUMBER_SUFFIXES.get(lang, "")
    num = r"\d{1,4}(?:[a-z](?![^\W\d_]))?(?!\d)(?![ \u00a0\u202f]\d{3}(?!\d))" + (
        f"(?:{suffix})?" if suffix else ""
    )
    joiner = lex.LIST_JOINERS[lang]
    sep = rf"(?:\s*,\s*(?:(?:{joiner})\s+)?|\s+(?:{joiner})\s+)"
    flags = re.IGNORECASE
    item = re.compile(rf"(?P<n>{num}){_paragraph(lang, par, named=True)}", flags)
    clause = num + _paragraph(lang, par, named=False)
    prefix = None
    if lang not in lex.NUMBER_FIRST:
        prefix = re.compile(
            rf"(?<![^\W\d_])(?:{art})\s*(?P<body>{clause}(?:{sep}{clause})*)", flags
        )
    postfix = None
    if lang in lex.NUMBER_FIRST:
        postfix = re.compile(
            rf"(?<![\d.,/])(?P<body>{num}(?:{sep}{num})*)\s+(?:{art})(?![^\W\d_])"
            rf"(?:\s+\(?(?P<par>\d{{1,3}}[a-z]?)\)?\.?\s+(?:{par})(?![^\W\d_]))?",
            flags,
        )
    return _ArticlePatterns(prefix=prefix, postfix=postfix, item=item)


def _paragraph(lang: str, par: str, *, named: bool) -> str:
    """An optional paragraph after an article number: "(5)", ", Absatz 5", ".5" (sv)."""

    def group(name: str) -> str:
        return f"?P<{name}>" if named else "?:"

    alternatives = [
        rf"\s?\(({group('p1')}\d{{1,3}}[a-z]?)\)",
        rf",?\s+(?:{par})\s+\(?({group('p2')}\d{{1,3}}[a-z]?)\)?\.?",
    ]
    if lang == "sv":
        alternatives.append(rf"\.({group('p3')}\d{{1,3}})(?!\d)")
    return "(?:" + "|".join(alternatives) + ")?"


def _article_refs(text: str, lang: str) -> Iterable[_Candidate]:
    pats = _article_patterns(lang)
    if pats.prefix is not None:
        for m in pats.prefix.finditer(text):
            yield (m.start(), m.end(), list(_prefix_items(text, m, pats.item)))
    if pats.postfix is not None:
        for m in pats.postfix.finditer(text):
            yield (m.start(), m.end(), list(_postfix_items(text, m, pats.item)))
    if lang == "fr":  # the first article of a French act is "Article premier"
        for m in _ARTICLE_PREMIER.finditer(text):
            key: tuple[str, ...] = ("article", "1", *([m.group(1)] if m.group(1) else []))
            yield (m.start(), m.end(), [RefMention("article", key, m.span(), m.group())])


_ARTICLE_PREMIER = re.compile(
    r"(?<![^\W\d_])article\s+premier(?![^\W\d_])(?:,?\s+paragraphe\s+(\d{1,3}))?",
    re.IGNORECASE,
)


def _number(raw: str) -> str:
    """The number of a printed article number: "4.º" -> "4", "1er" (French) -> "1"."""
    return re.sub(r"(?<=\d)er$", "", re.sub(r"[.º°\s]", "", raw).lower())


def _prefix_items(text: str, m: re.Match[str], item: re.Pattern[str]) -> Iterable[RefMention]:
    body_start = m.start("body")
    first = True
    for it in item.finditer(text, body_start, m.end("body")):
        key: tuple[str, ...] = ("article", _number(it.group("n")))
        par = it.groupdict().get("p1") or it.groupdict().get("p2") or it.groupdict().get("p3")
        if par:
            key += (_number(par),)
        start = m.start() if first else it.start()
        first = False
        yield RefMention("article", key, (start, it.end()), text[start : it.end()])


def _postfix_items(text: str, m: re.Match[str], item: re.Pattern[str]) -> Iterable[RefMention]:
    numbers = list(re.finditer(r"\d{1,4}(?:[a-z](?![^\W\d_]))?", m.group("body")))
    offset = m.start("body")
    for i, n in enumerate(numbers):
        key: tuple[str, ...] = ("article", _number(n.group()))
        start, end = offset + n.start(), offset + n.end()
        if i == len(numbers) - 1:
            end = m.end()
            if m.group("par"):
                key += (_number(m.group("par")),)
        yield RefMention("article", key, (start, end), text[start:end])
