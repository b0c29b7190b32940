"""Polarity and modality: a negation, an antonym or the strength of a demand that changed.

Two checks share this module and the per-language cue lexicons of
:mod:`compare.checks.lexicons`:

* ``polarity``: a negation added or dropped ("nicht", "not", "ne ... pas"), an evaluative
  or directional term turned into its antonym (peaceful -> violent, legal -> illegal,
  increase -> decrease), an evaluative verb that changed sign (welcomes -> condemns).
* ``modality``: the strongest demand ("strongly urges" > "calls on" > "encourages" >
  "invites"), obligation ("must" > "should" > "may") or stance ("condemns in the strongest
  terms" > "condemns" > "regrets" > "takes note") of a clause that differs between the
  German and the other version.

Both compare clause by clause where they can: European Parliament recitals and paragraphs
chain their clauses with ``;`` (``·`` in Greek) and the Swedish version writes them as
sentences, so the clauses of an aligned unit usually correspond one to one. When the clause
counts differ, the sentences are aligned (:mod:`compare.align.sentences`, when the run has
an encoder) and compared clause by clause inside each sentence pair where possible;
otherwise the whole units are compared and a polarity difference is only a warning.

Example:
    >>> from compare.checks.polarity import compare_segments
    >>> [f.subtype for f in compare_segments("friedliche Proteste", "de",
    ...                                      "violent protests", "en")]
    ['antonym']
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from compare.checks.base import BeadView, Check, CheckContext, register
from compare.checks.facts import language_name
from compare.checks.lexicons import (
    CONCEPTS,
    NOTE,
    SCALES,
    STANCE_SCALES,
    STANCE_SIGNS,
    CueMatch,
    get_lexicon,
)
from compare.types import Divergence, Report, Unit

log = logging.getLogger(__name__)

#: Confidence of a cue difference between two clauses paired one to one (the clause
#: structure of EP resolutions corresponds across all 24 versions of the bundled corpus).
PAIRED_CONFIDENCE = 0.9
#: Confidence of a difference seen only over whole units (several clauses on each side).
UNIT_CONFIDENCE = 0.6
#: A demand, obligation or stance this many levels weaker or stronger is an error; one level
#: (an intensifier dropped or added) is a warning (scales in docs/polarity-modality.md).
ERROR_STEPS = 2
#: Scales where one level stronger is only info: the present indicative of many languages'
#: obligation verbs stands for "should" and "must" alike (Portuguese "devem", Bulgarian
#: "трябва", Romanian "trebuie"), so "sollte" rendered that way is the usual wording.
LENIENT_STRENGTHENING = ("obligation",)

#: A pole at most this many characters after a negator is what the negator negates
#: ("nicht frei", "not entirely free").
NEGATED_POLE_GAP = 12

#: Clause boundaries inside a sentence: ";" and the Greek upper stop (U+0387, U+00B7).
CLAUSE_BREAK = re.compile(r"(?<=[;\u0387\u00b7])\s+")

#: Scales compared only when each side has as many cues of the scale in the clause and the
#: pivot's are all of one level: modal verbs also express possibility, ability or a negated
#: need ("ohne ... haben müssen"), so otherwise their correspondence is unknown (bundled
#: corpus, par:7).
SINGLE_CUE_SCALES = ("obligation",)

Span = tuple[int, int]


@dataclass(frozen=True)
class Segment:
    """A clause (or a whole bead side) with the units its text comes from.

    Attributes:
        text: the segment's text.
        pieces: (unit label, offset in ``text``, offset in the unit's text) for each unit
            the segment spans, in order.
    """

    text: str
    pieces: tuple[tuple[str, int, int], ...]

    def locate(self, span: Span) -> tuple[str, Span]:
        """The unit label and the unit-relative span of a span of :attr:`text`."""
        label, base, unit_base = self.pieces[0]
        for piece in self.pieces:
            if piece[1] <= span[0]:
                label, base, unit_base = piece
        return label, (span[0] - base + unit_base, span[1] - base + unit_base)

    def whole(self) -> tuple[str, Span]:
        """The unit label and span of the segment's text inside its first unit."""
        label, base, unit_base = self.pieces[0]
        end = self.pieces[1][1] - 1 if len(self.pieces) > 1 else len(self.text)
        return label, (unit_base, unit_base + end - base)


@dataclass(frozen=True)
class Finding:
    """One difference between two segments, before it becomes a :class:`Divergence`.

    Attributes:
        check: ``polarity`` or ``modality``.
        subtype: ``negation-added``, ``negation-dropped``, ``antonym``, ``stance-flip``,
            ``weakened`` or ``strengthened``.
        name: the concept or scale concerned ("" for negations).
        pivot_cue: the cue on the pivot side, when there is one.
        other_cue: the cue on the other side, when there is one.
        steps: modality only, the number of levels between the two sides.
        message: the explanation.
    """

    check: str
    subtype: str
    name: str
    pivot_cue: CueMatch | None
    other_cue: CueMatch | None
    steps: int
    message: str


def split_clauses(units: Sequence[Unit]) -> list[Segment]:
    """The clauses of units: their sentences, cut after ``;`` and the Greek upper stop."""
    return [clause for sentence in _sentences(units) for clause in _clauses(sentence)]


def _sentences(units: Sequence[Unit]) -> list[Segment]:
    out: list[Segment] = []
    for unit in units:
        for a, b in unit.sentences or ((0, len(unit.text)),):
            if unit.text[a:b].strip():
                out.append(Segment(unit.text[a:b], ((unit.label, 0, a),)))
    return out


def _clauses(segment: Segment) -> list[Segment]:
    """A segment cut after each clause break; pieces keep the way back to the units."""
    out: list[Segment] = []
    start = 0
    for match in [*CLAUSE_BREAK.finditer(segment.text), None]:
        end = match.start() if match else len(segment.text)
        if segment.text[start:end].strip():
            out.append(_slice(segment, start, end))
        start = match.end() if match else end
    return out


def _slice(segment: Segment, start: int, end: int) -> Segment:
    pieces = []
    for label, base, unit_base in segment.pieces:
        if base < end:
            pieces.append((label, max(base - start, 0), unit_base + max(start - base, 0)))
    pieces = [p for k, p in enumerate(pieces) if k == len(pieces) - 1 or pieces[k + 1][1] > 0]
    return Segment(segment.text[start:end], tuple(pieces))


def whole_segment(units: Sequence[Unit]) -> Segment:
    """All units of a bead side as one segment, joined by a space (as :class:`BeadView`)."""
    pieces: list[tuple[str, int, int]] = []
    offset = 0
    for unit in units:
        pieces.append((unit.label, offset, 0))
        offset += len(unit.text) + 1
    return Segment(" ".join(u.text for u in units), tuple(pieces))


SegmentPair = tuple[Segment, Segment, str]


def pair_segments(view: BeadView, ctx: CheckContext) -> list[SegmentPair]:
    """The aligned (pivot, other, granularity) segments of a bead, finest first.

    Granularity ``clause``: the bead's clauses correspond one to one. Otherwise its
    sentences are paired (one to one, or with :func:`compare.align.sentences.
    align_unit_sentences` when the run has an encoder) and, inside each sentence pair, the
    clauses where their counts agree (``clause``) or the sentences (``sentence``). Without
    an encoder and with different sentence counts, the whole units are one ``unit`` pair.
    """
    p_clauses, o_clauses = split_clauses(view.pivot_units), split_clauses(view.other_units)
    if p_clauses and len(p_clauses) == len(o_clauses):
        return [(p, o, "clause") for p, o in zip(p_clauses, o_clauses)]
    sentences = _sentence_pairs(view, ctx)
    if sentences is None:
        return [(whole_segment(view.pivot_units), whole_segment(view.other_units), "unit")]
    out: list[SegmentPair] = []
    for p_sent, o_sent in sentences:
        p_parts, o_parts = _clauses(p_sent), _clauses(o_sent)
        if p_parts and len(p_parts) == len(o_parts):
            out += [(p, o, "clause") for p, o in zip(p_parts, o_parts)]
        else:
            out.append((p_sent, o_sent, "sentence"))
    return out


def _sentence_pairs(view: BeadView, ctx: CheckContext) -> list[tuple[Segment, Segment]] | None:
    p_sents, o_sents = _sentences(view.pivot_units), _sentences(view.other_units)
    if p_sents and len(p_sents) == len(o_sents):
        return list(zip(p_sents, o_sents))
    if ctx.encoder is None or not p_sents or not o_sents:
        return None
    from compare.align.sentences import align_unit_sentences, join_sentences

    pairs = []
    for bead in align_unit_sentences(view, encoder=ctx.encoder):
        if bead.pivot and bead.other:
            p_join = join_sentences(view.pivot_units, bead.pivot)
            o_join = join_sentences(view.other_units, bead.other)
            pairs.append((_joined(p_join, view.pivot_units), _joined(o_join, view.other_units)))
    return pairs


def _joined(joined: object, units: Sequence[Unit]) -> Segment:
    """A :class:`Segment` from the aligner's joined sentences (``text``, ``parts``)."""
    pieces = tuple(
        (units[u].label, text_start, unit_start)
        for u, unit_start, text_start, _ in joined.parts  # type: ignore[attr-defined]
    )
    return Segment(joined.text, pieces)  # type: ignore[attr-defined]


# --- polarity -------------------------------------------------------------------------------


def polarity_findings(
    pivot_text: str, pivot_lang: str, other_text: str, other_lang: str
) -> list[Finding]:
    """Negations added or dropped, antonyms and stance flips between two aligned texts.

    A negation difference together with a single antonym in the same clause cancel out:
    "nicht friedlich" for "violent", "not violent" for "friedlich" say the same thing.
    """
    p_cues = _with_quoted(get_lexicon(pivot_lang).polarity_cues(pivot_text), pivot_text, pivot_lang)
    o_cues = _with_quoted(get_lexicon(other_lang).polarity_cues(other_text), other_text, other_lang)
    pivot = language_name(pivot_lang)
    negation = list(_negation(p_cues, o_cues, other_lang, pivot))
    antonyms: list[Finding] = []
    for concept in CONCEPTS:
        p_poles, o_poles = _poles(p_cues, concept), _poles(o_cues, concept)
        antonyms += _antonym(concept, p_poles, o_poles, other_lang, pivot)
    if negation and len(antonyms) == 1:
        negation, antonyms = [], []
    p_stance = _stance(get_lexicon(pivot_lang).scale_cues(pivot_text))
    o_stance = _stance(get_lexicon(other_lang).scale_cues(other_text))
    return negation + antonyms + list(_antonym("stance", p_stance, o_stance, other_lang, pivot))


#: A passage in double quotation marks (German, English, French and other styles; not the
#: single marks, which double as apostrophes).
_QUOTED = re.compile(r"[„“”\"«»]\s?([^„“”\"«»]{1,80}?)\s?[“”\"»«]")


def _with_quoted(cues: list[CueMatch], text: str, lang: str) -> list[CueMatch]:
    """The cues, with the negations of English passages quoted in a text of another
    language ("ein „Did not Finish“ erhielt"): the quote keeps its negation, which the
    language's own lexicon does not know, and the other versions translate it."""
    if lang == "en":
        return cues
    english = get_lexicon("en")
    quoted = [
        replace(cue, start=cue.start + m.start(1), end=cue.end + m.start(1))
        for m in _QUOTED.finditer(text)
        for cue in english.polarity_cues(m.group(1))
        if cue.kind == "negation"
    ]
    return sorted([*cues, *quoted], key=lambda c: c.start) if quoted else cues


def _negation(
    p_cues: list[CueMatch], o_cues: list[CueMatch], lang: str, pivot: str
) -> Iterator[Finding]:
    p_neg = [c for c in p_cues if c.kind == "negation"]
    o_neg = [c for c in o_cues if c.kind == "negation"]
    if bool(p_neg) == bool(o_neg):
        return
    bare = [c for c in (o_cues if p_neg else p_cues) if c.kind == "concord"]
    if not bare and _explaining(o_cues if p_neg else p_cues):
        # "failed to" for "nicht", "without restriction" for "ohne Einschränkung"; a concord
        # word left without its negator shows where the negation was lost
        return
    negated = p_neg or o_neg
    poles = [_negated_pole(n, p_cues if p_neg else o_cues) for n in negated]
    other_side = o_cues if p_neg else p_cues
    rephrased = [p for p in poles if p is not None and not _poles(other_side, p.name)]
    if len(rephrased) == len(negated):
        # "nicht frei" / "occupied": the negated terms are not on the other side at all,
        # so an antonym the lexicon lacks may say the same; shown, but only as a hint
        pole = rephrased[0]
        side = pivot if p_neg else lang
        yield Finding(
            "polarity", "negation-rephrased", pole.name, p_neg[0] if p_neg else None,
            o_neg[0] if o_neg else None, 0,
            f"{side} negates {pole.text!r} ({negated[0].text!r}); the other version has "
            f"neither the negation nor {pole.text!r}: an antonym may say the same",
        )  # fmt: skip
    elif o_neg:
        yield Finding(
            "polarity", "negation-added", "", None, o_neg[0], 0,
            f"{lang} adds a negation ({o_neg[0].text!r}) that the {pivot} clause does not have",
        )  # fmt: skip
    else:
        why = (
            f" (it keeps {bare[0].text!r} without the negator its grammar requires with it)"
            if bare else ""
        )  # fmt: skip
        yield Finding(
            "polarity", "negation-dropped", "", p_neg[0], None, 0,
            f"{lang} drops the {pivot} negation {p_neg[0].text!r}{why}",
        )  # fmt: skip


def _negated_pole(negator: CueMatch, cues: Iterable[CueMatch]) -> CueMatch | None:
    """The evaluative term a negator stands right before ("nicht frei", "not peaceful"),
    within :data:`NEGATED_POLE_GAP` characters."""
    return next(
        (c for c in cues if c.kind == "pole" and 0 <= c.start - negator.end <= NEGATED_POLE_GAP),
        None,
    )


def _explaining(cues: Iterable[CueMatch]) -> int:
    """Weak cues and idioms: on the side without a negator, they may stand for the missing
    negator ("unterlassen" / "failed to")."""
    return sum(c.kind in ("weak", "idiom") for c in cues)


def _poles(cues: Iterable[CueMatch], concept: str) -> list[CueMatch]:
    return [c for c in cues if c.kind == "pole" and c.name == concept]


def _stance(cues: Iterable[CueMatch]) -> list[CueMatch]:
    """Evaluative verbs as poles: welcomes (+1), condemns, regrets, is concerned (-1)."""
    return [
        CueMatch("pole", "stance", STANCE_SIGNS[c.name], c.start, c.end, c.text)
        for c in cues
        if c.kind == "scale" and c.name in STANCE_SIGNS
    ]


def _antonym(
    concept: str, pivot: list[CueMatch], other: list[CueMatch], lang: str, name: str
) -> Iterator[Finding]:
    """A pole the pivot (named ``name``) has more often, where the other version has the
    opposite pole."""
    for sign in (1, -1):
        p_this = [c for c in pivot if c.value == sign]
        o_this = [c for c in other if c.value == sign]
        p_opp = [c for c in pivot if c.value == -sign]
        o_opp = [c for c in other if c.value == -sign]
        if len(p_this) > len(o_this) and len(o_opp) > len(p_opp):
            p_cue, o_cue = p_this[len(o_this)], o_opp[len(p_opp)]
            yield Finding(
                "polarity", "stance-flip" if concept == "stance" else "antonym", concept,
                p_cue, o_cue, 0,
                f"{lang} says {o_cue.text!r} where the {name} says {p_cue.text!r} "
                f"({_gloss(concept, sign)} -> {_gloss(concept, -sign)})",
            )  # fmt: skip
            return


def _gloss(concept: str, sign: int) -> str:
    if concept == "stance":
        return "positive" if sign > 0 else "negative"
    plus, minus = CONCEPTS[concept]
    return plus if sign > 0 else minus


# --- modality -------------------------------------------------------------------------------


def modality_findings(
    pivot_text: str, pivot_lang: str, other_text: str, other_lang: str
) -> list[Finding]:
    """Scales whose strongest level differs between two aligned texts.

    Cues of the same level on both sides cancel out first, so that a clause with "must" and
    "can" against one with "can" alone is an omission (the omission check's business), not
    a weakening; the strongest remaining cues of each side are then compared.
    """
    p_cues = get_lexicon(pivot_lang).scale_cues(pivot_text)
    o_cues = get_lexicon(other_lang).scale_cues(other_text)
    pivot = language_name(pivot_lang)
    out: list[Finding] = []
    for scale in SCALES:
        compared = _compared(scale, _on_scale(p_cues, scale), _on_scale(o_cues, scale))
        if compared is None:
            continue
        p_top, o_top = compared
        steps = abs(p_top.value - o_top.value)
        weaker = o_top.value < p_top.value
        levels = SCALES[scale]
        out.append(
            Finding(
                "modality",
                "weakened" if weaker else "strengthened",
                scale,
                p_top,
                o_top,
                steps,
                f"{other_lang} {'weakens' if weaker else 'strengthens'} the {scale}: {pivot} "
                f"{p_top.text!r} ({levels[p_top.value]}) -> {o_top.text!r} "
                f"({levels[o_top.value]}), {steps} level{'s' if steps > 1 else ''}",
            )  # fmt: skip
        )
    return out


def _compared(
    scale: str, pivot: list[CueMatch], other: list[CueMatch]
) -> tuple[CueMatch, CueMatch] | None:
    """The two cues of ``scale`` that differ, one per side, or None.

    Most scales: equal levels cancel, then the strongest cues left are compared. Scales of
    :data:`SINGLE_CUE_SCALES` (modal verbs) are compared only with as many cues on each
    side and the pivot's all of one level ("solle ..., solle niemals" / "deve ..., nunca
    pode"): then the other side's weakest cue is compared with it (or its strongest, when
    none is weaker). With modals of several levels ("ohne ... Angst haben müssen, ... ausüben
    können") which one corresponds to which is unknown.
    """
    if scale in SINGLE_CUE_SCALES:
        if len(pivot) != len(other) or len({c.value for c in pivot}) != 1:
            return None
        level = pivot[0].value
        weakest = min(other, key=lambda c: c.value)
        strongest = max(other, key=lambda c: c.value)
        chosen = weakest if weakest.value < level else strongest
        return None if chosen.value == level else (pivot[0], chosen)
    p_rest, o_rest = _unmatched(pivot, other)
    if not p_rest or not o_rest:
        return None
    p_top = max(p_rest, key=lambda c: c.value)
    o_top = max(o_rest, key=lambda c: c.value)
    return None if p_top.value == o_top.value else (p_top, o_top)


def _on_scale(cues: Iterable[CueMatch], scale: str) -> list[CueMatch]:
    """The cues of ``scale``; "takes note" counts as level 0 of the stance scales."""
    return [c for c in cues if c.name == scale or (c.name == NOTE and scale in STANCE_SCALES)]


def _unmatched(
    pivot: list[CueMatch], other: list[CueMatch]
) -> tuple[list[CueMatch], list[CueMatch]]:
    """The cues left on each side once cues of equal level are paired off."""
    rest = list(other)
    p_rest: list[CueMatch] = []
    for cue in pivot:
        twin = next((c for c in rest if c.value == cue.value), None)
        if twin is None:
            p_rest.append(cue)
        else:
            rest.remove(twin)
    return p_rest, rest


def compare_segments(
    pivot_text: str, pivot_lang: str, other_text: str, other_lang: str
) -> list[Finding]:
    """Polarity and modality findings between two aligned texts (clauses or units).

    Args:
        pivot_text: the German (pivot) text.
        pivot_lang: its language code.
        other_text: the other version's text.
        other_lang: its language code.

    Raises:
        InputError: a language without a lexicon.
    """
    return polarity_findings(pivot_text, pivot_lang, other_text, other_lang) + (
        modality_findings(pivot_text, pivot_lang, other_text, other_lang)
    )


# --- the checks -----------------------------------------------------------------------------


class _CueCheck(Check):
    """Shared driver: pair the clauses of each 1-1 (or n:m) bead, compare their cues."""

    def check_bead(self, view: BeadView, ctx: CheckContext) -> Iterable[Divergence]:
        if not view.bead.pivot or not view.bead.other:
            return
        for p_seg, o_seg, granularity in pair_segments(view, ctx):
            for finding in self.findings(p_seg.text, view.pivot_lang, o_seg.text, view.lang):
                yield self._to_flag(view, finding, p_seg, o_seg, granularity)

    def findings(self, p_text: str, p_lang: str, o_text: str, o_lang: str) -> list[Finding]:
        raise NotImplementedError

    def severity(self, finding: Finding, granularity: str) -> str:
        raise NotImplementedError

    def _to_flag(
        self, view: BeadView, finding: Finding, p_seg: Segment, o_seg: Segment, granularity: str
    ) -> Divergence:
        p_unit, p_span = p_seg.locate(finding.pivot_cue.span) if finding.pivot_cue else (
            p_seg.whole()
        )  # fmt: skip
        o_unit, o_span = o_seg.locate(finding.other_cue.span) if finding.other_cue else (
            o_seg.whole()
        )  # fmt: skip
        paired = granularity != "unit"
        confidence = (PAIRED_CONFIDENCE if paired else UNIT_CONFIDENCE) * max(view.bead.score, 0.5)
        evidence: dict[str, object] = {"subtype": finding.subtype, "granularity": granularity}
        if finding.name:
            evidence["concept" if finding.check == "polarity" else "scale"] = finding.name
        if finding.steps:
            evidence["steps"] = finding.steps
            evidence["pivot_level"] = finding.pivot_cue.value if finding.pivot_cue else ""
            evidence["other_level"] = finding.other_cue.value if finding.other_cue else ""
        evidence["pivot_clause"] = p_seg.text[:300]
        evidence["other_clause"] = o_seg.text[:300]
        return self.flag(
            view, self.severity(finding, granularity), confidence,
            f"{view.lang} {o_unit}: {finding.message}",
            pivot_unit=p_unit, other_unit=o_unit, pivot_span=p_span, other_span=o_span,
            pivot_text=_text_at(view, p_unit, p_span, pivot=True),
            other_text=_text_at(view, o_unit, o_span, pivot=False),
            evidence=evidence,
        )  # fmt: skip


def _text_at(view: BeadView, label: str, span: Span, *, pivot: bool) -> str:
    units = view.pivot_units if pivot else view.other_units
    for unit in units:
        if unit.label == label:
            return unit.text[span[0] : span[1]]
    return ""


@register
class PolarityCheck(_CueCheck):
    name = "polarity"
    description = "negation added or dropped; evaluative term or verb turned into its antonym"

    def findings(self, p_text: str, p_lang: str, o_text: str, o_lang: str) -> list[Finding]:
        return polarity_findings(p_text, p_lang, o_text, o_lang)

    def severity(self, finding: Finding, granularity: str) -> str:
        if finding.subtype == "negation-rephrased":
            return "info"
        return "warning" if granularity == "unit" else "error"


@register
class ModalityCheck(_CueCheck):
    name = "modality"
    description = "demand, obligation or stance weakened or strengthened (urges -> invites)"

    def findings(self, p_text: str, p_lang: str, o_text: str, o_lang: str) -> list[Finding]:
        return modality_findings(p_text, p_lang, o_text, o_lang)

    def severity(self, finding: Finding, granularity: str) -> str:
        if finding.steps >= ERROR_STEPS:
            return "error"
        if finding.subtype == "strengthened" and finding.name in LENIENT_STRENGTHENING:
            return "info"
        return "warning"


def flag_rates(
    report: Report, checks: Sequence[str] = ("polarity", "modality")
) -> list[tuple[str, int, int, int]]:
    """(language, units, warnings, errors) of the ``checks`` flags of each version.

    Example:
        >>> from compare.pipeline import compare_folder, load_folder
        >>> report = compare_folder(load_folder("corpora/ep-ta-9-2022-0012"),
        ...                         checks=["polarity", "modality"])  # doctest: +SKIP
        >>> flag_rates(report)[:1]                                     # doctest: +SKIP
        [('bg', 63, 0, 0)]
    """
    rows = []
    for result in report.results:
        flags = [d for d in result.divergences if d.type in checks]
        warnings = sum(d.severity == "warning" for d in flags)
        errors = sum(d.severity == "error" for d in flags)
        rows.append((result.lang, len(result.alignment.other.units), warnings, errors))
    return rows


def rates_table(rows: Sequence[tuple[str, int, int, int]]) -> str:
    """A Markdown table of :func:`flag_rates`, with flags per 100 units and a total row."""
    lines = ["| lang | units | warnings | errors | per 100 units |", "|---|---|---|---|---|"]
    for lang, units, warnings, errors in rows:
        rate = _per100(units, warnings + errors)
        lines.append(f"| {lang} | {units} | {warnings} | {errors} | {rate} |")
    units = sum(r[1] for r in rows)
    flags = sum(r[2] + r[3] for r in rows)
    lines.append(
        f"| all | {units} | {sum(r[2] for r in rows)} | {sum(r[3] for r in rows)} "
        f"| {_per100(units, flags)} |"
    )
    return "\n".join(lines)


def _per100(units: int, flags: int) -> str:
    return f"{100 * flags / units:.2f}" if units else "-"
