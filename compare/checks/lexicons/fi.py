"""Finnish cues ("kehottaa" is the EP's "calls on", "kehottaa painokkaasti" its "strongly
urges"). The negator is a verb ("ei", "eivät"); the abessive infinitive ("rajoittamatta",
"viipymättä") and caritive adjectives ("riippumaton") are weak cues.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:painokkaasti|voimakkaasti|jyrkästi|ehdottomasti|tiukasti)"

LEXICON = build(
    "fi",
    negation=(
        r"ei|eivät|eikä|eivätkä|en|et|emme|ette|älä|älkää|äläkä",
        r"ettei|etteivät|jottei|jotteivät|ellei|elleivät|vaikkei|vaikkeivät",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"ilman",
        r"ei\s+(?:\S+\s+)?enää|eivät\s+(?:\S+\s+)?enää",
        r"\w+m[aä]tt[aä]\w*",
        r"\w+[aeiouyäö]t(?:on|ön)|\w+tt(?:om|öm)\w*",
        r"ilman\s+(?:viivytyst\w*|rajoitu\w*|esteit\w*|poikkeuks\w*)",
        r"pidätty\w+|pidättäyty\w+",
        r"laimin\w*|jättä\w+\s+\w+tta|jätti\w*",
        r"lopetta\w+|lakkaa\w*|luopu\w+",
        r"puut\w+|puuttu\w+",
        r"epä\w+",
        # preventing is a lexical negation ("keeps it from competing")
        r"estä\w*|estäv\w*|estetty\w*|vältt\w*|vältä\w*",
    ),
    idioms=(
        r"ei\s+(?:ainoastaan|vain|pelkästään)",
        r"viimeistään",
        r"ilman\s+(?:epäilystä|rajoja)",
    ),
    poles={
        "peace": (
            (r"rauhanomai\w*", r"rauhallis\w*", r"väkivallatto\w*"),
            (r"väkivaltai\w*",),
        ),
        "legality": (
            (r"laillis\w*", r"lainmukai\w*"),
            (r"laittom\w*", r"lainvastai\w*", r"lainvastais\w*"),
        ),
        "legitimacy": ((r"legitiim\w*", r"oikeutet\w*"), (r"epälegitiim\w*", r"oikeudeto\w*")),
        "proportionality": (
            (r"oikeasuhtai\w*", r"suhteellis\w*"),
            (r"suhteeto\w*", r"kohtuuto\w*", r"liialli\w*", r"liiallis\w*"),
        ),
        "arbitrariness": ((), (r"mielivaltai\w*",)),
        "democracy": ((r"demokraattis\w*",), (r"epädemokraattis\w*",)),
        "independence": ((r"riippumat\w*",), ()),
        "freedom": ((r"vapa(?:a|an|aa|ana|assa|asti|at|iden|ita|ille|iksi|issa|ista)",), ()),
        "fairness": (
            (r"oikeudenmukai\w*", r"reilu\w*"),
            (r"epäoikeudenmukai\w*", r"epäreilu\w*"),
        ),
        "acceptability": (
            (r"hyväksyttäv\w*",),
            (r"hyväksymätö\w*", r"kestämätö\w*", r"mahdoton\s+hyväksyä"),
        ),
        "valence": ((r"positiivi\w*", r"myöntei\w*"), (r"negatiivi\w*", r"kieltei\w*")),
        "change": (
            (r"kasvu\w*", r"kasva\w*", r"nousu\w*", r"lisäänty\w*", r"korotu\w*"),
            (r"lasku\w*", r"laske\w*", r"vähene\w*", r"vähentä\w*", r"supistu\w*"),
        ),
        "time": ((r"ennen",), (r"jälkeen",)),
    },
    scales={
        "demand": (
            (
                4,
                rf"(?:kehottaa|vaatii)\s+(?:\S+\s+){{0,1}}?{_STRONG}|{_STRONG}\s+(?:kehottaa|"
                r"vaatii)",
            ),
            (3, r"kehottaa|vaatii|edellyttää"),
            (2, r"pyytää|kannustaa|rohkaisee|suosittaa|suosittelee"),
            (1, r"ehdottaa|kutsuu"),
        ),
        "obligation": (
            (3, r"täytyy|on\s+pakko|tulee\s+\w+(?:a|ä)\b"),
            (2, r"pitäisi|tulisi"),
            (1, r"voi|voivat|voisi|voisivat|saattaa|saattaisi"),
        ),
        "condemnation": (
            (
                4,
                r"tuomitsee\s+(?:\S+\s+){0,1}?(?:mitä\s+jyrkimmin|jyrkästi|voimakkaasti|"
                r"ehdottomasti|kaikkein\s+jyrkimmin)",
            ),
            (4, r"(?:jyrkästi|voimakkaasti)\s+tuomitsee"),
            (3, r"tuomitsee"),
            (2, r"pitää\s+(?:\S+\s+)?(?:erittäin|syvästi|hyvin)\s+valitettavana"),
            (2, r"pahoittelee\s+syvästi|valittaa\s+syvästi"),
            (1, r"pitää\s+(?:\S+\s+)?valitettavana|pahoittelee|valittaa"),
        ),
        "approval": (
            (2, r"pitää\s+(?:\S+\s+)?(?:erittäin|hyvin)\s+myönteisenä"),
            (2, r"suhtautuu\s+(?:erittäin|hyvin)\s+myönteisesti|on\s+erittäin\s+tyytyväinen"),
            (
                1,
                r"pitää\s+(?:\S+\s+)?myönteisenä|suhtautuu\s+(?:\S+\s+)?myönteisesti|"
                r"on\s+tyytyväinen|panee\s+tyytyväisenä\s+merkille|kiittää",
            ),
        ),
        "concern": (
            (
                2,
                r"on\s+(?:erittäin|syvästi|vakavasti|hyvin|äärimmäisen)\s+(?:huolissaan|"
                r"huolestunut)",
            ),
            (2, r"ilmaisee\s+(?:\S+\s+)?(?:syvän|vakavan)\s+huolensa"),
            (
                1,
                r"on\s+(?:huolissaan|huolestunut)|ilmaisee\s+(?:\S+\s+)?huolensa|"
                r"panee\s+huolestuneena\s+merkille",
            ),
        ),  # fmt: skip
        "note": ((0, r"panee\s+merkille|toteaa"),),
    },
)
