"""Danish cues ("opfordrer" is the EP's "calls on", "opfordrer indtrængende" its "strongly
urges").
"""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:indtrængende|kraftigt|på\s+det\s+kraftigste|eftertrykkeligt)"

LEXICON = build(
    "da",
    negation=(
        r"ikke|ej",
        r"ingen|intet|ingenting",
        r"aldrig",
        r"hverken\b[^;]*?\beller",
        r"hverken",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"uden",
        r"ikke\s+(?:\S+\s+)?(?:længere|mere)",
        r"uden\s+(?:ophold|forsinkelse|begrænsning\w*|hindring\w*|undtagelse|forbehold)",
        r"u(?!d|nd)\w{4,}",
        r"afhold\w*\s+sig|afstå\w*",
        r"undla\w+|undlod",
        r"mangl\w+|mangel|fravær",
        r"ophør\w*|standse\w*|stoppe\w*|bringe\s+\w+\s+ende",
        r"\w+løs(?:e|t|hed)?",
        # preventing is a lexical negation ("keeps it from competing")
        r"forhindr\w*|hindr\w*|undgå\w*|hold(?:e|er)\s+(?:\S+\s+){0,2}?fra",
    ),
    idioms=(r"ikke\s+blot|ikke\s+kun|ikke\s+alene", r"senest", r"uden\s+(?:tvivl|grænser\w*)"),
    poles={
        "peace": ((r"fredelig\w*", r"ikkevoldelig\w*"), (r"voldelig\w*", r"voldsom\w*")),
        "legality": (
            (r"lovlig\w*", r"retmæssig\w*", r"legal\w*"),
            (r"ulovlig\w*", r"retsstridig\w*", r"uretmæssig\w*", r"illegal\w*"),
        ),
        "legitimacy": ((r"legitim\w*",), (r"illegitim\w*",)),
        "proportionality": (
            (r"forholdsmæssig\w*", r"proportional\w*"),
            (
                r"uforholdsmæssig\w*",
                r"overdreven\w*",
                r"overdrevne",
                r"overdrevent",
                r"uproportional\w*",
            ),
        ),  # fmt: skip
        "arbitrariness": ((), (r"vilkårlig\w*",)),
        "democracy": ((r"demokratisk\w*",), (r"udemokratisk\w*", r"antidemokratisk\w*")),
        "independence": ((r"uafhængig\w*",), ()),
        "freedom": ((r"fri(?:e|t)?",), (r"ufri\w*",)),
        "fairness": ((r"retfærdig\w*", r"fair\w*"), (r"uretfærdig\w*", r"ufair\w*")),
        "acceptability": (
            (r"acceptabel\w*", r"acceptable", r"antagelig\w*"),
            (r"uacceptabel\w*", r"uacceptable", r"uantagelig\w*"),
        ),
        "valence": ((r"positiv\w*",), (r"negativ\w*",)),
        "change": (
            (r"stigning\w*", r"stigende", r"øgning", r"øget", r"forøgelse", r"voksende"),
            (r"faldende", r"nedgang", r"nedsættelse", r"reduktion\w*", r"mindsk\w*"),
        ),
        "time": ((r"før|inden",), (r"efter(?:følgende)?",)),
    },
    scales={
        "demand": (
            (4, rf"opfordrer\s+(?:\S+\s+){{0,2}}?{_STRONG}|{_STRONG}\s+opfordrer"),
            (
                4,
                rf"(?:anmoder|tilskynder|kræver)\s+(?:\S+\s+){{0,1}}?{_STRONG}|indtrængende"
                r"\s+anmoder",
            ),
            (3, r"opfordrer|anmoder|kræver|insisterer|appellerer"),
            (2, r"tilskynder|opmuntrer|anbefaler|henstiller"),
            (1, r"foreslår|inviterer|indbyder"),
        ),
        "obligation": (
            (3, r"skal|er\s+nødt\s+til"),
            (2, r"bør|burde"),
            (1, r"kan|kunne"),
        ),
        "condemnation": (
            (
                4,
                r"fordømmer\s+(?:\S+\s+){0,2}?(?:på\s+det\s+(?:kraftigste|skarpeste|stærkeste)|"
                r"kraftigt|skarpt|utvetydigt)",
            ),
            (4, r"(?:kraftigt|skarpt)\s+fordømmer"),
            (3, r"fordømmer|tager\s+afstand\s+fra"),
            (2, r"beklager\s+(?:\S+\s+)?(?:dybt|dybeste|meget|stærkt)"),
            (1, r"beklager"),
        ),
        "approval": (
            (
                2,
                r"glæder\s+sig\s+(?:\S+\s+)?(?:meget|særdeles|stærkt)\s+over|"
                r"hilser\b[^;]*?\bvarmt\b[^;]*?\bvelkommen|bifalder\s+varmt",
            ),
            (
                1,
                r"glæder\s+sig\s+over|hilser\b[^;]*?\bvelkommen|bifalder|roser|påskønner|"
                r"værdsætter",
            ),
        ),
        "concern": (
            (2, r"er\s+(?:dybt|alvorligt|meget|yderst|særdeles|stærkt)\s+(?:bekymret|foruroliget)"),
            (2, r"udtrykker\s+(?:sin\s+)?(?:dybe|alvorlige|store)\s+bekymring"),
            (1, r"er\s+(?:bekymret|foruroliget)|udtrykker\s+(?:sin\s+)?bekymring"),
        ),
        "note": ((0, r"noterer\s+sig|tager\b[^;]*?\btil\s+efterretning|konstaterer|bemærker"),),
    },
)
