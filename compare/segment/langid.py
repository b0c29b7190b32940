"""Offline language identification restricted to the 24 official EU languages.

The detector is Lingua (``lingua-language-detector``), built once per candidate set, lazily,
in its accurate mode. Measured with ``benchmarks/flores_sentences.py`` (2 CPU cores): the
first call loads the models (6-8 s for all 23), then a 300-character text takes about 1 ms
(0.8-1.0 ms over runs) in accurate mode and the same in low-accuracy mode, which is therefore
not used.

Lingua has no Maltese model. Languages it lacks are scored by :class:`FunctionWordScorer`, a
small scorer on distinctive characters (Maltese ħ ġ ċ ż) and frequent function words
("il-", "tal-", "li", "għal"), written for all 24 languages. Its share of the probability
mass goes to the unsupported languages and Lingua's confidences share the rest::

    P(mt) = F(mt)            P(l) = (1 - F(mt)) * Lingua(l)   for the other languages

where ``F`` is the scorer's softmax over the candidates. A Maltese text thus wins when the
scorer gives Maltese more than about half of the mass, whatever Lingua says among the 23.

Example:
    >>> detect_language("Das Europäische Parlament fordert die Regierung auf, die Gefangenen "
    ...                 "freizulassen.")[0]
    'de'
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from compare.errors import InputError, ModelError
from compare.segment.sentences import normalise_language
from compare.types import EU_LANGUAGES

logger = logging.getLogger(__name__)

#: The result for a text too short (or too letter-poor) to identify.
UNDETERMINED = "und"

#: Texts with fewer letters than this are not identified: they are names and references
#: ("Art. 3", "OSZE") rather than language (a heuristic, not a measured threshold).
MIN_LETTERS = 10

#: English names of the EU languages, for messages.
LANGUAGE_NAMES: dict[str, str] = {
    "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French",
    "ga": "Irish", "hr": "Croatian", "hu": "Hungarian", "it": "Italian", "lt": "Lithuanian",
    "lv": "Latvian", "mt": "Maltese", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "sk": "Slovak", "sl": "Slovenian", "sv": "Swedish",
}  # fmt: skip


@dataclass(frozen=True)
class LanguageProfile:
    """What :class:`FunctionWordScorer` knows of one language.

    Attributes:
        words: frequent function words, lower case; Maltese articles keep their hyphen or
            apostrophe ("il-", "ta'").
        chars: lower-case letters typical of the language (diacritics, its script).
    """

    words: frozenset[str]
    chars: str


def _profile(words: str, chars: str) -> LanguageProfile:
    return LanguageProfile(frozenset(words.split()), chars)


#: Function-word and character profiles of the 24 languages.
PROFILES: dict[str, LanguageProfile] = {
    "bg": _profile(
        "и в на за от се да е с че не по са към като това този тази които която който при "
        "до след или но ще бъде също така във със",
        "абвгдежзийклмнопрстуфхцчшщъьюя",
    ),
    "cs": _profile(
        "a v se na je že s z do o to jako k pro by ve za jsou který která které ale také "
        "podle byl bylo jeho není nebo i už jsem při",
        "ěřůčšžťďňýáíé",
    ),
    "da": _profile(
        "og i at det en er til af på med for den som de der ikke har et var ved fra om "
        "eller også kan blev efter skal være",
        "æøå",
    ),
    "de": _profile(
        "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
        "auch es an werden aus er hat dass sie nach bei um wurde wird",
        "äöüß",
    ),
    "el": _profile(
        "και το της του η να την σε με που για τα των στο ο από οι στην είναι τον θα δεν "
        "ως στη στις στους",
        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
    ),
    "en": _profile(
        "the of and to in a is that for it as was with be by on not he this are or which "
        "from at have an but has were been its their",
        "",
    ),
    "es": _profile(
        "de la que el en y los del se las por un para con no una su al es lo como más pero "
        "sus le ya o este fue entre",
        "ñáéíóúü",
    ),
    "et": _profile(
        "ja on et ei see oli ka kui mis aga ta või nagu selle ning seda mida tema oma "
        "pärast mille kes kuid ole",
        "õäöüšž",
    ),
    "fi": _profile(
        "ja on ei että se oli hän mutta kun myös sen tai joka ovat jos kuin niin olla "
        "mukaan sekä siitä vain ovat hänen",
        "äö",
    ),
    "fr": _profile(
        "de la le et les des en du un une est que qui dans pour par sur au pas plus ce il "
        "avec se sont ont aux cette été",
        "éèêàùçœëïôûâî",
    ),
    "ga": _profile(
        "an na agus ar i is ag le go de don sa ó bhí tá níl sé sí siad mar ach seo sin "
        "chun nach gur ní",
        "áéíóú",
    ),
    "hr": _profile(
        "i u je se na da za od su kao ne s o koji koja koje što iz to bio ali ili će sa "
        "prema nakon bila",
        "čćšžđ",
    ),
    "hu": _profile(
        "a az és hogy nem is egy van azt ez meg de csak volt már mint ki el vagy után kell "
        "szerint még úgy pedig",
        "őűáéíóöúü",
    ),
    "it": _profile(
        "di e il la che in per un del non è una le si con da dei al della sono gli nel "
        "anche più alla ha",
        "àèéìòù",
    ),
    "lt": _profile(
        "ir į yra kad su iš nuo kaip tai buvo bet ar jo jų dėl per apie taip pat kuris "
        "kuri o bei jie",
        "ąčęėįšųūž",
    ),
    "lv": _profile(
        "un ir uz ar par no ka kā tas bija arī vai lai bet tā to savu kas pēc tika viņš tiek šo ir",
        "āčēģīķļņšūž",
    ),
    "mt": _profile(
        "il- l- li u ta' tal- fil- għal minn huwa hija kien kienet dan din jew biex mhux "
        "wkoll fuq bħala bejn kull iżda sabiex għandu dwar mill- lill- għall- bil- tas- "
        "tat- tad- tan- tar- tax- taż- taċ- is- it- id- in- ir- ix- iż- iċ- f' b' x' m' "
        "qed se kif fl- minħabba",
        "ħġċż",
    ),
    "nl": _profile(
        "de het een en van in is dat op te zijn voor met niet die aan er ook als bij door "
        "om maar dan werd nog worden",
        "ĳ",
    ),
    "pl": _profile(
        "i w na z się nie do że to jest o jak po przez dla jego od a przy oraz jej tym "
        "które który która był ale",
        "ąęłńśźżćó",
    ),
    "pt": _profile(
        "de a o que e do da em um para é com não uma os no se na por mais as dos como mas "
        "ao das foi pelo pela",
        "ãõçáéíóúâêô",
    ),
    "ro": _profile(
        "și în de la a cu pe din că nu care este o un au fost pentru mai sau ca ale lui "
        "sunt se această acest",
        "ăâîșțşţ",
    ),
    "sk": _profile(
        "a v na sa je že s z do o to ako k pre by vo za sú ktorý ktorá ktoré ale tiež "
        "podľa bol bolo jeho nie alebo aj už",
        "ľĺŕôäčšžťďň",
    ),
    "sl": _profile(
        "in je v na da se za so z pa ki s bi tudi ne kot po iz ali ga to bil bila pri lahko ter še",
        "čšž",
    ),
    "sv": _profile(
        "och i att det som en på är av för med till den har de inte om ett var vid från "
        "men också eller kan",
        "åäö",
    ),
}

# Words (Maltese articles included: "il-", "ta'") in a case-folded text.
_TOKEN = re.compile(r"[^\W\d_]+'?-?")


class FunctionWordScorer:
    """A small offline language scorer on function words and distinctive letters.

    Each token that is a function word of ``k`` candidate languages adds ``1/k`` to each of
    them, and each letter typical of ``k`` candidates adds ``CHAR_WEIGHT/k``; the sums are
    divided by the number of tokens and turned into probabilities by a softmax of
    sharpness :attr:`SHARPNESS`. Used for the languages Lingua lacks (Maltese).

    Example:
        >>> scorer = FunctionWordScorer()
        >>> probs = scorer.probabilities("Il-Parlament jistieden lill-Kummissjoni "
        ...                              "tagħmel dan mill-aktar fis.", EU_LANGUAGES)
        >>> max(probs, key=probs.get)
        'mt'
    """

    #: Weight of one distinctive letter relative to one function word.
    CHAR_WEIGHT: float = 0.5
    #: Softmax sharpness: a lead of 0.12 (about one function word in eight tokens) is a
    #: factor of 20 in probability, enough to outweigh 23 languages without evidence.
    #: Chosen on FLORES-200 devtest (mt recall against false mt elsewhere; 15-40 all keep
    #: other languages free of false Maltese).
    SHARPNESS: float = 25.0

    def __init__(self, profiles: dict[str, LanguageProfile] | None = None) -> None:
        self.profiles = PROFILES if profiles is None else profiles
        self._word_langs: dict[str, tuple[str, ...]] = _invert(
            {lang: profile.words for lang, profile in self.profiles.items()}
        )
        self._char_langs: dict[str, tuple[str, ...]] = _invert(
            {lang: frozenset(profile.chars) for lang, profile in self.profiles.items()}
        )

    def scores(self, text: str, candidates: Iterable[str]) -> dict[str, float]:
        """Evidence per candidate: weighted function words and letters per token."""
        scores = {lang: 0.0 for lang in candidates}
        folded = text.casefold().replace("’", "'")
        tokens = _TOKEN.findall(folded)
        if not tokens:
            return scores
        for token in tokens:
            _share(scores, self._word_langs.get(token, ()), 1.0)
        for char in folded:
            _share(scores, self._char_langs.get(char, ()), self.CHAR_WEIGHT)
        return {lang: score / len(tokens) for lang, score in scores.items()}

    def probabilities(self, text: str, candidates: Iterable[str]) -> dict[str, float]:
        """Softmax of :meth:`scores` over ``candidates``."""
        scores = self.scores(text, candidates)
        if not scores:
            return {}
        top = max(scores.values())
        weights = {lang: math.exp(self.SHARPNESS * (s - top)) for lang, s in scores.items()}
        total = sum(weights.values())
        return {lang: weight / total for lang, weight in weights.items()}


def _invert(sets: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """Map each element to the languages whose set holds it."""
    inverted: dict[str, list[str]] = {}
    for lang, items in sets.items():
        for item in items:
            inverted.setdefault(item, []).append(lang)
    return {item: tuple(langs) for item, langs in inverted.items()}


def _share(scores: dict[str, float], langs: Sequence[str], weight: float) -> None:
    """Add ``weight`` split evenly over those of ``langs`` that are candidates."""
    present = [lang for lang in langs if lang in scores]
    for lang in present:
        scores[lang] += weight / len(present)


def _lingua() -> Any:
    try:
        import lingua
    except ImportError as exc:
        raise ModelError(
            "language identification needs the lingua-language-detector package: "
            "pip install lingua-language-detector"
        ) from exc
    return lingua


@cache
def lingua_languages() -> frozenset[str]:
    """The EU languages that Lingua has a model for (all but Maltese in Lingua 2.x)."""
    lingua = _lingua()
    codes = {language.iso_code_639_1.name.lower() for language in lingua.Language.all()}
    return frozenset(code for code in EU_LANGUAGES if code in codes)


@cache
def _lingua_detector(codes: tuple[str, ...], low_accuracy: bool) -> Any:
    """A Lingua detector for ``codes`` (at least two), built once per set."""
    lingua = _lingua()
    languages = [
        lingua.Language.from_iso_code_639_1(lingua.IsoCode639_1.from_str(code)) for code in codes
    ]
    builder = lingua.LanguageDetectorBuilder.from_languages(*languages)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    logger.info("building the Lingua detector for %d languages", len(codes))
    return builder.build()


class LanguageIdentifier:
    """Identifies which of some candidate EU languages a text is in.

    Args:
        candidates: ISO 639-1 codes of EU languages (all 24 by default).
        low_accuracy: Lingua's low-accuracy mode (faster, worse on short texts).

    Raises:
        InputError: if a candidate is not an EU language code, or there is none.
    """

    def __init__(
        self, candidates: Iterable[str] = EU_LANGUAGES, low_accuracy: bool = False
    ) -> None:
        self.candidates = _candidates(candidates)
        self.low_accuracy = low_accuracy
        self.scorer = FunctionWordScorer()

    def confidences(self, text: str) -> dict[str, float]:
        """Probability per candidate language (summing to 1), or ``{}`` for a short text."""
        return self.confidences_many([text])[0]

    def confidences_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """:meth:`confidences` of each text; Lingua runs over the batch in parallel."""
        for text in texts:
            _check_text(text)
        results: list[dict[str, float]] = [{} for _ in texts]
        todo = [i for i, text in enumerate(texts) if _letters(text) >= MIN_LETTERS]
        lingua_values = self._lingua_values([texts[i] for i in todo])
        for i, values in zip(todo, lingua_values):
            results[i] = self._combine(texts[i], values)
        return results

    def detect(self, text: str) -> tuple[str, float]:
        """The most probable language and its probability; ("und", 0.0) for a short text."""
        return _best(self.confidences(text))

    def detect_many(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """:meth:`detect` of each text, in order."""
        return [_best(confidences) for confidences in self.confidences_many(texts)]

    def _lingua_values(self, texts: list[str]) -> list[dict[str, float]]:
        """Lingua's confidences over the supported candidates, per text."""
        supported = tuple(code for code in self.candidates if code in lingua_languages())
        if not texts or not supported:
            return [{} for _ in texts]
        if len(supported) == 1:
            return [{supported[0]: 1.0} for _ in texts]
        detector = _lingua_detector(supported, self.low_accuracy)
        if len(texts) == 1:
            batches = [detector.compute_language_confidence_values(texts[0])]
        else:
            batches = detector.compute_language_confidence_values_in_parallel(texts)
        return [
            {value.language.iso_code_639_1.name.lower(): value.value for value in batch}
            for batch in batches
        ]

    def _combine(self, text: str, values: dict[str, float]) -> dict[str, float]:
        """Merge Lingua's values with the scorer's mass for the unsupported candidates."""
        unsupported = [code for code in self.candidates if code not in lingua_languages()]
        lingua_total = sum(values.values())
        if not unsupported and lingua_total > 0:
            return {code: value / lingua_total for code, value in values.items()}
        fallback = self.scorer.probabilities(text, self.candidates)
        if lingua_total <= 0:
            evidence = self.scorer.scores(text, self.candidates)
            return fallback if any(evidence.values()) else {}
        rest = 1.0 - sum(fallback[code] for code in unsupported)
        combined = {code: rest * value / lingua_total for code, value in values.items()}
        combined.update({code: fallback[code] for code in unsupported})
        return combined


def _candidates(candidates: Iterable[str]) -> tuple[str, ...]:
    if isinstance(candidates, str):
        candidates = [candidates]
    codes = tuple(dict.fromkeys(normalise_language(code) for code in candidates))
    if not codes:
        raise InputError("no candidate language given: pass EU language codes such as ('de',)")
    return codes


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise InputError(f"language identification needs text as a str, got {type(text).__name__}")


def _letters(text: str) -> int:
    return sum(char.isalpha() for char in text)


def _best(confidences: dict[str, float]) -> tuple[str, float]:
    if not confidences:
        return UNDETERMINED, 0.0
    lang = max(confidences, key=confidences.__getitem__)
    return lang, float(confidences[lang])


@cache
def _identifier(candidates: tuple[str, ...]) -> LanguageIdentifier:
    return LanguageIdentifier(candidates)


def language_confidences(text: str, candidates: Iterable[str] = EU_LANGUAGES) -> dict[str, float]:
    """Probability of each candidate language for ``text`` (``{}`` when too short).

    Args:
        text: the text to identify.
        candidates: ISO 639-1 codes of EU languages to choose from.

    Raises:
        InputError: for a non-str text or a code that is not an EU language.
        ModelError: if lingua-language-detector is not installed.
    """
    return _identifier(_candidates(candidates)).confidences(text)


def detect_language(text: str, candidates: Iterable[str] = EU_LANGUAGES) -> tuple[str, float]:
    """The language of ``text`` among ``candidates``, with its probability.

    Args:
        text: the text to identify; fewer than :data:`MIN_LETTERS` letters give
            ("und", 0.0).
        candidates: ISO 639-1 codes of EU languages to choose from (all 24 by default).

    Returns:
        (code, probability in [0, 1]).

    Raises:
        InputError: for a non-str text or a code that is not an EU language.
        ModelError: if lingua-language-detector is not installed.

    Example:
        >>> detect_language("Il-Parlament Ewropew jistieden lill-Kummissjoni tagħmel "
        ...                 "dan mill-aktar fis possibbli.")[0]
        'mt'
        >>> detect_language("Art. 3")
        ('und', 0.0)
    """
    return _identifier(_candidates(candidates)).detect(text)


def detect_languages(
    texts: Iterable[str], candidates: Iterable[str] = EU_LANGUAGES
) -> list[tuple[str, float]]:
    """:func:`detect_language` of each text, in order (batched and parallel in Lingua)."""
    return _identifier(_candidates(candidates)).detect_many(list(texts))


#: A disagreement is reported only when the detected language has at least this probability
#: (measured on the FLORES-200 devtest lines over 60 characters: 98.7% of the correct
#: detections reach it, 8 of the 11 wrong ones do not).
CONFIDENT: float = 0.8
#: ... and the declared language less than this one (close pairs such as cs/sk or hr/sl
#: keep some mass on the other language; then there is no warning).
DECLARED_PLAUSIBLE: float = 0.1


def check_language(text: str, declared: str) -> str | None:
    """A warning when ``text`` confidently looks like another language than ``declared``.

    Args:
        text: the text to check.
        declared: the ISO 639-1 code the text is said to be in.

    Returns:
        A message saying what was found and what to check, or ``None`` when the text
        agrees with ``declared``, is too short, or the detection is not confident.

    Raises:
        InputError: if ``declared`` is not an EU language code.

    Example:
        >>> check_language("The European Parliament calls on the Commission to act.", "en")
        >>> print(check_language("The European Parliament calls on the Commission to act "
        ...                      "without delay.", "de"))  # doctest: +ELLIPSIS
        text declared as de (German) looks like en (English), confidence ...: ...
    """
    declared = normalise_language(declared)
    confidences = language_confidences(text)
    lang, confidence = _best(confidences)
    if lang in (declared, UNDETERMINED) or confidence < CONFIDENT:
        return None
    if confidences.get(declared, 0.0) >= DECLARED_PLAUSIBLE:
        return None
    excerpt = " ".join(text.split())[:60]
    return (
        f"text declared as {declared} ({LANGUAGE_NAMES[declared]}) looks like {lang} "
        f"({LANGUAGE_NAMES[lang]}), confidence {confidence:.2f}: check the language code "
        f"given for this file or where the text came from ({excerpt!r})"
    )
