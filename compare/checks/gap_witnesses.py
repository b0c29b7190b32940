"""Omissions and additions that only the other versions reveal.

The omission check (:mod:`compare.checks.omission`) weighs a run of unaligned words by
what one language pair shows: how much longer than usual its side is, how much more
similar the clause becomes without it. In a long paragraph a dropped clause of six words
hardly moves either, and such runs stay below the check's evidence (or are never word
aligned). When many versions are compared, they are the better witnesses:

- **omission** in version L: a run of at least :data:`WITNESSED_CONTENT_WORDS` German content
  words that the word aligner leaves unlinked in L's counterpart of the German unit, which
  at least :data:`HAVE_SHARE` of the other versions (the voters) link, and whose wording
  in those versions links to L's text in fewer than :data:`FOUND_SHARE` of them (traced as
  in :mod:`compare.checks.gap_consensus`): the others translate the passage, and nothing
  of their translation is in L.
- **addition** in version L: a run of at least :data:`WITNESSED_CONTENT_WORDS` content words of
  L that is linked neither to the German nor, in any voter, to that voter's counterpart
  of the German (:data:`ADDITION_SHARE`). A link to the German weaker than
  :data:`WEAK_LINK` does not count in a run of :data:`ERROR_CONTENT_WORDS` or more.

Either run must explain the pair's length (:data:`MIN_EXPLAINED`), unless the length backs
it strongly (an omission explaining it by more than :data:`LENGTH_BACKED` sd, an addition in
a version longer than usual); then the witnesses also need show less (:func:`demands`): an
omission of two content words that 60% of the voters link, an addition of four content
words that one voter in ten may link.

Only pairs that the word aligner links well take part: where faithful translation of the
pair leaves more than :data:`MAX_UNLINKED` of the content words unlinked
(:mod:`compare.checks.calibration`, FLORES-200), a run of unlinked words is common in
faithful text (German-Maltese 0.23, German-Irish 0.20; every other pair with German 0.05 to
0.13). A run that an omission or addition flag of the version already covers is left to
that flag; an ``info`` hint it overlaps is replaced by the new flag.

The thresholds were chosen on injected variants (injection seed 3: two corpus variants per
language and six FLORES articles in all 24 languages) against the faithful versions of the
same documents; ``python -m benchmarks.eval_divergence`` checks them on other seeds.

Example:
    >>> find_witnessed_gaps([], encoder=None)   # nothing to compare
    []
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from compare.align.words import TokenVectorMemo, WordAlignment, WordRun
from compare.checks.base import all_formulas
from compare.checks.calibration import calibration, expected
from compare.checks.extract.names import is_acronym
from compare.checks.gap_consensus import (
    GAP_TYPES,
    MIN_VOTERS,
    LinkMemo,
    Witnesses,
    counterpart_units,
    witnesses_of,
)
from compare.checks.omission import ERROR_CONTENT_WORDS, quote
from compare.encode.encoder import Encoder
from compare.types import Alignment, Bead, Divergence, LanguageResult

#: Content words a run needs. Runs of two are common in faithful versions: at the shares
#: below, the faithful corpus versions had 45 omission runs of two or more content words
#: and 4 of three or more (6 more injected corpus omissions found with two).
WITNESSED_CONTENT_WORDS = 3
#: Omissions: share of the voters that must link the German run. Voters that the word
#: aligner links badly (Maltese, Irish) often fail to link a passage they have, so nearly
#: all, not all, are asked for: 0.9 found 40 of 131 injected FLORES omissions, 0.8 found 48,
#: both with no run on the faithful versions of the same articles.
HAVE_SHARE = 0.8
#: Omissions: the flagged version has the passage in other words when at least this share
#: of the traced voters' wording links to its text. Injected omissions were traced at a
#: median of 0.05, faithful runs at 0.4 to 0.5; 0.3 instead of 0.2 found 4 more of 131
#: injected FLORES omissions for 6 more runs on the faithful corpus versions and 5 more on
#: the faithful articles of ``benchmarks.faithful_flores``.
FOUND_SHARE = 0.2
#: Additions: the largest share of voters that may link the run: none. Allowing one voter
#: in twenty (0.05) found 3 more of 46 corpus additions for 13 more flags on the faithful
#: corpus versions.
ADDITION_SHARE = 0.0
#: Pairs whose faithful translations leave more than this share of content words unlinked
#: (calibration) are left out: on the faithful corpus, Maltese alone drew 28 omission runs
#: of three or more content words that 90% of the voters linked and fewer than 20% traced
#: into the Maltese text.
MAX_UNLINKED = 0.15
#: The run must explain the pair's length: without it, the length ratio of the German
#: text and the version's is closer to what faithful translation of the pair shows (by
#: more than this many sd). A passage the version lacks makes it shorter than usual by
#: about the passage; a run the word aligner merely failed to link does not. On the
#: faithful FLORES articles of ``benchmarks.faithful_flores`` this removed 5 of the 7
#: runs the witnesses showed (Finnish, Greek and Estonian sentences reworded around the
#: run, a Spanish one in another order), on the faithful corpus versions 5 of 8; of the
#: injected runs it kept 44 of 48 FLORES omissions and 39 of 41 additions, 21 of 22 corpus
#: omissions and 27 of 30 additions (injection seed 3; Maltese and Irish left out).
MIN_EXPLAINED = 0.0
#: The looser rules (:func:`demands`): an omission that explains the pair's length by more
#: than this many sd, or an addition in a version longer than usual
#: (:data:`BACKED_LONGER_Z`), is backed by the length, and the witnesses need show less:
#: an omission needs :data:`BACKED_CONTENT_WORDS` content words that
#: :data:`BACKED_HAVE_SHARE` of the voters link, an addition :data:`ERROR_CONTENT_WORDS`
#: content words that at most :data:`BACKED_ADDITION_SHARE` of them link. The shares of a
#: faithful run are noisy where one or two voters link a name or a shared word by chance,
#: or where the word aligner misses a reworded passage in several voters; a passage that
#: accounts for a whole sd of the length, or a long clause in a version that is too long,
#: is seldom a rewording. On injection seed 3 (Maltese and Irish left out) the looser
#: rules found 17 more of 131 injected FLORES omissions, 2 more of 46 corpus omissions,
#: 13 more of 87 FLORES additions and 5 more of 46 corpus additions, for 1 more run on
#: the faithful corpus versions, 1 on the faithful FLORES articles of the injection and 1
#: on those of ``benchmarks.faithful_flores`` (a Croatian addition the review flags
#: already). Omissions backed from 1.5 sd instead found 10 fewer.
LENGTH_BACKED = 1.0
#: Additions: the looser rule holds in a version whose length z (with the run) is above
#: this. Asking the run to explain the length by 1 sd instead found 6 fewer FLORES and 2
#: fewer corpus additions, with the same runs on the faithful versions.
BACKED_LONGER_Z = 0.0
#: Content words of a length-backed omission.
BACKED_CONTENT_WORDS = 2
#: Share of the voters that must link a length-backed omission.
BACKED_HAVE_SHARE = 0.6
#: Largest share of the voters that may link a length-backed addition.
BACKED_ADDITION_SHARE = 0.1
#: Additions: a word of the version whose link to the German is less similar than this
#: (cosine of the word vectors) counts as unlinked when runs are sought. An added clause
#: that repeats the topic of its document leaves some of its words linked by chance to
#: German words it does not translate, mostly weakly ("atbrīvojušas" / "bekämpfen" 0.62,
#: "saanud" / "war" 0.48), which cuts the run below the content words it needs; faithful
#: links of content words are seldom that weak (10th percentile 0.55, median 0.70). The
#: witnesses still decide: the voters' links are taken at any strength. A run that is
#: whole only thanks to this needs :data:`ERROR_CONTENT_WORDS` content words: a
#: paraphrase of three words linked weakly to the German word it renders ("de modo que la
#: diferencia sea" for "deutlich") is common in faithful text.
WEAK_LINK = 0.5
#: Evidence key naming how the flag was found.
FOUND_BY = "found_by"


@dataclass(frozen=True)
class Candidate:
    """A run of unlinked content words in one version's comparison with the German.

    Attributes:
        kind: "omission" (a German run) or "addition" (a run of the version).
        unit: index of the run's unit (German for an omission, the version's for an
            addition).
        span: (start, end) in that unit's text.
        content_words: unlinked content words in the run.
        place: (index of the version's unit, offset) where an omitted passage would sit.
        length_z: the length ratio of the German text and the version's text compared
            (version / German), in sd of faithful translation of the pair at that length.
        length_z_after: the same with the run taken out of its side.
        abbreviated: the other side has an unlinked abbreviation, which may stand for the
            run ("der Vereinten Nationen" and the Estonian "ÜRO").
    """

    kind: str
    unit: int
    span: tuple[int, int]
    content_words: int
    place: tuple[int, int] | None = None
    length_z: float = 0.0
    length_z_after: float = 0.0
    abbreviated: bool = False

    def explained(self) -> float:
        """How much closer to usual (in sd) the pair's length ratio is without the run."""
        return abs(self.length_z) - abs(self.length_z_after)


def find_witnessed_gaps(
    results: Sequence[LanguageResult],
    encoder: Encoder | None,
    langs: Collection[str] | None = None,
    types: Collection[str] = GAP_TYPES,
    links: LinkMemo | None = None,
) -> list[LanguageResult]:
    """Add the omissions and additions the other versions reveal to each version's flags.

    Args:
        results: the per-language results of one pivot document.
        encoder: an encoder with token vectors; ``None`` leaves the results unchanged.
        langs: the versions searched (default: all); the others still vote.
        types: the flag types searched ("omission", "addition").
        links: the word alignments already made by the review
            (:func:`compare.checks.gap_consensus.apply_gap_consensus`), to reuse.

    Returns:
        The results, each with its new flags added (and the hints they replace removed).
    """
    results = list(results)
    kinds = [kind for kind in GAP_TYPES if kind in types]
    if encoder is None or not kinds or len(results) < MIN_VOTERS + 1:
        return results
    if links is None:
        memo = encoder if isinstance(encoder, TokenVectorMemo) else TokenVectorMemo(encoder)
        links = LinkMemo(memo)
    revised = []
    for result in results:
        if (langs is not None and result.lang not in langs) or not well_linked(result.alignment):
            revised.append(result)
            continue
        found = [
            flag
            for candidate in candidates(result.alignment, links, kinds)
            if (flag := _judge(candidate, result, results, links)) is not None
        ]
        revised.append(_merged(result, found))
    return revised


def well_linked(alignment: Alignment) -> bool:
    """Whether the word aligner links faithful translation of this pair well enough."""
    unlinked, _ = calibration(alignment.pivot.lang, alignment.other.lang).mass
    return unlinked <= MAX_UNLINKED


def candidates(
    alignment: Alignment, links: LinkMemo, kinds: Collection[str]
) -> Iterator[Candidate]:
    """Runs of unlinked content words, as many as the loosest rule of their kind needs
    (:func:`demands`), bead by bead: German runs against the version's counterpart
    (omissions), the version's runs against the German units of their bead (additions)."""
    for bead in alignment.beads:
        if not bead.pivot or not bead.other:
            continue
        if all_formulas(alignment.pivot.units[i] for i in bead.pivot):
            continue
        if "omission" in kinds:
            yield from _omission_candidates(alignment, bead, links)
        if "addition" in kinds:
            yield from _addition_candidates(alignment, bead, links)


def _omission_candidates(alignment: Alignment, bead: Bead, links: LinkMemo) -> Iterator[Candidate]:
    """Each German unit of the bead against the version's text aligned to it. (In a bead
    that merges German units, one unit's length is compared with the whole counterpart:
    the version looks longer than usual, so no run there explains the length.)"""
    pivot, other = alignment.pivot, alignment.other
    for i in bead.pivot:
        german = pivot.units[i].text
        joined = counterpart_units(alignment, (i,))
        text = " ".join(other.units[j].text for j in joined)
        wa = links(german, pivot.lang, text, other.lang)
        for run in wa.unaligned_runs("src", min(WITNESSED_CONTENT_WORDS, BACKED_CONTENT_WORDS)):
            k, offset = _place(wa, run.first, [len(other.units[j].text) for j in joined])
            lengths = _length_z(alignment, len(german), len(text), run.span, "pivot")
            yield Candidate("omission", i, run.span, run.content_words, (joined[k], offset),
                            *lengths, abbreviated(wa, text))  # fmt: skip


def _addition_candidates(alignment: Alignment, bead: Bead, links: LinkMemo) -> Iterator[Candidate]:
    """Each unit of the version in the bead against the bead's German units. (In a bead
    that splits a German unit, one unit of the version is compared with the whole German:
    it looks shorter than usual, so no run there explains the length.)"""
    pivot, other = alignment.pivot, alignment.other
    german = " ".join(pivot.units[i].text for i in bead.pivot)
    for j in bead.other:
        mine = other.units[j].text
        wa = links(mine, other.lang, german, pivot.lang)
        linked, content = wa.aligned("src"), wa.content_mask("src")
        for run in wa.unaligned_runs("src", WITNESSED_CONTENT_WORDS, WEAK_LINK):
            if run.content_words < ERROR_CONTENT_WORDS and _weakly_linked(run, linked, content):
                continue
            lengths = _length_z(alignment, len(german), len(mine), run.span, "other")
            yield Candidate("addition", j, run.span, run.content_words, None, *lengths,
                            abbreviated(wa, german))  # fmt: skip


def _weakly_linked(run: WordRun, linked: Collection[int], content: np.ndarray) -> bool:
    """Whether a run holds a content word linked only weakly (:data:`WEAK_LINK`): in
    ``linked`` (the words with a link of any strength), though the run counts it as
    unlinked."""
    return any(content[k] and k in linked for k in range(run.first, run.last + 1))


def abbreviated(wa: WordAlignment, target: str) -> bool:
    """Whether the alignment's target text has an abbreviation ("UNO", "ÜRO") it leaves
    unlinked: it may stand for an unlinked run of the source."""
    linked = wa.aligned("tgt")
    return any(k not in linked and is_acronym(target[a:b]) for k, (a, b) in enumerate(wa.tgt_words))


def _length_z(
    alignment: Alignment, german: int, version: int, span: tuple[int, int], side: str
) -> tuple[float, float]:
    """(length z of the pair, length z with the run taken out of ``side``)."""
    exp = expected(alignment.pivot.lang, alignment.other.lang, (german + version) / 2)
    after = exp.length_z_without(german, version, span[1] - span[0], side == "pivot")
    return exp.length_z(german, version), after


def _place(wa: WordAlignment, first: int, lengths: Sequence[int]) -> tuple[int, int]:
    """(which of the joined units, offset) just after the target of the nearest linked
    source word before word ``first`` (the start when there is none)."""
    before = [j for i, j in wa.links if i < first]
    anchor = 0
    if before:
        nearest = max(i for i, _ in wa.links if i < first)
        anchor = max(wa.tgt_words[j][1] for i, j in wa.links if i == nearest)
    for k, length in enumerate(lengths):
        if anchor <= length or k == len(lengths) - 1:
            return k, min(anchor, length)
        anchor -= length + 1
    return 0, 0


def _judge(
    candidate: Candidate,
    result: LanguageResult,
    results: Sequence[LanguageResult],
    links: LinkMemo,
) -> Divergence | None:
    """The candidate as a flag when the witnesses show it, else None."""
    rules = demands(candidate)
    if not rules or candidate.content_words < min(words for words, _ in rules):
        return None  # no rule can hold: the witnesses need not be asked
    flag = _draft(candidate, result.alignment)
    trace_from = min(share for _, share in rules)
    witnesses = witnesses_of(flag, result, results, links, trace_from=trace_from)
    if witnesses is None or not shown(candidate, witnesses):
        return None
    return _finished(flag, candidate, witnesses, result.alignment.pivot.lang)


def demands(candidate: Candidate) -> list[tuple[int, float]]:
    """The rules the witnesses may meet, each as (content words the run needs, share of
    the voters that must link it (omission) or may link it at most (addition)): the first
    where the run explains the pair's length (:data:`MIN_EXPLAINED`), a looser one where
    the length backs it (:func:`backed_by_length`)."""
    if candidate.kind == "addition":
        first = (WITNESSED_CONTENT_WORDS, ADDITION_SHARE)
        looser = (ERROR_CONTENT_WORDS, BACKED_ADDITION_SHARE)
    else:
        first = (WITNESSED_CONTENT_WORDS, HAVE_SHARE)
        looser = (BACKED_CONTENT_WORDS, BACKED_HAVE_SHARE)
    rules = [first] if candidate.explained() > MIN_EXPLAINED else []
    if backed_by_length(candidate):
        rules.append(looser)
    return rules


def backed_by_length(candidate: Candidate) -> bool:
    """Whether the pair's length backs the run strongly: an omission that explains it by
    more than :data:`LENGTH_BACKED` sd, an addition in a version longer than usual
    (:data:`BACKED_LONGER_Z`; a long added clause may overshoot, so it need not explain
    the length). Never where the other side has an unlinked abbreviation, which may stand
    for the run."""
    if candidate.abbreviated:
        return False
    if candidate.kind == "addition":
        return candidate.length_z > BACKED_LONGER_Z
    return candidate.explained() > LENGTH_BACKED


def shown(candidate: Candidate, witnesses: Witnesses) -> bool:
    """Whether the witnesses show the passage missing from (omission) or added by
    (addition) the version under one of the candidate's rules (:func:`demands`)."""
    if len(witnesses.voters) < MIN_VOTERS:
        return False
    return any(_meets(candidate, witnesses, words, share) for words, share in demands(candidate))


def _meets(candidate: Candidate, witnesses: Witnesses, content_words: int, share: float) -> bool:
    if candidate.content_words < content_words:
        return False
    if candidate.kind == "addition":
        return witnesses.share <= share
    return (
        witnesses.share >= share
        and len(witnesses.traced) >= MIN_VOTERS
        and witnesses.found_share < FOUND_SHARE
    )


def _draft(candidate: Candidate, alignment: Alignment) -> Divergence:
    """The candidate as an unjudged flag (located, for :func:`witnesses_of`)."""
    pivot, other = alignment.pivot, alignment.other
    if candidate.kind == "omission":
        unit = pivot.units[candidate.unit]
        there = other.units[candidate.place[0]].label if candidate.place else None
        a, b = candidate.span
        return Divergence(
            lang=other.lang, type="omission", severity="info", score=0.0,
            pivot_unit=unit.label, other_unit=there, pivot_span=candidate.span,
            other_span=None, pivot_text=unit.text[a:b], other_text="", message="",
        )  # fmt: skip
    unit = other.units[candidate.unit]
    german = [pivot.units[i].label for bead in alignment.beads if candidate.unit in bead.other
              for i in bead.pivot]  # fmt: skip
    a, b = candidate.span
    return Divergence(
        lang=other.lang, type="addition", severity="info", score=0.0,
        pivot_unit=german[0] if german else None, other_unit=unit.label, pivot_span=None,
        other_span=candidate.span, pivot_text="", other_text=unit.text[a:b], message="",
    )  # fmt: skip


def _finished(
    flag: Divergence, candidate: Candidate, witnesses: Witnesses, pivot_lang: str
) -> Divergence:
    """The drafted flag with its severity, score, message and evidence."""
    having, voters = len(witnesses.having), len(witnesses.voters)
    evidence = {
        "content_words": str(candidate.content_words),
        "extent": "words",
        FOUND_BY: "other versions",
        "versions_with_passage": f"{having} of {voters}",
    }
    if flag.type == "omission":
        found, traced = len(witnesses.found), len(witnesses.traced)
        evidence["found_through"] = f"{found} of {traced}"
        if candidate.place:
            evidence["counterpart_position"] = f"{flag.other_unit}:{candidate.place[1]}"
        where = f"{pivot_lang} {flag.pivot_unit}: passage with no counterpart in {flag.lang}"
        where += f" {flag.other_unit}"
        text = flag.pivot_text
        why = (f"{having} of {voters} other versions translate it; the wording of {found} of "
               f"{traced} links to this version's text")  # fmt: skip
        score = witnesses.share * (1.0 - witnesses.found_share)
    else:
        where = f"{flag.lang} {flag.other_unit}: passage with no counterpart in {pivot_lang}"
        where += f" {flag.pivot_unit}"
        text = flag.other_text
        why = (f"none of {voters} other versions has a counterpart" if not having
               else f"only {having} of {voters} other versions have a counterpart")  # fmt: skip
        score = 1.0 - 0.5**candidate.content_words
    evidence["length_z"] = f"{candidate.length_z:+.2f}"
    evidence["length_z_after"] = f"{candidate.length_z_after:+.2f}"
    why += f"; {_length_line(candidate)}"
    severity = "error" if candidate.content_words >= ERROR_CONTENT_WORDS else "warning"
    return replace(
        flag,
        severity=severity,
        score=round(score, 4),
        message=f"{where}: {quote(text)} (found through the other versions: {why})",
        evidence=tuple(evidence.items()),
    )


def _length_line(candidate: Candidate) -> str:
    """How far the version's length is from faithful translation of the pair, as the
    flag's reason ("this version is 2.4 sd shorter than usual, 0.3 sd shorter than usual
    against the German without the passage")."""
    after = (
        "against the German without the passage" if candidate.kind == "omission"
        else "without the passage"
    )  # fmt: skip
    return f"this version is {_sd(candidate.length_z)}, {_sd(candidate.length_z_after)} {after}"


def _sd(z: float) -> str:
    if round(z, 1) == 0:
        return "as long as usual"
    return f"{abs(z):.1f} sd {'shorter' if z < 0 else 'longer'} than usual"


def _merged(result: LanguageResult, found: Sequence[Divergence]) -> LanguageResult:
    """The result with the new flags added: a flag that overlaps a warning or error of
    its type is dropped, an info hint that a new flag overlaps is removed."""
    kept = list(result.divergences)
    added = []
    for flag in found:
        same = [f for f in kept if f.type == flag.type and _overlaps(f, flag)]
        if any(f.severity != "info" for f in same):
            continue
        kept = [f for f in kept if f not in same]
        added.append(flag)
    if not added:
        return result
    return replace(result, divergences=(*kept, *added))


def _overlaps(a: Divergence, b: Divergence) -> bool:
    """Same unit and overlapping spans on the side the flag type is located on."""
    if a.type == "omission":
        units, spans = (a.pivot_unit, b.pivot_unit), (a.pivot_span, b.pivot_span)
    else:
        units, spans = (a.other_unit, b.other_unit), (a.other_span, b.other_span)
    if units[0] != units[1] or spans[0] is None or spans[1] is None:
        return False
    return spans[0][0] < spans[1][1] and spans[1][0] < spans[0][1]
