"""Untranslated: a unit in the pivot's language, or in another language than its version."""

from __future__ import annotations

from collections.abc import Iterable

from compare.checks.base import BeadView, Check, CheckContext, register
from compare.types import Divergence

#: Units shorter than this (letters) are too short to identify their language reliably.
MIN_LETTERS = 40
#: Confidence the detector must reach for the flag (lingua's probability).
MIN_CONFIDENCE = 0.8


@register
class UntranslatedCheck(Check):
    name = "untranslated"
    description = "a unit left in the pivot's language or written in a third language"

    def check_bead(self, view: BeadView, ctx: CheckContext) -> Iterable[Divergence]:
        from compare.segment.langcheck import without_names
        from compare.segment.langid import detect_language

        for unit in view.other_units:
            # capitalised words (names, institutions) mislead detectors: judge the rest
            sample = without_names(unit.text)
            if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
                continue
            lang, confidence = detect_language(sample)
            if lang in ("und", view.lang) or confidence < MIN_CONFIDENCE:
                continue
            same_as_pivot = lang == view.pivot_lang
            identical = any(unit.text == p.text for p in view.pivot_units)
            message = (
                f"{view.lang} {unit.label} is not translated: it is in {lang}"
                + (" (identical to the German)" if identical else "")
                if same_as_pivot
                else f"{view.lang} {unit.label} is written in {lang}, not {view.lang}"
            )
            yield self.flag(
                view, "error", confidence, message,
                other_unit=unit.label, other_span=(0, len(unit.text)), other_text=unit.text,
                pivot_text=view.pivot_text,
                evidence={"detected": lang, "confidence": f"{confidence:.3f}"},
            )  # fmt: skip
