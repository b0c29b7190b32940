"""Corpus-level summary of a batch run: ``summary.csv`` and ``summary.json``.

A batch run (:mod:`compare.batch`) compares many documents; this module keeps one
:class:`DocumentSummary` per document (its status and, per compared language, the number of
units and flags by severity and type) and writes them side by side:

* ``summary.csv``: one row per document x language (one row with an empty ``lang`` for a
  document that failed or had no language to compare), columns :data:`CSV_COLUMNS`,
  UTF-8 with a byte order mark like ``flags.csv``;
* ``summary.json``: the run's settings, every document with its per-language counts, and
  totals by status, by severity and by language.

Both files are written atomically, so a reader (or an interrupted run) always finds a
complete summary of the documents finished so far.

Example:
    >>> doc = DocumentSummary("doc-1", "doc-1", "done", 3,
    ...                       (LanguageCounts("en", 3, 1, (("error", 1),), (("number", 1),)),))
    >>> summary_rows([doc])[0]["flags_error"]
    1
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from compare.report.atomic import atomic_write
from compare.report.base import count_by
from compare.types import Divergence, Report

logger = logging.getLogger(__name__)

#: File names written into the output folder of a batch run.
SUMMARY_CSV = "summary.csv"
SUMMARY_JSON = "summary.json"
#: Document statuses: compared in this run, unchanged since an earlier run, or failed.
STATUSES: tuple[str, ...] = ("done", "skipped", "failed")
#: Statuses of documents whose outputs are complete.
FINISHED: tuple[str, ...] = ("done", "skipped")
#: Columns of ``summary.csv``, in file order; severities most serious first.
CSV_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "folder",
    "status",
    "lang",
    "pivot_units",
    "units",
    "flags",
    *(f"flags_{s}" for s in reversed(Divergence.SEVERITIES)),
    "note",
)


@dataclass(frozen=True)
class LanguageCounts:
    """Units and flags of one language version of one document.

    Attributes:
        lang: the compared language.
        units: its number of units.
        flags: its number of flags.
        severity: flags per severity, as (severity, count) pairs.
        types: flags per check type, as (type, count) pairs.
    """

    lang: str
    units: int
    flags: int
    severity: tuple[tuple[str, int], ...] = ()
    types: tuple[tuple[str, int], ...] = ()

    def by_severity(self, severity: str) -> int:
        """Number of flags of ``severity`` (0 when none)."""
        return dict(self.severity).get(severity, 0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "units": self.units,
            "flags": self.flags,
            "severity": dict(self.severity),
            "type": dict(self.types),
        }


@dataclass(frozen=True)
class DocumentSummary:
    """What a batch run did with one document.

    Attributes:
        doc_id: the document's identifier (its output folder's name).
        folder: the document folder, relative to the batch root (``"."`` for the root).
        status: one of :data:`STATUSES`.
        pivot_units: number of units of the pivot version (0 when it failed).
        langs: counts per compared language, in comparison order.
        missing: requested languages the document has no file for.
        seconds: time spent comparing and writing it (0 for a skipped document).
        note: why it failed, or ``""``.
    """

    doc_id: str
    folder: str
    status: str
    pivot_units: int = 0
    langs: tuple[LanguageCounts, ...] = ()
    missing: tuple[str, ...] = ()
    seconds: float = 0.0
    note: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {self.status!r}")

    @property
    def finished(self) -> bool:
        """Whether the document's outputs are complete (done now or earlier)."""
        return self.status in FINISHED

    def flags(self) -> int:
        return sum(c.flags for c in self.langs)

    def with_status(self, status: str, seconds: float | None = None) -> DocumentSummary:
        """A copy with another status (and time)."""
        return replace(self, status=status, seconds=self.seconds if seconds is None else seconds)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form stored in ``summary.json`` and in a document's ``run.json``."""
        return {
            "doc_id": self.doc_id,
            "folder": self.folder,
            "status": self.status,
            "pivot_units": self.pivot_units,
            "flags": self.flags(),
            "langs": {c.lang: c.as_dict() for c in self.langs},
            "missing": list(self.missing),
            "seconds": round(self.seconds, 3),
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentSummary:
        """Read back :meth:`as_dict`.

        Raises:
            ValueError: a field is missing or has the wrong type.
        """
        try:
            langs = tuple(
                LanguageCounts(
                    str(lang),
                    int(c["units"]),
                    int(c["flags"]),
                    tuple((str(k), int(v)) for k, v in c["severity"].items()),
                    tuple((str(k), int(v)) for k, v in c["type"].items()),
                )
                for lang, c in data["langs"].items()
            )
            return cls(
                doc_id=str(data["doc_id"]),
                folder=str(data["folder"]),
                status=str(data["status"]),
                pivot_units=int(data["pivot_units"]),
                langs=langs,
                missing=tuple(str(x) for x in data["missing"]),
                seconds=float(data["seconds"]),
                note=str(data["note"]),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not a document summary: {exc!r}") from None


def summarise_report(
    report: Report, folder: str, seconds: float = 0.0, missing: Sequence[str] = ()
) -> DocumentSummary:
    """The summary of a document compared in this run (status ``done``)."""
    counts = tuple(
        LanguageCounts(
            lang=r.lang,
            units=len(r.alignment.other.units),
            flags=len(r.divergences),
            severity=tuple(count_by(r.divergences, "severity").items()),
            types=tuple(count_by(r.divergences, "type").items()),
        )
        for r in report.results
    )
    return DocumentSummary(
        doc_id=report.doc_id,
        folder=folder,
        status="done",
        pivot_units=len(report.pivot.units),
        langs=counts,
        missing=tuple(missing),
        seconds=seconds,
    )


def summary_rows(documents: Iterable[DocumentSummary]) -> list[dict[str, Any]]:
    """The rows of ``summary.csv``: one per document x language, keys :data:`CSV_COLUMNS`."""
    rows: list[dict[str, Any]] = []
    for doc in documents:
        base = {"doc_id": doc.doc_id, "folder": doc.folder, "status": doc.status}
        note = doc.note or (f"no file for {', '.join(doc.missing)}" if doc.missing else "")
        if not doc.langs:
            rows.append({**dict.fromkeys(CSV_COLUMNS, ""), **base, "note": note})
            continue
        for counts in doc.langs:
            row = {**base, "lang": counts.lang, "pivot_units": doc.pivot_units}
            row.update(units=counts.units, flags=counts.flags, note=note)
            for severity in Divergence.SEVERITIES:
                row[f"flags_{severity}"] = counts.by_severity(severity)
            rows.append(row)
    return rows


def summary_dict(
    documents: Sequence[DocumentSummary], settings: Mapping[str, Any], complete: bool
) -> dict[str, Any]:
    """The content of ``summary.json``.

    Args:
        documents: the documents dealt with so far, in run order.
        settings: what the run was asked to do (pivot, languages, model, checks, ...).
        complete: False while the run is going on or when it was interrupted.
    """
    return {
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "complete": complete,
        "settings": dict(settings),
        "totals": _totals(documents),
        "documents": [doc.as_dict() for doc in documents],
    }


def _totals(documents: Sequence[DocumentSummary]) -> dict[str, Any]:
    status = Counter(doc.status for doc in documents)
    severity: Counter[str] = Counter()
    by_lang: dict[str, list[LanguageCounts]] = {}
    for doc in documents:
        for counts in doc.langs:
            severity.update(dict(counts.severity))
            by_lang.setdefault(counts.lang, []).append(counts)
    return {
        "documents": len(documents),
        "status": {s: status[s] for s in STATUSES if status[s]},
        "flags": sum(doc.flags() for doc in documents),
        "severity": _severity_order(severity),
        "langs": {lang: _language_totals(by_lang[lang]) for lang in sorted(by_lang)},
    }


def _language_totals(counts: Sequence[LanguageCounts]) -> dict[str, Any]:
    severity: Counter[str] = Counter()
    for c in counts:
        severity.update(dict(c.severity))
    return {
        "documents": len(counts),
        "flags": sum(c.flags for c in counts),
        "severity": _severity_order(severity),
    }


def _severity_order(counts: Counter[str]) -> dict[str, int]:
    known = [s for s in Divergence.SEVERITIES if counts[s]]
    return {s: counts[s] for s in known + sorted(set(counts) - set(known))}


def write_summary(
    out_dir: str | Path,
    documents: Sequence[DocumentSummary],
    settings: Mapping[str, Any],
    complete: bool,
) -> tuple[Path, Path]:
    """Write ``summary.csv`` and ``summary.json`` into ``out_dir``, each atomically.

    Returns:
        The paths of the CSV and the JSON file.
    """
    folder = Path(out_dir)
    csv_path, json_path = folder / SUMMARY_CSV, folder / SUMMARY_JSON
    with atomic_write(csv_path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)  # RFC 4180, like flags.csv
        writer.writeheader()
        writer.writerows(summary_rows(documents))
    payload = summary_dict(documents, settings, complete)
    with atomic_write(json_path, newline="\n") as handle:
        handle.write(json.dumps(payload, ensure_ascii=False, allow_nan=False, indent=1))
        handle.write("\n")
    logger.debug("summary of %d documents written to %s", len(documents), folder)
    return csv_path, json_path
