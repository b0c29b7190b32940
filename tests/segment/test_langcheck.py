"""The language check, with a stand-in detector (compare.segment.langid is optional)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.segment import langcheck, segment_path, segment_text
from compare.segment.langcheck import MIN_UNIT_CHARS, language_warnings

HEAD = "Resolution on Kazakhstan\n(2022/2505(RSP))\nThe European Parliament,\n"
FRENCH = "1. considérant que les autorités ont restreint l’accès à l’internet mobile;\n"
ENGLISH = "2. Calls on the authorities of Kazakhstan to release all peaceful protesters;\n"


def fake_detector(text: str) -> tuple[str, float]:
    """French for a text that starts in French, English otherwise."""
    return ("fr", 0.9) if text.startswith("considérant") else ("en", 0.95)


def test_unit_in_another_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(langcheck, "load_detector", lambda: fake_detector)
    document = segment_text(HEAD + FRENCH + ENGLISH, "en", fmt="lines")
    assert len(document.warnings) == 1
    assert document.warnings[0].startswith("unit par:1 looks like 'fr' rather than 'en'")


def test_document_in_another_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(langcheck, "load_detector", lambda: fake_detector)
    document = segment_text(HEAD + ENGLISH.replace("2.", "1."), "de", fmt="lines")
    assert document.warnings[0].startswith("the document is declared as 'de'")
    assert len(document.warnings) == 1  # units are then compared with the detected language


def test_short_units_and_low_confidence_are_not_reported() -> None:
    units = segment_text(HEAD + "1. considérant;\n", "en", check_language=False).units
    assert all(len(u.text) < MIN_UNIT_CHARS for u in units)
    assert language_warnings(units, "x" * 100, "en", lambda text: ("fr", 0.2)) == []
    assert language_warnings(units, "x" * 100, "en", lambda text: ("fr", 0.9))[0].startswith(
        "the document is declared as 'en'"
    )


def test_failing_detector_is_ignored() -> None:
    def broken(text: str) -> tuple[str, float]:
        raise RuntimeError("model missing")

    units = segment_text(HEAD + ENGLISH, "en", check_language=False).units
    assert language_warnings(units, "text " * 20, "en", broken) == []


def test_check_is_skipped_without_a_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(langcheck, "load_detector", lambda: None)
    assert segment_text(HEAD + FRENCH, "en", fmt="lines").warnings == ()


def test_real_detector_on_the_seed_and_an_untranslated_unit() -> None:
    pytest.importorskip("compare.segment.langid")
    pytest.importorskip("lingua")
    seed = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012" / "de.txt"
    if seed.exists():
        assert segment_path(seed, "de").warnings == ()
    german = "3. fordert die Staatsorgane auf, alle friedlichen Demonstranten freizulassen;\n"
    text = HEAD + "1. Deeply regrets the loss of life in the protests across the country;\n"
    document = segment_text(text + ENGLISH + german, "en", fmt="lines")
    assert len(document.warnings) == 1
    assert document.warnings[0].startswith("unit par:3 looks like 'de' rather than 'en'")
