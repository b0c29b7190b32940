"""Month names, to tell a date at the start of a wrapped line from a paragraph number.

In the PDF-text layout a line may start with a date ("1. März 2020 in vollem Umfang ...");
such a line does not start paragraph 1. Month names come from the CLDR data of babel.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

logger = logging.getLogger(__name__)

#: Shortest month-name stem compared by prefix: four letters tell "märts" from "märtsil"
#: (Estonian adessive) and "marca" from "marec" while shorter names must match whole.
STEM_LENGTH = 4

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def month_words(lang: str) -> frozenset[str]:
    """Lower-case month names of ``lang`` (wide and abbreviated, format and stand-alone)."""
    try:
        from babel import Locale, UnknownLocaleError
        from babel.dates import get_month_names
    except ImportError:  # pragma: no cover - babel is a declared dependency
        logger.warning("babel is not installed: dates at line starts are not recognised")
        return frozenset()
    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    names: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for name in get_month_names(width, context=context, locale=lang).values():
                names.add(name.lower().strip("."))
    return frozenset(names)


def starts_with_month(text: str, lang: str) -> bool:
    """Whether ``text`` begins with a month name of ``lang`` (a declined form included).

    Example:
        >>> starts_with_month("März 2020 in vollem Umfang", "de")
        True
        >>> starts_with_month("fordert die Staatsorgane", "de")
        False
    """
    match = _WORD.match(text.lstrip())
    if not match:
        return False
    word = match.group(0).lower()
    for name in month_words(lang):
        if word == name:
            return True
        if len(name) >= STEM_LENGTH and word[:STEM_LENGTH] == name[:STEM_LENGTH]:
            return True
    return False
