"""The end of a crawl: assess its records, write the report files, record the run.

Called once per crawl by the ReportOnClose extension (spiders/extensions.py), whatever
stopped the crawl; an interrupted crawl gets a partial report.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from .assess import Collected, assess
from .checklist import load_checklist
from .options import CrawlOptions
from .records import RECORDS_FILE
from .report import write_reports
from .schema import CrawlFacts, Report
from .vocabulary import text


def finish_run(options: CrawlOptions, meta: CrawlFacts, collected: Collected | None = None) -> Report:
    """Assess the records of a finished (or interrupted) crawl and write every report file.

    ``collected``: the crawl's records as the crawler collected them while writing them
    (see assess.Feed); without it the records file is matched afresh.
    """
    out = Path(options.out)
    report = assess(out / RECORDS_FILE, load_checklist(options.checklist), options.url, options.fiscal_year,
                    date.fromisoformat(options.as_of), meta, collected)
    report["options"] = options.report_options()
    report["checklist"]["selected"] = options.checklist_note
    report["started_at"] = meta.get("started_at", "")
    if options.db:
        report["changes"] = record_history(options.db, report, out)
    if options.archive:
        from .archive import write_evidence_archive

        urls = {u for item in report["items"] for e in item["evidence"] for u in (e["url"], e["final_url"])}
        write_evidence_archive(out, urls, keep_work_file=bool(meta.get("interrupted")))
    write_reports(report, out)
    return report


def record_history(db: str, report: Report, out: Path) -> dict:
    """Record the run and compare it with the site's previous one; never loses the report."""
    from .changes import compare
    from .history import HistoryError, load_run, open_db, previous_run, record_run

    try:
        conn = open_db(db)
        try:
            run_id = record_run(conn, report, str(out.resolve()))
            before = previous_run(conn, report["site"], before_run_id=run_id)
            if before is None:
                note_th, note_en = text("changes.first_run")
                return {"run_id": run_id, "previous_run": None, "comparable": False, "note_th": note_th,
                        "note_en": note_en, "regressions": [], "improvements": []}
            changes = compare(load_run(conn, before), load_run(conn, run_id))
            return {"run_id": run_id, "previous_run": before, **changes}
        finally:
            conn.close()
    except HistoryError as exc:
        error_th, error_en = text("changes.history_error", error=str(exc))
        return {"error_th": error_th, "error_en": error_en, "regressions": [], "improvements": []}
