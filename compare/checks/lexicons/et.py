"""Estonian cues ("kutsub ... üles" is the EP's "calls on", "nõuab tungivalt" its "strongly
urges"). The abessive ("viivitamata", "piiramata") and caritive adjectives in -matu
("sõltumatu", "vastuvõetamatu") are weak cues.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:tungivalt|kindlalt|jõuliselt|resoluutselt)"

LEXICON = build(
    "et",
    negation=(
        r"ei|mitte|pole|polnud|polegi",
        r"ega",
        r"mitte\s+kunagi|mitte\s+midagi|mitte\s+keegi",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"ilma",
        r"enam\s+ei|ei\s+(?:\S+\s+)?enam",
        r"\w+mata",
        r"\w+matu\w*",
        r"ilma\s+(?:viivituseta|piiranguteta|takistusteta|erandita)",
        r"hoidu\w+|loobu\w+|lõpeta\w+",
        r"puudu\w*|puudumi\w*",
        r"eba\w+",
        r"mitte\w+",
        r"\w+(?:deta|seta|teta)",
        # preventing is a lexical negation ("keeps it from competing")
        r"takista\w*|väldi\w*|hoi(?:ab|avad|dma|da)\s+(?:\S+\s+){0,3}?\w+mast",
    ),
    idioms=(r"mitte\s+ainult", r"hiljemalt", r"kahtlemata", r"piirideta"),
    poles={
        "peace": ((r"rahumeel\w*",), (r"vägivalds\w*", r"vägivaldne")),
        "legality": (
            (r"seaduslik\w*", r"õiguspära\w*", r"legaal\w*"),
            (r"ebaseaduslik\w*", r"õigusvastas\w*", r"illegaal\w*", r"ebaõiguspära\w*"),
        ),
        "legitimacy": ((r"legitiim\w*", r"õigustatud"), (r"ebalegitiim\w*",)),
        "proportionality": (
            (r"proportsionaal\w*",),
            (r"ebaproportsionaal\w*", r"liigse\w*", r"liigne", r"ülemäär\w*", r"liiga"),
        ),
        "arbitrariness": ((), (r"meelevald\w*", r"omavoli\w*")),
        "democracy": ((r"demokraatli\w*",), (r"ebademokraatli\w*",)),
        "independence": ((r"sõltumat\w*",), ()),
        "freedom": ((r"vaba(?:d|lt|s|ks|de|sse|st|le|u)?",), ()),
        "fairness": ((r"õiglas\w*", r"aus(?:a|ad|aid|ate|alt)?"), (r"ebaõiglas\w*", r"ebaaus\w*")),
        "acceptability": ((r"vastuvõetav\w*",), (r"vastuvõetamat\w*",)),
        "valence": ((r"positiiv\w*",), (r"negatiiv\w*",)),
        "change": (
            (r"kasv\w*", r"suurene\w*", r"tõus\w*", r"suurenda\w*"),
            (r"langus\w*", r"vähene\w*", r"vähenda\w*", r"kahane\w*"),
        ),
        "time": ((r"enne",), (r"pärast|hiljem",)),
    },
    scales={
        "demand": (
            (
                4,
                rf"(?:nõuab|kutsub|palub)\s+(?:\S+\s+){{0,1}}?{_STRONG}|{_STRONG}\s+(?:nõuab|"
                r"kutsub|palub)",
            ),
            (3, r"nõuab|kutsub\b[^;]*?\büles|palub"),
            (2, r"julgustab|soovitab|innustab|ergutab"),
            (1, r"teeb\s+ettepaneku|kutsub"),
        ),
        "obligation": (
            (3, r"peab|peavad|pidi|pidid|tuleb"),
            (2, r"peaks|peaksid|tuleks"),
            (1, r"võib|võivad|võiks|võiksid"),
        ),
        "condemnation": (
            (
                4,
                r"mõistab\b[^;]*?\b(?:kõige\s+karmimalt|karmilt|teravalt|kindlalt|resoluutselt)"
                r"\b[^;]*?\bhukka",
            ),
            (3, r"mõistab\b[^;]*?\bhukka|taunib"),
            (2, r"(?:avaldab\s+)?sügavat\s+kahetsust|kahetseb\s+sügavalt"),
            (1, r"kahetseb|avaldab\s+kahetsust|peab\s+kahetsusväärseks"),
        ),
        "approval": (
            (2, r"(?:väljendab\s+)?(?:suurt|siirast)\s+heameelt|tervitab\s+soojalt"),
            (1, r"väljendab\s+heameelt|tervitab|peab\s+tervitatavaks|kiidab|on\s+rahul"),
        ),
        "concern": (
            (2, r"on\s+(?:sügavalt|väga|tõsiselt|äärmiselt)\s+mures"),
            (2, r"väljendab\s+(?:\S+\s+)?(?:sügavat|tõsist)\s+muret"),
            (1, r"on\s+mures|väljendab\s+(?:\S+\s+)?muret|murelikult"),
        ),
        "note": ((0, r"võtab\b[^;]*?\bteadmiseks|märgib|nendib"),),
    },
)
