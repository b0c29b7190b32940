"""Document references, URLs and language lists."""

from __future__ import annotations

import pytest

from compare.errors import InputError
from compare.fetch import celex_source, ep_source, parse_langs
from compare.types import EU_LANGUAGES


@pytest.mark.parametrize(
    "reference", ["TA-9-2022-0012", "ta-9-2022-0012", " ep-ta-9-2022-0012 ", "P9_TA(2022)0012"]
)
def test_ep_reference_forms(reference: str) -> None:
    source = ep_source(reference)
    assert source.ref == "TA-9-2022-0012"
    assert source.doc_id == "ep-ta-9-2022-0012"
    assert source.url("en") == (
        "https://www.europarl.europa.eu/doceo/document/TA-9-2022-0012_EN.html"
    )
    assert source.url("ga").endswith("TA-9-2022-0012_GA.html")


@pytest.mark.parametrize("reference", ["", "TA-2022-0012", "2022/2505(RSP)", "TA-9-2022-12"])
def test_bad_ep_reference(reference: str) -> None:
    with pytest.raises(InputError, match="not a European Parliament document reference"):
        ep_source(reference)


def test_celex() -> None:
    source = celex_source("52022IP0012")
    assert source.doc_id == "celex-52022ip0012"
    assert source.url("de") == (
        "https://eur-lex.europa.eu/legal-content/DE/TXT/HTML/?uri=CELEX:52022IP0012"
    )
    assert celex_source("CELEX:32016r0679").ref == "32016R0679"
    assert celex_source("32016R0679(01)").url("en").endswith("CELEX:32016R0679(01)")


@pytest.mark.parametrize("celex", ["", "IP0012", "52022", "5202IP0012", "52022IP0012&x=1"])
def test_bad_celex(celex: str) -> None:
    with pytest.raises(InputError, match="not a CELEX number"):
        celex_source(celex)


def test_langs() -> None:
    assert parse_langs("all") == EU_LANGUAGES
    assert parse_langs(None) == EU_LANGUAGES
    assert parse_langs("DE, en,de") == ("de", "en")
    with pytest.raises(InputError, match=r"unknown language code\(s\) \['xx', 'english'\]"):
        parse_langs("de,xx,english")
    with pytest.raises(InputError, match="unknown language"):
        parse_langs(",")
