"""``eucompare diverge`` and ``eucompare pairs`` on small files.

Fast tests use a fake encoder whose vectors come from the digits and capitalised words of a
text (shared across languages, so the aligner finds the right units); the slow tests run
the real model.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import numpy as np
import pytest

from compare.checks import command
from compare.cli import main
from compare.encode.encoder import TokenVectors

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "diverge"
DE, EN, FR = (str(FIXTURES / f"{lang}.txt") for lang in ("de", "en", "fr"))
PAIRS = str(FIXTURES / "pairs.tsv")
FACT_CHECKS = "number,date,reference"
_CAPITALISED = re.compile(r"\d+|(?<!^)\b[A-ZÄÖÜÉ]\w{2}")
_LOOSE = str.maketrans("zc", "sk")


class FakeEncoder:
    """Vectors of digit runs and capitalised-word prefixes ("Kas" = "Kaz"), normalised."""

    dim = 64
    signature = "fake-names-and-digits"

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        vector[0] = 1.0
        for token in _CAPITALISED.findall(text):
            digest = hashlib.blake2b(token.lower().translate(_LOOSE).encode(), digest_size=4)
            vector[1 + int.from_bytes(digest.digest(), "little") % (self.dim - 1)] += 1.0
        return vector / np.linalg.norm(vector)

    def embed(self, texts):
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def token_vectors(self, text, layer=None):
        spans = tuple((m.start(), m.end()) for m in re.finditer(r"\w+", text))
        return TokenVectors(self.embed([text[a:b] for a, b in spans]), spans)


@pytest.fixture
def fake(monkeypatch):
    encoder = FakeEncoder()
    monkeypatch.setattr(command, "load_encoder", lambda model, cache: encoder)
    monkeypatch.setattr(
        command,
        "pair_scorer",
        lambda: (command.COSINE_SCORER, command.cosine_scores, command.COSINE_THRESHOLD),
    )
    return encoder


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


# -- diverge ----------------------------------------------------------------------------


def test_diverge_jsonl_has_the_changed_number(fake, capsys):
    code = main(["diverge", DE, EN, FR, "--pivot-lang", "de", "--langs", "en,fr",
                 "--checks", FACT_CHECKS])  # fmt: skip
    assert code == 0
    records = _records(capsys.readouterr().out)
    numbers = [r for r in records if r["type"] == "number"]
    assert len(numbers) == 1
    flag = numbers[0]
    assert (flag["lang"], flag["severity"], flag["pivot_unit"], flag["other_unit"]) == (
        "en", "error", "rec:B", "rec:B",
    )  # fmt: skip
    for key in ("score", "pivot_span", "other_span", "pivot_text", "other_text", "message"):
        assert key in flag
    en_text = Path(EN).read_text(encoding="utf-8")
    assert "252" in flag["other_text"] and "252" in en_text
    assert not [r for r in records if r["lang"] == "fr"]


def test_diverge_tsv_has_header_and_spans(fake, capsys):
    assert main(["diverge", DE, EN, "--pivot-lang", "de", "--langs", "en", "--checks", "number",
                 "--format", "tsv"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == list(command.TSV_COLUMNS)
    row = dict(zip(command.TSV_COLUMNS, lines[1].split("\t")))
    assert row["type"] == "number" and re.fullmatch(r"\d+-\d+", row["other_span"])
    assert len(lines) == 2


def test_diverge_text_format(fake, capsys):
    assert main(["diverge", DE, EN, "--pivot-lang", "de", "--langs", "en", "--checks", "number",
                 "--format", "text"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "rec:B / rec:B" in out and "252" in out


def test_diverge_restricted_checks_give_no_other_types(fake, capsys):
    assert main(["diverge", DE, EN, "--pivot-lang", "de", "--langs", "en",
                 "--checks", "date"]) == 0  # fmt: skip
    assert _records(capsys.readouterr().out) == []


def test_diverge_unknown_check_is_an_error(fake, capsys):
    code = main(["diverge", DE, EN, "--pivot-lang", "de", "--langs", "en", "--checks", "numbers"])
    assert code == 2
    assert "unknown check(s) numbers" in capsys.readouterr().err


def test_diverge_needs_one_language_per_file(fake, capsys):
    assert main(["diverge", DE, EN, FR, "--pivot-lang", "de", "--langs", "en"]) == 2
    assert "--langs names 1 language(s) for 2 file(s)" in capsys.readouterr().err


def test_diverge_needs_two_files(fake, capsys):
    assert main(["diverge", DE, "--pivot-lang", "de"]) == 2
    assert "at least one language version" in capsys.readouterr().err


def test_diverge_rejects_unknown_language_codes(fake, capsys):
    assert main(["diverge", DE, EN, "--pivot-lang", "de", "--langs", "english"]) == 2
    assert "unknown language 'english'" in capsys.readouterr().err


def test_diverge_rejects_a_version_in_the_pivot_language(fake, capsys):
    assert main(["diverge", DE, EN, "--pivot-lang", "de", "--langs", "de"]) == 2
    assert "in the pivot's language" in capsys.readouterr().err


def test_diverge_warns_when_a_given_language_looks_wrong(fake, capsys):
    assert main(["diverge", DE, FR, "--pivot-lang", "de", "--langs", "it",
                 "--checks", "number"]) == 0  # fmt: skip
    err = capsys.readouterr().err
    assert "declared as it (Italian) looks like fr (French)" in err


def test_diverge_detects_languages_when_not_given(fake, capsys):
    assert main(["diverge", DE, EN, FR, "--checks", "number"]) == 0
    records = _records(capsys.readouterr().out)
    assert {r["lang"] for r in records} == {"en"}
    assert capsys.readouterr().err == ""


def test_diverge_missing_file_is_an_input_error(fake, capsys, tmp_path):
    assert main(["diverge", DE, str(tmp_path / "nope.txt"), "--langs", "en"]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_diverge_documents_without_footnotes(fake, capsys, tmp_path):
    for lang in ("de", "en"):
        text = Path(FIXTURES / f"{lang}.txt").read_text(encoding="utf-8")
        body = [line for line in text.splitlines() if not line.startswith("(1) ")]
        (tmp_path / f"{lang}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
    args = [str(tmp_path / "de.txt"), str(tmp_path / "en.txt")]
    assert (
        main(["diverge", *args, "--pivot-lang", "de", "--langs", "en", "--checks", "number"]) == 0
    )
    assert [r["type"] for r in _records(capsys.readouterr().out)] == ["number"]


# -- pairs ------------------------------------------------------------------------------


def test_pairs_one_object_per_line(fake, capsys):
    # the fake's cosine means nothing: a threshold above any 1 - cosine leaves the flags
    assert main(["pairs", PAIRS, "--src-lang", "en", "--tgt-lang", "de",
                 "--checks", FACT_CHECKS, "--threshold", "3"]) == 0  # fmt: skip
    records = _records(capsys.readouterr().out)
    assert [r["line"] for r in records] == [1, 2, 4]  # line 3 is empty
    for record in records:
        assert set(record) == {"line", "divergent", "score", "flags"}
        assert isinstance(record["divergent"], bool) and isinstance(record["score"], float)
    first, changed, dates = records
    assert not first["divergent"] and first["flags"] == []
    assert changed["divergent"]
    assert [f["type"] for f in changed["flags"]] == ["number"]
    assert changed["flags"][0]["pivot_unit"] == changed["flags"][0]["other_unit"] == "par:1"
    assert not dates["divergent"]


def test_pairs_threshold_option(fake, capsys):
    assert main(["pairs", PAIRS, "--src-lang", "en", "--tgt-lang", "de", "--checks", "date",
                 "--threshold", "-1"]) == 0  # fmt: skip
    assert all(r["divergent"] for r in _records(capsys.readouterr().out))


def test_pairs_bad_line_names_its_number(fake, capsys, tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("one\ttwo\nno tab here\n", encoding="utf-8")
    assert main(["pairs", str(path), "--src-lang", "en", "--tgt-lang", "de"]) == 2
    assert "line 2: expected source<TAB>target" in capsys.readouterr().err


def test_pairs_unknown_language(fake, capsys):
    assert main(["pairs", PAIRS, "--src-lang", "english", "--tgt-lang", "de"]) == 2
    assert "unknown language 'english'" in capsys.readouterr().err


def test_judge_pairs_scores_with_the_given_encoder(fake):
    results = command.judge_pairs(
        [("225 people", "225 Menschen"), ("225 people", "252 Menschen")], "en", "de", fake,
        checks=["number"], threshold=3.0,
    )  # fmt: skip
    assert [r.line for r in results] == [1, 2]
    assert not results[0].divergent and results[1].divergent
    assert results[1].record()["flags"][0]["type"] == "number"


def test_parse_list():
    assert command.parse_list(" en, fr ,") == ["en", "fr"]
    assert command.parse_list(None) is None
    with pytest.raises(command.InputError, match="empty list"):
        command.parse_list(" , ")


# -- with the real model ----------------------------------------------------------------


@pytest.mark.slow
def test_diverge_real_model(cached_encoder, monkeypatch, capsys):
    monkeypatch.setattr(command, "load_encoder", lambda model, cache: cached_encoder)
    checks = "structure,untranslated,number,date,reference,name"
    assert main(["diverge", DE, EN, FR, "--pivot-lang", "de", "--langs", "en,fr",
                 "--checks", checks]) == 0  # fmt: skip
    records = _records(capsys.readouterr().out)
    numbers = [r for r in records if r["type"] == "number"]
    assert [(r["lang"], r["other_unit"]) for r in numbers] == [("en", "rec:B")]
    assert not [r for r in records if r["type"] == "structure"]


@pytest.mark.slow
def test_pairs_real_model(cached_encoder, monkeypatch, capsys):
    monkeypatch.setattr(command, "load_encoder", lambda model, cache: cached_encoder)
    assert main(["pairs", PAIRS, "--src-lang", "en", "--tgt-lang", "de"]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["divergent"] for r in records] == [False, True, False]
