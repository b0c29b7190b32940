"""The polite client: retries, backoff, rate limit, cache, allow-list, offline errors."""

from __future__ import annotations

import gzip
import json
import socket
import urllib.error
from pathlib import Path

import pytest

from compare.errors import CompareError
from compare.fetch import (
    Fetcher,
    FetchError,
    HostNotAllowedError,
    NotFoundError,
    OfflineError,
    RateLimiter,
    Response,
    check_url,
)

from .conftest import EP_URL, EURLEX_URL, FakeClock, FakeTransport, fixture_bytes, ok, status

URL = EP_URL.format("EN")
PAGE = fixture_bytes("ep_TA-9-2031-0007_EN.html")


def test_success(make_fetcher, transport: FakeTransport, clock: FakeClock) -> None:
    transport.add(URL, ok(PAGE))
    page = make_fetcher().get(URL)
    assert page.body == PAGE and not page.from_cache
    assert page.fetched == "2031-03-13T08:00:00+00:00"
    assert page.content_type == "text/html; charset=UTF-8"
    assert transport.urls() == [URL] and clock.sleeps == []


def test_timeout_then_success(make_fetcher, transport: FakeTransport, clock: FakeClock) -> None:
    transport.add(URL, TimeoutError("timed out"), ok(PAGE))
    assert make_fetcher().get(URL).body == PAGE
    assert len(transport.calls) == 2
    assert clock.sleeps == [1.0]  # backoff; the rate limit is already satisfied by it


def test_urllib_wrapped_timeout_is_retried(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, urllib.error.URLError(TimeoutError("timed out")), ok(PAGE))
    assert make_fetcher().get(URL).body == PAGE


def test_404_is_not_retried(make_fetcher, transport: FakeTransport, clock: FakeClock) -> None:
    transport.add(URL, status(404))
    with pytest.raises(NotFoundError, match=r"does not exist \(HTTP 404\)"):
        make_fetcher().get(URL)
    assert len(transport.calls) == 1 and clock.sleeps == []


def test_500_three_times_is_an_error(
    make_fetcher, transport: FakeTransport, clock: FakeClock
) -> None:
    transport.add(URL, status(500), status(502), status(500))
    with pytest.raises(FetchError, match=r"HTTP 500, 3 times; the site may be down"):
        make_fetcher().get(URL)
    assert len(transport.calls) == 3
    assert clock.sleeps == [1.0, 2.0]  # exponential backoff
    assert not list((Path(make_fetcher().cache.folder)).glob("*.json"))  # nothing cached


def test_500_then_success(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, status(503), status(500), ok(PAGE))
    assert make_fetcher().get(URL).body == PAGE
    assert len(transport.calls) == 3


def test_429_honours_retry_after(make_fetcher, transport: FakeTransport, clock: FakeClock) -> None:
    transport.add(URL, status(429, **{"Retry-After": "7"}), ok(PAGE))
    assert make_fetcher().get(URL).body == PAGE
    assert clock.sleeps == [7.0]
    transport.add(URL, status(429, **{"Retry-After": "86400"}), ok(PAGE))
    make_fetcher(refresh=True).get(URL)
    assert clock.sleeps[-1] == Fetcher.MAX_BACKOFF


def test_truncated_body_is_retried(make_fetcher, transport: FakeTransport) -> None:
    cut = Response(200, {"Content-Length": str(len(PAGE))}, PAGE[:1000])
    transport.add(URL, cut, ok(PAGE))
    assert make_fetcher().get(URL).body == PAGE
    assert len(transport.calls) == 2


def test_truncated_every_time_is_an_error(make_fetcher, transport: FakeTransport) -> None:
    cut = Response(200, {"Content-Length": str(len(PAGE))}, PAGE[:1000])
    transport.add(URL, cut)
    with pytest.raises(FetchError, match=rf"truncated answer \(1000 of {len(PAGE)} bytes\)"):
        make_fetcher().get(URL)
    assert len(transport.calls) == 3


def test_gzip_body(make_fetcher, transport: FakeTransport) -> None:
    packed = gzip.compress(PAGE)
    transport.add(URL, ok(packed, **{"Content-Encoding": "gzip"}))
    assert make_fetcher().get(URL).body == PAGE


@pytest.mark.parametrize(
    "failure",
    [
        urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution")),
        urllib.error.URLError(ConnectionRefusedError(111, "Connection refused")),
        OSError(101, "Network is unreachable"),
    ],
)
def test_offline_with_empty_cache(
    make_fetcher, transport: FakeTransport, failure: Exception, tmp_path: Path
) -> None:
    transport.add(URL, failure)
    with pytest.raises(OfflineError) as caught:
        make_fetcher().get(URL)
    message = str(caught.value)
    assert "needs an internet connection" in message
    assert f"{tmp_path / 'cache'} holds no copy of {URL}" in message
    assert isinstance(caught.value, CompareError)
    assert len(transport.calls) == 1  # no point retrying a missing network


def test_offline_with_cache_disabled(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, urllib.error.URLError(socket.gaierror(-2, "Name or service not known")))
    with pytest.raises(OfflineError, match="no cache"):
        make_fetcher(cache=False).get(URL)


def test_cache_is_reused(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, ok(PAGE))
    make_fetcher().get(URL)
    page = make_fetcher().get(URL)
    assert page.from_cache and page.body == PAGE
    assert page.fetched == "2031-03-13T08:00:00+00:00"
    assert page.content_type == "text/html; charset=UTF-8"
    assert len(transport.calls) == 1


def test_refresh_bypasses_cache(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, ok(PAGE), ok(b"<p>new</p>"))
    make_fetcher().get(URL)
    page = make_fetcher(refresh=True).get(URL)
    assert page.body == b"<p>new</p>" and not page.from_cache
    assert make_fetcher().get(URL).body == b"<p>new</p>"  # the cache now holds the new copy


def test_refresh_while_offline_falls_back_to_cache(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, ok(PAGE))
    make_fetcher().get(URL)
    transport.add(URL, urllib.error.URLError(socket.gaierror(-3, "no DNS")))
    page = make_fetcher(refresh=True).get(URL)
    assert page.from_cache and page.body == PAGE


def test_404_is_cached(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, status(404))
    with pytest.raises(NotFoundError):
        make_fetcher().get(URL)
    with pytest.raises(NotFoundError, match="cached"):
        make_fetcher().get(URL)
    assert len(transport.calls) == 1


def test_corrupt_cache_entry_is_refetched(
    make_fetcher, transport: FakeTransport, tmp_path: Path
) -> None:
    transport.add(URL, ok(PAGE))
    make_fetcher().get(URL)
    body = next((tmp_path / "cache").glob("*.body"))
    body.write_bytes(b"tampered")
    assert make_fetcher().get(URL).body == PAGE
    assert len(transport.calls) == 2
    meta = json.loads(next((tmp_path / "cache").glob("*.json")).read_text(encoding="utf-8"))
    assert meta["url"] == URL and meta["status"] == 200


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/doc.html",
        "http://www.europarl.europa.eu/doceo/document/TA-9-2022-0012_EN.html",
        "https://www.europarl.europa.eu.evil.test/doceo/document/TA-9-2022-0012_EN.html",
        "https://eur-lex.europa.eu@evil.test/legal-content/EN/TXT/HTML/",
        "https://eur-lex.europa.eu:8443/legal-content/EN/TXT/HTML/",
        "https://europa.eu/",
        "file:///etc/passwd",
    ],
)
def test_host_allow_list(make_fetcher, transport: FakeTransport, url: str) -> None:
    with pytest.raises(HostNotAllowedError, match="only https://eur-lex.europa.eu and https://www"):
        make_fetcher().get(url)
    assert transport.calls == []


def test_allowed_hosts() -> None:
    assert check_url(URL) == "www.europarl.europa.eu"
    assert check_url(EURLEX_URL.format("FR")) == "eur-lex.europa.eu"
    assert check_url("https://EUR-LEX.europa.eu:443/x") == "eur-lex.europa.eu"


def test_redirect_within_allow_list(make_fetcher, transport: FakeTransport) -> None:
    moved = "https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:52031IP0007&rid=1"
    transport.add(EURLEX_URL.format("FR"), status(302, Location=moved))
    transport.add(moved, ok(b"<p>moved</p>"))
    assert make_fetcher().get(EURLEX_URL.format("FR")).body == b"<p>moved</p>"
    assert transport.urls() == [EURLEX_URL.format("FR"), moved]


def test_redirect_outside_allow_list_is_refused(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, status(301, Location="https://tracker.example.net/x"))
    with pytest.raises(HostNotAllowedError, match="refusing to fetch 'https://tracker"):
        make_fetcher().get(URL)
    assert transport.urls() == [URL]


def test_other_client_errors_are_not_retried(make_fetcher, transport: FakeTransport) -> None:
    transport.add(URL, status(403))
    with pytest.raises(FetchError, match="answered HTTP 403"):
        make_fetcher().get(URL)
    transport.add(URL, Response(202, {"x-amzn-waf-action": "challenge"}, b""))
    with pytest.raises(FetchError, match="bot check"):
        make_fetcher().get(URL)
    assert len(transport.calls) == 2


def test_rate_limit_between_requests_to_one_host(
    make_fetcher, transport: FakeTransport, clock: FakeClock
) -> None:
    fetcher = make_fetcher()
    for lang in ("EN", "DE", "FR"):
        transport.add(EP_URL.format(lang), ok(PAGE))
    transport.add(EURLEX_URL.format("FR"), ok(PAGE))
    transport.latency = 0.25
    fetcher.get(EP_URL.format("EN"))
    fetcher.get(EURLEX_URL.format("FR"))  # another host: no wait
    fetcher.get(EP_URL.format("DE"))
    clock.now += 5
    fetcher.get(EP_URL.format("FR"))  # long after: no wait
    times = [t for t, _ in transport.calls]
    assert times[1] - times[0] == pytest.approx(0.25)
    assert times[2] - times[0] == pytest.approx(1.0)
    assert clock.sleeps == [pytest.approx(0.5)]
    europarl = [t for t, url in transport.calls if "europarl" in url]
    assert all(b - a >= 1.0 for a, b in zip(europarl, europarl[1:]))


def test_rate_limiter_alone() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1.0, clock.time, clock.sleep)
    assert limiter.wait("a") == 0.0
    assert limiter.wait("a") == 1.0
    assert limiter.wait("b") == 0.0
    clock.now += 0.4
    assert limiter.wait("a") == pytest.approx(0.6)


def test_bad_settings() -> None:
    with pytest.raises(FetchError, match="timeout must be a positive"):
        Fetcher(cache=False, timeout=0)
    with pytest.raises(FetchError, match="attempts must be at least 1"):
        Fetcher(cache=False, attempts=0)
