"""REFreSD en-fr: the ``pairs`` decision and score against human divergence labels.

The data (``../shared/data/refresd-enfr/refresd.tsv``, half of REFreSD's 1,039 WikiMatrix
pairs; label 1 = some meaning difference or unrelated) is tokenised; the sentences are
detokenised (:func:`detokenise`) before use. Reported: F1 of the divergent class for our
default decision and ROC AUC of our score, against the baseline 1 - cosine (its AUC, and its
F1 at the threshold that maximises F1 on these very labels). Nothing is tuned on the labels.

Usage:
    python -m benchmarks.eval_refresd
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.eval_wmt22 import (
    THREADS_HELP,
    THRESHOLDS_HELP,
    best_threshold,
    f1,
    mcc,
    parse_thresholds,
    roc_auc,
    sweep,
)

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "refresd-enfr"

_SPACE_BEFORE = re.compile(r"\s+([.,;:!?%)\]»])")
_SPACE_AFTER = re.compile(r"([(\[«])\s+")
_APOSTROPHE = re.compile(r"(\w['’])\s+(?=\w)")
_CONTRACTION = re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b")


def detokenise(text: str) -> str:
    """Undo the dataset's tokenisation: "l' Empereur ( 1722 ) ." -> "l'Empereur (1722)."."""
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = _CONTRACTION.sub(r"\1", text)
    return _APOSTROPHE.sub(r"\1", text).strip()


def load(folder: Path = DATA) -> tuple[list[str], list[str], list[bool]]:
    """English and French sentences (detokenised) and labels (True = divergent)."""
    path = folder / "refresd.tsv"
    if not path.is_file():
        raise SystemExit(f"REFreSD data not found at {path}")
    english, french, labels = [], [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            english.append(detokenise(row["#english_sentence"]))
            french.append(detokenise(row["#french_sentence"]))
            labels.append(row["#label"].strip() == "1")
    return english, french, labels


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pairs only")
    parser.add_argument("--threads", type=int, default=None, help=THREADS_HELP)
    parser.add_argument("--thresholds", default=None, help=THRESHOLDS_HELP)
    args = parser.parse_args(argv)
    from compare.checks.command import cosine_scores, judge_pairs, pair_scorer
    from compare.encode import get_encoder

    english, french, gold = load()
    if args.limit:
        english, french, gold = english[: args.limit], french[: args.limit], gold[: args.limit]
    encoder = get_encoder(threads=args.threads)
    start = time.perf_counter()
    results = judge_pairs(list(zip(english, french)), "en", "fr", encoder)
    elapsed = time.perf_counter() - start
    name, _, threshold = pair_scorer()
    predicted = [r.divergent for r in results]
    scores = [r.score for r in results]
    cosine = cosine_scores(english, french, "en", "fr", encoder)
    base_threshold, base_f1 = best_threshold(gold, cosine, "f1")
    print(f"REFreSD en-fr: {len(gold)} pairs, {sum(gold)} divergent")
    print("| system | F1 (divergent) | MCC | ROC AUC |\n|---|---|---|---|")
    print(f"| pairs decision ({name} >= {threshold} or a warning/error flag) "
          f"| {f1(gold, predicted):.3f} | {mcc(gold, predicted):.3f} "
          f"| {roc_auc(gold, scores):.3f} (score) |")  # fmt: skip
    print(f"| baseline: 1-cosine, F1 at threshold {base_threshold:.4f} tuned on these labels "
          f"| {base_f1:.3f} | {mcc(gold, cosine >= base_threshold):.3f} "
          f"| {roc_auc(gold, cosine):.3f} |")  # fmt: skip
    if args.thresholds:
        print("\ndiagnostic (reads the labels): the decision at other thresholds")
        print("| threshold | MCC | F1 (divergent) |\n|---|---|---|")
        print("\n".join(sweep(gold, results, parse_thresholds(args.thresholds))))
    print(f"{elapsed:.0f} s for the pairs decision ({len(gold)} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
