"""Scale of batch runs (``eucompare run``): documents per minute, peak memory, growth from a
small to a large corpus, and the cost of re-running an unchanged corpus.

The corpus is generated into a temporary folder, N documents x 5 languages (de, en, fr,
it, pl), every file in the one-unit-per-line layout so that it segments back into the
units it was written from:

* FLORES documents, one per article of ``flores200-eu24`` (``metadata.tsv`` groups the
  lines by URL; 2 to 6 sentences each, 141 articles): each sentence a numbered paragraph.
  Every text is new to the vector cache.
* Resolution documents, from the bundled corpus: the title, the opening and a random
  subset (6 to 12) of the citations, recitals and paragraphs of the resolution in random
  order, renumbered as paragraphs. Their texts recur across documents, so after the first
  few most of their vectors come from the cache.

Both kinds end with one footnote, as EP resolutions do (the resolution's first footnote,
in each language). The two kinds are interleaved (7 FLORES documents to 3 resolution
documents), so every prefix of the corpus has the same mix. Each measured run is a fresh
process; the first two with a fresh vector cache each:

1. cold, the first ``--small`` documents;
2. cold, all ``--docs`` documents (with the time at which each document finished);
3. the same command again: every document unchanged, skipped;
4. the same with ``--force``: every document compared again, every vector from the cache.

The 1-minute load average before and after each run is recorded: on a shared machine it
says how much of the CPU the run had.

Usage: python -m benchmarks.batch_scale [--docs 200] [--small 20] [--workers 1]
       [--checks structure,untranslated] [--json figures.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpora" / "ep-ta-9-2022-0012"
FLORES = REPO.parent / "shared" / "data" / "flores200-eu24"
#: The benchmark's languages: the pivot and four others, two of each corpus layout.
LANGS: dict[str, str] = {
    "de": "deu_Latn",
    "en": "eng_Latn",
    "fr": "fra_Latn",
    "it": "ita_Latn",
    "pl": "pol_Latn",
}
#: FLORES documents per resolution document in the interleaved order (141 articles : 59).
FLORES_SHARE = (7, 3)
#: Units drawn from the resolution per generated document (inclusive bounds).
RESOLUTION_UNITS = (6, 12)
#: Seed of the generator: the same corpus on every run.
SEED = 20220120
#: Prefix sizes at which the timeline of the large run is reported.
CHECKPOINTS = (20, 50, 100, 150, 200)


# -- generating the corpus ----------------------------------------------------------------


def flores_articles() -> list[dict[str, list[str]]]:
    """Per FLORES article, its sentences in each benchmark language."""
    if not FLORES.is_dir():
        raise SystemExit(f"FLORES data not found beside the repository ({FLORES.name})")
    with open(FLORES / "metadata.tsv", encoding="utf-8", newline="") as handle:
        urls = [row["URL"] for row in csv.DictReader(handle, delimiter="\t")]
    lines = {
        lang: (FLORES / f"{code}.txt").read_text(encoding="utf-8").splitlines()
        for lang, code in LANGS.items()
    }
    order: dict[str, list[int]] = {}
    for index, url in enumerate(urls):
        order.setdefault(url, []).append(index)
    return [{lang: [lines[lang][i] for i in idx] for lang in LANGS} for idx in order.values()]


def resolution_units() -> tuple[dict[str, dict[str, str]], list[str]]:
    """The bundled resolution's units by label in each language, and the labels to draw."""
    from compare.segment import segment_path

    units: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        doc = segment_path(CORPUS / f"{lang}.txt", lang, doc_id="bench")
        units[lang] = {u.label: re.sub(r"\s+", " ", u.text) for u in doc.units}
    shared = set.intersection(*(set(u) for u in units.values()))
    kinds = ("cit:", "rec:", "par:")
    drawable = sorted(label for label in shared if label.startswith(kinds))
    return units, drawable


def document_text(title: Sequence[str], paragraphs: Sequence[str], footnote: str) -> str:
    """One language file in the one-unit-per-line layout."""
    lines = [*title, *(f"{k}. {text}" for k, text in enumerate(paragraphs, 1))]
    return "\n".join([*lines, f"(1) {footnote}"]) + "\n"


def generate(root: Path, n_docs: int) -> list[str]:
    """Write ``n_docs`` document folders into ``root``; returns their names in order."""
    rng = random.Random(SEED)
    articles = flores_articles()
    units, drawable = resolution_units()
    names: list[str] = []
    flores_next = 0
    for index in range(n_docs):
        cycle = index % sum(FLORES_SHARE)
        use_flores = cycle < FLORES_SHARE[0] and flores_next < len(articles)
        folder = root / f"doc-{index:04d}"
        folder.mkdir(parents=True)
        if use_flores:
            article = articles[flores_next]
            flores_next += 1
        else:
            labels = rng.sample(drawable, rng.randint(*RESOLUTION_UNITS))
        for lang in LANGS:
            footnote = units[lang]["fn:1"]
            if use_flores:
                text = document_text((), article[lang], footnote)
            else:
                head = (units[lang]["title"], units[lang]["opening"])
                text = document_text(head, [units[lang][x] for x in labels], footnote)
            (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
        names.append(folder.name)
    return names


# -- one measured run (in its own process) ------------------------------------------------


def child(
    root: str, out: str, workers: int, force: bool, checks: tuple[str, ...] | None
) -> dict[str, Any]:
    """Run the batch once; returns timings, the timeline, cache counts and peak memory."""
    from compare.batch import BatchOptions, BatchProgress, load_encoder, run_batch

    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    timeline: list[float] = []
    encoders: list[Any] = []

    def progress(p: BatchProgress) -> None:
        if p.status:
            timeline.append(round(time.perf_counter() - start, 2))

    def factory(model: str, threads: int | None) -> Any:
        encoders.append(load_encoder(model, threads))
        return encoders[-1]

    options = BatchOptions(workers=workers, force=force, checks=checks)
    result = run_batch(root, out, options, progress, factory if workers == 1 else None)
    seconds = time.perf_counter() - start
    return {
        "seconds": round(seconds, 2),
        "documents": result.planned,
        "status": {s: result.count(s) for s in ("done", "skipped", "failed")},
        "failed": [f"{d.doc_id}: {d.note}" for d in result.failed()][:3],
        "timeline": timeline,
        "cache_hits": sum(getattr(e, "hits", 0) for e in encoders),
        "cache_misses": sum(getattr(e, "misses", 0) for e in encoders),
        "peak_rss_mb": _peak_mb(resource.RUSAGE_SELF),
        "peak_rss_workers_mb": _peak_mb(resource.RUSAGE_CHILDREN),
        "units": _unit_counts(Path(out)),
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
    }


def _peak_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # KiB on Linux


def _unit_counts(out: Path) -> dict[str, int]:
    """Units per language over all documents, from summary.json."""
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    totals = {"de": sum(d["pivot_units"] for d in data["documents"])}
    for doc in data["documents"]:
        for lang, counts in doc["langs"].items():
            totals[lang] = totals.get(lang, 0) + counts["units"]
    return totals


def measure(
    root: Path, out: Path, cache: Path, settings: list[str], force: bool = False
) -> dict[str, Any]:
    """Run :func:`child` in a fresh process with ``cache`` as its vector cache."""
    env = {**os.environ, "EUCOMPARE_CACHE": str(cache)}
    command = [sys.executable, "-m", "benchmarks.batch_scale", "--child", str(root), str(out)]
    command += settings + (["--force"] if force else [])
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"batch run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the benchmark -------------------------------------------------------------------------


def per_minute(documents: int, seconds: float) -> float:
    return round(60.0 * documents / seconds, 1) if seconds else float("inf")


def expected_units(root: Path, names: Sequence[str]) -> int:
    """Units written per language (paragraph lines, title/opening lines, the footnote)."""
    text = "".join((root / name / "de.txt").read_text(encoding="utf-8") for name in names)
    return len(text.splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--small", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--checks", default=None, help="comma-separated checks (default: all)")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    parser.add_argument("--child", nargs=2, metavar=("ROOT", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        checks = tuple(args.checks.split(",")) if args.checks else None
        print(json.dumps(child(*args.child, args.workers, args.force, checks)))
        return 0
    figures = run_all(args.docs, args.small, args.workers, args.checks)
    print(json.dumps(figures, indent=1))
    print_table(figures)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


def run_all(n_docs: int, n_small: int, workers: int, checks: str | None) -> dict[str, Any]:
    settings = ["--workers", str(workers)] + (["--checks", checks] if checks else [])
    with tempfile.TemporaryDirectory(prefix="batch-scale-") as tmp:
        base = Path(tmp)
        names = generate(base / "corpus", n_docs)
        small = base / "small"
        small.mkdir()
        for name in names[:n_small]:
            (small / name).symlink_to(base / "corpus" / name)
        figures: dict[str, Any] = {
            "documents": n_docs,
            "languages": list(LANGS),
            "workers": workers,
            "checks": checks or "all",
            "cpu_count": os.cpu_count(),
            "units_written_per_language": expected_units(base / "corpus", names),
        }
        corpus, out, cache = base / "corpus", base / "out", base / "cache"
        figures["small_cold"] = measure(small, base / "out-small", base / "cache-small", settings)
        figures["large_cold"] = big = measure(corpus, out, cache, settings)
        figures["large_rerun"] = measure(corpus, out, cache, settings)
        figures["large_force"] = measure(corpus, out, cache, settings, force=True)
        figures["checkpoints"] = {
            str(k): big["timeline"][k - 1] for k in CHECKPOINTS if k <= len(big["timeline"])
        }
        return figures


def print_table(figures: dict[str, Any]) -> None:
    rows = [
        ("cold, first documents", figures["small_cold"]),
        ("cold, all documents", figures["large_cold"]),
        ("re-run, unchanged", figures["large_rerun"]),
        ("re-run --force (vectors cached)", figures["large_force"]),
    ]
    header = "| run | documents | done/skipped/failed | seconds | documents/min | peak RSS MB "
    print(f"\n{header}| cache misses | load average |")
    print("|---|---|---|---|---|---|---|---|")
    for name, run in rows:
        peak = max(run["peak_rss_mb"], run["peak_rss_workers_mb"])
        rate = per_minute(run["documents"], run["seconds"])
        status = "/".join(str(run["status"][s]) for s in ("done", "skipped", "failed"))
        print(
            f"| {name} | {run['documents']} | {status} | {run['seconds']} | {rate} | {peak} | "
            f"{run['cache_misses']} | {run['load_average']} |"
        )
    print("\nlarge cold run, seconds until the k-th document finished:", figures["checkpoints"])


if __name__ == "__main__":
    raise SystemExit(main())
