"""Upload: the reviewer's own files, one German and any other language versions."""

from __future__ import annotations

import streamlit as st

from compare.types import EU_LANGUAGES
from compare.ui import state
from compare.ui.cache import cached_upload
from compare.ui.components import escape_md
from compare.ui.sources import (
    PIVOT,
    UPLOAD_TYPES,
    Upload,
    UploadPlan,
    language_name,
    plan_uploads,
)

#: Session key of the plan the reviewer asked to compare (its :meth:`UploadPlan.key`).
REQUESTED = "upload_requested"


def render() -> UploadPlan | None:
    """Draw the upload panel; returns the plan to compare once the reviewer asked for it."""
    requested = st.session_state.get(REQUESTED)
    with st.expander("Your files", expanded=requested is None, icon=":material/upload_file:"):
        files = st.file_uploader(
            "The German version and one or more other language versions "
            f"({', '.join(UPLOAD_TYPES)})",
            type=list(UPLOAD_TYPES),
            accept_multiple_files=True,
            key="uploads",
        )
        if not files:
            st.info("Upload the German text (the pivot) and the versions to compare with it.")
            return None
        uploads = [cached_upload(f.name, f.getvalue()) for f in files]
        langs = [_language_choice(k, upload) for k, upload in enumerate(uploads)]
        plan = plan_uploads(uploads, langs)
        for message in plan.errors:
            st.error(message, icon=":material/error:")
        for message in plan.warnings:
            st.warning(message, icon=":material/warning:")
        st.button(
            "Compare",
            key="upload_compare",
            type="primary",
            disabled=not plan.ready,
            icon=":material/compare_arrows:",
            on_click=_request,
            args=(plan.key(),),
        )
    if plan.ready and requested == plan.key():
        return plan
    return None


@state.safe_callback
def _request(key: tuple[str, ...]) -> None:
    st.session_state[REQUESTED] = key


def _language_choice(index: int, upload: Upload) -> str:
    """One line per file: its name, what was found, and the language to use."""
    name_col, found_col, lang_col = st.columns([3, 3, 2], vertical_alignment="center")
    name_col.markdown(f"**{escape_md(upload.name)}**")
    if upload.error:
        found_col.markdown(":red[:material/block: cannot be used, see below]")
        return ""
    if upload.detected in EU_LANGUAGES:
        found_col.caption(
            f"reads as {language_name(upload.detected)} (confidence {upload.confidence:.2f})"
        )
        default = upload.detected
    else:
        found_col.caption("language not recognised: choose it")
        default = PIVOT
    options = list(EU_LANGUAGES)
    return lang_col.selectbox(
        "Language",
        options,
        index=options.index(default),
        format_func=language_name,
        key=f"upload_lang_{index}_{upload.digest[:12]}",
        label_visibility="collapsed",
    )
