"""Batch runs over a document folder and over a corpus: outputs, resume, force, Ctrl-C,
the summary and bad input. Fast tests use a stand-in encoder and tiny hand-written
documents; one slow test runs the real model on the bundled corpus."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest

import compare.batch as batch
from compare.batch import BatchInterrupted, BatchOptions, BatchProgress, run_batch
from compare.cli import main
from compare.encode.encoder import Encoder, TokenVectors
from compare.errors import InputError
from compare.report import EXPORTERS
from compare.report.summary import CSV_COLUMNS
from compare.types import Signature
from tests.conftest import CORPUS

DE = """\
Entschließung des Europäischen Parlaments zur Lage der Leuchttürme an der Nordsee 7
Das Europäische Parlament,
1. fordert die Kommission auf, 11(1) neue Leuchttürme an der Küste zu errichten und Mittel bereitzustellen;
2. stellt mit Besorgnis fest, dass im vergangenen Jahr 22 Leuchttürme geschlossen wurden;
3. beauftragt seine Präsidentin, diese Entschließung 33 dem Rat und der Kommission zu übermitteln.
(1) ABl. C 23 vom 21.1.2021, S. 83.
"""  # noqa: E501
EN = """\
European Parliament resolution on the situation of lighthouses on the North Sea 7
The European Parliament,
1. Calls on the Commission to build 11(1) new lighthouses on the coast and to provide funding;
2. Notes with concern that 22 lighthouses were closed during the past year;
3. Instructs its President to forward this resolution 33 to the Council and the Commission.
(1) OJ C 23, 21.1.2021, p. 83.
"""
#: French without paragraph 2: the structure check flags it (an error and a numbering warning).
FR = """\
Résolution du Parlement européen sur la situation des phares de la mer du Nord 7
Le Parlement européen,
1. invite la Commission à construire 11(1) nouveaux phares sur la côte et à prévoir des moyens;
2. charge sa Présidente de transmettre la présente résolution 33 au Conseil et à la Commission.
(1) JO C 23 du 21.1.2021, p. 83.
"""
TEXTS = {"de": DE, "en": EN, "fr": FR}
MODEL = "number-encoder"


class NumberEncoder(Encoder):
    """A stand-in encoder: a text's vector is the bag of the numbers in it, so units that
    carry the same numbers align, in any language, deterministically and instantly."""

    dim = 16
    signature = "number-encoder:1"

    def embed(self, texts):
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            rows[i, 0] = 0.3
            for number in re.findall(r"\d+", text):
                rows[i, 1 + int(number) % (self.dim - 1)] += 1.0
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    def token_vectors(self, text, layer=None):
        return TokenVectors(np.zeros((0, self.dim), dtype=np.float32), ())


#: Models built by :func:`number_encoder` in this process (resume tests count them).
BUILT: list[str] = []


def number_encoder(model: str, threads: int | None = None) -> NumberEncoder:
    """Encoder factory for the batch (module level, so worker processes can unpickle it)."""
    BUILT.append(model)
    return NumberEncoder()


#: The checks of the fast tests: the structure check needs neither lexicons nor token
#: vectors, which the stand-in encoder does not have.
CHECKS = ("structure",)


def options(**kwargs) -> BatchOptions:
    return BatchOptions(**{"model": MODEL, "checks": CHECKS, **kwargs})


def write_document(folder: Path, texts: dict[str, str] = TEXTS) -> Path:
    folder.mkdir(parents=True)
    for lang, text in texts.items():
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two documents (doc-a: de, en, fr; nested/doc-b: de, en) and a folder of notes."""
    root = tmp_path / "corpus"
    write_document(root / "doc-a")
    write_document(root / "nested" / "doc-b", {"de": DE, "en": EN})
    (root / "notes").mkdir()
    (root / "notes" / "README.txt").write_text("not a document\n", encoding="utf-8")
    BUILT.clear()
    return root


def leftovers(out: Path) -> list[str]:
    """Hidden temporary files or folders anywhere in ``out``."""
    return [p.name for p in out.rglob(".*")]


def read_summary(out: Path) -> tuple[dict, list[dict[str, str]]]:
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return data, rows


# -- one document, a corpus --------------------------------------------------------------


def test_one_document_writes_every_export_and_run_json(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_batch(corpus / "doc-a", out, options(), encoder_factory=number_encoder)
    assert (result.planned, result.count("done"), result.complete) == (1, 1, True)
    folder = out / "doc-a"
    for exporter in EXPORTERS.values():
        assert (folder / exporter.filename).exists(), exporter.filename
    run = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"[0-9a-f]{64}", run["input_hash"])
    assert run["inputs"]["files"].keys() == {"de.txt", "en.txt", "fr.txt"}
    assert run["signature"]["model"] == NumberEncoder.signature
    assert (out / "summary.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert leftovers(out) == []


def test_corpus_of_two_documents_finds_nested_folders_only(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_batch(corpus, out, options(), encoder_factory=number_encoder)
    assert [d.doc_id for d in result.documents] == ["doc-a", "doc-b"]
    assert [d.folder for d in result.documents] == ["doc-a", "nested/doc-b"]
    assert result.count("done") == 2
    data, rows = read_summary(out)
    assert data["complete"] is True
    assert [(r["doc_id"], r["lang"]) for r in rows] == [
        ("doc-a", "en"),
        ("doc-a", "fr"),
        ("doc-b", "en"),
    ]
    assert BUILT == [MODEL]  # one encoder for the whole serial run


def test_linked_document_folder_counts(corpus: Path, tmp_path: Path) -> None:
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "doc-a").symlink_to(corpus / "doc-a", target_is_directory=True)
    (linked / "loop").symlink_to(linked, target_is_directory=True)
    result = run_batch(linked, tmp_path / "out", options(), encoder_factory=number_encoder)
    assert [(d.doc_id, d.status) for d in result.documents] == [("doc-a", "done")]


def test_langs_subset_and_missing_language_is_noted(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_batch(corpus, out, options(langs=("fr",)), encoder_factory=number_encoder)
    by_id = {d.doc_id: d for d in result.documents}
    assert [c.lang for c in by_id["doc-a"].langs] == ["fr"]
    assert by_id["doc-b"].status == "failed"
    assert "no language file to compare" in by_id["doc-b"].note


def test_progress_reaches_every_document_and_language(corpus: Path, tmp_path: Path) -> None:
    seen: list[BatchProgress] = []
    run_batch(corpus, tmp_path / "out", options(), seen.append, number_encoder)
    last = seen[-1]
    assert (last.docs_done, last.docs_total, last.pairs_done, last.pairs_total) == (2, 2, 3, 3)
    assert [p.doc_id for p in seen if p.status] == ["doc-a", "doc-b"]
    assert [p.pairs_done for p in seen] == sorted(p.pairs_done for p in seen)


def test_summary_counts_match_each_report(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(corpus, out, options(), encoder_factory=number_encoder)
    data, rows = read_summary(out)
    assert tuple(rows[0]) == CSV_COLUMNS
    for row in rows:
        report = json.loads((out / row["doc_id"] / "report.json").read_text(encoding="utf-8"))
        counts = report["languages"][row["lang"]]["counts"]
        assert int(row["flags"]) == counts["flags"]
        for severity in ("error", "warning", "info"):
            assert int(row[f"flags_{severity}"]) == counts["severity"].get(severity, 0)
    french = next(r for r in rows if r["lang"] == "fr")
    assert int(french["flags_error"]) >= 1  # the missing paragraph 2
    totals = data["totals"]
    assert totals["flags"] == sum(int(r["flags"]) for r in rows)
    assert totals["status"] == {"done": 2}
    assert totals["langs"]["en"]["documents"] == 2


# -- resume and force ----------------------------------------------------------------------


def test_rerun_skips_finished_documents_without_loading_the_encoder(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run_batch(corpus, out, options(), encoder_factory=number_encoder)
    stamp = (out / "doc-a" / "report.json").stat().st_mtime_ns
    BUILT.clear()
    again = run_batch(corpus, out, options(), encoder_factory=number_encoder)
    assert again.count("skipped") == 2
    assert BUILT == []
    assert (out / "doc-a" / "report.json").stat().st_mtime_ns == stamp
    data, rows = read_summary(out)
    assert data["totals"]["status"] == {"skipped": 2}
    assert len(rows) == 3  # the counts come back from run.json


def test_changed_input_or_settings_redo_only_what_changed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(corpus, out, options(), encoder_factory=number_encoder)
    (corpus / "nested" / "doc-b" / "en.txt").write_text(EN.replace("22", "23"), encoding="utf-8")
    result = run_batch(corpus, out, options(), encoder_factory=number_encoder)
    assert [d.status for d in result.documents] == ["skipped", "done"]
    other_checks = run_batch(
        corpus, out, options(checks=("structure", "untranslated")), encoder_factory=number_encoder
    )
    assert other_checks.count("done") == 2


def test_only_the_thresholds_of_the_checks_that_run_count(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import compare.pipeline as pipeline

    def thresholds(structure: float, other: float) -> None:
        values = (("other.LIMIT", other), ("structure.LIMIT", structure))
        monkeypatch.setattr(pipeline, "signature", lambda encoder: Signature("0", "x", values))

    out = tmp_path / "out"
    thresholds(structure=1.0, other=1.0)
    run_batch(corpus, out, options(), encoder_factory=number_encoder)
    thresholds(structure=1.0, other=2.0)
    assert run_batch(corpus, out, options(), encoder_factory=number_encoder).count("skipped") == 2
    thresholds(structure=2.0, other=2.0)
    assert run_batch(corpus, out, options(), encoder_factory=number_encoder).count("done") == 2


def test_missing_output_file_redoes_the_document(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(corpus, out, options(), encoder_factory=number_encoder)
    (out / "doc-a" / "flags.xlsx").unlink()
    result = run_batch(corpus, out, options(), encoder_factory=number_encoder)
    assert [d.status for d in result.documents] == ["done", "skipped"]
    assert (out / "doc-a" / "flags.xlsx").is_file()


def test_force_redoes_finished_documents(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(corpus, out, options(), encoder_factory=number_encoder)
    result = run_batch(corpus, out, options(force=True), encoder_factory=number_encoder)
    assert result.count("done") == 2
    assert leftovers(out) == []


# -- Ctrl-C --------------------------------------------------------------------------------


def test_interrupt_keeps_finished_documents_and_their_summary(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch.run_document
    calls: list[str] = []

    def second_is_interrupted(job, *args, **kwargs):
        calls.append(job.doc_id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(job, *args, **kwargs)

    monkeypatch.setattr(batch, "run_document", second_is_interrupted)
    out = tmp_path / "out"
    with pytest.raises(BatchInterrupted) as caught:
        run_batch(corpus, out, options(), encoder_factory=number_encoder)
    assert isinstance(caught.value, KeyboardInterrupt)
    assert (caught.value.result.finished, caught.value.result.planned) == (1, 2)
    assert sorted(p.name for p in out.iterdir()) == ["doc-a", "summary.csv", "summary.json"]
    data, rows = read_summary(out)
    assert data["complete"] is False
    assert [d["doc_id"] for d in data["documents"]] == ["doc-a"]
    assert {r["doc_id"] for r in rows} == {"doc-a"}
    monkeypatch.setattr(batch, "run_document", real)
    resumed = run_batch(corpus, out, options(), encoder_factory=number_encoder)
    assert [d.status for d in resumed.documents] == ["skipped", "done"]


def test_interrupt_while_writing_leaves_no_half_written_files(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch.write_all

    def interrupted_midway(report, folder, *args, **kwargs):
        if report.doc_id == "doc-b":
            real(report, folder, names=["jsonl", "csv"])
            raise KeyboardInterrupt
        return real(report, folder, *args, **kwargs)

    monkeypatch.setattr(batch, "write_all", interrupted_midway)
    out = tmp_path / "out"
    with pytest.raises(BatchInterrupted):
        run_batch(corpus, out, options(), encoder_factory=number_encoder)
    assert not (out / "doc-b").exists()
    assert leftovers(out) == []
    assert (out / "doc-a" / "run.json").is_file()


def test_interrupted_rerun_keeps_the_previous_complete_outputs(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    run_batch(corpus, out, options(), encoder_factory=number_encoder)
    before = {p.name: p.read_bytes() for p in (out / "doc-a").iterdir() if p.is_file()}
    real = batch.write_all

    def interrupted_midway(report, folder, *args, **kwargs):
        real(report, folder, names=["jsonl"])
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "write_all", interrupted_midway)
    with pytest.raises(BatchInterrupted):
        run_batch(corpus, out, options(force=True), encoder_factory=number_encoder)
    after = {p.name: p.read_bytes() for p in (out / "doc-a").iterdir() if p.is_file()}
    assert after == before
    assert leftovers(out) == []
    monkeypatch.setattr(batch, "write_all", real)
    result = run_batch(corpus, out, options(), encoder_factory=number_encoder)
    assert result.count("skipped") == 2


# -- parallel workers ------------------------------------------------------------------------


def test_workers_compare_documents_in_separate_processes(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    serial = run_batch(corpus, tmp_path / "serial", options(), encoder_factory=number_encoder)
    result = run_batch(corpus, out, options(workers=2), encoder_factory=number_encoder)
    assert result.count("done") == 2
    assert BUILT == [MODEL]  # the serial run's; the workers built theirs in their processes
    for doc in ("doc-a", "doc-b"):
        assert (out / doc / "run.json").is_file()
        mine = (out / doc / "flags.jsonl").read_text(encoding="utf-8")
        assert mine == (tmp_path / "serial" / doc / "flags.jsonl").read_text(encoding="utf-8")
    assert [d.langs for d in result.documents] == [d.langs for d in serial.documents]


# -- bad input -----------------------------------------------------------------------------


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is not a folder"):
        run_batch(tmp_path / "missing", tmp_path / "out", options())


def test_folder_without_pivot_file(tmp_path: Path) -> None:
    write_document(tmp_path / "only-en", {"en": EN})
    with pytest.raises(InputError, match=r"no document folder .*de\.txt"):
        run_batch(tmp_path / "only-en", tmp_path / "out", options())


def test_document_without_other_language(tmp_path: Path) -> None:
    write_document(tmp_path / "lonely", {"de": DE})
    with pytest.raises(InputError, match="no language file to compare"):
        run_batch(tmp_path / "lonely", tmp_path / "out", options())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"langs": ("en", "xx")}, r"unknown language code\(s\) \['xx'\]"),
        ({"checks": ("nonsense",)}, r"unknown check\(s\) \['nonsense'\]"),
        ({"workers": 0}, "workers must be 1 or more"),
        ({"pivot": "zz"}, "unknown pivot language"),
    ],
)
def test_bad_options(corpus: Path, tmp_path: Path, kwargs: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        run_batch(corpus, tmp_path / "out", options(**kwargs))


def test_output_inside_a_document_folder_is_refused(corpus: Path) -> None:
    with pytest.raises(InputError, match="would overwrite or sit inside the document folder"):
        run_batch(corpus / "doc-a", corpus / "doc-a" / "out", options())


def test_output_folder_that_is_a_file(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "out").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="is a file"):
        run_batch(corpus, tmp_path / "out", options())


def test_two_documents_with_one_doc_id(corpus: Path, tmp_path: Path) -> None:
    meta = json.dumps({"doc_id": "doc-a"})
    (corpus / "nested" / "doc-b" / "metadata.json").write_text(meta, encoding="utf-8")
    with pytest.raises(InputError, match="two document folders have the doc_id 'doc-a'"):
        run_batch(corpus, tmp_path / "out", options())


def test_broken_document_in_a_corpus_fails_alone(corpus: Path, tmp_path: Path) -> None:
    (corpus / "nested" / "doc-b" / "metadata.json").write_text("{oops", encoding="utf-8")
    result = run_batch(corpus, tmp_path / "out", options(), encoder_factory=number_encoder)
    assert [d.status for d in result.documents] == ["done", "failed"]
    assert "not valid JSON" in result.documents[1].note
    _, rows = read_summary(tmp_path / "out")
    assert rows[-1]["status"] == "failed" and "not valid JSON" in rows[-1]["note"]


# -- command line --------------------------------------------------------------------------


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "load_encoder", number_encoder)


def test_cli_run_and_rerun(corpus: Path, tmp_path: Path, fake_model, capsys) -> None:
    args = ["run", str(corpus), "--out", str(tmp_path / "out"), "--model", MODEL, "--no-progress"]
    args += ["--checks", ",".join(CHECKS)]
    assert main(args) == 0
    assert "2 documents: 2 compared, 0 unchanged, 0 failed" in capsys.readouterr().out
    assert main([*args, "--langs", "en,fr"]) == 0  # the same languages as "all"
    assert "0 compared, 2 unchanged" in capsys.readouterr().out
    assert main([*args, "--langs", "en"]) == 0  # doc-b has only en anyway
    assert "1 compared, 1 unchanged" in capsys.readouterr().out


def test_cli_interrupt_exits_130_with_one_line(
    corpus: Path, tmp_path: Path, fake_model, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run_document", interrupted)
    args = ["run", str(corpus), "--out", str(tmp_path / "out"), "--model", MODEL]
    code = main([*args, "--checks", ",".join(CHECKS)])
    assert code == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("eucompare run: interrupted; 0 of 2 documents finished")


def test_cli_failed_document_exits_1(corpus: Path, tmp_path: Path, fake_model, capsys) -> None:
    (corpus / "nested" / "doc-b" / "metadata.json").write_text("{oops", encoding="utf-8")
    args = ["run", str(corpus), "--out", str(tmp_path / "out"), "--model", MODEL]
    assert main([*args, "--no-progress", "--checks", ",".join(CHECKS)]) == 1
    assert "failed: nested/doc-b" in capsys.readouterr().err


def test_cli_bad_input_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "is not a folder" in capsys.readouterr().err


# -- the real model --------------------------------------------------------------------------


@pytest.mark.slow
def test_bundled_corpus_with_two_languages(cached_encoder, tmp_path: Path) -> None:
    out = tmp_path / "out"
    # the two checks that need no lexicon: this test is about the batch, not about the checks
    opts = BatchOptions(langs=("en", "fr"), checks=("structure", "untranslated"))
    result = run_batch(CORPUS, out, opts, encoder_factory=lambda m, t: cached_encoder)
    assert [(d.doc_id, d.status) for d in result.documents] == [("ep-ta-9-2022-0012", "done")]
    doc = result.documents[0]
    assert [c.lang for c in doc.langs] == ["en", "fr"]
    assert all(c.units > 60 for c in doc.langs)
    report = json.loads((out / doc.doc_id / "report.json").read_text(encoding="utf-8"))
    assert report["signature"]["model"] == cached_encoder.signature
    assert sum(c.flags for c in doc.langs) == report["totals"]["flags"]
    again = run_batch(CORPUS, out, opts, encoder_factory=lambda m, t: cached_encoder)
    assert again.count("skipped") == 1
