"""Croatian cues ("poziva" is the EP's "calls on", "odlučno poziva" its "strongly urges")."""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:odlučno|snažno|hitno|najodlučnije|žurno|oštro)"

LEXICON = build(
    "hr",
    negation=(
        r"ne",
        r"nije|nisu|nismo|niste|nisam|nisi",
        r"nema|nemaju|nemamo|nemate",
        r"neće|nećemo|nećete|neću|neće",
        r"ni|niti",
    ),
    concord=(
        r"nikad|nikada",
        r"ništa|nitko|nikoga|nikome|nigdje",
        r"nikakv\w+|nijed(?:an|na|no|nog|nom|nu|ne|ni)",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"bez",
        r"ne\s+(?:\S+\s+)?više|više\s+ne",
        # the "ne-" of negated and privative words, not of "some-" words and the like
        r"ne(?!k(?:og|om|oj|ih|im|ima|oga|ome|oliko|ako|ada|amo|ud)\b|što\b|tko\b|gdje\b)\w{3,}",
        r"bez\s+(?:odgode|odlaganja|ograničenja|prepreka|iznimke|zadrške)",
        r"suzdrž\w+",
        r"prestan\w+|prestati|prekin\w+|okončaj\w*|okončati",
        r"nedostatak\w*|izostan\w+",
        # preventing is a lexical negation ("keeps it from competing")
        r"sprječ\w*|spriječ\w*|izbjeg\w*|onemogući\w*",
    ),
    idioms=(
        r"ne\s+samo",
        r"najkasnije",
        r"a\s+ne",
        r"dok\s+(?:\S+\s+){0,4}?ne",
        r"bez\s+(?:sumnje|granica)",
    ),
    poles={
        "peace": ((r"mirn\w*", r"miroljubiv\w*", r"nenasiln\w*"), (r"nasiln\w*",)),
        "legality": (
            (r"zakonit\w*", r"legaln\w*"),
            (r"nezakonit\w*", r"ilegaln\w*", r"protupravn\w*"),
        ),
        "legitimacy": ((r"legitim\w*",), (r"nelegitim\w*",)),
        "proportionality": (
            (r"razmjern\w*", r"proporcionaln\w*"),
            (r"nerazmjern\w*", r"prekomjern\w*", r"pretjeran\w*"),
        ),
        "arbitrariness": ((), (r"proizvoljn\w*", r"samovoljn\w*")),
        "democracy": ((r"demokratsk\w*",), (r"nedemokratsk\w*", r"antidemokratsk\w*")),
        "independence": ((r"neovisn\w*", r"nezavisn\w*"), ()),
        "freedom": ((r"slobodn\w*",), (r"neslobodn\w*",)),
        "fairness": ((r"pravedn\w*", r"pošten\w*"), (r"nepravedn\w*", r"nepošten\w*")),
        "acceptability": ((r"prihvatljiv\w*",), (r"neprihvatljiv\w*",)),
        "valence": ((r"pozitivn\w*",), (r"negativn\w*",)),
        "change": (
            (r"povećanj\w*", r"porast\w*", r"rastuć\w*", r"povećan\w*"),
            (r"smanjenj\w*", r"padajuć\w*", r"smanjen\w*"),
        ),
        "time": ((r"prije\s+nego|prije\s+toga",), (r"nakon\s+što|nakon\s+toga|poslije",)),
    },
    scales={
        "demand": (
            (4, rf"{_STRONG}\s+(?:\S+\s+)?(?:poziva|zahtijeva|traži|apelira)"),
            (3, r"poziva|zahtijeva|traži|apelira|inzistira"),
            (2, r"potiče|preporučuje|moli"),
            (1, r"predlaže|sugerira"),
        ),
        "obligation": (
            (3, r"mora|moraju|morao|morala|morali|morale"),
            (2, r"(?:bi\s+)?trebal\w*|treba(?:ju)?"),
            (1, r"može|mogu|(?:bi\s+)?mogl\w*|mogao\s+bi"),
        ),
        "condemnation": (
            (4, r"(?:najoštrije|oštro|odlučno|snažno)\s+osuđuje"),
            (4, r"osuđuje\s+(?:\S+\s+){0,2}?najoštrije"),
            (3, r"osuđuje"),
            (2, r"duboko\s+žali|izražava\s+duboko\s+žaljenje"),
            (1, r"žali|izražava\s+žaljenje|sa\s+žaljenjem"),
        ),
        "approval": (
            (2, r"(?:toplo|snažno|izrazito)\s+pozdravlja"),
            (1, r"pozdravlja|pohvaljuje|odobrava"),
        ),
        "concern": (
            (2, r"(?:duboko|ozbiljno|izrazito|vrlo|jako)\s+(?:je\s+)?zabrinut\w*"),
            (2, r"izražava\s+(?:svoju\s+)?(?:duboku|ozbiljnu)\s+zabrinutost"),
            (1, r"zabrinut\w*\s+je|je\s+zabrinut\w*|izražava\s+(?:svoju\s+)?zabrinutost"),
            (1, r"sa\s+zabrinutošću"),
        ),
        "note": ((0, r"prima\s+na\s+znanje|primjećuje|konstatira"),),
    },
)
