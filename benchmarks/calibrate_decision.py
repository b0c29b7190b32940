"""The decision threshold of ``pairs``, chosen on labelled pairs of this project's own making.

``pairs`` calls a sentence pair divergent when a check raises a warning or an error, or when
its semantic score reaches a threshold. Where should that threshold sit? A percentile of the
score on faithful pairs says how many faithful pairs it costs, not what it gains. This
benchmark measures both on pairs whose answer is known without any third-party label:

- **divergent pairs**: from FLORES-200 devtest articles (one unit per sentence), one
  divergence of a content type (number, date, name, omission, addition, polarity,
  modality) is injected with :func:`compare.inject.inject` into the target version; the
  pair is the pivot's sentence and the changed sentence;
- **faithful pairs**: a sentence of the same article that no injection touched, with its
  pivot sentence.

Directions en-X and de-X for the other 23 languages (46), ``--articles`` articles each,
one divergent and one faithful pair per article (so the classes are balanced). Every pair
is judged as ``pairs`` judges it (:func:`compare.checks.command.judge_pairs`); reported are
the checks alone, the score alone (ROC AUC) and the decision at each threshold, with the
threshold of the best Matthews correlation (MCC). A sample's articles are every
``--step``-th of those with at least three sentences, from its offset; the default pools
two samples (offsets 4 and 2, seeds 11 and 13), neither of them the articles
``eval_divergence`` samples (offset 0).

Usage: python -m benchmarks.calibrate_decision [--articles 10] [--step 9] [--offsets 4,2]
       [--seed 11] [--threads 2]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from benchmarks.eval_divergence import (
    FLORES,
    THREADS_HELP,
    faithful_directions,
    flores_articles,
    flores_document,
    flores_lines,
)
from benchmarks.eval_wmt22 import mcc
from benchmarks.eval_wmt22 import roc_auc as auc
from compare.inject import inject
from compare.types import EU_LANGUAGES, Document

#: Injection types a sentence pair can show (structure and untranslated are document-level).
PAIR_TYPES: tuple[str, ...] = (
    "number",
    "date",
    "name",
    "omission",
    "addition",
    "polarity",
    "modality",
)
#: Thresholds tried, in standard deviations of faithful translation.
GRID = np.round(np.arange(0.5, 6.01, 0.05), 2)


@dataclass(frozen=True)
class LabelledPair:
    """A sentence pair with its answer: ``kind`` is the injected type, or "faithful"."""

    src: str
    tgt: str
    source: str
    target: str
    kind: str


def chosen_articles(count: int, step: int, offset: int) -> list[list[int]]:
    """Every ``step``-th FLORES article of at least three sentences, from ``offset``."""
    articles = [a for a in flores_articles() if len(a) >= 3]
    return articles[offset::step][:count]


def unit_text(doc: Document, label: str) -> str:
    """The text of the unit with this label."""
    return next(u.text for u in doc.units if u.label == label)


def article_pairs(pivot: Document, version: Document, seed: int, first: int) -> list[LabelledPair]:
    """One divergent and one faithful pair of one article, or none.

    The content types are tried in turn from ``first`` until one finds a place.
    """
    for k in range(len(PAIR_TYPES)):
        kind = PAIR_TYPES[(first + k) % len(PAIR_TYPES)]
        variant, key = inject(version, seed, [kind], pivot=pivot)
        if not key.divergences:
            continue
        changed = key.divergences[0]
        touched = {changed.pivot_unit, changed.other_unit}
        calm = next((u.label for u in version.units if u.label not in touched), None)
        if calm is None or changed.other_unit is None:
            return []
        src, tgt = pivot.lang, version.lang
        return [
            LabelledPair(
                src,
                tgt,
                unit_text(pivot, changed.pivot_unit),
                unit_text(variant, changed.other_unit),
                kind,
            ),
            LabelledPair(src, tgt, unit_text(pivot, calm), unit_text(version, calm), "faithful"),
        ]
    return []


def labelled_pairs(count: int, step: int, offset: int, seed: int) -> list[LabelledPair]:
    """The labelled pairs of every direction of :func:`faithful_directions`."""
    texts = {lang: flores_lines(lang) for lang in EU_LANGUAGES}
    articles = chosen_articles(count, step, offset)
    pairs: list[LabelledPair] = []
    turn = 0
    for d, (src, tgt) in enumerate(faithful_directions()):
        for k, lines in enumerate(articles):
            pivot = flores_document(src, offset + k * step, lines, texts[src])
            version = flores_document(tgt, offset + k * step, lines, texts[tgt])
            pairs += article_pairs(pivot, version, seed * 100_000 + d * 100 + k, turn)
            turn += 1
    return pairs


def judge(pairs: Sequence[LabelledPair], encoder: object) -> tuple[np.ndarray, np.ndarray]:
    """(semantic score, checks flagged) of every pair, judged as ``pairs`` judges it."""
    from compare.checks.command import judge_pairs

    scores = np.zeros(len(pairs))
    flagged = np.zeros(len(pairs), dtype=bool)
    by_direction: dict[tuple[str, str], list[int]] = {}
    for i, pair in enumerate(pairs):
        by_direction.setdefault((pair.src, pair.tgt), []).append(i)
    for (src, tgt), indices in by_direction.items():
        batch = [(pairs[i].source, pairs[i].target) for i in indices]
        # at an infinite threshold a pair is divergent by its warnings and errors alone
        results = judge_pairs(batch, src, tgt, encoder, threshold=float("inf"))
        for i, result in zip(indices, results, strict=True):
            scores[i] = result.score
            flagged[i] = result.divergent
    return scores, flagged


def best_threshold(truth: np.ndarray, scores: np.ndarray, flagged: np.ndarray) -> float:
    """The threshold of :data:`GRID` with the best MCC of the decision (the lowest on ties)."""
    values = [mcc(truth, flagged | (scores >= t)) for t in GRID]
    return float(GRID[int(np.argmax(values))])


def report(pairs: Sequence[LabelledPair], scores: np.ndarray, flagged: np.ndarray) -> list[str]:
    """The table: checks alone, score alone, decision by threshold, recall per type."""
    from compare.checks.command import SEMANTIC_THRESHOLD

    truth = np.array([p.kind != "faithful" for p in pairs])
    best = best_threshold(truth, scores, flagged)
    out = [
        f"{len(pairs)} pairs: {int(truth.sum())} divergent, {int((~truth).sum())} faithful; "
        f"types {dict(Counter(p.kind for p in pairs if p.kind != 'faithful'))}",
        f"checks alone: MCC {mcc(truth, flagged):.3f}, flag {flagged[truth].mean():.3f} of "
        f"divergent and {flagged[~truth].mean():.3f} of faithful pairs",
        f"score alone: ROC AUC {auc(truth, scores):.3f}; faithful p95 "
        f"{np.percentile(scores[~truth], 95):.2f}",
        "threshold  MCC    divergent called  faithful called",
    ]
    for t in sorted({*GRID[::10].tolist(), best, SEMANTIC_THRESHOLD}):
        if t > best and t > SEMANTIC_THRESHOLD + 1 and t != GRID[-1]:
            continue
        decision = flagged | (scores >= t)
        mark = " <- best" if t == best else " <- present default" if t == SEMANTIC_THRESHOLD else ""
        out.append(
            f"{t:9.2f}  {mcc(truth, decision):.3f}  {decision[truth].mean():16.3f}  "
            f"{decision[~truth].mean():15.3f}{mark}"
        )
    decision = flagged | (scores >= best)
    kinds = np.array([p.kind for p in pairs])
    out.append(f"recall per type at {best:.2f}:")
    for kind in PAIR_TYPES:
        mask = kinds == kind
        if mask.any():
            out.append(
                f"  {kind:10s} {decision[mask].mean():.3f} (checks alone "
                f"{flagged[mask].mean():.3f}, n={int(mask.sum())})"
            )
    return out


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10, help="articles per direction")
    parser.add_argument("--step", type=int, default=9, help="take every step-th article")
    parser.add_argument(
        "--offsets", default="4,2", help="samples, by first article taken (comma-separated)"
    )
    parser.add_argument(
        "--seed", type=int, default=11, help="seed of the first sample's injections"
    )
    parser.add_argument("--threads", type=int, default=None, help=THREADS_HELP)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not FLORES.is_dir():
        raise SystemExit(f"FLORES data not found at {FLORES}: this benchmark needs it")
    from compare.encode import get_encoder

    encoder = get_encoder(threads=args.threads)
    start = time.perf_counter()
    pairs: list[LabelledPair] = []
    for k, offset in enumerate(int(o) for o in args.offsets.split(",")):
        pairs += labelled_pairs(args.articles, args.step, offset, args.seed + 2 * k)
    scores, flagged = judge(pairs, encoder)
    print("\n".join(report(pairs, scores, flagged)))
    print(f"{time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
