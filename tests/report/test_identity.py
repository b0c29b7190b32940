"""flag_id: stable, short, and blind to what a re-run may change (severity, score, message)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from compare.report import flag_id
from compare.types import Divergence

FLAG = Divergence(
    "en", "number", "error", 0.97, "rec:A", "rec:A", (22, 24), (8, 10), "12", "21",
    "the number 12 became 21", (("pivot_value", "12"),),
)  # fmt: skip
#: Pinned: the dashboard stores decisions under these ids, so they must never change.
KNOWN_ID = flag_id(FLAG)


def test_format() -> None:
    assert len(KNOWN_ID) == 16
    assert int(KNOWN_ID, 16) >= 0


def test_pinned_value() -> None:
    assert KNOWN_ID == "8b09c97e2542a0b2"


def test_ignores_severity_score_message_evidence() -> None:
    changed = dataclasses.replace(
        FLAG, severity="warning", score=0.1, message="reworded", evidence=()
    )
    assert flag_id(changed) == KNOWN_ID


def test_depends_on_location_and_texts() -> None:
    for change in (
        {"lang": "fr"},
        {"type": "date"},
        {"pivot_unit": "rec:B"},
        {"other_unit": None},
        {"pivot_span": (22, 25)},
        {"other_span": None},
        {"pivot_text": "13"},
        {"other_text": "twenty-one"},
    ):
        assert flag_id(dataclasses.replace(FLAG, **change)) != KNOWN_ID, change


def test_same_in_another_interpreter_with_other_hash_seed() -> None:
    code = (
        "from compare.types import Divergence; from compare.report.identity import flag_id;"
        "print(flag_id(Divergence('en','number','error',0.97,'rec:A','rec:A',(22,24),(8,10),"
        "'12','21','x')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == KNOWN_ID
