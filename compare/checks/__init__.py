"""Divergence checks: one registered plug-in per flag type.

Each module registers a :class:`compare.checks.base.Check` subclass in
:data:`compare.checks.base.CHECKS`. :func:`compare.checks.base.run_checks` runs them on an
alignment; :func:`compare.checks.consensus.apply_consensus` moves number, date, name and
reference flags to the outlier version when three or more versions are compared, and
:func:`compare.checks.gap_consensus.apply_gap_consensus` weighs each omission and addition
by the other versions that have the passage, and
:func:`compare.checks.gap_witnesses.find_witnessed_gaps` flags the passages that only the
other versions show missing or added (all three through
:func:`compare.pipeline.across_versions`).
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

#: Modules holding the built-in checks, in the order they run.
BUILTIN_CHECKS: tuple[str, ...] = (
    "compare.checks.structure",
    "compare.checks.untranslated",
    "compare.checks.facts",
    "compare.checks.omission",
    "compare.checks.semantic",
    "compare.checks.polarity",
)


def load_builtin_checks() -> None:
    """Import the built-in check modules (each registers itself); missing ones are skipped."""
    for name in BUILTIN_CHECKS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                log.debug("check module %s not present", name)
                continue
            raise
