"""Untranslated check: copied units, units in the pivot's language, a third language."""

from __future__ import annotations

import pytest

from compare.checks.base import run_checks
from compare.checks.untranslated import copied_from
from compare.inject import document_from_texts
from compare.types import Alignment, Bead

GERMAN = [
    "Das Parlament verurteilt die Gewalt gegen friedliche Demonstranten aufs Schärfste.",
    "Tokajew sagte am Montag in Almaty, dass Präsident Nasarbajew zurücktrete.",
    "P9_TA(2022)0012",
]
ENGLISH = [
    "Parliament condemns in the strongest terms the violence against peaceful protesters.",
    "Tokayev said in Almaty on Monday that President Nazarbayev would step down.",
    "P9_TA(2022)0012",
]


def _flags(other_texts: list[str], lang: str = "en") -> list:
    pivot = document_from_texts("doc", "de", GERMAN)
    other = document_from_texts("doc", lang, other_texts)
    beads = tuple(Bead((i,), (i,), 1.0) for i in range(len(GERMAN)))
    return list(run_checks(Alignment(pivot, other, beads), names=["untranslated"]))


def test_faithful_translation_gives_no_flag() -> None:
    assert _flags(ENGLISH) == []


def test_a_copied_german_unit_is_an_error_on_that_unit() -> None:
    flags = _flags([ENGLISH[0], GERMAN[1], ENGLISH[2]])
    assert [(f.type, f.severity, f.other_unit) for f in flags] == [
        ("untranslated", "error", "par:2")
    ]
    assert "identical to the German" in flags[0].message
    assert flags[0].other_span == (0, len(GERMAN[1]))


def test_a_german_unit_too_short_without_its_nouns_is_judged_whole() -> None:
    # without its capitalised words, the German keeps fewer than 40 letters
    short = "Die Regierung erklärte den Ausnahmezustand für die Stadt Almaty."
    pivot_text = "Die Regierung rief den Ausnahmezustand für Almaty aus."
    pivot = document_from_texts("doc", "de", [pivot_text])
    other = document_from_texts("doc", "en", [short])
    flags = run_checks(Alignment(pivot, other, (Bead((0,), (0,), 1.0),)), names=["untranslated"])
    assert [(f.type, dict(f.evidence)["detected"]) for f in flags] == [("untranslated", "de")]


def test_a_third_language_is_named() -> None:
    french = (
        "Le Parlement condamne avec la plus grande fermeté la violence contre les manifestants."
    )
    flags = _flags([french, ENGLISH[1], ENGLISH[2]])
    assert len(flags) == 1
    assert "written in fr, not en" in flags[0].message


@pytest.mark.parametrize(
    ("text", "pivots", "expected"),
    [
        (
            "die  Regierung wird „aufgefordert“ zu handeln",
            ['die Regierung wird "aufgefordert" zu handeln'],
            0,
        ),
        ("Almaty, Astana, Schanaösen", ["Almaty, Astana, Schanaösen"], None),
        ("die Regierung wird aufgefordert", ["die Regierung wird aufgefordert zu handeln"], None),
    ],
)
def test_copied_from(text: str, pivots: list[str], expected: int | None) -> None:
    assert copied_from(text, pivots) == expected
