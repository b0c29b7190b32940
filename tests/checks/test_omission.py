"""Omission and addition checks: gaps found by word alignment, judged by similarity gain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare.checks import omission
from compare.checks.base import BeadView, CheckContext, run_checks
from compare.checks.omission import Gap, _without
from compare.encode.encoder import Encoder
from compare.types import Alignment, Bead, Document
from tests.fakes import ConceptEncoder, sentence_unit

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012"

#: German word -> English word: the fake model gives both one vector.
LEXICON = {
    "das": "the", "parlament": "parliament", "fordert": "calls", "die": "the",
    "regierung": "government", "auf": "on", "alle": "all", "gefangenen": "prisoners",
    "freizulassen": "release", "und": "and", "medien": "media", "zu": "to",
    "achten": "respect", "freien": "free", "unverzüglich": "immediately",
}  # fmt: skip

GERMAN = (
    "fordert die Regierung auf, alle Gefangenen unverzüglich freizulassen und die freien "
    "Medien zu achten;"
)
ENGLISH = "calls on the government to release all prisoners immediately and to respect free media;"


def alignment(german: list[str], english: list[str]) -> Alignment:
    pivot = Document("d", "de", (sentence_unit("par:1", german),), "")
    other = Document("d", "en", (sentence_unit("par:1", english),), "")
    return Alignment(pivot, other, (Bead((0,), (0,), 0.9),))


def flags(al: Alignment, encoder: Encoder, names=("omission", "addition")):  # noqa: ANN001, ANN201
    return run_checks(al, CheckContext(encoder=encoder, pivot_lang="de"), list(names))


def test_faithful_translation_gives_no_flag() -> None:
    assert flags(alignment([GERMAN], [ENGLISH]), ConceptEncoder(LEXICON)) == ()


def test_added_clause_is_an_addition_with_its_span() -> None:
    english = ENGLISH[:-1] + " and to report back to the committee every month;"
    found = flags(alignment([GERMAN], [english]), ConceptEncoder(LEXICON))
    assert [f.type for f in found] == ["addition"]
    flag = found[0]
    # the German "und" may link to either "and": the clause with or without its own
    assert flag.other_text in (
        "and to report back to the committee every month",
        "to report back to the committee every month",
    )
    assert english[slice(*flag.other_span)] == flag.other_text
    assert flag.pivot_span is None and flag.pivot_unit == "par:1"
    evidence = dict(flag.evidence)
    assert float(evidence["similarity_gain"]) > 0
    assert float(evidence["evidence"]) >= omission.ERROR_EVIDENCE
    assert flag.severity == "error"  # five content words, clear gain, longer than usual


def test_dropped_clause_is_an_omission_located_in_the_pivot() -> None:
    german = GERMAN[:-1] + " sowie die Sperrung der Kommunikationsmittel aufzuheben;"
    found = flags(alignment([german], [ENGLISH]), ConceptEncoder(LEXICON))
    assert [f.type for f in found] == ["omission"]
    flag = found[0]
    assert "Sperrung der Kommunikationsmittel aufzuheben" in flag.pivot_text
    assert german[slice(*flag.pivot_span)] == flag.pivot_text
    assert flag.other_span is None
    assert dict(flag.evidence)["counterpart_position"].startswith("par:1:")


def test_a_sentence_without_counterpart_is_flagged_whole() -> None:
    german = [GERMAN, "Das Parlament beauftragt seine Präsidentin mit der Übermittlung."]
    found = flags(alignment(german, [ENGLISH]), ConceptEncoder(LEXICON), ["omission"])
    assert len(found) == 1
    assert found[0].pivot_text == german[1]
    assert dict(found[0].evidence)["extent"] == "sentence"


GERMAN_CHAIN = (
    "fordert die Regierung auf, alle Gefangenen unverzüglich freizulassen; fordert die "
    "Regierung auf, die freien Medien zu achten; fordert das Parlament auf, alle "
    "Gefangenen freizulassen; fordert das Parlament auf, die Medien zu achten;"
)
ENGLISH_SENTENCES = [
    "Calls on the government to release all prisoners immediately.",
    "Calls on the government to respect free media.",
    "Calls on parliament to release all prisoners.",
    "Calls on parliament to respect the media.",
]


def test_semicolon_clauses_rendered_as_sentences_give_no_flag() -> None:
    # the Swedish style: each "whereas" clause of the German chain is a sentence of its own
    # (four sentences for one: more than a sentence bead can merge)
    assert flags(alignment([GERMAN_CHAIN], ENGLISH_SENTENCES), ConceptEncoder(LEXICON)) == ()


def test_a_dropped_clause_of_a_chain_is_judged_by_its_gain() -> None:
    extra = " fordert das Parlament auf, die Sperrung der Kommunikationsmittel aufzuheben;"
    german = GERMAN_CHAIN + extra
    found = flags(alignment([german], ENGLISH_SENTENCES), ConceptEncoder(LEXICON), ["omission"])
    assert len(found) == 1
    flag = found[0]
    assert flag.pivot_text.startswith("fordert das Parlament auf, die Sperrung")
    assert german[slice(*flag.pivot_span)] == flag.pivot_text
    evidence = dict(flag.evidence)
    assert evidence["extent"] == "clause" and float(evidence["similarity_gain"]) > 0


def test_unit_without_counterpart_is_left_to_the_structure_check() -> None:
    pivot = Document("d", "de", (sentence_unit("par:1", [GERMAN]),), "")
    other = Document("d", "en", (), "")
    assert flags(Alignment(pivot, other, (Bead((0,), (), 0.9),)), ConceptEncoder(LEXICON)) == ()


def test_token_vectors_only_for_unusual_or_short_pairs(monkeypatch) -> None:
    long_german = " ".join([GERMAN] * 3)
    long_english = " ".join([ENGLISH] * 3)
    monkeypatch.setattr(omission, "GATE_LENGTH_Z", 99.0)
    monkeypatch.setattr(omission, "GATE_SIMILARITY_Z", -99.0)
    encoder = ConceptEncoder(LEXICON)
    flags(alignment([long_german], [long_english]), encoder)
    assert encoder.calls == 0  # usual length and similarity, not short: no word alignment
    short = ("fordert die Regierung auf, alle Gefangenen freizulassen;",
             "calls on the government to release all prisoners;")  # fmt: skip
    assert sum(map(len, short)) / 2 <= omission.SHORT_CHARS
    flags(alignment([short[0]], [short[1]]), encoder)
    assert encoder.calls == 2  # short: always aligned
    monkeypatch.setattr(omission, "GATE_LENGTH_Z", 0.0)
    flags(alignment([long_german], [long_english]), encoder)
    assert encoder.calls == 4


def test_both_checks_share_one_analysis() -> None:
    encoder = ConceptEncoder(LEXICON)
    english = ENGLISH[:-1] + " and to report back to the committee every month;"
    found = flags(alignment([GERMAN], [english]), encoder)
    assert len(found) == 1 and encoder.calls == 2


def test_a_hint_naming_what_the_other_side_lacks_is_a_warning() -> None:
    german = "fordert die Nachbarn Kasachstans auf, jegliche Einmischung zu unterlassen;"
    french = "invite les voisins du Kazakhstan, et en particulier la Russie, à s’abstenir;"
    run = "et en particulier la Russie"
    start = french.index(run)
    hint = Gap("other", 0, (start, start + len(run)), run, 2, "words", gain=0.005,
               length_z=1.5, length_z_after=0.5)  # fmt: skip
    assert hint.severity() == "info"  # 1.5 sd longer: the length alone does not support it
    pivot = Document("d", "de", (sentence_unit("par:1", [german]),), "")
    other = Document("d", "fr", (sentence_unit("par:1", [french]),), "")
    al = Alignment(pivot, other, (Bead((0,), (0,), 0.9),))
    view = BeadView(al, 0, al.beads[0])
    assert omission._judged(view, hint) == ("warning", ["Russie"])
    named = Document("d", "de", (sentence_unit("par:1", [german[:-1] + " wie Russland;"]),), "")
    al = Alignment(named, other, (Bead((0,), (0,), 0.9),))
    assert omission._judged(BeadView(al, 0, al.beads[0]), hint) == ("info", [])
    nameless = Gap("other", 0, (0, 10), "et en particulier", 2, "words", gain=0.005,
                   length_z=1.5, length_z_after=0.5)  # fmt: skip
    assert omission._judged(view, nameless) == ("info", [])
    organisation = "die Volksorganisation Südwestafrikas"
    other_name = Gap("other", 0, (0, len(organisation)), "Lidová organizace Jihozápadní Afriky",
                     3, "words", gain=0.005, length_z=1.5, length_z_after=0.5)  # fmt: skip
    assert omission._judged(view, other_name) == ("info", [])  # not a place: left a hint
    barely = Gap("other", 0, hint.span, run, 2, "words", gain=0.02, length_z=0.5)
    assert barely.severity() == "info" and omission._judged(view, barely)[0] == "info"


def test_an_omission_hint_naming_any_name_the_other_side_lacks_is_a_warning() -> None:
    # on the pivot side any name counts (not only places): the German run is what was left
    # out; on the other side the same kind of name stays a hint
    german = "fordert die Freilassung von Aktivisten, darunter Mahambet Abjan und andere;"
    english = "calls for the release of activists and others;"
    run = "darunter Mahambet Abjan"
    start = german.index(run)
    pivot = Document("d", "de", (sentence_unit("par:1", [german]),), "")
    other = Document("d", "en", (sentence_unit("par:1", [english]),), "")
    al = Alignment(pivot, other, (Bead((0,), (0,), 0.9),))
    view = BeadView(al, 0, al.beads[0])
    # the other version is 1.5 sd shorter than usual: a hint on length alone
    omitted = Gap("pivot", 0, (start, start + len(run)), run, 2, "words", gain=0.005,
                  length_z=-1.5, length_z_after=-0.5)  # fmt: skip
    assert omitted.severity() == "info"
    assert omission._judged(view, omitted) == ("warning", ["Mahambet Abjan"])
    added = Gap("other", 0, (0, 10), "including Mahambet Abjan", 2, "words", gain=0.005,
                length_z=1.5, length_z_after=0.5)  # fmt: skip
    swapped = Alignment(other, pivot, (Bead((0,), (0,), 0.9),))
    assert omission._judged(BeadView(swapped, 0, swapped.beads[0]), added) == ("info", [])


def test_gap_severity_rules() -> None:
    def gap(**kw) -> Gap:  # noqa: ANN003
        base = dict(side="other", unit=0, span=(0, 5), text="x", content_words=4,
                    kind="words", gain=0.02, length_z=3.0, length_z_after=0.5)  # fmt: skip
        return Gap(**(base | kw))

    strong = gap()
    assert strong.evidence() == pytest.approx(0.5 * 3.0 + 0.5 * 2.5 + 0.25 * 4 + 2.0)
    assert strong.severity() == "error"
    assert gap(content_words=3).severity() == "warning"  # not a clear clause
    assert gap(length_z=-3.0, length_z_after=-3.5).severity() is None  # length says otherwise
    assert gap(side="pivot", length_z=-3.0, length_z_after=-0.5).severity() == "error"
    assert gap(length_z=1.0, length_z_after=0.0, gain=0.0, content_words=4).severity() == "info"
    assert gap(content_words=1).severity() is None
    # the run's side is not clearly longer than usual: strong evidence makes a warning
    # (never an error), weaker evidence or a side hardly longer a hint only
    assert gap(length_z=1.5, length_z_after=0.0, gain=0.05, content_words=6).severity() == "warning"
    assert gap(side="pivot", length_z=-1.5, length_z_after=0.0, gain=0.05).severity() == "warning"
    # ... but not for a run of two words, which faithful rewording leaves as often
    two = gap(length_z=1.5, length_z_after=0.0, gain=0.05, content_words=2)
    assert two.evidence() >= 4.5 and two.severity() == "info"
    assert gap(side="pivot", length_z=1.5, length_z_after=0.0, gain=0.05).severity() == "info"
    assert gap(length_z=0.3, length_z_after=0.0, gain=0.05, content_words=6).severity() == "info"
    assert gap(length_z=1.5, length_z_after=0.0, gain=0.01, content_words=3).severity() == "info"
    assert gap(kind="clause", gain=-0.01).severity() is None
    assert gap(kind="clause", gain=0.01, content_words=2).severity() == "warning"
    assert gap(kind="sentence", gain=None, content_words=1).severity() is None
    assert gap(kind="sentence", gain=None, content_words=6).severity() == "error"
    assert 0.5 < strong.confidence() < 1.0


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("a, et en particulier la Russie, de cesser", (3, 30), "a, de cesser"),
        ("calls on X to stop and to report back;", (18, 37), "calls on X to stop;"),
        ("Erstens (nicht zweitens) drittens.", (8, 24), "Erstens drittens."),
    ],
)
def test_text_without_a_span_is_tidied(text: str, span: tuple[int, int], expected: str) -> None:
    assert _without(text, span) == expected


# -- the real model on the bundled corpus -----------------------------------------------


def corpus_alignments(encoder, langs: list[str], drafts: bool):  # noqa: ANN001, ANN201
    from compare.align import align_many
    from compare.pipeline import load_folder, segment_file

    folder = load_folder(CORPUS)
    pool = folder.drafts if drafts else folder.files
    pivot = segment_file(folder.files["de"], "de", folder.doc_id)
    return align_many(pivot, [segment_file(pool[x], x, folder.doc_id) for x in langs], encoder)


def overlaps(span, text: str, wanted: str) -> bool:  # noqa: ANN001
    wanted = wanted.strip(" ,")
    start = text.find(wanted)
    return span is not None and start >= 0 and span[0] < start + len(wanted) and start < span[1]


#: The side of a bead where each kind of gap is located.
SIDE_OF = {"omission": "pivot", "addition": "other"}


@pytest.mark.slow
def test_drafts_omissions_and_additions_are_found(cached_encoder) -> None:
    ctx = CheckContext(encoder=cached_encoder, pivot_lang="de")
    missed = []
    for al in corpus_alignments(cached_encoder, ["en", "fr", "bg"], drafts=True):
        key = json.loads((CORPUS / "drafts" / f"{al.other.lang}.key.json").read_text("utf-8"))
        found = run_checks(al, ctx, ["omission", "addition"])
        for entry in key["divergences"]:
            if entry["type"] not in SIDE_OF:
                continue
            side = SIDE_OF[entry["type"]]
            doc = al.pivot if side == "pivot" else al.other
            text = doc.by_label(entry[f"{side}_unit"]).text
            ok = any(
                f.type == entry["type"]
                and getattr(f, f"{side}_unit") == entry[f"{side}_unit"]
                and overlaps(getattr(f, f"{side}_span"), text, entry[f"{side}_text"])
                for f in found
            )
            if not ok:
                missed.append(f"{al.other.lang} {entry['type']} {entry['pivot_unit']}")
    assert len(missed) <= 1, missed


@pytest.mark.slow
def test_clean_translations_give_few_flags(cached_encoder) -> None:
    ctx = CheckContext(encoder=cached_encoder, pivot_lang="de")
    units = total = 0
    for al in corpus_alignments(cached_encoder, ["en", "fi", "mt", "sv"], drafts=False):
        found = run_checks(al, ctx, ["omission", "addition", "semantic"])
        units += len(al.pivot.units)
        total += sum(f.severity in ("warning", "error") for f in found)
    assert 100 * total / units <= 2.0
