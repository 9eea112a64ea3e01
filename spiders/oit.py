"""The ``oit`` spider: crawl an agency's main website breadth-first and write page records.

Scrapy stays here, at the edge: this spider fetches and writes records
(``records.jsonl``); matching, verification, scoring and reporting are plain functions
in the ``oitcrawler`` package, called once the crawl is over.

    scrapy crawl oit -a url=https://www.example.go.th/ [-a out=DIR] [-a checklist=ita-2566]
        [-a fiscal_year=2566] [-a as_of=2023-05-15] [-a max_pages=5000] [-a max_depth=6]
        [-a max_doc_mb=25]
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, StopDownload
from twisted.internet import task
from w3lib.url import canonicalize_url

from oitcrawler.documents import extract_document
from oitcrawler.extract import decode_html, parse_html
from oitcrawler.records import RECORDS_FILE, RecordWriter
from oitcrawler.run import CrawlOptions, finish_run
from oitcrawler.scope import Scope, document_type

_SITEMAP_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_SITEMAP_URLS = 50_000
MAX_CHECKS = 1_000


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class OitSpider(scrapy.Spider):
    name = "oit"

    def __init__(self, url: str | None = None, out: str | None = None, **kwargs):
        super().__init__()
        self.options = CrawlOptions.from_args(url=url, out=out, **kwargs)
        self.start_url = self.options.url
        self.scope = Scope(self.start_url)
        self.out_dir = Path(self.options.out)
        self.writer: RecordWriter | None = None
        self.archive = None
        # Everything a resumed crawl must carry on from; kept in Scrapy's spider state
        # (persisted in JOBDIR) by reference, so it is saved as it stands at shutdown.
        self.tally = {"pages_scheduled": 0, "documents_scheduled": 0, "checks_scheduled": 0, "phase": 0}
        self.counts = {"page": 0, "document": 0, "check": 0, "other": 0}
        self.meta = {"started_at": _now(), "pages_failed": 0, "limit_reached": False}
        self.sitemap_urls: list[str] = []
        self.scheduled: set[str] = set()
        self._progress = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_closed, signal=signals.spider_closed)
        crawler.signals.connect(spider.on_headers, signal=signals.headers_received)
        if crawler.settings.getbool("OITCRAWLER_PROGRESS"):
            crawler.signals.connect(spider.start_progress, signal=signals.spider_opened)
        return spider

    def open_job(self):
        # Called from start(): by then Scrapy's SpiderState extension has loaded the state of
        # an interrupted crawl from JOBDIR (its spider_opened handler runs after any of ours).
        state = getattr(self, "state", None)
        saved = state.get("oit") if isinstance(state, dict) else None
        if saved:
            self.tally, self.counts, self.meta, self.sitemap_urls, self.scheduled = (
                saved["tally"], saved["counts"], saved["meta"], saved["sitemap_urls"], saved["scheduled"])
            self.meta["resumed"] = self.meta.get("resumed", 0) + 1
            self.logger.info("resuming an interrupted crawl: %s pages so far", self.counts["page"])
        if isinstance(state, dict):
            state["oit"] = {"tally": self.tally, "counts": self.counts, "meta": self.meta,
                            "sitemap_urls": self.sitemap_urls, "scheduled": self.scheduled}
        self.writer = RecordWriter(self.out_dir / RECORDS_FILE, resume=bool(saved))
        if self.options.archive:
            from oitcrawler.archive import ResponseArchive

            self.archive = ResponseArchive(self.out_dir, resume=bool(saved))

    def start_progress(self, spider):
        # Created here, not in from_crawler: LoopingCall binds the reactor, which Scrapy
        # installs only after the spider object exists.
        self._progress = task.LoopingCall(self.print_progress)
        self._progress.start(self.crawler.settings.getfloat("OITCRAWLER_PROGRESS_INTERVAL", 5.0), now=False)

    # requests --------------------------------------------------------------------
    async def start(self):
        self.open_job()
        self.scheduled.add(canonicalize_url(self.start_url))
        yield scrapy.Request(self.start_url, callback=self.parse, errback=self.on_error,
                             meta={"kind": "page", "start": True, "depth": 0})
        root = f"{urlsplit(self.start_url).scheme}://{urlsplit(self.start_url).netloc}"
        for path in ("/robots.txt", "/sitemap.xml"):
            yield scrapy.Request(root + path, callback=self.parse_sitemap, errback=self.on_sitemap_error,
                                 meta={"kind": "sitemap", "dont_obey_robotstxt": True}, priority=-100)

    def _first_time(self, url: str) -> bool:
        # The page and document budgets count distinct URLs: a menu link repeated on every page
        # must not use them up (Scrapy's dupefilter would drop the repeats only later).
        key = canonicalize_url(url)
        if key in self.scheduled:
            return False
        self.scheduled.add(key)
        return True

    def page_request(self, url: str, referrer: str, via: str, depth: int):
        if not self._first_time(url):
            return None
        if self.tally["pages_scheduled"] >= self.options.max_pages:
            self.meta["limit_reached"] = True
            return None
        self.tally["pages_scheduled"] += 1
        return scrapy.Request(url, callback=self.parse, errback=self.on_error,
                              meta={"kind": "page", "referrer": referrer, "via": via[:200], "depth": depth})

    def document_request(self, url: str, referrer: str, via: str, depth: int):
        if not self._first_time(url):
            return None
        if self.tally["documents_scheduled"] >= self.options.max_documents:
            self.meta["limit_reached"] = True
            return None
        self.tally["documents_scheduled"] += 1
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, priority=-1,
                              meta={"kind": "document", "referrer": referrer, "via": via[:200],
                                    "depth": depth})

    def check_request(self, url: str):
        # One GET, stopped after the headers: a liveness check, not a crawl of that host.
        return scrapy.Request(url, callback=self.parse_check, errback=self.on_error,
                              meta={"kind": "check", "dont_obey_robotstxt": True, "depth": 0})

    def on_headers(self, headers, body_length, request, spider):
        kind = request.meta.get("kind")
        if kind == "check":
            raise StopDownload(fail=False)
        if kind == "document" and body_length and body_length > self.options.max_doc_bytes:
            request.meta["truncated"] = True
            raise StopDownload(fail=False)

    # responses -------------------------------------------------------------------
    def base_record(self, response, kind: str) -> dict:
        request = response.request
        redirects = request.meta.get("redirect_urls") or []
        return {
            "kind": kind,
            "url": redirects[0] if redirects else response.url,
            "final_url": response.url,
            "status": response.status,
            "content_type": response.headers.get("Content-Type", b"").decode("latin-1"),
            "last_modified": response.headers.get("Last-Modified", b"").decode("latin-1"),
            "referrer": request.meta.get("referrer"),
            "via": request.meta.get("via", ""),
            "depth": request.meta.get("depth", 0),
            "fetched_at": _now(),
            **({"typed": True} if request.meta.get("typed") else {}),
        }

    def parse(self, response):
        request = response.request
        if request.meta.get("start"):
            self.meta["start_status"] = response.status
            self.meta["start_final_url"] = response.url
            if not self.scope.on_main_site(response.url):
                self.meta["status_detail"] = f"start URL redirects off the site to {response.url}"
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        doc = document_type(response.url, content_type)
        is_html = any(t in content_type for t in _HTML_TYPES) or (not content_type and not doc)
        body = response.body
        if self.archive is not None and request.meta.get("kind") in ("page", "document"):
            self.archive.add(response)
        if doc or request.meta.get("kind") == "document":
            record = self.base_record(response, "document")
            truncated = bool(request.meta.get("truncated"))
            record.update(size=int(response.headers.get("Content-Length") or len(body)),
                          sha256=hashlib.sha256(body).hexdigest() if not truncated else "",
                          doc_type=doc or "", truncated=truncated)
            if 200 <= response.status < 300 and not truncated and self.scope.on_main_site(response.url):
                record.update(extract_document(body, doc or "").as_record())
            elif truncated:
                record.update(text_status="error", text_detail="larger than the download cap")
            self.write(record)
            return
        if not is_html:
            record = self.base_record(response, "other")
            record.update(size=len(body), sha256=hashlib.sha256(body).hexdigest())
            self.write(record)
            return
        record = self.base_record(response, "page")
        text, encoding = decode_html(body, content_type)
        record.update(parse_html(text, response.url))
        record.update(encoding=encoding, size=len(body), sha256=hashlib.sha256(body).hexdigest())
        self.write(record)
        if response.status >= 400 and self.scope.on_main_site(response.url):
            if response.status >= 500 or response.status in (403, 429):
                self.meta["pages_failed"] += 1
            return
        if not self.scope.on_main_site(response.url) or request.meta.get("typed"):
            # A page reached only by typing its URL adds nothing reachable by clicking.
            return
        yield from self.follow_links(record, response)

    def follow_links(self, record: dict, response):
        depth = response.request.meta.get("depth", 0) + 1
        refresh = record.get("refresh", "")
        targets = [(link["href"], link["text"] or link["attrs"] or link["label"]) for link in record["links"]]
        if "url=" in refresh.lower():
            targets.append((urljoin(response.url, refresh.split("=", 1)[1].strip(" '\"")), "refresh"))
        for href, via in targets:
            href = urldefrag(href)[0]
            if urlsplit(href).scheme not in ("http", "https") or not self.scope.on_main_site(href):
                continue
            if document_type(href):
                req = self.document_request(href, response.url, via, depth)
            elif depth <= self.options.max_depth:
                req = self.page_request(href, response.url, via, depth)
            else:
                self.meta["limit_reached"] = True
                continue
            if req is not None:
                yield req

    def parse_check(self, response):
        record = self.base_record(response, "check")
        self.write(record)

    def parse_sitemap(self, response):
        if response.status != 200:
            return
        if response.url.endswith("robots.txt"):
            for line in response.body.decode("utf-8", "replace").splitlines():
                if line.lower().startswith("sitemap:"):
                    url = line.split(":", 1)[1].strip()
                    if self.scope.on_main_site(url):
                        yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_sitemap_error,
                                             meta={"kind": "sitemap", "dont_obey_robotstxt": True},
                                             priority=-100)
            return
        for loc in _SITEMAP_LOC.findall(response.body[:20_000_000]):
            url = loc.decode("utf-8", "replace").replace("&amp;", "&")
            if not self.scope.on_main_site(url) or len(self.sitemap_urls) >= MAX_SITEMAP_URLS:
                continue
            if url.lower().endswith(".xml") or "sitemap" in url.lower().rsplit("/", 1)[-1]:
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_sitemap_error,
                                     meta={"kind": "sitemap", "dont_obey_robotstxt": True}, priority=-100)
            else:
                self.sitemap_urls.append(url)

    def on_sitemap_error(self, failure):
        return None

    def on_error(self, failure):
        request = failure.request
        kind = request.meta.get("kind", "page")
        error = failure.getErrorMessage()
        name = failure.type.__name__ if failure.type else "Error"
        if "robots.txt" in error or name == "IgnoreRequest" and "robots" in error.lower():
            error = "Forbidden by robots.txt"
            if request.meta.get("start"):
                self.meta["robots_blocked"] = True
        record = {
            "kind": kind if kind in ("page", "document", "check") else "other",
            "url": request.url, "final_url": request.url, "status": None,
            "error": f"{name}: {error}"[:300], "referrer": request.meta.get("referrer"),
            "via": request.meta.get("via", ""), "depth": request.meta.get("depth", 0), "fetched_at": _now(),
        }
        self.write(record)
        if request.meta.get("start"):
            self.meta["start_error"] = record["error"]
        elif kind == "page" and self.scope.on_main_site(request.url):
            self.meta["pages_failed"] += 1

    # lifecycle -------------------------------------------------------------------
    def write(self, record: dict):
        self.writer.write(record)
        self.counts[record["kind"]] = self.counts.get(record["kind"], 0) + 1

    def on_idle(self, spider):
        """After the link crawl: pages only listed in sitemaps, then liveness of evidence links."""
        engine = self.crawler.engine
        self.tally["phase"] += 1
        if self.tally["phase"] == 1 and self.sitemap_urls:
            scheduled = 0
            for url in self.sitemap_urls:
                req = self.page_request(url, url, "sitemap.xml", self.options.max_depth)
                if req is None:
                    break
                engine.crawl(req)
                scheduled += 1
            self.sitemap_urls.clear()
            if scheduled:
                raise DontCloseSpider
        if self.tally["phase"] <= 2:
            self.tally["phase"] = 2
            from oitcrawler.run import unverified_candidates

            urls = unverified_candidates(self.out_dir / RECORDS_FILE, self.options)
            typed = self.typed_requests()
            for req in typed:
                engine.crawl(req)
            for url in urls[:MAX_CHECKS]:
                engine.crawl(self.check_request(url))
                self.tally["checks_scheduled"] += 1
            self.tally["phase"] = 3
            if urls or typed:
                raise DontCloseSpider

    def typed_requests(self) -> list:
        """Requests for the URLs given to check (an answer sheet's) that no link led to."""
        if not self.options.extra_urls:
            return []
        from oitcrawler.records import read_records
        from oitcrawler.verify import canonical

        fetched = {canonical(r["url"]) for r in read_records(self.out_dir / RECORDS_FILE)}
        requests = []
        for url in dict.fromkeys(self.options.extra_urls):
            if canonical(url) in fetched:
                continue
            if not self.scope.on_main_site(url):
                requests.append(self.check_request(url))
                continue
            kind = "document" if document_type(url) else "page"
            requests.append(scrapy.Request(url, callback=self.parse, errback=self.on_error, dont_filter=True,
                                           meta={"kind": kind, "typed": True, "depth": 0}))
        return requests

    def print_progress(self):
        scheduler = getattr(self.crawler.engine, "scheduler", None)
        queue = len(scheduler) if scheduler is not None else 0
        print(f"[oitcrawler] pages {self.counts['page']}, documents {self.counts['document']}, "
              f"links checked {self.counts['check']}, queued {queue}", file=sys.stderr, flush=True)

    def on_closed(self, spider, reason):
        if self._progress is not None and self._progress.running:
            self._progress.stop()
        if self.writer is not None:
            self.writer.close()
        if self.archive is not None:
            self.archive.close()
        self.meta.update(finished_at=_now(), finish_reason=reason, counts=self.counts)
        if reason == "finished":
            self.meta.pop("interrupted", None)
        else:
            self.meta["interrupted"] = reason
        (self.out_dir / "crawl.json").write_text(json.dumps(self.meta, ensure_ascii=False, indent=1),
                                                 encoding="utf-8")
        finish_run(self.options, self.meta)
        self.logger.info("report written to %s", self.out_dir)
