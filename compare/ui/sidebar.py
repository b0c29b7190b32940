"""The sidebar: which document, which versions and languages, which model, where decisions go."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from compare.encode.spec import DEFAULT_MODEL
from compare.errors import CompareError
from compare.pipeline import DocumentFolder, load_folder
from compare.ui.decisions import DATA_ENV, default_data_folder
from compare.ui.sources import PIVOT, corpus_folders, language_name

#: Document sources.
BUNDLED = "bundled"
UPLOAD = "upload"
SOURCE_LABELS: dict[str, str] = {BUNDLED: "Bundled document", UPLOAD: "My own files"}
#: Version sets of a corpus folder.
CLEAN = "clean"
DRAFTS = "drafts"
VARIANT_LABELS: dict[str, str] = {
    CLEAN: "Translations",
    DRAFTS: "Drafts with known errors",
}


@dataclass(frozen=True)
class Settings:
    """What the sidebar selects.

    Attributes:
        source: :data:`BUNDLED` or :data:`UPLOAD`.
        folder: the corpus folder (bundled source), ``None`` otherwise or when none exists.
        drafts: compare the drafts with known errors instead of the translations.
        langs: the languages to compare with the German (bundled source).
        model: the encoder: the embedded model's name or a Hugging Face model folder.
        data_folder: where the decisions database lives.
    """

    source: str
    folder: DocumentFolder | None
    drafts: bool
    langs: tuple[str, ...]
    model: str
    data_folder: str


def settings() -> tuple[Settings, DeltaGenerator]:
    """Draw the sidebar; returns the choices and an empty box for the filters."""
    bar = st.sidebar
    bar.markdown("## eucompare")
    source = bar.radio(
        "Document",
        list(SOURCE_LABELS),
        format_func=SOURCE_LABELS.__getitem__,
        key="source",
        horizontal=True,
    )
    folder, drafts, langs = None, False, ()
    if source == BUNDLED:
        folder = _folder()
        if folder is not None:
            drafts, langs = _versions(folder)
    filters_box = st.sidebar.container()
    chosen = Settings(source, folder, drafts, tuple(langs), *_settings_box())
    return chosen, filters_box


def _folder() -> DocumentFolder | None:
    folders = corpus_folders()
    if not folders:
        st.sidebar.error(
            "No bundled document found (the corpora folder is missing from this installation): "
            "choose 'My own files' and upload the versions to compare"
        )
        return None
    path = folders[0]
    if len(folders) > 1:
        path = st.sidebar.selectbox(
            "Bundled document", folders, format_func=lambda p: p.name, key="doc_folder"
        )
    try:
        return load_folder(path, pivot=PIVOT)
    except CompareError as exc:
        st.sidebar.error(str(exc))
        return None


def _versions(folder: DocumentFolder) -> tuple[bool, list[str]]:
    title = str(folder.metadata.get("title") or folder.doc_id)
    st.sidebar.caption(title)
    options = [CLEAN, DRAFTS] if folder.drafts else [CLEAN]
    variant = st.sidebar.radio(
        "Versions",
        options,
        format_func=VARIANT_LABELS.__getitem__,
        key="variant",
        help="The drafts carry known, injected errors, with an answer key to check the flags.",
    )
    drafts = variant == DRAFTS
    pool = [lang for lang in (folder.drafts if drafts else folder.files) if lang != PIVOT]
    with st.sidebar.form("compare_form", border=False):
        key = f"langs_{variant}"
        langs = st.multiselect(
            "Languages compared with the German",
            pool,
            default=None if key in st.session_state else pool,
            format_func=language_name,
            key=key,
        )
        st.form_submit_button("Compare", key="compare_submit", type="primary", width="stretch")
    return drafts, [lang for lang in pool if lang in langs]


def _settings_box() -> tuple[str, str]:
    with st.sidebar.expander("Model and storage", icon=":material/settings:"):
        model = st.text_input(
            "Model",
            value=DEFAULT_MODEL,
            key="model",
            help="The embedded multilingual model, or the folder of a Hugging Face "
            "sentence-embedding model on this computer.",
        )
        data = st.text_input(
            "Folder for review decisions",
            value=str(default_data_folder()),
            key="data_folder",
            help=f"Decisions are kept in a SQLite file there; {DATA_ENV} sets the default.",
        )
    return model.strip() or DEFAULT_MODEL, str(Path(data.strip() or default_data_folder()))
