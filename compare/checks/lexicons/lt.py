"""Lithuanian cues ("ragina" is the EP's "calls on", "primygtinai ragina" its "strongly urges").

Lithuanian joins the negator to the verb ("neištyrė"): negated verb forms are recognised by
past-tense, infinitive and participle endings and a list of frequent forms; other words in
"ne-" (nepriklausomas, nedelsiant) are weak cues.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:primygtinai|griežtai|ryžtingai|labai)"

LEXICON = build(
    "lt",
    negation=(
        r"ne",
        r"nėra|nebuvo|nebus|negali|negalėjo|negalės|neturi|neturėjo|nebegali",
        r"ne\w{3,}(?:avo|ojo|ėjo|ijo|iavo|ė|ti|auja|uoja)",
        r"ne\w{3,}(?:usi|usių|usiems|usius|usios|ę|ęs)",
    ),
    concord=(
        r"niekada|niekuomet|niekas|nieko|niekam|niekur",
        r"jok(?:s|ia|ie|ių|io|ios|į|ią|iu|iais|iomis|iems|ioms)",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"be(?!\s+to)",
        r"nebe\w*|ne\s+(?:\S+\s+)?daugiau",
        r"ne\w{3,}",
        r"be\s+(?:delsimo|apribojimų|kliūčių|išimties|išlygų)",
        r"susilaik\w+",
        r"nutrauk\w+|liautis|liautų\w*|nustot\w+",
        r"trūk\w+|stok\w+",
        # preventing is a lexical negation ("keeps it from competing")
        r"trukd\w*|sutrukd\w*|užkirs\w*|vengt\w*|išveng\w*",
    ),
    idioms=(
        r"ne\s+tik",
        r"be\s+to",
        r"be\s+kita\s+ko",
        r"o\s+ne",
        r"be\s+(?:abejo|sienų)",
        r"ne\s+vėliau\s+kaip",
    ),
    poles={
        "peace": (
            (
                r"taik(?:us|ūs|i|iai|ios|ių|iam|ią|iu|iame|iems|ius|iais|iuose|ioje|ioms|ias|"
                r"iomis|iose)",
                r"nesmurtin\w*",
            ),
            (r"smurtin\w*", r"prievartin\w*"),
        ),  # fmt: skip
        "legality": ((r"teisėt\w*", r"legal\w*"), (r"neteisėt\w*", r"nelegal\w*")),
        "legitimacy": ((r"legitim\w*",), (r"nelegitim\w*",)),
        "proportionality": (
            (r"proporcing\w*",),
            (r"neproporcing\w*", r"pernelyg\w*", r"perteklin\w*"),
        ),
        "arbitrariness": ((), (r"savavališk\w*",)),
        "democracy": (
            (r"demokratin\w*", r"demokratišk\w*"),
            (r"nedemokratin\w*", r"antidemokratin\w*"),
        ),
        "independence": ((r"nepriklausom\w*",), ()),
        "freedom": ((r"laisv(?:as|a|i|ą|ai|ų|us|iems|oje|ose|ame|uose|ais|omis|oms)",), ()),
        "fairness": ((r"sąžining\w*", r"teising\w*"), (r"nesąžining\w*", r"neteising\w*")),
        "acceptability": ((r"priimtin\w*",), (r"nepriimtin\w*",)),
        "valence": ((r"teigiam\w*", r"pozityv\w*"), (r"neigiam\w*", r"negatyv\w*")),
        "change": (
            (r"didėj\w*", r"padidėj\w*", r"augim\w*", r"didin\w*", r"kilim\w*"),
            (r"mažėj\w*", r"sumažėj\w*", r"mažin\w*", r"sumažin\w*", r"kritim\w*"),
        ),
        "time": ((r"anksčiau",), (r"po\s+to,?\s+kai|vėliau",)),
    },
    scales={
        "demand": (
            (4, rf"{_STRONG}\s+(?:\S+\s+)?(?:ragina|reikalauja|prašo)"),
            (3, r"ragina|reikalauja|prašo"),
            (2, r"skatina|rekomenduoja"),
            (1, r"siūlo|kviečia"),
        ),
        "obligation": (
            (3, r"privalo|turi\s+\w+ti|reikia"),
            (2, r"turėtų|reikėtų"),
            (1, r"gali|galėtų|galima"),
        ),
        "condemnation": (
            (4, r"(?:kuo\s+griežčiausiai|griežtai|ryžtingai|kategoriškai)\s+(?:\S+\s+)?smerkia"),
            (4, r"smerkia\s+(?:\S+\s+){0,2}?kuo\s+griežčiausiai"),
            (3, r"smerkia|pasmerkia"),
            (2, r"(?:labai|giliai)\s+apgailestauja|reiškia\s+gilų\s+apgailestavimą"),
            (1, r"apgailestauja|reiškia\s+apgailestavimą"),
        ),
        "approval": (
            (2, r"(?:labai|itin)\s+palankiai\s+vertina|nuoširdžiai\s+sveikina"),
            (1, r"palankiai\s+vertina|teigiamai\s+vertina|džiaugiasi|sveikina"),
        ),
        "concern": (
            (2, r"(?:yra\s+)?(?:labai|giliai|rimtai|itin)\s+susirūpin\w+"),
            (2, r"reiškia\s+(?:didelį|gilų|rimtą)\s+susirūpinimą"),
            (1, r"yra\s+susirūpin\w+|reiškia\s+susirūpinimą|su\s+susirūpinimu"),
        ),
        "note": ((0, r"atkreipia\s+dėmesį|pažymi|atsižvelgia"),),
    },
)
