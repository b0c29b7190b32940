"""Spanish cues ("Pide" is the EP's "calls on", "Insta encarecidamente" its "strongly urges")."""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:encarecidamente|enérgicamente|firmemente|con\s+firmeza|con\s+insistencia)"

LEXICON = build(
    "es",
    negation=(
        r"no(?!\.?\s*\d)",
        r"nunca|jamás|tampoco",
        r"ni",
        r"ningun[oa]s?|ningún|nada|nadie",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"sin",
        r"ya\s+no|no\s+(?:\S+\s+)?más",
        r"dej(?:ar|e|en|ara|aran)\s+de|ces(?:ar|e|en)\s+(?:de|en)|poner\s+fin|pongan\s+fin",
        r"sin\s+(?:demora|dilación|tardanza|restricci\w+|obstáculos|trabas|excepción|reservas)",
        r"absten\w+|abstener\w*",
        r"falta\s+de|carencia|ausencia|omisión|omit\w+",
        r"in(?:acept|compatib|dependien|discrimin|justific|necesari|admisib|adecuad|suficien)\w*",
        r"i(?:mpunidad|mposib|limitad)\w*",
        r"no\s+gubernamental\w*",
        # preventing is a lexical negation ("keeps it from competing")
        r"evit\w*|impid\w*|imped\w*",
    ),
    idioms=(
        r"no\s+(?:[^;,.]{0,40}?\s)?(?:solo|sólo|solamente|únicamente)",
        r"no\s+dej(?:a|an|ó|aron)\s+de|no\s+ces(?:a|an)\s+de",
        r"sin\s+(?:embargo|duda|fronteras)",
        r"a\s+más\s+tardar",
        r"no\s+obstante",
        # negation + exception = restriction ("nada salvo X" is "solo X")
        r"(?:nada|nadie|ningún|ninguna|no)\b[^;.]{0,40}?\b(?:salvo|excepto|sino|más\s+que)\b",
    ),
    poles={
        "peace": ((r"pacífic\w*", r"no\s+violent\w*"), (r"violent\w*",)),
        "legality": ((r"legal(?:es|mente)?", r"lícit\w*"), (r"ilegal\w*", r"ilícit\w*")),
        "legitimacy": ((r"legítim\w*",), (r"ilegítim\w*",)),
        "proportionality": ((r"proporcionad\w*",), (r"desproporcionad\w*", r"excesiv\w*")),
        "arbitrariness": ((), (r"arbitrari\w*",)),
        "democracy": ((r"democrátic\w*",), (r"antidemocrátic\w*",)),
        "independence": ((r"independient\w*",), ()),
        "freedom": ((r"libre(?:s|mente)?",), ()),
        "fairness": ((r"just(?:o|a|os|as)", r"equitativ\w*"), (r"injust\w*",)),
        "acceptability": ((r"aceptable(?:s)?",), (r"inaceptable\w*", r"inadmisible\w*")),
        "valence": ((r"positiv[oa]s?", r"positivamente"), (r"negativ[oa]s?", r"negativamente")),
        "change": (
            (r"aument\w*", r"increment\w*", r"crecient\w*", r"subida\w*", r"alza\w*"),
            (r"disminu\w*", r"reducción\w*", r"descens\w*", r"caída\w*", r"bajada\w*"),
        ),
        "time": ((r"antes\s+de(?:\s+que)?",), (r"después\s+de(?:\s+que)?", r"tras")),
    },
    scales={
        "demand": (
            (4, rf"(?:insta|pide|exige|solicita)\s+(?:\S+\s+){{0,1}}?{_STRONG}"),
            (4, r"insta|exhorta"),
            (3, r"pide|solicita|exige|reclama|hace\s+un\s+llamamiento|insiste"),
            (2, r"anima|alienta|recomienda|ruega"),
            (1, r"sugiere|propone|invita"),
        ),
        "obligation": (
            (3, r"debe|deben|deberá|deberán|tienen?\s+que|han?\s+de"),
            (2, r"debería|deberían"),
            (1, r"puede|pueden|podría|podrían|podrá|podrán"),
        ),
        "condemnation": (
            (
                4,
                r"condena\s+(?:\S+\s+){0,2}?(?:con\s+la\s+mayor\s+(?:firmeza|contundencia)|"
                r"firmemente|enérgicamente|con\s+firmeza|rotundamente|con\s+toda\s+firmeza|"
                r"en\s+los\s+términos\s+más\s+\w+)",
            ),
            (3, r"condena|denuncia"),
            (2, r"deplora|lamenta\s+(?:\S+\s+)?profundamente|lamenta\s+vivamente"),
            (1, r"lamenta"),
        ),
        "approval": (
            (2, r"(?:celebra|acoge)\s+(?:\S+\s+){0,1}?(?:calurosamente|con\s+gran\s+satisfacción)"),
            (
                1,
                r"celebra|acoge\s+(?:con\s+satisfacción|favorablemente|positivamente)|"
                r"se\s+felicita|se\s+congratula|aplaude|valora\s+positivamente",
            ),
        ),
        "concern": (
            (
                2,
                r"(?:expresa|manifiesta)\s+(?:su\s+)?(?:profunda|honda|grave|seria)\s+preocupación",
            ),
            (2, r"está\s+(?:profundamente|muy|gravemente|seriamente|sumamente)\s+preocupad\w+"),
            (1, r"(?:expresa|manifiesta)\s+(?:su\s+)?preocupación|está\s+preocupad\w+"),
            (1, r"le\s+preocupa|se\s+muestra\s+preocupad\w+"),
        ),  # fmt: skip
        "note": ((0, r"toma\s+(?:nota|conocimiento)|constata"),),
    },
)
