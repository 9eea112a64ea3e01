"""Crawl order and coverage: which links come first, and which archive pages a focused crawl leaves out.

Every link gets a priority from what is already known about it (Scrapy fetches higher
priorities first, and shallower pages first within one tier): the links of a hub's item
sections, then links whose anchor, title, label or URL names a checklist item, then the
site's menus and footer (the links the home page shows), documents linked from evidence,
ordinary pages, and last the archives: page bars, the posts of listings, tag, category and
gallery pages, print views and calendars.

A focused crawl (``--coverage focused``, the default) also decides which archive pages
are worth a request at all. A listing (a page with a page bar) is read through its first
pages, and further only while its pages still show dates inside the assessed years or
posts that name an item. Of its posts it follows those whose titles name an item other
than the listing's own (every post of "ข่าวประชาสัมพันธ์" is news) and a few others, enough
to date the listing. Tag, category and gallery pages are sampled, print views left out.
What is left out is counted per URL pattern and reason for the report's ``skipped`` list;
it never makes a crawl partial. ``--coverage full`` follows everything, in the same order.

Pure: no network, no Scrapy. The spider asks, and keeps :meth:`Frontier.state` for resuming.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from .dates import fiscal_years_in
from .lexicon import lexicon
from .scope import url_text
from .thai import norm
from .traps import is_calendar_url, url_pattern
from .urls import url_key

# Priority tiers, far enough apart that the click depth subtracted within a tier never crosses one.
START = 10_000
PROBE = 9_000
HUB = 6_000
ITEM = 5_000
NAV = 4_000
DOCUMENT_IN_CONTEXT = 3_500
PAGE = 3_000
DOCUMENT = 2_500
ARCHIVE = 1_000

FIRST_LISTING_PAGES = 3   # pages of every listing read whatever they show: enough to see how it is dated
ENTRY_SAMPLES = 3         # posts of a listing followed though they name no item of their own
GROUP_SAMPLES = 3         # tag, category or gallery pages of one pattern followed though they name no item

_DIGITS = re.compile(r"\d+")
_WORD_SPLIT = re.compile(r"[/_.\-]+")


@dataclass(frozen=True)
class Decision:
    """What to do with one link: follow it (with a priority, depth and region) or why not."""
    follow: bool
    priority: int = 0
    depth: int = 0
    region: str = ""          # the target's region: "pager" (a listing's page), "entry" (a post), ""
    series: str = ""          # the listing it belongs to
    items: tuple = ()         # the items its anchor names, for the listing it leads to
    reason: str = ""          # why it is not followed (see vocabulary.SKIP_REASONS)

    @property
    def archive(self) -> bool:
        return self.region in ("pager", "entry", "group")


@dataclass
class PageView:
    """One fetched page as the frontier sees it when deciding about its links."""
    url: str
    depth: int
    listing: str = ""                    # the listing series this page is a page of
    number: int = 1                      # its place in that series
    entry: str = ""                      # the listing series this page is a post of
    pagers: dict[int, tuple[str, int]] = field(default_factory=dict)   # link index -> (series, number)
    next_number: int | None = None       # the page bar's next page after this one
    more: bool = True                    # whether the listing's next page is worth a request
    relevant: bool = False               # the page is evidence or a hub: its documents come early
    hub_urls: frozenset = frozenset()    # links of a hub's item sections
    link_items: dict = field(default_factory=dict)   # link URL -> items its anchor names


def _words(path: str) -> set[str]:
    return {w for w in _WORD_SPLIT.split(unquote(path).lower()) if w}


def url_region(url: str) -> str:
    """What the URL's shape alone says it is: "print", "group" (tag, category, gallery), "calendar" or ""."""
    lex = lexicon()
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    words = _words(parts.path)
    names = {k.lower() for k, _ in query}
    if words & lex.print_words or names & lex.print_words or {v.lower() for _, v in query} & lex.print_words:
        return "print"
    segments = {s.lower() for s in unquote(parts.path).split("/") if s}
    if segments & (lex.tag_words | lex.gallery_words) or names & lex.tag_words:
        return "group"
    if is_calendar_url(url):
        return "calendar"
    return ""


def _group_pattern(url: str) -> str:
    """Tag pages of one site are one pattern whatever the tag ("/tag/ITA/", "/tag/ข่าว/" → "/tag/*")."""
    lex = lexicon()
    parts = urlsplit(url)
    segments = [s for s in unquote(parts.path).split("/") if s]
    for n, segment in enumerate(segments):
        if segment.lower() in lex.tag_words:
            return f"{parts.netloc}/{'/'.join(segments[:n + 1])}/*"
    return url_pattern(url)


def entry_pattern(url: str) -> str:
    """A post's URL with its numbers abstracted, query values kept ("news.php?id=N", "/news/aN.html")."""
    parts = urlsplit(url)
    query = sorted((k, _DIGITS.sub("N", v)) for k, v in parse_qsl(parts.query, keep_blank_values=True))
    return f"{parts.netloc}{_DIGITS.sub('N', parts.path)}" + (f"?{urlencode(query)}" if query else "")


def _explicit_pager(url: str) -> tuple[str, int] | None:
    """(series, number) of a URL that numbers a listing's page: "?page=3", "/page/3/", "?start=30"."""
    lex = lexicon()
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    for n, (name, value) in enumerate(query):
        if name.lower() in lex.pager_params and value.isdigit():
            rest = sorted(query[:n] + query[n + 1:])
            return f"{parts.netloc}{parts.path.rstrip('/')}?{urlencode(rest)}", int(value)
    segments = parts.path.split("/")
    for n in range(len(segments) - 2, -1, -1):
        if segments[n].lower() in lex.pager_segments and segments[n + 1].isdigit():
            base = "/".join(segments[:n]).rstrip("/")
            return f"{parts.netloc}{base}?{urlencode(sorted(query))}", int(segments[n + 1])
    return None


def _first_page_series(url: str) -> str:
    """The series key a listing's first page has when it carries no page number ("/news/" of "/news/page/2/")."""
    parts = urlsplit(url)
    query = sorted(parse_qsl(parts.query, keep_blank_values=True))
    return f"{parts.netloc}{parts.path.rstrip('/')}?{urlencode(query)}"


def _numbered(url: str) -> tuple[str, int] | None:
    """("~" + pattern, last number) of a URL with a number in it: "/news/7/" → ("~host/news/N/", 7)."""
    found = _DIGITS.findall(urlsplit(url).path + "?" + urlsplit(url).query)
    if not found:
        return None
    return "~" + entry_pattern(url), int(found[-1])


_PAGER_SYMBOLS = re.compile(r"[\s\[\]()|«»‹›<>.…]+")


def _is_pager_anchor(text: str) -> bool:
    """A page number, a pager word ("ถัดไป ›", "next") or arrows alone."""
    text = norm(text)
    bare = _PAGER_SYMBOLS.sub("", text)
    return bare.isdigit() or bare in lexicon().pager_words or (not bare and bool(text.strip()))


def pager_position(href: str, anchor: str, page_url: str) -> tuple[str, int] | None:
    """(series, number) when the link is one of a page bar's, else None.

    A URL that names its page ("?page=3", "/page/3/") is one whatever its anchor; a URL that
    differs from the page's own only in a number ("/news/7/" on "/news/6/") is one when its
    anchor is a page number or a pager word ("ถัดไป", "»").
    """
    explicit = _explicit_pager(href)
    if explicit:
        return explicit
    if not _is_pager_anchor(anchor):
        return None
    mine, theirs = _numbered(page_url), _numbered(href)
    if theirs and mine and mine[0] == theirs[0] and mine[1] != theirs[1]:
        return theirs
    return None


def own_positions(url: str) -> list[tuple[str, int]]:
    """The (series, number) a page can have in a listing, by its own URL."""
    explicit = _explicit_pager(url)
    found = [explicit] if explicit else [(_first_page_series(url), 1)]
    numbered = _numbered(url)
    if numbered:
        found.append(numbered)
    return found


def oldest_fiscal_year(fiscal_year: int, items: list[tuple[str, str]]) -> int:
    """The earliest fiscal year a listing's post can be evidence in, from the items' (window, dated_by).

    Archives hold activities: the windows of the items dated by their activity (news,
    participation, No Gift activities) say how far back a post counts; a list without
    such items falls back on every item's window.
    """
    windows = {window for window, dated_by in items if dated_by == "activity"} or {w for w, _ in items}
    return fiscal_year - 1 if windows & {"previous_fiscal_year", "previous_ita"} else fiscal_year


class Frontier:
    """Decides the priority of links and, in a focused crawl, which archive pages to leave out."""

    def __init__(self, focused: bool = True, oldest_year: int | None = None, url_tokens: tuple = ()):
        self.focused = focused
        self.oldest_year = oldest_year
        patterns = [p.pattern for p in url_tokens]
        self._url_items = re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None
        self.home: set[str] = set()              # keys of the home page's links: menus and footer
        self.home_lines: set[str] = set()        # the home page's lines: the site template
        self.series_pages: Counter = Counter()   # listing pages requested per series
        self.series_items: dict[str, set] = {}   # per series, the items the listing itself is for
        self.series_last: dict[str, int] = {}    # per series, the highest page number its page bar shows
        self.series_stop: dict[str, str] = {}    # per series, why its later pages were left out
        self.samples: Counter = Counter()        # posts followed per series though they name no item of their own
        self.groups: Counter = Counter()         # tag/category/gallery pages followed per pattern
        self.entry_patterns: dict[str, str] = {}    # numbered URL pattern of a listing's posts -> series
        self.skipped: dict[str, tuple[str, str, str]] = {}   # url key -> (reason, pattern, series)

    # state ---------------------------------------------------------------------------
    _STATE = ("home", "home_lines", "series_pages", "series_items", "series_last", "series_stop", "samples",
              "groups", "entry_patterns", "skipped")

    def state(self) -> dict:
        return {name: getattr(self, name) for name in self._STATE}

    def restore(self, saved: dict) -> None:
        for name in self._STATE:
            if name in saved:
                setattr(self, name, saved[name])

    # pages ---------------------------------------------------------------------------
    def set_home(self, link_keys: set[str], text: str) -> None:
        """The home page's links and lines: what every page repeats (menus, footer) is no archive."""
        self.home = set(link_keys)
        self.home_lines = set(text.splitlines())

    def url_names_item(self, url: str) -> bool:
        return bool(self._url_items and self._url_items.search(url_text(url)))

    def view(self, url: str, depth: int, region: str, series: str, links: list[dict], text: str,
             link_items: dict, hub_urls: frozenset, page_items: set) -> PageView:
        """How a fetched page stands: a listing's page, a post, or neither; and its page bar."""
        view = PageView(url, depth, hub_urls=hub_urls, link_items=link_items,
                        relevant=bool(page_items or hub_urls))
        if not self.focused:
            return view    # a full crawl reads everything: the archive tier comes from URL shapes alone
        for index, link in enumerate(links):
            position = pager_position(link["href"], link.get("text", ""), url)
            if position:
                view.pagers[index] = position
        bars = {s for s, _ in view.pagers.values()}
        if region == "pager" and series:
            mine = [(s, n) for s, n in own_positions(url) if s == series] or [(series, 1)]
        else:
            mine = [(s, n) for s, n in own_positions(url) if s in bars]
        if mine:
            view.listing, view.number = mine[0]
            if region != "pager":
                self.series_pages[view.listing] += 1     # a first page reached by an ordinary link
            self.series_items.setdefault(view.listing, set()).update(page_items)
            later = [n for s, n in view.pagers.values() if s == view.listing and n > view.number]
            view.next_number = min(later) if later else None
            if later:
                self.series_last[view.listing] = max(self.series_last.get(view.listing, 0), *later)
            view.more = self._read_on(view, links, text)
        elif region == "entry" and series:
            view.entry = series
        else:
            view.entry = self.entry_patterns.get(entry_pattern(url)) or self._among_siblings(url, links)
        return view

    def _among_siblings(self, url: str, links: list[dict]) -> str:
        """A page linking to several pages of its own numbered pattern is a post among posts.

        (Related posts, previous/next album: reached before its listing, it must not lead the
        crawl from post to post through the whole archive.)
        """
        mine = entry_pattern(url)
        if "N" not in mine or is_calendar_url(url):
            return ""
        siblings = {link["href"] for link in links if link["href"] != url and entry_pattern(link["href"]) == mine}
        if len(siblings) < 2:
            return ""
        return self.entry_patterns.setdefault(mine, "~" + mine)

    def _read_on(self, view: PageView, links: list[dict], text: str) -> bool:
        """Whether a listing's next page is worth a request, judged on this page."""
        if self.series_pages[view.listing] < FIRST_LISTING_PAGES:
            return True
        own = self.series_items.get(view.listing, set())
        posts = [link["href"] for n, link in enumerate(links) if n not in view.pagers]
        if any(set(view.link_items.get(href, ())) - own for href in posts if url_key(href) not in self.home):
            return True     # a post here names an item: the next page may have more
        content = "\n".join(line for line in text.splitlines() if line not in self.home_lines)
        years = fiscal_years_in(content, prefer_stated=False)
        if years and (self.oldest_year is None or max(years) >= self.oldest_year):
            return True
        self.series_stop[view.listing] = "archive_older" if years else "archive_undated"
        return False

    # links ---------------------------------------------------------------------------
    def decide(self, view: PageView, index: int, href: str, key: str, document: bool) -> Decision:
        """Follow the link of ``view`` (its ``index``-th), or say why not."""
        items = tuple(sorted(view.link_items.get(href, ())))
        hub = href in view.hub_urls
        template = key in self.home
        pager = view.pagers.get(index)
        region = "" if document else url_region(href)
        series = view.listing or view.entry
        if hub:
            tier = HUB
        elif items:
            tier = ITEM
        elif template:
            tier = NAV
        elif document:
            tier = DOCUMENT_IN_CONTEXT if view.relevant else DOCUMENT
        elif pager or region or series:
            tier = ARCHIVE
        elif self.url_names_item(href):
            tier = ITEM
        else:
            tier = PAGE
        depth = view.depth + 1
        if pager and self.focused:
            depth = view.depth      # the pages of one listing are one click away, whatever their number
        if document or hub:
            return Decision(True, tier - depth, depth)
        if pager:
            return self._pager(view, pager, href, key, tier, depth, items)
        if region == "print" and not items and self.focused:
            return self._skip(key, href, "print_variant", tier, depth)
        if template or region == "calendar":
            # (A calendar's months are bounded by the trap guard: plausible years, 60 pages a pattern.)
            return Decision(True, tier - depth, depth, items=items)
        if series:
            return self._entry(view, series, href, key, tier, depth, items)
        if region == "group" and not items:
            pattern = _group_pattern(href)
            if self.focused and self.groups[pattern] >= GROUP_SAMPLES:
                return self._skip(key, href, "grouping", tier, depth)
            self.groups[pattern] += 1
            return Decision(True, tier - depth, depth, region="group")
        return Decision(True, tier - depth, depth, items=items)

    def _pager(self, view: PageView, pager: tuple[str, int], href: str, key: str, tier: int, depth: int,
               items: tuple) -> Decision:
        series, number = pager
        follow = Decision(True, tier - depth, depth, region="pager", series=series, items=items)
        if not self.focused:
            return follow
        if series == view.listing:
            ok = view.more and number == view.next_number
        else:   # a page bar of another listing (a sidebar's): read its first pages
            self.series_last[series] = max(self.series_last.get(series, 0), number)
            ok = self.series_pages[series] < FIRST_LISTING_PAGES
        if not ok:
            return self._skip(key, href, "archive_listing", tier, depth, series)
        self.series_pages[series] += 1
        return follow

    def _entry(self, view: PageView, series: str, href: str, key: str, tier: int, depth: int,
               items: tuple) -> Decision:
        if view.listing:
            pattern = entry_pattern(href)
            if "N" in pattern:
                self.entry_patterns.setdefault(pattern, series)
        own = self.series_items.get(series, set())
        if set(items) - own:
            return Decision(True, ITEM - depth, depth, region="entry", series=series, items=items)
        if self.focused and self.samples[series] >= ENTRY_SAMPLES:
            return self._skip(key, href, "archive_entry", tier, depth, series)
        self.samples[series] += 1
        return Decision(True, tier - depth, depth, region="entry", series=series, items=items)

    def decide_listed(self, url: str, key: str, depth: int) -> Decision:
        """A URL that only a sitemap lists: followed unless it is an archive's page or post."""
        region = url_region(url)
        tier = ITEM if self.url_names_item(url) else PAGE
        if not self.focused:
            return Decision(True, tier - depth, depth)
        pager = _explicit_pager(url)
        if pager:
            return self._skip(key, url, "archive_listing", ARCHIVE, depth, pager[0])
        if region == "print":
            return self._skip(key, url, "print_variant", ARCHIVE, depth)
        series = self.entry_patterns.get(entry_pattern(url))
        if series:
            return self._skip(key, url, "archive_entry", ARCHIVE, depth, series)
        if region == "group":
            pattern = _group_pattern(url)
            if self.groups[pattern] >= GROUP_SAMPLES:
                return self._skip(key, url, "grouping", ARCHIVE, depth)
            self.groups[pattern] += 1
            return Decision(True, ARCHIVE - depth, depth, region="group")
        return Decision(True, tier - depth, depth)

    # what was left out ------------------------------------------------------------------
    def _skip(self, key: str, url: str, reason: str, tier: int, depth: int, series: str = "") -> Decision:
        self.skip(key, url, reason, series)
        return Decision(False, tier - depth, depth, reason=reason, series=series)

    def skip(self, key: str, url: str, reason: str, series: str = "") -> None:
        """Count a URL left out (once, by its first reason) until it is fetched after all."""
        self.skipped.setdefault(key, (reason, url_pattern(url), series))

    def admitted(self, key: str) -> None:
        """A URL left out earlier is requested after all (a relevant link to it turned up)."""
        self.skipped.pop(key, None)

    def summary(self, limit: int = 30) -> list[dict]:
        """[{"pattern", "count", "reason"}], largest first: what the focused crawl left out."""
        counts: Counter = Counter()
        gaps: dict[tuple[str, str], int] = {}
        for reason, pattern, series in self.skipped.values():
            if reason == "archive_listing":
                reason = self.series_stop.get(series, reason)
                # A numbered page bar says how many pages the listing has, beyond the links it shows.
                gap = self.series_last.get(series, 0) - self.series_pages[series]
                gaps[(reason, pattern)] = max(gaps.get((reason, pattern), 0), gap)
            counts[(reason, pattern)] += 1
        for found, gap in gaps.items():
            counts[found] = max(counts[found], gap)
        return [{"pattern": p, "count": n, "reason": r} for (r, p), n in counts.most_common(limit)]
