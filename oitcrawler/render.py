"""Render pages built by JavaScript with headless Chromium (scrapy-playwright).

``--render auto`` (the default) fetches every page as HTML and renders only those whose
server HTML is an empty application shell, or an ITA page whose item list a script
fills in; ``always`` renders every page; ``never`` none. Debian's Chromium is used:
nothing is downloaded at run time.
"""
from __future__ import annotations

import os
import re
import shutil
from typing import Any

from .schema import PageFields

# Certificates are checked separately (spiders/network.py), as for Scrapy; the
# context is made with the first page rendered, so a crawl that renders nothing starts no browser.
RENDER_META: dict[str, Any] = {"playwright": True, "playwright_context_kwargs": {"ignore_https_errors": True},
                               # An SPA fetches its content after "load": the page is read once the
                               # network is quiet (a busy machine otherwise reads it before the list arrives).
                               "playwright_page_goto_kwargs": {"wait_until": "networkidle"}}
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
# Without these, Chromium phones home at start, which a closed network refuses many times over.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--mute-audio"]
RENDER_TIMEOUT_MS = 30_000

_SCRIPT = re.compile(rb"<script\b", re.I)
_MOUNT = re.compile(rb"""<(div|main|section)\b[^>]*\bid\s*=\s*["'](app|root|__next|__nuxt|main-app|spa)["'][^>]*>"""
                    rb"""\s*</\1>|<app-root\b|\bng-app\b|\bdata-reactroot\b|\bx-data\s*=""", re.I)
_HUB_WORDS = re.compile(r"\bITA\b|\bOIT\b|เปิดเผยข้อมูลสาธารณะ|คุณธรรมและความโปร่งใส", re.I)
_ITEM_CODE = re.compile(r"^\s*[oO]\s*\d{1,2}\b")
_SCRIPT_LOAD = re.compile(rb"fetch\s*\(|XMLHttpRequest|axios|\$\.(ajax|get|getJSON)\b|\.json\b", re.I)
_EXTERNAL_SCRIPT = re.compile(rb"<script\b[^>]*\bsrc\s*=", re.I)
# What a page shows while its script fetches the content.
_LOADING = re.compile(r"กำลังโหลด|กำลังดึงข้อมูล|โปรดรอสักครู่|loading\s*(?:\.\.\.|…)|please wait", re.I)
SHELL_TEXT = 300
SHELL_LINKS = 5


def chromium_path() -> str | None:
    found = os.environ.get("OITCRAWLER_CHROMIUM") or next((p for p in CHROMIUM_PATHS if os.path.exists(p)), None)
    return found if found and shutil.which(found) else None


def render_reason(record: PageFields, raw: bytes) -> str:
    """Why this page's server HTML needs a browser to show its content, or ""."""
    if not _SCRIPT.search(raw):
        return ""
    text, links = record.get("text", ""), record.get("links", [])
    if len(text) < SHELL_TEXT and len(links) < SHELL_LINKS:
        return "empty page shell built by JavaScript"
    if _MOUNT.search(raw) and len(text) < 3 * SHELL_TEXT:
        return "application mount point with little server-side content"
    headings = " ".join(h for _, h in record.get("headings", [])[:5])
    # The script that fills an ITA page may sit in another file; the page then says it is loading.
    scripted = _SCRIPT_LOAD.search(raw) or (_EXTERNAL_SCRIPT.search(raw) and _LOADING.search(text))
    if _HUB_WORDS.search(f"{record.get('title', '')} {headings}") and scripted:
        coded = sum(1 for link in links if _ITEM_CODE.match(link.get("text") or link.get("label") or ""))
        if coded < 3:
            return "ITA page whose item list is loaded by a script"
    return ""


def render_settings(mode: str) -> dict:
    """Scrapy settings that route requests marked ``playwright`` through headless Chromium."""
    if mode == "never":
        return {}
    executable = chromium_path()
    if executable is None:
        return {}
    launch = {"executable_path": executable, "headless": True, "args": CHROMIUM_ARGS,
              "timeout": RENDER_TIMEOUT_MS}
    proxy = os.environ.get("https_proxy") or os.environ.get("HTTPS_PROXY") or \
        os.environ.get("http_proxy") or os.environ.get("HTTP_PROXY")
    if proxy:
        # The standard proxy variables reach the browser too, as they reach Scrapy.
        bypass = os.environ.get("no_proxy") or os.environ.get("NO_PROXY") or ""
        launch["proxy"] = {"server": proxy, **({"bypass": bypass} if bypass else {})}
    handler = "oitcrawler.spiders.handlers.LazyPlaywrightHandler"
    return {"DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
            "PLAYWRIGHT_BROWSER_TYPE": "chromium", "PLAYWRIGHT_LAUNCH_OPTIONS": launch,
            "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": RENDER_TIMEOUT_MS,
            "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4}
