"""German cues (the pivot of European Parliament resolutions).

Demands use the separable verb "fordert ... auf"; the intensifier ("nachdrücklich",
"eindringlich") stands before the particle, so the strong form is matched from the verb to
the particle.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

# a stretch of the clause that does not pass the separable particle "auf"
_NO_AUF = r"(?:(?!\bauf\b)[^;])*?"
_URGE = r"(?:nachdrücklich|eindringlich|mit Nachdruck|dringend|dringlich)"

LEXICON = build(
    "de",
    negation=(
        r"nicht",
        r"kein(?:e|en|em|er|es)?",
        r"nie|niemals|nimmer",
        r"nichts|niemand(?:en|em)?|nirgends|nirgendwo",
        r"weder\b[^;]*?\bnoch",
        r"weder",
        r"keinesfalls|keineswegs",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"ohne",
        r"nicht\s+(?:länger|mehr)",
        r"kein(?:e|en|em|er|es)?\s+(?:länger|mehr)",
        r"unterl(?:ass|äss|ieß)\w*",
        r"versäum\w*",
        r"ausgeblieben|ausbleib\w*|bleib(?:t|en)\s+(?:\S+\s+){0,2}?aus",
        r"verweiger\w*",
        r"(?:abzusehen|absehen|Abstand\s+(?:zu\s+)?nehmen)",
        r"mangel\w*|Mangel\w*|fehlend\w*",
        r"ohne\s+(?:Verzögerung|Verzug|Einschränkung(?:en)?|Ausnahme|Weiteres)",
        r"un(?!d\b|ter|ser|s\b|sere|ion|iver|gefähr|garn)\w{3,}",
        r"nur|lediglich|kaum|weniger|statt|anstatt|anstelle",
        r"(?:ab)?lehn\w*|abgelehnt\w*|weiger\w*|vermeid\w*|verhinder\w*",
        r"\w+los(?:e|en|er|es|em|igkeit)?",
        r"\w*unvereinbar\w*",
        r"(?:Freiheit|frei)\s+von|bis(?=\s)",
        # preventing is a lexical negation ("keeps it from competing")
        r"abzuhalten|h(?:ä|a)lt\w*\s+(?:\S+\s+){0,3}?ab|hinder\w*|behinder\w*",
    ),
    idioms=(
        r"nicht\s+nur",
        r"nicht\s+zuletzt",
        r"nicht\s+lange\s+(?:nach|danach)",
        r"ohne\s+(?:Zweifel|Grenzen)",
        # negation + exception = restriction ("nichts außer X" is "nur X")
        r"(?:nichts|niemand(?:en|em)?|kein(?:e|en|em|er|es)?)\b[^;.]{0,40}?\b(?:außer|ausser|als)\b",
    ),
    poles={
        "peace": (
            (r"friedlich\w*", r"gewaltfrei\w*", r"gewaltlos\w*"),
            (r"gewaltsam\w*", r"gewalttätig\w*", r"gewaltbereit\w*"),
        ),
        "legality": (
            (r"legal(?:e[nmrs]?)?", r"rechtmäßig\w*", r"gesetzmäßig\w*", r"rechtskonform\w*"),
            (
                r"illegal\w*",
                r"rechtswidrig\w*",
                r"unrechtmäßig\w*",
                r"gesetzwidrig\w*",
                r"widerrechtlich\w*",
            ),
        ),  # fmt: skip
        "legitimacy": ((r"legitim(?:e[nmrs]?)?",), (r"illegitim\w*",)),
        "proportionality": (
            (r"verhältnismäßig\w*",),
            (r"unverhältnismäßig\w*", r"übermäßig\w*", r"exzessiv\w*"),
        ),
        "arbitrariness": ((), (r"willkürlich\w*", r"Willkür\w*")),
        "democracy": ((r"demokratisch\w*",), (r"undemokratisch\w*", r"antidemokratisch\w*")),
        "independence": ((r"unabhängig\w*",), ()),
        "freedom": ((r"frei(?:e[nmrs]?)?",), (r"unfrei(?:e[nmrs]?)?",)),
        "fairness": (
            (r"fair(?:e[nmrs]?)?", r"gerecht(?:e[nmrs]?)?"),
            (r"unfair\w*", r"ungerecht\w*"),
        ),
        "acceptability": (
            (r"akzeptabel|akzeptable[nmrs]?", r"annehmbar\w*", r"hinnehmbar\w*"),
            (r"inakzeptab\w*", r"unannehmbar\w*", r"unhaltbar\w*"),
        ),
        "valence": ((r"positiv\w*",), (r"negativ\w*",)),
        "change": (
            (
                r"\w*anstieg\w*",
                r"Zunahme",
                r"zunehmend\w*",
                r"steigend\w*",
                r"gestiegen\w*",
                r"erhöh\w*",
                r"wachsend\w*",
                r"Anstieg\w*",
            ),
            (
                r"\w*rückgang\w*",
                r"Abnahme",
                r"abnehmend\w*",
                r"sinkend\w*",
                r"gesunken\w*",
                r"verringer\w*",
                r"Senkung\w*",
            ),
        ),  # fmt: skip
        "time": ((r"bevor", r"ehe", r"zuvor", r"vorher"), (r"nachdem", r"danach")),
    },
    scales={
        "demand": (
            (4, rf"fordert\b{_NO_AUF}\b{_URGE}\b{_NO_AUF}\bauf"),
            (4, rf"(?:fordert|verlangt|ersucht|appelliert)\s+(?:\S+\s+){{0,1}}?{_URGE}"),
            (4, r"ersucht\b[^;]*?\b(?:eindringlich|nachdrücklich)"),
            (4, r"drängt\b[^;]*?\bdarauf"),
            (3, r"fordert|verlangt|appelliert|besteht\s+darauf"),
            (3, r"ruft\b[^;]*?\bauf"),
            (2, r"ersucht|empfiehlt|ermutigt|ermuntert|bittet"),
            (2, r"legt\b[^;]*?\bnahe"),
            (1, r"regt\b[^;]*?\ban|schlägt\b[^;]*?\bvor|lädt\b[^;]*?\bein"),
        ),
        "obligation": (
            (3, r"muss|müssen|müsse|musste|mussten|müsste|müssten"),
            (3, r"(?:darf|dürfen|durfte|durften)\b[^;,.]{0,60}?\b(?:nicht|kein\w*|nie)"),
            (2, r"sollte|sollten|soll|sollen|solle|sollst|solltest"),
            (1, r"kann|können|könne|könnte|könnten|darf|dürfen|dürfe|dürfte|dürften"),
        ),
        "condemnation": (
            (4, r"verurteilt\s+(?:\S+\s+){0,3}?(?:aufs|auf\s+das)\s+Schärfste"),
            (4, r"verurteilt\s+(?:\S+\s+){0,1}?(?:entschieden|scharf|nachdrücklich|mit Nachdruck)"),
            (4, r"(?:entschieden|scharf|nachdrücklich)\s+verurteilt"),
            (3, r"verurteilt|prangert\b[^;]*?\ban"),
            (2, r"bedauert\s+(?:\S+\s+){0,1}?(?:zutiefst|sehr|außerordentlich|zutiefst)"),
            (2, r"beklagt|missbilligt"),
            (1, r"bedauert"),
        ),
        "approval": (
            (2, r"begrüßt\s+(?:\S+\s+){0,1}?(?:nachdrücklich|ausdrücklich|sehr|ausdrücklich)"),
            (2, r"begrüßt\s+es\s+sehr"),
            (1, r"begrüßt|würdigt|lobt|befürwortet"),
        ),
        "concern": (
            (
                2,
                r"ist\s+(?:\S+\s+){0,1}?(?:zutiefst|äußerst|sehr|ernsthaft|tief|höchst)\s+"
                r"(?:besorgt|beunruhigt)",
            ),
            (2, r"äußert\s+(?:seine\s+)?(?:tiefe|große|ernste|ernsthafte)\s+Besorgnis"),
            (1, r"ist\s+(?:\S+\s+){0,1}?(?:besorgt|beunruhigt)"),
            (1, r"äußert\s+(?:seine\s+)?Besorgnis|zeigt\s+sich\s+besorgt"),
        ),  # fmt: skip
        "note": ((0, r"nimmt\b[^;]*?\bKenntnis"), (0, r"stellt\s+fest")),
    },
)
