"""Proper names: capitalised words and runs of them that are not common words.

A run of capitalised words ("Kassym-Jomart Tokayev", "Nurbolat Seytkulov") is cut at the
words of :data:`.lexicon_names.COMMON` (sentence starters, resolution formulas, institutions
and titles, months) and at words the text also writes in lower case; a word the model's
vocabulary knows mostly in lower case ("Speaker", "Economy": :mod:`.vocabulary`) joins a
name beside a name word but is no name on its own. A word that opens a
sentence needs more: to be written with a capital elsewhere in the text too, or to match a
name of the other language version.

German capitalises every noun, so there a word needs evidence of being a name: letters
German does not use ("Jaŋaözen", "Köşe"), a "q" without "u", a vowel before "y"
("Aytbay"), foreign endings ("-ov", "-owa", "-ski", "-stan", "-bek"), a final "a", "i", "o",
"y" on a word that ends in no German noun suffix; or a match among the ``candidates``, the
names found in the other language version.

Example:
    >>> [n.text for n in extract_names("Präsident Qasım-Jomart Toqaev hat am 5. Januar", "de")]
    ['Qasım-Jomart Toqaev']
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from babel.dates import get_day_names, get_month_names

from compare.checks.extract import lexicon_names as lex
from compare.checks.extract.base import NameMention, check_lang, check_text, trie_regex
from compare.checks.extract.translit import NAME_MATCH_THRESHOLD, edit_similarity, name_key
from compare.checks.extract.vocabulary import frequent_lowercase

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’‘ʼ][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;·;–„“\"«»‘(]\s*$|^\s*$")
_TITLE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,3})\.\s*$")
_GERMAN_LETTERS = re.compile(r"^[a-zäöüß]+$")
_ONE_WORD = re.compile(r"[^\W\d_]+")
# q without u, a vowel before y, x after a consonant, j after a stop: not German spelling.
_FOREIGN_PATTERN = re.compile(r"q(?!u)|[aeou]y|[^aeiouäöü]x|[bdgkmpt]j")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    initial: bool  # opens a sentence (or a quotation, or the text)


def extract_names(
    text: str,
    lang: str,
    *,
    candidates: Iterable[str | NameMention] | None = None,
    acronyms: bool = False,
) -> tuple[NameMention, ...]:
    """Proper names in ``text`` written in language ``lang``, in text order.

    Args:
        text: the text of one unit.
        lang: an EU language code.
        candidates: names from another language version of the same unit; a capitalised
            word matching one by :func:`~.translit.name_similarity` is taken as a name even
            without other evidence, and marked ``confirmed``.
        acronyms: also report all-capital words ("OSCE", "QDT") with kind "acronym".

    Returns:
        One :class:`NameMention` per name or run of name words.

    Raises:
        InputError: when ``lang`` is not an EU language or ``text`` is not a string.

    Example:
        >>> [n.key for n in extract_names("whereas President Tokayev declared", "en")]
        ['tokaev']
    """
    text = check_text(text)
    lang = check_lang(lang)
    confirm = _Confirmer(candidates)
    tokens = _tokens(text)
    lower_words = {t.text.lower() for t in tokens if t.text[:1].islower()}
    capital_inside = {t.text for t in tokens if not t.initial and t.text[:1].isupper()}
    found: list[NameMention] = []
    for run in _runs(text, tokens):
        found.extend(_names_in_run(text, lang, run, lower_words, capital_inside, confirm))
    if acronyms:
        found.extend(_acronyms(text, tokens))
        found.sort(key=lambda n: n.span)
    return tuple(found)


# --- tokens and runs --------------------------------------------------------------------


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        initial = (
            word[:1].isupper()
            and bool(_SENTENCE_END.search(text[max(0, m.start() - 3) : m.start()]))
            and not _after_abbreviation(text, m.start())
        )
        tokens.append(_Token(m.start(), m.end(), word, initial))
    return tokens


def _after_abbreviation(text: str, start: int) -> bool:
    """Whether a title or an initial precedes ("Sr. Koch", "Dr. Müller", "J. Smith"): a full
    stop after a short capitalised word does not end a sentence."""
    match = _TITLE_BEFORE.search(text[max(0, start - 8) : start])
    return match is not None and match.group(1)[0].isupper()


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not is_acronym(word)


def is_acronym(word: str) -> bool:
    """Whether a word is an abbreviation in capitals ("OSCE", "ÜRO", "ООН")."""
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isupper()


def _runs(text: str, tokens: list[_Token]) -> Iterable[list[_Token]]:
    """Maximal runs of capitalised words joined by single spaces (particles allowed)."""
    run: list[_Token] = []
    for i, tok in enumerate(tokens):
        gap_ok = bool(run) and text[run[-1].end : tok.start] in (" ", "\u00a0")
        if _is_capitalised(tok.text) and (not run or gap_ok):
            run.append(tok)
            continue
        if run and gap_ok and _particle_before_name(tokens, i):
            run.append(tok)
            continue
        if run:
            yield run
        run = [tok] if _is_capitalised(tok.text) else []
    if run:
        yield run


def _particle_before_name(tokens: list[_Token], i: int) -> bool:
    """Whether tokens[i] starts particles ("von der") followed by a capitalised word."""
    while i < len(tokens) and tokens[i].text in lex.NAME_PARTICLES:
        i += 1
    return i < len(tokens) and _is_capitalised(tokens[i].text)


# --- deciding ---------------------------------------------------------------------------


@cache
def _common(lang: str) -> frozenset[str]:
    logger.debug("building the common-word list for %s", lang)
    words = set(lex.COMMON[lang].split())
    if lang == "de":
        words |= set(lex.GERMAN_NOUNS.split())
    for context in ("format", "stand-alone"):
        words |= {m.lower() for m in get_month_names("wide", context=context, locale=lang).values()}
        words |= {d.lower() for d in get_day_names("wide", context=context, locale=lang).values()}
    return frozenset(words)


@cache
def _german_heads() -> re.Pattern[str]:
    """Compound heads (the listed nouns of four letters or more, and a few short ones) at
    the end of a word, after at least three other letters."""
    nouns = lex.GERMAN_NOUNS.split()
    heads = {w for w in nouns if len(w) >= 4} | set(lex.GERMAN_SHORT_HEADS)
    return re.compile(rf"^.{{3,}}(?:{trie_regex(heads)})$")


def _status(
    word: str, lang: str, tok: _Token, lower_words: set[str], capital_inside: set[str]
) -> str:
    """The status of one capitalised word: "common", "weak" (noun-shaped German), "name" or
    "unknown" (a sentence opener; a word mostly written in lower case: part of a name
    beside a name word, never a name on its own)."""
    low = word.lower()
    if low in _common(lang):
        return "common"
    if lang == "de":
        status = _german_status(low)
        # a loanword noun looks foreign ("Interview": "-ew" as in "Breschnew") but other
        # languages write it in lower case
        return "unknown" if status == "name" and frequent_lowercase(word) else status
    if low in lower_words:
        return "common"
    if frequent_lowercase(word):
        return "unknown"
    if tok.initial and word not in capital_inside:
        return "unknown"
    return "name"


def german_word_status(word: str) -> str:
    """How the extractor reads a capitalised German word on its own: "common" (listed),
    "weak" (noun-shaped), "name" (letters or endings German does not use) or "unknown".

    Example:
        >>> [german_word_status(w) for w in ("Regierung", "Toqaev", "Gillard", "Kriegsverbrechen")]
        ['common', 'name', 'unknown', 'weak']
    """
    low = word.lower()
    return "common" if low in _common("de") else _german_status(low)


@lru_cache(maxsize=8192)
def _german_status(low: str) -> str:
    """German: "name" on evidence, "common" if listed, "weak" if only noun-shaped."""
    if not _GERMAN_LETTERS.match(low) or _FOREIGN_PATTERN.search(low):
        return "name"
    if low.endswith(lex.FOREIGN_ENDINGS):
        return "name"
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    if forms & german_countries():
        return "name"
    heads = _german_heads()
    for form in forms:
        if form in _common("de") or heads.match(form) or form.endswith(lex.GERMAN_SUFFIXES):
            return "weak"
    if low.endswith(lex.FOREIGN_FINALS):
        return "name"
    return "unknown"


#: CLDR territory codes that are no country: the euro area ("Eurozone"; English "euro
#: area" is no name), the EU, the UN, pseudo-regions.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@cache
def german_countries() -> frozenset[str]:
    """The one-word country names of CLDR in German, lower case ("frankreich", "polen").

    A German noun is capitalised like a name; these are names even where the noun shape
    ("Russland", "Polen") would make them a common word, so that a country dropped or
    replaced in a translation is seen.

    Example:
        >>> sorted({"frankreich", "polen", "welt"} & german_countries())
        ['frankreich', 'polen']
    """
    from babel import Locale

    names = Locale.parse("de").territories
    return frozenset(
        name.lower()
        for code, name in names.items()
        if code.isalpha() and code not in NOT_COUNTRIES and _ONE_WORD.fullmatch(name)
    )


class _Confirmer:
    """Matches words against the names of the other language version."""

    def __init__(self, candidates: Iterable[str | NameMention] | None) -> None:
        keys: set[str] = set()
        for cand in candidates or ():
            key = cand.key if isinstance(cand, NameMention) else name_key(str(cand))
            keys.update(key.split())
        self.words = tuple(k for k in keys if len(k) >= 3)

    def __call__(self, word: str, lang: str) -> bool:
        if not self.words:
            return False
        keys = name_key(word, lang).split()
        return bool(keys) and all(
            max(edit_similarity(k, w) for w in self.words) >= NAME_MATCH_THRESHOLD for k in keys
        )


def _names_in_run(
    text: str,
    lang: str,
    run: list[_Token],
    lower_words: set[str],
    capital_inside: set[str],
    confirm: _Confirmer,
) -> Iterable[NameMention]:
    """Cut a run at its common words; keep the pieces with a name in them."""
    piece: list[tuple[int, int, str, bool]] = []  # start, end, status, confirmed
    for tok in run:
        if not piece and tok.initial and not tok.text.islower():
            statuses = {s for *_, s in _parts(lang, tok, lower_words, capital_inside)}
            if statuses == {"unknown"} and not confirm(tok.text, lang):
                continue  # "Människorättsförsvararen Raygül ...": a sentence opener
        if tok.text.islower():  # a particle ("von", "de")
            piece.append((tok.start, tok.end, "particle", False))
            continue
        for start, end, part_status in _parts(lang, tok, lower_words, capital_inside):
            confirmed = part_status != "common" and confirm(text[start:end], lang)
            if part_status in ("unknown", "weak"):
                part_status = "name" if confirmed else part_status
            if part_status == "weak":
                part_status = "common"
            if part_status == "common":
                yield from _piece_mention(text, lang, piece)
                piece = []
            else:
                piece.append((start, end, part_status, confirmed))
    yield from _piece_mention(text, lang, piece)


def _parts(
    lang: str, tok: _Token, lower_words: set[str], capital_inside: set[str]
) -> Iterable[tuple[int, int, str]]:
    """A hyphenated word's parts: "EU-Kasachstan" -> "EU" dropped, "Kasachstan" kept."""
    pos = tok.start
    parts = tok.text.split("-")
    if any(not p[:1].isupper() for p in parts):  # "Co-operation", "EU-weit": not a name
        yield (tok.start, tok.end, "common")
        return
    statuses = []
    for part in parts:
        if is_acronym(part):
            status = "common"
        else:
            status = _status(part, lang, tok, lower_words, capital_inside)
        statuses.append((pos, pos + len(part), status))
        pos += len(part) + 1
    if all(s not in ("common", "weak") for _, _, s in statuses):
        # "Kaszim-Zsomart": capitalised words joined by a hyphen are a name
        named = len(statuses) > 1 or any(s == "name" for _, _, s in statuses)
        best = "name" if named else "unknown"
        yield (tok.start, tok.end, best)  # "Qasım-Jomart" stays one word
        return
    yield from statuses


def _piece_mention(
    text: str, lang: str, piece: list[tuple[int, int, str, bool]]
) -> Iterable[NameMention]:
    while piece and piece[-1][2] == "particle":
        piece = piece[:-1]
    while piece and piece[0][2] == "particle":
        piece = piece[1:]
    if not piece or not any(status == "name" for _, _, status, _ in piece):
        return
    start, end = piece[0][0], piece[-1][1]
    surface = text[start:end]
    yield NameMention(
        text=surface,
        key=name_key(surface, lang),
        kind="name",
        span=(start, end),
        confirmed=any(c for *_, c in piece),
    )


def _acronyms(text: str, tokens: list[_Token]) -> Iterable[NameMention]:
    for tok in tokens:
        pos = tok.start
        for part in tok.text.split("-"):
            if is_acronym(part):
                yield NameMention(part, part, "acronym", (pos, pos + len(part)), False)
            pos += len(part) + 1
