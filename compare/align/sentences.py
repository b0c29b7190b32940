"""Sentence alignment inside one aligned unit bead.

A unit bead pairs one or more pivot units with one or more units of the other version. The
sentences of its pivot units (:attr:`compare.types.Unit.sentences`), each cut after its
semicolons (:func:`piece_spans`), are aligned with those of its other units by the same
n:m dynamic programming as units (:func:`align_texts`): a 1-0 or 0-1 sentence bead is a
sentence or clause without counterpart, the strongest evidence of an omission or addition
inside a unit.

EU recitals and paragraphs are mostly one long sentence whose clauses are chained with
semicolons ("calls on ...; urges ...;"), and translations keep that chain:
:func:`align_clauses` aligns the clauses of two aligned sentences the same way.

Example:
    >>> beads = align_unit_sentences(view, encoder=encoder)          # doctest: +SKIP
    >>> [(b.pivot, b.other, b.kind()) for b in beads]                # doctest: +SKIP
    [(((0, 0),), ((0, 0),), '1-1'), (((0, 1),), (), '1-0')]
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np

from compare.align.units import align_texts
from compare.encode.encoder import Encoder
from compare.errors import InputError
from compare.types import Unit

log = logging.getLogger(__name__)

#: A sentence of a bead: (index of its unit within the bead's side, piece index).
SentenceRef = tuple[int, int]


class UnitPair(Protocol):
    """Anything that holds the two sides of a unit bead (e.g. a check's ``BeadView``)."""

    @property
    def pivot_units(self) -> tuple[Unit, ...]: ...

    @property
    def other_units(self) -> tuple[Unit, ...]: ...


@dataclass(frozen=True)
class SentenceBead:
    """An n:m link between sentences of a unit bead; either side may be empty.

    Attributes:
        pivot: the pivot sentences, as (unit index within the bead, piece index: see
            :func:`piece_spans`).
        other: the other version's sentences, likewise.
        score: alignment confidence in [0, 1] (the unit aligner's calibration).
        similarity: cosine of the two sides' joined texts; None for a 1-0 or 0-1 bead.
    """

    pivot: tuple[SentenceRef, ...]
    other: tuple[SentenceRef, ...]
    score: float
    similarity: float | None = None

    def kind(self) -> str:
        """ "1-1", "2-1", "1-0", "0-1", ... (pivot count first)."""
        return f"{len(self.pivot)}-{len(self.other)}"


@dataclass(frozen=True)
class JoinedSentences:
    """Some sentences of a bead's side joined by a space, with the way back to the units.

    ``parts[k] = (unit index, start in the unit's text, start in text, length)``.
    """

    text: str
    parts: tuple[tuple[int, int, int, int], ...]

    def locate(self, start: int, end: int) -> tuple[int, tuple[int, int]]:
        """The unit (index within the bead) and the span in its text of ``text[start:end]``.

        A span that runs from one unit into the next is cut at the end of the first.
        """
        if not self.parts:
            raise InputError("no sentences to locate a span in: the side is empty")
        first = max((k for k, p in enumerate(self.parts) if p[2] <= start), default=0)
        unit = self.parts[first][0]
        last = first
        for k in range(first + 1, len(self.parts)):
            if self.parts[k][0] != unit or self.parts[k][2] >= end:
                break
            last = k
        a = _unit_offset(self.parts[first], start)
        return unit, (a, max(a, _unit_offset(self.parts[last], end)))


def _unit_offset(part: tuple[int, int, int, int], pos: int) -> int:
    """Offset in the unit's text of position ``pos`` of the joined text, within ``part``."""
    _, unit_start, joined_start, length = part
    return unit_start + min(max(pos - joined_start, 0), length)


def sentence_spans(unit: Unit) -> tuple[tuple[int, int], ...]:
    """The unit's sentence spans; the whole text when the segmenter gave none."""
    if unit.sentences:
        return unit.sentences
    return ((0, len(unit.text)),) if unit.text.strip() else ()


@lru_cache(maxsize=4096)
def piece_spans(unit: Unit) -> tuple[tuple[int, int], ...]:
    """The unit's sentences, each cut after its semicolons (:func:`clause_spans`).

    These are the pieces that sentence alignment pairs: a German recital chains its
    "in der Erwägung, dass ..." clauses with semicolons in one sentence where the Swedish
    writes each as a sentence of its own, so that neither side's sentences alone line up.
    """
    pieces: list[tuple[int, int]] = []
    for a, b in sentence_spans(unit):
        pieces += [(a + x, a + y) for x, y in clause_spans(unit.text[a:b])]
    return tuple(pieces)


def sentence_refs(units: Sequence[Unit]) -> list[SentenceRef]:
    """Every piece of ``units`` in order, as (unit index, piece index)."""
    return [(u, s) for u, unit in enumerate(units) for s in range(len(piece_spans(unit)))]


def is_whole_sentence(unit: Unit, piece: int) -> bool:
    """Whether piece ``piece`` of ``unit`` is a whole sentence (not a clause of one)."""
    return piece_spans(unit)[piece] in sentence_spans(unit)


def join_sentences(units: Sequence[Unit], refs: Sequence[SentenceRef]) -> JoinedSentences:
    """The text of the sentences ``refs`` of ``units``, joined by single spaces."""
    pieces: list[str] = []
    parts: list[tuple[int, int, int, int]] = []
    pos = 0
    for u, s in refs:
        a, b = piece_spans(units[u])[s]
        piece = units[u].text[a:b]
        parts.append((u, a, pos, len(piece)))
        pieces.append(piece)
        pos += len(piece) + 1
    return JoinedSentences(" ".join(pieces), tuple(parts))


def align_unit_sentences(
    pivot: UnitPair | Sequence[Unit],
    other: Sequence[Unit] | None = None,
    encoder: Encoder | None = None,
) -> tuple[SentenceBead, ...]:
    """Align the sentences of a unit bead's pivot units with those of its other units.

    Call it with a bead view (``align_unit_sentences(view, encoder=enc)``) or with the two
    unit sequences (``align_unit_sentences(german_units, english_units, enc)``).

    Args:
        pivot: a bead view (anything with ``pivot_units`` and ``other_units``) or the
            pivot units.
        other: the other version's units (only with pivot units).
        encoder: the sentence encoder (vectors come from its cache when present).

    Returns:
        The sentence beads in order; every sentence is in exactly one bead.

    Raises:
        InputError: when the arguments do not name both sides and an encoder.
    """
    pivot_units, other_units = _sides(pivot, other)
    if encoder is None:
        raise InputError("align_unit_sentences needs an encoder: pass encoder=get_encoder()")
    p_refs, o_refs = sentence_refs(pivot_units), sentence_refs(other_units)
    p_texts = [join_sentences(pivot_units, [r]).text for r in p_refs]
    o_texts = [join_sentences(other_units, [r]).text for r in o_refs]
    beads = align_texts(p_texts, o_texts, encoder)
    sims = _similarities(beads, p_texts, o_texts, encoder)
    return tuple(
        SentenceBead(
            tuple(p_refs[i] for i in bead.pivot),
            tuple(o_refs[j] for j in bead.other),
            float(bead.score),
            sim,
        )
        for bead, sim in zip(beads, sims, strict=True)
    )


def _sides(
    pivot: UnitPair | Sequence[Unit], other: Sequence[Unit] | None
) -> tuple[tuple[Unit, ...], tuple[Unit, ...]]:
    if hasattr(pivot, "pivot_units") and hasattr(pivot, "other_units"):
        if other is not None:
            raise InputError("pass either a bead view or two unit sequences, not both")
        return tuple(pivot.pivot_units), tuple(pivot.other_units)  # type: ignore[union-attr]
    if other is None:
        raise InputError(
            "align_unit_sentences needs the other version's units: "
            "align_unit_sentences(pivot_units, other_units, encoder)"
        )
    for side in (pivot, other):
        if not all(isinstance(u, Unit) for u in side):  # type: ignore[union-attr]
            raise InputError("align_unit_sentences takes compare.types.Unit objects")
    return tuple(pivot), tuple(other)  # type: ignore[arg-type]


def _similarities(
    beads: Sequence, p_texts: Sequence[str], o_texts: Sequence[str], encoder: Encoder
) -> list[float | None]:
    """Cosine of each bead's joined sides (None where a side is empty)."""
    pairs = [
        (" ".join(p_texts[i] for i in b.pivot), " ".join(o_texts[j] for j in b.other))
        for b in beads
        if b.pivot and b.other
    ]
    if not pairs:
        return [None] * len(beads)
    vectors = encoder.embed([t for pair in pairs for t in pair])
    cosines = iter(np.sum(vectors[0::2] * vectors[1::2], axis=1).tolist())
    return [float(next(cosines)) if b.pivot and b.other else None for b in beads]


#: Clause separators: the semicolon (Greek: the ano teleia, U+00B7 or U+0387) that chains
#: the clauses of EU recitals and paragraphs.
_CLAUSE_END = re.compile("[;\u00b7\u0387]")


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of ``text``: cut after each ``;`` (Greek ``·``), stripped.

    Example:
        >>> text = "calls on X to act; urges Y to stop;"
        >>> [text[a:b] for a, b in clause_spans(text)]
        ['calls on X to act;', 'urges Y to stop;']
    """
    cuts = [m.end() for m in _CLAUSE_END.finditer(text)]
    spans = []
    for a, b in zip([0, *cuts], [*cuts, len(text)]):
        piece = text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((a + lead, a + len(piece.rstrip())))
    return spans


@dataclass(frozen=True)
class ClauseBead:
    """Aligned clauses of two sentences: spans in each text (None for a side without)."""

    pivot: tuple[int, int] | None
    other: tuple[int, int] | None
    similarity: float | None = None


def align_clauses(pivot: str, other: str, encoder: Encoder) -> tuple[ClauseBead, ...]:
    """Align the clauses of two aligned sentences (or joined sentence groups).

    A clause bead may join consecutive clauses (n:m); its spans then cover them all. Two
    texts of one clause each give one bead without calling the encoder for alignment.
    """
    p_spans, o_spans = clause_spans(pivot), clause_spans(other)
    if not p_spans or not o_spans:
        return tuple(ClauseBead(s, None) for s in p_spans) + tuple(
            ClauseBead(None, s) for s in o_spans
        )
    if len(p_spans) == 1 or len(o_spans) == 1:
        pairs = [((p_spans[0][0], p_spans[-1][1]), (o_spans[0][0], o_spans[-1][1]))]
    else:
        beads = align_texts(
            [pivot[a:b] for a, b in p_spans], [other[a:b] for a, b in o_spans], encoder
        )
        pairs = [(_cover(p_spans, b.pivot), _cover(o_spans, b.other)) for b in beads]
    both = [(p, o) for p, o in pairs if p and o]
    vectors = encoder.embed([t for p, o in both for t in (pivot[p[0] : p[1]], other[o[0] : o[1]])])
    sims = iter(np.sum(vectors[0::2] * vectors[1::2], axis=1).tolist()) if both else iter(())
    return tuple(ClauseBead(p, o, float(next(sims)) if p and o else None) for p, o in pairs)


def _cover(spans: Sequence[tuple[int, int]], items: Sequence[int]) -> tuple[int, int] | None:
    return (spans[items[0]][0], spans[items[-1]][1]) if items else None
