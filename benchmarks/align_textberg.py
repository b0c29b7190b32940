"""Text+Berg de-fr dev set: sentence alignment against the gold beads, with a baseline.

Our aligner (:func:`compare.align.align_texts`, the embedded model) and the length-based
Gale-Church (1993) baseline run on the same input in the same run; both are scored with
:func:`compare.align.evaluate.score_beads` (vecalign's score.py definitions). The data is the
Bleualign/vecalign dev set in ``../shared/data/textberg-defr`` (GPL; never copied here).

Usage: python -m benchmarks.align_textberg [--no-cache]

Published test-set figures for reference (strict F1 on test0-6, not this dev set):
Bertalign with LaBSE 0.936, vecalign with LASER 0.902.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from compare.align import align_texts
from compare.align.dp import DEFAULT_BEADS
from compare.align.evaluate import BeadPair, Scores, parse_beads, score_beads
from compare.align.galechurch import gale_church
from compare.types import Bead

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "textberg-defr"
#: Published strict F1 on the Text+Berg test set, as quoted in the "Alignment engine" issue
#: (Bertalign: Liu & Zhu 2022; vecalign: Thompson & Koehn 2019).
PUBLISHED = {"Bertalign (LaBSE), test": 0.936, "vecalign (LASER), test": 0.902}
#: Wider beads tried in an extra row: 5 % of this dev set's gold beads have these shapes or
#: wider, which DEFAULT_BEADS cannot express (counted on dev.defr, printed by this script).
WIDER_BEADS = ((2, 3), (3, 2), (1, 4), (4, 1))


def load(folder: Path = DATA) -> tuple[list[str], list[str], list[BeadPair]]:
    """German lines, French lines and gold beads of the dev set."""
    if not folder.is_dir():
        raise SystemExit(f"Text+Berg data not found at {folder.resolve()} (see shared/data)")
    de = (folder / "dev.de").read_text(encoding="utf-8").splitlines()
    fr = (folder / "dev.fr").read_text(encoding="utf-8").splitlines()
    gold = parse_beads((folder / "dev.defr").read_text(encoding="utf-8").splitlines())
    return de, fr, gold


def timed(run: Callable[[], list[Bead]]) -> tuple[list[BeadPair], float, float]:
    """The beads of ``run()`` with its wall and CPU (process) seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    beads = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return [(b.pivot, b.other) for b in beads], wall, cpu


def row(name: str, s: Scores, wall: float, cpu: float) -> str:
    cells = [s.precision_strict, s.recall_strict, s.f1_strict, s.precision_lax, s.recall_lax]
    cells.append(s.f1_lax)
    return f"| {name} | " + " | ".join(f"{x:.3f}" for x in cells) + f" | {wall:.1f} | {cpu:.1f} |"


def shapes(beads: Sequence[BeadPair]) -> str:
    counts = Counter(f"{len(p)}-{len(o)}" for p, o in beads)
    return ", ".join(f"{k} {v}" for k, v in counts.most_common(8))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-cache", action="store_true", help="embed without the vector cache")
    args = parser.parse_args(argv)
    from compare.encode import get_encoder

    de, fr, gold = load()
    encoder = get_encoder(cache=not args.no_cache)
    ours, *t_ours = timed(lambda: align_texts(de, fr, encoder))
    wider, *t_wider = timed(lambda: align_texts(de, fr, encoder, DEFAULT_BEADS + WIDER_BEADS))
    baseline, *t_gc = timed(lambda: gale_church(de, fr))
    beyond = sum(1 for p, o in gold if (len(p), len(o)) not in DEFAULT_BEADS)
    print(f"Text+Berg de-fr dev: {len(de)} de / {len(fr)} fr sentences, {len(gold)} gold beads")
    print(f"gold bead shapes: {shapes(gold)}")
    print(f"gold beads wider than DEFAULT_BEADS allows: {beyond} ({beyond / len(gold):.1%})\n")
    print("| aligner | P strict | R strict | F1 strict | P lax | R lax | F1 lax | wall s | CPU s |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(row("compare.align.align_texts (e5-small)", score_beads(gold, ours), *t_ours))
    print(row("same, beads + 2-3, 3-2, 1-4, 4-1", score_beads(gold, wider), *t_wider))
    print(row("Gale-Church 1993 (lengths)", score_beads(gold, baseline), *t_gc))
    cache = "off" if args.no_cache else f"on, {getattr(encoder, 'misses', '?')} texts embedded"
    print(f"\ntime includes embedding (vector cache {cache}); shared 2-core machine")
    print(f"our bead shapes: {shapes(ours)}")
    for name, f1 in PUBLISHED.items():
        print(f"published strict F1, {name}: {f1:.3f}")


if __name__ == "__main__":
    main()
