"""Synthetic divergences with answer keys, for measuring the checks.

:func:`inject` takes a segmented language version and returns a divergent variant of it with
an :class:`AnswerKey` saying what was changed, where (unit labels after relabelling, character
spans in the variant's unit) and how. The key serialises to the JSON of the hand-made keys in
``corpora/*/drafts/*.key.json`` (same fields, plus spans), and :meth:`AnswerKey.from_dict`
reads those too.

Injection types (:data:`INJECTION_TYPES`):

==============  =================================================================
number          a number's digits changed (one digit, or two digits swapped)
date            the day, month or year of a date changed, in the language's format
reference       the number of an article, rule or document reference changed
name            a name replaced, or dropped from a list of names
omission        a clause of 4-15 words dropped at a comma or semicolon
addition        a clause of 4-15 words taken from another unit and inserted
polarity        a negation removed, or an evaluative word swapped for its antonym
modality        a demand or modal verb weakened, or an intensifier dropped
untranslated    a unit's text replaced by the pivot's text of that unit
structure       a unit deleted, two merged, one split, or two swapped; later units
                relabelled as a real draft would number them
==============  =================================================================

One call makes at most one injection of each requested type, each in its own unit, with
an untouched unit between any two touched ones so that the flags of one injection cannot be
mistaken for another's. Types that find no place are listed in :attr:`AnswerKey.skipped`.

Example:
    >>> doc = document_from_texts("demo", "en", ["The fee is 250 euros, payable in "
    ...     "advance at the office.", "Applications close on 3 May 2024."])
    >>> variant, key = inject(doc, rng_seed=1, types=("number",))
    >>> key.divergences[0].type, key.divergences[0].other_unit
    ('number', 'par:1')
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compare.errors import InputError
from compare.types import EU_LANGUAGES, Document, FootnoteMarker, Unit

log = logging.getLogger(__name__)

#: Every injection type, in the order the answer keys of the corpus drafts list them.
INJECTION_TYPES: tuple[str, ...] = (
    "number",
    "date",
    "reference",
    "name",
    "omission",
    "addition",
    "polarity",
    "modality",
    "untranslated",
    "structure",
)
#: Default for ``inject(types=...)``: one injection of every type.
ALL = INJECTION_TYPES
#: Structural changes; ``"structure"`` picks one at random, ``"structure:merged"`` names one.
STRUCTURE_SUBTYPES: tuple[str, ...] = ("missing", "merged", "split", "swapped")

#: Clause length for omissions and additions, in words (the issue's specification).
MIN_CLAUSE_WORDS = 4
MAX_CLAUSE_WORDS = 15
#: A name of the document at least this similar (letters of the name keys) to the name it
#: would replace is a spelling of it, not another name ("Bishkek" / "Bischkeks"); so is one
#: whose key begins with a spelling of the other's, an inflected form ("Kasahstanis" /
#: "Kasahstani", "Qazaqstannıŋ" / "Казахстан").
SAME_NAME_SIMILARITY = 0.7
#: Keys shorter than this are compared whole, never by their beginnings.
MIN_STEM_LETTERS = 5
#: Letters a unit needs before it is replaced by the pivot's text (the untranslated check's
#: MIN_LETTERS: shorter units cannot be identified and would only test the detector).
MIN_UNTRANSLATED_LETTERS = 40
#: Untouched units kept between two touched ones, so flags are attributable.
MIN_GAP = 1
#: Kinds never edited: the head of the document is not where translations diverge.
HEAD_KINDS: tuple[str, ...] = ("title", "procedure", "opening")
#: Kinds whose units may be deleted, merged, split or swapped (numbered units of the body).
STRUCTURE_KINDS: tuple[str, ...] = ("citation", "recital", "paragraph")
#: Years a changed year moves by, at most (a plausible typo or wrong year, never the same).
MAX_YEAR_SHIFT = 3

#: Processing order: the rarest opportunities first, so they get the units that have them.
_ORDER: tuple[str, ...] = (
    "untranslated",
    "reference",
    "date",
    "number",
    "name",
    "modality",
    "polarity",
    "omission",
    "addition",
    "structure",
)

# -- answer key -------------------------------------------------------------------------

Span = tuple[int, int]


@dataclass(frozen=True)
class Injection:
    """One injected divergence, as in the corpus drafts' answer keys.

    Attributes:
        id: 1-based number in the key.
        type: one of :data:`INJECTION_TYPES`.
        subtype: what exactly was done ("digit-changed", "dropped", "merged", ...).
        pivot_unit: label of the unit in the pivot (the unit's label before the change).
        other_unit: label of the changed unit in the variant, after relabelling; ``None``
            when the unit was deleted.
        pivot_text: the pivot's text of the changed part where known, else "".
        other_text: the variant's text of the changed part ("" for an omission).
        clean_text: the text of the changed part before the change ("" for an addition).
        note: one line for people.
        pivot_units: every pivot unit involved (structure), else empty.
        other_units: every variant unit involved (structure), else empty.
        pivot_span: span of ``pivot_text`` in the pivot unit, where known.
        other_span: span of ``other_text`` in the variant unit (zero-width at the place of
            an omission or a dropped name).
        clean_span: span of ``clean_text`` in the unit before the change.
    """

    id: int
    type: str
    subtype: str
    pivot_unit: str | None
    other_unit: str | None
    pivot_text: str = ""
    other_text: str = ""
    clean_text: str = ""
    note: str = ""
    pivot_units: tuple[str, ...] = ()
    other_units: tuple[str, ...] = ()
    pivot_span: Span | None = None
    other_span: Span | None = None
    clean_span: Span | None = None

    def pivot_labels(self) -> tuple[str, ...]:
        """The pivot labels this injection concerns."""
        return self.pivot_units or ((self.pivot_unit,) if self.pivot_unit else ())

    def other_labels(self) -> tuple[str, ...]:
        """The variant labels this injection concerns."""
        return self.other_units or ((self.other_unit,) if self.other_unit else ())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the drafts' keys (lists for spans; unit lists when set)."""
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "subtype": self.subtype,
            "pivot_unit": self.pivot_unit,
            "other_unit": self.other_unit,
            "pivot_text": self.pivot_text,
            "other_text": self.other_text,
            "clean_text": self.clean_text,
            "note": self.note,
        }
        if self.pivot_units:
            out["pivot_units"] = list(self.pivot_units)
        if self.other_units:
            out["other_units"] = list(self.other_units)
        for name in ("pivot_span", "other_span", "clean_span"):
            span = getattr(self, name)
            out[name] = None if span is None else [span[0], span[1]]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Injection:
        """Read one entry of a key (the drafts' keys have no spans: they become ``None``)."""
        try:
            return cls(
                id=int(data["id"]),
                type=str(data["type"]),
                subtype=str(data.get("subtype") or ""),
                pivot_unit=data.get("pivot_unit"),
                other_unit=data.get("other_unit"),
                pivot_text=str(data.get("pivot_text") or ""),
                other_text=str(data.get("other_text") or ""),
                clean_text=str(data.get("clean_text") or ""),
                note=str(data.get("note") or ""),
                pivot_units=tuple(data.get("pivot_units") or ()),
                other_units=tuple(data.get("other_units") or ()),
                pivot_span=_span(data.get("pivot_span")),
                other_span=_span(data.get("other_span")),
                clean_span=_span(data.get("clean_span")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(
                f"bad answer-key entry {data!r} ({exc}): each entry needs at least id, type, "
                "pivot_unit and other_unit"
            ) from None


def _span(value: object) -> Span | None:
    if value is None:
        return None
    a, b = value  # type: ignore[misc]
    return (int(a), int(b))


@dataclass(frozen=True)
class AnswerKey:
    """What :func:`inject` changed in a document.

    Attributes:
        doc_id: the document's identifier.
        lang: the variant's language.
        based_on: the source of the faithful version the variant was made from.
        divergences: the injections, in document order.
        seed: the random seed used (``None`` for hand-made keys).
        skipped: (type, reason) for each requested type that found no place.
        relabelled: (label before, label after) of every unit renumbered by a structural
            change; a numbering flag on such a pair is a consequence, not a new divergence.
        draft: the variant's file, for keys of drafts on disk.
    """

    doc_id: str
    lang: str
    based_on: str
    divergences: tuple[Injection, ...]
    seed: int | None = None
    skipped: tuple[tuple[str, str], ...] = ()
    relabelled: tuple[tuple[str, str], ...] = ()
    draft: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The key as the JSON object of ``drafts/*.key.json``, with the extra fields."""
        return {
            "doc_id": self.doc_id,
            "lang": self.lang,
            "draft": self.draft,
            "based_on": self.based_on,
            "seed": self.seed,
            "divergences": [d.to_dict() for d in self.divergences],
            "skipped": [{"type": t, "reason": r} for t, r in self.skipped],
            "relabelled": [[a, b] for a, b in self.relabelled],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The key as JSON text (UTF-8 letters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnswerKey:
        """Read a key written by :meth:`to_dict` or a hand-made drafts key."""
        if not isinstance(data, dict) or "divergences" not in data:
            raise InputError(
                "an answer key is a JSON object with doc_id, lang and a divergences list"
            )
        return cls(
            doc_id=str(data.get("doc_id") or ""),
            lang=str(data.get("lang") or ""),
            based_on=str(data.get("based_on") or ""),
            divergences=tuple(Injection.from_dict(d) for d in data["divergences"]),
            seed=data.get("seed"),
            skipped=tuple((s["type"], s["reason"]) for s in data.get("skipped") or ()),
            relabelled=tuple((a, b) for a, b in data.get("relabelled") or ()),
            draft=str(data.get("draft") or ""),
        )

    @classmethod
    def load(cls, path: str | Path) -> AnswerKey:
        """Read a key file (``drafts/en.key.json`` or one written by :meth:`to_json`)."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"answer key {path} not found") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"answer key {path} is not valid JSON ({exc})") from None
        return cls.from_dict(data)


# -- building documents -----------------------------------------------------------------


def document_from_texts(
    doc_id: str,
    lang: str,
    texts: Sequence[str],
    kind: str = "paragraph",
    prefix: str = "par",
    source: str = "",
) -> Document:
    """A document of one unit per text, labelled ``par:1`` .. ``par:n``.

    Used for sentence-parallel data (FLORES articles, one sentence per unit) and for
    comparing single sentence pairs.

    Args:
        doc_id: the document's identifier.
        lang: its language, an EU language code.
        texts: the units' texts, in order; none may be empty.
        kind: the units' kind.
        prefix: the label prefix.
        source: where the texts come from.

    Example:
        >>> document_from_texts("x", "de", ["Eins.", "Zwei."]).labels()
        ('par:1', 'par:2')
    """
    lang = _check_lang(lang)
    bad = [i for i, t in enumerate(texts, 1) if not isinstance(t, str) or not t.strip()]
    if bad:
        raise InputError(f"text {bad[0]} of {doc_id or 'the document'} is empty or not a str")
    slots = [
        _Slot(
            uid=i,
            label=f"{prefix}:{i}",
            kind=kind,
            printed="",
            text=t.strip(),
            origin=f"{prefix}:{i}",
        )
        for i, t in enumerate(texts, 1)
    ]
    return _build(slots, lang, doc_id, source, ())


# -- working copy of a document ---------------------------------------------------------


@dataclass
class _Slot:
    """A unit while it is being changed; ``uid`` identifies it across relabelling."""

    uid: int
    label: str
    kind: str
    printed: str
    text: str
    origin: str
    markers: tuple[FootnoteMarker, ...] = ()
    source_start: int = 0
    source_end: int = 0
    sentences: tuple[Span, ...] | None = None  # None: split again when building
    touched: bool = False

    @classmethod
    def of(cls, uid: int, unit: Unit) -> _Slot:
        return cls(
            uid=uid,
            label=unit.label,
            kind=unit.kind,
            printed=unit.printed_label,
            text=unit.text,
            origin=unit.label,
            markers=unit.footnote_markers,
            source_start=unit.source_start,
            source_end=unit.source_end,
            sentences=unit.sentences,
        )


def _build(
    slots: Sequence[_Slot], lang: str, doc_id: str, source: str, warnings: tuple[str, ...]
) -> Document:
    units: list[Unit] = []
    offset = 0
    for slot in slots:
        sentences = slot.sentences if slot.sentences is not None else _sentences(slot.text, lang)
        units.append(
            Unit(
                label=slot.label,
                kind=slot.kind,
                printed_label=slot.printed,
                text=slot.text,
                start=offset,
                end=offset + len(slot.text),
                source_start=slot.source_start,
                source_end=slot.source_end,
                sentences=sentences,
                footnote_markers=slot.markers,
            )
        )
        offset += len(slot.text) + len(Document.UNIT_SEPARATOR)
    text = Document.UNIT_SEPARATOR.join(u.text for u in units)
    return Document(doc_id, lang, tuple(units), text, source, warnings)


def _sentences(text: str, lang: str) -> tuple[Span, ...]:
    if not text:
        return ()
    try:
        from compare.segment.sentences import split_sentences

        return tuple((int(a), int(b)) for a, b in split_sentences(text, lang))
    except ModuleNotFoundError:  # pragma: no cover - the segmenter ships with the package
        return ((0, len(text)),)


def _check_lang(lang: str) -> str:
    code = (lang or "").strip().lower() if isinstance(lang, str) else ""
    if code not in EU_LANGUAGES:
        raise InputError(
            f"unknown language {lang!r}: give one of the EU language codes "
            f"({', '.join(EU_LANGUAGES)})"
        )
    return code


# -- edits ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Edit:
    """Replace ``slot.text[start:end]`` by ``new``; ``mark`` is the changed part in ``new``."""

    start: int
    end: int
    new: str
    subtype: str
    note: str
    mark: Span | None = None  # within ``new``; default: all of it
    pivot_hint: object = None  # a mention to locate in the pivot's unit
    clean: Span | None = None  # the changed part within ``[start, end)``; default: all of it

    def other_span(self) -> Span:
        a, b = self.mark if self.mark is not None else (0, len(self.new))
        return (self.start + a, self.start + b)

    def other_text(self) -> str:
        a, b = self.mark if self.mark is not None else (0, len(self.new))
        return self.new[a:b]

    def clean_span(self) -> Span:
        a, b = self.clean if self.clean is not None else (0, self.end - self.start)
        return (self.start + a, self.start + b)


def _apply(slot: _Slot, edit: _Edit) -> None:
    """Change the slot's text; footnote calls after the edit move with their text."""
    delta = len(edit.new) - (edit.end - edit.start)
    markers = []
    for m in slot.markers:
        if m.position >= edit.end:
            markers.append(FootnoteMarker(m.number, m.position + delta))
        elif m.position > edit.start:
            markers.append(FootnoteMarker(m.number, edit.start))
        else:
            markers.append(m)
    slot.text = slot.text[: edit.start] + edit.new + slot.text[edit.end :]
    slot.markers = tuple(markers)
    slot.sentences = None
    slot.touched = True


_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_DIGIT = re.compile(r"\d")
_DELIMITER = re.compile(r"[,;:](?=\s)")
_FINAL = re.compile(r"[.;:!?…]+[»”\"')\]]*\s*$")


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def _clauses(text: str) -> list[tuple[int, int, int]]:
    """(delimiter position or -1, start, end) of the stretches between , ; : delimiters."""
    cuts = [m.start() for m in _DELIMITER.finditer(text)]
    final = _FINAL.search(text)
    stop = final.start() if final else len(text)
    out: list[tuple[int, int, int]] = []
    previous = -1
    for cut in [*cuts, stop]:
        if cut > stop:
            break
        begin = previous + 1
        while begin < cut and text[begin].isspace():
            begin += 1
        if begin < cut:
            out.append((previous, begin, cut))
        previous = cut
    return out


# -- language resources -----------------------------------------------------------------
# Small lists written for this injector. Each entry is (words, replacement); a replacement
# "" drops the words. Plain entries match whole words (and their capitalised form).


#: Negations that can be taken out leaving an affirmative sentence.
NEGATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "bg": (("не", ""),),
    "cs": (("není", "je"), ("nejsou", "jsou"), ("nebyl", "byl"), ("nebyla", "byla"),
           ("nebylo", "bylo"), ("nebyly", "byly"), ("nemá", "má"), ("nemůže", "může"),
           ("nelze", "lze")),
    "da": (("ikke", ""), ("aldrig", "altid")),
    "de": (("nicht", ""), ("niemals", "immer"), ("kein", "ein"), ("keine", "eine"),
           ("keinen", "einen"), ("keinem", "einem"), ("keiner", "einer"), ("keines", "eines")),
    "el": (("δεν", ""), ("μην", "")),
    "en": (("not", ""), ("never", "always"), ("cannot", "can"), ("can't", "can"),
           ("don't", "do"), ("doesn't", "does"), ("didn't", "did"), ("isn't", "is"),
           ("aren't", "are"), ("wasn't", "was"), ("weren't", "were"), ("won't", "will")),
    "es": (("no", ""), ("nunca", "siempre")),
    "et": (("ei ole", "on"), ("pole", "on"), ("ei olnud", "oli")),
    "fi": (("ei ole", "on"), ("eivät ole", "ovat"), ("ei ollut", "oli"),
           ("eivät olleet", "olivat"), ("ei voi", "voi")),
    "fr": (),  # "ne ... pas" needs a pattern: see _PATTERNS
    "ga": (("Ní raibh", "Bhí"), ("ní raibh", "bhí"), ("níl", "tá"),
           ("nach bhfuil", "go bhfuil")),
    "hr": (("nije", "je"), ("nisu", "su"), ("nema", "ima"), ("ne", "")),
    "hu": (("nem", ""), ("nincs", "van"), ("nincsenek", "vannak")),
    "it": (("non", ""),),
    "lt": (("nėra", "yra"), ("negali", "gali"), ("nebuvo", "buvo"), ("ne", "")),
    "lv": (("nav", "ir"), ("nevar", "var"), ("nebija", "bija")),
    "mt": (("mhux", ""), ("ma kienx", "kien"), ("ma jistax", "jista’"), ("ma hemmx", "hemm")),
    "nl": (("niet", ""), ("geen", "een"), ("nooit", "altijd")),
    "pl": (("nie", ""),),
    "pt": (("não", ""), ("nunca", "sempre")),
    "ro": (("nu", ""),),
    "sk": (("nie je", "je"), ("nie sú", "sú"), ("nebol", "bol"), ("nebola", "bola"),
           ("nebolo", "bolo"), ("nemá", "má"), ("nemôže", "môže"), ("nie", "")),
    "sl": (("ni", "je"), ("niso", "so"), ("ne", "")),
    "sv": (("inte", ""), ("aldrig", "alltid")),
}  # fmt: skip

#: Evaluative words and their antonyms (both directions are used).
ANTONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "bg": (("мирни", "насилствени"), ("мирните", "насилствените"),
           ("положителен", "отрицателен"), ("положително", "отрицателно"),
           ("положителни", "отрицателни"), ("приветства", "осъжда")),
    "cs": (("pokojné", "násilné"), ("pokojných", "násilných"), ("pokojní", "násilní"),
           ("pozitivní", "negativní"), ("vyšší", "nižší"), ("největší", "nejmenší")),
    "da": (("fredelige", "voldelige"), ("fredelig", "voldelig"), ("positiv", "negativ"),
           ("positive", "negative"), ("højere", "lavere"), ("største", "mindste")),
    "de": (("friedliche", "gewaltsame"), ("friedlichen", "gewaltsamen"),
           ("positiv", "negativ"), ("positive", "negative"), ("positiven", "negativen"),
           ("höher", "niedriger"), ("größte", "kleinste"), ("begrüßt", "bedauert"),
           ("legal", "illegal")),
    "el": (("ειρηνικούς", "βίαιους"), ("ειρηνικοί", "βίαιοι"), ("ειρηνικές", "βίαιες"),
           ("ειρηνικών", "βίαιων"), ("θετικό", "αρνητικό"), ("θετική", "αρνητική"),
           ("θετικά", "αρνητικά"), ("επικροτεί", "καταδικάζει")),
    "en": (("peaceful", "violent"), ("positive", "negative"), ("increase", "decrease"),
           ("increased", "decreased"), ("higher", "lower"), ("largest", "smallest"),
           ("best", "worst"), ("legal", "illegal"), ("welcomes", "deplores")),
    "es": (("pacíficos", "violentos"), ("pacífico", "violento"), ("pacífica", "violenta"),
           ("pacíficas", "violentas"), ("positivo", "negativo"), ("positiva", "negativa"),
           ("positivos", "negativos"), ("aumento", "descenso"), ("mayor", "menor")),
    "et": (("rahumeelsed", "vägivaldsed"), ("rahumeelsete", "vägivaldsete"),
           ("rahumeelne", "vägivaldne"), ("positiivne", "negatiivne"),
           ("positiivse", "negatiivse"), ("suurem", "väiksem"), ("suurim", "väikseim")),
    "fi": (("rauhanomaisia", "väkivaltaisia"), ("rauhanomaisten", "väkivaltaisten"),
           ("rauhanomaiset", "väkivaltaiset"), ("rauhanomainen", "väkivaltainen"),
           ("myönteinen", "kielteinen"), ("myönteisesti", "kielteisesti"),
           ("suurempi", "pienempi"), ("suurin", "pienin")),
    "fr": (("pacifiques", "violents"), ("pacifique", "violent"), ("positif", "négatif"),
           ("positive", "négative"), ("positifs", "négatifs"), ("positives", "négatives"),
           ("augmentation", "diminution"), ("légal", "illégal")),
    "ga": (("síochánta", "foréigneach"), ("dearfach", "diúltach")),
    "hr": (("mirnih", "nasilnih"), ("mirni", "nasilni"), ("mirne", "nasilne"),
           ("pozitivan", "negativan"), ("pozitivno", "negativno"), ("pozitivne", "negativne"),
           ("veći", "manji"), ("najveći", "najmanji")),
    "hu": (("békés", "erőszakos"), ("pozitív", "negatív"), ("magasabb", "alacsonyabb"),
           ("legnagyobb", "legkisebb"), ("üdvözli", "elítéli")),
    "it": (("pacifici", "violenti"), ("pacifico", "violento"), ("pacifica", "violenta"),
           ("pacifiche", "violente"), ("positivo", "negativo"), ("positiva", "negativa"),
           ("positivi", "negativi"), ("aumento", "calo"), ("maggiore", "minore")),
    "lt": (("taikių", "smurtinių"), ("taikius", "smurtinius"), ("taikūs", "smurtiniai"),
           ("teigiamas", "neigiamas"), ("teigiama", "neigiama"), ("teigiamai", "neigiamai"),
           ("didesnis", "mažesnis"), ("didžiausias", "mažiausias")),
    "lv": (("miermīgos", "vardarbīgos"), ("miermīgi", "vardarbīgi"),
           ("miermīgie", "vardarbīgie"), ("miermīgo", "vardarbīgo"), ("pozitīvs", "negatīvs"),
           ("pozitīva", "negatīva"), ("pozitīvi", "negatīvi"), ("lielāks", "mazāks"),
           ("lielākais", "mazākais")),
    "mt": (("paċifiċi", "vjolenti"), ("paċifiku", "vjolent"), ("paċifika", "vjolenta"),
           ("pożittiv", "negattiv"), ("pożittiva", "negattiva"), ("pożittivi", "negattivi")),
    "nl": (("vreedzame", "gewelddadige"), ("vreedzaam", "gewelddadig"),
           ("positief", "negatief"), ("positieve", "negatieve"), ("hoger", "lager"),
           ("grootste", "kleinste")),
    "pl": (("pokojowych", "brutalnych"), ("pokojowe", "brutalne"),
           ("pozytywny", "negatywny"), ("pozytywne", "negatywne"), ("wyższy", "niższy"),
           ("największy", "najmniejszy")),
    "pt": (("pacíficos", "violentos"), ("pacífico", "violento"), ("pacífica", "violenta"),
           ("pacíficas", "violentas"), ("positivo", "negativo"), ("positiva", "negativa"),
           ("positivos", "negativos"), ("aumento", "diminuição"), ("maior", "menor")),
    "ro": (("pașnici", "violenți"), ("pașnice", "violente"), ("pașnic", "violent"),
           ("pozitiv", "negativ"), ("pozitivă", "negativă"), ("pozitive", "negative"),
           ("salută", "condamnă")),
    "sk": (("pokojných", "násilných"), ("pokojné", "násilné"), ("pokojní", "násilní"),
           ("pozitívny", "negatívny"), ("pozitívne", "negatívne"), ("vyšší", "nižší"),
           ("najväčší", "najmenší")),
    "sl": (("miroljubnih", "nasilnih"), ("miroljubni", "nasilni"), ("mirne", "nasilne"),
           ("pozitiven", "negativen"), ("pozitivno", "negativno"), ("pozitivne", "negativne"),
           ("višji", "nižji"), ("največji", "najmanjši")),
    "sv": (("fredliga", "våldsamma"), ("fredlig", "våldsam"), ("positiv", "negativ"),
           ("positiva", "negativa"), ("högre", "lägre"), ("största", "minsta")),
}  # fmt: skip

#: Intensifiers whose removal weakens a demand ("strongly urges" -> "urges").
INTENSIFIERS: dict[str, tuple[str, ...]] = {
    "bg": ("настоятелно",), "cs": ("důrazně",), "da": ("indtrængende", "kraftigt"),
    "de": ("nachdrücklich", "zutiefst", "entschieden"), "el": ("επιμόνως", "έντονα"),
    "en": ("strongly", "deeply", "firmly"), "es": ("encarecidamente", "firmemente"),
    "et": ("tungivalt",), "fi": ("painokkaasti",), "fr": ("instamment", "vivement"),
    "ga": ("go láidir",), "hr": ("snažno", "odlučno"), "hu": ("nyomatékosan", "mélységesen"),
    "it": ("vivamente", "fermamente"), "lt": ("primygtinai",), "lv": ("stingri",),
    "mt": ("bil-qawwa",), "nl": ("met klem", "ten zeerste"), "pl": ("usilnie", "stanowczo"),
    "pt": ("veementemente", "firmemente"), "ro": ("insistent", "ferm"),
    "sk": ("dôrazne", "naliehavo"), "sl": ("odločno", "nujno"), "sv": ("eftertryckligen",),
}  # fmt: skip

#: Demand and modal verbs and weaker ones (one direction: strong -> weak).
WEAKER: dict[str, tuple[tuple[str, str], ...]] = {
    "bg": (("призовава", "насърчава"), ("изисква", "предлага"), ("трябва", "може")),
    "cs": (("vyzývá", "povzbuzuje"), ("požaduje", "navrhuje"), ("musí", "může"),
           ("by měl", "by mohl"), ("by měla", "by mohla"), ("by měli", "by mohli")),
    "da": (("opfordrer", "tilskynder"), ("kræver", "ønsker"), ("skal", "kan"),
           ("bør", "kan")),
    "de": (("muss", "kann"), ("müssen", "können"), ("sollte", "könnte"),
           ("sollten", "könnten"), ("verlangt", "wünscht")),
    "el": (("καλεί", "ενθαρρύνει"), ("απαιτεί", "προτείνει"), ("θα πρέπει", "θα μπορούσε"),
           ("πρέπει", "μπορεί")),
    "en": (("urges", "invites"), ("calls on", "encourages"), ("calls for", "suggests"),
           ("demands", "asks"), ("insists", "suggests"), ("must", "may"),
           ("should", "could"), ("will", "may")),
    "es": (("insta", "anima"), ("pide", "sugiere"), ("exige", "sugiere"), ("debe", "puede"),
           ("deben", "pueden"), ("debería", "podría"), ("deberían", "podrían")),
    "et": (("nõuab", "soovitab"), ("peab", "võib"), ("peavad", "võivad"), ("peaks", "võiks"),
           ("peaksid", "võiksid")),
    "fi": (("kehottaa", "rohkaisee"), ("vaatii", "ehdottaa")),
    "fr": (("demande instamment", "suggère"), ("invite", "encourage"), ("exige", "souhaite"),
           ("doit", "peut"), ("doivent", "peuvent"), ("devrait", "pourrait"),
           ("devraient", "pourraient")),
    "ga": (("Áitíonn sí ar", "Iarrann sí ar"), ("caithfidh", "féadfaidh")),
    "hr": (("poziva", "potiče"), ("zahtijeva", "predlaže"), ("mora", "može"),
           ("moraju", "mogu"), ("trebao bi", "mogao bi"), ("trebala bi", "mogla bi"),
           ("trebali bi", "mogli bi")),
    "hu": (("felszólítja", "ösztönzi"), ("követeli", "javasolja"), ("kell", "lehet"),
           ("kellene", "lehetne")),
    "it": (("invita", "incoraggia"), ("esorta", "incoraggia"), ("chiede", "suggerisce"),
           ("deve", "può"), ("devono", "possono"), ("dovrebbe", "potrebbe"),
           ("dovrebbero", "potrebbero")),
    "lt": (("ragina", "skatina"), ("reikalauja", "siūlo"), ("turi", "gali"),
           ("turėtų", "galėtų")),
    "lv": (("aicina", "mudina"), ("pieprasa", "iesaka")),
    "mt": (("Jistieden", "Jinkoraġġixxi"), ("għandu", "jista’"), ("għandhom", "jistgħu")),
    "nl": (("moet", "kan"), ("moeten", "kunnen"), ("zou moeten", "zou kunnen"),
           ("zouden moeten", "zouden kunnen"), ("eist", "vraagt")),
    "pl": (("wzywa", "zachęca"), ("domaga się", "sugeruje"), ("musi", "może"),
           ("muszą", "mogą"), ("powinien", "mógłby"), ("powinna", "mogłaby"),
           ("powinny", "mogłyby")),
    "pt": (("insta", "incentiva"), ("exorta", "incentiva"), ("exige", "sugere"),
           ("deve", "pode"), ("devem", "podem"), ("deveria", "poderia"),
           ("deveriam", "poderiam")),
    "ro": (("invită", "încurajează"), ("îndeamnă", "încurajează"), ("solicită", "sugerează"),
           ("ar trebui", "ar putea"), ("trebuie", "poate")),
    "sk": (("vyzýva", "povzbudzuje"), ("požaduje", "navrhuje"), ("musí", "môže"),
           ("musia", "môžu"), ("by mal", "by mohol"), ("by mala", "by mohla"),
           ("by mali", "by mohli")),
    "sl": (("poziva", "spodbuja"), ("zahteva", "predlaga")),
    "sv": (("uppmanar", "uppmuntrar"), ("kräver", "önskar"), ("måste", "kan"),
           ("ska", "kan"), ("bör", "kan")),
}  # fmt: skip

#: Patterns that plain word lists cannot express: (language, type, regex, replacement).
_PATTERNS: tuple[tuple[str, str, str, str, str], ...] = (
    ("fr", "polarity", "negation", r"\b[Nn](?:e\s+|['’])(\w+)\s+(?:pas|jamais|plus)\b", r"\1"),
    ("de", "modality", "demand-verb", r"\bfordert\s+([^,;]{1,80}?)\s+auf,", r"ermutigt \1,"),
    ("et", "modality", "demand-verb", r"\bkutsub\s+([^,;]{1,60}?)\s+üles\b", r"julgustab \1"),
)

#: Surnames used when a document has no other name to swap in, by script.
SURNAMES: dict[str, tuple[str, ...]] = {
    "latin": ("Novak", "Keller", "Rossi", "Silva", "Moreau", "Jensen", "Horvat", "Kowalski"),
    "greek": ("Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Δημητρίου"),
    "cyrillic": ("Петров", "Иванов", "Димитров", "Георгиев"),
}


@dataclass(frozen=True)
class _Swap:
    pattern: re.Pattern[str]
    replacement: str
    subtype: str


def _word_pattern(words: str) -> str:
    body = r"\s+".join(re.escape(w) for w in words.split())
    return rf"(?<![\w'’-]){body}(?![\w'’-])"


def _swaps_for(entries: Iterable[tuple[str, str]], subtype: str) -> list[_Swap]:
    out: list[_Swap] = []
    for old, new in entries:
        out.append(_Swap(re.compile(_word_pattern(old)), new, subtype))
        if old[:1].islower():
            capital = old[:1].upper() + old[1:]
            out.append(
                _Swap(re.compile(_word_pattern(capital)), new[:1].upper() + new[1:], subtype)
            )
    return out


@functools.cache
def _swaps(lang: str, kind: str) -> tuple[_Swap, ...]:
    """The polarity or modality swaps of a language."""
    out: list[_Swap] = []
    if kind == "polarity":
        out += _swaps_for(NEGATIONS.get(lang, ()), "negation")
        pairs = ANTONYMS.get(lang, ())
        out += _swaps_for([*pairs, *((b, a) for a, b in pairs)], "antonym")
    else:
        out += _swaps_for(((w, "") for w in INTENSIFIERS.get(lang, ())), "intensifier")
        out += _swaps_for(WEAKER.get(lang, ()), "demand-verb")
    out += [
        _Swap(re.compile(pattern), replacement, subtype)
        for code, type_, subtype, pattern, replacement in _PATTERNS
        if code == lang and type_ == kind
    ]
    return tuple(out)


def _swap_edits(text: str, lang: str, kind: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for swap in _swaps(lang, kind):
        for m in swap.pattern.finditer(text):
            edits.append(_swap_edit(text, m, swap))
    return edits


def _swap_edit(text: str, m: re.Match[str], swap: _Swap) -> _Edit:
    new = m.expand(swap.replacement)
    start, end = m.start(), m.end()
    if new:
        return _Edit(start, end, new, swap.subtype, f"{m.group(0)!r} became {new!r}")
    # a dropped word takes one space with it; at the start the next word gets its capital
    if end < len(text) and text[end] == " ":
        end += 1
    elif start > 0 and text[start - 1] == " ":
        start -= 1
    if m.group(0)[:1].isupper() and end < len(text):
        return _Edit(
            start,
            end + 1,
            text[end].upper(),
            swap.subtype,
            f"{m.group(0)!r} dropped",
            mark=(0, 0),
            clean=(0, end - start),
        )
    return _Edit(start, end, "", swap.subtype, f"{m.group(0)!r} dropped")


# -- the injector -----------------------------------------------------------------------


@dataclass
class _Record:
    """An injection before the final labels are known."""

    type: str
    subtype: str
    pivot_unit: str | None
    uid: int | None
    pivot_text: str = ""
    other_text: str = ""
    clean_text: str = ""
    note: str = ""
    pivot_units: tuple[str, ...] = ()
    other_uids: tuple[int, ...] = ()
    pivot_span: Span | None = None
    other_span: Span | None = None
    clean_span: Span | None = None
    order: float = 0.0


class _Injector:
    """Holds the working copy of a document and applies one injection type at a time."""

    def __init__(self, doc: Document, rng: random.Random, pivot: Document | None) -> None:
        self.doc = doc
        self.lang = doc.lang
        self.rng = rng
        self.pivot = pivot
        self.slots = [_Slot.of(i, u) for i, u in enumerate(doc.units)]
        self.records: list[_Record] = []
        self.skipped: list[tuple[str, str]] = []
        self.aliases: dict[int, int] = {}  # uid of a merged-away unit -> uid it went into
        self.next_uid = len(self.slots)

    # -- choosing units -------------------------------------------------------------------
    def free(self, index: int) -> bool:
        """Not touched, and no touched unit within MIN_GAP on either side."""
        lo, hi = max(index - MIN_GAP, 0), min(index + MIN_GAP, len(self.slots) - 1)
        return not any(self.slots[k].touched for k in range(lo, hi + 1))

    def candidates(self) -> list[int]:
        """Free body units, in random order."""
        out = [i for i, s in enumerate(self.slots) if s.kind not in HEAD_KINDS and self.free(i)]
        self.rng.shuffle(out)
        return out

    # -- content types --------------------------------------------------------------------
    def content(self, type_: str, finder: Callable[[int], list[_Edit]]) -> bool:
        for index in self.candidates():
            edits = finder(index)
            if edits:
                self.record_edit(type_, index, self.rng.choice(edits))
                return True
        return False

    def record_edit(self, type_: str, index: int, edit: _Edit) -> None:
        slot = self.slots[index]
        clean_span = edit.clean_span()
        clean = slot.text[clean_span[0] : clean_span[1]]
        _apply(slot, edit)
        pivot_text, pivot_span = self.locate_in_pivot(slot.origin, edit.pivot_hint)
        self.records.append(
            _Record(
                type=type_,
                subtype=edit.subtype,
                pivot_unit=slot.origin,
                uid=slot.uid,
                pivot_text=pivot_text,
                pivot_span=pivot_span,
                other_text=edit.other_text(),
                clean_text=clean,
                note=edit.note,
                other_span=edit.other_span(),
                clean_span=clean_span,
                order=index,
            )
        )

    def locate_in_pivot(self, label: str, hint: object) -> tuple[str, Span | None]:
        """The pivot's surface of a changed fact, when it occurs there exactly once."""
        if self.pivot is None or hint is None:
            return "", None
        try:
            unit = self.pivot.by_label(label)
        except KeyError:
            return "", None
        found = _pivot_mentions(unit.text, self.pivot.lang, hint, self.lang)
        if len(found) != 1:
            return "", None
        a, b = found[0]
        return unit.text[a:b], (a, b)

    # -- untranslated ---------------------------------------------------------------------
    def untranslated(self) -> bool:
        if self.pivot is None:
            self.skipped.append(("untranslated", "needs the pivot document"))
            return True
        for index in self.candidates():
            slot = self.slots[index]
            try:
                source = self.pivot.by_label(slot.origin)
            except KeyError:
                continue
            letters = sum(ch.isalpha() for ch in source.text)
            if letters < MIN_UNTRANSLATED_LETTERS or source.text == slot.text:
                continue
            clean = slot.text
            slot.text, slot.markers = source.text, source.footnote_markers
            slot.sentences, slot.touched = source.sentences, True
            self.records.append(
                _Record(
                    "untranslated",
                    "pivot-text",
                    slot.origin,
                    slot.uid,
                    pivot_text=source.text,
                    other_text=source.text,
                    clean_text=clean,
                    note=f"{slot.origin} left in {self.pivot.lang}",
                    pivot_span=(0, len(source.text)),
                    other_span=(0, len(source.text)),
                    clean_span=(0, len(clean)),
                    order=index,
                )
            )
            return True
        return False

    # -- structure ------------------------------------------------------------------------
    def structural(self, index: int) -> bool:
        slot = self.slots[index]
        return (
            slot.kind in STRUCTURE_KINDS
            and "." not in slot.label.partition(":")[2]
            and ":" in slot.label
            and not slot.markers
            and not self.has_subunits(index)
        )

    def has_subunits(self, index: int) -> bool:
        nxt = index + 1
        return nxt < len(self.slots) and self.slots[nxt].label.startswith(
            self.slots[index].label + "."
        )

    def pair_ok(self, index: int) -> bool:
        nxt = index + 1
        return (
            nxt < len(self.slots)
            and self.structural(index)
            and self.structural(nxt)
            and self.slots[index].kind == self.slots[nxt].kind
            and self.free(index)
            and self.free(nxt)
        )

    def structure(self, subtype: str | None) -> bool:
        subtypes = [subtype] if subtype else list(STRUCTURE_SUBTYPES)
        self.rng.shuffle(subtypes)
        for name in subtypes:
            if getattr(self, f"structure_{name}")():
                return True
        return False

    def structure_missing(self) -> bool:
        for index in self.candidates():
            if not self.structural(index):
                continue
            slot = self.slots.pop(index)
            self.shift(index, slot.label, -1)
            self.records.append(
                _Record(
                    "structure",
                    "missing",
                    slot.origin,
                    None,
                    pivot_text=self.pivot_text(slot.origin),
                    clean_text=slot.text,
                    note=f"{slot.origin} deleted; later units renumbered",
                    pivot_units=(slot.origin,),
                    order=index,
                )
            )
            self.mark_touched(index - 1, index)
            return True
        return False

    def structure_merged(self) -> bool:
        for index in self.candidates():
            if not self.pair_ok(index):
                continue
            first, second = self.slots[index], self.slots.pop(index + 1)
            offset = len(first.text) + 1
            first.text = f"{first.text} {second.text}"
            first.markers = first.markers + tuple(
                FootnoteMarker(m.number, m.position + offset) for m in second.markers
            )
            first.sentences, first.touched = None, True
            first.source_end = second.source_end
            self.aliases[second.uid] = first.uid
            self.shift(index + 1, second.label, -1)
            self.records.append(
                _Record(
                    "structure",
                    "merged",
                    first.origin,
                    first.uid,
                    note=f"{first.origin} and {second.origin} merged into one unit",
                    pivot_units=(first.origin, second.origin),
                    other_uids=(first.uid,),
                    order=index,
                )
            )
            return True
        return False

    def structure_split(self) -> bool:
        for index in self.candidates():
            if not self.structural(index):
                continue
            cut = _split_point(self.slots[index])
            if cut is None:
                continue
            slot = self.slots[index]
            head, tail = slot.text[:cut].rstrip(), slot.text[cut:].lstrip()
            new = dataclasses.replace(
                slot, uid=self.next_uid, text=tail, markers=(), sentences=None, touched=True
            )
            self.next_uid += 1
            slot.text, slot.sentences, slot.touched = head, None, True
            self.shift(index + 1, slot.label, +1)
            new.label, new.printed = _shifted(slot.label, 1), _printed(slot, 1, self.lang)
            self.slots.insert(index + 1, new)
            self.records.append(
                _Record(
                    "structure",
                    "split",
                    slot.origin,
                    slot.uid,
                    note=f"{slot.origin} split into two units after {head[-20:]!r}",
                    pivot_units=(slot.origin,),
                    other_uids=(slot.uid, new.uid),
                    order=index,
                )
            )
            return True
        return False

    def structure_swapped(self) -> bool:
        for index in self.candidates():
            if not self.pair_ok(index):
                continue
            first, second = self.slots[index], self.slots[index + 1]
            if first.text == second.text:
                continue
            for attr in ("text", "markers", "sentences", "origin", "uid"):
                a, b = getattr(first, attr), getattr(second, attr)
                setattr(first, attr, b)
                setattr(second, attr, a)
            first.touched = second.touched = True
            self.records.append(
                _Record(
                    "structure",
                    "swapped",
                    second.origin,
                    second.uid,
                    note=f"{second.origin} and {first.origin} swapped",
                    pivot_units=(second.origin, first.origin),
                    other_uids=(second.uid, first.uid),
                    order=index,
                )
            )
            return True
        return False

    @functools.cached_property
    def _pivot_names(self) -> tuple[str, ...]:
        if self.pivot is None:
            return ()
        lang = self.pivot.lang
        return tuple(sorted({n.text for u in self.pivot.units for n in _names(u.text, lang)}))

    def pivot_names(self) -> tuple[str, ...]:
        """Every name found in the pivot document."""
        return self._pivot_names

    def pivot_text(self, label: str) -> str:
        if self.pivot is None:
            return ""
        try:
            return self.pivot.by_label(label).text
        except KeyError:
            return ""

    def mark_touched(self, *indices: int) -> None:
        for i in indices:
            if 0 <= i < len(self.slots):
                self.slots[i].touched = True

    def shift(self, start: int, label: str, delta: int) -> None:
        """Renumber the units from ``start`` on that continue ``label``'s sequence."""
        prefix = label.partition(":")[0]
        for slot in self.slots[start:]:
            if slot.label.partition(":")[0] != prefix or _ordinal(slot.label) is None:
                continue
            top_level = "." not in slot.label.partition(":")[2]
            slot.label = _shifted(slot.label, delta)
            if top_level:
                slot.printed = _printed(slot, 0, self.lang)

    # -- result ---------------------------------------------------------------------------
    def result(self, seed: int) -> tuple[Document, AnswerKey]:
        doc = self.doc
        variant = _build(self.slots, doc.lang, doc.doc_id, doc.source, doc.warnings)
        labels = {s.uid: s.label for s in self.slots}

        def label_of(uid: int | None) -> str | None:
            while uid is not None and uid in self.aliases:
                uid = self.aliases[uid]
            return labels.get(uid) if uid is not None else None

        injections = []
        ordered = sorted(self.records, key=lambda r: (r.order, r.type))
        for number, rec in enumerate(ordered, 1):
            injections.append(
                Injection(
                    id=number,
                    type=rec.type,
                    subtype=rec.subtype,
                    pivot_unit=rec.pivot_unit,
                    other_unit=label_of(rec.uid),
                    pivot_text=rec.pivot_text,
                    other_text=rec.other_text,
                    clean_text=rec.clean_text,
                    note=rec.note,
                    pivot_units=rec.pivot_units,
                    other_units=tuple(label_of(u) or "" for u in rec.other_uids),
                    pivot_span=rec.pivot_span,
                    other_span=rec.other_span,
                    clean_span=rec.clean_span,
                )
            )
        relabelled = tuple(
            (s.origin, s.label)
            for s in self.slots
            if s.origin != s.label
            and not any(
                r.subtype in ("swapped", "split") and s.uid in r.other_uids for r in self.records
            )
        )
        key = AnswerKey(
            doc_id=doc.doc_id,
            lang=doc.lang,
            based_on=doc.source,
            divergences=tuple(injections),
            seed=seed,
            skipped=tuple(self.skipped),
            relabelled=relabelled,
        )
        return variant, key


def _ordinal(label: str) -> int | None:
    """par:12 -> 12, par:12.a -> 12, rec:C -> 3, rec:AA -> 27, others None."""
    head = label.partition(":")[2].partition(".")[0]
    if head.isdigit():
        return int(head)
    if head.isascii() and head.isalpha() and head.isupper():
        value = 0
        for ch in head:
            value = value * 26 + ord(ch) - ord("A") + 1
        return value
    return None


def _shifted(label: str, delta: int) -> str:
    prefix, _, value = label.partition(":")
    head, dot, tail = value.partition(".")
    ordinal = (_ordinal(label) or 0) + delta
    if head.isdigit():
        head = str(ordinal)
    else:
        from compare.segment.labels import latin_label

        head = latin_label(ordinal - 1)
    return f"{prefix}:{head}{dot}{tail}"


def _printed(slot: _Slot, delta: int, lang: str) -> str:
    """The printed label of ``slot``'s label moved by ``delta`` (paragraph and recital)."""
    if not slot.printed.endswith("."):
        return slot.printed
    ordinal = (_ordinal(slot.label) or 0) + delta
    if slot.kind == "paragraph":
        return f"{ordinal}."
    if slot.kind == "recital":
        from compare.segment.labels import letter_for

        return f"{letter_for(ordinal - 1, lang)}."
    return slot.printed


def _split_point(slot: _Slot) -> int | None:
    """Where to split a unit: a sentence boundary, else a clause boundary near the middle."""
    text = slot.text
    sentences = slot.sentences or ()
    cuts = [a for a, _ in sentences[1:]]
    if not cuts:
        cuts = [m.end() for m in _DELIMITER.finditer(text)]
    middle = len(text) / 2
    good = [
        c
        for c in cuts
        if _word_count(text[:c]) >= MIN_CLAUSE_WORDS and _word_count(text[c:]) >= MIN_CLAUSE_WORDS
    ]
    return min(good, key=lambda c: abs(c - middle)) if good else None


# -- finders for the content types --------------------------------------------------------


def _facts(text: str, lang: str) -> Any:
    try:
        from compare.checks.extract import extract_facts
    except ModuleNotFoundError:
        return None
    return extract_facts(text, lang)


def _number_edits(text: str, lang: str, rng: random.Random) -> list[_Edit]:
    facts = _facts(text, lang)
    if facts is None:
        return [
            _Edit(m.start(), m.end(), *_new_digits(m.group(0), rng))
            for m in re.finditer(r"\d+", text)
        ]
    edits = []
    for mention in facts.numbers:
        if mention.spelled or not _DIGIT.search(mention.surface):
            continue
        new, subtype, note = _new_digits(mention.surface, rng)
        a, b = mention.span
        edits.append(_Edit(a, b, new, subtype, note, pivot_hint=mention))
    return edits


def _new_digits(surface: str, rng: random.Random) -> tuple[str, str, str]:
    """The surface with one digit changed, or two neighbouring different digits swapped."""
    positions = [i for i, ch in enumerate(surface) if ch.isdigit()]
    pairs = [
        (i, j)
        for i, j in zip(positions, positions[1:])
        if j == i + 1 and surface[i] != surface[j] and not (i == positions[0] and surface[j] == "0")
    ]
    chars = list(surface)
    if pairs and rng.random() < 0.5:
        i, j = rng.choice(pairs)
        chars[i], chars[j] = chars[j], chars[i]
        subtype = "digits-swapped"
    else:
        i = rng.choice(positions)
        low = 1 if i == positions[0] and len(positions) > 1 else 0
        chars[i] = rng.choice([d for d in "0123456789"[low:] if d != surface[i]])
        subtype = "digit-changed"
    new = "".join(chars)
    return new, subtype, f"{surface!r} changed to {new!r}"


def _date_edits(text: str, lang: str, rng: random.Random) -> list[_Edit]:
    facts = _facts(text, lang)
    if facts is None:
        return []
    edits: list[_Edit] = []
    for mention in facts.dates:
        a, _ = mention.span
        options = []
        if mention.day is not None:
            options.append(_date_part(mention.surface, mention.day, "day", rng))
        if mention.year is not None:
            options.append(_date_part(mention.surface, mention.year, "year", rng))
        if mention.month is not None:
            options.append(_month_edit(mention.surface, mention.month, lang, rng))
        edits += [
            dataclasses.replace(e, start=e.start + a, end=e.end + a, pivot_hint=mention)
            for e in options
            if e is not None
        ]
    return edits


def _date_part(surface: str, value: int, part: str, rng: random.Random) -> _Edit | None:
    match = re.search(rf"(?<!\d)0?{value}(?!\d)", surface)
    if match is None:
        return None
    old = match.group(0)
    if part == "year":
        new_value = value + rng.choice([d for d in range(-MAX_YEAR_SHIFT, MAX_YEAR_SHIFT + 1) if d])
    else:
        new_value = rng.choice([d for d in range(1, 29) if d != value])
    new = str(new_value).zfill(len(old)) if old.startswith("0") else str(new_value)
    return _Edit(match.start(), match.end(), new, part, f"{part} {old} changed to {new}")


@functools.cache
def _month_forms(lang: str) -> tuple[tuple[str, ...], ...]:
    """Month names of the language: one 12-tuple per (context, width) from Babel."""
    try:
        from babel.dates import get_month_names
    except ImportError:  # pragma: no cover - babel is a declared dependency
        return ()
    out = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = get_month_names(width, context=context, locale=lang)
            out.append(tuple(names[m] for m in range(1, 13)))
    return tuple(out)


def _month_edit(surface: str, month: int, lang: str, rng: random.Random) -> _Edit | None:
    best: tuple[int, int, tuple[str, ...]] | None = None
    for forms in _month_forms(lang):
        name = forms[month - 1].rstrip(".")
        if len(name) < 3:
            continue
        found = re.search(rf"(?<!\w){re.escape(name)}", surface, re.IGNORECASE)
        if found and (best is None or found.end() - found.start() > best[1] - best[0]):
            best = (found.start(), found.end(), forms)
    if best is None:
        return None
    start, end, forms = best
    other = rng.choice([m for m in range(1, 13) if m != month])
    new = forms[other - 1].rstrip(".")
    if surface[start].isupper():
        new = new[:1].upper() + new[1:]
    return _Edit(start, end, new, "month", f"month {surface[start:end]!r} changed to {new!r}")


def _reference_edits(text: str, lang: str, rng: random.Random) -> list[_Edit]:
    facts = _facts(text, lang)
    if facts is None:
        return []
    edits = []
    for mention in facts.references:
        a, _ = mention.span
        numbers = list(re.finditer(r"\d+", mention.surface))
        wanted = [m for m in numbers if m.group(0) in mention.key[1:2]] or numbers[:1]
        for m in wanted:
            new, _, note = _new_digits(m.group(0), rng)
            edits.append(
                _Edit(a + m.start(), a + m.end(), new, mention.kind, note, pivot_hint=mention)
            )
    return edits


@functools.lru_cache(maxsize=4096)
def _names(text: str, lang: str, candidates: tuple[str, ...] = ()) -> tuple[Any, ...]:
    """Names in a text (cached: the same units are searched for every candidate)."""
    try:
        from compare.checks.extract import extract_names
    except ModuleNotFoundError:
        return ()
    return extract_names(text, lang, candidates=candidates or None)


def _name_edits(
    text: str,
    lang: str,
    rng: random.Random,
    others: Sequence[str],
    pivot: tuple[str, str],
    all_pivot_names: tuple[str, ...] = (),
) -> list[_Edit]:
    """Drop a name from a list of names, or replace one by another name of the document.

    With the pivot's unit (``pivot`` = (text, lang)), only names found in both versions are
    changed, and only names found in the pivot document (``all_pivot_names``) are swapped
    in, so that a capitalised common noun is never taken for a name.
    """
    try:
        from compare.checks.extract import name_key
    except ModuleNotFoundError:
        return []
    pivot_names = tuple(n.text for n in _names(*pivot)) if pivot[0] else ()
    names = [n for n in _names(text, lang, pivot_names) if len(n.text) >= 3]
    # a name written twice in the unit (in any form) still has one occurrence left after
    # the change: only names written once are changed, a divergence at the level of names
    targets = [
        n
        for n in names
        if (n.confirmed or not pivot[0]) and sum(_same_name(n.key, m.key) for m in names) == 1
    ]
    edits: list[_Edit] = []
    for k, name in enumerate(names):
        if name not in targets:
            continue
        a, b = name.span
        after = names[k + 1] if k + 1 < len(names) else None
        before = names[k - 1] if k else None
        note = f"{name.text!r} dropped from a list of names"
        if after is not None and re.fullmatch(r",\s*", text[b : after.span[0]]):
            edits.append(_Edit(a, after.span[0], "", "dropped", note, pivot_hint=name))
        elif before is not None and re.fullmatch(r",\s*", text[before.span[1] : a]):
            edits.append(_Edit(before.span[1], b, "", "dropped", note, pivot_hint=name))
    keys = {n.key for n in names}
    pool = sorted(
        {
            n.text
            for o in others
            for n in _names(o, lang, all_pivot_names)
            if _capitalised(n.text) and n.key not in keys and (n.confirmed or not pivot[0])
        }
    )
    for name in targets:
        if len(name.text) < 4:
            continue
        size = len(name.text.split())
        # a spelling of the same name ("Bischkeks" for "Bishkek") would be no divergence
        same_shape = [
            p for p in pool
            if len(p.split()) == size and not _same_name(name_key(p, lang), name.key)
        ]  # fmt: skip
        if same_shape:
            replacement = rng.choice(same_shape)
        elif size > 1:
            replacement = _surname_swap(name.text, rng)
        else:
            continue
        if name_key(replacement, lang) == name.key:
            continue
        note = f"{name.text!r} replaced by {replacement!r}"
        edits.append(_Edit(*name.span, replacement, "replaced", note, pivot_hint=name))
    return edits


def _same_name(a: str, b: str) -> bool:
    """Whether two name keys spell one name (:data:`SAME_NAME_SIMILARITY`), the longer one
    perhaps inflected: its beginning as long as the shorter key is a spelling of it.

    Example:
        >>> _same_name("kasahstanis", "kasahstan"), _same_name("kazakstaning", "kazahstan")
        (True, True)
        >>> _same_name("almati", "bishkek"), _same_name("tokaev", "tokaevit")
        (False, True)
    """
    from compare.checks.extract.translit import edit_similarity

    if edit_similarity(a, b) >= SAME_NAME_SIMILARITY:
        return True
    short, long = sorted((a, b), key=len)
    stem = long[: len(short)]
    return len(short) >= MIN_STEM_LETTERS and edit_similarity(stem, short) >= SAME_NAME_SIMILARITY


def _capitalised(text: str) -> bool:
    """Every word starts with a capital ("Rinat Batkaev", "Almaty"), none is one letter."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() and len(w) > 1 for w in words)


def _surname_swap(name: str, rng: random.Random) -> str:
    words = name.split()
    last = words[-1]
    script = (
        "greek"
        if re.search("[α-ωΑ-Ω]", last)
        else ("cyrillic" if re.search("[а-яА-Я]", last) else "latin")
    )
    choices = [s for s in SURNAMES[script] if s.lower() != last.lower()]
    return " ".join([*words[:-1], rng.choice(choices)])


def _omission_edits(slot: _Slot) -> list[_Edit]:
    text = slot.text
    edits = []
    for delimiter, start, end in _clauses(text):
        if delimiter < 0:
            continue
        piece = text[start:end]
        if MIN_CLAUSE_WORDS <= _word_count(piece) <= MAX_CLAUSE_WORDS and not _DIGIT.search(piece):
            edits.append(
                _Edit(delimiter, end, "", "clause", f"clause {piece!r} dropped", mark=(0, 0))
            )
    for k, (a, b) in enumerate(slot.sentences or ()):
        if len(slot.sentences or ()) < 2:
            break
        piece = text[a:b]
        if MIN_CLAUSE_WORDS <= _word_count(piece) <= MAX_CLAUSE_WORDS and not _DIGIT.search(piece):
            nxt = slot.sentences[k + 1][0] if k + 1 < len(slot.sentences) else None
            span = (a, nxt) if nxt is not None else (slot.sentences[k - 1][1], b)
            edits.append(_Edit(*span, "", "sentence", f"sentence {piece!r} dropped", mark=(0, 0)))
    return edits


def _addition_edits(slot: _Slot, others: Sequence[str], lang: str) -> list[_Edit]:
    text = slot.text
    pool = []
    for other in others:
        for delimiter, start, end in _clauses(other):
            piece = other[start:end].strip(" ,;:")
            if (
                MIN_CLAUSE_WORDS <= _word_count(piece) <= MAX_CLAUSE_WORDS
                and not _DIGIT.search(piece)
                and piece not in text
            ):
                if delimiter < 0 and lang != "de" and piece[1:2].islower():
                    piece = piece[:1].lower() + piece[1:]
                pool.append(piece)
    if not pool:
        return []
    final = _FINAL.search(text)
    places = [m.start() for m in _DELIMITER.finditer(text)]
    places.append(final.start() if final else len(text))
    edits = []
    for place in places:
        for piece in pool:
            new = f", {piece}"
            edits.append(
                _Edit(place, place, new, "clause", f"clause {piece!r} added", mark=(2, len(new)))
            )
    return edits


def _pivot_mentions(text: str, lang: str, hint: object, hint_lang: str) -> list[Span]:
    """Spans in the pivot's text of a mention equal to ``hint``."""
    from compare.checks import extract as ex

    if isinstance(hint, ex.NameMention):
        return [
            n.span for n in _names(text, lang) if ex.names_match(n.text, hint.text, lang, hint_lang)
        ]
    facts = ex.extract_facts(text, lang)
    if isinstance(hint, ex.NumberMention):
        return [m.span for m in facts.numbers if m.value == hint.value]
    if isinstance(hint, ex.DateMention):
        return sorted({m.span for m in facts.dates if m.key == hint.key})
    if isinstance(hint, ex.RefMention):
        return [m.span for m in facts.references if m.key == hint.key]
    return []


def _parse_types(types: Iterable[str]) -> list[tuple[str, str | None]]:
    if isinstance(types, str):
        types = (types,)
    out: list[tuple[str, str | None]] = []
    for item in types:
        name, _, sub = str(item).partition(":")
        if name not in INJECTION_TYPES or (
            sub and (name != "structure" or sub not in STRUCTURE_SUBTYPES)
        ):
            raise InputError(
                f"unknown injection type {item!r}: choose from {', '.join(INJECTION_TYPES)} "
                f"(or structure:{'|'.join(STRUCTURE_SUBTYPES)})"
            )
        out.append((name, sub or None))
    order = {t: i for i, t in enumerate(_ORDER)}
    return sorted(out, key=lambda t: order[t[0]])


def inject(
    doc: Document,
    rng_seed: int,
    types: Iterable[str] = ALL,
    pivot: Document | None = None,
) -> tuple[Document, AnswerKey]:
    """Make a divergent variant of a segmented document, with its answer key.

    Args:
        doc: a faithful language version (any of the 24 languages).
        rng_seed: seed of the random choices; the same seed gives the same variant.
        types: the injection types (:data:`INJECTION_TYPES`), at most one injection each;
            ``"structure:merged"`` (or missing, split, swapped) names the structural change.
        pivot: the pivot document; needed for ``untranslated`` (its unit's text replaces
            the translation's) and used to locate changed facts in the pivot.

    Returns:
        The variant (units relabelled where a structural change renumbers them) and the key.

    Raises:
        InputError: ``doc`` or ``pivot`` is not a Document, or a type is unknown.

    Example:
        >>> doc = document_from_texts("d", "en", ["One, two and three are counted here, "
        ...     "then the list ends.", "Nothing else.", "The end of the story is near."])
        >>> variant, key = inject(doc, 7, types=["structure:missing"])
        >>> key.divergences[0].subtype, len(variant.units)
        ('missing', 2)
    """
    if not isinstance(doc, Document):
        raise InputError(f"inject needs a segmented Document, got {type(doc).__name__}")
    if pivot is not None and not isinstance(pivot, Document):
        raise InputError(f"pivot must be a Document or None, got {type(pivot).__name__}")
    wanted = _parse_types(types)
    state = _Injector(doc, random.Random(rng_seed), pivot)
    for type_, sub in wanted:
        if not _inject_one(state, type_, sub):
            state.skipped.append((type_, "no unit offers a place for it"))
            log.debug("%s/%s: no place for a %s injection", doc.doc_id, doc.lang, type_)
    return state.result(rng_seed)


def _inject_one(state: _Injector, type_: str, sub: str | None) -> bool:
    lang, rng, slots = state.lang, state.rng, state.slots

    def others(index: int) -> list[str]:
        """The texts of the other unchanged body units (material for names and clauses)."""
        return [
            s.text
            for k, s in enumerate(slots)
            if k != index and not s.touched and s.kind not in HEAD_KINDS
        ]

    def pivot_of(index: int) -> tuple[str, str]:
        """The pivot's text of the unit (and the pivot's language), or ("", "")."""
        text = state.pivot_text(slots[index].origin)
        return (text, state.pivot.lang) if text and state.pivot is not None else ("", "")

    finders: dict[str, Callable[[int], list[_Edit]]] = {
        "number": lambda i: _number_edits(slots[i].text, lang, rng),
        "date": lambda i: _date_edits(slots[i].text, lang, rng),
        "reference": lambda i: _reference_edits(slots[i].text, lang, rng),
        "name": lambda i: _name_edits(
            slots[i].text, lang, rng, others(i), pivot_of(i), state.pivot_names()
        ),
        "omission": lambda i: _omission_edits(slots[i]),
        "addition": lambda i: _addition_edits(slots[i], others(i), lang),
        "polarity": lambda i: _swap_edits(slots[i].text, lang, "polarity"),
        "modality": lambda i: _swap_edits(slots[i].text, lang, "modality"),
    }
    if type_ == "untranslated":
        return state.untranslated()
    if type_ == "structure":
        return state.structure(sub)
    return state.content(type_, finders[type_])


__all__ = [
    "ALL",
    "INJECTION_TYPES",
    "STRUCTURE_SUBTYPES",
    "AnswerKey",
    "Injection",
    "document_from_texts",
    "inject",
]
