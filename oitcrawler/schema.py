"""The shapes of the data that flows between stages: page record, crawl facts, report.

Plain dicts on disk (records.jsonl, crawl.json, report.json), typed here so that every
stage reads and writes the same keys. The report's shape is version 1 of the documented
schema (README, "report.json schema"); a key added to it is added here first.
"""
from __future__ import annotations

from typing import Literal, TypedDict

RecordKind = Literal["page", "document", "check", "other"]


class Link(TypedDict):
    href: str            # absolute http(s) URL, or the raw javascript:/mailto:/tel: target, or ""
    raw: str             # the href attribute as written
    text: str            # the anchor's text
    attrs: str           # title / alt / aria-label of the anchor and its images
    label: str           # the text before it (a heading, a row's other cells, a list's label)
    group: str           # the labels of the nested lists it sits in, outermost first
    nav: bool            # in the site's menus, header, footer or breadcrumb
    emphasis: bool       # inside or around a heading or bold text
    in_row: bool         # inside a data table row


class Block(TypedDict, total=False):
    """One step of a page in document order: heading, text, table row, link or image."""
    kind: Literal["heading", "text", "row", "link", "image"]
    text: str
    level: int
    cells: list[str]
    header: bool
    cell_images: list[int]
    cell_links: list[int]  # links in each cell of a row, in the order their link blocks follow
    link: int            # index into the page's links
    depth: int           # how deeply the element is nested in the page
    image: int           # index into the page's images
    nav: bool            # text in the site's menus, header, footer or sidebar widgets


class PageFields(TypedDict, total=False):
    """What parsing a page's body gives (extract.parse_html / page_fields)."""
    title: str
    headings: list[list]             # [level, text]
    text: str
    links: list[Link]
    blocks: list[Block]
    images: list[dict]               # {src, alt}
    iframes: list[str]
    forms: list[dict]                # {action, fields, textarea}
    refresh: str
    encoding: str
    size: int
    sha256: str
    fingerprint: str                 # text hash: two URLs with it are one page to a reader
    shape: str                       # text hash without digits: the "not found" page's
    parse_error: str
    job_lost: str                    # stopped | crashed | timeout: the worker failed; fetched again on resume


class PageRecord(PageFields, total=False):
    """One line of records.jsonl: a fetched page, document, liveness check or other file."""
    kind: RecordKind
    url: str                         # the URL asked for (before redirects)
    final_url: str
    status: int | None               # None: no response (see error)
    error: str
    error_code: str
    content_type: str
    last_modified: str
    referrer: str | None             # None for the start page
    via: str                         # the link text followed to it
    depth: int
    fetched_at: str
    typed: bool                      # fetched because an answer sheet named it, not by a link
    blocked: str                     # a WAF/CAPTCHA page: why
    soft_404: bool
    duplicate_of: str
    rendered: bool
    needs_render: str
    doc_type: str
    truncated: bool
    text_status: str                 # documents: ok | error | unreadable | ...
    text_detail: str


class CrawlFacts(TypedDict, total=False):
    """crawl.json: what the crawl itself met, from which the site status is decided."""
    started_at: str
    finished_at: str
    finish_reason: str
    interrupted: str
    resumed: int
    start_url: str
    start_final_url: str
    start_status: int
    start_error: str
    start_error_code: str
    start_blocked: str
    start_not_html: str
    off_site_redirect: str
    start_redirect: str              # a 3xx the crawl could not follow (no Location, a file: URL)
    robots_blocked: bool
    tls_problem: str
    insecure: bool
    soft404_fingerprint: str
    pages_failed: int
    pages_unparsed: int              # counted from the records when the report is made
    render_unavailable: int
    limit_reached: bool
    limit_detail: str
    counts: dict[str, int]
    bounded: list[dict]
    skipped: list[dict]              # what a focused crawl left out (oitcrawler.frontier.Frontier.summary)
    coverage: str                    # focused | full
    timings: dict[str, float]


class Finding(TypedDict, total=False):
    code: str
    message_th: str
    message_en: str
    url: str
    snippet: str
    remediation_th: str
    remediation_en: str
    advisory: bool
    elements: list[str]


class Evidence(TypedDict):
    url: str
    final_url: str
    found_on: str
    label: str
    confidence: float
    http_status: int
    content_type: str
    kind: str
    placement: Literal["main", "subdomain", "external"]
    accepted: bool
    source: list[str]
    years: list[int]
    year_fit: str
    content_fit: str                 # assess.CONTENT_FITS, "" when its content was not checked
    click_path: list[str]
    sha256: str
    size: int


class ItemResult(TypedDict, total=False):
    id: str
    code: int
    title: str
    title_en: str
    indicator: str
    sub_indicator: str
    window: str
    status: str                      # vocabulary.ITEM_STATUSES
    confidence: float
    review: bool
    provisional: bool
    remediation_th: str
    remediation_en: str
    evidence: list[Evidence]
    findings: list[Finding]
    documents_checked: int
    itas_page: str                   # the page listing its files, where its five best files do not meet it


class Report(TypedDict, total=False):
    schema_version: int
    tool: dict
    site: str
    site_final_url: str
    site_name: str
    checklist: dict
    fiscal_year: int
    as_of: str
    generated_at: str
    started_at: str
    status: str                      # vocabulary.SITE_STATUSES
    status_detail: str
    site_problem: dict | None
    site_findings: list[dict]
    bounded: list[dict]
    skipped: list[dict]              # [{pattern, count, reason, message_th, message_en}]
    coverage: str                    # focused | full
    pages_crawled: int
    documents_fetched: int
    links_checked: int
    fetch_errors: int
    limit_reached: bool
    hubs: list[dict]
    other_year_sections: list[int]
    hub_years: dict
    score: dict
    timings: dict[str, float]
    items: list[ItemResult]
    changes: dict
    options: dict
