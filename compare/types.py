"""Core types exchanged between the pipeline stages.

ingest -> segment -> align -> check -> report. Every stage takes and returns these frozen
dataclasses; none of them carries a nested dict of untyped data, and every text unit and
span carries character offsets so that a user interface can highlight it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The unit kinds a segmenter may produce, in document order of a typical EU resolution,
#: then those only legislative acts have.
UNIT_KINDS: tuple[str, ...] = (
    "title",
    "procedure",
    "opening",
    "citation",
    "recital",
    "paragraph",
    "subparagraph",
    "footnote",
    "other",
    # legislative acts (compare.segment.acts)
    "article",
    "heading",
    "annex",
    "formula",
)

#: The 24 official languages of the European Union (ISO 639-1).
EU_LANGUAGES: tuple[str, ...] = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip


@dataclass(frozen=True)
class FootnoteMarker:
    """A footnote call inside a unit: ``position`` is the offset in the unit's text."""

    number: int
    position: int


@dataclass(frozen=True)
class RawText:
    """Output of ingest: the text of one file, before segmentation.

    Attributes:
        text: the decoded text (NFC), line structure preserved.
        source: where it came from (a file name, never used as a path by later stages).
        fmt: the input format that produced it ("pdf-text", "lines", "html", "pdf", "docx").
        encoding: the character encoding the bytes were decoded with.
        blocks: for block formats (HTML, DOCX, PDF), the text blocks in reading order;
            empty for plain text, whose line structure is in ``text``.
    """

    text: str
    source: str
    fmt: str
    encoding: str = "utf-8"
    blocks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unit:
    """One structural unit of an EU document (a citation, a recital, a paragraph, ...).

    Attributes:
        label: normalised label shared by all language versions: ``title``, ``procedure``,
            ``opening``, ``cit:3``, ``rec:E`` (recitals by ordinal position, Latin letters
            A..Z, AA, AB, ...), ``par:12``, ``par:12.a`` (sub-point), ``fn:2``, ``other:4``.
        kind: one of :data:`UNIT_KINDS`.
        printed_label: the label as printed in this language ("Ε.", "ΣΤ.", "12.", "–"), or "".
        text: the unit's normalised text (wrapped lines rejoined, markers detached).
        start: offset of ``text`` in the document's normalised text.
        end: ``start + len(text)``.
        source_start: offset of the unit's first character in the source text.
        source_end: offset just past its last character in the source text.
        sentences: sentence spans as (start, end) offsets into ``text``.
        footnote_markers: footnote calls in ``text``.
    """

    label: str
    kind: str
    printed_label: str
    text: str
    start: int
    end: int
    source_start: int
    source_end: int
    sentences: tuple[tuple[int, int], ...] = ()
    footnote_markers: tuple[FootnoteMarker, ...] = ()

    def sentence_texts(self) -> tuple[str, ...]:
        """The text of each sentence of the unit."""
        return tuple(self.text[a:b] for a, b in self.sentences)


@dataclass(frozen=True)
class Document:
    """A segmented language version of a document.

    ``text`` is the normalised text: the units' texts joined by ``UNIT_SEPARATOR``, so that
    ``text[u.start:u.end] == u.text`` for every unit.
    """

    doc_id: str
    lang: str
    units: tuple[Unit, ...]
    text: str
    source: str = ""
    warnings: tuple[str, ...] = ()

    UNIT_SEPARATOR = "\n\n"

    def labels(self) -> tuple[str, ...]:
        return tuple(u.label for u in self.units)

    def by_label(self, label: str) -> Unit:
        for unit in self.units:
            if unit.label == label:
                return unit
        raise KeyError(f"no unit labelled {label!r} in {self.doc_id}/{self.lang}")


@dataclass(frozen=True)
class Bead:
    """An n:m alignment link: unit (or sentence) indices on each side; either may be empty."""

    pivot: tuple[int, ...]
    other: tuple[int, ...]
    score: float

    def kind(self) -> str:
        """ "1-1", "2-1", "1-0", "0-1", ... (pivot count first)."""
        return f"{len(self.pivot)}-{len(self.other)}"


@dataclass(frozen=True)
class Alignment:
    """The beads aligning a pivot document with one other language version."""

    pivot: Document
    other: Document
    beads: tuple[Bead, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    """What produced a result: stamped on every report so results can be reproduced."""

    version: str
    model: str
    thresholds: tuple[tuple[str, float], ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"version": self.version, "model": self.model, "thresholds": dict(self.thresholds)}


@dataclass(frozen=True)
class Divergence:
    """A located, explained difference between the pivot and another language version.

    Spans are (start, end) offsets into the text of the named unit; ``None`` where they do
    not apply (a missing unit has no span on the side where it is missing).
    """

    lang: str
    type: str
    severity: str
    score: float
    pivot_unit: str | None
    other_unit: str | None
    pivot_span: tuple[int, int] | None
    other_span: tuple[int, int] | None
    pivot_text: str
    other_text: str
    message: str
    evidence: tuple[tuple[str, str], ...] = field(default=())

    SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class LanguageResult:
    """Everything found for one language version against the pivot."""

    alignment: Alignment
    divergences: tuple[Divergence, ...] = ()

    @property
    def lang(self) -> str:
        return self.alignment.other.lang


@dataclass(frozen=True)
class Report:
    """The result of comparing a pivot document with N language versions."""

    doc_id: str
    pivot: Document
    results: tuple[LanguageResult, ...]
    signature: Signature
    created: str = ""

    def langs(self) -> tuple[str, ...]:
        return tuple(r.lang for r in self.results)

    def result(self, lang: str) -> LanguageResult:
        for r in self.results:
            if r.lang == lang:
                return r
        raise KeyError(f"no result for language {lang!r} in report {self.doc_id}")

    def divergences(self) -> tuple[Divergence, ...]:
        return tuple(d for r in self.results for d in r.divergences)
