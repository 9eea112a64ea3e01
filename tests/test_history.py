"""Run history: recording and reading back runs, migrations, and cron jobs writing at once."""
from __future__ import annotations

import copy
import json
import multiprocessing
import sqlite3
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from oitcrawler import history
from oitcrawler.history import HistoryError, list_runs, load_run, open_db, previous_run, record_run, site_key

FIXTURE = Path(__file__).parent / "data" / "history" / "report.json"
RUNS_PER_WORKER = 10


def make_report(**top: object) -> dict:
    """The demo report (trimmed copy of output/demo/report.json) with top-level fields replaced."""
    report = json.loads(FIXTURE.read_text(encoding="utf-8"))
    report.update(copy.deepcopy(top))
    return report


@pytest.fixture
def db(tmp_path):
    conn = open_db(tmp_path / "history.sqlite")
    yield conn
    conn.close()


def test_open_db_creates_folders_wal_and_schema(tmp_path):
    path = tmp_path / "new" / "nested" / "history.sqlite"
    conn = open_db(path)
    assert path.exists()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(history.MIGRATIONS)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"runs", "items", "evidence", "findings"} <= tables
    conn.close()


@pytest.mark.parametrize("url", ["http://www.demo-agency.go.th/", "https://demo-agency.go.th",
                                 "HTTPS://WWW.Demo-Agency.go.th/ita/2566/", "demo-agency.go.th",
                                 "http://www.demo-agency.go.th:80/", "https://demo-agency.go.th.:443/x"])
def test_site_key_is_one_key_per_site(url):
    assert site_key(url) == "demo-agency.go.th"


def test_site_key_keeps_other_sites_apart():
    assert site_key("http://www2.demo-agency.go.th/") == "www2.demo-agency.go.th"
    assert site_key("http://eservice.demo-agency.go.th/") == "eservice.demo-agency.go.th"
    assert site_key("http://127.0.0.1:8080/") != site_key("http://127.0.0.1:8081/")
    for bad in ("http:///no-host", "http://x.go.th:port/"):
        with pytest.raises(HistoryError, match="not a site address"):
            site_key(bad)


def test_record_two_runs_newest_first(db):
    first = record_run(db, make_report(), report_dir="/reports/2026-10")
    other = record_run(db, make_report(site="https://other.go.th/"))
    second = record_run(db, make_report(site="https://demo-agency.go.th", generated_at="2026-12-21T02:00:00+00:00",
                                        score={"oit": 90.5, "grade": "A"}))
    runs = list_runs(db, site="http://www.demo-agency.go.th/")
    assert [run["id"] for run in runs] == [second, first]
    assert [run["id"] for run in list_runs(db)] == [second, other, first]
    assert [run["id"] for run in list_runs(db, limit=2)] == [second, other]

    newest, oldest = runs
    assert (newest["score"], newest["grade"], newest["finished_at"]) == (90.5, "A", "2026-12-21T02:00:00+00:00")
    assert oldest == {
        "id": first, "site_key": "demo-agency.go.th", "site": "http://www.demo-agency.go.th/",
        "checklist": "ita-2566", "fiscal_year": 2566, "as_of": "2023-05-15", "started_at": None,
        "finished_at": "2026-11-21T19:41:26+00:00", "status": "completed", "score": 84.44, "grade": "B",
        "items_total": 43, "items_pass": 36, "report_dir": "/reports/2026-10", "tool_version": "0.1.0",
        "code_prefix": None,
    }


def test_loaded_runs_keep_item_codes_as_the_list_writes_them(db):
    """A MOIT run read back names its items "MOIT 5", as the report did, not "MOIT5"."""
    from oitcrawler.changes import compare

    report = make_report(checklist={"id": "moph-moit-2569", "code_prefix": "MOIT "})
    for number, entry in enumerate(report["items"], start=1):
        entry.update(id=f"moit{number}", code=number)
    old = load_run(db, record_run(db, report))
    item = report["items"][4]
    item.update(status="missing", evidence=[], findings=[])
    new = load_run(db, record_run(db, report))
    assert new["checklist"]["code_prefix"] == "MOIT " and new["items"][4]["code"] == 5
    assert [e["code"] for e in compare(old, new)["regressions"]] == ["MOIT 5"]


def test_load_run_round_trips_the_report(db):
    report = make_report(started_at="2026-11-21T19:30:00+00:00")
    loaded = load_run(db, record_run(db, report))
    assert {k: loaded[k] for k in ("site", "fiscal_year", "as_of", "generated_at", "status")} == \
        {k: report[k] for k in ("site", "fiscal_year", "as_of", "generated_at", "status")}
    assert loaded["checklist"] == {"id": "ita-2566"}
    assert loaded["score"] == {"oit": 84.44, "grade": "B"}
    assert [item["id"] for item in loaded["items"]] == [item["id"] for item in report["items"]]
    for mine, theirs in zip(loaded["items"], report["items"]):
        assert {k: mine[k] for k in ("title", "status", "confidence")} == \
            {k: theirs[k] for k in ("title", "status", "confidence")}
        assert mine["evidence"] == [{k: ev.get(k) for k in history._EVIDENCE_COLUMNS} for ev in theirs["evidence"]]
        assert mine["findings"] == [{k: f[k] for k in history._FINDING_COLUMNS} for f in theirs["findings"]]
    assert loaded["items"][0]["evidence"][0]["fetched_at"] == "2026-11-21T19:40:02+00:00"
    assert loaded["items"][0]["evidence"][0]["accepted"] is True


def test_load_run_unknown_id(db):
    with pytest.raises(HistoryError, match="no run 99"):
        load_run(db, 99)


def test_record_run_leaves_nothing_when_it_fails_half_way(db):
    report = make_report()
    report["items"][-1]["evidence"].append({"url": None})      # violates NOT NULL after most rows went in
    with pytest.raises(sqlite3.IntegrityError):
        record_run(db, report)
    for table in ("runs", "items", "evidence", "findings"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    assert record_run(db, make_report()) > 0                  # the connection is usable afterwards


def test_record_run_refuses_what_is_not_a_report(db):
    with pytest.raises(HistoryError, match="not an oitcrawler report"):
        record_run(db, {"items": []})


def test_previous_run_same_site_and_checklist(db):
    a1 = record_run(db, make_report())
    record_run(db, make_report(site="https://other.go.th/"))
    a2 = record_run(db, make_report(site="https://demo-agency.go.th/", checklist={"id": "ita-2568"}))
    a3 = record_run(db, make_report())
    assert previous_run(db, "demo-agency.go.th") == a3
    assert previous_run(db, "demo-agency.go.th", before_run_id=a3) == a2
    assert previous_run(db, "demo-agency.go.th", before_run_id=a3, checklist="ita-2566") == a1
    assert previous_run(db, "demo-agency.go.th", before_run_id=a1) is None
    assert previous_run(db, "unknown.go.th") is None


def test_migrates_an_empty_file(tmp_path):
    path = tmp_path / "history.sqlite"
    path.touch()
    conn = open_db(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(history.MIGRATIONS)
    assert record_run(conn, make_report()) == 1
    conn.close()


def test_later_migration_keeps_the_data(tmp_path, monkeypatch):
    path = tmp_path / "history.sqlite"
    conn = open_db(path)
    run_id = record_run(conn, make_report())
    conn.close()
    monkeypatch.setattr(history, "MIGRATIONS",
                        [*history.MIGRATIONS, "ALTER TABLE runs ADD COLUMN note TEXT DEFAULT 'a;b';"])
    conn = open_db(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(history.MIGRATIONS)
    assert conn.execute("SELECT id, note FROM runs").fetchall() == [(run_id, "a;b")]
    conn.close()


@pytest.mark.parametrize("script, error", [
    ("CREATE TABLE extra (x); INSERT INTO no_such_table VALUES (1);", "no_such_table"),
    ("CREATE TABLE extra (x); CREATE TRIGGER t AFTER INSERT ON extra BEGIN SELECT 1;", "syntax error"),
])
def test_failed_migration_is_rolled_back(tmp_path, monkeypatch, script, error):
    path = tmp_path / "history.sqlite"
    open_db(path).close()
    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, script])
    with pytest.raises(HistoryError, match=error):
        open_db(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(history.MIGRATIONS) - 1
    assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    conn.close()


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "history.sqlite"
    open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(history.MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(HistoryError, match="newer oitcrawler"):
        open_db(path)


def test_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "history.sqlite"
    path.write_text("site,score\nhttp://www.demo-agency.go.th/,84.44\n" * 100, encoding="utf-8")
    with pytest.raises(HistoryError, match="not a database") as caught:
        open_db(path)
    assert str(path) in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def _record_many(db_path: str, worker: int, start: Barrier) -> None:
    start.wait()        # all open (and migrate) the fresh file at the same moment
    conn = open_db(db_path)
    report = make_report(site=f"https://agency{worker}.go.th/")
    for _ in range(RUNS_PER_WORKER):
        record_run(conn, report)
    conn.close()


def test_concurrent_writers_of_different_sites(tmp_path):
    path = str(tmp_path / "history.sqlite")
    ctx = multiprocessing.get_context("spawn")     # separate interpreters, like separate cron jobs
    start = ctx.Barrier(4)
    workers = [ctx.Process(target=_record_many, args=(path, n, start)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0, 0, 0]

    conn = open_db(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert len(list_runs(conn)) == 4 * RUNS_PER_WORKER
    for n in range(4):
        runs = list_runs(conn, site=f"agency{n}.go.th")
        assert len(runs) == RUNS_PER_WORKER
        assert len(load_run(conn, runs[0]["id"])["items"]) == 43
    assert conn.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 4 * RUNS_PER_WORKER * 43
    conn.close()
