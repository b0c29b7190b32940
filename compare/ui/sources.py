"""Where the dashboard's report comes from: a corpus folder, uploaded files, or a test hook.

Pure functions (no Streamlit): find the corpus folders, hash their files, read and identify
uploaded files, check that a set of uploads can be compared, and run the pipeline on them.

The environment variable :data:`REPORT_HOOK_ENV` (``module:function``) replaces the
pipeline by a function returning a ready :class:`~compare.types.Report`; the dashboard's
tests use it to run offline in a fraction of a second.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from compare.errors import CompareError, InputError
from compare.pipeline import DocumentFolder, Progress
from compare.segment.langid import LANGUAGE_NAMES, UNDETERMINED
from compare.types import RawText, Report

log = logging.getLogger(__name__)

#: ``module:function`` of a function ``(drafts: bool) -> Report`` used instead of the
#: pipeline (tests, demonstrations); unset in normal use.
REPORT_HOOK_ENV = "EUCOMPARE_UI_REPORT"
#: The folder of document folders, beside the package in a checkout.
CORPORA = Path(__file__).resolve().parents[2] / "corpora"
#: The document opened first.
DEFAULT_DOCUMENT = "ep-ta-9-2022-0012"
#: The pivot language of every comparison.
PIVOT = "de"
#: File types the upload accepts (the readers of :mod:`compare.ingest`).
UPLOAD_TYPES: tuple[str, ...] = ("txt", "html", "htm", "pdf", "docx")
#: Characters of an uploaded text given to language identification: langid is reliable on
#: 300-character texts already (compare/segment/langid.py), a few thousand remove doubt.
DETECT_CHARS = 3000
#: Below this probability the detected language is shown as a guess to confirm; the same
#: value as :data:`compare.segment.langid.CONFIDENT` (98.7% of correct FLORES detections).
CONFIDENT = 0.8


def language_name(lang: str) -> str:
    """``"en — English"`` for menus."""
    return f"{lang} — {LANGUAGE_NAMES.get(lang, lang)}"


def digest(data: bytes) -> str:
    """SHA-256 of ``data``, hex."""
    return hashlib.sha256(data).hexdigest()


def corpus_folders(root: Path = CORPORA) -> list[Path]:
    """Document folders under ``root`` that hold a German file, default document first."""
    if not root.is_dir():
        return []
    found = [p for p in sorted(root.iterdir()) if p.is_dir() and any(p.glob(f"{PIVOT}.*"))]
    return sorted(found, key=lambda p: (p.name != DEFAULT_DOCUMENT, p.name))


def folder_digests(doc: DocumentFolder, langs: Sequence[str], drafts: bool) -> tuple[str, ...]:
    """``lang:sha256`` of the German file and of each compared file (the cache key)."""
    pool = doc.drafts if drafts else doc.files
    files = [(doc.pivot, doc.files[doc.pivot])] + [(lang, pool[lang]) for lang in langs]
    return tuple(f"{lang}:{digest(path.read_bytes())}" for lang, path in files)


def report_hook() -> Callable[[bool], Report] | None:
    """The function named by :data:`REPORT_HOOK_ENV`, or ``None`` when it is unset.

    Raises:
        CompareError: the variable does not name an importable function.
    """
    spec = os.environ.get(REPORT_HOOK_ENV, "").strip()
    if not spec:
        return None
    module, _, name = spec.partition(":")
    try:
        function = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError, ValueError) as exc:
        raise CompareError(
            f"{REPORT_HOOK_ENV}={spec!r} does not name a function ({exc}): give "
            "'package.module:function', or unset it to run the pipeline"
        ) from None
    if not callable(function):
        raise CompareError(f"{REPORT_HOOK_ENV}={spec!r} is not callable")
    return function


def hooked_report(hook: Callable[[bool], Report], drafts: bool) -> Report:
    """Call the hook and check that it gave a report."""
    report = hook(drafts)
    if not isinstance(report, Report):
        raise CompareError(
            f"{REPORT_HOOK_ENV} returned {type(report).__name__}, not a compare.types.Report"
        )
    return report


def subset(report: Report, langs: Sequence[str]) -> Report:
    """The report restricted to ``langs`` (in report order)."""
    wanted = set(langs)
    return replace(report, results=tuple(r for r in report.results if r.lang in wanted))


@dataclass(frozen=True)
class Upload:
    """An uploaded file, read and identified.

    Attributes:
        name: the file name.
        digest: SHA-256 of its bytes.
        raw: the text read from it, ``None`` when it cannot be read.
        error: why it cannot be used ("" when it can).
        detected: the language found by :mod:`compare.segment.langid` ("und" if unknown).
        confidence: the probability of ``detected``.
    """

    name: str
    digest: str
    raw: RawText | None = None
    error: str = ""
    detected: str = UNDETERMINED
    confidence: float = 0.0

    @property
    def usable(self) -> bool:
        return self.raw is not None and not self.error


def read_upload(name: str, data: bytes) -> Upload:
    """Read an uploaded file and identify its language; failures end up in ``error``."""
    from compare.ingest import read_bytes

    key = digest(data)
    try:
        raw = read_bytes(data, name)
    except CompareError as exc:
        return Upload(name, key, error=str(exc))
    if not raw.text.strip():
        return Upload(name, key, error=f"{name} contains no text: upload the document itself")
    lang, confidence = _detect(raw.text[:DETECT_CHARS])
    return Upload(name, key, raw, "", lang, confidence)


def _detect(text: str) -> tuple[str, float]:
    from compare.segment.langid import detect_language

    try:
        return detect_language(text)
    except CompareError as exc:
        log.warning("language identification unavailable: %s", exc)
        return UNDETERMINED, 0.0


@dataclass(frozen=True)
class UploadPlan:
    """Uploads with their confirmed languages, checked for a comparison.

    Attributes:
        pivot: the German upload, ``None`` when there is none.
        others: (language, upload) of every other version, in EU language order.
        errors: what prevents the comparison, each with how to fix it.
        warnings: what looks wrong but does not prevent it.
    """

    pivot: Upload | None
    others: tuple[tuple[str, Upload], ...]
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ready(self) -> bool:
        return self.pivot is not None and bool(self.others) and not self.errors

    def key(self) -> tuple[str, ...]:
        """``lang:sha256`` of every file (the cache key of the comparison)."""
        files = ([(PIVOT, self.pivot)] if self.pivot else []) + list(self.others)
        return tuple(f"{lang}:{upload.digest}" for lang, upload in files)


def plan_uploads(uploads: Sequence[Upload], langs: Sequence[str]) -> UploadPlan:
    """Check uploads whose languages the user confirmed (``langs[i]`` for ``uploads[i]``)."""
    errors = [f"{u.error} (or remove the file from the list)" for u in uploads if u.error]
    warnings = [_mismatch(u, lang) for u, lang in zip(uploads, langs) if u.usable]
    by_lang: dict[str, list[Upload]] = {}
    for upload, lang in zip(uploads, langs):
        if upload.usable:
            by_lang.setdefault(lang, []).append(upload)
    for lang, group in by_lang.items():
        if len(group) > 1:
            names = ", ".join(u.name for u in group)
            errors.append(
                f"{names} are all marked {language_name(lang)}: keep one file per language "
                "or correct the language of the others"
            )
    pivot = by_lang.get(PIVOT, [None])[0]
    if uploads and pivot is None and not errors:
        errors.append(_no_pivot(uploads, langs))
    others = tuple((lang, group[0]) for lang, group in sorted(by_lang.items()) if lang != PIVOT)
    if pivot is not None and not others and not errors:
        errors.append("only the German version was uploaded: add at least one other language")
    return UploadPlan(pivot, others, tuple(errors), tuple(w for w in warnings if w))


def _no_pivot(uploads: Sequence[Upload], langs: Sequence[str]) -> str:
    found = ", ".join(f"{u.name} ({lang})" for u, lang in zip(uploads, langs) if u.usable)
    return (
        f"none of the uploaded files is German ({found}): the German version is the pivot "
        "every other version is compared with; upload it too, or correct a file's language"
    )


def _mismatch(upload: Upload, lang: str) -> str:
    if upload.detected in (lang, UNDETERMINED) or upload.confidence < CONFIDENT:
        return ""
    return (
        f"{upload.name} is marked {language_name(lang)} but reads as "
        f"{language_name(upload.detected)} (confidence {upload.confidence:.2f}): check the "
        "language chosen for it"
    )


def compare_uploads(plan: UploadPlan, encoder: object, progress: Progress | None = None) -> Report:
    """Segment the uploads and compare each version with the German.

    Raises:
        InputError: the plan is not ready (see :attr:`UploadPlan.errors`).
    """
    from compare.pipeline import compare_documents
    from compare.segment import segment

    if not plan.ready or plan.pivot is None or plan.pivot.raw is None:
        raise InputError("; ".join(plan.errors) or "upload a German file and at least one other")
    doc_id = f"upload-{plan.pivot.digest[:8]}"
    tick = progress or (lambda stage, done, total: None)
    pivot = segment(plan.pivot.raw, PIVOT, doc_id)
    others = []
    for k, (lang, upload) in enumerate(plan.others):
        tick(f"segmenting {lang}", k, len(plan.others))
        if upload.raw is None:
            raise InputError(f"{upload.name} could not be read: remove it or upload it again")
        others.append(segment(upload.raw, lang, doc_id))
    return compare_documents(pivot, others, encoder, progress=progress)
