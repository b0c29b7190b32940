"""Hungarian cues ("felszólítja" is the EP's "calls on", "nyomatékosan felszólítja" its
"strongly urges"). Privative adjectives in -tlan/-tlen/-talan/-telen are weak cues.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:nyomatékosan|határozottan|erőteljesen|nyomatékkal|sürgősen)"

LEXICON = build(
    "hu",
    negation=(
        r"nem|ne",
        r"sem|se",
        r"nincs|nincsenek|nincsen",
        r"sohasem|sosem|sose",
        r"nélküli\w*",
    ),
    concord=(r"soha|semmi|semmit|semmilyen|semmiféle|senki|senkit|sehol",),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"nélkül",
        r"(?:már\s+)?nem\s+(?:\S+\s+)?többé|többé\s+nem",
        r"\w+(?:talan|telen|tlan|tlen)\w*",
        r"(?:késedelem|korlátozás|akadály|kivétel|fenntartás)\w*\s+nélkül",
        r"tartózkod\w+",
        r"elmulaszt\w+|mulaszt\w+",
        r"hiány\w*",
        r"nem\s+(?:kormányzati|erőszakos|demokratikus)\w*",
        r"felhagy\w+|beszüntet\w+|véget\s+vet\w*",
        # preventing is a lexical negation ("keeps it from competing")
        r"megakadályoz\w*|meggátol\w*|akadályoz\w*|elkerül\w*",
    ),
    idioms=(
        r"nem\s+csak|nemcsak",
        r"legkésőbb",
        r"nem\s+sokkal",
        r"amíg\s+(?:\S+\s+){0,6}?nem",
        r"kétségtelenül",
        r"határok\s+nélkül\w*",
    ),
    poles={
        "peace": ((r"békés\w*", r"erőszakmentes\w*"), (r"erőszakos\w*",)),
        "legality": (
            (r"jogszerű\w*", r"törvényes\w*", r"legális\w*"),
            (r"jogellenes\w*", r"jogszerűtlen\w*", r"törvénytelen\w*", r"illegális\w*"),
        ),
        "legitimacy": ((r"legitim\w*", r"jogos\w*"), (r"illegitim\w*", r"jogtalan\w*")),
        "proportionality": ((r"arányos\w*",), (r"aránytalan\w*", r"túlzott\w*", r"túlzó\w*")),
        "arbitrariness": ((), (r"önkényes\w*", r"önkény\w*")),
        "democracy": ((r"demokratikus\w*",), (r"antidemokratikus\w*",)),
        "independence": ((r"független\w*",), ()),
        # not "szabadon": "szabadon enged / bocsát" is to release
        "freedom": ((r"szabad(?:ok)?",), ()),
        "fairness": (
            (r"tisztességes\w*", r"igazságos\w*"),
            (r"tisztességtelen\w*", r"igazságtalan\w*"),
        ),
        "acceptability": ((r"elfogadható\w*",), (r"elfogadhatatlan\w*",)),
        "valence": ((r"pozitív\w*",), (r"negatív\w*",)),
        "change": (
            (r"növeked\w*", r"növekv\w*", r"emelked\w*", r"emelés\w*", r"növel\w*"),
            (r"csökken\w*", r"csökkent\w*", r"mérséklőd\w*"),
        ),
        "time": ((r"mielőtt|előtt",), (r"miután|után",)),
    },
    scales={
        "demand": (
            (4, rf"{_STRONG}\s+(?:\S+\s+)?(?:felszólít\w*|felhív\w*|kéri|sürget\w*)"),
            (4, r"sürgeti"),
            (3, r"felszólít(?:ja|ják)?|felhív(?:ja)?|kéri|követeli|ragaszkodik"),
            (2, r"ösztönzi|ösztönöz|bátorítja|ajánlja"),
            (1, r"javasolja|indítványozza|meghívja"),
        ),
        "obligation": (
            (3, r"kell|kellett|köteles\w*"),
            (2, r"kellene|kéne|kellett\s+volna"),
            (1, r"lehet|lehetne"),
        ),
        "condemnation": (
            (
                4,
                r"(?:a\s+lehető\s+leghatározottabban|határozottan|a\s+leghatározottabban|"
                r"erőteljesen|élesen|kategorikusan)\s+(?:\S+\s+)?elítéli",
            ),
            (3, r"elítéli|elítél"),
            (2, r"mélységesen\s+sajnál\w*|mély\s+sajnálat\w*|mélyen\s+sajnál\w*"),
            (1, r"sajnálja|sajnálatát\s+fejezi\s+ki"),
        ),
        "approval": (
            (2, r"(?:nagy\s+örömmel|melegen|határozottan)\s+üdvözl\w*"),
            (1, r"üdvözli|üdvözöl|örömmel\s+veszi|méltányolja|nagyra\s+értékeli"),
        ),
        "concern": (
            (2, r"(?:mély|komoly|súlyos)\s+aggodalm\w+"),
            (2, r"(?:mélységesen|súlyosan|rendkívül|nagyon|komolyan)\s+aggód\w*"),
            (2, r"(?:mélyen|rendkívül)\s+aggasztja"),
            (1, r"aggodalm\w+\s+fejezi\s+ki|aggodalommal|aggódik|aggasztja"),
        ),
        "note": ((0, r"tudomásul\s+veszi|megállapítja|megjegyzi"),),
    },
)
