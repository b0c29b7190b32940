"""``alignment.tmx``: the aligned units as a multilingual TMX 1.4 translation memory.

One translation unit (TU) per group of pivot units that some language aligned as a whole:
TUs are keyed by the tuple of pivot unit indices of a bead, so the German text of citation 3
and every language's text aligned to exactly that citation share one TU. A bead that merges
pivot units (2-1) gives a TU keyed by both units; languages that aligned them one by one
fill the two single-unit TUs. Units of another language aligned to no pivot unit (0-1
beads) get a TU of their own, placed after the pivot unit they follow; pivot units aligned
in no language get a TU holding only the pivot text. The texts of several units on one side
of a bead are joined by a newline.

Each TU has ``tuid`` = the pivot labels joined by ``+`` (``en:rec:C`` for an unaligned
``en`` unit); each ``tuv`` carries ``<prop type="x-label">`` with its units' labels and,
for compared languages, ``<prop type="x-score">`` with the bead's score. Written and read
with translate-toolkit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from compare.report.atomic import atomic_write
from compare.report.base import (
    UNIT_JOINER,
    Decisions,
    Exporter,
    finite,
    joined_text,
    labels,
    register,
    require,
)
from compare.types import Alignment, Report

logger = logging.getLogger(__name__)

#: Separator of unit labels in ``tuid`` and ``x-label`` properties.
LABEL_JOINER = "+"


@dataclass
class Variant:
    """The text of one language in a TU, with its unit labels and the bead's score."""

    lang: str
    text: str
    labels: list[str]
    score: float | None = None


@dataclass
class TranslationUnit:
    """A TU before serialisation: ``order`` sorts TUs into document order."""

    order: tuple[int, ...]
    tuid: str
    variants: list[Variant] = field(default_factory=list)

    def variant(self, lang: str) -> Variant | None:
        return next((v for v in self.variants if v.lang == lang), None)


@register
class TmxExporter(Exporter):
    """``alignment.tmx``: multilingual TMX 1.4, the pivot language as ``srclang``."""

    name: ClassVar[str] = "tmx"
    filename: ClassVar[str] = "alignment.tmx"
    description: ClassVar[str] = "aligned units as a multilingual TMX 1.4 translation memory"

    def _write(self, report: Report, path: Path, decisions: Decisions | None) -> None:
        tmx = require("translate.storage.tmx", "translate-toolkit")
        store = tmx.tmxfile(sourcelanguage=report.pivot.lang)
        _fill_header(store, report)
        for unit in translation_units(report):
            _add_unit(store, unit)
        with atomic_write(path, "wb") as handle:
            store.serialize(handle)


def translation_units(report: Report) -> list[TranslationUnit]:
    """The TUs of a report, in document order (see the module docstring).

    Example:
        >>> [tu.tuid for tu in translation_units(report)]  # doctest: +SKIP
        ['title', 'procedure', 'opening', 'cit:1', 'cit:2+cit:3', 'cit:2', 'cit:3', ...]
    """
    keyed: dict[tuple[int, ...], TranslationUnit] = {}
    orphans: list[TranslationUnit] = []
    for rank, result in enumerate(report.results):
        orphans += _add_language(report, result.alignment, rank, keyed)
    covered = {i for key in keyed for i in key}
    for index in range(len(report.pivot.units)):
        if index not in covered:
            keyed[(index,)] = _pivot_unit(report, (index,))
    return sorted([*keyed.values(), *orphans], key=lambda tu: tu.order)


def _add_language(
    report: Report,
    alignment: Alignment,
    rank: int,
    keyed: dict[tuple[int, ...], TranslationUnit],
) -> list[TranslationUnit]:
    """Add one language's beads to the TUs keyed by pivot units; return its orphan TUs."""
    lang = alignment.other.lang
    orphans: list[TranslationUnit] = []
    last = -1  # the last pivot unit seen: an orphan TU is sorted after it
    for seq, bead in enumerate(alignment.beads):
        if not bead.other:
            continue
        variant = Variant(
            lang,
            joined_text(alignment.other, bead.other),
            labels(alignment.other, bead.other),
            finite(bead.score),
        )
        if bead.pivot:
            key = tuple(bead.pivot)
            last = max(last, *key)
            _add_variant(keyed.setdefault(key, _pivot_unit(report, key)), variant)
        else:
            tuid = f"{lang}:{LABEL_JOINER.join(variant.labels)}"
            orphans.append(TranslationUnit((last, 1, rank, seq), tuid, [variant]))
    return orphans


def _pivot_unit(report: Report, key: tuple[int, ...]) -> TranslationUnit:
    pivot_labels = labels(report.pivot, key)
    unit = TranslationUnit(
        order=(min(key), 0, max(key), len(key)), tuid=LABEL_JOINER.join(pivot_labels)
    )
    unit.variants.append(Variant(report.pivot.lang, joined_text(report.pivot, key), pivot_labels))
    return unit


def _add_variant(unit: TranslationUnit, variant: Variant) -> None:
    existing = unit.variant(variant.lang)
    if existing is None:
        unit.variants.append(variant)
        return
    logger.warning(
        "%s aligns units %s twice to %s; texts joined", variant.lang, variant.labels, unit.tuid
    )
    existing.text = f"{existing.text}{UNIT_JOINER}{variant.text}"
    existing.labels.extend(variant.labels)


def _fill_header(store: Any, report: Report) -> None:
    header = store.document.getroot().find(store.namespaced("header"))
    header.set("creationtool", "eucompare")
    header.set("creationtoolversion", report.signature.version or "unknown")
    header.set("segtype", "paragraph")
    header.set("o-tmf", "eucompare")
    header.set("datatype", "plaintext")
    header.set("srclang", report.pivot.lang)
    for kind, value in (
        ("x-doc-id", report.doc_id),
        ("x-created", report.created),
        ("x-model", report.signature.model),
    ):
        if value:
            _append_prop(header, store, kind, value)


def _add_unit(store: Any, unit: TranslationUnit) -> None:
    first, *rest = unit.variants
    tu = store.addsourceunit(first.text, first.lang)
    tu.xmlelement.set("tuid", unit.tuid)
    for variant in rest:
        tu.settarget(variant.text, variant.lang, append=True)
    for node, variant in zip(tu.getlanguageNodes(), unit.variants):
        props = [("x-label", LABEL_JOINER.join(variant.labels))]
        if variant.score is not None:
            props.append(("x-score", f"{variant.score:.4f}"))
        for position, (kind, value) in enumerate(props):
            prop = node.makeelement(store.namespaced("prop"), {"type": kind})
            prop.text = value
            node.insert(position, prop)  # TMX 1.4: <prop> before <seg>


def _append_prop(parent: Any, store: Any, kind: str, value: str) -> None:
    prop = parent.makeelement(store.namespaced("prop"), {"type": kind})
    prop.text = value
    parent.append(prop)
