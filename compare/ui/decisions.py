"""Review decisions: accept (a real problem) or dismiss (a false alarm) each flag.

Decisions live in one SQLite file in the user's data folder (:func:`default_data_folder`),
keyed by the document (:func:`document_key`, a hash of the German text) and the flag
(:func:`compare.report.identity.flag_id`), so they survive restarts, re-runs with other
languages or thresholds, and several dashboards open on the same folder. Every change is
one transaction that also appends to a history table: a decision is never half-written.

Example:
    >>> store = DecisionStore(tmp_folder)                          # doctest: +SKIP
    >>> store.decide("3f2a...", "9b1c...", "dismissed", "name is spelt that way")  # doctest: +SKIP
    >>> store.for_export("3f2a...")                                # doctest: +SKIP
    {'9b1c...': ('dismissed', 'name is spelt that way')}
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from compare.errors import InputError
from compare.types import Document

log = logging.getLogger(__name__)

#: The two decisions a reviewer can take on a flag.
ACCEPTED = "accepted"
DISMISSED = "dismissed"
DECISIONS: tuple[str, ...] = (ACCEPTED, DISMISSED)

#: Environment variable naming the data folder (overrides the XDG default).
DATA_ENV = "EUCOMPARE_DATA"
#: Longest comment kept, in characters (a review note, not a document).
MAX_COMMENT = 2000
#: Seconds a writer waits for another writer's lock before giving up (SQLite busy timeout).
BUSY_TIMEOUT_S = 5.0
#: Schema version stored in ``PRAGMA user_version``.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    document   TEXT NOT NULL,
    flag_id    TEXT NOT NULL,
    decision   TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
    comment    TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    PRIMARY KEY (document, flag_id)
);
CREATE TABLE IF NOT EXISTS history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    document   TEXT NOT NULL,
    flag_id    TEXT NOT NULL,
    decision   TEXT NOT NULL,
    comment    TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on one flag.

    Attributes:
        flag_id: the flag's identity (:func:`compare.report.identity.flag_id`).
        decision: ``"accepted"`` or ``"dismissed"``; ``""`` in the history for an undo.
        comment: the reviewer's note (may be empty).
        decided_at: when, ISO 8601 in UTC.
    """

    flag_id: str
    decision: str
    comment: str
    decided_at: str


def default_data_folder() -> Path:
    """``$EUCOMPARE_DATA``, else ``$XDG_DATA_HOME/eucompare``, else ``~/.local/share/eucompare``."""
    named = os.environ.get(DATA_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "eucompare"


def document_key(pivot: Document) -> str:
    """The key decisions are filed under: a hash of the pivot's normalised text.

    The same German text gives the same key whatever languages, drafts or model were
    compared with it, so a decision follows its flag across re-runs.
    """
    return hashlib.sha256(pivot.text.encode("utf-8")).hexdigest()[:16]


class DecisionStore:
    """Review decisions in a SQLite file, one transaction per change.

    Args:
        folder: the data folder; created if missing. The file is :attr:`FILENAME` in it.

    Raises:
        InputError: the folder cannot be created or written, or the file there is not a
            decisions database.
    """

    FILENAME = "decisions.sqlite3"

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder).expanduser()
        self.path = self.folder / self.FILENAME
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(
                f"cannot create the data folder {self.folder} ({exc.strerror}): choose a "
                f"folder you can write to in the sidebar or set {DATA_ENV}"
            ) from None
        with self._connection() as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            # executescript commits any open transaction first, so the script carries its own
            conn.executescript(f"BEGIN;{_SCHEMA}PRAGMA user_version = {SCHEMA_VERSION};COMMIT;")

    def decisions(self, document: str) -> dict[str, Decision]:
        """Every current decision of ``document``, by flag id."""
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT flag_id, decision, comment, decided_at FROM decisions WHERE document = ?",
                (document,),
            ).fetchall()
        return {row[0]: Decision(*row) for row in rows}

    def decide(self, document: str, flag_id: str, decision: str, comment: str = "") -> Decision:
        """Record (or replace) the decision on one flag.

        Raises:
            InputError: an unknown decision or an over-long comment.
        """
        return self.decide_many(document, [(flag_id, decision, comment)])[0]

    def decide_many(self, document: str, items: list[tuple[str, str, str]]) -> list[Decision]:
        """Record several decisions in one transaction: all of them or none."""
        made = [self._checked(flag_id, decision, comment) for flag_id, decision, comment in items]
        with self._transaction() as conn:
            for d in made:
                conn.execute(
                    "INSERT INTO decisions (document, flag_id, decision, comment, decided_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (document, flag_id) DO UPDATE SET "
                    "decision = excluded.decision, comment = excluded.comment, "
                    "decided_at = excluded.decided_at",
                    (document, d.flag_id, d.decision, d.comment, d.decided_at),
                )
                self._log(conn, document, d)
        log.info("recorded %d decision(s) for document %s", len(made), document)
        return made

    def undo(self, document: str, flag_id: str) -> None:
        """Forget the decision on one flag (it becomes unreviewed again)."""
        with self._transaction() as conn:
            conn.execute(
                "DELETE FROM decisions WHERE document = ? AND flag_id = ?", (document, flag_id)
            )
            self._log(conn, document, Decision(flag_id, "", "", _now()))

    def history(self, document: str, flag_id: str | None = None) -> list[Decision]:
        """Every change made to the decisions of ``document`` (or of one flag), oldest first."""
        query = "SELECT flag_id, decision, comment, decided_at FROM history WHERE document = ?"
        args: tuple[str, ...] = (document,)
        if flag_id is not None:
            query += " AND flag_id = ?"
            args += (flag_id,)
        with self._connection() as conn:
            rows = conn.execute(query + " ORDER BY id", args).fetchall()
        return [Decision(*row) for row in rows]

    def for_export(self, document: str) -> dict[str, tuple[str, str]]:
        """The decisions as ``{flag_id: (decision, comment)}``, as the exporters take them."""
        return {k: (d.decision, d.comment) for k, d in self.decisions(document).items()}

    @staticmethod
    def _checked(flag_id: str, decision: str, comment: str) -> Decision:
        if decision not in DECISIONS:
            raise InputError(f"decision must be one of {DECISIONS}, not {decision!r}")
        if not isinstance(flag_id, str) or not flag_id:
            raise InputError("a decision needs the flag's id (compare.report.flag_id)")
        comment = (comment or "").strip()
        if len(comment) > MAX_COMMENT:
            raise InputError(
                f"comment is {len(comment)} characters long; keep it under {MAX_COMMENT}"
            )
        return Decision(flag_id, decision, comment, _now())

    @staticmethod
    def _log(conn: sqlite3.Connection, document: str, d: Decision) -> None:
        conn.execute(
            "INSERT INTO history (document, flag_id, decision, comment, decided_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (document, d.flag_id, d.decision, d.comment, d.decided_at),
        )

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        try:
            yield conn
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        finally:
            conn.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _error(self, exc: sqlite3.Error) -> InputError:
        if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
            return InputError(
                f"{self.path} is not a decisions database: move that file away or choose "
                "another data folder in the sidebar"
            )
        return InputError(
            f"the decisions file {self.path} cannot be used ({exc}): check that the folder "
            f"is writable, or choose another data folder in the sidebar (or set {DATA_ENV})"
        )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
