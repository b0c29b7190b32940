"""Words of legal references in the 24 EU languages, written for this project.

An article is "Artikel", "Article", "article", "artículo", "článek", "άρθρο", "член",
"Airteagal" ...; the European Parliament's "Rule" (English, Irish "Riail") is the same kind
of provision, since other languages call it "Artikel". Paragraphs are "Absatz", "paragraphe",
"odst.", "ust.", "kohta", "dalis", "punkts", "bekezdés" or a number in brackets ("3(5)").
Each entry is a regular expression, matched without regard to case.
"""

from __future__ import annotations

#: Words for "article" / "rule" (all the case and number forms in use).
ARTICLE_WORDS: dict[str, str] = {
    "bg": r"член(?:ове|овете|ът|а)?|чл\.",
    "cs": r"článk(?:u|ů|y|em|ích|ům)|článek|čl\.",
    "da": r"artikler(?:ne)?|artiklerne|artikel|art\.",
    "de": r"Artikeln|Artikels|Artikel|Art\.",
    "el": r"άρθρ(?:ου|ων|ο|α)|άρθ\.",
    "en": r"Articles|Article|Art\.|Rules|Rule",
    "es": r"art[íi]culos|art[íi]culo|art\.",
    "et": r"artikli(?:te|tes|t|s|le|st|ga|d)?|artikkel|artikleid|artiklid",
    "fi": r"artikl(?:oissa|ojen|oja|ojen|a(?:n|ssa|sta|lla|ksi|an|a|t)?)"
    r"|pykäl(?:ien|issä|ässä|än|ää|ä|ät)",
    "fr": r"articles|article|art\.",
    "ga": r"h?Airteag(?:al|ail)|Airt\.|Rialacha|Riail",
    "hr": r"član(?:ak|ka|ku|kom|ke|ci|aka|cima)|čl\.",
    "hu": r"cikk(?:ei(?:nek|ben|re|t|ből)?|ében|ének|ére|éhez|ét|ébe|éből|ekben|e)?",
    "it": r"articol[oi]|art\.",
    "lt": r"straipsn(?:iuose|iams|iais|iai|iui|ių|ius|yje|is|io|į)",
    "lv": r"pant(?:iem|os|us|s|a|u|ā|i)",
    "mt": r"Artikoli|Artikolu|Art\.",
    "nl": r"artikelen|artikel|art\.",
    "pl": r"artyku(?:łów|łami|łach|łem|łu|ły|le|ł)|art\.",
    "pt": r"artigos|artigo|art\.",
    "ro": r"articol(?:ului|elor|ele|ul|e)?|art\.",
    "sk": r"článk(?:u|ov|y|om|och|mi)|článok|čl\.",
    "sl": r"člen(?:ov|om|ih|a|u|i|e)?|čl\.",
    "sv": r"artiklarna|artiklar|artikeln|artikel|art\.",
}

#: Words for "paragraph" of an article.
PARAGRAPH_WORDS: dict[str, str] = {
    "bg": r"параграф(?:а|ът|и)?|алинея|ал\.",
    "cs": r"odstav(?:ec|ce|ci|cem)|odst\.",
    "da": r"stk\.|stykke",
    "de": r"Absatz|Absätze|Abs\.|Unterabsatz",
    "el": r"παράγραφ(?:ος|ου|ο|οι|ων)|παρ\.",
    "en": r"paragraphs|paragraph|para\.",
    "es": r"apartados?|p[áa]rrafos?",
    "et": r"lõige(?:t|s|le)?|lõike(?:s|t|le)?|lõiked|lõigetes",
    "fi": r"kohda(?:n|ssa|sta|t)|kohta(?:a)?|alakohda(?:n|ssa)|momentin|momentti",
    "fr": r"paragraphes|paragraphe|§",
    "ga": r"mír",
    "hr": r"stav(?:ak|ka|ku|kom|ke|ci)|st\.",
    "hu": r"bekezdés(?:ei(?:re|nek)?|ében|ének|ére|éhez|ét|e)?",
    "it": r"paragrafi|paragrafo|comma",
    "lt": r"dal(?:yse|yje|ies|ims|is|į|ys|ių|i)",
    "lv": r"punkt(?:os|us|s|a|u|ā|i)|daļ(?:as|a|u|ā)",
    "mt": r"paragrafi|paragrafu",
    "nl": r"leden|lid",
    "pl": r"ust\.|ustęp(?:u|ie|ach)?",
    "pt": r"n\.\s?[ºo°]|números?",
    "ro": r"alineat(?:ul|ului|ele)?|alin\.|paragraful",
    "sk": r"odsek(?:u|och|y|om)?|ods\.",
    "sl": r"odstav(?:ek|ka|ku|kom|ki)",
    "sv": r"punkt(?:en|erna)?",
}

#: Languages that write the number before the word: "3 artiklan 5 kohdan" (fi),
#: "3 straipsnio 5 dalį" (lt), "3. panta 5. punktu" (lv), "3. cikkének (5) bekezdése" (hu).
NUMBER_FIRST: frozenset[str] = frozenset({"fi", "hu", "lt", "lv"})

#: What may follow an article number: "2." (hr, hu, lv), "2.º" (pt), "1er" (fr).
NUMBER_SUFFIXES: dict[str, str] = {
    "fr": r"er(?![^\W\d_])",
    "hr": r"\.",
    "hu": r"\.",
    "lv": r"\.",
    "pt": r"\.?[º°]",
}

#: "and" / "or" between listed numbers ("Articles 21, 24, 29 and 31").
LIST_JOINERS: dict[str, str] = {
    "bg": r"и|или",
    "cs": r"a|nebo",
    "da": r"og|eller",
    "de": r"und|oder|sowie",
    "el": r"και|ή",
    "en": r"and|or",
    "es": r"y|o",
    "et": r"ja|või|ning",
    "fi": r"ja|tai|sekä",
    "fr": r"et|ou",
    "ga": r"agus|nó",
    "hr": r"i|ili|te",
    "hu": r"és|vagy|valamint",
    "it": r"e|o",
    "lt": r"ir|arba",
    "lv": r"un|vai",
    "mt": r"u|jew",
    "nl": r"en|of",
    "pl": r"i|lub|oraz",
    "pt": r"e|ou",
    "ro": r"și|şi|sau",
    "sk": r"a|alebo",
    "sl": r"in|ali",
    "sv": r"och|eller",
}

#: Abbreviations of "Official Journal" in every language (some languages share one).
OJ_ABBREVIATIONS: tuple[str, ...] = (
    r"ABl\.",  # de
    r"OJ",  # en
    r"JO",  # fr, pt, ro
    r"DO",  # es
    r"GU",  # it
    r"PB",  # nl
    r"EUT",  # da, sv
    r"EUVL",  # fi
    r"ELT",  # et
    r"HL",  # hu
    r"OL",  # lt
    r"OV",  # lv
    r"ĠU",  # mt
    r"IO",  # ga
    r"SL",  # hr
    r"UL",  # sl
    r"Dz\.\s?U(?:rz)?\.(?:\s?UE)?",  # pl
    r"Úř\.\s?věst\.",  # cs
    r"Ú\.\s?v\.(?:\s?EÚ)?",  # sk
    r"ОВ",  # bg
    r"ΕΕ",  # el
    r"Amtsblatt",
    r"Official\s+Journal",
    r"Journal\s+officiel",
    r"Diario\s+Oficial",
    r"Jornal\s+Oficial",
    r"Gazzetta\s+ufficiale",
    r"Publicatieblad",
)

#: "page" before the number ("S. 83", "p. 83", "σ. 83", "стр. 83", "lk 83", "lch. 83").
PAGE_BEFORE = r"S\.|pp?\.|pag\.|blz\.|s\.|σ\.|стр\.|str\.|lk\.?|lch\.|ll\.|psl\.|old\."
#: "page" after the number ("83. o." in Hungarian, "83. lpp." in Latvian).
PAGE_AFTER = r"o\.|lpp\."

#: "No" before an act number ("(EU) No 1234/2010", "(EG) Nr. 1234/2010", "(UE) n.º").
ACT_NUMBER_WORDS = (
    r"No\.?|Nr\.?|nr\.?|n\.\s?[º°o]|n[º°]|n\.|č\.|št\.|br\.|αριθ\.|№|Nru|Uimh\.|sz\.|nro\.?"
)

#: "final" after a Commission document number, in the languages' forms.
FINAL_WORDS = (
    r"final|endg\.|endgültig|def\.|definitief|lopullinen|végleges|galutinis|galīgā|końcowy"
    r"|v\s+konečném\s+znění|v\s+konečnom\s+znení|končno|konačno|окончателен|τελικό"
    r"|definitivo|definitiva|slutlig|endelig|lõplik|finali|deiridh|finale"
)
