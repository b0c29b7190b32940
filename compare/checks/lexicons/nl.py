"""Dutch cues ("verzoekt" is the EP's "calls on", "dringt er ... met klem op aan" its "strongly
urges"); separable verbs are matched from the verb to the particle.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

LEXICON = build(
    "nl",
    negation=(
        r"niet",
        r"geen",
        r"nooit|nimmer",
        r"noch",
        r"niets|niks|niemand|nergens|evenmin",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"zonder",
        r"niet\s+(?:langer|meer)|geen\s+(?:\S+\s+)?meer",
        r"na\s*te\s*laten|nalaten|nagelaten|laten\s+na|liet\w*\s+na",
        r"(?:zich\s+)?(?:te\s+)?onthouden|af\s+te\s+zien|afzien|zien\s+af|ziet\s+af",
        r"zonder\s+(?:uitstel|beperking\w*|belemmering\w*|uitzondering\w*|voorbehoud)",
        r"gebrek|ontbre\w+|afwezigheid",
        r"een\s+einde\s+(?:te\s+)?maken|stop\w*|staken",
        r"on(?:a|b|e|g|h|j|m|n|p|r|v|w|z)\w{3,}",
        r"\w+loos|\w+loze",
        r"niet-\w+",
        # preventing is a lexical negation ("keeps it from competing")
        r"verhinder\w*|voorkom\w*|belemmer\w*|weerhoud\w*",
    ),
    idioms=(
        r"niet\s+alleen",
        r"niet\s+in\s+het\s+minst",
        r"niet\s+lang\s+(?:na|daarna)",
        r"uiterlijk",
        r"zonder\s+(?:twijfel|grenzen)",
        # negation + exception = restriction ("niets dan X" is "alleen X")
        r"(?:niets|niemand|geen)\b[^;.]{0,40}?\b(?:dan|behalve)\b",
    ),
    poles={
        "peace": ((r"vreedzam\w*", r"geweldloo\w*", r"geweldloze"), (r"gewelddadig\w*",)),
        "legality": (
            (r"legal\w*", r"rechtmatig\w*", r"wettig\w*"),
            (r"illegal\w*", r"onrechtmatig\w*", r"onwettig\w*"),
        ),
        "legitimacy": ((r"legitiem\w*",), (r"illegitiem\w*",)),
        "proportionality": (
            (r"evenredig\w*", r"proportioneel\w*", r"proportionele"),
            (r"onevenredig\w*", r"disproportione\w*", r"buitensporig\w*", r"overmatig\w*"),
        ),
        "arbitrariness": ((), (r"willekeurig\w*", r"willekeur")),
        "democracy": ((r"democratisch\w*",), (r"ondemocratisch\w*",)),
        "independence": ((r"onafhankelijk\w*",), ()),
        "freedom": ((r"vrij(?:e)?",), (r"onvrij\w*",)),
        "fairness": ((r"eerlijk\w*", r"billijk\w*"), (r"oneerlijk\w*", r"onbillijk\w*")),
        "acceptability": (
            (r"aanvaardbaar\w*", r"acceptabel\w*"),
            (r"onaanvaardbaar\w*", r"onacceptabel\w*"),
        ),
        "valence": ((r"positie(?:f|ve)\w*",), (r"negatie(?:f|ve)\w*",)),
        "change": (
            (r"stijg\w*", r"toename", r"toenemend\w*", r"verhog\w*", r"groeiend\w*"),
            (
                r"daling\w*",
                r"dalend\w*",
                r"afname",
                r"afnemend\w*",
                r"verlag\w*",
                r"vermindering\w*",
            ),
        ),  # fmt: skip
        "time": ((r"voordat|alvorens|vóór",), (r"nadat|daarna",)),
    },
    scales={
        "demand": (
            (4, r"dringt\b[^;]*?\baan"),
            (4, r"(?:verzoekt|vraagt|roept)\s+(?:\S+\s+){0,3}?(?:met\s+klem|nadrukkelijk)"),
            (3, r"verzoekt|vraagt|eist|verlangt|roept\b[^;]*?\bop|staat\s+erop"),
            (2, r"moedigt\b[^;]*?\baan|beveelt\b[^;]*?\baan|spoort\b[^;]*?\baan"),
            (1, r"stelt\b[^;]*?\bvoor|suggereert|nodigt\b[^;]*?\buit"),
        ),
        "obligation": (
            (3, r"moet|moeten|moest|moesten|dient|dienen|diende|dienden"),
            (2, r"(?:zou|zouden)\s+(?:\S+\s+){0,4}?moeten|behoort|behoren"),
            (1, r"kan|kunnen|kon|konden|mag|mogen|(?:zou|zouden)\s+(?:\S+\s+){0,4}?kunnen"),
        ),
        "condemnation": (
            (
                4,
                r"veroordeelt\s+(?:\S+\s+){0,3}?(?:ten\s+stelligste|ten\s+zeerste|krachtig|"
                r"met\s+klem|scherp|in\s+de\s+krachtigste\s+bewoordingen)",
            ),
            (3, r"veroordeelt|hekelt|laakt|keurt\b[^;]*?\baf"),
            (2, r"betreurt\s+(?:\S+\s+){0,2}?(?:ten\s+zeerste|diep|zeer|sterk)"),
            (1, r"betreurt"),
        ),
        "approval": (
            (
                2,
                r"is\s+(?:zeer|bijzonder|uitermate|verheugd\s+en)\s+verheugd|verwelkomt\s+(?:\S+\s+)?"
                r"(?:van\s+harte|ten\s+zeerste)|juicht\b[^;]*?\bten\s+zeerste\b[^;]*?\btoe",
            ),
            (1, r"is\s+verheugd|verwelkomt|juicht\b[^;]*?\btoe|is\s+ingenomen|prijst"),
        ),
        "concern": (
            (
                2,
                r"is\s+(?:ernstig|zeer|diep|bijzonder|uiterst|buitengewoon)\s+(?:bezorgd|"
                r"verontrust)",
            ),
            (2, r"spreekt\s+(?:zijn\s+)?(?:ernstige|diepe|grote)\s+(?:bezorgdheid|zorgen)"),
            (1, r"is\s+(?:bezorgd|verontrust)|spreekt\s+(?:zijn\s+)?(?:bezorgdheid|zorgen)"),
            (1, r"maakt\s+zich\s+zorgen"),
        ),  # fmt: skip
        "note": ((0, r"neemt\b[^;]*?\bkennis|neemt\s+nota|stelt\s+vast|constateert"),),
    },
)
