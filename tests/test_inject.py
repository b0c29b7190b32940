"""The divergence injector: valid variants, keys that point at the change, determinism."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from compare.errors import InputError
from compare.inject import (
    INJECTION_TYPES,
    STRUCTURE_SUBTYPES,
    AnswerKey,
    document_from_texts,
    inject,
)
from compare.segment import segment_path, segment_text
from compare.segment.labels import letter_for
from compare.types import Document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "diverge"
CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "ep-ta-9-2022-0012"
LANGS = ("de", "en", "fr", "el", "pl")
#: Types each fixture offers a place for (all of them: the fixtures were written so).
CONTENT_TYPES = tuple(t for t in INJECTION_TYPES if t != "structure")


def load(lang: str) -> Document:
    return segment_path(FIXTURES / f"{lang}.txt", lang, doc_id="fixture", check_language=False)


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {lang: load(lang) for lang in LANGS}


def pivot_for(lang: str, docs: dict[str, Document]) -> Document:
    return docs["en"] if lang == "de" else docs["de"]


# -- validity helpers -------------------------------------------------------------------


def assert_valid(doc: Document) -> None:
    """Offsets, sentences, footnote calls and unique labels are consistent."""
    assert doc.text == Document.UNIT_SEPARATOR.join(u.text for u in doc.units)
    labels = doc.labels()
    assert len(set(labels)) == len(labels)
    for unit in doc.units:
        assert doc.text[unit.start : unit.end] == unit.text
        assert unit.text and unit.text == unit.text.strip()
        last = 0
        for a, b in unit.sentences:
            assert last <= a <= b <= len(unit.text)
            last = b
        assert all(0 <= m.position <= len(unit.text) for m in unit.footnote_markers)


def assert_numbering(doc: Document) -> None:
    """Labels run 1..n per kind, and printed labels say the same."""
    ordinals: dict[str, list[str]] = {}
    for unit in doc.units:
        prefix, _, value = unit.label.partition(":")
        if prefix in ("cit", "rec", "par") and "." not in value:
            ordinals.setdefault(prefix, []).append(value)
            if unit.kind == "paragraph" and unit.printed_label:
                assert unit.printed_label == f"{value}."
            if unit.kind == "recital":
                n = len(ordinals[prefix])
                assert unit.printed_label == f"{letter_for(n - 1, doc.lang)}."
    assert ordinals.get("cit", []) == [str(i) for i in range(1, len(ordinals.get("cit", [])) + 1)]
    assert ordinals.get("par", []) == [str(i) for i in range(1, len(ordinals.get("par", [])) + 1)]
    recitals = ordinals.get("rec", [])
    assert recitals == [letter_for(i, "en") for i in range(len(recitals))]


def render_lines(doc: Document) -> str:
    """The body of a document in the one-unit-per-line layout, printed labels included."""
    lines = []
    for unit in doc.units:
        if unit.kind == "footnote":
            continue
        lines.append(f"{unit.printed_label} {unit.text}" if unit.printed_label else unit.text)
    return "\n".join(lines) + "\n"


def assert_resegments(doc: Document) -> None:
    """Segmenting the variant's text again gives the variant's labels."""
    again = segment_text(render_lines(doc), doc.lang, fmt="lines", check_language=False)
    assert again.labels() == tuple(u.label for u in doc.units if u.kind != "footnote")


def assert_key_points_at_change(original: Document, variant: Document, key: AnswerKey,
                                pivot: Document | None) -> None:  # fmt: skip
    for inj in key.divergences:
        assert inj.type in INJECTION_TYPES
        for label in inj.pivot_labels():
            original.by_label(label)
        for label in inj.other_labels():
            variant.by_label(label)
        if inj.other_span is not None:
            a, b = inj.other_span
            assert variant.by_label(inj.other_unit).text[a:b] == inj.other_text
        if inj.clean_span is not None:
            a, b = inj.clean_span
            assert original.by_label(inj.pivot_unit).text[a:b] == inj.clean_text
        if inj.pivot_span is not None:
            a, b = inj.pivot_span
            assert pivot.by_label(inj.pivot_unit).text[a:b] == inj.pivot_text
        if inj.type != "structure":
            changed = variant.by_label(inj.other_unit).text
            assert changed != original.by_label(inj.pivot_unit).text


def assert_rest_unchanged(original: Document, variant: Document, key: AnswerKey) -> None:
    """Without structural changes, every unit but the injected ones keeps its text."""
    touched = {label for inj in key.divergences for label in inj.other_labels()}
    for unit in variant.units:
        if unit.label not in touched:
            assert unit.text == original.by_label(unit.label).text


# -- every type, several languages ------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("type_", INJECTION_TYPES)
def test_every_type_gives_a_valid_variant(docs, lang, type_):
    doc, pivot = docs[lang], pivot_for(lang, docs)
    variant, key = inject(doc, 11, [type_], pivot=pivot)
    assert_valid(variant)
    assert_numbering(variant)
    assert_resegments(variant)
    assert_key_points_at_change(doc, variant, key, pivot)
    if type_ != "structure":
        assert_rest_unchanged(doc, variant, key)
    if lang in ("de", "en", "fr"):  # these fixtures have a place for every type
        assert [i.type for i in key.divergences] == [type_], key.skipped
    else:
        assert len(key.divergences) + len(key.skipped) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_all_types_at_once(docs, lang):
    doc, pivot = docs[lang], pivot_for(lang, docs)
    variant, key = inject(doc, 3, pivot=pivot)
    assert_valid(variant)
    assert_numbering(variant)
    assert_resegments(variant)
    assert_key_points_at_change(doc, variant, key, pivot)
    assert len(key.divergences) + len(key.skipped) == len(INJECTION_TYPES)
    assert len(key.divergences) >= 4  # small fixtures: one unit apart leaves room for 4+
    touched = [label for inj in key.divergences for label in inj.other_labels()]
    assert len(touched) == len(set(touched))


@pytest.mark.parametrize("subtype", STRUCTURE_SUBTYPES)
@pytest.mark.parametrize("lang", ("en", "el"))
def test_structure_subtypes(docs, lang, subtype):
    doc = docs[lang]
    variant, key = inject(doc, 2, [f"structure:{subtype}"])
    (inj,) = key.divergences
    assert (inj.type, inj.subtype) == ("structure", subtype)
    assert_valid(variant)
    assert_numbering(variant)
    assert_resegments(variant)
    n = len(doc.units)
    first = doc.by_label(inj.pivot_unit)
    if subtype == "missing":
        assert len(variant.units) == n - 1 and inj.other_unit is None
        assert inj.clean_text == first.text
    elif subtype == "merged":
        second = doc.by_label(inj.pivot_units[1])
        assert len(variant.units) == n - 1
        assert variant.by_label(inj.other_unit).text == f"{first.text} {second.text}"
    elif subtype == "split":
        a, b = (variant.by_label(label).text for label in inj.other_units)
        assert len(variant.units) == n + 1
        assert f"{a} {b}" == first.text
    else:
        a, b = inj.pivot_units
        assert inj.other_units == (b, a)
        assert variant.by_label(b).text == doc.by_label(a).text
        assert variant.by_label(a).text == doc.by_label(b).text
    for old, new in key.relabelled:
        assert variant.by_label(new).text == doc.by_label(old).text


def test_deleted_greek_recital_relabels_later_recitals(docs):
    doc = docs["el"]
    for seed in range(60):
        variant, key = inject(doc, seed, ["structure:missing"])
        if key.divergences[0].pivot_unit == "rec:B":
            break
    else:
        pytest.fail("no seed deleted recital B")
    assert [(u.label, u.printed_label) for u in variant.units if u.kind == "recital"] == [
        ("rec:A", "Α."), ("rec:B", "Β."), ("rec:C", "Γ."),
    ]  # fmt: skip
    assert key.relabelled == (("rec:C", "rec:B"), ("rec:D", "rec:C"))
    assert variant.by_label("rec:B").text == doc.by_label("rec:C").text


# -- determinism ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_same_seed_same_variant(docs, lang):
    pivot = pivot_for(lang, docs)
    first = inject(docs[lang], 42, pivot=pivot)
    second = inject(docs[lang], 42, pivot=pivot)
    assert first == second


def test_seeds_differ(docs):
    keys = {inject(docs["en"], seed, pivot=docs["de"])[1].to_json() for seed in range(5)}
    assert len(keys) > 1


# -- types in detail --------------------------------------------------------------------


def test_untranslated_takes_the_pivot_text(docs):
    variant, key = inject(docs["en"], 1, ["untranslated"], pivot=docs["de"])
    (inj,) = key.divergences
    assert variant.by_label(inj.other_unit).text == docs["de"].by_label(inj.pivot_unit).text
    assert inj.other_span == (0, len(inj.other_text))


def test_untranslated_needs_the_pivot(docs):
    variant, key = inject(docs["en"], 1, ["untranslated"])
    assert key.divergences == () and variant == docs["en"]
    assert key.skipped == (("untranslated", "needs the pivot document"),)


@pytest.mark.parametrize(
    ("lang", "text", "changed"),
    [
        ("en", "The committee did not approve the budget for the coming year.", "not "),
        ("de", "Der Ausschuss hat den Haushalt für das kommende Jahr nicht gebilligt.", "nicht"),
        ("fr", "Le comité n'a pas approuvé le budget de l'année prochaine.", "n'a pas"),
        ("pl", "Komisja nie zatwierdziła budżetu na przyszły rok.", "nie "),
    ],
)
def test_polarity_removes_a_negation(lang, text, changed):
    doc = document_from_texts("neg", lang, [text])
    variant, key = inject(doc, 0, ["polarity"])
    (inj,) = key.divergences
    assert inj.subtype == "negation" and changed.strip() in inj.clean_text
    assert changed.strip() not in variant.units[0].text.split()


def test_modality_drops_an_intensifier_and_keeps_a_capital():
    doc = document_from_texts("mod", "en", ["Strongly urges the authorities to act."])
    variant, key = inject(doc, 0, ["modality"])
    (inj,) = key.divergences
    assert variant.units[0].text in ("Urges the authorities to act.",
                                     "Strongly invites the authorities to act.")  # fmt: skip


def test_number_keeps_the_format_and_changes_the_value():
    doc = document_from_texts("n", "de", ["Mindestens 225 Menschen wurden getötet."])
    variant, key = inject(doc, 4, ["number"])
    (inj,) = key.divergences
    assert inj.clean_text == "225" and re.fullmatch(r"\d{3}", inj.other_text)
    assert inj.other_text != "225" and inj.other_span == (11, 14)


def test_date_changes_day_month_or_year():
    doc = document_from_texts("d", "fr", ["La réunion a eu lieu le 7 janvier 2022 à Genève."])
    seen = set()
    for seed in range(20):
        variant, key = inject(doc, seed, ["date"])
        (inj,) = key.divergences
        seen.add(inj.subtype)
        assert variant.units[0].text != doc.units[0].text
    assert seen == {"day", "month", "year"}


def test_name_dropped_from_a_list(docs):
    subtypes = set()
    for seed in range(12):
        variant, key = inject(docs["en"], seed, ["name"], pivot=docs["de"])
        (inj,) = key.divergences
        subtypes.add(inj.subtype)
        if inj.subtype == "dropped":
            assert inj.other_span[0] == inj.other_span[1] and inj.other_text == ""
            assert inj.clean_text.startswith(", ") or inj.clean_text.endswith(", ")
    assert subtypes == {"dropped", "replaced"}


def test_a_name_is_never_replaced_by_a_spelling_of_itself():
    # the document also writes "Tokayevs": putting it for "Tokayev" would be no divergence
    import random

    from compare.inject import _name_edits

    notes = {
        edit.note
        for seed in range(20)
        for edit in _name_edits(
            "Talks with Tokayev began on Monday.", "en", random.Random(seed),
            ["Later Tokayevs and Nazarbayev met in Almaty."],
            ("Gespräche mit Tokajew begannen am Montag.", "de"),
            ("Tokajew", "Tokajews", "Nasarbajew", "Almaty"),
        )
    }  # fmt: skip
    assert notes == {"'Tokayev' replaced by 'Nazarbayev'", "'Tokayev' replaced by 'Almaty'"}


def test_a_name_written_twice_in_any_form_or_inflected_is_left_alone():
    # "Kasahstani" twice and "Kasahstanis" once: one name (replacing one occurrence leaves
    # it in the unit); "Qazaqstannıŋ" is the Kazakh genitive of the same name, no
    # replacement for "Kazakhstan"
    import random

    from compare.inject import _name_edits

    def notes(text: str, lang: str, other: str, pivot: str, names: tuple[str, ...]) -> set:
        return {
            edit.note
            for seed in range(20)
            for edit in _name_edits(text, lang, random.Random(seed), [other], (pivot, "de"), names)
        }

    twice = "kutsub Kasahstani valitsust üles; Kasahstani ametivõimud ja Kasahstanis elavad"
    pivot = "fordert die Regierung Kasachstans auf; die Behörden Kasachstans"
    assert notes(twice, "et", "Qaharman ja Almatõ", pivot, ("Kasachstans", "Almaty")) == set()
    once, pivot = "Talks in Kazakhstan began on Monday.", "Gespräche in Kasachstan"
    found = notes(once, "en", "Qazaqstannıŋ and Almaty", pivot, ("Kasachstan", "Almaty"))
    assert found == {"'Kazakhstan' replaced by 'Almaty'"}


def test_omission_and_addition_clause_lengths(docs):
    for type_ in ("omission", "addition"):
        for seed in range(5):
            _, key = inject(docs["en"], seed, [type_])
            (inj,) = key.divergences
            words = len(re.findall(r"\w+", inj.clean_text or inj.other_text))
            assert 4 <= words <= 15


def test_footnote_calls_move_with_the_text():
    text = (
        "(2022/2505(RSP))\nThe European Parliament,\n"
        "1. Calls on the government, in the strongest terms and without any delay, "
        "to free them(1);\n(1) Texts adopted, P9_TA(2021)0056.\n"
    )
    doc = segment_text(text, "en", fmt="lines", check_language=False)
    unit = doc.by_label("par:1")
    (marker,) = unit.footnote_markers
    variant, key = inject(doc, 0, ["omission"])
    (inj,) = key.divergences
    (moved,) = variant.by_label("par:1").footnote_markers
    assert moved.position == marker.position - len(inj.clean_text)
    assert variant.by_label("par:1").text[: moved.position].endswith("free them")


# -- FLORES-style documents -------------------------------------------------------------


def test_document_from_texts():
    doc = document_from_texts("a", "en", [" One sentence. ", "Two."], source="x")
    assert doc.labels() == ("par:1", "par:2")
    assert {u.kind for u in doc.units} == {"paragraph"}
    assert doc.units[0].text == "One sentence." and doc.source == "x"
    assert_valid(doc)
    with pytest.raises(InputError, match="text 2 of a is empty"):
        document_from_texts("a", "en", ["One.", "  "])
    with pytest.raises(InputError, match="unknown language"):
        document_from_texts("a", "xx", ["One."])


@pytest.mark.parametrize("lang", ("en", "de", "el", "hu"))
def test_sentence_documents_take_structure_changes(lang):
    texts = {
        "en": ["The storm hit the coast on Monday, destroying 40 houses.",
               "Rescue teams arrived the next day from the capital.",
               "Officials said the damage would cost more than 2 million euros."],
        "de": ["Der Sturm traf am Montag die Küste und zerstörte 40 Häuser.",
               "Rettungsteams kamen am nächsten Tag aus der Hauptstadt.",
               "Die Behörden sagten, der Schaden werde mehr als 2 Millionen Euro kosten."],
        "el": ["Η καταιγίδα έπληξε την ακτή τη Δευτέρα και κατέστρεψε 40 σπίτια.",
               "Οι ομάδες διάσωσης έφτασαν την επόμενη μέρα από την πρωτεύουσα.",
               "Οι αρχές είπαν ότι η ζημιά θα κοστίσει περισσότερα από 2 εκατομμύρια ευρώ."],
        "hu": ["A vihar hétfőn érte el a partot, és 40 házat rombolt le.",
               "A mentőcsapatok másnap érkeztek a fővárosból.",
               "A hatóságok szerint a kár több mint 2 millió euróba kerül."],
    }[lang]  # fmt: skip
    doc = document_from_texts("storm", lang, texts)
    for subtype in STRUCTURE_SUBTYPES:
        variant, key = inject(doc, 0, [f"structure:{subtype}"])
        assert_valid(variant)
        labels = variant.labels()
        assert labels == tuple(f"par:{i}" for i in range(1, len(labels) + 1))
        assert key.divergences or key.skipped
    variant, key = inject(doc, 0, ["number"])
    assert key.divergences[0].type == "number"


# -- keys -------------------------------------------------------------------------------


def test_key_round_trips_through_json(docs):
    _, key = inject(docs["en"], 9, pivot=docs["de"])
    assert AnswerKey.from_dict(json.loads(key.to_json())) == key
    data = key.to_dict()
    assert set(data) >= {"doc_id", "lang", "draft", "based_on", "divergences"}
    entry = data["divergences"][0]
    assert set(entry) >= {"id", "type", "pivot_unit", "other_unit", "pivot_text", "other_text",
                          "clean_text", "note"}  # fmt: skip


def test_drafts_keys_load():
    key = AnswerKey.load(CORPUS / "drafts" / "en.key.json")
    assert key.lang == "en" and len(key.divergences) == 12
    merged = [d for d in key.divergences if d.subtype == "merged"][0]
    assert merged.pivot_labels() == ("par:11", "par:12")
    assert all(d.other_span is None for d in key.divergences)


def test_bad_inputs(docs, tmp_path):
    with pytest.raises(InputError, match="unknown injection type 'numbers'"):
        inject(docs["en"], 0, ["numbers"])
    with pytest.raises(InputError, match="unknown injection type 'structure:moved'"):
        inject(docs["en"], 0, ["structure:moved"])
    with pytest.raises(InputError, match="needs a segmented Document"):
        inject("text", 0)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="pivot must be a Document"):
        inject(docs["en"], 0, pivot="de")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="not found"):
        AnswerKey.load(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        AnswerKey.load(tmp_path / "bad.json")


# -- matching flags to keys (benchmarks/eval_divergence.py) ----------------------------


def _flag(type_, pivot_unit, other_unit, other_span=None, pivot_span=None, evidence=()):
    from compare.types import Divergence

    return Divergence("en", type_, "error", 1.0, pivot_unit, other_unit, pivot_span, other_span,
                      "", "", "", evidence)  # fmt: skip


def test_flags_match_by_type_unit_and_span():
    from benchmarks.eval_divergence import explained_numbering, flag_matches
    from compare.inject import Injection

    number = Injection(1, "number", "digit-changed", "rec:B", "rec:B", other_span=(10, 13))
    assert flag_matches(_flag("number", "rec:B", "rec:B", (9, 12)), number)
    assert not flag_matches(_flag("number", "rec:B", "rec:B", (20, 23)), number)  # elsewhere
    assert not flag_matches(_flag("date", "rec:B", "rec:B", (10, 13)), number)  # wrong type
    assert not flag_matches(_flag("number", "rec:C", "rec:C", (10, 13)), number)  # wrong unit
    assert flag_matches(_flag("number", "rec:B", "rec:B"), number)  # no span to compare
    omission = Injection(2, "omission", "clause", "par:3", "par:2", other_span=(40, 40))
    assert flag_matches(_flag("omission", "par:3", None, pivot_span=(5, 30)), omission)
    assert flag_matches(_flag("omission", "par:3", "par:2", (38, 45)), omission)
    merged = Injection(3, "structure", "merged", "par:11", "par:11",
                       pivot_units=("par:11", "par:12"), other_units=("par:11",))  # fmt: skip
    assert flag_matches(_flag("structure", "par:12", "par:11"), merged)
    key = AnswerKey("d", "en", "", (merged,), relabelled=(("par:13", "par:12"),))
    numbering = _flag("structure", "par:13", "par:12", evidence=(("subtype", "numbering"),))
    assert explained_numbering(numbering, key)
    assert not explained_numbering(_flag("structure", "par:14", "par:12"), key)


def test_records_list_the_warnings_of_faithful_versions():
    from benchmarks.eval_divergence import Case, Outcome, outcome_records

    doc = Document("d", "de", (), "")
    error = _flag("number", "par:1", "par:1")
    info = dataclasses.replace(error, severity="info")
    records = list(outcome_records([
        Outcome(Case("flores", "en", doc, doc), (error, info)),
        Outcome(Case("flores", "fr", doc, doc), (info,)),
    ]))  # fmt: skip
    assert [(r["lang"], r["injection"], len(r["flags_on_units"])) for r in records] == [
        ("en", None, 1)
    ]
    assert records[0]["flags_on_units"][0]["severity"] == "error"


def test_the_harness_reviews_each_version_with_the_faithful_others():
    """An injected variant is revised with the faithful versions of the other languages;
    the faithful versions with each other; the witnesses' shares are tabulated."""
    from benchmarks.eval_divergence import (
        Case,
        Outcome,
        flag_matches,
        with_other_versions,
        witness_shares,
    )
    from compare.inject import Injection
    from tests.checks.test_gap_consensus import LEXICON, SHORT, gap_flag, result, words
    from tests.fakes import ConceptEncoder

    german = words("de", *SHORT)
    english = words("en", *SHORT, "closure", "camps")
    flag = gap_flag("addition", "en", english, "closure camps", 2.4)
    variant = result("en", german, english, (flag,))
    injection = Injection(1, "addition", "clause", "par:1", "par:1", other_span=flag.other_span)
    key = AnswerKey("d", "en", "", (injection,))
    faithful = [result(lang, german, words(lang, *SHORT)) for lang in ("en", "fr", "it", "nl")]
    outcomes = [
        *(Outcome(Case("flores", r.lang, r.alignment.pivot, r.alignment.other), (), result=r)
          for r in faithful),
        Outcome(Case("flores", "en", variant.alignment.pivot, variant.alignment.other, key),
                (flag,), result=variant),
    ]  # fmt: skip
    revised = with_other_versions(outcomes, ConceptEncoder(LEXICON))
    assert [o.case for o in revised] == [o.case for o in outcomes]
    assert all(o.flags == () for o in revised[:4])
    (found,) = revised[4].flags
    assert found.severity == "warning" and flag_matches(found, injection)
    assert dict(found.evidence)["versions_with_passage"] == "0 of 3"  # en's own is no voter
    assert witness_shares(revised) == {("addition", "injected"): [0.0]}
    assert outcomes[4].flags == (flag,)  # the one-at-a-time outcome is left as it was


def test_the_witness_table_lists_the_traced_omissions():
    from benchmarks.eval_divergence import Case, Outcome, witness_shares, witness_table

    doc = Document("d", "de", (), "")
    traced = dataclasses.replace(
        _flag("omission", "par:1", None),
        evidence=(("versions_with_passage", "20 of 22"), ("found_through", "5 of 20")),
    )
    untraced = dataclasses.replace(traced, evidence=(("versions_with_passage", "11 of 22"),))
    outcomes = [Outcome(Case("flores", "en", doc, doc), (traced, untraced))]
    assert witness_shares(outcomes) == {
        ("omission", "faithful"): [20 / 22, 0.5],
        ("omission, traced", "faithful"): [0.25],
    }
    table = witness_table(outcomes)
    assert "| omission, traced | faithful | 1 | 0.25 | 0.25 | 0.25 |" in table
    assert "| omission, traced | injected | 0 | n/a | n/a | n/a |" in table
