"""All facts of a unit at once, and their comparison between two language versions."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from compare.checks.extract import (
    FactDiff,
    extract_dates,
    extract_facts,
    extract_names,
    extract_numbers,
    extract_references,
    match_facts,
)

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012"

GERMAN_CITATION = (
    "unter Hinweis auf die 18. Sitzung des Kooperationsrats EU-Kasachstan vom 10. Mai 2021, "
    "das 13. Treffen im Rahmen des Menschenrechtsdialogs zwischen der EU und Kasachstan vom "
    "2. und 3. Dezember 2021 und die 18. Sitzung des Ausschusses für parlamentarische "
    "Kooperation EU-Kasachstan vom 11. Oktober 2021,"
)
TRANSLATIONS = {
    "en": "having regard to the 18th meeting of the EU-Kazakhstan Cooperation Council of 10 May "
    "2021, the 13th meeting of the EU-Kazakhstan Human Rights Dialogue of 2 and 3 December 2021 "
    "and the 18th meeting of the EU-Kazakhstan Parliamentary Cooperation Committee of "
    "11 October 2021,",
    "hu": "tekintettel az EU–Kazahsztán Együttműködési Tanács 2021. május 10-i 18. ülésére, az EU "
    "és Kazahsztán közötti emberi jogi párbeszéd keretében 2021. december 2-án és 3-án tartott "
    "13. találkozóra, valamint az EU–Kazahsztán Parlamenti Együttműködési Bizottság 2021. "
    "október 11-i 18. ülésére,",
    "lt": "atsižvelgdamas į 2021 m. gegužės 10 d. įvykusį 18-ąjį ES ir Kazachstano "
    "bendradarbiavimo tarybos posėdį, 2021 m. gruodžio 2 ir 3 d. įvykusį 13-ąjį ES ir "
    "Kazachstano dialogo žmogaus teisių klausimais susitikimą ir 2021 m. spalio 11 d. įvykusį "
    "18-ąjį ES ir Kazachstano parlamentinio bendradarbiavimo komiteto posėdį,",
    "el": "έχοντας υπόψη τη 18η σύνοδο του Συμβουλίου Συνεργασίας ΕΕ-Καζακστάν της 10ης Μαΐου "
    "2021, τη 13η συνεδρίαση στο πλαίσιο του διαλόγου ΕΕ-Καζακστάν για τα ανθρώπινα δικαιώματα "
    "της 2ας και 3ης Δεκεμβρίου 2021 και τη 18η συνεδρίαση της Επιτροπής Κοινοβουλευτικής "
    "Συνεργασίας ΕΕ-Καζακστάν της 11ης Οκτωβρίου 2021,",
    "ga": "ag féachaint don 18ú cruinniú den Chomhairle Comhair AE-Casacstáin an 10 Bealtaine "
    "2021, don 13ú cruinniú faoin Idirphlé um Chearta an Duine idir AE agus an Chasacstáin an 2 "
    "agus an 3 Nollaig 2021 agus don 18ú cruinniú den Choiste Comhair Pharlaimintigh "
    "AE-Casacstáin an 11 Deireadh Fómhair 2021,",
}


def test_german_citation_facts() -> None:
    facts = extract_facts(GERMAN_CITATION, "de")
    assert sorted(d.key for d in facts.dates) == [
        (2021, 5, 10),
        (2021, 10, 11),
        (2021, 12, 2),
        (2021, 12, 3),
    ]
    assert [(n.value, n.kind) for n in facts.numbers] == [
        (18, "ordinal"),
        (13, "ordinal"),
        (18, "ordinal"),
    ]
    assert facts.references == ()


@pytest.mark.parametrize("lang", sorted(TRANSLATIONS))
def test_translations_of_a_citation_match(lang: str) -> None:
    german = extract_facts(GERMAN_CITATION, "de")
    diff = match_facts(german, extract_facts(TRANSLATIONS[lang], lang))
    assert diff.ok, diff


def test_no_digit_is_counted_twice() -> None:
    text = "ABl. C 23 vom 21.1.2021, S. 83. Angenommene Texte, P9_TA(2021)0056."
    facts = extract_facts(text, "de")
    assert facts.numbers == ()
    assert [d.key for d in facts.dates] == [(2021, 1, 21)]  # the OJ date is a date
    assert [r.key for r in facts.references] == [
        ("oj", "C", "23", "83"),
        ("document", "P9_TA(2021)0056"),
    ]


def test_changed_number_date_and_reference_are_reported() -> None:
    german = extract_facts(
        "am 23. Januar 2022 mindestens 225 Menschen gemäß Artikel 132 Absatz 4", "de"
    )
    english = extract_facts("on 28 January 2022 at least 252 people under Rule 123(4)", "en")
    diff = match_facts(german, english)
    assert not diff.ok
    assert [m.value for m in diff.numbers_pivot] == [225]
    assert [m.value for m in diff.numbers_other] == [252]
    assert [d.key for d in diff.dates_pivot] == [(2022, 1, 23)]
    assert [d.key for d in diff.dates_other] == [(2022, 1, 28)]
    assert [r.key for r in diff.references_pivot] == [("article", "132", "4")]
    assert [r.key for r in diff.references_other] == [("article", "123", "4")]


def test_spelled_and_digit_numbers_match() -> None:
    diff = match_facts(
        extract_facts("zu fünf Jahren Haft und 12 weitere", "de"),
        extract_facts("to 5 years in prison and twelve others", "en"),
    )
    assert diff.ok


def test_a_number_folded_into_a_word_is_soft() -> None:
    # Irish "coicís" (a fortnight) carries no number word for the German "zweiwöchigen"
    diff = match_facts(
        extract_facts("während der zweiwöchigen Kundgebungen", "de"),
        extract_facts("le linn na léirsithe coicíse", "ga"),
    )
    assert diff.ok
    assert [m.value for m in diff.soft_numbers] == [2]


def test_conflicting_spelled_numbers_are_not_soft() -> None:
    diff = match_facts(
        extract_facts("zu fünf Jahren Haft", "de"), extract_facts("to six years in prison", "en")
    )
    assert not diff.ok
    assert [m.value for m in diff.numbers_pivot] == [5]
    assert [m.value for m in diff.numbers_other] == [6]


def test_empty_diff_is_ok() -> None:
    assert FactDiff().ok


@pytest.mark.parametrize("lang", ["en", "fr", "bg"])
def test_planted_fact_changes_in_the_drafts_are_found(lang: str) -> None:
    key_file = CORPUS / "drafts" / f"{lang}.key.json"
    if not key_file.is_file():
        pytest.skip("draft answer keys not in this checkout")
    segment = pytest.importorskip("compare.segment")
    pivot = segment.segment_path(CORPUS / "de.txt", "de", check_language=False)
    draft = segment.segment_path(CORPUS / "drafts" / f"{lang}.txt", lang, check_language=False)
    planted = [
        d
        for d in json.loads(key_file.read_text(encoding="utf-8"))["divergences"]
        if d["type"] in ("number", "date", "reference")
    ]
    assert planted
    for entry in planted:
        german = extract_facts(pivot.by_label(entry["pivot_unit"]).text, "de")
        other = extract_facts(draft.by_label(entry["other_unit"]).text, lang)
        diff = match_facts(german, other)
        found_pivot = [m.surface for m in (*diff.numbers_pivot, *diff.dates_pivot)]
        found_pivot += [r.surface for r in diff.references_pivot]
        found_other = [m.surface for m in (*diff.numbers_other, *diff.dates_other)]
        found_other += [r.surface for r in diff.references_other]
        assert any(entry["pivot_text"] in s or s in entry["pivot_text"] for s in found_pivot)
        assert any(entry["other_text"] in s or s in entry["other_text"] for s in found_other)


def test_a_document_extracts_well_under_100_ms() -> None:
    segment = pytest.importorskip("compare.segment")
    path = CORPUS / "de.txt"
    if not path.is_file():
        pytest.skip("the corpus is not in this checkout")
    units = segment.segment_path(path, "de", check_language=False).units
    assert len(units) >= 60
    for unit in units:  # warm the per-language caches
        extract_facts(unit.text, "de")
    start = time.perf_counter()
    for unit in units:
        extract_numbers(unit.text, "de")
        extract_dates(unit.text, "de")
        extract_references(unit.text, "de")
        extract_names(unit.text, "de")
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5, f"{elapsed * 1000:.0f} ms for {len(units)} units"  # 10x margin
