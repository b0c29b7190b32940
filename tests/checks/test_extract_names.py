"""Proper names and their transliteration-aware comparison keys."""

from __future__ import annotations

import pytest

from compare.checks.extract import (
    NAME_MATCH_THRESHOLD,
    NameMention,
    extract_names,
    name_key,
    name_similarity,
    names_match,
    transliterate,
)
from compare.errors import InputError

# --- keys -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("Toqaev", "de"),
        ("Tokayev", "en"),
        ("Tokajev", "cs"),
        ("Tokaïev", "fr"),
        ("Токаев", "bg"),
        ("Τοκάγιεφ", "el"),
        ("Tokáyev", "es"),
        ("Tokaev", "ro"),
        ("Tokajew", "pl"),
        ("Tokajevas", "lt"),
        ("Tokajevo", "lt"),
        ("Tokajevs", "lv"),
        ("Tokajeva", "lv"),
        ("Tokajevia", "fi"),
        ("Tokajevin", "fi"),
        ("Tokajevot", "hu"),
        ("Tokajewa", "pl"),
        ("Tokajevi", "et"),
    ],
)
def test_tokayev_has_one_key(name: str, lang: str) -> None:
    assert name_key(name, lang) == "tokaev"


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("Jaŋaözen", "de"),
        ("Zhanaozen", "en"),
        ("Жанаозен", "bg"),
        ("Žanaozen", "cs"),
        ("Zsanaozen", "hu"),
        ("Żanaozen", "pl"),
        ("Janaozen", "fr"),
        ("Zjanaozen", "nl"),
        ("Žanaozenas", "lt"),
    ],
)
def test_zhanaozen_has_one_key(name: str, lang: str) -> None:
    assert name_key(name, lang) == "janaozen"


def test_greek_zeta_is_close_enough() -> None:
    assert name_key("Ζαναοζέν", "el") == "zanaozen"
    assert names_match("Ζαναοζέν", "Jaŋaözen", "el", "de")


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [
        ("Qasım-Jomart Toqaev", "de", "Kassym-Jomart Tokayev", "en"),
        ("Qasım-Jomart Toqaev", "de", "Касъм-Жомарт Токаев", "bg"),
        ("Qasım-Jomart Toqaev", "de", "Kaszim-Zsomart Tokajev", "hu"),
        ("Qasım-Jomart Toqaev", "de", "Κασίμ-Ζομάρτ Τοκάγιεφ", "el"),
        ("Qasım-Jomart Toqaev", "de", "Kasymas-Žomartas Tokajevas", "lt"),
        ("Nurbolat Seytkulov", "de", "Nurbołat Sejtkułow", "pl"),
        ("Nurbolat Seytkulov", "de", "Σεϊτκουλόφ Νουρμπολάτ", "el"),
        ("Aytbay Äliev", "de", "Aitbajus Alijevas", "lt"),
        ("Jelena Semjonowa", "de", "Yelena Semyonova", "en"),
        ("Taldıqorğan", "de", "Taldykorgan", "en"),
        ("Nuraliya Aytkulova", "de", "Nuralija Ajtkulovová", "sk"),
        ("Ruslan Ğinatullin", "de", "Руслан Гинатуллин", "bg"),
    ],
)
def test_spellings_of_one_name_match(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert name_similarity(a, b, lang_a, lang_b) >= NAME_MATCH_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rinat Batkaev", "Rinat Baytenov"),
        ("Tokayev", "Nazarbayev"),
        ("Almaty", "Astana"),
        ("Aliya Isenova", "Saniya Toyken"),
    ],
)
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert name_similarity(a, b) < NAME_MATCH_THRESHOLD
    assert not names_match(a, b)


def test_similarity_bounds() -> None:
    assert name_similarity("Tokayev", "Токаев", "en", "bg") == 1.0
    assert name_similarity("", "Tokayev") == 0.0
    assert 0.0 <= name_similarity("Almaty", "Zhanaozen") <= 1.0


def test_transliterate() -> None:
    assert transliterate("Касъм-Жомарт Токаев") == "kasam-zhomart tokaev"
    assert transliterate("Σεϊτκουλόφ") == "seitkulof"
    assert transliterate("Toqaev") == "toqaev"


# --- extraction -------------------------------------------------------------------------


def texts(text: str, lang: str, **kwargs: object) -> list[str]:
    return [n.text for n in extract_names(text, lang, **kwargs)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "whereas President Kassym-Jomart Tokayev declared a state of emergency",
            ["Kassym-Jomart Tokayev"],
        ),
        ("fr", "considérant que le président Kassym-Jomart Tokaïev a déclaré", None),
        ("pl", "prezydent Kasym-Żomart Tokajew ogłosił", ["Kasym-Żomart Tokajew"]),
        ("el", "ο Πρόεδρος Κασίμ-Ζομάρτ Τοκάγιεφ κήρυξε", ["Κασίμ-Ζομάρτ Τοκάγιεφ"]),
        ("bg", "президентът Касъм-Жомарт Токаев обяви", ["Касъм-Жомарт Токаев"]),
        ("hu", "Kaszim-Zsomart Tokajev elnök január 5-én", ["Kaszim-Zsomart Tokajev"]),
        ("fi", "presidentti Kassym-Žomart Tokajev julisti", ["Kassym-Žomart Tokajev"]),
        ("lt", "prezidentas Kasymas-Žomartas Tokajevas paskelbė", ["Kasymas-Žomartas Tokajevas"]),
        ("lv", "prezidents Kasims-Žomarts Tokajevs izsludināja", ["Kasims-Žomarts Tokajevs"]),
        ("ga", "gur fhógair an tUachtarán Kassym-Jomart Tokayev staid", ["Kassym-Jomart Tokayev"]),
        ("mt", "il-President Kassym-Jomart Tokayev iddikjara", ["Kassym-Jomart Tokayev"]),
    ],
)
def test_titles_are_not_part_of_a_name(lang: str, text: str, expected: list[str] | None) -> None:
    found = texts(text, lang)
    assert found == (expected or ["Kassym-Jomart Tokaïev"])


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "dass die engagierten Bürger Nuraliya Aytkulova und Aytbay Äliev sowie",
            ["Nuraliya Aytkulova", "Aytbay Äliev"],
        ),
        ("de", "in der Stadt Jaŋaözen friedliche Proteste", ["Jaŋaözen"]),
        ("de", "in Almaty, der größten Stadt", ["Almaty"]),
        ("de", "Präsident Qasım-Jomart Toqaev hat", ["Qasım-Jomart Toqaev"]),
        ("de", "die Journalisten Wassili Polonski und", ["Wassili Polonski"]),
        ("de", "die Menschenrechtsverteidigerin Jelena Semjonowa", ["Jelena Semjonowa"]),
        ("de", "die Preisobergrenze für Flüssiggas aufzuheben", []),
        ("de", "Die Staatsorgane Kasachstans haben die Proteste", ["Kasachstans"]),
        ("de", "Reporter ohne Grenzen im Jahr 2021", []),
    ],
)
def test_german_names_need_evidence(lang: str, text: str, expected: list[str]) -> None:
    assert texts(text, lang) == expected


def test_german_candidates_confirm_a_name_without_evidence() -> None:
    text = "die Demonstrationen in Semei verfolgte"
    assert texts(text, "de") == []
    (name,) = extract_names(text, "de", candidates=["Semey"])
    assert (name.text, name.confirmed) == ("Semei", True)


def test_candidates_may_be_mentions() -> None:
    english = extract_names("groups such as Femina Virtute, Veritas and Elimay", "en")
    german = extract_names("Femina Virtute, Veritas, 405, Elimay", "de", candidates=english)
    assert [n.text for n in german] == ["Femina Virtute", "Veritas", "Elimay"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Calls on the Council to act"),
        ("en", "Whereas the European Parliament and the Member States"),
        ("fr", "Invite le Conseil et la Commission"),
        ("pl", "Wzywa Radę"),
        ("el", "Καλεί την Επιτροπή"),
        ("bg", "Призовава Съвета"),
        ("hu", "Felszólítja a Tanácsot"),
        ("fi", "Kehottaa neuvostoa"),
        ("lt", "Ragina Tarybą"),
        ("lv", "Aicina Padomi"),
        ("ga", "Iarrann sí ar an gComhairle"),
        ("mt", "Jistieden lill-Kunsill"),
    ],
)
def test_sentence_openers_and_institutions_are_not_names(lang: str, text: str) -> None:
    assert texts(text, lang) == []


def test_a_word_written_in_lower_case_elsewhere_is_common() -> None:
    assert texts("the Protest movement and the protest", "en") == []


def test_sentence_initial_word_capitalised_elsewhere_is_a_name() -> None:
    assert texts("Almaty was calm. Then Almaty burned.", "en") == ["Almaty", "Almaty"]


def test_name_particles_stay_inside() -> None:
    assert texts("said Ursula von der Leyen today", "en") == ["Ursula von der Leyen"]


def test_acronyms_are_reported_on_request() -> None:
    text = "the OSCE and the EU-Kazakhstan Cooperation Council"
    assert texts(text, "en") == ["Kazakhstan"]
    found = extract_names(text, "en", acronyms=True)
    assert [(n.text, n.kind) for n in found] == [
        ("OSCE", "acronym"),
        ("EU", "acronym"),
        ("Kazakhstan", "name"),
    ]


def test_mentions_carry_key_and_span() -> None:
    text = "whereas President Tokayev declared"
    (name,) = extract_names(text, "en")
    assert isinstance(name, NameMention)
    assert text[name.span[0] : name.span[1]] == "Tokayev"
    assert name.key == "tokaev"
    (greek,) = extract_names("ο Πρόεδρος Τοκάγιεφ κήρυξε", "el")
    assert greek == name  # names compare by key


def test_bad_input_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unsupported language"):
        extract_names("Tokayev", "kk")
    with pytest.raises(InputError, match="expected the text"):
        extract_names(None, "en")  # type: ignore[arg-type]


# --- the model's vocabulary -------------------------------------------------------------


@pytest.mark.slow
def test_the_model_vocabulary_knows_common_words_from_names() -> None:
    from compare.checks.extract.vocabulary import frequent_lowercase

    common = ["Economy", "Speaker", "Trade", "Interview"]
    names = ["Gingrich", "Merkel", "Rome", "Bush", "Tokayev"]
    assert [frequent_lowercase(w) for w in common] == [True] * len(common)
    assert [frequent_lowercase(w) for w in names] == [False] * len(names)
    assert frequent_lowercase("economy") is False  # only capitalised words are asked about


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "the Ministry of Economy, Trade and Industry said", []),
        ("en", "Speaker Newt Gingrich said", ["Newt Gingrich"]),
        ("de", "Im Interview sagte er", []),
        ("en", "the farmer Mick O‘Flynn said", ["Mick O‘Flynn"]),
    ],
)
def test_title_case_words_the_model_writes_in_lower_case_are_not_names(
    lang: str, text: str, expected: list[str]
) -> None:
    assert texts(text, lang) == expected
