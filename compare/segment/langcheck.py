"""Language check of a segmented document, through :mod:`compare.segment.langid`.

The detector is optional: when ``compare.segment.langid`` is not installed the check is
skipped (logged at debug level), never an error.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence

from compare.types import Unit

logger = logging.getLogger(__name__)

#: Units with fewer characters than this (names left out) are not checked: short texts are
#: ambiguous between related languages.
MIN_UNIT_CHARS = 40
#: Smallest detector confidence at which a disagreement is reported: Danish and Swedish
#: titles of eight words come out near 0.5 either way; an untranslated unit scores 1.0.
MIN_CONFIDENCE = 0.8
#: Characters of the document given to the detector for the whole-document check.
DOCUMENT_SAMPLE_CHARS = 20_000

#: What a detector answers for a text too short or too poor in letters to identify.
UNDETERMINED = "und"

Detector = Callable[[str], tuple[str, float]]


def load_detector() -> Detector | None:
    """``compare.segment.langid.detect_language``, or ``None`` when that module is absent."""
    try:
        module = importlib.import_module("compare.segment.langid")
    except ModuleNotFoundError as exc:
        if exc.name in ("compare.segment.langid", "compare.segment"):
            logger.debug("compare.segment.langid is not available: language check skipped")
            return None
        raise
    detector = getattr(module, "detect_language", None)
    return detector if callable(detector) else None


def language_warnings(
    units: Sequence[Unit], text: str, lang: str, detector: Detector | None = None
) -> list[str]:
    """Warnings for a document whose detected language is not ``lang``, and for units
    (longer than :data:`MIN_UNIT_CHARS`) in another language than the document.

    Args:
        units: the document's units.
        text: the document's text.
        lang: the declared language.
        detector: ``text -> (language, confidence)``; loaded from
            :mod:`compare.segment.langid` when ``None``.
    """
    detector = detector or load_detector()
    if detector is None or not text.strip():
        return []
    warnings: list[str] = []
    expected = lang
    found = _detect(detector, text[:DOCUMENT_SAMPLE_CHARS])
    if found and found[0] != lang and found[1] >= MIN_CONFIDENCE:
        warnings.append(
            f"the document is declared as {lang!r} but its text looks like {found[0]!r} "
            f"(confidence {found[1]:.2f}): check the --lang given for this file"
        )
        expected = found[0]
    for unit in units:
        sample = without_names(unit.text)
        if len(sample) < MIN_UNIT_CHARS:
            continue
        result = _detect(detector, sample)
        if result and result[0] != expected and result[1] >= MIN_CONFIDENCE:
            warnings.append(
                f"unit {unit.label} looks like {result[0]!r} rather than {expected!r} "
                f"(confidence {result[1]:.2f}): {unit.text[:60]!r}"
            )
    return warnings


def without_names(text: str) -> str:
    """``text`` without capitalised words after the first, nor words holding digits.

    Proper names, acronyms and references ("Bostandıq.kz, Qaharman, Femina Virtute, 405")
    say nothing of a unit's language and mislead detectors on short texts; the function
    words and verbs left say it all.

    Example:
        >>> without_names("Calls on the Kazakh authorities to free Noyan Rahimjanov (Article 14);")
        'Calls on the authorities to free'
    """
    words = text.split()
    kept = words[:1] + [
        w for w in words[1:] if not _starts_upper(w) and not any(ch.isdigit() for ch in w)
    ]
    return " ".join(kept)


def _starts_upper(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and letters[0].isupper()


def _detect(detector: Detector, text: str) -> tuple[str, float] | None:
    try:
        lang, confidence = detector(text)
    except Exception:  # an optional check must not stop segmentation
        logger.warning("language detection failed; check skipped", exc_info=True)
        return None
    if not lang or lang == UNDETERMINED:
        return None
    return str(lang), float(confidence)
