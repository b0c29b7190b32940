"""Errors of the fetcher, all :class:`~compare.errors.CompareError` subclasses."""

from __future__ import annotations

from compare.errors import CompareError


class FetchError(CompareError):
    """A document page could not be fetched (server error, truncated or undecodable page...)."""


class OfflineError(FetchError):
    """The site cannot be reached and the cache holds no copy of the page."""


class NotFoundError(FetchError):
    """The page does not exist (HTTP 404 or 410): e.g. a language version never published."""


class HostNotAllowedError(FetchError):
    """A URL (or a redirect) points outside the sites the fetcher may contact."""
