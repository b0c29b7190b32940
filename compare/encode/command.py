"""``eucompare model build|info`` and ``eucompare encode``."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    model = subparsers.add_parser("model", help="build or inspect the embedded model")
    model.add_argument("action", choices=["build", "info"])
    model.add_argument("--name", default=None, help="model spec name (default: the embedded one)")
    model.add_argument("--force", action="store_true", help="rebuild even if already built")
    model.set_defaults(func=run_model)

    encode = subparsers.add_parser("encode", help="print sentence vectors, one JSON line per text")
    encode.add_argument("file", help="UTF-8 text file, one text per line ('-' for stdin)")
    encode.add_argument("--model", default=None)
    encode.add_argument("--no-cache", action="store_true")
    encode.set_defaults(func=run_encode)


def run_model(args: argparse.Namespace) -> int:
    from compare.encode.build import build_model, ensure_built
    from compare.encode.spec import DEFAULT_MODEL, load_spec

    spec = load_spec(args.name or DEFAULT_MODEL)
    if args.action == "build":
        folder = build_model(spec) if args.force else ensure_built(spec.name)
        print(folder)
        return 0
    manifest = spec.folder / "manifest.json"
    if not manifest.is_file():
        print(f"{spec.name}: not built yet (eucompare model build)")
        return 1
    print(manifest.read_text(encoding="utf-8"))
    return 0


def run_encode(args: argparse.Namespace) -> int:
    from compare.encode import get_encoder
    from compare.encode.spec import DEFAULT_MODEL

    lines = read_lines(args.file)
    encoder = get_encoder(args.model or DEFAULT_MODEL, cache=not args.no_cache)
    for text, vec in zip(lines, encoder.embed(lines)):
        sys.stdout.write(json.dumps({"text": text, "vector": [round(float(x), 6) for x in vec]}))
        sys.stdout.write("\n")
    return 0


def read_lines(path: str) -> list[str]:
    """Non-empty lines of a UTF-8 file ('-' reads standard input)."""
    from pathlib import Path

    from compare.errors import InputError

    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not UTF-8 (byte {exc.start}); save it as UTF-8 and try again"
        ) from None
    return [line for line in text.splitlines() if line.strip()]
