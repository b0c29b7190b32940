"""Uploads, the corpus folder and the report hook (no Streamlit)."""

from __future__ import annotations

import pytest

from compare.errors import CompareError, InputError
from compare.pipeline import load_folder
from compare.types import RawText
from compare.ui import sources
from compare.ui.pages.answer_key import key_path, key_rows, load_key
from compare.ui.sources import (
    REPORT_HOOK_ENV,
    Upload,
    compare_uploads,
    corpus_folders,
    folder_digests,
    hooked_report,
    plan_uploads,
    read_upload,
    report_hook,
    subset,
)
from compare.ui.tables import flag_entries
from tests.conftest import CORPUS
from tests.ui.fake_report import make_report


def upload(name: str, detected: str = "und", confidence: float = 0.0) -> Upload:
    return Upload(name, name * 4, RawText("text", name, "lines"), "", detected, confidence)


def test_plan_needs_the_german_and_another_version() -> None:
    de, en = upload("de.txt", "de", 0.99), upload("en.txt", "en", 0.99)
    ready = plan_uploads([de, en], ["de", "en"])
    assert ready.ready and ready.others == (("en", en),)
    assert ready.key() == ("de:" + de.digest, "en:" + en.digest)
    assert "none of the uploaded files is German" in plan_uploads([en], ["en"]).errors[0]
    assert "only the German version" in plan_uploads([de], ["de"]).errors[0]
    twice = plan_uploads([de, en, upload("x.txt")], ["de", "en", "en"])
    assert "en.txt, x.txt are all marked en — English" in twice.errors[0]


def test_plan_warns_when_a_file_reads_as_another_language() -> None:
    plan = plan_uploads([upload("a", "de", 0.99), upload("b", "en", 0.95)], ["de", "fr"])
    assert plan.ready
    assert "b is marked fr — French but reads as en — English" in plan.warnings[0]
    unsure = plan_uploads([upload("a", "de", 0.99), upload("b", "en", 0.5)], ["de", "fr"])
    assert unsure.warnings == ()


def test_unreadable_uploads_block_the_comparison() -> None:
    empty = read_upload("e.txt", b"")
    assert not empty.usable and "is empty" in empty.error
    binary = read_upload("b.bin", b"\x00\xff" * 100)
    assert "binary" in binary.error
    files = [upload("de", "de", 1.0), upload("en", "en", 1.0), binary]
    plan = plan_uploads(files, ["de", "en", ""])
    assert not plan.ready and "(or remove the file from the list)" in plan.errors[0]
    with pytest.raises(InputError, match="binary"):
        compare_uploads(plan, encoder=None)


def test_read_upload_identifies_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "_detect", lambda text: ("de", 0.97))
    found = read_upload("x.txt", "Das Europäische Parlament,\n".encode())
    assert found.usable and (found.detected, found.confidence) == ("de", 0.97)


def test_report_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REPORT_HOOK_ENV, raising=False)
    assert report_hook() is None
    monkeypatch.setenv(REPORT_HOOK_ENV, "tests.ui.fake_report:make_report")
    hook = report_hook()
    assert hook is not None and hooked_report(hook, True).langs() == ("en",)
    monkeypatch.setenv(REPORT_HOOK_ENV, "tests.ui.fake_report:DOC_ID")
    with pytest.raises(CompareError, match="is not callable"):
        report_hook()
    with pytest.raises(CompareError, match="returned str, not a compare.types.Report"):
        hooked_report(lambda drafts: "x", False)  # type: ignore[arg-type, return-value]


def test_subset_keeps_report_order() -> None:
    assert subset(make_report(), ["el", "en"]).langs() == ("en", "el")


def test_bundled_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("bundled corpus not in this checkout")
    assert corpus_folders()[0] == CORPUS
    doc = load_folder(CORPUS)
    digests = folder_digests(doc, ["en"], drafts=True)
    assert [d.split(":")[0] for d in digests] == ["de", "en"]
    assert digests != folder_digests(doc, ["en"], drafts=False)
    key = load_key(key_path(doc, "en"))
    rows = key_rows("en", key, flag_entries(make_report(drafts=True), {}))
    assert len(rows) == 12 and {r["known error"] for r in rows} >= {"number", "structure"}


def test_broken_answer_key(tmp_path) -> None:
    bad = tmp_path / "en.key.json"
    bad.write_text("{}")
    with pytest.raises(InputError, match="has no 'divergences' list"):
        load_key(bad)
