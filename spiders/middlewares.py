"""Downloader middleware: back off when a site says so (429/503 with Retry-After)."""
from __future__ import annotations

import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.utils.httpobj import urlparse_cached


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class RetryAfterMiddleware:
    """Honour Retry-After: wait the delay asked for, hold the host's other requests, then retry.

    Scrapy's RetryMiddleware retries 429 at once, which a rate-limiting server answers
    with another 429. Here a request answered 429 or 503 with Retry-After waits the delay
    asked for, capped by ``OITCRAWLER_MAX_RETRY_AFTER``, and is retried, at most
    ``OITCRAWLER_RETRY_AFTER_TIMES`` times; the host's other requests wait as long before
    they are sent. A host that keeps answering so gets at most TIMES waits and TIMES × MAX
    seconds in a row: then its rate limits stand (the report says the site rate-limited
    the check) and its requests go at once, so a host that answers everything, robots.txt
    first, with ``Retry-After: 99999`` costs a few minutes and its start page is still
    asked for. Any other answer ends the row.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("OITCRAWLER_MAX_RETRY_AFTER", 120)
        self.times = crawler.settings.getint("OITCRAWLER_RETRY_AFTER_TIMES", 3)
        self._rows: dict[str, list[float]] = {}    # host -> [when its row of rate limits began, waits]
        self._until: dict[str, float] = {}         # host -> when its requests may go again

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        until = self._until.get(urlparse_cached(request).hostname or "", 0.0)
        if until > time.monotonic():
            await _sleep(until - time.monotonic())

    async def process_response(self, request, response, spider=None):
        host = urlparse_cached(request).hostname or ""
        if response.status not in (429, 503):
            self._rows.pop(host, None)
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is None:
            return response
        now = time.monotonic()
        row = self._rows.setdefault(host, [now, 0])
        left = self.times * self.max_wait - (now - row[0])
        tries = request.meta.get("retry_after_times", 0)
        if tries >= self.times or row[1] >= self.times or left <= 0:
            return response
        row[1] += 1
        wait = min(wait, self.max_wait, left)
        self._until[host] = max(self._until.get(host, 0.0), now + wait)
        stats = self.crawler.stats
        stats.inc_value("oitcrawler/retry_after")
        stats.max_value("oitcrawler/retry_after_max_wait", wait)
        retry = request.replace(dont_filter=True, priority=request.priority + 1)
        retry.meta.update(retry_after_times=tries + 1, retry_after_wait=wait, dont_retry=True)
        await _sleep(wait)
        return retry


async def _sleep(seconds: float) -> None:
    from scrapy.utils.defer import deferred_to_future
    from twisted.internet import reactor, task

    await deferred_to_future(task.deferLater(reactor, seconds, lambda: None))
