"""Batch runs: compare every language version of one document folder, or of a whole corpus.

A *document folder* holds the pivot file (``de.txt``, or ``.html``, ``.htm``, ``.docx``,
``.pdf``) and the other language files beside it (the layout of ``corpora/``, read by
:func:`compare.pipeline.load_folder`). A *corpus* is any folder with document folders below
it, at any depth. :func:`run_batch` compares each document's pivot with its language files
(or its ``drafts/``) and writes, for each document, everything
:func:`compare.report.write_all` writes into ``OUT/<doc_id>/``, plus ``run.json``; then a
corpus summary (``OUT/summary.csv``, ``OUT/summary.json``, :mod:`compare.report.summary`).

Resumable: ``run.json`` records the *input hash* of a document (SHA-256 over its input
files, the tool version, the model's identity, the checks and their thresholds, the
languages and the exporters). A document whose ``run.json`` holds the hash of the current
inputs and whose outputs are all present is skipped, unless ``force`` is set.

Safe to interrupt: a document's files are written into a hidden temporary folder that
takes the place of ``OUT/<doc_id>/`` only once complete, ``run.json`` included
(:func:`compare.report.atomic_dir`), so an interrupted run leaves either the previous
complete output of a document or none, never half of one; the summary is rewritten
atomically after every document.

Parallel: with ``workers > 1`` documents are compared in worker processes
(:class:`concurrent.futures.ProcessPoolExecutor`, ``spawn`` start method), each loading its
own encoder once; the vector cache (SQLite, WAL) is shared between them.

Example:
    >>> from compare.batch import BatchOptions, run_batch
    >>> result = run_batch("corpora", "out", BatchOptions(langs=("en", "fr")))  # doctest: +SKIP
    >>> result.count("done"), result.count("skipped")  # doctest: +SKIP
    (1, 0)
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import multiprocessing
import os
import queue
import shutil
import signal
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from compare import __version__
from compare.encode.spec import DEFAULT_MODEL
from compare.errors import CompareError, InputError
from compare.pipeline import SUFFIXES, DocumentFolder, compare_folder, load_folder
from compare.report import EXPORTERS, atomic_dir, write_all
from compare.report.atomic import TEMP_SUFFIX, write_text
from compare.report.summary import DocumentSummary, summarise_report, write_summary
from compare.types import EU_LANGUAGES, Report

log = logging.getLogger(__name__)

#: Per-document record of a finished comparison, written last into ``OUT/<doc_id>/``.
RUN_FILE = "run.json"
#: Format version of ``run.json``; part of the input hash, so a new format redoes the work.
RUN_FORMAT = 1
#: Seconds the main process waits for worker news before looking again (progress latency).
POLL_SECONDS = 0.2
#: Seconds running workers get to stop at their next language after Ctrl-C before they are
#: terminated (one language of the 63-unit bundled resolution takes about 2 s on 2 cores).
CANCEL_GRACE_SECONDS = 5.0
#: Bytes read at a time when hashing input files.
HASH_CHUNK = 1 << 20

#: Builds an encoder in each process that compares documents: (model, torch threads).
EncoderFactory = Callable[[str, int | None], Any]


class Cancelled(Exception):
    """Raised inside a worker when the run was interrupted: the document is left undone."""


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped a batch run; :attr:`result` holds what was finished before it.

    A subclass of :class:`KeyboardInterrupt`, so code that does not know about batches
    still sees an interruption.
    """

    def __init__(self, result: BatchResult) -> None:
        super().__init__(f"interrupted after {result.finished} of {result.planned} documents")
        self.result = result


@dataclass(frozen=True)
class BatchOptions:
    """What a batch run compares and how.

    Attributes:
        pivot: the language every version is compared with.
        langs: the languages to compare (default: every language file of each document).
        drafts: compare the files of ``drafts/`` instead of the language files.
        checks: the checks to run (default: every registered check).
        model: the encoder (a name of :data:`compare.encode.ENCODERS`, a model folder or a
            Hugging Face id).
        workers: documents compared at the same time, each in its own process.
        force: compare again documents whose outputs are up to date.
    """

    pivot: str = "de"
    langs: tuple[str, ...] | None = None
    drafts: bool = False
    checks: tuple[str, ...] | None = None
    model: str = DEFAULT_MODEL
    workers: int = 1
    force: bool = False

    def validate(self) -> BatchOptions:
        """Check the options; returns them with languages and checks normalised.

        Raises:
            InputError: an unknown language or check, or fewer than one worker.
        """
        if self.pivot not in EU_LANGUAGES:
            raise InputError(f"unknown pivot language {self.pivot!r}: use one of {_codes()}")
        langs = None
        if self.langs is not None:
            unknown = [x for x in self.langs if x not in EU_LANGUAGES]
            if unknown:
                raise InputError(f"unknown language code(s) {unknown}: use {_codes()}")
            langs = tuple(x for x in dict.fromkeys(self.langs) if x != self.pivot)
            if not langs:
                raise InputError("no language to compare: give --langs other than the pivot")
        if self.workers < 1:
            raise InputError(f"workers must be 1 or more, not {self.workers}")
        checks = None if self.checks is None else _known_checks(self.checks)
        return replace(self, langs=langs, checks=checks)

    def check_names(self) -> tuple[str, ...]:
        """The checks that will run, in registry order when all of them do."""
        return self.checks if self.checks is not None else _known_checks(None)


def _codes() -> str:
    return ", ".join(EU_LANGUAGES)


def _known_checks(names: Iterable[str] | None) -> tuple[str, ...]:
    from compare.checks import load_builtin_checks
    from compare.checks.base import CHECKS

    load_builtin_checks()
    if names is None:
        return tuple(CHECKS)
    chosen = tuple(dict.fromkeys(names))
    unknown = [n for n in chosen if n not in CHECKS]
    if unknown:
        raise InputError(f"unknown check(s) {unknown}: choose from {', '.join(CHECKS)}")
    return chosen


@dataclass(frozen=True)
class DocumentJob:
    """One document to compare, with everything decided before the work starts.

    Attributes:
        doc: the document folder.
        label: the folder relative to the batch root (``"."`` when the root is the document).
        langs: the languages to compare.
        missing: requested languages the document has no file for.
        out_dir: ``OUT/<doc_id>``.
        inputs: what the input hash covers (files with their SHA-256, version, model...).
        input_hash: SHA-256 of ``inputs`` as canonical JSON.
    """

    doc: DocumentFolder
    label: str
    langs: tuple[str, ...]
    missing: tuple[str, ...]
    out_dir: Path
    inputs: dict[str, Any]
    input_hash: str

    @property
    def doc_id(self) -> str:
        return self.doc.doc_id


@dataclass(frozen=True)
class BatchProgress:
    """Where a batch run stands: documents and (document, language) pairs done.

    ``doc_id`` and ``status`` name the document that has just ended (``status`` empty for
    an update in the middle of a document).
    """

    docs_done: int
    docs_total: int
    pairs_done: int
    pairs_total: int
    doc_id: str = ""
    status: str = ""


#: Receives progress updates; called in the main process only.
ProgressCallback = Callable[[BatchProgress], None]


@dataclass(frozen=True)
class BatchResult:
    """The outcome of a batch run.

    Attributes:
        out_dir: the output folder.
        documents: one summary per document dealt with, in corpus order.
        planned: number of documents found.
        complete: False when the run was interrupted.
    """

    out_dir: Path
    documents: tuple[DocumentSummary, ...]
    planned: int
    complete: bool = True

    def count(self, status: str) -> int:
        """Number of documents with ``status`` (``done``, ``skipped`` or ``failed``)."""
        return sum(1 for d in self.documents if d.status == status)

    @property
    def finished(self) -> int:
        """Documents whose outputs are complete (done now or earlier)."""
        return sum(1 for d in self.documents if d.finished)

    def failed(self) -> tuple[DocumentSummary, ...]:
        return tuple(d for d in self.documents if d.status == "failed")


# -- finding and planning ---------------------------------------------------------------


def is_document_folder(folder: Path, pivot: str = "de") -> bool:
    """Whether ``folder`` holds a pivot file (``<pivot>.txt``, ``.html``, ...)."""
    return any((folder / f"{pivot}{suffix}").is_file() for suffix in SUFFIXES)


def find_documents(
    root: str | Path, pivot: str = "de", exclude: str | Path | None = None
) -> list[Path]:
    """The document folders of a batch: ``root`` itself, or every one below it.

    Hidden folders, ``exclude`` (the output folder) and the folders inside a document
    folder (its ``drafts/``, ``review/``) are not searched. A symbolic link to a document
    folder counts as one; other linked folders are not followed.

    Args:
        root: a document folder or a corpus folder.
        pivot: the pivot language, whose file makes a document folder.
        exclude: a folder to leave out.

    Returns:
        The document folders, sorted by path.

    Raises:
        InputError: ``root`` is not a folder, or no document folder is found.
    """
    root = Path(root)
    if not root.is_dir():
        raise InputError(
            f"{root} is not a folder: give a document folder (holding {pivot}.txt) or a "
            "corpus folder with document folders below it"
        )
    if is_document_folder(root, pivot):
        return [root]
    skip = Path(exclude).resolve() if exclude is not None else None
    found: list[Path] = []
    for current, dirnames, _ in os.walk(root):
        searched: list[str] = []
        for name in sorted(dirnames):
            path = Path(current) / name
            if name.startswith(".") or path.resolve() == skip:
                continue
            if is_document_folder(path, pivot):
                found.append(path)  # a linked document folder counts; links are not searched
            else:
                searched.append(name)
        dirnames[:] = searched
    if not found:
        raise InputError(
            f"no document folder in {root}: a document folder holds {pivot}.txt "
            f"(or {', '.join(pivot + s for s in SUFFIXES[1:])}); use --pivot for another pivot"
        )
    return sorted(found)


def model_identity(model: str) -> str:
    """What identifies the model's vectors, without loading it.

    The embedded model: its name and the SHA-256 of its build manifest (which lists the
    checksum of every model file and the prefix), building it first if needed. A local
    model folder: its name with the names and sizes of its files. Anything else (a Hugging
    Face id): the id.
    """
    from compare.encode import ENCODERS

    if model in ENCODERS:
        from compare.encode.build import ensure_built

        manifest = ensure_built(DEFAULT_MODEL) / "manifest.json"
        return f"{DEFAULT_MODEL}:{_sha256_file(manifest)[:16]}"
    folder = Path(model)
    if folder.is_dir():
        files = sorted((p.name, p.stat().st_size) for p in folder.iterdir() if p.is_file())
        listing = json.dumps(files, separators=(",", ":")).encode("utf-8")
        return f"folder:{folder.name}:{hashlib.sha256(listing).hexdigest()[:16]}"
    return f"hub:{model}"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def run_settings(options: BatchOptions, model_id: str) -> dict[str, Any]:
    """The settings shared by every document of a run: part of each input hash.

    Thresholds are those of the checks that run (``<check>.<CONSTANT>`` in the report
    signature), so that retuning a check that is not run does not redo the documents.
    """
    from compare.pipeline import signature

    checks = options.check_names()
    thresholds = {
        name: value for name, value in signature(None).thresholds if name.split(".", 1)[0] in checks
    }
    return {
        "format": RUN_FORMAT,
        "version": __version__,
        "model": model_id,
        "pivot": options.pivot,
        "drafts": options.drafts,
        "checks": list(checks),
        "thresholds": thresholds,
        "exporters": sorted(EXPORTERS),
    }


def input_hash(inputs: dict[str, Any]) -> str:
    """SHA-256 of the inputs of one document, as canonical JSON."""
    payload = json.dumps(inputs, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def plan_document(
    folder: Path, root: Path, out_dir: Path, options: BatchOptions, settings: dict[str, Any]
) -> DocumentJob:
    """Decide what to compare in one document folder and hash its inputs.

    Raises:
        InputError: the folder has no usable files, an unusable ``doc_id``, or its output
            folder would overlap the document folder.
    """
    doc = load_folder(folder, options.pivot)
    _check_doc_id(doc)
    pool = doc.drafts if options.drafts else doc.files
    available = [x for x in EU_LANGUAGES if x in pool and x != options.pivot]
    wanted = options.langs if options.langs is not None else tuple(available)
    langs = tuple(x for x in wanted if x in pool)
    missing = tuple(x for x in wanted if x not in pool)
    if not langs:
        where = f"{folder}/drafts" if options.drafts else str(folder)
        asked = f" among {', '.join(wanted)}" if wanted else ""
        raise InputError(f"{where} has no language file to compare with {options.pivot}{asked}")
    if missing:
        log.warning("%s has no file for %s: compared without", doc.doc_id, ", ".join(missing))
    target = out_dir / doc.doc_id
    _check_no_overlap(target, folder)
    files = {options.pivot: doc.files[options.pivot], **{x: pool[x] for x in langs}}
    hashed = {_relative(path, folder): _sha256_file(path) for path in files.values()}
    if (folder / "metadata.json").is_file():
        hashed["metadata.json"] = _sha256_file(folder / "metadata.json")
    inputs = {**settings, "doc_id": doc.doc_id, "langs": list(langs), "files": hashed}
    return DocumentJob(
        doc=doc,
        label=_relative(folder, root),
        langs=langs,
        missing=missing,
        out_dir=target,
        inputs=inputs,
        input_hash=input_hash(inputs),
    )


def _relative(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix() or "."
    except ValueError:
        return path.as_posix()


def _check_doc_id(doc: DocumentFolder) -> None:
    name = doc.doc_id
    if not name or name.startswith(".") or "/" in name or "\\" in name:
        raise InputError(
            f"{doc.folder}: document id {name!r} cannot name an output folder; set a plain "
            "doc_id (no slashes, not starting with a dot) in its metadata.json"
        )


def _check_no_overlap(target: Path, folder: Path) -> None:
    out, src = target.resolve(), folder.resolve()
    if out == src or out in src.parents or src in out.parents:
        raise InputError(
            f"the output folder {target} would overwrite or sit inside the document folder "
            f"{folder}: choose an --out folder outside the documents, e.g. out/"
        )


# -- resuming ---------------------------------------------------------------------------


def finished_summary(job: DocumentJob) -> DocumentSummary | None:
    """The summary of a document finished earlier with the same inputs, or None.

    Finished means: ``OUT/<doc_id>/run.json`` holds the job's input hash and every
    exporter's output is present.
    """
    run_path = job.out_dir / RUN_FILE
    try:
        record = json.loads(run_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s unreadable (%s): %s will be compared again", run_path, exc, job.doc_id)
        return None
    if not isinstance(record, dict) or record.get("input_hash") != job.input_hash:
        return None
    if not all((job.out_dir / cls.filename).exists() for cls in EXPORTERS.values()):
        return None
    try:
        summary = DocumentSummary.from_dict(record["summary"])
    except (KeyError, ValueError):
        return None
    return replace(summary.with_status("skipped", 0.0), folder=job.label, missing=job.missing)


# -- one document -----------------------------------------------------------------------


def run_document(
    job: DocumentJob,
    encoder: Any,
    checks: Sequence[str] | None = None,
    drafts: bool = False,
    on_language: Callable[[int], None] | None = None,
) -> DocumentSummary:
    """Compare one document and write its outputs into ``job.out_dir``.

    The outputs of :func:`compare.report.write_all` and ``run.json`` are written into a
    temporary folder that replaces ``job.out_dir`` only when complete.

    Args:
        job: the planned document.
        encoder: the encoder to align with.
        checks: the checks to run (default: all).
        drafts: compare the files of ``drafts/``.
        on_language: called with the number of languages aligned so far; may raise
            :class:`Cancelled` to stop before the outputs are written.

    Returns:
        The document's summary (status ``done``).
    """
    start = time.perf_counter()
    report = compare_folder(
        job.doc,
        langs=job.langs,
        drafts=drafts,
        encoder=encoder,
        checks=checks,
        progress=_language_ticks(on_language),
    )
    with atomic_dir(job.out_dir) as tmp:
        write_all(report, tmp)
        summary = summarise_report(report, job.label, time.perf_counter() - start, job.missing)
        write_text(tmp / RUN_FILE, _run_record(job, report, summary))
    log.info("%s: %d languages compared in %.1f s", job.doc_id, len(job.langs), summary.seconds)
    return summary


def _language_ticks(on_language: Callable[[int], None] | None) -> Any:
    """A :data:`compare.pipeline.Progress` callback passing on languages aligned so far.

    compare_documents reports ("aligning and checking <lang>", k, n) before language k
    and ("consensus", n, n) at the end; the segmenting ticks before them are passed on as
    "0 aligned" so that a cancellation is noticed there too.
    """

    def tick(stage: str, done: int, total: int) -> None:
        if on_language is not None:
            aligned = done if stage.startswith("aligning") or stage == "consensus" else 0
            on_language(aligned)

    return tick


def _run_record(job: DocumentJob, report: Report, summary: DocumentSummary) -> str:
    record = {
        "doc_id": job.doc_id,
        "input_hash": job.input_hash,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "signature": report.signature.as_dict(),
        "inputs": job.inputs,
        "outputs": sorted(cls.filename for cls in EXPORTERS.values()),
        "summary": summary.as_dict(),
    }
    return json.dumps(record, ensure_ascii=False, allow_nan=False, indent=1) + "\n"


def _attempt(
    job: DocumentJob,
    encoder: Any,
    options: BatchOptions,
    on_language: Callable[[int], None] | None = None,
) -> DocumentSummary:
    """Run one document; a failure becomes a ``failed`` summary instead of an exception."""
    start = time.perf_counter()
    try:
        return run_document(job, encoder, options.checks, options.drafts, on_language)
    except Cancelled:
        raise
    except CompareError as exc:
        note = str(exc)
        log.error("%s failed: %s", job.doc_id, note)
    except Exception as exc:  # noqa: BLE001 - one broken document must not stop a corpus
        note = f"{type(exc).__name__}: {exc}"
        log.exception("%s failed with an unexpected error", job.doc_id)
    return DocumentSummary(
        job.doc_id,
        job.label,
        "failed",
        missing=job.missing,
        seconds=time.perf_counter() - start,
        note=note,
    )


def load_encoder(model: str, threads: int | None = None) -> Any:
    """The default :data:`EncoderFactory`: :func:`compare.encode.get_encoder` with its cache."""
    from compare.encode import get_encoder

    return get_encoder(model, threads=threads)


# -- the run ----------------------------------------------------------------------------


class _Tracker:
    """Collects document summaries in corpus order, reports progress, keeps the summary."""

    def __init__(
        self,
        out_dir: Path,
        pairs: Sequence[int],
        settings: dict[str, Any],
        progress: ProgressCallback | None,
    ) -> None:
        self.out_dir = out_dir
        self.slots: list[DocumentSummary | None] = [None] * len(pairs)
        self.pairs = list(pairs)
        self.partial = [0] * len(pairs)
        self.settings = settings
        self.progress = progress

    def documents(self) -> tuple[DocumentSummary, ...]:
        return tuple(s for s in self.slots if s is not None)

    def language(self, index: int, aligned: int) -> None:
        if aligned > self.partial[index]:
            self.partial[index] = min(aligned, self.pairs[index])
            self._report()

    def finish(self, index: int, summary: DocumentSummary, write: bool = True) -> None:
        self.slots[index] = summary
        self.partial[index] = self.pairs[index]
        if write:
            self.write(complete=False)
        self._report(summary.doc_id, summary.status)

    def write(self, complete: bool) -> None:
        write_summary(self.out_dir, self.documents(), self.settings, complete)

    def result(self, complete: bool) -> BatchResult:
        return BatchResult(self.out_dir, self.documents(), len(self.slots), complete)

    def _report(self, doc_id: str = "", status: str = "") -> None:
        if self.progress is None:
            return
        done = sum(1 for s in self.slots if s is not None)
        self.progress(
            BatchProgress(done, len(self.slots), sum(self.partial), sum(self.pairs), doc_id, status)
        )


def run_batch(
    root: str | Path,
    out_dir: str | Path,
    options: BatchOptions | None = None,
    progress: ProgressCallback | None = None,
    encoder_factory: EncoderFactory | None = None,
) -> BatchResult:
    """Compare every document folder of ``root`` and write reports and a summary.

    Args:
        root: a document folder, or a corpus folder with document folders below it.
        out_dir: where ``<doc_id>/`` folders, ``summary.csv`` and ``summary.json`` go.
        options: what to compare (:class:`BatchOptions`).
        progress: called in this process after every language and every document.
        encoder_factory: builds the encoder, once per process that compares documents
            (default: :func:`load_encoder`); must be picklable (a module-level function)
            when ``options.workers > 1``.

    Returns:
        The summaries of all documents, done, skipped or failed.

    Raises:
        InputError: bad options, ``root`` is not a folder or holds no document folder, two
            documents share a doc_id, the output folder overlaps a document; when ``root``
            is itself a document folder, anything that keeps it from being compared.
        BatchInterrupted: Ctrl-C; finished documents and the summary are kept.
        CompareError: a worker process died.

    Example:
        >>> result = run_batch("corpora/ep-ta-9-2022-0012", "out",
        ...                    BatchOptions(langs=("en",)))  # doctest: +SKIP
        >>> (Path("out") / "ep-ta-9-2022-0012" / "report.json").is_file()  # doctest: +SKIP
        True
    """
    options = (options or BatchOptions()).validate()
    root, out = Path(root), Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file: give a folder for the outputs with --out")
    folders = find_documents(root, options.pivot, exclude=out)
    settings = run_settings(options, model_identity(options.model))
    jobs, failures = _plan(folders, root, out, options, settings)
    tracker = _Tracker(
        out,
        [len(job.langs) if job else 0 for job in jobs],
        _public_settings(settings, options),
        progress,
    )
    todo = _sort_out(jobs, failures, tracker, options.force)
    out.mkdir(parents=True, exist_ok=True)
    tracker.write(complete=False)
    try:
        _run_jobs(todo, options, tracker, encoder_factory or load_encoder)
    except BaseException as exc:
        tracker.write(complete=False)
        if isinstance(exc, KeyboardInterrupt):
            raise BatchInterrupted(tracker.result(complete=False)) from None
        raise
    tracker.write(complete=True)
    result = tracker.result(complete=True)
    log.info(
        "%d documents: %d done, %d skipped, %d failed",
        result.planned,
        result.count("done"),
        result.count("skipped"),
        result.count("failed"),
    )
    return result


def _plan(
    folders: Sequence[Path],
    root: Path,
    out: Path,
    options: BatchOptions,
    settings: dict[str, Any],
) -> tuple[list[DocumentJob | None], dict[int, DocumentSummary]]:
    """Plan every folder; in a corpus, a folder that cannot be planned becomes a failure."""
    single = len(folders) == 1 and folders[0] == root
    jobs: list[DocumentJob | None] = []
    failures: dict[int, DocumentSummary] = {}
    for index, folder in enumerate(folders):
        try:
            jobs.append(plan_document(folder, root, out, options, settings))
        except (InputError, OSError) as exc:  # OSError: a file that cannot be read
            if single:
                raise
            log.error("%s cannot be compared: %s", folder, exc)
            label = _relative(folder, root)
            failures[index] = DocumentSummary(folder.name, label, "failed", note=str(exc))
            jobs.append(None)
    _check_unique(jobs)
    return jobs, failures


def _check_unique(jobs: Sequence[DocumentJob | None]) -> None:
    seen: dict[str, str] = {}
    for job in jobs:
        if job is None:
            continue
        if job.doc_id in seen:
            raise InputError(
                f"two document folders have the doc_id {job.doc_id!r} ({seen[job.doc_id]} and "
                f"{job.label}); their outputs would overwrite each other: give each a distinct "
                "doc_id in metadata.json"
            )
        seen[job.doc_id] = job.label


def _public_settings(settings: dict[str, Any], options: BatchOptions) -> dict[str, Any]:
    shown = {k: v for k, v in settings.items() if k not in ("thresholds", "exporters")}
    return {**shown, "langs": list(options.langs) if options.langs else "all"}


def _sort_out(
    jobs: Sequence[DocumentJob | None],
    failures: dict[int, DocumentSummary],
    tracker: _Tracker,
    force: bool,
) -> list[tuple[int, DocumentJob]]:
    """Record failures and up-to-date documents; return the jobs left to do."""
    todo: list[tuple[int, DocumentJob]] = []
    for index, job in enumerate(jobs):
        if job is None:
            tracker.finish(index, failures[index], write=False)
            continue
        earlier = None if force else finished_summary(job)
        if earlier is not None:
            log.info("%s unchanged since the last run: skipped", job.doc_id)
            tracker.finish(index, earlier, write=False)
        else:
            todo.append((index, job))
    return todo


def _run_jobs(
    todo: list[tuple[int, DocumentJob]],
    options: BatchOptions,
    tracker: _Tracker,
    encoder_factory: EncoderFactory,
) -> None:
    if not todo:
        return
    workers = min(options.workers, len(todo))
    if workers == 1:
        _run_serial(todo, options, tracker, encoder_factory)
    else:
        _run_parallel(todo, options, tracker, encoder_factory, workers)


def _run_serial(
    todo: list[tuple[int, DocumentJob]],
    options: BatchOptions,
    tracker: _Tracker,
    encoder_factory: EncoderFactory,
) -> None:
    encoder = encoder_factory(options.model, None)
    for index, job in todo:
        summary = _attempt(job, encoder, options, lambda n, i=index: tracker.language(i, n))
        tracker.finish(index, summary)


# -- worker processes -------------------------------------------------------------------

#: State of a worker process, set once by :func:`_init_worker`.
_WORKER: dict[str, Any] = {}


def _init_worker(
    options: BatchOptions,
    encoder_factory: EncoderFactory,
    threads: int,
    stop: Any,
    events: Any,
) -> None:
    """Initializer of a worker process: ignore Ctrl-C (the main process decides), load the
    encoder once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.update(
        options=options,
        encoder=encoder_factory(options.model, threads),
        stop=stop,
        events=events,
    )


def _work(index: int, job: DocumentJob) -> DocumentSummary:
    """Compare one document in a worker; raises :class:`Cancelled` once the run stops."""
    stop, events = _WORKER["stop"], _WORKER["events"]

    def on_language(aligned: int) -> None:
        if stop.is_set():
            raise Cancelled(job.doc_id)
        events.put((index, aligned))

    if stop.is_set():
        raise Cancelled(job.doc_id)
    return _attempt(job, _WORKER["encoder"], _WORKER["options"], on_language)


def _run_parallel(
    todo: list[tuple[int, DocumentJob]],
    options: BatchOptions,
    tracker: _Tracker,
    encoder_factory: EncoderFactory,
    workers: int,
) -> None:
    context = multiprocessing.get_context("spawn")  # no fork of a process holding torch threads
    stop, events = context.Event(), context.Queue()
    threads = max(1, (os.cpu_count() or 1) // workers)
    before = {p.pid for p in multiprocessing.active_children()}
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(options, encoder_factory, threads, stop, events),
    )
    futures: dict[Future[DocumentSummary], tuple[int, DocumentJob]] = {
        pool.submit(_work, index, job): (index, job) for index, job in todo
    }
    processes = [p for p in multiprocessing.active_children() if p.pid not in before]
    pending = set(futures)
    try:
        while pending:
            done, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            _drain(events, tracker)
            for future in done:
                tracker.finish(futures[future][0], _outcome(future))
    except BaseException:
        finished = _stop_workers(pool, pending, stop, processes)
        for future in finished:
            tracker.finish(futures[future][0], future.result(), write=False)
        _remove_temporaries(tracker.out_dir, [futures[f][1] for f in pending - finished])
        raise
    pool.shutdown(wait=True)


def _outcome(future: Future[DocumentSummary]) -> DocumentSummary:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise CompareError(
            f"a worker process died ({exc}); finished documents are kept: run the same "
            "command again to resume, with fewer --workers if memory ran out"
        ) from None


def _drain(events: Any, tracker: _Tracker) -> None:
    while True:
        try:
            index, aligned = events.get_nowait()
        except queue.Empty:
            return
        tracker.language(index, aligned)


def _stop_workers(
    pool: ProcessPoolExecutor,
    pending: set[Future[DocumentSummary]],
    stop: Any,
    processes: list[Any],
) -> set[Future[DocumentSummary]]:
    """Cancel queued documents, let running ones stop at their next language, then end the
    worker processes that are still busy.

    The pool cancels the queued futures itself (``cancel_futures``): a future cancelled
    from outside would be failed again by the pool when it notices the ended workers.

    Returns:
        The futures of the documents that were finished meanwhile (outputs complete).
    """
    stop.set()
    pool.shutdown(wait=False, cancel_futures=True)
    try:
        wait(pending, timeout=CANCEL_GRACE_SECONDS)
    except KeyboardInterrupt:  # a second Ctrl-C: stop waiting
        log.info("second interrupt: ending the workers now")
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=CANCEL_GRACE_SECONDS)
    pool.shutdown(wait=True)  # the workers are gone; releases the pool's queues now
    return {f for f in pending if f.done() and not f.cancelled() and f.exception() is None}


def _remove_temporaries(out_dir: Path, jobs: Iterable[DocumentJob]) -> None:
    """Remove the temporary folders that interrupted documents may have left behind."""
    for job in jobs:
        pattern = f".{glob.escape(job.doc_id)}.*{TEMP_SUFFIX}"
        for leftover in out_dir.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)
