"""Structure-aware segmentation of EU documents into labelled units.

An EU resolution reads: title, procedure reference "(2022/2505(RSP))", opening formula
("Das Europäische Parlament,"), citations introduced by a dash, recitals lettered in the
language's sequence ("A.", "ΣΤ.", "Й."), numbered paragraphs with sub-points ("(a)", "(i)",
"–") and footnotes. :func:`segment` finds these units in a :class:`~compare.types.RawText`
and returns a :class:`~compare.types.Document` whose units carry labels shared by all
language versions ("cit:3", "rec:F", "par:12", "par:12.a", "fn:2").

A unit starts only where the layout allows it (any line in the one-unit-per-line layout;
after a blank line or at a page break in PDF text) and only with the next expected label, so
a wrapped line starting with a date ("1. März 2020 ...") or a letter ("A. Smith") does not
start a unit. Text with none of this structure falls back to paragraphs separated by blank
lines (kind "other"), with a warning. A legislative act (a text with article headings) is
segmented by :mod:`compare.segment.acts` instead.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from compare.errors import InputError
from compare.ingest import read_bytes, read_path, text_to_raw
from compare.segment.acts import called_notes, looks_like_act, parse_act
from compare.segment.dates import starts_with_month
from compare.segment.drafts import Draft, Entry, gap_warning
from compare.segment.footnotes import FootnoteDraft, detach_markers, page_footnotes, tail_footnotes
from compare.segment.hyphenation import join_lines, vocabulary
from compare.segment.labels import (
    latin_label,
    letter_for,
    recital_ordinal,
    roman_value,
    sub_letter_ordinal,
)
from compare.segment.langcheck import language_warnings
from compare.segment.lines import PDF_FORMATS, Line, split_lines
from compare.types import EU_LANGUAGES, Document, FootnoteMarker, RawText, Unit

logger = logging.getLogger(__name__)

#: Largest jump in paragraph numbers or recital letters accepted where a unit must start
#: (an omitted paragraph in a translation still leaves the next one recognised).
MAX_GAP = 2
#: Lines searched for the procedure reference and the opening formula.
MAX_HEAD_LINES = 12
#: Longest unlabelled block without a final stop taken as a heading, not a subparagraph.
MAX_HEADING_CHARS = 100
#: Longest opening formula ("The European Parliament,").
MAX_OPENING_CHARS = 120
#: Share of lines followed by a blank line under which PDF text is taken to have no blank
#: lines between units (pypdf's plain extraction); every line is then a possible unit start.
MIN_BLANK_SHARE = 0.02

FALLBACK_WARNING = "no EU document structure found; units are paragraphs separated by blank lines"
FALLBACK_LINES_WARNING = "no EU document structure found; units are paragraphs, one per line"

PROCEDURE = re.compile(r"\(\s*\d{4}/\d{4}\s*\(\s*[A-Z]{3,4}\s*\)\s*\)")
_END = r"(?:\s+|$)"
_PARAGRAPH = re.compile(rf"^(\d{{1,3}})\.{_END}")
_RECITAL = re.compile(rf"^([^\W\d_]{{1,4}})[ʹ΄']?\.{_END}")
_DASH = re.compile(rf"^[–—\-•−‒]{_END}")
_SUB_POINT = re.compile(
    rf"^(?:\(([^\W\d_]{{1,5}}|\d{{1,2}})\)|([^\W\d_]{{1,5}}|\d{{1,2}})\)){_END}"
)
_ANY_LABEL = re.compile(rf"^(?:\d{{1,3}}\.|[^\W\d_]{{1,4}}\.|[–—\-•−‒]|\(?\w{{1,5}}\)){_END}")
#: Punctuation that ends a unit: a page-start line opens a new unit only after one of these.
_UNIT_END = frozenset(".;:,!?)")


@dataclass
class _Match:
    kind: str
    label: str
    printed: str
    skip: int  # characters of the line taken by the printed label


@dataclass
class _SubState:
    letter_next: int = 0
    roman_next: int = 1
    number_next: int = 1
    letter: str = ""


class _Parser:
    """Walks the body lines once, opening a unit wherever a label is expected."""

    def __init__(self, entries: list[Entry], lang: str) -> None:
        self.entries = entries
        self.lang = lang
        self.drafts: list[Draft] = []
        self.warnings: list[str] = []
        self.region = "head"
        self.citations = 0
        self.recital_next = 0
        self.paragraph_next = 1
        self.others = 0
        self.parent: Draft | None = None
        self.sub = _SubState()
        self.opening_window = 0

    # -- head: title, procedure, opening -------------------------------------------------
    def parse(self) -> list[Draft]:
        start = self._head()
        for entry in self.entries[start:]:
            self._step(entry)
        return self.drafts

    def _head(self) -> int:
        window = self._head_window()
        for p, entry in enumerate(window):
            match = PROCEDURE.search(entry.text)
            if match:
                self._title_and_procedure(p, match)
                self.opening_window = 3
                if p + 1 < len(self.entries):
                    self.entries[p + 1].strong = True  # the reference ends its unit
                return p + 1
        for o, entry in enumerate(window):
            if entry.strong and _is_opening(entry.text) and self._next_is_unit(o):
                title_start = self._previous_block(o)
                self._others(0, title_start)
                if title_start < o:
                    self._open_span("title", "title", "", title_start, o)
                self._open_line("opening", "opening", "", entry, 0)
                return o + 1
        return 0

    def _head_window(self) -> list[Entry]:
        window: list[Entry] = []
        for entry in self.entries[:MAX_HEAD_LINES]:
            if (entry.strong or entry.weak) and (
                _DASH.match(entry.text) or _PARAGRAPH.match(entry.text)
            ):
                break
            window.append(entry)
        return window

    def _title_and_procedure(self, p: int, match: re.Match[str]) -> None:
        entry = self.entries[p]
        before = entry.text[: match.start()].rstrip()
        block = self._block_start(p)
        if before or block < p:
            title_start = block
        else:
            title_start = self._previous_block(p)
        self._others(0, title_start)
        if title_start < p or before:
            title = self._open("title", "title", "")
            for other in self.entries[title_start:p]:
                title.add(other.text, other.line.start, other.line.end)
            if before:
                title.add(before, entry.line.start, entry.line.start + len(before))
        procedure = self._open("procedure", "procedure", "")
        start = entry.line.start + match.start()
        procedure.add(entry.text[match.start() :], start, entry.line.end)

    def _block_start(self, index: int) -> int:
        while index > 0 and not self.entries[index].strong:
            index -= 1
        return index

    def _previous_block(self, index: int) -> int:
        """Start of the block before entry ``index`` (the line before, one unit per line)."""
        if index == 0:
            return 0
        return self._block_start(index - 1)

    def _next_is_unit(self, index: int) -> bool:
        for entry in self.entries[index + 1 : index + 4]:
            if entry.strong or entry.weak:
                text = entry.text
                return bool(_DASH.match(text) or _PARAGRAPH.match(text) or _RECITAL.match(text))
        return False

    def _others(self, start: int, end: int) -> None:
        for entry in self.entries[start:end]:
            if entry.strong or not self.drafts:
                self._open_other()
            self.drafts[-1].add(entry.text, entry.line.start, entry.line.end)

    # -- body ----------------------------------------------------------------------------
    def _step(self, entry: Entry) -> None:
        if entry.strong or entry.weak:
            match = self._classify(entry)
            if match is not None:
                draft = self._open(match.kind, match.label, match.printed)
                draft.add_entry(entry, match.skip)
                return
            if self.drafts and self.drafts[-1].empty:
                self.drafts[-1].add_entry(entry)  # a label printed on a line of its own
                return
            if entry.strong:
                self._open_unlabelled(entry)
                return
        if not self.drafts:
            self._open_other()
        self.drafts[-1].add_entry(entry)

    def _classify(self, entry: Entry) -> _Match | None:
        if self.opening_window and entry.strong:
            self.opening_window -= 1
            before_unit = self._next_is_unit(entry.position)
            if self.region == "head" and _is_opening(entry.text, before_unit):
                self.opening_window = 0
                return _Match("opening", "opening", "", 0)
        return (
            self._paragraph(entry)
            or self._recital(entry)
            or self._citation(entry)
            or self._sub_point(entry)
        )

    def _paragraph(self, entry: Entry) -> _Match | None:
        match = _PARAGRAPH.match(entry.text)
        if not match:
            return None
        number = int(match.group(1))
        if entry.strong:
            if not self.paragraph_next <= number <= self.paragraph_next + MAX_GAP:
                return None
        elif number != self.paragraph_next or not _ends_unit(entry.previous):
            return None
        elif starts_with_month(entry.text[match.end() :], self.lang):
            return None  # "1. März 2020 ..." wrapped onto a new page
        if number != self.paragraph_next:
            self.warnings.append(gap_warning("paragraph", number, self.paragraph_next, entry))
        self.paragraph_next = number + 1
        self.region = "paragraphs"
        printed = entry.text[: match.end()].strip()
        return _Match("paragraph", f"par:{number}", printed, match.end())

    def _recital(self, entry: Entry) -> _Match | None:
        if self.region == "paragraphs":
            return None
        match = _RECITAL.match(entry.text)
        if not match:
            return None
        ordinal = recital_ordinal(match.group(1), self.lang)
        if ordinal is None:
            return None
        if entry.strong:
            if not self.recital_next <= ordinal <= self.recital_next + MAX_GAP:
                return None
        elif ordinal != self.recital_next or not _ends_unit(entry.previous):
            return None
        printed = entry.text[: match.end()].strip()
        if ordinal != self.recital_next:
            expected = letter_for(self.recital_next, self.lang)
            self.warnings.append(gap_warning("recital", printed.rstrip("."), expected, entry))
        self.recital_next = ordinal + 1
        self.region = "recitals"
        return _Match("recital", f"rec:{latin_label(ordinal)}", printed, match.end())

    def _citation(self, entry: Entry) -> _Match | None:
        if self.region not in ("head", "citations"):
            return None
        match = _DASH.match(entry.text)
        if not match or not (entry.strong or entry.previous[-1:] in ",;"):
            return None
        self.citations += 1
        self.region = "citations"
        return _Match("citation", f"cit:{self.citations}", entry.text[0], match.end())

    def _sub_point(self, entry: Entry) -> _Match | None:
        parent = self.parent
        if parent is None:
            return None
        weak_ok = entry.strong or entry.previous[-1:] in ":;"
        dash = _DASH.match(entry.text)
        if dash:
            return self._numbered_sub(parent, entry.text[0], dash.end()) if weak_ok else None
        match = _SUB_POINT.match(entry.text)
        if not match or not weak_ok:
            return None
        key = match.group(1) or match.group(2)
        printed = entry.text[: match.end()].strip()
        if key.isdigit():
            return self._numbered_sub(parent, printed, match.end())
        return self._lettered_sub(parent, key, printed, match.end(), entry.strong)

    def _numbered_sub(self, parent: Draft, printed: str, skip: int) -> _Match:
        """A dash indent, numbered point or unlabelled subparagraph: ``par:N.k`` by order."""
        label = f"{parent.label}.{self.sub.number_next}"
        self.sub.number_next += 1
        return _Match("subparagraph", label, printed, skip)

    def _lettered_sub(
        self, parent: Draft, key: str, printed: str, skip: int, strong: bool
    ) -> _Match | None:
        """A lettered point "(a)" (``par:N.a``) or a roman one "(i)" (``par:N.i``, or
        ``par:N.a.i`` under a lettered point); "(i)" after "(h)" is a letter."""
        sub = self.sub
        letter = sub_letter_ordinal(key, self.lang)
        roman = roman_value(key)
        as_letter = letter is not None and (
            letter == sub.letter_next and (roman is None or sub.letter_next > 0)
        )
        if roman is not None and not as_letter and (roman == sub.roman_next or strong):
            sub.roman_next = roman + 1
            owner = f"{parent.label}.{sub.letter}" if sub.letter else parent.label
            return _Match("subparagraph", f"{owner}.{key}", printed, skip)
        if letter is not None and (as_letter or strong):
            sub.letter_next = letter + 1
            sub.roman_next = 1
            sub.letter = latin_label(letter).lower()
            return _Match("subparagraph", f"{parent.label}.{sub.letter}", printed, skip)
        return None

    def _open_unlabelled(self, entry: Entry) -> None:
        """An unlabelled block: a further subparagraph of the recital or paragraph before
        it, or "other" (before the first recital, or a heading: short, no final stop)."""
        heading = len(entry.block_end) <= MAX_HEADING_CHARS and not _ends_unit(entry.block_end)
        if self.parent is not None and self.parent.kind in ("recital", "paragraph") and not heading:
            match = self._numbered_sub(self.parent, "", 0)
            draft = self._open(match.kind, match.label, match.printed)
        else:
            draft = self._open_other()
        draft.add_entry(entry)

    # -- drafts --------------------------------------------------------------------------
    def _open(self, kind: str, label: str, printed: str) -> Draft:
        draft = Draft(kind=kind, label=label, printed=printed)
        self.drafts.append(draft)
        if kind in ("citation", "recital", "paragraph"):
            self.parent = draft
            self.sub = _SubState()
        elif kind != "subparagraph":
            self.parent = None
        return draft

    def _open_other(self) -> Draft:
        self.others += 1
        return self._open("other", f"other:{self.others}", "")

    def _open_line(self, kind: str, label: str, printed: str, entry: Entry, skip: int) -> None:
        self._open(kind, label, printed).add_entry(entry, skip)

    def _open_span(self, kind: str, label: str, printed: str, start: int, end: int) -> None:
        draft = self._open(kind, label, printed)
        for entry in self.entries[start:end]:
            draft.add_entry(entry)


def _is_opening(text: str, before_unit: bool = False) -> bool:
    """A short unlabelled line ending in "," or ":" ("The European Parliament,"), or any
    short unlabelled line right before the first citation (Swedish writes "Europaparlamentet
    utfärdar denna resolution" without a comma)."""
    return (
        len(text) <= MAX_OPENING_CHARS
        and (text[-1:] in ",:" or before_unit)
        and not _ANY_LABEL.match(text)
        and not PROCEDURE.search(text)
    )


def _ends_unit(previous: str) -> bool:
    return previous[-1:] in _UNIT_END


# -- entries -----------------------------------------------------------------------------


def _entries(lines: list[Line], pdf: bool, removed: set[int], loose: bool) -> list[Entry]:
    entries: list[Entry] = []
    after_blank = True
    previous = ""
    for line in lines:
        if line.index in removed:
            continue
        if line.blank:
            after_blank = True
            continue
        strong = after_blank if pdf else True
        weak = pdf and (line.page_start or loose)
        entry = Entry(line, strong, weak, previous, position=len(entries), block_end=line.text)
        entries.append(entry)
        after_blank = False
        previous = line.text
    block_end = ""
    for entry in reversed(entries):
        block_end = block_end or entry.text
        if entry.strong:
            entry.block_end, block_end = block_end, ""
    return entries


def _has_blank_structure(lines: list[Line]) -> bool:
    content = [line for line in lines if not line.blank]
    if len(content) < 2:
        return True
    separators = sum(1 for a, b in zip(lines, lines[1:], strict=False) if not a.blank and b.blank)
    return separators / len(content) >= MIN_BLANK_SHARE


# -- document ----------------------------------------------------------------------------


def segment(raw: RawText, lang: str, doc_id: str = "", check_language: bool = True) -> Document:
    """Segment a document's text into labelled units.

    Args:
        raw: the text, as :mod:`compare.ingest` reads it.
        lang: the declared language, an EU language code ("de", "el", ...).
        doc_id: an identifier stored on the document.
        check_language: run the language check of :mod:`compare.segment.langcheck` when
            :mod:`compare.segment.langid` is available.

    Returns:
        The document: units in reading order (footnotes last), their texts joined by
        ``Document.UNIT_SEPARATOR``, warnings about gaps, footnote calls and languages.

    Raises:
        InputError: ``raw`` is not a RawText, its text is empty, or ``lang`` is unknown.

    Example:
        >>> text = "(2022/2505(RSP))\\nDas Europäische Parlament,\\n1. fordert ..."
        >>> segment(RawText(text, "x", "lines"), "de", check_language=False).labels()
        ('procedure', 'opening', 'par:1')
    """
    if not isinstance(raw, RawText):
        raise InputError(f"segment needs a RawText, got {type(raw).__name__}: use segment_text")
    lang = _check_lang(lang)
    if not raw.text.strip():
        raise InputError(f"{raw.source or 'the text'} contains no text to segment")
    pdf = raw.fmt in PDF_FORMATS
    lines = split_lines(raw)
    drafts, notes, warnings = _structure(lines, lang, pdf)
    if drafts is None:
        drafts, notes = _fallback(lines, pdf), []
        warnings = [FALLBACK_WARNING if pdf or _has_blank_lines(lines) else FALLBACK_LINES_WARNING]
    joiner = _joiner(raw.text, lang, pdf)
    document = _assemble(drafts, notes, joiner, raw, lang, doc_id, warnings)
    if check_language:
        extra = language_warnings(document.units, document.text, lang)
        if extra:
            document = _with_warnings(document, extra)
    for warning in document.warnings:
        logger.info("%s: %s", raw.source, warning)
    return document


def _check_lang(lang: str) -> str:
    code = (lang or "").strip().lower()
    if code not in EU_LANGUAGES:
        raise InputError(
            f"unknown language {lang!r}: give one of the EU language codes "
            f"({', '.join(EU_LANGUAGES)})"
        )
    return code


def _has_blank_lines(lines: list[Line]) -> bool:
    content = [i for i, line in enumerate(lines) if not line.blank]
    return bool(content) and any(lines[i].blank for i in range(content[0], content[-1]))


def _structure(
    lines: list[Line], lang: str, pdf: bool
) -> tuple[list[Draft] | None, list[FootnoteDraft], list[str]]:
    loose = pdf and not _has_blank_structure(lines)
    notes, removed = page_footnotes(lines, loose) if pdf else tail_footnotes(lines)
    entries = _entries(lines, pdf, removed, loose)
    if looks_like_act(entries):
        kept = called_notes(notes, entries)
        if kept < len(notes):  # "(1)" items of an act (definitions, a list), not footnotes
            removed -= {k for note in notes[kept:] for k in _note_lines(lines, note)}
            notes = notes[:kept]
            entries = _entries(lines, pdf, removed, loose)
        drafts, warnings = parse_act(entries, lang)
        return drafts, notes, warnings
    parser = _Parser(entries, lang)
    drafts = parser.parse()
    if not any(d.kind in ("procedure", "opening", "recital", "paragraph") for d in drafts):
        return None, [], []
    return drafts, notes, parser.warnings


def _note_lines(lines: list[Line], note: FootnoteDraft) -> range:
    """Indices of a footnote's lines with the blank lines around them."""
    first, last = note.lines[0].index, note.lines[-1].index
    while first > 0 and lines[first - 1].blank:
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].blank:
        last += 1
    return range(first, last + 1)


def _fallback(lines: list[Line], pdf: bool) -> list[Draft]:
    drafts: list[Draft] = []
    after_blank = True
    for line in lines:
        if line.blank:
            after_blank = True
            continue
        if after_blank or not pdf:
            drafts.append(Draft("other", f"other:{len(drafts) + 1}", ""))
        drafts[-1].add(line.text, line.start, line.end)
        after_blank = False
    return drafts


def _joiner(text: str, lang: str, pdf: bool) -> Callable[[Iterable[str]], str]:
    if not pdf:
        return lambda pieces: " ".join(p for p in pieces if p)
    vocab = vocabulary(text)

    def join(pieces: Iterable[str]) -> str:
        out = ""
        for piece in pieces:
            out = join_lines(out, piece, lang, vocab)
        return out

    return join


def _assemble(
    drafts: list[Draft],
    notes: list[FootnoteDraft],
    join: Callable[[Iterable[str]], str],
    raw: RawText,
    lang: str,
    doc_id: str,
    warnings: list[str],
) -> Document:
    texts = [join(d.pieces) for d in drafts]
    note_texts = [join(_note_pieces(n)) for n in notes]
    has_notes = bool(notes) or any(d.kind != "other" for d in drafts)
    texts, calls, missing = detach_markers(texts, len(notes)) if has_notes else (texts, [], [])
    calls = calls or [() for _ in texts]
    warnings = warnings + _call_warnings(notes, calls, missing)
    specs = [
        (d.kind, d.label, d.printed, text, d.source_start, d.source_end, marks)
        for d, text, marks in zip(drafts, texts, calls, strict=True)
    ]
    specs += [
        ("footnote", f"fn:{n.number}", n.printed, text, n.lines[0].start, n.lines[-1].end, ())
        for n, text in zip(notes, note_texts, strict=True)
    ]
    split = _sentence_splitter()
    units: list[Unit] = []
    offset = 0
    for kind, label, printed, text, source_start, source_end, marks in specs:
        units.append(
            Unit(
                label=label,
                kind=kind,
                printed_label=printed,
                text=text,
                start=offset,
                end=offset + len(text),
                source_start=source_start,
                source_end=source_end,
                sentences=split(text, lang),
                footnote_markers=tuple(marks),
            )
        )
        offset += len(text) + len(Document.UNIT_SEPARATOR)
    return Document(
        doc_id=doc_id,
        lang=lang,
        units=tuple(units),
        text=Document.UNIT_SEPARATOR.join(u.text for u in units),
        source=raw.source,
        warnings=tuple(warnings),
    )


def _note_pieces(note: FootnoteDraft) -> list[str]:
    first, *rest = note.lines
    return [first.text[note.skip :].strip()] + [line.text for line in rest]


def _call_warnings(
    notes: list[FootnoteDraft], calls: list[tuple[FootnoteMarker, ...]], missing: list[int]
) -> list[str]:
    found = sum(len(c) for c in calls)
    warnings = []
    if missing:
        warnings.append(f"no call found in the text for footnote(s) {_ranges(missing)}")
    if found > len(notes):
        warnings.append(
            f"{found} footnote call(s) found but {len(notes)} footnote text(s): "
            "a footnote text may be missing"
        )
    return warnings


def _ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 5]`` as ``"1-3, 5"``."""
    parts: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        parts.append(str(start) if start == previous else f"{start}-{previous}")
        if number is not None:
            start = previous = number
    return ", ".join(parts)


def _with_warnings(document: Document, extra: list[str]) -> Document:
    return Document(
        doc_id=document.doc_id,
        lang=document.lang,
        units=document.units,
        text=document.text,
        source=document.source,
        warnings=document.warnings + tuple(extra),
    )


# -- sentences ---------------------------------------------------------------------------

Splitter = Callable[[str, str], tuple[tuple[int, int], ...]]


def _sentence_splitter() -> Splitter:
    """``compare.segment.sentences.split_sentences`` with its output checked, or one
    sentence per unit when that module is not available."""
    try:
        module = importlib.import_module("compare.segment.sentences")
        split_sentences = module.split_sentences
    except (ModuleNotFoundError, AttributeError) as exc:
        if isinstance(exc, ModuleNotFoundError) and exc.name != "compare.segment.sentences":
            raise
        logger.debug("compare.segment.sentences is not available: one sentence per unit")
        return _whole

    def split(text: str, lang: str) -> tuple[tuple[int, int], ...]:
        if not text:
            return ()
        try:
            spans = tuple((int(a), int(b)) for a, b in split_sentences(text, lang))
        except Exception:  # an optional stage must not stop segmentation
            logger.warning("sentence splitting failed; one sentence per unit", exc_info=True)
            return _whole(text, lang)
        if not _valid_spans(spans, len(text)):
            logger.warning("sentence splitter returned invalid spans; one sentence per unit")
            return _whole(text, lang)
        return spans

    return split


def _whole(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    return ((0, len(text)),) if text else ()


def _valid_spans(spans: tuple[tuple[int, int], ...], length: int) -> bool:
    last = 0
    for a, b in spans:
        if not last <= a <= b <= length:
            return False
        last = b
    return True


# -- convenience -------------------------------------------------------------------------


def segment_text(
    text: str, lang: str, doc_id: str = "", fmt: str | None = None, check_language: bool = True
) -> Document:
    """Segment text held in memory.

    Args:
        text: the document's text (or markup, with ``fmt="html"``).
        lang: the declared language.
        doc_id: an identifier stored on the document.
        fmt: "pdf-text" or "lines" to force a layout, "html" for markup; detected when
            ``None``.
        check_language: see :func:`segment`.

    Example:
        >>> doc = segment_text("Hello.\\n\\nWorld.", "en", check_language=False)
        >>> doc.labels(), doc.warnings[0][:31]
        (('other:1', 'other:2'), 'no EU document structure found;')
    """
    if not isinstance(text, str):
        raise InputError(f"segment_text needs a str, got {type(text).__name__}")
    if fmt in (None, "text", "pdf-text", "lines"):
        raw = text_to_raw(text, "<text>", None if fmt == "text" else fmt)
    else:
        raw = read_bytes(text.encode("utf-8"), "<text>", fmt)
    return segment(raw, lang, doc_id, check_language)


def segment_path(
    path: str | Path,
    lang: str,
    doc_id: str = "",
    fmt: str | None = None,
    check_language: bool = True,
) -> Document:
    """Read a file with :func:`compare.ingest.read_path` and segment it.

    Example:
        >>> doc = segment_path("corpora/ep-ta-9-2022-0012/de.txt", "de")  # doctest: +SKIP
        >>> doc.by_label("par:27").printed_label  # doctest: +SKIP
        '27.'
    """
    return segment(read_path(path, fmt), lang, doc_id, check_language)
