"""Match one page record: its hub sections and its evidence candidates.

Pure and per page, so the crawler runs it in its worker processes as each page is
parsed (oitcrawler.workers) and the report never matches a page twice.
"""
from __future__ import annotations

from dataclasses import dataclass

from .match import Matcher, link_candidates, page_candidates
from .schema import PageRecord
from .segment import HubResult, hub_evidence
from .site import is_home
from .thai import norm

_HOME_WORDS = ("หน้าหลัก", "หน้าแรก", "home", "homepage", "welcome", "ยินดีต้อนรับ")


def site_name_from_title(title: str, matcher: Matcher) -> str:
    """The agency's name from its home page title ("หน้าแรก | กรมตัวอย่าง" → "กรมตัวอย่าง")."""
    parts = [p.strip() for p in matcher.title_parts(title) if norm(p).strip() not in _HOME_WORDS]
    return max(parts, key=len) if parts else ""


@dataclass
class PageMatches:
    """What matching finds on one page record. Pure: the crawler computes it in its workers."""
    site_name: str                   # the site's name from this page's title, for a home page
    hub: HubResult | None
    candidates: list


def page_matches(record: PageRecord, matcher: Matcher, home: set[str], year: int | None,
                 site_name: str) -> PageMatches:
    """Hub sections and link/page candidates of a page, given the site's name found so far."""
    if not site_name and not record.get("referrer"):
        site_name = site_name_from_title(record.get("title", ""), matcher)
    hub = hub_evidence(record, matcher, home, year)
    skip = hub.other_year_links if hub is not None else set()
    # The home page is never an item's evidence, whatever a link to it is called.
    candidates = [cand for cand in [*link_candidates(record, matcher, skip),
                                    *page_candidates(record, matcher, site_name)]
                  if not is_home(cand.url, home)
                  or "home_page" in matcher.checklist.item(cand.item_id).evidence_kinds]
    return PageMatches(site_name, hub, candidates)
