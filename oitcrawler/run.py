"""One crawl run in this process: the Scrapy process with our settings, and its report."""
from __future__ import annotations

import shutil
from pathlib import Path

from .options import DEFAULT_OUTPUT, CrawlOptions, OptionError, check_url
from .outdir import CRAWL, JOB, FolderBusy, crawl_dir, job_dir, lock
from .schema import CrawlFacts, Report
from .site import host_folder

CACHE_DIR = DEFAULT_OUTPUT / ".httpcache"


class CrawlStopped(RuntimeError):
    """The crawl was stopped at once (a second Ctrl-C) and wrote no report; it can be resumed."""


def crawl_settings(progress: bool, log_level: str = "CRITICAL") -> dict:
    """Scrapy settings for a CLI run: fetch errors go into the report, not onto the terminal."""
    from . import settings as defaults

    values = {k: getattr(defaults, k) for k in dir(defaults) if k.isupper()}
    values.update(LOG_LEVEL=log_level, OITCRAWLER_PROGRESS=progress, LOG_STDOUT=False,
                  LOG_INSTALL_ROOT_HANDLER=True)
    return values


def resumable_dir(url: str, root: Path = DEFAULT_OUTPUT) -> Path | None:
    """The newest report folder of this site that holds an unfinished crawl."""
    jobs = sorted((root / host_folder(check_url(url))).glob(f"*/{CRAWL}/{JOB}"), key=lambda p: p.stat().st_mtime)
    return jobs[-1].parent.parent if jobs else None


def run_crawl(options: CrawlOptions, progress: bool = True, extra_settings: dict | None = None,
              resume: bool = False, cache: bool = False) -> tuple[Report, CrawlFacts]:
    """Run the spider in this process; returns the report it wrote and the crawl's facts (crawl.json).

    Every crawl keeps Scrapy's job state in ``<out>/.crawl/job`` (removed when it finishes),
    so one stopped by Ctrl-C, a kill or a reboot can go on with ``resume=True``.
    Raises OptionError when another crawl is writing into the same folder.
    """
    from scrapy.crawler import CrawlerProcess

    try:
        lock(options.out)
    except FolderBusy as exc:
        raise OptionError(str(exc)) from None
    job = job_dir(options.out)
    if not resume:
        shutil.rmtree(crawl_dir(options.out), ignore_errors=True)
    settings = crawl_settings(progress)
    settings["JOBDIR"] = str(job)
    settings["OITCRAWLER_RESUME"] = resume
    if cache:
        # Replays earlier responses instead of asking the agency's server again.
        settings.update(HTTPCACHE_ENABLED=True, HTTPCACHE_DIR=str(CACHE_DIR.resolve()),
                        HTTPCACHE_EXPIRATION_SECS=0)
    settings.update(extra_settings or {})
    process = CrawlerProcess(settings)
    # Imported after CrawlerProcess has installed the asyncio reactor.
    from .spiders.extensions import ReportOnClose
    from .spiders.oit import OitSpider

    crawler = process.create_crawler(OitSpider)
    process.crawl(crawler, options=options)
    process.start()
    reporter = ReportOnClose.of(crawler)
    if reporter is None or reporter.report is None:
        raise CrawlStopped(f"the crawl was stopped before writing its report; continue it with "
                           f"--resume --out {options.out}")
    if not reporter.meta.get("interrupted"):
        shutil.rmtree(crawl_dir(options.out), ignore_errors=True)
    return reporter.report, reporter.meta
