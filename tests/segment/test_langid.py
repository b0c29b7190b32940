"""Tests of compare.segment.langid: language identification among the 24 EU languages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from compare.errors import InputError, ModelError
from compare.segment import langid
from compare.segment.langid import (
    FunctionWordScorer,
    LanguageIdentifier,
    check_language,
    detect_language,
    detect_languages,
    language_confidences,
    lingua_languages,
)
from compare.types import EU_LANGUAGES

pytest.importorskip("lingua", reason="lingua-language-detector is not installed")

FLORES = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "flores200-eu24"
FLORES_CODES = {
    "bul": "bg", "ces": "cs", "dan": "da", "deu": "de", "ell": "el", "eng": "en",
    "est": "et", "fin": "fi", "fra": "fr", "gle": "ga", "hrv": "hr", "hun": "hu",
    "ita": "it", "lit": "lt", "lvs": "lv", "mlt": "mt", "nld": "nl", "pol": "pl",
    "por": "pt", "ron": "ro", "slk": "sk", "slv": "sl", "spa": "es", "swe": "sv",
}  # fmt: skip

# Two short sentences (about 15 words) per language, written for these tests.
SENTENCES: dict[str, tuple[str, str]] = {
    "bg": ("Европейският парламент призовава правителството незабавно да освободи всички "
           "задържани протестиращи и журналисти.",
           "Комисията трябва да следи отблизо положението в страната и редовно да докладва "
           "на държавите членки."),
    "cs": ("Evropský parlament vyzývá vládu, aby okamžitě propustila všechny zadržené "
           "demonstranty a novináře.",
           "Komise by měla pozorně sledovat situaci v zemi a pravidelně o ní informovat "
           "členské státy."),
    "da": ("Europa-Parlamentet opfordrer regeringen til straks at løslade alle "
           "tilbageholdte demonstranter og journalister i landet.",
           "Kommissionen bør følge situationen nøje og regelmæssigt aflægge rapport til "
           "medlemsstaterne om udviklingen."),
    "de": ("Das Europäische Parlament fordert die Regierung auf, alle inhaftierten "
           "Demonstranten und Journalisten unverzüglich freizulassen.",
           "Die Kommission sollte die Lage im Land genau beobachten und den Mitgliedstaaten "
           "regelmäßig darüber berichten."),
    "el": ("Το Ευρωπαϊκό Κοινοβούλιο καλεί την κυβέρνηση να απελευθερώσει αμέσως όλους "
           "τους κρατούμενους διαδηλωτές και δημοσιογράφους.",
           "Η Επιτροπή θα πρέπει να παρακολουθεί στενά την κατάσταση στη χώρα και να "
           "ενημερώνει τακτικά τα κράτη μέλη."),
    "en": ("The European Parliament calls on the government to release all detained "
           "protesters and journalists without delay.",
           "The Commission should closely monitor the situation in the country and report "
           "regularly to the Member States."),
    "es": ("El Parlamento Europeo pide al Gobierno que libere de inmediato a todos los "
           "manifestantes y periodistas detenidos.",
           "La Comisión debe seguir de cerca la situación en el país e informar "
           "periódicamente a los Estados miembros."),
    "et": ("Euroopa Parlament kutsub valitsust üles viivitamata vabastama kõik kinnipeetud "
           "meeleavaldajad ja ajakirjanikud.",
           "Komisjon peaks olukorda riigis tähelepanelikult jälgima ja liikmesriikidele "
           "sellest korrapäraselt aru andma."),
    "fi": ("Euroopan parlamentti kehottaa hallitusta vapauttamaan viipymättä kaikki "
           "pidätetyt mielenosoittajat ja toimittajat.",
           "Komission olisi seurattava tarkasti maan tilannetta ja raportoitava siitä "
           "säännöllisesti jäsenvaltioille."),
    "fr": ("Le Parlement européen invite le gouvernement à libérer immédiatement tous les "
           "manifestants et journalistes détenus.",
           "La Commission devrait suivre de près la situation dans le pays et faire "
           "régulièrement rapport aux États membres."),
    "ga": ("Iarrann Parlaimint na hEorpa ar an rialtas gach agóideoir agus iriseoir atá faoi "
           "choinneáil a scaoileadh saor láithreach.",
           "Ba cheart don Choimisiún faireachán géar a dhéanamh ar an staid sa tír agus "
           "tuairisc rialta a thabhairt do na Ballstáit."),
    "hr": ("Europski parlament poziva vladu da odmah oslobodi sve pritvorene prosvjednike i "
           "novinare u zemlji.",
           "Komisija bi trebala pomno pratiti stanje u zemlji i redovito o tome izvješćivati "
           "države članice."),
    "hu": ("Az Európai Parlament felszólítja a kormányt, hogy haladéktalanul engedje "
           "szabadon az összes fogva tartott tüntetőt és újságírót.",
           "A Bizottságnak szorosan figyelemmel kell kísérnie az ország helyzetét, és "
           "rendszeresen tájékoztatnia kell a tagállamokat."),
    "it": ("Il Parlamento europeo invita il governo a rilasciare immediatamente tutti i "
           "manifestanti e i giornalisti detenuti.",
           "La Commissione dovrebbe seguire da vicino la situazione nel paese e riferire "
           "regolarmente agli Stati membri."),
    "lt": ("Europos Parlamentas ragina vyriausybę nedelsiant paleisti visus sulaikytus "
           "protestuotojus ir žurnalistus.",
           "Komisija turėtų atidžiai stebėti padėtį šalyje ir reguliariai apie ją informuoti "
           "valstybes nares."),
    "lv": ("Eiropas Parlaments aicina valdību nekavējoties atbrīvot visus aizturētos "
           "protestētājus un žurnālistus.",
           "Komisijai būtu rūpīgi jāuzrauga situācija valstī un regulāri par to jāziņo "
           "dalībvalstīm."),
    "mt": ("Il-Parlament Ewropew jistieden lill-gvern biex jeħles minnufih lid-dimostranti "
           "u l-ġurnalisti kollha miżmuma.",
           "Il-Kummissjoni għandha ssegwi mill-qrib is-sitwazzjoni fil-pajjiż u tirrapporta "
           "regolarment lill-Istati Membri."),
    "nl": ("Het Europees Parlement verzoekt de regering alle gedetineerde demonstranten en "
           "journalisten onmiddellijk vrij te laten.",
           "De Commissie moet de situatie in het land nauwlettend volgen en regelmatig "
           "verslag uitbrengen aan de lidstaten."),
    "pl": ("Parlament Europejski wzywa rząd do natychmiastowego uwolnienia wszystkich "
           "zatrzymanych demonstrantów i dziennikarzy.",
           "Komisja powinna uważnie monitorować sytuację w kraju i regularnie informować o "
           "niej państwa członkowskie."),
    "pt": ("O Parlamento Europeu insta o Governo a libertar imediatamente todos os "
           "manifestantes e jornalistas detidos.",
           "A Comissão deve acompanhar de perto a situação no país e informar regularmente "
           "os Estados-Membros."),
    "ro": ("Parlamentul European invită guvernul să elibereze imediat toți protestatarii și "
           "jurnaliștii aflați în detenție.",
           "Comisia ar trebui să monitorizeze îndeaproape situația din țară și să raporteze "
           "periodic statelor membre."),
    "sk": ("Európsky parlament vyzýva vládu, aby okamžite prepustila všetkých zadržaných "
           "demonštrantov a novinárov.",
           "Komisia by mala pozorne sledovať situáciu v krajine a pravidelne o nej "
           "informovať členské štáty."),
    "sl": ("Evropski parlament poziva vlado, naj nemudoma izpusti vse pridržane protestnike "
           "in novinarje.",
           "Komisija bi morala pozorno spremljati razmere v državi in o njih redno poročati "
           "državam članicam."),
    "sv": ("Europaparlamentet uppmanar regeringen att omedelbart frige alla "
           "frihetsberövade demonstranter och journalister.",
           "Kommissionen bör noga följa situationen i landet och regelbundet rapportera till "
           "medlemsstaterna."),
}  # fmt: skip


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Clear the detector caches before and after a test that changes what is installed."""
    for cached in (langid.lingua_languages, langid._lingua_detector, langid._identifier):
        cached.cache_clear()
    yield
    for cached in (langid.lingua_languages, langid._lingua_detector, langid._identifier):
        cached.cache_clear()


def test_sentences_cover_every_language() -> None:
    assert set(SENTENCES) == set(EU_LANGUAGES)


@pytest.mark.parametrize("lang", EU_LANGUAGES)
def test_short_sentences(lang: str) -> None:
    for sentence in SENTENCES[lang]:
        detected, confidence = detect_language(sentence)
        assert detected == lang, (sentence, language_confidences(sentence))
        assert 0.0 < confidence <= 1.0


def test_detect_languages_keeps_order_and_agrees_with_single_detection() -> None:
    texts = [SENTENCES[lang][0] for lang in EU_LANGUAGES] + ["", "Art. 3"]
    results = detect_languages(texts)
    assert [lang for lang, _ in results] == [*EU_LANGUAGES, "und", "und"]
    for text, result in zip(texts, results, strict=True):
        assert result == pytest.approx(detect_language(text))


@pytest.mark.parametrize("text", ["", "   ", "Art. 3 Abs. 5", "2022/2505(RSP)", "12345"])
def test_short_or_empty_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == ("und", 0.0)
    assert language_confidences(text) == {}


def test_confidences_sum_to_one() -> None:
    confidences = language_confidences(SENTENCES["mt"][1])
    assert set(confidences) == set(EU_LANGUAGES)
    assert sum(confidences.values()) == pytest.approx(1.0)


def test_candidates_restrict_the_answer() -> None:
    german = SENTENCES["de"][0]
    assert detect_language(german, candidates=("de", "nl"))[0] == "de"
    assert detect_language(german, candidates=("EN", "fr"))[0] in ("en", "fr")
    assert detect_language(SENTENCES["mt"][0], candidates=("mt", "it"))[0] == "mt"
    assert detect_language(SENTENCES["it"][0], candidates=("mt", "it"))[0] == "it"
    assert detect_language(SENTENCES["mt"][0], candidates=("mt",))[0] == "mt"
    assert detect_language(german, candidates="de")[0] == "de"


def test_unknown_candidate_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown language code 'xx'"):
        detect_language("Some text in English.", candidates=("en", "xx"))
    with pytest.raises(InputError, match="no candidate language"):
        LanguageIdentifier(candidates=())


def test_non_str_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="needs text as a str"):
        detect_language(b"bytes are not text")  # type: ignore[arg-type]


def test_lingua_lacks_maltese_only() -> None:
    assert lingua_languages() == frozenset(EU_LANGUAGES) - {"mt"}


def test_scorer_alone_recognises_maltese_and_normalises() -> None:
    scorer = FunctionWordScorer()
    probabilities = scorer.probabilities(SENTENCES["mt"][0], EU_LANGUAGES)
    assert max(probabilities, key=probabilities.__getitem__) == "mt"
    assert sum(probabilities.values()) == pytest.approx(1.0)
    italian = scorer.probabilities(SENTENCES["it"][0], EU_LANGUAGES)
    assert italian["mt"] < 0.05


def test_missing_lingua_is_a_model_error_with_the_install_hint(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    monkeypatch.setitem(sys.modules, "lingua", None)  # makes "import lingua" fail
    with pytest.raises(ModelError, match="pip install lingua-language-detector"):
        detect_language(SENTENCES["de"][0])


def test_check_language_accepts_the_right_language() -> None:
    for lang in EU_LANGUAGES:
        assert check_language(SENTENCES[lang][1], lang) is None


def test_check_language_warns_on_a_confident_mismatch() -> None:
    message = check_language(SENTENCES["en"][0], "de")
    assert message is not None
    assert "declared as de (German)" in message and "looks like en (English)" in message
    assert "check the language code" in message
    maltese = check_language(SENTENCES["mt"][1], "it")
    assert maltese is not None and "looks like mt (Maltese)" in maltese


def test_check_language_is_silent_on_short_text() -> None:
    assert check_language("Art. 3", "fr") is None


def test_check_language_rejects_an_unknown_declared_code() -> None:
    with pytest.raises(InputError, match="unknown language code 'english'"):
        check_language(SENTENCES["en"][0], "english")


@pytest.mark.slow
def test_flores_lines_are_identified() -> None:
    """At least 97% of the FLORES-200 devtest lines longer than 60 characters are
    identified correctly in every language."""
    if not FLORES.is_dir():
        pytest.skip("shared FLORES-200 data not found (../shared/data/flores200-eu24)")
    accuracies = {}
    for path in sorted(FLORES.glob("*_*.txt")):
        lang = FLORES_CODES[path.name[:3]]
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 60]
        results = detect_languages(lines)
        accuracies[lang] = sum(found == lang for found, _ in results) / len(lines)
    assert set(accuracies) == set(EU_LANGUAGES)
    assert min(accuracies.values()) >= 0.97, accuracies
