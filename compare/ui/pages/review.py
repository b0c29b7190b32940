"""Review: go through the flags one by one, accept or dismiss each, see what was decided."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pandas as pd
import streamlit as st

from compare.ui import components, state
from compare.ui.tables import UNREVIEWED, FlagEntry, flags_frame

#: Tallest flag table, in pixels; shorter lists get a table their own height.
TABLE_PX = 460
#: Height of a table row in Streamlit's data grid, in pixels.
ROW_PX = 35
#: Latest changes listed in the history box.
HISTORY_ROWS = 50


def render(ws: state.Workspace) -> None:
    """Draw the review page."""
    total = len(ws.entries)
    if not total:
        st.success("No flags: nothing to review.")
        return
    decided = sum(e.status != UNREVIEWED for e in ws.entries)
    st.progress(decided / total, text=f"{decided} of {total} flags reviewed")
    shown = ws.shown
    current = _current(ws, shown)
    components.flag_navigation(ws, current.flag_id if current else None, "rev")
    listing, card = st.columns([3, 2], gap="medium")
    with listing:
        _table(shown)
    with card:
        if current is None:
            st.info("No flag with the current filters.")
        else:
            components.review_card(ws, current, "rev")
            st.button(
                "Open side by side",
                key="rev_open",
                icon=":material/view_column:",
                on_click=state.open_entry,
                args=(current,),
            )
    _history(ws)


def _current(ws: state.Workspace, shown: Sequence[FlagEntry]) -> FlagEntry | None:
    chosen = ws.entry(st.session_state.get(state.FLAG))
    if chosen is not None and chosen in shown:
        return chosen
    waiting = [e for e in shown if e.status == UNREVIEWED]
    return (waiting or list(shown) or [None])[0]


def _table(shown: Sequence[FlagEntry]) -> None:
    if not shown:
        st.info("No flags with the current filters: change them in the sidebar.")
        return
    st.dataframe(
        flags_frame(shown).drop(columns=["flag_id"]),
        key="review_table",
        hide_index=True,
        width="stretch",
        height=min(TABLE_PX, ROW_PX * (len(shown) + 1) + 3),
        on_select=partial(_select_row, list(shown)),
        selection_mode="single-row",
        column_order=("status", "severity", "type", "lang", "German unit", "message", "comment"),
        column_config=components.flag_columns(),
    )


@state.safe_callback
def _select_row(shown: list[FlagEntry]) -> None:
    chosen = st.session_state.get("review_table")
    rows = (chosen or {}).get("selection", {}).get("rows", [])
    if rows and rows[0] < len(shown):
        state.select_flag(shown[rows[0]])


def _history(ws: state.Workspace) -> None:
    if ws.store is None:
        return
    with st.expander("History of decisions on this document"):
        changes = ws.store.history(ws.document)[-HISTORY_ROWS:]
        if not changes:
            st.caption("No decision yet.")
            return
        messages = {e.flag_id: f"{e.lang} {e.flag.type}: {e.flag.message}" for e in ws.entries}
        frame = pd.DataFrame(
            [
                {
                    "when (UTC)": c.decided_at,
                    "decision": c.decision or "undone",
                    "flag": messages.get(c.flag_id, c.flag_id),
                    "comment": c.comment,
                }
                for c in reversed(changes)
            ]
        )
        st.dataframe(frame, key="history_table", hide_index=True, width="stretch")
