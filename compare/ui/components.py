"""Widgets shared by several pages: filters, the review card, flag navigation."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from compare.errors import CompareError
from compare.types import Divergence
from compare.ui import state
from compare.ui.decisions import ACCEPTED, DISMISSED, DecisionStore
from compare.ui.render import legend_html
from compare.ui.sources import language_name
from compare.ui.tables import DEFAULT_STATUSES, STATUSES, UNREVIEWED, Filters, FlagEntry, neighbour

log = logging.getLogger(__name__)

#: Keyboard shortcuts (Streamlit reserves C and R).
KEY_PREVIOUS = "P"
KEY_NEXT = "N"
KEY_ACCEPT = "A"
KEY_DISMISS = "D"
KEY_UNDO = "U"
#: Badge text per status.
STATUS_BADGES: dict[str, str] = {
    UNREVIEWED: ":gray-badge[unreviewed]",
    ACCEPTED: ":red-badge[accepted: real problem]",
    DISMISSED: ":green-badge[dismissed: false alarm]",
}
#: Badge per severity.
SEVERITY_BADGES: dict[str, str] = {
    "error": ":red-badge[error]",
    "warning": ":orange-badge[warning]",
    "info": ":blue-badge[info]",
}


def filters(ws: state.Workspace, box: DeltaGenerator) -> Filters:
    """The filter widgets, drawn in ``box``; returns what they select."""
    flags = [e.flag for e in ws.entries]
    types = sorted({f.type for f in flags})
    severities = [s for s in Divergence.SEVERITIES if any(f.severity == s for f in flags)]
    with box.expander("Filters", expanded=True, icon=":material/filter_list:"):
        chosen_types = st.multiselect(
            "Flag types", types, key=state.FILTER_TYPES, placeholder="all types"
        )
        chosen_sev = st.multiselect(
            "Severities", severities, key=state.FILTER_SEVERITIES, placeholder="all severities"
        )
        chosen_langs = st.multiselect(
            "Languages",
            list(ws.report.langs()),
            key=state.FILTER_LANGS,
            format_func=language_name,
            placeholder="all languages",
        )
        chosen_status = st.multiselect(
            "Review status",
            list(STATUSES),
            default=list(DEFAULT_STATUSES),
            key=state.FILTER_STATUSES,
            placeholder="all statuses",
            help="Dismissed flags leave the counts; add 'dismissed' to see them again.",
        )
    return Filters(
        tuple(chosen_types), tuple(chosen_sev), tuple(chosen_langs), tuple(chosen_status)
    )


def flag_columns() -> dict[str, object]:
    """Column settings of the flag tables: narrow codes, a wide message."""
    narrow = ("lang", "unit")
    config: dict[str, object] = {n: st.column_config.TextColumn(n, width="small") for n in narrow}
    config["message"] = st.column_config.TextColumn("message", width="large")
    config["comment"] = st.column_config.TextColumn("comment", width="medium")
    config["score"] = st.column_config.NumberColumn("score", format="%.2f", width="small")
    return config


def legend(types: Sequence[str]) -> None:
    """The colour of each flag type."""
    if types:
        st.html(legend_html(types))


def flag_navigation(ws: state.Workspace, current: str | None, prefix: str) -> None:
    """Previous / next flag buttons over the filtered flags, with keyboard shortcuts."""
    shown = ws.shown
    ids = [e.flag_id for e in shown]
    where = (
        f"flag {ids.index(current) + 1} of {len(ids)}" if current in ids else f"{len(ids)} flags"
    )
    left, middle, right = st.columns([1, 1, 2], vertical_alignment="center")
    left.button(
        "Previous flag",
        key=f"{prefix}_prev",
        icon=":material/arrow_back:",
        shortcut=KEY_PREVIOUS,
        disabled=not shown,
        width="stretch",
        on_click=state.select_flag,
        args=(neighbour(shown, current, -1),),
    )
    middle.button(
        "Next flag",
        key=f"{prefix}_next",
        icon=":material/arrow_forward:",
        shortcut=KEY_NEXT,
        disabled=not shown,
        width="stretch",
        on_click=state.select_flag,
        args=(neighbour(shown, current, 1),),
    )
    right.caption(f"{where} with the current filters · keys: {KEY_PREVIOUS} / {KEY_NEXT}")


def review_card(ws: state.Workspace, entry: FlagEntry, prefix: str, confidence: str = "") -> None:
    """A flag explained, with accept / dismiss / undo and a comment box."""
    flag = entry.flag
    st.markdown(
        f"{SEVERITY_BADGES.get(flag.severity, flag.severity)} **{escape_md(flag.type)}** · "
        f"{language_name(flag.lang)}  \n{_where(flag)}"
    )
    st.markdown(f"**{escape_md(flag.message)}**")
    _texts(flag)
    if confidence:
        st.caption(confidence)
    evidence = dict(flag.evidence)
    if evidence:
        with st.expander("Evidence", expanded=False):
            st.table({"what": list(evidence), "value": list(evidence.values())})
    _decision_widgets(ws, entry, prefix)


def _where(flag: Divergence) -> str:
    """Which units the flag is on, in words."""
    if flag.pivot_unit and flag.other_unit:
        return f"German {flag.pivot_unit} → {flag.lang} {flag.other_unit}"
    if flag.pivot_unit:
        return f"German {flag.pivot_unit} (no {flag.lang} counterpart)"
    return f"{flag.lang} {flag.other_unit or '?'} (not in the German)"


def _texts(flag: Divergence) -> None:
    rows = []
    if flag.pivot_text:
        rows.append(f"German: «{escape_md(_short(flag.pivot_text))}»")
    if flag.other_text:
        rows.append(f"{flag.lang}: «{escape_md(_short(flag.other_text))}»")
    if rows:
        st.markdown("  \n".join(rows))


def _short(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def escape_md(text: str) -> str:
    """Text shown literally in Markdown (no emphasis, links or HTML)."""
    out = text.replace("\\", "\\\\")
    for ch in "*_`[]<>#|~$":
        out = out.replace(ch, "\\" + ch)
    return out


def _decision_widgets(ws: state.Workspace, entry: FlagEntry, prefix: str) -> None:
    st.markdown(f"Status: {STATUS_BADGES.get(entry.status, entry.status)}")
    if ws.store is None:
        st.warning("Decisions cannot be saved: choose a data folder you can write to.")
        return
    comment_key = f"{prefix}_comment_{entry.flag_id}"
    st.text_area(
        "Comment (optional)",
        value=entry.comment,
        key=comment_key,
        height=68,
        placeholder="why it is a real problem, or why not",
    )
    following = neighbour(ws.shown, entry.flag_id, 1)
    args = (ws.store, ws.document, entry, comment_key, following)
    a, d = st.columns(2)
    a.button(
        "Accept",
        key=f"{prefix}_accept",
        icon=":material/check:",
        type="primary",
        shortcut=KEY_ACCEPT,
        help="A real problem in the translation",
        on_click=_decide,
        args=(*args, ACCEPTED),
        width="stretch",
    )
    d.button(
        "Dismiss",
        key=f"{prefix}_dismiss",
        icon=":material/close:",
        shortcut=KEY_DISMISS,
        help="A false alarm",
        on_click=_decide,
        args=(*args, DISMISSED),
        width="stretch",
    )
    if entry.status != UNREVIEWED:
        st.button(
            "Undo the decision",
            key=f"{prefix}_undo",
            icon=":material/undo:",
            shortcut=KEY_UNDO,
            type="tertiary",
            on_click=_undo,
            args=(ws.store, ws.document, entry),
        )


@state.safe_callback
def _decide(
    store: DecisionStore,
    document: str,
    entry: FlagEntry,
    comment_key: str,
    following: FlagEntry | None,
    decision: str,
) -> None:
    comment = str(st.session_state.get(comment_key, "") or "")
    try:
        store.decide(document, entry.flag_id, decision, comment)
    except CompareError as exc:
        st.session_state["decision_error"] = str(exc)
        return
    st.session_state["decision_done"] = f"{decision.capitalize()}: {entry.flag.message}"
    if following is not None and following.flag_id != entry.flag_id:
        state.select_flag(following)


@state.safe_callback
def _undo(store: DecisionStore, document: str, entry: FlagEntry) -> None:
    try:
        store.undo(document, entry.flag_id)
    except CompareError as exc:
        st.session_state["decision_error"] = str(exc)
        return
    st.session_state["decision_done"] = f"Undone: {entry.flag.message}"


def decision_feedback() -> None:
    """Show (once) the outcome of the last decision callback."""
    for key in ("decision_error", state.CALLBACK_ERROR):
        error = st.session_state.pop(key, None)
        if error:
            st.error(error, icon=":material/error:")
    done = st.session_state.pop("decision_done", None)
    if done:
        st.toast(escape_md(done), icon=":material/task_alt:")
