"""Export: the flags with their decisions as CSV, XLSX, JSON, JSONL, TMX and HTML."""

from __future__ import annotations

import streamlit as st

from compare.report import EXPORTERS
from compare.ui import state
from compare.ui.cache import EXPORTS, export_files

#: Button labels per export.
LABELS: dict[str, str] = {
    "csv": "Flags (CSV)",
    "xlsx": "Flags (Excel)",
    "json": "Report (JSON)",
    "jsonl": "Flags (JSON Lines)",
    "tmx": "Aligned units (TMX)",
    "html": "Report to read (HTML)",
}


def render(ws: state.Workspace) -> None:
    """Draw the export page."""
    decided = sum(e.status != "unreviewed" for e in ws.entries)
    st.markdown(
        f"Every file holds all **{len(ws.entries)}** flags of the comparison; the flag files "
        f"carry the **{decided}** decisions taken so far (columns *decision* and *comment*)."
    )
    decisions = tuple(sorted((k, d.decision, d.comment) for k, d in ws.decisions.items()))
    files = export_files(ws.key, decisions, ws.report)
    cols = st.columns(3)
    for k, name in enumerate(EXPORTS):
        filename, data = files[name]
        with cols[k % 3]:
            st.download_button(
                LABELS.get(name, name),
                data,
                file_name=f"{ws.report.doc_id}-{filename}",
                mime=EXPORTS[name],
                key=f"download_{name}",
                icon=":material/download:",
                width="stretch",
                on_click="ignore",
            )
            st.caption(EXPORTERS[name].description)
