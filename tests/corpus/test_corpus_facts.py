"""Every translation of the seed keeps the German's numbers, dates and references.

For each unit of the German (segmented) and the unit with the same label in a translation,
the multisets of number values, dates and reference keys must be equal. An ordinal matches
a cardinal of the same value ("18." and "18th"), a number in words matches digits ("fünf"
and "5"), and a number folded into a word on one side only ("zweiwöchigen" against Irish
"coicíse", a fortnight) is tolerated, as :func:`compare.checks.extract.match_facts` defines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.checks.extract import FactDiff, extract_facts, match_facts
from compare.types import EU_LANGUAGES

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012"
TRANSLATIONS = [lang for lang in EU_LANGUAGES if lang != "de"]


def _segment_path():
    try:
        from compare.segment import segment_path
    except ImportError as exc:
        pytest.skip(f"compare.segment is not importable yet: {exc}")
    return segment_path


@pytest.fixture(scope="module")
def german():
    path = CORPUS / "de.txt"
    if not path.is_file():
        pytest.skip("the corpus is not in this checkout")
    return _segment_path()(path, "de", check_language=False)


def _describe(label: str, diff: FactDiff) -> str:
    parts = []
    for name, pivot, other in (
        ("numbers", diff.numbers_pivot, diff.numbers_other),
        ("dates", diff.dates_pivot, diff.dates_other),
        ("references", diff.references_pivot, diff.references_other),
    ):
        if pivot or other:
            parts.append(
                f"{name}: German only {[m.surface for m in pivot]}, "
                f"translation only {[m.surface for m in other]}"
            )
    return f"{label}: " + "; ".join(parts)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_keeps_the_german_facts(german, lang: str) -> None:
    path = CORPUS / f"{lang}.txt"
    if not path.is_file():
        pytest.skip(f"{path.name} is not in this checkout")
    translation = _segment_path()(path, lang, check_language=False)
    labels = set(translation.labels())
    missing = [u.label for u in german.units if u.label not in labels]
    assert not missing, f"{lang}: units missing after segmentation: {missing}"
    problems = []
    for unit in german.units:
        diff = match_facts(
            extract_facts(unit.text, "de"),
            extract_facts(translation.by_label(unit.label).text, lang),
        )
        if not diff.ok:
            problems.append(_describe(unit.label, diff))
    assert not problems, f"{lang}: {len(problems)} unit(s) differ:\n" + "\n".join(problems)


def test_the_seed_has_facts_to_compare(german) -> None:
    facts = [extract_facts(u.text, "de") for u in german.units]
    assert sum(len(f.numbers) for f in facts) >= 15
    assert sum(len(f.dates) for f in facts) >= 40
    assert sum(len(f.references) for f in facts) >= 15
