"""Side by side: the German and up to three versions, aligned unit by unit, flags marked."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from compare.ui import components, state
from compare.ui.render import SideBySide, consensus_html
from compare.ui.rows import aligned_rows, bead_span, counterpart, window
from compare.ui.sources import language_name
from compare.ui.tables import FlagEntry

#: Units shown before and after the current one by default.
DEFAULT_CONTEXT = 1
#: Most units shown on each side of the current one.
MAX_CONTEXT = 5
#: Up to this many languages, the consensus table opens unfolded.
CONSENSUS_OPEN = 6


def render(ws: state.Workspace) -> None:
    """Draw the side-by-side page."""
    report = ws.report
    if not report.results:
        st.info("No language version to show: choose languages in the sidebar.")
        return
    labels = [u.label for u in report.pivot.units]
    _ensure_defaults(ws, labels)
    langs, context = _controls(ws, labels)
    position = labels.index(st.session_state[state.UNIT])
    current = _current(ws, position, langs)
    components.flag_navigation(ws, current.flag_id if current else None, "sbs")
    focus = bead_span(report, langs, position)
    first, last = window(focus, context, len(labels))
    table, side = st.columns([5, 2.2], gap="medium")
    with table:
        components.legend(sorted({e.flag.type for e in ws.entries}))
        view = SideBySide(
            report,
            aligned_rows(report, langs, first, last),
            langs,
            ws.shown,
            current.flag_id if current else None,
            focus,
            ws.headers,
            ws.drafts,
        )
        st.html(view.html())
    with side:
        _explanation(ws, current, position)


def _ensure_defaults(ws: state.Workspace, labels: Sequence[str]) -> None:
    """A valid unit and language choice before the widgets are drawn."""
    shown = ws.shown
    if st.session_state.get(state.UNIT) not in labels:
        st.session_state[state.UNIT] = shown[0].unit if shown else labels[0]
    available = set(ws.report.langs())
    langs = [lang for lang in st.session_state.get(state.LANGS) or [] if lang in available]
    if not langs:
        flagged = [e.lang for e in shown if e.unit == st.session_state[state.UNIT]]
        langs = list(dict.fromkeys(flagged + list(ws.report.langs())))[:1]
    st.session_state[state.LANGS] = langs[: state.MAX_SIDE_BY_SIDE]


def _controls(ws: state.Workspace, labels: Sequence[str]) -> tuple[list[str], int]:
    counts: dict[str, int] = {}
    for entry in ws.shown:
        counts[entry.unit] = counts.get(entry.unit, 0) + 1
    unit_col, lang_col, context_col = st.columns([2, 4, 1.2])
    unit_col.selectbox(
        "German unit",
        labels,
        key=state.UNIT,
        persist_state="session",
        format_func=lambda label: f"{label} · {_flags(counts.get(label, 0))}",
    )
    langs = lang_col.multiselect(
        f"Beside the German (up to {state.MAX_SIDE_BY_SIDE})",
        list(ws.report.langs()),
        key=state.LANGS,
        max_selections=state.MAX_SIDE_BY_SIDE,
        format_func=language_name,
        persist_state="session",
    )
    context = context_col.number_input(
        "Units around",
        min_value=0,
        max_value=MAX_CONTEXT,
        value=DEFAULT_CONTEXT,
        step=1,
        key="sbs_context",
        persist_state="session",
    )
    return list(langs), int(context)


def _flags(count: int) -> str:
    return "no flags" if not count else f"{count} flag" + ("s" if count > 1 else "")


def _current(ws: state.Workspace, position: int, langs: Sequence[str]) -> FlagEntry | None:
    """The selected flag if it is on this unit, else the first shown flag of the unit."""
    chosen = ws.entry(st.session_state.get(state.FLAG))
    if chosen is not None and chosen.position == position:
        return chosen
    here = [e for e in ws.shown if e.position == position]
    beside = [e for e in here if e.lang in langs]
    return (beside or here or [None])[0]


def _explanation(ws: state.Workspace, entry: FlagEntry | None, position: int) -> None:
    unit = ws.report.pivot.units[position].label
    if entry is None:
        st.info(f"No flag on German {unit} with the current filters.")
    else:
        components.review_card(ws, entry, "sbs", _confidence(ws, entry))
    _consensus(ws, entry, position)


def _confidence(ws: state.Workspace, entry: FlagEntry) -> str:
    cell = counterpart(ws.report, entry.lang, entry.position)
    if cell.score is None:
        return ""
    return f"Alignment of this unit in {entry.lang}: {cell.role}, confidence {cell.score:.2f}"


def _consensus(ws: state.Workspace, entry: FlagEntry | None, position: int) -> None:
    report = ws.report
    unit = report.pivot.units[position].label
    cells = {lang: counterpart(report, lang, position) for lang in report.langs()}
    label = f"What every version says for German {unit}"
    with st.expander(label, expanded=len(cells) <= CONSENSUS_OPEN):
        st.html(
            consensus_html(
                report,
                cells,
                [e for e in ws.entries if e.position == position],
                entry.lang if entry else None,
                entry.flag_id if entry else None,
            )
        )
