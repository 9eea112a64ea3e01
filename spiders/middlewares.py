"""Downloader middleware: back off when a site says so (429/503 with Retry-After)."""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime


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
    """Honour Retry-After: wait the delay asked for, slow the whole host down, then retry.

    Scrapy's RetryMiddleware retries 429 at once, which a rate-limiting server answers
    with another 429. Here the host's download slot waits the delay the server asked
    for (capped by ``OITCRAWLER_MAX_RETRY_AFTER``) before each of up to
    ``OITCRAWLER_RETRY_AFTER_TIMES`` retries; after that the response stands, and the
    report says the site rate-limited the check.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("OITCRAWLER_MAX_RETRY_AFTER", 120)
        self.times = crawler.settings.getint("OITCRAWLER_RETRY_AFTER_TIMES", 3)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_response(self, request, response, spider=None):
        if response.status not in (429, 503):
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        tries = request.meta.get("retry_after_times", 0)
        if wait is None or tries >= self.times:
            return response
        wait = min(wait, self.max_wait)
        slot_key = request.meta.get("download_slot")
        slot = self.crawler.engine.downloader.slots.get(slot_key) if slot_key else None
        if slot is not None:
            slot.delay = max(slot.delay, wait)
        stats = self.crawler.stats
        stats.inc_value("oitcrawler/retry_after")
        stats.max_value("oitcrawler/retry_after_max_wait", wait)
        retry = request.replace(dont_filter=True, priority=request.priority + 1)
        retry.meta.update(retry_after_times=tries + 1, retry_after_wait=wait, dont_retry=True)
        # The slot's delay slows the host's other requests down; this request itself waits
        # the full delay (a slot delay is randomised and counts from the last request).
        from scrapy.utils.defer import deferred_to_future
        from twisted.internet import reactor, task

        await deferred_to_future(task.deferLater(reactor, wait, lambda: None))
        return retry
