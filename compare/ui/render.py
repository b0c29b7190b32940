"""HTML of the side-by-side view: aligned rows with flagged spans marked inline.

Every text goes through :func:`html.escape`; spans become ``<mark>`` elements coloured by
flag type (:data:`TYPE_COLOURS`) with the flag's message as their tooltip. Nothing here
imports Streamlit.

Example:
    >>> mark_spans("at least 252 people", [Mark(9, 12, "t-number", "225 became 252")])
    'at least <mark class="t-number" title="225 became 252">252</mark> people'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from compare.types import Document, Report
from compare.ui.rows import (
    BLANK,
    CONTINUED,
    EXTRA,
    MERGED,
    MISSING,
    REGROUPED,
    SPLIT,
    Cell,
    Row,
)
from compare.ui.tables import UNREVIEWED, FlagEntry

#: Background of marked spans per flag type: Open Color shade 2 tints, each with a contrast
#: ratio of at least 7:1 under black text (WCAG AAA; checked in tests/ui/test_render.py).
TYPE_COLOURS: dict[str, str] = {
    "structure": "#d0bfff",
    "untranslated": "#bac8ff",
    "number": "#ffd8a8",
    "date": "#ffec99",
    "reference": "#a5d8ff",
    "name": "#b2f2bb",
    "omission": "#ffc9c9",
    "addition": "#99e9f2",
    "semantic": "#eebefa",
    "polarity": "#fcc2d7",
    "modality": "#96f2d7",
}
#: Tints for flag types added later, assigned in sorted order (Open Color shade 2 as well).
EXTRA_COLOURS: tuple[str, ...] = ("#d8f5a2", "#ffe8cc", "#e9ecef", "#c5f6fa")
#: Heatmap colours per cell state (:data:`compare.ui.tables.CELL_STATES`): severities from
#: Bootstrap's alert palette, decided cells muted, empty cells near white.
STATE_COLOURS: dict[str, str] = {
    "error": "#d6336c",
    "warning": "#f59f00",
    "info": "#339af0",
    "accepted": "#868e96",
    "dismissed": "#d3f9d8",
    "none": "#f1f3f5",
}
#: Beads below this confidence are marked doubtful: the aligner's confidence is a logistic
#: calibration (compare/align/units.py), so under 0.5 a bead is more likely wrong than right.
LOW_CONFIDENCE = 0.5
#: Characters of a unit's text shown in the consensus table before it is cut.
CONSENSUS_CHARS = 600

CSS = """
[data-testid="stMainBlockContainer"] { padding-top: 3.75rem; }
.sbs { border-collapse: separate; border-spacing: 0; width: 100%; table-layout: fixed;
  font-size: 0.95rem; line-height: 1.5; }
.sbs th { position: sticky; top: 0; background: #f8f9fa; text-align: left; padding: .4rem .6rem;
  border-bottom: 2px solid #ced4da; font-weight: 600; z-index: 1; }
.sbs th .sub { font-weight: 400; color: #495057; font-size: .8rem; margin-left: .35rem; }
.sbs th.draft { background: #fff3bf; }
.sbs td { vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid #e9ecef; }
.sbs tr.current td { background: #f8f9ff; }
.sbs tr.current td:first-child { box-shadow: inset 4px 0 0 #4263eb; }
.sbs tr.extra td { background: #fff9db; }
.sbs tr.context td .unit { display: -webkit-box; -webkit-line-clamp: 3; line-clamp: 3;
  -webkit-box-orient: vertical; overflow: hidden; color: #495057; }
.lbl { display: inline-block; font-family: ui-monospace, "DejaVu Sans Mono", monospace;
  font-size: .78rem; color: #343a40; background: #e9ecef; border-radius: .2rem;
  padding: 0 .3rem; margin-right: .35rem; }
.unit + .unit { border-top: 1px dashed #adb5bd; margin-top: .35rem; padding-top: .35rem; }
.sbs .meta { color: #495057; font-size: .78rem; margin-top: .3rem; }
.sbs .meta.low { color: #c92a2a; font-weight: 600; }
.sbs .gap { border: 2px dashed #e03131; color: #c92a2a; border-radius: .3rem; padding: .3rem .5rem;
  font-style: italic; }
.sbs .cont { color: #868e96; font-style: italic; }
.sbs .none { color: #868e96; font-style: italic; }
.sbs mark, .cons mark { padding: 0 .1rem; border-radius: .15rem; color: #000; }
.sbs mark.cur, .cons mark.cur { outline: 2px solid #1c1c1c; outline-offset: 1px; }
.sbs mark.dismissed, .cons mark.dismissed { background: none; border-bottom: 2px dotted #868e96; }
.chip { display: inline-block; font-size: .75rem; border-radius: .7rem; padding: 0 .5rem;
  margin: 0 .25rem .25rem 0; border: 1px solid #adb5bd; color: #000; }
.chip.sev-error { border-color: #c92a2a; border-width: 2px; }
.chip.sev-warning { border-color: #e67700; border-width: 2px; }
.chip.cur { outline: 2px solid #1c1c1c; }
.chip.dismissed { text-decoration: line-through; opacity: .7; }
.chip.accepted::after { content: " ✓"; }
.cons { border-collapse: collapse; width: 100%; font-size: .9rem; }
.cons td { vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e9ecef; }
.cons td.lang { white-space: nowrap; font-weight: 600; width: 3.5rem; }
.cons tr.flagged td.lang { color: #c92a2a; }
.legend mark { margin-right: .5rem; padding: 0 .3rem; border-radius: .15rem; color: #000; }
"""


@dataclass(frozen=True)
class Mark:
    """A span of a text to mark: offsets, CSS classes and tooltip."""

    start: int
    end: int
    css: str
    title: str = ""


def type_colour(flag_type: str, known: Iterable[str] = ()) -> str:
    """The mark colour of ``flag_type``; types outside :data:`TYPE_COLOURS` share the extras."""
    if flag_type in TYPE_COLOURS:
        return TYPE_COLOURS[flag_type]
    others = sorted({*known, flag_type} - set(TYPE_COLOURS))
    return EXTRA_COLOURS[others.index(flag_type) % len(EXTRA_COLOURS)]


def type_class(flag_type: str) -> str:
    """A CSS class name for a flag type (letters, digits and dashes only)."""
    return "t-" + "".join(ch if ch.isalnum() else "-" for ch in flag_type.lower())


def type_css(types: Iterable[str]) -> str:
    """CSS rules colouring the marks and chips of each flag type."""
    known = sorted(set(types) | set(TYPE_COLOURS))
    rules = [
        f"mark.{type_class(t)}, .chip.{type_class(t)} {{ background: {type_colour(t, known)}; }}"
        for t in known
    ]
    return "\n".join(rules)


def mark_spans(text: str, marks: Sequence[Mark]) -> str:
    """Escape ``text`` and wrap each marked span in ``<mark>``.

    Overlapping marks are cut at every boundary so that elements never nest; a piece under
    several marks gets all their classes and tooltips. Marks outside the text are ignored.
    """
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        piece = escape(text[start:end])
        over = [m for m in valid if m.start <= start and end <= m.end]
        if over:
            css = " ".join(dict.fromkeys(c for m in over for c in m.css.split()))
            title = " | ".join(dict.fromkeys(m.title for m in over if m.title))
            piece = f'<mark class="{escape(css)}" title="{escape(title)}">{piece}</mark>'
        pieces.append(piece)
    return "".join(pieces)


def _entry_css(entry: FlagEntry, current: str | None) -> str:
    css = [type_class(entry.flag.type), f"sev-{entry.flag.severity}"]
    if entry.status != UNREVIEWED:
        css.append(entry.status)
    if entry.flag_id == current:
        css.append("cur")
    return " ".join(css)


def _title(entry: FlagEntry) -> str:
    return f"{entry.lang} · {entry.flag.type} ({entry.flag.severity}): {entry.flag.message}"


@dataclass(frozen=True)
class FlagIndex:
    """The flags of a view indexed by where they are drawn."""

    pivot_marks: Mapping[str, list[FlagEntry]]
    other_marks: Mapping[tuple[str, str], list[FlagEntry]]
    on_unit: Mapping[tuple[str, str], list[FlagEntry]]
    on_row: Mapping[tuple[str, int], list[FlagEntry]]

    @classmethod
    def build(cls, entries: Iterable[FlagEntry]) -> FlagIndex:
        pivot, other = defaultdict(list), defaultdict(list)
        on_unit, on_row = defaultdict(list), defaultdict(list)
        for e in entries:
            f = e.flag
            if f.pivot_span and f.pivot_unit:
                pivot[f.pivot_unit].append(e)
            if f.other_span and f.other_unit:
                other[(e.lang, f.other_unit)].append(e)
            if f.other_unit:
                on_unit[(e.lang, f.other_unit)].append(e)
            else:
                on_row[(e.lang, e.position)].append(e)
        return cls(pivot, other, on_unit, on_row)


def chips_html(entries: Sequence[FlagEntry], current: str | None) -> str:
    """Small labelled chips, one per flag, with the message as tooltip."""
    if not entries:
        return ""
    chips = [
        f'<span class="chip {escape(_entry_css(e, current))}" title="{escape(_title(e))}">'
        f"{escape(e.flag.type)} · {escape(e.flag.severity)}</span>"
        for e in entries
    ]
    return f'<div class="chips">{"".join(chips)}</div>'


def unit_html(label: str, text: str, marks: Sequence[Mark]) -> str:
    """One unit: its label and its text with marks."""
    return (
        f'<div class="unit"><span class="lbl">{escape(label)}</span>{mark_spans(text, marks)}</div>'
    )


def _marks(entries: Sequence[FlagEntry], side: str, current: str | None) -> list[Mark]:
    out = []
    for e in entries:
        span = getattr(e.flag, f"{side}_span")
        if span:
            out.append(Mark(span[0], span[1], _entry_css(e, current), _title(e)))
    return out


@dataclass(frozen=True)
class SideBySide:
    """Everything needed to draw the side-by-side table."""

    report: Report
    rows: Sequence[Row]
    langs: Sequence[str]
    entries: Sequence[FlagEntry]
    current_flag: str | None = None
    focus: tuple[int, int] | None = None
    headers: Mapping[str, str] | None = None
    drafts: bool = False

    def html(self) -> str:
        """The whole table."""
        index = FlagIndex.build(e for e in self.entries if e.lang in self.langs)
        head = self._head()
        body = "".join(self._row(row, index) for row in self.rows)
        return f'<table class="sbs"><thead>{head}</thead><tbody>{body}</tbody></table>'

    def _head(self) -> str:
        pivot = self.report.pivot.lang
        cells = [f"<th>{escape(pivot.upper())}<span class='sub'>{self._sub(pivot)}</span></th>"]
        css = ' class="draft"' if self.drafts else ""
        for lang in self.langs:
            cells.append(
                f"<th{css}>{escape(lang.upper())}<span class='sub'>{self._sub(lang)}</span></th>"
            )
        return f"<tr>{''.join(cells)}</tr>"

    def _sub(self, lang: str) -> str:
        return escape((self.headers or {}).get(lang, ""))

    def _row(self, row: Row, index: FlagIndex) -> str:
        lo, hi = self.focus or (-1, -1)
        inside = lo <= row.anchor <= hi
        css = ("extra " if row.pivot is None else "") + ("current" if inside else "context")
        cells = [self._pivot_cell(row, index)]
        cells += [self._other_cell(row, lang, row.cells[lang], index) for lang in self.langs]
        return f'<tr class="{css}">{"".join(cells)}</tr>'

    def _pivot_cell(self, row: Row, index: FlagIndex) -> str:
        pivot = self.report.pivot
        if row.pivot is None:
            after = escape(pivot.units[row.anchor].label)
            note = f'<div class="none">not in the German (after {after})</div>'
            return f'<td lang="{pivot.lang}">{note}</td>'
        unit = pivot.units[row.pivot]
        marks = _marks(index.pivot_marks.get(unit.label, []), "pivot", self.current_flag)
        return f'<td lang="{pivot.lang}">{unit_html(unit.label, unit.text, marks)}</td>'

    def _other_cell(self, row: Row, lang: str, cell: Cell, index: FlagIndex) -> str:
        doc = self.report.result(lang).alignment.other
        flags = [e for j in cell.units for e in index.on_unit.get((lang, doc.units[j].label), [])]
        if row.pivot is not None:
            flags += index.on_row.get((lang, row.pivot), [])
        body = chips_html(flags, self.current_flag) + self._cell_body(doc, lang, cell, index)
        return f'<td lang="{escape(lang)}">{body}{self._meta(cell)}</td>'

    def _cell_body(self, doc: Document, lang: str, cell: Cell, index: FlagIndex) -> str:
        if cell.role == BLANK:
            return ""
        if cell.role == MISSING:
            label = self._pivot_labels(cell) or "this unit"
            return f'<div class="gap">no counterpart of German {escape(label)}</div>'
        if cell.role == CONTINUED:
            first = self.report.pivot.units[cell.pivot_units[0]].label
            return (
                f'<div class="cont">↑ merged into the unit shown with German {escape(first)}</div>'
            )
        parts = []
        for j in cell.units:
            unit = doc.units[j]
            marks = _marks(
                index.other_marks.get((lang, unit.label), []), "other", self.current_flag
            )
            parts.append(unit_html(unit.label, unit.text, marks))
        return "".join(parts)

    def _pivot_labels(self, cell: Cell) -> str:
        return " + ".join(self.report.pivot.units[i].label for i in cell.pivot_units)

    def _meta(self, cell: Cell) -> str:
        if cell.score is None or cell.role in (BLANK, CONTINUED):
            return ""
        what = {
            MERGED: f"German {self._pivot_labels(cell)} merged into one unit",
            SPLIT: f"split into {len(cell.units)} units",
            REGROUPED: f"German {self._pivot_labels(cell)} regrouped",
            EXTRA: "not in the German",
            MISSING: "missing",
        }.get(cell.role, "1-1")
        low = cell.score < LOW_CONFIDENCE
        css = "meta low" if low else "meta"
        doubt = " (doubtful alignment)" if low else ""
        return f'<div class="{css}">{escape(what)} · confidence {cell.score:.2f}{doubt}</div>'


def consensus_html(
    report: Report,
    cells: Mapping[str, Cell],
    entries: Sequence[FlagEntry],
    flagged_lang: str | None = None,
    current: str | None = None,
) -> str:
    """What every version says for one German unit: one row per language."""
    index = FlagIndex.build(entries)
    rows = []
    for lang, cell in cells.items():
        doc = report.result(lang).alignment.other
        if cell.units:
            texts = []
            for j in cell.units:
                unit = doc.units[j]
                marks = _marks(index.other_marks.get((lang, unit.label), []), "other", current)
                text = unit.text[:CONSENSUS_CHARS]
                texts.append(unit_html(unit.label, text, [m for m in marks if m.end <= len(text)]))
            body = "".join(texts)
        else:
            body = '<span class="none">no counterpart</span>'
        css = ' class="flagged"' if lang == flagged_lang else ""
        code = escape(lang)
        rows.append(f'<tr{css}><td class="lang">{code}</td><td lang="{code}">{body}</td></tr>')
    return f'<table class="cons">{"".join(rows)}</table>'


def legend_html(types: Iterable[str]) -> str:
    """One coloured sample per flag type."""
    items = [f'<mark class="{type_class(t)}">{escape(t)}</mark>' for t in sorted(set(types))]
    return f'<div class="legend">{"".join(items)}</div>'


def style_block(types: Iterable[str]) -> str:
    """The ``<style>`` element of the dashboard."""
    return f"<style>{CSS}\n{type_css(types)}</style>"
