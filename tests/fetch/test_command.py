"""``eucompare fetch``: argument handling and a full offline run through the CLI shell."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import compare.cli
from compare.errors import InputError
from compare.fetch import command

from .conftest import EP_URL, FakeTransport, fixture_bytes, ok


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="eucompare")
    command.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_defaults() -> None:
    args = parse(["fetch", "TA-9-2022-0012"])
    assert (args.doc_id, args.celex, args.langs, args.out) == (
        "TA-9-2022-0012", None, "all", "corpora",
    )  # fmt: skip
    assert (args.cache_dir, args.refresh, args.timeout, args.no_text) == (None, False, 30.0, False)
    assert args.func is command.run


def test_needs_exactly_one_document() -> None:
    with pytest.raises(InputError, match="either a European Parliament reference"):
        command.source_from_args(parse(["fetch", "TA-9-2022-0012", "--celex", "52022IP0012"]))
    with pytest.raises(InputError, match="name the document"):
        command.source_from_args(parse(["fetch"]))
    assert command.source_from_args(parse(["fetch", "--celex", "52022IP0012"])).kind == "eurlex"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, make_fetcher, transport: FakeTransport):
    """``compare.cli.main`` with the fake network (fetch is a registered command)."""
    assert "compare.fetch.command" in compare.cli.COMMANDS

    def fake_fetcher(**kwargs: object):
        kwargs["cache"] = kwargs.get("cache") or make_fetcher().cache
        return make_fetcher(**kwargs)

    fake_fetcher.TIMEOUT = command.Fetcher.TIMEOUT  # type: ignore[attr-defined]  # --help
    monkeypatch.setattr(command, "Fetcher", fake_fetcher)
    transport.add(EP_URL.format("EN"), ok(fixture_bytes("ep_TA-9-2031-0007_EN.html")))
    transport.add(EP_URL.format("DE"), ok(fixture_bytes("ep_TA-9-2031-0007_DE.html")))
    return compare.cli.main


def test_full_run(cli, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code = cli(["fetch", "P9_TA(2031)0007", "--langs", "de,en,ga", "--out", str(tmp_path),
                "--cache-dir", str(tmp_path / "cache")])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0
    assert "2 language version(s) of TA-9-2031-0007 saved in" in out
    assert "not published in: ga" in out
    assert "de: saved" in err and "ga: no such language version (skipped)" in err
    folder = tmp_path / "ep-ta-9-2031-0007"
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert set(meta["files"]) == {"de.html", "de.txt", "en.html", "en.txt"}


def test_no_text(cli, tmp_path: Path) -> None:
    assert (
        cli(["fetch", "TA-9-2031-0007", "--langs", "en", "--out", str(tmp_path), "--no-text"]) == 0
    )
    assert sorted(p.name for p in (tmp_path / "ep-ta-9-2031-0007").iterdir()) == [
        "en.html", "metadata.json",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["fetch", "TA-9-2031-0007", "--langs", "xx"], "unknown language code"),
        (["fetch", "2031/2571(RSP)"], "not a European Parliament document reference"),
        (["fetch", "--celex", "nope"], "not a CELEX number"),
        (["fetch", "TA-9-2031-0007", "--langs", "mt", "--timeout", "5"], "none of the requested"),
        (["fetch", "TA-9-2031-0007", "--timeout", "0"], "timeout must be a positive"),
    ],
)
def test_errors_are_one_line(
    cli, tmp_path: Path, capsys: pytest.CaptureFixture, argv: list[str], message: str
) -> None:
    assert cli([*argv, "--out", str(tmp_path)]) == 2
    last = capsys.readouterr().err.splitlines()[-1]  # after any progress lines
    assert last.startswith("eucompare fetch: error: ") and message in last
