"""The dashboard driven through Streamlit's AppTest, on the hand-built report (offline, fast)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from compare.ui import sources
from compare.ui.decisions import DecisionStore, document_key
from compare.ui.sources import REPORT_HOOK_ENV
from tests.ui.fake_report import make_report

PAGES = ("Overview", "Side by side", "Review", "Export")


def assert_clean(at: AppTest) -> None:
    """No exception and no error message."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def goto(at: AppTest, page: str) -> AppTest:
    return at.segmented_control(key="page").set_value(page).run()


def html_text(at: AppTest) -> str:
    return "\n".join(str(h.proto.body) for h in at.html)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def walk(node: object) -> Iterator[object]:
    for child in getattr(node, "children", {}).values():
        yield child
        yield from walk(child)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(app: AppTest, page: str) -> None:
    goto(app, page)
    assert_clean(app)
    assert app.segmented_control(key="page").value == page


def test_drafts_are_labelled_and_have_an_answer_key(app: AppTest) -> None:
    app.radio(key="variant").set_value("drafts").run()
    assert_clean(app)
    assert any("drafts with known, injected errors" in w.value for w in app.warning)
    assert "Answer key" in app.segmented_control(key="page").options
    goto(app, "Answer key")
    assert_clean(app)
    frame = app.dataframe[0].value
    assert set(frame["lang"]) == {"en"} and len(frame) == 12  # the bundled English draft's key
    assert app.metric[0].label == "en draft: errors flagged"
    goto(app, "Side by side")
    assert "DRAFT with injected errors" in html_text(app)


def assert_keyed(at: AppTest, where: str) -> None:
    for tree in (at.main, at.sidebar):
        for node in walk(tree):
            if hasattr(node, "_widget_state") or type(node).__name__ == "ButtonGroup":
                assert getattr(node, "key", None), f"{where}: {type(node).__name__} has no key"


def test_every_widget_has_a_key(app: AppTest) -> None:
    for page in PAGES:
        assert_keyed(goto(app, page), page)
    app.radio(key="variant").set_value("drafts").run()
    assert_keyed(goto(app, "Answer key"), "Answer key")


def test_pick_languages(app: AppTest) -> None:
    assert metric(app, "Languages compared") == "3"
    app.multiselect(key="langs_clean").set_value(["en", "el"])
    app.button(key="compare_submit").click().run()
    assert_clean(app)
    assert metric(app, "Languages compared") == "2"
    assert set(app.dataframe(key="flag_table").value["lang"]) == {"en"}


def test_filter_by_type_and_language(app: AppTest) -> None:
    app.multiselect(key="filter_types").set_value(["number", "modality"]).run()
    assert set(app.dataframe(key="flag_table").value["type"]) == {"number", "modality"}
    app.multiselect(key="filter_langs").set_value(["fr"]).run()
    frame = app.dataframe(key="flag_table").value
    assert list(frame["type"]) == ["modality"] and metric(app, "Flags shown") == "1"


def test_open_a_unit_side_by_side(app: AppTest) -> None:
    app.selectbox(key="ov_unit").set_value("par:1")
    app.selectbox(key="ov_lang").set_value("en")
    app.button(key="ov_open").click().run()
    assert_clean(app)
    assert app.segmented_control(key="page").value == "Side by side"
    assert app.selectbox(key="sbs_unit").value == "par:1"
    html = html_text(app)
    assert "German par:1 + par:2 merged into one unit" in html
    assert "merged into the unit shown with German par:1" in html  # par:2's row


def test_flags_are_highlighted_and_escaped(app: AppTest) -> None:
    goto(app, "Side by side")
    html = html_text(app)
    assert '<mark class="t-number sev-error cur"' in html and ">252</mark>" in html
    assert "&lt;were&gt; killed &amp; injured" in html and "<were>" not in html
    assert "no counterpart of German rec:B" in html


def test_next_and_previous_flag(app: AppTest) -> None:
    goto(app, "Side by side")
    assert app.selectbox(key="sbs_unit").value == "rec:A"
    app.button(key="sbs_next").click().run()
    assert app.selectbox(key="sbs_unit").value == "rec:B"
    app.button(key="sbs_prev").click().run()
    app.button(key="sbs_prev").click().run()
    assert app.selectbox(key="sbs_unit").value == "par:3"  # wraps around to the last flag
    assert_clean(app)


def test_dismissal_persists_across_sessions(
    make_app: Callable[[], AppTest], data_folder: Path
) -> None:
    app = goto(make_app().run(), "Side by side")
    app.text_area(key=next(t.key for t in app.text_area)).input("225 is right, typo in draft")
    app.button(key="sbs_dismiss").click().run()
    assert_clean(app)
    assert metric(goto(app, "Overview"), "Accepted / dismissed") == "0 / 1"
    # a new session (as after a restart) reads the decision from the data folder
    again = make_app().run()
    assert metric(again, "Accepted / dismissed") == "0 / 1"
    assert metric(again, "Flags shown") == "5"  # dismissed flags leave the counts
    again.multiselect(key="filter_statuses").set_value(["dismissed"]).run()
    frame = again.dataframe(key="flag_table").value
    assert list(frame["comment"]) == ["225 is right, typo in draft"]
    stored = DecisionStore(data_folder).decisions(document_key(make_report().pivot))
    assert [d.decision for d in stored.values()] == ["dismissed"]


def test_accept_then_undo(app: AppTest) -> None:
    goto(app, "Review")
    app.button(key="rev_accept").click().run()
    assert metric_like(app, "1 of 6 flags reviewed")
    app.button(key="rev_prev").click().run()
    app.button(key="rev_undo").click().run()
    assert_clean(app)
    assert metric_like(app, "0 of 6 flags reviewed")


def metric_like(at: AppTest, text: str) -> bool:
    return any(text in (p.proto.text or "") for p in at.get("progress"))


def test_export_offers_every_file(app: AppTest) -> None:
    goto(app, "Export")
    assert_clean(app)
    keys = {b.key for b in app.get("download_button")}
    assert keys == {f"download_{n}" for n in ("csv", "xlsx", "json", "jsonl", "tmx", "html")}


def test_bad_data_folder_is_a_message(app: AppTest, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    app.text_input(key="data_folder").input(str(blocker)).run()
    assert not app.exception
    assert any("cannot create the data folder" in e.value for e in app.sidebar.error)
    goto(app, "Side by side")
    assert any("Decisions cannot be saved" in w.value for w in app.warning)


def test_bad_report_hook_is_a_message(
    make_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(REPORT_HOOK_ENV, "no.such.module:make")
    at = make_app().run()
    assert not at.exception
    assert any("does not name a function" in e.value for e in at.error)


@pytest.fixture
def uploads(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The upload page, with language identification replaced by a keyword guess."""

    def guess(text: str) -> tuple[str, float]:
        if "Parlament" in text:
            return "de", 0.99
        return ("en", 0.97) if "Parliament" in text else ("und", 0.0)

    monkeypatch.setattr(sources, "_detect", guess)
    return app.radio(key="source").set_value("upload").run()


GERMAN = "Das Europäische Parlament,\n1. fordert die Freilassung aller Gefangenen;\n"
ENGLISH = "The European Parliament,\n1. Calls for the release of all prisoners;\n"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([("blob.txt", b"\x00\x01\x02" * 50, "text/plain")], "looks like a binary file"),
        ([("empty.txt", b"", "text/plain")], "is empty"),
        ([("broken.pdf", b"%PDF-1.4 not really", "application/pdf")], "not a readable PDF"),
        ([("en.txt", ENGLISH.encode(), "text/plain")], "none of the uploaded files is German"),
        ([("de.txt", GERMAN.encode(), "text/plain")], "only the German version was uploaded"),
    ],
)
def test_bad_uploads_are_messages(
    uploads: AppTest, files: list[tuple[str, bytes, str]], message: str
) -> None:
    uploads.file_uploader(key="uploads").set_value(files).run()
    assert not uploads.exception
    assert any(message in e.value for e in uploads.error), [e.value for e in uploads.error]
    assert uploads.button(key="upload_compare").disabled


def test_every_upload_widget_has_a_key(uploads: AppTest) -> None:
    files = [("a.txt", GERMAN.encode(), "text/plain"), ("b.bin", b"\x00" * 9, "text/plain")]
    uploads.file_uploader(key="uploads").set_value(files).run()
    assert_keyed(uploads, "upload")


def test_wrong_language_choice_is_flagged(uploads: AppTest) -> None:
    files = [("a.txt", GERMAN.encode(), "text/plain"), ("b.txt", ENGLISH.encode(), "text/plain")]
    uploads.file_uploader(key="uploads").set_value(files).run()
    lang_boxes = [s for s in uploads.selectbox if s.key.startswith("upload_lang_")]
    assert [s.value for s in lang_boxes] == ["de", "en"]
    lang_boxes[1].set_value("fr").run()
    assert any("reads as en — English" in w.value for w in uploads.warning)
    uploads.button(key="upload_compare").click().run()
    assert_clean(uploads)
    assert uploads.segmented_control(key="page").value == "Overview"
