"""The dashboard's pages; each module's ``render(workspace)`` draws one page."""
