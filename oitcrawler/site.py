"""One agency site's identity: its addresses, scope, home URLs, folder name and history key.

Built once from the start URL (and the final URL the start page answered at), and used
everywhere a site is named: the crawler's scope, the report's home-page test, the
report folder, the history database and the scheduler's file names. A Thai domain
(``.ไทย``) and its IDNA form, or a host with a trailing dot, are one site everywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from .scope import Scope
from .urls import host_key, is_route_fragment


def host_folder(url: str) -> str:
    """A folder name for a site's reports that cannot point outside the output root."""
    name = re.sub(r"[^a-z0-9._-]+", "_", _host(url)).strip("._")
    return name[:100] or "site"


def site_key(url: str) -> str:
    """The host that names a site, so http://www.x.go.th/ and https://x.go.th are one site.

    The scheme and a leading "www." vary between runs of the same agency (redirects, a
    mistyped cron line); a non-default port is kept because it is a different server.
    Raises ValueError for text that is not a site address.
    """
    text = url.strip()
    parts = urlsplit(text if "//" in text else "//" + text)
    try:
        port = parts.port
    except ValueError:              # a port that is not a number
        port = -1
    host = host_key(parts.hostname or "")
    if not host or port == -1:
        raise ValueError(f"not a site address: {url!r}")
    host = host.removeprefix("www.")
    return f"{host}:{port}" if port not in (None, 80, 443) else host


def _host(url: str) -> str:
    try:
        return host_key(urlsplit(url if "://" in url else "//" + url).hostname or "")
    except ValueError:
        return ""


_INDEX_PAGE = re.compile(r"^/*(?:(?:index|default|home|main)\.(?:html?|php\d?|aspx?|jsp|cfm))?/*$", re.I)


def is_home(url: str, homes: frozenset[str] | set[str]) -> bool:
    """A link to the site's home page (``homes`` from home_urls): "/", "index.html", the bare host.

    A hash route ("/#/about") is another page of the application, not the home page.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.fragment and is_route_fragment(parts.fragment):
        return False
    origin = f"{parts.scheme}://{parts.netloc}"
    if f"{origin}{parts.path}".rstrip("/") in homes or (not parts.query and _INDEX_PAGE.match(parts.path)
                                                       and _same_site(origin, homes)):
        return True
    return False


def _same_site(origin: str, homes: frozenset[str] | set[str]) -> bool:
    host = _host(origin).removeprefix("www.")
    return any(_host(h).removeprefix("www.") == host for h in homes)


def home_urls(*urls: str) -> frozenset[str]:
    """The forms of a site's home page: each address without its trailing slash, and its origin."""
    found = set()
    for u in urls:
        if u:
            parts = urlsplit(u)
            found.add(u.rstrip("/"))
            found.add(f"{parts.scheme}://{parts.netloc}")
    return frozenset(found)


@dataclass(frozen=True)
class Site:
    start_url: str
    final_url: str = ""       # where the start page answered, once it has
    scope: Scope = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "scope", Scope(self.url))

    @property
    def url(self) -> str:
        """The address the site is crawled and judged at: the final one once known."""
        return self.final_url or self.start_url

    def answered(self, final_url: str) -> Site:
        """This site once its start page has answered at ``final_url``."""
        return replace(self, final_url=final_url)

    @property
    def home_urls(self) -> frozenset[str]:
        return home_urls(self.start_url, self.final_url)

    @property
    def folder(self) -> str:
        return host_folder(self.start_url)

    @property
    def history_key(self) -> str:
        return site_key(self.start_url)
