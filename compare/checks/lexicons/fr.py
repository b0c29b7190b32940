"""French cues ("invite" is the EP's "calls on"; "demande instamment" its "strongly urges")."""

from __future__ import annotations

from compare.checks.lexicons.base import build

# "ne ... pas" and its kin, as one cue: the verb (and its pronouns) may stand in between
_NE = r"n(?:e\b|['’])[^;,.]{0,60}?\b(?:pas|jamais|aucun\w*|rien|personne|nullement|guère|point)"

LEXICON = build(
    "fr",
    negation=(
        _NE,
        r"aucun(?:e|es|s)?|nul(?:le)?",
        r"jamais|rien|personne\s+ne",
        r"ni",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"sans",
        r"n(?:e\b|['’])[^;,.]{0,40}?\bplus",
        r"non(?:-\w+)?",
        r"sans\s+(?:délai|tarder|retard|restriction\w*|entrave\w*|exception|réserve)",
        r"(?:s['’])?abst(?:enir|iennent|ient|enant)\w*",
        r"omis\w*|omett\w*|manqu\w*|absence|défaut\s+de|faute\s+de",
        # "privées d'eau" / "kein Wasser haben": deprived of, devoid of
        r"priv(?:é|ée|és|ées|er|ant)\s+(?:de|du|des|d['’]\w+)|dépourvu\w*",
        r"cess\w+\s+d(?:e|['’]\w+)|mettre\s+(?:un\s+terme|fin)",
        r"in(?:compatib|accept|util|adéquat|justif|dépend|discrimin|suffis|vraisembl)\w*",
        r"i(?:llimit|mpunit|mpossib|ndûment)\w*",
        r"dis(?:proportionn)\w*|improbable\w*",
        # preventing is a lexical negation ("keeps it from competing")
        r"empêch\w*|entrav\w*|évit\w*",
    ),
    idioms=(
        r"non\s+seulement|pas\s+(?:seulement|uniquement|simplement|que)",
        r"ne\s+cess(?:e|ent|ait|aient)\s+(?:pas\s+)?de",
        r"sans\s+(?:doute|frontières)",
        r"ne\s+[^;,.]{0,40}?\bque",
        r"au\s+plus\s+tard",
        # negation + exception = restriction ("rien sauf X" is "seulement X")
        r"(?:n(?:e\s+|['’])[^;,.]{0,40}?)?(?:rien|personne|aucun|aucune)\b[^;.]{0,40}?"
        r"\b(?:sauf|excepté|hormis)\b",
    ),
    poles={
        "peace": ((r"pacifique\w*", r"non[- ]violent\w*"), (r"violent\w*",)),
        "legality": ((r"légal(?:e|es|aux|ement)?", r"licite\w*"), (r"illégal\w*", r"illicite\w*")),
        "legitimacy": ((r"légitime\w*",), (r"illégitime\w*",)),
        "proportionality": ((r"proportionn\w*",), (r"disproportionn\w*", r"excessi\w*")),
        "arbitrariness": ((), (r"arbitraire\w*",)),
        "democracy": ((r"démocratique\w*",), (r"antidémocratique\w*",)),
        "independence": ((r"indépendant\w*",), ()),
        "freedom": ((r"libre(?:s|ment)?",), ()),
        "fairness": ((r"équitable\w*",), (r"inéquitable\w*", r"injuste\w*")),
        "acceptability": ((r"acceptable\w*",), (r"inacceptable\w*", r"inadmissible\w*")),
        "valence": ((r"positi(?:f|fs|ve|ves|vement)",), (r"négati(?:f|fs|ve|ves|vement)",)),
        "change": (
            (r"augment\w*", r"hausse\w*", r"croissan\w*", r"accroissement\w*", r"flambée\w*"),
            (r"baiss\w*", r"diminu\w*", r"réduction\w*", r"recul\w*"),
        ),
        # "d'après" is "according to"
        "time": ((r"avant(?:\s+que|\s+de)?",), (r"(?<![dD]['’])après",)),
    },
    scales={
        "demand": (
            (4, r"(?:demande|prie|invite|engage)\s+(?:\S+\s+){0,2}?instamment"),
            (4, r"exhorte|presse\s+vivement"),
            (
                4,
                r"(?:demande|invite|engage)\s+(?:\S+\s+){0,1}?(?:vivement|fermement|avec\s+insistance)",
            ),
            (3, r"invite|demande|appelle|réclame|exige|engage|insiste"),
            (2, r"encourage|recommande|incite|prie"),
            (1, r"suggère|propose"),
        ),
        "obligation": (
            (3, r"doi(?:t|vent)|devr(?:a|ont)|faut"),
            (2, r"devrai(?:t|ent)"),
            (1, r"peu(?:t|vent)|pourr(?:ait|aient|a|ont)"),
        ),
        "condemnation": (
            (
                4,
                r"condamne\s+(?:\S+\s+){0,2}?(?:avec\s+(?:la\s+plus\s+grande|la\s+dernière|la\s+plus"
                r"\s+ferme)\s+(?:fermeté|énergie|vigueur)|fermement|vigoureusement|énergiquement|"
                r"sans\s+réserve|avec\s+force|dans\s+les\s+termes\s+les\s+plus\s+\w+)",
            ),
            (4, r"(?:condamne|dénonce)\s+fermement|(?:fermement|vivement)\s+condamné"),
            (3, r"condamne|dénonce"),
            (2, r"déplore|regrette\s+(?:\S+\s+)?(?:profondément|vivement|amèrement)"),
            (1, r"regrette"),
        ),
        "approval": (
            (
                2,
                r"se\s+félicite\s+vivement|salue\s+(?:chaleureusement|vivement)|se\s+réjouit\s+vivement",
            ),
            (
                1,
                r"se\s+félicite|salue|accueille\s+(?:favorablement|avec\s+satisfaction)|se\s+réjouit",
            ),
        ),
        "concern": (
            (
                2,
                r"(?:est|se\s+dit|se\s+déclare)\s+(?:profondément|vivement|gravement|très|extrêmement"
                r"|sérieusement)\s+(?:préoccupé|inquiet|alarmé)\w*",
            ),
            (
                2,
                r"exprime\s+(?:sa|son)\s+(?:profonde|vive|grave|sérieuse)\s+(?:préoccupation|inquiétude)",
            ),
            (2, r"s['’]inquiète\s+vivement"),
            (1, r"(?:est|se\s+dit|se\s+déclare)\s+(?:préoccupé|inquiet|alarmé)\w*"),
            (1, r"exprime\s+(?:sa|son)\s+(?:préoccupation|inquiétude)|s['’]inquiète"),
        ),  # fmt: skip
        "note": ((0, r"prend\s+(?:acte|note)|constate"),),
    },
)
