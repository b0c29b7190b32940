"""Calibration table, semantic check and divergence_score."""

from __future__ import annotations

import itertools
import logging

import numpy as np
import pytest

from compare.checks import calibration, semantic
from compare.checks.base import CheckContext, run_checks
from compare.checks.calibration import calibration as pair_calibration
from compare.checks.calibration import expected
from compare.checks.semantic import divergence_evidence, divergence_score
from compare.errors import InputError
from compare.types import EU_LANGUAGES, Alignment, Bead, Document, Unit
from tests.conftest import shared_data
from tests.fakes import ConceptEncoder, sentence_unit

LEXICON = {
    "das": "the", "parlament": "parliament", "fordert": "calls", "die": "the",
    "regierung": "government", "auf": "on", "alle": "all", "gefangenen": "prisoners",
    "freizulassen": "release", "und": "and", "medien": "media", "zu": "to",
    "achten": "respect", "freien": "free", "unverzüglich": "immediately",
}  # fmt: skip
GERMAN = (
    "fordert die Regierung auf, alle Gefangenen unverzüglich freizulassen und die freien "
    "Medien zu achten;"
)
ENGLISH = "calls on the government to release all prisoners immediately and to respect free media;"
UNRELATED = "notes that the harvest of apples in the northern valleys was poor this autumn;"


def alignment(german: list[str], english: list[str]) -> Alignment:
    pivot = Document("d", "de", (sentence_unit("par:1", german),), "")
    other = Document("d", "en", (sentence_unit("par:2", english),), "")
    return Alignment(pivot, other, (Bead((0,), (0,), 0.9),))


# -- calibration ---------------------------------------------------------------------------


def test_table_covers_every_pair_of_eu_languages() -> None:
    for a, b in itertools.permutations(EU_LANGUAGES, 2):
        row = pair_calibration(a, b)
        assert row.src == a and row.tgt == b
        assert 0.5 < row.sim_sentence[0] < 1.0 and 0.0 < row.sim_sentence[1] < 0.1
        assert row.ratio_std_passage < row.ratio_std_sentence
        assert 0.0 <= row.mass[0] < 0.5


def test_pair_direction_flips_only_the_length_ratio() -> None:
    de_en, en_de = pair_calibration("de", "en"), pair_calibration("en", "de")
    assert de_en.log_ratio == -en_de.log_ratio and de_en.log_ratio < 0  # English is shorter
    assert de_en.sim_sentence == en_de.sim_sentence and de_en.mass == en_de.mass


def test_expected_values_move_from_sentence_to_passage_with_length() -> None:
    row = pair_calibration("de", "fr")
    short = expected("de", "fr", calibration.SENTENCE_CHARS / 2)
    long = expected("de", "fr", calibration.PASSAGE_CHARS * 10)
    middle = expected("de", "fr", (calibration.SENTENCE_CHARS + calibration.PASSAGE_CHARS) / 2)
    assert short.sim_mean == pytest.approx(row.sim_sentence[0])
    assert long.sim_mean == pytest.approx(row.sim_passage[0])
    assert min(short.sim_mean, long.sim_mean) <= middle.sim_mean <= max(short.sim_mean,
                                                                        long.sim_mean)  # fmt: skip
    assert short.ratio_std == pytest.approx(row.ratio_std_sentence)
    assert long.ratio_std < middle.ratio_std < short.ratio_std


def test_unknown_language_uses_pooled_statistics(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="compare.checks.calibration"):
        row = pair_calibration("de", "tr")
    assert row.log_ratio == 0.0 and 0.5 < row.sim_sentence[0] < 1.0
    assert "no calibration for de-tr" in caplog.text


def test_z_scores() -> None:
    exp = expected("de", "en", 300)
    assert exp.similarity_z(exp.sim_mean) == pytest.approx(0.0)
    assert exp.similarity_z(exp.sim_mean - 2 * exp.sim_std) == pytest.approx(-2.0)
    assert exp.length_z(300, 300) > 0  # English is usually shorter than German
    assert exp.mass_z(exp.mass_mean) == pytest.approx(0.0)
    assert exp.length_z_without(300, 340, 40, from_source=False) == exp.length_z(300, 300)
    assert exp.length_z_without(340, 300, 40, from_source=True) == exp.length_z(300, 300)


# -- the semantic check --------------------------------------------------------------------


def test_faithful_bead_is_not_flagged() -> None:
    ctx = CheckContext(encoder=ConceptEncoder(LEXICON))
    assert run_checks(alignment([GERMAN], [ENGLISH]), ctx, ["semantic"]) == ()


def test_unrelated_sentence_is_flagged_and_located() -> None:
    ctx = CheckContext(encoder=ConceptEncoder(LEXICON))
    german = [GERMAN, "Das Parlament fordert die Regierung auf."]
    english = [ENGLISH, UNRELATED]
    found = run_checks(alignment(german, english), ctx, ["semantic"])
    assert len(found) == 1
    flag = found[0]
    assert flag.type == "semantic" and flag.severity in ("warning", "error")
    assert flag.other_unit == "par:2" and flag.pivot_unit == "par:1"
    assert flag.other_text == UNRELATED
    full = " ".join(english)
    assert full[slice(*flag.other_span)] == UNRELATED
    assert float(dict(flag.evidence)["z"]) <= semantic.Z_WARNING


def test_short_beads_are_skipped() -> None:
    ctx = CheckContext(encoder=ConceptEncoder(LEXICON))
    assert run_checks(alignment(["Titel"], ["Apples"]), ctx, ["semantic"]) == ()


# -- divergence_score ----------------------------------------------------------------------


def test_divergence_score_ranks_unrelated_above_faithful() -> None:
    enc = ConceptEncoder(LEXICON)
    faithful = divergence_score(ENGLISH, GERMAN, "en", "de", enc)
    unrelated = divergence_score(UNRELATED, GERMAN, "en", "de", enc)
    assert unrelated > faithful + 3
    evidence = divergence_evidence(UNRELATED, GERMAN, "en", "de", enc)
    assert evidence.unaligned > 0.5 and evidence.similarity_z < 0
    assert evidence.score == pytest.approx(unrelated)


def test_divergence_score_rejects_empty_text() -> None:
    with pytest.raises(InputError, match="non-empty"):
        divergence_score("  ", GERMAN, "en", "de", ConceptEncoder(LEXICON))


@pytest.mark.slow
def test_real_model_scores_on_flores(cached_encoder) -> None:
    folder = shared_data("flores200-eu24")
    en = (folder / "eng_Latn.txt").read_text(encoding="utf-8").splitlines()[:30]
    de = (folder / "deu_Latn.txt").read_text(encoding="utf-8").splitlines()[:30]
    faithful = [divergence_score(e, d, "en", "de", cached_encoder) for e, d in zip(en, de)]
    shuffled = [divergence_score(e, d, "en", "de", cached_encoder)
                for e, d in zip(en, de[1:] + de[:1])]  # fmt: skip
    print(f"faithful {np.mean(faithful):.2f}, shuffled {np.mean(shuffled):.2f}")
    assert abs(np.mean(faithful)) < 1.0
    assert min(shuffled) > max(faithful)


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason=(
        "known weakness: the per-pair calibration is too lax to flag a swapped "
        "paragraph of the same document; the structure check does not see swaps "
        "either"
    ),
)
def test_real_model_semantic_check_on_a_swapped_unit(cached_encoder) -> None:
    from compare.align import align_documents
    from compare.pipeline import load_folder, segment_file
    from tests.conftest import CORPUS

    folder = load_folder(CORPUS)
    pivot = segment_file(folder.files["de"], "de", folder.doc_id)
    other = segment_file(folder.files["en"], "en", folder.doc_id)
    al = align_documents(pivot, other, cached_encoder)
    k = next(i for i, b in enumerate(al.beads) if pivot.units[b.pivot[0]].label == "par:5")
    donor = other.by_label("rec:C")
    units = list(other.units)
    j = al.beads[k].other[0]
    units[j] = Unit(units[j].label, units[j].kind, "", donor.text, 0, len(donor.text), 0,
                    len(donor.text), ((0, len(donor.text)),))  # fmt: skip
    swapped = Alignment(pivot, Document(other.doc_id, "en", tuple(units), ""), al.beads)
    found = run_checks(swapped, CheckContext(encoder=cached_encoder), ["semantic"])
    assert [f.pivot_unit for f in found] == ["par:5"]
