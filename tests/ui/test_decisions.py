"""The SQLite decision store: persistence, replacement, undo, history, transactions, errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from compare.errors import InputError
from compare.ui.decisions import (
    DATA_ENV,
    MAX_COMMENT,
    DecisionStore,
    default_data_folder,
    document_key,
)
from tests.ui.fake_report import make_report

DOC = "doc-1"


def test_decisions_survive_a_new_store(tmp_path: Path) -> None:
    DecisionStore(tmp_path).decide(DOC, "f1", "dismissed", "  spelt that way  ")
    again = DecisionStore(tmp_path)
    decision = again.decisions(DOC)["f1"]
    assert (decision.decision, decision.comment) == ("dismissed", "spelt that way")
    assert again.for_export(DOC) == {"f1": ("dismissed", "spelt that way")}
    assert again.decisions("other-doc") == {}


def test_a_new_decision_replaces_the_old_one_and_history_keeps_both(tmp_path: Path) -> None:
    store = DecisionStore(tmp_path)
    store.decide(DOC, "f1", "dismissed")
    store.decide(DOC, "f1", "accepted", "on second reading")
    assert store.for_export(DOC) == {"f1": ("accepted", "on second reading")}
    store.undo(DOC, "f1")
    assert store.decisions(DOC) == {}
    assert [h.decision for h in store.history(DOC, "f1")] == ["dismissed", "accepted", ""]


def test_decide_many_is_all_or_nothing(tmp_path: Path) -> None:
    store = DecisionStore(tmp_path)
    with pytest.raises(InputError, match="decision must be one of"):
        store.decide_many(DOC, [("f1", "accepted", ""), ("f2", "maybe", "")])
    assert store.decisions(DOC) == {} and store.history(DOC) == []
    store.decide_many(DOC, [("f1", "accepted", ""), ("f2", "dismissed", "")])
    assert sorted(store.decisions(DOC)) == ["f1", "f2"]


def test_a_failing_write_leaves_nothing_half_written(tmp_path: Path) -> None:
    store = DecisionStore(tmp_path)
    store.decide(DOC, "f1", "accepted")
    with sqlite3.connect(store.path) as conn:  # make the history insert fail mid-transaction
        conn.execute("DROP TABLE history")
    with pytest.raises(InputError, match="cannot be used"):
        store.decide(DOC, "f2", "dismissed")
    with sqlite3.connect(store.path) as conn:
        rows = conn.execute("SELECT flag_id FROM decisions").fetchall()
    assert rows == [("f1",)]


def test_bad_input_is_refused(tmp_path: Path) -> None:
    store = DecisionStore(tmp_path)
    with pytest.raises(InputError, match="needs the flag's id"):
        store.decide(DOC, "", "accepted")
    with pytest.raises(InputError, match=f"keep it under {MAX_COMMENT}"):
        store.decide(DOC, "f1", "accepted", "x" * (MAX_COMMENT + 1))


def test_not_a_database(tmp_path: Path) -> None:
    (tmp_path / DecisionStore.FILENAME).write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(InputError, match="is not a decisions database: move that file away"):
        DecisionStore(tmp_path)


def test_unusable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot create the data folder .* choose a folder"):
        DecisionStore(blocker / "sub")


def test_default_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "mine"))
    assert default_data_folder() == tmp_path / "mine"
    monkeypatch.delenv(DATA_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_folder() == tmp_path / "xdg" / "eucompare"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_data_folder() == Path.home() / ".local" / "share" / "eucompare"


def test_document_key_follows_the_german_text() -> None:
    report = make_report()
    assert document_key(report.pivot) == document_key(make_report(drafts=True).pivot)
    assert len(document_key(report.pivot)) == 16
    other = report.result("en").alignment.other
    assert document_key(other) != document_key(report.pivot)
