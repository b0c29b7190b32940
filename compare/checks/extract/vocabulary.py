"""Which capitalised words are common words: the model's own vocabulary as a word list.

The multilingual model's sentencepiece vocabulary (250,002 pieces, a unigram language model
trained on text of about a hundred languages) holds a whole-word piece for the frequent
words of every EU language, each with its log probability. A capitalised word whose
lower-case form is such a piece, and more probable than the capitalised form, is mostly
written in lower case: "Speaker", "Trade", "Economy", "Business", "Extremely" (English
title case, translated by every other version), against "Rome", "Bush", "Brown", "House",
"Peter", "Gingrich" (no lower-case piece, or a less probable one). Words shorter than
:data:`MIN_LETTERS` are left alone: short lower-case pieces are as often fragments of other
words ("han", "kong", "wong") as words.

Measured on FLORES-200 English, capitalised words inside sentences (no benchmark label): of
156 occurrences of words the devtest also writes in lower case at least twice, 53 pass the
rule; of 417 occurrences of words it never writes in lower case and at least five of ten
other versions copy unchanged (names), 16 pass, 10 words: "Rahul", "Recep", "Tonga",
"Plata", and words of names that are words ("Electric", "Patrol", "Revolution", "Super",
"Survey", "Sustainable").

The vocabulary is the built model's (:func:`compare.encode.build.ensure_built`); without
it no word passes, and the extractor works from its word lists alone.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any

logger = logging.getLogger(__name__)

#: Shortest lower-case form the rule applies to.
MIN_LETTERS = 5
#: The sentencepiece word-start mark.
_WORD_START = "\u2581"


@cache
def _processor() -> Any | None:
    """The model's sentencepiece processor, or None (with a warning) when it is not built."""
    try:
        import sentencepiece as spm

        from compare.encode.build import SP_MODEL, ensure_built

        return spm.SentencePieceProcessor(model_file=str(ensure_built() / SP_MODEL))
    except Exception as exc:  # no model: the word lists alone decide
        logger.warning("model vocabulary unavailable (%s): names judged by word lists", exc)
        return None


@lru_cache(maxsize=65536)
def frequent_lowercase(word: str) -> bool:
    """Whether a capitalised word is mostly written in lower case, by the model's vocabulary.

    Example:
        >>> frequent_lowercase("Economy"), frequent_lowercase("Gingrich")  # doctest: +SKIP
        (True, False)
    """
    low = word.lower()
    if len(low) < MIN_LETTERS or low == word:
        return False
    sp = _processor()
    if sp is None:
        return False
    piece = sp.piece_to_id(_WORD_START + low)
    if piece == sp.unk_id():
        return False
    capitalised = sum(sp.get_score(i) for i in sp.encode(word))
    return sp.get_score(piece) >= capitalised
