"""Structure rules on small inline texts: sequence guards, gaps, sub-points, fallback."""

from __future__ import annotations

import pytest

from compare.errors import InputError
from compare.segment import segment, segment_text
from compare.segment.structure import FALLBACK_LINES_WARNING, FALLBACK_WARNING
from compare.types import Document, RawText

HEAD = "Resolution on Kazakhstan\n(2022/2505(RSP))\nThe European Parliament,\n"


def lines(text: str, lang: str = "en") -> Document:
    return segment_text(text, lang, fmt="lines", check_language=False)


def pdf(text: str, lang: str = "en") -> Document:
    return segment_text(text, lang, fmt="pdf-text", check_language=False)


def test_recitals_follow_the_language_sequence() -> None:
    text = HEAD + "A. whereas one;\nB. whereas two;\nD. whereas four;\nC. whereas three;\n"
    document = lines(text)
    # D is a jump (warned); C after D is out of sequence and not a recital
    assert [u.label for u in document.units][3:] == ["rec:A", "rec:B", "rec:D", "rec:D.1"]
    assert document.by_label("rec:D.1").text == "C. whereas three;"
    assert document.warnings == (
        "recital D at line 6 where C was expected: a unit may be missing or misnumbered",
    )


def test_letters_inside_a_sentence_are_not_recitals() -> None:
    text = HEAD + "A. whereas the statement by B. Smith was issued;\nB. whereas two;\n"
    document = lines(text)
    assert document.by_label("rec:A").text == "whereas the statement by B. Smith was issued;"
    assert document.by_label("rec:B").text == "whereas two;"


def test_paragraphs_must_run_in_sequence() -> None:
    text = HEAD + "1. Calls on A;\n2. Calls on B;\n7. Not a paragraph;\n3. Calls on C;\n"
    document = lines(text)
    assert [u.label for u in document.units if u.kind == "paragraph"] == ["par:1", "par:2", "par:3"]
    assert document.by_label("par:2.1").text == "7. Not a paragraph;"


def test_a_missing_paragraph_is_warned_not_swallowed() -> None:
    document = lines(HEAD + "1. Calls on A;\n2. Calls on B;\n4. Calls on D;\n5. Calls on E;\n")
    assert [u.label for u in document.units if u.kind == "paragraph"] == [
        "par:1", "par:2", "par:4", "par:5",
    ]  # fmt: skip
    assert document.warnings == (
        "paragraph 4 at line 6 where 3 was expected: a unit may be missing or misnumbered",
    )


def test_wrapped_lines_starting_with_a_date_continue_the_unit() -> None:
    text = (
        HEAD.replace("\n", " \n", 1)
        + "\n1. Recalls its statements of \n2. March 2020 and of \n3. April 2021;\n\n"
        + "2. Calls on the Council;\n"
    )
    document = pdf(text, "de")
    assert [u.label for u in document.units if u.kind == "paragraph"] == ["par:1", "par:2"]
    assert document.by_label("par:1").text == (
        "Recalls its statements of 2. March 2020 and of 3. April 2021;"
    )


def test_a_page_break_may_start_a_unit_only_after_a_full_stop() -> None:
    text = (
        HEAD
        + "\n1. Calls on the authorities to free all those arrested on \n"
        + " 2. Januar 2022 in Almaty;\n"
        + " 2. Calls on the Council;\n"
    )
    document = pdf(text, "de")
    assert document.by_label("par:1").text.endswith("arrested on 2. Januar 2022 in Almaty;")
    assert document.by_label("par:2").text == "Calls on the Council;"


def test_page_break_date_after_a_comma_is_not_a_paragraph() -> None:
    text = HEAD + "\n1. Recalls the statements of 10. Dezember 2021, \n 2. Januar 2022;\n"
    document = pdf(text, "de")
    assert [u.label for u in document.units if u.kind == "paragraph"] == ["par:1"]


def test_pdf_layout_footnotes_end_at_the_page_foot() -> None:
    text = (
        HEAD
        + "\n– having regard to its resolution on Kazakhstan1, \n\n"
        + "1 Texts adopted, P9_TA(2021)0056, a footnote long enough to wrap onto \n"
        + "a second line.\n"
        + " – having regard to the Rules of Procedure,\n\n"
        + "1. Calls on the Council;\n"
    )
    document = pdf(text)
    assert document.labels()[-1] == "fn:1"
    assert document.by_label("fn:1").text == (
        "Texts adopted, P9_TA(2021)0056, a footnote long enough to wrap onto a second line."
    )
    assert document.by_label("cit:2").text == "having regard to the Rules of Procedure,"


def test_footnote_lines_not_at_a_page_foot_stay_in_the_text() -> None:
    text = HEAD + "\n1. Calls on the Council;\n\n1 apple fell. \n\n2. Notes;\n"
    document = pdf(text)
    assert "fn:1" not in document.labels()
    assert document.by_label("par:1.1").text == "1 apple fell."
    assert document.by_label("opening").text == "The European Parliament,"


def test_label_on_a_line_of_its_own() -> None:
    document = lines(HEAD + "A.\nwhereas the label stood alone;\n1. Calls;\n")
    assert document.by_label("rec:A").text == "whereas the label stood alone;"
    assert document.by_label("rec:A").printed_label == "A."


def test_title_on_the_procedure_line() -> None:
    text = "Resolution on Kazakhstan (2022/2505(RSP))\nThe European Parliament,\n1. Calls;\n"
    document = lines(text)
    assert document.labels() == ("title", "procedure", "opening", "par:1")
    assert document.by_label("title").text == "Resolution on Kazakhstan"


def test_opening_without_procedure() -> None:
    text = "Resolution on Kazakhstan\nThe European Parliament,\n– having regard,\n1. Calls;\n"
    document = lines(text)
    assert document.labels() == ("title", "opening", "cit:1", "par:1")


def test_swedish_opening_has_no_comma() -> None:
    text = (
        "Europaparlamentets resolution om situationen i Kazakstan\n(2022/2505(RSP))\n"
        "Europaparlamentet utfärdar denna resolution\n– med beaktande av sin resolution,\n"
        "1. Europaparlamentet beklagar djupt;\n"
    )
    document = lines(text, "sv")
    assert document.by_label("opening").text == "Europaparlamentet utfärdar denna resolution"


def test_roman_and_letter_sub_points() -> None:
    text = HEAD + "1. Calls:\n" + "".join(f"({c}) point;\n" for c in "abcdefghij") + "(ii) two;\n"
    document = lines(text)
    labels = [u.label for u in document.units if u.kind == "subparagraph"]
    assert labels == [f"par:1.{c}" for c in "abcdefghij"] + ["par:1.j.ii"]


def test_greek_lower_case_sub_points() -> None:
    text = (
        "Ψήφισμα\n(2022/2505(RSP))\nΤο Ευρωπαϊκό Κοινοβούλιο,\n1. καλεί:\nα) πρώτο·\nβ) δεύτερο·\n"
    )
    document = lines(text, "el")
    assert [u.label for u in document.units][-2:] == ["par:1.a", "par:1.b"]
    assert document.by_label("par:1.b").printed_label == "β)"


def test_greek_recitals_written_with_latin_look_alikes() -> None:
    text = (
        "Ψήφισμα\n(2022/2505(RSP))\nΤο Ευρωπαϊκό Κοινοβούλιο,\nA. πρώτη·\nB. δεύτερη·\nΓ. τρίτη·\n"
    )
    document = lines(text, "el")
    assert [u.label for u in document.units][-3:] == ["rec:A", "rec:B", "rec:C"]


def test_fallback_on_text_without_structure() -> None:
    text = (
        "Kazakhstan is a country in Central Asia.\n\nIts capital is Astana,\nformerly Nur-Sultan.\n"
    )
    document = segment_text(text, "en", check_language=False)
    assert document.labels() == ("other:1", "other:2")
    assert document.by_label("other:2").text == "Its capital is Astana, formerly Nur-Sultan."
    assert document.warnings == (FALLBACK_WARNING,)
    assert "no EU document structure found" in FALLBACK_LINES_WARNING


def test_fallback_one_unit_per_line() -> None:
    document = lines("first line of prose\nsecond line of prose\n")
    assert document.labels() == ("other:1", "other:2")
    assert document.warnings == (FALLBACK_LINES_WARNING,)


def test_units_before_the_title_are_other() -> None:
    document = lines("Texts adopted\nP9_TA(2022)0012\n" + HEAD + "1. Calls;\n")
    assert document.labels() == ("other:1", "other:2", "title", "procedure", "opening", "par:1")


def test_unknown_language_and_bad_input() -> None:
    with pytest.raises(InputError, match="unknown language 'xx'"):
        segment_text("1. Calls;", "xx")
    with pytest.raises(InputError, match="no text"):
        segment_text("  \n ", "en")
    with pytest.raises(InputError, match="needs a RawText"):
        segment("1. Calls;", "en")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="needs a str"):
        segment_text(b"1. Calls;", "en")  # type: ignore[arg-type]
    assert lines(HEAD + "1. Calls;\n", "EN").lang == "en"


def test_segment_text_accepts_markup() -> None:
    document = segment_text(
        "<html><body><p>" + HEAD.replace("\n", "</p><p>") + "1. Calls;</p></body></html>",
        "en",
        fmt="html",
        check_language=False,
    )
    assert document.labels() == ("title", "procedure", "opening", "par:1")


def test_sentences_fall_back_to_whole_units(monkeypatch: pytest.MonkeyPatch) -> None:
    import compare.segment.structure as structure

    monkeypatch.setattr(structure, "_sentence_splitter", lambda: structure._whole)
    document = lines(HEAD + "1. Calls on A. Notes B.\n")
    assert document.by_label("par:1").sentences == ((0, len("Calls on A. Notes B.")),)


def test_invalid_sentence_spans_are_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    import compare.segment.structure as structure

    fake = types.SimpleNamespace(split_sentences=lambda text, lang: [(0, len(text) + 5)])
    real_import = structure.importlib.import_module
    monkeypatch.setattr(
        structure.importlib,
        "import_module",
        lambda name: fake if name == "compare.segment.sentences" else real_import(name),
    )
    unit = lines(HEAD + "1. Calls on A.\n").by_label("par:1")
    assert unit.sentences == ((0, len(unit.text)),)


def test_raw_text_of_an_unknown_format_is_segmented_per_line() -> None:
    raw = RawText(text=HEAD + "1. Calls;\n", source="x", fmt="custom")
    assert segment(raw, "en", check_language=False).labels()[-1] == "par:1"


def test_missing_footnote_calls_are_warned() -> None:
    notes = "".join(f"{n} Note {n}.\n" for n in range(1, 5))
    text = HEAD + "\n– having regard to Kazakhstan3,\n\n" + notes
    document = pdf(text)
    assert [m.number for m in document.by_label("cit:1").footnote_markers] == [3]
    assert "no call found in the text for footnote(s) 1-2, 4" in document.warnings
