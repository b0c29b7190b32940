"""Printed labels of EU documents: recital letters per language, sub-point letters, roman
numerals, and the normalised label of each.

Recitals are lettered in the language's own sequence: Latin A..Z, AA, AB, ...; Greek
numerals Α, Β, Γ, Δ, Ε, ΣΤ, Ζ, Η, Θ, Ι, ΙΑ, ... ΙΘ, Κ, ΚΑ, ...; Bulgarian А, Б, В, ... Я
(Ь omitted), АА, АБ, ... The normalised label of a recital is its ordinal position written in
Latin letters (the sixth recital is ``rec:F`` in every language), so all language versions
share labels.
"""

from __future__ import annotations

import re
from functools import lru_cache

LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Bulgarian recital letters (the Bulgarian alphabet without Ь), as the EP numbers them.
BULGARIAN_LETTERS = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЮЯ"
#: Greek numerals: units 1-9 (6 is ΣΤ, "stigma") and tens 10-90 (90 is koppa).
_GREEK_UNITS = ("", "Α", "Β", "Γ", "Δ", "Ε", "ΣΤ", "Ζ", "Η", "Θ")
_GREEK_TENS = ("", "Ι", "Κ", "Λ", "Μ", "Ν", "Ξ", "Ο", "Π", "Ϙ")

#: Latin capitals that print like Greek or Cyrillic ones (a PDF may mix them in labels).
_GREEK_CONFUSABLES = str.maketrans("ABEZHIKMNOPTYX", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
_CYRILLIC_CONFUSABLES = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")

#: Largest ordinal the letter tables cover (ZZ in Latin).
MAX_ORDINAL = 26 * 27

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def bijective(ordinal: int, alphabet: str) -> str:
    """``ordinal`` (0-based) in bijective base ``len(alphabet)``: A..Z, AA, AB, ...

    Example:
        >>> bijective(0, LATIN_LETTERS), bijective(25, LATIN_LETTERS), bijective(26, LATIN_LETTERS)
        ('A', 'Z', 'AA')
    """
    if ordinal < 0:
        raise ValueError(f"ordinal must be >= 0, got {ordinal}")
    base = len(alphabet)
    n = ordinal + 1
    out = []
    while n:
        n, rest = divmod(n - 1, base)
        out.append(alphabet[rest])
    return "".join(reversed(out))


def greek_numeral(ordinal: int) -> str:
    """``ordinal`` (0-based) as a Greek numeral: 0 -> Α, 5 -> ΣΤ, 10 -> ΙΑ, 15 -> ΙΣΤ.

    Example:
        >>> [greek_numeral(i) for i in (0, 5, 9, 10, 15, 19)]
        ['Α', 'ΣΤ', 'Ι', 'ΙΑ', 'ΙΣΤ', 'Κ']
    """
    n = ordinal + 1
    if not 1 <= n <= 99:
        raise ValueError(f"Greek recital numerals cover 1-99, got {n}")
    return _GREEK_TENS[n // 10] + _GREEK_UNITS[n % 10]


def letter_for(ordinal: int, lang: str) -> str:
    """The recital letter printed at ``ordinal`` (0-based) in language ``lang``."""
    if lang == "el":
        return greek_numeral(ordinal)
    if lang == "bg":
        return bijective(ordinal, BULGARIAN_LETTERS)
    return bijective(ordinal, LATIN_LETTERS)


def latin_label(ordinal: int) -> str:
    """The normalised (Latin) recital label at ``ordinal``: 0 -> "A", 26 -> "AA"."""
    return bijective(ordinal, LATIN_LETTERS)


@lru_cache(maxsize=32)
def _ordinals(lang: str) -> dict[str, int]:
    limit = 99 if lang == "el" else MAX_ORDINAL
    return {letter_for(i, lang): i for i in range(limit)}


def recital_ordinal(printed: str, lang: str) -> int | None:
    """The ordinal (0-based) of a printed recital letter, or ``None`` if it is none.

    Look-alike Latin capitals are accepted in Greek and Bulgarian, and the Greek stigma
    "Ϛ" for "ΣΤ".

    Example:
        >>> recital_ordinal("ΣΤ", "el"), recital_ordinal("Й", "bg"), recital_ordinal("AB", "de")
        (5, 9, 27)
    """
    key = printed.strip().upper()
    if lang == "el":
        key = key.translate(_GREEK_CONFUSABLES).replace("Ϛ", "ΣΤ").replace("Ϟ", "Ϙ")
    elif lang == "bg":
        key = key.translate(_CYRILLIC_CONFUSABLES)
    return _ordinals(lang).get(key)


def sub_letter_ordinal(printed: str, lang: str) -> int | None:
    """The ordinal of a lower-case sub-point letter ("a", "β", "б"), or ``None``."""
    if printed != printed.lower():
        return None
    return recital_ordinal(printed.upper(), lang)


def roman_value(text: str) -> int | None:
    """The value of a lower-case roman numeral ("iv" -> 4), or ``None`` if it is none."""
    if not text or not re.fullmatch(r"[ivxlcdm]+", text):
        return None
    value = 0
    rest = text
    for number, symbol in _ROMAN:
        while rest.startswith(symbol):
            value += number
            rest = rest[len(symbol) :]
    return value if not rest and to_roman(value) == text else None


def to_roman(value: int) -> str:
    """``value`` as a lower-case roman numeral."""
    out = []
    for number, symbol in _ROMAN:
        count, value = divmod(value, number)
        out.append(symbol * count)
    return "".join(out)
