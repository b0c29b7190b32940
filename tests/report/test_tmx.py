"""alignment.tmx: multilingual TMX 1.4, read back with translate-toolkit."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.report import EXPORTERS
from compare.report.tmx import translation_units
from compare.types import Report

tmx = pytest.importorskip("translate.storage.tmx")
from lxml import etree  # noqa: E402  (translate-toolkit's own dependency)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_back(path: Path) -> list[dict[str, str]]:
    """Every TU as {lang: text}, through translate-toolkit's parser."""
    store = tmx.tmxfile.parsefile(str(path))
    units = []
    for unit in store.units:
        texts = {}
        for node in unit.getlanguageNodes():
            texts[node.get(XML_LANG)] = unit.getNodeText(node)
        units.append(texts)
    return units


def expected(report: Report) -> list[dict[str, str]]:
    return [{v.lang: v.text for v in tu.variants} for tu in translation_units(report)]


def test_round_trip(tmp_path: Path, report: Report) -> None:
    path = EXPORTERS["tmx"]().write(report, tmp_path / "alignment.tmx")
    assert read_back(path) == expected(report)
    store = tmx.tmxfile.parsefile(str(path))
    assert store.getsourcelanguage() == "de"
    root = etree.parse(str(path)).getroot()
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "de" and header.get("creationtool") == "eucompare"


def test_units_keyed_by_pivot_units(tmp_path: Path, report: Report) -> None:
    units = translation_units(report)
    by_id = {tu.tuid: {v.lang: v.text for v in tu.variants} for tu in units}
    pivot = report.pivot
    # 1-1 in every language: one TU holding all four languages
    assert list(by_id["rec:A"]) == ["de", "en", "el", "bg"]
    # en merged par:1+par:2; el and bg aligned them one by one
    merged = by_id["par:1+par:2"]
    assert list(merged) == ["de", "en"]
    assert merged["de"] == pivot.units[4].text + "\n" + pivot.units[5].text
    assert list(by_id["par:1"]) == ["de", "el", "bg"]
    assert list(by_id["par:2"]) == ["de", "bg"]  # omitted in el
    # the Greek unit aligned to nothing has its own TU, after rec:A
    assert by_id["el:other:1"] == {"el": report.result("el").alignment.other.units[4].text}
    order = [tu.tuid for tu in units]
    assert order.index("rec:A") < order.index("el:other:1") < order.index("par:1")
    assert order[0] == "title" and order[-1] == "fn:1"


def test_labels_and_scores_as_properties(tmp_path: Path, report: Report) -> None:
    path = EXPORTERS["tmx"]().write(report, tmp_path / "alignment.tmx")
    root = etree.parse(str(path)).getroot()
    tu = next(t for t in root.iter("tu") if t.get("tuid") == "par:1+par:2")
    en = next(v for v in tu.iter("tuv") if v.get(XML_LANG) == "en")
    assert [c.tag for c in en] == ["prop", "prop", "seg"]
    props = {p.get("type"): p.text for p in en.iter("prop")}
    assert props == {"x-label": "par:1", "x-score": "0.8100"}
    de = next(v for v in tu.iter("tuv") if v.get(XML_LANG) == "de")
    assert {p.get("type"): p.text for p in de.iter("prop")} == {"x-label": "par:1+par:2"}


def test_pivot_only_report(tmp_path: Path, report: Report) -> None:
    import dataclasses

    alone = dataclasses.replace(report, results=())
    path = EXPORTERS["tmx"]().write(alone, tmp_path / "a.tmx")
    assert read_back(path) == [{"de": u.text} for u in report.pivot.units]
