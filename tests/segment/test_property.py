"""Property: segmentation never crashes and never loses a character."""

from __future__ import annotations

import unicodedata
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.errors import InputError
from compare.segment import segment_text
from compare.types import Document

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
#: Characters a segmenter may take out of a unit's text without recording them as such:
#: line-break hyphens (plain and soft) and the brackets of "(N)" footnote calls.
_DROPPABLE = frozenset("-\u00ad()")

#: Pieces that exercise the structure rules, mixed with arbitrary text.
_PIECES = st.sampled_from(
    [
        "1. ",
        "2. ",
        "3. ",
        "A. ",
        "B. ",
        "ΣΤ. ",
        "Й. ",
        "– ",
        "- ",
        "• ",
        "(a) ",
        "(i) ",
        "a) ",
        "\n",
        "\n\n",
        "\n ",
        " \n",
        "-\n",
        "\u00ad\n",
        "(1) ",
        "1 ",
        "2 ",
        "Kasachstan1 ",
        "2019",
        "20192",
        "(RSP))3",
        "Kazakhstan(1)",
        "¹",
        "März ",
        "Januar ",
        "(2022/2505(RSP))\n",
        "Das Europäische Parlament,\n",
        "in der Erwägung, dass ",
        ";",
        ",",
        ".",
        ":",
        "\f",
        "\nArtikel 1\n",
        "\nArticle premier\n",
        "2 artikla\n",
        "ANHANG\n",
    ]  # fmt: skip
)
_TEXT = st.one_of(
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=50).map("".join),
    st.text(alphabet=st.sampled_from("aZ19 .–-()\n\t,;:ΣЙ¹"), max_size=200),
    st.text(max_size=300),
)


def _non_space(text: str) -> list[str]:
    return [ch for ch in text if not ch.isspace()]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def _reconstruction(document: Document) -> list[str]:
    units = sorted(document.units, key=lambda u: u.source_start)
    return _non_space("".join(u.printed_label + u.text for u in units))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, fmt=st.sampled_from([None, "pdf-text", "lines"]))
def test_segmentation_loses_no_character(text: str, fmt: str | None) -> None:
    """The invariant, for any text ``t`` with at least one non-whitespace character.

    Let ``S`` be the non-whitespace characters of ``NFC(t)`` (line breaks unified) and ``R``
    those of the units' printed labels and texts, units taken in source order. Then:

    1. ``R`` is a subsequence of ``S``: nothing is invented or reordered;
    2. the characters of ``S`` missing from ``R`` (as a multiset) are only hyphens and soft
       hyphens (line-break hyphenation undone), brackets, and digits, and those digits are
       exactly the digits of the recorded footnote calls' numbers;
    3. ``Document.text`` is the units' texts joined by ``"\\n\\n"``, each unit at
       ``[start:end]``, and every footnote call and sentence span lies inside its unit.

    Whitespace-only text raises :class:`InputError` instead.
    """
    normalised = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    try:
        document = segment_text(text, "de", fmt=fmt, check_language=False)
    except InputError:
        assert not normalised.strip()
        return
    assert document.text == "\n\n".join(u.text for u in document.units)
    for unit in document.units:
        assert document.text[unit.start : unit.end] == unit.text
        assert all(0 <= m.position <= len(unit.text) for m in unit.footnote_markers)
        assert all(0 <= a <= b <= len(unit.text) for a, b in unit.sentences)
    source, rebuilt = _non_space(normalised), _reconstruction(document)
    assert _is_subsequence(rebuilt, source)
    missing = Counter(source) - Counter(rebuilt)
    digits = Counter()
    for ch, count in missing.items():
        if ch.translate(_SUPERSCRIPTS).isdigit():
            digits[ch.translate(_SUPERSCRIPTS)] += count
        else:
            assert ch in _DROPPABLE, f"lost {ch!r}"
    calls = "".join(str(m.number) for u in document.units for m in u.footnote_markers)
    assert digits == Counter(calls)
