"""FLORES-200: German against all 23 languages on perturbed documents with known gold beads.

Documents: one per FLORES article (``metadata.tsv`` groups consecutive lines by URL; 140
articles of 2 to 6 sentences in ``../shared/data/flores200-eu24``). The other language's side
of each article is perturbed with a fixed seed, the same plan for every language:

- ``delete`` a line: gold ``[i]:[]``;
- ``merge`` two consecutive lines into one: gold ``[i, i+1]:[j]``;
- ``split`` a line in two at the comma, semicolon, colon or sentence end nearest its middle
  (the space nearest the middle where a language has none there): gold ``[i]:[j, j+1]``;
- ``swap`` two adjacent lines: gold ``[i, i+1]:[j, j+1]``. A bead sequence is monotone and
  cannot cross, so the smallest correct description of two crossed links (i -> j+1,
  i+1 -> j) is the 2-2 bead that holds both; two 1-1 beads would each be wrong.

Perturbed windows never touch (an unchanged line between any two), so the gold is
unambiguous. Each document is aligned twice: with :func:`compare.align.align_texts` (lines
as sentences) and with :func:`compare.align.align_documents` after building Documents of
kind ``paragraph`` labelled ``par:1``, ``par:2``... (renumbered after the perturbation, as
a real version would be): what users run. Scores: vecalign's strict and lax F1 over all
articles of a language, the share of perturbations recovered exactly, and the calibration
of ``Bead.score``: a reliability table, the expected calibration error (ECE), and the
logistic constants of :mod:`compare.align.units` refitted on these beads.

Usage: python -m benchmarks.align_flores [--langs en,fr] [--texts-only | --documents-only]
       [--threads 1]   (one torch thread is faster where other jobs share the cores)

Calibration note: to read each bead's quality, the run sets ``units.CONF_SLOPE`` to 1 for
its duration (restored after). The alignment does not depend on the slope: the only use of
the confidence inside the aligner is ``score < 0.5``, which is ``quality < CONF_MIDPOINT``
for any positive slope. The confidences reported for the current constants are recomputed
from the quality exactly as :mod:`compare.align.units` computes them.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from compare.align import units
from compare.align.evaluate import BeadPair, score_beads
from compare.types import EU_LANGUAGES, Bead, Document, Unit
from tests.encode.test_retrieval import FLORES_CODES

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "flores200-eu24"
#: Seed of the perturbation plan (fixed: every run and every language sees the same plan).
SEED = 20220120
#: Perturbations per article: one per three lines, at least one (articles have 2-6 lines).
LINES_PER_PERTURBATION = 3
PERTURBATIONS = ("delete", "merge", "split", "swap")
#: Lines each perturbation covers on the pivot side.
WIDTH = {"delete": 1, "merge": 2, "split": 1, "swap": 2}
#: A split point must leave at least this share of the line on each side.
MIN_SPLIT_SHARE = 0.2
#: Target of the issue: strict bead F1 per language.
TARGET_F1 = 0.98
#: Reliability-table bins over the confidence [0, 1].
BINS = 10
_BOUNDARY = re.compile(r"[,;:·،]\s|[.!?]\s(?=\S)")


@dataclass(frozen=True)
class Case:
    """One article: pivot lines, perturbed other lines and the gold beads."""

    article: int
    pivot: list[str]
    other: list[str]
    gold: list[BeadPair]
    ops: list[tuple[str, BeadPair]] = field(default_factory=list)
    fallback_splits: int = 0


@dataclass
class Collected:
    """Beads of one method over the whole run, for F1, recovery and calibration."""

    gold: dict[str, list[BeadPair]] = field(default_factory=lambda: defaultdict(list))
    test: dict[str, list[BeadPair]] = field(default_factory=lambda: defaultdict(list))
    ops: Counter = field(default_factory=Counter)
    recovered: Counter = field(default_factory=Counter)
    #: per bead: (evidence, sign: +1 linked / -1 unlinked, correct, article)
    beads: list[tuple[float, int, bool, int]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))


# -- data and perturbations ------------------------------------------------------------------
def articles(folder: Path = DATA) -> list[range]:
    """Line ranges of the articles (consecutive lines with the same URL)."""
    urls = [
        line.split("\t")[0]
        for line in (folder / "metadata.tsv").read_text("utf-8").splitlines()[1:]
    ]
    out: list[range] = []
    start = 0
    for k in range(1, len(urls) + 1):
        if k == len(urls) or urls[k] != urls[start]:
            out.append(range(start, k))
            start = k
    return out


def read_language(lang: str, folder: Path = DATA) -> list[str]:
    return (folder / f"{FLORES_CODES[lang]}.txt").read_text(encoding="utf-8").splitlines()


def plan(n: int, rng: np.random.Generator) -> dict[int, str]:
    """Non-touching perturbations of an n-line article: start line -> kind."""
    wanted = max(1, n // LINES_PER_PERTURBATION)
    taken: list[tuple[int, int]] = []
    out: dict[int, str] = {}
    for _ in range(50):
        if len(out) == wanted:
            break
        kind = PERTURBATIONS[int(rng.integers(len(PERTURBATIONS)))]
        if WIDTH[kind] > n:
            continue
        start = int(rng.integers(n - WIDTH[kind] + 1))
        end = start + WIDTH[kind]
        if all(end + 1 <= a or start >= b + 1 for a, b in taken):
            taken.append((start, end))
            out[start] = kind
    return out


def split_line(text: str) -> tuple[str, str, bool]:
    """Two parts of ``text`` at the punctuation nearest its middle; True when it fell back
    to the space nearest the middle."""
    middle = len(text) / 2
    lo, hi = MIN_SPLIT_SHARE * len(text), (1 - MIN_SPLIT_SHARE) * len(text)
    cuts = [m.start() + 1 for m in _BOUNDARY.finditer(text) if lo <= m.start() + 1 <= hi]
    fallback = not cuts
    if fallback:
        cuts = [k for k, ch in enumerate(text) if ch == " "] or [len(text) // 2]
    cut = min(cuts, key=lambda k: abs(k - middle))
    return text[:cut].rstrip(), text[cut:].strip(), fallback


def perturb(article: int, pivot: list[str], other: list[str], ops: dict[int, str]) -> Case:
    """Apply ``ops`` to the other side; gold beads follow every line."""
    out: list[str] = []
    gold: list[BeadPair] = []
    applied: list[tuple[str, BeadPair]] = []
    fallbacks = 0
    i = 0
    while i < len(pivot):
        kind = ops.get(i, "keep")
        j = len(out)
        if kind == "keep":
            out.append(other[i])
            bead: BeadPair = ((i,), (j,))
        elif kind == "delete":
            bead = ((i,), ())
        elif kind == "merge":
            out.append(f"{other[i]} {other[i + 1]}")
            bead = ((i, i + 1), (j,))
        elif kind == "split":
            first, second, fell_back = split_line(other[i])
            fallbacks += fell_back
            out += [first, second]
            bead = ((i,), (j, j + 1))
        else:  # swap
            out += [other[i + 1], other[i]]
            bead = ((i, i + 1), (j, j + 1))
        gold.append(bead)
        if kind != "keep":
            applied.append((kind, bead))
        i += WIDTH.get(kind, 1)
    return Case(article, pivot, out, gold, applied, fallbacks)


def build_cases(lang: str, spans: Sequence[range], german: list[str]) -> list[Case]:
    lines = read_language(lang)
    cases = []
    for k, span in enumerate(spans):
        ops = plan(len(span), np.random.default_rng(SEED + k))
        cases.append(perturb(k, german[span.start : span.stop], lines[span.start : span.stop], ops))
    return cases


def paragraph_document(lines: Sequence[str], lang: str, doc_id: str) -> Document:
    """A document of one paragraph per line, labelled par:1, par:2, ..."""
    built, start = [], 0
    for k, text in enumerate(lines):
        end = start + len(text)
        sentences = ((0, len(text)),)
        unit = Unit(
            f"par:{k + 1}", "paragraph", f"{k + 1}.", text, start, end, start, end, sentences
        )
        built.append(unit)
        start = end + len(Document.UNIT_SEPARATOR)
    return Document(doc_id, lang, tuple(built), Document.UNIT_SEPARATOR.join(lines), doc_id)


# -- running ---------------------------------------------------------------------------------
@contextlib.contextmanager
def raw_confidence() -> Iterator[float]:
    """Slope 1 for the duration, so that logit(score) is the bead's evidence (see above)."""
    saved = units.CONF_SLOPE
    units.CONF_SLOPE = 1.0
    try:
        yield saved
    finally:
        units.CONF_SLOPE = saved


def evidence(score: float) -> float:
    p = min(max(score, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def record(
    store: Collected, lang: str, case: Case, beads: Sequence[Bead], offset: tuple[int, int]
) -> None:
    a, b = offset
    gold = set(case.gold)
    for p, o in case.gold:
        store.gold[lang].append((tuple(x + a for x in p), tuple(y + b for y in o)))
    for bead in beads:
        pair = (bead.pivot, bead.other)
        store.test[lang].append(
            (tuple(x + a for x in bead.pivot), tuple(y + b for y in bead.other))
        )
        sign = 1 if bead.pivot and bead.other else -1
        store.beads.append((evidence(bead.score), sign, pair in gold, case.article))
    found = {(b.pivot, b.other) for b in beads}
    for kind, bead in case.ops:
        store.ops[kind] += 1
        store.recovered[kind] += bead in found


def run_language(
    lang: str, cases: Sequence[Case], encoder, methods: Sequence[str], stores: dict
) -> None:  # noqa: ANN001
    from compare.align import align_documents, align_texts

    offset = (0, 0)
    for case in cases:
        if "texts" in methods:
            start = time.perf_counter()
            beads = align_texts(case.pivot, case.other, encoder)
            stores["texts"].seconds[lang] += time.perf_counter() - start
            record(stores["texts"], lang, case, beads, offset)
        if "documents" in methods:
            pivot = paragraph_document(case.pivot, "de", f"flores-{case.article}")
            other = paragraph_document(case.other, lang, f"flores-{case.article}")
            start = time.perf_counter()
            alignment = align_documents(pivot, other, encoder)
            stores["documents"].seconds[lang] += time.perf_counter() - start
            record(stores["documents"], lang, case, alignment.beads, offset)
        offset = (offset[0] + len(case.pivot), offset[1] + len(case.other))


# -- calibration -----------------------------------------------------------------------------
def confidences(
    beads: Sequence[tuple[float, int, bool, int]],
    slope: float,
    midpoint: float,
    raw_midpoint: float,
) -> np.ndarray:
    """Confidence of each bead under (slope, midpoint), from its evidence at slope 1.

    Linked beads: sigmoid(slope * (q - midpoint)) with q = e + raw_midpoint; unlinked beads:
    sigmoid(slope * (midpoint - best)) with best = raw_midpoint - e.
    """
    e = np.array([b[0] for b in beads])
    sign = np.array([b[1] for b in beads], dtype=float)
    x = slope * (e + sign * (raw_midpoint - midpoint))
    return 1.0 / (1.0 + np.exp(-x))


def reliability(
    conf: np.ndarray, correct: np.ndarray
) -> tuple[list[tuple[str, int, float, float]], float]:
    """Rows (bin, beads, mean confidence, share correct) and the expected calibration error."""
    rows, ece = [], 0.0
    edges = np.linspace(0, 1, BINS + 1)
    which = np.clip(np.digitize(conf, edges[1:-1]), 0, BINS - 1)
    for k in range(BINS):
        mask = which == k
        if not mask.any():
            continue
        mean_conf, accuracy = float(conf[mask].mean()), float(correct[mask].mean())
        ece += mask.sum() / len(conf) * abs(accuracy - mean_conf)
        rows.append((f"{edges[k]:.1f}-{edges[k + 1]:.1f}", int(mask.sum()), mean_conf, accuracy))
    return rows, ece


def fit_logistic(
    beads: Sequence[tuple[float, int, bool, int]], raw_midpoint: float
) -> tuple[float, float]:
    """(slope, midpoint) maximising the likelihood of correctness (Newton's method).

    logit = a * e + b * sign, with a = slope and b = slope * (raw_midpoint - midpoint).
    """
    e = np.array([b[0] for b in beads])
    sign = np.array([b[1] for b in beads], dtype=float)
    y = np.array([b[2] for b in beads], dtype=float)
    x = np.stack([e, sign], axis=1)
    w = np.array([1.0, 0.0])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (y - p) - 1e-6 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + 1e-6 * np.eye(2)
        step = np.linalg.solve(hess, grad)
        w += step
        if np.abs(step).max() < 1e-9:
            break
    slope = float(w[0])
    return slope, raw_midpoint - float(w[1]) / slope


# -- reporting -------------------------------------------------------------------------------
def print_f1(stores: dict[str, Collected], langs: Sequence[str]) -> None:
    methods = list(stores)
    head = " | ".join(f"{m} F1 strict | {m} F1 lax" for m in methods)
    print(f"| lang | {head} | time (s) |")
    print("|---|" + "---|---|" * len(methods) + "---|")
    worst = {m: 1.0 for m in methods}
    for lang in langs:
        cells = []
        for m in methods:
            s = score_beads(stores[m].gold[lang], stores[m].test[lang])
            worst[m] = min(worst[m], s.f1_strict)
            cells.append(f"{s.f1_strict:.3f} | {s.f1_lax:.3f}")
        seconds = sum(stores[m].seconds[lang] for m in methods)
        print(f"| {lang} | {' | '.join(cells)} | {seconds:.1f} |")
    for m in methods:
        verdict = "met" if worst[m] >= TARGET_F1 else "NOT met"
        print(
            f"{m}: lowest strict F1 {worst[m]:.3f} "
            f"(target >= {TARGET_F1} in every language: {verdict})"
        )


def print_recovery(stores: dict[str, Collected]) -> None:
    print("\n| perturbation | " + " | ".join(f"{m} recovered" for m in stores) + " |")
    print("|---|" + "---|" * len(stores))
    for kind in PERTURBATIONS:
        cells = [
            f"{s.recovered[kind]}/{s.ops[kind]} ({s.recovered[kind] / max(s.ops[kind], 1):.3f})"
            for s in stores.values()
        ]
        print(f"| {kind} | {' | '.join(cells)} |")


def print_calibration(
    name: str, store: Collected, slope: float, midpoint: float
) -> tuple[float, float]:
    beads = store.beads
    correct = np.array([b[2] for b in beads], dtype=float)
    current = confidences(beads, slope, midpoint, midpoint)
    rows, ece = reliability(current, correct)
    print(
        f"\n{name}: reliability of Bead.score over {len(beads)} beads "
        f"(CONF_SLOPE={slope:g}, CONF_MIDPOINT={midpoint:g})"
    )
    print("| confidence | beads | mean confidence | share correct |\n|---|---|---|---|")
    for label, count, conf, acc in rows:
        print(f"| {label} | {count} | {conf:.3f} | {acc:.3f} |")
    fit_slope, fit_mid = fit_logistic(beads, midpoint)
    _, fitted_ece = reliability(confidences(beads, fit_slope, fit_mid, midpoint), correct)
    held = held_out_ece(beads, slope, midpoint)
    print(f"ECE with the current constants: {ece:.4f}")
    print(
        f"refitted on these beads: CONF_SLOPE={fit_slope:.2f}, CONF_MIDPOINT={fit_mid:.3f}; "
        f"ECE {fitted_ece:.4f} (in sample)"
    )
    print(
        "two-fold by article (fit on even articles, test on odd, and back): "
        f"ECE current {held[0]:.4f}, refitted {held[1]:.4f}"
    )
    return fit_slope, fit_mid


def held_out_ece(
    beads: Sequence[tuple[float, int, bool, int]], slope: float, midpoint: float
) -> tuple[float, float]:
    """Mean ECE over the two folds, current constants vs constants fitted on the other fold."""
    current, fitted = [], []
    for fold in (0, 1):
        train = [b for b in beads if b[3] % 2 != fold]
        test = [b for b in beads if b[3] % 2 == fold]
        correct = np.array([b[2] for b in test], dtype=float)
        fit_slope, fit_mid = fit_logistic(train, midpoint)
        current.append(reliability(confidences(test, slope, midpoint, midpoint), correct)[1])
        fitted.append(reliability(confidences(test, fit_slope, fit_mid, midpoint), correct)[1])
    return float(np.mean(current)), float(np.mean(fitted))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", default="", help="comma-separated languages (default: all 23)")
    parser.add_argument(
        "--threads", type=int, default=None, help="torch threads (default: all cores)"
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--texts-only", action="store_true", help="only align_texts")
    group.add_argument("--documents-only", action="store_true", help="only align_documents")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        raise SystemExit(f"FLORES data not found at {DATA.resolve()} (see shared/data)")
    from compare.encode import get_encoder

    langs = [x for x in args.langs.split(",") if x] or [x for x in EU_LANGUAGES if x != "de"]
    methods = ["texts"] * (not args.documents_only) + ["documents"] * (not args.texts_only)
    spans = articles()
    german = read_language("de")
    encoder = get_encoder(threads=args.threads)
    stores = {m: Collected() for m in methods}
    fallbacks = 0
    with raw_confidence() as slope:
        for lang in langs:
            cases = build_cases(lang, spans, german)
            fallbacks += sum(c.fallback_splits for c in cases)
            start = time.perf_counter()
            run_language(lang, cases, encoder, methods, stores)
            print(f"{lang}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    ops = Counter(kind for c in build_cases("en", spans, german) for kind, _ in c.ops)
    print(
        f"FLORES-200 devtest half: {len(spans)} articles, {len(german)} lines; "
        f"perturbations per language: {dict(ops)}"
    )
    print(
        "splits without punctuation near the middle (cut at a space): "
        f"{fallbacks} over {len(langs)} languages\n"
    )
    print_f1(stores, langs)
    print_recovery(stores)
    for m, store in stores.items():
        name = "align_documents" if m == "documents" else "align_texts"
        print_calibration(name, store, slope, units.CONF_MIDPOINT)
    print("\ntimes include embedding through the vector cache; shared 2-core machine")


if __name__ == "__main__":
    main()
