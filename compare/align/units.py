"""Unit alignment of segmented documents, and the same machinery for plain line lists.

Example:
    >>> from compare.align import align_documents
    >>> alignment = align_documents(german, english, encoder)   # doctest: +SKIP
    >>> [(b.pivot, b.other, round(b.score, 2)) for b in alignment.beads][:2]  # doctest: +SKIP
    [((0,), (0,), 0.99), ((1,), (1,), 0.99)]
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence

import numpy as np

from compare.align.dp import DEFAULT_BEADS, align_dp
from compare.align.scoring import SENTENCES, UNITS, ScoringConfig, SideFeatures, UnitScorer
from compare.encode.encoder import Encoder
from compare.types import Alignment, Bead, Document

log = logging.getLogger(__name__)

#: Up to this many items per side the DP runs over the full grid (exact).
FULL_GRID_LIMIT = 2500
#: Half-width of the band for longer inputs (widened when the path touches its edge).
MIN_HALF_WIDTH = 60
#: Half-width of the window searched for a gap's counterpart on long documents.
CONFIDENCE_WINDOW = 4 * MIN_HALF_WIDTH
#: Logistic calibration of bead confidence from bead quality (fitted on FLORES-perturbed
#: documents with known gold beads; see benchmarks/align_flores.py).
CONF_SLOPE = 10.0
CONF_MIDPOINT = 0.22
#: Two neighbouring 1-1 beads are a swap when the two crossed pairs together are at least
#: this much more similar (rescaled similarity, 0 unrelated to 1 identical) than the two
#: straight pairs together: the better assignment of the two items, by a margin. (Asking
#: each crossed pair to beat either straight pair by 0.05 missed swaps where one straight
#: pair was a fair match: FLORES-perturbed swaps recovered 0.964 with it, 0.989 with this.)
SWAP_MARGIN = 0.1
#: Warn when one side has less than this fraction of the other's units or characters.
IMBALANCE_WARNING = 0.5
#: Warn when more than this share of all units is left without counterpart.
UNPAIRED_WARNING = 0.2


def _sigmoid(x: np.ndarray | float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def align_features(
    pivot: SideFeatures,
    other: SideFeatures,
    beads: Sequence[tuple[int, int]] = DEFAULT_BEADS,
    config: ScoringConfig = SENTENCES,
) -> list[Bead]:
    """Align two feature sequences; every item ends up in exactly one bead."""
    n, m = len(pivot.lengths), len(other.lengths)
    if n == 0 or m == 0:
        return [Bead((i,), (), 1.0) for i in range(n)] + [Bead((), (j,), 1.0) for j in range(m)]
    scorer = UnitScorer(pivot, other, config)
    if max(n, m) <= FULL_GRID_LIMIT:
        path = align_dp(n, m, scorer, beads)
    else:
        half = max(MIN_HALF_WIDTH, abs(n - m) + MIN_HALF_WIDTH)
        path = align_dp(n, m, scorer, beads, half_width=half)
        while path.touched_band_edge and half < max(n, m):
            half *= 2
            log.info("alignment path touched the band edge; widening to %d", half)
            path = align_dp(n, m, scorer, beads, half_width=half)
    beads = [_with_confidence(p, o, scorer, n, m) for p, o, _ in path.beads]
    return _join_crossings(beads, scorer)


def _join_crossings(beads: list[Bead], scorer: UnitScorer) -> list[Bead]:
    """Two swapped items as one 2-2 bead.

    A monotone path cannot cross, so a swap comes out as a gap, a 1-1 bead and a gap on the
    other side ([a]:[], [b]:[x], []:[y] or the mirror image), or as two 1-1 beads that each
    pair the wrong items ([a]:[x], [b]:[y] where a is x's neighbour's translation). When the
    crossed items match each other as well as a confident 1-1 bead would (and, for two 1-1
    beads, clearly better than the straight pairs: :data:`SWAP_MARGIN`), the beads are one
    2-2 bead: the smallest correct description of the two crossed links.
    """
    out: list[Bead] = []
    k = 0
    while k < len(beads):
        window = beads[k : k + 3]
        joined = _crossing(window, scorer) if len(window) == 3 else None
        width = 3
        if joined is None and k + 1 < len(beads):
            joined, width = _straight_swap(beads[k], beads[k + 1], scorer), 2
        if joined is None:
            out.append(beads[k])
            k += 1
        else:
            out.append(joined)
            k += width
    return out


def _straight_swap(first: Bead, second: Bead, scorer: UnitScorer) -> Bead | None:
    """Two neighbouring 1-1 beads whose crossed pairs together match clearly better than
    the straight pairs, as a 2-2 bead."""
    if not (len(first.pivot) == len(first.other) == len(second.pivot) == len(second.other) == 1):
        return None
    (a,), (x,), (b,), (y,) = first.pivot, first.other, second.pivot, second.other
    if b != a + 1 or y != x + 1:
        return None
    crossed = scorer.similarity(a, y) + scorer.similarity(b, x)
    straight = scorer.similarity(a, x) + scorer.similarity(b, y)
    if crossed < straight + SWAP_MARGIN:
        return None
    q_ay = float(scorer.quality(1, 1, a + 1, np.array([y + 1]))[0])
    q_bx = float(scorer.quality(1, 1, b + 1, np.array([x + 1]))[0])
    confidence = _linked_confidence(min(q_ay, q_bx))
    if confidence < 0.5:
        return None
    return Bead((a, b), (x, y), round(confidence, 4))


def _crossing(window: list[Bead], scorer: UnitScorer) -> Bead | None:
    first, middle, last = window
    if len(middle.pivot) != 1 or len(middle.other) != 1:
        return None
    if first.pivot and not first.other and last.other and not last.pivot:
        lone_p, lone_o = first.pivot, last.other  # [a]:[], [b]:[x], []:[y]
    elif first.other and not first.pivot and last.pivot and not last.other:
        lone_p, lone_o = last.pivot, first.other  # []:[x], [a]:[y], [b]:[]
    else:
        return None
    if len(lone_p) != 1 or len(lone_o) != 1:
        return None
    q = float(scorer.quality(1, 1, lone_p[0] + 1, np.array([lone_o[0] + 1]))[0])
    confidence = _linked_confidence(q)
    if confidence < 0.5:
        return None
    pivot = tuple(sorted(lone_p + middle.pivot))
    other = tuple(sorted(lone_o + middle.other))
    return Bead(pivot, other, round(min(confidence, middle.score), 4))


def _with_confidence(
    p: tuple[int, ...], o: tuple[int, ...], scorer: UnitScorer, n: int, m: int
) -> Bead:
    if p and o:
        q = float(scorer.quality(len(p), len(o), p[-1] + 1, np.array([o[-1] + 1]))[0])
        return Bead(p, o, round(_linked_confidence(q), 4))
    # a unit without counterpart: confident when nothing on the other side resembles it
    if p:
        best = float(scorer.quality(1, 1, p[0] + 1, _nearby(p[0], n, m)).max())
    else:
        best = float(scorer.quality(1, 1, _nearby(o[0], m, n), np.asarray(o[0] + 1)).max())
    return Bead(p, o, round(float(_sigmoid(CONF_SLOPE * (CONF_MIDPOINT - best))), 4))


def _linked_confidence(quality: float) -> float:
    """Calibrated confidence of a bead that links items, from its quality."""
    return float(_sigmoid(CONF_SLOPE * (quality - CONF_MIDPOINT)))


def _nearby(index: int, size: int, other_size: int) -> np.ndarray:
    """Segment ends (1-based) of the other side that may hold ``index``'s counterpart: all of
    them up to FULL_GRID_LIMIT items, else a window around the proportional position (so a
    long document's gaps cost O(window) each, not O(length))."""
    if other_size <= FULL_GRID_LIMIT:
        return np.arange(1, other_size + 1)
    centre = round((index + 0.5) * other_size / max(size, 1))
    low, high = max(1, centre - CONFIDENCE_WINDOW), min(other_size, centre + CONFIDENCE_WINDOW)
    return np.arange(low, high + 1)


#: Items per side up to which merged segments are embedded as real concatenations
#: (Bertalign's recipe); above it their vectors are length-weighted means of the items'.
EXACT_MERGE_LIMIT = 3000
MERGE_SIZES = (2, 3)


def merged_vectors(
    texts: Sequence[str],
    encoder: Encoder,
    sizes: Sequence[int] = MERGE_SIZES,
    ends: Iterable[int] | None = None,
) -> dict[int, np.ndarray]:
    """Vectors of runs of ``size`` consecutive texts, joined by a space.

    Row ``end`` of each array embeds ``texts[end - size:end]``; only the runs ending at
    ``ends`` are embedded when given (rows of zeros elsewhere), else every run.
    """
    wanted = sorted(set(ends)) if ends is not None else range(len(texts) + 1)
    out: dict[int, np.ndarray] = {}
    for size in sizes:
        arr = np.zeros((len(texts) + 1, encoder.dim), dtype=np.float32)
        rows = [end for end in wanted if size <= end <= len(texts)]
        if rows:
            arr[rows] = encoder.embed([" ".join(texts[end - size : end]) for end in rows])
        out[size] = arr
    return out


#: Items around a doubtful bead whose merges get exact vectors in the second pass.
REFINE_RADIUS = 3


def _exact_merges(
    texts: Sequence[str], spots: Sequence[tuple[int, ...]], encoder: Encoder
) -> dict[int, np.ndarray]:
    """Exact vectors of merge candidates near ``spots`` (rows of zeros elsewhere)."""
    n = len(texts)
    ends: set[int] = set()
    for spot in spots:
        centre = spot[0] if spot else 0
        ends.update(range(max(centre - REFINE_RADIUS, 1), min(centre + REFINE_RADIUS, n) + 1))
    return merged_vectors(texts, encoder, ends=ends)


def align_texts(
    pivot: Sequence[str],
    other: Sequence[str],
    encoder: Encoder,
    beads: Sequence[tuple[int, int]] = DEFAULT_BEADS,
    exact_merges: bool | None = None,
) -> list[Bead]:
    """Align two lists of texts (sentences or paragraphs) by content alone."""
    pivot, other = list(pivot), list(other)
    if exact_merges is None:
        exact_merges = max(len(pivot), len(other)) <= EXACT_MERGE_LIMIT
    vocab: dict[str, int] = {}
    sides = []
    for texts in (pivot, other):
        side = SideFeatures.build(texts, encoder.embed(texts), vocabulary=vocab)
        if exact_merges and texts:
            side = dataclasses.replace(side, merged=merged_vectors(texts, encoder))
        sides.append(side)
    return align_features(sides[0], sides[1], beads)


def _zones(doc: Document) -> tuple[list[int], list[int]]:
    body = [k for k, u in enumerate(doc.units) if u.kind != "footnote"]
    notes = [k for k, u in enumerate(doc.units) if u.kind == "footnote"]
    return body, notes


def _side(doc: Document, idx: list[int], vectors: np.ndarray, vocab: dict) -> SideFeatures:
    units = [doc.units[k] for k in idx]
    return SideFeatures.build(
        [u.text for u in units],
        vectors[idx] if idx else np.zeros((0, vectors.shape[1])),
        kinds=[u.kind for u in units],
        labels=[u.label for u in units],
        vocabulary=vocab,
    )


def align_documents(
    pivot: Document,
    other: Document,
    encoder: Encoder,
    pivot_vectors: np.ndarray | None = None,
) -> Alignment:
    """Align two segmented language versions unit by unit.

    Body units and footnotes are aligned separately (footnotes only with footnotes); each
    zone by dynamic programming over content and structure. ``pivot_vectors`` lets callers
    share the pivot's embeddings across languages.
    """
    if pivot_vectors is None:
        pivot_vectors = encoder.embed([u.text for u in pivot.units])
    other_vectors = encoder.embed([u.text for u in other.units])
    pivot_vectors = _as_matrix(pivot_vectors, encoder)
    other_vectors = _as_matrix(other_vectors, encoder)
    vocab: dict[str, int] = {}
    beads: list[Bead] = []
    for p_idx, o_idx in zip(_zones(pivot), _zones(other)):
        left = _side(pivot, p_idx, pivot_vectors, vocab)
        right = _side(other, o_idx, other_vectors, vocab)
        zone = align_features(left, right, config=UNITS)
        doubtful = [b for b in zone if len(b.pivot) != 1 or len(b.other) != 1 or b.score < 0.5]
        if doubtful:  # second pass: embed the merge candidates around doubtful beads exactly
            texts_p = [pivot.units[k].text for k in p_idx]
            texts_o = [other.units[k].text for k in o_idx]
            left = dataclasses.replace(
                left, merged=_exact_merges(texts_p, [b.pivot for b in doubtful], encoder)
            )
            right = dataclasses.replace(
                right, merged=_exact_merges(texts_o, [b.other for b in doubtful], encoder)
            )
            zone = align_features(left, right, config=UNITS)
        zone_beads = [
            Bead(tuple(p_idx[k] for k in b.pivot), tuple(o_idx[k] for k in b.other), b.score)
            for b in zone
        ]
        beads += _pair_same_labels(zone_beads, pivot, other)
    placed = list(beads)  # list.sort empties the list while it sorts: anchor on a copy
    beads.sort(key=lambda b: (b.pivot[0] if b.pivot else _anchor(placed, b), -len(b.pivot)))
    return Alignment(pivot, other, tuple(beads), tuple(alignment_warnings(pivot, other, beads)))


def _pair_same_labels(beads: list[Bead], pivot: Document, other: Document) -> list[Bead]:
    """A pivot unit and an other unit left without counterpart side by side, with the same
    label ("cit:7" / "cit:7"), as one 1-1 bead.

    The content did not pair them (a clause added or dropped made them unlike each other),
    but the structure does: one unit changed in place, which the checks then examine,
    rather than one unit missing and another extra. The bead's confidence is low: one minus
    the larger of the two units' confidences of having no counterpart.
    """
    out: list[Bead] = []
    k = 0
    while k < len(beads):
        pair = beads[k : k + 2]
        if len(pair) == 2 and _same_label_gap(pair, pivot, other):
            first, second = pair
            p, o = first.pivot or second.pivot, first.other or second.other
            out.append(Bead(p, o, round(1.0 - max(first.score, second.score), 4)))
            k += 2
        else:
            out.append(beads[k])
            k += 1
    return out


def _same_label_gap(pair: list[Bead], pivot: Document, other: Document) -> bool:
    first, second = pair
    lone = [b for b in pair if len(b.pivot) + len(b.other) == 1]
    if len(lone) != 2 or bool(first.pivot) == bool(second.pivot):
        return False
    p = (first.pivot or second.pivot)[0]
    o = (first.other or second.other)[0]
    return pivot.units[p].label == other.units[o].label


def _as_matrix(vectors: np.ndarray, encoder: Encoder) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    return vectors if vectors.ndim == 2 else np.zeros((0, encoder.dim), dtype=np.float32)


def _anchor(beads: list[Bead], bead: Bead) -> float:
    """Sort position of a 0-1 bead: just after the pivot unit aligned before its unit."""
    before = [p for b in beads if b.pivot and b.other and b.other[-1] < bead.other[0]
              for p in b.pivot]  # fmt: skip
    return (max(before) + 0.5) if before else -0.5


def align_many(pivot: Document, others: Sequence[Document], encoder: Encoder) -> list[Alignment]:
    """Align the pivot with N language versions, embedding the pivot once."""
    pivot_vectors = encoder.embed([u.text for u in pivot.units])
    return [align_documents(pivot, doc, encoder, pivot_vectors) for doc in others]


def alignment_warnings(pivot: Document, other: Document, beads: Sequence[Bead]) -> list[str]:
    """Plain-language warnings about inputs that make the alignment doubtful."""
    out: list[str] = []
    n, m = len(pivot.units), len(other.units)
    if n == 0 or m == 0:
        empty = "pivot" if n == 0 else "other"
        out.append(f"the {empty} document has no units: every unit is left unaligned")
        return out
    if pivot.lang and pivot.lang == other.lang:
        out.append(
            f"both documents are declared as {pivot.lang!r}: check the language codes "
            "(a comparison with itself only finds copy differences)"
        )
    if min(n, m) / max(n, m) < IMBALANCE_WARNING:
        out.append(
            f"unit counts differ by more than half ({n} pivot units, {m} {other.lang} units): "
            "the documents may not be versions of the same text, or one is incomplete"
        )
    chars_p = sum(len(u.text) for u in pivot.units)
    chars_o = sum(len(u.text) for u in other.units)
    if min(chars_p, chars_o) / max(chars_p, chars_o, 1) < IMBALANCE_WARNING:
        out.append(
            f"text lengths differ widely ({chars_p} vs {chars_o} characters): "
            "check that both files hold the whole document"
        )
    weak = sum(1 for b in beads if b.score < 0.5)
    if weak > max(2, len(beads) // 5):
        out.append(f"{weak} of {len(beads)} beads have low confidence (< 0.5)")
    alone = sum(len(b.pivot) + len(b.other) for b in beads if not b.pivot or not b.other)
    if alone > max(2, UNPAIRED_WARNING * (n + m)):
        out.append(
            f"{alone} of {n + m} units have no counterpart: the documents may not be versions "
            "of the same text"
        )
    return out
