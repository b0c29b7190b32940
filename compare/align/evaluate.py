"""Bead-level precision, recall and F1, strict and lax, as defined by vecalign's score.py.

Precision is measured over every test bead (insertions and deletions included) against the
gold beads; recall over the gold beads with both sides non-empty against the test beads with
both sides non-empty. A bead is a strict hit when the same bead is in the reference, and a
lax hit when it shares a source item with a reference bead that also shares a target item.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

BeadPair = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


def parse_beads(lines: Iterable[str]) -> list[BeadPair]:
    """Read ``[0, 1]:[2]`` lines (an optional ``:score`` suffix is ignored)."""
    out: list[BeadPair] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        left, right = line.split(":")[:2]
        out.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return out


def _hits(reference: Sequence[BeadPair], test: Sequence[BeadPair]) -> tuple[int, int, int]:
    """(test beads, strict hits, lax hits) of ``test`` against ``reference``."""
    ref = {(tuple(s), tuple(t)) for s, t in reference if s or t}
    links: dict[int, set[int]] = defaultdict(set)
    for s, t in ref:
        for i in s:
            links[i].update(t)
    total = strict = lax = 0
    for s, t in {(tuple(s), tuple(t)) for s, t in test if s or t}:
        total += 1
        if (s, t) in ref:
            strict += 1
            lax += 1
        elif set(t) & {k for i in s for k in links[i]}:
            lax += 1
    return total, strict, lax


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_beads(gold: Sequence[BeadPair], test: Sequence[BeadPair]) -> Scores:
    n_p, strict_p, lax_p = _hits(gold, test)
    gold_links = [(s, t) for s, t in gold if s and t]
    test_links = [(s, t) for s, t in test if s and t]
    n_r, strict_r, lax_r = _hits(test_links, gold_links)
    ps, pl = (strict_p / n_p, lax_p / n_p) if n_p else (0.0, 0.0)
    rs, rl = (strict_r / n_r, lax_r / n_r) if n_r else (0.0, 0.0)
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))
