"""Romanian cues ("invită" is the EP's "calls on", "îndeamnă insistent" its "strongly urges").

Both spellings of s and t with comma below (ș, ț) and with cedilla (ş, ţ) are accepted.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:insistent|ferm|cu\s+insisten[țţ]ă|cu\s+fermitate|stăruitor)"

LEXICON = build(
    "ro",
    negation=(
        r"nu",
        r"n-\w+",
        r"nici",
    ),
    concord=(
        r"niciodată|nicicând",
        r"niciun|nicio|niciunul|niciuna|nimic|nimeni|nicăieri",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"fără",
        r"nu\s+mai",
        r"fără\s+(?:întârziere|restric[țţ]i\w*|obstacole|excep[țţ]ie|rezerve)",
        r"(?:să\s+)?(?:se\s+)?ab[țţ]in\w*",
        r"înceteze|înceta\w*|oprească|pună\s+capăt",
        r"lipsa|lipsă|absen[țţ]\w*|omi[sţț]\w*",
        # the "ne-" of negated and privative words, not of "some-" words and the like
        r"ne(?!goci|cesar|voi)\w{4,}",
        r"in(?:accept|compat|depend|just|adecv|suficien)\w*",
        r"i(?:legal|legitim|mpunit)\w*|dispropor[țţ]ionat\w*",
        # preventing is a lexical negation ("keeps it from competing")
        r"împiedic\w*|evit\w*|previn\w*",
    ),
    idioms=(
        r"nu\s+numai|nu\s+doar",
        r"cel\s+târziu",
        r"fără\s+(?:îndoială|frontiere)",
        # "nu ... decât" is "only"; "nimic în afară de X" is "only X"
        r"(?:nu|nimic|nimeni)\b[^;.]{0,40}?\b(?:decât|în\s+afară\s+de)\b",
    ),
    poles={
        "peace": ((r"pa[șş]nic\w*", r"non-?violent\w*"), (r"violent\w*",)),
        "legality": ((r"legal(?:e|ă|i)?", r"licit\w*"), (r"ilegal\w*", r"ilicit\w*")),
        "legitimacy": ((r"legitim(?:e|ă|i)?",), (r"nelegitim\w*", r"ilegitim\w*")),
        "proportionality": (
            (r"propor[țţ]ional\w*",),
            (r"dispropor[țţ]ionat\w*", r"excesiv\w*"),
        ),
        "arbitrariness": ((), (r"arbitrar\w*",)),
        "democracy": ((r"democratic\w*",), (r"nedemocratic\w*", r"antidemocratic\w*")),
        "independence": ((r"independen[țţ]\w*",), ()),
        "freedom": ((r"liber(?:ă|e|i)?",), ()),
        "fairness": ((r"echitabil\w*", r"corect(?:ă|e|i)?"), (r"inechitabil\w*", r"nedrept\w*")),
        "acceptability": ((r"acceptabil\w*",), (r"inacceptabil\w*",)),
        "valence": ((r"pozitiv\w*",), (r"negativ\w*",)),
        "change": (
            (r"cre[șş]ter\w*", r"crescând\w*", r"majorar\w*", r"spor\w*"),
            (r"scăder\w*", r"descre[șş]ter\w*", r"reducer\w*", r"diminuar\w*"),
        ),
        "time": ((r"înainte\s+(?:de|ca)",), (r"după",)),
    },
    scales={
        "demand": (
            (4, rf"(?:îndeamnă|invită|solicită|cere)\s+(?:\S+\s+){{0,1}}?{_STRONG}"),
            (4, r"îndeamnă"),
            (3, r"invită|solicită|cere|insistă|face\s+apel"),
            (2, r"încurajează|recomandă|roagă"),
            (1, r"sugerează|propune"),
        ),
        "obligation": (
            (3, r"trebuie"),
            (2, r"ar\s+trebui|ar\s+fi\s+trebuit"),
            (1, r"poate|pot|ar\s+putea|ar\s+fi\s+putut"),
        ),
        "condemnation": (
            (
                4,
                r"condamnă\s+(?:\S+\s+){0,2}?(?:cu\s+cea\s+mai\s+mare\s+fermitate|ferm|"
                r"cu\s+fermitate|vehement|energic|în\s+termenii\s+cei\s+mai\s+\w+)",
            ),
            (3, r"condamnă|denun[țţ]ă"),
            (2, r"deplânge|regretă\s+(?:\S+\s+)?profund|î[șş]i\s+exprimă\s+profundul\s+regret"),
            (1, r"regretă|î[șş]i\s+exprimă\s+regretul"),
        ),
        "approval": (
            (2, r"salută\s+(?:\S+\s+)?(?:călduros|cu\s+căldură|cu\s+mare\s+satisfac[țţ]ie)"),
            (1, r"salută|apreciază|se\s+felicită|aplaudă|î[șş]i\s+exprimă\s+satisfac[țţ]ia"),
        ),
        "concern": (
            (
                2,
                r"(?:î[șş]i\s+)?exprimă\s+(?:\S+\s+)?(?:profund\w*|serioas\w*|grav\w*)\s+"
                r"îngrijorare\w*",
            ),
            (
                2,
                r"este\s+(?:profund|extrem|foarte|serios|deosebit\s+de)\s+(?:îngrijorat|"
                r"preocupat)\w*",
            ),
            (
                1,
                r"(?:î[șş]i\s+)?exprimă\s+(?:\S+\s+)?îngrijorarea|este\s+(?:îngrijorat|"
                r"preocupat)\w*",
            ),
        ),  # fmt: skip
        "note": ((0, r"ia\s+(?:act|notă|la\s+cuno[șş]tin[țţ]ă)|constată"),),
    },
)
