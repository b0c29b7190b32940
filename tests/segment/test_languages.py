"""Small hand-written resolutions in de, en, fr, el, bg, mt and ga, in both text layouts,
and the EP-style and EUR-Lex-style HTML pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.segment import segment_path
from compare.types import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LANGS = ("de", "en", "fr", "el", "bg", "mt", "ga")
LAYOUTS = ("pdf", "lines")

RECITALS = {"de": 3, "en": 4, "fr": 3, "el": 7, "bg": 11, "mt": 3, "ga": 3}
CITATIONS = {"de": 3, "en": 3, "fr": 3, "el": 2, "bg": 2, "mt": 2, "ga": 2}
PARAGRAPHS = {"de": 3, "en": 4, "fr": 3, "el": 3, "bg": 3, "mt": 3, "ga": 3}
FIRST_FOOTNOTE = {
    "de": "Angenommene Texte, P9_TA(2021)0056.",
    "en": "Texts adopted, P9_TA(2021)0056.",
    "fr": "Textes adoptés de cette date, P9_TA(2021)0056.",
    "el": "Κείμενα που εγκρίθηκαν, P9_TA(2021)0056.",
    "bg": "Приети текстове, P9_TA(2021)0056.",
    "mt": "Testi adottati, P9_TA(2021)0056.",
    "ga": "Téacsanna arna nglacadh, P9_TA(2021)0056.",
}


def _load(lang: str, layout: str) -> Document:
    return segment_path(FIXTURES / "text" / f"{lang}_{layout}.txt", lang, check_language=False)


def _main_labels(document: Document) -> tuple[str, ...]:
    return tuple(u.label for u in document.units if u.kind != "subparagraph")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang", LANGS)
def test_inventory(lang: str, layout: str) -> None:
    document = _load(lang, layout)
    expected = (
        ("title", "procedure", "opening")
        + tuple(f"cit:{n}" for n in range(1, CITATIONS[lang] + 1))
        + tuple(f"rec:{chr(ord('A') + n)}" for n in range(RECITALS[lang]))
        + tuple(f"par:{n}" for n in range(1, PARAGRAPHS[lang] + 1))
        + ("fn:1", "fn:2")
    )
    assert _main_labels(document) == expected
    assert document.warnings == ()
    assert document.by_label("fn:1").text == FIRST_FOOTNOTE[lang]
    assert document.by_label("procedure").text == "(2022/2505(RSP))"
    assert [m.number for m in document.by_label("cit:1").footnote_markers] == [1, 2]
    assert sum(len(u.footnote_markers) for u in document.units) == 2


@pytest.mark.parametrize("lang", LANGS)
def test_layouts_agree(lang: str) -> None:
    """Both layouts of a fixture give the same labels, texts and footnote calls."""
    pdf, lines = _load(lang, "pdf"), _load(lang, "lines")
    assert pdf.labels() == lines.labels()
    for a, b in zip(pdf.units, lines.units, strict=True):
        assert a.text == b.text, a.label
        assert a.footnote_markers == b.footnote_markers, a.label
        assert a.printed_label.strip("()") == b.printed_label.strip("()"), a.label


def test_greek_recital_letters() -> None:
    document = _load("el", "pdf")
    recitals = [u for u in document.units if u.kind == "recital"]
    assert [u.printed_label for u in recitals] == ["Α.", "Β.", "Γ.", "Δ.", "Ε.", "ΣΤ.", "Ζ."]
    assert document.by_label("rec:F").printed_label == "ΣΤ."
    assert document.by_label("rec:F").text.startswith("λαμβάνοντας υπόψη ότι οι αρχές")


def test_bulgarian_recital_letters() -> None:
    document = _load("bg", "lines")
    recitals = [u.printed_label for u in document.units if u.kind == "recital"]
    assert recitals == [f"{letter}." for letter in "АБВГДЕЖЗИЙК"]
    assert document.by_label("rec:J").printed_label == "Й."
    assert document.by_label("rec:K").printed_label == "К."


def test_calls_after_abbreviated_years() -> None:
    citation = _load("bg", "pdf").by_label("cit:1")
    assert citation.text.endswith("от 14 март 2019 г.,")
    assert citation.footnote_markers[1].position == len(citation.text) - 1


def test_german_traps() -> None:
    document = _load("de", "pdf")
    assert "das am 21. Dezember 2015 unterzeichnet wurde und am 1. März 2020 in vollem" in (
        document.by_label("cit:2").text
    )
    # a new page starting "3. Januar 2022" after a comma is a date, not paragraph 3
    dates = "vom 10. Dezember 2021, 3. Januar 2022 und 5. Januar 2022;"
    assert document.by_label("par:1").text.endswith(dates)
    assert document.by_label("par:2").text.endswith(
        "am 8. Januar 2022 in Almaty festgenommen wurden;"
    )
    # recital letters at the start of wrapped lines are not recitals
    assert "wie der Journalist C. Müller am 8. Januar 2022 berichtete" in (
        document.by_label("rec:B").text
    )
    assert "Journalisten wie A. Smirnow in der Nähe" in document.by_label("rec:C").text


def test_german_hyphens() -> None:
    document = _load("de", "pdf")
    assert "Zusammenarbeit EU-Kasachstan, das" in document.by_label("cit:2").text
    assert "Internet- und Mobiltelefondiensten" in document.by_label("rec:A").text
    assert "die Meinungs-, Vereinigungs- und Versammlungsfreiheit" in (
        document.by_label("rec:B").text
    )
    assert "mehrere Menschenrechtsverteidiger inhaftiert" in document.by_label("rec:B").text


def test_english_hyphens_and_page_breaks() -> None:
    document = _load("en", "pdf")
    recital = document.by_label("rec:B").text
    assert "led to the long-term imprisonment of activists" in recital
    assert "five years’ imprisonment;" in recital
    assert document.by_label("rec:D").text.startswith("whereas President Tokayev")
    assert "Rule 144(5) and Rule 132(4)" in document.by_label("cit:3").text


def test_maltese_article_hyphens() -> None:
    text = _load("mt", "pdf").by_label("rec:A").text
    assert "kontra t-tneħħija tal-limitu tal-prezz tal-gass;" in text


def test_calls_after_a_closing_bracket() -> None:
    citation = _load("fr", "pdf").by_label("cit:1")
    assert citation.text.endswith("du 14 mars 2019 (2019/2601(RSP)),")
    assert citation.footnote_markers[1].position == len(citation.text) - 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_english_sub_points(layout: str) -> None:
    document = _load("en", layout)
    subs = [(u.label, u.printed_label) for u in document.units if u.kind == "subparagraph"]
    assert subs == [
        ("par:2.a", "(a)"), ("par:2.b", "(b)"), ("par:2.b.i", "(i)"), ("par:2.b.ii", "(ii)"),
        ("par:3.1", "–"), ("par:3.2", "–"),
    ]  # fmt: skip
    assert document.by_label("par:2.b.ii").text == "unrestricted access to the internet;"
    assert document.by_label("par:3.2").text == "the conditions in detention facilities;"


def test_ep_html_page() -> None:
    document = segment_path(FIXTURES / "html" / "ep_en.html", "en", check_language=False)
    assert document.labels() == (
        "other:1", "other:2", "other:3", "title", "procedure", "opening", "cit:1", "cit:2",
        "rec:A", "rec:B", "par:1", "par:2", "par:2.a", "par:2.b", "par:3", "fn:1", "fn:2",
    )  # fmt: skip
    assert document.by_label("title").text == (
        "European Parliament resolution of 20 January 2022 on the situation in Kazakhstan"
    )
    citation = document.by_label("cit:1")
    assert [m.number for m in citation.footnote_markers] == [1, 2]
    assert "(1)" not in citation.text
    assert document.by_label("rec:A").text.startswith("whereas on 2 January 2022 peaceful protests")
    assert document.by_label("fn:2").text == "OJ C 23, 21.1.2021, p. 83."


def test_eurlex_html_page() -> None:
    document = segment_path(FIXTURES / "html" / "eurlex_fr.html", "fr", check_language=False)
    main = [u.label for u in document.units if u.kind not in ("other",)]
    assert main == [
        "title", "procedure", "opening", "cit:1", "cit:2", "rec:A", "rec:B", "rec:B.1",
        "par:1", "par:2", "fn:1", "fn:2",
    ]  # fmt: skip
    assert document.by_label("cit:1").printed_label == "—"
    assert (
        document.by_label("rec:B.1").text == "que les journalistes ont été empêchés de travailler;"
    )
    heading = [u.text for u in document.units if u.kind == "other"][-1]
    assert heading == "Situation des droits de l’homme"
    assert [m.number for m in document.by_label("cit:1").footnote_markers] == [1, 2]
