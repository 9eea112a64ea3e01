"""One crawl run in this process: the Scrapy process with our settings, and its report."""
from __future__ import annotations

import shutil
from pathlib import Path

from .options import DEFAULT_OUTPUT, CrawlOptions, check_url
from .schema import CrawlFacts, Report
from .site import host_folder

JOB_DIR = "job"
CACHE_DIR = DEFAULT_OUTPUT / ".httpcache"


def crawl_settings(progress: bool, log_level: str = "CRITICAL") -> dict:
    """Scrapy settings for a CLI run: fetch errors go into the report, not onto the terminal."""
    from . import settings as defaults

    values = {k: getattr(defaults, k) for k in dir(defaults) if k.isupper()}
    values.update(LOG_LEVEL=log_level, OITCRAWLER_PROGRESS=progress, LOG_STDOUT=False,
                  LOG_INSTALL_ROOT_HANDLER=True)
    return values


def resumable_dir(url: str, root: Path = DEFAULT_OUTPUT) -> Path | None:
    """The newest report folder of this site that holds an unfinished crawl."""
    jobs = sorted((root / host_folder(check_url(url))).glob(f"*/{JOB_DIR}"), key=lambda p: p.stat().st_mtime)
    return jobs[-1].parent if jobs else None


def run_crawl(options: CrawlOptions, progress: bool = True, extra_settings: dict | None = None,
              resume: bool = False, cache: bool = False) -> tuple[Report, CrawlFacts]:
    """Run the spider in this process; returns the report it wrote and the crawl's facts (crawl.json).

    Every crawl keeps Scrapy's job state in ``<out>/job`` (removed when it finishes), so
    one stopped by Ctrl-C, a kill or a reboot can go on with ``resume=True``.
    """
    from scrapy.crawler import CrawlerProcess

    job = Path(options.out) / JOB_DIR
    if not resume and job.exists():
        shutil.rmtree(job)
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
        raise RuntimeError(f"the crawl ended without writing a report in {options.out}")
    if not reporter.meta.get("interrupted"):
        shutil.rmtree(job, ignore_errors=True)
    return reporter.report, reporter.meta
