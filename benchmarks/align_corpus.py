"""The bundled corpus: clean versions align unit by unit; the drafts' structure is recovered.

1. ``corpora/ep-ta-9-2022-0012``: the German pivot against the 23 other language files
   with :func:`compare.align.align_many`. A clean translation should align 1-1 on every
   unit with the same label; any other bead is listed.
2. ``drafts/{en,fr,bg}.txt``: the structural errors of the answer keys
   (``drafts/*.key.json``, type ``structure``: a deleted recital, two merged paragraphs,
   a split paragraph) must come out as exactly those beads, and no other bead may be
   anything but 1-1.

Usage: python -m benchmarks.align_corpus
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from compare.align import align_documents, align_many
from compare.types import Alignment

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "ep-ta-9-2022-0012"
DRAFTS = ("en", "fr", "bg")
Labels = tuple[tuple[str, ...], tuple[str, ...]]


def labelled(alignment: Alignment) -> list[tuple[Labels, float]]:
    """Each bead as (pivot labels, other labels) with its confidence."""
    p, o = alignment.pivot.units, alignment.other.units
    return [
        ((tuple(p[i].label for i in b.pivot), tuple(o[j].label for j in b.other)), b.score)
        for b in alignment.beads
    ]


def non_identity(alignment: Alignment) -> list[str]:
    """Beads that are not 1-1 between units of the same label."""
    out = []
    for (left, right), score in labelled(alignment):
        if len(left) != 1 or len(right) != 1 or left != right:
            out.append(f"{','.join(left) or '-'}:{','.join(right) or '-'} ({score:.2f})")
    return out


def expected_structure(lang: str) -> list[Labels]:
    """The structural beads of a draft's answer key."""
    key = json.loads((CORPUS / "drafts" / f"{lang}.key.json").read_text(encoding="utf-8"))
    out = []
    for d in key["divergences"]:
        if d["type"] != "structure":
            continue
        pivot = d.get("pivot_units") or [d["pivot_unit"]]
        other = d.get("other_units") or ([d["other_unit"]] if d["other_unit"] else [])
        out.append((tuple(pivot), tuple(other)))
    return out


def clean_versions(encoder) -> bool:  # noqa: ANN001
    from compare.pipeline import load_folder, segment_file

    folder = load_folder(CORPUS)
    pivot = segment_file(folder.files["de"], "de", folder.doc_id)
    langs = folder.langs()
    others = [segment_file(folder.files[lang], lang, folder.doc_id) for lang in langs]
    start = time.perf_counter()
    alignments = align_many(pivot, others, encoder)
    seconds = time.perf_counter() - start
    print(f"clean versions: German ({len(pivot.units)} units) against {len(langs)} languages")
    print("| lang | units | beads | 1-1 same label | lowest confidence | other beads |")
    print("|---|---|---|---|---|---|")
    ok = True
    for lang, alignment in zip(langs, alignments):
        odd = non_identity(alignment)
        ok &= not odd
        same = len(alignment.beads) - len(odd)
        low = min(b.score for b in alignment.beads)
        listed = "; ".join(odd) or "none"
        print(f"| {lang} | {len(alignment.other.units)} | {len(alignment.beads)} | {same} | "
              f"{low:.3f} | {listed} |")  # fmt: skip
    print(f"{seconds:.1f} s for the 23 alignments (embedding through the vector cache)")
    return ok


def drafts(encoder) -> bool:  # noqa: ANN001
    from compare.segment import segment_path

    pivot = segment_path(CORPUS / "de.txt", "de", check_language=False)
    print("\n| draft | expected structural beads | recovered | other non-1-1 beads |")
    print("|---|---|---|---|")
    ok = True
    for lang in DRAFTS:
        other = segment_path(CORPUS / "drafts" / f"{lang}.txt", lang, check_language=False)
        found = [pair for pair, _ in labelled(align_documents(pivot, other, encoder))]
        expected = expected_structure(lang)
        hits = [e for e in expected if e in found]
        extra = [p for p in found if (len(p[0]) != 1 or len(p[1]) != 1) and p not in expected]
        ok &= len(hits) == len(expected) and not extra
        shown = "; ".join(f"{','.join(a)}:{','.join(b) or '-'}" for a, b in expected)
        others = "; ".join(f"{','.join(a) or '-'}:{','.join(b) or '-'}" for a, b in extra)
        print(f"| {lang} | {shown} | {len(hits)}/{len(expected)} | {others or 'none'} |")
    return ok


def main() -> int:
    from compare.encode import get_encoder

    encoder = get_encoder()
    ok = clean_versions(encoder)
    ok &= drafts(encoder)
    print("\nall as expected" if ok else "\nSOME ALIGNMENTS DIFFER FROM THE EXPECTED ONES")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
