"""A small hand-built report for the dashboard's tests (no model, no pipeline).

German pivot of eight units; English with a changed number, a missing recital, two merged
paragraphs and a paragraph left in German; French with an added unit and a weakened verb;
Greek without flags. The dashboard loads it through ``EUCOMPARE_UI_REPORT``:

    EUCOMPARE_UI_REPORT=tests.ui.fake_report:make_report streamlit run app.py
"""

from __future__ import annotations

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

DOC_ID = "ep-ta-9-2022-0012"
HOOK = "tests.ui.fake_report:make_report"

UNTRANSLATED = "beauftragt seine Präsidentin, diese Entschließung zu übermitteln."
DE = [
    ("title", "title", "", "Entschließung des Europäischen Parlaments zur Lage in Kasachstan"),
    ("opening", "opening", "", "Das Europäische Parlament,"),
    ("cit:1", "citation", "–", "unter Hinweis auf Artikel 132 Absatz 4 seiner Geschäftsordnung,"),
    ("rec:A", "recital", "A.", "in der Erwägung, dass mindestens 225 Menschen getötet wurden;"),
    ("rec:B", "recital", "B.", "in der Erwägung, dass Gegner im Exil politisch verfolgt werden;"),
    ("par:1", "paragraph", "1.", "fordert die Freilassung aller Gefangenen;"),
    ("par:2", "paragraph", "2.", "fordert nachdrücklich eine unabhängige Untersuchung;"),
    (
        "par:3",
        "paragraph",
        "3.",
        "beauftragt seine Präsidentin, diese Entschließung zu übermitteln.",
    ),
]
EN = [
    ("title", "title", "", "European Parliament resolution on the situation in Kazakhstan"),
    ("opening", "opening", "", "The European Parliament,"),
    ("cit:1", "citation", "–", "having regard to Rule 132(4) of its Rules of Procedure,"),
    ("rec:A", "recital", "A.", "whereas at least 252 people <were> killed & injured;"),
    ("par:1", "paragraph", "1.", "Calls for the release of all prisoners; strongly urges an "
     "independent investigation;"),
    ("par:3", "paragraph", "3.", UNTRANSLATED),  # left in German
]  # fmt: skip
FR = [
    ("title", "title", "", "Résolution du Parlement européen sur la situation au Kazakhstan"),
    ("opening", "opening", "", "Le Parlement européen,"),
    ("cit:1", "citation", "–", "vu l’article 132, paragraphe 4, de son règlement intérieur,"),
    ("rec:A", "recital", "A.", "considérant qu’au moins 225 personnes ont été tuées;"),
    ("rec:B", "recital", "B.", "considérant que des opposants en exil sont persécutés;"),
    ("other:1", "other", "", "Une phrase ajoutée qui ne figure pas dans le texte allemand."),
    ("par:1", "paragraph", "1.", "demande la libération de tous les prisonniers;"),
    ("par:2", "paragraph", "2.", "invite à mener une enquête indépendante;"),
    ("par:3", "paragraph", "3.", "charge sa présidente de transmettre la présente résolution."),
]
EL = [
    ("title", "title", "", "Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου για την κατάσταση στο Καζακστάν"),
    ("opening", "opening", "", "Το Ευρωπαϊκό Κοινοβούλιο,"),
    ("cit:1", "citation", "–", "έχοντας υπόψη το άρθρο 132 παράγραφος 4 του Κανονισμού του,"),
    ("rec:A", "recital", "Α.", "λαμβάνοντας υπόψη ότι σκοτώθηκαν τουλάχιστον 225 άνθρωποι·"),
    ("rec:B", "recital", "Β.", "λαμβάνοντας υπόψη ότι οι αντίπαλοι στην εξορία διώκονται·"),
    ("par:1", "paragraph", "1.", "ζητεί την απελευθέρωση όλων των κρατουμένων·"),
    ("par:2", "paragraph", "2.", "ζητεί επιμόνως ανεξάρτητη έρευνα·"),
    ("par:3", "paragraph", "3.", "αναθέτει στην Πρόεδρό του να διαβιβάσει το παρόν ψήφισμα."),
]


def document(lang: str, rows: list[tuple[str, str, str, str]]) -> Document:
    """A document whose offsets agree with its text."""
    units, offset = [], 0
    for label, kind, printed, text in rows:
        end = offset + len(text)
        units.append(Unit(label, kind, printed, text, offset, end, offset, end, ((0, len(text)),)))
        offset = end + len(Document.UNIT_SEPARATOR)
    text = Document.UNIT_SEPARATOR.join(r[3] for r in rows)
    return Document(DOC_ID, lang, tuple(units), text, source=f"{lang}.txt")


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _english(pivot: Document) -> LanguageResult:
    en = document("en", EN)
    beads = (
        *(Bead((i,), (i,), 0.97) for i in range(4)),
        Bead((4,), (), 0.93),
        Bead((5, 6), (4,), 0.88),
        Bead((7,), (5,), 0.42),
    )
    de_a, en_a = DE[3][3], EN[3][3]
    flags = (
        Divergence("en", "number", "error", 0.97, "rec:A", "rec:A", span(de_a, "225"),
                   span(en_a, "252"), "225", "252", "the number 225 became 252",
                   (("pivot_value", "225"), ("other_value", "252"))),
        Divergence("en", "structure", "error", 0.93, "rec:B", None, (0, len(DE[4][3])), None,
                   DE[4][3], "", "en has no counterpart of German rec:B",
                   (("subtype", "missing"),)),
        Divergence("en", "structure", "warning", 0.88, "par:1", "par:1", None, None, "", "",
                   "German par:1, par:2 are merged into one unit in en par:1",
                   (("subtype", "merged"),)),
        Divergence("en", "untranslated", "error", 1.0, "par:3", "par:3", None,
                   (0, len(EN[5][3])), "", EN[5][3], "en par:3 is not translated: it is in de"),
    )  # fmt: skip
    return LanguageResult(Alignment(pivot, en, beads), flags)


def _french(pivot: Document) -> LanguageResult:
    fr = document("fr", FR)
    beads = (
        *(Bead((i,), (i,), 0.96) for i in range(5)),
        Bead((), (5,), 0.81),
        Bead((5,), (6,), 0.95),
        Bead((6,), (7,), 0.9),
        Bead((7,), (8,), 0.95),
    )
    added = FR[5][3]
    flags = (
        Divergence("fr", "addition", "warning", 0.81, None, "other:1", None, (0, len(added)),
                   "", added, "fr other:1 has no counterpart in the German"),
        Divergence("fr", "modality", "info", 0.6, "par:2", "par:2", span(DE[6][3], "nachdrücklich"),
                   span(FR[7][3], "invite"), "nachdrücklich", "invite",
                   "'fordert nachdrücklich' (strongly urges) is weakened to 'invite'"),
    )  # fmt: skip
    return LanguageResult(Alignment(pivot, fr, beads), flags)


def _greek(pivot: Document) -> LanguageResult:
    el = document("el", EL)
    return LanguageResult(Alignment(pivot, el, tuple(Bead((i,), (i,), 0.95) for i in range(8))))


def make_report(drafts: bool = False) -> Report:
    """The report (``drafts``: the English result only, as if English were a draft)."""
    pivot = document("de", DE)
    results = (_english(pivot),) if drafts else (_english(pivot), _french(pivot), _greek(pivot))
    return Report(
        doc_id=DOC_ID,
        pivot=pivot,
        results=results,
        signature=Signature("0.1.0", "fake-model", (("structure.MIN", 0.5),)),
        created="2022-01-21T10:00:00+00:00",
    )
