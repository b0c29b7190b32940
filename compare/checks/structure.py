"""Structure: units missing, extra, merged or split, and numbering that does not match."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from compare.checks.base import BeadView, Check, CheckContext, register
from compare.checks.facts import language_name
from compare.types import Alignment, Divergence

#: Kinds whose printed numbering must correspond across versions.
NUMBERED_KINDS = (
    "citation", "recital", "paragraph", "subparagraph", "footnote", "article", "annex",
)  # fmt: skip


@register
class StructureCheck(Check):
    name = "structure"
    description = "unit missing, extra, merged or split; numbering mismatch"

    def check_alignment(self, alignment: Alignment, ctx: CheckContext) -> Iterable[Divergence]:
        flags = list(super().check_alignment(alignment, ctx))
        return _collapse_numbering_runs(flags, language_name(alignment.pivot.lang))

    def check_bead(self, view: BeadView, ctx: CheckContext) -> Iterable[Divergence]:
        p, o = view.pivot_units, view.other_units
        conf = view.bead.score
        pivot = language_name(view.pivot_lang)
        if p and not o:
            unit = p[0]
            yield self.flag(
                view, "error", conf,
                f"{view.lang} has no counterpart of {pivot} {unit.label}",
                pivot_span=(0, len(unit.text)), pivot_text=unit.text,
                evidence={"subtype": "missing", "kind": unit.kind},
            )  # fmt: skip
        elif o and not p:
            unit = o[0]
            yield self.flag(
                view, "warning", conf,
                f"{view.lang} {unit.label} has no counterpart in the {pivot}",
                other_span=(0, len(unit.text)), other_text=unit.text,
                evidence={"subtype": "extra", "kind": unit.kind},
            )  # fmt: skip
        elif len(p) > 1 or len(o) > 1:
            yield self._merge_or_split(view)
        elif p[0].kind in NUMBERED_KINDS and p[0].label != o[0].label:
            yield self.flag(
                view, "warning", conf,
                f"numbering differs: {pivot} {p[0].label} corresponds to {view.lang} "
                f"{o[0].label}",
                pivot_text=p[0].printed_label, other_text=o[0].printed_label,
                evidence={"subtype": "numbering", "pivot_label": p[0].label,
                          "other_label": o[0].label},
            )  # fmt: skip

    def _merge_or_split(self, view: BeadView) -> Divergence:
        p, o = view.pivot_units, view.other_units
        pl = ", ".join(u.label for u in p)
        ol = ", ".join(u.label for u in o)
        pivot, other = f"{language_name(view.pivot_lang)} {pl}", f"{view.lang} {ol}"
        if len(p) > 1 and len(o) == 1:
            subtype, message = "merged", f"{pivot} are merged into one unit in {other}"
        elif len(o) > 1 and len(p) == 1:
            subtype, message = "split", f"{pivot} is split into {other}"
        else:
            subtype, message = "regrouped", f"{pivot} correspond to {other} as a group"
        return self.flag(
            view, "warning", view.bead.score, message,
            pivot_text=view.pivot_text[:200], other_text=view.other_text[:200],
            evidence={"subtype": subtype, "pivot_units": pl, "other_units": ol},
        )  # fmt: skip


def _collapse_numbering_runs(flags: list[Divergence], pivot: str) -> list[Divergence]:
    """One numbering flag per run of consecutive units shifted the same way (``pivot``: the
    pivot language's name, for the message)."""
    out: list[Divergence] = []
    run: list[Divergence] = []

    def close() -> None:
        if not run:
            return
        first, last = run[0], run[-1]
        if len(run) == 1:
            out.append(first)
        else:
            message = (
                f"numbering differs from {pivot} {first.pivot_unit} to {last.pivot_unit}: "
                f"{first.lang} numbers them {first.other_unit} to {last.other_unit}"
            )
            evidence = dict(first.evidence) | {"units": str(len(run)),
                                               "last_pivot": str(last.pivot_unit),
                                               "last_other": str(last.other_unit)}  # fmt: skip
            out.append(replace(first, message=message, evidence=tuple(evidence.items())))
        run.clear()

    for flag in flags:
        if dict(flag.evidence).get("subtype") == "numbering":
            if run and not _continues(run[-1], flag):
                close()
            run.append(flag)
        else:
            close()
            out.append(flag)
    close()
    return out


def _continues(prev: Divergence, flag: Divergence) -> bool:
    """Same kind of unit and the same shift between the two numberings."""
    return _offset(prev) == _offset(flag) and _kind(prev) == _kind(flag)


def _kind(flag: Divergence) -> str:
    return (flag.pivot_unit or "").split(":")[0]


def _offset(flag: Divergence) -> int | None:
    a, b = label_ordinal(flag.pivot_unit or ""), label_ordinal(flag.other_unit or "")
    return None if a is None or b is None else b - a


def label_ordinal(label: str) -> int | None:
    """Position encoded in a normalised label: par:12 -> 12, rec:C -> 3, rec:AA -> 27."""
    kind, _, value = label.partition(":")
    if not value or "." in value:
        return None
    if value.isdigit():
        return int(value)
    if value.isalpha() and value.isupper():
        ordinal = 0
        for ch in value:
            ordinal = ordinal * 26 + (ord(ch) - ord("A") + 1)
        return ordinal
    return None
