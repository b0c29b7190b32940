"""Omissions and additions found through the other versions (fake model, then the real one)."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from compare.checks import gap_consensus, gap_witnesses
from compare.checks.gap_witnesses import FOUND_BY, find_witnessed_gaps, well_linked
from compare.types import Alignment, Bead, Divergence, Document, LanguageResult, Unit
from tests.fakes import ConceptEncoder, corpus_paragraphs, rule_aligner

#: Word -> concept in every test language: a word and its translations share one vector.
CONCEPTS = {
    "parliament": ("Parlament", "Parliament", "Parlement", "Parlamento", "Parlement", "Parlamento"),
    "release": ("Freilassung", "release", "libération", "liberazione", "vrijlating", "liberación"),
    "prisoners": ("Gefangenen", "prisoners", "prisonniers", "prigionieri", "gevangenen", "presos"),
    "lifting": ("Aufhebung", "lifting", "levée", "revoca", "opheffing", "levantamiento"),
    "blockade": ("Blockade", "blockade", "blocus", "blocco", "blokkade", "bloqueo"),
    "camps": ("Lager", "camps", "camps", "campi", "kampen", "campamentos"),
    "closure": ("Schließung", "closure", "fermeture", "chiusura", "sluiting", "cierre"),
    "courts": ("Gerichte", "courts", "tribunaux", "tribunali", "rechtbanken", "tribunales"),
    "media": ("Medien", "media", "médias", "media", "media", "medios"),
    "press": ("Presse", "press", "presse", "stampa", "pers", "prensa"),
}
LANGS = ("de", "en", "fr", "it", "nl", "es")
LEXICON = {word.lower(): concept for concept, words in CONCEPTS.items() for word in words}
VOTERS = ("fr", "it", "nl")
HAVE = gap_witnesses.HAVE_SHARE

BASE = ("parliament", "release", "prisoners")
PASSAGE = ("lifting", "blockade", "closure")
EXTRA = ("courts", "media", "press")


def words(lang: str, *concepts: str) -> str:
    """The concepts in one language, as a telegraphic text (content words only)."""
    return " ".join(CONCEPTS[c][LANGS.index(lang)] for c in concepts)


def unit(text: str, label: str = "par:1") -> Unit:
    return Unit(label, "paragraph", "1.", text, 0, len(text), 0, len(text))


def result(
    lang: str, german: str, text: str, flags: tuple[Divergence, ...] = (), label: str = "par:1"
) -> LanguageResult:
    """One version's comparison: one German unit aligned 1-1 to one unit of ``lang``."""
    pivot = Document("d", "de", (unit(german),), german)
    other = Document("d", lang, (unit(text, label),), text)
    return LanguageResult(Alignment(pivot, other, (Bead((0,), (0,), 0.9),)), flags)


def searched(
    flagged: LanguageResult, voters: dict[str, str], german: str, **options: object
) -> tuple[Divergence, ...]:
    """The flagged version's flags after the search, the voters checked unchanged."""
    results = [flagged, *(result(lang, german, text) for lang, text in voters.items())]
    out = find_witnessed_gaps(results, ConceptEncoder(LEXICON), **options)  # type: ignore[arg-type]
    assert [r.lang for r in out] == [r.lang for r in results]
    return out[0].divergences


def test_a_passage_every_other_version_translates_is_an_omission() -> None:
    german = words("de", *BASE, *PASSAGE)
    english = words("en", *BASE)
    voters = {lang: words(lang, *BASE, *PASSAGE) for lang in VOTERS}
    (flag,) = searched(result("en", german, english, label="par:7"), voters, german)
    run = words("de", *PASSAGE)
    assert (flag.lang, flag.type, flag.severity) == ("en", "omission", "warning")
    assert flag.pivot_span == (german.index(run), len(german))
    assert flag.pivot_text == run
    assert (flag.pivot_unit, flag.other_unit, flag.other_span) == ("par:1", "par:7", None)
    evidence = dict(flag.evidence)
    assert evidence["versions_with_passage"] == "3 of 3"
    assert evidence["found_through"] == "0 of 3"
    assert evidence[FOUND_BY] == "other versions"
    assert evidence["counterpart_position"] == f"par:7:{len(english)}"
    assert flag.message.startswith("de par:1: passage with no counterpart in en par:7:")
    assert "3 of 3 other versions translate it" in flag.message
    assert float(evidence["length_z"]) < -2.0 < float(evidence["length_z_after"])
    line = r"this version is \d+\.\d sd shorter than usual, (\d\.\d sd shorter than|as long as)"
    assert re.search(line + r" usual against the German without the passage\)$", flag.message)
    assert flag.score == pytest.approx(1.0)


#: Names spelt alike in every language (linked by identity): they lengthen a unit, so
#: that a run of two or three words explains less of its length.
PADDING = "Almaty Astana Karaganda Schymkent Aktau Atyrau Taras Pawlodar Semei"


def padded(lang: str, *concepts: str) -> str:
    """A long unit: the names, then the concepts."""
    return f"{PADDING} {words(lang, *concepts)}"


def test_an_omission_needs_enough_content_words_and_voters() -> None:
    """In a long unit a short run hardly explains the length: three content words and
    three voters are needed."""
    german = padded("de", *BASE, "lifting", "blockade")
    english = padded("en", *BASE)
    voters = {lang: padded(lang, *BASE, "lifting", "blockade") for lang in VOTERS}
    assert searched(result("en", german, english), voters, german) == ()  # a run of two
    german = padded("de", *BASE, *PASSAGE)
    voters = {lang: padded(lang, *BASE, *PASSAGE) for lang in VOTERS}
    (flag,) = searched(result("en", german, english), voters, german)
    assert flag.pivot_text == words("de", *PASSAGE)
    del voters["nl"]
    assert searched(result("en", german, english), voters, german) == ()


def test_a_passage_too_many_other_versions_lack_is_no_omission() -> None:
    """One voter of four leaves the German run unlinked too (share 0.75): it may be hard
    to link rather than missing; with all four linking it, it is an omission."""
    german = padded("de", *BASE, *PASSAGE)
    voters = {lang: padded(lang, *BASE, *PASSAGE) for lang in (*VOTERS, "es")}
    assert len(searched(result("en", german, padded("en", *BASE)), voters, german)) == 1
    voters["es"] = padded("es", *BASE)
    assert searched(result("en", german, padded("en", *BASE)), voters, german) == ()


def test_a_run_that_explains_the_length_needs_less_from_the_witnesses() -> None:
    """In a short unit the missing passage makes the version far shorter than usual: two
    content words and 60% of the voters are enough."""
    german = words("de", *BASE, "lifting", "blockade")
    english = words("en", *BASE)
    voters = {lang: words(lang, *BASE, "lifting", "blockade") for lang in VOTERS}
    (flag,) = searched(result("en", german, english), voters, german)
    assert (flag.pivot_text, flag.severity) == (words("de", "lifting", "blockade"), "warning")
    german = words("de", *BASE, *PASSAGE)
    voters = {lang: words(lang, *BASE, *PASSAGE) for lang in (*VOTERS, "es")}
    voters["es"] = words("es", *BASE)  # 3 of 4 have the passage
    assert len(searched(result("en", german, english), voters, german)) == 1
    voters["nl"] = words("nl", *BASE)  # 2 of 4
    assert searched(result("en", german, english), voters, german) == ()


@pytest.mark.parametrize(
    ("kind", "length_z", "after", "expected"),
    [
        ("omission", -3.0, -0.5, [(3, HAVE), (2, gap_witnesses.BACKED_HAVE_SHARE)]),
        ("omission", -1.0, -0.5, [(3, HAVE)]),
        ("omission", -1.5, 0.5, [(3, HAVE)]),  # explains 1 sd exactly
        ("omission", -0.5, -0.8, []),  # the version is not shorter without the run
        ("addition", 2.5, 0.2, [(3, 0.0), (4, gap_witnesses.BACKED_ADDITION_SHARE)]),
        ("addition", 0.8, -1.2, [(4, gap_witnesses.BACKED_ADDITION_SHARE)]),  # overshoots
        ("addition", -0.2, -0.9, []),  # the version is not longer than usual
    ],
)
def test_a_run_that_explains_the_length_has_a_looser_second_rule(
    kind: str, length_z: float, after: float, expected: list[tuple[int, float]]
) -> None:
    candidate = gap_witnesses.Candidate(kind, 0, (0, 9), 5, None, length_z, after)
    assert gap_witnesses.demands(candidate) == expected


#: English words for the passage that the German-English alignment misses but every
#: other version's words link to (a paraphrase only the others' wording finds).
PARAPHRASE = {frozenset((a, b)) for a, words_ in [
    ("ending", ("levée", "revoca", "opheffing")),
    ("embargo", ("blocus", "blocco", "blokkade")),
    ("shutdown", ("fermeture", "chiusura", "sluiting")),
] for b in words_}  # fmt: skip


def _linked(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return LEXICON.get(a, a) == LEXICON.get(b, b) or frozenset((a, b)) in PARAPHRASE


def test_a_passage_the_others_wording_finds_in_the_version_is_no_omission(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gap_consensus, "align_words", rule_aligner(_linked))
    german = words("de", *BASE, *PASSAGE)
    voters = {lang: words(lang, *BASE, *PASSAGE) for lang in VOTERS}
    paraphrased = words("en", *BASE) + " ending embargo shutdown"
    assert searched(result("en", german, paraphrased), voters, german) == ()
    (flag,) = searched(result("en", german, words("en", *BASE)), voters, german)
    assert dict(flag.evidence)["found_through"] == "0 of 3"


#: Ten voters: the test languages' words under other language codes.
TEN = {"fr": "fr", "it": "it", "nl": "nl", "es": "es", "pt": "es", "ro": "it", "da": "nl",
       "sv": "nl", "pl": "fr", "cs": "fr"}  # fmt: skip


def test_an_unlinked_abbreviation_on_the_other_side_takes_away_the_looser_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Estonian "ÜRO" for "der Vereinten Nationen": the version is shorter by the
    run, but the abbreviation may stand for it."""
    monkeypatch.setattr(gap_consensus, "align_words", rule_aligner(_linked))  # no chance links
    german = words("de", *BASE, "lifting", "blockade")
    voters = {lang: words(lang, *BASE, "lifting", "blockade") for lang in VOTERS}
    for tail, found in ((" UNO", 0), (" uno", 1)):  # an abbreviation, a plain unlinked word
        english = words("en", *BASE) + tail
        assert len(searched(result("en", german, english), voters, german)) == found
    english = words("en", *BASE, *EXTRA, "camps")  # may spell out a German abbreviation
    for tail, found in ((" EWG", 0), (" ewg", 1)):
        german = words("de", *BASE) + tail
        voters = {code: words(lang, *BASE) + tail for code, lang in TEN.items()}
        one = voters | {"fr": words("fr", *BASE, *EXTRA, "camps") + tail}  # 1 of 10
        assert len(searched(result("en", german, english), one, german)) == found


def test_a_run_that_does_not_explain_the_length_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """English has other words of the same length where the German passage is: the
    witnesses show the German run missing and the English run added, but neither version
    is shorter or longer than usual, so neither run is flagged (a rewording the word
    aligner could not link looks the same)."""
    monkeypatch.setattr(gap_consensus, "align_words", rule_aligner(_linked))  # no chance links
    german = words("de", *BASE, *PASSAGE)
    voters = {lang: words(lang, *BASE, *PASSAGE) for lang in VOTERS}
    english = words("en", *BASE, "courts", "media", "press")
    assert searched(result("en", german, english), voters, german) == ()
    monkeypatch.setattr(gap_witnesses, "MIN_EXPLAINED", -100.0)
    found = searched(result("en", german, english), voters, german)
    assert sorted(f.type for f in found) == ["addition", "omission"]


def test_a_passage_no_other_version_has_is_an_addition() -> None:
    german = words("de", *BASE)
    english = words("en", *BASE, *EXTRA, "camps")
    voters = {lang: words(lang, *BASE) for lang in VOTERS}
    (flag,) = searched(result("en", german, english), voters, german)
    run = words("en", *EXTRA, "camps")
    assert (flag.type, flag.severity) == ("addition", "error")  # four content words
    assert flag.other_span == (english.index(run), len(english))
    assert (flag.other_text, flag.pivot_span, flag.pivot_unit) == (run, None, "par:1")
    assert dict(flag.evidence)["versions_with_passage"] == "0 of 3"
    assert flag.message.startswith("en par:1: passage with no counterpart in de par:1:")
    assert "none of 3 other versions has a counterpart" in flag.message
    assert "sd longer than usual without the passage" in flag.message


def test_a_passage_one_other_version_has_is_no_addition() -> None:
    """The German may lack what a version shares with another: not this version's own."""
    german = words("de", *BASE)
    english = words("en", *BASE, *EXTRA)
    voters = {lang: words(lang, *BASE) for lang in VOTERS}
    voters["fr"] = words("fr", *BASE, *EXTRA)
    assert searched(result("en", german, english), voters, german) == ()


def test_an_addition_that_explains_the_length_may_have_one_voter_in_ten() -> None:
    """One voter in ten may link a long added run by chance (a name, a shared word), when
    the run makes the version far longer than usual; a run of three may not."""
    german = words("de", *BASE)
    voters = {code: words(lang, *BASE) for code, lang in TEN.items()}
    for added, found in (((*EXTRA, "camps"), 1), (EXTRA, 0)):
        english = words("en", *BASE, *added)
        one = voters | {"fr": words("fr", *BASE, *added)}
        flags = searched(result("en", german, english), one, german)
        assert len(flags) == found
        assert all(dict(f.evidence)["versions_with_passage"] == "1 of 10" for f in flags)
        assert all("only 1 of 10 other versions have a counterpart" in f.message for f in flags)
    english = words("en", *BASE, *EXTRA, "camps")
    two = voters | {lang: words(lang, *BASE, *EXTRA, "camps") for lang in ("fr", "it")}
    assert searched(result("en", german, english), two, german) == ()
    # the first rule still holds: a run of three that no voter links is an addition
    (flag,) = searched(result("en", german, words("en", *BASE, *EXTRA)), voters, german)
    assert flag.other_text == words("en", *EXTRA)


class ChanceLinkEncoder(ConceptEncoder):
    """The concept encoder, with one word's vector drawn towards another concept: a
    chance likeness of the strength ``share`` (cosine about ``share``)."""

    def __init__(self, lexicon: dict[str, str], word: str, towards: str, share: float) -> None:
        super().__init__(lexicon)
        self.word, self.towards, self.share = word, towards, share

    def _vector(self, word: str) -> np.ndarray:
        own = super()._vector(word)
        if word.lower() != self.word:
            return own
        other = super()._vector(self.towards)
        own, other = own / np.linalg.norm(own), other / np.linalg.norm(other)
        return self.share * other + (1.0 - self.share**2) ** 0.5 * own


def test_a_weak_chance_link_does_not_cut_an_added_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The German word the version leaves out ("Schließung") is linked to the added
    "press" only by a weak likeness: the added run stays whole, four content words that no
    voter has. A link as strong as a translation's cuts it (two runs too short); a run of
    three whole only by overlooking a weak link is not enough."""
    german = words("de", *BASE, "closure")
    english = words("en", *BASE, *EXTRA, "camps")
    voters = {lang: words(lang, *BASE, "closure") for lang in VOTERS}
    results = [result("en", german, english), *(result(k, german, v) for k, v in voters.items())]
    for share, found in ((0.4, 1), (0.9, 0)):
        encoder = ChanceLinkEncoder(LEXICON, "press", "closure", share)
        wa = gap_consensus.align_words(english, german, encoder, gap_consensus.WORD_METHOD,
                                       src_lang="en", tgt_lang="de")  # fmt: skip
        assert ("press", "Schließung") in wa.link_texts()
        flags = find_witnessed_gaps(results, encoder)[0].divergences
        assert [f.other_text for f in flags] == [words("en", *EXTRA, "camps")] * found
    # three added words are an addition as they are, not when a weak link is overlooked
    encoder = ChanceLinkEncoder(LEXICON, "press", "closure", 0.4)
    three = [result("en", german, words("en", *BASE, *EXTRA)), *results[1:]]
    assert find_witnessed_gaps(three, encoder)[0].divergences == ()
    plain = words("de", *BASE)  # no German word for "press" to be linked to
    three = [result(r.lang, plain, r.alignment.other.text) for r in three]
    (flag,) = find_witnessed_gaps(three, encoder)[0].divergences
    assert flag.other_text == words("en", *EXTRA)
    monkeypatch.setattr(gap_witnesses, "WEAK_LINK", 0.0)  # every link counts
    encoder = ChanceLinkEncoder(LEXICON, "press", "closure", 0.4)
    assert find_witnessed_gaps(results, encoder)[0].divergences == ()


def test_a_run_already_flagged_is_left_to_its_flag_and_a_hint_is_replaced() -> None:
    german = words("de", *BASE, *PASSAGE)
    english = words("en", *BASE)
    voters = {lang: words(lang, *BASE, *PASSAGE) for lang in VOTERS}
    start = german.index(words("de", *PASSAGE))
    own = Divergence("en", "omission", "warning", 0.6, "par:1", "par:1", (start, start + 9),
                     None, german[start : start + 9], "", "omission of “Aufhebung”")  # fmt: skip
    assert searched(result("en", german, english, (own,)), voters, german) == (own,)
    hint = replace(own, severity="info")
    (flag,) = searched(result("en", german, english, (hint,)), voters, german)
    assert dict(flag.evidence)[FOUND_BY] == "other versions"
    elsewhere = replace(own, type="number")  # another type on the same words stays
    found = searched(result("en", german, english, (elsewhere,)), voters, german)
    assert found[0] == elsewhere and len(found) == 2


def test_the_search_is_limited_to_the_named_versions_types_and_linkable_pairs() -> None:
    german = words("de", *BASE, *PASSAGE)
    english = words("en", *BASE)
    voters = {lang: words(lang, *BASE, *PASSAGE) for lang in VOTERS}
    flagged = result("en", german, english)
    assert searched(flagged, voters, german, langs={"fr"}) == ()
    assert searched(flagged, voters, german, types=("addition",)) == ()
    assert len(searched(flagged, voters, german, types=("omission",))) == 1
    everyone = [flagged, *(result(lang, german, text) for lang, text in voters.items())]
    assert find_witnessed_gaps(everyone, None) == everyone
    # Maltese: the word aligner leaves too much of faithful German-Maltese unlinked
    maltese = result("mt", german, english)
    assert not well_linked(maltese.alignment) and well_linked(flagged.alignment)
    assert searched(maltese, voters, german) == ()


def test_the_pipeline_searches_only_the_checks_that_ran() -> None:
    from compare.pipeline import across_versions

    german = words("de", *BASE, *PASSAGE)
    voters = [result(lang, german, words(lang, *BASE, *PASSAGE)) for lang in VOTERS]
    flagged = result("en", german, words("en", *BASE))
    encoder = ConceptEncoder(LEXICON)
    assert across_versions([flagged, *voters], encoder, checks=["number"])[0] == flagged
    (flag,) = across_versions([flagged, *voters], encoder)[0].divergences
    assert flag.type == "omission"


def test_the_signature_holds_the_search_thresholds() -> None:
    """A batch run is redone when a threshold of the search changes."""
    from compare.checks import gap_witnesses
    from compare.pipeline import signature

    thresholds = dict(signature(None).thresholds)
    assert thresholds["omission.HAVE_SHARE"] == gap_witnesses.HAVE_SHARE
    assert thresholds["addition.ADDITION_SHARE"] == gap_witnesses.ADDITION_SHARE
    assert thresholds["omission.WITNESSED_CONTENT_WORDS"] == 3
    assert thresholds["omission.LENGTH_BACKED"] == gap_witnesses.LENGTH_BACKED
    assert thresholds["addition.BACKED_ADDITION_SHARE"] == gap_witnesses.BACKED_ADDITION_SHARE
    assert thresholds["addition.BACKED_LONGER_Z"] == gap_witnesses.BACKED_LONGER_Z
    assert thresholds["addition.WEAK_LINK"] == gap_witnesses.WEAK_LINK
    assert "number.HAVE_SHARE" not in thresholds


# -- the real model ----------------------------------------------------------------------

#: A clause dropped from the Portuguese paragraph 3, as the injector drops one.
DROPPED = (", bem como a permitir que as pessoas exprimam livremente as suas convicções "
           "políticas, religiosas e outras")  # fmt: skip
#: Its German counterpart.
GERMAN_PASSAGE = "Überzeugungen frei zum Ausdruck zu bringen"


@pytest.mark.slow
def test_real_model_other_versions_reveal_a_dropped_clause(encoder) -> None:  # noqa: ANN001
    """Found from the alignments alone (no flag of the version's own checks), and nothing
    on the faithful versions of the same paragraphs."""
    from compare.align import align_documents
    from compare.align.words import TokenVectorMemo
    from compare.inject import document_from_texts

    memo = TokenVectorMemo(encoder)
    pivot = document_from_texts("t", "de", corpus_paragraphs("de"))
    texts = corpus_paragraphs("pt")
    assert texts[2].count(DROPPED) == 1
    texts[2] = texts[2].replace(DROPPED, "")
    versions = [document_from_texts("t", "pt", texts)]
    versions += [document_from_texts("t", lang, corpus_paragraphs(lang))
                 for lang in ("en", "fr", "it", "es", "nl")]  # fmt: skip
    results = [LanguageResult(align_documents(pivot, doc, memo)) for doc in versions]
    out = find_witnessed_gaps(results, memo)
    (flag,) = out[0].divergences
    german = pivot.units[2].text
    start = german.index(GERMAN_PASSAGE)
    assert (flag.type, flag.pivot_unit, flag.other_unit) == ("omission", "par:3", "par:3")
    assert flag.pivot_span[0] < start + len(GERMAN_PASSAGE) and start < flag.pivot_span[1]
    assert flag.severity == "error"
    assert dict(flag.evidence)["versions_with_passage"] == "5 of 5"
    assert all(result.divergences == () for result in out[1:])
