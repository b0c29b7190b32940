"""Word alignment quality on the SimAlign German-English sample: AER, precision, recall.

Usage: ``python -m benchmarks.word_alignment [--data DIR] [--layers 6,8,10,12] [--distortion 0.3]``

The sample (five Europarl sentence pairs, tokenised, with sure ``i-j`` and possible ``ipj``
gold links, ``i`` the English and ``j`` the German token) is not part of the project: it is
read from ``../shared/data/simalign-sample-deen``. Words are the gold tokens (punctuation
included), so that the links are comparable with the gold. For each method, aggregation and
hidden layer the table gives precision = |A & P| / |A|, recall = |A & S| / |S| and
AER = 1 - (|A & S| + |A & P|) / (|A| + |S|) (Och and Ney, 2003), summed over the sample.
Five sentence pairs are a smoke test, not a benchmark: differences of a few points are noise.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from compare.align.words import AGGREGATIONS, METHODS, align_words
from compare.encode import get_encoder

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "simalign-sample-deen"
)

Link = tuple[int, int]


@dataclass(frozen=True)
class Sample:
    """One sentence pair: German and English tokens, sure and possible links (de, en)."""

    de: str
    en: str
    sure: frozenset[Link]
    possible: frozenset[Link]


def read_lines(path: Path) -> dict[str, str]:
    """``id<TAB>text`` lines as a dict."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            key, _, text = line.partition("\t")
            out[key] = text
    return out


def load(data: Path) -> list[Sample]:
    """The sample pairs with their gold links turned to (German index, English index)."""
    de = read_lines(data / "sample_deu.txt")
    en = read_lines(data / "sample_eng.txt")
    gold = read_lines(data / "sample_eng_deu.gold")
    samples = []
    for key, links in gold.items():
        sure, possible = set(), set()
        for link in links.split():
            sep = "p" if "p" in link else "-"
            i_en, j_de = (int(x) for x in link.split(sep))
            possible.add((j_de, i_en))
            if sep == "-":
                sure.add((j_de, i_en))
        samples.append(Sample(de[key], en[key], frozenset(sure), frozenset(possible)))
    return samples


def token_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the whitespace-separated tokens (the gold's word units)."""
    spans, pos = [], 0
    for token in text.split(" "):
        if token:
            spans.append((pos, pos + len(token)))
        pos += len(token) + 1
    return tuple(spans)


def scores(predicted: list[set[Link]], samples: list[Sample]) -> tuple[float, float, float]:
    """Precision, recall and AER summed over the sample."""
    a = s = a_s = a_p = 0
    for links, sample in zip(predicted, samples, strict=True):
        a += len(links)
        s += len(sample.sure)
        a_s += len(links & sample.sure)
        a_p += len(links & sample.possible)
    precision = a_p / a if a else 0.0
    recall = a_s / s if s else 0.0
    aer = 1.0 - (a_s + a_p) / (a + s) if a + s else 1.0
    return precision, recall, aer


def evaluate(
    samples: list[Sample],
    encoder,  # noqa: ANN001
    layers: list[int],
    distortion: float = 0.0,
) -> list[str]:
    """One table row per method, aggregation and layer (links ranked with ``distortion``)."""
    rows = []
    for layer in layers:
        for aggregation in AGGREGATIONS:
            for method in METHODS:
                predicted = [
                    set(
                        align_words(
                            s.de, s.en, encoder, method, layer, src_lang="de", tgt_lang="en",
                            aggregation=aggregation, src_words=token_spans(s.de),
                            tgt_words=token_spans(s.en), distortion=distortion,
                        ).links
                    )
                    for s in samples
                ]  # fmt: skip
                p, r, aer = scores(predicted, samples)
                cells = (method, aggregation, str(layer), f"{p:.3f}", f"{r:.3f}", f"{aer:.3f}")
                rows.append("| " + " | ".join(cells) + " |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="simalign sample folder")
    parser.add_argument("--layers", default="6,8,10,12", help="comma-separated hidden layers")
    parser.add_argument(
        "--distortion", type=float, default=0.0,
        help="position prior of align_words (default 0, plain SimAlign; the omission check "
        "uses compare.align.words.DISTORTION)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"SimAlign sample not found at {args.data}: pass --data", file=sys.stderr)
        return 2
    samples = load(args.data)
    encoder = get_encoder()
    start = time.perf_counter()
    print(f"{len(samples)} de-en sentence pairs, {sum(len(s.sure) for s in samples)} sure and "
          f"{sum(len(s.possible) for s in samples)} possible links\n")  # fmt: skip
    print("| method | aggregation | layer | precision | recall | AER |\n|---|---|---|---|---|---|")
    layers = [int(x) for x in args.layers.split(",")]
    print("\n".join(evaluate(samples, encoder, layers, args.distortion)))
    print(f"\n{time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
