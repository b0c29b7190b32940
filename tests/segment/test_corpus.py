"""Every language version of the corpus segments into the German inventory."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.segment import segment_path

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012"
FILES = sorted(CORPUS.glob("??.txt")) if CORPUS.is_dir() else []

INVENTORY = (
    ("title", "procedure", "opening")
    + tuple(f"cit:{n}" for n in range(1, 11))
    + tuple(f"rec:{letter}" for letter in "ABCDEFGHIJKLMNOPQR")
    + tuple(f"par:{n}" for n in range(1, 28))
    + tuple(f"fn:{n}" for n in range(1, 6))
)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_language_version_has_the_german_inventory(path: Path) -> None:
    document = segment_path(path, path.stem, check_language=False)
    assert document.labels() == INVENTORY
    assert [m.number for m in document.by_label("cit:1").footnote_markers] == [1, 2, 3, 4, 5]
    assert sum(len(u.footnote_markers) for u in document.units) == 5
    assert all(u.text for u in document.units)
    assert not any(w.startswith("no call found") for w in document.warnings)


def test_corpus_is_present() -> None:
    if not FILES:
        pytest.skip("the corpus is not in this checkout")
    assert any(p.stem == "de" for p in FILES)
