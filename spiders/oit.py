"""The ``oit`` spider: crawl an agency's main website and write page records.

Scrapy stays here, at the edge: this spider fetches and writes records
(``records.jsonl``); parsing and page matching run in worker processes, and
verification, scoring and reporting are plain functions in the ``oitcrawler`` package.
Progress, state snapshots, the evidence archive and the report at the end are
extensions (spiders/extensions.py).

    scrapy crawl oit -a url=https://www.example.go.th/ [-a out=DIR] [-a checklist=ita-2566]
        [-a fiscal_year=2566] [-a as_of=2023-05-15] [-a max_pages=5000] [-a max_depth=6]
        [-a max_doc_mb=25]
"""
from __future__ import annotations

import hashlib
import struct
import time
from datetime import datetime, timezone
from urllib.parse import urldefrag, urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, StopDownload
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from oitcrawler import frontier as tiers
from oitcrawler.assess import Feed, crawl_collector, match_context, unfetched_candidate_urls
from oitcrawler.checklist import load_checklist
from oitcrawler.frontier import Decision, Frontier, oldest_fiscal_year
from oitcrawler.options import CrawlOptions
from oitcrawler.outdir import crawl_dir
from oitcrawler.records import RECORDS_FILE, RecordWriter, read_records
from oitcrawler.render import RENDER_META, render_settings
from oitcrawler.schema import CrawlFacts, PageRecord
from oitcrawler.scope import document_type
from oitcrawler.traps import TrapGuard
from oitcrawler.urls import canonical, url_key
from oitcrawler.workers import Workers

from .extensions import crawl_finished
from .network import certificate_problem, classify_failure, failure_detail

_HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_SITEMAP_URLS = 50_000
MAX_SITEMAP_BYTES = 50 * 1024 * 1024   # a sitemap, gzipped or not, read at most this far
MAX_CHECKS = 1_000
PARSE_BACKLOG = 4    # responses per worker that may wait for one before downloads pause


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _relevance(matches, page_url: str) -> tuple[dict, frozenset, set]:
    """(link URL -> items its anchor names, links of a hub's item sections, items the page is for)."""
    link_items: dict[str, set] = {}
    hub_urls: set[str] = set()
    page_items: set[str] = set()
    if matches is None:
        return link_items, frozenset(), page_items
    for cand in matches.candidates:
        if cand.source == "page":
            page_items.add(cand.item_id)
        else:
            link_items.setdefault(cand.url, set()).add(cand.item_id)
    hub = matches.hub
    for cand in hub.candidates if hub is not None else ():
        if hub.is_hub:
            hub_urls.add(cand.url)
        link_items.setdefault(cand.url, set()).add(cand.item_id)
    return link_items, frozenset(hub_urls), page_items


class OitSpider(scrapy.Spider):
    name = "oit"

    def __init__(self, options: CrawlOptions | None = None, **kwargs):
        super().__init__()
        # From the CLI, one validated options object; from ``scrapy crawl -a``, its arguments.
        self.options = options if options is not None else CrawlOptions.from_args(**kwargs)
        self.site = self.options.site
        self.work_dir = crawl_dir(self.options.out)    # records and job state while crawling
        self.writer: RecordWriter | None = None
        self.can_render = False                   # known once the crawler's settings are
        self.resuming = False
        # Everything a resumed crawl must carry on from; kept in Scrapy's spider state
        # (persisted in JOBDIR) by reference, so it is saved as it stands at shutdown.
        self.tally = {"pages_scheduled": 0, "documents_scheduled": 0, "checks_scheduled": 0, "phase": 0}
        self.counts = {"page": 0, "document": 0, "check": 0, "other": 0}
        self.meta: CrawlFacts = {"started_at": _now(), "pages_failed": 0, "limit_reached": False,
                                 "start_url": self.site.start_url, "insecure": self.options.insecure}
        self.sitemap_urls: list[str] = []
        self._opened = time.monotonic()
        self.guard = TrapGuard(self.options.fiscal_year)
        checklist = load_checklist(self.options.checklist)
        self.frontier = Frontier(
            focused=self.options.coverage == "focused",
            oldest_year=oldest_fiscal_year(self.options.fiscal_year, [(i.window, i.dated_by) for i in checklist.items]),
            url_tokens=tuple(p for item in checklist.items for p in item.url_tokens))
        self.fingerprints: dict[str, str] = {}    # text fingerprint -> first URL with that content
        # Records are collected for the report as they are written, with the matches the
        # workers made, so nothing is matched twice and no page is held until the end. The
        # feed is None when this process has not seen every record (a resumed crawl: the
        # report then matches records.jsonl).
        self.feed: Feed | None = Feed()
        self._probe_answered = False
        self.site_name = ""
        self._match_context: tuple | None = None
        self._backlog = 0                         # responses waiting for a worker

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        # The options switch what depends on them; settings are not frozen until extensions exist.
        crawler.settings.set("OITCRAWLER_ARCHIVE", spider.options.archive, priority="spider")
        if not crawler.settings.getdict("DOWNLOAD_HANDLERS"):   # handlers the user chose win
            # Pages marked for rendering go through Chromium (--render; never: no handler at all).
            for name, value in render_settings(spider.options.render).items():
                crawler.settings.set(name, value, priority="spider")
        spider.can_render = "playwright" in str(crawler.settings.getdict("DOWNLOAD_HANDLERS")).lower()
        given = max(len(u) for u in (spider.site.start_url, *spider.options.extra_urls))
        if 0 < crawler.settings.getint("URLLENGTH_LIMIT") < given:
            # Scrapy drops longer URLs without a word: the addresses we were given must be asked for.
            crawler.settings.set("URLLENGTH_LIMIT", given, priority="spider")
        maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        if 0 < maxsize < spider.options.max_doc_bytes:
            crawler.settings.set("DOWNLOAD_MAXSIZE", spider.options.max_doc_bytes, priority="spider")
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_closed, signal=signals.spider_closed)
        crawler.signals.connect(spider.on_headers, signal=signals.headers_received)
        crawler.signals.connect(spider.on_response, signal=signals.response_received)
        return spider

    def open_job(self):
        # Called from start(): by then Scrapy's SpiderState extension has loaded the state of
        # an interrupted crawl from JOBDIR (its spider_opened handler runs after any of ours).
        state = getattr(self, "state", None)
        saved = state.get("oit") if isinstance(state, dict) else None
        if saved:
            self.tally, self.counts, self.meta, self.sitemap_urls, self.fingerprints = (
                saved["tally"], saved["counts"], saved["meta"], saved["sitemap_urls"], saved["fingerprints"])
            self.guard.restore(saved["guard"])
            self.frontier.restore(saved.get("frontier", {}))
            if self.meta.get("start_final_url"):
                self.site = self.site.answered(self.meta["start_final_url"])
                # Links are ranked by the items they name: pages are matched on resuming too.
                self._match_context = match_context(self.options.checklist, self.options.fiscal_year, self.site)
            self.meta["resumed"] = self.meta.get("resumed", 0) + 1
            self.logger.info("resuming an interrupted crawl: %s pages so far", self.counts["page"])
        if isinstance(state, dict):
            state["oit"] = {"tally": self.tally, "counts": self.counts, "meta": self.meta,
                            "sitemap_urls": self.sitemap_urls, "fingerprints": self.fingerprints,
                            "guard": self.guard.state(), "frontier": self.frontier.state()}
        # A resumed crawl keeps its records even when it was killed before its state was saved.
        self.resuming = bool(saved) or self.crawler.settings.getbool("OITCRAWLER_RESUME")
        if self.resuming:
            self.feed = None
        self.writer = RecordWriter(self.work_dir / RECORDS_FILE, resume=self.resuming)
        self.workers = Workers(self.crawler.settings.getint("OITCRAWLER_WORKERS") or None)

    # requests --------------------------------------------------------------------
    async def start(self):
        self.open_job()
        start_url = self.site.start_url
        if "tls_problem" not in self.meta:
            from scrapy.utils.defer import deferred_to_future
            from twisted.internet import threads

            # Scrapy does not verify certificates; assessors' browsers do.
            self.meta["tls_problem"] = await deferred_to_future(
                threads.deferToThread(certificate_problem, start_url))
        if self.meta["tls_problem"] and not self.options.insecure:
            return
        resumed = bool(self.meta.get("resumed"))
        for record in self.writer.lost if self.writer is not None else ():
            # Fetched, but its worker was stopped or failed: not seen yet, so fetched again.
            if resumed or canonical(record["url"]) != canonical(start_url):
                yield self.fetch_again(record)
        if resumed:
            return   # the requests still to do are in the job's queue
        self.guard.admit(start_url)
        # Not filtered: a redirect back to the start URL is a loop to report, not a duplicate to drop.
        yield self.request(start_url, self.parse, priority=tiers.START, kind="page", start=True,
                           depth=0).replace(dont_filter=True)
        root = f"{urlsplit(start_url).scheme}://{urlsplit(start_url).netloc}"
        for path in ("/robots.txt", "/sitemap.xml"):
            yield self.sitemap_request(root + path)
        # An address that cannot exist: what the site answers is its "not found" page.
        probe = f"{root}/oitcrawler-no-such-page-{hashlib.sha1(root.encode()).hexdigest()[:10]}/"
        yield scrapy.Request(probe, callback=self.parse_probe, errback=self.on_sitemap_error, priority=tiers.PROBE,
                             meta={"kind": "probe", "dont_obey_robotstxt": True, "dont_retry": True})

    def request(self, url: str, callback, priority: int = 0, **meta):
        if self.options.ignore_robots:
            meta["dont_obey_robotstxt"] = True
        return scrapy.Request(url, callback=callback, errback=self.on_error, priority=priority, meta=meta)

    def fetch_again(self, record: PageRecord):
        """The request that fetched a record, made again."""
        meta = {"kind": record["kind"], "referrer": record.get("referrer"), "via": record.get("via", ""),
                "depth": record.get("depth", 0)}
        if record.get("referrer") is None and canonical(record["url"]) == canonical(self.site.start_url):
            meta["start"] = True
        if record.get("typed"):
            meta["typed"] = True
        priority = -1 if record["kind"] == "document" else 0
        return self.request(record["url"], self.parse, priority=priority, **meta).replace(dont_filter=True)

    def sitemap_request(self, url: str):
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_sitemap_error, priority=-100,
                              meta={"kind": "sitemap", "dont_obey_robotstxt": True})

    def page_request(self, url: str, referrer: str, via: str, decision: Decision):
        # The page and document budgets count distinct URLs (a menu link repeated on every page
        # must not use them up), and crawler traps are cut here, before they cost a request.
        # (A focused crawl has left its archives out before: what reaches the limit was relevant.)
        if not self.guard.admit(url):
            return None
        if self.tally["pages_scheduled"] >= self.options.max_pages:
            self.meta["limit_reached"] = True
            self.meta["limit_detail"] = f"--max-pages {self.options.max_pages}"
            return None
        self.tally["pages_scheduled"] += 1
        self.frontier.admitted(url_key(url))
        render = RENDER_META if self.options.render == "always" and self.can_render else {}
        region: dict = {"region": decision.region, "series": decision.series} if decision.region else {}
        if decision.items:
            region["items"] = decision.items
        return self.request(url, self.parse, priority=decision.priority, kind="page", referrer=referrer,
                            via=via[:200], depth=decision.depth, **region, **render)

    def document_request(self, url: str, referrer: str, via: str, decision: Decision):
        if not self.guard.admit(url):
            return None
        if self.tally["documents_scheduled"] >= self.options.max_documents:
            self.meta["limit_reached"] = True
            self.meta["limit_detail"] = f"{self.options.max_documents} documents"
            return None
        self.tally["documents_scheduled"] += 1
        return self.request(url, self.parse, priority=decision.priority, kind="document", referrer=referrer,
                            via=via[:200], depth=decision.depth)

    def check_request(self, url: str):
        # One GET, stopped after the headers: a liveness check, not a crawl of that host.
        return self.request(url, self.parse_check, kind="check", dont_obey_robotstxt=True, depth=0)

    def on_headers(self, headers, body_length, request, spider):
        kind = request.meta.get("kind")
        if kind == "check":
            raise StopDownload(fail=False)
        if kind == "document" and body_length and body_length > self.options.max_doc_bytes:
            request.meta["truncated"] = True
            raise StopDownload(fail=False)

    # responses -------------------------------------------------------------------
    def on_response(self, response, request, spider):
        self._time("fetch", request.meta.get("download_latency", 0.0))

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

    def start_answered(self, response) -> None:
        self.meta["start_status"] = response.status
        self.meta["start_final_url"] = response.url
        if 300 <= response.status < 400:
            # A redirect Scrapy did not follow: no Location, or one no browser would open (file:, ftp:).
            location = response.headers.get("Location", b"").decode("latin-1")
            self.meta["start_redirect"] = f"HTTP {response.status} → {location[:200] or '(no Location)'}"
        if not self.site.scope.on_main_site(response.url):
            self.meta["off_site_redirect"] = f"{self.site.start_url} → {response.url}"
        self.site = self.site.answered(response.url)
        self._match_context = match_context(self.options.checklist, self.options.fiscal_year, self.site)

    async def parse(self, response):
        request = response.request
        if request.meta.get("start"):
            self.start_answered(response)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        doc = document_type(response.url, content_type)
        is_html = any(t in content_type for t in _HTML_TYPES) or (not content_type and not doc)
        body = response.body
        if doc or request.meta.get("kind") == "document":
            if request.meta.get("start"):
                self.meta["start_not_html"] = f"{content_type or doc} document"
            record = self.base_record(response, "document")
            truncated = bool(request.meta.get("truncated"))
            record.update(size=int(response.headers.get("Content-Length") or len(body)),
                          sha256=hashlib.sha256(body).hexdigest() if not truncated else "",
                          doc_type=doc or "", truncated=truncated)
            if 200 <= response.status < 300 and not truncated and self.site.scope.on_main_site(response.url):
                text = await self.in_worker(self.workers.document, body, doc or "")
                record.update(text.as_record())
                self._time("documents", text.seconds)
            elif truncated:
                record.update(text_status="error", text_detail="larger than the download cap")
            self.write(record, request)
            return
        if not is_html:
            if request.meta.get("start"):
                self.meta["start_not_html"] = content_type or "no Content-Type"
            record = self.base_record(response, "other")
            record.update(size=len(body), sha256=hashlib.sha256(body).hexdigest())
            self.write(record, request)
            return
        record = self.base_record(response, "page")
        match = None
        if self._match_context is not None:
            match = (*self._match_context, self.site_name, record["url"], record["referrer"])
        fields = await self.in_worker(self.workers.page, body, content_type, response.url, response.status, match)
        blocked, reason, matches = fields.pop("blocked"), fields.pop("render_reason"), fields.pop("matches", None)
        self._time("parse", fields.pop("seconds"))
        self._time("match", fields.pop("match_seconds", 0.0))
        if matches is not None and not self.site_name and not record["referrer"]:
            self.site_name = matches.site_name
        record.update(fields)
        on_site = self.site.scope.on_main_site(response.url)
        if blocked:
            record["blocked"] = blocked
        elif record.get("shape") == self.meta.get("soft404_fingerprint") and not request.meta.get("start"):
            record["soft_404"] = True
        elif response.status < 400 and on_site and "fingerprint" in record:
            first = self.fingerprints.setdefault(record["fingerprint"], response.url)
            if first != response.url:
                record["duplicate_of"] = first
        if request.meta.get("playwright"):
            record["rendered"] = True
        elif on_site and response.status < 400 and not blocked and reason:
            record["needs_render"] = reason
            self.render_later(request)
        self.write(record, matches=matches)
        if blocked or (response.status >= 400 and on_site):
            if request.meta.get("start") and blocked:
                self.meta["start_blocked"] = blocked
            elif on_site and (blocked or response.status >= 500 or response.status in (403, 429)):
                self.meta["pages_failed"] += 1
        elif on_site and not (request.meta.get("typed") or record.get("duplicate_of") or record.get("soft_404")):
            # (A page reached only by typing its URL adds nothing reachable by clicking; a copy
            # of a page already seen, a session id or a facet that changes nothing, adds nothing.)
            # Queued here, not yielded: the request is acknowledged below only once its links are
            # in the queue, so a distributed worker killed in between loses none of them.
            for req in self.follow_links(record, response, matches):
                self.crawler.engine.crawl(req)
        self.acknowledge(request)

    def render_later(self, request) -> None:
        """Fetch the page again through Chromium; the rendered record supersedes this one."""
        if not self.can_render or self.options.render == "never":
            self.meta["render_unavailable"] = self.meta.get("render_unavailable", 0) + 1
            return
        meta = {k: v for k, v in request.meta.items()
                if k in ("kind", "referrer", "via", "depth", "start", "region", "series", "items")}
        self.crawler.engine.crawl(self.request(request.url, self.parse, priority=request.priority + 1,
                                               **RENDER_META, **meta)
                                  .replace(dont_filter=True))

    async def in_worker(self, job, *args):
        """``job`` (a Workers method) run, with the engine held back while responses wait for a worker.

        Downloads must not race ahead of parsing: responses waiting for a worker are held in
        memory, and a killed distributed worker's replacement fetches them all again.
        """
        engine = self.crawler.engine
        self._backlog += 1
        if self._backlog > PARSE_BACKLOG * self.workers.size and not engine.paused:
            engine.pause()
        try:
            return await job(*args)
        finally:
            self._backlog -= 1
            if engine.paused and self._backlog <= PARSE_BACKLOG * self.workers.size // 2:
                engine.unpause()   # the engine looks for requests again as this response's scrape ends

    async def parse_probe(self, response):
        self.acknowledge(response.request)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        # (Not a 200 page: a real 404, or a redirect to the home page, whose links are flagged anyway.)
        if response.status == 200 and "html" in content_type and not response.request.meta.get("redirect_urls"):
            fields = await self.in_worker(self.workers.page, response.body, content_type, response.url,
                                          response.status)
            if fields.get("shape"):
                self.meta["soft404_fingerprint"] = fields["shape"]
        self._probe_answered = True
        self.start_collecting()

    def follow_links(self, record: dict, response, matches):
        """Requests for the page's new links, ranked (and in a focused crawl, chosen) by the frontier."""
        meta = response.request.meta
        links = record["links"]
        if meta.get("start"):
            self.frontier.set_home({url_key(link["href"]) for link in links}, record.get("text", ""))
        link_items, hub_urls, page_items = _relevance(matches, record["url"])
        view = self.frontier.view(response.url, meta.get("depth", 0), meta.get("region", ""),
                                  meta.get("series", ""), links, record.get("text", ""), link_items, hub_urls,
                                  page_items | set(meta.get("items", ())))
        targets = [(index, link["href"], link["text"] or link["attrs"] or link["label"])
                   for index, link in enumerate(links)]
        refresh = record.get("refresh", "")
        if "url=" in refresh.lower():
            targets.append((-1, urljoin(response.url, refresh.split("=", 1)[1].strip(" '\"")), "refresh"))
        for index, href, via in targets:
            href = urldefrag(href)[0]
            if urlsplit(href).scheme not in ("http", "https") or not self.site.scope.on_main_site(href):
                continue
            key = url_key(href)
            if key in self.guard.seen:
                continue
            document = bool(document_type(href))
            decision = self.frontier.decide(view, index, href, key, document)
            if not decision.follow:
                continue
            if document:
                req = self.document_request(href, response.url, via, decision)
            elif decision.depth <= self.options.max_depth:
                req = self.page_request(href, response.url, via, decision)
            elif self.frontier.focused and decision.archive:
                self.frontier.skip(key, href, "beyond_max_depth", decision.series)
                continue
            elif not self.guard.trap_like(href):
                # A calendar's next month past the depth limit is a trap bounded, not a page missed.
                self.meta["limit_reached"] = True
                self.meta.setdefault("limit_detail", f"--max-depth {self.options.max_depth}")
                continue
            else:
                self.guard.refuse(href, "trap_beyond_max_depth")
                continue
            if req is not None:
                yield req

    def parse_check(self, response):
        record = self.base_record(response, "check")
        self.write(record, response.request)

    def parse_sitemap(self, response):
        """robots.txt ``Sitemap:`` lines, sitemap indexes and URL sets (gzipped or not)."""
        self.acknowledge(response.request)
        if response.status != 200:
            return
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                if self.site.scope.on_main_site(url):
                    yield self.sitemap_request(url)
            return
        body = response.body[:MAX_SITEMAP_BYTES]
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
            except (OSError, EOFError, ValueError, struct.error):
                return   # a broken or oversized archive: the links still lead to the pages
        try:
            sitemap = Sitemap(body)
        except Exception:   # noqa: BLE001 - lxml raises several kinds for a body that is no XML
            return
        for entry in sitemap:
            url = entry.get("loc", "")
            if not url or not self.site.scope.on_main_site(url):
                continue
            if sitemap.type == "sitemapindex":
                yield self.sitemap_request(url)
            elif len(self.sitemap_urls) < MAX_SITEMAP_URLS:
                self.sitemap_urls.append(url)

    def on_sitemap_error(self, failure):
        self.acknowledge(failure.request)
        if failure.request.meta.get("kind") == "probe":
            self._probe_answered = True
            self.start_collecting()

    def on_error(self, failure):
        request = failure.request
        kind = request.meta.get("kind", "page")
        code = classify_failure(failure)
        error = "Forbidden by robots.txt" if code == "robots_disallow" else failure_detail(failure)
        record = {
            "kind": kind if kind in ("page", "document", "check") else "other",
            "url": request.url, "final_url": request.url, "status": None,
            "error": error[:300], "error_code": code, "referrer": request.meta.get("referrer"),
            "via": request.meta.get("via", ""), "depth": request.meta.get("depth", 0), "fetched_at": _now(),
        }
        if not self.crawler.engine.running:
            # A download cut off by our own stop (a second Ctrl-C): the site is not to blame,
            # and a resumed crawl fetches it again.
            record["job_lost"] = "stopped"
            self.write(record, request)
            return
        self.write(record, request)
        if request.meta.get("start"):
            self.meta["start_error"] = record["error"]
            self.meta["start_error_code"] = code
            self.meta["robots_blocked"] = code == "robots_disallow"
        elif kind == "page" and self.site.scope.on_main_site(request.url) and code != "robots_disallow":
            self.meta["pages_failed"] += 1

    # lifecycle -------------------------------------------------------------------
    def write(self, record: PageRecord, request=None, matches=None):
        """Append a record; with ``request``, acknowledge it as done (see acknowledge)."""
        assert self.writer is not None, "records are written once the job is open"
        self.writer.write(record)
        if self.feed is not None:
            self.feed.add(record, matches)
            self.start_collecting()
        self.counts[record["kind"]] = self.counts.get(record["kind"], 0) + 1
        if request is not None:
            self.acknowledge(request)

    def start_collecting(self, closing: bool = False) -> None:
        """Collect the records written so far, once everything collecting depends on is known."""
        if self.feed is None or self.feed.collector is not None or self._match_context is None:
            return
        if not (self._probe_answered or closing):
            return
        self.feed.start(crawl_collector(self.options.checklist, self.options.fiscal_year, self.site,
                                        self.meta.get("soft404_fingerprint", "")))

    def _time(self, stage: str, seconds: float) -> None:
        """Work time of a stage, summed over its jobs or downloads (they overlap in wall time)."""
        timings = self.meta.setdefault("timings", {})
        timings[stage] = timings.get(stage, 0.0) + seconds

    def acknowledge(self, request):
        """The response is recorded; a distributed scheduler (oitcrawler.spiders.redisqueue) replaces this."""

    def on_idle(self, spider):
        """After the link crawl: pages only listed in sitemaps, then liveness of evidence links."""
        engine = self.crawler.engine
        self.tally["phase"] += 1
        if self.tally["phase"] == 1 and self.sitemap_urls:
            scheduled = 0
            for url in self.sitemap_urls:
                key = url_key(url)
                if key in self.guard.seen:
                    continue
                decision = self.frontier.decide_listed(url, key, self.options.max_depth)
                if not decision.follow:
                    continue
                req = self.page_request(url, url, "sitemap.xml", decision)
                if req is None:
                    if self.meta.get("limit_reached"):
                        break
                    continue
                engine.crawl(req)
                scheduled += 1
            self.sitemap_urls.clear()
            if scheduled:
                raise DontCloseSpider
        if self.tally["phase"] <= 2:
            self.tally["phase"] = 2
            collected = self.feed.result() if self.feed is not None else None
            if collected is None:
                # (A resumed crawl: match what has been recorded so far.)
                from oitcrawler.assess import collect

                collected = collect(self.work_dir / RECORDS_FILE, crawl_collector(
                    self.options.checklist, self.options.fiscal_year, self.site,
                    self.meta.get("soft404_fingerprint", "")))
            urls = unfetched_candidate_urls(collected)
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
        fetched = {canonical(r["url"]) for r in read_records(self.work_dir / RECORDS_FILE)}
        requests = []
        for url in dict.fromkeys(self.options.extra_urls):
            if canonical(url) in fetched:
                continue
            if not self.site.scope.on_main_site(url):
                requests.append(self.check_request(url))
                continue
            kind = "document" if document_type(url) else "page"
            req = self.request(url, self.parse, kind=kind, typed=True, depth=0)
            requests.append(req.replace(dont_filter=True))
        return requests

    async def on_closed(self, spider, reason):
        if getattr(self, "workers", None) is not None:
            await self.workers.close()
        if self.writer is not None:
            self.writer.close()
        self.meta.update(finished_at=_now(), finish_reason=reason, counts=self.counts,
                         bounded=self.guard.summary(), skipped=self.frontier.summary(),
                         coverage=self.options.coverage)
        timings = self.meta.setdefault("timings", {})
        timings["crawl"] = time.monotonic() - self._opened
        self.meta["timings"] = {stage: round(seconds, 3) for stage, seconds in timings.items()}
        if reason == "finished":
            self.meta.pop("interrupted", None)
        else:
            self.meta["interrupted"] = reason
        self.start_collecting(closing=True)
        await self.crawler.signals.send_catch_log_async(signal=crawl_finished, spider=self, meta=self.meta)
