"""Omissions and additions weighed by the other versions (fake model, then the real one)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from compare.checks import gap_consensus
from compare.checks.gap_consensus import MIN_VOTERS, apply_gap_consensus, shifted_evidence
from compare.checks.omission import WARNING_EVIDENCE
from compare.types import Alignment, Bead, Divergence, Document, LanguageResult, Unit
from tests.fakes import ConceptEncoder, corpus_paragraphs, rule_aligner

#: Word -> concept in every test language: a word and its translations share one vector.
CONCEPTS = {
    "parliament": ("Parlament", "Parliament", "Parlement", "Parlamento", "Parlamentet"),
    "release": ("Freilassung", "release", "libération", "liberazione", "vrijlating"),
    "prisoners": ("Gefangenen", "prisoners", "prisonniers", "prigionieri", "gevangenen"),
    "lifting": ("Aufhebung", "lifting", "levée", "revoca", "opheffing"),
    "blockade": ("Blockade", "blockade", "blocus", "blocco", "blokkade"),
    "camps": ("Lager", "camps", "camps", "campi", "kampen"),
    "closure": ("Schließung", "closure", "fermeture", "chiusura", "sluiting"),
}
LANGS = ("de", "en", "fr", "it", "nl")
LEXICON = {word.lower(): concept for concept, words in CONCEPTS.items() for word in words}


def words(lang: str, *concepts: str) -> str:
    """The concepts in one language, as a telegraphic text (content words only, so that
    every word of a version has its exact counterpart and none links by chance)."""
    return " ".join(CONCEPTS[c][LANGS.index(lang)] for c in concepts)


FULL = ("parliament", "release", "prisoners", "lifting", "blockade")
SHORT = ("parliament", "release", "prisoners")


def unit(text: str) -> Unit:
    return Unit("par:1", "paragraph", "1.", text, 0, len(text), 0, len(text))


def result(lang: str, german: str, text: str, flags: tuple[Divergence, ...] = ()) -> LanguageResult:
    pivot = Document("d", "de", (unit(german),), german)
    other = Document("d", lang, (unit(text),), text)
    return LanguageResult(Alignment(pivot, other, (Bead((0,), (0,), 0.9),)), flags)


def gap_flag(
    kind: str, lang: str, text: str, run: str, evidence: float, length_z: float = 0.0, **extra: str
) -> Divergence:
    """A word-run flag as the omission check makes it, with the given evidence (and, by
    default, a pair of the usual length ratio: the run's side is not longer than usual)."""
    start = text.index(run)
    span = (start, start + len(run))
    severity = "warning" if evidence >= WARNING_EVIDENCE else "info"
    fields = {"content_words": str(len(run.split())), "extent": "words",
              "evidence": f"{evidence:.2f}", "length_z": f"{length_z:+.2f}", **extra}  # fmt: skip
    side = {"pivot_span": span, "pivot_text": run, "other_span": None, "other_text": ""}
    if kind == "addition":
        side = {"pivot_span": None, "pivot_text": "", "other_span": span, "other_text": run}
    return Divergence(
        lang, kind, severity, 0.5, "par:1", "par:1", message=f"{kind} of “{run}”",
        evidence=tuple(fields.items()), **side,
    )  # fmt: skip


def reviewed(flagged: LanguageResult, voters: dict[str, str], german: str) -> Divergence:
    results = [flagged, *(result(lang, german, text) for lang, text in voters.items())]
    out = apply_gap_consensus(results, ConceptEncoder(LEXICON))
    assert [r.lang for r in out] == [r.lang for r in results]
    assert all(a.divergences == b.divergences for a, b in zip(out[1:], results[1:]))
    (flag,) = out[0].divergences
    return flag


def test_an_addition_no_other_version_has_becomes_a_warning() -> None:
    german = words("de", *SHORT)
    english = words("en", *SHORT, "closure", "camps")
    flag = gap_flag("addition", "en", english, "closure camps", 2.4)
    voters = {lang: words(lang, *SHORT) for lang in ("fr", "it", "nl")}
    found = reviewed(result("en", german, english, (flag,)), voters, german)
    evidence = dict(found.evidence)
    assert evidence["versions_with_passage"] == "0 of 3"
    assert float(evidence["consensus_evidence"]) == pytest.approx(
        2.4 + gap_consensus.ADDITION_WEIGHT * gap_consensus.ADDITION_CENTRE
    )
    assert found.severity == "warning"
    assert "0 of 3 other versions have a counterpart" in found.message
    assert found.score > 0.5  # above the warning level of evidence


def test_an_addition_every_other_version_has_becomes_info() -> None:
    """The run is unlinked against the German only (a paraphrase the aligner missed): the
    other versions all have it, so it is no addition."""
    german = words("de", *SHORT)
    english = words("en", *SHORT, "closure", "camps")
    flag = gap_flag("addition", "en", english, "closure camps", 3.8)
    assert flag.severity == "warning"
    voters = {lang: words(lang, *SHORT, "closure", "camps") for lang in ("fr", "it", "nl")}
    found = reviewed(result("en", german, english, (flag,)), voters, german)
    assert dict(found.evidence)["versions_with_passage"] == "3 of 3"
    assert found.severity == "info"
    assert found.score < 0.5


def test_an_omission_the_other_versions_translate_becomes_a_warning() -> None:
    german = words("de", *FULL)
    english = words("en", *SHORT)
    flag = gap_flag("omission", "en", german, "Aufhebung Blockade", 3.3)
    assert flag.severity == "info"
    voters = {lang: words(lang, *FULL) for lang in ("fr", "it", "nl")}
    found = reviewed(result("en", german, english, (flag,)), voters, german)
    assert dict(found.evidence)["versions_with_passage"] == "3 of 3"
    assert found.severity == "warning"
    assert (found.pivot_span, found.pivot_text) == (flag.pivot_span, flag.pivot_text)


def test_an_omission_no_other_version_translates_becomes_info() -> None:
    """A German run every version leaves unlinked is hard to link, not missing in one."""
    german = words("de", *FULL)
    flag = gap_flag("omission", "en", german, "Aufhebung Blockade", 3.8)
    voters = {lang: words(lang, *SHORT) for lang in ("fr", "it", "nl")}
    found = reviewed(result("en", german, words("en", *SHORT), (flag,)), voters, german)
    assert dict(found.evidence)["versions_with_passage"] == "0 of 3"
    assert found.severity == "info"


#: Links the word aligner :data:`lexicon_aligner` makes besides those of one concept:
#: English says "ending embargo" where the others say "lifting blockade", and only the
#: French, Italian and Dutch words link to it (no direct German-English link).
PARAPHRASE = {frozenset(pair) for pair in [
    ("ending", "levée"), ("ending", "revoca"), ("ending", "opheffing"),
    ("embargo", "blocus"), ("embargo", "blocco"), ("embargo", "blokkade"),
]}  # fmt: skip


def _linked(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return LEXICON.get(a, a) == LEXICON.get(b, b) or frozenset((a, b)) in PARAPHRASE


#: A word aligner that links words of one concept and the :data:`PARAPHRASE` pairs.
lexicon_aligner = rule_aligner(_linked)


@pytest.mark.parametrize(("english", "found", "shifted", "expected"), [
    (words("en", *SHORT) + " ending embargo", "3 of 3", 3.3, "info"),
    (words("en", *SHORT), "0 of 3", 3.8, "warning"),
])  # fmt: skip
def test_an_omission_the_others_wording_finds_in_the_version_is_not_vouched_for(
    monkeypatch: pytest.MonkeyPatch, english: str, found: str, shifted: float, expected: str
) -> None:
    """Every other version translates the German run, but their words for it link to
    the English text: English has the passage in other words (the German-English
    alignment missed it), so the witnesses neither raise the evidence nor lift the rule
    that the German side must be longer than usual. Where English has nothing of
    theirs, they do both."""
    monkeypatch.setattr(gap_consensus, "align_words", lexicon_aligner)
    german = words("de", *FULL)
    flag = gap_flag("omission", "en", german, "Aufhebung Blockade", 3.3)
    voters = {lang: words(lang, *FULL) for lang in ("fr", "it", "nl")}
    reviewed_flag = reviewed(result("en", german, english, (flag,)), voters, german)
    evidence = dict(reviewed_flag.evidence)
    assert evidence["versions_with_passage"] == "3 of 3"
    assert evidence["found_through"] == found
    assert float(evidence["consensus_evidence"]) == pytest.approx(shifted)
    assert reviewed_flag.severity == expected
    assert f"the wording of {found} links to this version's text" in reviewed_flag.message


@pytest.mark.parametrize(("length_z", "expected"), [(0.0, "info"), (-2.5, "warning")])
def test_without_near_unanimous_witnesses_the_run_side_must_be_longer(
    length_z: float, expected: str
) -> None:
    """Two of three versions translate the German run: the evidence rises a little, but
    the check's rule that the German must be longer than usual still holds."""
    german = words("de", *FULL)
    flag = gap_flag("omission", "en", german, "Aufhebung Blockade", 3.8, length_z=length_z)
    voters = {"fr": words("fr", *FULL), "it": words("it", *FULL), "nl": words("nl", *SHORT)}
    found = reviewed(result("en", german, words("en", *SHORT), (flag,)), voters, german)
    evidence = dict(found.evidence)
    assert evidence["versions_with_passage"] == "2 of 3"
    assert float(evidence["consensus_evidence"]) >= WARNING_EVIDENCE
    assert found.severity == expected


@pytest.mark.parametrize(("having", "expected"), [(("fr",), "warning"), (("fr", "it"), "info")])
def test_an_addition_most_other_versions_have_is_a_hint_at_most(
    having: tuple[str, ...], expected: str
) -> None:
    """Strong evidence against the German and a side far longer than usual: one voter of
    three having the run leaves it a warning or error; two of three make it a hint (the
    German lacks what most versions have)."""
    german = words("de", *SHORT)
    english = words("en", *SHORT, "closure", "camps")
    flag = gap_flag("addition", "en", english, "closure camps", 6.0, length_z=3.0)
    voters = {lang: words(lang, *SHORT, *(("closure", "camps") if lang in having else ()))
              for lang in ("fr", "it", "nl")}  # fmt: skip
    found = reviewed(result("en", german, english, (flag,)), voters, german)
    assert dict(found.evidence)["versions_with_passage"] == f"{len(having)} of 3"
    assert float(dict(found.evidence)["consensus_evidence"]) >= WARNING_EVIDENCE
    assert (found.severity == "info") is (expected == "info")


@pytest.mark.parametrize(("having", "expected"), [(("fr",), "warning"), (("fr", "it"), "info")])
def test_a_place_name_keeps_an_addition_a_warning_unless_most_versions_have_it(
    having: tuple[str, ...], expected: str
) -> None:
    """One voter of three having the run lowers its evidence below a warning, but a
    place name the German lacks keeps it one; two of three make it a hint all the same
    (the German is the version without the name)."""
    german = words("de", *SHORT)
    english = words("en", *SHORT, "closure", "camps")
    flag = gap_flag(
        "addition", "en", english, "closure camps", 3.8, names_without_counterpart="Russia"
    )
    voters = {lang: words(lang, *SHORT, *(("closure", "camps") if lang in having else ()))
              for lang in ("fr", "it", "nl")}  # fmt: skip
    found = reviewed(result("en", german, english, (flag,)), voters, german)
    assert float(dict(found.evidence)["consensus_evidence"]) < WARNING_EVIDENCE
    assert found.severity == expected


def test_too_few_voters_sentences_and_other_types_are_left_alone() -> None:
    german = words("de", *SHORT)
    english = words("en", *SHORT, "closure", "camps")
    flag = gap_flag("addition", "en", english, "closure camps", 2.4)
    sentence = replace(flag, evidence=(("content_words", "2"), ("extent", "sentence")))
    number = replace(flag, type="number")
    flagged = result("en", german, english, (flag, sentence, number))
    voters = [result(lang, german, words(lang, *SHORT)) for lang in ("fr", "it", "nl")]
    encoder = ConceptEncoder(LEXICON)
    few = apply_gap_consensus([flagged, *voters[: MIN_VOTERS - 1]], encoder)
    assert few[0].divergences == flagged.divergences
    enough = apply_gap_consensus([flagged, *voters], encoder)
    assert enough[0].divergences[0].severity == "warning"
    assert enough[0].divergences[1:] == (sentence, number)
    # only the named versions' flags are reviewed; without an encoder nothing is
    assert apply_gap_consensus([flagged, *voters], encoder, {"fr"})[0] == flagged
    assert apply_gap_consensus([flagged, *voters], None)[0] == flagged


def test_a_version_without_the_unit_does_not_vote() -> None:
    german = words("de", *SHORT)
    english = words("en", *SHORT, "closure", "camps")
    flag = gap_flag("addition", "en", english, "closure camps", 2.4)
    voters = [result(lang, german, words(lang, *SHORT)) for lang in ("fr", "it", "nl")]
    empty = voters[0].alignment
    voters[0] = LanguageResult(replace(empty, beads=(Bead((0,), (), 0.0), Bead((), (0,), 0.0))))
    out = apply_gap_consensus([result("en", german, english, (flag,)), *voters],
                              ConceptEncoder(LEXICON))  # fmt: skip
    assert out[0].divergences == (flag,)  # two voters left: fewer than MIN_VOTERS


@pytest.mark.parametrize(
    ("kind", "share", "above"),
    [("omission", 1.0, True), ("omission", 0.0, False), ("addition", 0.0, True),
     ("addition", 1.0, False)],
)  # fmt: skip
def test_the_share_moves_the_evidence_in_the_flag_types_direction(
    kind: str, share: float, above: bool
) -> None:
    shifted = shifted_evidence(kind, WARNING_EVIDENCE, share)
    assert (shifted > WARNING_EVIDENCE) is above


# -- the real model ----------------------------------------------------------------------

#: A clause added to the Portuguese paragraph 2, as the injector adds one (taken from
#: another unit of the same version).
ADDED = "não foram alcançados resultados tangíveis"
PLACE = "no Cazaquistão, que afeta"


@pytest.mark.slow
def test_real_model_other_versions_confirm_an_added_clause(encoder) -> None:  # noqa: ANN001
    from compare.inject import document_from_texts
    from compare.pipeline import compare_documents

    pivot = document_from_texts("t", "de", corpus_paragraphs("de"))
    texts = corpus_paragraphs("pt")
    assert texts[1].count(PLACE) == 1
    texts[1] = texts[1].replace(PLACE, f"no Cazaquistão, {ADDED}, que afeta")
    variant = document_from_texts("t", "pt", texts)
    voters = [document_from_texts("t", lang, corpus_paragraphs(lang))
              for lang in ("en", "fr", "it", "es", "nl")]  # fmt: skip

    def added(report) -> Divergence:  # noqa: ANN001
        flags = [f for f in report.result("pt").divergences
                 if f.type == "addition" and f.other_unit == "par:2"
                 and f.other_span[0] < texts[1].index(ADDED) + len(ADDED)
                 and texts[1].index(ADDED) < f.other_span[1]]  # fmt: skip
        assert len(flags) == 1, report.result("pt").divergences
        return flags[0]

    alone = added(compare_documents(pivot, [variant], encoder, ["addition"]))
    together = compare_documents(pivot, [variant, *voters], encoder, ["addition"])
    found = added(together)
    evidence = dict(found.evidence)
    assert "versions_with_passage" not in dict(alone.evidence)
    having, voting = evidence["versions_with_passage"].split(" of ")
    assert int(voting) == 5 and int(having) <= 1
    assert found.severity in ("warning", "error")
    assert float(evidence["consensus_evidence"]) > float(evidence["evidence"])
    # the faithful versions' own flags on these paragraphs stay hints
    for lang in ("en", "fr", "it", "es", "nl"):
        assert all(f.severity == "info" for f in together.result(lang).divergences), lang


def test_the_signature_holds_the_cross_version_thresholds() -> None:
    """A batch run is redone when a witness or consensus threshold changes."""
    from compare.checks import consensus
    from compare.pipeline import signature

    thresholds = dict(signature(None).thresholds)
    assert thresholds["addition.ADDITION_WEIGHT"] == gap_consensus.ADDITION_WEIGHT
    assert thresholds["omission.VOUCHED_OMISSION"] == gap_consensus.VOUCHED_OMISSION
    assert thresholds["name.MIN_AGREEING"] == consensus.MIN_AGREEING
    assert "number.ADDITION_WEIGHT" not in thresholds
