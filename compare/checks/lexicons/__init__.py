"""Negation, evaluative-pole and modality cues for the 24 official EU languages.

One data module per language (``de.py``, ``en.py``, ...), each defining ``LEXICON`` with
:func:`compare.checks.lexicons.base.build`. The cues follow the phrasing of European
Parliament resolutions: the third-person verbs that open their paragraphs ("fordert ...
auf", "calls on", "invite", "wzywa"), the negators of each language and the evaluative
adjectives these texts use (peaceful / violent, legal / illegal, ...).

Example:
    >>> from compare.checks.lexicons import get_lexicon
    >>> [(c.name, c.value) for c in get_lexicon("de").scale_cues("fordert die Regierung auf")]
    [('demand', 3)]
"""

from __future__ import annotations

import importlib
from functools import cache

from compare.checks.lexicons.base import (
    CONCEPTS,
    NOTE,
    SCALES,
    STANCE_SCALES,
    STANCE_SIGNS,
    CueMatch,
    Lexicon,
    LexiconError,
    build,
)
from compare.errors import InputError
from compare.types import EU_LANGUAGES

__all__ = [
    "CONCEPTS",
    "NOTE",
    "SCALES",
    "STANCE_SCALES",
    "STANCE_SIGNS",
    "CueMatch",
    "Lexicon",
    "LexiconError",
    "build",
    "get_lexicon",
    "supported_languages",
]


def supported_languages() -> tuple[str, ...]:
    """The languages with a cue lexicon: all 24 official EU languages."""
    return EU_LANGUAGES


@cache
def get_lexicon(lang: str) -> Lexicon:
    """The compiled cue lexicon of ``lang`` (ISO 639-1), loaded on first use.

    Raises:
        InputError: ``lang`` is not one of the 24 official EU languages.
    """
    code = (lang or "").strip().lower()
    if code not in EU_LANGUAGES:
        raise InputError(
            f"no polarity/modality lexicon for language {lang!r}: use one of the official EU "
            f"languages ({', '.join(EU_LANGUAGES)})"
        )
    module = importlib.import_module(f"compare.checks.lexicons.{code}")
    return module.LEXICON
