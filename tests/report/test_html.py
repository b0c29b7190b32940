"""report.html: self-contained, balanced HTML5, everything escaped, Greek and Cyrillic intact."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.report import EXPORTERS, flag_id
from compare.report.html import highlight, render, type_class
from compare.types import Report

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


class TagChecker(HTMLParser):
    """Records structural problems: unclosed, stray or mismatched tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.doctype = ""
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"end tag for void element {tag}")
        elif not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(page: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.doctype.lower() == "doctype html"
    assert checker.problems == []
    assert checker.stack == []
    return checker


def test_valid_and_self_contained(tmp_path: Path, report: Report) -> None:
    page = EXPORTERS["html"]().write(report, tmp_path / "report.html").read_text("utf-8")
    checker = check(page)
    tags = [t for t, _ in checker.tags]
    assert tags[:2] == ["html", "head"] and ("meta", {"charset": "utf-8"}) in checker.tags
    for tag, attrs in checker.tags:
        assert tag not in ("script", "link", "img", "iframe", "object")
        for name in ("src", "href"):
            assert (attrs.get(name) or "#").startswith("#"), (tag, attrs)
    assert "url(" not in page and "@import" not in page


def test_texts_escaped_and_scripts_intact(report: Report) -> None:
    page = render(report)
    assert "&lt;Maßnahmen&gt; &amp; Mittel" in page
    assert "<Maßnahmen>" not in page
    assert "a comparison &lt;13&gt; was added" in page
    assert "Πρόσθετη πρόταση που δεν υπάρχει στο γερμανικό κείμενο." in page
    assert "Резолюция" not in page  # bg has no flags: only its summary row
    assert 'id="lang-bg"' in page and "No divergences flagged for this language." in page


def test_flagged_spans_are_marked(report: Report) -> None:
    page = render(report)
    assert 'dass <mark class="t-number">12</mark> Leuchttürme' in page
    assert 'whereas <mark class="t-number">21</mark> lighthouses' in page
    assert '<mark class="t-number">12 φάροι &lt; 13</mark>;' in page
    assert "mark.t-number {" in page and "mark.t-omission {" in page
    assert page.count('class="badge sev-error"') == 3
    assert '<td class="text missing" lang="de">(no counterpart)</td>' in page


def test_summary_counts(report: Report) -> None:
    checker = check(render(report))
    text = " ".join(x.strip() for x in checker.text if x.strip())
    assert "language addition merge number omission total" in text
    assert "en 0 1 1 0 2 el 1 0 1 1 3 bg 0 0 0 0 0 all 1 1 2 1 5" in text


def test_decisions_shown(report: Report) -> None:
    decisions = {flag_id(report.divergences()[0]): ("accepted", "<b>sure</b>")}
    page = render(report, decisions)
    assert "review: accepted: &lt;b&gt;sure&lt;/b&gt;" in page
    check(page)


def test_hostile_type_and_spans(report: Report) -> None:
    result = report.results[0]
    odd = dataclasses.replace(
        result.divergences[0], type='x"><script>', pivot_span=(5, 999), message="<script>"
    )
    changed = dataclasses.replace(
        report, results=(dataclasses.replace(result, divergences=(odd,)),)
    )
    page = render(changed)
    check(page)
    assert "<script" not in page
    assert re.search(r'class="t-x-script"', page)


def test_highlight_overlaps_never_nest() -> None:
    out = highlight("abcdef", [((0, 4), "t-a"), ((2, 6), "t-b"), ((3, 3), "t-c"), (None, "t-d")])
    assert out == (
        '<mark class="t-a">ab</mark><mark class="t-a t-b">cd</mark><mark class="t-b">ef</mark>'
    )
    assert highlight("<&>", []) == "&lt;&amp;&gt;"


def test_type_class() -> None:
    assert type_class("Number") == "t-number"
    assert type_class("date/time") == "t-date-time"
    assert type_class("ΑΒΓ") == "t-other"


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab<&>\"'Ωж ", max_size=30),
    raw_spans=st.lists(st.tuples(st.integers(-3, 33), st.integers(-3, 33)), max_size=4),
)
def test_highlight_property(text: str, raw_spans: list[tuple[int, int]]) -> None:
    spans = [(span, f"t-{i}") for i, span in enumerate(raw_spans)]
    out = highlight(text, spans)
    checker = TagChecker()
    checker.feed(out)
    checker.close()
    assert checker.problems == [] and checker.stack == []
    assert {t for t, _ in checker.tags} <= {"mark"}
    assert "".join(checker.text) == text  # the text survives, unchanged, in order
