"""Streamlit caches: the model once per process, each report once per distinct input.

Reports are cached with ``st.cache_data`` keyed by the SHA-256 of every input file, the
languages, drafts or not, the model and the library's code (:func:`code_version`), so a
second visit (or a second reviewer) gets the result at once. They persist on disk
(Streamlit's ``~/.streamlit/cache``), so a restarted server does not recompute them; a
change to any module of ``compare`` changes the key. The model is a ``st.cache_resource``:
one copy per server process.

Progress is drawn inside the cached functions, in a placeholder that is emptied when the
work ends: on a cache hit Streamlit replays those elements, and an emptied placeholder
replays as nothing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import streamlit as st

from compare import __version__
from compare.encode.spec import DEFAULT_MODEL
from compare.errors import InputError
from compare.pipeline import Progress, compare_folder, load_folder
from compare.report import write_all
from compare.types import Report
from compare.ui.decisions import DecisionStore
from compare.ui.sources import Upload, UploadPlan, compare_uploads, read_upload

#: Reports kept per server process: a full 23-language report pickles to about 1.6 MB.
MAX_REPORTS = 16
#: Export files offered for download: name -> (MIME type); written by compare.report.
EXPORTS: dict[str, str] = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "jsonl": "application/jsonl",
    "tmx": "application/x-tmx+xml",
    "html": "text/html",
}


@functools.cache
def code_version() -> str:
    """A hash of the ``compare`` package's source: part of every report's cache key."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key_of(*parts: object) -> str:
    """A short, stable key for a combination of inputs."""
    text = "\x1f".join(repr(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def check_model(model: str) -> str:
    """The model name to load, or an :class:`InputError` for a folder that does not exist."""
    name = (model or "").strip() or DEFAULT_MODEL
    looks_local = name.startswith((".", "/", "~")) or "\\" in name or name.count("/") > 1
    if looks_local and not Path(name).expanduser().is_dir():
        raise InputError(
            f"model folder {name} does not exist: give a Hugging Face model folder on this "
            f"computer, or {DEFAULT_MODEL} for the embedded model"
        )
    return name


@st.cache_resource(show_spinner=False, max_entries=2)
def load_encoder(model: str):  # noqa: ANN201 - compare.encode.encoder.Encoder
    """The encoder for ``model`` with the on-disk vector cache, once per process."""
    from compare.encode import get_encoder

    return get_encoder(model)


@st.cache_resource(show_spinner=False, max_entries=4, validate=lambda store: store.path.exists())
def open_store(folder: str) -> DecisionStore:
    """The decision store of ``folder``, opened (and its schema created) once per process.

    Raises:
        InputError: the folder or its database cannot be used (not cached: retried next run).
    """
    return DecisionStore(folder)


@contextlib.contextmanager
def progress_panel(label: str) -> Iterator[Progress]:
    """A status box with a progress bar, fed by the pipeline's progress callback.

    Yields:
        The callback ``(stage, done, total)``; the box disappears when the block ends.
    """
    slot = st.empty()
    with slot.container():
        status = st.status(label, expanded=True)
        bar = status.progress(0.0, text="starting")

    def tick(stage: str, done: int, total: int) -> None:
        fraction = min(max(done / total, 0.0), 1.0) if total else 1.0
        bar.progress(fraction, text=f"{stage} ({min(done + 1, total)} of {total})")

    try:
        yield tick
    finally:
        slot.empty()


@st.cache_data(show_spinner=False, max_entries=MAX_REPORTS, persist="disk")
def folder_report(
    folder: str,
    digests: tuple[str, ...],
    langs: tuple[str, ...],
    drafts: bool,
    model: str,
    code: str,
    _encoder_factory: Callable[[], object],
) -> Report:
    """Compare a document folder's German file with ``langs``.

    ``digests`` (``lang:sha256`` of each file read) and ``code`` (:func:`code_version`) are
    only cache keys: a changed file or library gives another key, hence a fresh comparison.
    """
    what = "drafts" if drafts else "versions"
    with progress_panel(f"Comparing {len(langs)} {what} with the German") as tick:
        tick(f"loading the model {model}", 0, 1)
        encoder = _encoder_factory()
        doc = load_folder(folder)
        return compare_folder(doc, list(langs), drafts, encoder=encoder, progress=tick)


@st.cache_data(show_spinner=False, max_entries=MAX_REPORTS, persist="disk")
def upload_report(
    key: tuple[str, ...],
    model: str,
    code: str,
    _plan: UploadPlan,
    _encoder_factory: Callable[[], object],
) -> Report:
    """Compare uploaded files (cached on ``key``, the SHA-256 of each file and its language)."""
    with progress_panel(f"Comparing {len(_plan.others)} uploaded versions") as tick:
        tick(f"loading the model {model}", 0, 1)
        return compare_uploads(_plan, _encoder_factory(), progress=tick)


@st.cache_data(show_spinner="Reading the file...", max_entries=64)
def cached_upload(name: str, data: bytes) -> Upload:
    """:func:`compare.ui.sources.read_upload`, once per file content."""
    return read_upload(name, data)


@st.cache_data(show_spinner="Writing the export files...", max_entries=8)
def export_files(
    report_key: str, decisions: tuple[tuple[str, str, str], ...], _report: Report
) -> dict[str, tuple[str, bytes]]:
    """Every export of :data:`EXPORTS` as (file name, bytes), with the decisions.

    Args:
        report_key: identifies ``_report`` (the report itself is not hashed).
        decisions: (flag id, decision, comment) triples, sorted.
        _report: the report.
    """
    chosen = {flag: (decision, comment) for flag, decision, comment in decisions}
    with tempfile.TemporaryDirectory(prefix="eucompare-export-") as tmp:
        paths = write_all(_report, tmp, chosen, names=list(EXPORTS))
        return {name: (path.name, path.read_bytes()) for name, path in paths.items()}
