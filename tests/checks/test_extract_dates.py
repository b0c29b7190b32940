"""Dates in the shapes and month forms of each EU language."""

from __future__ import annotations

import pytest

from compare.checks.extract import SUPPORTED_LANGUAGES, extract_dates
from compare.errors import InputError

# The same date in each language's usual shape: 2 January 2022.
SECOND_OF_JANUARY = {
    "bg": "на 2 януари 2022 г. хиляди хора",
    "cs": "dne 2. ledna 2022 zahájily",
    "da": "den 2. januar 2022 indledte",
    "de": "am 2. Januar 2022 begannen",
    "el": "στις 2 Ιανουαρίου 2022 χιλιάδες",
    "en": "on 2 January 2022 thousands",
    "es": "el 2 de enero de 2022 miles",
    "et": "2. jaanuaril 2022 alustasid",
    "fi": "aloittivat 2. tammikuuta 2022",
    "fr": "le 2 janvier 2022, des milliers",
    "ga": "an 2 Eanáir 2022 in aghaidh",
    "hr": "2. siječnja 2022. tisuće ljudi",
    "hu": "mivel 2022. január 2-án",
    "it": "il 2 gennaio 2022 migliaia",
    "lt": "kadangi 2022 m. sausio 2 d. tūkstančiai",
    "lv": "tā kā 2022. gada 2. janvārī tūkstošiem",
    "mt": "fit-2 ta’ Jannar 2022 eluf",
    "nl": "op 2 januari 2022 duizenden",
    "pl": "że 2 stycznia 2022 r. tysiące",
    "pt": "em 2 de janeiro de 2022, milhares",
    "ro": "la 2 ianuarie 2022, mii",
    "sk": "keďže 2. januára 2022 začali",
    "sl": "ker je 2. januarja 2022 na tisoče",
    "sv": "Den 2 januari 2022 inledde",
}


def keys(text: str, lang: str) -> list[tuple[int | None, int | None, int | None]]:
    return [d.key for d in extract_dates(text, lang)]


def test_every_language_has_a_sample() -> None:
    assert sorted(SECOND_OF_JANUARY) == sorted(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_full_dates_compare_equal_across_languages(lang: str) -> None:
    (date,) = extract_dates(SECOND_OF_JANUARY[lang], lang)
    (german,) = extract_dates(SECOND_OF_JANUARY["de"], "de")
    assert date == german
    assert date.key == (2022, 1, 2)
    assert date.isoformat() == "2022-01-02"


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("pl", "2 stycznia 2022 r. w", "2 stycznia 2022 r."),
        ("lv", "2022. gada 2. janvārī", "2022. gada 2. janvārī"),
        ("hu", "2022. január 2. napján", "2022. január 2."),
        ("bg", "2 януари 2022 г.", "2 януари 2022 г."),
        ("hr", "2. siječnja 2022. tisuće", "2. siječnja 2022."),
        ("et", "11. veebruari 2021. aasta resolutsiooni", "11. veebruari 2021. aasta"),
    ],
)
def test_year_suffixes_are_part_of_the_date(lang: str, text: str, surface: str) -> None:
    (date,) = extract_dates(text, lang)
    assert date.surface == surface
    assert text[date.span[0] : date.span[1]] == surface


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "vom 2. und 3. Dezember 2021"),
        ("en", "of 2 and 3 December 2021"),
        ("fr", "des 2 et 3 décembre 2021"),
        ("es", "de 2 y 3 de diciembre de 2021"),
        ("pl", "2 i 3 grudnia 2021 r."),
        ("el", "της 2ας και 3ης Δεκεμβρίου 2021"),
        ("bg", "от 2 и 3 декември 2021 г."),
        ("hu", "2021. december 2-án és 3-án"),
        ("fi", "2. ja 3. joulukuuta 2021"),
        ("lt", "2021 m. gruodžio 2 ir 3 d."),
        ("lv", "2021. gada 2. un 3. decembrī"),
        ("ga", "an 2 agus an 3 Nollaig 2021"),
        ("mt", "tat-2 u t-3 ta’ Diċembru 2021"),
        ("cs", "ve dnech 2. a 3. prosince 2021"),
        ("sv", "den 2 och 3 december 2021"),
    ],
)
def test_listed_days_share_month_and_year(lang: str, text: str) -> None:
    dates = extract_dates(text, lang)
    assert [d.key for d in dates] == [(2021, 12, 2), (2021, 12, 3)]
    assert dates[0].span == dates[1].span


def test_a_listed_date_takes_the_year_of_the_next() -> None:
    assert keys("am 4. Januar und 5. Februar 2022", "de") == [(2022, 1, 4), (2022, 2, 5)]
    assert keys("the 4th and the 5th of January 2022", "en") == [(2022, 1, 4), (2022, 1, 5)]
    assert keys("η 4η και η 5η Ιανουαρίου 2022", "el") == [(2022, 1, 4), (2022, 1, 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "im Januar 2022"),
        ("en", "in January 2022"),
        ("fr", "en janvier 2022"),
        ("es", "de enero de 2022"),
        ("pl", "w styczniu 2022 r."),
        ("cs", "v lednu 2022"),
        ("sk", "v januári 2022"),
        ("hr", "u siječnju 2022."),
        ("el", "τον Ιανουάριο του 2022"),
        ("bg", "през януари 2022 г."),
        ("hu", "a 2022. januári tüntetések"),
        ("fi", "tammikuussa 2022"),
        ("lt", "per 2022 m. sausio mėn. mitingus"),
        ("lv", "2022. gada janvāra protesta akciju"),
        ("et", "jaanuaris 2022"),
        ("ga", "i mí Eanáir 2022"),
        ("mt", "ta’ Jannar 2022"),
    ],
)
def test_month_and_year(lang: str, text: str) -> None:
    assert keys(text, lang) == [(2022, 1, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "am 5. Januar den"),
        ("en", "on 5 January President"),
        ("fr", "le 5 janvier, le président"),
        ("pl", "ogłosił 5 stycznia w całym"),
        ("el", "στις 5 Ιανουαρίου ο Πρόεδρος"),
        ("hu", "elnök január 5-én országos"),
        ("lt", "kadangi sausio 5 d. prezidentas"),
        ("lv", "Tokajevs 5. janvārī izsludināja"),
        ("fi", "julisti 5. tammikuuta koko"),
        ("ga", "an 5 Eanáir, lena"),
        ("mt", "fil-5 ta’ Jannar il-President"),
        ("bg", "на 5 януари президентът"),
    ],
)
def test_day_and_month_without_year(lang: str, text: str) -> None:
    assert keys(text, lang) == [(None, 1, 5)]


def test_month_first_in_english() -> None:
    assert keys("on January 2, 2022 and March 3", "en") == [(2022, 1, 2), (None, 3, 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "ABl. C 23 vom 21.1.2021, S. 83."),
        ("en", "OJ C 23, 21/1/2021, p. 83."),
        ("en", "published on 2021-01-21"),
        ("hu", "HL C 23., 2021.1.21., 83. o."),
        ("lt", "OL C 23, 2021 1 21, p. 83."),
        ("hr", "SL C 23, 21.1.2021., str. 83."),
        ("bg", "ОВ C 23, 21.1.2021 г., стр. 83."),
        ("cs", "Úř. věst. C 23, 21. 1. 2021, s. 83."),
    ],
)
def test_numeric_dates(lang: str, text: str) -> None:
    assert keys(text, lang) == [(2021, 1, 21)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "im Jahr 2011 zu"),
        ("en", "in 2011, when"),
        ("hu", "2011-ben a városban"),
        ("bg", "през 2011 г. в град"),
        ("pl", "w 2011 r. w mieście"),
        ("lt", "2011 m. Žanaozeno"),
        ("lv", "2011. gadā Žanaozenas"),
        ("et", "2011. aastal"),
        ("hr", "2011. u gradu"),
        ("mt", "fl-2011 fil-belt"),
        ("el", "το 2011 σημειώθηκαν"),
        ("ga", "in 2011 nuair"),
    ],
)
def test_a_year_alone(lang: str, text: str) -> None:
    assert keys(text, lang) == [(2011, None, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the authorities may 2 times"),  # modal "may"
        ("ro", "cu 2 mai mulți"),  # "more", not May
        ("de", "P9_TA(2021)0056"),  # a document code, not a year
        ("de", "(2022/2505(RSP))"),
        ("de", "die 18. Sitzung"),
        ("de", "10 000 Menschen"),
        ("cs", "5 led"),  # an abbreviation needs a year
    ],
)
def test_not_dates(lang: str, text: str) -> None:
    assert extract_dates(text, lang) == ()


def test_an_impossible_day_is_dropped() -> None:
    assert keys("am 31. Februar 2022", "de") == [(2022, 2, None)]


def test_exclude_spans() -> None:
    text = "COM(2021) 123 vom 5. Januar 2022"
    assert keys(text, "de") == [(2021, None, None), (2022, 1, 5)]
    dates = extract_dates(text, "de", exclude_spans=[(0, 13)])
    assert [d.key for d in dates] == [(2022, 1, 5)]


def test_bad_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="official EU language codes"):
        extract_dates("5. Januar 2022", "ru")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("el", "της 30ής Μαΐου 2022"), ("fi", "annettu 30 päivänä toukokuuta 2022")],
)
def test_the_date_of_an_act(lang: str, text: str) -> None:
    # the dates legislative acts print under their title
    assert [(d.day, d.month, d.year) for d in extract_dates(text, lang)] == [(30, 5, 2022)]
