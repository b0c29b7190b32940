"""Atomic file writes: a reader sees the old file or the new one, never half of either.

Every exporter writes through these helpers. The new content goes to a temporary file in
the destination's folder (so that the final rename stays on one file system), is flushed
and fsync'ed, and then replaces the destination with :func:`os.replace`, which POSIX and
Windows both perform atomically. If anything goes wrong before the rename (an exception,
Ctrl-C), the temporary file is removed and the old destination is left untouched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

logger = logging.getLogger(__name__)

#: Suffix of temporary files and folders; ``.``-prefixed names keep them out of listings.
TEMP_SUFFIX = ".tmp"
#: Random names tried before giving up (a clash of 32 random bits is already unlikely).
_TEMP_ATTEMPTS = 16


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success, move it over ``path``.

    For writers that insist on opening the file themselves (openpyxl, pyarrow). The caller
    writes the whole file at the yielded path and closes it; this helper then fsyncs it and
    renames it over ``path``. On any exception the temporary file is deleted.

    Args:
        path: the destination file. Its folder is created if missing.

    Yields:
        A path in the same folder, not yet existing as a file.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> with atomic_path(folder / "a.bin") as tmp:
        ...     _ = tmp.write_bytes(b"new")
        >>> (folder / "a.bin").read_bytes()
        b'new'
    """
    target = Path(path)
    tmp = _reserve_temp(target)
    try:
        yield tmp
        if not tmp.is_file():
            raise FileNotFoundError(f"the writer did not create {tmp.name} for {target}")
        _fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    _fsync_dir(target.parent)
    logger.debug("wrote %s", target)


@contextlib.contextmanager
def atomic_write(
    path: str | Path, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on success, it replaces ``path`` atomically.

    Args:
        path: the destination file. Its folder is created if missing.
        mode: ``"w"`` (text) or ``"wb"`` (binary).
        encoding: text encoding (ignored in binary mode).
        newline: passed to :func:`open` in text mode (``""`` for the :mod:`csv` module).

    Yields:
        The open file object.

    Raises:
        ValueError: ``mode`` is not ``"w"`` or ``"wb"``.

    Example:
        >>> import tempfile
        >>> target = Path(tempfile.mkdtemp()) / "flags.jsonl"
        >>> with atomic_write(target) as f:
        ...     _ = f.write("{}\\n")
        >>> target.read_text()
        '{}\\n'
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write writes whole files: mode must be 'w' or 'wb', not {mode!r}")
    binary = mode == "wb"
    with atomic_path(path) as tmp:
        with open(
            tmp,
            mode,
            encoding=None if binary else encoding,
            newline=None if binary else newline,
        ) as handle:
            yield handle


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""
    with atomic_write(path, "wb") as handle:
        handle.write(data)
    return Path(path)


def write_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (no newline translation) and return the path."""
    with atomic_write(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)
    return Path(path)


@contextlib.contextmanager
def atomic_dir(path: str | Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``path``; on success, it takes the place of ``path``.

    A folder cannot replace a non-empty folder in one system call, so an existing ``path``
    is first renamed aside, the new folder renamed into place, and only then the old one
    deleted; if the second rename fails the old folder is put back. Between the two renames
    (microseconds) ``path`` does not exist, but it is never half-written.

    Args:
        path: the destination folder.

    Yields:
        An empty temporary folder in the same parent folder.
    """
    target = Path(path)
    tmp = _reserve_temp(target, folder=True)
    try:
        yield tmp
        _swap_dirs(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _fsync_dir(target.parent)


def _swap_dirs(new: Path, target: Path) -> None:
    if not target.exists():
        os.replace(new, target)
        return
    if not target.is_dir():
        raise FileExistsError(f"{target} exists and is not a folder: remove it or pick another")
    old = _temp_name(target, "old.")
    os.replace(target, old)
    try:
        os.replace(new, target)
    except BaseException:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _temp_name(target: Path, tag: str = "") -> Path:
    return target.parent / f".{target.name}.{tag}{secrets.token_hex(4)}{TEMP_SUFFIX}"


def _reserve_temp(target: Path, folder: bool = False) -> Path:
    """Create an empty temporary file (or folder) beside ``target``.

    Created with the usual permissions (0o666 / 0o777 less the umask), unlike
    :func:`tempfile.mkstemp`, whose private 0o600 mode the replaced file would inherit.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(_TEMP_ATTEMPTS):
        tmp = _temp_name(target)
        try:
            if folder:
                os.mkdir(tmp, 0o777)
            else:
                os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return tmp
    raise FileExistsError(f"cannot create a temporary file beside {target}")


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; folders cannot be opened on Windows, which needs no fsync."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
