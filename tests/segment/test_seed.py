"""The German seed (PDF-text layout): the exact inventory, footnotes, traps and offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from compare.ingest import read_path
from compare.segment import segment, segment_path
from compare.types import Document, Unit

SEED = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012" / "de.txt"

EXPECTED_LABELS = (
    ("title", "procedure", "opening")
    + tuple(f"cit:{n}" for n in range(1, 11))
    + tuple(f"rec:{letter}" for letter in "ABCDEFGHIJKLMNOPQR")
    + tuple(f"par:{n}" for n in range(1, 28))
    + tuple(f"fn:{n}" for n in range(1, 6))
)
FOOTNOTES = (
    "Angenommene Texte, P9_TA(2021)0056.",
    "ABl. C 23 vom 21.1.2021, S. 83.",
    "ABl. C 45 vom 5.2.2016, S. 85.",
    "ABl. C 251 E vom 31.8.2013, S. 93.",
    "ABl. C 224 E vom 19.8.2010, S.30.",
)


def _squash(text: str) -> str:
    return "".join(text.split())


def _with_calls(unit: Unit) -> str:
    """The unit's text with its footnote calls put back as the seed prints them."""
    text = unit.text
    for marker in reversed(unit.footnote_markers):
        text = text[: marker.position] + str(marker.number) + text[marker.position :]
    return text


@pytest.fixture(scope="module")
def seed() -> Document:
    if not SEED.exists():
        pytest.skip("the German seed is not in this checkout")
    return segment_path(SEED, "de", doc_id="ep-ta-9-2022-0012", check_language=False)


def test_inventory(seed: Document) -> None:
    assert seed.labels() == EXPECTED_LABELS
    kinds = [u.kind for u in seed.units]
    assert kinds.count("citation") == 10
    assert kinds.count("recital") == 18
    assert kinds.count("paragraph") == 27
    assert kinds.count("footnote") == 5
    assert seed.warnings == ()
    assert seed.doc_id == "ep-ta-9-2022-0012"
    assert seed.source == "de.txt"


def test_head(seed: Document) -> None:
    assert seed.by_label("title").text == (
        "Entschließung des Europäischen Parlaments zur Situation in Kasachstan"
    )
    assert seed.by_label("procedure").text == "(2022/2505(RSP))"
    assert seed.by_label("opening").text == "Das Europäische Parlament,"


def test_printed_labels(seed: Document) -> None:
    assert seed.by_label("cit:9").printed_label == "–"
    assert seed.by_label("rec:E").printed_label == "E."
    assert seed.by_label("par:14").printed_label == "14."
    assert seed.by_label("fn:3").printed_label == "3"
    assert seed.by_label("rec:E").text.startswith("in der Erwägung, dass seit Beginn")
    assert seed.by_label("par:14").text.startswith("verurteilt die Praxis der Folter")


def test_footnote_markers_all_on_the_first_citation(seed: Document) -> None:
    citation = seed.by_label("cit:1")
    assert [m.number for m in citation.footnote_markers] == [1, 2, 3, 4, 5]
    words = [citation.text[: m.position].split()[-1] for m in citation.footnote_markers]
    assert words == ["Kasachstan", "2019", "2013", "2012", "2009"]
    assert sum(len(u.footnote_markers) for u in seed.units) == 5


def test_footnote_texts(seed: Document) -> None:
    assert tuple(seed.by_label(f"fn:{n}").text for n in range(1, 6)) == FOOTNOTES


def test_no_glued_markers_left(seed: Document) -> None:
    assert "Kasachstan1" not in seed.text
    assert not re.search(r"20192|20133|20124|20095", seed.text)
    assert "14. März 2019, 18. April 2013, 15. März 2012 und 17. September 2009," in seed.text


def test_page_breaks_leave_no_trace(seed: Document) -> None:
    assert "Angenommene Texte" not in seed.by_label("cit:8").text
    assert seed.by_label("cit:9").text.startswith("unter Hinweis auf die allgemeine")
    assert "ein solcher Befehl gegen die völkerrechtlichen Verpflichtungen" in (
        seed.by_label("rec:J").text
    )
    assert not any(u.text.startswith(" ") or "  " in u.text for u in seed.units)


def test_date_lines_do_not_start_paragraphs(seed: Document) -> None:
    assert "am 1. März 2020 in vollem Umfang in Kraft getreten ist," in seed.by_label("cit:2").text
    assert "am 8. Januar 2022 in Taldıqorğan vom Militär erschossen" in seed.by_label("rec:E").text
    assert seed.by_label("par:1").text.startswith("bedauert zutiefst")
    assert seed.by_label("par:8").text.startswith("fordert die Staatsorgane Kasachstans auf")


def test_real_hyphens_are_kept(seed: Document) -> None:
    assert "Meinungs-, Vereinigungs- und Versammlungsfreiheit" in seed.by_label("rec:N").text
    assert "Internet- und Mobiltelefondienste" in seed.by_label("rec:E").text
    assert "EU-Kasachstan" in seed.by_label("cit:3").text
    assert "Außen- und Sicherheitspolitik" in seed.by_label("par:27").text
    assert "Oppositions- und Menschenrechtsinhalte" in seed.by_label("rec:Q").text


def test_round_trip_and_offsets(seed: Document) -> None:
    raw = read_path(SEED)
    assert seed.text == Document.UNIT_SEPARATOR.join(u.text for u in seed.units)
    for unit in seed.units:
        assert seed.text[unit.start : unit.end] == unit.text
        assert unit.end == unit.start + len(unit.text)
        source = raw.text[unit.source_start : unit.source_end]
        assert _squash(source) == _squash(unit.printed_label + _with_calls(unit)), unit.label
        for marker in unit.footnote_markers:
            assert 0 <= marker.position <= len(unit.text)
        assert unit.sentences and unit.sentences[0][0] >= 0
        assert all(0 <= a < b <= len(unit.text) for a, b in unit.sentences)
    body = [u for u in seed.units if u.kind != "footnote"]
    assert all(a.source_end <= b.source_start for a, b in zip(body, body[1:]))


def test_segment_takes_a_raw_text() -> None:
    if not SEED.exists():
        pytest.skip("the German seed is not in this checkout")
    raw = read_path(SEED)
    assert segment(raw, "de", check_language=False).labels() == EXPECTED_LABELS
