"""Streamlit dashboard: a thin shell over compare.* (run with ``make app``)."""

from compare.ui.main import main

main()
