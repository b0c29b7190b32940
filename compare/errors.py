"""Errors raised at the library's public boundary.

Each message says what was wrong and how to fix it; the CLI prints it without a traceback
and the dashboard shows it as a message.
"""


class CompareError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(CompareError):
    """A file or text given by the user cannot be used (empty, binary, wrong encoding...)."""


class ModelError(CompareError):
    """The model cannot be built or loaded (missing blob, bad checksum, offline hub...)."""
