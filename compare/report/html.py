"""``report.html``: a static, self-contained page for reading a report offline.

No scripts, no external style sheets, fonts or images: the CSS is inline and the page works
from a file, an e-mail attachment or a USB stick. It holds a summary table (language x flag
type), then for each language the flagged unit pairs side by side, the flagged spans
highlighted with ``<mark class="t-TYPE">``, a severity badge and the message of each flag.
Every text is escaped with :func:`html.escape`. Each language's section is a ``<details>``
element, collapsible without JavaScript.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import ClassVar

from compare.report.atomic import atomic_write
from compare.report.base import (
    Decisions,
    Exporter,
    count_by,
    pivot_anchors,
    register,
    unit_index,
)
from compare.report.identity import flag_id
from compare.types import Divergence, Document, LanguageResult, Report

logger = logging.getLogger(__name__)

#: Background colours of the highlighted spans, one per flag type in sorted order (cycled):
#: light tints from ColorBrewer's Pastel1 scheme, all readable under black text.
MARK_COLOURS: tuple[str, ...] = (
    "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec",
)  # fmt: skip
#: Badge colours (background, text) per severity.
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "error": ("#b02a37", "#ffffff"),
    "warning": ("#ffc107", "#000000"),
    "info": ("#0b7285", "#ffffff"),
}

_STYLE = """
body { font-family: system-ui, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  margin: 1.5rem auto; max-width: 78rem; padding: 0 1rem; line-height: 1.45; color: #1a1a1a; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #f1f3f5; }
table.summary td { text-align: right; font-variant-numeric: tabular-nums; }
table.flags td.text { width: 34%; white-space: pre-wrap; }
td.label { white-space: nowrap; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.missing { color: #777; font-style: italic; }
.badge { display: inline-block; border-radius: .25rem; padding: 0 .4rem; font-size: .8rem;
  font-weight: 600; text-transform: uppercase; background: #6c757d; color: #fff; }
.flag { margin: 0 0 .4rem; }
.flag .type { font-weight: 600; }
.flag .score, .flag .decision { color: #555; font-size: .85rem; }
mark { padding: 0 .1rem; border-radius: .15rem; }
summary { cursor: pointer; font-size: 1.2rem; font-weight: 600; margin: 1rem 0 .3rem; }
.legend mark { margin-right: .6rem; }
@media print { details { display: block; } }
"""


@dataclass
class _Row:
    """One unit pair of a language with all the flags on it."""

    pivot_unit: str | None
    other_unit: str | None
    flags: list[Divergence] = field(default_factory=list)


@register
class HtmlExporter(Exporter):
    """``report.html``: summary and flagged units side by side, readable offline."""

    name: ClassVar[str] = "html"
    filename: ClassVar[str] = "report.html"
    description: ClassVar[str] = "a self-contained HTML page for reading the flags offline"

    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        with atomic_write(path, newline="\n") as handle:
            handle.write(render(report, decisions))


def render(report: Report, decisions: Decisions | None = None) -> str:
    """The whole page as a string."""
    types = sorted({d.type for d in report.divergences()})
    classes = {t: type_class(t) for t in types}
    title = f"Divergence report: {report.doc_id}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_STYLE}{_type_css(classes)}{_badge_css()}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{_meta_line(report)}</p>',
        "</header>",
        "<main>",
        _summary(report, types),
        _legend(classes),
    ]
    parts += [_language(report, result, classes, decisions) for result in report.results]
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def type_class(flag_type: str) -> str:
    """The CSS class of a flag type: ``t-`` and the type reduced to ``[a-z0-9-]``."""
    slug = re.sub(r"[^a-z0-9-]+", "-", flag_type.lower()).strip("-")
    return f"t-{slug or 'other'}"


def _type_css(classes: dict[str, str]) -> str:
    rules = [
        f"mark.{css} {{ background: {MARK_COLOURS[i % len(MARK_COLOURS)]}; }}"
        for i, css in enumerate(dict.fromkeys(classes.values()))
    ]
    return "\n".join(rules) + "\n"


def _badge_css() -> str:
    return "".join(
        f".badge.sev-{sev} {{ background: {bg}; color: {fg}; }}\n"
        for sev, (bg, fg) in BADGE_COLOURS.items()
    )


def _meta_line(report: Report) -> str:
    signature = report.signature
    bits = [
        f"pivot <strong>{escape(report.pivot.lang)}</strong>",
        f"{len(report.results)} compared language(s)",
        f"{len(report.divergences())} flag(s)",
    ]
    if report.created:
        bits.append(f"created {escape(report.created)}")
    bits.append(f"eucompare {escape(signature.version)}, model {escape(signature.model)}")
    return " · ".join(bits)


def _summary(report: Report, types: list[str]) -> str:
    head = "".join(f'<th scope="col">{escape(t)}</th>' for t in types)
    rows = []
    for result in report.results:
        counts = count_by(result.divergences, "type")
        cells = "".join(f"<td>{counts.get(t, 0)}</td>" for t in types)
        lang = escape(result.lang)
        rows.append(
            f'<tr><th scope="row"><a href="#lang-{lang}">{lang}</a></th>{cells}'
            f"<td><strong>{len(result.divergences)}</strong></td></tr>"
        )
    totals = count_by(report.divergences(), "type")
    foot = "".join(f"<td>{totals.get(t, 0)}</td>" for t in types)
    return "\n".join(
        [
            '<section id="summary">',
            "<h2>Summary</h2>",
            '<table class="summary">',
            f'<thead><tr><th scope="col">language</th>{head}'
            '<th scope="col">total</th></tr></thead>',
            "<tbody>",
            *rows,
            "</tbody>",
            f'<tfoot><tr><th scope="row">all</th>{foot}'
            f"<td><strong>{len(report.divergences())}</strong></td></tr></tfoot>",
            "</table>",
            "</section>",
        ]
    )


def _legend(classes: dict[str, str]) -> str:
    if not classes:
        return '<p class="legend">No divergences were flagged.</p>'
    marks = "".join(f'<mark class="{css}">{escape(t)}</mark>' for t, css in classes.items())
    return f'<p class="legend">Highlighted spans by flag type: {marks}</p>'


def _language(
    report: Report, result: LanguageResult, classes: dict[str, str], decisions: Decisions | None
) -> str:
    lang = escape(result.lang)
    severities = count_by(result.divergences, "severity")
    counted = ", ".join(f"{n} {escape(s)}" for s, n in severities.items()) or "no flags"
    parts = [
        f'<section id="lang-{lang}">',
        "<details open>",
        f"<summary>{lang}: {counted}</summary>",
        _bead_line(result),
    ]
    rows = _rows(report, result)
    if rows:
        pivot_lang = escape(report.pivot.lang)
        parts += [
            '<table class="flags">',
            f'<thead><tr><th scope="col">unit</th><th scope="col">{pivot_lang}</th>'
            f'<th scope="col">{lang}</th><th scope="col">flags</th></tr></thead>',
            "<tbody>",
            *(_row_html(report, result, row, classes, decisions) for row in rows),
            "</tbody>",
            "</table>",
        ]
    else:
        parts.append("<p>No divergences flagged for this language.</p>")
    parts += ["</details>", "</section>"]
    return "\n".join(parts)


def _bead_line(result: LanguageResult) -> str:
    alignment = result.alignment
    kinds: dict[str, int] = {}
    for bead in alignment.beads:
        kinds[bead.kind()] = kinds.get(bead.kind(), 0) + 1
    shown = ", ".join(f"{n} × {escape(k)}" for k, n in sorted(kinds.items()))
    warnings = list(alignment.warnings) + list(alignment.other.warnings)
    line = (
        f'<p class="meta">{len(alignment.other.units)} units, '
        f"{len(alignment.beads)} beads ({shown or 'none'})</p>"
    )
    if warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
        line += f'\n<ul class="meta">{items}</ul>'
    return line


def _rows(report: Report, result: LanguageResult) -> list[_Row]:
    """Flags grouped by unit pair, in the pivot's document order."""
    groups: dict[tuple[str | None, str | None], _Row] = {}
    for divergence in result.divergences:
        key = (divergence.pivot_unit, divergence.other_unit)
        groups.setdefault(key, _Row(*key)).flags.append(divergence)
    pivot_pos = unit_index(report.pivot)
    other_pos = unit_index(result.alignment.other)
    anchors = pivot_anchors(result.alignment)

    def position(row: _Row) -> int:
        if row.pivot_unit in pivot_pos:
            return pivot_pos[row.pivot_unit]
        index = other_pos.get(row.other_unit or "")
        return anchors.get(index, len(pivot_pos)) if index is not None else len(pivot_pos)

    return sorted(groups.values(), key=position)


def _row_html(
    report: Report,
    result: LanguageResult,
    row: _Row,
    classes: dict[str, str],
    decisions: Decisions | None,
) -> str:
    worst = _worst(row.flags)
    pivot_cell = _text_cell(report.pivot, row.pivot_unit, row.flags, "pivot", classes)
    other_cell = _text_cell(result.alignment.other, row.other_unit, row.flags, "other", classes)
    label = " / ".join(escape(x or "–") for x in (row.pivot_unit, row.other_unit))
    flags = "".join(_flag_html(d, classes, decisions) for d in row.flags)
    return (
        f'<tr class="sev-{escape(worst)}"><td class="label">{label}</td>'
        f"{pivot_cell}{other_cell}<td>{flags}</td></tr>"
    )


def _worst(flags: list[Divergence]) -> str:
    order = {s: i for i, s in enumerate(Divergence.SEVERITIES)}
    return max((d.severity for d in flags), key=lambda s: order.get(s, -1))


def _text_cell(
    document: Document,
    label: str | None,
    flags: list[Divergence],
    side: str,
    classes: dict[str, str],
) -> str:
    lang = escape(document.lang)
    if label is None:
        return f'<td class="text missing" lang="{lang}">(no counterpart)</td>'
    try:
        text = document.by_label(label).text
    except KeyError:
        logger.warning(
            "unit %s not in %s/%s: showing the flag's text", label, document.doc_id, lang
        )
        fallback = next(
            (getattr(d, f"{side}_text") for d in flags if getattr(d, f"{side}_text")), ""
        )
        return f'<td class="text" lang="{lang}">{escape(fallback)}</td>'
    spans = [(getattr(d, f"{side}_span"), classes[d.type]) for d in flags]
    return f'<td class="text" lang="{lang}">{highlight(text, spans)}</td>'


def highlight(text: str, spans: Iterable[tuple[tuple[int, int] | None, str]]) -> str:
    """Escape ``text`` and wrap each span in ``<mark>`` with its CSS class.

    Overlapping spans are cut at every boundary, so marks never nest and always balance; a
    piece covered by several spans gets all their classes. Spans outside the text are
    ignored.

    Example:
        >>> highlight("a <b> c", [((2, 5), "t-x")])
        'a <mark class="t-x">&lt;b&gt;</mark> c'
    """
    valid = [
        (a, b, css)
        for span, css in spans
        if span is not None
        for a, b in [span]
        if 0 <= a < b <= len(text)
    ]
    cuts = sorted({0, len(text), *(a for a, _, _ in valid), *(b for _, b, _ in valid)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        piece = escape(text[start:end])
        covering = sorted({css for a, b, css in valid if a <= start and end <= b})
        if covering:
            piece = f'<mark class="{" ".join(covering)}">{piece}</mark>'
        pieces.append(piece)
    return "".join(pieces)


def _flag_html(divergence: Divergence, classes: dict[str, str], decisions: Decisions | None) -> str:
    severity = escape(divergence.severity)
    parts = [
        f'<div class="flag"><span class="badge sev-{severity}">{severity}</span> ',
        f'<mark class="{classes[divergence.type]} type">{escape(divergence.type)}</mark> ',
        f"<span>{escape(divergence.message)}</span>",
        f' <span class="score">score {divergence.score:.2f}</span>',
    ]
    if decisions is not None:
        decision, comment = decisions.get(flag_id(divergence), ("", ""))
        if decision or comment:
            note = escape(decision) + (f": {escape(comment)}" if comment else "")
            parts.append(f'<br><span class="decision">review: {note}</span>')
    parts.append("</div>")
    return "".join(parts)
