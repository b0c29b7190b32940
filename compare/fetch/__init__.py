"""Fetch the official language versions of a document from the European Parliament's site
or from EUR-Lex.

Public API:

* :func:`fetch_document` downloads every language version of a :class:`Source`
  (:func:`ep_source`, :func:`celex_source`) into a corpus folder with provenance;
* :class:`Fetcher` is the polite client under it: only :data:`ALLOWED_HOSTS`, one request
  per second per host, retries with exponential backoff, an on-disk cache;
* :class:`Transport` is the injectable HTTP layer (``get(url, timeout) -> Response``),
  :class:`UrllibTransport` its standard-library implementation.

Example:
    >>> from compare.fetch import ep_source, fetch_document
    >>> result = fetch_document(ep_source("TA-9-2022-0012"), "corpora")  # doctest: +SKIP
    >>> [f.lang for f in result.files][:3]  # doctest: +SKIP
    ['bg', 'cs', 'da']
"""

from __future__ import annotations

from compare.fetch.cache import FetchCache, default_cache_dir
from compare.fetch.charset import decode_page
from compare.fetch.client import ALLOWED_HOSTS, Fetcher, Page, RateLimiter, check_url
from compare.fetch.document import FetchedFile, FetchResult, fetch_document, unit_line
from compare.fetch.errors import FetchError, HostNotAllowedError, NotFoundError, OfflineError
from compare.fetch.sources import Source, celex_source, ep_source, parse_langs
from compare.fetch.transport import Response, Transport, UrllibTransport

__all__ = [
    "ALLOWED_HOSTS",
    "FetchCache",
    "FetchError",
    "FetchResult",
    "FetchedFile",
    "Fetcher",
    "HostNotAllowedError",
    "NotFoundError",
    "OfflineError",
    "Page",
    "RateLimiter",
    "Response",
    "Source",
    "Transport",
    "UrllibTransport",
    "celex_source",
    "check_url",
    "decode_page",
    "default_cache_dir",
    "ep_source",
    "fetch_document",
    "parse_langs",
    "unit_line",
]
