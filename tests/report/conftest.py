"""A small hand-built report: German pivot, English (a 2-1 merge), Greek (an added and an
omitted unit) and Bulgarian (no flags). No aligner or check is involved."""

from __future__ import annotations

import pytest

from compare.types import (
    Alignment,
    Bead,
    Divergence,
    Document,
    LanguageResult,
    Report,
    Signature,
    Unit,
)

DOC_ID = "ep-ta-9-2031-0007"

DE_UNITS = [
    ("title", "title", "", "Entschließung des Europäischen Parlaments zum Schutz der Leuchttürme"),
    ("opening", "opening", "", "Das Europäische Parlament,"),
    ("cit:1", "citation", "–", "unter Hinweis auf die Erklärung vom 3. März 2031,"),
    ("rec:A", "recital", "A.", "in der Erwägung, dass 12 Leuchttürme geschlossen wurden;"),
    ("par:1", "paragraph", "1.", "fordert die Kommission auf, <Maßnahmen> & Mittel vorzusehen;"),
    (
        "par:2",
        "paragraph",
        "2.",
        "beauftragt seine Präsidentin, diese Entschließung zu übermitteln.",
    ),
    ("fn:1", "footnote", "1", "ABl. C 23 vom 21.1.2031, S. 83."),
]
EN_UNITS = [
    ("title", "title", "", "European Parliament resolution on the protection of lighthouses"),
    ("opening", "opening", "", "The European Parliament,"),
    ("cit:1", "citation", "–", "having regard to the statement of 3 March 2031,"),
    ("rec:A", "recital", "A.", "whereas 21 lighthouses have been closed;"),
    (
        "par:1",
        "paragraph",
        "1.",
        "Calls on the Commission to provide <measures> & funds; instructs its President "
        "to forward this resolution.",
    ),
    ("fn:1", "footnote", "1", "OJ C 23, 21.1.2031, p. 83."),
]
EL_UNITS = [
    ("title", "title", "", "Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου για την προστασία των φάρων"),
    ("opening", "opening", "", "Το Ευρωπαϊκό Κοινοβούλιο,"),
    ("cit:1", "citation", "–", "έχοντας υπόψη τη δήλωση της 3ης Μαρτίου 2031,"),
    ("rec:A", "recital", "Α.", "λαμβάνοντας υπόψη ότι έκλεισαν 12 φάροι < 13;"),
    ("other:1", "other", "", "Πρόσθετη πρόταση που δεν υπάρχει στο γερμανικό κείμενο."),
    ("par:1", "paragraph", "1.", "καλεί την Επιτροπή να προβλέψει μέτρα & πόρους·"),
    ("fn:1", "footnote", "1", "ΕΕ C 23 της 21.1.2031, σ. 83."),
]
BG_UNITS = [
    ("title", "title", "", "Резолюция на Европейския парламент относно защитата на фаровете"),
    ("opening", "opening", "", "Европейският парламент,"),
    ("cit:1", "citation", "–", "като взе предвид изявлението от 3 март 2031 г.,"),
    ("rec:A", "recital", "А.", "като има предвид, че 12 фара са затворени;"),
    ("par:1", "paragraph", "1.", "призовава Комисията да предвиди мерки и средства;"),
    ("par:2", "paragraph", "2.", "възлага на своя председател да предаде настоящата резолюция."),
    ("fn:1", "footnote", "1", "ОВ C 23, 21.1.2031 г., стр. 83."),
]


def make_document(lang: str, rows: list[tuple[str, str, str, str]]) -> Document:
    """A document whose units' offsets are consistent with its text."""
    units, pieces, offset = [], [], 0
    for label, kind, printed, text in rows:
        units.append(
            Unit(
                label,
                kind,
                printed,
                text,
                offset,
                offset + len(text),
                offset,
                offset + len(text),
                ((0, len(text)),),
            )
        )
        pieces.append(text)
        offset += len(text) + len(Document.UNIT_SEPARATOR)
    return Document(DOC_ID, lang, tuple(units), Document.UNIT_SEPARATOR.join(pieces),
                    source=f"{lang}.txt")  # fmt: skip


def one_to_one(n: int) -> tuple[Bead, ...]:
    return tuple(Bead((i,), (i,), 0.9) for i in range(n))


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.fixture(scope="session")
def pivot() -> Document:
    return make_document("de", DE_UNITS)


@pytest.fixture(scope="session")
def report(pivot: Document) -> Report:
    en = make_document("en", EN_UNITS)
    el = make_document("el", EL_UNITS)
    bg = make_document("bg", BG_UNITS)
    en_beads = (*one_to_one(4), Bead((4, 5), (4,), 0.81), Bead((6,), (5,), 0.95))
    el_beads = (
        *one_to_one(4),
        Bead((), (4,), 0.0),
        Bead((4,), (5,), 0.77),
        Bead((5,), (), 0.0),
        Bead((6,), (6,), 0.93),
    )
    de_rec, en_rec, el_rec = DE_UNITS[3][3], EN_UNITS[3][3], EL_UNITS[3][3]
    en_flags = (
        Divergence("en", "number", "error", 0.97, "rec:A", "rec:A", span_of(de_rec, "12"),
                   span_of(en_rec, "21"), "12", "21", "the number 12 became 21",
                   (("pivot_value", "12"), ("other_value", "21"))),
        Divergence("en", "merge", "warning", 0.81, "par:1", "par:1", None, None, "", "",
                   "paragraphs 1 and 2 are merged into one"),
    )  # fmt: skip
    el_other = EL_UNITS[4][3]
    el_flags = (
        Divergence("el", "number", "info", 0.4, "rec:A", "rec:A", span_of(de_rec, "12"),
                   span_of(el_rec, "12 φάροι < 13"), "12", "12 φάροι < 13",
                   "a comparison <13> was added"),
        Divergence("el", "addition", "error", 0.88, None, "other:1", None, (0, len(el_other)),
                   "", el_other, "a sentence is added"),
        Divergence("el", "omission", "error", 0.92, "par:2", None, (0, len(DE_UNITS[5][3])),
                   None, DE_UNITS[5][3], "", "paragraph 2 is missing"),
    )  # fmt: skip
    return Report(
        doc_id=DOC_ID,
        pivot=pivot,
        results=(
            LanguageResult(Alignment(pivot, en, en_beads), en_flags),
            LanguageResult(Alignment(pivot, el, el_beads, ("one unit added",)), el_flags),
            LanguageResult(Alignment(pivot, bg, one_to_one(7))),
        ),
        signature=Signature("0.1.0", "multilingual-e5-small", (("min_score", 0.5),)),
        created="2031-03-04T10:00:00+00:00",
    )
