"""One crawl run: validated options, the Scrapy process, and the report at the end."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from .assess import assess, unfetched_candidate_urls
from .checklist import DEFAULT_CHECKLIST, load_checklist
from .records import RECORDS_FILE
from .report import write_reports

DEFAULT_OUTPUT = Path("output")


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
    return url if parts.path else url + "/"


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
    checklist: str = DEFAULT_CHECKLIST
    fiscal_year: int | None = None
    as_of: str = ""
    max_pages: int = 5000
    max_depth: int = 6
    max_documents: int = 2000
    max_doc_bytes: int = 25 * 1024 * 1024

    @classmethod
    def from_args(cls, url=None, out=None, checklist=DEFAULT_CHECKLIST, fiscal_year=None, as_of=None,
                  max_pages=5000, max_depth=6, max_documents=2000, max_doc_mb=25, **unknown):
        if unknown:
            raise OptionError(f"unknown spider argument(s): {', '.join(sorted(unknown))}")
        url = check_url(url)
        load_checklist(checklist)  # fail before crawling, not after
        if fiscal_year not in (None, ""):
            fiscal_year = _positive_int("fiscal_year", fiscal_year)
            if not 2540 <= fiscal_year <= 2600:
                raise OptionError(f"fiscal year is a Buddhist-era year such as 2566, got {fiscal_year}")
        else:
            fiscal_year = None
        as_of = as_of or date.today().isoformat()
        try:
            date.fromisoformat(as_of)
        except ValueError:
            raise OptionError(f"--as-of must be a date YYYY-MM-DD, got {as_of!r}") from None
        if not out:
            host = (urlsplit(url).hostname or "site").replace(":", "_")
            out = str(DEFAULT_OUTPUT / host / datetime.now().strftime("%Y%m%d-%H%M%S"))
        return cls(url=url, out=str(out), checklist=checklist, fiscal_year=fiscal_year, as_of=as_of,
                   max_pages=_positive_int("max_pages", max_pages),
                   max_depth=_positive_int("max_depth", max_depth),
                   max_documents=_positive_int("max_documents", max_documents),
                   max_doc_bytes=int(float(max_doc_mb) * 1024 * 1024))


    def spider_args(self) -> dict:
        args = {k: v for k, v in asdict(self).items() if v is not None and k != "max_doc_bytes"}
        args["max_doc_mb"] = self.max_doc_bytes / (1024 * 1024)
        return args


def unverified_candidates(records_path: Path, options: CrawlOptions) -> list[str]:
    return unfetched_candidate_urls(records_path, load_checklist(options.checklist), options.url)


def finish_run(options: CrawlOptions, meta: dict) -> dict:
    """Assess the records of a finished (or interrupted) crawl and write every report file."""
    checklist = load_checklist(options.checklist)
    fiscal_year = options.fiscal_year or checklist.ita_year
    out = Path(options.out)
    report = assess(out / RECORDS_FILE, checklist, options.url, fiscal_year,
                    date.fromisoformat(options.as_of), meta)
    report["options"] = {k: v for k, v in asdict(options).items() if k != "out"}
    write_reports(report, out)
    return report


def crawl_settings(progress: bool, log_level: str = "CRITICAL") -> dict:
    """Scrapy settings for a CLI run: fetch errors go into the report, not onto the terminal."""
    from . import settings as defaults

    values = {k: getattr(defaults, k) for k in dir(defaults) if k.isupper()}
    values.update(LOG_LEVEL=log_level, OITCRAWLER_PROGRESS=progress, LOG_STDOUT=False,
                  LOG_INSTALL_ROOT_HANDLER=True)
    return values


def run_crawl(options: CrawlOptions, progress: bool = True, extra_settings: dict | None = None) -> dict:
    """Run the spider in this process and return the report it wrote."""
    from scrapy.crawler import CrawlerProcess

    settings = crawl_settings(progress)
    settings.update(extra_settings or {})
    process = CrawlerProcess(settings)
    # Imported after CrawlerProcess has installed the asyncio reactor.
    from spiders.oit import OitSpider

    process.crawl(OitSpider, **options.spider_args())
    process.start()
    report_path = Path(options.out) / "report.json"
    if not report_path.exists():
        raise RuntimeError(f"the crawl ended without writing {report_path}")
    return json.loads(report_path.read_text(encoding="utf-8"))
