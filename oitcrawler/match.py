"""Score text against checklist items and collect evidence candidates from page records.

All functions here are pure: they take page records (plain dicts) and a checklist and
return candidates. Labels are compared space-free after Thai normalisation; long
official titles are decisive, short menu labels count by how much of the text they
cover, and exclusions and news-headline openings lower a score.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from .checklist import Checklist, Item
from .dates import year_fit, years_in
from .evidence import MIN_SCORE, Candidate
from .lexicon import lexicon
from .schema import Link, PageRecord
from .scope import url_text
from .thai import norm, squash
from .urls import canonical, without_fragment

_STRIP = re.compile(r"(?:ประจำปีงบประมาณ|ปีงบประมาณ|พ\.?ศ\.?|ค\.?ศ\.?|fiscalyear|\d+|"
                    r"[\s\-–—•·:;,.()\[\]{}\"'“”‘’/|_>»«*#!?])")
CODE_AT_START = re.compile(r"^\s*(?:ข้อ\s*)?(?:o|0)\s*\.?\s*(\d{1,2})(?!\d)(?![a-z])", re.I)
_URL_CODE = re.compile(r"(?:^|[/_\-.\s])o(\d{1,2})(?=[/_\-.\s]|$)", re.I)


def strip_for_match(text: str) -> str:
    """Space-free comparison form with years, numbers and punctuation removed."""
    return _STRIP.sub("", squash(text))


class _ItemPatterns:
    def __init__(self, item: Item):
        self.item = item
        self.labels = sorted({strip_for_match(x) for x in (item.title_th, *item.labels)} - {""},
                             key=len, reverse=True)
        self.keywords = sorted({strip_for_match(x) for x in item.keywords} - {""}, key=len, reverse=True)
        self.exclude = [strip_for_match(x) for x in item.exclude if strip_for_match(x)]


def _grams(text: str) -> frozenset[str]:
    """Character trigrams of the stripped text: Thai has no spaces, and word segmenters split
    agencies' wording differently from the checklist's, so pieces of words are compared."""
    s = strip_for_match(text)
    return frozenset(s[i:i + 3] for i in range(len(s) - 2)) if len(s) >= 3 else frozenset()


class _Paraphrase:
    """Which item's wording explains most of a text, trigrams weighted by how few items use them.

    A trigram every item shares ("การ", "ประจำปี") says nothing; one that only the procurement
    report's labels have ("ผลการจัดซื้อ") says much.
    """
    PRECISION, MARGIN, NEAR = 0.45, 0.05, 0.1

    def __init__(self, checklist: Checklist):
        self.labels = {item.id: [g for g in (_grams(t) for t in (item.title_th, *item.labels, *item.keywords)) if g]
                       for item in checklist.items}
        self.vocab = {item_id: frozenset().union(*labels) for item_id, labels in self.labels.items()}
        counts: dict[str, int] = {}
        for grams in self.vocab.values():
            for g in grams:
                counts[g] = counts.get(g, 0) + 1
        n = len(self.vocab) + 1
        self.weight = {g: math.log(n / c) for g, c in counts.items()}
        self.unknown = math.log(n)

    def guess(self, text: str, fits: Callable[[str], bool] | None = None) -> tuple[str, float] | None:
        grams = _grams(text)
        total = sum(self.weight.get(g, self.unknown) for g in grams)
        if not total:
            return None
        scored = sorted(((sum(self.weight[g] for g in grams & vocab) / total, item_id)
                         for item_id, vocab in self.vocab.items()), reverse=True)
        best = scored[0][0]
        if best < self.PRECISION:
            return None
        # Items that explain the text about as well: the one whose own label the text covers best.
        near = sorted(((self._f(grams, total, precision, item_id), item_id)
                       for precision, item_id in scored if precision >= best - self.NEAR), reverse=True)
        if len(near) > 1 and near[0][0] - near[1][0] < self.MARGIN:
            # Wording alone cannot tell "the report of last year" from "this year's progress";
            # the period its documents state can, when it fits just one of them.
            tied = [item_id for f, item_id in near if near[0][0] - f < self.MARGIN]
            fitting = [item_id for item_id in tied if fits is not None and fits(item_id)]
            if len(fitting) != 1:
                return None
            return fitting[0], round(best, 3)
        return near[0][1], round(best, 3)

    def _f(self, grams: frozenset[str], total: float, precision: float, item_id: str) -> float:
        recall = max(sum(self.weight[g] for g in grams & label) / sum(self.weight[g] for g in label)
                     for label in self.labels[item_id])
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class Matcher:
    def __init__(self, checklist: Checklist):
        self.checklist = checklist
        self.patterns = [_ItemPatterns(i) for i in checklist.items]
        self.by_code = {i.code: i for i in checklist.items}
        lex = lexicon()
        self.news_markers = [squash(m) for m in lex.news_markers]
        # Keyed on the stripped form: "ข่าวที่ 1" … "ข่าวที่ 2000" are one computation.
        self._score_stripped = lru_cache(maxsize=100_000)(self._score_stripped)  # type: ignore[method-assign]
        self._paraphrase: _Paraphrase | None = None

    def _score_one(self, p: _ItemPatterns, s: str, fuzzy: bool) -> tuple[float, str]:
        best, matched = 0.0, ""
        for label in p.labels:
            if label == s:
                return 1.0, label
            if label in s:
                cov = len(label) / len(s)
                score = 0.55 + 0.45 * cov
                if len(label) >= 18:
                    score = max(score, 0.85)
            elif len(s) >= 5 and s in label and len(s) / len(label) >= 0.6:
                # A shortened title keeps its beginning ("มาตรการส่งเสริมคุณธรรม…" is the
                # measures item); a text that is only the tail of a label is a section name
                # ("จัดซื้อจัดจ้าง" in "ประกาศจัดซื้อจัดจ้าง"), too broad for one item.
                ratio = len(s) / len(label)
                score = 0.58 + 0.4 * ratio if label.startswith(s) else 0.35 + 0.3 * ratio
            elif fuzzy and len(label) >= 10 and len(s) >= 8:
                ratio = fuzz.partial_ratio(label, s, score_cutoff=88) if len(s) >= len(label) \
                    else fuzz.ratio(label, s, score_cutoff=88)
                if not ratio:
                    continue
                cov = min(1.0, len(label) / len(s))
                score = 0.45 + (ratio - 88) / 12 * 0.3 + 0.15 * cov
            else:
                continue
            if score > best:
                best, matched = score, label
        if best < 0.6:
            for kw in p.keywords:
                if kw in s:
                    score = min(0.62, 0.45 + 0.3 * len(kw) / len(s))
                    if score > best:
                        best, matched = score, kw
                    break
        if best and any(x in s and x not in matched for x in p.exclude):
            best *= 0.4
        if best and any(s.startswith(m) and m not in matched for m in self.news_markers):
            best *= 0.6
        return best, matched

    def score_text(self, text: str, fuzzy: bool = True) -> tuple[tuple[str, float, str], ...]:
        """Items the text names, best first, as (item_id, score, matched label)."""
        return self._score_stripped(strip_for_match(text), fuzzy)

    def _score_stripped(self, s: str, fuzzy: bool) -> tuple[tuple[str, float, str], ...]:
        if len(s) < 2:
            return ()
        scored = []
        for p in self.patterns:
            score, label = self._score_one(p, s, fuzzy)
            if score >= 0.45:
                scored.append((p.item.id, round(score, 3), label))
        scored.sort(key=lambda x: -x[1])
        return tuple(scored)

    def best(self, text: str, fuzzy: bool = True, margin: float = 0.05) -> list[tuple[str, float, str]]:
        """The top-scoring items (ties within ``margin``) at or above the evidence threshold."""
        scored = self.score_text(text, fuzzy)
        if not scored or scored[0][1] < MIN_SCORE:
            return []
        top = scored[0][1]
        return [s for s in scored if s[1] >= MIN_SCORE and s[1] >= top - margin]

    def score_for(self, text: str, item_id: str) -> float:
        for iid, score, _ in self.score_text(text, True):
            if iid == item_id:
                return score
        return 0.0

    def guess(self, text: str, years: frozenset[int] | set[int] = frozenset(),
              fiscal_year: int = 0) -> tuple[str, float] | None:
        """The item a short paraphrase most likely means ("ผลการจัดซื้อจัดจ้างปีที่ผ่านมา"), or None.

        Only for a title a hub already shows as an item: agencies' own sub-titles say an item in
        their own words, which no label contains. See :class:`_Paraphrase`. ``years``: the years
        its documents state, which settle a tie between items of different periods.
        """
        if self._paraphrase is None:
            self._paraphrase = _Paraphrase(self.checklist)
        year = fiscal_year or self.checklist.ita_year
        return self._paraphrase.guess(text, lambda item_id: bool(years) and year_fit(
            set(years), self.checklist.item(item_id).window, year) == "fits")

    def title_parts(self, title: str, site_name: str = "") -> list[str]:
        """A page title split at its separators, without the site's own name."""
        parts = re.split(r"\s+[-–|:»]\s+|\s*\|\s*", title or "")
        site = squash(site_name)
        return [p for p in parts if p.strip() and (not site or squash(p) != site)]


_LIST_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]?\s+")


def is_generic(text: str) -> bool:
    """Words that say nothing of what they stand for ("คลิก", "01. เอกสารประกอบ", "1.2"): the label is elsewhere."""
    bare = _LIST_NUMBER.sub("", norm(text).strip(" -–—•·>»:")).strip(" -–—•·>»:")
    return not bare or bare in lexicon().generic_anchors or len(bare) <= 1 or bool(re.fullmatch(r"[\d\s.]+", bare))


def link_context(link: Link) -> str:
    """What a link says about its target: its text, or its label when the text is generic."""
    if is_generic(link.get("text", "")):
        return " ".join(x for x in (link.get("attrs", ""), link.get("label", "")) if x)
    return " ".join(x for x in (link.get("text", ""), link.get("attrs", "")) if x)


def is_usable_href(link: Link, page_url: str) -> bool:
    """False for links that go nowhere: empty, ``#``, ``javascript:``, or the same page."""
    raw = (link.get("raw") or "").strip()
    if not raw or raw.startswith("#") or raw.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
        return False
    href = link.get("href", "")
    if urlsplit(href).scheme not in ("http", "https"):
        return False
    return without_fragment(href) != without_fragment(page_url)   # a hash route is another page


def url_codes(url: str, ita_year: int) -> set[int]:
    """Item numbers in a URL that also names the assessment year (``/ita2566/O11/``).

    A bare ``o11`` means different items in different years, so a URL code counts only
    next to a year token that agrees.
    """
    text = url_text(url)
    codes = {int(c) for c in _URL_CODE.findall(text)}
    if not codes:
        return set()
    years = years_in(text)
    return codes if ita_year in years else set()


def link_candidates(page: PageRecord, matcher: Matcher,
                    skip: frozenset[int] | set[int] = frozenset()) -> list[Candidate]:
    """Evidence found through ordinary navigation: anchor text, attributes, URL tokens."""
    out = []
    ita_year = matcher.checklist.ita_year
    for index, link in enumerate(page.get("links", ())):
        if index in skip or not is_usable_href(link, page["url"]):
            continue
        href = without_fragment(link["href"])
        context = link_context(link)
        if len(context) > 200:
            continue    # an anchor wrapping a whole block (an unclosed <a>) names nothing in particular
        years = years_in(context) | years_in(url_text(href))
        for item_id, score, _ in matcher.best(context):
            out.append(Candidate(item_id, href, page["url"], context[:200], round(score * 0.9, 3),
                                 "link", years))
        for code in url_codes(href, ita_year):
            item = matcher.by_code.get(code)
            if item:
                out.append(Candidate(item.id, href, page["url"], context[:200], 0.6, "url", years))
    return out


def page_candidates(page: PageRecord, matcher: Matcher, site_name: str) -> list[Candidate]:
    """A page whose own title or main heading names an item is evidence for it."""
    referrer = page.get("referrer")
    if not referrer:
        return []
    texts = matcher.title_parts(page.get("title", ""), site_name)
    texts += [h for level, h in page.get("headings", ())[:3] if level <= 2]
    best: dict[str, float] = {}
    for text in texts:
        for item_id, score, _ in matcher.best(text):
            best[item_id] = max(best.get(item_id, 0), score)
    years = years_in(page.get("title", "")) | years_in(url_text(page["url"]))
    return [Candidate(i, page["url"], referrer, page.get("title", "")[:200],
                      round(s * 0.85, 3), "page", years)
            for i, s in best.items() if s >= 0.7]


def document_title(text: str) -> str:
    """The title area of a document: its first few non-empty lines."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return " ".join(lines[:3])[:300]


def document_candidates(record: PageRecord, title: str, matcher: Matcher) -> list[Candidate]:
    """A document whose first lines name an item is evidence for it, whatever its file name."""
    referrer = record.get("referrer")
    if not referrer or not title:
        return []
    years = years_in(title) | years_in(url_text(record["url"]))
    return [Candidate(item_id, record["url"], referrer, title[:200], round(score * 0.85, 3),
                      "document", years)
            for item_id, score, _ in matcher.best(title) if score >= 0.7]


def other_item_named(matcher: Matcher, text: str, item_id: str) -> str:
    """The item ``text`` plainly names when that is not ``item_id`` (nor tied with it); else ""."""
    named = matcher.best(text) if text else []
    if named and named[0][1] >= 0.8 and item_id not in {n[0] for n in named}:
        return named[0][0]
    return ""


def confirm_by_content(item: Item, candidates: list[Candidate], doc_titles: dict, matcher: Matcher):
    """Drop candidates whose document plainly names a different item (a misfiled hub row).

    Returns (kept candidates, [(label, detail)] for the misfiled ones).
    """
    kept, misfiled = [], []
    for cand in candidates:
        title = doc_titles.get(canonical(cand.url)) or ""
        if named := other_item_named(matcher, title, item.id):
            other = matcher.checklist.item(named)
            code = other.display or other.id.upper()
            misfiled.append((cand.label, (f"{cand.url} เป็นเอกสาร \"{title[:80]}\" ซึ่งตรงกับข้อ {code}",
                                          f"{cand.url} is the document \"{title[:80]}\", which matches {code}")))
            continue
        kept.append(cand)
    return kept, misfiled
