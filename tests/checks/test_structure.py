"""Structure flags: missing, extra, merged units and numbering, named after the pivot."""

from __future__ import annotations

import pytest

from compare.checks.base import CheckContext, run_checks
from compare.types import Alignment, Bead, Document, Unit


def units(*labels: str) -> tuple[Unit, ...]:
    out = []
    for label in labels:
        text = f"Text of {label}."
        out.append(Unit(label, "paragraph", f"{label[4:]}.", text, 0, len(text), 0, len(text)))
    return tuple(out)


def messages(pivot_lang: str, other_lang: str) -> list[str]:
    pivot = units("par:1", "par:2", "par:3", "par:4", "par:5")
    other = units("par:1", "par:2", "par:3", "par:5", "par:6")
    beads = (
        Bead((0,), (0,), 0.9),  # 1-1, same number
        Bead((1, 2), (1,), 0.8),  # merged
        Bead((3,), (), 0.7),  # missing
        Bead((4,), (2,), 0.9),  # numbering differs
        Bead((), (3,), 0.6),  # extra
        Bead((), (4,), 0.6),  # extra
    )
    alignment = Alignment(
        Document("d", pivot_lang, pivot, ""), Document("d", other_lang, other, ""), beads
    )
    flags = run_checks(alignment, CheckContext(pivot_lang=pivot_lang), ["structure"])
    return [flag.message for flag in flags]


@pytest.mark.parametrize(("pivot_lang", "name", "other"), [("de", "German", "fr"),
                                                           ("en", "English", "de")])  # fmt: skip
def test_structure_messages_name_the_pivot_language(pivot_lang: str, name: str, other: str) -> None:
    found = messages(pivot_lang, other)
    assert f"{name} par:2, par:3 are merged into one unit in {other} par:2" in found
    assert f"{other} has no counterpart of {name} par:4" in found
    assert f"numbering differs: {name} par:5 corresponds to {other} par:3" in found
    assert f"{other} par:5 has no counterpart in the {name}" in found
    assert all("German" not in m for m in found) or name == "German"
