"""Base class and registry of the exporters (one exporter per output file).

An exporter turns a :class:`~compare.types.Report` into one file (or folder). Exporters are
registered by name in :data:`EXPORTERS`; :func:`compare.report.write_all` runs every one of
them. All of them write atomically (:mod:`compare.report.atomic`), validate the report first
(:func:`validate_report`) and import their optional dependency (openpyxl, translate-toolkit,
datasets) only when used, failing then with the install hint.

This module also holds what several exporters share: the flat record of one flag
(:func:`flag_record`, columns :data:`FLAG_COLUMNS`) and the texts and labels of a bead.
"""

from __future__ import annotations

import importlib
import logging
import math
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

from compare.errors import CompareError
from compare.report.identity import flag_id
from compare.types import Alignment, Bead, Divergence, Document, Report

logger = logging.getLogger(__name__)

#: Exporters by name ("jsonl", "csv", "xlsx", "json", "tmx", "html", "parquet", "dataset").
EXPORTERS: dict[str, type[Exporter]] = {}

#: Review decisions: flag id (:func:`~compare.report.identity.flag_id`) -> (decision, comment).
Decisions = Mapping[str, tuple[str, str]]

#: Columns of a flag record, in file order (JSONL keys, CSV and XLSX columns).
FLAG_COLUMNS: tuple[str, ...] = (
    "flag_id",
    "lang",
    "type",
    "severity",
    "score",
    "pivot_unit",
    "other_unit",
    "pivot_span",
    "other_span",
    "pivot_text",
    "other_text",
    "message",
    "evidence",
)
#: Columns added when review decisions are given.
DECISION_COLUMNS: tuple[str, ...] = ("decision", "comment")
#: Joins the texts of the units of one side of a bead (a 2-1 bead merges two units).
UNIT_JOINER = "\n"


class ExportError(CompareError):
    """A report cannot be exported (inconsistent report, missing optional dependency...)."""


class Exporter(ABC):
    """Writes a :class:`Report` to one file.

    Subclasses set :attr:`name`, :attr:`filename` and :attr:`description`, and implement
    :meth:`_write`; :meth:`write` validates its arguments first.
    """

    #: Registry key, as given to ``write_all(..., names=[...])``.
    name: ClassVar[str] = ""
    #: File (or folder) name used by :func:`compare.report.write_all`.
    filename: ClassVar[str] = ""
    #: One line for ``--help`` texts and the dashboard.
    description: ClassVar[str] = ""

    def write(self, report: Report, path: str | Path, decisions: Decisions | None = None) -> Path:
        """Write ``report`` to ``path`` atomically.

        Args:
            report: the report to export.
            path: the file to write; its folder is created if missing, an existing file is
                replaced only once the new one is complete.
            decisions: review decisions by flag id, added to the flag records by the
                exporters that show flags; ignored by the others.

        Returns:
            ``path``.

        Raises:
            ExportError: the report is inconsistent, the decisions malformed, or an optional
                dependency is missing.
        """
        validate_report(report)
        checked = check_decisions(decisions)
        target = Path(path)
        if target.is_dir() and not self.writes_folder():
            raise ExportError(f"{target} is a folder: give the path of the {self.name} file")
        self._write(report, target, checked)
        logger.info("wrote %s (%s)", target, self.name)
        return target

    @classmethod
    def writes_folder(cls) -> bool:
        """Whether the output is a folder rather than a file."""
        return False

    @abstractmethod
    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        """Write the validated ``report`` to ``path`` (through :mod:`compare.report.atomic`)."""


def register(cls: type[Exporter]) -> type[Exporter]:
    """Class decorator adding an exporter to :data:`EXPORTERS` under its name."""
    if not cls.name or not cls.filename:
        raise TypeError(f"exporter {cls.__name__} needs a name and a filename")
    EXPORTERS[cls.name] = cls
    return cls


def require(module: str, package: str) -> ModuleType:
    """Import an optional dependency, or raise :class:`ExportError` with the install hint."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ExportError(
            f"this export needs the {package!r} package, which is not installed: "
            f"pip install {package!r}"
        ) from exc


def validate_report(report: Report) -> None:
    """Check that a report is consistent enough to export.

    Raises:
        ExportError: not a :class:`Report`; a language twice or equal to the pivot's; an
            alignment whose pivot is not the report's pivot; a bead index out of range.
    """
    if not isinstance(report, Report):
        raise ExportError(f"expected a compare.types.Report, got {type(report).__name__}")
    seen: set[str] = set()
    for result in report.results:
        lang = result.lang
        if lang == report.pivot.lang:
            raise ExportError(
                f"report {report.doc_id}: language {lang!r} is both the pivot and a compared "
                "version; compare the pivot with the other languages only"
            )
        if lang in seen:
            raise ExportError(
                f"report {report.doc_id}: language {lang!r} has two results; merge them or keep one"
            )
        seen.add(lang)
        _check_alignment(report, result.alignment)
        stray = {d.lang for d in result.divergences} - {lang}
        if stray:
            logger.warning("flags for %s filed under %s in %s", sorted(stray), lang, report.doc_id)


def _check_alignment(report: Report, alignment: Alignment) -> None:
    lang = alignment.other.lang
    if alignment.pivot.labels() != report.pivot.labels():
        raise ExportError(
            f"report {report.doc_id}: the {lang} alignment was made against another pivot "
            "document than the report's; align every language against the same pivot"
        )
    n_pivot, n_other = len(alignment.pivot.units), len(alignment.other.units)
    for number, bead in enumerate(alignment.beads, 1):
        bad_pivot = [i for i in bead.pivot if not 0 <= i < n_pivot]
        bad_other = [i for i in bead.other if not 0 <= i < n_other]
        if bad_pivot or bad_other:
            raise ExportError(
                f"report {report.doc_id}: bead {number} of the {lang} alignment points at unit "
                f"indices {bad_pivot or bad_other} that do not exist ({n_pivot} pivot units, "
                f"{n_other} {lang} units); re-run the alignment"
            )


def check_decisions(decisions: Decisions | None) -> Decisions | None:
    """Check a decisions mapping: flag id -> (decision, comment), all strings."""
    if decisions is None:
        return None
    if not isinstance(decisions, Mapping):
        raise ExportError(
            f"decisions must map flag ids to (decision, comment), got {type(decisions).__name__}"
        )
    for key, value in decisions.items():
        if (
            not isinstance(key, str)
            or not isinstance(value, Sequence)
            or isinstance(value, str)
            or len(value) != 2
            or not all(isinstance(v, str) for v in value)
        ):
            raise ExportError(
                f"decision for flag {key!r} must be a (decision, comment) pair of strings, "
                f"got {value!r}"
            )
    return decisions


def finite(value: float) -> float | None:
    """``value`` as a float, or ``None`` when it is NaN or infinite (JSON has neither)."""
    number = float(value)
    return number if math.isfinite(number) else None


def span_list(span: tuple[int, int] | None) -> list[int] | None:
    """A span as a JSON-friendly ``[start, end]`` list."""
    return None if span is None else [int(span[0]), int(span[1])]


def flag_record(divergence: Divergence, decisions: Decisions | None = None) -> dict[str, Any]:
    """The flat record of one flag, keys in :data:`FLAG_COLUMNS` order.

    ``decision`` and ``comment`` are added (``""`` for undecided flags) when ``decisions``
    is given.

    Example:
        >>> d = Divergence("en", "number", "error", 0.9, "par:3", "par:3", (4, 6), (4, 6),
        ...                "12", "21", "12 became 21", (("pivot", "12"),))
        >>> record = flag_record(d, {})
        >>> record["pivot_span"], record["evidence"], record["decision"]
        ([4, 6], {'pivot': '12'}, '')
    """
    record: dict[str, Any] = {
        "flag_id": flag_id(divergence),
        "lang": divergence.lang,
        "type": divergence.type,
        "severity": divergence.severity,
        "score": finite(divergence.score),
        "pivot_unit": divergence.pivot_unit,
        "other_unit": divergence.other_unit,
        "pivot_span": span_list(divergence.pivot_span),
        "other_span": span_list(divergence.other_span),
        "pivot_text": divergence.pivot_text,
        "other_text": divergence.other_text,
        "message": divergence.message,
        "evidence": {str(k): str(v) for k, v in divergence.evidence},
    }
    if decisions is not None:
        decision, comment = decisions.get(record["flag_id"], ("", ""))
        record["decision"] = decision
        record["comment"] = comment
    return record


def flag_columns(decisions: Decisions | None) -> tuple[str, ...]:
    """The columns of the flag files, with the decision columns when decisions are given."""
    return FLAG_COLUMNS + (DECISION_COLUMNS if decisions is not None else ())


def flag_records(report: Report, decisions: Decisions | None = None) -> list[dict[str, Any]]:
    """The records of every flag of ``report``, language by language."""
    return [flag_record(d, decisions) for d in report.divergences()]


def count_by(divergences: Iterable[Divergence], attribute: str) -> dict[str, int]:
    """Number of flags per value of ``attribute`` ("type" or "severity"), keys sorted.

    Severities are in :attr:`Divergence.SEVERITIES` order, unknown ones after them.
    """
    counts = Counter(str(getattr(d, attribute)) for d in divergences)
    if attribute == "severity":
        order = {s: i for i, s in enumerate(Divergence.SEVERITIES)}
        keys = sorted(counts, key=lambda k: (order.get(k, len(order)), k))
    else:
        keys = sorted(counts)
    return {k: counts[k] for k in keys}


def labels(document: Document, indices: Iterable[int]) -> list[str]:
    """The labels of the units at ``indices``."""
    return [document.units[i].label for i in indices]


def joined_text(document: Document, indices: Iterable[int]) -> str:
    """The texts of the units at ``indices``, joined by :data:`UNIT_JOINER`."""
    return UNIT_JOINER.join(document.units[i].text for i in indices)


def bead_record(alignment: Alignment, bead: Bead) -> dict[str, Any]:
    """A bead as labels on both sides, score and kind ("2-1")."""
    return {
        "pivot": labels(alignment.pivot, bead.pivot),
        "other": labels(alignment.other, bead.other),
        "score": finite(bead.score),
        "kind": bead.kind(),
    }


def pivot_anchors(alignment: Alignment) -> dict[int, int]:
    """For every unit of the other language, the pivot unit it belongs under.

    A unit in a bead with pivot units belongs under the first of them; a unit aligned to
    nothing (0-1 bead) belongs under the last pivot unit before it in bead order (the first
    pivot unit when it comes before all of them).
    """
    anchors: dict[int, int] = {}
    last = 0
    for bead in alignment.beads:
        if bead.pivot:
            last = max(last, *bead.pivot)
        for index in bead.other:
            anchors.setdefault(index, min(bead.pivot) if bead.pivot else last)
    return anchors


def unit_index(document: Document) -> dict[str, int]:
    """Position of every unit of ``document`` by label."""
    return {unit.label: i for i, unit in enumerate(document.units)}
