"""Italian cues ("invita" is the EP's "calls on", "esorta vivamente" its "strongly urges")."""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:vivamente|con\s+forza|con\s+insistenza|fermamente|energicamente)"

LEXICON = build(
    "it",
    negation=(
        r"non",
        r"né",
        r"mai",
        r"nessun[oa]?|niente|nulla",
        r"neanche|nemmeno|neppure",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"senza",
        r"non\s+(?:\S+\s+)?più",
        r"smett\w+\s+di|cess\w+\s+di|porre\s+fine|pongano\s+fine",
        r"astener\w*|astenga\w*|astengano",
        r"senza\s+(?:indugio|ritardo|restrizion\w+|ostacol\w+|eccezion\w+|riserve)",
        r"mancanza|assenza|omess\w+|omett\w+",
        r"non\s+(?:governativ|violent|discrimin|necessari|autorizzat|giustificat)\w*",
        r"in(?:accettabil|compatibil|dipendent|discriminat|giustificat|necessari|ammissibil|"
        r"adeguat|sufficien)\w*",
        r"i(?:mpunit|llimitat|mprobabil)\w*|s(?:proporzionat)\w*",
        # preventing is a lexical negation ("keeps it from competing")
        r"evit\w*|impedi\w*|impedisc\w*|ostacol\w*",
    ),
    idioms=(
        r"non\s+solo|non\s+soltanto|non\s+[^;,.]{0,40}?\bsolo",
        r"non\s+(?:smette|smettono|cessa|cessano)\s+di",
        r"senza\s+(?:dubbio|frontiere)",
        r"non\s+oltre",
        r"non\s+appena",
        # negation + exception = restriction ("nient'altro che X" is "solo X")
        r"(?:niente|nulla|nessuno|non)\b[^;.]{0,40}?\b(?:tranne|eccetto|fuorché|se\s+non)\b",
    ),
    poles={
        "peace": ((r"pacific\w*", r"non\s+violent\w*"), (r"violent\w*",)),
        "legality": ((r"legal(?:e|i|mente)", r"lecit\w*"), (r"illegal\w*", r"illecit\w*")),
        "legitimacy": ((r"legittim\w*",), (r"illegittim\w*",)),
        "proportionality": ((r"proporzionat\w*",), (r"sproporzionat\w*", r"eccessiv\w*")),
        "arbitrariness": ((), (r"arbitrari\w*",)),
        "democracy": ((r"democratic\w*",), (r"antidemocratic\w*",)),
        "independence": ((r"indipendent\w*",), ()),
        "freedom": ((r"liber(?:o|a|i|e|amente)",), ()),
        "fairness": ((r"equ(?:o|a|i|e)", r"giust(?:o|a|i|e)"), (r"iniqu\w*", r"ingiust\w*")),
        "acceptability": ((r"accettabil\w*",), (r"inaccettabil\w*", r"inammissibil\w*")),
        "valence": ((r"positiv[oaie]", r"positivamente"), (r"negativ[oaie]", r"negativamente")),
        "change": (
            (r"aument\w*", r"crescent\w*", r"increment\w*", r"rialz\w*"),
            (r"diminu\w*", r"riduzion\w*", r"calo", r"cali", r"ribass\w*"),
        ),
        "time": ((r"prima\s+(?:di|che)",), (r"dopo(?:\s+che)?",)),
    },
    scales={
        "demand": (
            (4, rf"(?:esorta|invita|chiede|sollecita)\s+(?:\S+\s+){{0,1}}?{_STRONG}"),
            (4, r"esorta"),
            (3, r"invita|chiede|sollecita|esige|domanda|insiste|richiede"),
            (2, r"incoraggia|raccomanda|prega"),
            (1, r"suggerisce|propone"),
        ),
        "obligation": (
            (3, r"deve|devono|dovrà|dovranno"),
            (2, r"dovrebbe|dovrebbero"),
            (1, r"può|possono|potrebbe|potrebbero|potrà|potranno"),
        ),
        "condemnation": (
            (
                4,
                r"condanna\s+(?:\S+\s+){0,2}?(?:con\s+la\s+massima\s+fermezza|fermamente|"
                r"con\s+fermezza|energicamente|con\s+forza|nei\s+termini\s+più\s+\w+)",
            ),
            (3, r"condanna|denuncia|stigmatizza"),
            (
                2,
                r"deplora|si\s+rammarica\s+profondamente|esprime\s+(?:il\s+suo\s+)?profondo"
                r"\s+rammarico",
            ),
            (1, r"si\s+rammarica|rammarica|lamenta|esprime\s+(?:il\s+suo\s+)?rammarico"),
        ),
        "approval": (
            (2, r"accoglie\s+con\s+grande\s+favore|si\s+compiace\s+vivamente|plaude\s+vivamente"),
            (
                1,
                r"accoglie\s+(?:con\s+)?(?:favore|positivamente|favorevolmente)|si\s+compiace|"
                r"plaude|apprezza|saluta\s+con\s+favore",
            ),
        ),
        "concern": (
            (
                2,
                r"è\s+(?:profondamente|seriamente|estremamente|vivamente|gravemente|molto)"
                r"\s+preoccupat\w+",
            ),
            (2, r"esprime\s+(?:la\s+sua\s+)?(?:profonda|seria|grave|viva)\s+preoccupazione"),
            (1, r"è\s+preoccupat\w+|esprime\s+(?:la\s+sua\s+)?preoccupazione"),
            (1, r"si\s+dice\s+preoccupat\w+"),
        ),  # fmt: skip
        "note": ((0, r"prende\s+(?:atto|nota)|constata"),),
    },
)
