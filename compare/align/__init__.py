"""Alignment: units of two language versions, then sentences and words inside them.

- :func:`align_documents` / :func:`align_many`: structure-anchored n:m unit alignment.
- :func:`align_texts`: the same machinery for pre-segmented lines (sentences).
- :mod:`compare.align.evaluate`: strict and lax bead precision/recall/F1.
"""

from compare.align.units import align_documents, align_features, align_many, align_texts

__all__ = ["align_documents", "align_features", "align_many", "align_texts"]
