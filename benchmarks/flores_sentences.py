"""Sentence splitting and language identification on FLORES-200 devtest, per EU language.

Usage: ``python benchmarks/flores_sentences.py [--data DIR] [--langs de,fr,...]``

Prints, per language: the number of lines, how many the splitter keeps as 1 sentence or
splits into 2 or 3+ (FLORES lines are mostly, not always, single sentences), the language-id
accuracy on all lines and on lines longer than 60 characters, and the time per line of
each. Then the time per 300-character text of Lingua's accurate and low-accuracy modes.
The data is not part of the project: it is read from ``../shared/data/flores200-eu24``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from compare.segment.langid import LanguageIdentifier
from compare.segment.sentences import split_sentences
from compare.types import EU_LANGUAGES

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "flores200-eu24"

#: FLORES-200 file prefixes of the EU languages (Standard Latvian is "lvs").
FLORES_CODES = {
    "bul": "bg", "ces": "cs", "dan": "da", "deu": "de", "ell": "el", "eng": "en",
    "est": "et", "fin": "fi", "fra": "fr", "gle": "ga", "hrv": "hr", "hun": "hu",
    "ita": "it", "lit": "lt", "lvs": "lv", "mlt": "mt", "nld": "nl", "pol": "pl",
    "por": "pt", "ron": "ro", "slk": "sk", "slv": "sl", "spa": "es", "swe": "sv",
}  # fmt: skip

HEADER = (
    f"{'lang':<5}{'lines':>6}{'1 sent':>8}{'2':>5}{'3+':>5}{'1 sent %':>10}"
    f"{'split ms':>10}{'lid acc':>9}{'acc >60':>9}{'lid ms':>8}"
)


def load(data: Path, langs: list[str]) -> dict[str, list[str]]:
    """The non-empty lines of each requested language's FLORES file."""
    files = {FLORES_CODES[path.name[:3]]: path for path in data.glob("*_*.txt")}
    return {
        lang: [line for line in files[lang].read_text("utf-8").splitlines() if line.strip()]
        for lang in langs
        if lang in files
    }


def row(lang: str, lines: list[str], identifier: LanguageIdentifier) -> str:
    """One table row for ``lang``."""
    start = time.perf_counter()
    counts = [len(split_sentences(line, lang)) for line in lines]
    split_ms = (time.perf_counter() - start) * 1000 / len(lines)
    start = time.perf_counter()
    found = [code for code, _ in identifier.detect_many(lines)]
    lid_ms = (time.perf_counter() - start) * 1000 / len(lines)
    right = [code == lang for code in found]
    long_right = [ok for ok, line in zip(right, lines, strict=True) if len(line) > 60]
    ones = counts.count(1)
    return (
        f"{lang:<5}{len(lines):>6}{ones:>8}{counts.count(2):>5}"
        f"{sum(c >= 3 for c in counts):>5}{100 * ones / len(lines):>9.1f}%"
        f"{split_ms:>10.3f}{100 * sum(right) / len(right):>8.1f}%"
        f"{100 * sum(long_right) / len(long_right):>8.1f}%{lid_ms:>8.2f}"
    )


def time_per_text(identifier: LanguageIdentifier, texts: list[str]) -> float:
    """Milliseconds per text, one call per text, after one warm-up call."""
    identifier.detect(texts[0])
    start = time.perf_counter()
    for text in texts:
        identifier.detect(text)
    return (time.perf_counter() - start) * 1000 / len(texts)


def windows(data: dict[str, list[str]], size: int = 300, per_lang: int = 20) -> list[str]:
    """``per_lang`` texts of ``size`` characters per language, cut from joined lines."""
    texts = []
    for lines in data.values():
        joined = " ".join(lines)
        texts += [joined[i : i + size] for i in range(0, size * per_lang, size)]
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FLORES-200 folder")
    parser.add_argument("--langs", default=",".join(EU_LANGUAGES), help="comma-separated")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"FLORES-200 data not found at {args.data}: pass --data", file=sys.stderr)
        return 2
    data = load(args.data, args.langs.split(","))
    identifier = LanguageIdentifier()
    start = time.perf_counter()
    identifier.detect_many([lines[0] for lines in data.values()])
    print(f"Lingua model loading (first call, {len(data)} languages): "
          f"{time.perf_counter() - start:.1f} s\n")  # fmt: skip
    print(HEADER)
    rows = [row(lang, lines, identifier) for lang, lines in data.items()]
    print("\n".join(rows))
    texts = windows(data)
    accurate = time_per_text(identifier, texts)
    low = time_per_text(LanguageIdentifier(low_accuracy=True), texts)
    print(f"\nper 300-character text, one call each: accurate mode {accurate:.2f} ms, "
          f"low-accuracy mode {low:.2f} ms ({len(texts)} texts)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
