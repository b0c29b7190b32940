"""On-disk cache of sentence vectors, keyed by model signature + text hash.

One SQLite file; every write is a transaction, so an interrupted run never leaves a
half-written entry, and a re-run of an unchanged corpus costs only the look-ups.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from compare.encode.encoder import Encoder, TokenVectors, text_key


def default_cache_dir() -> Path:
    """``$EUCOMPARE_CACHE`` or ``~/.cache/eucompare``."""
    env = os.environ.get("EUCOMPARE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "eucompare"


class EmbeddingCache:
    """Vectors stored as float32 blobs in ``<folder>/embeddings.sqlite``."""

    def __init__(self, folder: str | Path | None = None) -> None:
        folder = Path(folder) if folder else default_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "embeddings.sqlite"
        self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        with self._db:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, v FROM vec WHERE key IN ({marks})", chunk)
            for key, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vec (key, v) VALUES (?, ?)",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM vec").fetchone()[0])

    def close(self) -> None:
        self._db.close()


class CachedEncoder(Encoder):
    """Wraps an encoder: sentence vectors come from the cache when present."""

    def __init__(self, inner: Encoder, cache: EmbeddingCache) -> None:
        self.inner = inner
        self.cache = cache
        self.signature = inner.signature
        self.dim = inner.dim
        self.hits = 0
        self.misses = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        keys = [text_key(self.signature, t) for t in texts]
        found = self.cache.get_many(sorted(set(keys)))
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in found}.items())
        if missing:
            vecs = self.inner.embed([t for _, t in missing])
            fresh = {k: v for (k, _), v in zip(missing, vecs)}
            self.cache.put_many(fresh)
            found.update(fresh)
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32)

    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        return self.inner.token_vectors(text, layer)
