"""Building blocks of the segmenter: letters, dates, hyphenation, footnote calls."""

from __future__ import annotations

import pytest

from compare.segment.dates import starts_with_month
from compare.segment.footnotes import detach_markers, find_call
from compare.segment.hyphenation import join_lines, vocabulary
from compare.segment.labels import (
    greek_numeral,
    latin_label,
    letter_for,
    recital_ordinal,
    roman_value,
    sub_letter_ordinal,
)


def test_latin_letters() -> None:
    assert [latin_label(i) for i in (0, 17, 25, 26, 27, 51, 52)] == [
        "A", "R", "Z", "AA", "AB", "AZ", "BA",
    ]  # fmt: skip


def test_greek_numerals() -> None:
    expected = "Α Β Γ Δ Ε ΣΤ Ζ Η Θ Ι ΙΑ ΙΒ ΙΓ ΙΔ ΙΕ ΙΣΤ ΙΖ ΙΗ ΙΘ Κ ΚΑ".split()
    assert [greek_numeral(i) for i in range(21)] == expected
    assert recital_ordinal("ΙΣΤ", "el") == 15
    assert recital_ordinal("Ϛ", "el") == 5  # stigma for ΣΤ
    with pytest.raises(ValueError, match="1-99"):
        greek_numeral(99)


def test_bulgarian_letters() -> None:
    expected = "А Б В Г Д Е Ж З И Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ъ Ю Я АА АБ".split()
    assert [letter_for(i, "bg") for i in range(31)] == expected
    assert recital_ordinal("Й", "bg") == 9
    assert recital_ordinal("Ь", "bg") is None
    assert recital_ordinal("C", "bg") == 17  # a Latin C printed for Cyrillic С


def test_recital_ordinals_round_trip() -> None:
    for lang in ("de", "el", "bg", "mt"):
        for ordinal in range(60):
            assert recital_ordinal(letter_for(ordinal, lang), lang) == ordinal


def test_sub_letters_and_roman_numerals() -> None:
    assert sub_letter_ordinal("c", "en") == 2
    assert sub_letter_ordinal("C", "en") is None
    assert sub_letter_ordinal("στ", "el") == 5
    assert sub_letter_ordinal("й", "bg") == 9
    assert [roman_value(r) for r in ("i", "iv", "ix", "xiv", "iiii", "", "abc")] == [
        1, 4, 9, 14, None, None, None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "März 2020 in vollem Umfang", True),
        ("de", "Januar 2022 in Taldıqorğan", True),
        ("de", "fordert die Staatsorgane auf", False),
        ("et", "märtsil 2020 jõustus", True),
        ("fi", "maaliskuuta 2020", True),
        ("cs", "března 2020", True),
        ("fr", "maintient sa position", False),
        ("el", "Ιανουαρίου 2022", True),
        ("de", "", False),
    ],
)
def test_month_names(lang: str, text: str, expected: bool) -> None:
    assert starts_with_month(text, lang) is expected


@pytest.mark.parametrize(
    ("left", "right", "lang", "expected"),
    [
        ("der Internet-", "und Mobiltelefondienste", "de", "der Internet- und Mobiltelefondienste"),
        ("die Meinungs-,", "Vereinigungs- und", "de", "die Meinungs-, Vereinigungs- und"),
        ("Kooperationsrats EU-", "Kasachstan vom", "de", "Kooperationsrats EU-Kasachstan vom"),
        ("der OVKS-", "Truppen", "de", "der OVKS-Truppen"),
        ("die Menschen-", "rechte", "de", "die Menschenrechte"),
        ("the long-", "term view", "en", "the long-term view"),
        ("five years’ im-", "prisonment", "en", "five years’ imprisonment"),
        ("kontra t-", "tneħħija", "mt", "kontra t-tneħħija"),
        ("a soft\u00ad", "hyphen", "en", "a softhyphen"),
        ("an en dash –", "here", "en", "an en dash – here"),
        ("number 3-", "4", "en", "number 3-4"),
        ("", "first", "en", "first"),
    ],
)
def test_join_lines(left: str, right: str, lang: str, expected: str) -> None:
    assert join_lines(left, right, lang, frozenset()) == expected


def test_join_lines_uses_the_document_vocabulary() -> None:
    vocab = vocabulary("the decision-making process and a crossroads; decision-\nmaking")
    assert "decision-making" in vocab
    assert join_lines("the decision-", "making", "en", vocab) == "the decision-making"
    assert join_lines("the cross-", "roads", "en", vocab) == "the crossroads"


def test_find_call_conventions() -> None:
    assert find_call("in Kasachstan1 und", 1) == (13, 14)
    assert find_call("vom 14. März 20192, 18.", 2) == (17, 18)
    assert find_call("(2022/2505(RSP))3", 3) == (16, 17)
    assert find_call("Kazakhstan(1) and", 1) == (10, 13)
    assert find_call("14 March 2019(2),", 2) == (13, 16)
    assert find_call("2019 r.2,", 2) == (7, 8)
    assert find_call("Kazakhstan¹ and", 1) == (10, 11)
    assert find_call("im Jahr 2021 an 155. Stelle", 1) is None
    assert find_call("Rule 144(5)", 5) is None  # a reference, not a call
    assert find_call("CO2 emissions", 2) is None
    assert find_call("the OSCE1 mission", 1) == (8, 9)
    assert find_call("in Kasachstan1 und", 1, bare=False) is None


def test_detach_markers_in_order_and_skipping_a_missing_one() -> None:
    texts = ["in Kasachstan1 und", "vom 14. März 20193, Zukunft4", "ohne Bezug"]
    new, calls, missing = detach_markers(texts, max_bare=4)
    assert new == ["in Kasachstan und", "vom 14. März 2019, Zukunft", "ohne Bezug"]
    assert [[(m.number, m.position) for m in c] for c in calls] == [
        [(1, 13)],
        [(3, 17), (4, 26)],
        [],
    ]
    assert missing == [2]


def test_bare_digits_beyond_the_footnote_count_are_text() -> None:
    new, calls, missing = detach_markers(["Article 2 and Kasachstan3 here"], max_bare=0)
    assert new == ["Article 2 and Kasachstan3 here"]
    assert calls == [()]
    assert missing == []


@pytest.mark.parametrize(
    ("left", "right", "lang", "expected"),
    [
        ("an t-", "Uachtarán", "ga", "an t-Uachtarán"),
        ("ag an t-", "saoránach", "ga", "ag an t-saoránach"),
        ("idir-", "náisiúnta", "ga", "idirnáisiúnta"),
        ("s-", "a decis", "ro", "s-a decis"),
        ("într-", "un mod", "ro", "într-un mod"),
        ("împo-", "triva", "ro", "împotriva"),
        ("considera-", "se", "pt", "considera-se"),
        ("interna-", "cional", "pt", "internacional"),
        ("għall-", "internet", "mt", "għall-internet"),
    ],
)
def test_articles_and_clitics_keep_their_hyphen(
    left: str, right: str, lang: str, expected: str
) -> None:
    assert join_lines(left, right, lang, frozenset()) == expected
