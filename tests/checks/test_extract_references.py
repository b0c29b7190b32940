"""References: articles and rules, document codes, acts and the Official Journal."""

from __future__ import annotations

import pytest

from compare.checks.extract import RefMention, extract_references
from compare.errors import InputError

ARTICLE_144_5 = {
    "bg": "като взе предвид член 144, параграф 5 от своя Правилник",
    "cs": "s ohledem na čl. 144 odst. 5 jednacího řádu",
    "da": "der henviser til forretningsordenens artikel 144, stk. 5",
    "de": "gestützt auf Artikel 144 Absatz 5 seiner Geschäftsordnung",
    "el": "έχοντας υπόψη το άρθρο 144 παράγραφος 5 του Κανονισμού του",
    "en": "having regard to Rule 144(5) of its Rules of Procedure",
    "es": "Visto el artículo 144, apartado 5, de su Reglamento interno",
    "et": "võttes arvesse kodukorra artikli 144 lõiget 5",
    "fi": "ottaa huomioon työjärjestyksen 144 artiklan 5 kohdan",
    "fr": "vu l’article 144, paragraphe 5, de son règlement intérieur",
    "ga": "ag féachaint do Riail 144(5) dá Rialacha Nós Imeachta",
    "hr": "uzimajući u obzir članak 144. stavak 5. Poslovnika",
    "hu": "tekintettel eljárási szabályzata 144. cikkének (5) bekezdésére",
    "it": "visto l’articolo 144, paragrafo 5, del suo regolamento",
    "lt": "atsižvelgdamas į Darbo tvarkos taisyklių 144 straipsnio 5 dalį",
    "lv": "ņemot vērā Reglamenta 144. panta 5. punktu",
    "mt": "wara li kkunsidra l-Artikolu 144(5) tar-Regoli ta’ Proċedura tiegħu",
    "nl": "gezien artikel 144, lid 5, van zijn Reglement",
    "pl": "uwzględniając art. 144 ust. 5 Regulaminu",
    "pt": "Tendo em conta o artigo 144.º, n.º 5, do seu Regimento",
    "ro": "având în vedere articolul 144 alineatul (5) din Regulamentul său de procedură",
    "sk": "so zreteľom na článok 144 ods. 5 rokovacieho poriadku",
    "sl": "ob upoštevanju člena 144(5) Poslovnika",
    "sv": "med beaktande av artikel 144.5 i arbetsordningen",
}


def keys(text: str, lang: str) -> list[tuple[str, ...]]:
    return [r.key for r in extract_references(text, lang)]


@pytest.mark.parametrize("lang", sorted(ARTICLE_144_5))
def test_article_and_paragraph_in_every_language(lang: str) -> None:
    assert keys(ARTICLE_144_5[lang], lang) == [("article", "144", "5")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "die Artikel 21, 24, 29 und 31 des Vertrags"),
        ("en", "Articles 21, 24, 29 and 31 of the Treaty"),
        ("fr", "les articles 21, 24, 29 et 31 du traité"),
        ("pl", "art. 21, 24, 29 i 31 Traktatu"),
        ("el", "τα άρθρα 21, 24, 29 και 31 της Συνθήκης"),
        ("bg", "членове 21, 24, 29 и 31 от Договора"),
        ("hu", "21., 24., 29. és 31. cikkére"),
        ("fi", "21, 24, 29 ja 31 artiklan"),
        ("lt", "21, 24, 29 ir 31 straipsnius"),
        ("lv", "21., 24., 29. un 31. pantu"),
        ("ga", "d’Airteagail 21, 24, 29 agus 31 den Chonradh"),
        ("mt", "l-Artikoli 21, 24, 29 u 31 tat-Trattat"),
        ("pt", "os artigos 21.º, 24.º, 29.º e 31.º do Tratado"),
        ("et", "artikleid 21, 24, 29 ja 31"),
    ],
)
def test_a_list_gives_one_reference_per_number(lang: str, text: str) -> None:
    assert keys(text, lang) == [("article", n) for n in ("21", "24", "29", "31")]


def test_each_listed_reference_has_its_own_span() -> None:
    text = "die Artikel 10 und 215 des Vertrags"
    first, second = extract_references(text, "de")
    assert first.surface == "Artikel 10"
    assert second.surface == "215"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Artikel 2, Artikel 3 Absatz 5 und", [("article", "2"), ("article", "3", "5")]),
        ("en", "Article 2, Article 3(5) and", [("article", "2"), ("article", "3", "5")]),
        ("fi", "2 artiklan, 3 artiklan 5 kohdan", [("article", "2"), ("article", "3", "5")]),
        ("lv", "2. pantu, 3. panta 5. punktu", [("article", "2"), ("article", "3", "5")]),
        ("lt", "2 straipsnį, 3 straipsnio 5 dalį", [("article", "2"), ("article", "3", "5")]),
        ("hu", "2. cikkére, 3. cikkének (5) bekezdése", [("article", "2"), ("article", "3", "5")]),
        ("sv", "artiklarna 144.5 och 132.4", [("article", "144", "5"), ("article", "132", "4")]),
        ("fi", "rikoslain 405 pykälän", [("article", "405")]),
        ("en", "Article 10a TFEU", [("article", "10a")]),
        ("fr", "Article premier", [("article", "1")]),
        ("fr", "l'article 1er, paragraphe 2", [("article", "1", "2")]),
        (
            "fr",
            "l'article premier, paragraphe 2, et l'article 3",
            [("article", "1", "2"), ("article", "3")],
        ),
    ],
)
def test_article_shapes(lang: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert keys(text, lang) == expected


def test_a_list_stops_before_a_grouped_number() -> None:
    assert keys("gemäß Artikel 5 und 20 000 Menschen", "de") == [("article", "5")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Angenommene Texte, P9_TA(2021)0056.", ("document", "P9_TA(2021)0056")),
        ("(2022/2505(RSP))", ("document", "2022/2505(RSP)")),
        ("COM(2021) 123 final", ("document", "COM(2021) 123")),
        ("COM(2021)123 endg.", ("document", "COM(2021) 123")),
        ("A9-0123/2021", ("document", "A9-0123/2021")),
        ("Regulation (EU) 2020/1998", ("act", "2020/1998")),
        ("Verordnung (EU) Nr. 1234/2010", ("act", "1234/2010")),
        ("Regulamento (UE) n.º 1234/2010", ("act", "1234/2010")),
        ("Регламент (ЕС) 2020/1998", ("act", "2020/1998")),
        ("Κανονισμός (ΕΕ) 2020/1998", ("act", "2020/1998")),
        ("Directive 95/46/EC", ("act", "95/46")),
        ("Case C-123/20", ("case", "C-123/20")),
    ],
)
def test_document_codes(text: str, key: tuple[str, ...]) -> None:
    (ref,) = extract_references(text, "en")
    assert ref.key == key


OJ_C_23 = {
    "bg": "ОВ C 23, 21.1.2021 г., стр. 83.",
    "cs": "Úř. věst. C 23, 21.1.2021, s. 83.",
    "da": "EUT C 23 af 21.1.2021, s. 83.",
    "de": "ABl. C 23 vom 21.1.2021, S. 83.",
    "el": "ΕΕ C 23 της 21.1.2021, σ. 83.",
    "en": "OJ C 23, 21.1.2021, p. 83.",
    "es": "DO C 23 de 21.1.2021, p. 83.",
    "et": "ELT C 23, 21.1.2021, lk 83.",
    "fi": "EUVL C 23, 21.1.2021, s. 83.",
    "fr": "JO C 23 du 21.1.2021, p. 83.",
    "ga": "IO C 23, 21.1.2021, lch. 83.",
    "hr": "SL C 23, 21.1.2021., str. 83.",
    "hu": "HL C 23., 2021.1.21., 83. o.",
    "it": "GU C 23 del 21.1.2021, pag. 83.",
    "lt": "OL C 23, 2021 1 21, p. 83.",
    "lv": "OV C 23, 21.1.2021., 83. lpp.",
    "mt": "ĠU C 23, 21.1.2021, p. 83.",
    "nl": "PB C 23 van 21.1.2021, blz. 83.",
    "pl": "Dz.U. C 23 z 21.1.2021, s. 83.",
    "pt": "JO C 23 de 21.1.2021, p. 83.",
    "ro": "JO C 23, 21.1.2021, p. 83.",
    "sk": "Ú. v. EÚ C 23, 21.1.2021, s. 83.",
    "sl": "UL C 23, 21.1.2021, str. 83.",
    "sv": "EUT C 23, 21.1.2021, s. 83.",
}


@pytest.mark.parametrize("lang", sorted(OJ_C_23))
def test_official_journal_in_every_language(lang: str) -> None:
    (ref,) = extract_references(OJ_C_23[lang], lang)
    assert (ref.kind, ref.key) == ("oj", ("oj", "C", "23", "83"))


def test_official_journal_editions_and_glued_pages() -> None:
    assert keys("ABl. C 224 E vom 19.8.2010, S.30.", "de") == [("oj", "C", "224E", "30")]
    assert keys("HL C 224. E, 2010.8.19., 30. o.", "hu") == [("oj", "C", "224E", "30")]
    assert keys("OJ L 123, 1.1.2020", "en") == [("oj", "L", "123")]


def test_references_compare_by_key() -> None:
    (de,) = extract_references(ARTICLE_144_5["de"], "de")
    (en,) = extract_references(ARTICLE_144_5["en"], "en")
    assert de == en
    assert isinstance(de, RefMention)
    assert de.surface == "Artikel 144 Absatz 5"
    assert en.surface == "Rule 144(5)"


def test_no_reference_in_plain_text() -> None:
    assert extract_references("in mindestens 206 Fällen", "de") == ()
    assert extract_references("ohne Zahlen", "de") == ()


def test_bad_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unsupported language"):
        extract_references("Artikel 5", "deu")
