"""Stable identifiers of flags, on which review decisions are keyed.

A flag's identity is what it points at, not what a check concluded about it: the language,
the check type, the units and spans on both sides and the texts found there. Severity,
score and message are left out, so that re-running the checks with other thresholds or
reworded messages keeps the reviewers' decisions attached to the same flags.
"""

from __future__ import annotations

import hashlib
import json

from compare.types import Divergence

#: Hex digits kept from the SHA-256 digest: 64 bits, so two distinct flags of one report
#: collide with probability about n^2 / 2^65 (under 1e-11 for 10,000 flags).
FLAG_ID_LENGTH = 16


def flag_id(divergence: Divergence) -> str:
    """A short hash identifying ``divergence`` across runs, machines and Python versions.

    Built from (lang, type, pivot_unit, other_unit, pivot_span, other_span, pivot_text,
    other_text) serialised as canonical JSON, so it does not depend on ``hash()``
    randomisation, dict order or float formatting.

    Args:
        divergence: the flag.

    Returns:
        16 lower-case hexadecimal characters.

    Example:
        >>> d = Divergence("en", "number", "error", 0.9, "par:3", "par:3", (4, 6), (4, 6),
        ...                "12", "21", "12 became 21")
        >>> flag_id(d) == flag_id(d.__class__(**{**d.__dict__, "message": "reworded"}))
        True
        >>> len(flag_id(d))
        16
    """
    key = [
        divergence.lang,
        divergence.type,
        divergence.pivot_unit,
        divergence.other_unit,
        _span(divergence.pivot_span),
        _span(divergence.other_span),
        divergence.pivot_text,
        divergence.other_text,
    ]
    payload = json.dumps(key, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:FLAG_ID_LENGTH]


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return None if span is None else [int(span[0]), int(span[1])]
