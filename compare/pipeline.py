"""The whole pipeline in one call: segment -> align -> check -> report.

Example:
    >>> from compare.pipeline import load_folder, compare_folder
    >>> doc = load_folder("corpora/ep-ta-9-2022-0012")            # doctest: +SKIP
    >>> report = compare_folder(doc, langs=["en", "fr"])           # doctest: +SKIP
    >>> len(report.results)                                        # doctest: +SKIP
    2
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from compare import __version__
from compare.errors import InputError
from compare.types import EU_LANGUAGES, Document, LanguageResult, Report, Signature

log = logging.getLogger(__name__)

#: Progress callback: (stage, done, total).
Progress = Callable[[str, int, int], None]

#: File suffixes a document folder may hold, in order of preference per language.
SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")


@dataclass(frozen=True)
class DocumentFolder:
    """A document folder of the corpus layout: one file per language, drafts/ beside."""

    doc_id: str
    folder: Path
    pivot: str
    files: dict[str, Path]
    drafts: dict[str, Path] = field(default_factory=dict)
    metadata: dict[str, object] = field(default_factory=dict)

    def langs(self) -> list[str]:
        return [lang for lang in EU_LANGUAGES if lang in self.files and lang != self.pivot]


def load_folder(folder: str | Path, pivot: str = "de") -> DocumentFolder:
    """Find the language files of a document folder (``<lang>.<suffix>``)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder; give a document folder such as corpora/X")
    metadata = {}
    meta_path = folder / "metadata.json"
    if meta_path.is_file():
        try:
            metadata = json.loads(meta_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{meta_path} is not valid JSON ({exc}); fix or remove it") from None
    files = _language_files(folder)
    if pivot not in files:
        raise InputError(
            f"no {pivot} file in {folder}: expected {pivot}.txt (or .html, .docx, .pdf)"
        )
    drafts = _language_files(folder / "drafts") if (folder / "drafts").is_dir() else {}
    doc_id = str(metadata.get("doc_id") or folder.name)
    return DocumentFolder(doc_id, folder, pivot, files, drafts, metadata)


def _language_files(folder: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for suffix in reversed(SUFFIXES):
        for path in folder.glob(f"*{suffix}"):
            if path.stem in EU_LANGUAGES:
                found[path.stem] = path
    return dict(sorted(found.items()))


def segment_file(path: Path, lang: str, doc_id: str) -> Document:
    from compare.segment import segment_path

    return segment_path(path, lang, doc_id=doc_id)


def compare_documents(
    pivot: Document,
    others: Sequence[Document],
    encoder: object | None = None,
    checks: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> Report:
    """Align the pivot with each version and run the checks; returns the report."""
    from compare.align import align_documents
    from compare.checks.base import CheckContext, run_checks, token_encoder
    from compare.encode import get_encoder

    encoder = encoder or get_encoder()
    tick = progress or (lambda stage, done, total: None)
    pivot_vectors = encoder.embed([u.text for u in pivot.units])
    ctx = CheckContext(encoder=encoder, pivot_lang=pivot.lang)
    names = list(checks) if checks is not None else None
    results: list[LanguageResult] = []
    for k, doc in enumerate(others):
        tick(f"aligning and checking {doc.lang}", k, len(others))
        alignment = align_documents(pivot, doc, encoder, pivot_vectors)
        results.append(LanguageResult(alignment, run_checks(alignment, ctx, names)))
    tick("consensus", len(others), len(others))
    results = across_versions(results, token_encoder(ctx), checks=names)
    return Report(
        doc_id=pivot.doc_id,
        pivot=pivot,
        results=tuple(results),
        signature=signature(encoder),
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def across_versions(
    results: Sequence[LanguageResult],
    encoder: object,
    langs: Collection[str] | None = None,
    checks: Collection[str] | None = None,
) -> list[LanguageResult]:
    """The versions as witnesses of each other: the fact flags go to the outlier version
    (:mod:`compare.checks.consensus`), the omissions and additions are weighed by the
    versions that have the passage (:mod:`compare.checks.gap_consensus`), and the passages
    only the other versions show missing or added are flagged
    (:mod:`compare.checks.gap_witnesses`).

    ``langs`` limits the omission and addition review and search to those versions (the
    others still vote); ``checks`` names the checks that were run (default: all), so that
    only their flag types are searched; ``encoder`` must give token vectors (the word
    aligner's).
    """
    from compare.checks.consensus import apply_consensus
    from compare.checks.gap_consensus import GAP_TYPES, LinkMemo, apply_gap_consensus
    from compare.checks.gap_witnesses import find_witnessed_gaps

    links = LinkMemo(encoder) if encoder is not None else None  # type: ignore[arg-type]
    revised = apply_consensus(list(results), encoder)  # type: ignore[arg-type]
    revised = apply_gap_consensus(revised, encoder, langs, links)  # type: ignore[arg-type]
    types = GAP_TYPES if checks is None else [t for t in GAP_TYPES if t in checks]
    return find_witnessed_gaps(revised, encoder, langs, types, links)  # type: ignore[arg-type]


def signature(encoder: object) -> Signature:
    """Tool version, model and every check threshold that shaped a result (those of the
    cross-version steps under the flag types they revise)."""
    from compare.checks import consensus, gap_consensus, gap_witnesses, load_builtin_checks
    from compare.checks.base import CHECKS

    load_builtin_checks()
    found: dict[str, float] = {}
    sources = [(name, sys.modules[cls.__module__]) for name, cls in CHECKS.items()]
    sources += [(name, consensus) for name in consensus.CONSENSUS_TYPES if name in CHECKS]
    sources += [(name, gap_consensus) for name in gap_consensus.GAP_TYPES if name in CHECKS]
    sources += [(name, gap_witnesses) for name in gap_consensus.GAP_TYPES if name in CHECKS]
    for name, module in sources:
        for attr, value in sorted(vars(module).items()):
            if attr.isupper() and isinstance(value, int | float) and not isinstance(value, bool):
                found.setdefault(f"{name}.{attr}", float(value))
    return Signature(__version__, getattr(encoder, "signature", "none"), tuple(found.items()))


def compare_folder(
    doc: DocumentFolder,
    langs: Sequence[str] | None = None,
    drafts: bool = False,
    encoder: object | None = None,
    checks: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> Report:
    """Compare the pivot of a document folder with its language files (or its drafts)."""
    pool = doc.drafts if drafts else doc.files
    default = [lang for lang in EU_LANGUAGES if lang in pool] if drafts else doc.langs()
    wanted = [lang for lang in (langs or default) if lang != doc.pivot]
    missing = [lang for lang in wanted if lang not in pool]
    if missing:
        where = "drafts/" if drafts else ""
        raise InputError(f"{doc.folder}/{where} has no file for {', '.join(missing)}")
    tick = progress or (lambda stage, done, total: None)
    pivot = segment_file(doc.files[doc.pivot], doc.pivot, doc.doc_id)
    others = []
    for k, lang in enumerate(wanted):
        tick(f"segmenting {lang}", k, len(wanted))
        others.append(segment_file(pool[lang], lang, doc.doc_id))
    return compare_documents(pivot, others, encoder, checks, progress)
