"""False flags on faithful text: warnings and errors per 100 units on FLORES-200 articles.

Each sampled article (every ``--step``-th of ``flores200-eu24``, one unit per sentence) is
compared German against the 23 other languages in two ways:

- ``pairwise``: each language on its own, as ``diverge de.txt xx.txt`` does (no consensus);
- ``together``: all 23 in one :func:`compare.pipeline.compare_documents` call, as the
  dashboard and ``run`` do, so the cross-language consensus takes part.

FLORES translations are faithful by construction (professional, checked), so every warning
or error is a false flag, or a real but benign difference the check should not call one.
Target of the divergence issue: <= 2 per 100 units. Reported per check type and in total,
with the flags themselves under ``--show``.

Usage: python -m benchmarks.faithful_flores [--step 14] [--mode pairwise,together] [--show]
       [--threads 1]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Sequence

from benchmarks.eval_divergence import (
    FLORES,
    THREADS_HELP,
    flores_articles,
    flores_document,
    flores_lines,
)
from compare.types import EU_LANGUAGES, Divergence

#: Target of the issue: warnings + errors per 100 units of faithful text.
TARGET = 2.0
PIVOT = "de"


def run(step: int, mode: str, encoder: object, show: bool) -> tuple[int, Counter[str]]:
    """(units compared, warnings + errors by type) over the sampled articles."""
    from compare.pipeline import compare_documents

    langs = [lang for lang in EU_LANGUAGES if lang != PIVOT]
    texts = {lang: flores_lines(lang) for lang in (PIVOT, *langs)}
    counts: Counter[str] = Counter()
    units = 0
    for article, lines in list(enumerate(flores_articles()))[::step]:
        pivot = flores_document(PIVOT, article, lines, texts[PIVOT])
        others = [flores_document(lang, article, lines, texts[lang]) for lang in langs]
        groups = [others] if mode == "together" else [[doc] for doc in others]
        for group in groups:
            report = compare_documents(pivot, group, encoder)
            for flag in (d for r in report.results for d in r.divergences):
                if flag.severity in ("warning", "error"):
                    counts[flag.type] += 1
                    if show:
                        print(f"  {mode} article {article}: {describe(flag)}")
        units += len(lines) * len(langs)
    return units, counts


def describe(flag: Divergence) -> str:
    return f"{flag.lang} {flag.type} {flag.severity} {flag.other_unit}: {flag.message[:140]}"


def table(rows: Sequence[tuple[str, int, Counter[str]]]) -> None:
    types = sorted({t for _, _, counts in rows for t in counts})
    print("| mode | units | " + " | ".join(types) + " | total |")
    print("|---|---|" + "---|" * (len(types) + 1))
    for mode, units, counts in rows:
        cells = [f"{100 * counts[t] / units:.2f}" for t in types]
        total = 100 * sum(counts.values()) / units
        print(f"| {mode} | {units} | " + " | ".join(cells) + f" | {total:.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=14, help="every N-th article (default 14)")
    parser.add_argument(
        "--mode", default="pairwise,together", help="pairwise, together or both, comma-separated"
    )
    parser.add_argument("--show", action="store_true", help="print every warning and error")
    parser.add_argument("--threads", type=int, default=None, help=THREADS_HELP)
    args = parser.parse_args(argv)
    if not FLORES.is_dir():
        raise SystemExit(f"FLORES data not found at {FLORES}")
    modes = args.mode.split(",")
    if unknown := [m for m in modes if m not in ("pairwise", "together")]:
        raise SystemExit(f"unknown --mode {', '.join(unknown)}: use pairwise, together or both")
    from compare.encode import get_encoder

    encoder = get_encoder(threads=args.threads)
    rows = []
    for mode in modes:
        start = time.perf_counter()
        units, counts = run(args.step, mode, encoder, args.show)
        rows.append((mode, units, counts))
        print(f"{mode}: {time.perf_counter() - start:.0f} s")
    print(f"\nwarnings + errors per 100 units, faithful FLORES (target <= {TARGET:g}):")
    table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
