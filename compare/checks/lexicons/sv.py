"""Swedish cues. The Swedish version writes each clause of a paragraph as a sentence
("Europaparlamentet uppmanar ... . Parlamentet fördömer ..."); "uppmanar" is the EP's
"calls on", "uppmanar med eftertryck" its "strongly urges".
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:med\s+eftertryck|eftertryckligen|enträget|bestämt|med\s+kraft)"

LEXICON = build(
    "sv",
    negation=(
        r"inte|icke|ej",
        r"ingen|inget|inga|ingenting",
        r"aldrig",
        r"varken\b[^;]*?\beller",
        r"varken",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"utan(?=\s+att)|(?<!,\s)utan",
        r"inte\s+(?:\S+\s+)?(?:längre|mer)",
        r"utan\s+(?:dröjsmål|begränsning\w*|hinder|undantag|förbehåll)",
        r"o(?:beroende|inskränk|acceptab|proportion|laglig|rättvis|förenlig|motiverad|befogad|"
        r"hindrad|begränsad|säker|tillräcklig|demokratisk|legitim|rimlig|skälig|medelbar)\w*",
        r"avstå\w*|avhåll\w*",
        r"underl[åa]t\w*",
        r"brist\w*|saknad\w*|frånvaro",
        r"upphör\w*|sluta\w*|stoppa\w*|lägga\s+ned|sätta\s+stopp",
        r"\w+lös(?:a|t|het)?",
        r"icke-\w+",
        # preventing is a lexical negation ("keeps it from competing")
        r"förhindr\w*|hindr\w*|undvik\w*|håll(?:a|er)\s+(?:\S+\s+){0,2}?borta",
    ),
    idioms=(r"inte\s+bara|inte\s+enbart", r"senast", r"utan\s+(?:tvivel|gränser\w*)"),
    poles={
        "peace": (
            (r"fredlig\w*", r"ickevåldslig\w*", r"icke-våldslig\w*"),
            (r"våldsam\w*", r"våldsbenägen\w*"),
        ),
        "legality": (
            (r"laglig\w*", r"rättmätig\w*", r"legal\w*"),
            (r"olaglig\w*", r"rättsstridig\w*", r"orättmätig\w*", r"illegal\w*"),
        ),
        "legitimacy": ((r"legitim\w*",), (r"illegitim\w*", r"olegitim\w*")),
        "proportionality": (
            (r"proportionerlig\w*", r"proportionell\w*"),
            (r"oproportionerlig\w*", r"överdriv\w*", r"orimlig\w*"),
        ),
        "arbitrariness": ((), (r"godtycklig\w*",)),
        "democracy": ((r"demokratisk\w*",), (r"odemokratisk\w*", r"antidemokratisk\w*")),
        "independence": ((r"oberoende",), ()),
        "freedom": ((r"fri(?:a|tt)?",), (r"ofri\w*",)),
        "fairness": ((r"rättvis\w*", r"skälig\w*"), (r"orättvis\w*", r"oskälig\w*")),
        "acceptability": (
            (r"acceptabel|acceptabla|acceptabelt|godtagbar\w*",),
            (r"oacceptab\w*", r"icke\s+godtagbar\w*"),
        ),
        "valence": ((r"positiv\w*",), (r"negativ\w*",)),
        "change": (
            (r"ökning\w*", r"ökande", r"ökad\w*", r"höjning\w*", r"stigande"),
            (r"minskning\w*", r"minskande", r"minskad\w*", r"sänkning\w*", r"nedgång\w*"),
        ),
        "time": ((r"innan|före",), (r"efter(?:åt)?",)),
    },
    scales={
        "demand": (
            (4, rf"(?:uppmanar|begär|kräver|anmodar)\s+(?:\S+\s+){{0,2}}?{_STRONG}"),
            (4, rf"{_STRONG}\s+(?:uppmanar|begär)"),
            (3, r"uppmanar|begär|kräver|efterlyser|anmodar|insisterar|vädjar"),
            (2, r"uppmuntrar|rekommenderar|förordar|ber"),
            (1, r"föreslår|inbjuder|bjuder\s+in"),
        ),
        "obligation": (
            (3, r"måste|ska|skall|är\s+skyldig\w*"),
            (2, r"bör|borde"),
            (1, r"kan|kunna|skulle\s+kunna"),
        ),
        "condemnation": (
            (
                4,
                r"fördömer\s+(?:\S+\s+){0,2}?(?:på\s+det\s+(?:kraftigaste|skarpaste|bestämdaste)|"
                r"kraftfullt|skarpt|med\s+kraft|å\s+det\s+skarpaste)",
            ),
            (4, r"(?:kraftfullt|skarpt|bestämt)\s+fördömer"),
            (3, r"fördömer|tar\s+avstånd\s+från"),
            (2, r"beklagar\s+(?:\S+\s+)?(?:djupt|starkt|djupast)"),
            (1, r"beklagar"),
        ),
        "approval": (
            (2, r"välkomnar\s+(?:\S+\s+)?(?:varmt|särskilt|starkt)|(?:varmt|starkt)\s+välkomnar"),
            (1, r"välkomnar|gläds\s+åt|ser\s+positivt\s+på|berömmer|uppskattar|bifaller"),
        ),
        "concern": (
            (
                2,
                r"är\s+(?:djupt|allvarligt|mycket|ytterst|synnerligen)\s+(?:oroad|oroat|"
                r"bekymrad|bekymrat)",
            ),
            (2, r"uttrycker\s+(?:sin\s+)?(?:djupa|allvarliga|stora)\s+oro"),
            (1, r"är\s+(?:oroad|oroat|bekymrad|bekymrat)|uttrycker\s+(?:sin\s+)?oro"),
        ),  # fmt: skip
        "note": ((0, r"noterar|tar\s+del\s+av|konstaterar|tar\b[^;]*?\btill\s+efterrättelse"),),
    },
)
