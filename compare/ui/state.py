"""Session state of the dashboard: the loaded workspace, widget keys and navigation.

Navigation happens in widget callbacks (``on_click`` / ``on_select``), which run before the
next script run, so they may set the keys of widgets drawn further up the page.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ParamSpec

import streamlit as st

from compare.pipeline import DocumentFolder
from compare.types import Report
from compare.ui.decisions import Decision, DecisionStore
from compare.ui.tables import Filters, FlagEntry

#: Pages, in menu order; the answer key page appears for drafts only.
OVERVIEW = "Overview"
SIDE_BY_SIDE = "Side by side"
REVIEW = "Review"
EXPORT = "Export"
ANSWER_KEY = "Answer key"
PAGES: tuple[str, ...] = (OVERVIEW, SIDE_BY_SIDE, REVIEW, EXPORT)

#: Widget keys shared between pages.
PAGE = "page"
UNIT = "sbs_unit"
LANGS = "sbs_langs"
FLAG = "current_flag"
FILTER_TYPES = "filter_types"
FILTER_SEVERITIES = "filter_severities"
FILTER_LANGS = "filter_langs"
FILTER_STATUSES = "filter_statuses"
#: Session key of the message of a failed callback, shown once by the next run.
CALLBACK_ERROR = "callback_error"
#: Languages shown side by side at most (German plus three fit a laptop screen).
MAX_SIDE_BY_SIDE = 3


log = logging.getLogger(__name__)
P = ParamSpec("P")


def safe_callback(function: Callable[P, None]) -> Callable[P, None]:
    """Wrap a widget callback so that a failure becomes a message, never a traceback.

    Callbacks run before the script, outside :func:`compare.ui.main.main`'s error handling.
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            function(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - shown as a message by the next run
            log.exception("callback %s failed", function.__name__)
            st.session_state[CALLBACK_ERROR] = (
                f"That action failed ({type(exc).__name__}: {exc}). Try again; if it fails "
                "again, report it with the server log."
            )

    return wrapper


@dataclass
class Workspace:
    """The report being reviewed and everything the pages derive from it.

    Attributes:
        report: the comparison.
        key: identifies ``report`` (its inputs), for caches.
        document: the key decisions are filed under (:func:`compare.ui.decisions.document_key`).
        title: what is compared, for headings.
        drafts: whether the versions are the drafts with known errors.
        folder: the corpus folder, when the report comes from one.
        store: the decision store, ``None`` when the data folder is unusable.
        decisions: the current decisions, by flag id.
        entries: every flag with its review status.
        filters: the reviewer's filters.
        headers: a short description of each language column.
    """

    report: Report
    key: str
    document: str
    title: str
    drafts: bool = False
    folder: DocumentFolder | None = None
    store: DecisionStore | None = None
    decisions: dict[str, Decision] = field(default_factory=dict)
    entries: list[FlagEntry] = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def shown(self) -> list[FlagEntry]:
        """The entries passing the filters."""
        return self.filters.apply(self.entries)

    def entry(self, flag_id: str | None) -> FlagEntry | None:
        """The entry of ``flag_id`` (shown or not)."""
        for entry in self.entries:
            if entry.flag_id == flag_id:
                return entry
        return None


@safe_callback
def open_unit(unit: str, langs: Sequence[str] = (), flag_id: str | None = None) -> None:
    """Callback: show ``unit`` side by side with ``langs`` (kept if empty), select a flag."""
    st.session_state[PAGE] = SIDE_BY_SIDE
    st.session_state[UNIT] = unit
    if langs:
        kept = [lang for lang in st.session_state.get(LANGS, []) if lang not in langs]
        st.session_state[LANGS] = [*langs, *kept][:MAX_SIDE_BY_SIDE]
    st.session_state[FLAG] = flag_id


@safe_callback
def open_entry(entry: FlagEntry) -> None:
    """Callback: show a flag side by side."""
    open_unit(entry.unit, [entry.lang], entry.flag_id)


@safe_callback
def select_flag(entry: FlagEntry | None) -> None:
    """Callback: make ``entry`` the current flag without leaving the page."""
    if entry is None:
        return
    st.session_state[FLAG] = entry.flag_id
    st.session_state[UNIT] = entry.unit
    langs = list(st.session_state.get(LANGS, []))
    if entry.lang not in langs:
        st.session_state[LANGS] = [entry.lang, *langs][:MAX_SIDE_BY_SIDE]
