"""From crawl records to the report data: match, verify and score, without the network.

One streaming pass over the records collects hub sections, link and page candidates
and the fetch index; items are then verified and scored. The result is the document
written as report.json (see README, "Report schema").
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from . import __version__
from .checklist import Checklist, Item, load_checklist
from .checks import Content, check_item
from .dates import year_fit
from .diagnose import coverage_problem, problem, start_problem
from .evidence import MIN_SCORE, Candidate
from .match import Matcher, confirm_by_content, document_candidates, document_title, other_item_named
from .pagematch import PageMatches, page_matches
from .records import read_records
from .schema import CrawlFacts, Evidence, Finding, ItemResult, Link, PageRecord, Report
from .scope import Scope, document_type
from .score import estimate
from .site import Site
from .urls import canonical, without_fragment
from .verify import FetchIndex, assess_item, rank_evidence
from .vocabulary import finding, text

SCHEMA_VERSION = 1


def site_problem(meta: CrawlFacts) -> dict | None:
    """What kept the site from being assessed in full, or None (see diagnose.PROBLEMS)."""
    return start_problem(meta) or coverage_problem(meta)


def skipped_pages(meta: CrawlFacts) -> list[dict]:
    """What a focused crawl left out, with the reasons' texts (Thai, English)."""
    return [{**entry, **dict(zip(("message_th", "message_en"), text(f"skipped.{entry['reason']}")))}
            for entry in meta.get("skipped", [])]


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
    template: Template = field(default_factory=lambda: Template())
    site_name: str = ""
    unparsed: int = 0       # pages, and documents whose reader was lost, fetched but not read


@dataclass(frozen=True)
class Template:
    """The site's template: what every page repeats (menus, footer), found by repetition.

    Dates in it say nothing of a page's own content (the home page's latest news, a footer's
    year), and documents linked from it (a menu's PDF) belong to no one page.
    """
    lines: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()


_TEMPLATE_SHARE = 0.5       # a home-page line on at least half the pages is template
_TEMPLATE_MIN_PAGES = 3


class TemplateCounter:
    """Counts, page by page in crawl order, which home-page lines the other pages repeat."""

    def __init__(self) -> None:
        self._home_lines: Counter[str] = Counter()     # home-page line -> pages repeating it
        self._home_links: frozenset[str] = frozenset()
        self._pages_counted = 0

    def add(self, record: PageRecord) -> None:
        lines = {line for line in record.get("text", "").splitlines() if 0 < len(line) < 300}
        if not record.get("referrer") and not self._home_lines:
            self._home_lines = Counter(dict.fromkeys(lines, 0))
            self._home_links = frozenset(canonical(link["href"]) for link in record.get("links", []) if link["href"])
        elif self._home_lines:
            self._pages_counted += 1
            self._home_lines.update(lines & self._home_lines.keys())

    def template(self) -> Template:
        if self._pages_counted < _TEMPLATE_MIN_PAGES:
            return Template(links=self._home_links)
        bar = max(_TEMPLATE_MIN_PAGES, _TEMPLATE_SHARE * self._pages_counted)
        return Template(frozenset(line for line, n in self._home_lines.items() if n >= bar), self._home_links)


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
    elif record["kind"] == "page":
        # Template lines are home-page lines that repeat on the other pages: each page's
        # lines are counted against the home page's, then dropped.
        light["text"] = record.get("text", "")
        if not record.get("referrer"):
            light["links"] = [cast(Link, {"href": link["href"]}) for link in record.get("links", [])[:2000]]
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
        self._other_year_targets: set[tuple[str, str]] = set()   # (page, target) under another year's heading
        self._template = TemplateCounter()
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
        # A URL that never answered was not crawled; one fetched twice (rendered after its
        # server HTML, again after a resume) is one page.
        if record.get("status") is not None and counted not in self._counted:
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
        self._template.add(record)
        if not c.site_name and not record.get("referrer"):
            c.site_name = matches.site_name
        hub = matches.hub
        if hub is not None:
            if hub.is_hub:
                assessed = self.year or matcher.checklist.ita_year
                c.hubs.append({"url": hub.url, "year": hub.year, "sections": len(hub.sections),
                               "section_years": sorted(hub.years),
                               "assessed_year": assessed if assessed in hub.years else None})
            c.other_years |= hub.other_years
            self._other_year_targets |= {(canonical(record["url"]), canonical(url)) for url in hub.other_year_hrefs}
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
        c.template = self._template.template()
        c.candidates = defaultdict(list)
        for cand in self._kept.values():
            # A file reached from last year's section names its item too, but for last year.
            if cand.source == "hub" or (canonical(cand.found_on), canonical(cand.url)) not in self._other_year_targets:
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


# (owner, canonical URL) → that URL's content, then the documents its page links to. The owner
# is whoever asked for the URL: an item id here, an answer-sheet row in answers.py.
Groups = dict[tuple[Any, str], list[Content]]


def load_groups(records_path: Path, wanted: dict[str, list[tuple[Any, str, str]]], scope: Scope,
                template: Template = Template()) -> Groups:
    """Load each wanted URL (canonical URL → [(owner, label, placement)]) and the documents it links to.

    Two streaming passes over the records: the URLs themselves, then the documents linked
    from those that are pages (a page dedicated to an item usually lists its files).
    """
    loaded: dict[str, PageRecord] = {}
    for record in read_records(records_path):
        key = canonical(record["url"])
        if key in wanted and record["kind"] in ("page", "document") and record.get("status"):
            loaded[key] = record
    linked: dict[str, list[tuple[str, str]]] = {}     # page URL → [(document URL, link label)]
    for key, record in loaded.items():
        if record["kind"] != "page":
            continue
        docs: dict[str, str] = {}
        for link in record.get("links", []):
            href = (link.get("href") or "").split("#")[0]
            if len(docs) >= 60 or not scope.on_main_site(href) or not document_type(href) \
                    or canonical(href) in template.links:
                continue
            docs.setdefault(canonical(href), " ".join(x for x in (link.get("label", ""), link.get("text", "")) if x))
        linked[key] = list(docs.items())
    children = {doc for docs in linked.values() for doc, _ in docs}
    child_records: dict[str, PageRecord] = {}
    if children:
        for record in read_records(records_path):
            key = canonical(record["url"])
            if key in children and record["kind"] == "document" and 200 <= (record.get("status") or 0) < 300:
                child_records[key] = record
    groups: Groups = {}
    for key, record in loaded.items():
        for owner, label, placement in wanted[key]:
            group = [content_of(record, label, template, placement=placement)]
            group += [content_of(child_records[doc], doc_label, template, child=True)
                      for doc, doc_label in linked.get(key, []) if doc in child_records]
            groups.setdefault((owner, key), group)
    return groups


def gather_contents(records_path: Path, items: list[ItemResult], scope: Scope,
                    template: Template = Template()) -> Groups:
    """The accepted evidence of each item, each with the documents its page links to."""
    wanted: dict[str, list[tuple[Any, str, str]]] = defaultdict(list)
    for entry in items:
        for e in entry["evidence"]:
            if e["accepted"]:
                wanted[canonical(e["url"])].append((entry["id"], e["label"], e["placement"]))
    return load_groups(records_path, wanted, scope, template)


def contents_of(groups: Groups, owner: Any) -> list[Content]:
    """Everything ``owner``'s URLs show, once each: the URLs first (in crawl order), then the
    documents they link to that are not among them."""
    mine = [group for (who, _), group in groups.items() if who == owner]
    urls = {group[0].url for group in mine}
    contents = [group[0] for group in mine]
    seen = set(urls)
    for group in mine:
        for child in group[1:]:
            if child.url not in seen:
                seen.add(child.url)
                contents.append(child)
    return contents


# What the content checks say of one piece of evidence on its own (with the documents its page
# links to): the item's window and rounds are judged per file; months and elements only across
# all of an item's files. The report keeps it as the evidence's ``content_fit``.
# "supports": dated outside the window, yet it shows an element the item's fitting files lack
# (a code of ethics in force since 2565 beside this year's ethics plan).
CONTENT_FITS = ("fits", "undated", "earlier_round", "supports", "stale", "unreadable")
_FIT_OF_CODE = {"stale": "stale", "missing_round": "earlier_round", "undated": "undated"}


def content_fit(item: Item, group: list[Content], fiscal_year: int, as_of: date) -> str:
    outcome = check_item(item, group, fiscal_year, as_of)
    if outcome.not_assessed:
        return "unreadable"
    codes = {f["code"] for f in outcome.findings if not f["advisory"]}
    return next((fit for code, fit in _FIT_OF_CODE.items() if code in codes), "fits")


ITAS_MAX_URLS = 5      # URLs an ITAS answer takes per item (believed, not confirmed)
# Evidence an ITAS row may list, best first: its content meets the item's window on its own,
# was not checked (no content to check), has no date, or reports an earlier round of the year.
# Stale and unreadable files are left out: an assessor opening them would mark the item down.
_ITAS_FIT_RANK = {"fits": 0, "": 1, "undated": 2, "earlier_round": 3, "supports": 4}


def distinct_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """Evidence with repeats left out: the same page under other query strings (one form
    linked as ?service=a, ?service=b …, the same bytes each time) is listed once."""
    seen, out = set(), []
    for e in evidence:
        parts = urlsplit(e["url"])
        key = (parts.scheme, parts.netloc, parts.path, e.get("sha256") or e["url"])
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def itas_candidates(entry: ItemResult) -> list[Evidence]:
    """The evidence an ITAS row may list, best first: only of an item that passes, only what
    meets its window."""
    if entry["status"] != "pass":
        return []
    usable = [e for e in distinct_evidence(entry["evidence"]) if e["accepted"]
              and e.get("content_fit", "") in _ITAS_FIT_RANK
              and not (e.get("content_fit", "") == "" and e["year_fit"] == "older")]
    return sorted(usable, key=lambda e: _ITAS_FIT_RANK[e.get("content_fit", "")])


def mark_supporting(entry: ItemResult, item: Item, groups: Groups, fiscal_year: int, as_of: date) -> None:
    """Stale files a passing item needs for an element its other files lack become "supports"."""
    if entry["status"] != "pass" or not item.elements:
        return
    chosen = [groups[(entry["id"], canonical(e["url"]))] for e in itas_candidates(entry)
              if (entry["id"], canonical(e["url"])) in groups]
    lacking = _missing_elements(item, _flatten(chosen), fiscal_year, as_of)
    for e in entry["evidence"]:
        group = groups.get((entry["id"], canonical(e["url"])))
        if not lacking or not e["accepted"] or e.get("content_fit") != "stale" or group is None:
            continue
        now = _missing_elements(item, _flatten([*chosen, group]), fiscal_year, as_of)
        if now < lacking:
            e["content_fit"] = "supports"
            chosen.append(group)
            lacking = now


def _missing_elements(item: Item, contents: list[Content], fiscal_year: int, as_of: date) -> set[str]:
    if not contents:
        return {e.id for e in item.elements}
    return {el for f in check_item(item, contents, fiscal_year, as_of).findings for el in f.get("elements", [])}


def _meets(item: Item, contents: list[Content], fiscal_year: int, as_of: date) -> bool:
    outcome = check_item(item, contents, fiscal_year, as_of)
    return not outcome.not_assessed and not any(not f["advisory"] for f in outcome.findings)


def _flatten(groups: list[list[Content]]) -> list[Content]:
    return list({c.url: c for group in groups for c in group}.values())


def itas_pages(records_path: Path, items: list[ItemResult], checklist: Checklist, groups: Groups, scope: Scope,
               home: frozenset[str], fiscal_year: int, as_of: date, template: Template) -> None:
    """Set ``itas_page`` of each item whose five best files do not meet it on their own.

    Six monthly summaries do not fit five ITAS URLs: the row then gives the page that lists
    them (where they were found), when that page and its files meet the item together.
    """
    wanted: dict[str, list[tuple[Any, str, str]]] = defaultdict(list)
    shortlist: dict[str, list[list[Content]]] = {}
    homes = {canonical(h).rstrip("/") for h in home}
    for entry in items:
        entry["itas_page"] = ""
        usable = itas_candidates(entry)
        if len(usable) <= ITAS_MAX_URLS:
            continue
        item = checklist.item(entry["id"])
        best = [groups[(entry["id"], canonical(e["url"]))] for e in usable[:ITAS_MAX_URLS]
                if (entry["id"], canonical(e["url"])) in groups]
        if _meets(item, _flatten(best), fiscal_year, as_of):
            continue
        pages = Counter(canonical(e["found_on"]) for e in usable
                        if scope.on_main_site(e["found_on"]) and canonical(e["found_on"]).rstrip("/") not in homes)
        if pages:
            wanted[pages.most_common(1)[0][0]].append((entry["id"], "", "main"))
            shortlist[entry["id"]] = best[:ITAS_MAX_URLS - 1]
    if not wanted:
        return
    by_id = {entry["id"]: entry for entry in items}
    for (item_id, _), group in load_groups(records_path, wanted, scope, template).items():
        if _meets(checklist.item(item_id), _flatten([group, *shortlist[item_id]]), fiscal_year, as_of):
            by_id[item_id]["itas_page"] = group[0].url


def content_of(record: PageRecord, label: str, template: Template, placement: str = "main",
               child: bool = False) -> Content:
    is_page = record["kind"] == "page"
    rec = cast(PageRecord, dict(record, placement=placement) if is_page else {})
    text = record.get("text", "")
    body = "\n".join(line for line in text.splitlines() if line not in template.lines) if is_page else ""
    return Content(
        url=record["url"], kind=record["kind"], label=label, text=text, body=body,
        title=record.get("title", "") if is_page else document_title(record.get("text", "")),
        text_status="ok" if is_page else record.get("text_status", "error"),
        text_detail=record.get("text_detail", ""), last_modified=record.get("last_modified", ""),
        record=rec, child=child)


_SIGNPOST_TEXT = 150     # characters of its own a page may have and still only point elsewhere


def signpost_targets(content: Content, scope: Scope) -> list[str]:
    """Where an evidence page sends its reader when it only points off the main site, else [].

    An item page that shows a title and cards to a Google Drive folder, a Google Sites page or
    a framed form publishes nothing itself: the data is where the links go.
    """
    record = content.record
    if content.kind != "page" or not record:
        return []
    links = [link for link in record.get("links", []) if not link.get("nav")
             and link["href"].startswith(("http://", "https://")) and without_fragment(link["href"]) !=
             without_fragment(content.url)]
    targets = [link["href"] for link in links] + list(record.get("iframes", []))
    if not targets or any(scope.placement(t) != "external" for t in targets):
        return []
    return targets if len(" ".join(own_text(content).split())) <= _SIGNPOST_TEXT else []


def own_text(content: Content) -> str:
    """What a page says itself: its text without the template, its title, headings and link texts."""
    own = content.body or content.text
    record = content.record
    for words in (*(link["text"] for link in record.get("links", [])), content.title,
                  *(h for _, h in record.get("headings", []))):
        if words:
            own = own.replace(words, "")
    return own


def signposts_off_site(entry: ItemResult, item: Item, contents: list[Content], scope: Scope,
                           fiscal_year: int, as_of: date) -> None:
    """An item whose only accepted evidence is pages pointing off the main site is off-site itself.

    A short page that shows the item's elements itself (a contact page's address and telephone
    beside a map link) publishes the data: it is no signpost.
    """
    accepted = [e for e in entry["evidence"] if e["accepted"]]
    pages = {canonical(c.url): c for c in contents if c.kind == "page" and not c.child}

    def targets_of(page: Content) -> list[str]:
        targets = signpost_targets(page, scope)
        if targets and (item.checks or any(e.patterns for e in item.elements)):
            own = own_text(page)
            said = replace(page, text=own, body=own, title="", label="")
            if not any(f["code"] == "missing_elements" for f in check_item(item, [said], fiscal_year, as_of).findings):
                return []
        return targets

    targets = {canonical(e["url"]): targets_of(pages[canonical(e["url"])])
               for e in accepted if canonical(e["url"]) in pages}
    if not accepted or len(targets) < len(accepted) or not all(targets.values()):
        return
    for e in accepted:
        e["accepted"] = False
    entry["status"] = "incomplete"
    for e in accepted:
        for url in dict.fromkeys(targets[canonical(e["url"])]):
            entry["findings"].append(cast(Finding, finding("off_site", url, e["label"], snippet=e["url"], item=item)))


def lists_other_items(entry: ItemResult, item: Item, groups: Groups, matcher: Matcher) -> None:
    """An item page whose files belong to another item shows that item's data, not this one's.

    A hub row "13 คู่มือการให้บริการ" leading to a copy of the staff-manuals page: the assessor
    opens the files, finds work manuals, and marks the item ไม่มี. Only a page that is little more
    than its file list (no form, little text of its own) is set aside, when none of its files
    names this item and most of them plainly name one other item.
    """
    accepted = [e for e in entry["evidence"] if e["accepted"]]
    other: dict[str, str] = {}
    for e in accepted:
        group = groups.get((entry["id"], canonical(e["url"])), [])
        words = [f"{c.label} {c.title}" for c in group[1:] if c.child]
        if not group or group[0].kind != "page" or not words or group[0].record.get("forms") \
                or len(" ".join(own_text(group[0]).split())) > _SIGNPOST_TEXT \
                or any(matcher.score_for(w, item.id) >= 0.5 for w in words):
            continue    # a page that says or offers something itself, or a file that names this item
        named = Counter(n for w in words if (n := other_item_named(matcher, w, item.id)))
        if named and 2 * named.most_common(1)[0][1] > len(words):
            other[e["url"]] = named.most_common(1)[0][0]
    if not other:
        return
    for e in accepted:
        if e["url"] in other:
            e["accepted"] = False
            code = matcher.checklist.item(other[e["url"]]).display
            entry["findings"].append(cast(Finding, finding(
                "code_mismatch", e["url"], e["label"],
                (f"หน้า {e['url']} มีแต่เอกสารของข้อ {code}", f"{e['url']} lists only documents of {code}"),
                e["label"], item)))
    if not any(e["accepted"] for e in entry["evidence"]):
        entry["status"] = "missing"
        entry["findings"].append(cast(Finding, finding("not_found", item=item)))


def rank_by_content(entry: ItemResult, item, contents: list[Content], fiscal_year: int) -> None:
    """Rank the item's evidence by the period each file or page states itself, not only by its label.

    Of several documents in one hub cell, the one dated inside the window comes first, ahead of
    an undated draft or last year's sibling: it is what ITAS gets.
    """
    if item.window in ("current", "rounds"):
        return
    own = {canonical(c.url): c.fiscal_years(prefer_stated=item.dated_by == "period") for c in contents
           if c.readable and not c.child}
    for e in entry["evidence"]:
        years = own.get(canonical(e["url"]))
        if years:
            e["year_fit"] = year_fit(years, item.window, fiscal_year)
    rank_evidence(entry["evidence"])
    best = entry["evidence"][0] if entry["evidence"] else None
    if best and best["accepted"] and best["year_fit"] != "older":
        # The older_year advisory was about the label's year; the best evidence now fits.
        entry["findings"] = [f for f in entry["findings"] if f["code"] != "older_year"]


def apply_content_checks(entry: ItemResult, item, contents: list[Content], fiscal_year: int, as_of: date) -> None:
    rank_by_content(entry, item, contents, fiscal_year)
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
            detail = (trouble["message_th"], trouble["message_en"]) if trouble else ""
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
                    detail = trouble["detail"] if code == "crawl_interrupted" else \
                        (trouble["message_th"], trouble["message_en"])
                    result["findings"].append(finding(code, start_url, item=item, detail=detail))
        items.append(cast(ItemResult, {**base, **result}))
    if status not in ("unreachable", "blocked"):
        groups = gather_contents(records_path, items, scope, c.template)
        by_id = {i.id: i for i in checklist.items}
        for entry in items:
            contents = contents_of(groups, entry["id"])
            if entry["status"] == "pass":
                lists_other_items(entry, by_id[entry["id"]], groups, matcher)
            if entry["status"] == "pass" and not by_id[entry["id"]].external_ok:
                signposts_off_site(entry, by_id[entry["id"]], contents, scope, fiscal_year, as_of)
            if entry["status"] == "pass" or (entry["status"] == "incomplete" and contents):
                apply_content_checks(entry, by_id[entry["id"]], contents, fiscal_year, as_of)
            for e in entry["evidence"]:
                group = groups.get((entry["id"], canonical(e["url"])))
                e["content_fit"] = content_fit(by_id[entry["id"]], group, fiscal_year, as_of) if group else ""
            mark_supporting(entry, by_id[entry["id"]], groups, fiscal_year, as_of)
        itas_pages(records_path, items, checklist, groups, scope, site.home_urls, fiscal_year, as_of, c.template)

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
        "coverage": meta.get("coverage", "full"),
        "skipped": skipped_pages(meta),
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
