"""``eucompare run PATH --out OUT``: compare a document folder, or every one of a corpus.

``PATH`` is a document folder (``de.txt`` and the other language files beside it) or a
folder with document folders below it. Each document's reports go to ``OUT/<doc_id>/``, a
summary of all of them to ``OUT/summary.csv`` and ``OUT/summary.json``; see
:mod:`compare.batch`. Documents finished by an earlier run with the same inputs are
skipped (``--force`` compares them again); Ctrl-C stops cleanly with exit status 130.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from compare.encode.spec import DEFAULT_MODEL

#: Exit status when some documents failed (the others are written).
EXIT_FAILED = 1
#: Exit status after Ctrl-C (128 + SIGINT, the shell convention).
EXIT_INTERRUPTED = 130
#: Failed documents listed on stderr at the end of a run; the summary has them all.
FAILURES_SHOWN = 5


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``run`` subcommand."""
    parser = subparsers.add_parser(
        "run",
        help="compare a document folder, or every document folder of a corpus",
        description=(
            "Compare the pivot version of each document with its other language versions "
            "and write the reports into OUT/<doc_id>/, with a corpus summary in "
            "OUT/summary.csv and OUT/summary.json. Documents already done with the same "
            "inputs are skipped."
        ),
    )
    parser.add_argument(
        "path", metavar="PATH", help="a document folder, or a corpus folder of document folders"
    )
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--pivot", default="de", help="pivot language (default: de)")
    parser.add_argument(
        "--langs", default=None, help="comma-separated languages to compare (default: all)"
    )
    parser.add_argument(
        "--drafts", action="store_true", help="compare the files of drafts/ instead"
    )
    parser.add_argument(
        "--checks", default=None, help="comma-separated checks to run (default: all)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="documents compared in parallel, one process each (default: 1)",
    )
    parser.add_argument(
        "--force", action="store_true", help="compare again documents already up to date"
    )
    parser.add_argument(
        "--model", default=DEFAULT_MODEL, help=f"encoder (default: {DEFAULT_MODEL})"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)
    return parser


def options_from_args(args: argparse.Namespace) -> Any:
    """The :class:`compare.batch.BatchOptions` named on the command line."""
    from compare.batch import BatchOptions

    return BatchOptions(
        pivot=args.pivot,
        langs=_split(args.langs),
        drafts=args.drafts,
        checks=_split(args.checks),
        model=args.model,
        workers=args.workers,
        force=args.force,
    )


def _split(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(part.strip() for part in value.split(",") if part.strip())


def run(args: argparse.Namespace) -> int:
    """Run the batch with a progress bar; print a one-line outcome."""
    from tqdm.contrib.logging import logging_redirect_tqdm

    from compare.batch import BatchInterrupted, run_batch

    options = options_from_args(args)
    bar = _ProgressBar(disable=args.no_progress)
    try:
        with logging_redirect_tqdm():
            result = run_batch(args.path, args.out, options, progress=bar.update)
    except BatchInterrupted as exc:
        bar.close()
        done = exc.result
        print(
            f"eucompare run: interrupted; {done.finished} of {done.planned} documents "
            f"finished, summary in {done.out_dir}; run the same command to resume",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        bar.close()
    return _report(result)


def _report(result: Any) -> int:
    print(
        f"{result.planned} documents: {result.count('done')} compared, "
        f"{result.count('skipped')} unchanged, {result.count('failed')} failed; "
        f"summary in {result.out_dir}"
    )
    failed = result.failed()
    for doc in failed[:FAILURES_SHOWN]:
        print(f"failed: {doc.folder}: {doc.note}", file=sys.stderr)
    if len(failed) > FAILURES_SHOWN:
        print(f"... and {len(failed) - FAILURES_SHOWN} more (see summary.csv)", file=sys.stderr)
    return EXIT_FAILED if failed else 0


class _ProgressBar:
    """A tqdm bar over (document, language) pairs, created at the first update."""

    def __init__(self, disable: bool) -> None:
        self.disable = disable
        self.bar: Any = None

    def update(self, progress: Any) -> None:
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(
                total=progress.pairs_total, unit="lang", disable=self.disable, file=sys.stderr
            )
        self.bar.update(progress.pairs_done - self.bar.n)
        self.bar.set_postfix_str(f"{progress.docs_done}/{progress.docs_total} documents")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
