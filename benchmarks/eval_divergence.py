"""Divergence evaluation: inject known divergences, run the pipeline, score the flags.

Three sources of comparisons, all with the German as pivot:

- the bundled corpus: the German against each of the 23 translations, once faithful and
  ``--corpus-seeds`` times with one injection of every type (:func:`compare.inject.inject`);
- FLORES-200 documents (one per article, one sentence per unit): for each sampled article and
  each language, the faithful version and a variant with ``--flores-types`` injections; the
  German itself is injected and compared with the English as pivot;
- the corpus's hand-made drafts (``drafts/*.txt`` with their keys).

Each variant goes through :func:`compare.pipeline.compare_documents`. A flag matches an
injection when its type is the injection's type (:data:`FLAG_TYPES`), it names one of the
injection's units (pivot or other side) and, where both the flag and the key have a span on
the same unit, the spans overlap. Reported: recall per type and per language (flags of
severity warning or error), false flags per 100 units on the variants, and warnings + errors
per 100 units on the faithful versions. Types whose check is not registered show "n/a"; a
check that fails on a language is run without and reported.

Usage:
    python -m benchmarks.eval_divergence --threads 1           # default sample (see below)
    python -m benchmarks.eval_divergence --flores-articles 4 --corpus-seeds 1 --langs en,fr
    python -m benchmarks.eval_divergence --calibrate-pairs     # threshold of `pairs`

The default sample (337 comparisons) took 29 minutes on the 2-core development machine while
it was shared with other jobs (--threads 1); 25 of them are the 46 corpus comparisons, whose
omission and semantic checks compute token vectors. ``--corpus-seeds 0`` keeps the faithful
corpus comparisons only; FLORES articles are cheap (``--flores-articles``).
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from compare.inject import INJECTION_TYPES, AnswerKey, Injection, document_from_texts, inject
from compare.types import EU_LANGUAGES, Divergence, Document, LanguageResult

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data"
FLORES = DATA / "flores200-eu24"
CORPUS = REPO / "corpora" / "ep-ta-9-2022-0012"

#: FLORES-200 file stems of the 24 EU languages.
FLORES_CODES: dict[str, str] = {
    "bg": "bul_Cyrl", "cs": "ces_Latn", "da": "dan_Latn", "de": "deu_Latn", "el": "ell_Grek",
    "en": "eng_Latn", "es": "spa_Latn", "et": "est_Latn", "fi": "fin_Latn", "fr": "fra_Latn",
    "ga": "gle_Latn", "hr": "hrv_Latn", "hu": "hun_Latn", "it": "ita_Latn", "lt": "lit_Latn",
    "lv": "lvs_Latn", "mt": "mlt_Latn", "nl": "nld_Latn", "pl": "pol_Latn", "pt": "por_Latn",
    "ro": "ron_Latn", "sk": "slk_Latn", "sl": "slv_Latn", "sv": "swe_Latn",
}  # fmt: skip

#: Flag types that detect each injection type (the issue: a structure flag matches a
#: structural injection, an omission flag an omission, ...).
FLAG_TYPES: dict[str, tuple[str, ...]] = {t: (t,) for t in INJECTION_TYPES}
#: Recall targets of the issue, per type.
RECALL_TARGETS: dict[str, float] = {
    "number": 0.95, "date": 0.95, "reference": 0.95, "name": 0.95, "structure": 0.95,
    "untranslated": 0.95, "omission": 0.8, "addition": 0.8, "polarity": 0.8, "modality": 0.8,
}  # fmt: skip
#: Target of the issue for faithful versions: warnings + errors per 100 units.
FAITHFUL_TARGET = 2.0
#: Severities counted as findings (info flags are hints shown on request).
COUNTED = ("warning", "error")
#: Help of --threads: on a machine shared with other jobs one torch thread is much faster.
THREADS_HELP = "torch threads (default: all cores; 1 on a machine shared with other jobs)"
#: Percentile of faithful-pair scores taken as the default threshold of ``pairs``.
PAIR_PERCENTILE = 95.0


# -- cases ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One comparison: a pivot and a version, with the key (None for a faithful version)."""

    source: str
    lang: str
    pivot: Document
    version: Document
    key: AnswerKey | None = None


@dataclass
class Outcome:
    """The flags of one case, the checks that failed on it, and its language result (the
    alignment with the flags, for the review with the other versions)."""

    case: Case
    flags: tuple[Divergence, ...]
    failed: tuple[str, ...] = ()
    result: LanguageResult | None = None


def segment_corpus(lang: str, drafts: bool = False) -> Document:
    """A corpus file (or draft) segmented."""
    from compare.segment import segment_path

    path = CORPUS / ("drafts" if drafts else "") / f"{lang}.txt"
    return segment_path(path, lang, doc_id=CORPUS.name, check_language=False)


def case_seed(base: int, lang: str, k: int) -> int:
    """A seed per (run seed, language, repetition): variants differ across languages."""
    return base * 10_000 + EU_LANGUAGES.index(lang) * 100 + k


def corpus_cases(
    langs: Sequence[str], seeds: int, types: Sequence[str], base: int
) -> Iterator[Case]:
    """Faithful and injected versions of the corpus translations against the German."""
    pivot = segment_corpus("de")
    for lang in langs:
        if lang == "de":
            continue
        version = segment_corpus(lang)
        yield Case("corpus", lang, pivot, version)
        for k in range(seeds):
            variant, key = inject(version, case_seed(base, lang, k), types, pivot=pivot)
            yield Case("corpus", lang, pivot, variant, key)


def draft_cases() -> Iterator[Case]:
    """The corpus's hand-made drafts with their answer keys."""
    pivot = segment_corpus("de")
    for key_path in sorted((CORPUS / "drafts").glob("*.key.json")):
        key = AnswerKey.load(key_path)
        yield Case("drafts", key.lang, pivot, segment_corpus(key.lang, drafts=True), key)


def flores_articles() -> list[list[int]]:
    """Line numbers of each FLORES article (consecutive lines sharing a URL), in file order."""
    with (FLORES / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    articles: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        articles.setdefault(row["URL"], []).append(number)
    return list(articles.values())


def flores_lines(lang: str) -> list[str]:
    """The FLORES devtest sentences of one language."""
    return (FLORES / f"{FLORES_CODES[lang]}.txt").read_text(encoding="utf-8").splitlines()


def flores_document(
    lang: str, article: int, lines: Sequence[int], texts: Sequence[str]
) -> Document:
    """One FLORES article as a document: one unit per sentence, labels par:1..n."""
    return document_from_texts(
        f"flores-devtest-{article}", lang, [texts[i] for i in lines], source=f"FLORES-200 {lang}"
    )


def flores_cases(
    langs: Sequence[str], n_articles: int, per_variant: int, types: Sequence[str], base: int
) -> Iterator[Case]:
    """Faithful and injected FLORES articles in every language.

    Articles of at least three sentences are sampled evenly over the devtest; each variant
    gets ``per_variant`` injection types, taken in turn from ``types`` so that every type
    is injected about as often in every language.
    """
    articles = [a for a in flores_articles() if len(a) >= 3]
    step = max(len(articles) // max(n_articles, 1), 1)
    chosen = list(range(0, len(articles), step))[:n_articles]
    texts = {lang: flores_lines(lang) for lang in {*langs, "de", "en"}}
    turn = 0
    for lang in langs:
        pivot_lang = "en" if lang == "de" else "de"
        for k, article in enumerate(chosen):
            lines = articles[article]
            pivot = flores_document(pivot_lang, article, lines, texts[pivot_lang])
            version = flores_document(lang, article, lines, texts[lang])
            yield Case("flores", lang, pivot, version)
            wanted = [types[(turn + j) % len(types)] for j in range(per_variant)]
            turn += per_variant
            variant, key = inject(version, case_seed(base, lang, k), wanted, pivot=pivot)
            yield Case("flores", lang, pivot, variant, key)


# -- running ----------------------------------------------------------------------------


def run_case(case: Case, encoder: object, checks: Sequence[str]) -> Outcome | None:
    """Compare the case's version with its pivot; a failing check is run without.

    Returns ``None`` when even the alignment fails (the case is then left out and counted).
    """
    from compare.pipeline import compare_documents

    try:
        report = compare_documents(case.pivot, [case.version], encoder, checks)
        return Outcome(case, report.divergences(), result=report.results[0])
    except Exception:  # a check under construction must not stop the evaluation
        log.info("a check failed on %s/%s; running the checks one by one", case.source,
                 case.lang, exc_info=True)  # fmt: skip
    return _one_by_one(case, encoder, checks)


def _one_by_one(case: Case, encoder: object, checks: Sequence[str]) -> Outcome | None:
    from compare.align import align_documents
    from compare.checks.base import CheckContext, run_checks

    try:
        alignment = align_documents(case.pivot, case.version, encoder)
    except Exception as exc:
        log.warning("alignment fails on %s/%s: %r", case.source, case.lang, exc)
        return None
    ctx = CheckContext(encoder=encoder, pivot_lang=case.pivot.lang)
    flags: list[Divergence] = []
    failed: list[str] = []
    for name in checks:
        try:
            flags.extend(run_checks(alignment, ctx, [name]))
        except Exception as exc:
            log.warning("check %s fails on %s (%s): %s", name, case.lang, case.source, exc)
            failed.append(name)
    return Outcome(case, tuple(flags), tuple(failed), LanguageResult(alignment, tuple(flags)))


def with_other_versions(
    outcomes: Sequence[Outcome], encoder: object, checks: Sequence[str] | None = None
) -> list[Outcome]:
    """Each outcome as the full comparison would give it: its version compared together
    with the faithful versions of the other languages of the same pivot document.

    The checks of one version do not depend on the others, so a version's flags are its
    own run's flags revised by the cross-version steps
    (:func:`compare.pipeline.across_versions`): a faithful version is revised with all the
    faithful versions of its document, an injected variant or a draft with the faithful
    versions of the other languages. Outcomes without a result are kept as they are.
    ``checks``: the checks that were run (default: all).
    """
    from compare.align.words import TokenVectorMemo
    from compare.pipeline import across_versions

    memo = TokenVectorMemo(encoder, size=20_000)  # type: ignore[arg-type]
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[(outcome.case.pivot.lang, outcome.case.pivot.doc_id)].append(outcome)
    revised: dict[int, Outcome] = {}
    for group in groups.values():
        faithful = {o.case.lang: o.result for o in group if o.case.key is None and o.result}
        together = across_versions(list(faithful.values()), memo, checks=checks)
        by_lang = {r.lang: r for r in together}
        for outcome in group:
            if outcome.result is None:
                continue
            if outcome.case.key is None and outcome.case.lang in by_lang:
                result = by_lang[outcome.case.lang]
            else:
                others = [r for lang, r in faithful.items() if lang != outcome.case.lang]
                result = across_versions(
                    [outcome.result, *others], memo, {outcome.case.lang}, checks
                )[0]
            revised[id(outcome)] = Outcome(outcome.case, result.divergences, outcome.failed, result)
    return [revised.get(id(o), o) for o in outcomes]


# -- matching ---------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans share a character, or a zero-width span lies within the other."""
    if a[0] == a[1] or b[0] == b[1]:
        return b[0] <= a[0] <= b[1] or a[0] <= b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def flag_matches(flag: Divergence, injection: Injection) -> bool:
    """Type, unit and (where both have one on the same unit) span agree."""
    if flag.type not in FLAG_TYPES.get(injection.type, ()):
        return False
    on_pivot = flag.pivot_unit is not None and flag.pivot_unit in injection.pivot_labels()
    on_other = flag.other_unit is not None and flag.other_unit in injection.other_labels()
    if not (on_pivot or on_other):
        return False
    return spans_agree(flag, injection)


def spans_agree(flag: Divergence, injection: Injection) -> bool:
    """Where the flag and the key both give a span on the same unit, the spans overlap."""
    if (
        injection.other_span is not None
        and flag.other_span is not None
        and flag.other_unit == injection.other_unit
        and not _overlap(flag.other_span, injection.other_span)
    ):
        return False
    return not (
        injection.pivot_span is not None
        and flag.pivot_span is not None
        and flag.pivot_unit == injection.pivot_unit
        and not _overlap(flag.pivot_span, injection.pivot_span)
    )


def on_injected_unit(flag: Divergence, key: AnswerKey) -> bool:
    """The flag sits on a unit an injection changed (whatever its type)."""
    return any(
        (flag.pivot_unit is not None and flag.pivot_unit in i.pivot_labels())
        or (flag.other_unit is not None and flag.other_unit in i.other_labels())
        for i in key.divergences
    )


def explained_numbering(flag: Divergence, key: AnswerKey) -> bool:
    """A numbering flag on units renumbered by an injected structural change."""
    if flag.type != "structure" or dict(flag.evidence).get("subtype") != "numbering":
        return False
    return (flag.pivot_unit, flag.other_unit) in set(key.relabelled)


# -- scoring ----------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts for one table row."""

    injected: int = 0
    unevaluated: int = 0
    found: int = 0
    found_any_type: int = 0
    units: int = 0
    false_flags: int = 0
    false_flags_off_unit: int = 0
    counted_flags: int = 0
    faithful_units: int = 0
    faithful_flags: int = 0
    failed: Counter = field(default_factory=Counter)

    def recall(self) -> float | None:
        return self.found / self.injected if self.injected else None


def score(outcomes: Iterable[Outcome]) -> tuple[dict[str, Tally], dict[str, Tally], Tally]:
    """Tallies per injection type, per language and overall."""
    by_type: dict[str, Tally] = defaultdict(Tally)
    by_lang: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    for outcome in outcomes:
        case = outcome.case
        counted = [f for f in outcome.flags if f.severity in COUNTED]
        rows = (by_lang[case.lang], total)
        for name in outcome.failed:
            for row in rows:
                row.failed[name] += 1
        if case.key is None:
            for row in rows:
                row.faithful_units += len(case.version.units)
                row.faithful_flags += len(counted)
            continue
        _score_variant(case.key, counted, len(case.version.units), by_type, rows,
                       set(outcome.failed))  # fmt: skip
    return dict(by_type), dict(by_lang), total


def _score_variant(
    key: AnswerKey,
    counted: list[Divergence],
    units: int,
    by_type: dict[str, Tally],
    rows: tuple[Tally, ...],
    failed: set[str],
) -> None:
    for injection in key.divergences:
        if all(t in failed for t in FLAG_TYPES[injection.type]):
            for row in (by_type[injection.type], *rows):
                row.unevaluated += 1  # its check failed on this case: no verdict
            continue
        hit = any(flag_matches(f, injection) for f in counted)
        located = any(
            (f.pivot_unit in injection.pivot_labels() or f.other_unit in injection.other_labels())
            and spans_agree(f, injection)
            for f in counted
        )
        for row in (by_type[injection.type], *rows):
            row.injected += 1
            row.found += hit
            row.found_any_type += located
    unmatched = [
        f for f in counted
        if not any(flag_matches(f, i) for i in key.divergences) and not explained_numbering(f, key)
    ]  # fmt: skip
    for row in rows:
        row.units += units
        row.counted_flags += len(counted)
        row.false_flags += len(unmatched)
        row.false_flags_off_unit += sum(not on_injected_unit(f, key) for f in unmatched)


# -- tables -----------------------------------------------------------------------------


def _fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _per_100(count: int, units: int) -> float | None:
    return 100.0 * count / units if units else None


def type_table(by_type: dict[str, Tally], available: set[str]) -> list[str]:
    """Markdown: recall per injection type against the issue's targets."""
    lines = [
        "| type | injected | recall | target | recall, flag of any type on the unit |",
        "|---|---|---|---|---|",
    ]
    for name in INJECTION_TYPES:
        row = by_type.get(name, Tally())
        ok = any(t in available for t in FLAG_TYPES[name])
        recall = row.recall() if ok else None
        any_type = row.found_any_type / row.injected if row.injected else None
        target = RECALL_TARGETS[name]
        mark = "" if recall is None else (" ✓" if recall >= target else " ✗")
        shown = f"{_fmt(recall)}{mark}"
        if ok and row.unevaluated:
            shown += f" (check failed on {row.unevaluated})"
        lines.append(f"| {name} | {row.injected} | {shown} | {target:.2f} | {_fmt(any_type)} |")
    return lines


def lang_table(by_lang: dict[str, Tally]) -> list[str]:
    """Markdown: recall, false flags and faithful flag rate per language."""
    lines = [
        "| lang | injected | recall | false flags /100 units | off injected units /100 "
        "| faithful w+e /100 units | failed checks |",
        "|---|---|---|---|---|---|---|",
    ]
    for lang in EU_LANGUAGES:
        if lang not in by_lang:
            continue
        row = by_lang[lang]
        failed = ", ".join(f"{k}×{v}" for k, v in sorted(row.failed.items())) or ""
        lines.append(
            f"| {lang} | {row.injected} | {_fmt(row.recall())} "
            f"| {_fmt(_per_100(row.false_flags, row.units), 2)} "
            f"| {_fmt(_per_100(row.false_flags_off_unit, row.units), 2)} "
            f"| {_fmt(_per_100(row.faithful_flags, row.faithful_units), 2)} | {failed} |"
        )
    return lines


def summary_lines(total: Tally) -> list[str]:
    """The overall figures."""
    precision = (
        (total.counted_flags - total.false_flags) / total.counted_flags
        if total.counted_flags
        else None
    )
    faithful = _per_100(total.faithful_flags, total.faithful_units)
    mark = "" if faithful is None else (" ✓" if faithful <= FAITHFUL_TARGET else " ✗")
    return [
        f"- injections: {total.injected}, found: {total.found} (recall {_fmt(total.recall())})",
        f"- flags (warning+error) on variants: {total.counted_flags}; matching an injection: "
        f"{total.counted_flags - total.false_flags} (precision {_fmt(precision)})",
        f"- false flags per 100 units on variants: "
        f"{_fmt(_per_100(total.false_flags, total.units), 2)} (not on an injected unit: "
        f"{_fmt(_per_100(total.false_flags_off_unit, total.units), 2)})",
        f"- faithful versions: {_fmt(faithful, 2)} warnings+errors per 100 units "
        f"(target <= {FAITHFUL_TARGET}){mark} over {total.faithful_units} units",
    ]


def available_types() -> set[str]:
    """Flag types of the registered checks."""
    from compare.checks import load_builtin_checks
    from compare.checks.base import CHECKS

    load_builtin_checks()
    return set(CHECKS)


def report(name: str, outcomes: list[Outcome], available: set[str]) -> list[str]:
    """The tables of one source (corpus, flores, drafts) or of all."""
    by_type, by_lang, total = score(outcomes)
    return [
        f"### {name}",
        "",
        *summary_lines(total),
        "",
        *type_table(by_type, available),
        "",
        *lang_table(by_lang),
        "",
    ]


def outcome_records(
    outcomes: Iterable[Outcome], mode: str = "one at a time"
) -> Iterator[dict[str, object]]:
    """One JSON record per injection: found or not, with the flags on its units; and one
    per faithful version that got warnings or errors (``"injection": null``), with them.
    ``mode`` ("one at a time" or "with the other versions") is written into each."""
    for record in _records(outcomes):
        yield {"mode": mode, **record}


def _records(outcomes: Iterable[Outcome]) -> Iterator[dict[str, object]]:
    from compare.report import flag_record

    for outcome in outcomes:
        key = outcome.case.key
        counted = [f for f in outcome.flags if f.severity in COUNTED]
        if key is None:
            if counted:
                yield {
                    "source": outcome.case.source,
                    "lang": outcome.case.lang,
                    "injection": None,
                    "found": None,
                    "flags_on_units": [flag_record(f) for f in counted],
                }
            continue
        for injection in key.divergences:
            near = [
                f for f in counted
                if f.pivot_unit in injection.pivot_labels()
                or f.other_unit in injection.other_labels()
            ]  # fmt: skip
            yield {
                "source": outcome.case.source,
                "lang": outcome.case.lang,
                "doc_id": key.doc_id,
                "seed": key.seed,
                "injection": injection.to_dict(),
                "found": any(flag_matches(f, injection) for f in counted),
                "flags_on_units": [flag_record(f) for f in near],
            }


# -- pairs threshold --------------------------------------------------------------------


def calibrate_pairs(lines: int, semantic_lines: int, encoder: object) -> list[str]:
    """Scores of faithful FLORES pairs en-X and de-X, and their percentiles, per scorer.

    The 95th percentile is the default threshold of ``pairs`` for that scorer
    (:data:`compare.checks.command.COSINE_THRESHOLD`, ``SEMANTIC_THRESHOLD``). Also
    reported: how many of the first ``semantic_lines`` pairs the checks flag.
    """
    from compare.checks.command import COSINE_SCORER, cosine_scores, pair_scorer

    name, _, _ = pair_scorer()
    texts = {lang: flores_lines(lang) for lang in EU_LANGUAGES}
    judged: list[Any] = []

    def cosine() -> list[float]:
        return [
            float(x)
            for src, tgt in faithful_directions()
            for x in cosine_scores(texts[src][:lines], texts[tgt][:lines], src, tgt, encoder)
        ]

    def semantic() -> list[float]:  # judged as `pairs` judges them: scores and flags at once
        judged[:] = judge_faithful_pairs(texts, semantic_lines, encoder)
        return [r.score for r in judged]

    scorers = {COSINE_SCORER: (cosine, lines)}
    if name != COSINE_SCORER:  # word alignment per pair: slower, fewer lines
        scorers[name] = (semantic, semantic_lines)
    out = ["faithful FLORES-200 devtest pairs en-X and de-X:"]
    for scorer_name, (function, n) in scorers.items():
        try:
            values = function()
        except Exception as exc:  # a scorer under construction: say so, go on
            out.append(f"{scorer_name}: unavailable ({exc!r})")
            continue
        p = np.percentile(values, [50, 90, PAIR_PERCENTILE, 99])
        out.append(
            f"{scorer_name} (first {n} lines): n={len(values)} median {p[0]:.4f} p90 {p[1]:.4f} "
            f"p{PAIR_PERCENTILE:.0f} {p[2]:.4f} p99 {p[3]:.4f}"
        )
    out.append(flag_summary(judged or judge_faithful_pairs(texts, semantic_lines, encoder)))
    return out


def faithful_directions() -> list[tuple[str, str]]:
    """The pairs of languages calibrated on: en-X and de-X for every other EU language."""
    return [(src, tgt) for src in ("en", "de") for tgt in EU_LANGUAGES if tgt != src]


def judge_faithful_pairs(texts: dict[str, list[str]], lines: int, encoder: object) -> list[Any]:
    """The ``pairs`` results (no score threshold) of the first ``lines`` faithful FLORES
    pairs of every direction of :func:`faithful_directions`."""
    from compare.checks.command import judge_pairs

    results: list[Any] = []
    for src, tgt in faithful_directions():
        batch = list(zip(texts[src][:lines], texts[tgt][:lines], strict=True))
        results += judge_pairs(batch, src, tgt, encoder, threshold=float("inf"))
    return results


def flag_summary(results: Sequence[Any]) -> str:
    """How many of the judged pairs the checks flag (warning or error), by flag type."""
    by_type: Counter[str] = Counter()
    flagged = 0
    for result in results:
        serious = [f for f in result.flags if f.severity in COUNTED]
        flagged += bool(serious)
        by_type.update(f.type for f in serious)
    types = ", ".join(f"{t} {c}" for t, c in by_type.most_common())
    return (
        f"checks on the same {len(results)} pairs: {flagged} flagged "
        f"({flagged / max(len(results), 1):.1%}); warnings and errors by type: {types or 'none'}"
    )


# -- main -------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--langs", default=None, help="languages (default: all 24)")
    parser.add_argument("--types", default=None, help="injection types (default: all)")
    parser.add_argument("--corpus-seeds", type=int, default=1, help="variants per translation")
    parser.add_argument("--flores-articles", type=int, default=6, help="articles per language")
    parser.add_argument("--flores-types", type=int, default=2, help="injections per variant")
    parser.add_argument("--seed", type=int, default=1, help="base random seed")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--no-flores", action="store_true")
    parser.add_argument("--no-drafts", action="store_true")
    parser.add_argument("--checks", default=None, help="checks to run (default: all)")
    parser.add_argument(
        "--out", default=None,
        help="write per-injection records and the faithful versions' flags (JSONL) here",
    )  # fmt: skip
    parser.add_argument(
        "--one-at-a-time", action="store_true",
        help="score each version against the German alone only (skip the tables with the "
        "other versions)",
    )  # fmt: skip
    parser.add_argument("--calibrate-pairs", action="store_true")
    parser.add_argument("--calibration-lines", type=int, default=486, help="FLORES lines")
    parser.add_argument("--semantic-lines", type=int, default=40, help="lines for semantic")
    parser.add_argument("--threads", type=int, default=None, help=THREADS_HELP)
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    from compare.encode import get_encoder

    encoder = get_encoder(threads=args.threads)
    if args.calibrate_pairs:
        if not FLORES.is_dir():
            raise SystemExit(f"FLORES data not found at {FLORES}")
        print("\n".join(calibrate_pairs(args.calibration_lines, args.semantic_lines, encoder)))
        return 0
    langs = args.langs.split(",") if args.langs else list(EU_LANGUAGES)
    types = args.types.split(",") if args.types else list(INJECTION_TYPES)
    available = available_types()
    checks = args.checks.split(",") if args.checks else sorted(available)
    sources: dict[str, Iterable[Case]] = {}
    if not args.no_drafts:
        sources["drafts"] = draft_cases()
    if not args.no_corpus:
        sources["corpus"] = corpus_cases(langs, args.corpus_seeds, types, args.seed)
    if not args.no_flores:
        if FLORES.is_dir():
            sources["flores"] = flores_cases(
                langs, args.flores_articles, args.flores_types, types, args.seed
            )
        else:
            print(f"FLORES data not found at {FLORES}: skipped", file=sys.stderr)
    print(
        f"checks: {', '.join(checks)}; not registered: "
        f"{', '.join(t for t in INJECTION_TYPES if t not in available) or 'none'}",
        flush=True,
    )
    start = time.perf_counter()
    results: dict[str, list[Outcome]] = {}
    for name, cases in sources.items():
        results[name], lost = run_source(cases, encoder, checks)
        elapsed = time.perf_counter() - start
        print("\n".join(report(name, results[name], available)))
        print(f"{len(results[name])} comparisons, {elapsed:.0f} s so far", flush=True)
        if lost:
            print(f"{name}: {lost} comparisons left out: the alignment failed (see the log)")
        if args.out:
            with open(args.out, "a" if len(results) > 1 else "w", encoding="utf-8") as handle:
                for record in outcome_records(results[name]):
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    everything = [o for outcomes in results.values() for o in outcomes]
    if len(results) > 1:
        print("\n".join(report("all sources", everything, available)))
    if not args.one_at_a_time:
        print_with_other_versions(results, encoder, available, args.out, checks)
    return 0


def witness_shares(outcomes: Iterable[Outcome]) -> dict[tuple[str, str], list[float]]:
    """Share of the other versions that have the passage, for every reviewed omission and
    addition flag (any severity), by (type, "injected" or "faithful"): flags matching an
    injection of their type, and flags on faithful versions. Omissions the witnesses
    vouch for are also traced: their share whose wording links to the flagged version
    is listed under ("omission, traced", group)."""
    shares: dict[tuple[str, str], list[float]] = defaultdict(list)
    for outcome in outcomes:
        injections = outcome.case.key.divergences if outcome.case.key else ()
        for flag in outcome.flags:
            evidence = dict(flag.evidence)
            if flag.type not in ("omission", "addition") or "versions_with_passage" not in evidence:
                continue
            if outcome.case.key is None:
                group = "faithful"
            elif any(flag_matches(flag, i) for i in injections):
                group = "injected"
            else:
                continue
            shares[(flag.type, group)].append(_share(evidence["versions_with_passage"]))
            if "found_through" in evidence:
                shares[(f"{flag.type}, traced", group)].append(_share(evidence["found_through"]))
    return shares


def _share(count: str) -> float:
    """ "3 of 20" -> 0.15."""
    part, whole = (int(x) for x in count.split(" of "))
    return part / whole if whole else 0.0


def witness_table(outcomes: Sequence[Outcome]) -> list[str]:
    """How the other versions vote on omission and addition flags (the signal of
    :mod:`compare.checks.gap_consensus`): percentiles of the share that has the passage;
    for the omissions they vouch for, of the share whose wording links to the flagged
    version ("omission, traced")."""
    shares = witness_shares(outcomes)
    lines = [
        "### Witnesses: share of the other versions that have the flagged passage "
        "(traced: whose wording of it links to the flagged version)",
        "",
        "| type | flags on | flags | p10 | median | p90 |",
        "|---|---|---|---|---|---|",
    ]
    for kind in ("omission", "addition", "omission, traced"):
        for group in ("injected", "faithful"):
            values = shares.get((kind, group), [])
            cells = [_fmt(float(np.percentile(values, p)), 2) if values else "n/a"
                     for p in (10, 50, 90)]  # fmt: skip
            lines.append(f"| {kind} | {group} | {len(values)} | {' | '.join(cells)} |")
    return [*lines, ""]


def print_with_other_versions(
    results: dict[str, list[Outcome]],
    encoder: object,
    available: set[str],
    out: str | None,
    checks: Sequence[str] | None = None,
) -> None:
    """The tables again, each version compared together with the other languages' faithful
    versions of its document (what ``compare diverge`` and the dashboard do); their records
    are appended to ``out``."""
    start = time.perf_counter()
    everything = [o for outcomes in results.values() for o in outcomes]
    together = dict(zip(map(id, everything), with_other_versions(everything, encoder, checks)))
    print("## With the other versions\n")
    for name, outcomes in results.items():
        print("\n".join(report(f"{name}, with the other versions",
                               [together[id(o)] for o in outcomes], available)))  # fmt: skip
    if len(results) > 1:
        print("\n".join(report("all sources, with the other versions",
                               list(together.values()), available)))  # fmt: skip
    print("\n".join(witness_table(list(together.values()))))
    if out:
        with open(out, "a", encoding="utf-8") as handle:
            for record in outcome_records(together.values(), "with the other versions"):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"review with the other versions: {time.perf_counter() - start:.0f} s", flush=True)


def run_source(cases: Iterable[Case], encoder: object, checks: Sequence[str]) -> tuple[
        list[Outcome], int]:  # fmt: skip
    """Run every case of one source; (outcomes, comparisons whose alignment failed)."""
    outcomes: list[Outcome] = []
    lost = 0
    for case in cases:
        outcome = run_case(case, encoder, checks)
        if outcome is None:
            lost += 1
        else:
            outcomes.append(outcome)
    return outcomes, lost


if __name__ == "__main__":
    raise SystemExit(main())
