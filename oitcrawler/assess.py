"""From crawl records to the report data: match, verify and score, without the network.

One streaming pass over the records collects hub sections, link and page candidates
and the fetch index; items are then verified and scored. The result is the document
written as report.json (see README, "Report schema").
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from . import __version__
from .checklist import Checklist
from .match import MIN_SCORE, Matcher, link_candidates, page_candidates
from .records import read_records
from .scope import Scope
from .score import estimate
from .segment import hub_evidence
from .verify import FetchIndex, assess_item, canonical, finding

SCHEMA_VERSION = 1
SITE_STATUSES = ("completed", "partial", "unreachable", "blocked")


def _home_urls(start_url: str, final_url: str) -> set[str]:
    urls = set()
    for u in (start_url, final_url):
        if u:
            parts = urlsplit(u)
            urls.add(u.rstrip("/"))
            urls.add(f"{parts.scheme}://{parts.netloc}")
    return urls


def _click_path(pages: dict, key: str, limit: int = 12) -> list[str]:
    path, seen = [], set()
    while key in pages and key not in seen and len(path) < limit:
        seen.add(key)
        page = pages[key]
        if not page.get("referrer"):
            break
        path.append(page.get("via") or page.get("title") or page["url"])
        key = canonical(page["referrer"])
    return list(reversed(path))


def site_status(meta: dict) -> str:
    if meta.get("start_error") and not meta.get("start_status"):
        return "unreachable"
    if meta.get("robots_blocked") or meta.get("start_status") in (401, 403, 406, 429):
        return "blocked"
    if meta.get("start_status") and meta["start_status"] >= 500:
        return "unreachable"
    if meta.get("pages_failed") or meta.get("limit_reached"):
        return "partial"
    return "completed"


@dataclass
class Collected:
    """Everything one pass over the records yields for verification."""
    index: FetchIndex = field(default_factory=FetchIndex)
    pages: dict = field(default_factory=dict)
    candidates: dict = field(default_factory=lambda: defaultdict(list))
    labels: dict = field(default_factory=lambda: defaultdict(list))
    generic: dict = field(default_factory=lambda: defaultdict(list))
    misfiled: dict = field(default_factory=lambda: defaultdict(list))
    hubs: list = field(default_factory=list)
    other_years: set = field(default_factory=set)
    counts: dict = field(default_factory=lambda: defaultdict(int))
    site_name: str = ""


def collect(records_path: Path, matcher: Matcher, home: set[str]) -> Collected:
    c = Collected()
    for record in read_records(records_path):
        c.index.add(record)
        c.counts[record["kind"]] += 1
        if record["kind"] != "page" or not record.get("status") or record["status"] >= 400:
            continue
        c.pages[canonical(record["url"])] = {
            "url": record["url"], "title": record.get("title", ""), "referrer": record.get("referrer"),
            "via": record.get("via", ""), "depth": record.get("depth", 0)}
        if not c.site_name and not record.get("referrer"):
            parts = matcher.title_parts(record.get("title", ""))
            c.site_name = parts[-1] if parts else ""
        hub = hub_evidence(record, matcher, home)
        if hub is not None:
            if hub.is_hub:
                c.hubs.append({"url": hub.url, "year": hub.year, "sections": len(hub.sections)})
            c.other_years |= hub.other_years
            for cand in hub.candidates:
                c.candidates[cand.item_id].append(cand)
            for item_id, label in hub.labels_without_link:
                c.labels[item_id].append((label, hub.url))
            for item_id, label, url in hub.generic_targets:
                c.generic[item_id].append((label, url))
            for item_id, label, detail in hub.misfiled:
                c.misfiled[item_id].append((label, detail))
        for cand in link_candidates(record, matcher):
            c.candidates[cand.item_id].append(cand)
        for cand in page_candidates(record, matcher, c.site_name):
            c.candidates[cand.item_id].append(cand)
    for key in c.pages:
        c.pages[key]["path"] = _click_path(c.pages, key)
    return c


def unfetched_candidate_urls(records_path: Path, checklist: Checklist, start_url: str,
                             final_url: str = "") -> list[str]:
    """Evidence candidates the crawl has not fetched (off-site links, pages past the limits)."""
    collected = collect(records_path, Matcher(checklist), _home_urls(start_url, final_url))
    urls = []
    for cands in collected.candidates.values():
        for cand in sorted(cands, key=lambda x: -x.confidence):
            if cand.confidence >= MIN_SCORE and collected.index.get(cand.url) is None \
                    and cand.url not in urls:
                urls.append(cand.url)
    return urls


def assess(records_path: Path, checklist: Checklist, start_url: str, fiscal_year: int,
           as_of: date, meta: dict) -> dict:
    matcher = Matcher(checklist)
    scope = Scope(meta.get("start_final_url") or start_url)
    c = collect(records_path, matcher, _home_urls(start_url, meta.get("start_final_url", "")))
    status = site_status(meta)
    items = []
    for item in checklist.items:
        base = {
            "id": item.id, "code": item.code, "title": item.title_th, "title_en": item.title_en,
            "indicator": item.indicator, "sub_indicator": item.sub_indicator, "window": item.window,
            "remediation_th": item.remediation_th, "remediation_en": item.remediation_en,
            "provisional": item.provisional,
        }
        if status in ("unreachable", "blocked"):
            result = {"status": "not_assessed", "confidence": 0.0, "review": False, "evidence": [],
                      "findings": [finding("fetch_failed", start_url, detail=meta.get("start_error")
                                           or f"HTTP {meta.get('start_status')}", item=item)]}
        else:
            result = assess_item(item, c.candidates[item.id], c.labels[item.id], c.generic[item.id],
                                 c.misfiled[item.id], c.index, scope, fiscal_year, c.pages)
        items.append({**base, **result})

    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "oitcrawler", "version": __version__},
        "site": start_url,
        "site_final_url": meta.get("start_final_url", start_url),
        "site_name": c.site_name,
        "checklist": checklist.summary(),
        "fiscal_year": fiscal_year,
        "as_of": as_of.isoformat(),
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "status": status,
        "status_detail": meta.get("status_detail", ""),
        "pages_crawled": c.counts["page"],
        "documents_fetched": c.counts["document"],
        "links_checked": c.counts["check"],
        "fetch_errors": meta.get("pages_failed", 0),
        "limit_reached": bool(meta.get("limit_reached")),
        "hubs": c.hubs,
        "other_year_sections": sorted(c.other_years),
        "score": estimate(checklist, {i["id"]: i["status"] for i in items}),
        "items": items,
    }
