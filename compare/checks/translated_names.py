"""Names the other version translated: a pivot name whose words have counterparts in words.

The name check (:mod:`compare.checks.facts`) looks for each pivot name by its letters.
Names made of words are translated instead: "World Cup" is "Weltmeisterschaft", "Higher
Education" "Hochschulbildung", "Crimea" "Krim", "Best Actor" "Bester Hauptdarsteller".
English writes such words with capitals (titles, awards, events, programmes), so from an
English pivot a translated name looked missing: the first 40 faithful FLORES-200 sentence
pairs of en-X (23 languages, 920 pairs) got 180 name errors, de-X 9.

A missing name is reviewed here when the encoder is available. The words of the bead's two
sides are compared (word similarities of :func:`compare.align.words.align_words`: word
vectors of a middle layer), and the name counts as translated when every word of it has a
best match in the other version with a similarity of at least :data:`LINK_MIN` whose own
best match is a word of the name (two words may share one: "World Cup" /
"Weltmeisterschaft"), none of them part of a name the other version has. The finding then
becomes ``info`` (subtype ``translated``) and shows the words that translate the name. A
name left out has no such match: the best match of its words is the best match of some
other word. A name replaced by another name is paired with it before this review ("German
has Toqaev, English has Nazarbayev") and is not reviewed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from compare.align.words import WordAlignment, align_words
from compare.checks.base import BeadView

#: Smallest word similarity of a link that shows a translated name word (word vectors of
#: a middle layer). On the corpus and FLORES, content words linked in faithful translation
#: have a median best similarity of 0.69 to the other side; words of injected omissions
#: and additions 0.45-0.47.
LINK_MIN = 0.55


def translated_words(
    alignment: WordAlignment, span: tuple[int, int], taken: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span of the other version's words that translate ``span`` of the pivot, or None.

    Every word of the span needs a best match on the other side with a similarity of at
    least :data:`LINK_MIN` whose own best match lies inside the span (a compound may take
    several words: "World Cup" / "Weltmeisterschaft"), outside ``taken`` (the other
    version's names).
    """
    sim = alignment.similarity
    words = [k for k, (a, b) in enumerate(alignment.src_words) if a >= span[0] and b <= span[1]]
    if not words or not isinstance(sim, np.ndarray) or sim.size == 0:
        return None
    linked: list[tuple[int, int]] = []
    for k in words:
        j = int(np.argmax(sim[k]))
        if sim[k, j] < LINK_MIN or int(np.argmax(sim[:, j])) not in words:
            return None
        a, b = alignment.tgt_words[j]
        if any(a < end and start < b for start, end in taken):
            return None
        linked.append((a, b))
    return min(a for a, _ in linked), max(b for _, b in linked)


def align_bead_words(view: BeadView, encoder: object) -> WordAlignment:
    """The words of a bead's two sides with their similarities (and mutual best links)."""
    return align_words(
        view.pivot_text, view.other_text, encoder, "argmax",  # type: ignore[arg-type]
        src_lang=view.pivot_lang, tgt_lang=view.lang,
    )  # fmt: skip
