"""A Playwright download handler that starts its driver with the first page to render.

scrapy-playwright starts Playwright's driver (a Node.js process) when the engine starts,
so every crawl with ``--render auto`` paid 1.5–2 s of start-up and a busy core while the
crawl began, although most agency sites need no page rendered at all. Here the driver
starts only when a request marked ``playwright`` reaches the handler; plain requests go
through Scrapy's HTTP/1.1 handler exactly as before.

This overrides scrapy-playwright's ``_launch`` hook points (its version is bounded in
pyproject.toml); ``tests/test_render.py`` renders real pages through it.
"""
from __future__ import annotations

import asyncio

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler


class LazyPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        self._launched: asyncio.Task | None = None

    async def _maybe_launch_in_thread(self) -> None:
        """Connected to engine_started by the parent: nothing to start yet."""

    def _engine_started(self):
        """The same signal for Scrapy versions before its async handler API."""

    async def _download_request(self, request, spider=None):
        if self._launched is None:
            # One launch, shared by the first pages to render whichever of them arrives first.
            self._launched = asyncio.ensure_future(self._launch())
        await asyncio.shield(self._launched)
        return await super()._download_request(request, spider)
