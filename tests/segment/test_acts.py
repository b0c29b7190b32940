"""Legislative acts: articles, numbered recitals, paragraphs and points in several languages."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from compare.segment import segment_text
from compare.segment.acts import article_heading

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "acts"
LANGS = ("de", "en", "fr", "fi", "hu", "el")

EXPECTED = (
    *(f"pre:{k}" for k in range(1, 8)),
    "rec:1", "rec:2", "rec:3", "formula:1", "head:1",
    "art:1", "art:1.1", "art:1.1.a", "art:1.1.b", "art:1.2",
    "art:2", "art:2.s1", "art:2.1", "art:2.2",
)  # fmt: skip


def regulation(lang: str) -> str:
    return (FIXTURES / f"regulation.{lang}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_version_gets_the_same_labels(lang: str) -> None:
    # German numbers its paragraphs "(1)" and its definitions "1.", English the reverse,
    # French and Finnish "1)", Hungarian "1. cikk", Finnish "1 artikla", French "Article premier"
    doc = segment_text(regulation(lang), lang, fmt="lines", check_language=False)
    assert doc.labels() == EXPECTED
    kinds = {u.label: u.kind for u in doc.units}
    assert kinds["rec:2"] == "recital" and kinds["art:2"] == "article"
    assert kinds["head:1"] == "heading" and kinds["art:1.2"] == "paragraph"
    assert kinds["pre:7"] == kinds["formula:1"] == "formula"
    assert kinds["art:1.1.b"] == "subparagraph"


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_loses_and_repeats_no_character(lang: str) -> None:
    # printed labels and texts, in source order, give back the text's characters
    from tests.segment.test_property import _non_space, _reconstruction

    text = regulation(lang)
    doc = segment_text(text, lang, fmt="lines", check_language=False)
    assert _reconstruction(doc) == _non_space(text)


def test_definitions_closing_an_act_are_not_footnotes() -> None:
    doc = segment_text(regulation("en"), "en", fmt="lines", check_language=False)
    assert not [u for u in doc.units if u.kind == "footnote"]
    assert doc.by_label("art:2.1").text.startswith("‘data’ means")


def test_footnotes_with_calls_in_the_text_stay_footnotes() -> None:
    text = regulation("en").replace(
        "Having regard to the proposal from the European Commission,",
        "Having regard to the opinion of the European Economic and Social Committee(1),",
    )
    text += "\n(1) OJ C 286, 16.7.2021, p. 38.\n"
    doc = segment_text(text, "en", fmt="lines", check_language=False)
    assert doc.labels()[-1] == "fn:1"
    assert doc.by_label("art:2.2").text.endswith("legal persons of data.")
    assert [m.number for m in doc.by_label("pre:6").footnote_markers] == [1]


def test_a_footnote_called_after_a_space_stays_a_footnote() -> None:
    # EUR-Lex text prints calls after a space; the footnote module does not take the call
    # out of the text (it warns), but the footnote is no numbered item of the last article
    text = regulation("en").replace(
        "Having regard to the proposal from the European Commission,",
        "Having regard to the opinion of the European Economic and Social Committee (1),",
    )
    doc = segment_text(text + "\n(1) OJ C 286, 16.7.2021, p. 38.\n", "en", fmt="lines",
                       check_language=False)  # fmt: skip
    assert doc.labels()[-3:] == ("art:2.1", "art:2.2", "fn:1")


def test_pdf_text_with_wrapped_lines_gets_the_same_labels() -> None:
    blocks = regulation("de").split("\n\n")
    wrapped = "\n\n".join(textwrap.fill(b, 45, break_long_words=False) for b in blocks)
    doc = segment_text(wrapped, "de", fmt="pdf-text", check_language=False)
    assert doc.labels() == EXPECTED
    assert doc.by_label("art:1.1.a").text == (
        "Bedingungen für die Weiterverwendung bestimmter Kategorien von Daten innerhalb der Union;"
    )


def test_roman_points_dashes_annexes_and_gaps() -> None:
    text = "\n".join(
        [
            "Artikel 3",
            "(1) Die Mitgliedstaaten stellen sicher, dass",
            "a) die Behörden",
            "i) unabhängig sind;",
            "ii) ausreichend ausgestattet sind;",
            "b) die Öffentlichkeit unterrichtet wird:",
            "– über die Ziele,",
            "– über die Ergebnisse.",
            "(3) Diese Verordnung tritt am zwanzigsten Tag nach ihrer Veröffentlichung in Kraft.",
            "Geschehen zu Brüssel am 30. Mai 2022.",
            "ANHANG I",
            "Liste der Daten",
            "1. Name und Anschrift.",
        ]
    )
    doc = segment_text(text, "de", fmt="lines", check_language=False)
    assert doc.labels() == (
        "art:3", "art:3.1", "art:3.1.a", "art:3.1.a.i", "art:3.1.a.ii", "art:3.1.b",
        "art:3.1.b.s1", "art:3.1.b.s2", "art:3.3", "art:3.3.s1", "annex:1", "annex:1.1",
    )  # fmt: skip
    assert any("paragraph 3" in w and "2 was expected" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Artikel 12", "12"), ("Article 5a", "5a"), ("Article premier", "1"), ("3 artikla", "3"),
        ("7. cikk", "7"), ("4. pants", "4"), ("9 straipsnis", "9"), ("Artigo 4.º", "4"),
        ("Член 2", "2"), ("Άρθρο 10", "10"), ("Artykuł 6", "6"), ("Articolul 8", "8"),
        ("Článek 11", "11"), ("Članak 3.", "3"), ("Airteagal 1", "1"), ("Artikolu 2", "2"),
        ("Article 1 Subject matter", "1"),
    ],
)  # fmt: skip
def test_article_headings_in_every_language(line: str, number: str) -> None:
    heading = article_heading(line)
    assert heading is not None and heading[0] == number


@pytest.mark.parametrize(
    "line",
    [
        "Article 5 of Regulation (EU) 2016/679 is replaced by the following:",
        "Artikel 144 Absatz 5 der Geschäftsordnung,",
        "Articles 3 and 4",
        "1. fordert die Regierung auf,",
    ],
)
def test_a_sentence_about_an_article_is_no_heading(line: str) -> None:
    assert article_heading(line) is None


def test_a_wrapped_line_beginning_with_an_article_is_no_heading() -> None:
    # PDF text without blank lines: every line may start a unit, but a heading stands alone
    text = "\n".join(
        [
            "Das Europäische Parlament,",
            "– gestützt auf die Verordnung (EU) 2016/679, insbesondere",
            "Artikel 5 der Verordnung (EU) 2016/679",
            "und die Richtlinie 95/46/EG,",
            "1. fordert die Kommission auf, zu handeln;",
        ]
    )
    doc = segment_text(text, "de", fmt="pdf-text", check_language=False)
    assert doc.labels() == ("opening", "cit:1", "par:1")


def test_a_resolution_is_not_taken_for_an_act() -> None:
    text = "\n".join(
        [
            "Das Europäische Parlament,",
            "– gestützt auf Artikel 144 Absatz 5 seiner Geschäftsordnung,",
            "A. in der Erwägung, dass Artikel 5 der Verordnung gilt;",
            "1. fordert die Kommission auf,",
        ]
    )
    doc = segment_text(text, "de", fmt="lines", check_language=False)
    assert doc.labels() == ("opening", "cit:1", "rec:A", "par:1")


@pytest.mark.slow
def test_two_language_versions_of_an_act_align_article_by_article(cached_encoder) -> None:
    from compare.align import align_documents

    de = segment_text(regulation("de"), "de", fmt="lines", check_language=False)
    en = segment_text(regulation("en"), "en", fmt="lines", check_language=False)
    alignment = align_documents(de, en, cached_encoder)
    pairs = [
        (tuple(de.units[i].label for i in b.pivot), tuple(en.units[j].label for j in b.other))
        for b in alignment.beads
    ]
    assert pairs == [((label,), (label,)) for label in EXPECTED]


@pytest.mark.slow
def test_a_changed_reference_in_an_article_is_flagged_there(cached_encoder) -> None:
    from compare.pipeline import compare_documents

    de = segment_text(regulation("de"), "de", fmt="lines", check_language=False)
    changed = regulation("en").replace(
        "prejudice to Regulation (EU) 2016/679", "prejudice to Regulation (EU) 2016/697"
    )
    en = segment_text(changed, "en", fmt="lines", check_language=False)
    report = compare_documents(de, [en], cached_encoder, ["reference"])
    found = [(f.type, f.severity, f.other_unit) for f in report.divergences()]
    assert found == [("reference", "error", "art:1.2")]


@pytest.mark.slow
def test_a_misnumbered_article_is_a_numbering_flag(cached_encoder) -> None:
    from compare.pipeline import compare_documents

    de = segment_text(regulation("de"), "de", fmt="lines", check_language=False)
    en = segment_text(
        regulation("en").replace("Article 2", "Article 3"), "en", fmt="lines", check_language=False
    )
    report = compare_documents(de, [en], cached_encoder, ["structure"])
    found = [(f.type, f.pivot_unit, f.other_unit) for f in report.divergences()]
    assert ("structure", "art:2", "art:3") in found


@pytest.mark.slow
def test_an_acts_formulas_are_not_searched_for_omissions(cached_encoder) -> None:
    # "Whereas:" renders "in Erwägung nachstehender Gründe:" by convention, "mivel:" too
    from compare.pipeline import compare_documents

    de = segment_text(regulation("de"), "de", fmt="lines", check_language=False)
    others = [
        segment_text(regulation(lang), lang, fmt="lines", check_language=False)
        for lang in LANGS[1:]
    ]
    report = compare_documents(de, others, cached_encoder, ["omission", "addition"])
    on_formulas = [f for f in report.divergences() if f.pivot_unit in ("pre:7", "formula:1")]
    assert on_formulas == []


def test_an_act_from_eurlex_html() -> None:
    # EUR-Lex style: points and recitals in two-cell tables, article headings and titles in
    # paragraphs of their own, a footnote call as a link after a space
    from compare.segment import segment_path

    doc = segment_path(FIXTURES / "eurlex_regulation.en.html", "en", check_language=False)
    assert doc.labels() == (
        *(f"pre:{k}" for k in range(1, 8)), "rec:1", "rec:2", "formula:1", "head:1",
        "art:1", "art:1.1", "art:1.1.a", "art:1.1.b", "art:1.2", "art:2", "art:2.s1",
        "art:2.1", "fn:1",
    )  # fmt: skip
    assert [m.number for m in doc.by_label("pre:6").footnote_markers] == [1]
    assert doc.by_label("fn:1").text == "OJ C 286, 16.7.2021, p. 38."
