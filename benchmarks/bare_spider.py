"""The ceiling for crawl throughput: a bare Scrapy spider that only follows same-host links.

    python benchmarks/bare_spider.py URL [-s NAME=VALUE ...]

It downloads every page and document linked on the start URL's host (Scrapy's LinkExtractor,
with no extension filter, so PDF/DOCX/XLSX links are fetched as the real crawler fetches
them), lets Scrapy's default dupefilter drop repeated URLs, and does nothing else: no record
writing, no text extraction, no matching. Plain Scrapy defaults apply, then the ``-s``
overrides (at command-line priority, as ``scrapy crawl -s`` gives them). Only HTTP error
responses are let through (HTTPERROR_ALLOW_ALL, as oitcrawler does) so both crawlers count
the same responses.

At the end it prints one JSON line: pages (HTML responses), documents (every other
response), seconds (spider opened → closed), wall_seconds (since the script started,
imports included), requests/responses as Scrapy's stats count them, and the finish reason.
benchmarks/throughput.py runs it as a child process, through ``http_proxy``.
"""
from __future__ import annotations

import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

import scrapy  # noqa: E402
from scrapy import signals  # noqa: E402
from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402
from scrapy.linkextractors import LinkExtractor  # noqa: E402
from scrapy.settings import Settings  # noqa: E402


class BareSpider(scrapy.Spider):
    name = "bare"
    custom_settings = {"HTTPERROR_ALLOW_ALL": True}

    def __init__(self, url: str, **kwargs):
        super().__init__(**kwargs)
        self.start_url = url
        host = (urlsplit(url).hostname or "").lower()
        # deny_extensions=[]: the default list skips .pdf/.docx/.xlsx, which the real crawler fetches.
        self.links = LinkExtractor(allow_domains=[host], deny_extensions=[])
        self.counts = {"pages": 0, "documents": 0}
        self.opened_at = self.closed_at = None
        self.finish_reason = ""

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_opened, signal=signals.spider_opened)
        crawler.signals.connect(spider.on_closed, signal=signals.spider_closed)
        return spider

    async def start(self):
        # Not start_urls: those requests bypass the dupefilter (dont_filter=True), so the menu's
        # link back to the home page would be fetched a second time.
        yield scrapy.Request(self.start_url, callback=self.parse)

    def on_opened(self, spider):
        self.opened_at = time.perf_counter()

    def on_closed(self, spider, reason):
        self.closed_at = time.perf_counter()
        self.finish_reason = reason

    def parse(self, response):
        if not isinstance(response, HtmlResponse):
            self.counts["documents"] += 1
            return
        self.counts["pages"] += 1
        for link in self.links.extract_links(response):
            yield scrapy.Request(link.url, callback=self.parse)


def _overrides(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SystemExit(f"-s expects NAME=VALUE, got {pair!r}")
        out[name.strip()] = value
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="Scrapy setting override (repeatable)")
    args = parser.parse_args()
    settings = Settings()
    settings.setdict({"TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "ERROR", "LOG_INSTALL_ROOT_HANDLER": True},
                     priority="project")
    settings.setdict(_overrides(args.set), priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, url=args.url)
    process.start()
    spider = crawler.spider
    stats = crawler.stats.get_stats()
    seconds = (spider.closed_at or time.perf_counter()) - (spider.opened_at or _STARTED)
    print(json.dumps({
        "crawler": "bare", "url": args.url,
        "pages": spider.counts["pages"], "documents": spider.counts["documents"],
        "seconds": round(seconds, 3), "wall_seconds": round(time.perf_counter() - _STARTED, 3),
        "requests": stats.get("downloader/request_count", 0),
        "responses": stats.get("downloader/response_count", 0),
        "dupefiltered": stats.get("dupefilter/filtered", 0),
        "finish_reason": spider.finish_reason,
    }), flush=True)
    return 0 if spider.finish_reason == "finished" else 1


if __name__ == "__main__":
    sys.exit(main())
