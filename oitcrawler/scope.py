"""What counts as the agency's main website, and what a URL says about itself."""
from __future__ import annotations

import base64
import binascii
import ipaddress
import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

import tldextract

from .lexicon import lexicon
from .thai import norm
from .urls import host_key, url_host

# The bundled public-suffix snapshot: no network access at run time.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
_B64 = re.compile(r"^[A-Za-z0-9+/]{2,}={0,2}$")


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    host = host_key(host)
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    parts = _EXTRACT(host)
    domain = getattr(parts, "top_domain_under_public_suffix", None) or parts.registered_domain
    return domain or host


def _netloc(parts) -> str:
    """host[:port] with the host in its one comparable form."""
    try:
        port = parts.port
    except ValueError:
        port = None
    host = host_key(parts.hostname or "")
    return f"{host}:{port}" if port is not None else host


class Scope:
    """The start host's registrable domain and its subdomains (any scheme, any port).

    A bare IP address or single-label host (the demo on 127.0.0.1) is its own site,
    port included, because nothing else can share its registration. Hosts compare in
    IDNA form without a trailing dot, so a ``.ไทย`` site is never off-site to itself.
    """

    def __init__(self, start_url: str):
        parts = urlsplit(start_url)
        self.start_host = host_key(parts.hostname or "")
        self.domain = registrable_domain(self.start_host)
        self.exact = _is_ip(self.start_host) or "." not in self.start_host
        self.start_netloc = _netloc(parts)

    def on_main_site(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
        except ValueError:
            return False
        if parts.scheme not in ("http", "https"):
            return False
        if self.exact:
            return _netloc(parts) == self.start_netloc
        host = host_key(parts.hostname or "")
        return host == self.domain or host.endswith("." + self.domain)

    def placement(self, url: str) -> str:
        """``main`` (the start host), ``subdomain`` (same organisation) or ``external``."""
        if not self.on_main_site(url):
            return "external"
        host = url_host(url)
        return "main" if host == self.start_host or host == "www." + self.domain \
            or host == self.domain else "subdomain"


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def is_staging_host(url: str) -> bool:
    """Hosts an assessor may not reach or that may vanish: test/dev labels, IPs, odd ports."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    first = host.split(".")[0]
    if first in lexicon().staging_labels or re.match(r"^(test|dev|staging|uat)\d*$", first):
        return True
    if host == "localhost" or (_is_ip(host) and not host.startswith("127.")):
        return True
    try:
        return parts.port not in (None, 80, 443) and not _is_ip(host)
    except ValueError:
        return True


def document_type(url: str, content_type: str = "") -> str | None:
    """The document extension a URL or Content-Type points at (pdf, docx, …), if any."""
    ct = (content_type or "").split(";")[0].strip().lower()
    by_type = {
        "application/pdf": "pdf",
        "application/msword": "doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
        "application/vnd.ms-excel": "xls",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
        "application/vnd.ms-powerpoint": "ppt",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    }
    if ct in by_type:
        return by_type[ct]
    path = unquote(urlsplit(url).path).lower()
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    return ext if ext in lexicon().document_extensions else None


def decoded_query_words(url: str) -> list[str]:
    """Decode unpadded base64 query values (``_mod=aXRh`` → ``ita``), as one CMS family writes."""
    words = []
    for _, value in parse_qsl(urlsplit(url).query, keep_blank_values=False):
        if not _B64.match(value) or value.isdigit():
            continue
        try:
            raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        except (binascii.Error, ValueError):
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if text and text.isprintable() and len(text) <= 64:
            words.append(text)
    return words


def url_text(url: str) -> str:
    """A URL's path, file name, query and decoded base64 values as normalised text."""
    parts = urlsplit(url)
    text = unquote(parts.path) + " " + unquote(parts.query).replace("&", " ")
    return norm(" ".join([text, *decoded_query_words(url)]))
