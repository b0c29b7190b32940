"""UrllibTransport against a local HTTP server (127.0.0.1 only; no internet needed)."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from compare.fetch import UrllibTransport
from compare.fetch.transport import USER_AGENT


class Handler(BaseHTTPRequestHandler):
    seen_headers: dict[str, str] = {}

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        Handler.seen_headers = dict(self.headers.items())
        if self.path == "/ok":
            self._send(200, "Ελλάδα".encode(), {"Content-Type": "text/html; charset=utf-8"})
        elif self.path == "/missing":
            self._send(404, b"not here")
        elif self.path == "/redirect":
            self._send(302, b"", {"Location": "/ok"})
        elif self.path == "/short":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.wfile.flush()
            self.close_connection = True
        elif self.path == "/slow":
            time.sleep(1.0)
            try:
                self._send(200, b"late")
            except BrokenPipeError:  # the client gave up, as intended
                pass

    def _send(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    try:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    except OSError as exc:  # pragma: no cover - sandbox without loopback
        pytest.skip(f"no loopback networking: {exc}")
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ok(server: str) -> None:
    response = UrllibTransport().get(f"{server}/ok", 5)
    assert response.status == 200 and response.body == "Ελλάδα".encode()
    assert response.header("CONTENT-TYPE") == "text/html; charset=utf-8"
    assert response.header("content-length") == str(len("Ελλάδα".encode()))
    assert Handler.seen_headers["User-Agent"] == USER_AGENT
    assert Handler.seen_headers["Accept-Encoding"] == "identity"


def test_error_status_is_a_response(server: str) -> None:
    response = UrllibTransport().get(f"{server}/missing", 5)
    assert (response.status, response.body) == (404, b"not here")


def test_redirect_is_not_followed(server: str) -> None:
    response = UrllibTransport().get(f"{server}/redirect", 5)
    assert response.status == 302 and response.header("location") == "/ok"


def test_connection_closed_early_gives_partial_body(server: str) -> None:
    response = UrllibTransport().get(f"{server}/short", 5)
    assert response.body == b"0123456789" and response.header("content-length") == "100"


def test_timeout(server: str) -> None:
    with pytest.raises((TimeoutError, urllib.error.URLError)) as caught:
        UrllibTransport().get(f"{server}/slow", 0.2)
    error = caught.value
    assert isinstance(error, TimeoutError) or isinstance(
        getattr(error, "reason", None), TimeoutError
    )


def test_connection_refused_is_an_oserror() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(OSError):
        UrllibTransport().get(f"http://127.0.0.1:{port}/", 2)
