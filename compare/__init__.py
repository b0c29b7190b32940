"""eucompare: align the official language versions of EU documents and flag divergences.

The pipeline is ingest -> segment -> align -> check -> report; each stage lives in its own
subpackage and exchanges the frozen dataclasses of :mod:`compare.types`. Nothing heavy is
imported here: the model and torch load on first use.
"""

__version__ = "0.1.0"
