"""WMT22 critical-error detection en-de: the ``pairs`` decision against the gold labels.

The data (``../shared/data/wmt22-ced-ende``, the first half of the WMT22 QE task 3 test set
as given: 250 English sources, German translations with injected critical errors, OK/BAD
labels) is read as it is. Our decision is :func:`compare.checks.command.judge_pairs` at its
default threshold, chosen without these labels. Reported: MCC and F1 of the BAD class, and
for comparison the baseline "1 - cosine with the threshold that maximises MCC on these very
labels" (an optimistic baseline: its threshold is tuned on the test labels).

Usage:
    python -m benchmarks.eval_wmt22
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

#: Help of --threads: on a machine shared with other jobs one torch thread is much faster.
THREADS_HELP = "torch threads (default: all cores; 1 on a machine shared with other jobs)"
DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "wmt22-ced-ende"


# -- metrics (shared with benchmarks.eval_refresd) --------------------------------------


def confusion(gold: Sequence[bool], predicted: Sequence[bool]) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) with True as the positive class."""
    g, p = np.asarray(gold, dtype=bool), np.asarray(predicted, dtype=bool)
    return (int((g & p).sum()), int((~g & p).sum()), int((g & ~p).sum()), int((~g & ~p).sum()))


def f1(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    """F1 of the positive class."""
    tp, fp, fn, _ = confusion(gold, predicted)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def mcc(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    """Matthews correlation coefficient (0 when a margin is empty)."""
    tp, fp, fn, tn = confusion(gold, predicted)
    denominator = np.sqrt(float(tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return float((tp * tn - fp * fn) / denominator) if denominator else 0.0


def roc_auc(gold: Sequence[bool], scores: Sequence[float]) -> float:
    """Area under the ROC curve: P(score of a positive > score of a negative), ties half."""
    g = np.asarray(gold, dtype=bool)
    s = np.asarray(scores, dtype=np.float64)
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s), dtype=np.float64)
    sorted_scores = s[order]
    start = 0
    while start < len(s):  # average ranks over ties
        end = start
        while end + 1 < len(s) and sorted_scores[end + 1] == sorted_scores[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2 + 1
        start = end + 1
    positives, negatives = int(g.sum()), int((~g).sum())
    if not positives or not negatives:
        return float("nan")
    return float((ranks[g].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def best_threshold(
    gold: Sequence[bool], scores: Sequence[float], metric: str = "mcc"
) -> tuple[float, float]:
    """(threshold, metric value) maximising the metric for ``score >= threshold``.

    Uses the labels: only for baselines that are reported as label-tuned.
    """
    measure = mcc if metric == "mcc" else f1
    values = np.asarray(scores, dtype=np.float64)
    best = (float("nan"), -2.0)
    for threshold in np.unique(values):
        value = measure(gold, values >= threshold)
        if value > best[1]:
            best = (float(threshold), value)
    return best


def sweep(gold: Sequence[bool], results: Sequence[Any], thresholds: Sequence[float]) -> list[str]:
    """Table rows "| threshold | MCC | F1 |" of the decision (a warning or error flag, or the
    score at the threshold) at each of ``thresholds``.

    Reads the labels: a diagnostic of the trade-off, never a way to set the default.
    """
    from compare.checks.command import DIVERGENT_SEVERITIES

    flagged = [any(f.severity in DIVERGENT_SEVERITIES for f in r.flags) for r in results]
    rows = []
    for threshold in thresholds:
        decision = [f or r.score >= threshold for f, r in zip(flagged, results, strict=True)]
        rows.append(f"| {threshold:g} | {mcc(gold, decision):.3f} | {f1(gold, decision):.3f} |")
    return rows


def parse_thresholds(value: str | None) -> list[float]:
    """ "1.57,3" -> [1.57, 3.0]; None -> []."""
    return [float(t) for t in value.split(",")] if value else []


#: Help of --thresholds.
THRESHOLDS_HELP = (
    "also print the decision at these thresholds (comma-separated): a diagnostic that reads "
    "the labels, never a way to set the default"
)


# -- data -------------------------------------------------------------------------------


def load(folder: Path = DATA) -> tuple[list[str], list[str], list[bool]]:
    """Sources, translations and BAD labels (True = critical error)."""
    if not folder.is_dir():
        raise SystemExit(f"WMT22 CED data not found at {folder}")

    def lines(name: str) -> list[str]:
        return (folder / name).read_text(encoding="utf-8").splitlines()

    src, mt = lines("wmt22-ced.src"), lines("wmt22-ced.mt")
    labels = [label.strip() == "BAD" for label in lines("wmt22-ced.en-de.label")]
    if not len(src) == len(mt) == len(labels):
        raise SystemExit(f"{folder}: src, mt and label files differ in length")
    return src, mt, labels


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pairs only")
    parser.add_argument("--threads", type=int, default=None, help=THREADS_HELP)
    parser.add_argument("--thresholds", default=None, help=THRESHOLDS_HELP)
    args = parser.parse_args(argv)
    from compare.checks.command import cosine_scores, judge_pairs, pair_scorer
    from compare.encode import get_encoder

    src, mt, gold = load()
    if args.limit:
        src, mt, gold = src[: args.limit], mt[: args.limit], gold[: args.limit]
    encoder = get_encoder(threads=args.threads)
    start = time.perf_counter()
    results = judge_pairs(list(zip(src, mt)), "en", "de", encoder)
    elapsed = time.perf_counter() - start
    name, _, threshold = pair_scorer()
    predicted = [r.divergent for r in results]
    by_score = [r.score >= threshold for r in results]
    by_flags = [any(f.severity in ("warning", "error") for f in r.flags) for r in results]
    cosine = cosine_scores(src, mt, "en", "de", encoder)
    base_threshold, base_mcc = best_threshold(gold, cosine, "mcc")
    base_pred = cosine >= base_threshold
    print(f"WMT22 CED en-de: {len(gold)} pairs, {sum(gold)} BAD")
    print("| system | MCC | F1 (BAD) |\n|---|---|---|")
    print(f"| pairs decision ({name} >= {threshold} or a warning/error flag) "
          f"| {mcc(gold, predicted):.3f} | {f1(gold, predicted):.3f} |")  # fmt: skip
    print(f"| - score alone | {mcc(gold, by_score):.3f} | {f1(gold, by_score):.3f} |")
    print(f"| - flags alone | {mcc(gold, by_flags):.3f} | {f1(gold, by_flags):.3f} |")
    print(f"| baseline: 1-cosine, threshold {base_threshold:.4f} tuned on these labels "
          f"| {base_mcc:.3f} | {f1(gold, base_pred):.3f} |")  # fmt: skip
    print(f"ROC AUC of the {name} score: {roc_auc(gold, [r.score for r in results]):.3f}; "
          f"of 1-cosine: {roc_auc(gold, cosine):.3f}")  # fmt: skip
    if args.thresholds:
        print("\ndiagnostic (reads the labels): the decision at other thresholds")
        print("| threshold | MCC | F1 (BAD) |\n|---|---|---|")
        print("\n".join(sweep(gold, results, parse_thresholds(args.thresholds))))
    print(f"{elapsed:.0f} s for the pairs decision ({len(gold)} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
