"""Facts that must survive translation: numbers, dates, references and names.

Four registered checks compare what the extractors of :mod:`compare.checks.extract` find in
the two sides of each aligned bead:

- ``number``: the multisets of number values. A value on one side only is *changed* when
  the other side has a value of its own left over nearby ("German has 225, English has 252",
  an error), else *missing* or *extra* (an error, a warning for a small whole number that a
  language may have folded into a word, info for a number written in words). Numbers inside
  dates and references are theirs, not numbers; ordinal and cardinal forms, digit grouping
  and decimal signs never count.
- ``date``: (year, month, day) of every date; a changed day, month or year is an error, a
  date on one side only a warning. A date given less fully on one side ("Januar 2022"
  against "5 January 2022") is not a divergence.
- ``reference``: articles and rules with their paragraph, document codes, acts, cases and
  Official Journal citations; changed is an error, missing or extra a warning.
- ``name``: each person, place or organisation name the pivot has must have a counterpart of
  similar transliteration key in the other version; when it has none it is an error ("name
  missing or replaced"), and when the other version has a name of its own left over at the
  same place the message names both ("German has Rinat Batkaev, English has Rinat Baytenov").
  A spelling difference within the similarity threshold is no flag; a name the other
  version writes another way or translates word by word ("World Cup" / "Weltmeisterschaft")
  is info.

A value found on one side as one kind of fact and on the other as another (a year read as
a date on one side and as a number on the other, a reference whose wording the extractor
does not know, so that only its numbers are found) is settled before any flag is raised.

Example:
    >>> [(f.type, f.subtype, f.pivot.surface, f.other.surface)
    ...  for f in compare_facts("mindestens 225 Menschen", "de", "at least 252 people", "en")]
    [('number', 'changed', '225', '252')]
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from compare.checks.base import BeadView, Check, CheckContext, register, token_encoder
from compare.checks.extract import (
    NAME_MATCH_THRESHOLD,
    DateMention,
    NameMention,
    NumberMention,
    RefMention,
    extract_facts,
    extract_names,
    german_word_status,
    name_key,
)
from compare.checks.extract.lexicon_numbers import CARDINALS, ORDINALS
from compare.checks.extract.translit import edit_similarity
from compare.checks.extract.units import converted
from compare.checks.translated_names import align_bead_words, translated_words
from compare.segment.labels import to_roman
from compare.types import Alignment, Divergence

log = logging.getLogger(__name__)

#: The flag types of this module, in the order they run.
FACT_TYPES: tuple[str, ...] = ("number", "date", "reference", "name")

#: Whole numbers up to this may be folded into words a language does not write as a number
#: ("both", "a couple", "twice"): one missing on a side is a warning, not an error (the
#: Commission's English Style Guide writes one to ten in words, so they are the ones
#: translators rephrase).
SMALL_NUMBER = 10

#: Names with fewer letters are initials, not names to look for.
MIN_NAME_LETTERS = 2

#: Characters after a number searched for its unit ("Fuß", "metrów", "km/h").
UNIT_WINDOW = 24

#: Largest shift of relative position (0..1 of the unit) at which two leftover values are
#: paired as one changed value when each has other candidates: the 99th percentile of the
#: shift of matched values in the 23 clean translations of the bundled corpus is 0.32.
PAIR_WINDOW = 0.35

#: A name word found by common prefix: at most this many leading letters are compared, so
#: that "Kazakh", "Kazakhstan" and "Kazahstanului" (Romanian, with its article) all match.
NAME_PREFIX = 5

#: A prefix match compares at least this many letters and a consonant match more than this
#: many consonants; shorter words must match whole or by similarity ("Abai", "Noyan").
NAME_MIN_STEM = 3

#: A word shorter than :data:`NAME_PREFIX` + 1 letters, found by its prefix, may be
#: followed by at most this many letters (a case ending: "Perry" / "Perrylle", "Perryho"):
#: a longer token mostly begins like it by chance ("Perry" / "permaneceria", "периода").
#: A derived word of a short name is lost with them ("Vichy" / "vichystickí").
NAME_PREFIX_EXTRA = 4

#: A short word of a name whose other words are found may carry a case ending of up to this
#: many letters ("Bob Dylan" / "Bobem Dylanem", "Ehud Ur" / "Ehudas Uras").
NAME_SHORT_ENDING = 3
#: ... and its consonants are compared after a case ending of up to this many letters is
#: taken off ("Kier Starmer" / "Kīrs Starmers").
NAME_SKELETON_ENDING = 2

#: A name word of at least this many letters is also found inside a compound that is at
#: least :data:`NAME_COMPOUND_EXTRA` letters longer ("Afrika" in Bulgarian
#: "Югозападноафриканска", "Kasachstan" in "EU-Kasachstanpolitik").
NAME_IN_COMPOUND = 5
NAME_COMPOUND_EXTRA = 4
#: ... or at the end of a compound at least this many letters longer: a region of a
#: country is one word in German, Swedish, Danish ("Südfrankreich", "Sydfrankrike",
#: "Ostdeutschland" for "southern France", "East Germany").
NAME_COMPOUND_HEAD = 3
#: A German word the extractor cannot place counts as part of a name beside a name word
#: up to this many letters (longer ones are mostly compound nouns).
NAME_NEIGHBOUR_MAX = 12
#: A neighbour word is written another way, not replaced, when a word of the name standing
#: in its place is at least this similar by letters ("Scotia" / "Szkocji" 0.67, "Skotsku"
#: 0.50; replaced surnames "Gillard" / "Keller", "Moreau", "Novak" 0.33 or less).
NEIGHBOUR_RENDERING = 0.4
#: Two names sharing a word are one name written two ways when each word of either
#: resembles a word of the other at least this much by letters (loose keys: "Gyöngyi" /
#: Bulgarian "Гьонги" 0.67, Hungarian "Gyöngyi" 0.67); a replaced surname resembles less
#: ("Batkaev" / "Baytenov" 0.50, "Dani" / "Kowalski" 0.25).
NAME_WORD_RENDERING = 0.65
#: Country, region and language names (CLDR) are looked up by their first letters; words
#: shorter than this ("an", "und", "il") are not looked up at all.
EXONYM_STEM = 3
EXONYM_MIN_LETTERS = 4
#: Country names in common use that Babel's CLDR data leaves out (CLDR keeps them as
#: "variant" or "short" forms, which Babel does not load): English "Turkey" (CLDR now
#: "Türkiye"), "Britain" and German "Großbritannien" (CLDR "United Kingdom", "Vereinigtes
#: Königreich"), "Macedonia" / "Mazedonien", "Burma", "Swaziland".
VARIANT_COUNTRY_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"TR": ("Turkey",), "GB": ("Britain",), "MK": ("Macedonia",), "MM": ("Burma",),
           "SZ": ("Swaziland",)},
    "de": {"GB": ("Großbritannien",), "MK": ("Mazedonien",)},
}  # fmt: skip
#: Locales whose names decide which languages stand for their country
#: (:func:`national_languages`).
NATIONAL_PREFIX_LOCALES = ("en", "de", "fr")
#: ... by this many first letters ("Fran" of Frankreich / Französisch; with three,
#: French "Anguilla" / "anglais" would pass).
NATIONAL_PREFIX = 4
#: City names are shorter ("Рим", "Rim" for Rome): looked up from this many letters.
EXONYM_CITY_MIN_LETTERS = 3

#: Learnt variants of a name: a stem of the other version is taken for a form of a pivot
#: name ("kazaj-" for "Kasachstans") when it begins with the same this many letters ...
NAME_LEARN_PREFIX = 4

#: ... when at least this many beads hold both ...
NAME_MIN_COOCCURRENCE = 2

#: ... and at least this share of the beads that hold the stem also hold the name (in the 23
#: clean translations of the bundled corpus, the stems sharing four letters and two beads
#: with a name hold it in all their beads (355) or in at most 0.64 of them (39)).
NAME_MIN_ASSOCIATION = 0.8

#: A pivot name without a literal counterpart may be the same name in another form: an
#: exonym or a translated organisation name ("Nova Scotia" / "Nueva Escocia" / "Albain Nua",
#: "Dalhousie University" / "Ollscoil Dalhousie"). With the model at hand, the other side's
#: name most similar to it (cosine of the model's vectors of the two names alone) is taken
#: for its rendering when the similarity reaches this (renderings of one name measured
#: 0.87-0.97, different names of one kind 0.81-0.94: the similarity alone cannot decide) ...
NAME_RENDERING_MIN = 0.86
#: ... and the candidate is closer to it, by this margin, than to every other name of the
#: pivot document: a replaced name is mostly another name of the same text ("Tokajew"
#: replaced by "Nazarbayev" is closer to the document's own "Nasarbajew").
NAME_RENDERING_MARGIN = 0.01
#: Where the pivot document has no other name to compare with, the similarity alone must
#: reach this; among the measured pairs of different names only 2 of 14 did.
NAME_RENDERING_ALONE = 0.93

#: Common nouns inside names that the languages translate (organisations, places, titles,
#: treaties, prizes, events, "New" / Latin "Nova": "Nova Scotia" is "Νέα Σκωτία", "Nowa
#: Szkocja", "Sakharov Prize" is "Premio Sacharov", "National Security Advisor" is
#: "Nationaler Sicherheitsberater"),
#: in the English, German and French forms a German text uses for them: a name is found
#: when its other words are ("Dalhousie University" / "Dalhousie Egyetem"); one made only
#: of these words is not checked.
GENERIC_NAME_NOUNS = """
    university universität université college institute institut foundation stiftung
    fondation association verband verein society gesellschaft société party partei parti
    union council rat conseil committee ausschuss komitee comité court gericht gerichtshof
    cour bank banque agency agentur agence office amt bureau ministry ministerium ministère
    republic republik république kingdom königreich royaume federation föderation
    fédération province provinz state staat état river fluss lake see lac mount mountains
    berg gebirge island insel île islands inseln îles bay bucht baie sea meer mer ocean
    ozean océan street straße rue square platz place airport flughafen aéroport station
    bahnhof gare stadium stadion stade hospital krankenhaus hôpital church kirche église
    cathedral kathedrale cathédrale museum musée theatre theater théâtre park parc centre
    center zentrum movement bewegung mouvement front army armee armée police polizei
    tribunal parliament parlament parlement commission kommission government regierung
    gouvernement organisation organization network netzwerk réseau company gruppe group
    groupe corporation school schule école academy akademie académie library bibliothek
    bibliothèque prison gefängnis north nord south süd sud west ouest east ost est people
    peoples volk peuple national nationale democratic demokratische démocratique popular
    populaire liberation befreiung libération co inc ltd corp plc gmbh corps korps electric
    elektrizität électrique power energy energie énergie airlines airways railway railways
    queen königin reine king könig roi prince prinz princess prinzessin prime premier
    minister ministre president präsident président pope papst pape emperor kaiser empereur
    saint sankt sir lord lady new neu neue neuen nouveau nouvelle nova
    prize preis prix award auszeichnung treaty vertrag traité agreement agreements
    abkommen accord accords convention konvention übereinkommen charter charta charte
    declaration erklärung déclaration revolution révolution war krieg guerre summit gipfel
    sommet conference konferenz conférence assembly versammlung assemblée strategy
    strategie stratégie programme program programm fund fonds directive richtlinie
    regulation verordnung règlement advisor adviser berater conseiller secretary sekretär
    secrétaire ambassador botschafter ambassadeur chancellor kanzler chancelier
    commissioner kommissar commissaire literature literatur littérature peace frieden paix
    games spiele jeux
"""

#: Round numbers a version may write as a lone word ("mil", "tausendste"), which the number
#: extractor does not report on its own (see :func:`_worded`).
WORDED_VALUES = frozenset({100, 1000, 10**6, 10**9})
#: Small numbers a version may write as a Roman numeral, which the number extractor does not
#: read (a Roman "II" may be a number, an annex or a heading level): a regnal number
#: ("Elizabeth II" / Danish "Elizabeth 2.") explains a lone 2 on the other side. Only upper
#: case numerals of two letters or more: a lone "V" or "I" is a preposition or a pronoun.
ROMAN_VALUES = range(2, 40)

#: Confidence of a flag relative to the confidence of the bead it sits on, by subtype.
SCORE_CHANGED = 1.0
#: A value on one side only: the translation may have rephrased it.
SCORE_MISSING = 0.7
#: A number written in words on one side only (info).
SCORE_INFO = 0.3
SUBTYPE_SCORES = {
    "changed": SCORE_CHANGED, "spelled": SCORE_INFO, "worded": SCORE_INFO, "rendered": SCORE_INFO,
    "roman": SCORE_INFO, "translated": SCORE_INFO,
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"['’‘ʼ]s?$")
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’‘ʼ](?=[^\W\d_]{3})")
_LOOSE_LETTERS = str.maketrans(
    {"z": "s", "c": "k", "h": "k", "q": "k", "j": "i", "y": "i", "w": "v"}
)
_GREEK_ACCENTED_PAIR = re.compile(r"([άέόύώήίΆΈΌΎΏΉΊ])([ιυ])")
_GREEK_DIAERESIS = {"ι": "ϊ", "υ": "ϋ"}
_GREEK_MEDIAL = re.compile(r"(?<=\w)(?:μπ|ντ|γκ)")
_GREEK_MEDIAL_LATIN = {"μπ": "mb", "ντ": "nd", "γκ": "ng"}
#: An English "w" before a vowel at the start of a word, in Greek and Cyrillic letters.
_INITIAL_W = re.compile(r"^(?:γου|ου)(?=[αεηιοωάέήίόώ])", re.IGNORECASE)
_CYRILLIC_W = re.compile(r"^у(?=[аеиоъ])", re.IGNORECASE)
#: Irish initial mutations: eclipsis ("i bhFrainc", "gCasacstáin", "nÉirinn"), the "t" or
#: "h" before a word after the article ("an tSín", "na hÉireann", "an t-Uisce") and
#: lenition ("an Fhrainc", "an Ghearmáin"): the radical form is the one to compare.
_IRISH_PREFIX = re.compile(
    r"^(?:m(?=B)|g(?=C)|n(?=[DG])|bh(?=F)|b(?=P)|d(?=T)|t(?=S)"  # eclipsis, "tS"
    r"|[nth]-?(?=[AEIOUÁÉÍÓÚ])|[nth]-(?=[aeiouáéíóú]))"  # before a vowel
)
_IRISH_LENITION = re.compile(r"^([BCDFGMPST])h(?=[^\W\d_])")
#: German writes a Russian "ж" (ž) as "sch" (Breschnew); "tsch" is "č" and read apart.
_GERMAN_ZH = re.compile(r"(?<!t)sch", re.IGNORECASE)
#: Spellings of one sound the extractor's keys keep apart, folded before comparing.
_LOOSE_DIGRAPHS: tuple[tuple[str, str], ...] = (("tj", "ch"), ("eu", "ev"), ("au", "av"))


#: What an extractor returns for one fact.
Mention = NumberMention | DateMention | RefMention | NameMention


@dataclass(frozen=True)
class Fact:
    """One number, date, reference or name found on one side of a bead.

    Attributes:
        type: ``number``, ``date``, ``reference`` or ``name``.
        key: the value compared across languages (225, (2022, 1, 23), ("article", "132", "4")).
        value: the key as a short, language-independent string ("225", "2022-01-23",
            "article 132(4)"), used in evidence and by the cross-language consensus.
        surface: the text as printed.
        span: (start, end) offsets in the text the fact was found in.
        position: ``span[0]`` over the length of that text, from 0 to 1.
        spelled: True for a number written in words.
        mention: the extractor's mention (numbers: to tell small whole numbers).
    """

    type: str
    key: Hashable
    value: str
    surface: str
    span: tuple[int, int]
    position: float
    spelled: bool = False
    mention: Mention | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class FactFinding:
    """A fact on one side without its counterpart on the other.

    Attributes:
        type: ``number``, ``date``, ``reference`` or ``name``.
        subtype: ``changed`` (both sides have a value, they differ), ``missing`` (only the
            pivot has it), ``extra`` (only the other version has it), ``spelled`` (a
            number in words on one side only), ``worded`` (a number in digits on one side
            that the other writes as a word: ``detail``) or ``roman`` (the other writes
            it as a Roman numeral); for names also ``rendered`` (the other version writes
            the name another way, judged by the model) and ``translated`` (it translates
            the name's words, :mod:`compare.checks.translated_names`), both info.
        severity: ``info``, ``warning`` or ``error``.
        pivot: the pivot's fact, None for ``extra``.
        other: the other version's fact, None for ``missing``.
        detail: what differs, for dates ("the day differs").
    """

    type: str
    subtype: str
    severity: str
    pivot: Fact | None
    other: Fact | None
    detail: str = ""


# --- numbers, dates and references ------------------------------------------------------


def compare_facts(
    pivot_text: str, pivot_lang: str, other_text: str, other_lang: str
) -> tuple[FactFinding, ...]:
    """The number, date and reference divergences between two versions of one text.

    Args:
        pivot_text: the pivot's text (one unit, or the units of a bead joined by a space).
        pivot_lang: its EU language code.
        other_text: the other version's text.
        other_lang: its EU language code.

    Returns:
        The findings: numbers, then dates, then references; for each, changed values first,
        then those on the pivot side only, then those on the other side only.

    Raises:
        InputError: when a language is not an EU language or a text is not a string.

    Example:
        >>> [(f.type, f.subtype) for f in compare_facts(
        ...     "am 23. Januar 2022 gemäß Artikel 144 Absatz 5", "de",
        ...     "on 28 January 2022 under Rule 144(5)", "en")]
        [('date', 'changed')]
    """
    pivot = _side_facts(pivot_text, pivot_lang)
    other = _side_facts(other_text, other_lang)
    left_p: dict[str, list[Fact]] = {}
    left_o: dict[str, list[Fact]] = {}
    for kind in ("number", "date", "reference"):
        left_p[kind], left_o[kind] = _match_equal(pivot[kind], other[kind])
    _absorb(left_p, left_o)
    _absorb(left_o, left_p)
    _decades(left_p, left_o)
    _decades(left_o, left_p)
    _clock_times(left_p["number"], left_o["number"])
    findings: list[FactFinding] = []
    findings.extend(_worded(left_p["number"], other_text, other_lang, pivot_text, pivot=True))
    findings.extend(_worded(left_o["number"], pivot_text, pivot_lang, other_text, pivot=False))
    findings.extend(_conversions(left_p["number"], pivot_text, left_o["number"], other_text))
    findings.extend(_number_findings(left_p["number"], left_o["number"]))
    findings.extend(_date_findings(left_p["date"], left_o["date"]))
    findings.extend(_reference_findings(left_p["reference"], left_o["reference"]))
    return tuple(findings)


def _side_facts(text: str, lang: str) -> dict[str, list[Fact]]:
    facts = extract_facts(text, lang)
    size = max(len(text), 1)
    return {
        "number": [_number_fact(m, size) for m in facts.numbers],
        "date": [_date_fact(m, size) for m in facts.dates],
        "reference": [_reference_fact(m, size) for m in facts.references],
    }


def _number_fact(m: NumberMention, size: int) -> Fact:
    value = m.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return Fact(
        "number", value, format_number(value), m.surface, m.span, m.span[0] / size,
        spelled=m.spelled, mention=m,
    )  # fmt: skip


def _date_fact(m: DateMention, size: int) -> Fact:
    return Fact("date", m.key, m.isoformat(), m.surface, m.span, m.span[0] / size, mention=m)


def _reference_fact(m: RefMention, size: int) -> Fact:
    return Fact(
        "reference", m.key, format_reference(m.key), m.surface, m.span, m.span[0] / size,
        mention=m,
    )  # fmt: skip


def format_number(value: int | float) -> str:
    """A number as a language-independent string: 10000, 1.5.

    Example:
        >>> format_number(10000), format_number(1.5), format_number(2.0)
        ('10000', '1.5', '2')
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value) if isinstance(value, int) else f"{value:g}"


def format_reference(key: tuple[str, ...]) -> str:
    """A reference key for display: ``article 132(4)``, ``OJ C 23, p. 83``, a code as is.

    Example:
        >>> format_reference(("article", "132", "4")), format_reference(("oj", "C", "23", "83"))
        ('article 132(4)', 'OJ C 23, p. 83')
    """
    kind, parts = key[0], key[1:]
    if kind == "article" and parts:
        return f"article {parts[0]}" + "".join(f"({p})" for p in parts[1:])
    if kind == "oj" and len(parts) >= 2:
        page = f", p. {parts[2]}" if len(parts) > 2 else ""
        return f"OJ {parts[0]} {parts[1]}{page}"
    return " ".join(parts) if parts else kind


def _match_equal(a: Sequence[Fact], b: Sequence[Fact]) -> tuple[list[Fact], list[Fact]]:
    """Facts of each side left once equal keys are paired, nearest position first."""
    by_key_b: dict[Hashable, list[Fact]] = defaultdict(list)
    for fact in b:
        by_key_b[fact.key].append(fact)
    used: set[int] = set()
    left_a: list[Fact] = []
    for key, group in _groups(a).items():
        candidates = by_key_b.get(key, [])
        pairs = sorted(
            (abs(x.position - y.position), i, j)
            for i, x in enumerate(group)
            for j, y in enumerate(candidates)
        )
        taken_a: set[int] = set()
        taken_b: set[int] = set()
        for _, i, j in pairs:
            if i not in taken_a and j not in taken_b:
                taken_a.add(i)
                taken_b.add(j)
                used.add(id(candidates[j]))
        left_a.extend(x for i, x in enumerate(group) if i not in taken_a)
    left_b = [y for y in b if id(y) not in used]
    return sorted(left_a, key=lambda f: f.span), left_b


def _groups(facts: Sequence[Fact]) -> dict[Hashable, list[Fact]]:
    groups: dict[Hashable, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.key].append(fact)
    return groups


def _absorb(side: dict[str, list[Fact]], other: dict[str, list[Fact]]) -> None:
    """Settle a fact read as another kind on the other side (in place).

    A year-only date on one side and the same year as a number on the other; a date or a
    reference on one side whose numbers are all among the numbers left on the other side
    (the extractor did not recognise its wording there).
    """
    numbers = other["number"]
    for kind in ("date", "reference"):
        for fact in list(side[kind]):
            parts = _numeric_parts(fact)
            if not parts:
                continue
            chosen = _take_values(numbers, parts)
            if chosen is not None:
                side[kind].remove(fact)
                for number in chosen:
                    numbers.remove(number)


#: A clock time as printed: hours, a separator (":" "." "h", a space), minutes.
_CLOCK = re.compile(r"(\d{1,2})\s?[:.h]\s?(\d{2})")


def _clock(fact: Fact, read_as_time: bool) -> tuple[int, int] | None:
    """(hours, minutes) of a number printed as a clock time ("15:00", "20.30", "20 h 30";
    with ``read_as_time``, only one the extractor read as a time: "15:00", "22.00 Uhr",
    not a bare "15.00", which may be a decimal)."""
    mention = fact.mention
    if fact.spelled or not isinstance(mention, NumberMention):
        return None
    if read_as_time and mention.kind != "time":
        return None
    found = _CLOCK.fullmatch(fact.surface.strip())
    if found is None:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2))
    return (hours, minutes) if hours <= 24 and minutes < 60 else None


def _same_clock(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The same time of day, on the 24-hour clock or the 12-hour clock ("20:30", "8:30")."""
    return a[1] == b[1] and (a[0] == b[0] or (min(a[0], b[0]) <= 12 and abs(a[0] - b[0]) == 12))


def _clock_times(left_p: list[Fact], left_o: list[Fact]) -> None:
    """Settle a clock time that the two sides print differently (in place).

    A time the extractor read as one (with a colon: "15:00 UTC") is the same time as a
    number on the other side printed with a point ("15.00 UTC", which alone would be a
    decimal) or on the 12-hour clock ("8:30" for "20:30", the half of the day said in
    words: "8.30 õhtul", "este 8:30"). The nearest such pair is settled first.
    """
    clocks_p = [(_clock(f, read_as_time=False), _clock(f, read_as_time=True)) for f in left_p]
    clocks_o = [(_clock(f, read_as_time=False), _clock(f, read_as_time=True)) for f in left_o]
    pairs = [
        (abs(p.position - o.position), i, j)
        for i, (p, (a, a_time)) in enumerate(zip(left_p, clocks_p, strict=True))
        for j, (o, (b, b_time)) in enumerate(zip(left_o, clocks_o, strict=True))
        if a and b and (a_time or b_time) and _same_clock(a, b)
    ]
    taken_p: set[int] = set()
    taken_o: set[int] = set()
    for _, i, j in sorted(pairs):
        if i not in taken_p and j not in taken_o:
            taken_p.add(i)
            taken_o.add(j)
    left_p[:] = [f for i, f in enumerate(left_p) if i not in taken_p]
    left_o[:] = [f for j, f in enumerate(left_o) if j not in taken_o]


def _decades(side: dict[str, list[Fact]], other: dict[str, list[Fact]]) -> None:
    """Settle a decade written with its century on one side and without on the other
    (in place): "1960s" / "1960er-Jahre" / "années 1960" against "60-те години" / "anni
    '60" / "jaren zestig". A year of a whole decade left on ``side`` pairs with a number
    left on ``other`` that is its last two digits (10 to 90); the century the other side
    names beside it ("60. let 20. století") goes with them.
    """
    numbers = other["number"]
    for kind in ("date", "number"):
        for fact in list(side[kind]):
            year = _decade_year(fact)
            if year is None:
                continue
            decade = next((n for n in numbers if n.key == year % 100), None)
            if decade is None:
                continue
            side[kind].remove(fact)
            numbers.remove(decade)
            century = next((n for n in numbers if n.key == year // 100 + 1 and not n.spelled), None)
            if century is not None:
                numbers.remove(century)


def _decade_year(fact: Fact) -> int | None:
    """The year of a fact that can name a decade (a year-only date or a plain number
    from 1000 to 2090 ending in 0 but not 00), else None."""
    if fact.type == "date":
        year, month, day = _date_key(fact)
        value: object = year if month is None and day is None else None
    else:
        value = None if fact.spelled else fact.key
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    return value if 1000 <= value <= 2090 and value % 10 == 0 and value % 100 else None


def _numeric_parts(fact: Fact) -> list[int]:
    if fact.type == "date":
        return [x for x in _date_key(fact) if x is not None]
    return [int(d) for d in re.findall(r"\d+", " ".join(_reference_key(fact)[1:]))]


def _date_key(fact: Fact) -> tuple[int | None, int | None, int | None]:
    if not isinstance(fact.mention, DateMention):
        raise TypeError(f"not a date: {fact!r}")
    return fact.mention.key


def _reference_key(fact: Fact) -> tuple[str, ...]:
    if not isinstance(fact.mention, RefMention):
        raise TypeError(f"not a reference: {fact!r}")
    return fact.mention.key


def _take_values(numbers: Sequence[Fact], parts: Sequence[int]) -> list[Fact] | None:
    """Numbers (not in words) whose values are exactly ``parts``, or None if any is absent."""
    pool = [n for n in numbers if not n.spelled]
    chosen: list[Fact] = []
    for part in parts:
        match = next((n for n in pool if n.key == part and n not in chosen), None)
        if match is None:
            return None
        chosen.append(match)
    return chosen


def _pair(
    a: list[Fact],
    b: list[Fact],
    compatible: Callable[[Fact, Fact], bool],
    *,
    far: bool = True,
) -> list[tuple[Fact, Fact]]:
    """Pair leftover facts of the two sides; paired facts are removed from ``a`` and ``b``.

    Two compatible facts pair when their relative positions are within
    :data:`PAIR_WINDOW`, or (with ``far``) whatever their positions when each is the
    other's only compatible candidate (word order moves a date from the end of a citation
    to its start).
    """
    candidates = [(i, j) for i, x in enumerate(a) for j, y in enumerate(b) if compatible(x, y)]
    degree_a = Counter(i for i, _ in candidates)
    degree_b = Counter(j for _, j in candidates)
    ranked = sorted(candidates, key=lambda c: (abs(a[c[0]].position - b[c[1]].position), c))
    pairs: list[tuple[int, int]] = []
    for i, j in ranked:
        if any(i == p or j == q for p, q in pairs):
            continue
        near = abs(a[i].position - b[j].position) <= PAIR_WINDOW
        if near or (far and degree_a[i] == 1 and degree_b[j] == 1):
            pairs.append((i, j))
    result = [(a[i], b[j]) for i, j in sorted(pairs)]
    for i, j in sorted(pairs, reverse=True):
        del a[i]
    for j in sorted((j for _, j in pairs), reverse=True):
        del b[j]
    return result


def _conversions(
    pivot: list[Fact], pivot_text: str, other: list[Fact], other_text: str
) -> list[FactFinding]:
    """Measurements converted to other units ("20 Fuß" / "6 metrów"): info findings; the
    pairs are removed from ``pivot`` and ``other``."""

    def how(p: Fact, o: Fact) -> str | None:
        return _conversion(p, pivot_text, o, other_text)

    pairs = _pair(pivot, other, lambda p, o: how(p, o) is not None)
    return [
        FactFinding("number", "converted", "info", p, o, detail=f"converted, {how(p, o)}")
        for p, o in pairs
    ]


def _conversion(p: Fact, pivot_text: str, o: Fact, other_text: str) -> str | None:
    if p.spelled or o.spelled or not _is_number(p.key) or not _is_number(o.key):
        return None
    after_p = pivot_text[p.span[1] : p.span[1] + UNIT_WINDOW]
    after_o = other_text[o.span[1] : o.span[1] + UNIT_WINDOW]
    return converted(float(p.key), after_p, float(o.key), after_o)  # type: ignore[arg-type]


def _is_number(key: Hashable) -> bool:
    return isinstance(key, int | float) and not isinstance(key, bool)


def _worded(
    facts: list[Fact], text: str, lang: str, own_text: str, *, pivot: bool
) -> list[FactFinding]:
    """Numbers (of ``own_text``) that ``text`` writes in a form the number extractor does
    not report there.

    - Round numbers (:data:`WORDED_VALUES`) as a lone word: "über 1.000" / "supera las
      mil", "1,000th" / "tausendste", "over 1,000" / "Ezernél" (a case ending). The
      extractor does not report a lone "thousand" ("thousands of" is no count); a word that
      is, or begins with, the language's word for the value (at least 4 letters for a
      prefix) explains the number here.
    - An English number word kept in a name ("9th Ward" / German "Ninth Ward", "Group of
      Seven"): a capitalised English word for the value next to another capitalised word.
    - Small numbers (:data:`ROMAN_VALUES`) as a Roman numeral: "Elizabeth 2." / "Elizabeth
      II" (subtype ``roman``).

    The last two count only where ``text`` has the word more often than ``own_text``: an
    "Annex II" on both sides is the same annex and explains no lone 2.
    Such facts are removed from ``facts`` and returned as info findings.
    """
    out: list[FactFinding] = []
    for fact in list(facts):
        subtype, word = _written_as(fact, text, lang, own_text)
        if word is not None:
            facts.remove(fact)
            p, o = (fact, None) if pivot else (None, fact)
            out.append(FactFinding("number", subtype, "info", p, o, detail=word))
    return out


def _written_as(fact: Fact, text: str, lang: str, own_text: str) -> tuple[str, str | None]:
    """("worded" or "roman", the word of ``text`` that writes the fact's value, or None)."""
    if fact.key in WORDED_VALUES:
        return "worded", _number_word(fact.key, text, lang)
    if fact.spelled or not isinstance(fact.key, int) or isinstance(fact.key, bool):
        return "worded", None
    word = _english_name_word(fact.key, text) if lang != "en" else None
    if word is not None and _more_often(word, text, own_text):
        return "worded", word
    numeral = to_roman(fact.key).upper() if fact.key in ROMAN_VALUES else ""
    if len(numeral) >= 2 and _more_often(numeral, text, own_text):  # "V", "I": words too
        return "roman", numeral
    return "worded", None


def _more_often(word: str, text: str, own_text: str) -> bool:
    """Whether ``text`` has ``word`` (a whole word, same case) more often than ``own_text``."""
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")
    return len(pattern.findall(text)) > len(pattern.findall(own_text))


def _number_word(value: object, text: str, lang: str) -> str | None:
    forms = CARDINALS.get(lang, {}).get(value, "").split()  # type: ignore[call-overload]
    for token in _WORD.findall(text):
        low = token.lower()
        if any(low == f or (len(f) >= 4 and low.startswith(f)) for f in forms):
            return token
    return None


def _english_name_word(value: int, text: str) -> str | None:
    """A capitalised English word for ``value`` before or after another capitalised word."""
    forms = {CARDINALS["en"].get(value, ""), ORDINALS["en"].get(value, "")} - {""}
    forms = {f for form in forms for f in form.split()}
    if not forms:
        return None
    tokens = list(_WORD.finditer(text))
    for k, token in enumerate(tokens):
        word = token.group()
        if not word[0].isupper() or word.lower() not in forms:
            continue
        neighbours = [tokens[x].group() for x in (k - 1, k + 1) if 0 <= x < len(tokens)]
        if any(n[0].isupper() and n.lower() not in forms for n in neighbours):
            return word
    return None


def _number_findings(left_p: list[Fact], left_o: list[Fact]) -> Iterable[FactFinding]:
    changed = _pair(left_p, left_o, lambda x, y: not x.spelled and not y.spelled)
    for p, o in changed:
        yield FactFinding("number", "changed", "error", p, o)
    for fact in left_p:
        yield FactFinding("number", *_lone_number(fact, "missing"), pivot=fact, other=None)
    for fact in left_o:
        yield FactFinding("number", *_lone_number(fact, "extra"), pivot=None, other=fact)


def _lone_number(fact: Fact, subtype: str) -> tuple[str, str]:
    """(subtype, severity) of a number on one side only."""
    if fact.spelled:
        return "spelled", "info"
    mention = fact.mention
    kind = mention.kind if isinstance(mention, NumberMention) else "cardinal"
    small = isinstance(fact.key, int) and 0 <= fact.key <= SMALL_NUMBER
    if small and kind in ("cardinal", "ordinal"):
        return subtype, "warning"
    return subtype, "error"


def _date_findings(left_p: list[Fact], left_o: list[Fact]) -> Iterable[FactFinding]:
    _pair(left_p, left_o, _dates_consistent)  # one given less fully: not a divergence
    for p, o in _pair(left_p, left_o, _dates_comparable):
        yield FactFinding("date", "changed", "error", p, o, detail=_date_detail(p, o))
    for fact in left_p:
        yield FactFinding("date", "missing", "warning", fact, None)
    for fact in left_o:
        yield FactFinding("date", "extra", "warning", None, fact)


def _dates_consistent(a: Fact, b: Fact) -> bool:
    """No component given on both sides differs ("Januar 2022" and "5 January 2022")."""
    pairs = zip(_date_key(a), _date_key(b))
    return all(x is None or y is None or x == y for x, y in pairs)


def _dates_comparable(a: Fact, b: Fact) -> bool:
    """Same components given, or at least one component in common."""
    pairs = list(zip(_date_key(a), _date_key(b)))
    same_shape = all((x is None) == (y is None) for x, y in pairs)
    return same_shape or any(x is not None and x == y for x, y in pairs)


def _date_detail(a: Fact, b: Fact) -> str:
    names = ("year", "month", "day")
    differ = [
        name
        for name, x, y in zip(names, _date_key(a), _date_key(b))
        if x is not None and y is not None and x != y
    ]
    if not differ:
        return ""
    return "the " + " and ".join(differ) + (" differ" if len(differ) > 1 else " differs")


def _reference_findings(left_p: list[Fact], left_o: list[Fact]) -> Iterable[FactFinding]:
    _pair(left_p, left_o, _references_consistent)  # a paragraph given on one side only
    for p, o in _pair(left_p, left_o, _same_reference_kind):
        yield FactFinding("reference", "changed", "error", p, o)
    for fact in left_p:
        yield FactFinding("reference", "missing", "warning", fact, None)
    for fact in left_o:
        yield FactFinding("reference", "extra", "warning", None, fact)


def _references_consistent(a: Fact, b: Fact) -> bool:
    """Same kind and one key extends the other: ("article", "3") and ("article", "3", "5")."""
    ka, kb = _reference_key(a), _reference_key(b)
    shorter, longer = sorted((ka, kb), key=len)
    return ka[0] == kb[0] and longer[: len(shorter)] == shorter


def _same_reference_kind(a: Fact, b: Fact) -> bool:
    return _reference_key(a)[0] == _reference_key(b)[0]


# --- names ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameSide:
    """The names of one side of a bead and the word keys a name can be looked up in.

    Attributes:
        names: the names the extractor found, as facts (key: the name's key).
        words: for each name, its name words (words the extractor takes for a name on their
            own: "Rathaus" in "Rathaus von Almaty" is not one), each as its loose keys.
        tokens: the loose keys of every word of the text.
        neighbours: for each name, the German words beside a name word that the extractor
            cannot place ("Gillard" in "Julia Gillard"; see :func:`_core_words`), each as
            its loose keys: checked only against a name of the other version that stands
            in its place.
        lang: the side's EU language code.
    """

    names: tuple[Fact, ...]
    words: tuple[tuple[tuple[str, ...], ...], ...]
    tokens: frozenset[str]
    neighbours: tuple[tuple[tuple[str, ...], ...], ...]
    lang: str


def loose_key(key: str) -> str:
    """A name key with letters that languages swap folded together (for lookup only).

    Example:
        >>> loose_key("kasahstan"), loose_key("kazakstan"), loose_key("evropa")
        ('kasakstan', 'kasakstan', 'evropa')
    """
    for old, new in _LOOSE_DIGRAPHS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key.translate(_LOOSE_LETTERS))


@lru_cache(maxsize=16384)
def _word_keys(word: str, lang: str) -> tuple[str, ...]:
    """Loose keys of one word: its key, and the keys of spellings ``name_key`` misreads.

    German: without the genitive -s ("Kasachstans"), and with "tsch" written "č" (``name_key``
    turns "Tschuprina" into "huprina": its "tsch" -> "ch" rule is undone by "ch" -> "h");
    "sch" also read as "ž", which German has no letter for ("Doschd" / "Dožd", "Breschnew"
    / "Brezhnev").
    Greek: an accented vowel before ι or υ stands alone ("Αμπάι" is Abai, not "abe"), and
    μπ, ντ, γκ inside a word are mb, nd, ng ("Μπεγκιμπέτοφ" is Begimbetov). Cyrillic and
    Greek write an English "w" before a vowel as "у" and "γου" / "ου" ("Уембли",
    "Γουέμπλεϊ" for Wembley): also read as "в" / "β". A Latin "ch" is also read as French
    "sh" ("Vichy", "Michel": "Виши", "Višī", "Μισέλ").
    Irish: also the radical form, without an initial mutation ("tSíne", "Shíne" / "Síne",
    "bhFrainc" / "Fhrainc" / "Frainc").
    """
    forms = [word]
    if lang == "ga":
        radical = _IRISH_LENITION.sub(r"\1", _IRISH_PREFIX.sub("", word))
        if radical != word and len(radical) > 1:
            forms.append(radical)
    if lang == "de":
        if len(word) > 4 and word.endswith("s"):
            forms.append(word[:-1])
        if "tsch" in word.lower():
            forms.append(re.sub("tsch", "č", word, flags=re.IGNORECASE))
        if _GERMAN_ZH.search(word):  # Doschd, Breschnew: ž
            forms.append(_GERMAN_ZH.sub("ž", word))
    elif lang == "el":
        split = _GREEK_ACCENTED_PAIR.sub(lambda m: m.group(1) + _GREEK_DIAERESIS[m.group(2)], word)
        forms.append(split)
        forms.append(_GREEK_MEDIAL.sub(lambda m: _GREEK_MEDIAL_LATIN[m.group()], split))
        forms.extend(_INITIAL_W.sub("β", f, count=1) for f in list(forms) if _INITIAL_W.match(f))
    elif _CYRILLIC_W.match(word):
        forms.append("в" + word[1:])
    keys = [loose_key(name_key(form, lang)) for form in forms]
    if lang != "fr" and "ch" in word.lower() and word.isascii():
        keys.append(loose_key(name_key(word, "fr")))  # a French name: Vichy / Виши / Βισύ
    return tuple(dict.fromkeys(k for k in keys if k))


@lru_cache(maxsize=16384)
def _is_name_word(word: str, lang: str) -> bool:
    """Whether the extractor takes ``word`` for a name on its own, inside a sentence."""
    return bool(extract_names(f"x {word}", lang))


def name_side(text: str, lang: str, candidates: Iterable[str | NameMention] = ()) -> NameSide:
    """The names of ``text`` and the keys to look them up with.

    Args:
        text: one side of a bead.
        lang: its EU language code.
        candidates: names of the other side (confirm capitalised words as names).
    """
    size = max(len(text), 1)
    mentions = extract_names(text, lang, candidates=list(candidates) or None)
    names: list[Fact] = []
    words: list[tuple[tuple[str, ...], ...]] = []
    neighbours: list[tuple[tuple[str, ...], ...]] = []
    for m in mentions:
        if sum(ch.isalpha() for ch in m.text) < MIN_NAME_LETTERS:
            continue  # "U" and "S" of "U.S."
        names.append(Fact("name", m.key, m.key, m.text, m.span, m.span[0] / size, mention=m))
        core, beside = _core_words(m.text, lang)
        words.append(tuple(keys for w in core if (keys := _word_keys(w, lang))))
        neighbours.append(tuple(keys for w in beside if (keys := _word_keys(w, lang))))
    tokens = frozenset(k for w in set(_WORD.findall(text)) for k in _word_keys(w, lang))
    return NameSide(tuple(names), tuple(words), tokens, tuple(neighbours), lang)


def _core_words(name: str, lang: str) -> tuple[list[str], list[str]]:
    """The words of a name to look for in the other version: (name words, neighbours).

    A name word is one the extractor takes for a name on its own. A neighbour is, in
    German, a capitalised word the extractor cannot place (neither a listed noun nor
    noun-shaped) right after a name word: "Gillard" in "Julia Gillard", "Ferguson" in "Alex
    Ferguson"; one before it is mostly a noun in apposition ("Hurrikans Katrina"). A long
    one (more than :data:`NAME_NEIGHBOUR_MAX` letters) is more likely a compound noun
    ("Strafgesetzbuchs Kasachstans"); a word after a particle is not beside the name
    ("Rathaus von Almaty").
    """
    tokens = name.split()
    bare = [_bare(t) for t in tokens]
    capital = [_WORD.fullmatch(b) is not None and b[:1].isupper() for b in bare]
    # an initial ("Lyndon B. Johnson") is often left out or spelt out in other versions
    named = [
        c
        and len(b) > 1
        and not (b != t and b.isupper())  # "UK’s": an acronym, as the extractor leaves them
        and (_is_name_word(b, lang) or _is_name_word(t, lang))
        for t, b, c in zip(tokens, bare, capital)
    ]
    core: list[str] = []
    beside: list[str] = []
    for i, token in enumerate(tokens):
        if named[i]:
            core.append(bare[i])
        elif lang == "de" and capital[i] and i > 0 and named[i - 1] and _unplaced(token):
            beside.append(token)
    return core, beside


def _bare(token: str) -> str:
    """A name token without a possessive ending or an elided particle: "Erdoğan’s" ->
    "Erdoğan", "O‘Flynn" -> "Flynn", "D'Alema" -> "Alema" (the other versions write the
    particle in other ways or not at all, and the words of their text are letters only)."""
    return _ELIDED.sub("", _POSSESSIVE.sub("", token))


def _unplaced(word: str) -> bool:
    """A German word neither listed nor noun-shaped, short enough to be a surname."""
    return len(word) <= NAME_NEIGHBOUR_MAX and german_word_status(word) == "unknown"


def word_found(word: str, tokens: Iterable[str], learnt: frozenset[str] = frozenset()) -> bool:
    """Whether a name word (a loose key) has a counterpart among ``tokens``.

    A token is a counterpart when its key is at least :data:`NAME_MATCH_THRESHOLD` similar;
    when both share their first :data:`NAME_PREFIX` letters (all but the last letter of a
    shorter word; a word of :data:`NAME_MIN_STEM` letters whole, with up to 2 letters after
    it), or their first :data:`NAME_PREFIX` consonants: declension and derivation
    change the end of a name, transliteration its vowels ("Semjonowa", "Semenova"); or when
    its first :data:`NAME_PREFIX` letters are a learnt stem (see :func:`learn_variants`).

    Example:
        >>> word_found("astana", {"astanaban"}), word_found("batkaev", {"baitenov"})
        (True, False)
    """
    need = min(NAME_PREFIX, len(word) - 1)
    skeleton = _skeleton(word)
    need_consonants = min(NAME_PREFIX, len(skeleton))
    for token in tokens:
        if token == word or token[:NAME_PREFIX] in learnt:
            return True
        if need >= NAME_MIN_STEM and token[:need] == word[:need]:
            if need >= NAME_PREFIX or len(token) - len(word) <= NAME_PREFIX_EXTRA:
                return True
        if len(word) == NAME_MIN_STEM and token.startswith(word) and len(token) <= 5:
            return True  # a short name with a case ending ("Mao" / "Maos", "Mao" / "Maon")
        if (
            need_consonants > NAME_MIN_STEM
            and _skeleton(token)[:need_consonants] == skeleton[:need_consonants]
        ):
            return True
        if _similar(token, word):
            return True
        if len(word) >= NAME_IN_COMPOUND and _in_compound(word, token):
            return True
    return False


def _in_compound(word: str, token: str) -> bool:
    """Whether ``token`` is a compound holding ``word`` (see :data:`NAME_COMPOUND_EXTRA`)."""
    extra = len(token) - len(word)
    if extra >= NAME_COMPOUND_EXTRA and word in token:
        return True
    return extra >= NAME_COMPOUND_HEAD and token.endswith(word)


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> str:
    """The first letter and the consonants after it: "semionova" -> "smnv"."""
    return key[:1] + re.sub("[aeiou]", "", key[1:])


def _similar(a: str, b: str) -> bool:
    """Edit similarity of two keys at least :data:`NAME_MATCH_THRESHOLD`."""
    longest = max(len(a), len(b), 1)
    allowed = int((1 - NAME_MATCH_THRESHOLD) * longest + 1e-9)
    if abs(len(a) - len(b)) > allowed:
        return False
    return _distance(a, b) <= allowed


@lru_cache(maxsize=65536)
def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def learn_variants(beads: Sequence[tuple[NameSide, NameSide]]) -> dict[str, frozenset[str]]:
    """Stems of the other version that stand for a pivot name word across the document.

    Country names are translated, and their adjectives replace the German genitive
    ("Staatsorgane Kasachstans", "las autoridades kazajas"). A stem (the first
    :data:`NAME_PREFIX` letters of a word) of the other version is learnt for a pivot name
    word when both begin with the same :data:`NAME_LEARN_PREFIX` letters, they share at least
    :data:`NAME_MIN_COOCCURRENCE` beads, and at least :data:`NAME_MIN_ASSOCIATION` of the
    beads holding the stem hold the name. A name that occurs once learns nothing, so a
    replaced person's name is never learnt.

    Args:
        beads: (pivot side, other side) of each bead with both sides.

    Returns:
        Pivot name word (loose key) -> learnt stems of the other version.
    """
    name_beads: dict[str, set[int]] = defaultdict(set)
    stem_beads: dict[str, set[int]] = defaultdict(set)
    for index, (pivot, other) in enumerate(beads):
        for words in pivot.words:
            for keys in words:
                for key in keys:
                    name_beads[key].add(index)
        for token in other.tokens:
            stem_beads[token[:NAME_PREFIX]].add(index)
    by_start: dict[str, list[str]] = defaultdict(list)
    for stem in stem_beads:
        by_start[stem[:NAME_LEARN_PREFIX]].append(stem)
    learnt: dict[str, frozenset[str]] = {}
    for word, where in name_beads.items():
        if len(where) < NAME_MIN_COOCCURRENCE or len(word) < NAME_LEARN_PREFIX:
            continue
        found = frozenset(
            stem
            for stem in by_start.get(word[:NAME_LEARN_PREFIX], ())
            if _associated(where, stem_beads[stem])
        )
        if found:
            learnt[word] = found
    return learnt


def _associated(name_beads: set[int], stem_beads: set[int]) -> bool:
    shared = len(name_beads & stem_beads)
    return shared >= NAME_MIN_COOCCURRENCE and shared >= NAME_MIN_ASSOCIATION * len(stem_beads)


def compare_names(
    pivot: NameSide,
    other: NameSide,
    learnt: dict[str, frozenset[str]] | None = None,
    known: frozenset[str] | None = None,
) -> tuple[FactFinding, ...]:
    """Pivot names without a counterpart in the other version, paired with a leftover name.

    Args:
        pivot: the pivot side (:func:`name_side`).
        other: the other side.
        learnt: variants learnt over the document (:func:`learn_variants`).
        known: loose keys of the name words of the whole pivot document (:func:`known_names`;
            default: those of ``pivot``). A leftover name of the other version with a word
            among them is a likelier replacement than a capitalised common word.

    Returns:
        One ``name`` finding per pivot name missing or replaced, severity error.
    """
    learnt = learnt or {}
    lost: list[Fact] = []
    unsure: list[tuple[Fact, list[tuple[str, ...]]]] = []
    for name, words, beside in zip(pivot.names, pivot.words, pivot.neighbours, strict=True):
        if not _name_present(_distinctive(words), pivot, other, learnt):
            lost.append(name)
        elif missing := [k for k in _distinctive(beside) if not _present(k, pivot, other, learnt)]:
            unsure.append((name, missing))
    if not lost and not unsure:
        return ()
    known = known_names([pivot]) if known is None else known
    extra = [
        name
        for name, words in zip(other.names, other.words)
        if not all(_name_word_found(keys, pivot.tokens, {}) for keys in words)
    ]
    familiar = {id(n) for n, w in zip(other.names, other.words) if _familiar(w, known)}
    fits = _fits(pivot, other)
    pairs = _partners(lost, extra, familiar, fits)
    findings = [FactFinding("name", "changed", "error", p, o) for p, o in pairs]
    findings.extend(FactFinding("name", "missing", "error", p, None) for p in lost)
    findings.extend(_replaced_neighbours(unsure, extra, familiar, fits))
    return tuple(sorted(findings, key=lambda f: f.pivot.span if f.pivot else (0, 0)))


def known_names(sides: Iterable[NameSide]) -> frozenset[str]:
    """The loose keys of every word of the names of the pivot ``sides``."""
    return frozenset(
        key
        for side in sides
        for name in side.names
        for word in _WORD.findall(name.surface)
        for key in _word_keys(word, side.lang)
    )


def _familiar(words: Sequence[tuple[str, ...]], known: frozenset[str]) -> bool:
    return any(word_found(key, known) for keys in words for key in keys)


Fits = Callable[[Fact, Fact], bool]


def _fits(pivot: NameSide, other: NameSide) -> Fits:
    """Whether a leftover name of the other version may stand for a lost pivot name.

    A leftover with a word that the pivot's text has outside the lost name renders that
    other text ("Canadian Diabetes Association" for "Kanadischen Diabetesverbands", "Médico
    Ehud Ur" for "Dr. Ehud Ur"): it is no replacement of "Nova Scotia". One sharing a name
    word with the lost name ("Rinat Baytenov" for "Rinat Batkaev") may be.
    """
    words = {id(name): _distinctive(w) for name, w in zip(other.names, other.words)}

    def fits(lost: Fact, leftover: Fact) -> bool:
        own = {k for w in _WORD.findall(lost.surface) for k in _word_keys(w, pivot.lang)}
        elsewhere = pivot.tokens - own
        anchored = any(_name_word_found(k, elsewhere, {}) for k in words.get(id(leftover), ()))
        return not anchored or _share_word(lost.surface, pivot.lang, leftover.surface, other.lang)

    return fits


def _partners(
    lost: list[Fact], extra: list[Fact], familiar: set[int], fits: Fits
) -> list[tuple[Fact, Fact]]:
    """Pair lost names with leftover names of the other version that ``fits`` allows;
    paired names are removed from ``lost`` and ``extra``.

    A leftover with a word among the document's names ("Julia Moreau", "Europa") is taken
    first, near the lost name or, with as many words, anywhere (word order moves names);
    then any leftover near it. A far leftover that is no name of the document is another
    difference (an institution word the other version capitalises, "Asociación").
    """
    of_document = [e for e in extra if id(e) in familiar]
    others = [e for e in extra if id(e) not in familiar]
    pairs = _pair(lost, of_document, fits, far=False)
    pairs += _pair(lost, of_document, lambda x, y: fits(x, y) and _same_shape(x, y))
    pairs += _pair(lost, others, fits, far=False)
    left = {id(e) for e in of_document + others}
    extra[:] = [e for e in extra if id(e) in left]
    return pairs


def _name_present(
    words: Sequence[Sequence[str]],
    pivot: NameSide,
    other: NameSide,
    learnt: dict[str, frozenset[str]],
) -> bool:
    """Whether every word of a name (each as its loose keys) is in the other version.

    A word that is not found as itself still counts when another word of the same name is
    found and it is there in a looser form (:func:`_loosely_found`): a first name
    transliterated with other vowels ("Jamie Siminoff" / "Джейми Симиноф", "Larry Nassar"
    / "Lerija Nasara", "Kier Starmer" / "Kīrs Starmers") or a short word with a case
    ending ("Bob Dylan" / "Boba Dylana"). The first word of a name of three or more may be
    missing when all the others are found: English writes titles into names
    ("Congresswoman Michele Bachmann", "Speaker Newt Gingrich") that other versions
    translate or leave out.
    """
    found = [_present(keys, pivot, other, learnt) for keys in words]
    if all(found):
        return True
    if not any(found):
        return False
    if len(found) > 2 and all(found[1:]):
        return True  # a title before a found name ("Congresswoman Michele Bachmann")
    return all(f or _loosely_found(keys, other.tokens) for f, keys in zip(found, words))


def _loosely_found(keys: Sequence[str], tokens: Iterable[str]) -> bool:
    """A token with the same consonants in the same order (after a case ending of up to
    :data:`NAME_SKELETON_ENDING` letters is taken off), or one that begins with the whole
    word and adds at most :data:`NAME_SHORT_ENDING` letters."""
    for key in keys:
        skeleton = _skeleton(key)
        for token in tokens:
            if token.startswith(key) and len(token) - len(key) <= NAME_SHORT_ENDING:
                return True
            if len(skeleton) >= 2 and skeleton in _ending_skeletons(token):
                return True
    return False


@lru_cache(maxsize=16384)
def _ending_skeletons(token: str) -> frozenset[str]:
    """Consonant skeletons of a token and of the token without a case ending of up to
    :data:`NAME_SKELETON_ENDING` letters ("kirs": "krs", "kr")."""
    return frozenset(
        _skeleton(token[: len(token) - cut])
        for cut in range(NAME_SKELETON_ENDING + 1)
        if len(token) - cut >= 2
    )


def _present(
    keys: Sequence[str], pivot: NameSide, other: NameSide, learnt: dict[str, frozenset[str]]
) -> bool:
    """Whether a pivot name word is in the other version, as itself or as the other
    language's name of the same country, region or language (:func:`exonym_found`)."""
    if _name_word_found(keys, other.tokens, learnt):
        return True
    return exonym_found(keys, pivot.lang, other)


def names_without_counterpart(text: str, lang: str, opposite: str, opposite_lang: str) -> list[str]:
    """The names of ``text`` of which ``opposite`` has no counterpart (in any spelling, or
    as its language's name of the same country, region or language).

    Example:
        >>> names_without_counterpart("et en particulier la Russie", "fr",
        ...                           "fordert die Nachbarn Kasachstans auf", "de")
        ['Russie']
    """
    mine, theirs = name_side(text, lang), name_side(opposite, opposite_lang)
    return [
        name.surface
        for name, words in zip(mine.names, mine.words, strict=True)
        if (keys := _distinctive(words)) and not all(_present(k, mine, theirs, {}) for k in keys)
    ]


def is_place_name(surface: str, lang: str) -> bool:
    """Whether every word of a name is a word of a CLDR country, region or language name in
    ``lang`` ("Russie", "Russland", "Südafrika"): names whose absence from the other version
    :func:`exonym_found` can establish in any EU language (cities, which it also knows,
    are left out: a city's name in an unmatched passage is more often a translator's
    explicitation than a country's).

    Example:
        >>> is_place_name("Russie", "fr"), is_place_name("Lidová organizace", "cs")
        (True, False)
    """
    words = [_word_keys(w, lang) for w in _WORD.findall(surface)]
    return bool(words) and all(
        any(not _is_city(code) for k in keys for code in _exonym_codes(k, lang)) for keys in words
    )


def exonym_found(keys: Sequence[str], lang: str, other: NameSide) -> bool:
    """Whether ``other`` names a country, region, language or city that the word (its loose
    ``keys`` in ``lang``) names: "Deutschland" / "Germany" / "Niemcy", "Französisch" /
    "French", "Europa" / "Eiropas", "Rome" / "Rzymie" / "Рим". Names from CLDR (Babel) in
    every EU language; cities are CLDR's exemplar cities of the time zones.

    Example:
        >>> exonym_found(_word_keys("Frankreich", "de"), "de", name_side("in France", "en"))
        True
    """
    codes = {c for key in keys for c in _exonym_codes(key, lang)}
    return any(
        word_found(name_key, other.tokens)
        for code in codes
        for name_key in _exonym_index(other.lang)[1].get(code, ())
    )


def _exonym_codes(key: str, lang: str) -> set[str]:
    """The CLDR codes whose names in ``lang`` have a word matching the loose ``key``."""
    by_stem, _ = _exonym_index(lang)
    return {
        code for name_key, code in by_stem.get(key[:EXONYM_STEM], ()) if word_found(key, {name_key})
    }


@lru_cache(maxsize=32)
def _exonym_index(
    lang: str,
) -> tuple[dict[str, list[tuple[str, str]]], dict[str, tuple[str, ...]]]:
    """(stem -> [(word key, code)], code -> word keys) of the territory, language and city
    names of CLDR in ``lang`` (words of at least :data:`EXONYM_MIN_LETTERS` letters)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return {}, {}
    names = [(f"T{c}", n) for c, n in locale.territories.items()]
    names += [(f"T{c}", n) for c, ns in VARIANT_COUNTRY_NAMES.get(lang, {}).items() for n in ns]
    names += [(f"L{c}", n) for c, n in locale.languages.items() if len(c) <= 3]
    names += [
        (f"T{c}", locale.languages[g]) for c, g in national_languages() if g in locale.languages
    ]
    names += [(f"C{zone}", city) for zone, city in _cities(locale).items()]
    by_stem: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_code: dict[str, set[str]] = defaultdict(set)
    for code, name in names:
        for word in _WORD.findall(name):
            if len(word) < (EXONYM_CITY_MIN_LETTERS if _is_city(code) else EXONYM_MIN_LETTERS):
                continue
            for key in _word_keys(word, lang):
                by_stem[key[:EXONYM_STEM]].append((key, code))
                by_code[code].add(key)
    return dict(by_stem), {c: tuple(sorted(k)) for c, k in by_code.items()}


@lru_cache(maxsize=1)
def national_languages() -> tuple[tuple[str, str], ...]:
    """(territory, language) pairs where the country's adjective is its language's name.

    "die französischen Behörden" translates "the authorities of France", "polskie" names
    Poland: the language name of CLDR stands for the country too, when the language is
    the country's first official language and its one-word name begins like the
    language's in English, German or French (Frankreich / Französisch, Poland / Polish;
    not the United States / English, nor French Guiana / French).

    Example:
        >>> ("FR", "fr") in national_languages(), ("US", "en") in national_languages()
        (True, False)
    """
    from babel import Locale
    from babel.languages import get_official_languages

    locales = [Locale.parse(code) for code in NATIONAL_PREFIX_LOCALES]
    pairs = []
    for code in locales[0].territories:
        official = get_official_languages(code, de_facto=True) if code.isalpha() else ()
        if not official:
            continue
        names = [
            (loc.territories.get(code, ""), loc.languages.get(official[0], "")) for loc in locales
        ]
        if any(_adjective_of(country, language) for country, language in names):
            pairs.append((code, official[0]))
    return tuple(pairs)


def _adjective_of(country: str, language: str) -> bool:
    """Whether a one-word country name and a language name begin alike ("Französisch-
    Guayana" has two words: "französisch" does not name it)."""
    if len(_WORD.findall(country)) != 1 or not language:
        return False
    return country[:NATIONAL_PREFIX].lower() == language[:NATIONAL_PREFIX].lower()


def _is_city(code: str) -> bool:
    """Whether an exonym code of :func:`_exonym_index` names a city ("C" + time zone)."""
    return code.startswith("C")


def _cities(locale: Any) -> dict[str, str]:
    """CLDR's exemplar cities of the time zones, in the locale's language ("Europe/Rome":
    "Rim", "Rzym", "Róimh"); a city CLDR does not translate keeps its English name, the
    zone's last part ("Rome"), as CLDR specifies."""
    from babel.core import get_global

    named = locale.time_zones
    return {
        zone: named.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        for zone in get_global("zone_territories")
    }


def _replaced_neighbours(
    unsure: list[tuple[Fact, list[tuple[str, ...]]]],
    extra: list[Fact],
    familiar: set[int],
    fits: Fits,
) -> list[FactFinding]:
    """Names lost only by a neighbour word ("Julia Gillard" / "Julia Keller"): an error when
    a name of the other version stands in their place and none of its words resembles the
    lost word (:data:`NEIGHBOUR_RENDERING`); "Nova Scotia" / "Nowej Szkocji" is the name
    written another way, and a neighbour without a name in its place may be a noun."""
    names = [name for name, _ in unsure]
    missing = {id(name): words for name, words in unsure}
    findings = []
    for name, other in _partners(names, extra, familiar, fits):
        keys = [loose_key(k) for k in other.value.split()]
        if not any(_resembles(lost, keys) for lost in missing[id(name)]):
            findings.append(FactFinding("name", "changed", "error", name, other))
    return findings


def _resembles(lost: tuple[str, ...], keys: Sequence[str]) -> bool:
    return any(edit_similarity(a, b) >= NEIGHBOUR_RENDERING for a in lost for b in keys)


def _same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether every word of each name resembles a word of the other by letters
    (:data:`NAME_WORD_RENDERING`), in any order."""

    def covered(x: Sequence[str], y: Sequence[str]) -> bool:
        return all(any(edit_similarity(k, m) >= NAME_WORD_RENDERING for m in y) for k in x)

    return bool(a) and bool(b) and covered(a, b) and covered(b, a)


def _same_shape(a: Fact, b: Fact) -> bool:
    """Whether two names have as many words ("Rinat Batkaev", "Rinat Baytenov")."""
    return len(_WORD.findall(a.surface)) == len(_WORD.findall(b.surface))


def _distinctive(words: Sequence[tuple[str, ...]]) -> Sequence[tuple[str, ...]]:
    """The name words that must be found: all but the generic nouns that languages translate
    ("Dalhousie University" is "Dalhousie Egyetem", "Sveučilište Dalhousie"). A "name" of
    generic nouns only ("University" cut off from an unrecognised "Dalhousie") is a common
    noun: nothing to find."""
    generic = _generic_keys()
    return [keys for keys in words if not generic.intersection(keys)]


@lru_cache(maxsize=1)
def _generic_keys() -> frozenset[str]:
    words = GENERIC_NAME_NOUNS.split()
    return frozenset(k for lang in ("de", "en", "fr") for w in words for k in _word_keys(w, lang))


class RenderingJudge:
    """Tells a name written another way in the other version from a replaced one.

    Args:
        encoder: the sentence encoder (``embed``).
        document: the surfaces of every name of the pivot document.
        langs: the pivot's and the other version's languages.
    """

    def __init__(self, encoder: object, document: Sequence[str], langs: tuple[str, str]) -> None:
        self.encoder = encoder
        self.langs = langs
        self.document = tuple(document)
        self._vectors: dict[str, object] = {}

    def review(
        self, findings: Sequence[FactFinding], pivot: NameSide, other: NameSide
    ) -> tuple[FactFinding, ...]:
        """``findings`` with each name rendered another way turned into an info finding.

        A name of ``other`` that renders other words of the pivot's text ("Канадската" for
        "Kanadischen") is no candidate (see :func:`_fits`)."""
        fits = _fits(pivot, other)
        return tuple(self._review(f, other.names, fits) for f in findings)

    def _review(self, finding: FactFinding, names: Sequence[Fact], fits: Fits) -> FactFinding:
        if finding.type != "name" or finding.pivot is None:
            return finding
        candidates = [c for c in names if fits(finding.pivot, c)]
        if not candidates:
            return finding
        name = finding.pivot.surface
        # A candidate sharing a name word is where the name went, judged by its letters
        # alone (the model rates similar-sounding person names as alike, and rated the
        # Irish "Mórshlalóm" 0.91 like "Gyöngyi Dani"): the same name when every word
        # resembles one of the other's ("Гьонги Дани", "Dani Gyöngyi"), else the name with
        # a word changed ("Gyöngyi Kowalski", "Rinat Baytenov" for "Rinat Batkaev"), and no
        # other name is asked of the model. One sharing only a generic word ("Novém
        # Skotsku" / "Nova Kowalski" for "Nova Scotia") must resemble it by its other words.
        pivot_lang, other_lang = self.langs
        model: list[Fact] = []
        for c in candidates:
            if _share_word(name, pivot_lang, c.surface, other_lang):
                keys = _name_keys(name, pivot_lang), _name_keys(c.surface, other_lang)
                if not _same_words(*keys):
                    return finding
                detail = "same name in another form, by its letters"
                return FactFinding("name", "rendered", "info", finding.pivot, c, detail)
            if not _share_word(name, pivot_lang, c.surface, other_lang, generic=True):
                model.append(c)
            elif _resembles(_name_keys(name, pivot_lang), _name_keys(c.surface, other_lang)):
                detail = "same name in another form, by its letters"
                return FactFinding("name", "rendered", "info", finding.pivot, c, detail)
        candidates = model
        if not candidates:
            return finding
        self._embed([name, *self.document, *(c.surface for c in candidates)])
        best = max(candidates, key=lambda c: self.similarity(name, c.surface))
        score = self.similarity(name, best.surface)
        rivals = [d for d in self.document if d != name and d not in name and name not in d]
        closest_rival = max((self.similarity(d, best.surface) for d in rivals), default=None)
        if closest_rival is None:
            same = score >= NAME_RENDERING_ALONE
        else:
            same = score >= NAME_RENDERING_MIN and score >= closest_rival + NAME_RENDERING_MARGIN
        if not same:
            return finding
        detail = f"same name in another form, similarity {score:.2f}"
        return FactFinding("name", "rendered", "info", finding.pivot, best, detail)

    def similarity(self, a: str, b: str) -> float:
        return float(self._vectors[a] @ self._vectors[b])  # type: ignore[operator]

    def _embed(self, texts: Iterable[str]) -> None:
        new = sorted({t for t in texts if t not in self._vectors})
        if new:
            for text, vector in zip(new, self.encoder.embed(new)):  # type: ignore[attr-defined]
                self._vectors[text] = vector


def _share_word(a: str, a_lang: str, b: str, b_lang: str, generic: bool = False) -> bool:
    """Whether two names have a word in common (compared by loose keys, any script), other
    than a generic one unless ``generic`` ("Nova Scotia" and "Novém Skotsku" share no name
    word, but share the generic "Nova")."""
    words_a = [_word_keys(w, a_lang) for w in _WORD.findall(a)]
    keys_b = frozenset(k for w in _WORD.findall(b) for k in _word_keys(w, b_lang))
    compared = words_a if generic else _distinctive(words_a)
    return any(word_found(k, keys_b) for keys in compared for k in keys)


def _name_keys(name: str, lang: str) -> tuple[str, ...]:
    """The loose keys of a name's words that are not generic ("Nova Scotia" -> "skotia")."""
    words = [_word_keys(w, lang) for w in _WORD.findall(name)]
    return tuple(k for keys in _distinctive(words) for k in keys)


def _name_word_found(
    keys: Sequence[str], tokens: frozenset[str], learnt: dict[str, frozenset[str]]
) -> bool:
    """Whether any key of one name word has a counterpart among ``tokens``."""
    return any(word_found(key, tokens, learnt.get(key, frozenset())) for key in keys)


def _mentions(side: NameSide) -> list[NameMention]:
    """The extractor's mentions of a side's names (candidates for the other side)."""
    return [f.mention for f in side.names if isinstance(f.mention, NameMention)]


@lru_cache(maxsize=4096)
def _plain_names(text: str, lang: str) -> tuple[NameMention, ...]:
    """The names of a pivot text without candidates: the same for every language compared."""
    return extract_names(text, lang)


#: Names of a whole document, per side: (the pivot's, the other version's).
DocumentNames = tuple[tuple[NameMention, ...], tuple[NameMention, ...]]


def bead_names(view: BeadView, document: DocumentNames = ((), ())) -> tuple[NameSide, NameSide]:
    """Both sides' names of a bead, each confirmed with the other's candidates and with
    the names its own document has in other units (``document``: :func:`document_names`)."""
    first = _plain_names(view.pivot_text, view.pivot_lang)
    other = name_side(view.other_text, view.lang, [*first, *document[1]])
    pivot = name_side(view.pivot_text, view.pivot_lang, [*_mentions(other), *document[0]])
    return pivot, other


def document_names(sides: Sequence[tuple[NameSide, NameSide]]) -> DocumentNames:
    """The names found in every bead, per side, as candidates that confirm them in the
    other beads of the same document.

    German capitalises every noun, and a sentence's first word is capitalised in every
    language, so a name word without foreign spelling needs the other version to confirm
    it. Where that version replaced or dropped the name, nothing did: "Perry erklärte ..."
    against "Romney disse ..." left "Romney" no name, and the word aligner's link of
    "Perry" to it passed for a translation of the name. A name that the same document
    writes in another unit ("Rick Perry", "contra Romney") is a name here too.
    """
    out: list[tuple[NameMention, ...]] = []
    for k in (0, 1):
        seen: dict[str, NameMention] = {}
        for pair in sides:
            for mention in _mentions(pair[k]):
                seen.setdefault(mention.key, mention)
        out.append(tuple(seen.values()))
    return out[0], out[1]


def compare_texts(
    pivot_text: str, pivot_lang: str, other_text: str, other_lang: str
) -> tuple[FactFinding, ...]:
    """All four kinds of findings between two versions of one text (names: no learning).

    Args:
        pivot_text: the pivot's text.
        pivot_lang: its EU language code.
        other_text: the other version's text.
        other_lang: its EU language code.

    Raises:
        InputError: when a language is not an EU language or a text is not a string.

    Example:
        >>> [(f.type, f.pivot.surface, f.other.surface) for f in compare_texts(
        ...     "die Gefangenen Rinat Batkaev und 225 Menschen", "de",
        ...     "the prisoners Rinat Baytenov and 225 people", "en")]
        [('name', 'Rinat Batkaev', 'Rinat Baytenov')]
    """
    findings = compare_facts(pivot_text, pivot_lang, other_text, other_lang)
    first = _plain_names(pivot_text, pivot_lang)
    other = name_side(other_text, other_lang, first)
    pivot = name_side(pivot_text, pivot_lang, _mentions(other))
    return findings + compare_names(pivot, other)


# --- the checks -------------------------------------------------------------------------


@lru_cache(maxsize=64)
def language_name(lang: str) -> str:
    """The English name of a language code ("German"), or the code if babel lacks it."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - babel is a declared dependency
        return lang
    try:
        return Locale.parse(lang).english_name or lang
    except (UnknownLocaleError, ValueError):
        return lang


def bead_findings(view: BeadView, ctx: CheckContext) -> tuple[FactFinding, ...]:
    """The number, date and reference findings of one bead, computed once per run."""
    key = f"facts:{id(view.alignment)}:{view.index}"
    cached = ctx.cache.get(key)
    if isinstance(cached, tuple) and cached[0] is view.alignment:
        return cached[1]
    findings = compare_facts(view.pivot_text, view.pivot_lang, view.other_text, view.lang)
    ctx.cache[key] = (view.alignment, findings)
    return findings


class FactCheck(Check):
    """Shared flagging of the four fact checks: one flag per :class:`FactFinding`."""

    def check_bead(self, view: BeadView, ctx: CheckContext) -> Iterable[Divergence]:
        if not view.bead.pivot or not view.bead.other:
            return
        for finding in bead_findings(view, ctx):
            if finding.type == self.name:
                yield self.finding_flag(view, finding)

    def finding_flag(self, view: BeadView, finding: FactFinding) -> Divergence:
        """The flag of one finding, located in the units of the bead."""
        pivot_unit = other_unit = None
        pivot_span = other_span = None
        if finding.pivot is not None:
            pivot_unit, pivot_span = _place(view, finding.pivot, pivot=True)
        if finding.other is not None:
            other_unit, other_span = _place(view, finding.other, pivot=False)
        evidence: dict[str, object] = {
            "subtype": finding.subtype,
            "pivot_value": finding.pivot.value if finding.pivot else "",
            "other_value": finding.other.value if finding.other else "",
        }
        if finding.detail:
            evidence["detail"] = finding.detail
        factor = SUBTYPE_SCORES.get(finding.subtype, SCORE_MISSING)
        return self.flag(
            view, finding.severity, factor * view.bead.score, _message(view, finding),
            pivot_unit=pivot_unit, other_unit=other_unit,
            pivot_span=pivot_span, other_span=other_span,
            pivot_text=finding.pivot.surface if finding.pivot else "",
            other_text=finding.other.surface if finding.other else "",
            evidence=evidence,
        )  # fmt: skip


def _place(view: BeadView, fact: Fact, *, pivot: bool) -> tuple[str | None, tuple[int, int]]:
    """(unit label, span in that unit) of a fact found in the bead's joined text."""
    label, start = (view.locate_pivot if pivot else view.locate_other)(fact.span[0])
    units = view.pivot_units if pivot else view.other_units
    text = next((u.text for u in units if u.label == label), "")
    end = min(start + fact.span[1] - fact.span[0], len(text))
    return label, (start, end)


def _message(view: BeadView, finding: FactFinding) -> str:
    """One line: "German has 225, English has 252", "German has the date ...; ..."."""
    pivot_lang, lang = language_name(view.pivot_lang), language_name(view.lang)
    p, o = finding.pivot, finding.other
    if p is not None and o is not None:
        detail = f" ({finding.detail})" if finding.detail else ""
        return f"{pivot_lang} has {p.surface}, {lang} has {o.surface}{detail}"
    if p is not None:
        if finding.subtype == "spelled":
            return f"{pivot_lang} has {p.surface!r} ({p.value}) in words; {lang} has no number"
        if finding.subtype == "worded":
            return f"{pivot_lang} has {p.surface}; {lang} writes it as a word ({finding.detail})"
        if finding.subtype == "roman":
            roman = f"a Roman numeral ({finding.detail})"
            return f"{pivot_lang} has {p.surface}; {lang} writes it as {roman}"
        if finding.type == "name":
            return f"name missing or replaced: {lang} has no counterpart of {p.surface}"
        return f"{pivot_lang} has the {finding.type} {p.surface}; {lang} has no counterpart"
    if o is not None:
        if finding.subtype == "spelled":
            return f"{lang} has {o.surface!r} ({o.value}) in words; {pivot_lang} has no number"
        if finding.subtype == "worded":
            return f"{lang} has {o.surface}; {pivot_lang} writes it as a word ({finding.detail})"
        if finding.subtype == "roman":
            roman = f"a Roman numeral ({finding.detail})"
            return f"{lang} has {o.surface}; {pivot_lang} writes it as {roman}"
        return f"{lang} has the {finding.type} {o.surface}; {pivot_lang} has no counterpart"
    raise ValueError("a finding needs a pivot or an other fact")


@register
class NumberCheck(FactCheck):
    name = "number"
    description = "a number changed, missing or added"


@register
class DateCheck(FactCheck):
    name = "date"
    description = "a date changed (day, month or year), missing or added"


@register
class ReferenceCheck(FactCheck):
    name = "reference"
    description = "a legal reference, document code or OJ citation changed, missing or added"


@register
class NameCheck(FactCheck):
    name = "name"
    description = "a person, place or organisation name missing or replaced"

    def check_alignment(self, alignment: Alignment, ctx: CheckContext) -> Iterable[Divergence]:
        views = [
            BeadView(alignment, index, bead)
            for index, bead in enumerate(alignment.beads)
            if bead.pivot and bead.other
        ]
        sides = [bead_names(view) for view in views]
        document = document_names(sides)
        if any(document):
            sides = [bead_names(view, document) for view in views]
        learnt = learn_variants(sides)
        log.debug("%s: learnt variants for %d name words", alignment.other.lang, len(learnt))
        known = known_names(pivot for pivot, _ in sides)
        found = [compare_names(pivot, other, learnt, known) for pivot, other in sides]
        if ctx.encoder is not None and any(found):
            document = sorted({n.surface for pivot, _ in sides for n in pivot.names})
            langs = (alignment.pivot.lang, alignment.other.lang)
            judge = RenderingJudge(ctx.encoder, document, langs)
            found = [judge.review(f, pivot, other) for f, (pivot, other) in zip(found, sides)]
            found = [
                _translated(view, f, other, ctx) for view, f, (_, other) in zip(views, found, sides)
            ]
        for view, findings in zip(views, found):
            for finding in findings:
                yield self.finding_flag(view, finding)

    def check_bead(self, view: BeadView, ctx: CheckContext) -> Iterable[Divergence]:
        if not view.bead.pivot or not view.bead.other:
            return
        pivot, other = bead_names(view)
        for finding in compare_names(pivot, other):
            yield self.finding_flag(view, finding)


def _translated(
    view: BeadView, findings: Sequence[FactFinding], other: NameSide, ctx: CheckContext
) -> tuple[FactFinding, ...]:
    """``findings`` with each missing name that the other version translated word by word
    (:mod:`compare.checks.translated_names`) turned into an ``info`` finding."""
    if not any(f.type == "name" and f.subtype == "missing" for f in findings):
        return tuple(findings)
    alignment = align_bead_words(view, token_encoder(ctx))
    taken = [n.span for n in other.names]
    out = []
    for finding in findings:
        span = None
        if finding.type == "name" and finding.subtype == "missing" and finding.pivot:
            span = translated_words(alignment, finding.pivot.span, taken)
        if span is None:
            out.append(finding)
            continue
        surface = view.other_text[span[0] : span[1]]
        rendering = Fact("name", surface.lower(), surface, surface, span,
                         span[0] / max(len(view.other_text), 1))  # fmt: skip
        detail = "translated: linked word by word"
        out.append(FactFinding("name", "translated", "info", finding.pivot, rendering, detail))
    return tuple(out)
