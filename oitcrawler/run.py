"""One crawl run: validated options, the Scrapy process, and the report at the end."""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from .assess import Collected, Collector, assess, collect, home_urls, unfetched_candidate_urls
from .checklist import load_checklist, select_checklist
from .match import Matcher
from .records import RECORDS_FILE
from .report import write_reports

DEFAULT_OUTPUT = Path("output")
DEFAULT_DB = DEFAULT_OUTPUT / "history.sqlite"
RENDER_MODES = ("auto", "never", "always")


class OptionError(ValueError):
    """A bad argument: shown to the user as a one-line message, exit code 2."""


def check_url(url: str | None) -> str:
    if not url:
        raise OptionError("a start URL is required, e.g. https://www.example.go.th/")
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise OptionError(f"unsupported URL scheme {parts.scheme!r}: use http:// or https://")
    try:
        host = parts.hostname
        parts.port
    except ValueError as exc:
        raise OptionError(f"invalid URL {url!r}: {exc}") from None
    if not host or " " in host:
        raise OptionError(f"invalid URL {url!r}: no host name")
    try:
        ascii_host = host.encode("idna").decode("ascii")   # Thai domain names (.ไทย) are fine
    except UnicodeError:
        raise OptionError(f"invalid URL {url!r}: {host!r} is not a host name") from None
    if not _HOST.fullmatch(ascii_host):
        raise OptionError(f"invalid URL {url!r}: {host!r} is not a host name")
    return url if parts.path else url + "/"


_HOST = re.compile(r"(?=.*[a-z0-9])[a-z0-9_]([a-z0-9_-]{0,62}\.?)*|\[[0-9a-f:.]+\]|[0-9a-f:]+", re.I)


def host_folder(url: str) -> str:
    """A folder name for a site's reports that cannot point outside the output root."""
    host = urlsplit(url).hostname or ""
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass   # the substitution below still makes it a safe name
    name = re.sub(r"[^a-z0-9._-]+", "_", host.lower()).strip("._")
    return name[:100] or "site"


def _url_list(value) -> tuple:
    if isinstance(value, str):   # from ``scrapy crawl -a extra_urls=URL,URL``
        value = re.split(r"[\s,]+", value)
    urls = tuple(u.strip() for u in value or () if u and u.strip())
    for url in urls:
        if urlsplit(url).scheme not in ("http", "https"):
            raise OptionError(f"not an http(s) URL: {url!r}")
    return urls


def _flag(name: str, value) -> bool:
    """A yes/no option, also as given on the ``scrapy crawl -a name=value`` command line."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("", "0", "false", "no", "off"):
        return False
    raise OptionError(f"{name} must be yes or no, got {value!r}")


def _positive_int(name: str, value) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise OptionError(f"{name} must be a whole number, got {value!r}") from None
    if number < 0 or (number == 0 and name != "max_depth"):
        raise OptionError(f"{name} must be positive, got {number}")
    return number


@dataclass
class CrawlOptions:
    url: str
    out: str
    checklist: str = ""
    fiscal_year: int | None = None
    as_of: str = ""
    max_pages: int = 5000
    max_depth: int = 6
    max_documents: int = 2000
    max_doc_bytes: int = 25 * 1024 * 1024
    checklist_note: str = ""          # how the checklist was chosen, when it was not given
    db: str = ""                      # history database; "" = do not record the run
    archive: bool = False             # keep the evidence responses in evidence.warc.gz
    extra_urls: tuple = ()            # URLs to fetch even when no link leads to them (verify)
    insecure: bool = False            # crawl even when the certificate is invalid (reported anyway)
    ignore_robots: bool = False       # the agency checking its own site may ignore its robots.txt
    render: str = "auto"              # JavaScript rendering: auto | never | always

    @classmethod
    def from_args(cls, url=None, out=None, checklist=None, fiscal_year=None, as_of=None,
                  max_pages=5000, max_depth=6, max_documents=2000, max_doc_mb=25, checklist_note="",
                  db="", archive=False, extra_urls=(), insecure=False, ignore_robots=False, render="auto",
                  **unknown):
        if unknown:
            raise OptionError(f"unknown spider argument(s): {', '.join(sorted(unknown))}")
        url = check_url(url)
        if fiscal_year not in (None, ""):
            fiscal_year = _positive_int("fiscal_year", fiscal_year)
            if not 2540 <= fiscal_year <= 2600:
                raise OptionError(f"fiscal year is a Buddhist-era year such as 2566, got {fiscal_year}")
        else:
            fiscal_year = None
        as_of = as_of or date.today().isoformat()
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            raise OptionError(f"--as-of must be a date YYYY-MM-DD, got {as_of!r}") from None
        if not checklist:
            # No list named: the one for the fiscal year of --as-of, assessed for that year.
            picked = select_checklist(day)
            checklist, checklist_note = picked.ref, picked.message
            fiscal_year = fiscal_year or picked.fiscal_year
        load_checklist(checklist)  # fail before crawling, not after
        if render not in RENDER_MODES:
            raise OptionError(f"render must be one of {', '.join(RENDER_MODES)}, got {render!r}")
        if not out:
            out = str(DEFAULT_OUTPUT / host_folder(url) / datetime.now().strftime("%Y%m%d-%H%M%S"))
        return cls(url=url, out=str(out), checklist=checklist, fiscal_year=fiscal_year, as_of=as_of,
                   checklist_note=checklist_note, db=str(db or ""), archive=_flag("archive", archive),
                   extra_urls=_url_list(extra_urls), insecure=_flag("insecure", insecure),
                   ignore_robots=_flag("ignore_robots", ignore_robots), render=render,
                   max_pages=_positive_int("max_pages", max_pages),
                   max_depth=_positive_int("max_depth", max_depth),
                   max_documents=_positive_int("max_documents", max_documents),
                   max_doc_bytes=int(float(max_doc_mb) * 1024 * 1024))


    def spider_args(self) -> dict:
        args = {k: v for k, v in asdict(self).items() if v is not None and k != "max_doc_bytes"}
        args["max_doc_mb"] = self.max_doc_bytes / (1024 * 1024)
        return args


def match_context(options: CrawlOptions, meta: dict) -> tuple:
    """(checklist, fiscal year, home URLs): what matching a page of this crawl depends on."""
    checklist = load_checklist(options.checklist)
    return (options.checklist, options.fiscal_year or checklist.ita_year,
            tuple(sorted(home_urls(options.url, meta.get("start_final_url", "")))))


def collector_for(options: CrawlOptions, meta: dict) -> Collector:
    """A Collector for this crawl's records, once its start page and soft-404 probe have answered."""
    ref, year, home = match_context(options, meta)
    return Collector(Matcher(load_checklist(ref)), set(home), year, meta.get("soft404_fingerprint", ""))


def unverified_candidates(options: CrawlOptions, meta: dict, collected: Collected | None = None) -> list[str]:
    """Evidence candidates not fetched yet; ``collected`` as for ``finish_run``."""
    if collected is None:
        collected = collect(Path(options.out) / RECORDS_FILE, collector_for(options, meta))
    return unfetched_candidate_urls(collected)


def finish_run(options: CrawlOptions, meta: dict, collected: Collected | None = None) -> dict:
    """Assess the records of a finished (or interrupted) crawl and write every report file.

    ``collected``: the crawl's records as the crawler collected them while writing them
    (see assess.Collector); without it the records file is matched afresh.
    """
    checklist = load_checklist(options.checklist)
    fiscal_year = options.fiscal_year or checklist.ita_year
    out = Path(options.out)
    report = assess(out / RECORDS_FILE, checklist, options.url, fiscal_year,
                    date.fromisoformat(options.as_of), meta, collected)
    report["options"] = {k: v for k, v in asdict(options).items() if k not in ("out", "checklist_note")}
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


def record_history(db: str, report: dict, out: Path) -> dict:
    """Record the run and compare it with the site's previous one; never loses the report."""
    from .changes import compare
    from .history import HistoryError, load_run, open_db, previous_run, record_run

    try:
        conn = open_db(db)
        try:
            run_id = record_run(conn, report, str(out.resolve()))
            before = previous_run(conn, report["site"], before_run_id=run_id)
            if before is None:
                return {"run_id": run_id, "previous_run": None, "comparable": False,
                        "note": "first recorded run of this site", "regressions": [], "improvements": []}
            changes = compare(load_run(conn, before), load_run(conn, run_id))
            return {"run_id": run_id, "previous_run": before, **changes}
        finally:
            conn.close()
    except HistoryError as exc:
        return {"error": str(exc), "regressions": [], "improvements": []}


def crawl_settings(progress: bool, log_level: str = "CRITICAL") -> dict:
    """Scrapy settings for a CLI run: fetch errors go into the report, not onto the terminal."""
    from . import settings as defaults

    values = {k: getattr(defaults, k) for k in dir(defaults) if k.isupper()}
    values.update(LOG_LEVEL=log_level, OITCRAWLER_PROGRESS=progress, LOG_STDOUT=False,
                  LOG_INSTALL_ROOT_HANDLER=True)
    return values


JOB_DIR = "job"
CACHE_DIR = DEFAULT_OUTPUT / ".httpcache"


def resumable_dir(url: str, root: Path = DEFAULT_OUTPUT) -> Path | None:
    """The newest report folder of this site that holds an unfinished crawl."""
    jobs = sorted((root / host_folder(check_url(url))).glob(f"*/{JOB_DIR}"), key=lambda p: p.stat().st_mtime)
    return jobs[-1].parent if jobs else None


def run_crawl(options: CrawlOptions, progress: bool = True, extra_settings: dict | None = None,
              resume: bool = False, cache: bool = False) -> dict:
    """Run the spider in this process and return the report it wrote.

    Every crawl keeps Scrapy's job state in ``<out>/job`` (removed when it finishes), so
    one stopped by Ctrl-C, a kill or a reboot can go on with ``resume=True``.
    """
    import shutil

    from scrapy.crawler import CrawlerProcess

    job = Path(options.out) / JOB_DIR
    if not resume and job.exists():
        shutil.rmtree(job)
    settings = crawl_settings(progress)
    settings["JOBDIR"] = str(job)
    settings["OITCRAWLER_RENDER"] = options.render
    settings["OITCRAWLER_RESUME"] = resume
    if cache:
        # Replays earlier responses instead of asking the agency's server again.
        settings.update(HTTPCACHE_ENABLED=True, HTTPCACHE_DIR=str(CACHE_DIR.resolve()),
                        HTTPCACHE_EXPIRATION_SECS=0)
    settings.update(extra_settings or {})
    process = CrawlerProcess(settings)
    # Imported after CrawlerProcess has installed the asyncio reactor.
    from spiders.oit import OitSpider

    process.crawl(OitSpider, **options.spider_args())
    process.start()
    report_path = Path(options.out) / "report.json"
    if not report_path.exists():
        raise RuntimeError(f"the crawl ended without writing {report_path}")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    crawl = json.loads((Path(options.out) / "crawl.json").read_text(encoding="utf-8"))
    if not crawl.get("interrupted") and job.exists():
        shutil.rmtree(job)
    return report
