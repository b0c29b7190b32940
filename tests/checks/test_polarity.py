"""Polarity and modality checks: cue lexicons in 24 languages, clause pairing, flags.

Fast tests use sentences written for them (German against 12 other languages) and small
hand-built documents; the slow tests run the real pipeline on the bundled corpus and its
drafts, and measure the flag rate on the shared FLORES-200 sentences where present.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from compare.checks.base import CheckContext, run_checks
from compare.checks.lexicons import SCALES, get_lexicon, supported_languages
from compare.checks.lexicons.base import LexiconError, build
from compare.checks.polarity import (
    compare_segments,
    flag_rates,
    modality_findings,
    pair_segments,
    polarity_findings,
    rates_table,
    split_clauses,
)
from compare.encode.encoder import Encoder, TokenVectors
from compare.errors import InputError
from compare.segment.sentences import split_sentences
from compare.types import Alignment, Bead, Document, LanguageResult, Report, Signature, Unit
from tests.conftest import shared_data

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012"

GERMAN = (
    "fordert die Regierung nachdrücklich auf, die friedlichen Demonstranten nicht festzunehmen;"
)

#: lang -> (faithful, negation dropped, "peaceful" turned "violent", "strongly urges" turned
#: into a suggestion or invitation), each against GERMAN.
CASES: dict[str, tuple[str, str, str, str]] = {
    "en": (
        "strongly urges the Government not to arrest the peaceful protesters;",
        "strongly urges the Government to arrest the peaceful protesters;",
        "strongly urges the Government not to arrest the violent protesters;",
        "invites the Government not to arrest the peaceful protesters;",
    ),
    "fr": (
        "demande instamment au gouvernement de ne pas arrêter les manifestants pacifiques;",
        "demande instamment au gouvernement d’arrêter les manifestants pacifiques;",
        "demande instamment au gouvernement de ne pas arrêter les manifestants violents;",
        "suggère au gouvernement de ne pas arrêter les manifestants pacifiques;",
    ),
    "pl": (
        "usilnie wzywa rząd, aby nie zatrzymywał uczestników pokojowych protestów;",
        "usilnie wzywa rząd, aby zatrzymał uczestników pokojowych protestów;",
        "usilnie wzywa rząd, aby nie zatrzymywał uczestników gwałtownych protestów;",
        "sugeruje rządowi, aby nie zatrzymywał uczestników pokojowych protestów;",
    ),
    "el": (
        "ζητεί επιμόνως από την κυβέρνηση να μην συλλάβει τους ειρηνικούς διαδηλωτές·",
        "ζητεί επιμόνως από την κυβέρνηση να συλλάβει τους ειρηνικούς διαδηλωτές·",
        "ζητεί επιμόνως από την κυβέρνηση να μην συλλάβει τους βίαιους διαδηλωτές·",
        "προτείνει στην κυβέρνηση να μην συλλάβει τους ειρηνικούς διαδηλωτές·",
    ),
    "bg": (
        "настоятелно призовава правителството да не арестува мирните демонстранти;",
        "настоятелно призовава правителството да арестува мирните демонстранти;",
        "настоятелно призовава правителството да не арестува насилствените демонстранти;",
        "приканва правителството да не арестува мирните демонстранти;",
    ),
    "hu": (
        "nyomatékosan felszólítja a kormányt, hogy ne tartóztassa le a békés tüntetőket;",
        "nyomatékosan felszólítja a kormányt, hogy tartóztassa le a békés tüntetőket;",
        "nyomatékosan felszólítja a kormányt, hogy ne tartóztassa le az erőszakos tüntetőket;",
        "javasolja a kormánynak, hogy ne tartóztassa le a békés tüntetőket;",
    ),
    "fi": (
        "kehottaa painokkaasti hallitusta, ettei se pidätä rauhanomaisia mielenosoittajia;",
        "kehottaa painokkaasti hallitusta pidättämään rauhanomaiset mielenosoittajat;",
        "kehottaa painokkaasti hallitusta, ettei se pidätä väkivaltaisia mielenosoittajia;",
        "ehdottaa hallitukselle, ettei se pidätä rauhanomaisia mielenosoittajia;",
    ),
    "lt": (
        "primygtinai ragina vyriausybę nesulaikyti taikių protestuotojų;",
        "primygtinai ragina vyriausybę sulaikyti taikius protestuotojus;",
        "primygtinai ragina vyriausybę nesulaikyti smurtinių protestuotojų;",
        "siūlo vyriausybei nesulaikyti taikių protestuotojų;",
    ),
    "ga": (
        "Áitíonn sí ar an Rialtas gan lucht agóide síochánta a ghabháil;",
        "Áitíonn sí ar an Rialtas lucht agóide síochánta a ghabháil;",
        "Áitíonn sí ar an Rialtas gan lucht agóide foréigneach a ghabháil;",
        "Tugann sí cuireadh don Rialtas gan lucht agóide síochánta a ghabháil;",
    ),
    "mt": (
        "Iħeġġeġ bil-qawwa lill-Gvern biex ma jarrestax lid-dimostranti paċifiċi;",
        "Iħeġġeġ bil-qawwa lill-Gvern biex jarresta lid-dimostranti paċifiċi;",
        "Iħeġġeġ bil-qawwa lill-Gvern biex ma jarrestax lid-dimostranti vjolenti;",
        "Jissuġġerixxi lill-Gvern biex ma jarrestax lid-dimostranti paċifiċi;",
    ),
    "it": (
        "esorta vivamente il governo a non arrestare i manifestanti pacifici;",
        "esorta vivamente il governo ad arrestare i manifestanti pacifici;",
        "esorta vivamente il governo a non arrestare i manifestanti violenti;",
        "suggerisce al governo di non arrestare i manifestanti pacifici;",
    ),
    "sv": (
        "Parlamentet uppmanar med eftertryck regeringen att inte gripa de fredliga aktivisterna.",
        "Parlamentet uppmanar med eftertryck regeringen att gripa de fredliga aktivisterna.",
        "Parlamentet uppmanar med eftertryck regeringen att inte gripa de våldsamma aktivisterna.",
        "Parlamentet föreslår att regeringen inte griper de fredliga aktivisterna.",
    ),
}


def kinds(pivot: str, other: str, lang: str) -> list[tuple[str, str, int]]:
    return [(f.subtype, f.name, f.steps) for f in compare_segments(pivot, "de", other, lang)]


# --- lexicons -------------------------------------------------------------------------------


def test_every_official_language_has_a_lexicon_with_every_scale() -> None:
    assert len(supported_languages()) == 24
    for lang in supported_languages():
        lexicon = get_lexicon(lang)
        assert lexicon.lang == lang
        assert {p.name for p in lexicon.scales} >= set(SCALES), lang
        assert any(p.kind == "negation" for p in lexicon.polarity), lang
        assert {p.name for p in lexicon.polarity if p.kind == "pole"} >= {"peace", "legality"}


def test_unknown_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no polarity/modality lexicon for language 'xx'"):
        get_lexicon("xx")
    with pytest.raises(InputError, match="official EU languages"):
        compare_segments("nicht", "de", "pas", "fr-CA")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"poles": {"kindness": ((), ())}, "scales": {}}, "unknown concept 'kindness'"),
        ({"poles": {}, "scales": {"demand": ((7, "urges"),)}}, "scale 'demand' has no level 7"),
        ({"poles": {}, "scales": {"hope": ((1, "hopes"),)}}, "unknown scale 'hope'"),
        ({"poles": {"peace": ("peaceful", ())}, "scales": {}}, "must be a tuple of strings"),
        ({"poles": {"peace": ((r"peace(",), ())}, "scales": {}}, r"bad peace pattern"),
    ],
)
def test_malformed_lexicon_data_is_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        build("en", negation=("not",), **kwargs)


def test_cues_are_whole_words_and_the_longest_match_wins() -> None:
    cues = get_lexicon("en").polarity_cues("a non-violent, not only lawful and notable free vote")
    assert [(c.kind, c.text) for c in cues] == [
        ("pole", "non-violent"),
        ("idiom", "not only"),
        ("pole", "lawful"),
        ("pole", "free"),
    ]
    german = get_lexicon("de").scale_cues("fordert die Staatsorgane nachdrücklich auf, zu handeln")
    assert [(c.name, c.value, c.text) for c in german] == [
        ("demand", 4, "fordert die Staatsorgane nachdrücklich auf")
    ]


# --- the same edits in 12 languages ---------------------------------------------------------


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_faithful_translation_gives_nothing(lang: str) -> None:
    assert kinds(GERMAN, CASES[lang][0], lang) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_dropped_negation_is_found(lang: str) -> None:
    assert kinds(GERMAN, CASES[lang][1], lang) == [("negation-dropped", "", 0)]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_peaceful_turned_violent_is_an_antonym(lang: str) -> None:
    (finding,) = compare_segments(GERMAN, "de", CASES[lang][2], lang)
    assert (finding.subtype, finding.name) == ("antonym", "peace")
    assert finding.pivot_cue is not None and finding.pivot_cue.text == "friedlichen"
    assert finding.other_cue is not None and finding.other_cue.value == -1


@pytest.mark.parametrize("lang", sorted(CASES))
def test_strongly_urges_turned_into_a_suggestion_is_three_levels(lang: str) -> None:
    (finding,) = modality_findings(GERMAN, "de", CASES[lang][3], lang)
    assert (finding.subtype, finding.name, finding.steps) == ("weakened", "demand", 3)
    assert finding.pivot_cue is not None and finding.pivot_cue.value == 4
    assert finding.other_cue is not None and finding.other_cue.value == 1


@pytest.mark.parametrize(
    ("german", "other", "lang", "expected"),
    [
        (
            "begrüßt die Freilassung der Journalisten;",
            "condemns the release of the journalists;",
            "en",
            [("stance-flip", "stance", 0)],
        ),
        (
            "begrüßt die Erklärung des Präsidenten;",
            "Jikkundanna d-dikjarazzjoni tal-President;",
            "mt",
            [("stance-flip", "stance", 0)],
        ),
        (
            "verurteilt die rechtswidrigen Festnahmen;",
            "potępia legalne zatrzymania;",
            "pl",
            [("antonym", "legality", 0)],
        ),
        (
            "in der Erwägung, dass der Anstieg der Preise zu Protesten geführt hat;",
            "като има предвид, че спадът на цените е довел до протести;",
            "bg",
            [("antonym", "change", 0)],
        ),
        (
            "fordert die Regierung auf, die Demonstranten freizulassen;",
            "felszólítja a kormányt, hogy ne engedje szabadon a tüntetőket;",
            "hu",
            [("negation-added", "", 0)],
        ),
        (
            "Iarrann sí ar an Rialtas na príosúnaigh a scaoileadh saor;",
            "Iarrann sí ar an Rialtas gan na príosúnaigh a scaoileadh saor;",
            "ga",
            [("negation-added", "", 0)],
        ),
        (
            "verurteilt aufs Schärfste die willkürlichen Festnahmen;",
            "condamne les arrestations arbitraires;",
            "fr",
            [("weakened", "condemnation", 1)],
        ),
        (
            "ist zutiefst besorgt über die Lage der Medienfreiheit;",
            "è preoccupato per la situazione della libertà dei media;",
            "it",
            [("weakened", "concern", 1)],
        ),
        (
            "verurteilt die Festnahmen;",
            "pitää valitettavana pidätyksiä;",
            "fi",
            [("weakened", "condemnation", 2)],
        ),
        (
            "nimmt zur Kenntnis, dass der Präsident Reformen angekündigt hat;",
            "Parlamentet fördömer att presidenten har aviserat reformer.",
            "sv",
            [("strengthened", "condemnation", 3)],
        ),
        (
            "die Regierung muss die Gefangenen freilassen;",
            "η κυβέρνηση μπορεί να απελευθερώσει τους κρατούμενους·",
            "el",
            [("weakened", "obligation", 2)],
        ),
    ],
)
def test_other_flips_and_scales(german: str, other: str, lang: str, expected: list) -> None:
    assert kinds(german, other, lang) == expected


@pytest.mark.parametrize(
    ("german", "other", "lang"),
    [
        # a negated pole says what the antonym says
        (
            "in der Erwägung, dass die Proteste nicht friedlich waren;",
            "kadangi protestai buvo smurtiniai;",
            "lt",
        ),
        ("die Proteste waren friedlich;", "the protests were not violent;", "en"),
        # a lexical negation for a syntactic one
        (
            "in der Erwägung, dass die Behörden die Ereignisse nicht untersucht haben;",
            "whereas the authorities failed to investigate the events;",
            "en",
        ),
        # preventing is a lexical negation
        (
            "eine Aufgabe, die dafür sorgt, dass sie nicht mit anderen konkurriert;",
            "a special job that keeps it from competing with others;",
            "en",
        ),
        (
            "eine Aufgabe, die dafür sorgt, dass sie nicht mit anderen konkurriert;",
            "une tâche spéciale, l'empêchant d'entrer en compétition avec les autres;",
            "fr",
        ),
        (
            "eine Aufgabe, die dafür sorgt, dass sie nicht mit anderen konkurriert;",
            "egy speciális tevékenység, megakadályozva azt, hogy másokkal versenyezzen;",
            "hu",
        ),
        # idioms that hold a negator without negating anything
        (
            "fordert die Behörden auf, die Gefangenen umgehend freizulassen;",
            "calls on the authorities to release the prisoners without delay;",
            "en",
        ),
        (
            "fordert die Regierung auf, nicht nur die Gefangenen freizulassen, sondern auch die "
            "Anklagen fallen zu lassen;",
            "calls on the Government to release the prisoners and to drop the charges;",
            "en",
        ),
        # two modal verbs against one: which corresponds to which is unknown
        (
            "damit sie ohne Angst ihre Tätigkeiten ausüben können und nicht fliehen müssen;",
            "so that they can carry out their activities without fear;",
            "en",
        ),
        # "takes note" against "takes note"; welcome against welcome
        (
            "nimmt zur Kenntnis, dass Wahlen stattfanden;",
            "prend acte de la tenue d’élections;",
            "fr",
        ),
        ("begrüßt die Freilassung;", "se félicite de la libération;", "fr"),
        # "as soon as possible" holds the Irish "can" without being one
        (
            "29 Prozent gaben an, Australien solle so schnell wie möglich eine Republik "
            "werden, während 31 Prozent meinen, Australien solle niemals eine Republik werden.",
            "creideann 29 faoin gcéad go mba cheart don Astráil teacht ina poblacht chomh luath "
            "agus is féidir, agus creideann 31 faoin gcéad nár chóir don Astráil a bheith ina "
            "poblacht riamh.",
            "ga",
        ),
        # "deprived of" says what "kein" says
        (
            "dass etwa 9.400 Häuser in der Region kein Wasser haben;",
            "qu'environ 9 400 habitations de la région sont privées d'eau;",
            "fr",
        ),
        (
            "dass etwa 9.400 Häuser in der Region kein Wasser haben;",
            "that some 9,400 homes in the region are deprived of water;",
            "en",
        ),
        # "d'après" is "according to", not "after"
        (
            "Das Korps schätzte, dass die zuvor beschädigten Dämme brechen könnten;",
            "D’après le Corps, les digues précédemment endommagées pourraient céder;",
            "fr",
        ),
    ],
)
def test_equivalent_wordings_give_nothing(german: str, other: str, lang: str) -> None:
    assert kinds(german, other, lang) == []


def test_one_level_is_reported_with_its_levels() -> None:
    (finding,) = modality_findings(
        "fordert die Regierung nachdrücklich auf, die Gefangenen freizulassen;",
        "de",
        "calls on the Government to release the prisoners;",
        "en",
    )
    assert (finding.subtype, finding.steps) == ("weakened", 1)
    assert "urges / strongly urges" in finding.message and "calls on" in finding.message


# --- clauses, units and flags ---------------------------------------------------------------


def unit(label: str, text: str, lang: str, start: int = 0) -> Unit:
    spans = tuple(split_sentences(text, lang)) or ((0, len(text)),)
    end = start + len(text)
    return Unit(label, "paragraph", label.split(":")[1] + ".", text, start, end, start, end, spans)


def document(lang: str, texts: list[str]) -> Document:
    units, start = [], 0
    for k, text in enumerate(texts, 1):
        units.append(unit(f"par:{k}", text, lang, start))
        start += len(text) + len(Document.UNIT_SEPARATOR)
    return Document("t", lang, tuple(units), Document.UNIT_SEPARATOR.join(texts))


def one_to_one(pivot: Document, other: Document) -> Alignment:
    beads = tuple(Bead((k,), (k,), 0.95) for k in range(len(pivot.units)))
    return Alignment(pivot, other, beads)


def flags(pivot: Document, other: Document, ctx: CheckContext | None = None) -> list:
    alignment = one_to_one(pivot, other)
    return list(run_checks(alignment, ctx or CheckContext(), ["polarity", "modality"]))


DE_UNIT = (
    "verurteilt die Festnahmen von Journalisten; fordert die Regierung nachdrücklich auf, die "
    "friedlichen Demonstranten freizulassen;"
)


def test_flags_are_located_in_the_clause_where_the_cue_is() -> None:
    english = (
        "Condemns the arrests of journalists; invites the Government to release the violent "
        "protesters;"
    )
    found = {
        (d.type, d.severity): d for d in flags(document("de", [DE_UNIT]), document("en", [english]))
    }
    assert set(found) == {("polarity", "error"), ("modality", "error")}
    antonym = found["polarity", "error"]
    assert antonym.other_unit == "par:1" and antonym.pivot_unit == "par:1"
    assert english[slice(*antonym.other_span)] == "violent" == antonym.other_text
    assert DE_UNIT[slice(*antonym.pivot_span)] == "friedlichen" == antonym.pivot_text
    assert dict(antonym.evidence)["granularity"] == "clause"
    assert dict(antonym.evidence)["concept"] == "peace"
    weakened = found["modality", "error"]
    assert weakened.other_text == "invites"
    assert weakened.pivot_text == "fordert die Regierung nachdrücklich auf"
    assert dict(weakened.evidence)["steps"] == "3"
    assert weakened.message.startswith("en par:1: en weakens the demand")


def test_a_dropped_negation_points_at_the_german_cue_and_the_other_clause() -> None:
    german = "in der Erwägung, dass A geschah; in der Erwägung, dass B nicht untersucht wurde;"
    english = "whereas A happened; whereas B was investigated;"
    (flag,) = flags(document("de", [german]), document("en", [english]))
    assert (flag.type, flag.severity) == ("polarity", "error")
    assert german[slice(*flag.pivot_span)] == "nicht"
    assert english[slice(*flag.other_span)] == "whereas B was investigated;"


def test_swedish_sentences_pair_with_german_clauses() -> None:
    swedish = (
        "Europaparlamentet fördömer gripandena av journalister. Parlamentet uppmanar med "
        "eftertryck regeringen att frige de våldsamma demonstranterna."
    )
    (flag,) = flags(document("de", [DE_UNIT]), document("sv", [swedish]))
    assert flag.type == "polarity" and flag.other_text == "våldsamma"
    assert dict(flag.evidence)["granularity"] == "clause"


def test_without_clause_correspondence_or_encoder_units_are_compared_with_a_warning() -> None:
    english = (
        "Condemns the arrests. Journalists were held. It invites the Government to release "
        "the violent protesters."
    )
    found = {d.type: d for d in flags(document("de", [DE_UNIT]), document("en", [english]))}
    assert found["polarity"].severity == "warning"
    assert dict(found["polarity"].evidence)["granularity"] == "unit"
    assert found["modality"].severity == "error"  # three levels, whatever the granularity
    assert english[slice(*found["polarity"].other_span)] == "violent"


class DigitEncoder(Encoder):
    """A fake model: each sentence is one-hot on the first digit it holds (0 without one);
    a text's vector is the normalised sum over its sentences, so that a sentence joined to
    another dilutes it as with a real model."""

    dim = 10
    signature = "digits"

    def embed(self, texts):  # noqa: ANN001, ANN201
        rows = np.full((len(texts), self.dim), 0.01, dtype=np.float32)
        for k, text in enumerate(texts):
            for sentence in re.split(r"(?<=[a-z][.!?])\s+", text):
                digit = re.search(r"\d", sentence)
                rows[k, int(digit.group()) if digit else 0] += 1.0
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        raise NotImplementedError


def test_sentences_are_aligned_with_the_encoder_when_clause_counts_differ() -> None:
    german = "Am 1. Mai war die Lage ruhig. Am 2. Mai wurden friedliche Proteste aufgelöst."
    english = (
        "On 1 May the situation was calm. The city slept. On 2 May violent protests were "
        "dispersed; the police used tear gas."
    )
    pivot, other = document("de", [german]), document("en", [english])
    ctx = CheckContext(encoder=DigitEncoder())
    pairs = pair_segments(_view(pivot, other), ctx)
    assert pairs[-1][0].text.startswith("Am 2. Mai") and pairs[-1][1].text.startswith("On 2 May")
    assert pairs[-1][2] == "sentence"
    assert len(pivot.units[0].sentences) == 2 and len(other.units[0].sentences) == 3
    (flag,) = flags(pivot, other, ctx)
    assert flag.severity == "error" and flag.other_text == "violent"
    assert dict(flag.evidence)["granularity"] == "sentence"


def _view(pivot: Document, other: Document):  # noqa: ANN202
    from compare.checks.base import BeadView

    alignment = one_to_one(pivot, other)
    return BeadView(alignment, 0, alignment.beads[0])


def test_split_clauses_keeps_offsets_into_the_unit() -> None:
    text = "λαμβάνοντας υπόψη το Α· λαμβάνοντας υπόψη το Β·"
    clauses = split_clauses([unit("rec:A", text, "el")])
    assert [c.text for c in clauses] == ["λαμβάνοντας υπόψη το Α·", "λαμβάνοντας υπόψη το Β·"]
    label, span = clauses[1].whole()
    assert label == "rec:A" and text[slice(*span)] == clauses[1].text


def test_missing_units_are_left_to_the_structure_check() -> None:
    pivot, other = document("de", [DE_UNIT]), document("en", ["Condemns the arrests;"])
    alignment = Alignment(pivot, other, (Bead((0,), (), 0.9), Bead((), (0,), 0.9)))
    assert run_checks(alignment, CheckContext(), ["polarity", "modality"]) == ()


def test_rates_table_counts_warnings_and_errors_per_hundred_units() -> None:
    pivot = document("de", [DE_UNIT, "begrüßt die Wahlen;"])
    english = (
        "Condemns the arrests of journalists; invites the Government to release the peaceful "
        "protesters;"
    )
    other = document("en", [english, "Welcomes the elections;"])
    alignment = one_to_one(pivot, other)
    result = LanguageResult(alignment, run_checks(alignment, CheckContext(), ["modality"]))
    report = Report("t", pivot, (result,), Signature("0", "none"))
    assert flag_rates(report) == [("en", 2, 0, 1)]
    table = rates_table(flag_rates(report))
    assert "| en | 2 | 0 | 1 | 50.00 |" in table and "| all | 2 | 0 | 1 | 50.00 |" in table


# --- the real pipeline on the bundled corpus (slow) -----------------------------------------


@pytest.fixture(scope="module")
def corpus_report(cached_encoder):  # noqa: ANN001, ANN201
    from compare.pipeline import compare_folder, load_folder

    return compare_folder(
        load_folder(CORPUS), encoder=cached_encoder, checks=["polarity", "modality"]
    )


@pytest.mark.slow
def test_clean_translations_stay_under_two_flags_per_hundred_units(corpus_report) -> None:  # noqa: ANN001
    rows = flag_rates(corpus_report)
    assert len(rows) == 23
    units = sum(r[1] for r in rows)
    flagged = sum(r[2] + r[3] for r in rows)
    assert 100 * flagged / units <= 2.0, rates_table(rows)


@pytest.fixture(scope="module")
def drafts_report(cached_encoder):  # noqa: ANN001, ANN201
    from compare.pipeline import compare_folder, load_folder

    return compare_folder(
        load_folder(CORPUS), langs=["en", "fr", "bg"], drafts=True, encoder=cached_encoder,
        checks=["polarity", "modality"],
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fr", "bg"])
def test_every_draft_polarity_and_modality_error_is_found(lang: str, drafts_report) -> None:  # noqa: ANN001
    report = drafts_report
    found = report.result(lang).divergences
    key = json.loads((CORPUS / "drafts" / f"{lang}.key.json").read_text(encoding="utf-8"))
    wanted = [d for d in key["divergences"] if d["type"] in ("polarity", "modality")]
    assert len(wanted) == 2
    for item in wanted:
        hits = [
            f for f in found
            if f.type == item["type"] and f.other_unit == item["other_unit"]
            and f.other_text and f.other_text in item["other_text"] and f.severity == "error"
        ]  # fmt: skip
        assert hits, f"{lang}: {item['note']} not found among {[f.message for f in found]}"
    assert len(found) == 2, [f.message for f in found]


#: FLORES-200 lines from this one on were not looked at while the lexicons were written.
FLORES_HELD_OUT = 243
#: Flags per 100 held-out sentence pairs, all 23 languages together (3.24 measured; news
#: and travel prose, not EU resolutions: the bound guards against a lexicon regression).
FLORES_MAX_RATE = 4.0

FLORES_FILES = {
    "bg": "bul_Cyrl", "cs": "ces_Latn", "da": "dan_Latn", "el": "ell_Grek", "en": "eng_Latn",
    "es": "spa_Latn", "et": "est_Latn", "fi": "fin_Latn", "fr": "fra_Latn", "ga": "gle_Latn",
    "hr": "hrv_Latn", "hu": "hun_Latn", "it": "ita_Latn", "lt": "lit_Latn", "lv": "lvs_Latn",
    "mt": "mlt_Latn", "nl": "nld_Latn", "pl": "pol_Latn", "pt": "por_Latn", "ro": "ron_Latn",
    "sk": "slk_Latn", "sl": "slv_Latn", "sv": "swe_Latn",
}  # fmt: skip


@pytest.mark.slow
def test_held_out_flores_sentences_rarely_raise_a_flag() -> None:
    folder = shared_data("flores200-eu24")
    german = (folder / "deu_Latn.txt").read_text(encoding="utf-8").splitlines()[FLORES_HELD_OUT:]
    flagged = 0
    for lang, name in FLORES_FILES.items():
        other = (folder / f"{name}.txt").read_text(encoding="utf-8").splitlines()[FLORES_HELD_OUT:]
        assert len(other) == len(german)
        flagged += sum(
            len(polarity_findings(p, "de", o, lang)) + len(modality_findings(p, "de", o, lang))
            for p, o in zip(german, other)
        )
    rate = 100 * flagged / (len(german) * len(FLORES_FILES))
    assert rate <= FLORES_MAX_RATE, f"{rate:.2f} flags per 100 sentence pairs"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The regime feared nothing but the army.", "en"),
        ("Le régime ne craignait rien sauf l'armée.", "fr"),
        ("Het regime vreesde niets dan het leger.", "nl"),
        ("Regimul nu se temea decât de armată.", "ro"),
        ("Il regime non temeva nulla tranne l'esercito.", "it"),
        ("El régimen no temía nada salvo al ejército.", "es"),
        ("O regime não temia nada exceto o exército.", "pt"),
        ("Reżim nie bał się niczego poza armią.", "pl"),
    ],
)
def test_negation_with_an_exception_means_only(text: str, lang: str) -> None:
    # neither side has a restrictive word ("nur", "only") that would explain a negation
    german = "Das Regime fürchtete vor allem die Armee."
    assert polarity_findings(german, "de", text, lang) == []
    restricted = "Das Regime fürchtete nichts außer der Armee."
    assert polarity_findings(restricted, "de", "The regime feared the army above all.", "en") == []


def test_a_plain_negation_next_to_an_exception_word_elsewhere_still_counts() -> None:
    found = polarity_findings(
        "Das Regime fürchtete die Armee nicht.", "de", "The regime feared the army.", "en"
    )
    assert [f.subtype for f in found] == ["negation-dropped"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # one level stronger on the obligation scale: the usual present-tense wording
        ("pt", "Eles devem ser solicitados a assumir obrigações.", "info"),
        ("en", "They must be asked to take on obligations.", "info"),
        # one level weaker stays a warning, two levels an error
        ("en", "They may be asked to take on obligations.", "warning"),
    ],
)
def test_obligation_strengthened_by_one_level_is_info(lang: str, text: str, expected: str) -> None:
    from compare.checks.polarity import ModalityCheck

    german = "Sie sollten aufgefordert werden, Verpflichtungen einzugehen."
    findings = modality_findings(german, "de", text, lang)
    assert [f.name for f in findings] == ["obligation"]
    assert ModalityCheck().severity(findings[0], "clause") == expected


def test_a_demand_strengthened_by_one_level_stays_a_warning() -> None:
    from compare.checks.polarity import ModalityCheck

    findings = modality_findings(
        "fordert die Regierung auf, die Gefangenen freizulassen;", "de",
        "strongly urges the Government to release the prisoners;", "en",
    )  # fmt: skip
    assert [(f.subtype, f.steps) for f in findings] == [("strengthened", 1)]
    assert ModalityCheck().severity(findings[0], "clause") == "warning"


@pytest.mark.parametrize(
    ("german", "other", "lang"),
    [
        (
            "was bedeutete, dass es kein Entkommen gab;",
            "co oznaczało, że nic nie uciekło bez walki;",
            "pl",
        ),
        (
            "ein Maß an Ordnung in einem Bild bewahrt;",
            "bez zaburzenia porządku w obrazie;",
            "pl",
        ),
        ("die Demonstranten friedlich auflösen;", "to disperse protesters without violence;", "en"),
    ],
)
def test_without_alone_raises_no_flag(german: str, other: str, lang: str) -> None:
    assert [f for f in polarity_findings(german, "de", other, lang) if f.subtype != "antonym"] == []


def test_without_explains_a_negator_on_the_other_side_and_not_stays_flagged() -> None:
    # "ohne dass" against "not": the weak cue explains the negator, no flag
    assert (
        polarity_findings(
            "die Wahl fand statt, ohne dass Beobachter zugelassen wurden;",
            "de",
            "the election took place and observers were not admitted;",
            "en",
        )  # fmt: skip
        == []
    )
    # a syntactic negator dropped beside "ohne" is still flagged
    dropped = polarity_findings(
        "die Gefangenen nicht ohne Gerichtsverfahren festzuhalten;", "de",
        "to hold the prisoners after a trial;", "en",
    )  # fmt: skip
    assert [f.subtype for f in dropped] == ["negation-dropped"]


@pytest.mark.parametrize(
    ("german", "other", "lang", "expected"),
    [
        # the negated term is absent on the other side: an antonym may say the same
        ("aber der Süden war noch immer nicht frei;", "ma il sud era ancora occupato;", "it",
         [("negation-rephrased", "info")]),
        ("die Wahl war nicht fair;", "the election was rigged;", "en",
         [("negation-rephrased", "info")]),
        # the negated term is on the other side without the negation: an error
        ("die Wahl war nicht frei;", "the election was free;", "en",
         [("negation-dropped", "error")]),
        # one negated term of two is present on the other side: an error
        ("die Wahl war frei;", "the election was not fair and not free;", "en",
         [("negation-added", "error")]),
        # "to free" is a verb: the negation negates the release
        ("die Gefangenen freizulassen;", "not to free the prisoners;", "en",
         [("negation-added", "error")]),
    ],
)  # fmt: skip
def test_a_negated_term_missing_on_the_other_side_is_a_hint(
    german: str, other: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    from compare.checks.polarity import PolarityCheck

    findings = polarity_findings(german, "de", other, lang)
    check = PolarityCheck()
    assert [(f.subtype, check.severity(f, "clause")) for f in findings] == expected


def test_several_modal_verbs_of_one_german_level_are_compared() -> None:
    german = (
        "29 Prozent meinen, Australien solle bald eine Republik werden, "
        "31 Prozent, es solle niemals eine werden."
    )
    faithful = (
        "29% acreditam que a Austrália deve tornar-se uma república em breve, 31% que nunca deve."
    )
    weakened = (
        "29% acreditam que a Austrália deve tornar-se uma república em breve, 31% que nunca pode."
    )
    # "solle" / "deve" is one level stronger, the usual wording: no weakening
    assert [f.subtype for f in modality_findings(german, "de", faithful, "pt")] == ["strengthened"]
    [finding] = modality_findings(german, "de", weakened, "pt")
    assert (finding.subtype, finding.other_cue.text, finding.steps) == ("weakened", "pode", 1)


def test_modal_verbs_are_not_compared_when_counts_or_german_levels_differ() -> None:
    german = "Australien solle eine Republik werden, die Monarchie könne bleiben."
    assert modality_findings(german, "de", "Australia must become a republic.", "en") == []


def test_modals_of_several_german_levels_are_left_alone() -> None:
    # bundled corpus par:7: "ohne ... Angst haben müssen" is a negated need, not "must"
    german = "ohne dass sie Angst haben müssen, und damit sie ihre Tätigkeiten ausüben können"
    other = "така че да могат да участват, и да могат да извършват дейността си"
    assert modality_findings(german, "de", other, "bg") == []


GERMAN_NEVER = "während 31 Prozent meinen, Australien solle niemals eine Republik werden;"


@pytest.mark.parametrize(
    ("other", "lang", "word"),
    [
        ("dok 31 posto drži da Australija nikad bi trebala postati republika;", "hr", "nikad"),
        ("a 31 procent sądzi, że Australia nigdy powinna zostać republiką;", "pl", "nigdy"),
        ("a според 31% Австралия никога трябва да става република;", "bg", "никога"),
        ("míg 31%-a úgy véli, hogy Ausztráliának soha kellene köztársasággá válnia;", "hu",
         "soha"),
        ("în timp ce 31% cred că Australia ar trebui să devină niciodată republică;", "ro",
         "niciodată"),
        # a "without" elsewhere in the clause neither licenses the concord word nor
        # explains the lost negator
        ("η Αυστραλία θα γίνει δημοκρατία χωρίς βασιλεία, ενώ το 31% θεωρεί ότι η Αυστραλία "
         "πρέπει να γίνει ποτέ δημοκρατία·", "el", "ποτέ"),
    ],
)  # fmt: skip
def test_a_concord_word_left_without_its_negator_is_a_dropped_negation(
    other: str, lang: str, word: str
) -> None:
    (finding,) = polarity_findings(GERMAN_NEVER, "de", other, lang)
    assert finding.subtype == "negation-dropped"
    assert repr(word) in finding.message and "without the negator" in finding.message


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        ("dok 31 posto drži da Australija nikad ne bi trebala postati republika;", "hr"),
        ("a 31 procent sądzi, że Australia nigdy nie powinna zostać republiką;", "pl"),
        ("a според 31% Австралия никога не трябва да става република;", "bg"),
        ("míg 31%-a úgy véli, hogy Ausztráliának soha nem kellene köztársasággá válnia;", "hu"),
        ("în timp ce 31% cred că Australia nu ar trebui să devină niciodată republică;", "ro"),
    ],
)
def test_a_concord_word_with_its_negator_is_one_negation(other: str, lang: str) -> None:
    assert polarity_findings(GERMAN_NEVER, "de", other, lang) == []


def test_a_concord_word_negates_alone_in_a_verbless_phrase_or_after_without() -> None:
    pl = get_lexicon("pl")
    assert [c.kind for c in pl.polarity_cues("Nigdy więcej wojny.")] == ["negation"]
    assert [c.kind for c in pl.polarity_cues("bez żadnych wątpliwości zgadza się z tym")] == [
        "weak",
        "negation",
    ]
    assert polarity_findings("keine weiteren Verzögerungen;", "de", "żadnych opóźnień;", "pl") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kot nekateri drugi strokovnjaki tudi on dvomi o tem", "sl"),
        ("nekoliko stručnjaka smatra da je to moguće", "hr"),
        ("niektóre państwa członkowskie popierają wniosek", "pl"),
        ("negocierile cu Kazahstanul au fost necesare", "ro"),
        ("nejvyšší soud rozhodl o odvolání", "cs"),
        ("нещо се промени в нейната политика", "bg"),
    ],
)
def test_some_words_with_a_negative_looking_prefix_are_no_cues(text: str, lang: str) -> None:
    assert [c for c in get_lexicon(lang).polarity_cues(text) if c.kind != "pole"] == []


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        ("susceptible d’avoir des répercussions positives sur les affaires intérieures;", "fr"),
        ("kas varētu pozitīvi ietekmēt Kazahstānas iekšējās lietas;", "lv"),
        ("li jista’ jkollu impatt pożittiv fuq l-affarijiet interni;", "mt"),
        ("mikä voisi vaikuttaa myönteisesti Kazakstanin sisäisiin asioihin;", "fi"),
    ],
)
def test_negative_turned_positive_is_an_antonym(other: str, lang: str) -> None:
    german = "die negative Auswirkungen auf die inneren Angelegenheiten haben könnte;"
    assert [(f.subtype, f.name) for f in polarity_findings(german, "de", other, lang)] == [
        ("antonym", "valence")
    ]


def test_messages_name_the_pivot_language() -> None:
    """The pivot need not be German (the German version is compared with the English)."""
    (dropped,) = polarity_findings("They were not free.", "en", "Sie waren frei.", "de")
    assert dropped.message == "de drops the English negation 'not'"
    (added,) = polarity_findings("Sie waren frei.", "de", "They were not free.", "en")
    assert added.message == "en adds a negation ('not') that the German clause does not have"
    (flip,) = polarity_findings(
        "The protests were peaceful.", "en", "Die Proteste waren gewaltsam.", "de"
    )
    assert "where the English says 'peaceful'" in flip.message
    (weaker,) = modality_findings(
        "Parliament urges the Council.", "en", "Das Parlament bittet den Rat.", "de"
    )
    assert weaker.message.startswith("de weakens the demand: English 'urges'")


def test_a_quoted_english_negation_counts_as_one() -> None:
    """The German quotes the English "Did not Finish"; the other versions translate its
    negation. Without the quote, the negation the version adds is still found."""
    de = "Im ersten Lauf erhielt sie ein „Did not Finish“."
    assert polarity_findings(de, "de", "Al primo giro non ha concluso la prova.", "it") == []
    assert polarity_findings(de, "de", "She earned a Did Not Finish in her first run.", "en") == []
    (added,) = polarity_findings("Sie beendete das Rennen.", "de", "She did not finish.", "en")
    assert added.message == "en adds a negation ('not') that the German clause does not have"
    (dropped,) = polarity_findings(de, "de", "Al primo giro ha concluso la prova.", "it")
    assert dropped.message == "it drops the German negation 'not'"
