"""Retrieval sanity on FLORES-200: German sentences find their translations (slow)."""

from __future__ import annotations

import numpy as np
import pytest

from compare.types import EU_LANGUAGES
from tests.conftest import shared_data

pytestmark = pytest.mark.slow

FLORES_CODES = {
    "bg": "bul_Cyrl", "cs": "ces_Latn", "da": "dan_Latn", "de": "deu_Latn", "el": "ell_Grek",
    "en": "eng_Latn", "es": "spa_Latn", "et": "est_Latn", "fi": "fin_Latn", "fr": "fra_Latn",
    "ga": "gle_Latn", "hr": "hrv_Latn", "hu": "hun_Latn", "it": "ita_Latn", "lt": "lit_Latn",
    "lv": "lvs_Latn", "mt": "mlt_Latn", "nl": "nld_Latn", "pl": "pol_Latn", "pt": "por_Latn",
    "ro": "ron_Latn", "sk": "slk_Latn", "sl": "slv_Latn", "sv": "swe_Latn",
}  # fmt: skip
CANDIDATES = 100
MIN_ACCURACY = 0.95


def flores_lines(lang: str) -> list[str]:
    path = shared_data("flores200-eu24") / f"{FLORES_CODES[lang]}.txt"
    return path.read_text(encoding="utf-8").splitlines()


def nearest_neighbour_accuracy(src: np.ndarray, tgt: np.ndarray, pool: int) -> float:
    """Each source row against ``pool`` candidates (its block of consecutive lines)."""
    hits = 0
    for start in range(0, len(src), pool):
        block = slice(start, min(start + pool, len(src)))
        if block.stop - block.start < pool:  # last short block: take the final `pool` lines
            block = slice(len(src) - pool, len(src))
        sims = src[start : start + pool] @ tgt[block].T
        truth = np.arange(start, min(start + pool, len(src))) - block.start
        hits += int((sims.argmax(axis=1) == truth).sum())
    return hits / len(src)


@pytest.fixture(scope="module")
def german(cached_encoder) -> np.ndarray:
    return cached_encoder.embed(flores_lines("de"))


@pytest.mark.parametrize("lang", [code for code in EU_LANGUAGES if code != "de"])
def test_german_sentences_retrieve_their_translation(lang, german, cached_encoder) -> None:
    other = cached_encoder.embed(flores_lines(lang))
    accuracy = nearest_neighbour_accuracy(german, other, CANDIDATES)
    print(f"de->{lang}: {accuracy:.3f}")
    assert accuracy >= MIN_ACCURACY
