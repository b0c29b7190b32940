"""Measurements converted between imperial and metric units ("6 Zoll" / "15 cm").

Translators of news and reports often convert a measurement into the reader's units and
round it: "20 Fuß" becomes "6 metrów", "100 feet" "30 mètres". The number check would read
that as a changed number. :func:`converted` recognises it: one side has a metric unit
right after its number, the other side has no metric unit there, and the metric value is
the other value times one of :data:`FACTORS` (or the Fahrenheit-Celsius formula), within
:data:`TOLERANCE` (rounding). Two metric values that differ stay a changed number.

Metric units are recognised in all 24 EU languages by their symbols (cm, m, km, kg, l,
°C, ha, km²) and by the stems of their names ("Meter", "metrów", "метра", "μέτρα",
"méter", "metriä", "kilogramm", "litrů").

Example:
    >>> converted(6, "Zoll Regen", 15, "cm de chuva")
    'inch -> cm'
    >>> converted(6, "Meter", 15, "metros") is None
    True
"""

from __future__ import annotations

import re

#: Relative distance allowed between the metric value and the converted one: translators
#: round ("6 inches" = 15.24 cm -> "15 cm"; "20 feet" = 6.10 m -> "6 m"; "100 feet" =
#: 30.5 m -> "30 m").
TOLERANCE = 0.12

#: Metric unit -> {imperial unit: metric units per imperial unit}.
FACTORS: dict[str, dict[str, float]] = {
    "mm": {"inch": 25.4},
    "cm": {"inch": 2.54, "foot": 30.48},
    "m": {"inch": 0.0254, "foot": 0.3048, "yard": 0.9144, "mile": 1609.344},
    "km": {"mile": 1.609344, "foot": 0.0003048},
    "km2": {"square mile": 2.589988},
    "ha": {"acre": 0.404686},
    "g": {"ounce": 28.3495},
    "kg": {"pound": 0.453592, "ounce": 0.0283495},
    "t": {"ton": 0.907185, "pound": 0.000453592},
    "l": {"gallon": 3.78541, "pint": 0.473176},
    "km/h": {"mph": 1.609344},
}

#: Metric unit -> the pattern of the words and symbols that write it, at the start of the
#: text that follows a number.
_METRIC: tuple[tuple[str, str], ...] = (
    ("km/h", r"km\s*/\s*h|км/ч|χλμ/ώρα"),
    ("km2", r"km²|km2|квадратни\s+километр\w*|τετραγωνικ\w+\s+χιλιόμετρ\w*"),
    ("mm", r"mm\b|milim\w*tr\w*|millim\w*tr\w*|милиметр\w*|χιλιοστ\w*"),
    ("cm", r"cm\b|см\b|εκ\.|zentimeter\w*|centim\w*tr\w*|cent[íi]m\w*|сантиметр\w*|"
           r"εκατοστ\w*|sentti\w*|sentimeet\w*|centymetr\w*|centimet\w*"),
    ("km", r"km\b|км\b|χλμ|kilom\w*t\w*|kilometr\w*|километр\w*|χιλιόμετρ\w*"),
    ("m", r"m\b|м\b|μ\.|meter\w*|metre\w*|mètre\w*|metr\w*|metri\w*|metro\w*|méter\w*|"
          r"meetri\w*|metar\w*|метр\w*|метъ?р\w*|μέτρ\w*|mejtru|mitru"),
    ("kg", r"kg\b|кг\b|κιλ\w*|kilogram\w*|kilo\b|kiló\w*|килограм\w*"),
    ("g", r"g\b|гр?\b|gramm?\w*|gram\w*|γραμμάρ\w*|грам\w*"),
    ("t", r"t\b|тона\b|tonn\w*|tun\w*|tonel\w*|тон\w*|τόν\w*"),
    ("l", r"l\b|л\b|lit(?:er|re|ro|r)\w*|liitr\w*|litr\w*|литр\w*|λίτρ\w*"),
    ("ha", r"ha\b|хектар\w*|hektar\w*|hect[aá]r\w*|εκτάρι\w*"),
)  # fmt: skip
_METRIC_RE = tuple((u, re.compile(rf"[\s\u00a0]*-?(?:{p})", re.IGNORECASE)) for u, p in _METRIC)
_CELSIUS = re.compile(r"\s*(?:°\s*C\b|grad\w*\s+celsius|celsius|°)", re.IGNORECASE)


def metric_unit(after: str) -> str | None:
    """The metric unit written at the start of ``after`` (the text following a number).

    Example:
        >>> metric_unit(" metrów wysokości"), metric_unit(" Fuß hoch"), metric_unit("°C")
        ('m', None, '°C')
    """
    if _CELSIUS.match(after):
        return "°C"
    for unit, pattern in _METRIC_RE:
        if pattern.match(after):
            return unit
    return None


def converted(first: float, first_after: str, second: float, second_after: str) -> str | None:
    """How two values are one measurement in two units ("foot -> m"), or None.

    Args:
        first: the value on one side.
        first_after: the text that follows it there.
        second: the value on the other side.
        second_after: the text that follows it there.
    """
    first_unit, second_unit = metric_unit(first_after), metric_unit(second_after)
    if first_unit is not None and second_unit is None:
        metric, imperial, unit = first, second, first_unit
    elif second_unit is not None and first_unit is None:
        metric, imperial, unit = second, first, second_unit
    else:
        return None  # both metric (a changed value) or neither (nothing to tell)
    if unit == "°C":
        return "°F -> °C" if _close((imperial - 32) * 5 / 9, metric) else None
    for name, factor in FACTORS.get(unit, {}).items():
        if _close(imperial * factor, metric):
            return f"{name} -> {unit}"
    return None


def _close(expected: float, given: float) -> bool:
    return abs(expected - given) <= TOLERANCE * max(abs(given), abs(expected)) + 1e-9
