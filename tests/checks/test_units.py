"""Measurements converted between imperial and metric units are info, not changed numbers."""

from __future__ import annotations

import pytest

from compare.checks.extract.units import converted, metric_unit
from compare.checks.facts import compare_facts


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" cm de chuva", "cm"),
        (" metrów wysokości", "m"),
        ("-метровото наводнение", "m"),
        (" μέτρα", "m"),
        (" méter magas", "m"),
        (" metriä", "m"),
        (" km/h", "km/h"),
        (" kilogrammes", "kg"),
        (" °C", "°C"),
        (" Fuß hoch", None),
        (" feet", None),
        (" Menschen", None),
    ],
)
def test_metric_units_in_many_languages(after: str, unit: str | None) -> None:
    assert metric_unit(after) == unit


@pytest.mark.parametrize(
    ("pivot", "other", "lang", "how"),
    [
        ("dass 6 Zoll Regen die Dämme brechen", "que 15 cm de chuva podem romper", "pt",
         "inch -> cm"),
        ("bis zu 20 Fuß hoch überflutet", "до 6-метровото наводнение", "bg", "foot -> m"),
        ("auf einem 100 Fuß langen Abschnitt", "na úseku širokém 30 metrů", "cs", "foot -> m"),
        ("eine Strecke von 26 Meilen", "une distance de 42 km", "fr", "mile -> km"),
        ("bei 90 Grad Fahrenheit", "à 32 °C", "fr", "°F -> °C"),
    ],
)  # fmt: skip
def test_a_converted_measurement_is_info(pivot: str, other: str, lang: str, how: str) -> None:
    [finding] = compare_facts(pivot, "de", other, lang)
    assert (finding.subtype, finding.severity) == ("converted", "info")
    assert finding.detail == f"converted, {how}"


@pytest.mark.parametrize(
    ("pivot", "other", "lang"),
    [
        # both metric: a changed value, whatever the ratio
        ("6 Meter hoch", "15 metros de altura", "pt"),
        # no conversion factor links the values
        ("bis zu 20 Fuß hoch", "až do výšky 9 metrov", "sk"),
        # no unit on either side
        ("6 Häuser", "15 houses", "en"),
    ],
)
def test_other_changed_measurements_stay_errors(pivot: str, other: str, lang: str) -> None:
    [finding] = compare_facts(pivot, "de", other, lang)
    assert (finding.subtype, finding.severity) == ("changed", "error")


def test_converted_needs_one_metric_side() -> None:
    assert converted(20, " Fuß", 6, " metrů") == "foot -> m"
    assert converted(6, " metrů", 20, " Fuß") == "foot -> m"
    assert converted(6, " metrů", 20, " metrů") is None
    assert converted(6, " Fuß", 20, " feet") is None
