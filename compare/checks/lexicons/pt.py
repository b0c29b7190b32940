"""Portuguese cues ("Insta" is the EP's "calls on", "Exorta veementemente" its "strongly urges")."""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:veementemente|vivamente|firmemente|energicamente|com\s+insistência)"

LEXICON = build(
    "pt",
    negation=(
        r"não",
        r"nem",
        r"nunca|jamais",
        r"nenhum|nenhuma|nenhuns|nenhumas|nada|ninguém",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"sem",
        r"já\s+não|não\s+(?:\S+\s+)?mais",
        r"deix(?:ar|e|em|arem)\s+de|cess(?:ar|e|em|arem)|p(?:ôr|orem|onha)\s+(?:termo|fim)",
        r"sem\s+(?:demora|delongas|restriç\w+|entraves|exceção|reservas)",
        r"abst(?:er|enham|enha|erem)\w*(?:-se)?",
        r"falta\s+de|ausência|carência|omiss\w+|omit\w+",
        r"não\s+governamenta\w*",
        r"in(?:aceit|compat|depend|discrimin|justific|necess|admiss|adequad|suficien)\w*",
        r"i(?:mpunidade|mposs|limitad)\w*|desproporcionad\w*",
        # preventing is a lexical negation ("keeps it from competing")
        r"evit\w*|imped\w*|impeç\w*",
    ),
    idioms=(
        r"não\s+(?:[^;,.]{0,40}?\s)?(?:só|apenas|somente|unicamente)",
        r"não\s+(?:deixa|deixam|para|param|cessa|cessam)\s+de",
        r"sem\s+(?:dúvida|fronteiras)",
        r"o\s+mais\s+tardar",
        # negation + exception = restriction ("nada exceto X" is "só X")
        r"(?:nada|ninguém|nenhum|nenhuma|não)\b[^;.]{0,40}?\b(?:exceto|salvo|senão|a\s+não\s+ser)\b",
    ),
    poles={
        "peace": ((r"pacífic\w*", r"não\s+violent\w*"), (r"violent\w*",)),
        "legality": ((r"lega(?:l|is|lmente)", r"lícit\w*"), (r"ilega\w*", r"ilícit\w*")),
        "legitimacy": ((r"legítim\w*",), (r"ilegítim\w*",)),
        "proportionality": ((r"proporcionad\w*",), (r"desproporcionad\w*", r"excessiv\w*")),
        "arbitrariness": ((), (r"arbitrári\w*",)),
        "democracy": ((r"democrátic\w*",), (r"antidemocrátic\w*",)),
        "independence": ((r"independente\w*",), ()),
        "freedom": ((r"livre(?:s|mente)?",), ()),
        "fairness": ((r"just(?:o|a|os|as)", r"equitativ\w*"), (r"injust\w*",)),
        "acceptability": ((r"aceitáve(?:l|is)",), (r"inaceitáve(?:l|is)", r"inadmissíve\w*")),
        "valence": ((r"positiv[oa]s?", r"positivamente"), (r"negativ[oa]s?", r"negativamente")),
        "change": (
            (r"aument\w*", r"crescent\w*", r"subida\w*"),
            (r"diminu\w*", r"redução\w*", r"reduç\w*", r"descida\w*", r"queda\w*"),
        ),
        "time": ((r"antes\s+de",), (r"depois\s+de", r"após")),
    },
    scales={
        "demand": (
            (4, rf"(?:exorta|insta|solicita|pede)\s+(?:\S+\s+){{0,1}}?{_STRONG}"),
            (4, r"exorta"),
            (3, r"insta|solicita|exige|pede|apela|reclama|insiste"),
            (2, r"incentiva|encoraja|recomenda"),
            (1, r"sugere|propõe|convida"),
        ),
        "obligation": (
            (3, r"deve|devem|deverá|deverão|t[eê]m\s+(?:de|que)|tem\s+(?:de|que)"),
            (2, r"deveria|deveriam"),
            (1, r"pode|podem|poderia|poderiam|poderá|poderão"),
        ),
        "condemnation": (
            (
                4,
                r"condena\s+(?:\S+\s+){0,2}?(?:com\s+a\s+maior\s+(?:veemência|firmeza)|"
                r"veementemente|firmemente|energicamente|com\s+firmeza|nos\s+termos\s+mais\s+\w+)",
            ),
            (3, r"condena|denuncia"),
            (2, r"deplora|lamenta\s+(?:\S+\s+)?profundamente|lamenta\s+vivamente"),
            (1, r"lamenta"),
        ),
        "approval": (
            (2, r"congratula-se\s+vivamente|saúda\s+calorosamente|acolhe\s+muito\s+favoravelmente"),
            (
                1,
                r"congratula-se|saúda|acolhe\s+(?:com\s+)?(?:agrado|satisfação|favoravelmente)|"
                r"regozija-se|louva|aplaude",
            ),
        ),
        "concern": (
            (
                2,
                r"(?:manifesta|expressa)\s+(?:a\s+sua\s+)?(?:profunda|grave|séria|viva)\s+"
                r"preocupação",
            ),
            (2, r"está\s+(?:profundamente|seriamente|extremamente|muito)\s+preocupad\w+"),
            (1, r"(?:manifesta|expressa)\s+(?:a\s+sua\s+)?preocupação|está\s+preocupad\w+"),
            (1, r"preocupa-se"),
        ),  # fmt: skip
        "note": ((0, r"toma\s+(?:nota|conhecimento)|regista|constata"),),
    },
)
