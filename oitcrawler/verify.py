"""First-level verification: is each candidate live, on the main site, specific, current?

Turns an item's candidates into ranked evidence, findings and a status. Works on a
:class:`FetchIndex` built from the crawl records, never on the network.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .checklist import Item
from .dates import year_fit
from .evidence import MIN_SCORE, Candidate
from .lexicon import lexicon
from .schema import PageRecord
from .scope import Scope, is_staging_host
from .urls import canonical
from .vocabulary import Text, finding, text

REVIEW_BELOW = 0.7
MAX_EVIDENCE = 25
# Transport failures and server errors mean "could not see", not "not there".
UNSEEN_STATUSES = {500, 502, 503, 504, 429}


@dataclass(slots=True)   # one per URL of the crawl
class Fetch:
    url: str
    final_url: str
    status: int | None
    error: str
    content_type: str
    kind: str
    size: int = 0
    sha256: str = ""
    problem: str = ""       # why it is not a plain response: blocked | soft404 (see describe)


class FetchIndex:
    """What the crawl learned about each URL: status, final URL, type."""

    def __init__(self, soft404: str = ""):
        self._by_url: dict[str, Fetch] = {}
        self.soft404 = soft404      # fingerprint of the site's "not found" page served with 200

    def is_soft404(self, record: PageRecord) -> bool:
        """A "not found" page the site served with 200 (its text matches the probe's)."""
        return bool(self.soft404) and record.get("shape") == self.soft404

    def add(self, record: PageRecord) -> None:
        status, error, problem = record.get("status"), record.get("error", ""), ""
        if record.get("blocked"):
            status, error, problem = None, f"blocked: {record['blocked']}", "blocked"  # could not see, not "not there"
        elif self.is_soft404(record):
            status, error, problem = 404, "a 'not found' page served with HTTP 200", "soft404"
        f = Fetch(record["url"], record.get("final_url") or record["url"], status,
                  error, record.get("content_type", ""), record["kind"],
                  record.get("size", 0), record.get("sha256", ""), problem)
        for key in (record["url"], f.final_url):
            existing = self._by_url.get(canonical(key))
            # A full fetch says more than a liveness check of the same URL.
            if existing is None or existing.kind == "check" or existing.status is None:
                self._by_url[canonical(key)] = f

    def get(self, url: str) -> Fetch | None:
        found = self._by_url.get(canonical(url))
        if found is None and "#" in url:
            # A hash route ("/about/#/structure") is served by the page without it.
            found = self._by_url.get(canonical(url.split("#", 1)[0]))
        return found

    def __len__(self):
        return len(self._by_url)


def click_path_to(pages: dict, key: str, limit: int = 12) -> list[str]:
    """The link texts clicked from the home page to the page ``key`` (canonical URL)."""
    path: list[str] = []
    seen: set[str] = set()
    while key in pages and key not in seen and len(path) < limit:
        seen.add(key)
        page = pages[key]
        if not page.get("referrer"):
            break
        path.append(page.get("via") or page.get("title") or page["url"])
        key = canonical(page["referrer"])
    return list(reversed(path))


def describe(fetch: Fetch | None) -> tuple[str, str]:
    """(Thai, English) of why a URL does not open; the Thai never quotes the network library."""
    if fetch is None:
        return text("fetch.not_fetched")
    if fetch.problem:
        return text(f"fetch.{fetch.problem}", error=fetch.error)
    if fetch.status is None or fetch.error:
        return text("fetch.no_response", error=fetch.error or "no response")
    return f"HTTP {fetch.status}", f"HTTP {fetch.status}"


def assess_item(item: Item, candidates: list[Candidate], labels_without_link: list[tuple[str, str]],
                generic_targets: list[tuple[str, str]], misfiled: list[tuple[str, Text]],
                index: FetchIndex, scope: Scope, fiscal_year: int, pages: dict) -> dict:
    """Evidence, findings and status of one item (first-level checks only).

    ``labels_without_link`` and ``generic_targets`` are (label, url) pairs from hub pages;
    ``misfiled`` are (label, detail) pairs.
    """
    merged: dict[str, Candidate] = {}
    sources: dict[str, set] = {}
    # Pages are parsed side by side, so records (and candidates) come in a different order on
    # every crawl: ties are broken by content, never by arrival, for the same report each time.
    for c in sorted(candidates, key=lambda c: (-c.confidence, c.found_on, c.label, c.source)):
        key = canonical(c.url)
        sources.setdefault(key, set()).add(c.source)
        merged.setdefault(key, c)
    evidence: list[dict[str, Any]] = []
    findings: list[dict] = []
    unseen: list[tuple[Candidate, Fetch | None]] = []
    off_site: list[dict] = []
    lex = lexicon()
    for key, c in sorted(merged.items()):
        conf = min(0.99, c.confidence + 0.05 * (len(sources[key]) - 1))
        if conf < MIN_SCORE:
            continue
        fetch = index.get(c.url)
        if fetch is None:
            unseen.append((c, None))
            continue
        final = fetch.final_url
        on_site = scope.on_main_site(c.url)
        if on_site and (fetch.status is None or fetch.status in UNSEEN_STATUSES):
            unseen.append((c, fetch))
            continue
        if fetch.status is None or not 200 <= fetch.status < 300:
            findings.append(finding("broken_link", c.url, c.label, describe(fetch), c.label, item))
            continue
        placement = scope.placement(final)
        host = (urlsplit(final).hostname or "").lower()
        social = any(host == h or host.endswith("." + h) for h in lex.social_hosts)
        external_ok = item.external_ok or (social and "external_channel" in item.evidence_kinds)
        staging = is_staging_host(final)
        fit = year_fit(c.years, item.window, fiscal_year)
        evidence.append({
            "url": c.url,
            "final_url": final,
            "found_on": c.found_on,
            "label": c.label,
            "confidence": round(conf, 2),
            "http_status": fetch.status,
            "content_type": fetch.content_type.split(";")[0],
            "kind": fetch.kind,
            "placement": placement,
            "source": sorted(sources[key]),
            "years": sorted(c.years),
            "year_fit": fit,
            "click_path": click_path_to(pages, canonical(c.found_on)),
            # A staging host of the agency's own domain is reachable today but fragile: flagged, not refused.
            "accepted": placement != "external" or external_ok,
            "sha256": fetch.sha256,
            "size": fetch.size,
        })
        if placement == "external" and not external_ok:
            off_site.append(finding("off_site", final, c.label, snippet=c.label, item=item))
        if staging:
            findings.append(finding("staging_host", final, c.label, snippet=c.label, item=item))
    rank_evidence(evidence)
    # A news item matches every article of a big site: the best few are what anyone reads.
    evidence = evidence[:MAX_EVIDENCE]
    accepted = [e for e in evidence if e["accepted"]]
    if not accepted:
        # Evidence off the main site is the reason only when nothing on it is accepted;
        # beside an on-site document an off-site copy is an alternative, not a fault.
        findings.extend(off_site)
    for label, url in generic_targets:
        findings.append(finding("generic_target", url, label, snippet=label, item=item))
    for label, detail in misfiled:
        findings.append(finding("code_mismatch", "", label, detail, label, item))
    if accepted:
        status = "pass"
        # Beside accepted evidence, a dead link or a home-page link in the hub still deserves a fix,
        # but it did not decide the status: it is advice, not the reason.
        for f in findings:
            if f["code"] in ("broken_link", "generic_target"):
                f["advisory"] = True
        best = accepted[0]
        if best["year_fit"] == "older":
            findings.append(finding("older_year", best["url"], best["label"],
                                    ", ".join(map(str, best["years"])), best["label"], item))
        if best["confidence"] < REVIEW_BELOW:
            findings.append(finding("low_confidence", best["url"], best["label"], snippet=best["label"],
                                    item=item))
    elif evidence:
        status = "incomplete"
    elif unseen:
        status = "not_assessed"
        for c, fetch in unseen[:3]:
            findings.append(finding("fetch_failed", c.url, c.label, describe(fetch), c.label, item))
    else:
        status = "missing"
        for label, hub in labels_without_link[:1]:
            findings.append(finding("label_without_link", hub, label, snippet=label, item=item))
        if not findings:
            findings.append(finding("not_found", item=item))
    # Broken links are reported even when other evidence passes: an assessor may click them.
    return {
        "status": status,
        "confidence": accepted[0]["confidence"] if accepted else (evidence[0]["confidence"] if evidence else 0.0),
        "review": bool(accepted and accepted[0]["confidence"] < REVIEW_BELOW),
        "evidence": evidence,
        "findings": _dedupe(findings),
    }


# Year fit shifts the ranking without overriding confidence: a dated current document
# beats an undated one of equal standing, and an older year's document sinks below both.
_FIT_BONUS = {"fits": 0.1, "undated": 0.0, "newer": -0.1, "older": -0.3}


def rank_evidence(evidence: list) -> None:
    """Sort evidence best first: accepted, confident and in the window, found on the hub, near the home page."""
    evidence.sort(key=lambda e: (not e["accepted"], -(e["confidence"] + _FIT_BONUS[e["year_fit"]]),
                                 "hub" not in e["source"], len(e["click_path"]), e["url"]))


def _dedupe(findings: list[dict]) -> list[dict]:
    seen, out = set(), []
    for f in findings:
        key = (f["code"], f["url"], f["message_en"])
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
