"""``eucompare align SRC TGT --src-lang de --tgt-lang fr``: align two language versions.

Two modes:

- document mode (default): both files are segmented into labelled units (as ``eucompare
  segment`` does) and aligned with :func:`compare.align.align_documents`; every unit,
  title, procedure, opening and footnotes included, is in exactly one bead.
- ``--presegmented``: both files hold one sentence per line; the lines are aligned by
  content alone with :func:`compare.align.align_texts`. Indices are 0-based line numbers of
  the file; blank lines are not aligned (a warning says which).

Output formats: ``beads`` (vecalign's ``[3, 4]:[5]:0.912``, the default with
``--presegmented``), ``jsonl`` (one object per bead, the default for documents) and ``tsv``
(a table for people). Warnings go to standard error.

Example:
    $ python -m compare align de.txt fr.txt --src-lang de --tgt-lang fr --presegmented
    [0]:[0]:0.981
    [1, 2]:[1]:0.874
    [3]:[]:0.912
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compare.errors import InputError
from compare.types import Bead, Document, Unit

#: Output formats of the subcommand.
OUTPUT_FORMATS: tuple[str, ...] = ("beads", "jsonl", "tsv")
#: Characters of each side's text shown in a ``tsv`` row (the width of a terminal line
#: shared by two texts, chosen for reading, not measured).
TSV_TEXT_CHARS = 80
#: Decimals of the confidence in ``beads`` and ``tsv`` output (vecalign prints three).
SCORE_DECIMALS = 3
#: A language code as the CLI accepts it in pre-segmented mode (ISO 639-1 or 639-3).
_LANG_CODE = re.compile(r"[a-z]{2,3}")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``align`` subcommand."""
    parser = subparsers.add_parser(
        "align",
        help="align two language versions unit by unit (or sentence by sentence)",
        description=(
            "Align two language versions of a document. By default both files are segmented "
            "into labelled units (citations, recitals, paragraphs, footnotes) and every unit "
            "ends up in exactly one bead. With --presegmented both files hold one sentence "
            "per line and the lines are aligned by content alone."
        ),
    )
    parser.add_argument("pivot", metavar="SRC", help="the pivot version (e.g. the German)")
    parser.add_argument("other", metavar="TGT", help="the version to align with it")
    parser.add_argument("--src-lang", required=True, help="language of SRC, e.g. de")
    parser.add_argument("--tgt-lang", required=True, help="language of TGT, e.g. fr")
    parser.add_argument(
        "--presegmented",
        action="store_true",
        help="both files hold one sentence per line: align lines, do not segment",
    )
    parser.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default=None,
        help="output format (default: beads with --presegmented, jsonl otherwise)",
    )
    parser.add_argument(
        "--model", default=None, help="model name or folder (default: the embedded model)"
    )
    parser.add_argument("--no-cache", action="store_true", help="do not use the vector cache")
    parser.add_argument(
        "--no-language-check",
        action="store_true",
        help="document mode: skip the language detection of the segmenter",
    )
    parser.set_defaults(func=run)
    return parser


@dataclass(frozen=True)
class Side:
    """One side of an alignment as the output shows it.

    Attributes:
        labels: the label of each aligned item (``par:12``; ``line:N``, 1-based, for lines).
        texts: the full text of each aligned item.
        positions: the index printed for each item: its position in ``segment``'s output, or
            its 0-based line number in the file.
    """

    labels: tuple[str, ...]
    texts: tuple[str, ...]
    positions: tuple[int, ...]

    @classmethod
    def from_document(cls, document: Document) -> Side:
        """Every unit of a segmented document, in ``segment``'s order."""
        units = document.units
        return cls(
            tuple(u.label for u in units), tuple(u.text for u in units), tuple(range(len(units)))
        )

    @classmethod
    def from_lines(cls, lines: Sequence[str]) -> Side:
        """The non-blank lines of a file, keeping their line numbers."""
        kept = [k for k, line in enumerate(lines) if line.strip()]
        return cls(tuple(f"line:{k + 1}" for k in kept), tuple(lines[k] for k in kept), tuple(kept))


def run(args: argparse.Namespace) -> int:
    """Align ``args.pivot`` with ``args.other`` and print the beads; warnings to stderr."""
    fmt = args.format or ("beads" if args.presegmented else "jsonl")
    encoder = load_encoder(args.model, cache=not args.no_cache)
    if args.presegmented:
        pivot, other, beads, warnings = align_line_files(
            args.pivot, args.other, _lang_code(args.src_lang), _lang_code(args.tgt_lang), encoder
        )
    else:
        pivot, other, beads, warnings = align_document_files(
            args.pivot,
            args.other,
            args.src_lang,
            args.tgt_lang,
            encoder,
            check_language=not args.no_language_check,
        )
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    sys.stdout.write("".join(f"{line}\n" for line in render(fmt, beads, pivot, other)))
    return 0


def load_encoder(model: str | None, cache: bool = True):  # noqa: ANN201 - an Encoder
    """The encoder named by ``--model`` (the embedded model when ``None``)."""
    from compare.encode import get_encoder
    from compare.encode.spec import DEFAULT_MODEL

    return get_encoder(model or DEFAULT_MODEL, cache=cache)


def align_line_files(
    pivot_path: str | Path,
    other_path: str | Path,
    pivot_lang: str,
    other_lang: str,
    encoder: Any,
) -> tuple[Side, Side, list[Bead], list[str]]:
    """Align two one-sentence-per-line files with :func:`compare.align.align_texts`.

    Returns:
        The two sides, the beads (indices into the sides' items) and warnings.
    """
    from compare.align import align_texts
    from compare.align.units import alignment_warnings

    sides = (Side.from_lines(read_lines(pivot_path)), Side.from_lines(read_lines(other_path)))
    beads = align_texts(sides[0].texts, sides[1].texts, encoder)
    docs = [
        lines_document(side.texts, lang, str(path))
        for side, lang, path in zip(sides, (pivot_lang, other_lang), (pivot_path, other_path))
    ]
    warnings = _blank_line_warnings(sides, (pivot_path, other_path))
    warnings += alignment_warnings(docs[0], docs[1], beads)
    return sides[0], sides[1], beads, warnings


def align_document_files(
    pivot_path: str | Path,
    other_path: str | Path,
    pivot_lang: str,
    other_lang: str,
    encoder: Any,
    check_language: bool = True,
) -> tuple[Side, Side, list[Bead], list[str]]:
    """Segment two files and align them with :func:`compare.align.align_documents`.

    Returns:
        The two sides (every unit), the beads, and the segmenter's and aligner's warnings.
    """
    from compare.align import align_documents
    from compare.segment import segment_path

    pivot = segment_path(pivot_path, pivot_lang, check_language=check_language)
    other = segment_path(other_path, other_lang, check_language=check_language)
    alignment = align_documents(pivot, other, encoder)
    warnings = [
        f"{doc.source or path}: {warning}"
        for doc, path in ((pivot, pivot_path), (other, other_path))
        for warning in doc.warnings
    ]
    warnings += list(alignment.warnings)
    return Side.from_document(pivot), Side.from_document(other), list(alignment.beads), warnings


def read_lines(path: str | Path) -> list[str]:
    """Every line of a UTF-8 file (blank ones included, so that indices are line numbers)."""
    path = Path(path)
    if not path.is_file():
        what = "is not a file" if path.exists() else "does not exist"
        raise InputError(f"{path} {what}: give a text file with one sentence per line")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not UTF-8 (byte {exc.start}); save it as UTF-8 and try again"
        ) from None
    return text.splitlines()


def lines_document(lines: Sequence[str], lang: str, source: str = "") -> Document:
    """A document of one unit per line (kind ``other``, labels ``line:1``, ``line:2``...)."""
    units: list[Unit] = []
    start = 0
    for k, line in enumerate(lines):
        end = start + len(line)
        units.append(Unit(f"line:{k + 1}", "other", "", line, start, end, start, end))
        start = end + len(Document.UNIT_SEPARATOR)
    text = Document.UNIT_SEPARATOR.join(lines)
    return Document(source, lang, tuple(units), text, source)


def render(fmt: str, beads: Sequence[Bead], pivot: Side, other: Side) -> list[str]:
    """The output lines of ``fmt`` (one of :data:`OUTPUT_FORMATS`)."""
    if fmt == "beads":
        return [bead_line(b, pivot, other) for b in beads]
    if fmt == "jsonl":
        return [json.dumps(bead_record(b, pivot, other), ensure_ascii=False) for b in beads]
    if fmt == "tsv":
        return ["pivot\tother\tscore\tpivot_text\tother_text"] + [
            tsv_row(b, pivot, other) for b in beads
        ]
    raise InputError(f"unknown output format {fmt!r}: use one of {', '.join(OUTPUT_FORMATS)}")


def bead_line(bead: Bead, pivot: Side, other: Side) -> str:
    """vecalign's bead line: ``[3, 4]:[5]:0.912`` (an empty side is ``[]``)."""
    left = [pivot.positions[i] for i in bead.pivot]
    right = [other.positions[j] for j in bead.other]
    return f"{left}:{right}:{bead.score:.{SCORE_DECIMALS}f}"


def bead_record(bead: Bead, pivot: Side, other: Side) -> dict[str, Any]:
    """The JSON record of one bead: labels, positions, full texts and the confidence."""
    return {
        "pivot": [pivot.labels[i] for i in bead.pivot],
        "other": [other.labels[j] for j in bead.other],
        "pivot_idx": [pivot.positions[i] for i in bead.pivot],
        "other_idx": [other.positions[j] for j in bead.other],
        "pivot_text": [pivot.texts[i] for i in bead.pivot],
        "other_text": [other.texts[j] for j in bead.other],
        "score": bead.score,
    }


def tsv_row(bead: Bead, pivot: Side, other: Side) -> str:
    """One table row: labels of each side, the confidence, the start of each side's text."""
    cells = [
        ",".join(pivot.labels[i] for i in bead.pivot) or "-",
        ",".join(other.labels[j] for j in bead.other) or "-",
        f"{bead.score:.{SCORE_DECIMALS}f}",
        shorten(" ".join(pivot.texts[i] for i in bead.pivot)),
        shorten(" ".join(other.texts[j] for j in bead.other)),
    ]
    return "\t".join(cells)


def shorten(text: str, limit: int = TSV_TEXT_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary, with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _lang_code(code: str) -> str:
    value = (code or "").strip().lower()
    if not _LANG_CODE.fullmatch(value):
        raise InputError(f"{code!r} is not a language code: give an ISO code such as de or fr")
    return value


def _blank_line_warnings(sides: Sequence[Side], paths: Sequence[str | Path]) -> list[str]:
    out = []
    for side, path in zip(sides, paths):
        total = side.positions[-1] + 1 if side.positions else 0
        blank = total - len(side.positions)
        if blank:
            out.append(
                f"{path}: {blank} blank line(s) before the last sentence are not aligned "
                "(indices still count them as lines)"
            )
    return out
