"""Rule-based sentence splitting for the 24 official EU languages.

A sentence ends after ``.``, ``!``, ``?`` or ``…`` (and any closing quotes or brackets right
after them) when whitespace and a sentence-initial character follow: a capital letter in any
script, an opening quote or bracket before one, or, with care, a digit. A blank line always
ends a sentence. ``;`` never does: EU recitals and paragraphs chain their clauses with it.

The full stop is the hard case. It does not end a sentence after

* an abbreviation of the language (:mod:`compare.segment.abbreviations`): "Art. 3 Abs. 5",
  "z. B. Kinder", "Dr. Smith", "ABl. C 23", "S. 83";
* an initial ("J. Smith") or a dotted acronym before an ordinary word ("U.S. Senate");
* an ordinal number in a language that writes ordinals with a full stop ("am 2. Januar",
  "die 18. Sitzung", "155. Stelle", "2021. február"), unless a word that typically begins a
  sentence follows ("... bei 225. Die Regierung ...");
* inside quotes or brackets that close again within :attr:`SentenceSplitter.MAX_QUOTED_CHARS`
  characters, so that a quoted sentence stays inside the sentence that quotes it.

Dates, decimals and codes ("21.1.2021", "3.5", "P9_TA(2021)0056", "Bostandıq.kz") hold no
whitespace after their inner full stops and are never split.

Example:
    >>> text = "Es gilt Art. 3 Abs. 5 seit dem 2. Januar. Die Kommission prüft das."
    >>> [text[a:b] for a, b in split_sentences(text, "de")]
    ['Es gilt Art. 3 Abs. 5 seit dem 2. Januar.', 'Die Kommission prüft das.']
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from compare.errors import InputError
from compare.segment import abbreviations as data
from compare.types import EU_LANGUAGES

logger = logging.getLogger(__name__)

#: A sentence as (start, end) character offsets into the text it was found in.
Span = tuple[int, int]

# What follows a candidate sentence end, once whitespace and opening quotes are skipped.
_UPPER, _DIGIT, _OTHER = "upper", "digit", "other"

_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
_NUMERIC_GROUPS = re.compile(r"\d+(?:[.,/:-]\d+)+")
_ROMAN = re.compile(r"[IVXLCDM]{2,}")
_DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# What may follow a one-letter word that _next_start reports with its next character.
_AFTER_LETTER = ",;:)"
# Token kinds that, alone at the start of a line, are list labels ("1.", "IV.", "B.").
_LABEL_CATEGORIES = ("number", "roman", "initial")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# An elided or hyphenated article before a word: "l'", "dell'", "d’", Maltese "l-", "tal-".
_ELISION = re.compile(r"^[^\W\d_]{1,5}['’-]")


def normalise_language(lang: str) -> str:
    """Check and normalise a language code to one of :data:`compare.types.EU_LANGUAGES`.

    Args:
        lang: an ISO 639-1 code, in any case ("de", "DE").

    Returns:
        The lower-case code.

    Raises:
        InputError: if ``lang`` is not the code of an official EU language.
    """
    code = lang.strip().lower() if isinstance(lang, str) else ""
    if code not in EU_LANGUAGES:
        raise InputError(
            f"unknown language code {lang!r}: use the ISO 639-1 code of one of the 24 official "
            f"EU languages ({', '.join(EU_LANGUAGES)})"
        )
    return code


@cache
def month_names(lang: str) -> frozenset[str]:
    """The month names of ``lang`` (nominative and genitive forms), case-folded.

    Multi-word names ("Meán Fómhair") contribute each of their words. Taken from the
    Unicode CLDR through Babel; empty, with a warning, if Babel is not installed.
    """
    try:
        from babel.dates import get_month_names
    except ImportError:  # pragma: no cover - babel is a declared dependency
        logger.warning("babel is not installed (pip install babel): month names unknown")
        return frozenset()
    names: set[str] = set()
    for context in ("format", "stand-alone"):
        for name in get_month_names("wide", context, locale=lang).values():
            names.update(part.casefold() for part in name.split())
    return frozenset(names)


@dataclass(frozen=True)
class LanguageRules:
    """The language data one :class:`SentenceSplitter` uses.

    Abbreviations are written as in :mod:`compare.segment.abbreviations`: with their final
    full stop and without internal spaces ("z.B." stands for "z. B." too).

    Attributes:
        lang: the ISO 639-1 code.
        abbreviations: never end a sentence ("Art.", "z.B.").
        final_abbreviations: end a sentence before a capital letter ("etc.", "usw.").
        ambiguous_abbreviations: end a sentence only before a sentence starter ("г.", "r.").
        starters: words that often begin a sentence, capitalised ("Die", "The").
        pages: "page" abbreviations; the number after one is a cardinal ("S. 83.").
        months: case-folded month names; a number before one is an ordinal or a day.
        ordinal_dots: the language writes ordinal numbers with a full stop.
        year_dots: the language writes years with an ordinal full stop too.
        capitals_after_ordinals: capitalised words often follow an ordinal ("die
            18. Sitzung", Croatian "stavka 5. Ugovora").
    """

    lang: str
    abbreviations: frozenset[str]
    final_abbreviations: frozenset[str]
    ambiguous_abbreviations: frozenset[str]
    starters: frozenset[str]
    pages: frozenset[str]
    months: frozenset[str]
    ordinal_dots: bool
    year_dots: bool
    capitals_after_ordinals: bool

    @classmethod
    def for_language(cls, lang: str) -> LanguageRules:
        """The rules for ``lang`` from the data in :mod:`compare.segment.abbreviations`."""
        code = normalise_language(lang)
        return cls(
            lang=code,
            abbreviations=data.ABBREVIATIONS[code],
            final_abbreviations=data.FINAL_ABBREVIATIONS[code],
            ambiguous_abbreviations=data.AMBIGUOUS_ABBREVIATIONS[code],
            starters=data.SENTENCE_STARTERS[code],
            pages=data.PAGE_ABBREVIATIONS[code],
            months=month_names(code),
            ordinal_dots=code in data.ORDINAL_DOT_LANGUAGES,
            year_dots=code in data.YEAR_DOT_LANGUAGES,
            capitals_after_ordinals=code in data.CAPITALS_AFTER_ORDINALS_LANGUAGES,
        )

    def extended(
        self,
        *,
        abbreviations: Iterable[str] = (),
        final_abbreviations: Iterable[str] = (),
        ambiguous_abbreviations: Iterable[str] = (),
        starters: Iterable[str] = (),
    ) -> LanguageRules:
        """A copy with more entries; abbreviations may be written with spaces ("z. B.").

        Example:
            >>> rules = LanguageRules.for_language("en").extended(abbreviations=["Annex."])
            >>> "Annex." in rules.abbreviations
            True
        """

        def joined(entries: Iterable[str]) -> frozenset[str]:
            return frozenset("".join(entry.split()) for entry in entries)

        return replace(
            self,
            abbreviations=self.abbreviations | joined(abbreviations),
            final_abbreviations=self.final_abbreviations | joined(final_abbreviations),
            ambiguous_abbreviations=self.ambiguous_abbreviations | joined(ambiguous_abbreviations),
            starters=self.starters | frozenset(starters),
        )


class SentenceSplitter:
    """Splits the text of one language into sentence spans.

    The class constants hold the language-independent rules; :class:`LanguageRules` holds
    the per-language data. Subclass or pass extended rules to adapt either.

    Example:
        >>> splitter = SentenceSplitter("en")
        >>> splitter.split("See Rule 144(5). It applies.")
        [(0, 16), (17, 28)]
    """

    #: Characters that may end a sentence (never ";": EU texts chain clauses with it).
    TERMINATORS: str = ".!?…‼⁇⁈⁉‽"
    #: Closing quotes and brackets that belong to the sentence they follow.
    CLOSERS: str = "\"'”’“‘»«›‹)]}"
    #: Opening quotes and brackets that may begin a sentence.
    OPENERS: str = "\"'“„‘‚«»‹›([{¿¡"
    #: Each opening quote or bracket and the characters that close it (German „…“, English
    #: “…”, French «…», German and Danish »…«, Swedish and Finnish ”…” and »…»; ASCII '
    #: only where it reads as a quote, not an apostrophe, see :func:`_apostrophe_role`).
    QUOTE_PAIRS: dict[str, str] = {
        "„": "“”",
        "“": "”",
        "‚": "‘’",
        "‘": "’",
        "«": "»",
        "»": "«»",
        "‹": "›",
        "›": "‹›",
        "”": "”",
        '"': '"',
        "'": "'",
        "(": ")",
        "[": "]",
        "{": "}",
    }
    #: Quotes and brackets longer than this are taken as unbalanced and do not hold
    #: sentence ends inside them.
    MAX_QUOTED_CHARS: int = 600
    #: Only this many quotes and brackets are kept open at once (the oldest is dropped), so
    #: that unbalanced text costs linear time.
    MAX_QUOTE_DEPTH: int = 8
    #: Whether a blank line always ends a sentence (units of a Document are joined by one).
    SPLIT_AT_BLANK_LINES: bool = True
    #: Irish mutations that put a lower-case letter before a capital at the start of a
    #: word ("tAontas", "mBaile", "hÉireann", "bhFrainc").
    IRISH_PREFIX = re.compile(r"(?:bh|ts|[ntmhbgd])(?=[A-ZÁÉÍÓÚ])")

    def __init__(self, lang: str, rules: LanguageRules | None = None) -> None:
        self.lang = normalise_language(lang)
        self.rules = rules if rules is not None else LanguageRules.for_language(self.lang)
        terminators = "".join(map(re.escape, self.TERMINATORS))
        closers = "".join(map(re.escape, self.CLOSERS))
        self._candidate = re.compile(f"[{terminators}]+[{closers}]*(?=\\s)")
        self._closers = frozenset("".join(self.QUOTE_PAIRS.values()))
        quote_chars = set(self.QUOTE_PAIRS) | self._closers
        escaped = "".join(map(re.escape, sorted(quote_chars)))
        self._quote_or_blank = re.compile(f"{_BLANK_LINE.pattern}|[{escaped}]")

    def split(self, text: str) -> list[Span]:
        """Sentence spans of ``text``: stripped, in order, covering every non-space character.

        Args:
            text: any text of the splitter's language; line breaks count as spaces.

        Returns:
            (start, end) offsets into ``text``, one pair per sentence.
        """
        quoted = self._quoted_mask(text)
        cuts = [
            match.end()
            for match in self._candidate.finditer(text)
            if not quoted[match.end()] and self._is_boundary(text, match)
        ]
        if self.SPLIT_AT_BLANK_LINES:
            cuts.extend(match.start() for match in _BLANK_LINE.finditer(text))
        spans = _spans_between(text, sorted(set(cuts)))
        logger.debug("split %d characters (%s) into %d sentences", len(text), self.lang, len(spans))
        return spans

    def _quoted_mask(self, text: str) -> bytearray:
        """A flag per offset: 1 where an offset lies inside a balanced quote or bracket."""
        mask = bytearray(len(text) + 1)
        stack: list[tuple[str, int]] = []
        for match in self._quote_or_blank.finditer(text):
            char, pos = match.group(), match.start()
            if char[0] == "\n":
                stack.clear()
                continue
            role = _apostrophe_role(text, pos) if char == "'" else "either"
            if role == "apostrophe":
                continue
            closed = (
                role != "open" and char in self._closers and self._close(stack, char, pos, mask)
            )
            if not closed and role != "close" and char in self.QUOTE_PAIRS:
                if len(stack) >= self.MAX_QUOTE_DEPTH:
                    del stack[0]
                stack.append((char, pos))
        return mask

    def _close(self, stack: list[tuple[str, int]], char: str, pos: int, mask: bytearray) -> bool:
        """Close the innermost open quote that ``char`` closes, marking its inside in ``mask``."""
        for depth in range(len(stack) - 1, -1, -1):
            opener, start = stack[depth]
            if char in self.QUOTE_PAIRS[opener]:
                del stack[depth:]
                if pos - start <= self.MAX_QUOTED_CHARS:
                    mask[start + 1 : pos + 1] = b"\x01" * (pos - start)
                return True
        return False

    def _is_boundary(self, text: str, match: re.Match[str]) -> bool:
        """Whether the terminator run in ``match`` ends a sentence."""
        term_start = match.start()
        term = text[term_start : term_start + len(match.group().rstrip(self.CLOSERS))]
        if term_start > 0 and text[term_start - 1] in "([":
            return False  # "(...)", "[…]", "(?)": an inline mark, not a sentence end
        kind, word = self._next_start(text, match.end())
        if kind == _OTHER:
            return False
        if term != ".":
            return True  # "!", "?", "…", "...", "?!"
        return self._full_stop_ends_sentence(text, term_start, kind, word)

    def _next_start(self, text: str, pos: int) -> tuple[str, str]:
        """Classify what begins after the whitespace at ``pos``, and its first word (a
        single letter with the punctuation after it, if any: "E,")."""
        while pos < len(text) and text[pos].isspace():
            pos += 1
        start = pos
        while pos < len(text) and text[pos] in self.OPENERS:
            pos += 1
        if pos >= len(text):
            return _OTHER, ""
        found = _WORD.match(text, pos)
        word = found.group() if found else ""
        if len(word) == 1 and text[pos + 1 : pos + 2] in _AFTER_LETTER:
            word = text[pos : pos + 2]
        char = text[pos]
        if char.isdigit():
            bracketed = pos > start and text[pos - 1] in "(["
            return (_OTHER if bracketed else _DIGIT), ""
        if char.isupper() or char.istitle():
            return _UPPER, word
        if self.lang == "ga" and self.IRISH_PREFIX.match(text, pos):
            return _UPPER, word
        return _OTHER, word

    def _full_stop_ends_sentence(self, text: str, stop: int, kind: str, word: str) -> bool:
        """Whether the full stop at ``stop`` ends a sentence, given what follows it."""
        tokens = _tokens_before(text, stop)
        category = self._abbreviation_category(tokens)
        core = tokens[-1].lstrip(self.OPENERS).rstrip(self.CLOSERS) if tokens else ""
        if category is None:
            category = _token_category(core)
            if category in _LABEL_CATEGORIES and _at_line_start(text, stop - len(tokens[-1])):
                return False  # a list label: "1. Deeply regrets ...", "B. Whereas ..."
        if category in ("abbreviation", "initial"):
            return False
        if category == "final":
            return kind == _UPPER
        if category in ("ambiguous", "acronym"):
            return self._starts_sentence(word)
        if category == "roman":
            return self._starts_sentence(word) if self.rules.ordinal_dots else kind == _UPPER
        if category == "number":
            page = len(tokens) > 1 and tokens[-2].lstrip(self.OPENERS) in self.rules.pages
            return kind == _UPPER and self._number_ends_sentence(core, word, page)
        if kind == _UPPER:
            return True
        # A digit-led sentence only after an ordinary word ("... in Kraft. 2021 wurde ...").
        return category == "word" and len(core) > 2 and core[-1].isalpha()

    def _abbreviation_category(self, tokens: list[str]) -> str | None:
        """The abbreviation list that the last tokens (joined, plus ".") belong to, if any."""
        rules = self.rules
        for count in range(min(3, len(tokens)), 0, -1):
            joined = "".join(tokens[-count:]).lstrip(self.OPENERS) + "."
            forms = [joined]
            if count == 1:  # after an elided or hyphenated article: "l'art.", "l-Art."
                forms.append(_ELISION.sub("", joined))
            forms += [form[0].lower() + form[1:] for form in forms if form[:1].isupper()]
            for form in forms:
                if form in rules.abbreviations:
                    return "abbreviation"
                if form in rules.final_abbreviations:
                    return "final"
                if form in rules.ambiguous_abbreviations:
                    return "ambiguous"
        return None

    def _number_ends_sentence(self, number: str, word: str, page: bool = False) -> bool:
        """After "<number>." and a capitalised ``word``: is this a sentence end?

        ``page`` says that the number follows a "page" abbreviation ("S. 83.").
        """
        rules = self.rules
        if word.casefold() in rules.months:
            return False  # "am 2. Januar"
        if len(word) == 2 and word[1] in _AFTER_LETTER:
            return False  # a series letter in a reference: "HL C 251. E, 2013.8.31."
        if page or not rules.ordinal_dots:
            return True
        year = len(number) == 4
        if year and not rules.year_dots:
            return True  # "im Jahr 2011. Die ...": a year, not an ordinal
        if year or rules.capitals_after_ordinals or (len(word) > 1 and word.isupper()):
            # "Krajem 2017. Siminoff", "die 18. Sitzung", "155. Stelle", "18. EU-..."
            return self._starts_sentence(word)
        return True

    def _starts_sentence(self, word: str) -> bool:
        return word.rstrip(_AFTER_LETTER) in self.rules.starters


def _apostrophe_role(text: str, pos: int) -> str:
    """Read the ASCII ``'`` at ``pos`` as "open", "close" or "apostrophe".

    Opening: at a word start before a letter or digit ("'We ..."). Closing: after a
    non-space before a space, punctuation or the end ("... genoeg.' Dan"). Anything else
    ("foto's", "don't") is an apostrophe. ("'s ochtends" reads as opening; an unmatched
    opening quote is harmless.)
    """
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if (before.isspace() or before in "([") and after.isalnum():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]"):
        return "close"
    return "apostrophe"


def _tokens_before(text: str, end: int, count: int = 3) -> list[str]:
    """Up to ``count`` whitespace-separated tokens ending at ``end``, in text order.

    Stops at a blank line, so that tokens of an earlier paragraph are never joined.
    """
    tokens: list[str] = []
    pos = end
    while len(tokens) < count:
        start = pos
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start == pos:
            break
        tokens.append(text[start:pos])
        gap_end = start
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start == gap_end or text.count("\n", start, gap_end) > 1:
            break
        pos = start
    return tokens[::-1]


def _at_line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between the start of the line and ``pos``."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or text[pos - 1] in "\n\r"


def _token_category(core: str) -> str:
    """Classify the token before a full stop (openers and closers stripped)."""
    if not core:
        return "empty"
    if _NUMBER.fullmatch(core):
        return "number"
    if _NUMERIC_GROUPS.fullmatch(core):
        return "date"  # "21.1.2021", "4.5.2016", "3,5"
    if _ROMAN.fullmatch(core):
        return "roman"
    if len(core) == 1 and core.isalpha():
        return "initial"
    if len(core) == 2 and core[0].isupper() and core[1].islower():
        return "initial"  # digraph initials: "Gy.", "Zs.", "Th.", "Μπ.", "Ντ."
    if _DOTTED_ACRONYM.fullmatch(core):
        return "acronym"
    return "word"


def _spans_between(text: str, cuts: list[int]) -> list[Span]:
    """The non-empty, whitespace-stripped spans between consecutive ``cuts``."""
    spans: list[Span] = []
    start = 0
    for cut in [*cuts, len(text)]:
        a, b = start, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
        start = cut
    return spans


@cache
def _splitter(lang: str) -> SentenceSplitter:
    return SentenceSplitter(lang)


def split_sentences(text: str, lang: str) -> list[Span]:
    """Split ``text`` into sentences with the rules of language ``lang``.

    Args:
        text: the text to split (a unit's text, or any longer text; line breaks are spaces,
            blank lines end a sentence).
        lang: ISO 639-1 code of one of the 24 official EU languages.

    Returns:
        Sentence spans as (start, end) offsets into ``text``: in order, non-overlapping,
        stripped of surrounding whitespace, together covering every non-space character.

    Raises:
        InputError: if ``text`` is not a string or ``lang`` is not an EU language code.

    Example:
        >>> text = "Mr Smith spoke. He left at 5 p.m. Nobody followed."
        >>> [text[a:b] for a, b in split_sentences(text, "en")]
        ['Mr Smith spoke.', 'He left at 5 p.m.', 'Nobody followed.']
    """
    if not isinstance(text, str):
        raise InputError(
            f"split_sentences needs the text as a str, got {type(text).__name__}: "
            "decode bytes first (compare.ingest does this)"
        )
    return _splitter(normalise_language(lang)).split(text)
