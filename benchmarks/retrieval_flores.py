"""FLORES-200 retrieval: each German sentence against 100 candidates in each language.

Usage: python -m benchmarks.retrieval_flores
"""

from __future__ import annotations

import time
from pathlib import Path

from compare.encode import get_encoder
from compare.types import EU_LANGUAGES
from tests.encode.test_retrieval import CANDIDATES, FLORES_CODES, nearest_neighbour_accuracy

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "flores200-eu24"


def main() -> None:
    if not DATA.is_dir():
        raise SystemExit(f"FLORES data not found at {DATA}")
    enc = get_encoder()
    lines = {lang: (DATA / f"{FLORES_CODES[lang]}.txt").read_text("utf-8").splitlines()
             for lang in EU_LANGUAGES}  # fmt: skip
    start = time.perf_counter()
    german = enc.embed(lines["de"])
    print(f"de->xx nearest neighbour among {CANDIDATES} candidates, {len(lines['de'])} sentences")
    print("| lang | accuracy |\n|---|---|")
    worst = 1.0
    for lang in EU_LANGUAGES:
        if lang == "de":
            continue
        acc = nearest_neighbour_accuracy(german, enc.embed(lines[lang]), CANDIDATES)
        worst = min(worst, acc)
        print(f"| {lang} | {acc:.3f} |")
    print(f"worst: {worst:.3f}; {time.perf_counter() - start:.1f} s (vector cache on)")


if __name__ == "__main__":
    main()
