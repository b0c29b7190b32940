"""Dashboard test fixtures: the app on the hand-built report, decisions in a temporary folder.

Without Streamlit (the ``app`` extra) the dashboard's tests are not collected.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest

if importlib.util.find_spec("streamlit") is None:
    collect_ignore_glob = ["test_*.py"]

APP = Path(__file__).resolve().parents[2] / "app.py"
#: Seconds one script run may take: the first run imports pandas, Altair and the pipeline.
RUN_TIMEOUT = 60


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_app(monkeypatch: pytest.MonkeyPatch, data_folder: Path) -> Callable[[], AppTest]:
    """A factory of fresh dashboards (a new session each) on the fake report."""
    from streamlit.testing.v1 import AppTest

    from compare.ui.decisions import DATA_ENV
    from compare.ui.sources import REPORT_HOOK_ENV
    from tests.ui.fake_report import HOOK

    monkeypatch.setenv(REPORT_HOOK_ENV, HOOK)
    monkeypatch.setenv(DATA_ENV, str(data_folder))

    def make() -> AppTest:
        return AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)

    return make


@pytest.fixture
def app(make_app: Callable[[], AppTest]) -> AppTest:
    """A dashboard after its first run."""
    return make_app().run()
