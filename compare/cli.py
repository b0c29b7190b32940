"""Command line: ``eucompare`` / ``python -m compare``.

A thin shell: each subcommand lives in the stage's own ``command`` module, which exposes
``add_parser(subparsers)`` registering its arguments and a ``func`` that only calls library
code. Errors the library raises on purpose are printed as one line, with exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from compare import __version__
from compare.errors import CompareError

#: Subcommand modules, in the order they appear in ``--help``.
COMMANDS: tuple[str, ...] = (
    "compare.segment.command",
    "compare.encode.command",
    "compare.align.command",
    "compare.checks.command",
    "compare.report.command",
    "compare.fetch.command",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eucompare",
        description="Compare the official language versions of EU documents.",
    )
    parser.add_argument("--version", action="version", version=f"eucompare {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # stage not present in this build
            raise
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    try:
        return int(args.func(args) or 0)
    except CompareError as exc:
        print(f"eucompare {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
