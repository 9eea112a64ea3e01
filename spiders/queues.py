"""The crawl's request queue in JOBDIR, safe against kills: one SQLite file.

Scrapy's disk queues save where they stand only when the crawl closes cleanly: after a
kill, a power cut or a second Ctrl-C, the queue reopens empty or replays old requests,
and the requests being downloaded are gone (their fingerprints already seen), so a
resumed crawl ended without pages it never fetched. Here each request is a row, queued
together with its fingerprint in one transaction; a request handed to the downloader
is marked taken and deleted only once the spider has recorded its response
(``spider.acknowledge``), so what a dead crawl had in flight is put back when the next
one opens. A retried or redirected request takes over its original's row.

Without JOBDIR the same queue lives in memory.
"""
from __future__ import annotations

import inspect
import pickle
import sqlite3
from collections import deque
from pathlib import Path
from types import SimpleNamespace

from scrapy.core.scheduler import BaseScheduler
from scrapy.utils.request import request_from_dict

_ROW = "oitcrawler_queue_row"      # request.meta key: the row a taken request came from

_SCHEMA = """
CREATE TABLE IF NOT EXISTS queue (id INTEGER PRIMARY KEY, priority INTEGER NOT NULL,
                                  taken INTEGER NOT NULL DEFAULT 0, request BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS queue_next ON queue (taken, priority DESC, id);
CREATE TABLE IF NOT EXISTS seen (fingerprint BLOB PRIMARY KEY) WITHOUT ROWID;
"""


class JournalScheduler(BaseScheduler):
    """Priority order as Scrapy's (higher first, first in first out within one priority)."""

    def __init__(self, path: Path | None, crawler):
        self.path, self.crawler, self.stats = path, crawler, crawler.stats
        self.db: sqlite3.Connection | None = None
        self.spider = None
        self._unsaved: deque = deque()      # requests that cannot be pickled: kept in memory only

    @classmethod
    def from_crawler(cls, crawler):
        jobdir = crawler.settings.get("JOBDIR")
        return cls(Path(jobdir) / "requests.sqlite" if jobdir else None, crawler)

    def open(self, spider):
        self.spider = spider
        # to_dict names a request's callback by scanning the spider: hand it only the methods.
        self._methods = SimpleNamespace(**{name: getattr(spider, name) for name, _ in
                                           inspect.getmembers(type(spider), inspect.isfunction)})
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path or ":memory:", isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")   # a commit survives the process being killed
        self.db.executescript(_SCHEMA)
        back = self.db.execute("UPDATE queue SET taken = 0 WHERE taken = 1").rowcount
        if back:
            spider.logger.info("put back %d requests an interrupted crawl had in flight", back)
        spider.acknowledge = self.acknowledge

    def close(self, reason):
        if self.db is not None:
            self.db.close()
            self.db = None

    def __len__(self) -> int:
        assert self.db is not None
        return self.db.execute("SELECT count(*) FROM queue WHERE taken = 0").fetchone()[0] + len(self._unsaved)

    def has_pending_requests(self) -> bool:
        assert self.db is not None
        return bool(self._unsaved) or self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM queue WHERE taken = 0)").fetchone()[0] == 1

    def enqueue_request(self, request) -> bool:
        assert self.db is not None
        try:
            data = pickle.dumps(request.to_dict(spider=self._methods), protocol=4)
        except (pickle.PicklingError, TypeError, AttributeError, ValueError):
            data = None
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if not request.dont_filter:
                fingerprint = self.crawler.request_fingerprinter.fingerprint(request)
                if not self.db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (fingerprint,)).rowcount:
                    self.db.execute("COMMIT")
                    self.stats.inc_value("dupefilter/filtered")
                    return False
            if request.meta.get(_ROW) is not None:
                self.db.execute("DELETE FROM queue WHERE id = ?", (request.meta[_ROW],))
            if data is not None:
                self.db.execute("INSERT INTO queue (priority, request) VALUES (?, ?)", (request.priority, data))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        if data is None:
            self._unsaved.append(request)
        self.stats.inc_value("scheduler/enqueued")
        return True

    def next_request(self):
        assert self.db is not None
        row = self.db.execute("SELECT id, request FROM queue WHERE taken = 0 ORDER BY priority DESC, id "
                              "LIMIT 1").fetchone()
        if row is None:
            return self._unsaved.popleft() if self._unsaved else None
        self.db.execute("UPDATE queue SET taken = 1 WHERE id = ?", (row[0],))
        request = request_from_dict(pickle.loads(row[1]), spider=self.spider)
        request.meta[_ROW] = row[0]
        self.stats.inc_value("scheduler/dequeued")
        return request

    def acknowledge(self, request) -> None:
        """The request's response is recorded: its row is done."""
        if self.db is not None and request.meta.get(_ROW) is not None:
            self.db.execute("DELETE FROM queue WHERE id = ?", (request.meta[_ROW],))
