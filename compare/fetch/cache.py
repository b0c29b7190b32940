"""On-disk cache of fetched pages, so that a document is downloaded once.

One entry per URL: ``<key>.body`` (the bytes as received) and ``<key>.json`` (URL, status,
content type, fetch time, SHA-256 of the body), where ``key`` is the SHA-256 of the URL.
Pages that do not exist (404) are cached too, so an offline re-run knows them. An entry
whose body does not match its checksum is ignored (and refetched). Entries are written
atomically, body first, so an interrupted run never leaves an entry that looks complete.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from compare.report.atomic import write_bytes, write_text

logger = logging.getLogger(__name__)

#: Headers kept with a cached page (the decoder needs the declared charset).
KEPT_HEADERS: tuple[str, ...] = ("content-type", "last-modified", "etag")


def default_cache_dir() -> Path:
    """``$EUCOMPARE_CACHE/fetch``, else ``~/.cache/eucompare/fetch``."""
    env = os.environ.get("EUCOMPARE_CACHE")
    return (Path(env) if env else Path.home() / ".cache" / "eucompare") / "fetch"


@dataclass(frozen=True)
class CachedPage:
    """A cached answer: status (200 or 404), kept headers, body and when it was fetched."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched: str


class FetchCache:
    """A folder of cached pages, keyed by URL.

    Example:
        >>> import tempfile
        >>> cache = FetchCache(tempfile.mkdtemp())
        >>> cache.store(CachedPage("https://eur-lex.europa.eu/x", 200, {}, b"<p>", "2031"))
        >>> cache.load("https://eur-lex.europa.eu/x").body
        b'<p>'
    """

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_cache_dir()

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{key}.body", self.folder / f"{key}.json"

    def load(self, url: str) -> CachedPage | None:
        """The cached answer for ``url``, or ``None`` (absent, unreadable or corrupt)."""
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("url") != url:
            return None
        if hashlib.sha256(body).hexdigest() != meta.get("sha256"):
            logger.warning("cached copy of %s is corrupt; fetching it again", url)
            return None
        return CachedPage(
            url=url,
            status=int(meta.get("status", 200)),
            headers={str(k): str(v) for k, v in dict(meta.get("headers", {})).items()},
            body=body,
            fetched=str(meta.get("fetched", "")),
        )

    def store(self, page: CachedPage) -> None:
        """Cache an answer (overwriting an older one)."""
        body_path, meta_path = self._paths(page.url)
        meta = {
            "url": page.url,
            "status": page.status,
            "headers": {k: v for k, v in page.headers.items() if k.lower() in KEPT_HEADERS},
            "fetched": page.fetched,
            "sha256": hashlib.sha256(page.body).hexdigest(),
        }
        write_bytes(body_path, page.body)
        write_text(meta_path, json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
