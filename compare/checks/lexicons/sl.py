"""Slovene cues ("poziva" is the EP's "calls on", "odločno poziva" its "strongly urges")."""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:odločno|ostro|močno|vztrajno|nujno)"

LEXICON = build(
    "sl",
    negation=(
        r"ne",
        r"ni|niso|nisem|nismo|niste|nista|nima|nimajo|nimamo",
        r"noče|nočejo",
        r"niti",
    ),
    concord=(
        r"nikoli|nikdar",
        r"nobe\w+",
        r"nič|ničesar|nihče|nikogar|nikjer",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"brez",
        r"ne\s+(?:\S+\s+)?več|nič\s+več",
        # the "ne-" of negated and privative words, not of "some-" words and the like
        r"ne(?!k(?:aj|do|je|oč|ater\w*|ako|am|oga|omu|em|om|ih|im)\b)\w{3,}",
        r"brez\s+(?:odlašanja|omejitev|ovir|izjeme|pridržkov)",
        r"vzdrž\w+",
        r"prenehaj\w*|preneha\w*|prekini\w*|odpravijo",
        r"pomanjkanj\w*|odsotnost\w*",
        # preventing is a lexical negation ("keeps it from competing")
        r"prepreč\w*|izogib\w*|izogn\w*|varuje\s+pred",
    ),
    idioms=(
        r"ne\s+samo|ne\s+le",
        r"najpozneje",
        r"in\s+ne",
        r"dokler\s+(?:\S+\s+){0,4}?ne",
        r"brez\s+(?:dvoma|meja)",
    ),
    poles={
        "peace": ((r"miroljubn\w*", r"mirn\w*", r"nenasiln\w*"), (r"nasiln\w*",)),
        "legality": (
            (r"zakonit\w*", r"legaln\w*"),
            (r"nezakonit\w*", r"nelegaln\w*", r"protipravn\w*"),
        ),
        "legitimacy": ((r"legitimn\w*",), (r"nelegitimn\w*",)),
        "proportionality": (
            (r"sorazmern\w*",),
            (r"nesorazmern\w*", r"pretiran\w*", r"prekomern\w*"),
        ),
        "arbitrariness": ((), (r"samovoljn\w*", r"arbitrarn\w*")),
        "democracy": ((r"demokratičn\w*",), (r"nedemokratičn\w*", r"protidemokratičn\w*")),
        "independence": ((r"neodvisn\w*",), ()),
        "freedom": ((r"svobodn\w*",), (r"nesvobodn\w*",)),
        "fairness": ((r"pošten\w*", r"pravičn\w*"), (r"nepošten\w*", r"nepravičn\w*")),
        "acceptability": ((r"sprejemljiv\w*",), (r"nesprejemljiv\w*",)),
        "valence": ((r"pozitivn\w*",), (r"negativn\w*",)),
        "change": (
            (r"povečan\w*", r"naraščajoč\w*", r"povečuj\w*", r"vse\s+večj\w*"),
            (r"zmanjšan\w*", r"upad\w*", r"padajoč\w*", r"zmanjšuj\w*"),
        ),
        "time": ((r"preden|pred\s+tem",), (r"potem,?\s+ko|nato|zatem",)),
    },
    scales={
        "demand": (
            (4, rf"{_STRONG}\s+(?:\S+\s+)?(?:poziva|zahteva)"),
            (3, r"poziva|zahteva|vztraja"),
            (2, r"spodbuja|priporoča|prosi"),
            (1, r"predlaga|vabi"),
        ),
        "obligation": (
            (3, r"mora|morajo|morata"),
            (2, r"bi\s+(?:\S+\s+){0,2}?moral\w*|moral\w*\s+bi"),
            (1, r"lahko|more|morejo"),
        ),
        "condemnation": (
            (4, r"(?:najostreje|odločno|ostro|močno)\s+obsoja"),
            (4, r"obsoja\s+(?:\S+\s+){0,2}?najostreje"),
            (3, r"obsoja"),
            (2, r"globoko\s+obžaluje|obžaluje\s+globoko"),
            (1, r"obžaluje|izraža\s+obžalovanje"),
        ),
        "approval": (
            (2, r"(?:toplo|močno|zelo|odločno)\s+pozdravlja"),
            (1, r"pozdravlja|odobrava|pohvali|je\s+zadovoljen"),
        ),
        "concern": (
            (2, r"je\s+(?:globoko|resno|zelo|izredno|močno)\s+zaskrbljen\w*"),
            (2, r"izraža\s+(?:svojo\s+)?(?:globoko|resno)\s+zaskrbljenost"),
            (1, r"je\s+zaskrbljen\w*|izraža\s+(?:svojo\s+)?zaskrbljenost"),
            (1, r"z\s+zaskrbljenostjo"),
        ),
        "note": ((0, r"je\s+seznanjen|se\s+seznanja|ugotavlja|jemlje\s+na\s+znanje"),),
    },
)
