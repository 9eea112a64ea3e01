"""Run history: every report of every site recorded in one SQLite file.

Agencies crawl monthly from cron, and what they need from the history is "what changed
since last time" (``oitcrawler.changes``), so a run keeps each item's status with its
evidence and findings, and ``load_run`` gives it back in the shape of report.json.

Cron jobs of several sites may write the same file at the same moment from separate
processes: WAL lets readers go on during a write, the busy timeout makes a writer wait for
the lock instead of failing, and each run is written in one transaction, so a crash never
leaves half a run behind.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import cast

from .schema import ItemResult, Report
from .site import site_key as _site_key

BUSY_TIMEOUT_S = 30.0

# Applied in order; PRAGMA user_version counts the ones a database already has. Append new
# scripts, never edit released ones: databases in the field were built from them.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE runs (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: ids order the runs
        site_key      TEXT NOT NULL,
        site          TEXT NOT NULL,
        checklist     TEXT NOT NULL,
        fiscal_year   INTEGER,
        as_of         TEXT,
        started_at    TEXT,
        finished_at   TEXT NOT NULL,
        status        TEXT NOT NULL,
        score         REAL,
        grade         TEXT,
        items_total   INTEGER NOT NULL,
        items_pass    INTEGER NOT NULL,
        report_dir    TEXT NOT NULL DEFAULT '',
        tool_version  TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX runs_site ON runs (site_key, id);

    CREATE TABLE items (
        run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL,
        rank        INTEGER NOT NULL,  -- checklist order; ids like o10 do not sort
        title       TEXT NOT NULL,
        status      TEXT NOT NULL,
        confidence  REAL,
        PRIMARY KEY (run_id, item_id)
    );

    CREATE TABLE evidence (
        run_id        INTEGER NOT NULL,
        item_id       TEXT NOT NULL,
        rank          INTEGER NOT NULL,  -- 0 is the best evidence, as listed in the report
        url           TEXT NOT NULL,
        final_url     TEXT,
        label         TEXT,
        http_status   INTEGER,
        content_type  TEXT,
        size          INTEGER,
        sha256        TEXT,
        placement     TEXT,
        accepted      INTEGER,
        fetched_at    TEXT,
        PRIMARY KEY (run_id, item_id, rank),
        FOREIGN KEY (run_id, item_id) REFERENCES items (run_id, item_id) ON DELETE CASCADE
    );

    CREATE TABLE findings (
        run_id      INTEGER NOT NULL,
        item_id     TEXT NOT NULL,
        rank        INTEGER NOT NULL,
        code        TEXT NOT NULL,
        url         TEXT,
        advisory    INTEGER,
        message_th  TEXT,
        message_en  TEXT,
        PRIMARY KEY (run_id, item_id, rank),
        FOREIGN KEY (run_id, item_id) REFERENCES items (run_id, item_id) ON DELETE CASCADE
    );
    """,
    # Item codes as people write them ("O21", "MOIT 5"): the number and the list's prefix.
    """
    ALTER TABLE runs ADD COLUMN code_prefix TEXT;
    ALTER TABLE items ADD COLUMN code INTEGER;
    """,
]

_RUN_COLUMNS = ("id", "site_key", "site", "checklist", "fiscal_year", "as_of", "started_at",
                "finished_at", "status", "score", "grade", "items_total", "items_pass",
                "report_dir", "tool_version", "code_prefix")
_EVIDENCE_COLUMNS = ("url", "final_url", "label", "http_status", "content_type", "size", "sha256",
                     "placement", "accepted", "fetched_at")
_FINDING_COLUMNS = ("code", "url", "advisory", "message_th", "message_en")


class HistoryError(RuntimeError):
    """Shown to the user as a one-line message."""


def site_key(url: str) -> str:
    """The host that names a site (see site.site_key); a bad address is a one-line error."""
    try:
        return _site_key(url)
    except ValueError as exc:
        raise HistoryError(str(exc)) from None


def open_db(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) the history database and bring its schema up to date.

    The connection is in autocommit mode: this module opens its own transactions.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise HistoryError(f"cannot open the run history {path}: {exc}") from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn)
        _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        # "file is not a database" for a stray file: the message says enough, a traceback does not help
        raise HistoryError(f"cannot use the run history {path}: {exc}") from None
    except HistoryError:
        conn.close()
        raise
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    # Switching a new file to WAL fails at once with "database is locked" while another
    # process is switching it too: the busy timeout does not cover it, so wait here instead.
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    if _user_version(conn, path) == len(MIGRATIONS):
        return
    with _transaction(conn):
        # Read again under the write lock: another process may have migrated meanwhile.
        version = _user_version(conn, path)
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")


def _user_version(conn: sqlite3.Connection, path: Path) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise HistoryError(f"the run history {path} has schema version {version}, written by a newer "
                           f"oitcrawler (this one knows up to {len(MIGRATIONS)}); upgrade oitcrawler")
    return version


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements: executescript() would commit the migration half-way."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        # A ';' inside a string or a trigger body does not end the statement.
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                yield pending
            pending = ""
    if pending.strip(" \t\n;"):
        yield pending       # unterminated (a trigger without END): let SQLite name the error


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock up front, where the busy timeout applies; a deferred
    # transaction that reads first can fail outright when it later needs to write.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite has already rolled back after some errors
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def record_run(conn: sqlite3.Connection, report: Report, report_dir: str = "") -> int:
    """Store one report with its items, evidence and findings; returns the new run id."""
    with recording(conn, report, report_dir) as run_id:
        return run_id


@contextmanager
def recording(conn: sqlite3.Connection, report: Report, report_dir: str = "") -> Iterator[int]:
    """Store one report, committed only when the block ends without an exception.

    The caller puts the report in place inside the block, so the history never holds a
    run whose report a kill kept from being written.
    """
    if not report.get("site") or not isinstance(report.get("checklist"), dict):
        raise HistoryError("not an oitcrawler report: it has no site or checklist")
    items = report.get("items") or []
    score = report.get("score") or {}
    run = (site_key(report["site"]), report["site"], report["checklist"]["id"], report.get("fiscal_year"),
           report.get("as_of"), report.get("started_at"),
           report.get("generated_at") or datetime.now(timezone.utc).isoformat(timespec="seconds"),
           report.get("status", ""), score.get("oit"), score.get("grade"), len(items),
           sum(1 for item in items if item.get("status") == "pass"), report_dir,
           (report.get("tool") or {}).get("version", ""), report["checklist"].get("code_prefix"))
    with _transaction(conn):
        run_id: int = conn.execute(f"INSERT INTO runs ({', '.join(_RUN_COLUMNS[1:])}) "
                              f"VALUES ({', '.join('?' * len(run))})", run).lastrowid or 0
        conn.executemany("INSERT INTO items (run_id, item_id, rank, title, status, confidence, code) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(run_id, item["id"], rank, item.get("title", ""), item.get("status", ""),
                           item.get("confidence"), item.get("code")) for rank, item in enumerate(items)])
        _insert_children(conn, "evidence", _EVIDENCE_COLUMNS, run_id, items)
        _insert_children(conn, "findings", _FINDING_COLUMNS, run_id, items)
        yield run_id


def _insert_children(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], run_id: int,
                     items: list[ItemResult]) -> None:
    rows = [(run_id, item["id"], rank, *(entry.get(column) for column in columns))
            for item in items for rank, entry in enumerate(cast(list[dict], item.get(table) or []))]
    conn.executemany(f"INSERT INTO {table} (run_id, item_id, rank, {', '.join(columns)}) "
                     f"VALUES ({', '.join('?' * (len(columns) + 3))})", rows)


def list_runs(conn: sqlite3.Connection, site: str | None = None, limit: int | None = None) -> list[dict]:
    """Runs newest first, of one site (any spelling of its address) or of all sites."""
    where, args = ("WHERE site_key = ?", [site_key(site)]) if site else ("", [])
    # LIMIT -1 is SQLite for "no limit"
    cursor = conn.execute(f"SELECT {', '.join(_RUN_COLUMNS)} FROM runs {where} ORDER BY id DESC LIMIT ?",
                          [*args, -1 if limit is None else limit])
    return _dicts(cursor)


def load_run(conn: sqlite3.Connection, run_id: int) -> dict:
    """A recorded run in the shape of report.json (the fields the history keeps)."""
    runs = _dicts(conn.execute(f"SELECT {', '.join(_RUN_COLUMNS)} FROM runs WHERE id = ?", (run_id,)))
    if not runs:
        raise HistoryError(f"there is no run {run_id} in the history")
    run = runs[0]
    evidence = _by_item(conn, "evidence", _EVIDENCE_COLUMNS, run_id)
    findings = _by_item(conn, "findings", _FINDING_COLUMNS, run_id)
    for entry in (e for entries in evidence.values() for e in entries):
        entry["accepted"] = None if entry["accepted"] is None else bool(entry["accepted"])
    for entry in (f for entries in findings.values() for f in entries):
        entry["advisory"] = bool(entry["advisory"])
    items = _dicts(conn.execute("SELECT item_id AS id, code, title, status, confidence FROM items "
                                "WHERE run_id = ? ORDER BY rank", (run_id,)))
    for item in items:
        item["evidence"] = evidence.get(item["id"], [])
        item["findings"] = findings.get(item["id"], [])
    checklist = {"id": run["checklist"]}
    if run["code_prefix"] is not None:
        checklist["code_prefix"] = run["code_prefix"]
    return {
        "run_id": run["id"], "site": run["site"], "checklist": checklist,
        "fiscal_year": run["fiscal_year"], "as_of": run["as_of"], "generated_at": run["finished_at"],
        "status": run["status"], "score": {"oit": run["score"], "grade": run["grade"]}, "items": items,
    }


def _by_item(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], run_id: int) -> dict[str, list]:
    cursor = conn.execute(f"SELECT item_id, {', '.join(columns)} FROM {table} WHERE run_id = ? "
                          "ORDER BY item_id, rank", (run_id,))
    grouped: dict[str, list] = {}
    for row in _dicts(cursor):
        grouped.setdefault(row.pop("item_id"), []).append(row)
    return grouped


def previous_run(conn: sqlite3.Connection, site: str, before_run_id: int | None = None,
                 checklist: str | None = None) -> int | None:
    """The latest run of the same site recorded before ``before_run_id`` (or at all)."""
    row = conn.execute("SELECT id FROM runs WHERE site_key = ? AND (? IS NULL OR id < ?) "
                       "AND (? IS NULL OR checklist = ?) ORDER BY id DESC LIMIT 1",
                       (site_key(site), before_run_id, before_run_id, checklist, checklist)).fetchone()
    return row[0] if row else None


def _dicts(cursor: sqlite3.Cursor) -> list[dict]:
    # Independent of the connection's row_factory, which the caller may have changed.
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
