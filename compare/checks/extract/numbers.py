"""Numbers in digits and in words, parsed with each language's conventions.

Digits: the decimal sign and group separator come from CLDR through babel (German "1,5"
and "10.000", English "1.5" and "10,000"), plus what EU texts print in every language: a
space, no-break space or narrow no-break space between groups of three ("10 000"). A
period after a number is an ordinal in the languages that write ordinals so ("155. Stelle",
"155. helyen"); suffixes mark ordinals elsewhere ("155th", "155e", "155η", "155-о", "155ú").

Words: the tables of :mod:`.lexicon_numbers`, composed as words are ("two hundred and five",
"einundzwanzig", "kaksikymmentä", "huszonegy"), and duration compounds ("fünftägige",
"pięciodniowym", "ötnapos") read as their number. "One" is never reported alone, nor is a
bare multiplier ("thousands of people"): both are too often not a count. Ordinal words 1-12
("fourth", "vierten", "четвъртото", "negyedikként") are reported with kind "ordinal", alone
or after a ten ("twenty-first"), but not as the denominator of a fraction ("two thirds") nor
in terms such as "third countries".

Example:
    >>> [(m.value, m.kind) for m in extract_numbers("fast 10 000 Menschen, die 18. Sitzung", "de")]
    [(10000, 'cardinal'), (18, 'ordinal')]
    >>> [m.value for m in extract_numbers("a five-day shutdown and 1,500.5 tonnes", "en")]
    [5, 1500.5]
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale

from compare.checks.extract import lexicon_numbers as lex
from compare.checks.extract.base import (
    NumberMention,
    check_lang,
    check_spans,
    check_text,
    overlaps,
    trie_regex,
)

logger = logging.getLogger(__name__)

_DIGIT = re.compile(r"\d")

#: Characters that separate groups of three digits in every language (EU style guide 6.3).
SPACE_GROUPS = " \u00a0\u202f\u2009"

#: Years as numbers: a bare four-digit integer in this range is reported with kind "year".
YEAR_RANGE = (1000, 2100)

#: Languages where a capitalised number word is something else: a German noun ("außer Acht"),
#: a Maltese weekday ("It-Tnejn" Monday, "L-Erbgħa" Wednesday).
CAPITAL_NOT_NUMBER = frozenset({"de", "mt"})

#: Languages whose number words compose inside one word ("einundzwanzig", "huszonegy").
IN_WORD_COMPOSITION = frozenset({"da", "de", "et", "fi", "hu", "it", "lt", "lv", "nl", "sl", "sv"})

#: Languages that write an ordinal above 20 as a cardinal ten and an ordinal unit, in words
#: of their own ("twenty-first", "двадесет и пети", "vingt et unième", "kahekümne neljas").
ORDINAL_AFTER_TENS = frozenset({"bg", "en", "et", "fr", "hr", "lt", "lv", "ro"})

#: Languages whose "one" is also the indefinite article: "un quinto hombre" is a fifth man,
#: so there "one" before an ordinal word does not make it a fraction as "one fifth" does.
ONE_IS_ARTICLE = frozenset({"da", "de", "el", "es", "fr", "hu", "it", "nl", "pt", "ro", "sv"})

#: Languages where a capitalised ordinal word is a weekday (Greek "Τρίτη" Tuesday, "Πέμπτη"
#: Thursday).
CAPITAL_ORDINAL_IS_DAY = frozenset({"el"})

_TIME = re.compile(
    r"(?<![\w:.,])(?P<time>\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,2})?(?!\d)"
    r"|\d{1,2}(?:\.\d{2}|:\s\d{2}),\d{1,2}(?!\d)|\d{1,2}:\s\d{2}\.\d{1,2}(?!\d)"
    r"|(?<=klo )\d{1,2}[.:]\d{2}(?!\d)|(?<=kl\. )\d{1,2}[.:]\d{2}(?!\d)"
    r"|\d{1,2}[.:]\d{2}(?=\s?Uhr\b)|\d{1,2}\s?h\s?\d{2}(?!\d))"
    r"(?:\s?(?:(?P<pm>[pP]\.?\s?[mM]\.?)|[aA]\.?\s?[mM]\.?)(?![^\W\d_]))?"
)

#: Vulgar fractions printed after a whole number ("29¾").
FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

# A word: letters, inner apostrophes (Maltese "erba’" keeps its final one).
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?"
_NEXT_WORD = re.compile(r"[\s\u00a0]+([^\W\d_]+)")
_NEIGHBOUR_AFTER = re.compile(r"[\s\u00a0-]{1,3}([^\W\d_]+)")
_NEIGHBOUR_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0-]{1,3}$")
# Irish ordinals above ten go round their noun: "an séú háit déag" (16th), "an cheathrú
# háit is fiche" (24th).
_IRISH_ORDINAL_TENS = re.compile(
    r"[\s\u00a0]+[^\W\d_]+[\s\u00a0]+(?:(?P<teen>dh?éag)|is[\s\u00a0]+fh?iche)(?![^\W\d_])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Morph:
    """One piece of a spelled number: an added value, a multiplier, +10, a connector, or an
    ordinal (a whole word, added like a unit, after which the number ends)."""

    role: str  # "add", "mul", "plus10", "conn", "ord"
    value: int


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, tuple[_Morph, ...]]
    morphs: dict[str, _Morph]
    max_morph: int
    ambiguous: frozenset[str]
    unit_nouns: re.Pattern[str] | None
    compound: re.Pattern[str] | None
    stems: dict[str, int]
    multipliers: dict[str, int]
    hyphenated: frozenset[str]
    candidates: re.Pattern[str]  # words starting like a number word or compound stem
    ordinal_terms: dict[int, re.Pattern[str]]  # by value, 0: any; "third countries"


def extract_numbers(
    text: str,
    lang: str,
    *,
    exclude_spans: Iterable[Sequence[int]] = (),
    spelled: bool = True,
) -> tuple[NumberMention, ...]:
    """Numbers in ``text`` written in language ``lang``, in text order.

    Args:
        text: the text of one unit (footnote markers already removed).
        lang: an EU language code ("de", "en", ...).
        exclude_spans: (start, end) spans whose digits belong to something else, e.g. the
            spans of dates and references; a number overlapping one is not reported.
        spelled: also report numbers written in words.

    Returns:
        The number mentions, with their values normalised across languages.

    Raises:
        InputError: when ``lang`` is not an EU language or ``text`` is not a string.

    Example:
        >>> [m.value for m in extract_numbers("ihre Zahl (etwa 20 000)", "de")]
        [20000]
    """
    text = check_text(text)
    lang = check_lang(lang)
    excluded = check_spans(exclude_spans)
    found = list(_digit_numbers(text, lang)) if _DIGIT.search(text) else []
    if spelled:
        taken = [m.span for m in found]
        found.extend(m for m in _word_numbers(text, lang) if not overlaps(m.span, taken))
        taken = [m.span for m in found]
        found.extend(m for m in _first_and_second(text, lang) if not overlaps(m.span, taken))
    found.sort(key=lambda m: m.span)
    return tuple(m for m in found if not overlaps(m.span, excluded))


def parse_number(surface: str, lang: str) -> int | float | None:
    """The value of one number written in digits or words, or None if it is not one.

    Example:
        >>> parse_number("10.000", "de"), parse_number("1,5", "de"), parse_number("zwei", "de")
        (10000, 1.5, 2)
    """
    lang = check_lang(lang)
    surface = check_text(surface).strip()
    mentions = extract_numbers(surface, lang)
    if len(mentions) == 1 and mentions[0].span == (0, len(surface)):
        return mentions[0].value
    morphs = _split_word(lang, surface.lower())
    return _evaluate(morphs) if morphs else None


# --- digits -----------------------------------------------------------------------------


@cache
def _separators(lang: str) -> tuple[str, str]:
    """(decimal sign, extra group separator) of ``lang`` from CLDR."""
    symbols = Locale.parse(lang).number_symbols["latn"]
    decimal = symbols["decimal"]
    group = symbols["group"]
    if group in SPACE_GROUPS or group == decimal:
        group = "." if decimal == "," else ","
    return decimal, group


@cache
def _digit_regex(lang: str) -> re.Pattern[str]:
    decimal, group = _separators(lang)
    groups = re.escape(SPACE_GROUPS + group)
    ordinal = lex.ORDINAL_SUFFIXES.get(lang)
    percent = lex.PERCENT_WORDS[lang]
    pattern = (
        r"(?<![\w])(?<![A-Z]-)"  # "G-20", "COVID-19" are names, as "G20" is
        rf"(?P<int>\d{{1,3}}(?:[{groups}]\d{{3}})+(?!\d)|\d+)"
        rf"(?:(?P<dec>{re.escape(decimal)})(?P<frac>\d+))?"
        rf"(?:(?P<pct>[{SPACE_GROUPS}]?%|[{SPACE_GROUPS}](?:{percent})(?![^\W\d_]))"
        + (rf"|(?P<ord>{ordinal})" if ordinal else "")
        + r"|(?P<hyph>-[^\W\d_]+))?"
    )
    return re.compile(pattern)


@cache
def _other_decimal(lang: str) -> re.Pattern[str]:
    """'1.5' in a decimal-comma language (or '1,5' in English): a decimal, not a group."""
    decimal, _ = _separators(lang)
    other = "." if decimal == "," else ","
    return re.compile(rf"{re.escape(other)}(\d{{1,2}}|\d{{4,}})(?!\d|[.,]\d)")


def _digit_numbers(text: str, lang: str) -> Iterable[NumberMention]:
    times = list(_times(text))
    yield from times
    taken = [t.span for t in times]
    regex = _digit_regex(lang)
    multipliers = _lexicon(lang).multipliers
    pos = 0
    while True:
        match = regex.search(text, pos)
        if not match:
            return
        mention = _digit_mention(text, lang, match, multipliers)
        pos = max(mention.span[1], match.end("int"))
        if not overlaps(mention.span, taken):
            yield mention


def _times(text: str) -> Iterable[NumberMention]:
    """Clock times and durations: "12:00", "22.00 Uhr", "klo 22.00", "22h00", "4:41.30";
    minutes and seconds with hundredths in other prints: "4.41,30" (Finnish), "1: 09,02".

    The value is the digits read as one integer ("12:00" -> 1200), so that "1200 GMT" and
    "12:00 GMT" agree; "10:00 p.m." becomes 2200.
    """
    for m in _TIME.finditer(text):
        digits = re.sub(r"\D", "", m.group("time"))
        value = int(digits)
        hours = int(m.group("time").split(":")[0].split(".")[0].split("h")[0].strip() or 0)
        if m.group("pm") and hours < 12:
            value += 1200
        yield NumberMention(value, "time", (m.start(), m.end()), text[m.start() : m.end()])


def _digit_mention(
    text: str, lang: str, match: re.Match[str], multipliers: dict[str, int]
) -> NumberMention:
    digits = re.sub(rf"[{SPACE_GROUPS}.,]", "", match.group("int"))
    value: int | float = int(digits)
    end = match.end("int")
    kind = "cardinal"
    if match.group("frac") is not None:
        value = float(f"{digits}.{match.group('frac')}")
        kind, end = "decimal", match.end("frac")
    elif text[end : end + 1] in FRACTIONS and text[end : end + 1]:
        value = int(digits) + FRACTIONS[text[end]]
        kind, end = "decimal", end + 1
    elif len(match.group("int")) == len(digits):
        other = _other_decimal(lang).match(text, end)
        if other:
            value = float(f"{digits}.{other.group(1)}")
            kind, end = "decimal", other.end()
    if match.group("pct"):
        kind, end = "percent", match.end("pct")
    elif match.group("ord") if "ord" in match.re.groupindex else None:
        kind, end = "ordinal", match.end("ord")
    elif kind == "cardinal" and _period_ordinal(text, lang, end, match.group("int")):
        kind, end = "ordinal", end + 1
    scaled, end = _scaled(text, value, end, multipliers)
    if scaled is not value and kind == "decimal" and isinstance(scaled, int):
        kind = "cardinal"  # "1,5 Mio." is a whole number
    value = scaled
    if kind == "cardinal" and isinstance(value, int) and _is_year(match.group("int")):
        kind = "year"
    start = match.start("int")
    return NumberMention(value=value, kind=kind, span=(start, end), surface=text[start:end])


def _period_ordinal(text: str, lang: str, end: int, digits: str) -> bool:
    """'155. Stelle' (an ordinal) versus '... im Jahr 2011. Die' (a sentence end)."""
    if lang not in lex.PERIOD_ORDINAL or text[end : end + 1] != ".":
        return False
    rest = text[end + 1 : end + 3]
    if rest[:1] in (",", ";", ")", ":"):
        return True
    if len(rest) < 2 or rest[0] not in SPACE_GROUPS or not rest[1].isalpha():
        return False
    return rest[1].islower() or not _is_year(digits)


def _scaled(
    text: str, value: int | float, end: int, multipliers: dict[str, int]
) -> tuple[int | float, int]:
    """'2 Millionen' -> 2000000: a multiplier word right after the digits."""
    match = re.match(rf"[{SPACE_GROUPS}]([^\W\d_]+)(\.?)", text[end : end + 16])
    if not match:
        return value, end
    word = match.group(1).lower()
    if word + match.group(2) in multipliers:
        factor, length = multipliers[word + match.group(2)], match.end(2)
    elif word in multipliers:
        factor, length = multipliers[word], match.end(1)
    else:
        return value, end
    scaled = value * factor
    if isinstance(scaled, float) and scaled.is_integer():
        scaled = int(scaled)
    return scaled, end + length


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and YEAR_RANGE[0] <= int(digits) <= YEAR_RANGE[1]


# --- words ------------------------------------------------------------------------------


def _fold(word: str) -> str:
    """Lower case without accents: how Greek compound stems are compared."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _lexicon(lang: str) -> _Lexicon:
    logger.debug("building the number lexicon for %s", lang)
    morphs: dict[str, _Morph] = {}
    for value, forms in lex.CARDINALS[lang].items():
        role = "mul" if value >= 100 and value in (100, 1000, 10**6, 10**9) else "add"
        for form in forms.split():
            morphs[form] = _Morph(role, value)
    for form in lex.TIMES_TEN.get(lang, "").split():
        morphs[form] = _Morph("mul", 10)
    for form in lex.PLUS_TEN.get(lang, "").split():
        morphs[form] = _Morph("plus10", 10)
    for form in lex.CONNECTORS.get(lang, "").split():
        morphs[form] = _Morph("conn", 0)
    if lang == "ro":  # both spellings of s- and t-comma are in use
        for form, morph in list(morphs.items()):
            morphs.setdefault(form.replace("ș", "ş").replace("ț", "ţ"), morph)
    ordinals = _ordinals(lang)
    for form, morph in _case_forms(lang, morphs).items():
        if form not in ordinals:
            morphs.setdefault(form, morph)
    words: dict[str, tuple[_Morph, ...]] = {
        form: (m,) for form, m in morphs.items() if m.role != "conn"
    }
    for form, morph in ordinals.items():
        words.setdefault(form, (morph,))
    ambiguous = set(lex.AMBIGUOUS.get(lang, "").split())  # Irish "31 míle" is 31 miles
    multipliers = {
        w: m[0].value
        for w, m in words.items()
        if m[0].role == "mul" and m[0].value >= 1000 and w not in ambiguous
    }
    multipliers.update(lex.MULTIPLIER_ABBREVIATIONS)
    stems = {
        _fold(stem) if lang == "el" else stem: value
        for value, forms in lex.COMPOUND_STEMS.get(lang, {}).items()
        for stem in forms.split()
    }
    compound = None
    if stems and lang in lex.COMPOUND_HEADS:
        alternation = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
        compound = re.compile(rf"({alternation})-?(?:{lex.COMPOUND_HEADS[lang]})")
    unit_nouns = lex.UNIT_NOUNS.get(lang)
    return _Lexicon(
        words=words,
        morphs=morphs,
        max_morph=max(map(len, morphs)),
        ambiguous=frozenset(lex.AMBIGUOUS.get(lang, "").split()),
        unit_nouns=re.compile(unit_nouns, re.IGNORECASE) if unit_nouns else None,
        compound=compound,
        stems=stems,
        multipliers=multipliers,
        hyphenated=frozenset(w for w in words if "-" in w),
        candidates=re.compile(
            rf"(?<![^\W\d_])(?=(?:{trie_regex(_prefixes([*morphs, *ordinals], stems))}))"
            rf"(?:{_WORD})",
            re.IGNORECASE,
        ),
        ordinal_terms=_ordinal_terms(lang),
    )


def _case_forms(lang: str, morphs: dict[str, _Morph]) -> dict[str, _Morph]:
    """Every stem of :data:`.lexicon_numbers.CASE_STEMS` with every case ending of
    :data:`.lexicon_numbers.CASE_ENDINGS`, in the role the value's first listed form has
    ("kymmene|ssä" multiplies like "kymmenen")."""
    endings = lex.CASE_ENDINGS.get(lang, "").split()
    forms: dict[str, _Morph] = {}
    for value, stems in lex.CASE_STEMS.get(lang, {}).items():
        role = morphs[lex.CARDINALS[lang][value].split()[0]].role
        for stem in stems.split():
            for ending in endings:
                forms[stem + ending] = _Morph(role, value)
    return forms


def _ordinals(lang: str) -> dict[str, _Morph]:
    """The ordinal words of ``lang`` (:data:`.lexicon_numbers.ORDINALS`)."""
    ordinals = {
        form: _Morph("ord", value)
        for value, forms in lex.ORDINALS.get(lang, {}).items()
        for form in forms.split()
    }
    if lang == "ro":  # both spellings of s- and t-comma are in use
        for form, morph in list(ordinals.items()):
            ordinals.setdefault(form.replace("ș", "ş").replace("ț", "ţ"), morph)
    return ordinals


def _ordinal_terms(lang: str) -> dict[int, re.Pattern[str]]:
    """The neighbours that make an ordinal of each value part of a term
    (:data:`.lexicon_numbers.ORDINAL_TERMS`), those of any value (0) included."""
    table = lex.ORDINAL_TERMS.get(lang, {})
    return {
        value: re.compile("|".join(filter(None, (pattern, table.get(0)))), re.IGNORECASE)
        for value, pattern in table.items()
    }


def _prefixes(forms: Iterable[str], stems: dict[str, int]) -> set[str]:
    """The first letters of every number word and stem (of each part of hyphenated forms)."""
    starts = {part for form in forms for part in form.split("-")} | set(stems)
    return {w[:3] for w in starts if w}


@lru_cache(maxsize=4096)
def _split_word(lang: str, word: str) -> tuple[_Morph, ...] | None:
    """The number pieces one lower-case word is made of, or None if it is not a number."""
    lexicon = _lexicon(lang)
    if word in lexicon.words:
        return lexicon.words[word]
    if lang not in IN_WORD_COMPOSITION or len(word) < 5:
        return None
    pieces = _decompose(word, lexicon)
    if not pieces or pieces[0].role == "conn" or pieces[-1].role == "conn":
        return None
    if sum(p.role != "conn" for p in pieces) < 2 or not _well_formed(pieces, lang):
        return None
    return pieces


def _well_formed(pieces: Sequence[_Morph], lang: str) -> bool:
    """Whether added pieces come in an order numbers are written in: a ten then a unit
    ("vent|uno"), a unit, connector and ten ("ein|und|zwanzig"), Hungarian "tizen|egy".
    Slovene "sedem|desetih" (seventies) is not 7 + 10."""
    previous: _Morph | None = None
    joined = False
    for piece in pieces:
        if piece.role == "conn":
            joined = True
            continue
        if previous is not None and previous.role == "add" and piece.role == "add":
            tens_then_unit = previous.value >= 20 and previous.value % 10 == 0 and piece.value < 10
            hungarian = lang == "hu" and previous.value in (10, 20) and piece.value < 10
            unit_then_ten = joined and previous.value < 10 and piece.value % 10 == 0
            if not (tens_then_unit or hungarian or unit_then_ten):
                return False
        previous, joined = piece, False
    return True


def _decompose(word: str, lexicon: _Lexicon) -> tuple[_Morph, ...] | None:
    """Split ``word`` into known pieces, longest piece first, backtracking if needed."""
    if not word:
        return ()
    for size in range(min(len(word), lexicon.max_morph), 0, -1):
        morph = lexicon.morphs.get(word[:size])
        if morph is None:
            continue
        rest = _decompose(word[size:], lexicon)
        if rest is not None:
            return (morph, *rest)
    return None


def _evaluate(morphs: Sequence[_Morph]) -> int:
    total, current = _state(morphs)
    return total + current


def _state(morphs: Sequence[_Morph]) -> tuple[int, int]:
    """(total so far, current group below the last thousand) of a spelled number."""
    total = current = 0
    for morph in morphs:
        if morph.role in ("add", "ord"):
            current += morph.value
        elif morph.role == "plus10":
            current += 10
        elif morph.role == "mul":
            if morph.value >= 1000:
                total += max(current, 1) * morph.value
                current = 0
            else:
                current = max(current, 1) * morph.value
    return total, current


@dataclass
class _Run:
    """A number being read word by word."""

    start: int
    end: int
    morphs: list[_Morph]
    words: int = 1

    def last_value(self) -> _Morph:
        return next(m for m in reversed(self.morphs) if m.role != "conn")


def _can_follow(run: _Run, nxt: tuple[_Morph, ...], lang: str, via_connector: bool) -> bool:
    """Whether the word ``nxt`` continues the number in ``run`` ("twenty" + "one")."""
    first = nxt[0]
    last = run.last_value()
    if first.role == "ord" or last.role == "ord":
        return _ordinal_can_follow(run, first, lang, via_connector)
    if first.role == "mul":
        return not via_connector and _state(run.morphs)[1] < first.value
    if first.role != "add":
        return False
    if last.role == "mul":
        return first.value < last.value
    value = last.value
    if value >= 20 and first.value < 10 ** (len(str(value)) - 1) and value % 10 == 0:
        return True
    if lang == "fr" and value in (60, 80) and 10 <= first.value < 20:
        return True  # soixante-et-onze, quatre-vingt-treize
    return (
        via_connector
        and lang in lex.UNIT_FIRST_ACROSS_WORDS
        and value < 10
        and 20 <= first.value < 100
        and first.value % 10 == 0
    )


def _ordinal_can_follow(run: _Run, first: _Morph, lang: str, via_connector: bool) -> bool:
    """An ordinal unit after a ten ("twenty-first", "двадесет и пети", "dvidešimt penktas")
    or after "tenth" ("δέκατος πέμπτος", "décimo quinto"); nothing follows an ordinal else,
    so "fourth" never takes a multiplier."""
    last = run.last_value()
    if first.role != "ord" or not 0 < first.value < 10:
        return False
    if last.role == "ord":
        return last.value == 10 and not via_connector
    tens = _state(run.morphs)[1]
    after_ten = (last.role == "add" and last.value >= 20) or (
        last.role == "mul" and last.value == 10
    )
    return lang in ORDINAL_AFTER_TENS and after_ten and tens >= 20 and tens % 10 == 0


def _word_numbers(text: str, lang: str) -> Iterable[NumberMention]:
    """Numbers in words; only the words that start like a number word are looked at."""
    lexicon = _lexicon(lang)
    words = lexicon.candidates.finditer(text)
    tokens = _join_hyphenated(
        text, [(m.start(), m.end(), m.group().lower()) for m in words], lexicon
    )
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        morphs = _split_word(lang, word)
        if morphs is None or morphs[0].role == "conn" or _capital_is_noun(text, lang, start):
            compound = _compound(text, lang, tokens[i], lexicon)
            if compound:
                yield compound
            i += 1
            continue
        run = _Run(start, end, list(morphs))
        i = _extend(text, lang, tokens, i + 1, run)
        if lang == "ga" and run.morphs[-1].role == "ord":
            _irish_ordinal_tens(text, run)
            while i < len(tokens) and tokens[i][0] < run.end:
                i += 1
        mention = _run_mention(text, lang, run, lexicon)
        if mention:
            yield mention


def _first_and_second(text: str, lang: str) -> Iterable[NumberMention]:
    """The ordinals of "first and second" (:data:`.lexicon_numbers.SECOND_AFTER_FIRST`):
    a lone "first" is no number, and "toinen", "druhý" or "second" alone mean "other" or
    a second of time; as a pair they are 1 and 2."""
    pattern = _pair_pattern(lang)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        for group, value in (("first", 1), ("second", 2)):
            yield NumberMention(
                value=value, kind="ordinal", span=match.span(group), surface=match.group(group),
                spelled=True,
            )  # fmt: skip


@cache
def _pair_pattern(lang: str) -> re.Pattern[str] | None:
    """ "<first> and [article] <second>" or "<first>, <second>" in ``lang``."""
    ordinals = lex.ORDINALS.get(lang, {})
    firsts = ordinals.get(1, "").split()
    seconds = [*ordinals.get(2, "").split(), *lex.SECOND_AFTER_FIRST.get(lang, "").split()]
    ands = lex.AND_WORDS.get(lang, "").split()
    if not (firsts and seconds and ands):
        return None

    def alternation(forms: Iterable[str]) -> str:
        return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))

    return re.compile(
        rf"(?<![^\W\d_])(?P<first>{alternation(firsts)})"
        rf"(?:\s*,\s*|\s+(?:{alternation(ands)})\s+)(?:[^\W\d_]{{1,3}}[\s\-'’]+)?"
        rf"(?P<second>{alternation(seconds)})(?![^\W\d_])",
        re.IGNORECASE,
    )


def _irish_ordinal_tens(text: str, run: _Run) -> None:
    """Extend ``run`` over the noun and "déag" (+10) or "is fiche" (+20) of an Irish ordinal
    above ten ("sa tríú háit déag", 13th)."""
    match = _IRISH_ORDINAL_TENS.match(text, run.end)
    if match:
        run.morphs.append(_Morph("add", 10 if match.group("teen") else 20))
        run.end = match.end()


def _capital_is_noun(text: str, lang: str, start: int) -> bool:
    """German "Acht" (heed) and Maltese "It-Tnejn" (Monday): number words are lower case."""
    return lang in CAPITAL_NOT_NUMBER and text[start].isupper()


def _join_hyphenated(
    text: str, tokens: list[tuple[int, int, str]], lexicon: _Lexicon
) -> list[tuple[int, int, str]]:
    """Words a hyphen joins into one listed form ("quatre-vingt-dix") become one token."""
    if not lexicon.hyphenated:
        return tokens
    joined: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        for size in (3, 2):
            group = tokens[i : i + size]
            if len(group) == size and all(
                text[a[1] : b[0]] == "-" for a, b in zip(group, group[1:])
            ):
                form = "-".join(t[2] for t in group)
                if form in lexicon.hyphenated:
                    joined.append((group[0][0], group[-1][1], form))
                    i += size
                    break
        else:
            joined.append(tokens[i])
            i += 1
    return joined


def _extend(text: str, lang: str, tokens: list[tuple[int, int, str]], i: int, run: _Run) -> int:
    """Add the following words that continue the number; return the next token index."""
    while i < len(tokens):
        start, end, word = tokens[i]
        if not _adjacent(text, run.end, start):
            break
        morphs = _split_word(lang, word)
        if morphs and morphs[0].role != "conn" and _can_follow(run, morphs, lang, False):
            run.morphs.extend(morphs)
            run.end, run.words, i = end, run.words + 1, i + 1
            continue
        connector = lex.CONNECTORS.get(lang, "").split()
        if word in connector and i + 1 < len(tokens) and _adjacent(text, end, tokens[i + 1][0]):
            nxt = _split_word(lang, tokens[i + 1][2])
            if nxt and nxt[0].role != "conn" and _can_follow(run, nxt, lang, True):
                run.morphs.extend(nxt)
                run.end, run.words, i = tokens[i + 1][1], run.words + 2, i + 2
                continue
        break
    return i


def _adjacent(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return 0 < len(gap) <= 3 and all(c in " \u00a0-‐" for c in gap)


def _run_mention(text: str, lang: str, run: _Run, lexicon: _Lexicon) -> NumberMention | None:
    values = [m for m in run.morphs if m.role != "conn"]
    if all(m.role == "mul" and m.value >= 100 for m in values):
        return None  # "thousands of", "hundreds": not a count
    value = _evaluate(run.morphs)
    if value == 1 and len(values) == 1:
        return None  # "one", "ein", "un": far more often an article or a pronoun
    surface = text[run.start : run.end]
    if values[0].role == "ord":
        if not _is_rank(text, lang, run, lexicon):
            return None
        return NumberMention(
            value=value, kind="ordinal", span=(run.start, run.end), surface=surface, spelled=True
        )
    kind = "ordinal" if values[-1].role == "ord" else "cardinal"
    if run.words == 1 and surface.lower() in lexicon.ambiguous:
        following = _NEXT_WORD.match(text, run.end)
        if not (lexicon.unit_nouns and following and lexicon.unit_nouns.match(following.group(1))):
            return None
    return NumberMention(
        value=value, kind=kind, span=(run.start, run.end), surface=surface, spelled=True
    )


def _is_rank(text: str, lang: str, run: _Run, lexicon: _Lexicon) -> bool:
    """Whether the ordinal word starting ``run`` counts: not a Greek weekday ("Τρίτη"), not
    in a term ("third countries", "państwa trzecie"), not the denominator of a fraction
    ("two thirds", "one fifth", "jedna piąta")."""
    if lang in CAPITAL_ORDINAL_IS_DAY and text[run.start].isupper():
        return False
    before = _NEIGHBOUR_BEFORE.search(text, max(0, run.start - 40), run.start)
    value = run.morphs[0].value
    terms = lexicon.ordinal_terms.get(value, lexicon.ordinal_terms.get(0))
    if run.words == 1 and terms is not None:
        after = _NEIGHBOUR_AFTER.match(text, run.end)
        if any(w and terms.match(w.group(1)) for w in (before, after)):
            return False
    if before is None:
        return True
    pieces = _split_word(lang, before.group(1).lower())
    if not pieces or pieces[0].role in ("ord", "conn"):
        return True
    return _evaluate(pieces) == 1 and lang in ONE_IS_ARTICLE


def _compound(
    text: str, lang: str, token: tuple[int, int, str], lexicon: _Lexicon
) -> NumberMention | None:
    """'fünftägige', 'pięciodniowym', 'ötnapos': a duration compound and its number."""
    if lexicon.compound is None:
        return None
    start, end, word = token
    match = lexicon.compound.match(_fold(word) if lang == "el" else word)
    if not match:
        return None
    return NumberMention(
        value=lexicon.stems[match.group(1)],
        kind="cardinal",
        span=(start, end),
        surface=text[start:end],
        spelled=True,
    )
