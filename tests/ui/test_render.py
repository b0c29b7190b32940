"""HTML of the side-by-side view: escaping, marks, colours."""

from __future__ import annotations

import pytest

from compare.ui.render import (
    EXTRA_COLOURS,
    TYPE_COLOURS,
    Mark,
    SideBySide,
    consensus_html,
    mark_spans,
    type_class,
    type_colour,
    type_css,
)
from compare.ui.rows import aligned_rows, counterpart
from compare.ui.tables import flag_entries
from tests.ui.fake_report import make_report

#: WCAG AAA contrast for normal text.
AAA = 7.0


def contrast_with_black(colour: str) -> float:
    """WCAG 2 contrast ratio of black text on ``colour`` (#rrggbb)."""
    channels = [int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return (luminance + 0.05) / 0.05


@pytest.mark.parametrize("colour", [*TYPE_COLOURS.values(), *EXTRA_COLOURS])
def test_mark_colours_are_readable(colour: str) -> None:
    assert contrast_with_black(colour) >= AAA


def test_marks_escape_and_never_nest() -> None:
    text = "a <b> & c"
    out = mark_spans(text, [Mark(0, 5, "t-x", 'say "hi"'), Mark(2, 9, "t-y")])
    assert out == (
        '<mark class="t-x" title="say &quot;hi&quot;">a </mark>'
        '<mark class="t-x t-y" title="say &quot;hi&quot;">&lt;b&gt;</mark>'
        '<mark class="t-y" title=""> &amp; c</mark>'
    )
    assert mark_spans("<x>", [Mark(2, 9, "t-x")]) == "&lt;x&gt;"  # out of range: ignored


def test_unknown_types_get_a_stable_class_and_colour() -> None:
    assert type_class("Number/Date") == "t-number-date"
    assert type_colour("zeta", ["alpha", "zeta"]) == EXTRA_COLOURS[1]
    assert "mark.t-zeta" in type_css(["zeta"])


def test_side_by_side_table() -> None:
    report = make_report()
    entries = flag_entries(report, {})
    number = entries[0]
    rows = aligned_rows(report, ["en", "fr"], 3, 7)
    html = SideBySide(
        report, rows, ["en", "fr"], entries, number.flag_id, (3, 3), {"en": "draft"}, True
    ).html()
    assert html.count("<tr") == 1 + len(rows)
    assert '<th class="draft">EN' in html and "draft</span>" in html
    assert '<tr class="current">' in html and html.count('class="extra context"') == 1
    assert '<mark class="t-number sev-error cur"' in html  # both sides of the current flag
    assert html.count("t-number sev-error cur") == 3  # German mark, English mark, chip
    assert "no counterpart of German rec:B" in html
    assert "not in the German (after rec:B)" in html
    assert "German par:1 + par:2 merged into one unit · confidence 0.88" in html
    assert "confidence 0.42 (doubtful alignment)" in html
    assert "&lt;were&gt;" in html and "<were>" not in html


def test_consensus_lists_every_language() -> None:
    report = make_report()
    entries = flag_entries(report, {})
    cells = {lang: counterpart(report, lang, 3) for lang in report.langs()}
    html = consensus_html(report, cells, entries, "en", entries[0].flag_id)
    assert html.count("<tr") == 3 and '<tr class="flagged"><td class="lang">en' in html
    assert "225 personnes" in html and ">252</mark>" in html


def test_markdown_escaping() -> None:
    from compare.ui.components import escape_md

    assert escape_md("de_DE *draft* [x](y) <b>") == r"de\_DE \*draft\* \[x\](y) \<b\>"
