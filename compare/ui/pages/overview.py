"""Overview: a units x languages heatmap, counts, and the list of flags."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import altair as alt
import pandas as pd
import streamlit as st

from compare.ui import components, state
from compare.ui.render import STATE_COLOURS
from compare.ui.sources import language_name
from compare.ui.tables import (
    UNREVIEWED,
    FlagEntry,
    counts_frame,
    flags_frame,
    grid_frame,
)

#: Height of one language row of the heatmap, in pixels (readable labels at 11 px).
ROW_PX = 22
#: Tallest flag table, in pixels; shorter lists get a table their own height.
TABLE_PX = 420
#: Height of a table row in Streamlit's data grid, in pixels.
TABLE_ROW_PX = 35
#: Name of the heatmap's click selection.
CELL = "cell"


def render(ws: state.Workspace) -> None:
    """Draw the overview page."""
    shown = ws.shown
    _metrics(ws, shown)
    langs = _grid_langs(ws)
    st.subheader("Flags by unit and language")
    st.caption(
        "Each cell is one unit of the German text (columns) in one language (rows), coloured by "
        "its most serious unreviewed flag. Click a cell to open that unit side by side."
    )
    if not shown:
        st.success("No flags with the current filters.", icon=":material/check_circle:")
    frame = grid_frame(ws.report, shown, langs)
    st.altair_chart(
        heatmap(frame, langs, [u.label for u in ws.report.pivot.units]),
        key="heatmap",
        on_select=_open_cell,
        selection_mode=CELL,
        width="stretch",
    )
    _open_controls(ws, shown, langs)
    table, counts = st.columns([2.6, 1.4])
    with counts:
        st.subheader("Counts")
        _counts(shown)
    with table:
        st.subheader("Flags")
        _flag_table(shown)


def _metrics(ws: state.Workspace, shown: Sequence[FlagEntry]) -> None:
    statuses = [e.status for e in ws.entries]
    cols = st.columns(5)
    cols[0].metric("Languages compared", len(ws.report.results))
    cols[1].metric("German units", len(ws.report.pivot.units))
    cols[2].metric("Flags shown", len(shown), help="with the current filters")
    cols[3].metric("Unreviewed", statuses.count(UNREVIEWED))
    cols[4].metric(
        "Accepted / dismissed", f"{statuses.count('accepted')} / {statuses.count('dismissed')}"
    )


def _grid_langs(ws: state.Workspace) -> list[str]:
    chosen = set(ws.filters.langs)
    return [lang for lang in ws.report.langs() if not chosen or lang in chosen]


def heatmap(frame: pd.DataFrame, langs: Sequence[str], units: Sequence[str]) -> alt.Chart:
    """The units x languages grid coloured by cell state, clickable."""
    select = alt.selection_point(name=CELL, fields=["unit", "lang"], on="click")
    states = list(STATE_COLOURS)
    return (
        alt.Chart(frame)
        .mark_rect(stroke="#ffffff", strokeWidth=1)
        .encode(
            x=alt.X(
                "unit:N",
                sort=list(units),
                title=None,
                axis=alt.Axis(labelAngle=-90, labelFontSize=10, labelOverlap=False),
            ),
            y=alt.Y(
                "lang:N",
                sort=list(langs),
                title=None,
                axis=alt.Axis(labelFontSize=11, labelOverlap=False),
            ),
            color=alt.Color(
                "state:N",
                title=None,
                scale=alt.Scale(domain=states, range=[STATE_COLOURS[s] for s in states]),
                legend=alt.Legend(orient="top", direction="horizontal"),
            ),
            tooltip=[
                alt.Tooltip("unit:N", title="German unit"),
                alt.Tooltip("lang:N", title="language"),
                alt.Tooltip("open:Q", title="unreviewed"),
                alt.Tooltip("flags:Q", title="flags"),
                alt.Tooltip("tip:N", title="what"),
            ],
        )
        .add_params(select)
        .properties(
            height=max(len(langs), 1) * ROW_PX,
            autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
        )
    )


@state.safe_callback
def _open_cell() -> None:
    """Heatmap click: open the clicked unit side by side."""
    chosen = st.session_state.get("heatmap")
    points = (chosen or {}).get("selection", {}).get(CELL, [])
    if points:
        point = points[0]
        state.open_unit(str(point["unit"]), [str(point["lang"])])


def _open_controls(ws: state.Workspace, shown: Sequence[FlagEntry], langs: Sequence[str]) -> None:
    """Selectboxes to open a unit without the mouse."""
    flagged = {e.unit for e in shown}
    labels = [u.label for u in ws.report.pivot.units]
    counts = {label: sum(e.unit == label for e in shown) for label in flagged}
    unit_col, lang_col, button_col = st.columns([2, 2, 1], vertical_alignment="bottom")
    unit = unit_col.selectbox(
        "Unit",
        labels,
        key="ov_unit",
        format_func=lambda label: f"{label} ({counts[label]})" if label in counts else label,
    )
    lang = lang_col.selectbox(
        "Language",
        list(langs) or list(ws.report.langs()),
        key="ov_lang",
        format_func=language_name,
    )
    button_col.button(
        "Open side by side",
        key="ov_open",
        icon=":material/open_in_new:",
        width="stretch",
        on_click=_open_chosen,
        disabled=not (unit and lang),
    )


@state.safe_callback
def _open_chosen() -> None:
    """Button: open the unit and language chosen in the selectboxes."""
    state.open_unit(str(st.session_state["ov_unit"]), [str(st.session_state["ov_lang"])])


def _counts(shown: Sequence[FlagEntry]) -> None:
    if not shown:
        st.info("No flags with the current filters.")
        return
    st.dataframe(counts_frame(shown), key="counts_table", width="stretch")


def _flag_table(shown: Sequence[FlagEntry]) -> None:
    if not shown:
        st.success("Nothing to review with the current filters.")
        return
    frame = flags_frame(shown).drop(columns=["flag_id"])
    st.dataframe(
        frame,
        key="flag_table",
        hide_index=True,
        width="stretch",
        height=min(TABLE_PX, TABLE_ROW_PX * (len(shown) + 1) + 3),
        on_select=partial(_open_row, list(shown)),
        selection_mode="single-row",
        column_config=components.flag_columns(),
    )
    st.caption("Select a row to open the flag side by side.")


@state.safe_callback
def _open_row(shown: list[FlagEntry]) -> None:
    chosen = st.session_state.get("flag_table")
    rows = (chosen or {}).get("selection", {}).get("rows", [])
    if rows and rows[0] < len(shown):
        state.open_entry(shown[rows[0]])
