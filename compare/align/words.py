"""Word alignment inside aligned sentences, from contextual token vectors (SimAlign-style).

Each text is split into words (:func:`word_spans`); the encoder gives one vector per
SentencePiece token (:meth:`compare.encode.encoder.Encoder.token_vectors`) from a middle
hidden layer. Word vectors are the mean of their tokens' vectors (or, with
``aggregation="max"``, a word pair's similarity is the best of its token pairs), and two
words are linked when each is the other's most similar word (``argmax``, the intersection
of both directions). ``itermax`` repeats that matching on what is left: words already
linked on one side are discounted, pairs linked on both sides are excluded, so a German
compound may gather the two English words it translates. The method follows Jalili Sabet
et al. (2020), "SimAlign: High Quality Word Alignments without Parallel Training Data
using Static and Contextualized Embeddings"; the code is this project's own.

Words that stay unaligned are the evidence of omissions and additions:
:meth:`WordAlignment.unaligned_src_spans` merges runs of unaligned content words (function
words of the language bridge a run but never start or end one).

Example:
    >>> from compare.encode import get_encoder
    >>> wa = align_words("Das Haus ist rot.", "The house is red.", get_encoder(),
    ...                  src_lang="de", tgt_lang="en")          # doctest: +SKIP
    >>> [wa.link_texts()[k] for k in range(2)]                   # doctest: +SKIP
    [('Das', 'The'), ('Haus', 'house')]
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from compare.encode.encoder import Encoder, TokenVectors
from compare.errors import InputError

log = logging.getLogger(__name__)

#: A (start, end) character range in a text.
Span = tuple[int, int]

METHODS = ("itermax", "argmax")
AGGREGATIONS = ("mean", "max")

#: Hidden layer of the token vectors: best AER of layers 6, 8, 10, 12 on simalign-sample-deen
#: (python -m benchmarks.word_alignment: argmax 0.203, itermax 0.222; layer 8: 0.237, 0.239).
DEFAULT_LAYER = 6
#: Weight of the distance between two words' relative positions (0 to 1), subtracted from
#: their similarity before the links are chosen (``align_words(distortion=...)``; the
#: omission and addition check uses it). Without it repeated words link crosswise
#: ("Australien ... Australien" against "Αυστραλία ... Αυστραλία": both second halves were
#: left without links and flagged as added). Chosen among 0, 0.1, 0.2, 0.3 by the unaligned
#: share of content words on faithful FLORES pairs (German against seven languages, 40
#: lines each: lowest at 0.3 in five of seven; a one-off measurement, see
#: docs/evaluation.md) and the SimAlign sample's AER (``python -m benchmarks.word_alignment
#: --distortion 0.3``: argmax 0.203 -> 0.209, itermax 0.222 -> 0.207; noise on five
#: sentences).
DISTORTION = 0.3
#: Matching rounds of itermax and the discount of pairs whose one side is already linked:
#: the settings the SimAlign paper reports (two iterations, alpha = 0.9).
ITERMAX_ROUNDS = 2
ITERMAX_DISCOUNT = 0.9
#: Lower-case alphabetic words up to this length count as function words in any language
#: (elided articles l', d', Maltese f', Irish a/i: too short to carry content alone).
SHORT_FUNCTION_WORD = 2

# Letters and digits, joined by inner hyphens; numbers keep their separators (10.000, 1,5).
_WORD = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*|[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Function words per EU language (articles, prepositions, conjunctions, pronouns, auxiliaries):
#: written for this project from each language's grammar; matched in lower case.
STOPWORDS: dict[str, frozenset[str]] = {
    "bg": _words(
        "и или но че който която което които как когато ако не също много е са беше бяха бил "
        "била било били бъде ще има имат в във на с със от до за по при без под над пред след "
        "между към чрез през неговата неговия нейната техните тяхната го му я ѝ им ги си се "
        "този тази това тези всички всичко други друга вече само своя своите свое да а нито "
        "както така още"
    ),
    "cs": _words(
        "a i nebo ale že který která které kteří kterého kterou jak když pokud zda ne také "
        "velmi je jsou byl byla bylo byli byly být bude budou má mají měl v ve na s se z ze do "
        "od o po přes při pro bez pod nad za před mezi k ke jeho její jejich jej mu ten ta to "
        "ty těch tím toho této všechny všech jiné jiných již jen svůj své svých si aby a"
    ),
    "da": _words(
        "og eller men at som der den det de en et til i på af med for fra om over under efter "
        "før ved mod uden mellem gennem hos sig sin sit sine hans hendes deres han hun vi os "
        "jeg ikke også meget er var været blev bliver har havde vil skal kan denne dette disse "
        "hvis når hvor alle hver anden andre så end samt"
    ),
    "de": _words(
        "der die das den dem des ein eine einer einem einen eines und oder aber sowie sondern "
        "doch dass daß ob wenn weil als wie so zu zum zur im in ins am an auf aus bei beim mit "
        "nach von vom vor für über unter durch gegen ohne um bis seit während zwischen nicht "
        "auch noch nur sehr bereits ist sind war waren wird werden wurde wurden worden hat "
        "haben hatte hatten sein seine seiner seinen seinem seines ihr ihre ihrer ihren ihrem "
        "ihres ihn ihm sie er es wir uns man sich dieser diese dieses diesen diesem welche "
        "welcher welches welchen alle allen aller alles jede jeder jedes jeden kein keine "
        "keinen dort hier da denn damit dabei dazu darauf darüber sowohl wo deren dessen"
    ),
    "el": _words(
        "ο η το οι τα του της των τον την τη ένα μια ένας μιας ενός και ή αλλά ότι που οποίο "
        "οποία οποίοι οποίων οποίες όπως όταν αν δεν μη μην επίσης πολύ είναι ήταν θα να σε "
        "στο στη στην στον στα στους στις στων από με για χωρίς κατά μετά πριν μεταξύ προς υπό "
        "περί έως ως αυτό αυτή αυτός αυτά αυτών αυτού αυτής τους όλα όλες όλοι άλλα άλλες ήδη "
        "μόνο τις τους σας μας"
    ),
    "en": _words(
        "the a an and or but nor of to in on at by for with from as into onto upon about "
        "against between through during without within under over after before since until "
        "than that this these those which who whom whose what it its they them their theirs "
        "he him his she her we us our you your i me my be is are was were been being am has "
        "have had having do does did not no also only very so such both either neither any "
        "all each every other others there here whether if while because well just own same "
        "shall will would should can could may might must"
    ),
    "es": _words(
        "el la los las lo un una unos unas y e o u pero ni que quien quienes cual cuales cuyo "
        "cuya de del a al en con por para sin sobre entre hacia hasta desde contra durante "
        "según ante bajo tras se su sus le les no ya también muy más es son fue fueron ha han "
        "había habían ser sido estar está están este esta estos estas ese esa esos esas aquel "
        "como cuando donde si todo todos toda todas otro otra otros otras mismo misma"
    ),
    "et": _words(
        "ja või aga et kes mis mille mida kus kui nagu ning ka ei on oli olid olnud olema see "
        "need selle nende tema nad meie kõik kõigi teiste teised juba ainult väga seda sellest "
        "vahel koos ilma poolt kohta järgi ajal üle pärast enne vastu oma samuti"
    ),
    "fi": _words(
        "ja tai mutta että joka jotka jonka joita jossa joissa kun jos kuin sekä myös ei eikä "
        "on ovat oli olivat ollut olla se ne sen niiden hän he me tämä tämän nämä näiden tuo "
        "mikä mitä kaikki kaikkien muiden muut muun jo vain hyvin sitä siitä siihen jolla "
        "joiden jolle heidän hänen mukaan aikana välillä kanssa ilman sekä sillä"
    ),
    "fr": _words(
        "le la les l un une des du de d au aux et ou mais ni donc or car que qu qui quoi dont "
        "où ce cet cette ces celui celle ceux celles son sa ses leur leurs il elle ils elles on "
        "se s lui eux y en ne n pas plus est sont était étaient été être a ont avait avaient "
        "avoir sur sous dans par pour avec sans entre vers chez contre depuis pendant selon "
        "ainsi aussi très tout tous toute toutes même autres autre comme si lorsque afin à"
    ),
    "ga": _words(
        "an na agus nó ach go gur nach níl ní is ba atá tá bhí a ar ag le leis do de don den "
        "sa san i in ó faoi thar trí roimh idir chun um mar seo sin siad sé sí é í iad muid "
        "sinn mé tú bhur gach eile cheana féin freisin níos lena lenar ina inar"
    ),
    "hr": _words(
        "i ili ali da koji koja koje kojeg kojih kojima kao kad ako ne također vrlo je su bio "
        "bila bilo bili biti će ima imaju u na s sa iz do od o po pri za bez pod nad pred "
        "među k prema njegov njezin njihov ga mu taj ta to te tih tim tog sve svih drugi "
        "drugih već samo svoj svoje svojih se si"
    ),
    "hu": _words(
        "a az egy és vagy de hogy aki ami amely amelyek amit akik ahol mint ha is nem sem van "
        "vannak volt voltak lett lesz ez ezek azok azt ezt annak ennek minden más többi már "
        "csak nagyon meg el fel ki be le által szerint között után előtt alatt felett miatt "
        "során pedig illetve valamint"
    ),
    "it": _words(
        "il lo la i gli le l un uno una e ed o ma né che chi cui di del dello della dei degli "
        "delle d a al allo alla ai agli alle all in nel nello nella nei negli nelle nell da dal "
        "dallo dalla dai dagli dalle dall su sul sullo sulla sui sugli sulle sull con per tra "
        "fra si sua suo suoi sue loro non anche molto più è sono era erano stato stata stati "
        "state essere ha hanno aveva avevano questo questa questi queste quello quella come "
        "quando dove se tutto tutti tutta tutte altro altri"
    ),
    "lt": _words(
        "ir ar bet kad kuris kuri kurie kurių kuriuos kaip kai jei ne taip pat labai yra buvo "
        "būti bus turi į iš su nuo po per prie be apie už tarp dėl jo jos jų jį jam tas ta tai "
        "tie tų visi visų kiti kitų jau tik savo"
    ),
    "lv": _words(
        "un vai bet ka kas kurš kura kuri kuru kuras kā kad ja ne arī ļoti ir bija būt būs "
        "tiek tika var uz no ar par pēc pie bez starp pret līdz caur viņa viņas viņu tā tas "
        "tie šis šī šie visi visu citi citu jau tikai savu savas sava"
    ),
    "mt": _words(
        "il l is in it id ir ta tal tad tar u jew imma li ma mhux ukoll ħafna huwa hija huma "
        "kien kienet kienu jkun se għandu għandha għandhom fi fil fl f għal għall għat għad "
        "minn mill mis mal bil b bi bla fuq taħt bejn lejn permezz dan din dawn dak dik dawk "
        "kollha oħra oħrajn diġà biss tiegħu tagħha tagħhom"
    ),
    "nl": _words(
        "de het een en of maar noch dat die dit deze wie wat welke waar van in op aan bij met "
        "naar voor door over onder tegen zonder tot sinds tussen uit om te ter ten zich zijn "
        "haar hun hij zij ze wij we niet geen ook zeer nog al is was waren werd werden wordt "
        "worden heeft hebben had hadden zal zullen er hier daar als dan zo alle elk elke ander "
        "andere"
    ),
    "pl": _words(
        "i oraz lub albo ale lecz że który która które którzy którego której których jak gdy "
        "jeśli czy nie także również bardzo jest są był była było byli były być został "
        "została zostały ma mają miał w we na z ze do od o po przez przy dla bez pod nad za "
        "przed między wobec wśród się jego jej ich go mu ten ta to te tych tym tego tej "
        "wszystkie wszystkich inne innych już tylko aby"
    ),
    "pt": _words(
        "o a os as um uma uns umas e ou mas nem que quem qual quais cujo cuja de do da dos das "
        "em no na nos nas num numa por pelo pela pelos pelas para com sem sobre entre até desde "
        "contra durante segundo ao aos à às se seu sua seus suas lhe lhes não também muito "
        "mais é são foi foram ser sido está estão este esta estes estas esse essa esses essas "
        "isso isto aquele como quando onde todo todos toda todas outro outros outra outras"
    ),
    "ro": _words(
        "și sau dar că care ce cum când dacă nu de la în pe cu din pentru prin fără despre sub "
        "peste între până după înainte a al ai ale o un unei unui niște este sunt era erau "
        "fost fi fie au avea va vor se îi îl le lui ei lor său sa săi sale acest această "
        "aceste acestor acel cel cea cei cele toate tuturor alte altor deja doar foarte mai"
    ),
    "sk": _words(
        "a i alebo ale že ktorý ktorá ktoré ktorí ktorého ktorú ako keď ak či nie aj tiež "
        "veľmi je sú bol bola bolo boli byť bude budú má majú mal v vo na s so z zo do od o "
        "po cez pri pre bez pod nad za pred medzi k ku jeho jej ich ho mu ten tá to tie tých "
        "tým toho tejto všetky všetkých iné iných už len svoj svoje svojich sa si aby"
    ),
    "sl": _words(
        "in ali ampak da ki ko kot če ne tudi zelo je so bil bila bilo bili biti bo bodo ima "
        "imajo v na s z iz do od o po pri za brez pod nad pred med k h njegov njen njihov ga "
        "mu ta to te teh tem tega vse vseh drugi drugih že samo svoj svoje se si"
    ),
    "sv": _words(
        "och eller men att som den det de en ett till i på av med för från om över under "
        "efter före vid mot utan mellan genom hos sig sin sitt sina hans hennes deras han hon "
        "vi oss jag inte också mycket är var varit blev blir har hade ska skall kan denna "
        "detta dessa när där alla varje andra annan så än samt"
    ),
}


def word_spans(text: str) -> tuple[Span, ...]:
    """Character spans of the words of ``text`` (punctuation is not a word).

    Example:
        >>> word_spans("Art. 3, l’article")
        ((0, 3), (5, 6), (8, 9), (10, 17))
    """
    return tuple(m.span() for m in _WORD.finditer(text))


def is_content_word(word: str, lang: str) -> bool:
    """Whether ``word`` carries content: not a function word of ``lang``, or a number.

    Example:
        >>> is_content_word("Sperrung", "de"), is_content_word("der", "de")
        (True, False)
        >>> is_content_word("l", "fr"), is_content_word("2022", "de")
        (False, True)
    """
    if any(ch.isdigit() for ch in word):
        return True
    lower = word.lower()
    if lower.isalpha() and lower == word and len(word) <= SHORT_FUNCTION_WORD:
        return False
    return lower not in STOPWORDS.get(lang, frozenset())


@dataclass(frozen=True)
class WordRun:
    """A run of words without counterpart on one side (``first``..``last`` word indices)."""

    start: int
    end: int
    first: int
    last: int
    content_words: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True)
class WordAlignment:
    """Links between the words of two texts.

    Attributes:
        src: the source text; ``src_words`` are (start, end) spans of its words.
        tgt: the target text; ``tgt_words`` likewise.
        links: (i, j) pairs: source word ``i`` is linked with target word ``j``.
        src_lang: ISO 639-1 code of the source (selects its function words), or "".
        tgt_lang: the same for the target.
        similarity: (len(src_words), len(tgt_words)) word similarity matrix.
    """

    src: str
    tgt: str
    src_words: tuple[Span, ...]
    tgt_words: tuple[Span, ...]
    links: tuple[tuple[int, int], ...]
    src_lang: str = ""
    tgt_lang: str = ""
    similarity: np.ndarray | None = None

    def link_texts(self) -> list[tuple[str, str]]:
        """The linked word pairs as text (for reading and tests)."""
        return [(self._word("src", i), self._word("tgt", j)) for i, j in self.links]

    def _word(self, side: str, k: int) -> str:
        a, b = (self.src_words if side == "src" else self.tgt_words)[k]
        return (self.src if side == "src" else self.tgt)[a:b]

    def aligned(self, side: str, min_similarity: float | None = None) -> frozenset[int]:
        """Indices of the words of ``side`` ("src" or "tgt") that have a link (with
        ``min_similarity``: a link at least that similar; needs :attr:`similarity`)."""
        _check_side(side)
        links = self.links
        if min_similarity is not None and self.similarity is not None:
            links = tuple((i, j) for i, j in links if self.similarity[i, j] >= min_similarity)
        return frozenset(i if side == "src" else j for i, j in links)

    def content_mask(self, side: str) -> np.ndarray:
        """Boolean array: which words of ``side`` are content words."""
        _check_side(side)
        lang = self.src_lang if side == "src" else self.tgt_lang
        words = self.src_words if side == "src" else self.tgt_words
        text = self.src if side == "src" else self.tgt
        return np.array([is_content_word(text[a:b], lang) for a, b in words], dtype=bool)

    def unaligned_runs(
        self, side: str, min_content: int = 1, min_similarity: float | None = None
    ) -> tuple[WordRun, ...]:
        """Runs of unaligned content words on ``side``, bridged by function words.

        A run starts and ends with an unaligned content word; function words inside it
        (linked or not) do not break it, linked content words do. Unlinked function words
        right before the run are included, so that "and to report ..." starts at "and".
        With ``min_similarity``, a word whose only links are less similar than that
        counts as unaligned (:meth:`aligned`).
        """
        _check_side(side)
        words = self.src_words if side == "src" else self.tgt_words
        linked = self.aligned(side, min_similarity)
        content = self.content_mask(side)
        runs: list[WordRun] = []
        first = last = -1
        count = 0

        def close() -> None:
            if first >= 0 and count >= min_content:
                lead = first
                while lead > 0 and not content[lead - 1] and lead - 1 not in linked:
                    lead -= 1
                runs.append(WordRun(words[lead][0], words[last][1], lead, last, count))

        for k in range(len(words)):
            if content[k] and k not in linked:
                first = k if first < 0 else first
                last, count = k, count + 1
            elif content[k]:
                close()
                first, count = -1, 0
        close()
        return tuple(runs)

    def unaligned_src_spans(self, min_content: int = 1) -> tuple[Span, ...]:
        """Spans of the source runs with at least ``min_content`` unaligned content words."""
        return tuple(r.span for r in self.unaligned_runs("src", min_content))

    def unaligned_tgt_spans(self, min_content: int = 1) -> tuple[Span, ...]:
        """Spans of the target runs with at least ``min_content`` unaligned content words."""
        return tuple(r.span for r in self.unaligned_runs("tgt", min_content))

    def unaligned_mass(self) -> float:
        """Share of the content words of both sides that have no link (0 when none)."""
        total = unlinked = 0
        for side in ("src", "tgt"):
            content = self.content_mask(side)
            linked = self.aligned(side)
            total += int(content.sum())
            unlinked += sum(1 for k in np.flatnonzero(content) if k not in linked)
        return unlinked / total if total else 0.0


def _check_side(side: str) -> None:
    if side not in ("src", "tgt"):
        raise ValueError(f"side must be 'src' or 'tgt', not {side!r}")


class TokenVectorMemo(Encoder):
    """An encoder whose token vectors are remembered (token vectors are not on disk).

    Wrap the encoder once per run so that a text met again (the pivot's units, compared with
    every language) is encoded once. ``calls`` counts the texts actually encoded.
    """

    def __init__(self, inner: Encoder, size: int = 4096) -> None:
        self.inner = inner
        self.size = size
        self.signature = inner.signature
        self.dim = inner.dim
        self.calls = 0
        self.seconds = 0.0
        self._memo: OrderedDict[tuple[str, int | None], TokenVectors] = OrderedDict()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed(texts)

    def token_vectors(self, text: str, layer: int | None = None) -> TokenVectors:
        import time

        key = (text, layer)
        if key in self._memo:
            self._memo.move_to_end(key)
            return self._memo[key]
        started = time.perf_counter()
        found = self.inner.token_vectors(text, layer)
        self.seconds += time.perf_counter() - started
        self.calls += 1
        self._memo[key] = found
        if len(self._memo) > self.size:
            self._memo.popitem(last=False)
        return found


def align_words(
    src: str,
    tgt: str,
    encoder: Encoder,
    method: str = "itermax",
    layer: int = DEFAULT_LAYER,
    *,
    src_lang: str = "",
    tgt_lang: str = "",
    aggregation: str = "mean",
    src_words: Sequence[Span] | None = None,
    tgt_words: Sequence[Span] | None = None,
    distortion: float = 0.0,
) -> WordAlignment:
    """Align the words of two texts (translations of each other).

    Args:
        src: the source text (for this project, the pivot's sentence).
        tgt: its translation.
        encoder: gives the token vectors (:meth:`Encoder.token_vectors`).
        method: "itermax" (argmax, then a second, discounted round) or "argmax" (mutual
            best matches only: higher precision, lower recall).
        layer: hidden layer of the token vectors (0 = embeddings, 12 = last).
        src_lang: ISO code of ``src``; selects the function words of unaligned spans.
        tgt_lang: ISO code of ``tgt``.
        aggregation: "mean" (word vector = mean of its tokens') or "max" (word similarity
            = best similarity of their tokens).
        src_words: word spans to use instead of :func:`word_spans` (e.g. gold tokens).
        tgt_words: the same for ``tgt``.
        distortion: weight of the words' relative position gap against their similarity
            (:data:`DISTORTION` orders repeated words; 0, the default, is plain SimAlign,
            what the calibration tables of :mod:`compare.checks.calibration` were made with).

    Raises:
        InputError: for an unknown method or aggregation.
    """
    if method not in METHODS:
        raise InputError(f"unknown word alignment method {method!r}; use one of {METHODS}")
    if aggregation not in AGGREGATIONS:
        raise InputError(f"unknown aggregation {aggregation!r}; use one of {AGGREGATIONS}")
    s_words = tuple(src_words) if src_words is not None else word_spans(src)
    t_words = tuple(tgt_words) if tgt_words is not None else word_spans(tgt)
    if not s_words or not t_words:
        sim = np.zeros((len(s_words), len(t_words)), dtype=np.float32)
        return WordAlignment(src, tgt, s_words, t_words, (), src_lang, tgt_lang, sim)
    s_vec = _strip_spaces(encoder.token_vectors(src, layer), src)
    t_vec = _strip_spaces(encoder.token_vectors(tgt, layer), tgt)
    sim = word_similarity(s_vec, s_words, t_vec, t_words, aggregation)
    ranked = sim - distortion * _position_gap(len(s_words), len(t_words)) if distortion else sim
    links = mutual_argmax(ranked) if method == "argmax" else itermax(ranked)
    return WordAlignment(src, tgt, s_words, t_words, tuple(sorted(links)), src_lang, tgt_lang, sim)


def _strip_spaces(tv: TokenVectors, text: str) -> TokenVectors:
    """Token spans in characters, without the space SentencePiece puts before a word."""
    spans = []
    for a, b in _character_spans(tv.spans, text):
        b = min(b, len(text))
        while a < b and text[a].isspace():
            a += 1
        spans.append((a, b))
    return TokenVectors(tv.vectors, tuple(spans))


def _character_spans(spans: Sequence[Span], text: str) -> Sequence[Span]:
    """Spans as character offsets, converting them when they are UTF-8 byte offsets.

    SentencePiece reports piece boundaries in bytes of the UTF-8 input; an encoder that
    passes them on unconverted is recognised by its last piece ending at the byte length of
    the text (beyond its character length) and converted here.
    """
    stripped = text.rstrip()
    n_bytes = len(stripped.encode("utf-8"))
    ends = [b for a, b in spans if b > a]
    if n_bytes == len(stripped) or not ends:
        return spans
    if max(ends) <= len(text) and max(ends) != n_bytes:
        return spans
    starts = np.cumsum([0] + [len(ch.encode("utf-8")) for ch in text])
    to_char = {int(byte): k for k, byte in enumerate(starts)}
    return [(to_char.get(a, _nearest(starts, a)), to_char.get(b, _nearest(starts, b)))
            for a, b in spans]  # fmt: skip


def _nearest(starts: np.ndarray, byte: int) -> int:
    return int(np.searchsorted(starts, byte, side="left"))


def token_word_map(spans: Sequence[Span], words: Sequence[Span], length: int) -> list[list[int]]:
    """For each word, the indices of the tokens that overlap it."""
    owner = np.full(length + 1, -1, dtype=np.int64)
    for k, (a, b) in enumerate(words):
        owner[a:b] = k
    out: list[list[int]] = [[] for _ in words]
    for t, (a, b) in enumerate(spans):
        for k in sorted({int(w) for w in owner[a:b] if w >= 0}):
            out[k].append(t)
    return out


def word_similarity(
    src: TokenVectors,
    src_words: Sequence[Span],
    tgt: TokenVectors,
    tgt_words: Sequence[Span],
    aggregation: str = "mean",
) -> np.ndarray:
    """Cosine similarity of every source word with every target word."""
    s_len = max((b for _, b in [*src.spans, *src_words]), default=0)
    t_len = max((b for _, b in [*tgt.spans, *tgt_words]), default=0)
    s_map = token_word_map(src.spans, src_words, s_len)
    t_map = token_word_map(tgt.spans, tgt_words, t_len)
    if aggregation == "mean":
        s = _normalise(np.stack([_mean(src.vectors, toks) for toks in s_map]))
        t = _normalise(np.stack([_mean(tgt.vectors, toks) for toks in t_map]))
        return (s @ t.T).astype(np.float32)
    tokens = _normalise(src.vectors) @ _normalise(tgt.vectors).T
    sim = np.full((len(s_map), len(t_map)), -1.0, dtype=np.float32)
    for i, s_toks in enumerate(s_map):
        for j, t_toks in enumerate(t_map):
            if s_toks and t_toks:
                sim[i, j] = tokens[np.ix_(s_toks, t_toks)].max()
    return sim


def _mean(vectors: np.ndarray, rows: list[int]) -> np.ndarray:
    if not rows:
        return np.zeros(vectors.shape[1], dtype=np.float32)
    return vectors[rows].mean(axis=0)


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def _position_gap(n: int, m: int) -> np.ndarray:
    """|relative position of source word i - relative position of target word j|, (n, m)."""
    src = (np.arange(n) + 0.5) / n
    tgt = (np.arange(m) + 0.5) / m
    return np.abs(src[:, None] - tgt[None, :]).astype(np.float32)


def mutual_argmax(sim: np.ndarray) -> set[tuple[int, int]]:
    """Pairs that are each other's best match (the intersection of both directions).

    Example:
        >>> sorted(mutual_argmax(np.array([[0.9, 0.1], [0.8, 0.2]])))
        [(0, 0)]
    """
    if sim.size == 0:
        return set()
    rows = sim.argmax(axis=1)
    cols = sim.argmax(axis=0)
    return {(i, int(j)) for i, j in enumerate(rows) if cols[j] == i}


def itermax(
    sim: np.ndarray, rounds: int = ITERMAX_ROUNDS, discount: float = ITERMAX_DISCOUNT
) -> set[tuple[int, int]]:
    """Mutual argmax, then further rounds over the words left without a link.

    In each further round a pair whose source or target word is already linked has its
    similarity multiplied by ``discount``, a pair linked on both sides is out of the game,
    and the new mutual best matches that involve at least one unlinked word are added.

    Example:
        >>> sorted(itermax(np.array([[0.9, 0.8], [0.1, 0.2]])))
        [(0, 0), (0, 1)]
    """
    links = mutual_argmax(sim)
    base = np.clip(sim, 0.0, None)
    for _ in range(rounds - 1):
        s_done = np.zeros(sim.shape[0], dtype=bool)
        t_done = np.zeros(sim.shape[1], dtype=bool)
        for i, j in links:
            s_done[i] = t_done[j] = True
        if s_done.all() and t_done.all():
            break
        weight = np.ones_like(base)
        weight[s_done, :] *= discount
        weight[:, t_done] *= discount
        weight[np.ix_(s_done, t_done)] = 0.0
        fresh = {(i, j) for i, j in mutual_argmax(base * weight) if not (s_done[i] and t_done[j])}
        if not fresh - links:
            break
        links |= fresh
    return links
