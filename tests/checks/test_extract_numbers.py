"""Numbers in digits and words, in the conventions of each EU language."""

from __future__ import annotations

import pytest

from compare.checks.extract import (
    SUPPORTED_LANGUAGES,
    NumberMention,
    extract_numbers,
    parse_number,
)
from compare.checks.extract import lexicon_numbers as lex
from compare.errors import InputError


def values(text: str, lang: str, **kwargs: object) -> list[int | float]:
    return [m.value for m in extract_numbers(text, lang, **kwargs)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # group separators: space, no-break space, narrow no-break space, locale group
        ("de", "fast 10 000 Menschen", [10000]),
        ("de", "fast 10\u00a0000 Menschen", [10000]),
        ("fr", "près de 10\u202f000 personnes", [10000]),
        ("de", "10.000 Menschen", [10000]),
        ("nl", "10.000 mensen", [10000]),
        ("da", "10.000 mennesker", [10000]),
        ("en", "10,000 people", [10000]),
        ("en", "1,000,000 euro", [1000000]),
        ("pl", "10 000 osób", [10000]),
        ("hu", "10 000 embert", [10000]),
        ("ga", "10 000 duine", [10000]),
        ("mt", "10 000 persuna", [10000]),
        # decimals follow the locale; the other sign with one or two digits is a decimal too
        ("de", "1,5 Prozent", [1.5]),
        ("en", "1.5 per cent", [1.5]),
        ("en", "1,500.5 tonnes", [1500.5]),
        ("fr", "2,75 millions", [2750000]),
        ("de", "der Wert 1.5", [1.5]),
        ("el", "3,2 εκατομμύρια", [3200000]),
        ("bg", "2,5 милиона", [2500000]),
        # a number then a multiplier
        ("de", "1,5 Mio. Euro", [1500000]),
        ("en", "EUR 2 million", [2000000]),
        ("pl", "3 mln euro", [3000000]),
    ],
)
def test_digits_follow_the_locale(lang: str, text: str, expected: list[float]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "5 %"),
        ("de", "5%"),
        ("fr", "5\u00a0%"),
        ("en", "5 per cent"),
        ("de", "5 Prozent"),
        ("pl", "5 procent"),
        ("hu", "5 százalék"),
        ("fi", "5 prosenttia"),
        ("el", "5 τοις εκατό"),
        ("lt", "5 procentai"),
    ],
)
def test_percent(lang: str, text: str) -> None:
    (mention,) = extract_numbers(text, lang)
    assert (mention.value, mention.kind) == (5, "percent")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("de", "die 155. Stelle", "155."),
        ("da", "en 155. plads", "155."),
        ("fi", "155. sijalla", "155."),
        ("et", "155. kohal", "155."),
        ("hu", "a 155. helyen", "155."),
        ("cs", "na 155. místě", "155."),
        ("sk", "na 155. mieste", "155."),
        ("sl", "na 155. mestu", "155."),
        ("hr", "na 155. mjestu", "155."),
        ("lv", "155. vietā", "155."),
        ("pl", "155. miejsce", "155."),
        ("en", "ranked 155th", "155th"),
        ("fr", "la 155e place", "155e"),
        ("fr", "le 1er rang", "1er"),
        ("es", "la 18.ª reunión", "18.ª"),
        ("pt", "a 18.ª reunião", "18.ª"),
        ("it", "la 18ª riunione", "18ª"),
        ("nl", "de 18e bijeenkomst", "18e"),
        ("sv", "det 18:e mötet", "18:e"),
        ("el", "στην 155η θέση", "155η"),
        ("bg", "155-о място", "155-о"),
        ("lt", "155-ąjį", "155-ąjį"),
        ("ro", "a 18-a reuniune", "18-a"),
        ("ga", "sa 155ú háit", "155ú"),
    ],
)
def test_ordinals(lang: str, text: str, surface: str) -> None:
    (mention,) = extract_numbers(text, lang)
    assert (mention.kind, mention.surface) == ("ordinal", surface)
    assert mention.value in (1, 18, 155)


def test_a_year_before_a_full_stop_ends_the_sentence() -> None:
    (mention,) = extract_numbers("im Jahr 2011. Die Lage", "de")
    assert (mention.value, mention.kind, mention.surface) == (2011, "year", "2011")


def test_a_period_at_the_end_is_not_an_ordinal() -> None:
    (mention,) = extract_numbers("von 180.", "de")
    assert mention.kind == "cardinal"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "zwei Jahre", [2]),
        ("de", "einundzwanzig", [21]),
        ("de", "zweihunderteinundzwanzig", [221]),
        ("de", "zu fünf Jahren Haft", [5]),
        ("en", "two weeks", [2]),
        ("en", "twenty-one", [21]),
        ("en", "two hundred and five", [205]),
        ("fr", "deux semaines", [2]),
        ("fr", "vingt et un", [21]),
        ("fr", "quatre-vingt-dix", [90]),
        ("fr", "soixante et onze", [71]),
        ("pl", "dwóch lat", [2]),
        ("pl", "dwie osoby", [2]),
        ("pl", "dwa tysiące", [2000]),
        ("cs", "dvou let", [2]),
        ("cs", "dvě osoby", [2]),
        ("el", "δύο εβδομάδες", [2]),
        ("el", "πέντε ετών", [5]),
        ("bg", "две седмици", [2]),
        ("bg", "пет години", [5]),
        ("hu", "három nap", [3]),
        ("hu", "huszonegy", [21]),
        ("fi", "kaksi viikkoa", [2]),
        ("fi", "kahden viikon", [2]),
        ("fi", "kaksikymmentäyksi", [21]),
        ("lt", "dvi savaites", [2]),
        ("lt", "penkeriems metams", [5]),
        ("lt", "dvidešimt", [20]),
        ("lv", "divas nedēļas", [2]),
        ("lv", "divdesmit", [20]),
        ("et", "viieks aastaks", [5]),
        ("et", "kakskümmend", [20]),
        ("ga", "dhá sheachtain", [2]),
        ("ga", "cúig bliana", [5]),
        ("mt", "ħames snin", [5]),
        ("mt", "tnejn u għoxrin", [22]),
        ("mt", "ġimagħtejn", [2]),
        ("es", "treinta y dos", [32]),
        ("pt", "duas semanas", [2]),
        ("it", "ventuno", [21]),
        ("ro", "douăzeci și cinci", [25]),
        ("nl", "eenentwintig", [21]),
        ("da", "enogtyve", [21]),
        ("sv", "tjugoen", [21]),
        ("sl", "enaindvajset", [21]),
    ],
)
def test_numbers_in_words(lang: str, text: str, expected: list[int]) -> None:
    mentions = extract_numbers(text, lang)
    assert [m.value for m in mentions] == expected
    assert all(m.spelled for m in mentions)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Hungarian case endings, the shortened stem and the assimilated "-val/-vel"
        ("hu", "hetvennél is több fog", [70]),
        ("hu", "harmincan sérültek meg", [30]),
        ("hu", "ketten és hárman", [2, 3]),
        ("hu", "nyolcra becsülik", [8]),
        ("hu", "huszonegyre emelkedett", [21]),
        ("hu", "kétezerben", [2000]),
        ("hu", "öttel és néggyel nőtt", [5, 4]),
        # Finnish and Estonian cases of the genitive stem, inside compounds too
        ("fi", "kolmessa maassa", [3]),
        ("fi", "neljälle ihmiselle", [4]),
        ("fi", "viideksi vuodeksi", [5]),
        ("fi", "kolmestakymmenestä", [30]),
        ("fi", "kahdellatoista", [12]),
        ("et", "kolmest riigist", [3]),
        ("et", "neljale inimesele", [4]),
        ("et", "kuni kolmekümnest", [30]),
        ("et", "kaheteistkümnega jagades", [12]),
        ("et", "kolmeteistkümnel päeval", [13]),
    ],
)
def test_numbers_with_case_endings(lang: str, text: str, expected: list[int]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hu", "a szavak hatnak rá"),  # "affect", not six
        ("hu", "jövő hétre"),  # "week", not seven
        ("hu", "egyre több"),  # "more and more": one alone never counts
        ("fi", "yhdessä"),  # "together"
        ("fi", "viime kuussa"),  # "last month", not six
    ],
)
def test_case_endings_make_no_number_of_other_words(lang: str, text: str) -> None:
    assert extract_numbers(text, lang) == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the first and second subparagraphs"),
        ("fi", "ydinvoimalan ensimmäinen ja toinen reaktori"),
        ("sk", "prvý aj druhý reaktor"),
        ("cs", "první a druhý pododstavec"),
        ("pl", "akapit pierwszy i drugi"),
        ("sv", "första och andra stycket"),
        ("da", "første og andet afsnit"),
        ("et", "esimene ja teine lõik"),
        ("fr", "la première et la seconde lecture"),
        ("de", "die erste und die zweite Lesung"),
        ("mt", "l-ewwel u t-tieni"),
    ],
)
def test_first_and_second_are_ordinals_as_a_pair(lang: str, text: str) -> None:
    assert [(m.value, m.kind) for m in extract_numbers(text, lang)] == [
        (1, "ordinal"),
        (2, "ordinal"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "a second opinion"),  # alone, "second" is not a rank
        ("en", "first of all"),
        ("fi", "toinen jäsenvaltio"),  # "another Member State"
        ("sk", "druhá strana"),  # "the other side"
        ("sv", "andra länder"),  # "other countries"
    ],
)
def test_first_or_second_alone_is_no_number(lang: str, text: str) -> None:
    assert extract_numbers(text, lang) == ()


def test_an_ordinal_keeps_its_meaning_when_a_case_form_looks_the_same() -> None:
    (mention,) = extract_numbers("neljas koht", "et")
    assert (mention.value, mention.kind) == (4, "ordinal")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "eine fünftägige Unterbrechung", 5),
        ("de", "der zweiwöchigen Kundgebungen", 2),
        ("en", "a five-day shutdown", 5),
        ("pl", "o pięciodniowym odcięciu", 5),
        ("cs", "pětidenní přerušení", 5),
        ("sk", "päťdňové prerušenie", 5),
        ("sl", "petdnevni prekinitvi", 5),
        ("hr", "petodnevni prekid", 5),
        ("bg", "петдневно прекъсване", 5),
        ("el", "πενθήμερη διακοπή", 5),
        ("hu", "ötnapos internetleállás", 5),
        ("hu", "kéthetes tüntetések", 2),
        ("et", "neljakuused hiired", 4),
        ("et", "kahetunnise koosoleku", 2),
        ("nl", "een vijfdaagse onderbreking", 5),
        ("sv", "ett femdagarsavbrott", 5),
    ],
)
def test_duration_compounds_give_their_number(lang: str, text: str, value: int) -> None:
    assert values(text, lang) == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "one day after"),  # "one" is too often a pronoun or an article
        ("de", "einen Tag nach"),
        ("fr", "un jour après"),
        ("hu", "egy nappal"),
        ("en", "thousands of people"),  # a bare multiplier is not a count
        ("de", "Tausende von Menschen"),
        ("pl", "tysiące ludzi"),
        ("bg", "хиляди хора"),
        ("lv", "tūkstošiem cilvēku"),
        ("de", "außer Acht lassen"),  # a noun, not "acht"
        ("nl", "in acht nemen"),
        ("ro", "o nouă strategie"),  # "new", not "nine"
        ("et", "viis läbi uuringu"),  # "carried out", not "five"
        ("ga", "trí na meáin"),  # "through", not "three"
        ("hu", "hatással van"),
        ("et", "neljapäeval ja neljapäevane"),  # Thursday, not "four days"
    ],
)
def test_words_that_are_not_counts(lang: str, text: str) -> None:
    assert extract_numbers(text, lang) == ()


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("nl", "acht dagen", 8),
        ("ro", "nouă zile", 9),
        ("et", "viis päeva", 5),
        ("ga", "sé lá", 6),
        ("hu", "hat nap", 6),
    ],
)
def test_an_ambiguous_word_counts_before_a_unit_noun(lang: str, text: str, value: int) -> None:
    assert values(text, lang) == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value", "surface"),
    [
        ("bg", "завърши на пето място", 5, "пето"),
        ("cs", "na desátém místě", 10, "desátém"),
        ("da", "den tiende storm", 10, "tiende"),
        ("de", "den vierten Platz", 4, "vierten"),
        ("el", "η έβδομη χώρα", 7, "έβδομη"),
        ("en", "finished eleventh", 11, "eleventh"),
        ("es", "el séptimo archipiélago", 7, "séptimo"),
        ("et", "kolmandal sajandil", 3, "kolmandal"),
        ("fi", "kymmenennelle sijalle", 10, "kymmenennelle"),
        ("fr", "le septième pays", 7, "septième"),
        ("ga", "sa deichiú háit", 10, "deichiú"),
        ("hr", "završio je jedanaesti", 11, "jedanaesti"),
        ("hu", "a hetedik helyen", 7, "hetedik"),
        ("it", "il dodicesimo posto", 12, "dodicesimo"),
        ("lt", "septintoji šalis", 7, "septintoji"),
        ("lv", "desmitajā vietā", 10, "desmitajā"),
        ("mt", "it-tieni qari", 2, "tieni"),
        ("nl", "de twaalfde zitting", 12, "twaalfde"),
        ("pl", "siódmy kraj", 7, "siódmy"),
        ("pt", "na nona posição", 9, "nona"),
        ("ro", "a șaptea țară", 7, "șaptea"),
        ("sk", "na deviatom mieste", 9, "deviatom"),
        ("sl", "enajsto mesto", 11, "enajsto"),
        ("sv", "det sjunde landet", 7, "sjunde"),
    ],
)
def test_ordinal_words(lang: str, text: str, value: int, surface: str) -> None:
    (mention,) = extract_numbers(text, lang)
    assert (mention.value, mention.kind, mention.surface) == (value, "ordinal", surface)
    assert mention.spelled


def test_every_language_has_ordinal_words() -> None:
    assert set(lex.ORDINALS) == set(SUPPORTED_LANGUAGES)
    for lang, table in lex.ORDINALS.items():
        assert set(table) <= set(range(1, 13)), lang
        ordinals = {form for forms in table.values() for form in forms.split()}
        cardinals = {form for forms in lex.CARDINALS[lang].values() for form in forms.split()}
        assert not ordinals & cardinals, lang


@pytest.mark.parametrize(
    ("lang", "forms", "value"),
    [
        ("de", "vierte vierten vierter viertes viertem", 4),
        ("pl", "czwarty czwarta czwarte czwartego czwartej czwartym czwartą czwartych", 4),
        ("hr", "četvrti četvrta četvrto četvrtog četvrtom četvrtoj četvrtu četvrtih", 4),
        ("bg", "четвърти четвърта четвърто четвъртият четвъртата четвъртото", 4),
        ("fi", "neljäs neljännen neljännellä neljänneksi neljäntenä neljänsien", 4),
        ("el", "τέταρτος τέταρτη τέταρτο τέταρτου τέταρτης", 4),
        ("lt", "ketvirtas ketvirtą ketvirtoji ketvirtajame ketvirtųjų", 4),
        ("hu", "negyedik negyedikként negyedikén negyediket", 4),
        ("cs", "čtvrtý čtvrtá čtvrtém čtvrtou", 4),
        ("lv", "ceturtais ceturtā ceturto ceturtajā", 4),
        ("et", "neljas neljanda neljandal neljandaks", 4),
        ("ro", "patrulea patra", 4),
        ("ro", "șaselea şaselea", 6),  # s-comma and s-cedilla
    ],
)
def test_inflected_ordinal_words(lang: str, forms: str, value: int) -> None:
    for form in forms.split():
        mentions = extract_numbers(form, lang)
        assert [(m.value, m.kind) for m in mentions] == [(value, "ordinal")], form


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "for the second time"),  # a unit of time, too
        ("en", "the first time"),  # "first", like "one", is never reported alone
        ("sv", "andra länder"),  # "other"
        ("da", "det andet land"),
        ("fi", "toinen kerta"),
        ("pl", "z drugiej strony"),
        ("it", "secondo il relatore"),  # "according to"
        ("de", "die Grundrechte achten"),  # to respect
        ("de", "in der Vierten Liga"),  # a capitalised German number word is a noun
        ("en", "third countries and third-party rights"),  # terms, not ranks
        ("pl", "państwa trzecie"),
        ("el", "τρίτες χώρες"),
        ("pt", "na segunda-feira"),  # Monday
        ("el", "την Τρίτη"),  # Tuesday
        ("fr", "en troisième lieu"),  # thirdly
        ("lt", "septintajame dešimtmetyje"),  # in the seventies
        ("lv", "otrajā pusē"),  # on the other side
        ("en", "one fifth of the budget"),  # fractions
        ("bg", "една пета от"),
        ("es", "la quinta parte"),
    ],
)
def test_ordinal_words_that_are_not_ranks(lang: str, text: str) -> None:
    assert extract_numbers(text, lang) == ()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "dwie piąte", [2]),  # the count of a fraction stays, its denominator goes
        ("nl", "twee derde", [2]),
        ("es", "un quinto hombre", [5]),  # "un" is also the article: a fifth man
        ("fr", "un cinquième homme", [5]),
        ("en", "the fourth hundred", [4]),  # an ordinal takes no multiplier
        ("en", "fourth and fifth", [4, 5]),
    ],
)
def test_ordinal_words_next_to_numbers(lang: str, text: str, expected: list[int]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "the twenty-first century", 21),
        ("bg", "на двадесет и четвърто място", 24),
        ("fr", "la vingt-quatrième place", 24),
        ("lt", "dvidešimt ketvirtas", 24),
        ("et", "kahekümne neljanda kohaga", 24),
        ("ro", "al douăzeci și unulea", 21),
        ("el", "τερμάτισε δέκατος έκτος", 16),
        ("pt", "terminou em décimo quinto", 15),
        ("ga", "sa tríú háit déag", 13),
        ("ga", "sa cheathrú háit is fiche", 24),
    ],
)
def test_ordinal_words_above_twelve(lang: str, text: str, value: int) -> None:
    (mention,) = extract_numbers(text, lang)
    assert (mention.value, mention.kind, mention.spelled) == (value, "ordinal", True)


def test_excluded_spans_drop_their_digits() -> None:
    text = "am 5. Januar 2022 in 206 Fällen"
    assert values(text, "de") == [5, 2022, 206]
    assert values(text, "de", exclude_spans=[(3, 17)]) == [206]


def test_hyphen_suffixes_keep_the_number() -> None:
    assert values("ihre 15-jährige Tochter", "de") == [15]
    assert values("19-il membru", "mt") == [19]
    assert values("15-letnia córka", "pl") == [15]


def test_spans_point_at_the_surface() -> None:
    text = "mindestens 225 Menschen und zwei Kinder"
    for mention in extract_numbers(text, "de"):
        assert text[mention.span[0] : mention.span[1]] == mention.surface


def test_mentions_compare_by_value_not_by_position() -> None:
    (de,) = extract_numbers("die 18. Sitzung", "de")
    (en,) = extract_numbers("the 18th meeting", "en")
    assert de == en
    assert de.key == en.key == 18
    assert isinstance(de, NumberMention)


def test_words_can_be_switched_off() -> None:
    assert values("zwei und 3", "de", spelled=False) == [3]


def test_parse_number() -> None:
    assert parse_number("10.000", "de") == 10000
    assert parse_number("10,000", "en") == 10000
    assert parse_number("1,5", "de") == 1.5
    assert parse_number("zwei", "de") == 2
    assert parse_number("kaksikymmentä", "fi") == 20
    assert parse_number("Haus", "de") is None


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_language_reads_digits(lang: str) -> None:
    assert values("225 + 19", lang) == [225, 19]


def test_bad_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unsupported language 'xx'"):
        extract_numbers("5", "xx")


def test_bad_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="expected the text of a unit as a str"):
        extract_numbers(5, "de")  # type: ignore[arg-type]


def test_bad_span_is_an_input_error() -> None:
    with pytest.raises(InputError, match="bad span"):
        extract_numbers("5", "de", exclude_spans=[(3, 1)])
