"""From crawl records to the report data: match, verify and score, without the network.

One streaming pass over the records collects hub sections, link and page candidates
and the fetch index; items are then verified and scored. The result is the document
written as report.json (see README, "Report schema").
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, cast

from . import __version__
from .checklist import Checklist, load_checklist
from .checks import Content, check_item
from .diagnose import coverage_problem, problem, start_problem
from .evidence import MIN_SCORE, Candidate
from .match import Matcher, confirm_by_content, document_candidates, document_title
from .pagematch import PageMatches, page_matches
from .records import read_records
from .schema import CrawlFacts, Evidence, ItemResult, PageRecord, Report
from .scope import Scope, document_type
from .score import estimate
from .site import Site
from .urls import canonical
from .verify import FetchIndex, assess_item
from .vocabulary import finding

SCHEMA_VERSION = 1


def site_problem(meta: CrawlFacts) -> dict | None:
    """What kept the site from being assessed in full, or None (see diagnose.PROBLEMS)."""
    return start_problem(meta) or coverage_problem(meta)


def site_findings(meta: CrawlFacts) -> list[dict]:
    """Site-wide problems that did not stop the check (a bad certificate crawled with --insecure)."""
    found = []
    if meta.get("tls_problem") and meta.get("insecure"):
        found.append(problem("tls_error", meta["tls_problem"]))
    return found


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
    other_year_items: dict = field(default_factory=lambda: defaultdict(list))
    counts: dict = field(default_factory=lambda: defaultdict(int))
    doc_titles: dict = field(default_factory=dict)
    boilerplate: frozenset = frozenset()
    site_name: str = ""
    unparsed: int = 0       # pages, and documents whose reader was lost, fetched but not read


# What Collector.add reads of a record once the page's matches are known.
_LIGHT = ("kind", "url", "final_url", "status", "error", "content_type", "size", "sha256", "blocked", "shape",
          "title", "referrer", "via", "depth", "text_status", "parse_error", "job_lost")


def light_record(record: PageRecord) -> PageRecord:
    """The part of a record that collecting needs once its page matches are known.

    The crawler holds these (not whole pages) for the few records it writes before it can
    collect them.
    """
    light = cast(PageRecord, {k: record[k] for k in _LIGHT if k in record})  # type: ignore[literal-required]
    if record["kind"] == "document":
        light["text"] = document_title(record.get("text", ""))
    elif record["kind"] == "page" and not record.get("referrer"):
        light["text"] = record.get("text", "")     # a home page's lines are the site template
    return light


class Collector:
    """Collects records one at a time, in crawl order; ``result`` gives the Collected."""

    def __init__(self, matcher: Matcher, home: set[str], year: int | None = None, soft404: str = ""):
        self.matcher, self.home, self.year = matcher, home, year
        self.c = Collected(index=FetchIndex(soft404))
        # A menu link is a candidate on every page of the site: of the candidates that differ
        # only in the page they were found on, the one verification would pick is kept (the
        # first page by URL), so memory follows the site's distinct links, not its size.
        self._kept: dict[tuple, Candidate] = {}
        # A URL fetched twice (rendered after its server HTML, again after a resume) is one page.
        self._counted: set[tuple[str, str]] = set()

    def _candidate(self, cand: Candidate) -> None:
        key = (cand.item_id, cand.url, cand.label, cand.confidence, cand.source, frozenset(cand.years),
               cand.hub_code)
        kept = self._kept.get(key)
        if kept is None or cand.found_on < kept.found_on:
            self._kept[key] = cand

    def add(self, record: PageRecord, matches: PageMatches | None = None) -> None:
        c, matcher = self.c, self.matcher
        c.index.add(record)
        counted = (record["kind"], canonical(record["url"]))
        if counted not in self._counted:
            self._counted.add(counted)
            c.counts[record["kind"]] += 1
        if record.get("job_lost") or (record["kind"] == "page" and record.get("parse_error")):
            c.unparsed += 1
        if record.get("blocked") or c.index.is_soft404(record):
            return   # a block page or a "not found" page served with 200 is nobody's evidence
        if record["kind"] == "document" and record.get("text_status") == "ok":
            title = document_title(record.get("text", ""))
            c.doc_titles[canonical(record["url"])] = title
            for cand in document_candidates(record, title, matcher):
                self._candidate(cand)
        status = record.get("status") or 0
        if record["kind"] != "page" or not status or status >= 400:
            return
        c.pages[canonical(record["url"])] = {
            "url": record["url"], "title": record.get("title", ""), "referrer": record.get("referrer"),
            "via": record.get("via", ""), "depth": record.get("depth", 0)}
        if matches is None:
            matches = page_matches(record, matcher, self.home, self.year, c.site_name)
        if not c.site_name and not record.get("referrer"):
            c.site_name = matches.site_name
            # The home page's lines are the site template (menus, footer) found on every page.
            c.boilerplate = frozenset(record.get("text", "").splitlines())
        hub = matches.hub
        if hub is not None:
            if hub.is_hub:
                assessed = self.year or matcher.checklist.ita_year
                c.hubs.append({"url": hub.url, "year": hub.year, "sections": len(hub.sections),
                               "section_years": sorted(hub.years),
                               "assessed_year": assessed if assessed in hub.years else None})
            c.other_years |= hub.other_years
            for item_id, section_year, label, url in hub.other_year_items:
                c.other_year_items[item_id].append((section_year, label, url, hub.url))
            for cand in hub.candidates:
                self._candidate(cand)
            for item_id, label in hub.labels_without_link:
                c.labels[item_id].append((label, hub.url))
            for item_id, label, url in hub.generic_targets:
                c.generic[item_id].append((label, url))
            for item_id, label, detail in hub.misfiled:
                c.misfiled[item_id].append((label, detail))
        for cand in matches.candidates:
            self._candidate(cand)

    def result(self) -> Collected:
        """What has been collected so far (more records may be added after)."""
        c = self.c
        c.candidates = defaultdict(list)
        for cand in self._kept.values():
            c.candidates[cand.item_id].append(cand)
        return c


def collect(records_path: Path, collector: Collector) -> Collected:
    """One pass over a records.jsonl, matching every page."""
    for record in read_records(records_path):
        collector.add(record)
    return collector.result()


def match_context(checklist: str, fiscal_year: int, site: Site) -> tuple:
    """(checklist, fiscal year, home URLs): what matching a page of this crawl depends on."""
    return (checklist, fiscal_year, tuple(sorted(site.home_urls)))


def crawl_collector(checklist: str, fiscal_year: int, site: Site, soft404: str = "") -> Collector:
    """The Collector for a crawl's records, once its start page and soft-404 probe have answered."""
    return Collector(Matcher(load_checklist(checklist)), set(site.home_urls), fiscal_year, soft404)


class Feed:
    """Records as the crawler writes them, collected as soon as collecting can start.

    Matching needs the site's final address and its "not found" fingerprint; the few
    records written before both are known wait here, light, with their matches.
    """

    def __init__(self):
        self.collector: Collector | None = None
        self._waiting: list[tuple[PageRecord, PageMatches | None]] = []

    def add(self, record: PageRecord, matches: PageMatches | None = None) -> None:
        light = light_record(record)
        if self.collector is not None:
            self.collector.add(light, matches)
        else:
            self._waiting.append((light, matches))

    def start(self, collector: Collector) -> None:
        self.collector = collector
        for light, matches in self._waiting:
            collector.add(light, matches)
        self._waiting.clear()

    def result(self) -> Collected | None:
        """What has been collected, or None when collecting never started."""
        return self.collector.result() if self.collector is not None else None


def unfetched_candidate_urls(collected: Collected) -> list[str]:
    """Evidence candidates the crawl has not fetched (off-site links, pages past the limits)."""
    urls = []
    for cands in collected.candidates.values():
        for cand in sorted(cands, key=lambda x: -x.confidence):
            if cand.confidence >= MIN_SCORE and collected.index.get(cand.url) is None \
                    and cand.url not in urls:
                urls.append(cand.url)
    return urls


def gather_contents(records_path: Path, items: list[ItemResult], scope: Scope,
                    boilerplate: frozenset = frozenset()) -> dict[str, list[Content]]:
    """Load the evidence pages and documents of each item, and the documents they link to.

    Two more streaming passes over the records: the evidence itself, then the documents
    linked from evidence pages (a page dedicated to an item usually lists its files).
    """
    wanted: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    for entry in items:
        for e in entry["evidence"]:
            if e["accepted"]:
                wanted[canonical(e["url"])].append((entry["id"], e))
    loaded: dict[str, PageRecord] = {}
    for record in read_records(records_path):
        key = canonical(record["url"])
        if key in wanted and record["kind"] in ("page", "document") and record.get("status"):
            loaded[key] = record
    children: dict[str, list[tuple[str, str]]] = defaultdict(list)   # doc url -> [(item id, label)]
    for key, record in loaded.items():
        if record["kind"] != "page":
            continue
        docs = 0
        for link in record.get("links", []):
            href = (link.get("href") or "").split("#")[0]
            if docs >= 60 or not scope.on_main_site(href) or not document_type(href):
                continue
            docs += 1
            label = " ".join(x for x in (link.get("label", ""), link.get("text", "")) if x)
            for item_id, _ in wanted[key]:
                children[canonical(href)].append((item_id, label))
    child_records: dict[str, PageRecord] = {}
    if children:
        for record in read_records(records_path):
            key = canonical(record["url"])
            if key in children and record["kind"] == "document" and 200 <= (record.get("status") or 0) < 300:
                child_records[key] = record
    contents: dict[str, list[Content]] = defaultdict(list)
    for key, record in loaded.items():
        for item_id, e in wanted[key]:
            contents[item_id].append(content_of(record, e["label"], boilerplate, placement=e["placement"]))
    for key, record in child_records.items():
        for item_id, label in children[key]:
            if key not in wanted or item_id not in {i for i, _ in wanted[key]}:
                contents[item_id].append(content_of(record, label, boilerplate, child=True))
    return contents


def content_of(record: PageRecord, label: str, boilerplate: frozenset, placement: str = "main",
             child: bool = False) -> Content:
    is_page = record["kind"] == "page"
    rec = cast(PageRecord, dict(record, placement=placement) if is_page else {})
    text = record.get("text", "")
    if is_page:
        text = "\n".join(line for line in text.splitlines() if line not in boilerplate)
    return Content(
        url=record["url"], kind=record["kind"], label=label, text=text,
        title=record.get("title", "") if is_page else document_title(record.get("text", "")),
        text_status="ok" if is_page else record.get("text_status", "error"),
        text_detail=record.get("text_detail", ""), last_modified=record.get("last_modified", ""),
        record=rec, child=child)


def apply_content_checks(entry: ItemResult, item, contents: list[Content], fiscal_year: int, as_of: date) -> None:
    outcome = check_item(item, contents, fiscal_year, as_of)
    entry["findings"].extend(outcome.findings)
    entry["documents_checked"] = sum(1 for c in contents if c.kind == "document")
    if entry["status"] != "pass":
        return
    if outcome.not_assessed:
        entry["status"] = "not_assessed"
    elif any(not f["advisory"] for f in outcome.findings):
        entry["status"] = "incomplete"


def _hub_years(hubs: list[dict], fiscal_year: int) -> dict:
    """Which years' sections the ITA hubs show, and whether the assessed year's was among them."""
    present = sorted({y for h in hubs for y in h["section_years"]})
    return {"present": present, "assessed": fiscal_year if fiscal_year in present else None}


def _other_year_findings(found: list, item) -> list[dict]:
    """Point a missing item at what the hub shows for it under another year's heading."""
    if not found:
        return []
    section_year, label, url, _ = max(found, key=lambda f: f[0])   # the newest year's section
    return [finding("other_year_section", url, label, str(section_year), label, item)]


def assess(records_path: Path, checklist: Checklist, start_url: str, fiscal_year: int,
           as_of: date, meta: CrawlFacts, collected: Collected | None = None) -> Report:
    """The report for the records of a crawl.

    ``collected``: what the crawler collected from its records as it wrote them (see
    Collector), which saves matching every page again; the records file is read either way
    for verification.
    """
    clock = time.perf_counter()
    matcher = Matcher(checklist)
    site = Site(start_url, meta.get("start_final_url", ""))
    scope = site.scope
    c = collected
    if c is None:
        c = collect(records_path, Collector(matcher, set(site.home_urls), fiscal_year,
                                            meta.get("soft404_fingerprint", "")))
    matched = time.perf_counter()
    # A page fetched but never read is as unseen as one that could not be fetched.
    trouble = site_problem({**meta, "pages_unparsed": c.unparsed} if c.unparsed else meta)
    status = trouble["status"] if trouble else "completed"
    items: list[ItemResult] = []
    for item in checklist.items:
        base = {
            "id": item.id, "code": item.code, "title": item.title_th, "title_en": item.title_en,
            "indicator": item.indicator, "sub_indicator": item.sub_indicator, "window": item.window,
            "remediation_th": item.remediation_th, "remediation_en": item.remediation_en,
            "provisional": item.provisional,
        }
        if status in ("unreachable", "blocked"):
            detail = trouble["message_en"] if trouble else ""
            result: dict[str, Any] = {"status": "not_assessed", "confidence": 0.0, "review": False, "evidence": [],
                                      "findings": [finding("fetch_failed", start_url, detail=detail, item=item)]}
        else:
            kept, misfiled = confirm_by_content(item, c.candidates[item.id], c.doc_titles, matcher)
            result = assess_item(item, kept, c.labels[item.id], c.generic[item.id],
                                 c.misfiled[item.id] + misfiled, c.index, scope, fiscal_year, c.pages)
            if result["status"] == "missing":
                result["findings"].extend(_other_year_findings(c.other_year_items[item.id], item))
                if trouble:
                    # Not seen on the part of the site that could be seen; the rest may have it.
                    result["status"] = "not_assessed"
                    result["findings"] = [f for f in result["findings"] if f["code"] != "not_found"]
                    code = "crawl_interrupted" if trouble["code"] == "interrupted" else "coverage_incomplete"
                    result["findings"].append(finding(code, start_url, item=item, detail=trouble["detail"]
                                                      if code == "crawl_interrupted" else trouble["message_en"]))
        items.append(cast(ItemResult, {**base, **result}))
    if status not in ("unreachable", "blocked"):
        contents = gather_contents(records_path, items, scope, c.boilerplate)
        by_id = {i.id: i for i in checklist.items}
        for entry in items:
            if entry["status"] == "pass" or (entry["status"] == "incomplete" and contents.get(entry["id"])):
                apply_content_checks(entry, by_id[entry["id"]], contents.get(entry["id"], []), fiscal_year, as_of)

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
        "status_detail": trouble["message_en"] if trouble else "",
        "site_problem": trouble,
        "site_findings": site_findings(meta),
        "bounded": meta.get("bounded", []),
        "pages_crawled": c.counts["page"],
        "documents_fetched": c.counts["document"],
        "links_checked": c.counts["check"],
        "fetch_errors": meta.get("pages_failed", 0),
        "limit_reached": bool(meta.get("limit_reached")),
        "hubs": c.hubs,
        "other_year_sections": sorted(c.other_years),
        "hub_years": _hub_years(c.hubs, fiscal_year),
        "score": estimate(checklist, {i["id"]: i["status"] for i in items}),
        # Matching done in the crawler's workers is in meta's "match" already.
        "timings": {**meta.get("timings", {}), "match": round(meta.get("timings", {}).get("match", 0.0)
                                                             + matched - clock, 3),
                    "verify": round(time.perf_counter() - matched, 3)},
        "items": items,
    }
