"""The language detector agrees with the declared language of every corpus file."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.segment import segment_path
from compare.segment.langcheck import without_names
from compare.segment.langid import detect_language

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012"
FILES = sorted(CORPUS.glob("??.txt")) + sorted(CORPUS.glob("drafts/??.txt"))


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_detected_language_is_the_declared_one(path: Path) -> None:
    document = segment_path(path, path.stem)
    body = " ".join(u.text for u in document.units if u.kind != "footnote")
    lang, confidence = detect_language(without_names(body))
    assert (lang, confidence >= 0.8) == (path.stem, True)
    assert not any(w.startswith("the document is declared as") for w in document.warnings)


def test_a_wrong_declared_language_is_reported() -> None:
    document = segment_path(CORPUS / "en.txt", "de")
    assert any(
        w.startswith("the document is declared as 'de' but its text looks like 'en'")
        for w in document.warnings
    )
