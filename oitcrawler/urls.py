"""URL vocabulary every stage shares: the canonical form, dedup keys, host names.

A leaf module: it imports nothing from the package, so matching, verification, the
crawler and the reports can all agree on when two addresses are one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

_SESSION_PARAMS = {"jsessionid", "phpsessid", "sid", "sessionid", "session_id", "sessid", "session",
                   "cfid", "cftoken", "zenid", "oscsid", "fbclid", "gclid", "_ga", "mc_cid", "mc_eid"}
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid|sessionid)=[^/?#]*", re.I)
# A fragment that starts a route ("#/structure", "#!/about") addresses a page of a
# hash-routed application; a plain "#section" is a place on the same page.
_ROUTE_FRAGMENT = re.compile(r"^!?/")


def is_route_fragment(fragment: str) -> bool:
    return bool(_ROUTE_FRAGMENT.match(fragment or ""))


_HOST_DOT = re.compile(r"\.(?=(?::\d*)?$)")


@lru_cache(maxsize=8192)   # a record's URL and final URL are usually one: each is canonicalised twice
def canonical(url: str) -> str:
    """The form two URLs share when they are the same page (fragment dropped unless it is a route).

    The host is in IDNA form and without a trailing dot (``agency.go.th.`` is ``agency.go.th``).
    """
    try:
        parts = urlsplit(url)
        if parts.netloc.endswith(".") or ".:" in parts.netloc:
            parts = parts._replace(netloc=_HOST_DOT.sub("", parts.netloc))
            url = urlunsplit(parts)
        return canonicalize_url(url, keep_fragments=is_route_fragment(parts.fragment))
    except ValueError:
        return url


def without_fragment(url: str) -> str:
    """The address a browser asks the server for, keeping a hash route (it names another page)."""
    parts = urlsplit(url)
    if not parts.fragment or is_route_fragment(parts.fragment):
        return url
    return urlunsplit((*parts[:4], ""))


def strip_session(url: str) -> str:
    """The URL without session ids and tracking parameters, which make one page many URLs.

    A URL without any is returned unchanged (its query is not re-encoded).
    """
    cleaned = _PATH_SESSION.sub("", url)
    parts = urlsplit(cleaned)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in pairs if k.lower() not in _SESSION_PARAMS and not k.lower().startswith("utm_")]
    if len(query) == len(pairs):
        return cleaned
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


@lru_cache(maxsize=8192)   # menu and pager links come back on every page
def url_key(url: str) -> str:
    """The crawl's dedup key: canonical form without session ids."""
    return canonical(strip_session(url))


@lru_cache(maxsize=4096)
def host_key(host: str) -> str:
    """A host name in the one form to compare by: lower case, no trailing dot, IDNA (xn--).

    ``www.ตัวอย่าง.ไทย`` as typed and ``www.xn--72c1a1bt4awk9o.xn--o3cw4h`` as Scrapy
    requests it are one host; so are ``agency.go.th.`` and ``agency.go.th``.
    """
    host = (host or "").strip().lower().rstrip(".")
    if not host or host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def url_host(url: str) -> str:
    """The URL's host in :func:`host_key` form ("" when it has none or is malformed)."""
    try:
        return host_key(urlsplit(url).hostname or "")
    except ValueError:
        return ""
