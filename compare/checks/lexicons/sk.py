"""Slovak cues ("vyzýva" is the EP's "calls on", "naliehavo vyzýva" its "strongly urges").

Slovak joins the negator to most verbs ("nevyšetrili"): negated verb forms are recognised by
their endings and a list of frequent forms; other words in "ne-" are weak cues.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:naliehavo|dôrazne|rozhodne|dôrazne)"

LEXICON = build(
    "sk",
    negation=(
        r"nie",
        r"nebol\w*|nebude\w*|nemá|nemajú|nemôže|nemôžu|nemohol\w*|nemožno|nesmie\w*",
        r"ne\w{3,}(?:l|la|lo|li)",
        r"ne\w{3,}ť",
        r"ne\w{3,}(?:uje|ujú|ajú)",
        r"ani",
    ),
    concord=(
        r"nikdy|nič|ničoho|nikto|nikoho|nikde",
        r"žiadn\w+",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"bez",
        # the "ne-" of negated and privative words, not of "some-" words and the like
        r"ne(?!jak)\w{3,}",
        r"už\s+nie|prestať\w*|prestal\w*|ukončiť\w*|ukončil\w*",
        r"bez\s+(?:odkladu|obmedzenia|obmedzení|prekážok|výnimky|výhrad)",
        r"upust\w+|zdrž\w+",
        r"nedostat\w*|absencia|chýbajúc\w*",
        # preventing is a lexical negation ("keeps it from competing")
        r"zabrán\w*|zabraň\w*|brán\w*|predchádz\w*|vyhn\w*|vyhýb\w*",
    ),
    idioms=(
        r"nielen",
        r"nie\s+neskôr\s+ako",
        r"najneskôr",
        r"a\s+nie",
        r"(?:kým|pokiaľ)\s+(?:\S+\s+){0,4}?ne\w*",
        r"bez\s+(?:pochyby|hraníc)",
    ),
    poles={
        "peace": (
            (r"pokojn\w*", r"mierov\w*", r"mierumilovn\w*", r"nenásiln\w*"),
            (r"násiln\w*",),
        ),
        "legality": (
            (r"legáln\w*", r"zákonn\w*"),
            (r"nelegáln\w*", r"nezákonn\w*", r"protiprávn\w*"),
        ),
        "legitimacy": ((r"legitímn\w*",), (r"nelegitímn\w*",)),
        "proportionality": ((r"primeran\w*",), (r"neprimeran\w*", r"nadmern\w*")),
        "arbitrariness": ((), (r"svojvoľn\w*", r"ľubovoľn\w*")),
        "democracy": ((r"demokratick\w*",), (r"nedemokratick\w*", r"antidemokratick\w*")),
        "independence": ((r"nezávisl\w*",), ()),
        "freedom": ((r"slobodn\w*",), (r"neslobodn\w*",)),
        "fairness": ((r"spravodliv\w*", r"férov\w*"), (r"nespravodliv\w*",)),
        "acceptability": ((r"prijateľn\w*",), (r"neprijateľn\w*",)),
        "valence": ((r"pozitívn\w*",), (r"negatívn\w*",)),
        "change": (
            (r"nárast\w*", r"rastúc\w*", r"zvýšen\w*", r"zvyšovan\w*"),
            (r"pokles\w*", r"klesajúc\w*", r"znížen\w*", r"znižovan\w*"),
        ),
        "time": ((r"skôr\s+ako|predtým",), (r"potom,?\s+čo|následne",)),
    },
    scales={
        "demand": (
            (4, rf"{_STRONG}\s+(?:\S+\s+)?(?:vyzýva|žiada|požaduje|apeluje)"),
            (3, r"vyzýva|žiada|požaduje|apeluje|trvá\s+na"),
            (2, r"nabáda|odporúča|povzbudzuje|podnecuje|prosí"),
            (1, r"navrhuje|pozýva"),
        ),
        "obligation": (
            (3, r"musí|musia|musel\w*"),
            (2, r"by\s+(?:\S+\s+){0,2}?mal\w*|mal\w*\s+by"),
            (1, r"môže|môžu|by\s+(?:\S+\s+){0,2}?mohl\w*|mohl\w*\s+by|možno"),
        ),
        "condemnation": (
            (4, r"(?:čo\s+najdôraznejšie|dôrazne|rozhodne|ostro|najostrejšie)\s+odsudzuje"),
            (4, r"odsudzuje\s+(?:\S+\s+){0,2}?(?:čo\s+najdôraznejšie|najostrejšie)"),
            (3, r"odsudzuje"),
            (2, r"hlboko\s+ľutuje|ľutuje\s+hlboko|vyjadruje\s+hlboké\s+poľutovanie"),
            (1, r"ľutuje|vyjadruje\s+poľutovanie"),
        ),
        "approval": (
            (2, r"(?:veľmi|vrelo|dôrazne)\s+víta"),
            (1, r"víta|oceňuje|chváli"),
        ),
        "concern": (
            (2, r"je\s+(?:hlboko|vážne|veľmi|mimoriadne)\s+znepokojen\w*"),
            (2, r"vyjadruje\s+(?:svoje\s+)?(?:hlboké|vážne)\s+znepokojenie"),
            (1, r"je\s+znepokojen\w*|vyjadruje\s+(?:svoje\s+)?znepokojenie|so\s+znepokojením"),
        ),
        "note": ((0, r"berie\s+(?:\S+\s+)?na\s+vedomie|konštatuje"),),
    },
)
