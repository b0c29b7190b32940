"""Untranslated: a unit in the pivot's language, or in another language than its version.

Three ways to tell, strictest first:

* the unit is the pivot's text itself (the same words, spaces and quotes aside) and has
  at least :data:`MIN_COPIED_WORDS` lower-case words: a copied unit, whatever its length;
* the unit without its capitalised words and numbers (:func:`~compare.segment.langcheck.
  without_names`) has :data:`MIN_LETTERS` letters and the detector names another language
  with :data:`MIN_CONFIDENCE`;
* that is too short (German capitalises every noun, so a German sentence loses half its
  letters), but the whole unit has :data:`MIN_LETTERS` letters and the detector names the
  pivot's language with :data:`MIN_CONFIDENCE_WHOLE`: only the pivot's language is accepted
  there, as names in a short unit can pull the detector towards any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from compare.checks.base import BeadView, Check, CheckContext, register
from compare.types import Divergence, Unit

#: Units shorter than this (letters) are too short to identify their language reliably.
MIN_LETTERS = 40
#: Confidence the detector must reach for the flag (lingua's probability).
MIN_CONFIDENCE = 0.8
#: Confidence needed when the whole unit, names included, is judged.
MIN_CONFIDENCE_WHOLE = 0.95
#: Lower-case words a unit identical to the pivot's must have (codes, names and dates are
#: written alike in every language).
MIN_COPIED_WORDS = 3

_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'",
                         "‘": "'", "’": "'"})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def normalised(text: str) -> str:
    """``text`` with runs of spaces made one and typographic quotes made plain."""
    return _SPACES.sub(" ", text.translate(_QUOTES)).strip()


def copied_from(text: str, pivot_texts: Iterable[str]) -> int | None:
    """The position of the pivot text ``text`` copies word for word, if it has enough
    lower-case words to tell (codes, names and dates are written alike everywhere).

    Example:
        >>> de = "fordert die Regierung auf, die Haft zu beenden;"
        >>> copied_from("fordert  die Regierung auf, die Haft zu beenden;", ["Titel", de])
        1
        >>> copied_from("P9_TA(2022)0012", ["P9_TA(2022)0012"]) is None
        True
    """
    text = normalised(text)
    if sum(w[0].islower() for w in _WORD.findall(text)) < MIN_COPIED_WORDS:
        return None
    return next((i for i, p in enumerate(pivot_texts) if normalised(p) == text), None)


@register
class UntranslatedCheck(Check):
    name = "untranslated"
    description = "a unit left in the pivot's language or written in a third language"

    def check_bead(self, view: BeadView, ctx: CheckContext) -> Iterable[Divergence]:
        for unit in view.other_units:
            if copied_from(unit.text, (p.text for p in view.pivot_units)) is not None:
                yield self._flag(view, unit, view.pivot_lang, 1.0, identical=True)
                continue
            found = _detected(unit.text, view.lang, view.pivot_lang)
            if found is not None:
                lang, confidence = found
                yield self._flag(view, unit, lang, confidence, identical=False)

    def _flag(
        self, view: BeadView, unit: Unit, lang: str, confidence: float, *, identical: bool
    ) -> Divergence:
        if lang == view.pivot_lang:
            message = f"{view.lang} {unit.label} is not translated: it is in {lang}"
            if identical:
                message += " (identical to the German)" if lang == "de" else " (identical)"
        else:
            message = f"{view.lang} {unit.label} is written in {lang}, not {view.lang}"
        evidence: dict[str, object] = {"detected": lang, "confidence": f"{confidence:.3f}"}
        if identical:
            evidence = {"identical to": view.pivot_lang, "confidence": "1.000"}
        return self.flag(
            view, "error", confidence, message,
            other_unit=unit.label, other_span=(0, len(unit.text)), other_text=unit.text,
            pivot_text=view.pivot_text, evidence=evidence,
        )  # fmt: skip


def _detected(text: str, lang: str, pivot_lang: str) -> tuple[str, float] | None:
    """The wrong language ``text`` is written in, with the detector's confidence, or None."""
    from compare.segment.langcheck import without_names
    from compare.segment.langid import detect_language

    # capitalised words (names, institutions) mislead detectors: judge the rest
    sample = without_names(text)
    if _letters(sample) >= MIN_LETTERS:
        found, confidence = detect_language(sample)
        if found not in ("und", lang) and confidence >= MIN_CONFIDENCE:
            return found, confidence
        return None
    if _letters(text) < MIN_LETTERS:
        return None
    found, confidence = detect_language(text)
    if found == pivot_lang and confidence >= MIN_CONFIDENCE_WHOLE:
        return found, confidence
    return None


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)
