"""The end of a crawl: assess its records, put the report set on show, record the run.

Called once per crawl by the ReportOnClose extension (spiders/extensions.py), whatever
stopped the crawl; an interrupted crawl gets a partial report, which is not recorded in
the history (its resumed crawl is).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from .assess import Collected, assess
from .checklist import load_checklist
from .options import CrawlOptions
from .outdir import crawl_dir
from .records import RECORDS_FILE
from .report import write_reports
from .schema import CrawlFacts, Report
from .vocabulary import text


def finish_run(options: CrawlOptions, meta: CrawlFacts, collected: Collected | None = None) -> Report:
    """Assess the records of a finished (or interrupted) crawl and put every report file on show.

    ``collected``: the crawl's records as the crawler collected them while writing them
    (see assess.Feed); without it the records file is matched afresh.
    """
    out, work = Path(options.out), crawl_dir(options.out)
    report = assess(work / RECORDS_FILE, load_checklist(options.checklist), options.url, options.fiscal_year,
                    date.fromisoformat(options.as_of), meta, collected)
    report["options"] = options.report_options()
    report["checklist"]["selected"] = options.checklist_note
    report["started_at"] = meta.get("started_at", "")
    interrupted = bool(meta.get("interrupted"))
    files: dict[str, bytes | Path] = {
        "crawl.json": json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"),
        RECORDS_FILE: work / RECORDS_FILE}
    if options.archive:
        from .archive import EVIDENCE_FILE, write_evidence_archive

        urls = {u for item in report["items"] for e in item["evidence"] for u in (e["url"], e["final_url"])}
        archived = write_evidence_archive(work, urls, keep_work_file=interrupted)
        if archived is not None:
            files[EVIDENCE_FILE] = archived

    def put_in_place() -> None:
        write_reports(report, out, files)

    if options.db and not interrupted:
        record_history(options.db, report, out, put_in_place)
    else:
        put_in_place()
    return report


def record_history(db: str, report: Report, out: Path, put_in_place: Callable[[], None] = lambda: None) -> None:
    """Record the run, with its changes since the site's previous one in ``report["changes"]``.

    The run is committed only once ``put_in_place`` has put its report on show; the report
    is put on show whatever happens to the history.
    """
    from .changes import compare
    from .history import HistoryError, load_run, open_db, previous_run, recording

    placed = False
    try:
        conn = open_db(db)
        try:
            with recording(conn, report, str(out.resolve())) as run_id:
                before = previous_run(conn, report["site"], before_run_id=run_id)
                if before is None:
                    report["changes"] = {"run_id": run_id, "previous_run": None, "comparable": False,
                                         **dict(zip(("note_th", "note_en"), text("changes.first_run"))),
                                         "regressions": [], "improvements": []}
                else:
                    report["changes"] = {"run_id": run_id, "previous_run": before,
                                         **compare(load_run(conn, before), load_run(conn, run_id))}
                put_in_place()
                placed = True
        finally:
            conn.close()
    except (HistoryError, sqlite3.Error) as exc:
        error_th, error_en = text("changes.history_error", error=str(exc))
        report["changes"] = {"error_th": error_th, "error_en": error_en, "regressions": [], "improvements": []}
        if not placed:
            put_in_place()
