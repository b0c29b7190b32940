"""Maltese cues ("Jistieden" is the EP's "calls on", "Iħeġġeġ bil-qawwa" its "strongly
urges"). The negator "ma" is told apart from "ma'" (with) by the apostrophe.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:bil-qawwa|bis-sħiħ|b['’]mod\s+qawwi|b['’]insistenza)"

LEXICON = build(
    "mt",
    negation=(
        r"ma(?![’'])",
        r"m['’]\w+x",
        r"mhux|mhix|mhumiex|mhuwiex|mhijiex|m['’]hemmx|hemmx",
        r"qatt",
        r"ebda|xejn|(?<!il-)(?<!nhar\s)ħadd",
        r"lanqas",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"mingħajr|bla",
        r"mingħajr\s+(?:dewmien|restrizzjoni\w*|ostakli|eċċezzjoni|ebda\s+restrizzjoni\w*)",
        r"j?astjen\w*|jżommu\s+lura|iżommu\s+lura",
        r"jonqsu|naqsu|nuqqas|assenza",
        r"jieqfu|iwaqqf\w*|itemmu|itemm|itmiem",
        r"in(?:aċċettabbli|dipendent\w*|kompatibbli|ġustifikat\w*|ġust\w*|utli|adegwat\w*)",
        r"i(?:llegal|lleġittim|mpunit)\w*|sproporzjonat\w*",
        r"mhux\s+(?:governattiv|vjolent|demokratik)\w*",
        r"bla\s+(?:bżonn|ħtieġa|raġuni)",
        # preventing is a lexical negation ("keeps it from competing")
        r"jipprevjen\w*|jevit\w*|tevit\w*",
    ),
    idioms=(
        r"mhux\s+biss",
        r"mhux\s+aktar\s+tard\s+minn",
        r"(?:aktar|iktar|inqas)\s+ma",
        r"jekk\s+hemmx",
        r"mingħajr\s+(?:dubju|fruntieri)",
    ),
    poles={
        "peace": ((r"paċifik\w*", r"paċifiċi", r"mhux\s+vjolent\w*"), (r"vjolent\w*",)),
        "legality": ((r"legali", r"skont\s+il-liġi"), (r"illegali", r"illeċit\w*")),
        "legitimacy": ((r"leġittim\w*",), (r"illeġittim\w*",)),
        "proportionality": (
            (r"proporzjonat\w*", r"proporzjonali"),
            (r"sproporzjonat\w*", r"eċċessiv\w*"),
        ),
        "arbitrariness": ((), (r"arbitrarj\w*",)),
        "democracy": ((r"demokratik\w*", r"demokratiċi"), (r"antidemokratik\w*",)),
        "independence": ((r"indipendenti",), ()),
        "freedom": ((r"ħieles|ħielsa|ħielsin|liberu|libera|liberi",), ()),
        "fairness": ((r"ġust(?:a|i)?", r"ekwu|ekwa|ekwi"), (r"inġust\w*",)),
        "acceptability": ((r"aċċettabbli",), (r"inaċċettabbli",)),
        "valence": ((r"pożittiv\w*",), (r"negattiv\w*",)),
        "change": (
            (r"żieda\w*", r"jiżdied\w*", r"tiżdied\w*", r"dejjem\s+tikber", r"tikber"),
            (r"tnaqqis\w*", r"jonqos", r"tonqos"),
        ),
        "time": ((r"qabel",), (r"wara",)),
    },
    scales={
        "demand": (
            (4, rf"(?:iħeġġeġ|jistieden|jitlob)\s+(?:\S+\s+){{0,1}}?{_STRONG}"),
            (4, r"iħeġġeġ|jħeġġeġ"),
            (3, r"jistieden|jitlob|jappella|jinsisti|jesiġi"),
            (2, r"jinkoraġġixxi|jirrakkomanda"),
            (1, r"jissuġġerixxi|jipproponi"),
        ),
        "obligation": (
            (3, r"irid\s+j\w+|iridu\s+j\w+|trid\s+t\w+|jeħtieġ|huwa\s+meħtieġ"),
            (2, r"għandu\s+j\w+|għandha\s+t\w+|għandhom\s+j\w+"),
            (1, r"jista['’]|jistgħu|tista['’]|setgħ\w*"),
        ),
        "condemnation": (
            (
                4,
                r"jikkundanna\s+(?:\S+\s+){0,2}?(?:bl-aktar\s+mod\s+(?:qawwi|sħiħ|kategoriku)|"
                r"bil-qawwa|bis-sħiħ|b['’]mod\s+qawwi|bl-aktar\s+termini\s+\w+)",
            ),
            (3, r"jikkundanna|jiddenunzja"),
            (2, r"jiddeplora\s+profondament|jiddispjaċih\s+ħafna"),
            (1, r"jiddeplora|jiddispjaċih|jesprimi\s+d-dispjaċir"),
        ),
        "approval": (
            (2, r"jilqa['’]\s+(?:\S+\s+)?(?:bil-qawwa|b['’]entużjażmu|bi\s+pjaċir\s+kbir)"),
            (1, r"jilqa['’]|jifraħ|ifaħħar|japprezza|jesprimi\s+s-sodisfazzjon"),
        ),
        "concern": (
            (2, r"huwa\s+(?:profondament|serjament|estremament|tassew)\s+imħasseb"),
            (2, r"jesprimi\s+(?:it-)?tħassib\s+(?:profond|serju|kbir)"),
            (1, r"huwa\s+mħasseb|jinsab\s+imħasseb|jesprimi\s+(?:it-)?tħassib"),
        ),
        "note": ((0, r"jieħu\s+nota|jinnota"),),
    },
)
