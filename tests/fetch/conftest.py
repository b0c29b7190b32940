"""Offline fakes for the fetcher: a scripted HTTP layer and a clock whose sleep is instant."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from compare.fetch import Fetcher, Response

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "fetch"
EP_URL = "https://www.europarl.europa.eu/doceo/document/TA-9-2031-0007_{}.html"
EURLEX_URL = "https://eur-lex.europa.eu/legal-content/{}/TXT/HTML/?uri=CELEX:52031IP0007"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def ok(body: bytes, content_type: str = "text/html; charset=UTF-8", **headers: str) -> Response:
    """A 200 answer with a correct Content-Length."""
    return Response(
        200,
        {"Content-Type": content_type, "Content-Length": str(len(body)), **headers},
        body,
    )


def status(code: int, **headers: str) -> Response:
    return Response(code, {"Content-Type": "text/html", **headers}, b"<html>error</html>")


class FakeClock:
    """Monotonic time that only moves when someone sleeps (or a request takes time)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@dataclass
class FakeTransport:
    """Answers each URL from a script: a list of responses or exceptions, used in order
    (the last one repeats); unknown URLs answer 404. Records (time, url) of every call."""

    clock: FakeClock
    script: dict[str, list[Response | BaseException]] = field(default_factory=dict)
    calls: list[tuple[float, str]] = field(default_factory=list)
    latency: float = 0.0

    def add(self, url: str, *answers: Response | BaseException) -> None:
        self.script[url] = list(answers)

    def get(self, url: str, timeout: float) -> Response:
        self.calls.append((self.clock.now, url))
        self.clock.now += self.latency
        answers = self.script.get(url)
        if not answers:
            return status(404)
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def urls(self) -> list[str]:
        return [url for _, url in self.calls]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def transport(clock: FakeClock) -> FakeTransport:
    return FakeTransport(clock)


@pytest.fixture
def make_fetcher(
    tmp_path: Path, clock: FakeClock, transport: FakeTransport
) -> Callable[..., Fetcher]:
    """Build a Fetcher on the fake transport and clock, with a cache in tmp_path."""

    def build(**kwargs: object) -> Fetcher:
        options: dict[str, object] = {
            "transport": transport,
            "cache": tmp_path / "cache",
            "clock": clock.time,
            "sleep": clock.sleep,
            "now": lambda: "2031-03-13T08:00:00+00:00",
        }
        options.update(kwargs)
        return Fetcher(**options)  # type: ignore[arg-type]

    return build
