"""Semantic divergence: a bead whose two sides are much less similar than translations are.

The similarity of a unit bead's two sides (cosine of the embedded model's vectors) is
compared with what the language pair shows on faithful translation of the same length
(:func:`compare.checks.calibration.expected`, calibrated on FLORES-200). A bead more than
:data:`Z_WARNING` standard deviations below the pair's mean is flagged, and the flag is
placed on the least similar sentence pair of the bead (or on a sentence without
counterpart), narrowed to its least similar clauses where the sentences have several.

:func:`divergence_score` gives the same kind of evidence for any sentence pair of two EU
languages, with length ratio and unaligned words added: a roughly standardised score
(about 0 for faithful translation, higher = more divergent) with no threshold fitted to
labelled divergences.

Example:
    >>> from compare.encode import get_encoder
    >>> enc = get_encoder()                                                 # doctest: +SKIP
    >>> divergence_score("The house is red.", "Das Haus ist rot.", "en", "de", enc) < 2
    True                                                                    # doctest: +SKIP
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from compare.align.sentences import (
    ClauseBead,
    JoinedSentences,
    SentenceBead,
    align_clauses,
    align_unit_sentences,
    join_sentences,
)
from compare.align.words import align_words
from compare.checks.base import BeadView, Check, CheckContext, register
from compare.checks.calibration import expected
from compare.encode.encoder import Encoder
from compare.errors import InputError
from compare.types import Divergence, Unit

log = logging.getLogger(__name__)

#: Flag a bead whose similarity lies this many sd below the pair's faithful mean; error below
#: Z_ERROR. Chosen on the FLORES calibration (a one-sided normal tail of 2e-4 at -3.5) and
#: checked on the corpus's clean translations (python -m benchmarks.calibrate_semantic evaluate).
Z_WARNING = -3.5
Z_ERROR = -5.0
#: Beads shorter than this (characters, mean of both sides) are skipped: titles, dates and
#: references embed close to anything of their kind and say little about meaning.
MIN_CHARS = 40
#: Mean of |z| for a standard normal (sqrt(2/pi)): centres the length term of the score.
HALF_NORMAL_MEAN = 0.7979
#: Weights of similarity, length and unaligned-word terms in divergence_score: equal, not
#: fitted on any labelled data.
WEIGHT_SIMILARITY = 1.0
WEIGHT_LENGTH = 1.0
WEIGHT_UNALIGNED = 1.0


@register
class SemanticCheck(Check):
    name = "semantic"
    description = "two sides much less similar than faithful translations of the pair are"
    requires = ("encoder",)

    def check_bead(self, view: BeadView, ctx: CheckContext) -> Iterable[Divergence]:
        if not view.bead.pivot or not view.bead.other:
            return
        pivot, other = view.pivot_text, view.other_text
        chars = (len(pivot) + len(other)) / 2
        if chars < MIN_CHARS:
            return
        vectors = ctx.encoder.embed([pivot, other])  # type: ignore[union-attr]
        similarity = float(vectors[0] @ vectors[1])
        exp = expected(view.pivot_lang, view.lang, chars)
        z = exp.similarity_z(similarity)
        if z > Z_WARNING:
            return
        yield self._flag(view, ctx, similarity, z, exp.sim_mean)

    def _flag(
        self, view: BeadView, ctx: CheckContext, similarity: float, z: float, mean: float
    ) -> Divergence:
        p_loc, o_loc, extent = locate_least_similar(view, ctx.encoder)  # type: ignore[arg-type]
        p_unit, p_span, p_text = p_loc
        o_unit, o_span, o_text = o_loc
        severity = "error" if z <= Z_ERROR else "warning"
        message = (
            f"{view.lang} {o_unit or view.other_label()} says something else than "
            f"{view.pivot_lang} {p_unit or view.pivot_label()}: similarity {similarity:.3f}, "
            f"{-z:.1f} sd below faithful {view.pivot_lang}-{view.lang} translation ({mean:.3f})"
        )
        return self.flag(
            view, severity, min(1.0, -z / abs(Z_ERROR)), message,
            pivot_unit=p_unit, other_unit=o_unit, pivot_span=p_span, other_span=o_span,
            pivot_text=p_text, other_text=o_text,
            evidence={"similarity": f"{similarity:.4f}", "z": f"{z:+.2f}",
                      "expected": f"{mean:.4f}", "located": extent},
        )  # fmt: skip


Located = tuple[str | None, tuple[int, int] | None, str]


def locate_least_similar(view: BeadView, encoder: Encoder) -> tuple[Located, Located, str]:
    """The least similar sentence pair of a bead, narrowed to its least similar clauses.

    A sentence or clause without counterpart counts as the least similar of all. Returns
    (unit label, span, text) for the pivot and the other side (label None for a side
    without text) and what was located ("sentence" or "clause").
    """
    worst = min(align_unit_sentences(view, encoder=encoder), key=_sort_key)
    pivot = join_sentences(view.pivot_units, worst.pivot)
    other = join_sentences(view.other_units, worst.other)
    extent = "sentence"
    p_seg = (0, len(pivot.text)) if worst.pivot else None
    o_seg = (0, len(other.text)) if worst.other else None
    if worst.pivot and worst.other:
        clauses = align_clauses(pivot.text, other.text, encoder)
        if len(clauses) > 1:
            least = min(clauses, key=_sort_key)
            p_seg, o_seg, extent = least.pivot, least.other, "clause"
    return _side(view.pivot_units, pivot, p_seg), _side(view.other_units, other, o_seg), extent


def _sort_key(bead: SentenceBead | ClauseBead) -> float:
    """Items without counterpart first, then the least similar pair."""
    return -2.0 if bead.similarity is None else bead.similarity


def _side(units: Sequence[Unit], joined: JoinedSentences, seg: tuple[int, int] | None) -> Located:
    """(unit label, span in the unit, text) of a segment of joined sentences."""
    if seg is None or not joined.parts:
        return None, None, ""
    unit, span = joined.locate(*seg)
    return units[unit].label, span, units[unit].text[span[0] : span[1]]


@dataclass(frozen=True)
class DivergenceEvidence:
    """The terms of :func:`divergence_score` for one sentence pair.

    Attributes:
        similarity: cosine of the two texts' vectors.
        similarity_z: its distance from the pair's faithful mean, in sd (negative = less
            similar than usual).
        length_z: the log length ratio's distance from the pair's mean, in sd.
        unaligned: share of content words without a word-alignment link.
        unaligned_z: its distance from the pair's faithful mean, in sd.
    """

    similarity: float
    similarity_z: float
    length_z: float
    unaligned: float
    unaligned_z: float

    @property
    def score(self) -> float:
        """Weighted sum of the three terms, scaled so that each term alone has unit weight.

        About 0 on faithful translation; each term is in standard deviations of faithful
        translation of the pair, so values above 3 are rare there.
        """
        terms = (
            WEIGHT_SIMILARITY * -self.similarity_z,
            WEIGHT_LENGTH * (abs(self.length_z) - HALF_NORMAL_MEAN),
            WEIGHT_UNALIGNED * self.unaligned_z,
        )
        norm = math.sqrt(WEIGHT_SIMILARITY**2 + WEIGHT_LENGTH**2 + WEIGHT_UNALIGNED**2)
        return sum(terms) / norm


def divergence_evidence(
    src: str, tgt: str, src_lang: str, tgt_lang: str, encoder: Encoder
) -> DivergenceEvidence:
    """The similarity, length and word-alignment evidence of a sentence pair.

    Raises:
        InputError: when a text is empty.
    """
    if not src.strip() or not tgt.strip():
        raise InputError("divergence_score needs two non-empty texts (got an empty one)")
    exp = expected(src_lang, tgt_lang, (len(src) + len(tgt)) / 2)
    vectors = encoder.embed([src, tgt])
    similarity = float(vectors[0] @ vectors[1])
    unaligned = align_words(src, tgt, encoder, src_lang=src_lang, tgt_lang=tgt_lang)
    mass = unaligned.unaligned_mass()
    return DivergenceEvidence(
        similarity=similarity,
        similarity_z=exp.similarity_z(similarity),
        length_z=exp.length_z(len(src), len(tgt)),
        unaligned=mass,
        unaligned_z=exp.mass_z(mass),
    )


def divergence_score(src: str, tgt: str, src_lang: str, tgt_lang: str, encoder: Encoder) -> float:
    """How divergent a translation pair is: about 0 when faithful, higher = more divergent.

    Combines, with equal weights, three standardised deviations from faithful translation
    of the language pair (calibrated on FLORES-200 for every pair of the 24 EU languages):
    similarity below the mean, length ratio away from the mean, and unaligned content words
    above the mean. Works in both directions (en-de as well as de-en).

    Args:
        src: source sentence (or short passage).
        tgt: its translation.
        src_lang: ISO 639-1 code of ``src`` (an EU language; others use pooled statistics).
        tgt_lang: ISO 639-1 code of ``tgt``.
        encoder: sentence and token vectors (``compare.encode.get_encoder()``).

    Raises:
        InputError: when a text is empty.
    """
    return divergence_evidence(src, tgt, src_lang, tgt_lang, encoder).score
