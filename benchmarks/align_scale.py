"""How alignment time and memory grow with document length, and the seed's alignment time.

1. Synthetic documents of 500, 5,000 and 20,000 items: random unit vectors for the pivot;
   the other side copies them with noise (cosine about 0.86 to the original, unrelated
   items about 0), deletes about 1 % of the items and inserts about 1 % new ones, with
   lengths that follow the pivot's. :class:`compare.align.scoring.SideFeatures` are built
   directly, so embedding time is excluded: the figures are those of the dynamic
   programming and the scoring. Up to 2,500 items the grid is full (quadratic); above, the
   band keeps it near-linear.
2. The seed: ``corpora/ep-ta-9-2022-0012`` de.txt and en.txt are segmented and embedded
   once (vector cache); then :func:`compare.align.align_documents` is timed (median of
   five runs; its look-ups in the vector cache included). Target: <= 1 s.

Usage: python -m benchmarks.align_scale [--sizes 500,5000,20000] [--skip-seed]
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

import numpy as np

from compare.align import align_features
from compare.align.evaluate import BeadPair, score_beads
from compare.align.scoring import NUMBER_DIMS, SideFeatures

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "ep-ta-9-2022-0012"
#: Dimension of multilingual-e5-small's vectors.
DIM = 384
#: Noise added to a copied vector (per-dimension sd NOISE / sqrt(DIM)): cosine ~ 0.86.
NOISE = 0.6
#: Share of pivot items deleted, and of new items inserted, on the other side.
INDEL_RATE = 0.01
#: Sentence lengths in characters: log-normal around 120 (FLORES sentences are 60-250).
MEAN_LOG_LENGTH, SD_LOG_LENGTH = np.log(120.0), 0.5
SEED_TARGET_S = 1.0
SEED = 7


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def synthetic_pair(n: int, seed: int = SEED) -> tuple[SideFeatures, SideFeatures, list[BeadPair]]:
    """Two sides of ``n`` pivot items and their gold beads."""
    rng = np.random.default_rng(seed)
    pivot = _unit(rng.standard_normal((n, DIM)))
    lengths = np.exp(rng.normal(MEAN_LOG_LENGTH, SD_LOG_LENGTH, n))
    vectors, other_lengths, gold = [], [], []
    for i in range(n):
        if rng.random() < INDEL_RATE:
            gold.append(((), (len(vectors),)))
            vectors.append(_unit(rng.standard_normal((1, DIM)))[0])
            other_lengths.append(float(np.exp(rng.normal(MEAN_LOG_LENGTH, SD_LOG_LENGTH))))
        if rng.random() < INDEL_RATE:
            gold.append(((i,), ()))
            continue
        gold.append(((i,), (len(vectors),)))
        noisy = pivot[i] + NOISE * rng.standard_normal(DIM) / np.sqrt(DIM)
        vectors.append(noisy / np.linalg.norm(noisy))
        other_lengths.append(float(lengths[i] * np.exp(rng.normal(0.1, 0.1))))
    return _side(pivot, lengths), _side(np.array(vectors), np.array(other_lengths)), gold


def _side(vectors: np.ndarray, lengths: np.ndarray) -> SideFeatures:
    n = len(lengths)
    return SideFeatures(
        vectors=vectors.astype(np.float32),
        lengths=np.maximum(lengths, 1.0),
        numbers=np.zeros((n, NUMBER_DIMS)),
        kinds=np.zeros(n, dtype=np.int64),
        labels=np.full(n, -1, dtype=np.int64),
    )


def measure(n: int, memory: bool = True) -> tuple[int, float, float, float, float]:
    """(other items, wall s, CPU s, peak MiB traced during a second run or nan, strict F1)."""
    pivot, other, gold = synthetic_pair(n)
    wall, cpu = time.perf_counter(), time.process_time()
    beads = align_features(pivot, other)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = float("nan")
    if memory:
        tracemalloc.start()
        tracemalloc.reset_peak()
        align_features(pivot, other)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    f1 = score_beads(gold, [(b.pivot, b.other) for b in beads]).f1_strict
    return len(other.lengths), wall, cpu, peak, f1


def seed_timing(runs: int = 5) -> tuple[int, int, float, float, float]:
    """(de units, en units, first alignment s, median wall s and median CPU s of ``runs``)."""
    from compare.align import align_documents
    from compare.encode import get_encoder
    from compare.segment import segment_path

    de = segment_path(CORPUS / "de.txt", "de", check_language=False)
    en = segment_path(CORPUS / "en.txt", "en", check_language=False)
    encoder = get_encoder()
    start = time.perf_counter()
    align_documents(de, en, encoder)  # embeds (or reads the cache) once
    first = time.perf_counter() - start
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        align_documents(de, en, encoder)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return len(de.units), len(en.units), first, statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000", help="pivot items per document")
    parser.add_argument("--skip-seed", action="store_true", help="skip the seed timing")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    args = parser.parse_args(argv)
    print("| pivot items | other items | wall s | CPU s | CPU s per 1,000 items | peak MiB | F1 |")
    print("|---|---|---|---|---|---|---|")
    for n in (int(x) for x in args.sizes.split(",")):
        m, wall, cpu, peak, f1 = measure(n, memory=not args.no_memory)
        print(f"| {n:,} | {m:,} | {wall:.1f} | {cpu:.1f} | {1000 * cpu / n:.2f} | {peak:.1f} | "
              f"{f1:.3f} |", flush=True)  # fmt: skip
    print("(synthetic vectors, embedding excluded; CPU s = process time, steadier than wall")
    print(" time on a shared machine; peak = allocations traced by tracemalloc in a second run;")
    print(" F1 = strict bead F1 against the synthetic gold)")
    if not args.skip_seed:
        n, m, first, wall, cpu = seed_timing()
        verdict = "met" if wall <= SEED_TARGET_S else "NOT met"
        print(f"\nseed de-en ({n} / {m} units): first run {first:.2f} s (embedding or cache);")
        print(f"then align_documents, median of 5 runs with the vectors cached: {wall:.3f} s wall,")
        print(f"{cpu:.3f} s CPU (target <= {SEED_TARGET_S:g} s wall: {verdict})")


if __name__ == "__main__":
    main()
