"""Decoding the bytes of a text file: BOMs, UTF-8, and a guarded guess among legacy code pages.

Only encodings that EU documents are really found in are tried, and a legacy code page is
accepted only when the decoded text is plausible for it (letters of the expected script,
no control characters); anything else is an :class:`~compare.errors.InputError` that asks
for the file to be saved as UTF-8.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata
from collections.abc import Callable

from compare.errors import InputError

logger = logging.getLogger(__name__)

#: Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Share of control characters above which a decoded file is treated as binary.
MAX_CONTROL_SHARE = 0.01
#: Smallest plausibility score for a legacy Latin code page (share of non-ASCII characters
#: that are letters inside mostly-ASCII words, as accented letters are in Latin-script text).
MIN_LATIN_SCORE = 0.9
#: Smallest share of non-ASCII letters among the ten most frequent letters of the script;
#: the ten most frequent Greek or Cyrillic letters cover about 60 % of running text.
MIN_SCRIPT_SCORE = 0.4

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
#: Unicode categories of punctuation that legitimately sits in text of any script:
#: dashes, brackets, quotes, spaces, currency signs.
_TYPOGRAPHIC_CATEGORIES = frozenset({"Pd", "Ps", "Pe", "Pi", "Pf", "Zs", "Sc"})
_TYPOGRAPHIC_EXTRA = frozenset("…•°§·«»¿¡€™©®†‰")
_GREEK_COMMON = frozenset("αοειτνσςρκπ")
#: The non-ASCII letters of the Latin-script EU languages ("é" added to each for names).
_LATIN_ALPHABETS: tuple[frozenset[str], ...] = tuple(
    frozenset(letters + "é")
    for letters in (
        "äöüß",  # de
        "àâæçèêëîïôœùûüÿ",  # fr
        "àèéìíîòóùú",  # it
        "áíñóúü",  # es
        "áâãàçêíóôõú",  # pt
        "ëïöüè",  # nl
        "æøå",  # da
        "åäö",  # sv
        "äöåšž",  # fi
        "äöõüšž",  # et
        "áíóöőúüű",  # hu
        "ąćęłńóśźż",  # pl
        "áčďěíňóřšťúůýž",  # cs
        "áäčďíĺľňóôŕšťúýž",  # sk
        "čšžćđ",  # sl, hr
        "ăâîșțşţ",  # ro
        "ąčęėįšųūž",  # lt
        "āčēģīķļņšūž",  # lv
        "ċġħżàèìòù",  # mt
        "áíóú",  # ga
    )
)
_CYRILLIC_COMMON = frozenset("оеаитнсрвл")


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode the bytes of a text file.

    Tries, in order: a byte order mark (UTF-8, UTF-16, UTF-32), the ``declared`` encoding (an
    HTML ``charset``), UTF-8, then cp1252, ISO-8859-2, ISO-8859-7, cp1251 and Latin-1, keeping
    a legacy code page only when the decoded text is plausible for it.

    Args:
        data: the file's bytes.
        source: the file's display name, for messages.
        declared: an encoding the file declares for itself, if any.

    Returns:
        The decoded text (BOM removed) and the name of the encoding used.

    Raises:
        InputError: the bytes are binary or in no encoding this function accepts.

    Example:
        >>> decode("Kasachstan".encode("utf-16"), "de.txt")
        ('Kasachstan', 'utf-16')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, source), encoding
    if b"\x00" in data:
        raise InputError(
            f"{source} looks like a binary file (it contains NUL bytes): give a text, HTML, "
            "PDF or DOCX file; if it is UTF-16 text without a byte order mark, save it as UTF-8"
        )
    for encoding in _candidates(declared):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding in ("utf-8", "ascii") or _is_declared(encoding, declared):
            _check_not_binary(text, source)
            return text, encoding
    return _guess_legacy(data, source)


def _candidates(declared: str | None) -> list[str]:
    names = ["utf-8"]
    if declared:
        try:
            names.insert(0, codecs.lookup(declared).name)
        except LookupError:
            logger.warning("unknown declared encoding %r ignored", declared)
    return names


def _is_declared(encoding: str, declared: str | None) -> bool:
    if not declared:
        return False
    try:
        return codecs.lookup(declared).name == encoding
    except LookupError:
        return False


def _decode_strict(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} starts with a {encoding.upper()} byte order mark but is not valid "
            f"{encoding.upper()} (byte {exc.start}): save the file as UTF-8"
        ) from None
    _check_not_binary(text, source)
    return text


def control_share(text: str) -> float:
    """Share of characters of ``text`` that are control characters other than line breaks."""
    if not text:
        return 0.0
    bad = sum(
        1
        for ch in text
        if (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS) or ch == "\ufffd"
    )
    return bad / len(text)


def _check_not_binary(text: str, source: str) -> None:
    share = control_share(text)
    if share > MAX_CONTROL_SHARE:
        raise InputError(
            f"{source} does not look like text ({share:.0%} of its characters are control "
            "characters): give a text, HTML, PDF or DOCX file"
        )


def _guess_legacy(data: bytes, source: str) -> tuple[str, str]:
    best: tuple[float, str, str] | None = None
    for encoding, scorer, minimum in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if control_share(text) > 0:
            continue
        score = scorer(text)
        logger.debug("%s decoded as %s: plausibility %.2f", source, encoding, score)
        if score < minimum:
            continue
        # among plausible Latin code pages, prefer the one whose accented letters all belong
        # to one EU language (Hungarian "ő" rather than cp1252's "õ")
        rank = score + _alphabet_coverage(text)
        if best is None or rank > best[0]:
            best = (rank, encoding, text)
    if best is None:
        raise InputError(
            f"{source} is not valid UTF-8 and does not decode to plausible text in cp1252, "
            "ISO-8859-2, ISO-8859-7, cp1251 or Latin-1 (it may be binary or in another "
            "encoding): save the file as UTF-8"
        )
    logger.info("%s is not UTF-8; decoded as %s", source, best[1])
    return best[2], best[1]


def _alphabet_coverage(text: str) -> float:
    """Largest share of the non-ASCII letters of ``text`` that one EU alphabet holds."""
    letters = [ch.lower() for ch in _non_ascii(text) if ch.isalpha()]
    if not letters:
        return 1.0
    if not all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters):
        return 1.0  # Greek or Cyrillic: scored by the script scorer
    best = max(sum(ch in alphabet for ch in letters) for alphabet in _LATIN_ALPHABETS)
    return best / len(letters)


def _non_ascii(text: str) -> list[str]:
    return [ch for ch in text if ord(ch) > 127]


def _latin_score(text: str) -> float:
    """Share of non-ASCII characters that are letters in words holding ASCII letters too.

    Typographic punctuation (quotes, dashes, spaces, currency signs) is left out; symbols
    such as "³", "¹", "±" or "¶" count against, as they stand for letters read in the wrong
    Latin code page (Polish "ł", "ą", "ś" read as cp1252).
    """
    chars = [ch for ch in _non_ascii(text) if not _is_typographic(ch)]
    if not chars:
        return 1.0
    good = 0
    for word in _words(text):
        high = [ch for ch in word if ord(ch) > 127]
        # accented letters sit among ASCII letters; a word made only of "accented" letters
        # (longer than one letter) is Greek or Cyrillic read in the wrong code page
        if high and (len(word) == 1 or 4 * len(high) <= 3 * len(word)):
            good += len(high)
    return good / len(chars)


def _is_typographic(ch: str) -> bool:
    return unicodedata.category(ch) in _TYPOGRAPHIC_CATEGORIES or ch in _TYPOGRAPHIC_EXTRA


def _script_scorer(script: str, common: frozenset[str]) -> Callable[[str], float]:
    def score(text: str) -> float:
        chars = [ch for ch in _non_ascii(text) if not _is_typographic(ch)]
        letters = [_base_letter(ch) for ch in chars if ch.isalpha()]
        if not chars:
            return 1.0
        in_script = [ch for ch in letters if unicodedata.name(ch, "").startswith(script)]
        if len(in_script) < 0.9 * len(chars):
            return 0.0
        return sum(ch in common for ch in in_script) / len(in_script)

    return score


def _base_letter(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch.lower())
    return decomposed[0] if decomposed else ch


def _words(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if ch.isalpha():
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


#: Legacy code pages tried, in order of preference when two are equally plausible.
_LEGACY: tuple[tuple[str, Callable[[str], float], float], ...] = (
    ("cp1252", _latin_score, MIN_LATIN_SCORE),
    ("iso-8859-2", _latin_score, MIN_LATIN_SCORE),
    ("iso-8859-7", _script_scorer("GREEK", _GREEK_COMMON), MIN_SCRIPT_SCORE),
    ("cp1251", _script_scorer("CYRILLIC", _CYRILLIC_COMMON), MIN_SCRIPT_SCORE),
    ("latin-1", _latin_score, MIN_LATIN_SCORE),
)
