"""Omissions and additions across versions: do the other versions have the passage?

An omission or addition flag of the word kind (:mod:`compare.checks.omission`, evidence
``extent: words``) says that a run of words on one side has no counterpart on the other.
Faithful translation leaves such runs too (paraphrase, compounds, word order), and one
language pair alone tells them apart badly. When several versions are compared, the
others are witnesses. For a flag on version L, each other version M in which the flagged
German unit is aligned to text is a *voter*:

- an **omission** in L (a German run): M *has the passage* when the word aligner links at
  least :data:`LINKED_SHARE` of the run's content words to M's counterpart of the German
  unit. A passage that the other versions translate and L does not is missing in L; one
  that many versions leave unlinked is hard to link (an idiom, a compound), not missing.
- an **addition** in L (a run of L): M has the passage when the run's words link to M's
  counterpart of the German unit(s) aligned to L's unit. Added content has no counterpart
  in any other version; a faithful rephrasing of L usually has one in some of them.

The share of voters that have the passage shifts the flag's evidence:
``evidence + weight * (share - centre)`` (:data:`OMISSION_WEIGHT` and
:data:`OMISSION_CENTRE` for omissions, where a high share supports the flag;
:data:`ADDITION_WEIGHT` and :data:`ADDITION_CENTRE` for additions, where a low share does),
and the severity is decided again from the shifted evidence by the omission check's own
rule (:func:`compare.checks.omission.word_run_severity`): warning from ``WARNING_EVIDENCE``,
error from ``ERROR_EVIDENCE`` with ``ERROR_CONTENT_WORDS`` content words, info below, and a
hint where the run's side is not longer than usual. That last condition is lifted when
nearly all witnesses vouch for the flag (:data:`VOUCHED_OMISSION`,
:data:`VOUCHED_ADDITION`). An omission they vouch for is *traced* first: each voter's own
words for the German run are word-aligned with L's text. When they link there through
:data:`FOUND_THROUGH` of the voters or more, L has the passage in other words (the German-L
alignment missed a paraphrase): the vouching is withdrawn, and the witnesses no longer raise
the evidence. An addition that at least half of the voters have (:data:`MAJORITY_HAS`) is
a hint at most: the flagged version shares it with most others. Otherwise a run naming a
place the other side lacks stays at least a warning, as the check decided. The centres are
the shares at which the shift is zero: there the decision is the check's own evidence
threshold. Weights and centres were chosen on injected omissions and additions (injection
seed 3, two corpus variants per language and six FLORES articles in all 24 languages; see
docs/words-and-semantics.md) and are checked by ``python -m benchmarks.eval_divergence``,
whose default sample uses other seeds and articles.

With fewer than :data:`MIN_VOTERS` voters the flag is left as it is. Flags of whole
sentences and clauses (their own, stronger evidence) are left as they are.

Example:
    >>> apply_gap_consensus([], encoder=None)   # nothing to compare
    []
"""

from __future__ import annotations

import logging
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from compare.align.words import DISTORTION, WordAlignment, align_words
from compare.checks.omission import WARNING_EVIDENCE, WORD_METHOD, word_run_severity
from compare.encode.encoder import Encoder
from compare.report.base import unit_index
from compare.types import Alignment, Divergence, LanguageResult

log = logging.getLogger(__name__)

#: Flag types reviewed here.
GAP_TYPES = ("omission", "addition")
#: Fewest voters (other versions with the unit aligned) for a review; with fewer, a share
#: moves in steps of a third or more.
MIN_VOTERS = 3
#: Share of the run's content words a voter must link to have the passage.
LINKED_SHARE = 0.5
#: Omissions: evidence shift per unit of share, and the share with no shift. On the
#: injection data the omitted German runs were linked in a median 0.86-0.91 of the other
#: versions, the German runs faithful versions leave unlinked in 0.68-0.77: a weak signal,
#: weighted lightly.
OMISSION_WEIGHT = 2.0
OMISSION_CENTRE = 0.75
#: Additions: an added run was linked in a median 0 of the other versions (90th
#: percentile 0.18-0.41), the runs faithful versions leave unlinked in 0.59-0.64: a strong
#: signal, weighted heavily.
ADDITION_WEIGHT = 6.0
ADDITION_CENTRE = 0.25
#: Shares at which the witnesses vouch for a flag: an omission that at least 90% of them
#: translate, an addition that at most 10% of them have. Then the check's rule that the
#: run's side must be longer than usual (``MIN_LONGER_Z``) is lifted: the witnesses are the
#: stronger evidence.
VOUCHED_OMISSION = 0.9
VOUCHED_ADDITION = 0.1
#: Additions: a passage that at least this share of the other versions has is not added
#: by the flagged version (it may be missing from the German); such a flag is a hint at
#: most, even where the run names a place. Few injected additions reach this share (90th
#: percentile: 0.05).
MAJORITY_HAS = 0.5
#: Omissions the other versions vouch for are traced: each voter's words for the German
#: run are word-aligned with the flagged version's text. When at least this share of the
#: traced voters find their words there, the flagged version has the passage in other
#: words, and the vouching is withdrawn. On the injection data (seed 3) the traced share
#: of injected omissions had a median of 0.05 (75th percentile 0.27), that of omission
#: flags on faithful versions a median of 0.52 (10th percentile 0.41). Such a flag keeps
#: at most its own evidence.
FOUND_THROUGH = 0.4
#: Evidence key of :mod:`compare.checks.omission` holding a word run's evidence.
EVIDENCE_KEY = "evidence"


@dataclass(frozen=True)
class Witnesses:
    """What the other versions say about one omission or addition flag.

    Attributes:
        voters: the other versions in which the flagged German unit is aligned to text.
        having: the voters that have the passage (their counterpart links the run).
    """

    voters: tuple[str, ...]
    having: tuple[str, ...]
    traced: tuple[str, ...] = ()
    found: tuple[str, ...] = ()

    @property
    def share(self) -> float:
        return len(self.having) / len(self.voters) if self.voters else 0.0

    @property
    def found_share(self) -> float:
        """Omissions: the share of the traced voters whose translation of the passage is
        linked to the flagged version's text (0 where none was traced)."""
        return len(self.found) / len(self.traced) if self.traced else 0.0


def apply_gap_consensus(
    results: Sequence[LanguageResult],
    encoder: Encoder | None,
    langs: Collection[str] | None = None,
    links: LinkMemo | None = None,
) -> list[LanguageResult]:
    """Review the word-run omission and addition flags of each version against the others.

    Args:
        results: the per-language results of one pivot document.
        encoder: an encoder with token vectors (the word aligner's); ``None`` leaves the
            results unchanged.
        langs: the versions whose flags are reviewed (default: all); the others still vote.
        links: a memo of word alignments to use (and fill), shared with later steps.

    Returns:
        The results, with each reviewed flag's severity and score decided again and the
        evidence ``versions_with_passage`` ("3 of 22") and ``consensus_evidence`` added.
    """
    results = list(results)
    if encoder is None or len(results) < MIN_VOTERS + 1:
        return results
    links = links if links is not None else LinkMemo(encoder)
    revised = []
    for result in results:
        if langs is not None and result.lang not in langs:
            revised.append(result)
            continue
        flags = tuple(_review(flag, result, results, links) for flag in result.divergences)
        revised.append(replace(result, divergences=flags))
    return revised


def _review(
    flag: Divergence,
    result: LanguageResult,
    results: Sequence[LanguageResult],
    links: LinkMemo,
) -> Divergence:
    evidence = dict(flag.evidence)
    if flag.type not in GAP_TYPES or evidence.get("extent") != "words":
        return flag
    try:
        score = float(evidence[EVIDENCE_KEY])
        content_words = int(evidence["content_words"])
        length_z = float(evidence["length_z"])
    except (KeyError, ValueError):
        return flag
    witnesses = witnesses_of(flag, result, results, links)
    if witnesses is None or len(witnesses.voters) < MIN_VOTERS:
        return flag
    shifted = shifted_evidence(flag.type, score, witnesses.share)
    if witnesses.found_share >= FOUND_THROUGH:
        shifted = min(shifted, score)  # the flagged version has the passage in other words
    longer_z = -length_z if flag.type == "omission" else length_z
    guard = not vouched(flag.type, witnesses.share, witnesses.found_share)
    severity = word_run_severity(shifted, longer_z, content_words, guard) or "info"
    if severity == "info" and "names_without_counterpart" in evidence:
        severity = flag.severity
    if flag.type == "addition" and witnesses.share >= MAJORITY_HAS:
        severity = "info"  # the German lacks what most versions have: not L's addition
    evidence["versions_with_passage"] = f"{len(witnesses.having)} of {len(witnesses.voters)}"
    if witnesses.traced:
        evidence["found_through"] = f"{len(witnesses.found)} of {len(witnesses.traced)}"
    evidence["consensus_evidence"] = f"{shifted:.2f}"
    return replace(
        flag,
        severity=severity,
        score=1.0 / (1.0 + math.exp(-(shifted - WARNING_EVIDENCE))),
        message=f"{flag.message} ({_witness_line(witnesses)})",
        evidence=tuple(evidence.items()),
    )


def shifted_evidence(kind: str, score: float, share: float) -> float:
    """A run's evidence moved by the share of other versions that have the passage."""
    if kind == "omission":
        return score + OMISSION_WEIGHT * (share - OMISSION_CENTRE)
    return score - ADDITION_WEIGHT * (share - ADDITION_CENTRE)


def vouched(kind: str, share: float, found_share: float = 0.0) -> bool:
    """Whether nearly all witnesses support the flag (:data:`VOUCHED_OMISSION`,
    :data:`VOUCHED_ADDITION`): then its side need not be longer than usual. An omission is
    not vouched for when the other versions' wording of the passage links to the flagged
    version's text through :data:`FOUND_THROUGH` of them or more."""
    if kind == "omission":
        return share >= VOUCHED_OMISSION and found_share < FOUND_THROUGH
    return share <= VOUCHED_ADDITION


def _witness_line(witnesses: Witnesses) -> str:
    having, voters = len(witnesses.having), len(witnesses.voters)
    line = f"{having} of {voters} other versions have a counterpart"
    if witnesses.traced:
        found, traced = len(witnesses.found), len(witnesses.traced)
        line += f"; the wording of {found} of {traced} links to this version's text"
    return line


class LinkMemo:
    """Word alignments of (text, counterpart) pairs, each computed once per review: the
    same German unit meets the same voter's counterpart for every version flagged there."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self._done: dict[tuple[str, str, str, str], WordAlignment] = {}

    def __call__(self, text: str, lang: str, counterpart: str, their_lang: str) -> WordAlignment:
        key = (text, lang, counterpart, their_lang)
        if key not in self._done:
            self._done[key] = align_words(text, counterpart, self.encoder, WORD_METHOD,
                                          src_lang=lang, tgt_lang=their_lang,
                                          distortion=DISTORTION)  # fmt: skip
        return self._done[key]


def witnesses_of(
    flag: Divergence,
    result: LanguageResult,
    results: Sequence[LanguageResult],
    links: LinkMemo,
    trace_from: float = VOUCHED_OMISSION,
) -> Witnesses | None:
    """The voters of a flag and those that have its passage (None: flag not located).

    An omission that at least ``trace_from`` of the voters have is traced (see
    :func:`_trace`)."""
    run = _run_of(flag, result.alignment)
    if run is None:
        return None
    text, span, lang, pivot_indices = run
    voters: list[str] = []
    having: list[str] = []
    counterparts: dict[str, str] = {}
    for other in results:
        if other.lang == result.lang:
            continue
        counterpart = counterpart_text(other.alignment, pivot_indices)
        if counterpart is None:
            continue
        share = linked_share(links(text, lang, counterpart, other.lang), span)
        if share is None:
            continue
        voters.append(other.lang)
        if share >= LINKED_SHARE:
            having.append(other.lang)
            counterparts[other.lang] = counterpart
    witnesses = Witnesses(tuple(voters), tuple(having))
    if flag.type != "omission" or witnesses.share < trace_from:
        return witnesses
    own = counterpart_text(result.alignment, pivot_indices)
    if own is None:
        return witnesses
    traced, found = _trace(text, lang, span, counterparts, (own, result.lang), links)
    return replace(witnesses, traced=traced, found=found)


def _trace(
    text: str,
    lang: str,
    span: tuple[int, int],
    counterparts: dict[str, str],
    flagged: tuple[str, str],
    links: LinkMemo,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(voters traced, voters whose wording of the German run links to the flagged text).

    Each voter's content words linked to the run's content words are that version's
    wording of the passage. When the word aligner links at least :data:`LINKED_SHARE` of
    them to the flagged version's counterpart (``flagged``: text and language), that
    version has the passage in other words (a paraphrase, a compound the German-side
    alignment missed) rather than leaving it out.
    """
    own, own_lang = flagged
    traced: list[str] = []
    found: list[str] = []
    for voter, counterpart in counterparts.items():
        words = _linked_words(links(text, lang, counterpart, voter), span)
        if not words:
            continue
        traced.append(voter)
        onward = links(counterpart, voter, own, own_lang)
        index = {word: k for k, word in enumerate(onward.src_words)}
        linked = onward.aligned("src")
        ks = [index[w] for w in words if w in index]
        if ks and sum(k in linked for k in ks) / len(ks) >= LINKED_SHARE:
            found.append(voter)
    return tuple(traced), tuple(found)


def _linked_words(wa: WordAlignment, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The target's content words (as character spans) linked to the content words of
    the source text's ``span``."""
    src_content = wa.content_mask("src")
    tgt_content = wa.content_mask("tgt")
    inside = {
        k for k, (a, b) in enumerate(wa.src_words)
        if src_content[k] and a >= span[0] and b <= span[1]
    }  # fmt: skip
    return sorted({wa.tgt_words[j] for i, j in wa.links if i in inside and tgt_content[j]})


def _run_of(
    flag: Divergence, alignment: Alignment
) -> tuple[str, tuple[int, int], str, tuple[int, ...]] | None:
    """(unit text, run span, its language, German unit indices) of a word-run flag."""
    if flag.type == "omission":
        index = unit_index(alignment.pivot).get(str(flag.pivot_unit))
        if index is None or flag.pivot_span is None:
            return None
        unit = alignment.pivot.units[index]
        return unit.text, flag.pivot_span, alignment.pivot.lang, (index,)
    index = unit_index(alignment.other).get(str(flag.other_unit))
    if index is None or flag.other_span is None:
        return None
    pivots = tuple(i for bead in alignment.beads if index in bead.other for i in bead.pivot)
    if not pivots:
        return None
    return alignment.other.units[index].text, flag.other_span, alignment.other.lang, pivots


def counterpart_units(alignment: Alignment, pivot_indices: tuple[int, ...]) -> list[int]:
    """The version's units aligned to the given German units, in order."""
    return sorted(
        {j for bead in alignment.beads if set(bead.pivot) & set(pivot_indices) for j in bead.other}
    )


def counterpart_text(alignment: Alignment, pivot_indices: tuple[int, ...]) -> str | None:
    """The text a version aligns to the given German units (None: not aligned)."""
    others = counterpart_units(alignment, pivot_indices)
    if not others:
        return None
    return " ".join(alignment.other.units[j].text for j in others)


def linked_share(wa: WordAlignment, span: tuple[int, int]) -> float | None:
    """Share of the content words of the source text's ``span`` that ``wa`` links (None:
    the span has no content word)."""
    content = wa.content_mask("src")
    inside = [
        k for k, (a, b) in enumerate(wa.src_words) if content[k] and a >= span[0] and b <= span[1]
    ]
    if not inside:
        return None
    linked = wa.aligned("src")
    return sum(k in linked for k in inside) / len(inside)
