"""Bound the crawl on crawler traps: calendars, query-string combinations, session ids.

Every URL the spider would follow passes :meth:`TrapGuard.admit` first. URLs are
deduplicated by a canonical key with session and tracking parameters removed; URL
*patterns* (the path with numbers abstracted, plus the names of the query parameters)
that keep producing new URLs are capped. Duplicate content and soft-404 pages are
recognised by :func:`text_fingerprint` in the spider. What was cut is counted per
reason and pattern, and the report lists it.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from urllib.parse import parse_qsl, unquote, urlsplit

from .urls import url_key

_DATE_KEYS = re.compile(r"^(y|m|d|yy|mm|dd|year|month|day|date|week|cal|calendar|time|start|end|"
                        r"from|to|ym|ymd|ปี|เดือน|วัน|วันที่)$", re.I)
_DATE_VALUE = re.compile(r"^(\d{4}([-/]\d{1,2}([-/]\d{1,2})?)?|\d{1,2})$")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[0-6]\d\d)(?!\d)")
_NUMBER = re.compile(r"\d+")

MAX_PATH_SEGMENTS = 15
MAX_SEGMENT_REPEATS = 3
MAX_QUERY_PARAMS = 8
MAX_QUERY_VARIANTS = 150     # distinct query strings of one path (faceted search, sorting)
MAX_KEY_SETS = 16            # distinct sets of parameter names on one path
MAX_CALENDAR_PAGES = 60      # pages of one calendar pattern (five years of months)


def url_pattern(url: str) -> str:
    """A URL's host and path with numbers abstracted, and its query's parameter names (values dropped)."""
    return TrapGuard._pattern(url)[3]


def is_calendar_url(url: str) -> bool:
    parts = urlsplit(url)
    return _is_calendar(parts.path, parse_qsl(parts.query, keep_blank_values=True))


def _is_calendar(path: str, query: list[tuple[str, str]]) -> bool:
    dated = sum(1 for k, v in query if _DATE_KEYS.match(k) and _DATE_VALUE.match(v.strip()))
    if query:
        # "?month=5&year=2566" is a calendar; "?type=news&year=2566&sort=new" is a search.
        return dated * 2 > len(query)
    tail = [s for s in path.split("/") if s][-3:]
    # "/calendar/2567/05/" ends in a date; "/news/2567/05/123" ends in an article number.
    return bool(tail) and bool(_DATE_VALUE.match(tail[-1])) and bool(_YEAR.search("/".join(tail)))


class TrapGuard:
    """Decides which URLs are worth fetching, and remembers what it refused."""

    def __init__(self, fiscal_year: int | None = None):
        self.seen: set[str] = set()
        self.query_variants: Counter = Counter()
        self.key_sets: dict[str, set] = defaultdict(set)
        self.refused: Counter = Counter()      # (reason, pattern) -> URLs refused
        self.calendar_pages: Counter = Counter()   # pattern -> calendar-looking URLs admitted
        # Patterns also seen with numbers that are no date ("/news/7/"): a page bar or article
        # numbers, whose page 2000 is not the year 2000.
        self.numbered: set[str] = set()
        # Calendars page forward and back for ever; real archives span a few years.
        self.years: tuple[range, range] | None = None
        if fiscal_year:
            ce = fiscal_year - 543
            self.years = (range(ce - 8, ce + 3), range(fiscal_year - 8, fiscal_year + 3))

    def state(self) -> dict:
        return {"seen": self.seen, "query_variants": self.query_variants,
                "key_sets": self.key_sets, "refused": self.refused, "calendar_pages": self.calendar_pages,
                "numbered": self.numbered}

    def restore(self, saved: dict) -> None:
        self.seen, self.query_variants, self.key_sets, self.refused = (
            saved["seen"], saved["query_variants"], saved["key_sets"], saved["refused"])
        # (A crawl interrupted by an older version saved neither.)
        self.calendar_pages = saved.get("calendar_pages", Counter())
        self.numbered = saved.get("numbered", set())

    def admit(self, url: str) -> bool:
        key = url_key(url)
        if key in self.seen:
            return False
        reason, pattern = self._trap(key)
        if reason:
            self.refused[(reason, pattern)] += 1
            return False
        self.seen.add(key)
        return True

    @staticmethod
    def _pattern(key: str) -> tuple:
        """The URL's parts, query, parameter names and pattern (numbers abstracted, values dropped)."""
        parts = urlsplit(key)
        query = parse_qsl(parts.query, keep_blank_values=True)
        names = tuple(sorted({k for k, _ in query}))
        pattern = f"{parts.netloc}{_NUMBER.sub('N', parts.path)}" + (f"?{'&'.join(names)}" if names else "")
        return parts, query, names, pattern

    def _trap(self, key: str) -> tuple[str, str]:
        parts, query, names, pattern = self._pattern(key)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) > MAX_PATH_SEGMENTS or \
                any(n > MAX_SEGMENT_REPEATS for n in Counter(segments).values()):
            return "repeated_path", pattern
        if len(query) > MAX_QUERY_PARAMS:
            return "too_many_parameters", pattern
        calendar = pattern not in self.numbered and _is_calendar(parts.path, query)
        if calendar:
            if self.years and not self._plausible_years(parts.path, query):
                return "calendar_out_of_range", pattern
            if self.calendar_pages[pattern] >= MAX_CALENDAR_PAGES:
                return "calendar", pattern
        path_key = f"{parts.netloc}{parts.path}"
        if names:
            if names not in self.key_sets[path_key] and len(self.key_sets[path_key]) >= MAX_KEY_SETS:
                return "parameter_combinations", f"{path_key}?…"
            if self.query_variants[path_key] >= MAX_QUERY_VARIANTS:
                return "query_variants", f"{path_key}?…"
            self.key_sets[path_key].add(names)
            self.query_variants[path_key] += 1
        if calendar:
            self.calendar_pages[pattern] += 1
        elif not query and _NUMBER.search(parts.path):
            self.numbered.add(pattern)
        return "", pattern

    def refuse(self, url: str, reason: str) -> None:
        self.refused[(reason, self._pattern(url_key(url))[3])] += 1

    def has_seen(self, url: str) -> bool:
        return url_key(url) in self.seen

    def trap_like(self, url: str) -> bool:
        """A calendar page or a multi-parameter query: what traps are made of."""
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        return len(query) >= 2 or _is_calendar(parts.path, query)

    def _plausible_years(self, path: str, query: list[tuple[str, str]]) -> bool:
        if self.years is None:
            return True
        ce, be = self.years
        text = path + " " + " ".join(v for _, v in query)
        return all(int(y) in ce or int(y) in be for y in _YEAR.findall(text))

    def summary(self, limit: int = 20) -> list[dict]:
        return [{"reason": r, "pattern": p, "refused": n} for (r, p), n in self.refused.most_common(limit)]


def text_fingerprint(text: str, url: str, numbers: bool = True) -> str:
    """A hash of a page's visible text that ignores the page's own address.

    Two URLs with the same fingerprint are the same page to a reader (a session id or a
    facet that changes nothing). Without ``numbers`` it also ignores digits: a "not found"
    page served with 200 echoes the address asked for and a counter, and still matches
    the one served for a known-bad address. (Archive pages 1, 2, 3 differ only in numbers,
    so duplicates are judged with them.)
    """
    parts = urlsplit(url)
    body = text
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    tokens = {url, target, unquote(target), parts.path, unquote(parts.path), parts.path.rstrip("/"), parts.query}
    for token in sorted(tokens - {"", "/"}, key=len, reverse=True):
        body = body.replace(token, "")
    body = " ".join(body.split())
    if not numbers:
        body = _NUMBER.sub("", body)
    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:20]
