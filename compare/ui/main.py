"""Dashboard entry point: ``app.py`` calls :func:`main` (run it with ``make app``).

The sidebar picks the document (the bundled corpus or uploaded files), the versions and
languages, the model and the data folder; the report comes from :mod:`compare.pipeline`
through the caches of :mod:`compare.ui.cache`; the pages (overview, side by side, review,
export, and the answer key for drafts) only draw it. Any failure is shown as a message
saying what is wrong and how to fix it, never as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import streamlit as st

from compare.errors import CompareError
from compare.report.base import validate_report
from compare.types import Report
from compare.ui import components, state
from compare.ui.cache import (
    check_model,
    code_version,
    folder_report,
    key_of,
    load_encoder,
    open_store,
    upload_report,
)
from compare.ui.decisions import DecisionStore, document_key
from compare.ui.pages import answer_key, export, overview, review, side_by_side, upload
from compare.ui.render import style_block
from compare.ui.sidebar import UPLOAD, Settings, settings
from compare.ui.sources import (
    PIVOT,
    folder_digests,
    hooked_report,
    report_hook,
    subset,
)
from compare.ui.tables import flag_entries

log = logging.getLogger(__name__)

#: Page name -> drawing function.
PAGE_FUNCTIONS: dict[str, Callable[[state.Workspace], None]] = {
    state.OVERVIEW: overview.render,
    state.SIDE_BY_SIDE: side_by_side.render,
    state.REVIEW: review.render,
    state.EXPORT: export.render,
    state.ANSWER_KEY: answer_key.render,
}
#: Column descriptions of the bundled corpus.
OFFICIAL = "official"
TRANSLATION = "project translation"
DRAFT = "DRAFT with injected errors"


def main() -> None:
    """Draw the dashboard."""
    st.set_page_config(
        page_title="eucompare",
        page_icon=":material/compare:",
        layout="wide",
        initial_sidebar_state="expanded",
    )
    try:
        _app()
    except CompareError as exc:
        st.error(str(exc), icon=":material/error:")
    except Exception as exc:  # noqa: BLE001 - the dashboard shows a message, never a traceback
        log.exception("dashboard failure")
        st.error(
            f"Unexpected error ({type(exc).__name__}: {exc}). Reload the page; if it happens "
            "again, report it with the server log, which holds the details.",
            icon=":material/error:",
        )


def _app() -> None:
    chosen, filters_box = settings()
    ws = _workspace(chosen)
    if ws is None:
        return
    st.html(style_block(e.flag.type for e in ws.entries))
    ws.filters = components.filters(ws, filters_box)
    _header(ws)
    components.decision_feedback()
    pages = state.PAGES + ((state.ANSWER_KEY,) if ws.drafts else ())
    if st.session_state.get(state.PAGE) not in pages:
        st.session_state[state.PAGE] = state.OVERVIEW
    page = st.segmented_control(
        "View", pages, key=state.PAGE, required=True, label_visibility="collapsed"
    )
    PAGE_FUNCTIONS[page or state.OVERVIEW](ws)


def _header(ws: state.Workspace) -> None:
    st.markdown(f"#### {components.escape_md(ws.title)}")
    sig = ws.report.signature
    st.caption(
        f"German compared with {len(ws.report.results)} versions · model {sig.model} · "
        f"eucompare {sig.version}" + (f" · {ws.report.created}" if ws.report.created else "")
    )
    if ws.drafts:
        st.warning(
            "You are looking at **drafts with known, injected errors**, made to test the "
            "checks; they are not the project's translations. The *Answer key* view lists "
            "the errors each draft contains.",
            icon=":material/science:",
        )


def _workspace(chosen: Settings) -> state.Workspace | None:
    """Load the report the sidebar asks for, with the decisions taken on it."""
    store = _store(chosen.data_folder)
    if chosen.source == UPLOAD:
        loaded = _uploaded(chosen)
    else:
        loaded = _bundled(chosen)
    if loaded is None:
        return None
    report, key, title, headers = loaded
    validate_report(report)
    document = document_key(report.pivot)
    decisions = store.decisions(document) if store else {}
    return state.Workspace(
        report=report,
        key=key,
        document=document,
        title=title,
        drafts=chosen.drafts,
        folder=chosen.folder,
        store=store,
        decisions=decisions,
        entries=flag_entries(report, decisions),
        headers=headers,
    )


Loaded = tuple[Report, str, str, dict[str, str]]


def _bundled(chosen: Settings) -> Loaded | None:
    folder = chosen.folder
    if folder is None:
        return None
    if not chosen.langs:
        st.info("Choose at least one language to compare with the German in the sidebar.")
        return None
    hook = report_hook()
    if hook is not None:
        report = subset(hooked_report(hook, chosen.drafts), chosen.langs)
        key = key_of("hook", chosen.drafts, chosen.langs)
    else:
        model = check_model(chosen.model)
        digests = folder_digests(folder, chosen.langs, chosen.drafts)
        report = folder_report(
            str(folder.folder),
            digests,
            chosen.langs,
            chosen.drafts,
            model,
            code_version(),
            lambda: load_encoder(model),
        )
        key = key_of("folder", digests, chosen.drafts, model, code_version())
    other = DRAFT if chosen.drafts else TRANSLATION
    headers = {lang: other for lang in report.langs()} | {PIVOT: OFFICIAL}
    title = str(folder.metadata.get("title") or folder.doc_id)
    return report, key, title, headers


def _uploaded(chosen: Settings) -> Loaded | None:
    plan = upload.render()
    if plan is None or plan.pivot is None:
        return None
    hook = report_hook()
    if hook is not None:
        report = subset(hooked_report(hook, False), [lang for lang, _ in plan.others])
    else:
        model = check_model(chosen.model)
        report = upload_report(plan.key(), model, code_version(), plan, lambda: load_encoder(model))
    headers = {lang: u.name for lang, u in plan.others} | {PIVOT: plan.pivot.name}
    n = len(plan.others)
    title = f"Uploaded: {plan.pivot.name} and {n} other version{'s' if n > 1 else ''}"
    return report, key_of("upload", plan.key(), chosen.model), title, headers


def _store(folder: str) -> DecisionStore | None:
    try:
        return open_store(folder)
    except CompareError as exc:
        st.sidebar.error(str(exc), icon=":material/database:")
        return None
