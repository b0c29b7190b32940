"""Cross-language consensus: is the flagged version the outlier, or the pivot?

A number, date, reference or name flag says that version L differs from the pivot (the
German) on unit U. When three or more versions are compared, the other versions tell which
side is more likely wrong. For each such flag, the *voters* are the other compared versions
(not L) in which U is aligned to text. Each voter either:

- *agrees with the pivot*: it has no flag of the same type for the same pivot value on U;
- *agrees with L*: it has a flag of the same type for the same pivot value on U, with the
  same value as L (the same number, date or reference; for names a similar transliteration
  key; for a value missing in L, the value is missing there too);
- or says something else (a third value).

When more than :data:`MAJORITY` of the voters agree with L and at least
:data:`MIN_AGREEING` versions (L included) share L's value, the pivot is the outlier: the
flag stays on L, located as before, but becomes ``info`` with the message "N of M versions
have X; the German has Y: check the German". Every version sharing L's value gets the same
treatment, so the finding reads as one issue of the pivot, seen from each version. A name
that at least :data:`MIN_AGREEING` versions (and :data:`RENDERED_SHARE` of them) lack, each
in its own way, is a name the languages translate ("Nova Scotia", "Nueva Escocia", "Nowa
Szkocja"): those flags become ``info`` too (outlier ``pivot form``), unless the version
dropped the name: with an encoder, the voters' located renderings of a name the flagged
version lacks altogether are word-aligned with its text, and where fewer than
:data:`compare.checks.gap_consensus.FOUND_THROUGH` of them link there, the flag is kept
(outlier L; evidence ``renderings_found``). In every other case the flag is kept as it
is. Every flag of these types gets the evidence ``consensus`` ("12 of 14 other versions
agree with German") and ``outlier`` (the pivot language, L, or ``undecided``).

Example:
    >>> apply_consensus([])   # nothing to compare
    []
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from compare.checks.extract import NAME_MATCH_THRESHOLD, name_similarity
from compare.checks.facts import FACT_TYPES, language_name
from compare.checks.gap_consensus import (
    FOUND_THROUGH,
    LINKED_SHARE,
    LinkMemo,
    counterpart_text,
    linked_share,
)
from compare.encode.encoder import Encoder
from compare.report.base import unit_index
from compare.types import Divergence, LanguageResult

log = logging.getLogger(__name__)

#: Flag types whose values can be compared across languages.
CONSENSUS_TYPES: tuple[str, ...] = FACT_TYPES

#: Fewest versions (the flagged one included) that must share a value before the pivot is
#: taken for the outlier: translations made from one intermediate share its errors; one more
#: than the three drafts of the bundled corpus that share an injected change (225 -> 252).
MIN_AGREEING = 4

#: Share of the voters that must agree with one side (a strict majority).
MAJORITY = 0.5

#: Types whose pivot form may be translated by most languages (exonyms, organisation names):
#: when most versions lack it, each with its own form, the flag becomes info.
RENDERED_TYPES: tuple[str, ...] = ("name",)
#: Share of the compared versions that must lack the pivot's form. Low on purpose: a name is
#: dropped or replaced in one version (two or three where translations share a source), while
#: a place or organisation name is translated in a fifth to a half of the languages (FLORES:
#: "Nova Scotia" 12 of 23, "Dalhousie University" 5 of 23).
RENDERED_SHARE = 0.2
#: A name missing from the flagged version is traced when at least this many voters have a
#: located rendering of it (:func:`renderings_found`); when fewer than
#: :data:`compare.checks.gap_consensus.FOUND_THROUGH` of those renderings link to the flagged
#: version's text, the version dropped the name: its flag is kept.
MIN_TRACED = 3
#: Evidence keys a flag must carry to take part (set by :mod:`compare.checks.facts`).
PIVOT_VALUE = "pivot_value"
OTHER_VALUE = "other_value"


@dataclass(frozen=True)
class Vote:
    """What the other versions say about one flag.

    Attributes:
        voters: the other versions in which the flagged pivot unit is aligned to text.
        with_pivot: voters that have the pivot's value.
        with_flagged: voters that have the flagged version's value.
    """

    voters: tuple[str, ...]
    with_pivot: tuple[str, ...]
    with_flagged: tuple[str, ...]
    #: voters that also lack the pivot's value, whatever they have instead
    without_pivot: tuple[str, ...] = ()

    def pivot_is_outlier(self) -> bool:
        """A strict majority of voters, and :data:`MIN_AGREEING` versions, share the value."""
        agreeing = len(self.with_flagged) + 1
        return agreeing >= MIN_AGREEING and len(self.with_flagged) > MAJORITY * len(self.voters)

    def pivot_form_is_rare(self) -> bool:
        """At least :data:`MIN_AGREEING` versions, and :data:`RENDERED_SHARE` of all, lack
        the pivot's form, each in its own way (names: "Nova Scotia" is "Nueva Escocia",
        "Nouvelle-Écosse", "Nowej Szkocji"...): a name the languages translate, not an error
        of one version."""
        lacking = len(self.without_pivot) + 1
        return lacking >= MIN_AGREEING and lacking >= RENDERED_SHARE * (len(self.voters) + 1)

    def flagged_is_outlier(self) -> bool:
        return len(self.with_pivot) > MAJORITY * len(self.voters)


class _Index:
    """For each language: the pivot units it covers and its fact flags per unit."""

    def __init__(self, results: Sequence[LanguageResult]) -> None:
        self.langs = [r.lang for r in results]
        self.covered: dict[str, set[str]] = {}
        self.flags: dict[str, dict[tuple[str, str], list[tuple[str, str]]]] = {}
        for result in results:
            alignment = result.alignment
            self.covered[result.lang] = {
                alignment.pivot.units[i].label
                for bead in alignment.beads
                if bead.other
                for i in bead.pivot
            }
            table: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
            for flag in result.divergences:
                values = _values(flag)
                if values is not None:
                    table[(flag.type, str(flag.pivot_unit))].append(values)
            self.flags[result.lang] = table

    def vote(self, flag: Divergence, lang: str) -> Vote | None:
        values = _values(flag)
        if values is None:
            return None
        unit = str(flag.pivot_unit)
        pivot_value, value = values
        voters = tuple(
            other for other in self.langs if other != lang and unit in self.covered[other]
        )
        kind = flag.type

        def entries(other: str) -> list[tuple[str, str]]:
            return [
                (p, o)
                for p, o in self.flags[other].get((kind, unit), ())
                if _same(kind, p, pivot_value)
            ]

        with_flagged = tuple(
            other for other in voters if any(_same(kind, o, value) for _, o in entries(other))
        )
        if pivot_value:  # a voter agrees with the pivot when it has no flag on its value
            with_pivot = tuple(other for other in voters if not entries(other))
        else:  # an extra value: a voter agrees when it has not added the same value
            with_pivot = tuple(other for other in voters if other not in with_flagged)
        without_pivot = tuple(other for other in voters if pivot_value and entries(other))
        return Vote(voters, with_pivot, with_flagged, without_pivot)


def _values(flag: Divergence) -> tuple[str, str] | None:
    """(pivot value, other value) of a fact flag, or None for other flags."""
    if flag.type not in CONSENSUS_TYPES or flag.pivot_unit is None:
        return None
    evidence = dict(flag.evidence)
    if PIVOT_VALUE not in evidence:
        return None
    return evidence[PIVOT_VALUE], evidence.get(OTHER_VALUE, "")


def _same(kind: str, a: str, b: str) -> bool:
    """Whether two versions' values are the same (names: similar keys)."""
    if kind == "name" and a and b:
        return name_similarity(a, b) >= NAME_MATCH_THRESHOLD
    return a == b


def apply_consensus(
    results: list[LanguageResult], encoder: Encoder | None = None
) -> list[LanguageResult]:
    """Move fact flags to the outlier version when three or more versions are compared.

    Args:
        results: the per-language results of one pivot document.
        encoder: an encoder with token vectors; with it, a name missing from a version
            while most others render it another way is traced (:func:`renderings_found`).

    Returns:
        The results with the number, date, reference and name flags revised: each carries
        the evidence ``consensus`` and ``outlier``; where the pivot is the outlier, the
        flag becomes ``info`` and says so. With fewer than two results (three versions),
        the results are returned unchanged.
    """
    results = list(results)
    if len(results) < 2:
        return results
    index = _Index(results)
    pivot = language_name(results[0].alignment.pivot.lang)
    links = LinkMemo(encoder) if encoder is not None else None
    revised: list[LanguageResult] = []
    for result in results:
        tracer = _Tracer(result, results, links)
        flags = tuple(_revise(f, result.lang, index, pivot, tracer) for f in result.divergences)
        revised.append(replace(result, divergences=flags))
    return revised


@dataclass(frozen=True)
class _Tracer:
    """What :func:`renderings_found` needs besides the flag and its vote."""

    result: LanguageResult
    results: Sequence[LanguageResult]
    links: LinkMemo | None


def _revise(flag: Divergence, lang: str, index: _Index, pivot: str, tracer: _Tracer) -> Divergence:
    vote = index.vote(flag, lang)
    if vote is None or not vote.voters:
        return flag
    evidence = dict(flag.evidence)
    evidence["consensus"] = (
        f"{len(vote.with_pivot)} of {len(vote.voters)} other versions agree with {pivot}"
    )
    if vote.pivot_is_outlier():
        evidence["outlier"] = "pivot"
        evidence["agreeing"] = ",".join(sorted((lang, *vote.with_flagged)))
        log.debug("%s flag on %s: the pivot is the outlier", flag.type, flag.pivot_unit)
        return replace(
            flag,
            severity="info",
            message=_pivot_outlier_message(flag, vote, pivot),
            evidence=tuple(evidence.items()),
        )
    if flag.type in RENDERED_TYPES and vote.pivot_form_is_rare():
        found = renderings_found(flag, vote, tracer)
        if found is not None:
            evidence["renderings_found"] = f"{found[0]} of {found[1]}"
        if found is not None and found[0] < FOUND_THROUGH * found[1]:
            evidence["outlier"] = lang
            message = (
                f"{flag.message} ({found[1]} other versions render the name another way; "
                f"{found[0]} of their renderings link to this version's text)"
            )
            return replace(flag, message=message, evidence=tuple(evidence.items()))
        evidence["outlier"] = "pivot form"
        lacking, total = len(vote.without_pivot) + 1, len(vote.voters) + 1
        message = (
            f"{lacking} of {total} versions write {pivot} {flag.pivot_text} another way "
            f"({flag.other_text or 'not as a name'} here): a translated name?"
        )
        return replace(flag, severity="info", message=message, evidence=tuple(evidence.items()))
    evidence["outlier"] = lang if vote.flagged_is_outlier() else "undecided"
    return replace(flag, evidence=tuple(evidence.items()))


def _pivot_outlier_message(flag: Divergence, vote: Vote, pivot: str) -> str:
    """ "21 of 23 versions have 252; the German has 225: check the German"."""
    agreeing, total = len(vote.with_flagged) + 1, len(vote.voters) + 1
    theirs = flag.other_text or f"no such {flag.type} here"
    ours = flag.pivot_text or "none"
    return (
        f"{agreeing} of {total} versions have {theirs}; the {pivot} has {ours}: check the {pivot}"
    )


def renderings_found(flag: Divergence, vote: Vote, tracer: _Tracer) -> tuple[int, int] | None:
    """(renderings found in the flagged version, renderings traced) for a name missing
    from it, or None where it is not traced.

    Most versions writing a name another way is what makes the flag info ("a translated
    name?"). A version that dropped the name is then excused as well. So each voter's
    rendering of the name (its flag's located form: a rendering or a word-by-word
    translation) is word-aligned with the flagged version's counterpart of the unit: where
    at least :data:`compare.checks.gap_consensus.LINKED_SHARE` of its content words link
    there, the flagged version has it too. Traced with at least :data:`MIN_TRACED`
    renderings, only for flags whose name the check found nowhere (subtype ``missing``).
    """
    evidence = dict(flag.evidence)
    if tracer.links is None or evidence.get("subtype") != "missing" or flag.pivot_unit is None:
        return None
    alignment = tracer.result.alignment
    index = unit_index(alignment.pivot).get(str(flag.pivot_unit))
    own = None if index is None else counterpart_text(alignment, (index,))
    if own is None:
        return None
    by_lang = {r.lang: r for r in tracer.results}
    traced = found = 0
    for voter in vote.without_pivot:
        for text, span in _renderings(flag, by_lang[voter]):
            wa = tracer.links(text, voter, own, alignment.other.lang)
            share = linked_share(wa, span)
            if share is None:
                continue
            traced += 1
            found += share >= LINKED_SHARE
            break
    return (found, traced) if traced >= MIN_TRACED else None


def _renderings(flag: Divergence, voter: LanguageResult) -> list[tuple[str, tuple[int, int]]]:
    """(unit text, span) of the voter's located forms of the flag's pivot name."""
    values = _values(flag)
    units = unit_index(voter.alignment.other)
    out = []
    for other in voter.divergences:
        theirs = _values(other)
        if (
            values is None or theirs is None or other.type != flag.type
            or other.pivot_unit != flag.pivot_unit or not _same(flag.type, theirs[0], values[0])
            or other.other_span is None or other.other_unit is None
            or str(other.other_unit) not in units
        ):  # fmt: skip
            continue
        text = voter.alignment.other.units[units[str(other.other_unit)]].text
        out.append((text, other.other_span))
    return out
