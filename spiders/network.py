"""What the crawler meets on the network: download failures and the site's certificate.

The edge counterpart of ``oitcrawler.diagnose``: a Twisted/Scrapy failure becomes one of
its problem codes, and the start URL's certificate is checked once as a browser would.
"""
from __future__ import annotations

import ssl
from urllib.parse import unquote, urlsplit
from urllib.request import getproxies, proxy_bypass

import urllib3


def classify_failure(failure) -> str:
    """The problem code of a Scrapy/Twisted download failure."""
    from scrapy.exceptions import IgnoreRequest
    from twisted.internet import error

    text = _failure_text(failure)
    # Scrapy ≥ 2.14 wraps Twisted's errors in its own (CannotResolveHostError, ...): match both.
    if failure.check(error.DNSLookupError) or "CannotResolveHost" in text or "DNS lookup failed" in text:
        return "dns_failure"
    if failure.check(error.ConnectionRefusedError) or "ConnectionRefused" in text or "refused" in text.lower():
        return "connection_refused"
    if failure.check(error.TimeoutError, error.TCPTimedOutError) or "Timeout" in text or "took longer than" in text:
        return "timeout"
    if "SSL" in text or "certificate" in text.lower() or "tlsv1" in text.lower():
        return "tls_error"
    if "DOWNLOAD_MAXSIZE" in text or "larger than download max size" in text:
        return "too_large"
    if failure.check(IgnoreRequest):
        if "robots" in text.lower():
            return "robots_disallow"
        if "redirect" in text.lower():
            return "redirect_loop"
    # Lost, reset or dropped connections, and anything else the transport reports.
    return "connection_reset"


def _failure_text(failure) -> str:
    value = failure.value
    parts = [type(value).__name__, str(value)]
    for reason in getattr(value, "reasons", None) or []:   # ResponseNeverReceived wraps the causes
        parts += [type(reason.value).__name__, str(reason.value)]
    return " ".join(parts)


def failure_detail(failure) -> str:
    return _failure_text(failure)[:300]



def certificate_problem(url: str, timeout: float = 10.0) -> str:
    """What a browser would object to in the site's certificate, or "" (also "" for http).

    Scrapy does not verify certificates, so this is checked once, as a browser would, with
    the system's trust store (``SSL_CERT_FILE`` honoured) and through ``https_proxy``
    (with its credentials) when one applies: one HEAD request, no redirect followed.
    Network errors are not certificate problems: the crawl reports them.
    """
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return ""
    context, limit = ssl.create_default_context(), urllib3.Timeout(total=timeout)
    proxy = getproxies().get("https")
    try:
        if proxy and not proxy_bypass(parts.hostname):
            proxy_url = urllib3.util.parse_url(proxy if "://" in proxy else "http://" + proxy)
            auth = urllib3.make_headers(proxy_basic_auth=unquote(proxy_url.auth)) if proxy_url.auth else None
            manager: urllib3.PoolManager = urllib3.ProxyManager(
                proxy_url._replace(auth=None).url, proxy_headers=auth, cert_reqs="CERT_REQUIRED",
                ssl_context=context, timeout=limit, retries=False)
        else:
            manager = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ssl_context=context, timeout=limit,
                                          retries=False)
        manager.request("HEAD", url, redirect=False, preload_content=False).release_conn()
    except urllib3.exceptions.MaxRetryError as exc:
        return _tls_message(exc.reason)
    except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
        return _tls_message(exc)
    return ""


def _tls_message(exc) -> str:
    """The certificate fault behind a urllib3 error, as a browser would name it, or ""."""
    while exc is not None:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return exc.verify_message or str(exc)
        if isinstance(exc, ssl.SSLError):
            return f"TLS handshake failed: {exc.reason or exc}"
        exc = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args and isinstance(exc.args[0], BaseException)
                                                   else None)
    return ""
