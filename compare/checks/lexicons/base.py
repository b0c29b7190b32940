"""The cue lexicon of one language: what it holds, how it is built and how it matches.

A language module (``compare/checks/lexicons/de.py`` ...) writes its cues as plain regular
expression fragments and calls :func:`build`. Every fragment is matched case-insensitively
as a whole word sequence (never inside a longer word) and may span several words, or a
discontinuous construction such as French "ne ... pas" or German "fordert ... nachdrücklich
auf", as long as it stays inside one clause.

Cue kinds:

* ``negation``: a syntactic negator ("nicht", "kein", "not", "ne ... pas", "без").
* ``concord``: a negative word of a negative-concord language that negates only together
  with the verbal negator ("nigdy ... nie", "никога не", "soha nem", "niciodată nu"). In a
  clause that has a negator, beside a weak cue (:data:`CONCORD_WEAK_GAP`) or in a clause too
  short to have a verb (:data:`CONCORD_MIN_WORDS`), it is returned as a ``negation`` cue;
  left alone in a full clause, it is returned as ``concord``: the negation it belonged to
  is gone ("Australija nikad bi trebala" for "nikad ne bi trebala").
* ``weak``: a lexical negation that a translation may use instead of a syntactic one
  ("unterlassen", "fail to", "refrain from", "nicht länger" / "stop"): it never raises a
  flag on its own, but it explains a negator that is missing on the same side.
* ``idiom``: a fixed phrase that contains a negator without negating anything ("without
  delay", "not only", "nicht zuletzt"); it hides the negator inside it.
* ``pole``: one pole of an evaluative or directional opposition (:data:`CONCEPTS`), with
  sign +1 (peaceful, legal, increase, before) or -1 (violent, illegal, decrease, after).
* ``scale``: a demand, obligation or stance expression with its level on an ordered scale
  (:data:`SCALES`).

Overlapping matches of the polarity cues (negation, weak, idiom, pole) are resolved in
favour of the longer one, so that "non-violent" (a pole) hides the "non" and the "violent"
inside it; scale cues are resolved the same way among themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from compare.errors import CompareError

#: The oppositions tracked by the polarity check: (+1 pole, -1 pole) in English.
CONCEPTS: dict[str, tuple[str, str]] = {
    "peace": ("peaceful", "violent"),
    "legality": ("legal / lawful", "illegal / unlawful"),
    "legitimacy": ("legitimate", "illegitimate"),
    "proportionality": ("proportionate", "disproportionate"),
    "arbitrariness": ("non-arbitrary", "arbitrary"),
    "democracy": ("democratic", "undemocratic"),
    "independence": ("independent", "dependent"),
    "freedom": ("free", "unfree"),
    "fairness": ("fair", "unfair"),
    "acceptability": ("acceptable", "unacceptable"),
    "valence": ("positive", "negative"),
    "change": ("increase", "decrease"),
    "time": ("before", "after"),
}

#: The ordered scales of the modality check: level -> English gloss, weakest first.
SCALES: dict[str, dict[int, str]] = {
    "demand": {1: "suggests / invites", 2: "requests / encourages / recommends",
               3: "calls on / asks / demands", 4: "urges / strongly urges"},
    "obligation": {1: "may / can", 2: "should", 3: "must"},
    "condemnation": {0: "takes note", 1: "regrets", 2: "deeply regrets / deplores",
                     3: "condemns", 4: "condemns in the strongest terms"},
    "approval": {0: "takes note", 1: "welcomes", 2: "strongly welcomes"},
    "concern": {1: "is concerned", 2: "is deeply concerned"},
}  # fmt: skip

#: A cue of this pseudo-scale ("takes note") counts as level 0 of the stance scales.
NOTE = "note"
#: Scales on which "takes note" is the neutral bottom.
STANCE_SCALES = ("condemnation", "approval")
#: Scales whose cues are positive (+1) or negative (-1) evaluative verbs for polarity.
STANCE_SIGNS: dict[str, int] = {"approval": 1, "condemnation": -1, "concern": -1}

#: Which of two matches with the same extent wins: an idiom over everything, a pole over a
#: negator ("non-violent"), a negator over a weak cue (Czech "nevyšetřily").
KIND_RANK: dict[str, int] = {
    "idiom": 0, "pole": 1, "scale": 1, "negation": 2, "concord": 2, "weak": 3,
}  # fmt: skip

#: A clause of fewer words may have no verb ("Nigdy więcej.", a heading): a negative
#: concord word there negates on its own.
CONCORD_MIN_WORDS = 5
#: A weak cue this close to a concord word licenses it: "bez żadnych" (without any), and a
#: negated verb the negator patterns miss ("niekas nežino", Lithuanian "nobody knows").
CONCORD_WEAK_GAP = 30
_WORD = re.compile(r"\w+")


class LexiconError(CompareError):
    """A language module holds a malformed cue (a bug in the data, not in user input)."""


@dataclass(frozen=True)
class Pattern:
    """One compiled cue pattern."""

    kind: str
    name: str
    value: int
    regex: re.Pattern[str]


@dataclass(frozen=True)
class CueMatch:
    """A cue found in a text.

    Attributes:
        kind: ``negation``, ``concord`` (a negative-concord word without its negator),
            ``weak``, ``idiom``, ``pole`` or ``scale``.
        name: the concept (poles) or scale name; ``""`` for negation cues.
        value: the pole sign (+1 / -1), the scale level, or 1 for negation cues.
        start: offset of the cue in the text it was found in.
        end: offset just past it.
        text: the matched text.
    """

    kind: str
    name: str
    value: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Lexicon:
    """The compiled cues of one language.

    Attributes:
        lang: ISO 639-1 code.
        polarity: negation, weak-negation, idiom and pole patterns.
        scales: demand, obligation and stance patterns.
    """

    lang: str
    polarity: tuple[Pattern, ...]
    scales: tuple[Pattern, ...]

    def polarity_cues(self, text: str) -> list[CueMatch]:
        """Negation, weak-negation, idiom and pole cues of ``text``, in text order.

        Example:
            >>> from compare.checks.lexicons import get_lexicon
            >>> [(c.kind, c.text) for c in get_lexicon("en").polarity_cues("not peaceful")]
            [('negation', 'not'), ('pole', 'peaceful')]
        """
        return _license(_resolve(_find(self.polarity, text)), text)

    def scale_cues(self, text: str) -> list[CueMatch]:
        """Demand, obligation and stance cues of ``text``, with their levels."""
        return _resolve(_find(self.scales, text))


def _find(patterns: Iterable[Pattern], text: str) -> list[CueMatch]:
    out: list[CueMatch] = []
    for pattern in patterns:
        for m in pattern.regex.finditer(text):
            if m.end() > m.start():
                out.append(
                    CueMatch(pattern.kind, pattern.name, pattern.value, m.start(), m.end(), m[0])
                )
    return out


def _resolve(matches: list[CueMatch]) -> list[CueMatch]:
    """Keep the longest of overlapping matches (see :data:`KIND_RANK` on a tie), in order."""
    kept: list[CueMatch] = []
    for cue in sorted(matches, key=lambda c: (-(c.end - c.start), c.start, KIND_RANK[c.kind])):
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


def _license(cues: list[CueMatch], text: str) -> list[CueMatch]:
    """Negative-concord words become negations where their clause licenses them (see the
    module's ``concord`` kind); the others stay ``concord``."""
    if not any(c.kind == "concord" for c in cues):
        return cues
    if any(c.kind == "negation" for c in cues) or len(_WORD.findall(text)) < CONCORD_MIN_WORDS:
        return [_as_negation(c) if c.kind == "concord" else c for c in cues]
    weak = [c for c in cues if c.kind == "weak"]
    return [
        _as_negation(c) if c.kind == "concord" and any(_near(c, w) for w in weak) else c
        for c in cues
    ]


def _as_negation(cue: CueMatch) -> CueMatch:
    return CueMatch("negation", cue.name, cue.value, cue.start, cue.end, cue.text)


def _near(a: CueMatch, b: CueMatch) -> bool:
    """Whether two cues are at most :data:`CONCORD_WEAK_GAP` characters apart."""
    return max(a.start - b.end, b.start - a.end) <= CONCORD_WEAK_GAP


def _fragments(value: object, lang: str, what: str) -> Sequence[str]:
    if isinstance(value, str) or not all(isinstance(f, str) for f in value):  # type: ignore[union-attr]
        raise LexiconError(f"lexicon {lang}: {what} must be a tuple of strings, not {value!r}")
    return value  # type: ignore[return-value]


def _compile(fragment: str, lang: str, what: str) -> re.Pattern[str]:
    try:
        return re.compile(rf"(?<!\w)(?:{fragment})(?!\w)", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"lexicon {lang}: bad {what} pattern {fragment!r}: {exc}") from None


PoleSpec = Mapping[str, tuple[Sequence[str], Sequence[str]]]
ScaleSpec = Mapping[str, Sequence[tuple[int, str]]]


def build(
    lang: str,
    *,
    negation: Sequence[str],
    concord: Sequence[str] = (),
    weak: Sequence[str] = (),
    idioms: Sequence[str] = (),
    poles: PoleSpec,
    scales: ScaleSpec,
) -> Lexicon:
    """Compile a language's cues.

    Args:
        lang: ISO 639-1 code.
        negation: syntactic negators.
        concord: negative words that negate only together with a negator (negative-concord
            languages: "nigdy", "никога", "soha").
        weak: lexical negations that may stand for a negator in a translation.
        idioms: fixed phrases whose negator negates nothing.
        poles: concept -> (+1 pole fragments, -1 pole fragments); concepts from
            :data:`CONCEPTS`.
        scales: scale -> (level, fragment) pairs; scales from :data:`SCALES` or ``note``.

    Raises:
        LexiconError: an unknown concept, scale or level, or a fragment that does not compile.
    """
    polarity: list[Pattern] = []
    kinds = (("negation", negation), ("concord", concord), ("weak", weak), ("idiom", idioms))
    for kind, fragments in kinds:
        fragments = _fragments(fragments, lang, kind)
        polarity += [Pattern(kind, "", 1, _compile(f, lang, kind)) for f in fragments]
    for concept, (plus, minus) in poles.items():
        if concept not in CONCEPTS:
            raise LexiconError(f"lexicon {lang}: unknown concept {concept!r}; see CONCEPTS")
        for sign, fragments in ((1, plus), (-1, minus)):
            fragments = _fragments(fragments, lang, concept)
            polarity += [
                Pattern("pole", concept, sign, _compile(f, lang, concept)) for f in fragments
            ]
    compiled: list[Pattern] = []
    for scale, entries in scales.items():
        levels = {0: NOTE} if scale == NOTE else SCALES.get(scale)
        if levels is None:
            raise LexiconError(f"lexicon {lang}: unknown scale {scale!r}; see SCALES")
        for level, fragment in entries:
            if level not in levels:
                raise LexiconError(f"lexicon {lang}: scale {scale!r} has no level {level}")
            compiled.append(Pattern("scale", scale, level, _compile(fragment, lang, scale)))
    return Lexicon(lang, tuple(polarity), tuple(compiled))
