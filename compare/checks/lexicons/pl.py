"""Polish cues ("wzywa" is the EP's "calls on", "usilnie wzywa" its "strongly urges").

The negator "nie" is written apart from verbs and joined to adjectives and participles
("niezależny", "nieograniczony"); the joined forms are weak cues only.
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:usilnie|stanowczo|zdecydowanie|gorąco|kategorycznie)"

LEXICON = build(
    "pl",
    negation=(
        r"nie",
        r"ani",
    ),
    concord=(
        r"nigdy",
        r"żadn\w+|żaden",
        r"nic|niczego|niczym|nikt|nikogo|nikomu|nigdzie",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"bez",
        r"nie\s+(?:\S+\s+)?(?:już|dłużej)|już\s+nie",
        # the "ne-" of negated and privative words, not of "some-" words and the like
        r"nie(?!kt|mi[ec]|mc|daw|zbędn|zwykl)\w{3,}",
        r"bez\s+(?:zwłoki|ograniczeń|przeszkód|wyjątku|zastrzeżeń)",
        r"bezzwłoczn\w*|bezprawn\w*|bezpodstawn\w*|bezkarn\w*",
        r"brak\w*",
        r"zaprzesta\w+|zaniecha\w+|powstrzyma\w+|przesta\w+|położ\w+\s+kres|położenia\s+kresu",
        # preventing is a lexical negation ("keeps it from competing")
        r"zapobieg\w*|uniemożliw\w*|powstrzym\w*|unika\w*|uniknąć",
    ),
    idioms=(
        r"nie\s+tylko",
        r"(?:na|za|przez|o|w|po|pod|nad|przed|między)\s+nie",
        r"a\s+nie",
        r"dopóki\s+(?:\S+\s+){0,4}?nie",
        r"bez\s+(?:wątpienia|granic)",
        r"nie\s+później\s+niż",
        # negation + exception = restriction ("nic poza X" is "tylko X")
        r"(?:nic|nikt|nikogo|niczego|nie)\b[^;.]{0,40}?\b(?:poza|oprócz|prócz|niż)\b",
        r"nie\s+do\s+przyjęcia",
    ),
    poles={
        "peace": ((r"pokojow\w*", r"pokojnie"), (r"gwałtown\w*", r"brutaln\w*")),
        "legality": (
            (r"legaln\w*", r"zgodn\w*\s+z\s+prawem"),
            (r"nielegaln\w*", r"bezprawn\w*", r"niezgodn\w*\s+z\s+prawem"),
        ),
        "legitimacy": ((r"prawowit\w*", r"legitymn\w*"), (r"nieprawowit\w*", r"nielegitymn\w*")),
        "proportionality": (
            (r"proporcjonaln\w*",),
            (r"nieproporcjonaln\w*", r"nadmiern\w*", r"niewspółmiern\w*"),
        ),
        "arbitrariness": ((), (r"arbitraln\w*", r"samowoln\w*")),
        "democracy": ((r"demokratyczn\w*",), (r"niedemokratyczn\w*", r"antydemokratyczn\w*")),
        "independence": ((r"niezależn\w*",), ()),
        "freedom": ((r"woln(?:y|a|e|ych|ym|ymi|ego|ej|emu|i)",), ()),
        "fairness": (
            (r"sprawiedliw\w*", r"uczciw\w*", r"rzeteln\w*"),
            (r"niesprawiedliw\w*", r"nieuczciw\w*", r"nierzeteln\w*"),
        ),
        "acceptability": (
            (r"akceptowaln\w*", r"dopuszczaln\w*"),
            (r"nieakceptowaln\w*", r"niedopuszczaln\w*", r"nie\s+do\s+przyjęcia"),
        ),
        "valence": ((r"pozytywn\w*",), (r"negatywn\w*",)),
        "change": (
            (r"wzrost\w*", r"rosnąc\w*", r"zwiększ\w*", r"podwyżk\w*"),
            (r"spad\w*", r"malejąc\w*", r"zmniejsz\w*", r"obniż\w*"),
        ),
        "time": ((r"zanim|przedtem",), (r"po\s+tym,?\s+jak|następnie",)),
    },
    scales={
        "demand": (
            (4, rf"{_STRONG}\s+(?:\S+\s+)?(?:wzywa|apeluje|nalega|domaga\s+się)"),
            (4, rf"(?:wzywa|apeluje)\s+(?:\S+\s+){{0,1}}?{_STRONG}"),
            (3, r"wzywa|apeluje|domaga\s+się|żąda|zwraca\s+się|nalega"),
            (2, r"zachęca|zaleca|prosi"),
            (1, r"sugeruje|proponuje|zaprasza"),
        ),
        "obligation": (
            (3, r"musi|muszą|musiał\w*|należy"),
            (2, r"powin(?:ien|na|no|ni|ny)\w*"),
            (1, r"może|mogą|mógłby|mogłaby|mogłoby|mogłyby|mogliby"),
        ),
        "condemnation": (
            (
                4,
                r"(?:w\s+najostrzejszych\s+słowach|najostrzej|zdecydowanie|stanowczo|ostro|"
                r"kategorycznie)\s+(?:\S+\s+)?potępia",
            ),
            (
                4,
                r"potępia\s+(?:\S+\s+){0,2}?(?:w\s+najostrzejszych\s+słowach|zdecydowanie|"
                r"stanowczo|najostrzej|z\s+całą\s+stanowczością)",
            ),
            (3, r"potępia|piętnuje"),
            (2, r"(?:wyraża\s+)?(?:głębokie|ogromne|wielkie)\s+ubolewanie|głęboko\s+ubolewa"),
            (1, r"ubolewa|wyraża\s+ubolewanie|żałuje"),
        ),
        "approval": (
            (2, r"z\s+(?:wielkim|ogromnym)\s+zadowoleniem\s+(?:przyjmuje|odnotowuje|wita)"),
            (2, r"(?:gorąco|bardzo)\s+(?:przyjmuje|wita|docenia)"),
            (1, r"z\s+zadowoleniem\s+(?:przyjmuje|odnotowuje|wita)|przyjmuje\s+z\s+zadowoleniem"),
            (1, r"pochwala|docenia"),
        ),
        "concern": (
            (2, r"(?:wyraża\s+)?(?:głębokie|poważne|ogromne)\s+zaniepokojenie"),
            (2, r"jest\s+(?:głęboko|poważnie|bardzo|niezwykle)\s+zaniepokojon\w+"),
            (1, r"wyraża\s+zaniepokojenie|jest\s+zaniepokojon\w+|z\s+zaniepokojeniem"),
        ),
        "note": ((0, r"odnotowuje|przyjmuje\s+do\s+wiadomości|zauważa"),),
    },
)
