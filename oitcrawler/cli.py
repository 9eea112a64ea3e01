"""Command line: crawl, demo, checklists, checklist diff, history, diff, schedule.

Exit codes: 0 report written; 2 bad arguments, checklist or database; 3 site could not be
assessed (report still written); 4 score below --fail-under; 5 regression since the
previous run (with --fail-on-regression); 6 an answer-sheet URL fails (verify); 7 site only
partly assessed (pages could not be fetched, a crawl limit was reached); 130 interrupted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from . import __version__
from .checklist import ChecklistError, bundled_checklists, load_checklist
from .dates import human_date
from .history import HistoryError
from .options import COVERAGE_MODES, DEFAULT_DB, RENDER_MODES, CrawlOptions, OptionError
from .report import score_text, terminal_summary
from .run import CACHE_DIR, CrawlStopped, resumable_dir, run_crawl
from .schedule import ScheduleError
from .schema import Report
from .thai import table
from .vocabulary import SITE_STATUS_TH, text

# Who uses each scheme's lists; the README says which list fits which kind of agency.
SCHEME_NAMES = {"nacc": ("สำนักงาน ป.ป.ช. (หน่วยงานส่วนใหญ่)", "NACC ITA, most agencies"),
                "moph": ("กระทรวงสาธารณสุข MOIT (โรงพยาบาล สำนักงานสาธารณสุข)",
                         "Ministry of Public Health MOIT: hospitals, health offices"),
                "obec": ("สพฐ. ITA Online (โรงเรียน)", "OBEC ITA Online: public schools"),
                "vec": ("สอศ. (วิทยาลัยอาชีวศึกษา)", "vocational colleges")}
EXIT_OK, EXIT_USAGE, EXIT_UNASSESSED, EXIT_BELOW, EXIT_REGRESSED, EXIT_ANSWERS_FAIL, EXIT_PARTIAL = \
    0, 2, 3, 4, 5, 6, 7


def _add_crawl_options(p: argparse.ArgumentParser, history: bool = True) -> None:
    p.add_argument("--checklist", metavar="ID|PATH",
                   help="bundled checklist id (see 'oitcrawler checklists') or path of a YAML file "
                        "(default: the list for the fiscal year of --as-of, or the newest earlier one)")
    p.add_argument("--fiscal-year", type=int, metavar="YYYY",
                   help="Buddhist-era fiscal year to assess (default: the fiscal year of --as-of when "
                        "--checklist is not given, else the checklist's ITA year)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="date the check pretends to run on (default today)")
    p.add_argument("--out", metavar="DIR", help="report folder (default output/<host>/<timestamp>/)")
    p.add_argument("--max-pages", type=int, default=5000, metavar="N", help="page limit (default %(default)s)")
    p.add_argument("--max-depth", type=int, default=6, metavar="N", help="click depth limit (default %(default)s)")
    p.add_argument("--coverage", choices=COVERAGE_MODES, default="focused",
                   help="focused: every part of the site an item can be in, and of news and photo archives "
                        "only their first pages and the posts that name an item (listed as skipped); full: "
                        "every page, as far as --max-pages and --max-depth allow (default %(default)s)")
    p.add_argument("--max-doc-mb", type=float, default=25, metavar="MB",
                   help="largest document to download (default %(default)s MB)")
    p.add_argument("--fail-under", type=float, metavar="SCORE",
                   help="exit with code 4 when the estimated OIT score is below SCORE (skipped, with a "
                        "message, for a list that has no estimated score)")
    p.add_argument("--quiet", action="store_true", help="no progress lines while crawling")
    p.add_argument("--insecure", action="store_true",
                   help="crawl even when the site's TLS certificate is invalid (it is still reported)")
    p.add_argument("--ignore-robots", action="store_true",
                   help="ignore robots.txt (for an agency checking its own website)")
    p.add_argument("--render", choices=RENDER_MODES, default="auto",
                   help="render pages with headless Chromium: auto (pages built by JavaScript), never, "
                        "always (default %(default)s)")
    if history:
        p.add_argument("--db", default=str(DEFAULT_DB), metavar="PATH",
                       help="history database the run is recorded in (default %(default)s)")
        p.add_argument("--no-history", action="store_true", help="do not record the run in the history database")
        p.add_argument("--fail-on-regression", action="store_true",
                       help="exit with code 5 when anything regressed since the previous run")
        p.add_argument("--notify-webhook", metavar="URL",
                       help="POST the JSON summary of changes since the previous run to URL")
        p.add_argument("--resume", action="store_true",
                       help="continue the interrupted crawl in --out (default: this site's newest unfinished one)")
        p.add_argument("--cache", action="store_true",
                       help=f"keep an HTTP cache in {CACHE_DIR} so a re-run does not ask the site again")
        p.add_argument("--archive", action="store_true",
                       help="store every evidence response in evidence.warc.gz beside the report")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override a Scrapy setting, e.g. -s DOWNLOAD_DELAY=1 (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oitcrawler",
        description="Check a Thai agency's main website against the ITA/OIT disclosure checklist "
                    "(NACC ITA 2565–2569 lists; MOPH MOIT, OBEC and vocational lists for 2569) and "
                    "write a compliance report.",
        epilog="Exit codes: 0 report written, 2 bad arguments, checklist or database, 3 site could not "
               "be assessed, 4 score below --fail-under, 5 regression since the previous run "
               "(--fail-on-regression), 6 an answer-sheet URL fails (verify), 7 site only partly "
               "assessed, 130 interrupted.")
    parser.add_argument("--version", action="version", version=f"oitcrawler {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    crawl = sub.add_parser("crawl", help="crawl a website and write the report",
                           description="Crawl an agency's main website and write report.json, "
                                       "report.csv, report.html and itas.csv.")
    crawl.add_argument("url", help="start URL of the agency's main website")
    _add_crawl_options(crawl)

    demo = sub.add_parser("demo", help="serve the bundled demo agency site on 127.0.0.1 and check it",
                          description="Serve a realistic demo agency website on 127.0.0.1, crawl it, write "
                                      "the report (default output/demo/) and record the run in the history "
                                      "database. With --serve, only serve the site until Ctrl-C and print "
                                      "how to point crawl, verify and scrapy crawl at it.")
    demo.add_argument("--out", metavar="DIR", default="output/demo", help="report folder (default %(default)s)")
    demo.add_argument("--quiet", action="store_true", help="no progress lines while crawling")
    demo.add_argument("--db", default=str(DEFAULT_DB), metavar="PATH",
                      help="history database the run is recorded in (default %(default)s)")
    demo.add_argument("--no-history", action="store_true", help="do not record the run in the history database")
    demo.add_argument("--serve", action="store_true",
                      help="serve the demo site on 127.0.0.1 until interrupted, without crawling it")
    demo.add_argument("--port", type=int, default=0, metavar="N",
                      help="port to serve on with --serve (default: a free one)")

    sub.add_parser("checklists", help="list the bundled checklists",
                   description="List the bundled checklists grouped by scheme (NACC, MOPH MOIT, OBEC, "
                               "vocational), with year, item count, how many items are provisional and "
                               "whether the whole list is.")

    verify = sub.add_parser("verify", help="check a planned ITAS answer sheet URL by URL",
                            description="Crawl the site and check every URL of an answer sheet (CSV or "
                                        "XLSX: item number, URL columns, optional explanation): it opens, "
                                        "is on the main website, can be reached by clicking from the home "
                                        "page, its content matches the item, and it meets the item's time "
                                        "window and elements. Writes verify.csv and verify.json.")
    verify.add_argument("answers", help="answer sheet: .csv or .xlsx (itas.csv/itas.xlsx work too)")
    verify.add_argument("--site", required=True, help="start URL of the agency's main website")
    _add_crawl_options(verify, history=False)

    history = sub.add_parser("history", help="list a site's recorded runs with scores",
                             description="List the runs recorded in the history database, newest first.")
    history.add_argument("site", nargs="?", help="site URL or host (default: every site)")
    history.add_argument("--db", default=str(DEFAULT_DB), metavar="PATH", help="history database (default %(default)s)")
    history.add_argument("--limit", type=int, default=24, metavar="N", help="at most N runs (default %(default)s)")

    changes = sub.add_parser("diff", help="what changed between two runs",
                             description="List regressions, improvements and unchanged items between two "
                                         "recorded runs (default: the last two runs of --site).")
    changes.add_argument("runs", nargs="*", type=int, metavar="RUN", help="run ids: OLD NEW, or one run "
                         "to compare with the run before it")
    changes.add_argument("--site", help="site URL or host whose last two runs to compare")
    changes.add_argument("--db", default=str(DEFAULT_DB), metavar="PATH", help="history database (default %(default)s)")
    changes.add_argument("--json", action="store_true", help="print the changes as JSON")
    changes.add_argument("--fail-on-regression", action="store_true", help="exit with code 5 when anything regressed")

    schedule = sub.add_parser("schedule", help="print or install a monthly crawl (cron or systemd)",
                              description="Print a crontab line (or, with --systemd, a systemd user service "
                                          "and timer) that crawls SITE monthly with the history database "
                                          "and --fail-on-regression; --install installs it for the current user.")
    schedule.add_argument("site", help="start URL of the agency's main website")
    schedule.add_argument("--monthly", action="store_true", default=True, help="once a month (the default)")
    schedule.add_argument("--day", type=int, default=1, metavar="N",
                          help="day of the month, 1-28 (default %(default)s)")
    schedule.add_argument("--hour", type=int, default=2, metavar="H", help="hour of the day (default %(default)s)")
    schedule.add_argument("--systemd", action="store_true", help="a systemd user timer instead of a crontab line")
    schedule.add_argument("--install", action="store_true", help="install it for the current user")
    schedule.add_argument("--db", default="", metavar="PATH", help=f"history database (default ./{DEFAULT_DB})")
    schedule.epilog = "Further crawl options go after --, e.g.: oitcrawler schedule URL -- --checklist ita-2568"

    batch = sub.add_parser("batch", help="check many agencies listed in a CSV or YAML file",
                           description="Crawl every agency of AGENCIES (CSV with a header name,url[,checklist]"
                                       "[,fiscal_year], Thai headers such as ชื่อหน่วยงาน,เว็บไซต์ accepted; or "
                                       "YAML: a list of {name, url, checklist, fiscal_year}) a few at a time, write "
                                       "each agency's report in OUT/<host>/ and summary.csv, summary.json and "
                                       "summary.html (agencies × items). Agencies already done are skipped.",
                           epilog="Crawl options for every agency go after --, e.g.: oitcrawler batch "
                                  "agencies.csv -- --checklist ita-2568 --max-pages 3000")
    batch.add_argument("agencies", help="CSV or YAML list of agencies")
    batch.add_argument("--out", default="output/batch", metavar="DIR", help="batch folder (default %(default)s)")
    batch.add_argument("--workers", type=int, default=2, metavar="N",
                       help="agencies crawled at the same time (default %(default)s)")
    batch.add_argument("--force", action="store_true", help="crawl agencies again even when their report exists")
    batch.add_argument("--timeout", type=float, default=6 * 3600, metavar="SECONDS",
                       help="longest crawl of one agency (default %(default)s)")
    batch.add_argument("--quiet", action="store_true", help="no progress lines")

    enqueue = sub.add_parser("enqueue", help="queue agencies in Redis for distributed workers",
                             description="Push the agencies of AGENCIES to Redis for 'oitcrawler worker' processes "
                                         "on any machine. Agencies already done or queued are skipped unless --force.",
                             epilog="Crawl options for every agency go after --.")
    enqueue.add_argument("agencies", help="CSV or YAML list of agencies (as for batch)")
    batch_status = sub.add_parser("batch-status", help="progress of a distributed batch",
                                  description="Show the agencies queued, running (and on which worker) and done.")
    worker = sub.add_parser("worker", help="crawl agencies queued in Redis",
                            description="Take agencies from Redis one at a time and crawl them, writing reports to "
                                        "OUT/<host>/ (share OUT between machines, e.g. over NFS). An agency whose "
                                        "worker dies is taken over by another worker. Exits when the batch is done "
                                        "unless --keep-waiting.")
    worker.add_argument("--out", default="output/batch", metavar="DIR", help="reports folder (default %(default)s)")
    worker.add_argument("--lease", type=int, default=30, metavar="SECONDS",
                        help="seconds without a heartbeat after which another worker takes an agency over "
                             "(default %(default)s)")
    worker.add_argument("--keep-waiting", action="store_true", help="wait for more agencies instead of exiting")
    worker.add_argument("--timeout", type=float, default=6 * 3600, metavar="SECONDS",
                        help="longest crawl of one agency (default %(default)s)")
    worker.add_argument("--db", default="", metavar="PATH",
                        help="also record each agency's run in this history database")
    for p in (enqueue, batch_status, worker):
        p.add_argument("--redis", required=True, metavar="URL", help="Redis server, e.g. redis://host:6379/0")
        p.add_argument("--prefix", default="oit", help="Redis key prefix of this batch (default %(default)s)")
    enqueue.add_argument("--force", action="store_true", help="queue agencies again even when done")
    batch_status.add_argument("--json", action="store_true", help="print the status as JSON")

    checklist = sub.add_parser("checklist", help="compare checklists of two years",
                               description="Work with checklists.")
    csub = checklist.add_subparsers(dest="checklist_command", metavar="ACTION")
    cdiff = csub.add_parser(
        "diff", help="how items map between two years",
        description="Show how the items of two checklists correspond (same topic, renumbered, merged, "
                    "split, new, dropped), from the 'previous' mapping kept in the checklist files, so "
                    "last year's evidence list can be carried forward.")
    cdiff.add_argument("old", help="checklist id or path, e.g. ita-2566")
    cdiff.add_argument("new", help="checklist id or path, e.g. ita-2568")
    cdiff.add_argument("--format", choices=("text", "csv", "json"), default="text",
                       help="output format (default %(default)s)")
    cdiff.add_argument("--out", metavar="FILE", help="write to FILE (CSV with a BOM for Excel) instead of stdout")
    return parser


def _settings(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise OptionError(f"-s expects NAME=VALUE, got {pair!r}")
        out[name.strip()] = value
    return out


def _say(key: str, **fields: str) -> None:
    """A message on stderr: the Thai line, then the English."""
    print("\n".join(text(key, **fields)), file=sys.stderr)


def _finish(report: Report, fail_under: float | None, out: str, fail_on_regression: bool = False) -> int:
    print(terminal_summary(report))
    print(" / ".join(text("cli.report", path=str(Path(out) / "report.html"))))
    if report["status"] in ("unreachable", "blocked"):
        return EXIT_UNASSESSED
    if report["status"] == "partial" and (report.get("site_problem") or {}).get("code") == "interrupted":
        return 130
    if fail_under is not None and report["score"]["oit"] is None:
        # Not an error: a batch may give one --fail-under to agencies of several schemes.
        _say("cli.fail_under_ignored", checklist=report["checklist"]["id"])
    elif fail_under is not None and report["score"]["oit"] < fail_under:
        _say("cli.below_fail_under", score=f"{report['score']['oit']:.2f}", fail_under=str(fail_under))
        return EXIT_BELOW
    if fail_on_regression and (report.get("changes") or {}).get("regressions"):
        _say("cli.regressed", count=str(len(report["changes"]["regressions"])))
        return EXIT_REGRESSED
    return EXIT_PARTIAL if report["status"] == "partial" else EXIT_OK


def _fetch_options(args) -> dict:
    return {"insecure": args.insecure, "ignore_robots": args.ignore_robots, "render": args.render,
            "coverage": args.coverage}


def _say_notes(options: CrawlOptions) -> None:
    """How options the user did not spell out were read (a Buddhist-era date, the checklist picked)."""
    for note in (options.as_of_note, options.checklist_note):
        if note:
            print(note, file=sys.stderr)


def _checked_crawl(url: str, crawl_args: list[str]) -> CrawlOptions:
    """The crawl options given after -- (batch, enqueue, schedule), checked now, not in every crawl."""
    args = build_parser().parse_args(["crawl", url, *crawl_args])
    options = CrawlOptions.from_args(
        url=args.url, checklist=args.checklist, fiscal_year=args.fiscal_year, as_of=args.as_of,
        max_pages=args.max_pages, max_depth=args.max_depth, max_doc_mb=args.max_doc_mb, **_fetch_options(args))
    if options.as_of_note:
        print(options.as_of_note, file=sys.stderr)
    return options


def _notify(url: str, report: Report) -> None:
    """POST the changes; a failed notification is reported, never fatal to the run."""
    import urllib.request

    from .changes import summary_texts

    changes = report.get("changes") or {}
    summary_th, summary_en = summary_texts(changes) if changes.get("previous_run") else \
        (changes.get("note_th") or changes.get("error_th", ""), changes.get("note_en") or changes.get("error_en", ""))
    payload = {"site": report["site"], "checklist": report["checklist"]["id"],
               "fiscal_year": report["fiscal_year"], "generated_at": report["generated_at"],
               "score": report["score"]["oit"], "grade": report["score"]["grade"],
               "summary_th": summary_th, "summary_en": summary_en, "changes": changes}
    request = urllib.request.Request(url, data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            response.read(1024)
    except (OSError, ValueError) as exc:
        print(f"oitcrawler: warning: webhook {url} failed: {exc}", file=sys.stderr)


def cmd_crawl(args) -> int:
    out = args.out
    if args.resume and not out:
        found = resumable_dir(args.url)
        if found is None:
            raise OptionError(f"no interrupted crawl of {args.url} to resume under output/; "
                              "run without --resume, or give its folder with --out")
        out = str(found)
        print(f"resuming the crawl in {out}", file=sys.stderr)
    if args.notify_webhook and not args.notify_webhook.startswith(("http://", "https://")):
        raise OptionError(f"--notify-webhook needs an http(s) URL, got {args.notify_webhook!r}")
    options = CrawlOptions.from_args(
        url=args.url, out=out, checklist=args.checklist, fiscal_year=args.fiscal_year,
        as_of=args.as_of, max_pages=args.max_pages, max_depth=args.max_depth, max_doc_mb=args.max_doc_mb,
        db="" if args.no_history else args.db, archive=args.archive, **_fetch_options(args))
    _say_notes(options)
    report, _ = run_crawl(options, progress=not args.quiet, extra_settings=_settings(args.set),
                          resume=args.resume, cache=args.cache)
    if args.notify_webhook:
        _notify(args.notify_webhook, report)
    return _finish(report, args.fail_under, options.out, args.fail_on_regression)


def cmd_demo(args) -> int:
    import importlib.util

    if importlib.util.find_spec("fpdf") is None:
        raise OptionError("the demo builds its PDFs with fpdf2: pip install 'oitcrawler[demo]' (make demo does)")
    if not 0 <= args.port <= 65535:
        raise OptionError(f"--port must be 1-65535, got {args.port}")
    from .testing.fixtureserver import FixtureServer

    world = Path(__file__).with_name("demo_site")
    with tempfile.TemporaryDirectory(prefix="oitcrawler-demo-") as tmp:
        try:
            server = FixtureServer(world, Path(tmp) / "site", port=args.port if args.serve else 0)
        except OSError as exc:
            raise OptionError(f"cannot serve the demo site on port {args.port}: {exc.strerror or exc}") from None
        with server:
            start, as_of = server.expected["start"], str(server.expected.get("as_of", ""))
            if args.serve:
                return _serve_demo(server.proxy_url, start, as_of)
            # The demo's other hosts (Facebook, Google Drive) are served by the same local server.
            os.environ["http_proxy"] = server.proxy_url
            os.environ.pop("no_proxy", None)
            os.environ.pop("NO_PROXY", None)
            print(" / ".join(text("demo.serving", start=start, proxy=server.proxy_url)))
            options = CrawlOptions.from_args(url=start, out=args.out, as_of=as_of,
                                             db="" if args.no_history else args.db)
            report, _ = run_crawl(options, progress=not args.quiet)
    return _finish(report, None, options.out)


def _serve_demo(proxy: str, start: str, as_of: str) -> int:
    """Keep the demo site up until Ctrl-C (or kill), saying how to reach it."""
    import signal
    import time

    def stop(signum, frame):
        raise KeyboardInterrupt

    # Also SIGINT: a shell starts a background job with SIGINT ignored, and `kill -INT` must still stop it.
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)

    th, en = text("demo.serve", proxy=proxy)
    print(f"{th}\n{en}")
    print(f"export http_proxy={proxy} no_proxy=")
    for line in (f"oitcrawler crawl {start} --as-of {as_of}",
                 f"oitcrawler verify output/demo/itas.xlsx --site {start} --as-of {as_of}",
                 f"scrapy crawl oit -a url={start} -a as_of={as_of} -a out=output/demo-scrapy"):
        print(f"  {line}")
    sys.stdout.flush()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print(" / ".join(text("demo.stopped")))
    return EXIT_OK


def cmd_checklists(args) -> int:
    lists = [load_checklist(str(path)) for path in bundled_checklists()]
    for scheme in sorted({c.scheme for c in lists}, key=lambda s: (s != "nacc", s)):
        name_th, name_en = SCHEME_NAMES.get(scheme, (scheme, scheme))
        print(" / ".join(text("checklists.scheme", scheme=scheme, name=(name_th, name_en))))
        rows = [line.split("|") for line in text("checklists.header")]
        mine = [c for c in lists if c.scheme == scheme]
        for c in mine:
            flagged = sum(1 for i in c.items if i.provisional)
            state = " ".join(text("checklists.provisional" if c.provisional else "checklists.confirmed"))
            rows.append([c.id, str(c.ita_year), str(len(c.items)), str(flagged), state])
        # Counts are right-aligned under their headings; the list's titles follow its row.
        for n, line in enumerate(table(rows, right=frozenset({2, 3}))):
            print("  " + line)
            if n >= 2:
                print(f"      {mine[n - 2].title_th}\n      {mine[n - 2].title_en}")
    return EXIT_OK


def cmd_verify(args) -> int:
    from .answers import AnswerError, answer_urls, read_answers, verdict_rows, verify_answers, verify_summary
    from .outdir import add_to_set
    from .records import RECORDS_FILE
    from .report import csv_bytes

    options = CrawlOptions.from_args(
        url=args.site, out=args.out, checklist=args.checklist, fiscal_year=args.fiscal_year,
        as_of=args.as_of, max_pages=args.max_pages, max_depth=args.max_depth, max_doc_mb=args.max_doc_mb,
        **_fetch_options(args))
    checklist = load_checklist(options.checklist)
    try:
        answers = read_answers(Path(args.answers), checklist, urlsplit(options.url).scheme)
    except AnswerError as exc:
        raise OptionError(str(exc)) from None
    options.extra_urls = tuple(answer_urls(answers))
    _say_notes(options)
    report, meta = run_crawl(options, progress=not args.quiet, extra_settings=_settings(args.set))
    verdicts = verify_answers(answers, Path(options.out) / RECORDS_FILE, checklist,
                              options.site.answered(report.get("site_final_url", "")), options.fiscal_year,
                              date.fromisoformat(options.as_of), meta.get("soft404_fingerprint", ""))
    out = Path(options.out)
    # Beside the crawl's report, in its set: never next to another run's report.
    add_to_set(out, {"verify.csv": csv_bytes(verdict_rows(verdicts)),
                     "verify.json": json.dumps({"site": options.url, "answers": str(args.answers),
                                                "checklist": checklist.id,
                                                "verdicts": [v.as_dict() for v in verdicts]},
                                               ensure_ascii=False, indent=2).encode("utf-8")})
    print(verify_summary(verdicts))
    print(" / ".join(text("cli.verify_files", path=str(out / "verify.csv"))))
    if report["status"] in ("unreachable", "blocked"):
        return EXIT_UNASSESSED
    return EXIT_ANSWERS_FAIL if any(v.verdict == "fail" for v in verdicts) else EXIT_OK


def _existing_db(path: str):
    """Open a history database for reading; a mistyped path is an error, not a new empty file."""
    from .history import open_db

    if not Path(path).is_file():
        raise OptionError(f"no history database at {path} (crawls record into it; see --db)")
    return open_db(path)


def cmd_history(args) -> int:
    from .history import list_runs

    conn = _existing_db(args.db)
    runs = list_runs(conn, args.site, limit=args.limit)
    conn.close()
    if not runs:
        print(" / ".join(text("history.none", site=f" ({args.site})" if args.site else "", db=str(args.db))))
        return EXIT_OK
    rows = [line.split("|") for line in text("history.header")]
    for r in runs:
        score = f"{r['score']:.2f}" if r["score"] is not None else "-"
        rows.append([str(r["id"]), human_date(r["finished_at"] or "")[0], r["site"][:40], r["checklist"],
                     str(r["fiscal_year"]), SITE_STATUS_TH.get(r["status"], r["status"]), score, r["grade"] or "-",
                     f"{r['items_pass']}/{r['items_total']}"])
    print("\n".join(table(rows, right=frozenset({0, 6, 8}))))
    return EXIT_OK


def cmd_diff(args) -> int:
    from .changes import compare, has_regressions, summary_lines
    from .history import list_runs, load_run, previous_run

    if len(args.runs) > 2:
        raise OptionError("diff takes at most two run ids: OLD NEW")
    conn = _existing_db(args.db)
    try:
        if len(args.runs) == 2:
            old_id, new_id = args.runs
        elif len(args.runs) == 1:
            new_id = args.runs[0]
            old_id = previous_run(conn, load_run(conn, new_id)["site"], before_run_id=new_id)
        else:
            if not args.site:
                raise OptionError("give two run ids, one run id, or --site SITE (see 'oitcrawler history')")
            latest = list_runs(conn, args.site, limit=1)
            if not latest:
                raise OptionError(f"no runs of {args.site} in {args.db}")
            new_id = latest[0]["id"]
            old_id = previous_run(conn, args.site, before_run_id=new_id)
        if old_id is None:
            raise OptionError(f"run {new_id} has no earlier run of the same site to compare with")
        changes = compare(load_run(conn, old_id), load_run(conn, new_id))
    finally:
        conn.close()
    if args.json:
        print(json.dumps(changes, ensure_ascii=False, indent=2))
    else:
        print("\n".join(summary_lines(changes)))
    return EXIT_REGRESSED if args.fail_on_regression and has_regressions(changes) else EXIT_OK


def cmd_schedule(args) -> int:
    from .schedule import cron_line, install_cron, install_systemd, plan, systemd_units

    extra = args.crawl_args
    _checked_crawl(args.site, extra)   # a bad address or option fails now, not every month
    p = plan(args.site, day=args.day, hour=args.hour, db=args.db, extra=extra)
    if args.systemd:
        for name, text in systemd_units(p).items():
            print(f"# ~/.config/systemd/user/{name}\n{text}")
        if args.install:
            written = install_systemd(p)
            print(f"installed and enabled: {', '.join(str(w) for w in written)}")
        return EXIT_OK
    print(cron_line(p))
    if args.install:
        print(f"crontab entry {install_cron(p)} for {p.key} (see 'crontab -l')")
    return EXIT_OK


def _crawl_args(args) -> list[str]:
    """Crawl options given after --, checked now rather than in every agency's crawl."""
    _checked_crawl("http://www.example.go.th/", args.crawl_args)
    return list(args.crawl_args)


def cmd_batch(args) -> int:
    from .batch import exit_code, read_agencies, run_batch

    agencies = read_agencies(Path(args.agencies))
    crawl_args = _crawl_args(args)
    say = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    rows = run_batch(agencies, Path(args.out), args.workers, crawl_args, force=args.force,
                     timeout=args.timeout, progress=say)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    print(f"{len(rows)} agencies: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"summary: {Path(args.out) / 'summary.html'}")
    return exit_code(rows)


def cmd_enqueue(args) -> int:
    from .batch import read_agencies
    from .distribute import Coordinator

    agencies = read_agencies(Path(args.agencies))
    queued, skipped = Coordinator(args.redis, args.prefix).enqueue(agencies, _crawl_args(args), force=args.force)
    print(f"queued {queued} agencies, skipped {skipped} already queued or done")
    return EXIT_OK


def cmd_worker(args) -> int:
    from .distribute import Coordinator, run_worker

    coordinator = Coordinator(args.redis, args.prefix)
    crawled = run_worker(coordinator, Path(args.out), ttl=args.lease, keep_waiting=args.keep_waiting,
                         timeout=args.timeout, db=args.db,
                         progress=lambda line: print(line, file=sys.stderr, flush=True))
    print(f"worker done: {crawled} agencies reported")
    return EXIT_OK


def cmd_batch_status(args) -> int:
    from .distribute import Coordinator

    status = Coordinator(args.redis, args.prefix).status()
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"queued {status['queued']}, running {len(status['running'])}, done {status['done']}")
    for r in status["running"]:
        print(f"  running {r['agency']} on {r['worker'] or '(lease lapsed: waiting for another worker)'}, "
              f"{r['pending_requests']} requests queued")
    for slug, r in sorted(status["results"].items()):
        print(f"  done {slug}: {r['status']} {score_text({'oit': r.get('score'), 'grade': r.get('grade')})}")
    return EXIT_OK


def cmd_checklist(args) -> int:
    if args.checklist_command != "diff":
        raise OptionError("usage: oitcrawler checklist diff OLD NEW (see 'oitcrawler checklist diff --help')")
    from .lineage import as_rows, diff, render_text
    from .report import csv_bytes, write_atomic

    old, new = load_checklist(args.old), load_checklist(args.new)
    rows = diff(old, new)
    if args.format == "text":
        data = (render_text(old, new, rows) + "\n").encode("utf-8")
    elif args.format == "json":
        data = json.dumps({"old": old.id, "new": new.id, "rows": as_rows(rows)},
                          ensure_ascii=False, indent=2).encode("utf-8")
    else:
        flat = as_rows(rows)
        data = csv_bytes([list(flat[0])] + [list(r.values()) for r in flat], bom=bool(args.out))
    if args.out:
        write_atomic(Path(args.out), data)
        print(f"written {args.out}")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # Everything after "--" is passed on to the scheduled crawl.
    crawl_args = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    args = parser.parse_args(argv)
    args.crawl_args = crawl_args
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        return {"crawl": cmd_crawl, "demo": cmd_demo, "checklists": cmd_checklists,
                "checklist": cmd_checklist, "history": cmd_history, "diff": cmd_diff,
                "schedule": cmd_schedule, "verify": cmd_verify, "batch": cmd_batch, "enqueue": cmd_enqueue,
                "worker": cmd_worker, "batch-status": cmd_batch_status}[args.command](args)
    except (OptionError, ChecklistError, HistoryError, ScheduleError) as exc:
        print(f"oitcrawler: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CrawlStopped as exc:
        print(f"oitcrawler: interrupted: {exc}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("oitcrawler: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
