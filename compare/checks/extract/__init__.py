"""Locale-aware extraction of numbers, dates, references and names in the 24 EU languages.

Each extractor takes the text of one unit and its language code and returns a tuple of
frozen *mentions*: a value normalised so that it compares across languages, and the
character span of the surface form. They are the raw material of the divergence checks:
the same unit in two language versions should mention the same numbers, dates,
references and names.

- :func:`extract_numbers`: "10 000", "10.000" (de), "1,5", "5 %", "155." (de) / "155th" /
  "155e", and small numbers in words ("zwei", "dhá", "pięciodniowym");
- :func:`extract_dates`: "2. und 3. Dezember 2021", "2022. január 2.", "21.1.2021", ...;
- :func:`extract_references`: "Artikel 144 Absatz 5" = "Rule 144(5)", document codes,
  Official Journal citations;
- :func:`extract_names` with :func:`name_key` / :func:`name_similarity`:
  "Toqaev" = "Tokayev" = "Токаев" = "Τοκάγιεφ";
- :func:`extract_facts` runs the first three so that no digit is counted twice, and
  :func:`match_facts` pairs two versions' facts.

Example:
    >>> from compare.checks.extract import extract_facts, match_facts
    >>> de = extract_facts("gestützt auf Artikel 144 Absatz 5, am 5. Januar 2022", "de")
    >>> el = extract_facts("έχοντας υπόψη το άρθρο 144 παράγραφος 5, στις 5 Ιανουαρίου 2022", "el")
    >>> match_facts(de, el).ok
    True
"""

from __future__ import annotations

from compare.checks.extract.base import (
    NUMBER_KINDS,
    REFERENCE_KINDS,
    DateMention,
    NameMention,
    NumberMention,
    RefMention,
)
from compare.checks.extract.dates import extract_dates
from compare.checks.extract.facts import FactDiff, Facts, extract_facts, match_facts
from compare.checks.extract.names import extract_names, german_word_status
from compare.checks.extract.numbers import extract_numbers, parse_number
from compare.checks.extract.references import extract_references
from compare.checks.extract.translit import (
    NAME_MATCH_THRESHOLD,
    name_key,
    name_similarity,
    names_match,
    transliterate,
)
from compare.types import EU_LANGUAGES as SUPPORTED_LANGUAGES

__all__ = [
    "NAME_MATCH_THRESHOLD",
    "NUMBER_KINDS",
    "REFERENCE_KINDS",
    "SUPPORTED_LANGUAGES",
    "DateMention",
    "FactDiff",
    "Facts",
    "NameMention",
    "NumberMention",
    "RefMention",
    "extract_dates",
    "extract_facts",
    "extract_names",
    "extract_numbers",
    "extract_references",
    "german_word_status",
    "match_facts",
    "name_key",
    "name_similarity",
    "names_match",
    "parse_number",
    "transliterate",
]
