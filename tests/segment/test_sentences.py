"""Tests of compare.segment.sentences: rule-based sentence splitting in the EU languages."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.errors import InputError
from compare.segment import abbreviations
from compare.segment.sentences import (
    LanguageRules,
    SentenceSplitter,
    normalise_language,
    split_sentences,
)
from compare.types import EU_LANGUAGES

REPO = Path(__file__).resolve().parents[2]
FLORES = REPO / ".." / "shared" / "data" / "flores200-eu24"
SEED = REPO / "corpora" / "ep-ta-9-2022-0012" / "de.txt"

#: FLORES-200 file prefixes of the EU languages (Standard Latvian is "lvs").
FLORES_CODES = {
    "bul": "bg", "ces": "cs", "dan": "da", "deu": "de", "ell": "el", "eng": "en",
    "est": "et", "fin": "fi", "fra": "fr", "gle": "ga", "hrv": "hr", "hun": "hu",
    "ita": "it", "lit": "lt", "lvs": "lv", "mlt": "mt", "nld": "nl", "pol": "pl",
    "por": "pt", "ron": "ro", "slk": "sk", "slv": "sl", "spa": "es", "swe": "sv",
}  # fmt: skip


def sentences(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def assert_well_formed(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans are stripped, ordered, disjoint and cover every non-space character."""
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[previous_end:start].strip() == ""
        previous_end = end
    assert text[previous_end:].strip() == ""


# (language, text, expected sentences): abbreviations, ordinals, dates, references, codes.
CASES = [
    # German: references, ordinals before nouns and months, codes, quotes, numbers.
    ("de", "Es gilt Art. 3 Abs. 5 EUV. Die Kommission prüft dies z. B. anhand der Nr. 4.",
     ["Es gilt Art. 3 Abs. 5 EUV.", "Die Kommission prüft dies z. B. anhand der Nr. 4."]),
    ("de", "Am 2. Januar 2022 begannen die Proteste. Die 18. Sitzung fand am 10. Mai statt.",
     ["Am 2. Januar 2022 begannen die Proteste.", "Die 18. Sitzung fand am 10. Mai statt."]),
    ("de", "Kasachstan steht an 155. Stelle von 180 Ländern. Dr. Müller hat dies bzw. "
           "Ähnliches erläutert, vgl. S. 12.",
     ["Kasachstan steht an 155. Stelle von 180 Ländern.",
      "Dr. Müller hat dies bzw. Ähnliches erläutert, vgl. S. 12."]),
    ("de", "ABl. C 23 vom 21.1.2021, S. 83.", ["ABl. C 23 vom 21.1.2021, S. 83."]),
    ("de", "Angenommene Texte, P9_TA(2021)0056. Die Entschließung wurde angenommen.",
     ["Angenommene Texte, P9_TA(2021)0056.", "Die Entschließung wurde angenommen."]),
    ("de", "– gestützt auf Artikel 144 Absatz 5 seiner Geschäftsordnung; in der Erwägung, "
           "dass die Lage ernst ist; fordert die Regierung auf, zu handeln;",
     ["– gestützt auf Artikel 144 Absatz 5 seiner Geschäftsordnung; in der Erwägung, "
      "dass die Lage ernst ist; fordert die Regierung auf, zu handeln;"]),
    ("de", "Er sprach von „Terroristen“. Die Zahl lag bei 225. Die Regierung schwieg.",
     ["Er sprach von „Terroristen“.", "Die Zahl lag bei 225.", "Die Regierung schwieg."]),
    ("de", "Sie sagte: „Wir bleiben. Wir kämpfen.“ Dann ging sie.",
     ["Sie sagte: „Wir bleiben. Wir kämpfen.“", "Dann ging sie."]),
    ("de", "Das geschah im Jahr 2011. Damals gab es Proteste in 60 Städten u. a. in Almaty.",
     ["Das geschah im Jahr 2011.", "Damals gab es Proteste in 60 Städten u. a. in Almaty."]),
    ("de", "Am 4. und 5. Januar 2022 eskalierte die Gewalt (vgl. Ziff. 3). Viele starben.",
     ["Am 4. und 5. Januar 2022 eskalierte die Gewalt (vgl. Ziff. 3).", "Viele starben."]),
    ("de", "Er sagte: „Wir warten … Vielleicht morgen.“ Dann ging er. „Das bleibt offen. "
           "Die Lage ist ernst.",
     ["Er sagte: „Wir warten … Vielleicht morgen.“", "Dann ging er.", "„Das bleibt offen.",
      "Die Lage ist ernst."]),
    ("de", "Es starben 19 Menschen. 2021 war es ruhiger. Er zitierte […] Die Welt.",
     ["Es starben 19 Menschen.", "2021 war es ruhiger.", "Er zitierte […] Die Welt."]),
    # English
    ("en", "Mr Smith met Dr. Jones on 5 May. They discussed Rule 144(5) and Art. 3 TEU.",
     ["Mr Smith met Dr. Jones on 5 May.", "They discussed Rule 144(5) and Art. 3 TEU."]),
    ("en", "See e.g. p. 12 and No. 4 of OJ C 23, 21.1.2021, p. 83. The text was adopted.",
     ["See e.g. p. 12 and No. 4 of OJ C 23, 21.1.2021, p. 83.", "The text was adopted."]),
    ("en", "J. R. R. Tolkien wrote it. The U.S. Senate agreed. The vote was close.",
     ["J. R. R. Tolkien wrote it.", "The U.S. Senate agreed.", "The vote was close."]),
    ("en", "She asked: “Why now?” Nobody answered! It ended at 5 p.m. The next day began.",
     ["She asked: “Why now?”", "Nobody answered!", "It ended at 5 p.m.",
      "The next day began."]),
    ("en", "Prices rose by 3.5 per cent. Wait... What happened? He left. I, however, stayed.",
     ["Prices rose by 3.5 per cent.", "Wait...", "What happened?", "He left.",
      "I, however, stayed."]),
    ("en", "1. Deeply regrets the loss of life.\n2. Calls on the Council. It must act.",
     ["1. Deeply regrets the loss of life.", "2. Calls on the Council.", "It must act."]),
    # French
    ("fr", "M. Dupont et Mme Martin ont cité l'art. 3, p. 12. La Commission a répondu.",
     ["M. Dupont et Mme Martin ont cité l'art. 3, p. 12.", "La Commission a répondu."]),
    ("fr", "Voir JO C 23 du 21.1.2021, p. 83. Il a dit : « Nous restons. Nous luttons. » "
           "Puis il est parti, cf. n° 5, etc. Les États membres ont été informés.",
     ["Voir JO C 23 du 21.1.2021, p. 83.",
      "Il a dit : « Nous restons. Nous luttons. » Puis il est parti, cf. n° 5, etc.",
      "Les États membres ont été informés."]),
    # Greek
    ("el", "Σύμφωνα με το άρθ. 3 παρ. 5 της Συνθήκης, π.χ. στη σ. 12. Η Επιτροπή απάντησε.",
     ["Σύμφωνα με το άρθ. 3 παρ. 5 της Συνθήκης, π.χ. στη σ. 12.", "Η Επιτροπή απάντησε."]),
    ("el", "Ο κ. Παπαδόπουλος μίλησε. ΕΕ C 23 της 21.1.2021, σ. 83. Το κείμενο εγκρίθηκε.",
     ["Ο κ. Παπαδόπουλος μίλησε.", "ΕΕ C 23 της 21.1.2021, σ. 83.",
      "Το κείμενο εγκρίθηκε."]),
    # Bulgarian: "г." (year) ends a sentence only before a sentence starter.
    ("bg", "Съгласно чл. 3, ал. 5 и т. 2 от Договора, напр. на стр. 12. Комисията отговори.",
     ["Съгласно чл. 3, ал. 5 и т. 2 от Договора, напр. на стр. 12.", "Комисията отговори."]),
    ("bg", "На 2 януари 2022 г. хиляди хора протестираха. Протестите започнаха през 2022 г. "
           "Те бяха мирни.",
     ["На 2 януари 2022 г. хиляди хора протестираха.", "Протестите започнаха през 2022 г.",
      "Те бяха мирни."]),
    ("bg", "ОВ C 23, 21.1.2021 г., стр. 83. Текстът беше приет.",
     ["ОВ C 23, 21.1.2021 г., стр. 83.", "Текстът беше приет."]),
    # Maltese
    ("mt", "Ara l-Art. 3, para. 5 tat-Trattat, eż. f'paġ. 12. Il-Kummissjoni wieġbet.",
     ["Ara l-Art. 3, para. 5 tat-Trattat, eż. f'paġ. 12.", "Il-Kummissjoni wieġbet."]),
    ("mt", "ĠU C 23, 21.1.2021, p. 83. Dr. Borg tkellem. Il-Parlament ivvota.",
     ["ĠU C 23, 21.1.2021, p. 83.", "Dr. Borg tkellem.", "Il-Parlament ivvota."]),
    # Irish
    ("ga", "Féach Airt. 3, lch. 12, m.sh. an chéad mhír. Ghlac an Pharlaimint an rún.",
     ["Féach Airt. 3, lch. 12, m.sh. an chéad mhír.", "Ghlac an Pharlaimint an rún."]),
    ("ga", "IO C 23, 21.1.2021, lch. 83. Tá sé i bhfeidhm ó 2021. An tAontas a d'íoc.",
     ["IO C 23, 21.1.2021, lch. 83.", "Tá sé i bhfeidhm ó 2021.", "An tAontas a d'íoc."]),
    # Polish: "r." (roku) ends a sentence only before a sentence starter.
    ("pl", "Zgodnie z art. 3 ust. 5 pkt 2 Traktatu, np. na s. 12. Komisja odpowiedziała.",
     ["Zgodnie z art. 3 ust. 5 pkt 2 Traktatu, np. na s. 12.", "Komisja odpowiedziała."]),
    ("pl", "W 2011 r. Parlament przyjął rezolucję. Protesty trwały do 2022 r. W styczniu "
           "zginęło 225 osób.",
     ["W 2011 r. Parlament przyjął rezolucję.", "Protesty trwały do 2022 r.",
      "W styczniu zginęło 225 osób."]),
    ("pl", "Dz.U. C 23 z 21.1.2021, s. 83. Spotkali się m.in. prof. Nowak i dr Kowalski "
           "itd. Nic nie ustalono.",
     ["Dz.U. C 23 z 21.1.2021, s. 83.", "Spotkali się m.in. prof. Nowak i dr Kowalski itd.",
      "Nic nie ustalono."]),
    # Hungarian: ordinal dots, dates ending with a dot, Roman numerals before names.
    ("hu", "2022. január 2. A tüntetések békések voltak. Kazahsztán a 155. helyen áll.",
     ["2022. január 2.", "A tüntetések békések voltak.", "Kazahsztán a 155. helyen áll."]),
    ("hu", "Lásd pl. az 5. cikk (3) bekezdését, ill. a HL C 23., 2021.1.21., 83. o. "
           "szövegét. Az állásfoglalást elfogadták.",
     ["Lásd pl. az 5. cikk (3) bekezdését, ill. a HL C 23., 2021.1.21., 83. o. szövegét.",
      "Az állásfoglalást elfogadták."]),
    ("hu", "HL C 251. E, 2013.8.31., 93. o.", ["HL C 251. E, 2013.8.31., 93. o."]),
    ("hu", "II. János Pál pápa meghalt. Az emberek gyászoltak.",
     ["II. János Pál pápa meghalt.", "Az emberek gyászoltak."]),
    # Finnish
    ("fi", "Ks. esim. 3 artiklan 5 kohta, s. 12. Komissio vastasi.",
     ["Ks. esim. 3 artiklan 5 kohta, s. 12.", "Komissio vastasi."]),
    ("fi", "Istunto pidettiin 2. tammikuuta 2022. Se oli 18. istunto. EUVL C 23, 21.1.2021, "
           "s. 83. Mukana oli mm. tri Virtanen jne. Kokous päättyi.",
     ["Istunto pidettiin 2. tammikuuta 2022.", "Se oli 18. istunto.",
      "EUVL C 23, 21.1.2021, s. 83.", "Mukana oli mm. tri Virtanen jne.",
      "Kokous päättyi."]),
    # Latvian
    ("lv", "2022. gada 2. janvārī sākās protesti. Kazahstāna ir 155. vietā no 180 valstīm.",
     ["2022. gada 2. janvārī sākās protesti.", "Kazahstāna ir 155. vietā no 180 valstīm."]),
    ("lv", "OV C 23, 21.1.2021., 83. lpp. Teksts tika pieņemts, piem., 3. panta 5. punkts.",
     ["OV C 23, 21.1.2021., 83. lpp.", "Teksts tika pieņemts, piem., 3. panta 5. punkts."]),
    # Lithuanian: "m." (metai) and "d." (diena) inside dates.
    ("lt", "2022 m. sausio 2 d. prasidėjo protestai. Protestai prasidėjo 2022 m. Vėliau jie "
           "išplito.",
     ["2022 m. sausio 2 d. prasidėjo protestai.", "Protestai prasidėjo 2022 m.",
      "Vėliau jie išplito."]),
    ("lt", "OL C 23, 2021 1 21, p. 83. Dalyvavo dr. Petraitis, prof. Jonaitis ir kt. "
           "Posėdis baigėsi.",
     ["OL C 23, 2021 1 21, p. 83.", "Dalyvavo dr. Petraitis, prof. Jonaitis ir kt.",
      "Posėdis baigėsi."]),
    # Estonian
    ("et", "Vt ELT C 23, 21.1.2021, lk 83. Istung toimus 2. jaanuaril 2022. aastal. See oli "
           "18. istung.",
     ["Vt ELT C 23, 21.1.2021, lk 83.", "Istung toimus 2. jaanuaril 2022. aastal.",
      "See oli 18. istung."]),
    ("et", "Kasahstan on 155. kohal. Kohal olid nt dr Tamm, prof. Kask jt. Koosolek lõppes.",
     ["Kasahstan on 155. kohal.", "Kohal olid nt dr Tamm, prof. Kask jt.",
      "Koosolek lõppes."]),
    # Croatian: years written with an ordinal dot.
    ("hr", "Prema čl. 3. st. 5. Ugovora, npr. na str. 12. Komisija je odgovorila.",
     ["Prema čl. 3. st. 5. Ugovora, npr. na str. 12.", "Komisija je odgovorila."]),
    ("hr", "Dana 11. siječnja 2022. Tokajev je najavio povlačenje. SL C 23, 21.1.2021., "
           "str. 83. Kazahstan je na 155. mjestu.",
     ["Dana 11. siječnja 2022. Tokajev je najavio povlačenje.",
      "SL C 23, 21.1.2021., str. 83.", "Kazahstan je na 155. mjestu."]),
    # Czech
    ("cs", "Podle čl. 3 odst. 5 Smlouvy, např. na s. 12. Komise odpověděla.",
     ["Podle čl. 3 odst. 5 Smlouvy, např. na s. 12.", "Komise odpověděla."]),
    ("cs", "Dne 2. ledna 2022 začaly protesty. Úř. věst. C 23, 21.1.2021, s. 83. "
           "Zúčastnili se např. JUDr. Novák, Ing. Svoboda atd. Jednání skončilo.",
     ["Dne 2. ledna 2022 začaly protesty.", "Úř. věst. C 23, 21.1.2021, s. 83.",
      "Zúčastnili se např. JUDr. Novák, Ing. Svoboda atd.", "Jednání skončilo."]),
    # The other languages, one case each.
    ("es", "Según el art. 3, apdo. 5, véase la pág. 12. El Sr. García viajó a EE. UU. en 2021.",
     ["Según el art. 3, apdo. 5, véase la pág. 12.",
      "El Sr. García viajó a EE. UU. en 2021."]),
    ("it", "Ai sensi dell'art. 3, par. 5, cfr. pag. 12. La Commissione ha risposto.",
     ["Ai sensi dell'art. 3, par. 5, cfr. pag. 12.", "La Commissione ha risposto."]),
    ("pt", "Nos termos do art. 3.º, n.º 5, ver p. 12. A Comissão respondeu.",
     ["Nos termos do art. 3.º, n.º 5, ver p. 12.", "A Comissão respondeu."]),
    ("nl", "Zie art. 3, bijv. blz. 12. De Commissie antwoordde. 'Wij blijven. Wij vechten,' "
           "zei hij.",
     ["Zie art. 3, bijv. blz. 12.", "De Commissie antwoordde.",
      "'Wij blijven. Wij vechten,' zei hij."]),
    ("ro", "Potrivit art. 3 alin. (5), a se vedea pag. 12. Comisia a răspuns.",
     ["Potrivit art. 3 alin. (5), a se vedea pag. 12.", "Comisia a răspuns."]),
    ("sk", "Podľa čl. 3 ods. 5 Zmluvy, napr. na s. 12. Komisia odpovedala.",
     ["Podľa čl. 3 ods. 5 Zmluvy, napr. na s. 12.", "Komisia odpovedala."]),
    ("sl", "V skladu s čl. 3, npr. na str. 12. Komisija je odgovorila.",
     ["V skladu s čl. 3, npr. na str. 12.", "Komisija je odgovorila."]),
    ("sv", "Enligt art. 3, t.ex. s. 12. Kommissionen svarade.",
     ["Enligt art. 3, t.ex. s. 12.", "Kommissionen svarade."]),
    ("da", "Jf. art. 3, stk. 5, f.eks. s. 12. Mødet fandt sted den 2. januar.",
     ["Jf. art. 3, stk. 5, f.eks. s. 12.", "Mødet fandt sted den 2. januar."]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split_cases(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


def test_cases_cover_the_required_languages() -> None:
    required = set("de en fr el bg mt ga pl hu fi lv lt et hr cs".split())
    assert required <= {lang for lang, _, _ in CASES}


def test_semicolons_never_split() -> None:
    text = "Τι έγινε; Κανείς δεν ξέρει; η κυβέρνηση σιωπά."
    assert sentences(text, "el") == [text]


def test_blank_line_always_ends_a_sentence() -> None:
    text = "– gestützt auf Artikel 2,\n\n– unter Hinweis auf seine Entschließung,"
    expected = ["– gestützt auf Artikel 2,", "– unter Hinweis auf seine Entschließung,"]
    assert sentences(text, "de") == expected


def test_wrapped_lines_are_one_sentence_with_original_offsets() -> None:
    text = "  Die Kommission\nprüft das.\nDie Lage ist ernst.  "
    spans = split_sentences(text, "de")
    assert [text[a:b] for a, b in spans] == ["Die Kommission\nprüft das.", "Die Lage ist ernst."]
    assert spans[0][0] == 2


def test_unbalanced_quotes_and_brackets_cost_linear_time() -> None:
    text = "(" * 20_000 + "„" * 20_000 + "Abc. Def. " * 20_000
    start = time.perf_counter()
    spans = split_sentences(text, "de")
    assert time.perf_counter() - start < 5.0  # quadratic code takes minutes here
    assert len(spans) == 40_000


def test_empty_and_blank_text() -> None:
    assert split_sentences("", "de") == []
    assert split_sentences(" \n\t ", "en") == []


def test_language_code_is_normalised() -> None:
    assert split_sentences("Hallo. Welt.", "DE") == split_sentences("Hallo. Welt.", "de")


def test_unknown_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown language code 'xx'"):
        split_sentences("Text.", "xx")


def test_non_str_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="decode bytes first"):
        split_sentences(b"Text.", "en")  # type: ignore[arg-type]


def test_rules_can_be_extended() -> None:
    text = "See Sched. 2 for details."
    assert len(SentenceSplitter("en").split(text)) == 2
    rules = LanguageRules.for_language("en").extended(abbreviations=["Sched."])
    assert SentenceSplitter("en", rules).split(text) == [(0, len(text))]


def test_every_language_has_rules() -> None:
    for lang in EU_LANGUAGES:
        rules = LanguageRules.for_language(lang)
        assert rules.abbreviations and rules.starters and rules.months
        assert normalise_language(lang) == lang


def test_abbreviation_kinds_do_not_overlap_and_have_no_spaces() -> None:
    for lang in EU_LANGUAGES:
        kinds = (
            abbreviations.ABBREVIATIONS[lang],
            abbreviations.FINAL_ABBREVIATIONS[lang],
            abbreviations.AMBIGUOUS_ABBREVIATIONS[lang],
        )
        assert not kinds[0] & kinds[1] and not kinds[0] & kinds[2] and not kinds[1] & kinds[2]
        assert all(not re.search(r"\s", entry) for kind in kinds for entry in kind)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="aZé Ж.!?…;\n\t\"'„“«»()[]0123", max_size=80),
    lang=st.sampled_from(EU_LANGUAGES),
)
def test_spans_are_well_formed(text: str, lang: str) -> None:
    assert_well_formed(text, split_sentences(text, lang))


def test_german_seed_units_are_single_sentences() -> None:
    """Each blank-line block of the founding document is one sentence: recitals and
    paragraphs chain clauses with ";" and hold ordinals, dates and references."""
    if not SEED.is_file():
        pytest.skip(f"seed document not found at {SEED.relative_to(REPO)}")
    text = SEED.read_text(encoding="utf-8")
    blocks = [block.strip() for block in re.split(r"\n[^\S\n]*\n", text) if block.strip()]
    assert sentences(text, "de") == blocks


def flores_files() -> list[tuple[str, Path]]:
    if not FLORES.is_dir():
        pytest.skip("shared FLORES-200 data not found (../shared/data/flores200-eu24)")
    files = sorted((FLORES_CODES[path.name[:3]], path) for path in FLORES.glob("*_*.txt"))
    assert {lang for lang, _ in files} == set(EU_LANGUAGES)
    return files


@pytest.mark.slow
def test_flores_lines_split_mostly_into_one_sentence() -> None:
    """FLORES lines are mostly single sentences, but not all: about 40 of the 486 English
    lines hold two or more real sentences (checked by hand), and translators split further
    (Dutch 81 lines, Finnish 70). So each language must keep 80% of its lines whole, and the
    24 languages 90% on average."""
    ratios = {}
    for lang, path in flores_files():
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        whole = 0
        for line in lines:
            spans = split_sentences(line, lang)
            assert_well_formed(line, spans)
            whole += len(spans) == 1
        ratios[lang] = whole / len(lines)
    assert min(ratios.values()) >= 0.80, ratios
    assert sum(ratios.values()) / len(ratios) >= 0.90, ratios
