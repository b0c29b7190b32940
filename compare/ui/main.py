"""Dashboard entry point.

Until the full review dashboard lands this page encodes the bundled German document and one
other language version with the embedded model and compares them paragraph by paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import streamlit as st

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ep-ta-9-2022-0012"


@st.cache_resource(show_spinner="Loading the embedded multilingual model...")
def load_encoder():  # noqa: ANN201
    from compare.encode import get_encoder

    return get_encoder()


@st.cache_data(show_spinner=False)
def blocks(path: str) -> list[str]:
    """Blank-line separated blocks of a file, wrapped lines rejoined."""
    text = Path(path).read_text(encoding="utf-8")
    return [re.sub(r"\s+", " ", b).strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def main() -> None:
    st.set_page_config(page_title="eucompare", layout="wide")
    st.title("eucompare: compare EU language versions")
    files = sorted(p for p in CORPUS.glob("*.txt") if p.stem != "de")
    if not files:
        st.info("Only the German text is in the corpus yet.")
        return
    choice = st.selectbox("Compare German with", [p.stem for p in files], key="lang")
    left, right = st.columns(2)
    a = left.text_area("German paragraph", blocks(str(CORPUS / "de.txt"))[3], key="pivot")
    b = right.text_area(
        f"{choice} paragraph", blocks(str(CORPUS / f"{choice}.txt"))[3], key="other"
    )
    if st.button("Compare", key="compare"):
        vecs = load_encoder().embed([a, b])
        st.metric("Cosine similarity", f"{float(vecs[0] @ vecs[1]):.3f}")
