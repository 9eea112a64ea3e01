"""The scheduler's disk queue (JOBDIR) without a scan of the spider per request.

Scrapy's ``Request.to_dict`` names a callback by running ``inspect.getmembers`` over the
spider, reading every attribute of it, for every request it queues: on a 2,000-page crawl
that was about a twentieth of the crawler's time. This queue hands ``to_dict`` an object
holding only the spider's methods, so the name is found at once; requests are stored and
read back exactly as with ``scrapy.squeues.PickleFifoDiskQueue``.
"""
from __future__ import annotations

import inspect
from types import SimpleNamespace

from scrapy.squeues import PickleFifoDiskQueue


class FifoDiskQueue(PickleFifoDiskQueue):  # type: ignore[misc,valid-type]  # made by a factory
    def __init__(self, crawler, key: str):
        super().__init__(crawler, key)
        spider = self.spider
        self._methods = SimpleNamespace(**{name: getattr(spider, name) for name, _ in
                                           inspect.getmembers(type(spider), inspect.isfunction)})

    def push(self, request) -> None:
        # Past PickleFifoDiskQueue's own push, which would convert with the spider itself.
        super(PickleFifoDiskQueue, self).push(request.to_dict(spider=self._methods))  # type: ignore[misc]
