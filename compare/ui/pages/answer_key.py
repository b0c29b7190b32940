"""Answer key: for the drafts with injected errors, which known errors the flags found."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd
import streamlit as st

from compare.errors import InputError
from compare.pipeline import DocumentFolder
from compare.ui import state
from compare.ui.tables import FlagEntry


def key_path(folder: DocumentFolder, lang: str) -> Path:
    """The answer key of a draft: as named in metadata.json, else ``drafts/<lang>.key.json``."""
    drafts = folder.metadata.get("drafts")
    entry = drafts.get(lang) if isinstance(drafts, Mapping) else None
    named = entry.get("key") if isinstance(entry, Mapping) else None
    return folder.folder / (str(named) if named else f"drafts/{lang}.key.json")


def load_key(path: Path) -> list[dict[str, object]]:
    """The known divergences of one draft.

    Raises:
        InputError: the file is missing or not an answer key.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"answer key {path.name} cannot be read ({exc}): check the file") from None
    items = data.get("divergences") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(f"answer key {path.name} has no 'divergences' list")
    return [item for item in items if isinstance(item, dict)]


def key_rows(
    lang: str, items: Sequence[Mapping[str, object]], entries: Sequence[FlagEntry]
) -> list[dict[str, object]]:
    """One row per known divergence, with the flags found on its units."""
    rows = []
    for item in items:
        found = _found(lang, item, entries)
        rows.append(
            {
                "lang": lang,
                "known error": str(item.get("type", "")),
                "German unit": str(item.get("pivot_unit") or ""),
                "draft unit": str(item.get("other_unit") or ""),
                "what was changed": str(item.get("note", "")),
                "flagged": bool(found),
                "flags there": ", ".join(sorted({e.flag.type for e in found})),
            }
        )
    return rows


def _found(lang: str, item: Mapping[str, object], entries: Sequence[FlagEntry]) -> list[FlagEntry]:
    pivot, other = item.get("pivot_unit"), item.get("other_unit")
    return [
        e
        for e in entries
        if e.lang == lang
        and ((pivot and e.flag.pivot_unit == pivot) or (other and e.flag.other_unit == other))
    ]


def render(ws: state.Workspace) -> None:
    """Draw the answer key page."""
    if ws.folder is None or not ws.drafts:
        st.info("Answer keys exist for the drafts of the bundled document only.")
        return
    st.markdown(
        "These drafts were written with **known, injected errors**. Each row is one of them; "
        "*flagged* says whether any flag points at its units (whatever its type)."
    )
    rows = []
    for lang in ws.report.langs():
        path = key_path(ws.folder, lang)
        if path.is_file():
            rows += key_rows(lang, load_key(path), ws.entries)
    if not rows:
        st.info("No answer key for the languages compared.")
        return
    frame = pd.DataFrame(rows)
    found = frame.groupby("lang")["flagged"].agg(["sum", "count"])
    cols = st.columns(len(found))
    for col, (lang, row) in zip(cols, found.iterrows()):
        col.metric(f"{lang} draft: errors flagged", f"{int(row['sum'])} of {int(row['count'])}")
    st.dataframe(frame, key="answer_key_table", hide_index=True, width="stretch")
