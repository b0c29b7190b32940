"""The check plug point: a base class, a registry and the context a check sees.

A check looks at one aligned bead at a time (``check_bead``) or at the whole alignment
(``check_alignment``) and yields :class:`compare.types.Divergence` flags. Register a check
with :func:`register`; :func:`run_checks` runs every registered check (or those named) on an
alignment. Checks across languages (consensus) implement ``check_report`` instead.

A flag sits on the unit of the version where the problem is (the other language's unit);
omissions and missing units point at the German unit too. Spans are offsets into the text of
the named unit.
"""

from __future__ import annotations

import logging
from abc import ABC
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from compare.types import Alignment, Bead, Divergence, Unit

if TYPE_CHECKING:
    from compare.align.words import TokenVectorMemo

log = logging.getLogger(__name__)

SEVERITIES = ("info", "warning", "error")

#: Unit kinds whose wording each language fixes by its own drafting conventions (an act's
#: "Whereas:" is "in Erwägung nachstehender Gründe:", "mivel:"): not compared word by word
#: for omissions and additions.
FORMULA_KINDS = frozenset({"formula"})


def all_formulas(units: Iterable[Unit]) -> bool:
    """Whether there are units and every one is a fixed formula (:data:`FORMULA_KINDS`)."""
    kinds = [u.kind for u in units]
    return bool(kinds) and all(k in FORMULA_KINDS for k in kinds)


@dataclass(frozen=True)
class BeadView:
    """One bead of an alignment with its units resolved."""

    alignment: Alignment
    index: int
    bead: Bead

    @property
    def pivot_units(self) -> tuple[Unit, ...]:
        return tuple(self.alignment.pivot.units[i] for i in self.bead.pivot)

    @property
    def other_units(self) -> tuple[Unit, ...]:
        return tuple(self.alignment.other.units[j] for j in self.bead.other)

    @property
    def lang(self) -> str:
        return self.alignment.other.lang

    @property
    def pivot_lang(self) -> str:
        return self.alignment.pivot.lang

    @property
    def pivot_text(self) -> str:
        return " ".join(u.text for u in self.pivot_units)

    @property
    def other_text(self) -> str:
        return " ".join(u.text for u in self.other_units)

    def pivot_label(self) -> str | None:
        return self.pivot_units[0].label if self.bead.pivot else None

    def other_label(self) -> str | None:
        return self.other_units[0].label if self.bead.other else None

    def locate_pivot(self, offset: int) -> tuple[str | None, int]:
        """Map an offset in :attr:`pivot_text` to (unit label, offset in that unit)."""
        return _locate(self.pivot_units, offset)

    def locate_other(self, offset: int) -> tuple[str | None, int]:
        return _locate(self.other_units, offset)


def _locate(units: Sequence[Unit], offset: int) -> tuple[str | None, int]:
    start = 0
    for unit in units:
        end = start + len(unit.text)
        if offset <= end:
            return unit.label, max(offset - start, 0)
        start = end + 1  # the joining space
    return (units[-1].label, len(units[-1].text)) if units else (None, 0)


@dataclass
class CheckContext:
    """Shared, lazily computed resources for the checks of one run."""

    encoder: object | None = None
    pivot_lang: str = "de"
    options: dict[str, object] = field(default_factory=dict)

    @cached_property
    def cache(self) -> dict[str, object]:
        return {}


class Check(ABC):
    """Base class of a divergence check.

    Attributes:
        name: the flag type this check produces (``number``, ``structure``...).
        description: one line for ``--help`` and the dashboard.
        requires: resources the check needs from the context ("encoder").
    """

    name: str = ""
    description: str = ""
    requires: tuple[str, ...] = ()

    def check_alignment(self, alignment: Alignment, ctx: CheckContext) -> Iterable[Divergence]:
        for index, bead in enumerate(alignment.beads):
            yield from self.check_bead(BeadView(alignment, index, bead), ctx)

    def check_bead(self, view: BeadView, ctx: CheckContext) -> Iterable[Divergence]:
        return ()

    def flag(
        self,
        view: BeadView,
        severity: str,
        score: float,
        message: str,
        *,
        pivot_unit: str | None = None,
        other_unit: str | None = None,
        pivot_span: tuple[int, int] | None = None,
        other_span: tuple[int, int] | None = None,
        pivot_text: str = "",
        other_text: str = "",
        evidence: dict[str, object] | None = None,
        type_: str | None = None,
    ) -> Divergence:
        """Build a flag for this check, defaulting the units to the bead's first units."""
        if severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {severity!r}")
        return Divergence(
            lang=view.lang,
            type=type_ or self.name,
            severity=severity,
            score=round(float(score), 4),
            pivot_unit=pivot_unit if pivot_unit is not None else view.pivot_label(),
            other_unit=other_unit if other_unit is not None else view.other_label(),
            pivot_span=pivot_span,
            other_span=other_span,
            pivot_text=pivot_text,
            other_text=other_text,
            message=message,
            evidence=tuple((str(k), str(v)) for k, v in (evidence or {}).items()),
        )


#: The registry: flag type -> check class. Order is the order checks run in.
CHECKS: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    CHECKS[cls.name] = cls
    return cls


def run_checks(
    alignment: Alignment,
    ctx: CheckContext | None = None,
    names: Iterable[str] | None = None,
) -> tuple[Divergence, ...]:
    """Run the registered checks (all, or ``names``) on one alignment."""
    from compare.checks import load_builtin_checks

    load_builtin_checks()
    ctx = ctx or CheckContext(pivot_lang=alignment.pivot.lang)
    selected = list(names) if names is not None else list(CHECKS)
    unknown = [n for n in selected if n not in CHECKS]
    if unknown:
        raise ValueError(f"unknown checks {unknown}; known: {', '.join(CHECKS)}")
    flags: list[Divergence] = []
    for name in selected:
        check = CHECKS[name]()
        if "encoder" in check.requires and ctx.encoder is None:
            log.info("check %s skipped: it needs the encoder", name)
            continue
        flags.extend(check.check_alignment(alignment, ctx))
    return tuple(flags)


def token_encoder(ctx: CheckContext) -> TokenVectorMemo:
    """The run's encoder with token vectors remembered (the pivot's, across languages)."""
    from compare.align.words import TokenVectorMemo

    if isinstance(ctx.encoder, TokenVectorMemo):
        return ctx.encoder
    memo = ctx.cache.get("token_memo")
    if not isinstance(memo, TokenVectorMemo) or memo.inner is not ctx.encoder:
        memo = TokenVectorMemo(ctx.encoder)  # type: ignore[arg-type]
        ctx.cache["token_memo"] = memo
    return memo
