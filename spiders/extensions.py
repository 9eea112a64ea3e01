"""Scrapy extensions of the oit spider: progress, state snapshots, evidence archive, report.

Each switches itself on from settings, as Scrapy's own extensions do (``NotConfigured``
when off), so the spider only crawls:

- ``Progress`` (``OITCRAWLER_PROGRESS``): a progress line on stderr every
  ``OITCRAWLER_PROGRESS_INTERVAL`` seconds.
- ``StateSnapshots`` (``JOBDIR``): the spider's state saved every
  ``OITCRAWLER_STATE_INTERVAL`` seconds, so a killed crawl resumes from the last one
  (Scrapy saves it only on a clean stop).
- ``EvidenceArchive`` (``OITCRAWLER_ARCHIVE``): every page and document response in a
  working WARC file, from which the report keeps the evidence's.
- ``ReportOnClose`` (``OITCRAWLER_REPORT``, on by default): when the crawl has ended,
  however it ended, the report files are written (``oitcrawler.finish``).
"""
from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from oitcrawler.archive import ResponseArchive
from oitcrawler.finish import finish_run
from oitcrawler.schema import CrawlFacts, Report
from oitcrawler.vocabulary import text

# Sent by the spider once its crawl has ended and its records are closed:
# handlers receive ``spider`` and ``meta`` (the crawl facts written to crawl.json).
crawl_finished = object()


class _Looping:
    """Runs ``tick`` every ``interval`` seconds from spider_opened to spider_closed."""

    def __init__(self, crawler, interval: float):
        self.crawler, self.interval = crawler, interval
        self._loop: task.LoopingCall | None = None
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    def opened(self, spider):
        # Created here: LoopingCall binds the reactor, which exists by now.
        self._loop = task.LoopingCall(self.tick, spider)
        self._loop.start(self.interval, now=False)

    def closed(self, spider):
        if self._loop is not None and self._loop.running:
            self._loop.stop()

    def tick(self, spider):
        raise NotImplementedError


class Progress(_Looping):
    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("OITCRAWLER_PROGRESS"):
            raise NotConfigured
        return cls(crawler, crawler.settings.getfloat("OITCRAWLER_PROGRESS_INTERVAL", 5.0))

    def tick(self, spider):
        scheduler = getattr(self.crawler.engine, "scheduler", None)
        queue = len(scheduler) if scheduler is not None else 0
        counts = spider.counts
        th, en = text("progress", pages=str(counts["page"]), documents=str(counts["document"]),
                      links=str(counts["check"]), queued=str(queue))
        print(f"[oitcrawler] {th} / {en}", file=sys.stderr, flush=True)


class StateSnapshots(_Looping):
    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("OITCRAWLER_STATE_INTERVAL", 5.0)
        if not crawler.settings.get("JOBDIR") or interval <= 0:
            raise NotConfigured
        return cls(crawler, interval)

    def tick(self, spider):
        state = getattr(spider, "state", None)
        if isinstance(state, dict):
            save_state(Path(self.crawler.settings["JOBDIR"]) / "spider.state", state)


def save_state(path: Path, state: dict) -> None:
    """Write the state as Scrapy's SpiderState reads it, atomically."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(state, fh, protocol=4)
    os.replace(tmp, path)


class EvidenceArchive:
    def __init__(self, crawler):
        self.archive: ResponseArchive | None = None
        crawler.signals.connect(self.response, signal=signals.response_received)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("OITCRAWLER_ARCHIVE"):
            raise NotConfigured
        return cls(crawler)

    def response(self, response, request, spider):
        if request.meta.get("kind") not in ("page", "document"):
            return
        if self.archive is None:
            # Opened with the first response: by then the spider knows whether it resumes.
            self.archive = ResponseArchive(spider.work_dir, resume=spider.resuming)
        self.archive.add(response)

    def closed(self, spider):
        if self.archive is not None:
            self.archive.close()


class ReportOnClose:
    def __init__(self, crawler):
        self.report: Report | None = None
        self.meta: CrawlFacts = {}
        crawler.signals.connect(self.finished, signal=crawl_finished)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("OITCRAWLER_REPORT", True):
            raise NotConfigured
        return cls(crawler)

    @staticmethod
    def of(crawler) -> ReportOnClose | None:
        """The crawler's instance (its report and crawl facts, once written)."""
        return next((e for e in crawler.extensions.middlewares if isinstance(e, ReportOnClose)), None)

    def finished(self, spider, meta: CrawlFacts):
        self.meta = meta
        self.report = finish_run(spider.options, meta, spider.feed.result() if spider.feed else None)
        spider.logger.info("report written to %s", spider.options.out)
