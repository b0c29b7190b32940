"""Calibrate and evaluate the semantic and omission/addition checks.

Usage:
    python -m benchmarks.calibrate_semantic table [--data DIR]     # prints CALIBRATION_TABLE
    python -m benchmarks.calibrate_semantic corpus                 # corpus units vs the table
    python -m benchmarks.calibrate_semantic evaluate [--langs ...] # flags, recall, timings

``table`` computes, for every pair of the 24 EU languages, what faithful translation looks
like on FLORES-200 devtest (486 sentences, multi-parallel; 140 passages made by joining the
sentences of each article): the mean and standard deviation of the cosine similarity of
sentences and of passages, of the log length ratio, and of the unaligned content-word share
of the word alignment (on every fourth sentence). Its output is pasted into
``compare/checks/calibration.py``. FLORES is not part of the project: it is read from
``../shared/data/flores200-eu24``.

``corpus`` compares the table's expectations with the corpus's 23 clean translations, unit
by unit (a check of the calibration on EU text it was not computed on).

``evaluate`` runs the omission, addition and semantic checks on the bundled corpus: flags
per 100 units on the clean translations (all should be false alarms), the drafts' omission
and addition entries found (a flag on the key's unit whose span overlaps the key's text),
and recall on omissions and additions injected by :func:`compare.inject.inject` (a clause
dropped from the translation; a clause of another unit inserted into it), with the time
and the number of texts whose token vectors were computed, per language.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from compare.types import EU_LANGUAGES, Alignment, Divergence

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO / ".." / "shared" / "data" / "flores200-eu24"
CORPUS = REPO / "corpora" / "ep-ta-9-2022-0012"

FLORES_FILES = {
    "bg": "bul_Cyrl", "cs": "ces_Latn", "da": "dan_Latn", "de": "deu_Latn", "el": "ell_Grek",
    "en": "eng_Latn", "es": "spa_Latn", "et": "est_Latn", "fi": "fin_Latn", "fr": "fra_Latn",
    "ga": "gle_Latn", "hr": "hrv_Latn", "hu": "hun_Latn", "it": "ita_Latn", "lt": "lit_Latn",
    "lv": "lvs_Latn", "mt": "mlt_Latn", "nl": "nld_Latn", "pl": "pol_Latn", "pt": "por_Latn",
    "ro": "ron_Latn", "sk": "slk_Latn", "sl": "slv_Latn", "sv": "swe_Latn",
}  # fmt: skip
#: Every n-th FLORES sentence (122 of 486) is word-aligned for the unaligned-share statistics.
MASS_STRIDE = 4
CHECKS = ("omission", "addition", "semantic")


_ENCODER: dict[str, object] = {}


def shared_encoder(threads: int | None = None):  # noqa: ANN201
    """One encoder for the whole run (``threads`` counts on the first call only)."""
    from compare.encode import get_encoder

    if "encoder" not in _ENCODER:
        _ENCODER["encoder"] = get_encoder(threads=threads)
    return _ENCODER["encoder"]


# -- FLORES calibration table ------------------------------------------------------------


def flores(data: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Sentences and passages (sentences of one article joined) per language."""
    urls = [row.split("\t")[0] for row in (data / "metadata.tsv").read_text("utf-8").splitlines()]
    urls = urls[1:]
    sentences = {
        lang: (data / f"{code}.txt").read_text("utf-8").splitlines()
        for lang, code in FLORES_FILES.items()
    }
    groups = [len(list(g)) for _, g in itertools.groupby(urls)]
    passages: dict[str, list[str]] = {}
    for lang, lines in sentences.items():
        if len(lines) != len(urls):
            raise SystemExit(f"{lang}: {len(lines)} lines but {len(urls)} metadata rows")
        starts = np.cumsum([0, *groups])
        passages[lang] = [" ".join(lines[a:b]) for a, b in zip(starts[:-1], starts[1:])]
    return sentences, passages


def _stats(values: np.ndarray) -> str:
    return f"{float(np.mean(values)):.4f} {float(np.std(values)):.4f}"


def table(data: Path) -> int:
    """Print the calibration table (one line per language pair) to paste."""
    from compare.align.words import TokenVectorMemo, align_words

    encoder = shared_encoder()
    sentences, passages = flores(data)
    started = time.perf_counter()
    s_vec = {lang: encoder.embed(lines) for lang, lines in sentences.items()}
    p_vec = {lang: encoder.embed(lines) for lang, lines in passages.items()}
    print(f"# embedded in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    s_len = {lang: np.array([len(x) for x in lines]) for lang, lines in sentences.items()}
    p_len = {lang: np.array([len(x) for x in lines]) for lang, lines in passages.items()}
    masses = _masses(sentences, TokenVectorMemo(encoder, size=64), align_words)
    print(f"# word-aligned in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    all_s = np.concatenate(list(s_len.values()))
    all_p = np.concatenate(list(p_len.values()))
    print(f"SENTENCE_CHARS = {int(np.median(all_s))}\nPASSAGE_CHARS = {int(np.median(all_p))}")
    for a, b in itertools.combinations(EU_LANGUAGES, 2):
        sims = (s_vec[a] * s_vec[b]).sum(axis=1)
        psims = (p_vec[a] * p_vec[b]).sum(axis=1)
        ratio = np.log(s_len[b] / s_len[a])
        pratio = np.log(p_len[b] / p_len[a])
        print(
            f"{a} {b} {_stats(sims)} {_stats(psims)} {float(np.mean(ratio)):.4f} "
            f"{float(np.std(ratio)):.4f} {float(np.std(pratio)):.4f} {_stats(masses[(a, b)])}"
        )
    return 0


def _masses(sentences: dict[str, list[str]], memo, align_words) -> dict:  # noqa: ANN001
    """Unaligned content-word share of every language pair on every MASS_STRIDE-th line."""
    out: dict[tuple[str, str], list[float]] = {
        pair: [] for pair in itertools.combinations(EU_LANGUAGES, 2)
    }
    rows = range(0, len(sentences["de"]), MASS_STRIDE)
    for count, k in enumerate(rows):
        for a, b in out:
            wa = align_words(sentences[a][k], sentences[b][k], memo, src_lang=a, tgt_lang=b)
            out[(a, b)].append(wa.unaligned_mass())
        if count % 20 == 0:
            print(f"# mass: {count}/{len(rows)} lines", file=sys.stderr)
    return {pair: np.array(values) for pair, values in out.items()}


# -- the corpus ----------------------------------------------------------------------------


def _corpus_alignments(langs: Sequence[str], drafts: bool = False) -> list[Alignment]:
    from compare.align import align_many
    from compare.pipeline import load_folder, segment_file

    folder = load_folder(CORPUS)
    pool = folder.drafts if drafts else folder.files
    pivot = segment_file(folder.files["de"], "de", folder.doc_id)
    others = [segment_file(pool[lang], lang, folder.doc_id) for lang in langs]
    return align_many(pivot, others, shared_encoder())


def corpus(langs: Sequence[str]) -> int:
    """Expected (from the table) and observed similarity and length ratio of corpus units."""
    from compare.checks.calibration import expected

    encoder = shared_encoder()
    print("| lang | units | sim expected | sim observed | z mean | z min | log ratio exp. "
          "| observed | z(len) sd |\n|---|---|---|---|---|---|---|---|---|")  # fmt: skip
    for alignment in _corpus_alignments(langs):
        pairs = [(alignment.pivot.units[b.pivot[0]], alignment.other.units[b.other[0]])
                 for b in alignment.beads if len(b.pivot) == 1 and len(b.other) == 1]  # fmt: skip
        pairs = [(p, o) for p, o in pairs if len(p.text) >= 40]
        vecs = encoder.embed([t.text for pair in pairs for t in pair])
        sims = (vecs[0::2] * vecs[1::2]).sum(axis=1)
        lang = alignment.other.lang
        exp = [expected("de", lang, (len(p.text) + len(o.text)) / 2) for p, o in pairs]
        z = np.array([(s - e.sim_mean) / e.sim_std for s, e in zip(sims, exp)])
        ratio = np.array([np.log(len(o.text) / len(p.text)) for p, o in pairs])
        zl = np.array([(r - e.log_ratio) / e.ratio_std for r, e in zip(ratio, exp)])
        print(f"| {lang} | {len(pairs)} | {np.mean([e.sim_mean for e in exp]):.3f} | "
              f"{sims.mean():.3f} | {z.mean():+.2f} | {z.min():+.2f} | {exp[0].log_ratio:+.3f} "
              f"| {ratio.mean():+.3f} | {zl.std():.2f} |")  # fmt: skip
    return 0


# -- evaluation of the checks ----------------------------------------------------------


def evaluate(langs: Sequence[str], seeds: int, base: int) -> int:
    """Flags on the clean translations, the drafts' keys and injected clauses."""
    from compare.align.words import TokenVectorMemo
    from compare.checks.base import CheckContext, run_checks

    encoder = TokenVectorMemo(shared_encoder())
    ctx = CheckContext(encoder=encoder, pivot_lang="de")
    print("## clean translations (every flag is a false alarm)\n")
    print("| lang | units | omission | addition | semantic | token-vector texts | seconds |")
    print("|---|---|---|---|---|---|---|")
    total_units = total_flags = 0
    alignments = _corpus_alignments(langs)
    for alignment in alignments:
        calls, started = encoder.calls, time.perf_counter()
        flags = run_checks(alignment, ctx, CHECKS)
        seconds = time.perf_counter() - started
        counts = Counter(f.type for f in flags if f.severity in ("warning", "error"))
        total_units += len(alignment.pivot.units)
        total_flags += sum(counts.values())
        print(f"| {alignment.other.lang} | {len(alignment.pivot.units)} | {counts['omission']} "
              f"| {counts['addition']} | {counts['semantic']} | {encoder.calls - calls} "
              f"| {seconds:.1f} |")  # fmt: skip
        for flag in flags:
            print(f"  - {flag.type} {flag.severity} {flag.pivot_unit}/{flag.other_unit} "
                  f"{flag.score:.2f}: {flag.message[:150]}")  # fmt: skip
    print(f"\nwarnings+errors per 100 units: {100 * total_flags / max(total_units, 1):.2f} "
          f"({total_flags} on {total_units} units)\n")  # fmt: skip
    _drafts(ctx)
    _injections(langs, ctx, seeds, base)
    return 0


def _drafts(ctx) -> None:  # noqa: ANN001
    from compare.checks.base import run_checks

    print("## drafts: omission and addition entries of the keys\n")
    found = wanted = 0
    for alignment in _corpus_alignments(["en", "fr", "bg"], drafts=True):
        lang = alignment.other.lang
        key = json.loads((CORPUS / "drafts" / f"{lang}.key.json").read_text("utf-8"))
        flags = run_checks(alignment, ctx, CHECKS)
        for entry in key["divergences"]:
            if entry["type"] not in ("omission", "addition"):
                continue
            wanted += 1
            hit = [f for f in flags if _matches_key(f, entry, alignment)]
            found += bool(hit)
            print(f"- {lang} {entry['type']} {entry['pivot_unit']}: "
                  f"{'found' if hit else 'MISSED'} {[h.message for h in hit][:1]}")  # fmt: skip
        others = [f for f in flags if not any(_matches_key(f, e, alignment)
                                              for e in key["divergences"])]  # fmt: skip
        for f in others:
            print(f"  other flag: {f.type} {f.severity} {f.pivot_unit}: {f.message[:100]}")
    print(f"\ndrafts: {found} of {wanted} omission/addition entries found\n")


def _matches_key(flag: Divergence, entry: dict, alignment: Alignment) -> bool:
    if flag.type != entry["type"] and flag.type != "semantic":
        return False
    if entry["type"] == "omission":
        if flag.pivot_unit != entry["pivot_unit"] or flag.pivot_span is None:
            return False
        text = alignment.pivot.by_label(entry["pivot_unit"]).text
        return _overlaps(flag.pivot_span, text, entry["pivot_text"])
    if flag.other_unit != entry["other_unit"] or flag.other_span is None:
        return False
    text = alignment.other.by_label(entry["other_unit"]).text
    return _overlaps(flag.other_span, text, entry["other_text"])


def _overlaps(span: tuple[int, int], text: str, wanted: str) -> bool:
    start = text.find(wanted.strip(" ,"))
    if start < 0:
        return False
    return span[0] < start + len(wanted.strip(" ,")) and start < span[1]


def _injections(langs: Sequence[str], ctx, seeds: int, base: int) -> None:  # noqa: ANN001
    """Recall on compare.inject's omissions (a clause dropped from the translation) and
    additions (a clause of another unit inserted), one of each per variant."""
    from compare.align import align_documents
    from compare.checks.base import run_checks
    from compare.inject import inject
    from compare.pipeline import load_folder, segment_file

    print("## injected omissions and additions (compare.inject, one of each per variant)\n")
    folder = load_folder(CORPUS)
    pivot = segment_file(folder.files["de"], "de", folder.doc_id)
    hits: Counter[str] = Counter()
    tries: Counter[str] = Counter()
    extra = units = 0
    for lang in langs:
        version = segment_file(folder.files[lang], lang, folder.doc_id)
        for k in range(seeds):
            seed = base * 10_000 + EU_LANGUAGES.index(lang) * 100 + k
            variant, key = inject(version, seed, ("omission", "addition"), pivot=pivot)
            alignment = align_documents(pivot, variant, ctx.encoder)
            flags = run_checks(alignment, ctx, ["omission", "addition"])
            counted = [f for f in flags if f.severity in ("warning", "error")]
            for entry in key.divergences:
                tries[entry.type] += 1
                found = [f for f in counted if _finds(f, entry)]
                hits[entry.type] += bool(found)
                if not found:
                    print(f"- missed {lang} seed {seed} {entry.type} {entry.pivot_unit}: "
                          f"{(entry.clean_text or entry.other_text)[:80]!r}")  # fmt: skip
            extra += sum(not any(_finds(f, e) for e in key.divergences) for f in counted)
            units += len(pivot.units)
    for kind in ("omission", "addition"):
        print(f"- {kind}: recall {hits[kind] / max(tries[kind], 1):.3f} "
              f"({hits[kind]} of {tries[kind]})")  # fmt: skip
    print(f"- other flags on the variants: {100 * extra / max(units, 1):.2f} per 100 units")


def _finds(flag: Divergence, entry) -> bool:  # noqa: ANN001
    """A flag of the injection's type on its unit; spans overlap where both sides have one."""
    if flag.type != entry.type:
        return False
    if entry.type == "omission":
        return flag.pivot_unit == entry.pivot_unit
    if flag.other_unit != entry.other_unit:
        return False
    span, wanted = flag.other_span, entry.other_span
    return span is None or wanted is None or (span[0] < wanted[1] and wanted[0] < span[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("table", "corpus", "evaluate"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FLORES-200 folder")
    parser.add_argument("--langs", default=",".join(x for x in EU_LANGUAGES if x != "de"))
    parser.add_argument("--seeds", type=int, default=2, help="injected variants per language")
    parser.add_argument("--seed", type=int, default=1, help="base of the injection seeds")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: all)")
    args = parser.parse_args(argv)
    langs = args.langs.split(",")
    shared_encoder(args.threads)
    if args.command == "table":
        if not args.data.is_dir():
            print(f"FLORES-200 data not found at {args.data}: pass --data", file=sys.stderr)
            return 2
        return table(args.data)
    if args.command == "corpus":
        return corpus(langs)
    return evaluate(langs, args.seeds, args.seed)


if __name__ == "__main__":
    sys.exit(main())
