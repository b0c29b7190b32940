"""Irish cues. EP resolutions use the feminine pronoun for the Parliament: "Iarrann sí ar"
(calls on), "Áitíonn sí ar" (urges), "Cáineann sí go dian" (condemns in the strongest terms),
"Is oth léi" (regrets), "Tugann sí dá haire" (takes note). Initial mutations (lenition
"fh-", eclipsis "bhf-", "n-") are allowed where the words take them.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

LEXICON = build(
    "ga",
    negation=(
        r"ní(?!\s+mór)|níor|nach|nár|níl",
        # "gan" is "without" and also negates the verbal noun ("gan ... a scaoileadh",
        # "not to release"): it stays a negator here, unlike "without" elsewhere
        r"gan",
        r"riamh",
    ),
    weak=(
        r"gan\s+(?:mhoill|srian|teorainn|bhac|eisceacht|aon\s+srian)",
        r"neamh-?\w+|do-\w+|mí-?\w+",
        r"staon\w*|staonadh",
        r"loic\w*|theip\w*|teip\w*|easpa|in\s+easnamh",
        r"stad\w*|scor\w*|deireadh\s+a\s+chur",
        r"níos\s+\S+\s+ná",
        # preventing is a lexical negation ("keeps it from competing")
        r"cosc\w*|seachain\w*",
    ),
    idioms=(
        r"ní\s+hamháin",
        r"ar\s+a\s+dhéanaí",
        r"ní\s+mór|nach\s+mór|nár\s+mhór",
        r"níos",
        r"(?:ní|níl|níor|nach|nár|gan)\s+[^;,.]{0,50}?\bach",
        r"gan\s+(?:amhras|teorainneacha)",
    ),
    poles={
        "peace": ((r"sh?íochánta\w*", r"neamhfhoréigneach\w*"), (r"(?:bh)?fh?oréigneach\w*",)),
        "legality": (
            (r"n?dh?leathach\w*",),
            (r"neamhdhleathach\w*", r"mh?ídhleathach\w*"),
        ),
        "legitimacy": ((r"n?dh?listeanach\w*",), (r"neamhdhlisteanach\w*",)),
        "proportionality": (
            (r"ch?omhréireach\w*",),
            (r"dh?íréireach\w*", r"iomarcach\w*", r"an\s+iomarca"),
        ),
        "arbitrariness": ((), (r"th?reallach\w*",)),
        "democracy": ((r"dh?aonlathach\w*",), (r"neamhdhaonlathach\w*", r"frithdhaonlathach\w*")),
        "independence": ((r"neamhspleách\w*",), ()),
        "freedom": ((r"sh?aor|sh?aora",), ()),
        "fairness": ((r"ch?othrom\w*",), (r"éagothrom\w*", r"mh?íchothrom\w*")),
        "acceptability": ((r"inghlactha",), (r"dh?o-ghlactha", r"neamh-inghlactha")),
        "valence": ((r"dearfach\w*",), (r"diúltach\w*",)),
        "change": (
            (r"mh?éadú\w*", r"ardú\w*", r"ag\s+méadú"),
            (r"laghdú\w*", r"laghdaithe", r"titim"),
        ),
        "time": ((r"sula|sular",), (r"tar\s+éis|i\s+ndiaidh",)),
    },
    scales={
        "demand": (
            (4, r"áitíonn"),
            (4, r"iarrann\s+sí\s+go\s+(?:láidir|tréan|dian)"),
            (3, r"iarrann|éilíonn|impíonn"),
            (2, r"spreagann|mh?olann\s+sí"),
            (1, r"tugann\s+sí\s+cuireadh|moltar"),
        ),
        "obligation": (
            (3, r"ní\s+mór|caithfidh|caithfear|is\s+gá"),
            (2, r"(?:ba|ar|gur|níor|nár)\s+(?:ch?eart|ch?óir)"),
            # not in "chomh luath agus is féidir", "a luaithe is féidir" (as soon as possible)
            (
                1,
                r"féadfaidh|d['’]fhéadfadh|féadfar|(?<!agus\s)(?<!luaithe\s)is\s+féidir|bhféadfadh",
            ),
        ),
        "condemnation": (
            (4, r"cáineann\s+sí\s+(?:\S+\s+){0,2}?go\s+(?:dian|láidir|tréan)"),
            (4, r"cáineann\s+sí\s+(?:\S+\s+){0,2}?sna\s+téarmaí\s+is\s+láidre"),
            (3, r"cáineann|cháin"),
            (2, r"is\s+mór\s+an\s+(?:trua|t-oth)\s+léi|is\s+oth\s+léi\s+go\s+mór"),
            (1, r"is\s+oth\s+léi|is\s+trua\s+léi"),
        ),
        "approval": (
            (2, r"cuireann\s+sí\s+fáilte\s+(?:mhór|chroíúil|fhíorchaoin|ar\s+leith)\s+roimh"),
            (2, r"fáiltíonn\s+sí\s+go\s+mór"),
            (1, r"cuireann\s+sí\s+fáilte\s+roimh|fáiltíonn|is\s+díol\s+sásaimh\s+di"),
        ),
        "concern": (
            (2, r"tá\s+(?:imní|buairt)\s+(?:mhór|an-mhór|thromchúiseach)\s+uirthi"),
            (2, r"is\s+(?:cúis|ábhar)\s+mh?ór\s+imní\s+di"),
            (1, r"tá\s+(?:imní|buairt)\s+uirthi|is\s+(?:cúis|ábhar)\s+imní\s+di"),
            (1, r"léiríonn\s+sí\s+(?:a\s+)?h?imní"),
        ),
        "note": ((0, r"tugann\s+sí\s+(?:dá\s+h?aire|ar\s+aird|faoi\s+deara)"),),
    },
)
