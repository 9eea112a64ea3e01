"""Crawl options and their validation: one object, checked once, used by every stage.

A bad value raises :class:`OptionError`, which the CLI prints as one line (exit 2)
before anything is crawled.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from .checklist import load_checklist, select_checklist
from .dates import thai_date
from .site import Site, host_folder
from .thai import thai_digits_to_arabic
from .urls import host_key

DEFAULT_OUTPUT = Path("output")
DEFAULT_DB = DEFAULT_OUTPUT / "history.sqlite"
RENDER_MODES = ("auto", "never", "always")
COVERAGE_MODES = ("focused", "full")


class OptionError(ValueError):
    """A bad argument: shown to the user as a one-line message, exit code 2."""


def check_url(url: str | None) -> str:
    """The start URL as it will be crawled, or OptionError: never a traceback, never a DNS look-up."""
    if not url:
        raise OptionError("a start URL is required, e.g. https://www.example.go.th/")
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port    # a port that is no number raises here
    except ValueError as exc:       # "Invalid IPv6 URL", a port out of range
        raise OptionError(f"invalid URL {url!r}: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise OptionError(f"unsupported URL scheme {parts.scheme!r}: use http:// or https://")
    if not host or " " in host:
        raise OptionError(f"invalid URL {url!r}: no host name")
    try:
        ascii_host = host_key(host)   # Thai domain names (.ไทย) are fine
        ascii_host.encode("ascii")
    except UnicodeError:
        raise OptionError(f"invalid URL {url!r}: {host!r} is not a host name") from None
    if not _is_host(ascii_host):
        raise OptionError(f"invalid URL {url!r}: {host!r} is not a host name")
    if "." not in ascii_host and ":" not in ascii_host and ascii_host != "localhost":
        # A website's address has a domain ("not-a-url" is not one): refused before any DNS look-up.
        raise OptionError(f"invalid URL {url!r}: {host!r} is not a website's host name "
                          "(give the full address, e.g. https://www.example.go.th/)")
    return url if parts.path else url + "/"


# One label of a host name; checked label by label: a single pattern over the whole name
# backtracked for minutes on a name like "xn--www.xn--.xn--%javascript".
_LABEL = re.compile(r"[a-z0-9_][a-z0-9_-]{0,62}", re.I)
_IPV6 = re.compile(r"[0-9a-f:.]+", re.I)


def _is_host(name: str) -> bool:
    if ":" in name:
        return bool(_IPV6.fullmatch(name))
    labels = name[:-1].split(".") if name.endswith(".") else name.split(".")
    return all(_LABEL.fullmatch(label) for label in labels)


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
BE_OFFSET = 543


def parse_as_of(text: str) -> tuple[date, str]:
    """``--as-of`` as a date, and a note (Thai, English) when it was a Buddhist-era date.

    Thai users write dates in the Buddhist era (2566-05-15 is 15 May 2023 A.D.): a year of
    2400 or more is one, and is converted.
    """
    value = thai_digits_to_arabic(str(text).strip())
    match = _DATE.fullmatch(value)
    if not match:
        raise OptionError(f"--as-of must be a date YYYY-MM-DD (A.D. or B.E.), got {text!r}")
    year, month, day_of_month = map(int, match.groups())
    buddhist = year >= 2400
    try:
        day = date(year - BE_OFFSET if buddhist else year, month, day_of_month)
    except ValueError as exc:
        raise OptionError(f"--as-of {text!r} is not a date: {exc}") from None
    if not buddhist:
        return day, ""
    return day, (f"--as-of {text} เป็นวันที่แบบพุทธศักราช: ใช้วันที่ {thai_date(day)} "
                 f"(ค.ศ. {day.isoformat()}) / --as-of {text} is a Buddhist-era date: taken as {day.isoformat()}")


def _url_list(value) -> tuple:
    if isinstance(value, str):   # from ``scrapy crawl -a extra_urls=URL,URL``
        value = re.split(r"[\s,]+", value)
    urls = tuple(u.strip() for u in value or () if u and u.strip())
    for url in urls:
        if urlsplit(url).scheme not in ("http", "https"):
            raise OptionError(f"not an http(s) URL: {url!r}")
    return urls


def _flag(name: str, value) -> bool:
    """A yes/no option, also as given on the ``scrapy crawl -a name=value`` command line."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("", "0", "false", "no", "off"):
        return False
    raise OptionError(f"{name} must be yes or no, got {value!r}")


def _positive_int(name: str, value) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise OptionError(f"{name} must be a whole number, got {value!r}") from None
    if number < 0 or (number == 0 and name != "max_depth"):
        raise OptionError(f"{name} must be positive, got {number}")
    return number


@dataclass
class CrawlOptions:
    url: str
    out: str
    checklist: str = ""
    fiscal_year: int = 0              # resolved by from_args: never 0 after it
    as_of: str = ""
    max_pages: int = 5000
    max_depth: int = 6
    max_documents: int = 2000
    max_doc_bytes: int = 25 * 1024 * 1024
    checklist_note: str = ""          # how the checklist was chosen, when it was not given
    as_of_note: str = ""              # how a Buddhist-era --as-of was read
    db: str = ""                      # history database; "" = do not record the run
    archive: bool = False             # keep the evidence responses in evidence.warc.gz
    extra_urls: tuple = ()            # URLs to fetch even when no link leads to them (verify)
    insecure: bool = False            # crawl even when the certificate is invalid (reported anyway)
    ignore_robots: bool = False       # the agency checking its own site may ignore its robots.txt
    render: str = "auto"              # JavaScript rendering: auto | never | always
    coverage: str = "focused"         # focused: archives sampled (oitcrawler.frontier) | full: every page

    @classmethod
    def from_args(cls, url=None, out=None, checklist=None, fiscal_year=None, as_of=None,
                  max_pages=5000, max_depth=6, max_documents=2000, max_doc_mb=25, checklist_note="",
                  db="", archive=False, extra_urls=(), insecure=False, ignore_robots=False, render="auto",
                  coverage="focused", **unknown):
        if unknown:
            raise OptionError(f"unknown spider argument(s): {', '.join(sorted(unknown))}")
        url = check_url(url)
        if fiscal_year not in (None, ""):
            fiscal_year = _positive_int("fiscal_year", fiscal_year)
            if not 2540 <= fiscal_year <= 2600:
                raise OptionError(f"fiscal year is a Buddhist-era year such as 2566, got {fiscal_year}")
        else:
            fiscal_year = None
        day, as_of_note = parse_as_of(as_of) if as_of else (date.today(), "")
        as_of = day.isoformat()
        if not checklist:
            # No list named: the one for the fiscal year of --as-of, assessed for that year.
            picked = select_checklist(day)
            checklist, checklist_note = picked.ref, picked.message
            fiscal_year = fiscal_year or picked.fiscal_year
        load_checklist(checklist)  # fail before crawling, not after
        if render not in RENDER_MODES:
            raise OptionError(f"render must be one of {', '.join(RENDER_MODES)}, got {render!r}")
        if coverage not in COVERAGE_MODES:
            raise OptionError(f"coverage must be one of {', '.join(COVERAGE_MODES)}, got {coverage!r}")
        if not out:
            out = str(DEFAULT_OUTPUT / host_folder(url) / datetime.now().strftime("%Y%m%d-%H%M%S"))
        # Resolved here, once: every stage (trap bounds, matching, windows) assesses this year.
        fiscal_year = fiscal_year or load_checklist(checklist).ita_year
        return cls(url=url, out=str(out), checklist=checklist, fiscal_year=fiscal_year, as_of=as_of,
                   checklist_note=checklist_note, as_of_note=as_of_note, db=str(db or ""),
                   archive=_flag("archive", archive),
                   extra_urls=_url_list(extra_urls), insecure=_flag("insecure", insecure),
                   ignore_robots=_flag("ignore_robots", ignore_robots), render=render, coverage=coverage,
                   max_pages=_positive_int("max_pages", max_pages),
                   max_depth=_positive_int("max_depth", max_depth),
                   max_documents=_positive_int("max_documents", max_documents),
                   max_doc_bytes=int(float(max_doc_mb) * 1024 * 1024))

    @property
    def out_path(self) -> Path:
        return Path(self.out)

    @property
    def site(self) -> Site:
        return Site(self.url)

    def report_options(self) -> dict:
        """The options as report.json records them."""
        return {k: v for k, v in asdict(self).items() if k not in ("out", "checklist_note", "as_of_note")}
