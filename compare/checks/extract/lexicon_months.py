"""Month-name forms that CLDR (babel) lacks, and the words around dates, per language.

babel gives each language's format and stand-alone month names, wide and abbreviated: the
nominative and, for some languages, the genitive ("stycznia", "ledna", "sausio"). Dates in
running text also use locative, dative, adjectival and case-suffixed forms ("w styczniu",
"v lednu", "janvārī", "tammikuussa", "januárban", "jaanuaril"); these are listed or
generated here.
"""

from __future__ import annotations

#: Extra month forms, months 1..12, each a space-separated list.
EXTRA_FORMS: dict[str, tuple[str, ...]] = {
    "cs": (
        "lednu",
        "únoru",
        "březnu",
        "dubnu",
        "květnu",
        "červnu",
        "červenci",
        "srpnu",
        "září",
        "říjnu",
        "listopadu",
        "prosinci",
    ),
    "de": ("Jänner Januars", "Februars", "", "Aprils", "", "", "", "Augusts", "", "", "", ""),
    "el": (
        "Ιανουάριο Γενάρη",
        "Φεβρουάριο",
        "Μάρτιο",
        "Απρίλιο",
        "Μάιο Μάη",
        "Ιούνιο",
        "Ιούλιο",
        "Αύγουστο",
        "Σεπτέμβριο",
        "Οκτώβριο",
        "Νοέμβριο",
        "Δεκέμβριο",
    ),
    "ga": (
        "",
        "",
        "",
        "Aibreáin",
        "",
        "Meithimh",
        "",
        "",
        "",
        "",
        "Samhna",
        "Nollag",
    ),
    "hr": (
        "siječnju",
        "veljači",
        "ožujku",
        "travnju",
        "svibnju",
        "lipnju",
        "srpnju",
        "kolovozu",
        "rujnu",
        "listopadu",
        "studenom studenome studenog",
        "prosincu",
    ),
    "lt": (
        "sausį sausyje",
        "vasarį vasaryje",
        "kovą",
        "balandį",
        "gegužę gegužėje",
        "birželį",
        "liepą",
        "rugpjūtį",
        "rugsėjį",
        "spalį",
        "lapkritį",
        "gruodį",
    ),
    "lv": (
        "janvārī janvāra janvāri janvārim",
        "februārī februāra februāri februārim",
        "martā marta martu martam",
        "aprīlī aprīļa aprīli aprīlim",
        "maijā maija maiju maijam",
        "jūnijā jūnija jūniju jūnijam",
        "jūlijā jūlija jūliju jūlijam",
        "augustā augusta augustu augustam",
        "septembrī septembra septembri septembrim",
        "oktobrī oktobra oktobri oktobrim",
        "novembrī novembra novembri novembrim",
        "decembrī decembra decembri decembrim",
    ),
    "pl": (
        "styczniu",
        "lutym",
        "marcu",
        "kwietniu",
        "maju",
        "czerwcu",
        "lipcu",
        "sierpniu",
        "wrześniu",
        "październiku",
        "listopadzie",
        "grudniu",
    ),
    "sk": (
        "januári",
        "februári",
        "marci",
        "apríli",
        "máji",
        "júni",
        "júli",
        "auguste",
        "septembri",
        "októbri",
        "novembri",
        "decembri",
    ),
    "sl": (
        "januarja januarju",
        "februarja februarju",
        "marca marcu",
        "aprila aprilu",
        "maja maju",
        "junija juniju",
        "julija juliju",
        "avgusta avgustu",
        "septembra septembru",
        "oktobra oktobru",
        "novembra novembru",
        "decembra decembru",
    ),
}

#: Estonian genitive stems, to which case endings are added ("jaanuari" + "l" = adessive).
ET_STEMS: tuple[str, ...] = (
    "jaanuari",
    "veebruari",
    "märtsi",
    "aprilli",
    "mai",
    "juuni",
    "juuli",
    "augusti",
    "septembri",
    "oktoobri",
    "novembri",
    "detsembri",
)
ET_ENDINGS: tuple[str, ...] = ("", "l", "s", "st", "ks", "ni", "le", "sse")

#: Finnish: the nominative ("tammikuu") plus these endings ("tammikuussa", "tammikuun").
FI_ENDINGS: tuple[str, ...] = ("", "ta", "n", "ssa", "sta", "hun", "lla", "lle", "lta", "ksi")

#: Hungarian: the nominative ("január") plus these endings ("januárban", "januári").
HU_ENDINGS: tuple[str, ...] = (
    "",
    "i",
    "ig",
    "ban",
    "ben",
    "ra",
    "re",
    "tól",
    "től",
    "ja",
    "je",
    "jában",
    "jében",
    "ában",
    "ében",
    "jától",
    "jétől",
)

#: Languages whose month names are capitalised: a lower-case form there is another word
#: (English "may", "march").
CAPITALISED: frozenset[str] = frozenset({"de", "el", "en", "ga", "mt"})

#: Month names that are also common words ("mai" is "more" in Romanian): such a month only
#: counts with a year. (English "may" and "march" are caught by :data:`CAPITALISED`.)
AMBIGUOUS: dict[str, frozenset[str]] = {
    "ro": frozenset({"mai"}),
    "fr": frozenset({"mars"}),
    "lt": frozenset({"liepos", "liepą"}),
}

#: Words joining the days of one date expression ("2. und 3. Dezember", "2-án és 3-án").
DAY_JOINERS: dict[str, str] = {
    "bg": r"и|или|до",
    "cs": r"a|nebo|až",
    "da": r"og|eller|til",
    "de": r"und|oder|bis",
    "el": r"και|ή|έως",
    "en": r"and|or|to",
    "es": r"y|o|al",
    "et": r"ja|või",
    "fi": r"ja|tai",
    "fr": r"et|ou|au",
    "ga": r"agus|nó|go",
    "hr": r"i|ili|do",
    "hu": r"és|vagy",
    "it": r"e|o|al",
    "lt": r"ir|arba|iki",
    "lv": r"un|vai|līdz",
    "mt": r"u|jew|sa",
    "nl": r"en|of|tot",
    "pl": r"i|lub|oraz|do",
    "pt": r"e|ou|a",
    "ro": r"și|şi|sau",
    "sk": r"a|alebo|až",
    "sl": r"in|ali|do",
    "sv": r"och|eller|till",
}

#: An article or preposition that may precede a listed day ("an 2 agus an 3 Nollaig",
#: "tat-2 u t-3 ta’ Diċembru", "den 2 och den 3 december").
DAY_ARTICLES: dict[str, str] = {
    "da": r"den\s+",
    "de": r"(?:der|den|dem|am|vom|zum)\s+",
    "el": r"(?:η|την|της|τη|στις|τις)\s+",
    "en": r"(?:the|on)\s+",
    "es": r"(?:el|del|al)\s+",
    "fr": r"(?:le|du|au)\s+",
    "ga": r"an\s+",
    "it": r"(?:il|del|al|l['’]|dell['’]|all['’])\s*",
    "mt": r"[^\W\d_]{1,3}-",
    "nl": r"(?:op|van)\s+",
    "pt": r"(?:o|em)\s+",
    "sv": r"den\s+",
}

#: What may be written after the day number ("2.", "1er", "1.º", "11ης", "30ής", "2-án").
DAY_SUFFIXES: dict[str, str] = {
    "cs": r"\.",
    "da": r"\.",
    "de": r"\.",
    "el": r"(?:[ηή]ς|[αά]ς|η|α)",
    "en": r"(?:st|nd|rd|th)",
    "es": r"\.?[ºª°]",
    "et": r"\.",
    "fi": r"\.",
    "fr": r"(?:er|re)",
    "ga": r"ú",
    "hr": r"\.",
    "hu": r"(?:\.|-(?:[^\W\d_]+))",
    "it": r"[º°]",
    "lv": r"\.",
    "pl": r"\.",
    "pt": r"\.?[ºª°]",
    "sk": r"\.",
    "sl": r"\.",
}

#: What may stand between the day and the month ("2 de enero", "2 ta’ Jannar", the Finnish
#: of acts "30 päivänä toukokuuta 2022").
DAY_MONTH_FILLERS: dict[str, str] = {
    "en": r"\s+of\s+",
    "es": r"\s+de\s+",
    "fi": r"\s+päivänä\s+",
    "mt": r"\s+ta['’]\s*",
    "pt": r"\s+de\s+",
}

#: What may stand between the month and the year ("enero de 2022", "Ιανουάριο του 2022").
MONTH_YEAR_FILLERS: dict[str, str] = {
    "el": r"\s+του\s+",
    "es": r"\s+de\s+",
    "pt": r"\s+de\s+",
}

#: What may follow the year ("2022 г.", "2022 r.", "2022.", "2022 m.", "2022. gada").
YEAR_SUFFIXES: dict[str, str] = {
    "bg": r"\s?г\.?",
    "et": r"\.\s?aasta[^\W\d_]*",
    "hr": r"\.(?!\d)",
    "hu": r"\.(?!\d)",
    "lt": r"\s?m\.",
    "lv": r"\.\s?gad[aā][^\W\d_]*",
    "pl": r"\s?r\.",
}

#: Year-month-day languages: what joins year, month and day ("2022. gada 2. janvārī").
YMD_YEAR_JOIN: dict[str, str] = {
    "hu": r"\.?\s+",
    "lt": r"\s?m\.\s+",
    "lv": r"\.\s?gad[aā]\s+",
    "et": r"\.\s?aasta\s+",
}
