"""Fetch every language version of one document into a corpus folder.

``<out>/<doc_id>/<lang>.html`` for each language version found (UTF-8; a page served in
another encoding is re-encoded and its ``<meta charset>`` rewritten), ``metadata.json``
with the provenance of each file under ``"files"`` (``source`` URL, ``fetched`` time,
``sha256`` of the saved file; keys already in the file are kept), and, when the segmenter
is available, ``<lang>.txt`` in the one-unit-per-line layout. A ``<lang>.txt`` this command
did not write (a curated or hand-made file) is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compare.errors import CompareError, InputError
from compare.fetch.charset import as_utf8, decode_page
from compare.fetch.client import Fetcher, utc_now
from compare.fetch.errors import FetchError, NotFoundError
from compare.fetch.sources import Source, parse_langs
from compare.report.atomic import write_bytes, write_text
from compare.types import EU_LANGUAGES, Document, Unit

logger = logging.getLogger(__name__)

METADATA = "metadata.json"
#: Called with (language, what happened) after each language, for progress display.
Progress = Callable[[str, str], None]


@dataclass(frozen=True)
class FetchedFile:
    """One saved language version."""

    lang: str
    path: Path
    source: str
    sha256: str
    fetched: str
    from_cache: bool
    encoding: str
    text_path: Path | None = None


@dataclass(frozen=True)
class FetchResult:
    """What :func:`fetch_document` did: files saved, languages missing (404), warnings."""

    doc_id: str
    folder: Path
    files: tuple[FetchedFile, ...] = ()
    missing: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())


def fetch_document(
    source: Source,
    out: str | Path,
    langs: Iterable[str] | None = None,
    fetcher: Fetcher | None = None,
    write_txt: bool = True,
    progress: Progress | None = None,
) -> FetchResult:
    """Download the language versions of ``source`` into ``out/<doc_id>/``.

    Args:
        source: the document (:func:`~compare.fetch.sources.ep_source`,
            :func:`~compare.fetch.sources.celex_source`).
        out: the corpus folder; the document's folder is created inside it.
        langs: language codes (default: the 24 official languages).
        fetcher: the HTTP client (default: a :class:`Fetcher` with the default cache).
        write_txt: also write ``<lang>.txt`` from the segmented page when
            :mod:`compare.segment` is available.
        progress: called after each language.

    Returns:
        The files saved and the languages that do not exist.

    Raises:
        InputError: an unknown language code.
        OfflineError: no network and no cached copy (the languages done so far are kept).
        FetchError: a page failed after retries; no language version exists at all;
            the folder's ``metadata.json`` is not a JSON object.

    Example:
        >>> result = fetch_document(ep_source("TA-9-2022-0012"), "corpora")  # doctest: +SKIP
        >>> result.missing  # doctest: +SKIP
        ()
    """
    folder = Path(out) / source.doc_id
    metadata = _load_metadata(folder / METADATA)
    fetcher = fetcher or Fetcher()
    wanted = _languages(langs)
    files: list[FetchedFile] = []
    missing: list[str] = []
    warnings: list[str] = []
    for lang in wanted:
        try:
            saved, notes = _fetch_one(source, lang, folder, fetcher, metadata)
        except NotFoundError as exc:
            logger.warning("%s: skipped: %s", lang, exc)
            missing.append(lang)
            _report(progress, lang, "no such language version (skipped)")
            continue
        files.append(saved)
        warnings += notes
        _record_fetch(metadata, source, wanted, missing)
        _save_metadata(folder / METADATA, metadata)
        _report(progress, lang, "saved" + (" (from the cache)" if saved.from_cache else ""))
    if not files:
        raise FetchError(
            f"none of the requested language versions of {source.ref} exists "
            f"({', '.join(missing)} answered 'not found'): check the document reference"
        )
    _record_fetch(metadata, source, wanted, missing)
    if write_txt:
        files, text_warnings = _write_texts(files, folder, metadata, source.doc_id)
        warnings += text_warnings
    _save_metadata(folder / METADATA, metadata)
    if missing:
        warnings.append(f"skipped, no such language version: {', '.join(missing)}")
    return FetchResult(source.doc_id, folder, tuple(files), tuple(missing), tuple(warnings))


def _languages(langs: Iterable[str] | None) -> tuple[str, ...]:
    if langs is None:
        return EU_LANGUAGES
    given = list(langs)
    if not given:
        raise InputError("no language asked for: give language codes, or None for all 24")
    return parse_langs(",".join(given))


def _fetch_one(
    source: Source, lang: str, folder: Path, fetcher: Fetcher, metadata: dict[str, Any]
) -> tuple[FetchedFile, list[str]]:
    url = source.url(lang)
    page = fetcher.get(url)
    decoded = decode_page(page.body, page.content_type, url)
    data = as_utf8(page.body, decoded)
    path = write_bytes(folder / f"{lang}.html", data)
    digest = hashlib.sha256(data).hexdigest()
    entry: dict[str, Any] = {
        "source": url,
        "fetched": page.fetched,
        "sha256": digest,
        "lang": lang,
        "bytes": len(data),
        "encoding": decoded.encoding,
    }
    if data != page.body:
        entry["source_sha256"] = hashlib.sha256(page.body).hexdigest()
    _files(metadata)[path.name] = entry
    saved = FetchedFile(lang, path, url, digest, page.fetched, page.from_cache, decoded.encoding)
    return saved, [f"{lang}: {note}" for note in decoded.notes]


def _write_texts(
    files: list[FetchedFile], folder: Path, metadata: dict[str, Any], doc_id: str
) -> tuple[list[FetchedFile], list[str]]:
    """Segment each saved page and write ``<lang>.txt`` where allowed."""
    try:
        from compare.segment import segment_path
    except ImportError:
        logger.info("compare.segment is not available: no .txt files written")
        return files, []
    done: list[FetchedFile] = []
    warnings: list[str] = []
    for saved in files:
        target = folder / f"{saved.lang}.txt"
        if not _may_overwrite(target, metadata):
            warnings.append(
                f"{saved.lang}: kept the existing {target.name}, which this command did not "
                "write; remove it to have it regenerated from the page"
            )
            done.append(saved)
            continue
        try:
            document = segment_path(saved.path, saved.lang, doc_id=doc_id)
        except CompareError as exc:
            warnings.append(f"{saved.lang}: no {target.name} written: {exc}")
            done.append(saved)
            continue
        warnings += [f"{saved.lang}: {w}" for w in document.warnings]
        done.append(_save_text(saved, target, document, metadata))
    return done, warnings


def _save_text(
    saved: FetchedFile, target: Path, document: Document, metadata: dict[str, Any]
) -> FetchedFile:
    text = "".join(f"{unit_line(u)}\n" for u in document.units)
    data = text.encode("utf-8")
    write_bytes(target, data)
    _files(metadata)[target.name] = {
        "derived_from": saved.path.name,
        "generated": utc_now(),
        "sha256": hashlib.sha256(data).hexdigest(),
        "units": len(document.units),
        "layout": "one-unit-per-line",
    }
    return FetchedFile(
        saved.lang, saved.path, saved.source, saved.sha256, saved.fetched, saved.from_cache,
        saved.encoding, target,
    )  # fmt: skip


def unit_line(unit: Unit) -> str:
    """A unit as one line of the one-unit-per-line layout.

    The printed label first ("A.", "12.", "–"), footnote calls put back as ``(N)`` where
    they were, a footnote's own text as ``(N) text``.

    Example:
        >>> from compare.types import FootnoteMarker
        >>> unit_line(Unit("cit:1", "citation", "–", "having regard to X, and Y", 0, 25, 0,
        ...                25, (), (FootnoteMarker(1, 18),)))
        '– having regard to X(1), and Y'
    """
    text = unit.text
    for marker in sorted(unit.footnote_markers, key=lambda m: m.position, reverse=True):
        text = f"{text[: marker.position]}({marker.number}){text[marker.position :]}"
    text = " ".join(text.split())
    if unit.kind == "footnote" and unit.label.startswith("fn:"):
        return f"({unit.label[3:]}) {text}"
    return f"{unit.printed_label} {text}" if unit.printed_label else text


def _may_overwrite(target: Path, metadata: dict[str, Any]) -> bool:
    """Whether ``target`` is absent or is an unchanged file this command wrote."""
    if not target.exists():
        return True
    entry = _files(metadata).get(target.name)
    if not isinstance(entry, dict) or "derived_from" not in entry:
        return False
    return hashlib.sha256(target.read_bytes()).hexdigest() == entry.get("sha256")


def _load_metadata(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FetchError(
            f"{path} exists but is not readable JSON ({exc}): fix or remove it, then fetch again"
        ) from None
    if not isinstance(data, dict):
        raise FetchError(f"{path} is not a JSON object: fix or remove it, then fetch again")
    return data


def _files(metadata: dict[str, Any]) -> dict[str, Any]:
    files = metadata.get("files")
    if not isinstance(files, dict):
        files = metadata["files"] = {}
    return files


def _record_fetch(
    metadata: dict[str, Any], source: Source, wanted: tuple[str, ...], missing: list[str]
) -> None:
    metadata.setdefault("doc_id", source.doc_id)
    metadata["fetch"] = {
        "site": "European Parliament" if source.kind == "ep" else "EUR-Lex",
        "reference": source.ref,
        "requested": list(wanted),
        "missing": list(missing),
    }


def _save_metadata(path: Path, metadata: dict[str, Any]) -> None:
    write_text(path, json.dumps(metadata, ensure_ascii=False, indent=2) + "\n")


def _report(progress: Progress | None, lang: str, message: str) -> None:
    if progress is not None:
        progress(lang, message)
