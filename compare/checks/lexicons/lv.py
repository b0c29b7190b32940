"""Latvian cues ("aicina" is the EP's "calls on", "stingri aicina" its "strongly urges").

Latvian joins the negator to the verb ("neizmeklēja"): negated verb forms are recognised by
past-tense and infinitive endings and a list of frequent forms; other words in "ne-"
(neatkarīgs, nekavējoties) are weak cues. Necessity is the debitive "jā-" ("jāievēro").
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:stingri|nepārprotami|noteikti|neatlaidīgi)"

LEXICON = build(
    "lv",
    negation=(
        r"ne",
        r"nav|nebija|nebūs|nevar|nevarēja|nedrīkst|netiek|netika|neatbilst",
        r"ne\w{2,}(?:ēja|āja|īja|oja|ija|ījās|ējās|ājās)",
        r"ne\w{3,}(?:ēt|āt|īt|ot|t)",
    ),
    concord=(
        r"nekad|nekas|neko|nekād\w*",
        r"neviens|neviena|nevienu|nevienam|nevienai|nevienā|nevieni|nevienas|nevienus",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"bez",
        r"vairs\s+ne\w*",
        # the "ne-" of negated and privative words, not of "some-" words and the like
        r"ne(?!dēļ)\w{3,}",
        r"bez\s+(?:kavēšanās|ierobežojum\w+|šķēršļiem|izņēmuma|atrunām)",
        r"attur\w+",
        r"pārtrauk\w+|izbeig\w+|beigt\w*",
        r"trūkum\w*|trūkst",
        # preventing is a lexical negation ("keeps it from competing")
        r"novērs\w*|kavē\w*|izvair\w*",
    ),
    idioms=(r"ne\s+tikai", r"ne\s+vēlāk\s+kā", r"nevis", r"bez\s+(?:šaubām|robežām)"),
    poles={
        "peace": (
            (r"miermīlīg\w*", r"mierīg\w*", r"nevardarbīg\w*"),
            (r"vardarbīg\w*",),
        ),
        "legality": (
            (r"likumīg\w*", r"legāl\w*"),
            (r"nelikumīg\w*", r"nelegāl\w*", r"prettiesisk\w*"),
        ),  # fmt: skip
        "legitimacy": ((r"leģitīm\w*",), (r"neleģitīm\w*",)),
        "proportionality": (
            (r"samērīg\w*", r"proporcionāl\w*"),
            (r"nesamērīg\w*", r"neproporcionāl\w*", r"pārmērīg\w*", r"pārlieku"),
        ),
        "arbitrariness": ((), (r"patvaļīg\w*", r"patvaļ\w*")),
        "democracy": ((r"demokrātisk\w*",), (r"nedemokrātisk\w*", r"antidemokrātisk\w*")),
        "independence": ((r"neatkarīg\w*",), ()),
        "freedom": ((r"brīv(?:s|a|ā|i|as|ie|o|u|ām|ajiem|ajām|ajā|os|ajai|ajos|ajās)",), ()),
        "fairness": ((r"godīg\w*", r"taisnīg\w*"), (r"negodīg\w*", r"netaisnīg\w*")),
        "acceptability": ((r"pieņemam\w*",), (r"nepieņemam\w*",)),
        "valence": ((r"pozitīv\w*",), (r"negatīv\w*",)),
        "change": (
            (r"pieaug\w*", r"palielin\w*", r"kāpum\w*"),
            (r"samazin\w*", r"kritum\w*", r"sarūk\w*", r"mazin\w*"),
        ),
        "time": ((r"pirms",), (r"pēc|pēcāk",)),
    },
    scales={
        "demand": (
            (4, rf"{_STRONG}\s+(?:\S+\s+)?(?:aicina|mudina|pieprasa|prasa)"),
            (3, r"aicina|prasa|pieprasa|uzstāj"),
            (2, r"mudina|iesaka|iedrošina|lūdz|rosina"),
            (1, r"ierosina|ielūdz"),
        ),
        "obligation": (
            (3, r"jā\w{3,}"),
            (2, r"vajadzētu|būtu\s+jā\w+"),
            (1, r"var|varētu|drīkst"),
        ),
        "condemnation": (
            (4, r"(?:visstingrākajā\s+mērā|stingri|asi|kategoriski|visstingrāk)\s+nosoda"),
            (4, r"nosoda\s+(?:\S+\s+){0,2}?(?:visstingrākajā\s+mērā|visstingrāk)"),
            (3, r"nosoda"),
            (2, r"pauž\s+dziļu\s+nožēlu|dziļi\s+nožēlo"),
            (1, r"pauž\s+nožēlu|nožēlo"),
        ),
        "approval": (
            (2, r"(?:ļoti|īpaši)\s+atzinīgi\s+vērtē|sirsnīgi\s+apsveic"),
            (1, r"atzinīgi\s+vērtē|apsveic|pauž\s+gandarījumu|uzteic"),
        ),
        "concern": (
            (2, r"pauž\s+(?:dziļas|nopietnas|lielas)\s+bažas"),
            (2, r"ir\s+(?:dziļi|ļoti|nopietni|īpaši)\s+(?:nobažījies|norūpējies|satraukts)"),
            (1, r"pauž\s+bažas|ir\s+(?:nobažījies|norūpējies|satraukts)|ar\s+bažām"),
        ),
        "note": ((0, r"pieņem\s+zināšanai|konstatē|atzīmē"),),
    },
)
