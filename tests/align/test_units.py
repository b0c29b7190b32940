"""Unit alignment (align_documents, align_texts) on small fakes, bad input, and the corpus."""

from __future__ import annotations

import dataclasses
import json
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pytest

from compare.align import align_documents, align_many, align_texts
from compare.align.units import alignment_warnings
from compare.encode.encoder import Encoder, TokenVectors
from compare.segment import segment_path
from compare.types import Alignment, Bead, Document, Unit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "align"
CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012"


class KeyedEncoder(Encoder):
    """A deterministic stand-in for the model: texts that mean the same get the same vector.

    ``meanings`` maps a text to the ids of what it says; its vector is the normalised sum of
    one fixed random vector per id. A text that is not in the table but contains known texts
    (a concatenation of consecutive units) means what they mean; anything else gets a vector
    of its own, seeded by its CRC, unrelated to everything else.
    """

    signature = "test:keyed"
    dim = 32

    def __init__(self, meanings: Mapping[str, Sequence[int]]) -> None:
        self.meanings = {text: tuple(ids) for text, ids in meanings.items()}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = [self._vector(text) for text in texts]
        return np.array(rows, dtype=np.float32).reshape(len(rows), self.dim)

    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        return TokenVectors(np.zeros((0, self.dim), dtype=np.float32), ())

    def _vector(self, text: str) -> np.ndarray:
        ids = self.meanings.get(text)
        if ids is None:
            ids = tuple(i for known, k in self.meanings.items() if known in text for i in k)
        seeds = [k + 1 for k in ids] if ids else [10_000 + zlib.crc32(text.encode())]
        vec = sum(np.random.default_rng(seed).standard_normal(self.dim) for seed in seeds)
        return vec / np.linalg.norm(vec)


def keyed_for_documents(
    pivot: Document, other: Document, mapping: Mapping[str, Sequence[str]] | None = None
) -> KeyedEncoder:
    """A fake for two documents: other units mean the pivot units they translate.

    ``mapping`` gives, for an other label, the pivot labels it translates; an other label
    not in it translates the pivot unit with the same label (if any).
    """
    mapping = mapping or {}
    ids = {label: k for k, label in enumerate(pivot.labels())}
    meanings: dict[str, tuple[int, ...]] = {u.text: (ids[u.label],) for u in pivot.units}
    for unit in other.units:
        sources = mapping.get(unit.label, [unit.label] if unit.label in ids else [])
        meanings[unit.text] = tuple(ids[s] for s in sources) or (len(ids) + len(meanings),)
    return KeyedEncoder(meanings)


def make_document(lang: str, texts: Sequence[str], notes: Sequence[str] = ()) -> Document:
    """Numbered paragraphs ``par:1``, ``par:2``... then footnotes ``fn:1``... with these texts."""
    items = [(f"par:{k + 1}", "paragraph", text) for k, text in enumerate(texts)]
    items += [(f"fn:{k + 1}", "footnote", text) for k, text in enumerate(notes)]
    units, start = [], 0
    for label, kind, text in items:
        end = start + len(text)
        printed = label.split(":")[1] + "."
        units.append(Unit(label, kind, printed, text, start, end, start, end))
        start = end + len(Document.UNIT_SEPARATOR)
    text = Document.UNIT_SEPARATOR.join(t for _, _, t in items)
    return Document("test", lang, tuple(units), text)


def pairs(beads: Sequence[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.pivot, b.other) for b in beads]


def assert_partition(beads: Sequence[Bead], n: int, m: int) -> None:
    """Every item of each side in exactly one bead; confidences in [0, 1]."""
    assert sorted(i for b in beads for i in b.pivot) == list(range(n))
    assert sorted(j for b in beads for j in b.other) == list(range(m))
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def assert_in_order(beads: Sequence[Bead]) -> None:
    """Beads listed in document order on both sides."""
    for side in ("pivot", "other"):
        seq = [i for b in beads for i in getattr(b, side)]
        assert seq == sorted(seq), f"{side} indices out of order: {seq}"


def label_pairs(alignment: Alignment) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    p, o = alignment.pivot.units, alignment.other.units
    return [
        (tuple(p[i].label for i in b.pivot), tuple(o[j].label for j in b.other))
        for b in alignment.beads
    ]


SENTENCES_DE = [
    "Der Rat tagt am Montag in Brüssel.",
    "Die Minister beraten über den Haushalt des nächsten Jahres.",
    "Eine Einigung gilt als unwahrscheinlich.",
    "Mehrere Delegationen fordern weitere Kürzungen.",
    "Die Kommission legt einen neuen Vorschlag vor.",
    "Das Parlament muss dem Haushalt zustimmen.",
    "Die Abstimmung ist für Dezember geplant.",
    "Danach beginnt das neue Haushaltsjahr.",
    "Die Kommission veröffentlicht die Zahlen im Januar.",
    "Der Rechnungshof prüft die Ausgaben.",
]
SENTENCES_EN = [
    "The Council meets in Brussels on Monday.",
    "The ministers discuss the budget for next year.",
    "An agreement is considered unlikely.",
    "Several delegations call for further cuts.",
    "The Commission presents a new proposal.",
    "Parliament has to approve the budget.",
    "The vote is planned for December.",
    "The new financial year starts afterwards.",
    "The Commission publishes the figures in January.",
    "The Court of Auditors examines the expenditure.",
]


NOTE_DE = ["ABl. C 45 vom 3.2.2030, S. 12."]
NOTE_EN = ["OJ C 45, 3.2.2030, p. 12."]


def parallel_encoder(extra: Mapping[str, Sequence[int]] | None = None) -> KeyedEncoder:
    meanings = {t: (k,) for k, t in enumerate(SENTENCES_DE)}
    meanings.update({t: (k,) for k, t in enumerate(SENTENCES_EN)})
    meanings.update({NOTE_DE[0]: (99,), NOTE_EN[0]: (99,)})
    meanings.update(extra or {})
    return KeyedEncoder(meanings)


# -- align_texts ----------------------------------------------------------------------------
def test_align_texts_identity() -> None:
    beads = align_texts(SENTENCES_DE, SENTENCES_EN, parallel_encoder())
    assert pairs(beads) == [((k,), (k,)) for k in range(10)]
    assert min(b.score for b in beads) > 0.9


def test_align_texts_recovers_merge_and_deletion() -> None:
    merged = SENTENCES_EN[2][:-1] + ", and " + SENTENCES_EN[3][0].lower() + SENTENCES_EN[3][1:]
    other = SENTENCES_EN[:2] + [merged] + SENTENCES_EN[4:6] + SENTENCES_EN[7:]
    beads = align_texts(SENTENCES_DE, other, parallel_encoder({merged: (2, 3)}))
    assert_partition(beads, 10, 8)
    assert_in_order(beads)
    assert ((2, 3), (2,)) in pairs(beads)
    assert ((6,), ()) in pairs(beads)


# -- align_documents on the fixtures ---------------------------------------------------------
@pytest.fixture(scope="module")
def fixture_docs() -> dict[str, Document]:
    return {
        name: segment_path(FIXTURES / f"{name}.txt", name[:2], check_language=False)
        for name in ("de", "en", "en_draft")
    }


def test_documents_align_unit_by_unit(fixture_docs: dict[str, Document]) -> None:
    de, en = fixture_docs["de"], fixture_docs["en"]
    alignment = align_documents(de, en, keyed_for_documents(de, en))
    assert label_pairs(alignment) == [((label,), (label,)) for label in de.labels()]
    assert alignment.warnings == ()


def test_documents_draft_structure_recovered(fixture_docs: dict[str, Document]) -> None:
    de, draft = fixture_docs["de"], fixture_docs["en_draft"]
    mapping = {"rec:B": ["rec:C"], "par:1": ["par:1", "par:2"], "par:2": ["par:3"]}
    alignment = align_documents(de, draft, keyed_for_documents(de, draft, mapping))
    assert_partition(alignment.beads, len(de.units), len(draft.units))
    assert_in_order(alignment.beads)
    found = label_pairs(alignment)
    assert (("rec:B",), ()) in found
    assert (("par:1", "par:2"), ("par:1",)) in found
    assert (("rec:C",), ("rec:B",)) in found
    assert (("fn:1",), ("fn:1",)) in found
    assert len(found) == len(de.units) - 1


def test_footnotes_align_only_with_footnotes(fixture_docs: dict[str, Document]) -> None:
    de, en = fixture_docs["de"], fixture_docs["en"]
    alignment = align_documents(de, en, keyed_for_documents(de, en))
    for bead in alignment.beads:
        kinds = {de.units[i].kind == "footnote" for i in bead.pivot}
        kinds |= {en.units[j].kind == "footnote" for j in bead.other}
        assert len(kinds) == 1


def test_align_many_shares_the_pivot(fixture_docs: dict[str, Document]) -> None:
    de, en = fixture_docs["de"], fixture_docs["en"]
    alignments = align_many(de, [en, en], keyed_for_documents(de, en))
    assert len(alignments) == 2
    assert alignments[0].beads == alignments[1].beads


# -- bad input: defined results and warnings --------------------------------------------------
def test_warning_when_one_side_is_empty() -> None:
    de = make_document("de", SENTENCES_DE[:4])
    empty = Document("test", "en", (), "")
    beads = [Bead((k,), (), 1.0) for k in range(4)]
    assert alignment_warnings(de, empty, beads) == [
        "the other document has no units: every unit is left unaligned"
    ]
    assert "the pivot document has no units" in alignment_warnings(empty, de, [])[0]


def test_one_side_empty() -> None:
    """Regression: an empty zone crashed SideFeatures.build (numpy's reshape(0, -1))."""
    de = make_document("de", SENTENCES_DE[:4], NOTE_DE)
    alignment = align_documents(de, Document("test", "en", (), ""), parallel_encoder())
    assert pairs(alignment.beads) == [((k,), ()) for k in range(5)]
    assert alignment.warnings[0].startswith("the other document has no units")


def test_align_texts_with_an_empty_side() -> None:
    beads = align_texts(SENTENCES_DE[:3], [], parallel_encoder())
    assert pairs(beads) == [((0,), ()), ((1,), ()), ((2,), ())]
    assert align_texts([], [], parallel_encoder()) == []


def test_documents_without_footnotes() -> None:
    """Regression: the empty footnote zone crashed the alignment."""
    de, en = make_document("de", SENTENCES_DE), make_document("en", SENTENCES_EN)
    alignment = align_documents(de, en, parallel_encoder())
    assert pairs(alignment.beads) == [((k,), (k,)) for k in range(10)]


def test_wildly_different_lengths() -> None:
    de = make_document("de", SENTENCES_DE, NOTE_DE)
    long_en = [" ".join([t] * 5) for t in SENTENCES_EN]  # five times as long, same meaning
    alignment = align_documents(de, make_document("en", long_en, NOTE_EN), parallel_encoder())
    assert pairs(alignment.beads) == [((k,), (k,)) for k in range(11)]
    assert any(w.startswith("text lengths differ widely") for w in alignment.warnings)


def test_same_language_on_both_sides() -> None:
    de = make_document("de", SENTENCES_DE, NOTE_DE)
    alignment = align_documents(de, de, parallel_encoder())
    assert pairs(alignment.beads) == [((k,), (k,)) for k in range(11)]
    assert any("both documents are declared as 'de'" in w for w in alignment.warnings)


def test_warning_when_unit_counts_are_off_by_half() -> None:
    de = make_document("de", SENTENCES_DE)
    en = make_document("en", SENTENCES_EN[:4])
    beads = [Bead((k,), (k,), 0.99) for k in range(4)] + [Bead((k,), (), 0.9) for k in range(4, 10)]
    warnings = alignment_warnings(de, en, beads)
    assert warnings[0].startswith("unit counts differ by more than half (10 pivot units, 4 en")
    assert warnings[1].startswith("text lengths differ widely")


def test_incomplete_version_aligns_its_units_one_to_one() -> None:
    """Regression: with the length ratio taken from the document totals, an incomplete
    version had every correct 1-1 bead penalised, and merges won."""
    de = make_document("de", SENTENCES_DE, NOTE_DE)
    en = make_document("en", SENTENCES_EN[:4], NOTE_EN)
    alignment = align_documents(de, en, parallel_encoder())
    assert_partition(alignment.beads, 11, 5)
    body = [((k,), (k,)) for k in range(4)] + [((k,), ()) for k in range(4, 10)]
    assert pairs(alignment.beads) == body + [((10,), (4,))]


def test_unrelated_documents_warn_about_low_confidence() -> None:
    de = make_document("de", SENTENCES_DE, NOTE_DE)
    noise = [f"Unrelated line number {k} about {k * 7} things." for k in range(10)]
    alignment = align_documents(de, make_document("en", noise, NOTE_EN), parallel_encoder())
    assert_partition(alignment.beads, 11, 11)
    assert_in_order(alignment.beads)
    assert any("have no counterpart" in w for w in alignment.warnings), alignment.warnings


def test_inserted_unit_is_listed_where_it_is() -> None:
    """Regression: 0-1 beads were sorted to the front (list.sort empties the list)."""
    extra = "An extra paragraph that the German does not have."
    en = SENTENCES_EN[:6] + [extra] + SENTENCES_EN[6:]
    de_doc = make_document("de", SENTENCES_DE, NOTE_DE)
    alignment = align_documents(de_doc, make_document("en", en, NOTE_EN), parallel_encoder())
    assert ((), (6,)) in pairs(alignment.beads)
    assert_in_order(alignment.beads)


def test_alignment_warnings_on_clean_input() -> None:
    de = make_document("de", SENTENCES_DE)
    en = make_document("en", SENTENCES_EN)
    beads = [Bead((k,), (k,), 0.99) for k in range(10)]
    assert alignment_warnings(de, en, beads) == []


# -- the real model on the bundled corpus (slow) -----------------------------------------------
def _corpus(lang: str, draft: bool = False) -> Document:
    path = CORPUS / ("drafts" if draft else "") / f"{lang}.txt"
    if not path.is_file():
        pytest.skip(f"{path.name} is not in this checkout")
    return segment_path(path, lang, check_language=False)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "el", "ga"])
def test_corpus_aligns_unit_by_unit(cached_encoder: Encoder, lang: str) -> None:
    de, other = _corpus("de"), _corpus(lang)
    alignment = align_documents(de, other, cached_encoder)
    assert label_pairs(alignment) == [((label,), (label,)) for label in de.labels()]
    assert min(b.score for b in alignment.beads) > 0.5


@pytest.mark.slow
@pytest.mark.parametrize("keep", [20, 30])
def test_corpus_incomplete_version(cached_encoder: Encoder, keep: int) -> None:
    """The English version cut after ``keep`` body units (footnotes kept): those align 1-1
    with their German units and the rest of the German is left unaligned."""
    de, en = _corpus("de"), _corpus("en")
    units = tuple(u for k, u in enumerate(en.units) if k < keep or u.kind == "footnote")
    alignment = align_documents(de, dataclasses.replace(en, units=units), cached_encoder)
    found = label_pairs(alignment)
    linked = [(p, o) for p, o in found if p and o]
    assert linked == [((u.label,), (u.label,)) for u in units]
    assert all(not o for p, o in found if (p, o) not in linked)
    assert_in_order(alignment.beads)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fr", "bg"])
def test_drafts_structure_recovered(cached_encoder: Encoder, lang: str) -> None:
    de, draft = _corpus("de"), _corpus(lang, draft=True)
    key = json.loads((CORPUS / "drafts" / f"{lang}.key.json").read_text(encoding="utf-8"))
    alignment = align_documents(de, draft, cached_encoder)
    found = label_pairs(alignment)
    expected = [_expected_bead(d) for d in key["divergences"] if d["type"] == "structure"]
    assert expected and all(bead in found for bead in expected)
    regrouped = [b for b in found if len(b[0]) != 1 or len(b[1]) != 1]
    assert sorted(regrouped) == sorted(expected)


def _expected_bead(divergence: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
    pivot = divergence.get("pivot_units") or [divergence["pivot_unit"]]
    other = divergence.get("other_units") or (
        [divergence["other_unit"]] if divergence["other_unit"] else []
    )
    return tuple(pivot), tuple(other)


def test_quality_broadcasts_over_pivot_ends_as_over_other_ends() -> None:
    from compare.align.scoring import UNITS, SideFeatures, UnitScorer

    rng = np.random.default_rng(3)
    texts = [f"Absatz {k} mit {k * 7} Wörtern" for k in range(9)]

    def side(n: int) -> SideFeatures:
        vectors = rng.normal(size=(n, 8))
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        kinds, labels = ["paragraph"] * n, [f"par:{k}" for k in range(n)]
        return SideFeatures.build(texts[:n], vectors, kinds, labels, vocab)

    vocab: dict[str, int] = {}
    scorer = UnitScorer(side(9), side(7), UNITS)
    many = scorer.quality(1, 1, np.arange(1, 10), np.asarray(4))
    one_by_one = [float(scorer.quality(1, 1, i, np.array([4]))[0]) for i in range(1, 10)]
    assert many.shape == (9,)
    np.testing.assert_allclose(many, one_by_one, rtol=1e-6)


def test_gap_counterparts_are_searched_near_the_gap_on_long_documents() -> None:
    from compare.align import units

    assert list(units._nearby(3, 10, 12)) == list(range(1, 13))  # short: everything
    size = units.FULL_GRID_LIMIT * 4
    window = units._nearby(size // 2, size, size)
    assert len(window) == 2 * units.CONFIDENCE_WINDOW + 1
    assert window[0] <= size // 2 + 1 <= window[-1]
    assert list(units._nearby(0, size, size))[0] == 1  # clipped at the start


def _keyed_side(ids: Sequence[int], lengths: Sequence[float] | None = None):  # noqa: ANN202
    from compare.align.scoring import SideFeatures

    vectors = np.eye(16, dtype=np.float32)[list(ids)]
    texts = ["x" * int(n) for n in (lengths or [50] * len(ids))]
    return SideFeatures.build(texts, vectors)


def test_two_swapped_items_come_out_as_one_two_by_two_bead() -> None:
    from compare.align.scoring import UnitScorer
    from compare.align.units import _join_crossings
    from compare.types import Bead

    scorer = UnitScorer(_keyed_side([0, 1, 2, 3, 4]), _keyed_side([0, 2, 1, 3, 4]))
    path = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,)), ((3,), (3,)), ((4,), (4,))]
    joined = _join_crossings([Bead(p, o, 0.9) for p, o in path], scorer)
    assert [(b.pivot, b.other) for b in joined] == [
        ((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,)), ((4,), (4,))
    ]  # fmt: skip
    # the mirror image, and left-overs that do not match each other (left alone)
    mirror = [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), ()), ((3,), (3,)), ((4,), (4,))]
    scorer = UnitScorer(_keyed_side([0, 1, 2, 3, 4]), _keyed_side([0, 2, 1, 3, 4]))
    assert ((1, 2), (1, 2)) in [(b.pivot, b.other) for b in _join_crossings(
        [Bead(p, o, 0.9) for p, o in mirror], scorer)]  # fmt: skip
    unrelated = UnitScorer(_keyed_side([0, 1, 2, 3, 4]), _keyed_side([0, 2, 9, 3, 4]))
    kept = _join_crossings([Bead(p, o, 0.9) for p, o in path], unrelated)
    assert [(b.pivot, b.other) for b in kept] == path


def test_two_straight_beads_over_swapped_items_become_one_two_by_two_bead() -> None:
    from compare.align.scoring import UnitScorer
    from compare.align.units import _join_crossings
    from compare.types import Bead

    straight = [((k,), (k,)) for k in range(5)]
    scorer = UnitScorer(_keyed_side([0, 1, 2, 3, 4]), _keyed_side([0, 2, 1, 3, 4]))
    joined = _join_crossings([Bead(p, o, 0.9) for p, o in straight], scorer)
    assert [(b.pivot, b.other) for b in joined] == [
        ((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,)), ((4,), (4,))
    ]  # fmt: skip
    # a faithful order, and a crossed pair only one of whose links matches: left alone
    for other in ([0, 1, 2, 3, 4], [0, 2, 9, 3, 4]):
        scorer = UnitScorer(_keyed_side([0, 1, 2, 3, 4]), _keyed_side(other))
        kept = _join_crossings([Bead(p, o, 0.9) for p, o in straight], scorer)
        assert [(b.pivot, b.other) for b in kept] == straight


def test_a_swap_is_found_where_one_straight_pair_is_a_fair_match() -> None:
    from compare.align.scoring import SideFeatures, UnitScorer
    from compare.align.units import _join_crossings
    from compare.types import Bead

    # other item 1 renders pivot items 1 and 2 alike (a fair match for both); other item 2
    # is pivot item 1 itself: together the crossed pairs are clearly the better assignment
    eye = np.eye(16, dtype=np.float32)
    mixed = (eye[1] + eye[2]) / np.sqrt(2.0)
    other = SideFeatures.build(["x" * 50] * 5, np.stack([eye[0], mixed, eye[1], eye[3], eye[4]]))
    straight = [((k,), (k,)) for k in range(5)]
    joined = _join_crossings(
        [Bead(p, o, 0.9) for p, o in straight], UnitScorer(_keyed_side([0, 1, 2, 3, 4]), other)
    )
    assert [(b.pivot, b.other) for b in joined] == [
        ((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,)), ((4,), (4,))
    ]  # fmt: skip


def test_a_two_line_text_assumes_equal_lengths() -> None:
    from compare.align.scoring import _expected_log_ratio

    # one line deleted: the totals (log 1/2) would make the wrong 2-1 bead look right
    assert _expected_log_ratio(_keyed_side([0, 1]), _keyed_side([5], [50]), True) == 0.0
    assert _expected_log_ratio(_keyed_side([0, 1]), _keyed_side([5], [50])) < -0.6  # totals
    longer = _expected_log_ratio(_keyed_side([0, 1, 2]), _keyed_side([0, 1, 2], [100] * 3))
    assert longer == pytest.approx(np.log(2.0))


def test_unpaired_neighbours_with_the_same_label_become_one_bead() -> None:
    from compare.align.units import _pair_same_labels
    from compare.inject import document_from_texts
    from compare.types import Bead

    pivot = document_from_texts("doc", "de", ["eins", "zwei", "drei"])
    other = document_from_texts("doc", "en", ["one", "two and much more", "three"])
    beads = [
        Bead((0,), (0,), 0.99),
        Bead((1,), (), 0.7),
        Bead((), (1,), 0.6),
        Bead((2,), (2,), 0.98),
    ]
    joined = _pair_same_labels(beads, pivot, other)
    assert joined == [beads[0], Bead((1,), (1,), 0.3), beads[3]]
    # different labels stay apart: a unit missing here, another extra there
    units = list(other.units)
    units[1] = dataclasses.replace(units[1], label="par:9")
    relabelled = dataclasses.replace(other, units=tuple(units))
    assert _pair_same_labels(beads, pivot, relabelled) == beads
