"""``eucompare segment FILE --lang LANG``: print a document's units as JSON lines or text."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from compare.ingest import READERS
from compare.segment.structure import segment_path
from compare.types import Document, Unit

#: Output formats of the subcommand.
OUTPUT_FORMATS: tuple[str, ...] = ("jsonl", "text")
#: Characters of a unit's text shown by ``--format text``.
PREVIEW_CHARS = 100


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``segment`` subcommand."""
    parser = subparsers.add_parser(
        "segment",
        help="split a document into labelled units (citations, recitals, paragraphs, ...)",
        description="Split one language version of an EU document into labelled units.",
    )
    parser.add_argument("file", metavar="FILE", help="the document (.txt, .html, .pdf, .docx)")
    parser.add_argument("--lang", required=True, help="its language, e.g. de, en, el")
    parser.add_argument("--doc-id", default="", help="an identifier stored with the document")
    parser.add_argument(
        "--format", choices=OUTPUT_FORMATS, default="jsonl", help="output format (jsonl)"
    )
    parser.add_argument(
        "--input-format",
        choices=tuple(READERS),
        default=None,
        help="force the input format instead of guessing it",
    )
    parser.add_argument(
        "--no-language-check", action="store_true", help="skip the language detection"
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Segment ``args.file`` and print it; warnings go to stderr."""
    document = segment_path(
        args.file,
        args.lang,
        doc_id=args.doc_id,
        fmt=args.input_format,
        check_language=not args.no_language_check,
    )
    for warning in document.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    lines = to_jsonl(document) if args.format == "jsonl" else to_listing(document)
    sys.stdout.write("".join(f"{line}\n" for line in lines))
    return 0


def unit_record(unit: Unit) -> dict[str, Any]:
    """The JSON record of one unit."""
    return {
        "label": unit.label,
        "kind": unit.kind,
        "printed_label": unit.printed_label,
        "text": unit.text,
        "start": unit.start,
        "end": unit.end,
        "source_start": unit.source_start,
        "source_end": unit.source_end,
        "sentences": [list(span) for span in unit.sentences],
        "footnote_markers": [
            {"number": m.number, "position": m.position} for m in unit.footnote_markers
        ],
    }


def to_jsonl(document: Document) -> list[str]:
    """One JSON object per unit."""
    return [json.dumps(unit_record(unit), ensure_ascii=False) for unit in document.units]


def to_listing(document: Document) -> list[str]:
    """A readable listing: label, printed label, the start of the text, footnote calls."""
    lines = []
    for unit in document.units:
        preview = unit.text[:PREVIEW_CHARS] + ("…" if len(unit.text) > PREVIEW_CHARS else "")
        calls = ", ".join(f"{m.number}@{m.position}" for m in unit.footnote_markers)
        line = f"{unit.label:<12} {unit.printed_label:<6} {preview}"
        lines.append(f"{line}  [footnotes {calls}]" if calls else line)
    return lines
