"""Segment stage: split a document's text into labelled structural units.

Public API: :func:`segment` (a :class:`~compare.types.RawText` to a
:class:`~compare.types.Document`), :func:`segment_text` and :func:`segment_path`.
"""

from __future__ import annotations

from compare.segment.structure import segment, segment_path, segment_text

__all__ = ["segment", "segment_path", "segment_text"]
