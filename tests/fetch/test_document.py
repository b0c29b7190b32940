"""fetch_document: every language version into a corpus folder, with provenance."""

from __future__ import annotations

import hashlib
import json
import socket
import urllib.error
from pathlib import Path

import pytest

from compare.fetch import FetchError, OfflineError, celex_source, ep_source, fetch_document
from compare.types import EU_LANGUAGES

from .conftest import EP_URL, EURLEX_URL, FakeTransport, fixture_bytes, ok

SOURCE = ep_source("TA-9-2031-0007")


@pytest.fixture
def site(transport: FakeTransport) -> FakeTransport:
    """The EP site with the English, German and Greek versions; the Greek one is served
    with a wrong charset header. Every other language answers 404."""
    transport.add(EP_URL.format("EN"), ok(fixture_bytes("ep_TA-9-2031-0007_EN.html")))
    transport.add(EP_URL.format("DE"), ok(fixture_bytes("ep_TA-9-2031-0007_DE.html")))
    transport.add(
        EP_URL.format("EL"),
        ok(fixture_bytes("ep_TA-9-2031-0007_EL.html"), "text/html; charset=ISO-8859-1"),
    )
    return transport


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_all_languages(tmp_path: Path, make_fetcher, site: FakeTransport) -> None:
    seen: list[tuple[str, str]] = []
    result = fetch_document(
        SOURCE,
        tmp_path / "corpora",
        None,  # all 24 languages
        make_fetcher(),
        progress=lambda lang, what: seen.append((lang, what)),
    )
    folder = tmp_path / "corpora" / "ep-ta-9-2031-0007"
    assert result.folder == folder
    assert [f.lang for f in result.files] == ["de", "el", "en"]
    assert result.missing == tuple(x for x in EU_LANGUAGES if x not in ("de", "el", "en"))
    assert len(site.calls) == 24
    assert ("ga", "no such language version (skipped)") in seen and ("en", "saved") in seen
    assert any("skipped, no such language version: bg, cs, da, es" in w for w in result.warnings)
    assert any(w.startswith("el: ") and "declares iso8859-1" in w for w in result.warnings)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["de.html", "de.txt", "el.html", "el.txt", "en.html", "en.txt",
                     "metadata.json"]  # fmt: skip
    assert (folder / "en.html").read_bytes() == fixture_bytes("ep_TA-9-2031-0007_EN.html")


def test_metadata_provenance(tmp_path: Path, make_fetcher, site: FakeTransport) -> None:
    result = fetch_document(SOURCE, tmp_path, ("en", "ga"), make_fetcher())
    meta = json.loads((result.folder / "metadata.json").read_text(encoding="utf-8"))
    entry = meta["files"]["en.html"]
    assert entry["source"] == EP_URL.format("EN")
    assert entry["fetched"] == "2031-03-13T08:00:00+00:00"
    assert entry["sha256"] == sha256(result.folder / "en.html") == result.files[0].sha256
    assert meta["files"]["en.txt"]["derived_from"] == "en.html"
    assert meta["files"]["en.txt"]["sha256"] == sha256(result.folder / "en.txt")
    assert meta["fetch"]["missing"] == ["ga"] and meta["fetch"]["reference"] == "TA-9-2031-0007"
    assert meta["doc_id"] == "ep-ta-9-2031-0007"


def test_text_files_are_one_unit_per_line(tmp_path: Path, make_fetcher, site) -> None:
    result = fetch_document(SOURCE, tmp_path, ("el", "de"), make_fetcher())
    lines = (result.folder / "el.txt").read_text(encoding="utf-8").splitlines()
    assert "Το Ευρωπαϊκό Κοινοβούλιο," in lines
    assert any(x.startswith("– έχοντας υπόψη") and "κληρονομιά(1)," in x for x in lines)
    assert any(x.startswith("Β. λαμβάνοντας υπόψη") for x in lines)
    assert lines[-2:] == ["(1) ΕΕ C 99 της 1.3.2030, σ. 12.", "(2) ΕΕ C 150 της 20.7.2030, σ. 4."]
    german = (result.folder / "de.txt").read_text(encoding="utf-8").splitlines()
    recital = "in der Erwägung, dass seit 2001 an den Küsten der Union 312 Leuchttürme"
    assert f"A. {recital} stillgelegt wurden;" in german
    # the written text segments back into the same units
    from compare.segment import segment_path

    html = segment_path(result.folder / "de.html", "de")
    text = segment_path(result.folder / "de.txt", "de")
    assert text.labels() == html.labels()
    assert [u.text for u in text.units] == [u.text for u in html.units]


def test_greek_page_with_wrong_header_saved_as_utf8(tmp_path: Path, make_fetcher, site) -> None:
    result = fetch_document(SOURCE, tmp_path, ("el",), make_fetcher(), write_txt=False)
    saved = (result.folder / "el.html").read_text(encoding="utf-8")
    assert "Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου" in saved
    assert result.files[0].encoding == "utf-8"


def test_rerun_uses_cache_and_keeps_other_metadata(
    tmp_path: Path, make_fetcher, site: FakeTransport
) -> None:
    folder = tmp_path / "ep-ta-9-2031-0007"
    folder.mkdir()
    (folder / "metadata.json").write_text('{"title": "kept", "pivot": "de"}', encoding="utf-8")
    fetch_document(SOURCE, tmp_path, ("en", "de"), make_fetcher())
    calls = len(site.calls)
    result = fetch_document(SOURCE, tmp_path, ("en", "de"), make_fetcher())
    assert len(site.calls) == calls
    assert all(f.from_cache for f in result.files)
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert meta["title"] == "kept" and meta["pivot"] == "de"
    assert set(meta["files"]) == {"en.html", "en.txt", "de.html", "de.txt"}


def test_curated_text_is_never_overwritten(tmp_path: Path, make_fetcher, site) -> None:
    folder = tmp_path / "ep-ta-9-2031-0007"
    folder.mkdir()
    (folder / "de.txt").write_text("the official text from the PDF\n", encoding="utf-8")
    result = fetch_document(SOURCE, tmp_path, ("de", "en"), make_fetcher())
    assert (folder / "de.txt").read_text(encoding="utf-8") == "the official text from the PDF\n"
    assert any("kept the existing de.txt" in w for w in result.warnings)
    assert (folder / "en.txt").exists()
    # a .txt this command wrote is regenerated; one edited since is kept
    (folder / "en.txt").write_text("edited by hand\n", encoding="utf-8")
    fetch_document(SOURCE, tmp_path, ("en",), make_fetcher())
    assert (folder / "en.txt").read_text(encoding="utf-8") == "edited by hand\n"


def test_no_language_exists(tmp_path: Path, make_fetcher, transport: FakeTransport) -> None:
    with pytest.raises(FetchError, match="none of the requested language versions of TA-9"):
        fetch_document(SOURCE, tmp_path, ("en", "de"), make_fetcher())
    assert list(tmp_path.glob("ep-*")) == []


def test_broken_metadata_stops_before_download(
    tmp_path: Path, make_fetcher, site: FakeTransport
) -> None:
    folder = tmp_path / "ep-ta-9-2031-0007"
    folder.mkdir()
    (folder / "metadata.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(FetchError, match="metadata.json exists but is not readable JSON"):
        fetch_document(SOURCE, tmp_path, ("en",), make_fetcher())
    assert site.calls == []


def test_offline_midway_keeps_what_was_saved(
    tmp_path: Path, make_fetcher, site: FakeTransport
) -> None:
    site.add(EP_URL.format("EN"), urllib.error.URLError(socket.gaierror(-3, "no DNS")))
    with pytest.raises(OfflineError, match="needs an internet connection"):
        fetch_document(SOURCE, tmp_path, ("de", "en", "el"), make_fetcher())
    folder = tmp_path / "ep-ta-9-2031-0007"
    assert (folder / "de.html").exists() and not (folder / "el.html").exists()
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert list(meta["files"]) == ["de.html"]


def test_eurlex_by_celex(tmp_path: Path, make_fetcher, transport: FakeTransport) -> None:
    transport.add(EURLEX_URL.format("FR"), ok(fixture_bytes("eurlex_52031IP0007_FR.html")))
    result = fetch_document(celex_source("52031IP0007"), tmp_path, ("fr", "mt"), make_fetcher())
    assert result.folder.name == "celex-52031ip0007"
    assert result.missing == ("mt",)
    lines = (result.folder / "fr.txt").read_text(encoding="utf-8").splitlines()
    recital = "considérant que 312 phares ont été désaffectés sur les côtes de l’Union"
    assert f"A. {recital} depuis 2001;" in lines
    assert lines[-1] == "(1) JO C 99 du 1.3.2030, p. 12."


def test_unknown_language_code(tmp_path: Path, make_fetcher, site: FakeTransport) -> None:
    from compare.errors import InputError

    with pytest.raises(InputError, match=r"unknown language code\(s\) \['xx'\]"):
        fetch_document(SOURCE, tmp_path, ("en", "xx"), make_fetcher())
    with pytest.raises(InputError, match="no language asked for"):
        fetch_document(SOURCE, tmp_path, (), make_fetcher())
    assert site.calls == []
