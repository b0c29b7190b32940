"""``eucompare fetch TA-9-2022-0012 --langs all --out corpora/`` (or ``--celex 52022IP0012``).

Downloads the official language versions of a document from the European Parliament's
site or from EUR-Lex into ``<out>/<doc_id>/``; see :mod:`compare.fetch`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from compare.errors import InputError
from compare.fetch.client import Fetcher
from compare.fetch.document import fetch_document
from compare.fetch.sources import Source, celex_source, ep_source, parse_langs


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``fetch`` subcommand."""
    parser = subparsers.add_parser(
        "fetch",
        help="download the official language versions of a document (EP or EUR-Lex)",
        description=(
            "Download the language versions of a European Parliament document (e.g. "
            "TA-9-2022-0012) or of any document on EUR-Lex (--celex 52022IP0012) into "
            "OUT/<doc-id>/<lang>.html, with provenance in metadata.json. Needs internet, "
            "except for pages already in the cache."
        ),
    )
    parser.add_argument(
        "doc_id",
        nargs="?",
        metavar="DOC_ID",
        help="European Parliament reference: TA-9-2022-0012 or P9_TA(2022)0012",
    )
    parser.add_argument("--celex", help="fetch from EUR-Lex by CELEX number, e.g. 52022IP0012")
    parser.add_argument(
        "--langs", default="all", help="'all' (default) or a comma-separated list: de,en,fr"
    )
    parser.add_argument("--out", default="corpora", help="corpus folder (default: corpora)")
    parser.add_argument(
        "--cache-dir", default=None, help="page cache (default: ~/.cache/eucompare/fetch)"
    )
    parser.add_argument(
        "--refresh", action="store_true", help="download again even if a page is cached"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=Fetcher.TIMEOUT,
        help=f"seconds to wait for an answer (default: {Fetcher.TIMEOUT:g})",
    )
    parser.add_argument(
        "--no-text", action="store_true", help="do not write <lang>.txt from the pages"
    )
    parser.set_defaults(func=run)
    return parser


def source_from_args(args: argparse.Namespace) -> Source:
    """The document named on the command line (exactly one of DOC_ID and --celex)."""
    if args.doc_id and args.celex:
        raise InputError(
            "give either a European Parliament reference (DOC_ID) or --celex, not both"
        )
    if args.celex:
        return celex_source(args.celex)
    if args.doc_id:
        return ep_source(args.doc_id)
    raise InputError("name the document: a reference such as TA-9-2022-0012, or --celex NUMBER")


def run(args: argparse.Namespace) -> int:
    """Fetch, print progress to stderr and a summary to stdout."""
    source = source_from_args(args)
    langs = parse_langs(args.langs)
    fetcher = Fetcher(cache=args.cache_dir, refresh=args.refresh, timeout=args.timeout)
    result = fetch_document(
        source,
        args.out,
        langs,
        fetcher=fetcher,
        write_txt=not args.no_text,
        progress=lambda lang, what: print(f"{lang}: {what}", file=sys.stderr),
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{len(result.files)} language version(s) of {source.ref} saved in {result.folder}")
    if result.missing:
        print(f"not published in: {', '.join(result.missing)}")
    return 0
