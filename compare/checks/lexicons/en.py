"""English cues (European Parliament phrasing: "Calls on", "Strongly urges", "Deplores")."""

from __future__ import annotations

from compare.checks.lexicons.base import build

_STRONG = r"(?:strongly|urgently|firmly|emphatically|forcefully|vigorously)"

# "free" but not the verb before its object
_FREE_ADJECTIVE = r"free(?!\s+(?:the|them|him|her|all|those|these|their|its|his|political)\b)"

LEXICON = build(
    "en",
    negation=(
        r"not|\w+n['’]t|cannot",
        r"no(?!\.?\s*\d)",
        r"never|none|nothing|nobody|nowhere",
        r"neither\b[^;]*?\bnor",
        r"neither|nor",
    ),
    weak=(
        # "without" paraphrases a negation freely ("no escape" / "without escape"): it
        # explains a missing negator but raises no flag of its own
        r"without",
        r"no\s+longer|not\s+any\s+longer|any\s+more",
        r"only|merely|hardly|barely|rather\s+than|instead\s+of|fewer|less",
        r"refus\w+|reject\w*|avoid\w*|prevent\w*|declin\w+",
        r"free(?:dom)?\s+from|until",
        r"fail(?:s|ed|ing)?\s+to|failure\s+to",
        r"refrain(?:s|ed|ing)?\s+from",
        r"stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|discontinu\w+|halt(?:s|ed|ing)?",
        r"(?:put|putting|bring|bringing)\s+an\s+end\s+to",
        r"lack(?:s|ed|ing)?|absence|deprived\s+of|devoid\s+of",
        r"without\s+(?:delay|restriction|restrictions|hindrance|exception|further\s+ado)",
        r"un(?:restrict|hinder|imped|detect|recogn|likel|abl|necessar|accept|limit|warrant|"
        r"just|fair|lawful|democratic|touch|punish|reason|condition|fetter|obstruct)\w*",
        r"in(?:compatib|consisten|discriminat|admissib|appropriat|adequat)\w*",
        r"im(?:punity|possib|proper)\w*",
        r"dis(?:proportion|regard)\w*",
        r"non-?\w+",
        r"\w{3,}less(?:ly|ness)?",
        # preventing is a lexical negation ("keeps it from competing")
        r"(?:keep|keeps|kept|keeping)\s+(?:\S+\s+){0,2}?from|hinder\w*|imped(?:e|es|ed|ing)",
    ),
    idioms=(
        r"not\s+(?:only|just|solely|merely|simply)",
        r"not\s+least",
        r"not\s+long\s+(?:after|before)",
        r"no\s+later\s+than",
        r"whether\s+or\s+not",
        r"no\s+doubt|without\s+(?:doubt|borders)",
        # negation + exception = restriction ("nothing but X" is "only X")
        r"(?:nothing|no\s*one|nobody|none|no)\b[^;.]{0,40}?\b(?:but|except|other\s+than)\b",
    ),
    poles={
        "peace": ((r"peaceful\w*", r"non-?violent\w*"), (r"violent\w*",)),
        "legality": (
            (r"legal(?:ly)?", r"lawful(?:ly)?"),
            (r"illegal\w*", r"unlawful\w*", r"illicit"),
        ),
        "legitimacy": ((r"legitimate(?:ly)?",), (r"illegitimate\w*",)),
        "proportionality": (
            (r"proportionate(?:ly)?",),
            (r"disproportionate\w*", r"excessive\w*"),
        ),
        "arbitrariness": ((), (r"arbitrar\w*",)),
        "democracy": ((r"democratic\w*",), (r"undemocratic\w*", r"anti-democratic\w*")),
        "independence": ((r"independent\w*",), ()),
        # "to free the prisoners" is to release, not "free"
        "freedom": ((_FREE_ADJECTIVE, r"freely"), (r"unfree",)),
        "fairness": ((r"fair(?:ly)?",), (r"unfair\w*",)),
        "acceptability": ((r"acceptable",), (r"unacceptabl\w*",)),
        "valence": ((r"positive(?:ly)?",), (r"negative(?:ly)?",)),
        "change": (
            (r"increas\w*", r"ris(?:e|es|ing)", r"grow(?:s|ing|th)?", r"higher", r"surge\w*"),
            (
                r"decreas\w*",
                r"declin\w*",
                r"fall(?:s|ing)?",
                r"reduc\w*",
                r"drop(?:s|ped)?",
                r"lower",
            ),
        ),  # fmt: skip
        "time": ((r"before", r"prior\s+to"), (r"after(?:wards)?",)),
    },
    scales={
        "demand": (
            (4, r"urges"),
            (4, rf"{_STRONG}\s+(?:calls\s+(?:on|upon|for)|demands|asks|requests|encourages)"),
            (3, r"calls\b(?:\s*,[^,;]*,)?\s+(?:on|upon|for)|demands|asks|insists"),
            (2, r"requests|encourages|recommends"),
            (1, r"suggests|invites|proposes"),
        ),
        "obligation": (
            (3, r"must|shall|(?:has|have|had|having)\s+to|needs?\s+to|is\s+obliged\s+to"),
            (3, r"may\s+not"),
            (2, r"should|ought\s+to"),
            (1, r"may|can|could|might|cannot"),
        ),
        "condemnation": (
            (4, r"condemns\s+(?:\S+\s+){0,3}?in\s+the\s+strongest\s+(?:possible\s+)?terms"),
            (4, r"(?:strongly|firmly|vehemently|resolutely|unequivocally)\s+condemns"),
            (4, r"condemns\s+(?:\S+\s+){0,1}?(?:strongly|firmly|vehemently|unreservedly)"),
            (3, r"condemns|denounces"),
            (2, r"deplores|(?:deeply|profoundly|strongly|greatly)\s+regrets"),
            (1, r"regrets"),
        ),
        "approval": (
            (2, r"(?:strongly|warmly|very\s+much|greatly|wholeheartedly)\s+welcomes"),
            (2, r"welcomes\s+(?:\S+\s+){0,1}?(?:warmly|strongly)"),
            (1, r"welcomes|commends|applauds"),
        ),
        "concern": (
            (
                2,
                r"is\s+(?:deeply|gravely|seriously|extremely|very|profoundly)\s+"
                r"(?:concerned|worried|alarmed)",
            ),
            (2, r"expresses\s+(?:its\s+)?(?:deep|grave|serious|profound)\s+concern"),
            (1, r"is\s+(?:concerned|worried|alarmed)"),
            (1, r"expresses\s+(?:its\s+)?concern|notes\s+with\s+concern"),
        ),  # fmt: skip
        "note": ((0, r"takes\s+note|notes"),),
    },
)
