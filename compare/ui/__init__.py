"""Streamlit pages and components; ``app.py`` only calls :func:`compare.ui.main.main`."""
