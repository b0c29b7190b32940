"""The HTTP layer of the fetcher: a :class:`Response`, the :class:`Transport` protocol and
its standard-library implementation.

A transport does one GET and nothing else: no retries, no redirects (a 3xx is returned as
a response, so that the caller can check the new host against its allow-list), no cache.
It returns a :class:`Response` for every HTTP status, and raises :class:`TimeoutError` when
the server does not answer in time and :class:`OSError` (``urllib.error.URLError``,
``ConnectionError``) when it cannot be reached. Tests replace it with a fake.
"""

from __future__ import annotations

import http.client
import logging
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from compare import __version__
from compare.fetch.errors import FetchError

logger = logging.getLogger(__name__)

#: Sent with every request, so that the sites' operators can see who is asking.
USER_AGENT = f"eucompare/{__version__} (official-language-version fetcher; 1 request/s)"
#: Largest body read, in bytes: an adopted text's page is 100-500 KB, a long regulation on
#: EUR-Lex a few MB; anything larger is not a document page.
MAX_BODY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Response:
    """What a server answered: status, headers (names lower-cased) and the body's bytes."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def __post_init__(self) -> None:
        object.__setattr__(self, "headers", {k.lower(): v for k, v in self.headers.items()})

    def header(self, name: str, default: str | None = None) -> str | None:
        """A header's value, by case-insensitive name."""
        return self.headers.get(name.lower(), default)


class Transport(Protocol):
    """One HTTP GET: ``get(url, timeout) -> Response``."""

    def get(self, url: str, timeout: float) -> Response:
        """Fetch ``url``; raise ``TimeoutError`` on timeout, ``OSError`` when unreachable."""
        ...


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand 3xx answers back as responses instead of following them."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class UrllibTransport:
    """:class:`Transport` over :mod:`urllib.request` (standard library only).

    Example:
        >>> UrllibTransport().get("https://eur-lex.europa.eu/", 10).status  # doctest: +SKIP
        200
    """

    def __init__(self, user_agent: str = USER_AGENT) -> None:
        self.user_agent = user_agent
        self._opener = urllib.request.build_opener(_NoRedirect())

    def get(self, url: str, timeout: float) -> Response:
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                "Accept-Encoding": "identity",
            },
        )
        try:
            with self._opener.open(request, timeout=timeout) as answer:
                return Response(answer.status, dict(answer.headers.items()), _read(answer))
        except urllib.error.HTTPError as error:  # 3xx, 4xx, 5xx: still an answer
            body = _read(error) if error.fp is not None else b""
            headers = dict(error.headers.items()) if error.headers else {}
            return Response(error.code, headers, body)


def _read(answer: Any) -> bytes:
    """The body, up to :data:`MAX_BODY_BYTES`; a connection closed early gives what came."""
    try:
        body: bytes = answer.read(MAX_BODY_BYTES + 1)
    except http.client.IncompleteRead as exc:
        logger.debug("connection closed after %d bytes", len(exc.partial))
        return bytes(exc.partial)
    if len(body) > MAX_BODY_BYTES:
        raise FetchError(
            f"the answer is larger than {MAX_BODY_BYTES // 2**20} MB: not a document page"
        )
    return body
