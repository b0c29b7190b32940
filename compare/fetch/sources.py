"""Where the official language versions of a document are published.

* European Parliament adopted texts and other plenary documents ("doceo" pages):
  ``https://www.europarl.europa.eu/doceo/document/TA-9-2022-0012_EN.html``;
* anything with a CELEX number, on EUR-Lex:
  ``https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:52022IP0012``.

The language code in both URLs is the upper-case ISO 639-1 code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from compare.errors import InputError
from compare.types import EU_LANGUAGES

EP_URL = "https://www.europarl.europa.eu/doceo/document/{ref}_{LANG}.html"
EURLEX_URL = "https://eur-lex.europa.eu/legal-content/{LANG}/TXT/HTML/?uri=CELEX:{celex}"

# TA-9-2022-0012, A-9-2021-0123, B-9-2022-0052, RC-9-2022-0061 (optionally "ep-" first)
_EP_REF = re.compile(r"^(?:EP-)?([A-Z]{1,3})-(\d{1,2})-(\d{4})-(\d{4})$")
# P9_TA(2022)0012, the reference printed on adopted texts
_EP_PRINTED = re.compile(r"^P(\d{1,2})_([A-Z]{1,3})\((\d{4})\)(\d{4})$")
# sector (0-9, C, E), year, document type (1-2 letters), number, optional suffixes
_CELEX = re.compile(r"^[0-9CE]\d{4}[A-Z]{1,2}\d{1,5}[A-Z0-9()_.\-]{0,20}$")


@dataclass(frozen=True)
class Source:
    """A document on one site: ``kind`` is "ep" or "eurlex"; ``ref`` the site's reference."""

    kind: str
    ref: str

    @property
    def doc_id(self) -> str:
        """The corpus folder name: ``ep-ta-9-2022-0012`` or ``celex-52022ip0012``."""
        prefix = "ep" if self.kind == "ep" else "celex"
        return f"{prefix}-{re.sub(r'[^a-z0-9-]+', '-', self.ref.lower()).strip('-')}"

    def url(self, lang: str) -> str:
        """The page of one language version."""
        if self.kind == "ep":
            return EP_URL.format(ref=self.ref, LANG=lang.upper())
        return EURLEX_URL.format(LANG=lang.upper(), celex=quote(self.ref, safe="()"))


def ep_source(reference: str) -> Source:
    """A European Parliament document from its reference.

    Accepts ``TA-9-2022-0012`` (any case), the corpus id ``ep-ta-9-2022-0012`` and the
    printed reference ``P9_TA(2022)0012``.

    Raises:
        InputError: the reference has none of these forms.

    Example:
        >>> ep_source("P9_TA(2022)0012").url("en")
        'https://www.europarl.europa.eu/doceo/document/TA-9-2022-0012_EN.html'
    """
    text = reference.strip().upper()
    if match := _EP_REF.match(text):
        kind, term, year, number = match.groups()
    elif match := _EP_PRINTED.match(text):
        term, kind, year, number = match.groups()
    else:
        raise InputError(
            f"{reference!r} is not a European Parliament document reference: give it as "
            "TA-9-2022-0012 (adopted text, term, year, number) or P9_TA(2022)0012, or use "
            "--celex for EUR-Lex"
        )
    return Source("ep", f"{kind}-{int(term)}-{year}-{number}")


def celex_source(celex: str) -> Source:
    """A document on EUR-Lex from its CELEX number (``52022IP0012``, ``32016R0679``).

    Raises:
        InputError: not a CELEX number.

    Example:
        >>> celex_source("celex:52022ip0012").doc_id
        'celex-52022ip0012'
    """
    text = celex.strip().upper()
    text = text.removeprefix("CELEX:")
    if not _CELEX.match(text):
        raise InputError(
            f"{celex!r} is not a CELEX number: it reads like 52022IP0012 (sector, year, "
            "document type, number); EUR-Lex shows it on every document's page"
        )
    return Source("eurlex", text)


def parse_langs(value: str | None) -> tuple[str, ...]:
    """Language codes from ``--langs``: ``all`` (or empty) or a comma-separated list.

    Raises:
        InputError: an unknown language code.

    Example:
        >>> parse_langs("EN, de,en")
        ('en', 'de')
    """
    if value is None or value.strip().lower() in ("", "all"):
        return EU_LANGUAGES
    langs = tuple(dict.fromkeys(x.strip().lower() for x in value.split(",") if x.strip()))
    unknown = [x for x in langs if x not in EU_LANGUAGES]
    if unknown or not langs:
        raise InputError(
            f"unknown language code(s) {unknown or [value]}: give 'all' or a comma-separated "
            f"list of {', '.join(EU_LANGUAGES)}"
        )
    return langs
