"""Czech cues ("vyzývá" is the EP's "calls on", "důrazně vyzývá" its "strongly urges").

Czech joins the negator to the verb ("nevyšetřily"): negated verb forms are recognised by
their endings (l-participles, infinitives, present tense in -uje/-ují/-ají) and a list of
frequent forms; other words in "ne-" (nezávislý, neomezený, neprodleně) are weak cues.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:důrazně|naléhavě|rozhodně|urgentně)"

LEXICON = build(
    "cs",
    negation=(
        r"ne|nikoli|nikoliv",
        r"není|nejsou|nebyl\w*|nebude\w*|nemá|nemají|nemůže|nemohou|nemohl\w*|nelze|nesmí\w*",
        r"ne\w{3,}(?:l|la|lo|li|ly)",
        r"ne\w{3,}(?:at|it|et|ět|out|ovat)",
        r"ne\w{3,}(?:uje|ují|ají)",
        r"ani",
    ),
    concord=(
        r"nikdy|nic|ničeho|nikdo|nikoho|nikde",
        r"žádn\w+",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"bez",
        # the "ne-" of negated and privative words, not of "some-" words and the like
        r"ne(?!j(?!sou|sem|si|sme|ste))\w{3,}",
        r"již\s+ne\w*|přestat\w*|přestal\w*|ukončit\w*|ukončil\w*",
        r"bez\s+(?:odkladu|omezení|překážek|výjimky|prodlení|výhrad)",
        r"upust\w+|zdrž\w+",
        r"nedostat\w*|absence|chybějící",
        # preventing is a lexical negation ("keeps it from competing")
        r"zabrán\w*|zabraň\w*|brán\w*|předcház\w*|vyhn\w*|vyhýb\w*",
    ),
    idioms=(
        r"nejen",
        r"ne\s+později\s+než",
        r"nejpozději",
        r"a\s+(?:ne|nikoli|nikoliv)",
        r"dokud\s+(?:\S+\s+){0,4}?ne\w*",
        r"bez\s+(?:pochyby|hranic)",
    ),
    poles={
        "peace": (
            (r"pokojn\w*", r"mírov\w*", r"mírumilovn\w*", r"nenásiln\w*"),
            (r"násiln\w*",),
        ),
        "legality": (
            (r"legální\w*", r"zákonn\w*"),
            (r"nelegální\w*", r"nezákonn\w*", r"protiprávn\w*"),
        ),
        "legitimacy": ((r"legitimní\w*",), (r"nelegitimní\w*",)),
        "proportionality": (
            (r"přiměřen\w*",),
            (r"nepřiměřen\w*", r"nadměrn\w*", r"neúměrn\w*", r"přehnan\w*"),
        ),
        "arbitrariness": ((), (r"svévol\w*", r"libovoln\w*")),
        "democracy": ((r"demokratick\w*",), (r"nedemokratick\w*", r"antidemokratick\w*")),
        "independence": ((r"nezávisl\w*",), ()),
        "freedom": ((r"svobodn\w*",), (r"nesvobodn\w*",)),
        "fairness": ((r"spravedliv\w*", r"férov\w*"), (r"nespravedliv\w*",)),
        "acceptability": ((r"přijateln\w*",), (r"nepřijateln\w*",)),
        "valence": ((r"pozitivn\w*",), (r"negativn\w*",)),
        "change": (
            (r"nárůst\w*", r"rostouc\w*", r"zvýšen\w*", r"zvyšov\w*"),
            (r"pokles\w*", r"klesajíc\w*", r"snížen\w*", r"snižov\w*"),
        ),
        "time": ((r"dříve\s+než|předtím",), (r"poté,?\s+co|následně",)),
    },
    scales={
        "demand": (
            (4, rf"{_STRONG}\s+(?:\S+\s+)?(?:vyzývá|žádá|apeluje|požaduje)"),
            (4, r"naléhá"),
            (3, r"vyzývá|žádá|požaduje|apeluje|trvá\s+na"),
            (2, r"vybízí|doporučuje|podněcuje|povzbuzuje|prosí"),
            (1, r"navrhuje|zve"),
        ),
        "obligation": (
            (3, r"musí|musejí|museli|musel\w*"),
            (2, r"by\s+(?:\S+\s+){0,2}?měl\w*|měl\w*\s+by"),
            (1, r"může|mohou|by\s+(?:\S+\s+){0,2}?mohl\w*|mohl\w*\s+by|lze"),
        ),
        "condemnation": (
            (
                4,
                r"(?:co\s+nejdůrazněji|důrazně|rozhodně|ostře|nejostřeji|co\s+nejostřeji)\s+"
                r"odsuzuje",
            ),
            (4, r"odsuzuje\s+(?:\S+\s+){0,2}?(?:co\s+nejdůrazněji|nejostřeji|co\s+nejostřeji)"),
            (3, r"odsuzuje"),
            (2, r"hluboce\s+lituje|lituje\s+hluboce|vyjadřuje\s+hluboké\s+politování"),
            (1, r"lituje|vyjadřuje\s+politování"),
        ),
        "approval": (
            (2, r"(?:velmi|vřele|rozhodně|důrazně)\s+vítá"),
            (1, r"vítá|oceňuje|chválí|kvituje"),
        ),
        "concern": (
            (2, r"je\s+(?:hluboce|vážně|velmi|nesmírně|mimořádně)\s+znepokojen\w*"),
            (2, r"vyjadřuje\s+(?:své\s+)?(?:hluboké|vážné)\s+znepokojení"),
            (1, r"je\s+znepokojen\w*|vyjadřuje\s+(?:své\s+)?znepokojení|se\s+znepokojením"),
        ),
        "note": ((0, r"bere\s+(?:\S+\s+)?na\s+vědomí|konstatuje"),),
    },
)
