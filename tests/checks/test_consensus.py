"""Cross-language consensus over number, date, reference and name flags (no model)."""

from __future__ import annotations

import dataclasses

import pytest

from compare.checks.base import run_checks
from compare.checks.consensus import MIN_AGREEING, apply_consensus
from compare.checks.facts import FACT_TYPES
from compare.types import Alignment, Bead, Divergence, Document, LanguageResult, Unit
from tests.fakes import ConceptEncoder, rule_aligner

GERMAN = [
    ("rec:E", "in der Erwägung, dass mindestens 225 Menschen getötet wurden;"),
    ("par:4", "fordert die Freilassung von Rinat Batkaev;"),
]

#: The same two units in five languages, with the German's values.
CLEAN = {
    "en": ["whereas at least 225 people were killed;",
           "calls for the release of Rinat Batkaev;"],
    "fr": ["considérant qu’au moins 225 personnes ont été tuées;",
           "demande la libération de Rinat Batkaev;"],
    "pl": ["mając na uwadze, że zginęło co najmniej 225 osób;",
           "wzywa do uwolnienia Rinata Batkajewa;"],
    "el": ["λαμβάνοντας υπόψη ότι σκοτώθηκαν τουλάχιστον 225 άτομα·",
           "ζητεί την απελευθέρωση του Ρινάτ Μπατκάεφ·"],
    "hu": ["mivel legalább 225 ember életét vesztette;",
           "követeli Rinat Batkajev szabadon bocsátását;"],
}  # fmt: skip


def document(lang: str, texts: list[tuple[str, str]]) -> Document:
    units, pos = [], 0
    for label, text in texts:
        units.append(Unit(label, "recital", "", text, pos, pos + len(text), pos, pos + len(text)))
        pos += len(text) + 2
    return Document("test", lang, tuple(units), "\n\n".join(t for _, t in texts))


def result(lang: str, texts: list[str], german: list[tuple[str, str]] = GERMAN) -> LanguageResult:
    """The fact flags of one version against the German, as the pipeline makes them."""
    other = document(lang, [(label, text) for (label, _), text in zip(german, texts)])
    beads = tuple(Bead((i,), (i,), 0.95) for i in range(len(german)))
    alignment = Alignment(document("de", german), other, beads)
    return LanguageResult(alignment, run_checks(alignment, None, FACT_TYPES))


def changed(lang: str, old: str, new: str, unit: int = 0) -> list[str]:
    texts = list(CLEAN[lang])
    texts[unit] = texts[unit].replace(old, new)
    return texts


def fact_flags(results: list[LanguageResult]) -> list[Divergence]:
    return [f for r in results for f in r.divergences if f.type in FACT_TYPES]


def test_clean_versions_have_no_flags() -> None:
    assert fact_flags(apply_consensus([result(lang, CLEAN[lang]) for lang in CLEAN])) == []


def test_the_flagged_version_is_the_outlier() -> None:
    results = [result("en", changed("en", "225", "252"))]
    results += [result(lang, CLEAN[lang]) for lang in ("fr", "pl", "el", "hu")]
    [flag] = fact_flags(apply_consensus(results))
    evidence = dict(flag.evidence)
    assert (flag.lang, flag.severity) == ("en", "error")
    assert flag.message == "German has 225, English has 252"
    assert evidence["consensus"] == "4 of 4 other versions agree with German"
    assert evidence["outlier"] == "en"


def test_the_german_is_the_outlier() -> None:
    german = [("rec:E", GERMAN[0][1].replace("225", "252")), GERMAN[1]]
    results = [result(lang, CLEAN[lang], german) for lang in CLEAN]
    before = fact_flags(results)
    assert len(before) == 5 and {f.severity for f in before} == {"error"}
    after = fact_flags(apply_consensus(results))
    assert [f.lang for f in after] == list(CLEAN)  # one flag per version, still located
    for flag in after:
        evidence = dict(flag.evidence)
        assert flag.severity == "info"
        assert flag.message == "5 of 5 versions have 225; the German has 252: check the German"
        assert evidence["outlier"] == "pivot"
        assert evidence["consensus"] == "0 of 4 other versions agree with German"
        assert evidence["agreeing"] == "el,en,fr,hu,pl"
        assert flag.pivot_span is not None and flag.other_span is not None


def test_a_replaced_name_shared_by_most_versions_points_at_the_german() -> None:
    german = [GERMAN[0], ("par:4", "fordert die Freilassung von Rinat Baytenov;")]
    results = [result(lang, CLEAN[lang], german) for lang in CLEAN]
    after = fact_flags(apply_consensus(results))
    assert {(f.type, f.severity) for f in after} == {("name", "info")}
    assert all(dict(f.evidence)["outlier"] == "pivot" for f in after)


def test_too_few_versions_never_overrule_the_german() -> None:
    # two of two versions have 252: fewer than MIN_AGREEING, the flags stay errors
    assert MIN_AGREEING > 2
    results = [result(lang, changed(lang, "225", "252")) for lang in ("en", "fr")]
    after = fact_flags(apply_consensus(results))
    assert [f.severity for f in after] == ["error", "error"]
    assert {dict(f.evidence)["outlier"] for f in after} == {"undecided"}


def test_no_majority_is_undecided() -> None:
    results = [result(lang, changed(lang, "225", "252")) for lang in ("en", "fr")]
    results += [result(lang, changed(lang, "225", "522")) for lang in ("pl", "el")]
    results.append(result("hu", CLEAN["hu"]))
    after = fact_flags(apply_consensus(results))
    assert {f.severity for f in after} == {"error"}
    assert {dict(f.evidence)["outlier"] for f in after} == {"undecided"}


def test_a_value_missing_in_most_versions_points_at_the_german() -> None:
    german = [("rec:E", "in der Erwägung, dass im Jahr 2011 Menschen getötet wurden;"), GERMAN[1]]
    texts = {
        "en": "whereas people were killed;",
        "fr": "considérant que des personnes ont été tuées;",
        "pl": "mając na uwadze, że zginęli ludzie;",
        "el": "λαμβάνοντας υπόψη ότι σκοτώθηκαν άνθρωποι·",
        "hu": "mivel emberek vesztették életüket;",
    }
    results = [result(lang, [texts[lang], CLEAN[lang][1]], german) for lang in CLEAN]
    after = fact_flags(apply_consensus(results))
    assert len(after) == 5 and {f.severity for f in after} == {"info"}
    assert after[0].message == (
        "5 of 5 versions have no such date here; the German has 2011: check the German"
    )


def test_versions_without_the_unit_do_not_vote() -> None:
    results = [result("en", changed("en", "225", "252"))]
    results += [result(lang, CLEAN[lang]) for lang in ("fr", "pl")]
    hu = result("hu", CLEAN["hu"])
    gap = Alignment(
        hu.alignment.pivot,
        hu.alignment.other,
        (Bead((0,), (), 0.9), Bead((), (0,), 0.9), Bead((1,), (1,), 0.95)),
    )
    results.append(LanguageResult(gap, ()))
    [flag] = fact_flags(apply_consensus(results))
    assert dict(flag.evidence)["consensus"] == "2 of 2 other versions agree with German"


def test_other_flags_and_single_results_are_left_alone() -> None:
    one = [result("en", changed("en", "225", "252"))]
    assert apply_consensus(one) == one
    structure = Divergence(
        "fr", "structure", "warning", 0.9, "rec:E", None, None, None, "", "", "missing unit"
    )
    results = [
        one[0],
        LanguageResult(result("fr", CLEAN["fr"]).alignment, (structure,)),
    ]
    assert apply_consensus(results)[1].divergences == (structure,)


@pytest.mark.parametrize("lang", ["en", "pl", "el", "hu"])
def test_each_language_can_be_the_outlier(lang: str) -> None:
    results = [
        result(code, changed(code, "225", "252") if code == lang else CLEAN[code]) for code in CLEAN
    ]
    [flag] = fact_flags(apply_consensus(results))
    assert (flag.lang, flag.severity, dict(flag.evidence)["outlier"]) == (lang, "error", lang)


def test_a_name_most_versions_translate_is_info() -> None:
    german = [GERMAN[0], ("par:4", "fordert die Freilassung von Bürgern aus Nova Scotia;")]
    # ("Νέας Σκωτίας", "Új-Skócia", "Uuden-Skotlannin" are found and raise nothing)
    first = dict(
        {lang: CLEAN[lang][0] for lang in ("en", "fr", "pl")},
        lv="tā kā ir nogalināti vismaz 225 cilvēki;",
        sv="med beaktande av att minst 225 personer dödades;",
    )
    texts = {
        "en": "calls for the release of citizens of Nova Scotia;",
        "fr": "demande la libération de citoyens de Nouvelle-Écosse;",
        "pl": "wzywa do uwolnienia obywateli tej prowincji kanadyjskiej;",
        "lv": "aicina atbrīvot Jaunskotijas pilsoņus;",
        "sv": "kräver att medborgare från Nya Skottland friges;",
    }
    results = [result(lang, [first[lang], texts[lang]], german) for lang in texts]
    before = [f for f in fact_flags(results) if f.severity == "error"]
    assert len(before) >= MIN_AGREEING - 1  # the four other forms, without consensus
    after = fact_flags(apply_consensus(results))
    assert after and {f.severity for f in after} == {"info"}
    assert {dict(f.evidence)["outlier"] for f in after} == {"pivot form"}
    assert "another way" in after[0].message


def test_a_name_dropped_by_one_version_stays_an_error() -> None:
    results = [result("en", changed("en", "Rinat Batkaev", "the activist", unit=1))]
    results += [result(lang, CLEAN[lang]) for lang in ("fr", "pl", "el", "hu")]
    [flag] = fact_flags(apply_consensus(results))
    assert (flag.lang, flag.severity, dict(flag.evidence)["outlier"]) == ("en", "error", "en")


#: The fake word aligner's concepts: renderings of "Nova Scotia" link word by word.
RENDERING_WORDS = {"nouvelle": "new", "nueva": "new", "nya": "new", "nowej": "new",
                   "écosse": "scotland", "escocia": "scotland", "skottland": "scotland",
                   "szkocji": "scotland"}  # fmt: skip
NOVA_SCOTIA = [GERMAN[0], ("par:4", "fordert die Freilassung von Bürgern aus Nova Scotia;")]
RENDERED = {
    "fr": ("demande la libération de citoyens de Nouvelle-Écosse;", "Nouvelle-Écosse"),
    "es": ("pide la liberación de ciudadanos de Nueva Escocia;", "Nueva Escocia"),
    "sv": ("kräver att medborgare från Nya Skottland friges;", "Nya Skottland"),
}


def _same_concept(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return RENDERING_WORDS.get(a, a) == RENDERING_WORDS.get(b, b)


#: Links the words of one :data:`RENDERING_WORDS` concept (and equal words).
concept_aligner = rule_aligner(_same_concept)


def name_flag(lang: str, subtype: str, text: str = "", rendering: str = "") -> Divergence:
    """A name flag on par:4 for the German "Nova Scotia", as the name check makes it."""
    span = (text.index(rendering), text.index(rendering) + len(rendering)) if rendering else None
    evidence = (("subtype", subtype), ("pivot_value", "Nova Scotia"), ("other_value", rendering))
    severity = "info" if rendering else "error"
    start = NOVA_SCOTIA[1][1].index("Nova Scotia")
    return Divergence(lang, "name", severity, 0.9, "par:4", "par:4", (start, start + 11), span,
                      "Nova Scotia", rendering, f"{lang}: Nova Scotia", evidence)  # fmt: skip


@pytest.mark.parametrize(("flagged", "found", "severity", "outlier"), [
    ("jitlob il-ħelsien taċ-ċittadini;", "0 of 3", "error", "mt"),
    ("wzywa do uwolnienia obywateli Nowej Szkocji;", "3 of 3", "info", "pivot form"),
])  # fmt: skip
def test_a_name_others_render_is_traced_into_the_version_that_lacks_it(
    monkeypatch: pytest.MonkeyPatch, flagged: str, found: str, severity: str, outlier: str
) -> None:
    """Three versions render "Nova Scotia" their own way; the flagged one has no form the
    check recognised. Their renderings are word-aligned with its text: where none links,
    the version dropped the name (the error stays, on that version); where they link, it
    renders the name too (info, a translated name)."""
    from compare.checks import gap_consensus

    monkeypatch.setattr(gap_consensus, "align_words", concept_aligner)
    first = CLEAN["en"][0]
    results = [result("mt", [first, flagged], NOVA_SCOTIA)]
    results += [result(lang, [first, text], NOVA_SCOTIA) for lang, (text, _) in RENDERED.items()]
    flags = [name_flag("mt", "missing")]
    flags += [name_flag(lang, "rendered", text, form) for lang, (text, form) in RENDERED.items()]
    results = [dataclasses.replace(r, divergences=(f,)) for r, f in zip(results, flags)]
    after = apply_consensus(results, ConceptEncoder({}))
    (flag,) = after[0].divergences
    evidence = dict(flag.evidence)
    assert evidence["renderings_found"] == found
    assert (flag.severity, evidence["outlier"]) == (severity, outlier)
    # without an encoder the name counts as translated, as before
    (plain,) = apply_consensus(results)[0].divergences
    assert (plain.severity, dict(plain.evidence)["outlier"]) == ("info", "pivot form")
