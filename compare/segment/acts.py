"""Legislative acts (regulations, directives, decisions), segmented by their articles.

An act reads: a title; the enacting authority ("THE EUROPEAN PARLIAMENT AND THE COUNCIL OF
THE EUROPEAN UNION," / "DAS EUROPÄISCHE PARLAMENT UND DER RAT DER EUROPÄISCHEN UNION —");
citations ("Having regard to ..."); "Whereas:" and recitals numbered "(1)", "(2)", ...; the
enacting formula ("HAVE ADOPTED THIS REGULATION:"); then articles ("Article 1", "Artikel
1", "Член 1", "1 artikla", "1. cikk", "Article premier"), each with its title, numbered
paragraphs ("1." in most languages, "(1)" in German) and points ("(a)", "a)", "(i)", "–"),
under chapter and section headings; the closing formula and signatures; annexes.

Labels, shared by every language version:

- ``pre:N``: the blocks before the first recital (title, authority, citations, "Whereas:");
- ``rec:N``: recitals by number (a resolution letters its recitals ``rec:A``), ``rec:N.sJ``
  a recital's further paragraphs;
- ``formula:N``: formulas after the recitals ("HAVE ADOPTED THIS REGULATION:"); these and
  the preamble's last block before the recitals ("Whereas:") are of kind "formula": each
  language words them by its own convention;
- ``head:N``: chapter, section and title headings, in order;
- ``art:N``: an article's heading with its title;
- ``art:N.k``: its numbered paragraph k (or numbered item: definitions "(1)" / "1.");
  ``art:N.k.a``: point (a) of it (``art:N.a`` in an article without numbered paragraphs),
  ``art:N.k.a.ii``: a roman point under a lettered one; ``art:N.sJ`` / ``art:N.k.sJ``: the
  J-th unlabelled block or indent;
- ``annex:K``: an annex heading with its title, ``annex:K.sJ`` its J-th block (numbered
  items and points as in articles).

Numbers run in sequence within their article, as in resolutions: a paragraph number more
than :data:`MAX_GAP` ahead of the next expected one does not start a unit.

Example:
    >>> from compare.segment import segment_text
    >>> doc = segment_text("Whereas:\\n(1) A recital.\\nArticle 1\\nSubject matter\\n"
    ...                    "1. A paragraph:\\n(a) a point.", "en", fmt="lines",
    ...                    check_language=False)
    >>> doc.labels()
    ('pre:1', 'rec:1', 'art:1', 'art:1.1', 'art:1.1.a')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from compare.segment.drafts import Draft, Entry, gap_warning
from compare.segment.footnotes import FootnoteDraft, find_call
from compare.segment.labels import latin_label, roman_value, sub_letter_ordinal

#: Largest jump accepted in recital and paragraph numbers.
MAX_GAP = 2
#: Longest line taken for a heading or an article's title (a short line, no final stop).
MAX_HEADING_CHARS = 120

_NUMBER = r"(\d{1,3}[a-z]?)"
#: Article headings in the 24 languages: the word before the number, or after it (fi, hu,
#: lt, lv); French also writes "Article premier".
_ARTICLE_WORDS_BEFORE = (
    "Article|Artikel|Articolo|Artículo|Artigo|Articolul|Artykuł|Artikolu|Artikkel|"
    "Airteagal|Článek|Článok|Člen|Članak|Член|Άρθρο"
)
_ARTICLE_WORDS_AFTER = "artikla|cikk|pants|straipsnis"
_ARTICLE = re.compile(
    rf"^(?:(?:{_ARTICLE_WORDS_BEFORE})\s+(?:{_NUMBER}(?:\s?\.?\s?[ºo°])?\.?|(premier))"
    rf"|{_NUMBER}\.?\s+(?:{_ARTICLE_WORDS_AFTER}))(?=\s|$)",
    re.IGNORECASE,
)
#: Annex headings in the 24 languages, optionally numbered.
_ANNEX = re.compile(
    r"^(?:ANNEX|ANHANG|ANNEXE|ALLEGATO|ANEXO|ANEXA|BIJLAGE|BILAGA|BILAG|PŘÍLOHA|PRÍLOHA|"
    r"PRILOGA|PRILOG|ПРИЛОЖЕНИЕ|ΠΑΡΑΡΤΗΜΑ|ZAŁĄCZNIK|IARSCRÍBHINN|ANNESS|LISA|LIITE|"
    r"MELLÉKLET|PIELIKUMS|PRIEDAS)(?:\s+[IVXLC\d]+)?\.?$",
    re.IGNORECASE,
)
_PAREN_NUMBER = re.compile(r"^\((\d{1,3})\)(?=\s|$)")
_DOT_NUMBER = re.compile(r"^(\d{1,3})[.)](?=\s|$)")
_POINT = re.compile(r"^(?:\(([^\W\d_]{1,5})\)|([^\W\d_]{1,5})\))(?=\s|$)")
_DASH = re.compile(r"^[–—\-•−‒](?=\s|$)")
_FINAL_STOP = frozenset(".;:,!?")


def article_heading(text: str) -> tuple[str, int] | None:
    """The article number of a heading line and where its title starts, or None.

    The rest of the line, if any, must read as a title: short and without a final stop
    ("Article 5 of Regulation (EU) 2016/679 is amended as follows:" is a paragraph).

    Example:
        >>> article_heading("Artikel 12"), article_heading("3 artikla")
        (('12', 10), ('3', 9))
        >>> article_heading("Article premier"), article_heading("Artigo 4.º Definições")
        (('1', 15), ('4', 10))
        >>> article_heading("Article 5 of Regulation (EU) 2016/679 is replaced by the following:")
    """
    match = _ARTICLE.match(text)
    if not match:
        return None
    rest = text[match.end() :].strip()
    if rest and (len(text) > MAX_HEADING_CHARS or rest[-1] in _FINAL_STOP):
        return None
    number = match.group(1) or match.group(3) or "1"
    return number.lower(), match.end()


def _bare_heading(text: str) -> bool:
    """An article heading alone on its line ("Article 5"), as acts print them."""
    heading = article_heading(text)
    return heading is not None and heading[1] >= len(text.rstrip())


def looks_like_act(entries: Sequence[Entry]) -> bool:
    """Whether the text has an article heading alone on a line where a unit may start (a
    resolution's wrapped line may begin "Artikel 5 der Verordnung")."""
    return any((e.strong or e.weak) and _bare_heading(e.text) for e in entries)


def called_notes(notes: Sequence[FootnoteDraft], entries: Sequence[Entry]) -> int:
    """How many of the footnotes found, from the first, have their call in the body lines
    ("Committee(1)", "Ausschusses¹", "Committee (1),"). The others are
    the act's own numbered items that closed the text or a page (definitions "(1) 'data'
    means ...", an annex's list), not footnotes."""
    for count, _ in enumerate(notes):
        if not any(_called(e.text, count + 1) for e in entries):
            return count
    return len(notes)


def _called(text: str, number: int) -> bool:
    """A call of footnote ``number``: glued, as the footnote module finds calls, or after a
    space as EUR-Lex text prints them ("Committee (1),"), though not opening the line."""
    if find_call(text, number, bare=False):
        return True
    return re.search(rf"(?<=\w)\s\({number}\)(?=[\s,.;:]|$)", text) is not None


def _is_heading(text: str) -> bool:
    return len(text) <= MAX_HEADING_CHARS and text[-1:] not in _FINAL_STOP


@dataclass
class _Article:
    """Numbering state inside one article (or annex)."""

    label: str
    style: str = ""  # "dot" ("1.") or "paren" ("(1)"): the style of its paragraph numbers
    paragraph_next: int = 1
    paragraph: str = ""  # label of the current numbered paragraph
    letter_next: int = 0
    letter: str = ""  # label of the current lettered point
    roman_next: int = 1

    def parent(self) -> str:
        return self.paragraph or self.label


class ActParser:
    """Walks the body lines of an act once, opening a unit wherever a label is expected."""

    def __init__(self, entries: list[Entry], lang: str) -> None:
        self.entries = entries
        self.lang = lang
        self.drafts: list[Draft] = []
        self.warnings: list[str] = []
        self.region = "preamble"
        self.counters: dict[str, int] = {}
        self.recital_next = 1
        self.article: _Article | None = None

    def parse(self) -> tuple[list[Draft], list[str]]:
        for entry in self.entries:
            self._step(entry)
        return self.drafts, self.warnings

    # -- lines ---------------------------------------------------------------------------
    def _step(self, entry: Entry) -> None:
        text = entry.text
        may_start = entry.strong or (entry.weak and entry.previous[-1:] in _FINAL_STOP)
        if may_start or (entry.weak and _bare_heading(text)):
            if self._labelled(entry):
                return
            if self._title_line(entry):
                return
        if entry.strong or not self.drafts:
            self._unlabelled(entry)
            return
        self.drafts[-1].add_entry(entry)

    def _labelled(self, entry: Entry) -> bool:
        text = entry.text
        heading = article_heading(text) if entry.strong or _bare_heading(text) else None
        if heading is not None:
            number, _ = heading
            self.region = "articles"
            self.article = _Article(f"art:{number}")
            # the heading stays in the unit's text, so it is no printed label as well
            self._open("article", f"art:{number}", "", entry, 0)
            return True
        if _ANNEX.match(text) and self.region in ("articles", "annexes"):
            self.region = "annexes"
            label = self._next("annex")
            self.article = _Article(label)
            self._open("annex", label, "", entry, 0)
            return True
        if self.region in ("preamble", "recitals"):
            return self._recital(entry)
        if self.article is not None:
            return self._numbered(entry, self.article) or self._point(entry, self.article)
        return False

    def _recital(self, entry: Entry) -> bool:
        match = _PAREN_NUMBER.match(entry.text)
        if not match:
            return False
        number = int(match.group(1))
        if not self.recital_next <= number <= self.recital_next + MAX_GAP:
            return False
        if number != self.recital_next:
            self.warnings.append(gap_warning("recital", number, self.recital_next, entry))
        if self.region == "preamble" and self.drafts and self.drafts[-1].kind == "other":
            last = self.drafts[-1]  # "Whereas:" / "in Erwägung nachstehender Gründe:"
            if last.pieces and last.pieces[-1].endswith(":"):
                last.kind = "formula"
        self.recital_next = number + 1
        self.region = "recitals"
        self._open("recital", f"rec:{number}", match.group(0), entry, match.end())
        return True

    def _numbered(self, entry: Entry, article: _Article) -> bool:
        text = entry.text
        paren, dot = _PAREN_NUMBER.match(text), _DOT_NUMBER.match(text)
        match = paren or dot
        if match is None:
            return False
        style = "paren" if paren else "dot"
        number = int(match.group(1))
        if article.style and style != article.style:
            if not article.paragraph:
                return False
            label = f"{article.paragraph}.{number}"  # an item numbered inside a paragraph
            self._open("subparagraph", label, match.group(0), entry, match.end())
            return True
        if not article.paragraph_next <= number <= article.paragraph_next + MAX_GAP:
            return False
        if number != article.paragraph_next:
            self.warnings.append(gap_warning("paragraph", number, article.paragraph_next, entry))
        article.style = style
        article.paragraph_next = number + 1
        article.paragraph = f"{article.label}.{number}"
        article.letter_next, article.letter, article.roman_next = 0, "", 1
        self._open("paragraph", article.paragraph, match.group(0), entry, match.end())
        return True

    def _point(self, entry: Entry, article: _Article) -> bool:
        text = entry.text
        dash = _DASH.match(text)
        if dash:
            label = self._block(article.letter or article.parent())
            self._open("subparagraph", label, text[0], entry, dash.end())
            return True
        match = _POINT.match(text)
        if not match:
            return False
        key = match.group(1) or match.group(2)
        letter, roman = sub_letter_ordinal(key, self.lang), roman_value(key)
        next_letter = letter is not None and letter == article.letter_next
        if roman is not None and article.letter and (not next_letter or roman > 1):
            if roman == article.roman_next or entry.strong:
                article.roman_next = roman + 1
                label = f"{article.letter}.{key.lower()}"
                self._open("subparagraph", label, match.group(0), entry, match.end())
                return True
        if letter is None or not (next_letter or entry.strong):
            return False
        article.letter_next, article.roman_next = letter + 1, 1
        article.letter = f"{article.parent()}.{latin_label(letter).lower()}"
        self._open("subparagraph", article.letter, match.group(0), entry, match.end())
        return True

    def _title_line(self, entry: Entry) -> bool:
        """An article's or annex's title on the line after its heading joins the heading;
        so does a chapter's title after "CHAPTER I"."""
        last = self.drafts[-1] if self.drafts else None
        if last is None or not _is_heading(entry.text) or len(last.pieces) != 1:
            return False
        if last.kind in ("article", "annex", "heading") and _is_heading(last.pieces[0]):
            last.add_entry(entry)
            return True
        return False

    def _unlabelled(self, entry: Entry) -> None:
        text = entry.text
        if self.region == "preamble":
            self._open("other", self._next("pre"), "", entry, 0)
        elif self.region == "recitals" and _is_formula(text):
            self.region = "enacting"
            self._open("formula", self._next("formula"), "", entry, 0)
        elif self.region == "recitals":
            recital = next(d for d in reversed(self.drafts) if d.kind == "recital")
            self._open("subparagraph", self._block(recital.label), "", entry, 0)
        elif _is_heading(text) and self._before_article(entry):
            self._open("heading", self._next("head"), "", entry, 0)
        elif self.article is not None:
            label = self._block(self.article.parent())
            self._open("subparagraph", label, "", entry, 0)
        else:
            self._open("other", self._next("pre"), "", entry, 0)

    def _before_article(self, entry: Entry) -> bool:
        """Whether a heading's line is followed, through short lines only, by an article."""
        for later in self.entries[entry.position + 1 : entry.position + 4]:
            if article_heading(later.text):
                return True
            if not _is_heading(later.text):
                return False
        return False

    # -- drafts --------------------------------------------------------------------------
    def _block(self, parent: str) -> str:
        """The next unlabelled block or indent under a unit: ``rec:N.sJ``, ``art:N.k.sJ``."""
        return f"{parent}.s{self._count(parent)}"

    def _next(self, prefix: str) -> str:
        """The next label of a sequence: ``pre:1``, ``pre:2``, ..."""
        return f"{prefix}:{self._count(prefix)}"

    def _count(self, key: str) -> int:
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    def _open(self, kind: str, label: str, printed: str, entry: Entry, skip: int) -> None:
        draft = Draft(kind=kind, label=label, printed=printed)
        self.drafts.append(draft)
        draft.add_entry(entry, skip)


def _is_formula(text: str) -> bool:
    """The enacting formula after the recitals: short, ending in a colon or in capitals."""
    letters = [c for c in text if c.isalpha()]
    capitals = bool(letters) and all(c.isupper() for c in letters)
    return len(text) <= MAX_HEADING_CHARS and (text.endswith(":") or capitals)


def parse_act(entries: list[Entry], lang: str) -> tuple[list[Draft], list[str]]:
    """The units of an act's body lines, and warnings about gaps in its numbering."""
    return ActParser(entries, lang).parse()
