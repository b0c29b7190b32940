"""Rejoining wrapped lines of PDF text, undoing only line-break hyphenation.

A line ending in a hyphen is either hyphenated by the typesetter ("Menschen-" + "rechte") or
broken after a real hyphen ("Internet-" + "und Mobiltelefondienste", "EU-" + "Kasachstan").
The evidence used, in order:

1. the next line starts with a comma or other punctuation: the hyphen is real ("Meinungs-,");
2. the next line starts with a conjunction (und, and, et, y, i, és, ja, ...): real, and it was
   followed by a space ("Internet- und");
3. the next fragment starts with a capital, or the part before the hyphen ends in a capital
   or digit: real ("EU-Kasachstan", "OVKS-Truppen");
4. the joined word appears elsewhere in the document: hyphenation, the hyphen goes;
5. the hyphenated word appears elsewhere in the document: real;
6. in languages that write compounds closed (German, Dutch, the Nordic, Finno-Ugric, Slavic
   and Baltic languages, Greek) the hyphen goes ("Menschen-" + "rechte");
7. elsewhere it stays after a usual first element of hyphenated compounds ("long-term",
   "anti-corruption", "vice-président"), with an article or clitic of Maltese, Irish,
   Romanian or Portuguese ("il-Parlament", "an t-Uachtarán", "într-un", "considera-se"), and
   when both parts are words of the document ("decision-making");
8. otherwise it marks hyphenation ("im-" + "prisonment", "interna-" + "tionale").
"""

from __future__ import annotations

import re

#: Conjunctions that follow a suspended hyphen ("Meinungs- und Versammlungsfreiheit"), per
#: language: "a" is "and" in Czech but an article in Romanian.
CONJUNCTIONS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "bg": "и или", "cs": "a i nebo či", "da": "og eller", "de": "und oder sowie bzw",
        "el": "και ή", "en": "and or nor", "es": "y e o u ni", "et": "ja või",
        "fi": "ja tai sekä", "fr": "et ou ni", "ga": "agus nó", "hr": "i ili",
        "hu": "és vagy", "it": "e ed o od né", "lt": "ir ar", "lv": "un vai", "mt": "u jew",
        "nl": "en of", "pl": "i oraz lub albo", "pt": "e ou nem", "ro": "și şi sau",
        "sk": "a i alebo či", "sl": "in ali", "sv": "och eller samt",
    }.items()
}  # fmt: skip
#: Languages whose compounds are written closed: an unexplained line-end hyphen is a break.
CLOSED_COMPOUND_LANGS = frozenset("de nl da sv fi et hu pl cs sk sl hr lt lv bg el".split())
#: First elements of hyphenated compounds in languages that write compounds open.
COMPOUND_PREFIXES = frozenset(
    "well self long short non anti co cross multi pre post so high low full part all ex vice "
    "semi half mid over under counter socio euro pan pro sous porte avant après arrière contre "
    "demi mi néo pré quasi super sur extra entre grand petit ultra infra micro macro".split()
)
#: Longest Maltese article or preposition fused with one ("il-", "tal-", "għall-").
MAX_MALTESE_ARTICLE = 5
#: Romanian words that end in a hyphen before a clitic or article ("într-un", "dintr-o").
ROMANIAN_PREFIXES = frozenset({"într", "dintr", "printr", "dinspre", "către"})
#: Portuguese clitic pronouns written after a hyphen ("considera-se", "insta-o").
PORTUGUESE_CLITICS = frozenset(
    "se o a os as lhe lhes me te nos vos lo la los las no na nas".split()
)
#: Hyphen characters that may end a line; the soft hyphen always marks hyphenation.
HYPHEN = "-"
SOFT_HYPHEN = "\u00ad"

_LINE_BREAK_HYPHEN = re.compile(r"[^\W_]*[-\u00ad][ \t]*\n[ \t\f]*[^\W_]*")
_TRAILING_WORD = re.compile(r"([^\W\d_]+)$")
_LEADING_WORD = re.compile(r"^([^\W\d_]+)")


def vocabulary(text: str) -> frozenset[str]:
    """Lower-case words of ``text``, hyphenated compounds both whole and in parts; the two
    fragments of a word broken at a line end are left out (they are what is being judged)."""
    words: set[str] = set()
    for match in re.finditer(r"[^\W_]+(?:-[^\W_]+)*", _LINE_BREAK_HYPHEN.sub(" ", text)):
        word = match.group(0).lower()
        words.add(word)
        if "-" in word:
            words.update(word.split("-"))
    return frozenset(words)


def join_lines(left: str, right: str, lang: str, vocab: frozenset[str]) -> str:
    """Join two wrapped lines (both stripped) into one string.

    Args:
        left: the text so far (ends with the previous line).
        right: the next line.
        lang: the document's language (the default of rule 6).
        vocab: the document's :func:`vocabulary`.

    Returns:
        ``left`` and ``right`` joined by a space, or without one when ``left`` ends in a
        hyphen; the hyphen is dropped when the evidence says it marks hyphenation.

    Example:
        >>> join_lines("der Internet-", "und Mobiltelefondienste", "de", frozenset())
        'der Internet- und Mobiltelefondienste'
        >>> join_lines("die Menschen-", "rechte", "de", frozenset({"menschenrechte"}))
        'die Menschenrechte'
    """
    if not left:
        return right
    if not right:
        return left
    if left.endswith(SOFT_HYPHEN):
        return left[:-1] + right
    if not left.endswith(HYPHEN) or len(left) < 2:
        return f"{left} {right}"
    if left[-2].isdigit() and right[0].isdigit():
        return left + right  # a range: "2019-2024"
    if not left[-2].isalpha():
        return f"{left} {right}"
    decision = hyphen_decision(left[:-1], right, lang, vocab)
    if decision == "space":
        return f"{left} {right}"
    if decision == "keep":
        return left + right
    return left[:-1] + right


def hyphen_decision(before: str, after: str, lang: str, vocab: frozenset[str]) -> str:
    """What to do with a line-end hyphen: ``"keep"``, ``"space"`` (keep, then a space) or
    ``"drop"`` (it marks hyphenation)."""
    if after[0] in ",;:.)]/":
        return "keep"
    head_match = _LEADING_WORD.match(after)
    head = head_match.group(1) if head_match else ""
    tail_match = _TRAILING_WORD.search(before)
    tail = tail_match.group(1) if tail_match else ""
    conjunctions = CONJUNCTIONS.get(lang) or frozenset().union(*CONJUNCTIONS.values())
    if head.lower() in conjunctions and (len(after) == len(head) or not after[len(head)].isalnum()):
        return "space"
    if not head or not tail or after[0].isupper() or before[-1].isupper() or before[-1].isdigit():
        return "keep"
    if (tail + head).lower() in vocab:
        return "drop"
    if f"{tail}-{head}".lower() in vocab:
        return "keep"
    if lang in CLOSED_COMPOUND_LANGS:
        return "drop"
    if tail.lower() in COMPOUND_PREFIXES:
        return "keep"
    if _function_word_hyphen(tail.lower(), head.lower(), lang):
        return "keep"
    if len(tail) > 1 and len(head) > 1 and tail.lower() in vocab and head.lower() in vocab:
        return "keep"
    return "drop"


def _function_word_hyphen(tail: str, head: str, lang: str) -> bool:
    """Articles and clitics joined by a hyphen: Maltese "il-", "tal-"; Irish "t-", "n-", "h-";
    Romanian "s-a", "într-un"; Portuguese "considera-se"."""
    if lang == "mt":
        return len(tail) <= MAX_MALTESE_ARTICLE
    if lang == "ga":
        return len(tail) == 1
    if lang == "ro":
        return min(len(tail), len(head)) <= 2 or tail in ROMANIAN_PREFIXES
    if lang == "pt":
        return head in PORTUGUESE_CLITICS
    return False
