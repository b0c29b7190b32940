"""The polite HTTP client of the fetcher: allow-list, rate limit, retries, redirects, cache.

* Only :data:`ALLOWED_HOSTS` over HTTPS may be contacted; redirects are followed by hand
  and checked against the same list.
* At least :attr:`Fetcher.MIN_INTERVAL` seconds pass between two requests to one host.
* Timeouts, 5xx, 429 and truncated bodies (``Content-Length`` mismatch) are retried with
  exponential backoff (1 s, 2 s, 4 s ...; a ``Retry-After`` header is honoured up to
  :attr:`Fetcher.MAX_BACKOFF`); 404 and other 4xx are not.
* Answers (200 and 404) are cached on disk and reused unless ``refresh`` is set.

The transport, the clock and ``sleep`` are injectable, so tests run offline and instantly.
"""

from __future__ import annotations

import email.utils
import gzip
import http.client
import logging
import socket
import ssl
import time
import urllib.error
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

from compare.fetch.cache import CachedPage, FetchCache
from compare.fetch.errors import FetchError, HostNotAllowedError, NotFoundError, OfflineError
from compare.fetch.transport import Response, Transport, UrllibTransport

logger = logging.getLogger(__name__)

#: The only hosts the fetcher contacts: the European Parliament's site and EUR-Lex.
ALLOWED_HOSTS: frozenset[str] = frozenset({"www.europarl.europa.eu", "eur-lex.europa.eu"})
#: Statuses meaning "this page does not exist".
NOT_FOUND = frozenset({404, 410})
#: Statuses worth retrying: rate limiting and server-side failures.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def check_url(url: str, allowed: frozenset[str] = ALLOWED_HOSTS) -> str:
    """Return the host of ``url`` if the fetcher may contact it.

    Raises:
        HostNotAllowedError: not HTTPS, another host, a port, or credentials in the URL.

    Example:
        >>> check_url("https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:1")
        'eur-lex.europa.eu'
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if (
        parts.scheme != "https"
        or host not in allowed
        or parts.port not in (None, 443)
        or parts.username is not None
    ):
        raise HostNotAllowedError(
            f"refusing to fetch {url!r}: only https://{' and https://'.join(sorted(allowed))} "
            "may be contacted"
        )
    return host


def utc_now() -> str:
    """The current time, ISO 8601 in UTC, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class RateLimiter:
    """Keeps at least ``min_interval`` seconds between the starts of two requests to a host.

    Example:
        >>> clock = [0.0]
        >>> limiter = RateLimiter(1.0, clock=lambda: clock[0], sleep=lambda s: None)
        >>> limiter.wait("eur-lex.europa.eu"), limiter.wait("eur-lex.europa.eu")
        (0.0, 1.0)
    """

    def __init__(
        self,
        min_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval = min_interval
        self.clock = clock
        self.sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, host: str) -> float:
        """Sleep until a request to ``host`` is allowed; return the seconds slept."""
        now = self.clock()
        last = self._last.get(host)
        pause = 0.0 if last is None else max(0.0, self.min_interval - (now - last))
        if pause > 0:
            self.sleep(pause)
        self._last[host] = self.clock()
        return pause


@dataclass(frozen=True)
class Page:
    """A fetched page: final URL, headers and body, when it was fetched, and whether it
    came from the cache."""

    url: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    fetched: str = ""
    from_cache: bool = False

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")


class _Retry(Exception):
    """An attempt failed in a way worth retrying."""

    def __init__(self, problem: str, retry_after: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.retry_after = retry_after


class _Unreachable(Exception):
    """The network is down or the host unknown."""


class Fetcher:
    """Fetches pages from the allowed hosts, politely and through a cache.

    Args:
        transport: the HTTP layer (default: :class:`UrllibTransport`).
        cache: the page cache, or a folder for one; ``None`` for the default folder,
            ``False`` for no cache.
        refresh: ignore cached copies (they are still used when the network is down).
        timeout: seconds to wait for one answer.
        attempts: tries per URL before giving up.
        clock, sleep: time source and sleep function (injectable for tests).
        now: wall-clock time stamp function for provenance.

    Example:
        >>> fetcher = Fetcher(cache=False)  # doctest: +SKIP
        >>> page = fetcher.get(ep_source("TA-9-2022-0012").url("en"))  # doctest: +SKIP
    """

    #: Seconds between two requests to one host (a polite crawler's customary minimum).
    MIN_INTERVAL: ClassVar[float] = 1.0
    #: Default seconds to wait for an answer.
    TIMEOUT: ClassVar[float] = 30.0
    #: Default tries per URL.
    ATTEMPTS: ClassVar[int] = 3
    #: First backoff delay in seconds, doubled after each failed try.
    BACKOFF: ClassVar[float] = 1.0
    #: Longest wait between tries, ``Retry-After`` included.
    MAX_BACKOFF: ClassVar[float] = 60.0
    #: Redirects followed for one URL.
    MAX_REDIRECTS: ClassVar[int] = 5

    def __init__(
        self,
        transport: Transport | None = None,
        cache: FetchCache | str | Path | bool | None = None,
        refresh: bool = False,
        timeout: float = TIMEOUT,
        attempts: int = ATTEMPTS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], str] = utc_now,
        allowed_hosts: frozenset[str] = ALLOWED_HOSTS,
    ) -> None:
        if timeout <= 0:
            raise FetchError(f"timeout must be a positive number of seconds, got {timeout}")
        if attempts < 1:
            raise FetchError(f"attempts must be at least 1, got {attempts}")
        self.transport: Transport = transport or UrllibTransport()
        self.cache = _make_cache(cache)
        self.refresh = refresh
        self.timeout = timeout
        self.attempts = attempts
        self.sleep = sleep
        self.now = now
        self.allowed_hosts = allowed_hosts
        self.limiter = RateLimiter(self.MIN_INTERVAL, clock, sleep)
        self.requests = 0

    def get(self, url: str) -> Page:
        """Fetch ``url`` (from the cache when possible).

        Raises:
            HostNotAllowedError: the URL or a redirect leaves :data:`ALLOWED_HOSTS`.
            NotFoundError: the page does not exist (404/410).
            OfflineError: the host cannot be reached and the cache has no copy.
            FetchError: any other failure, after the retries.
        """
        check_url(url, self.allowed_hosts)
        cached = self.cache.load(url) if self.cache else None
        if cached is not None and not self.refresh:
            logger.info("%s: from the cache (fetched %s)", url, cached.fetched)
            return self._from_cache(cached)
        try:
            response = self._download(url)
        except _Unreachable as exc:
            if cached is not None:
                logger.warning("%s unreachable (%s); using the cached copy", url, exc)
                return self._from_cache(cached)
            raise OfflineError(self._offline_message(url, str(exc))) from None
        fetched = self.now()
        page = CachedPage(url, response.status, dict(response.headers), response.body, fetched)
        if self.cache:
            self.cache.store(page)
        if response.status in NOT_FOUND:
            raise NotFoundError(f"{url} does not exist (HTTP {response.status})")
        return Page(url, response.body, dict(response.headers), fetched, False)

    def _from_cache(self, cached: CachedPage) -> Page:
        if cached.status in NOT_FOUND:
            raise NotFoundError(
                f"{cached.url} does not exist (HTTP {cached.status}, cached {cached.fetched}; "
                "--refresh asks again)"
            )
        return Page(cached.url, cached.body, cached.headers, cached.fetched, True)

    def _offline_message(self, url: str, reason: str) -> str:
        where = f"the cache folder {self.cache.folder}" if self.cache else "no cache (disabled)"
        return (
            f"cannot reach {urlsplit(url).hostname} ({reason}). Fetching needs an internet "
            f"connection, and {where} holds no copy of {url}. Connect and run the command "
            "again, or give --cache-dir a cache filled on a connected machine"
        )

    def _download(self, url: str) -> Response:
        """GET with retries; a 200 or 404/410 response, else an exception."""
        for attempt in range(1, self.attempts + 1):
            try:
                return self._attempt(url)
            except _Retry as exc:
                if attempt == self.attempts:
                    raise FetchError(
                        f"{url}: {exc.problem}, {self.attempts} times; the site may be down or "
                        "busy: try again later (or raise --timeout)"
                    ) from None
                delay = self._delay(attempt, exc.retry_after)
                logger.warning(
                    "%s: %s; retry %d/%d in %.0f s",
                    url, exc.problem, attempt, self.attempts - 1, delay,
                )  # fmt: skip
                self.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        delay = self.BACKOFF * 2 ** (attempt - 1)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.MAX_BACKOFF)

    def _attempt(self, url: str) -> Response:
        """One try, following redirects within the allow-list."""
        current = url
        for _ in range(self.MAX_REDIRECTS + 1):
            response = self._request(current)
            if response.status not in REDIRECT_STATUSES:
                return self._check(current, response)
            location = response.header("location")
            if not location:
                raise FetchError(f"{current} redirects (HTTP {response.status}) to nowhere")
            current = urljoin(current, location)
            check_url(current, self.allowed_hosts)
            logger.info("redirected to %s", current)
        raise FetchError(f"{url}: more than {self.MAX_REDIRECTS} redirects")

    def _request(self, url: str) -> Response:
        host = check_url(url, self.allowed_hosts)
        self.limiter.wait(host)
        self.requests += 1
        try:
            return self.transport.get(url, self.timeout)
        except TimeoutError:
            raise _Retry(f"no answer within {self.timeout:g} s") from None
        except urllib.error.URLError as exc:
            raise _classify(exc.reason) from None
        except ssl.SSLError as exc:
            raise FetchError(f"{url}: secure connection failed ({exc})") from None
        except OSError as exc:
            raise _classify(exc) from None
        except http.client.HTTPException as exc:
            raise _Retry(f"broken answer ({type(exc).__name__})") from None

    def _check(self, url: str, response: Response) -> Response:
        status = response.status
        if status in NOT_FOUND:
            return response
        if status in RETRY_STATUSES:
            raise _Retry(f"HTTP {status}", _retry_after(response.header("retry-after")))
        if status == 202 or response.header("x-amzn-waf-action"):
            raise FetchError(
                f"{url} answered with a bot check (HTTP {status}) instead of the page: open it "
                "in a browser, save it as <lang>.html in the output folder, and try later"
            )
        if status != 200:
            raise FetchError(f"{url} answered HTTP {status}; check the document id")
        _check_length(response)
        return _decompressed(url, response)


def _classify(reason: object) -> Exception:
    """A network failure as a retryable timeout or as "unreachable"."""
    if isinstance(reason, TimeoutError):
        return _Retry("no answer in time")
    if isinstance(reason, ssl.SSLError):
        return FetchError(f"secure connection failed ({reason})")
    if isinstance(reason, socket.gaierror):
        return _Unreachable(f"name lookup failed: {reason}")
    if isinstance(reason, (ConnectionResetError, ConnectionAbortedError)):
        return _Retry(f"connection dropped ({reason})")
    return _Unreachable(str(reason) or type(reason).__name__)


def _check_length(response: Response) -> None:
    declared = response.header("content-length")
    if declared is None or not declared.strip().isdigit():
        return
    if int(declared) != len(response.body):
        raise _Retry(f"truncated answer ({len(response.body)} of {int(declared)} bytes)")


def _decompressed(url: str, response: Response) -> Response:
    encoding = (response.header("content-encoding") or "identity").strip().lower()
    if encoding == "identity":
        return response
    try:
        if encoding in ("gzip", "x-gzip"):
            body = gzip.decompress(response.body)
        elif encoding == "deflate":
            body = zlib.decompress(response.body)
        else:
            raise FetchError(f"{url} came {encoding}-compressed, which cannot be read")
    except (OSError, EOFError, zlib.error) as exc:
        raise _Retry(f"corrupt {encoding} body ({exc})") from None
    headers = {k: v for k, v in response.headers.items() if k not in ("content-encoding",
               "content-length")}  # fmt: skip
    return Response(response.status, headers, body)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _make_cache(cache: FetchCache | str | Path | bool | None) -> FetchCache | None:
    if cache is False:
        return None
    if cache is None or cache is True:
        return FetchCache()
    if isinstance(cache, FetchCache):
        return cache
    return FetchCache(cache)
