"""Find ITA/OIT hub pages and split them into item sections.

A hub lists items by code and title and links to the evidence. Agencies build it as
headings with sibling links, table rows, hidden accordions, or lists of generic "เปิด"
anchors whose label sits in a preceding element. All of these arrive here as the page
record's linear block sequence, so one walk handles them: a block that starts with an
item code (or names an item) opens a section; the links after it belong to it until
the next section or group heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import years_in
from .evidence import Candidate
from .lexicon import lexicon
from .match import CODE_AT_START, Matcher, is_usable_href
from .schema import PageRecord
from .scope import url_text
from .thai import norm

_BARE_CODE = re.compile(r"^\s*(?:ข้อ\s*)?(\d{1,2})\s*[.)]?\s*$")
_YEAR_HEADING = re.compile(r"(?:ita|oit|ปี|ประจำปี|ปีงบประมาณ|fiscal)", re.I)


@dataclass
class Section:
    code: int | None
    title: str
    year: int | None
    links: list[int] = field(default_factory=list)
    placeholder: bool = False
    row: bool = False


@dataclass
class HubResult:
    url: str
    year: int | None
    sections: list[Section]
    candidates: list[Candidate]
    labels_without_link: list[tuple[str, str]]      # (item_id, label)
    generic_targets: list[tuple[str, str, str]]     # (item_id, label, url)
    misfiled: list[tuple[str, str, str]]            # (item_id, label, detail)
    other_years: set[int]
    is_hub: bool = True
    years: set[int] = field(default_factory=set)    # every year heading the sections sit under
    # (item_id, year, label, url): a linked section under another year's heading
    other_year_items: list[tuple[str, int | None, str, str]] = field(default_factory=list)
    other_year_links: set[int] = field(default_factory=set)   # link indices in other years' sections


def _block_code(text: str) -> tuple[int | None, str]:
    m = CODE_AT_START.match(norm(text))
    if m:
        return int(m.group(1)), norm(text)[m.end():].strip(" .:-–")
    return None, text


def split_sections(page: PageRecord, matcher: Matcher) -> tuple[list[Section], int | None]:
    """Walk the page's blocks once and return its item sections and the page's year."""
    links = page.get("links", [])
    page_years = years_in(page.get("title", "")) | years_in(url_text(page["url"]))
    page_year = max(page_years) if len(page_years) == 1 else None
    sections: list[Section] = []
    current: Section | None = None
    year = page_year
    placeholders = lexicon().placeholders
    # A bare number is an item code only under a "ข้อ" column; under "ลำดับ" it is a row count.
    numbered_items = False

    def start(code, title):
        nonlocal current
        current = Section(code, title[:300], year)
        sections.append(current)
        return current

    for block in page.get("blocks", ()):
        kind = block["kind"]
        if kind == "image":
            continue
        if kind == "link":
            link = links[block["link"]]
            code, rest = _block_code(link["text"])
            if current is not None and current.row and not link.get("in_row"):
                current = None  # a table row's links follow it directly; anything else is outside it
            if code is not None and link.get("emphasis") and not link.get("in_row"):
                start(code, rest)
            if current is not None:
                if norm(link["text"]).strip() in placeholders:
                    current.placeholder = True
                current.links.append(block["link"])
            continue
        if kind == "row":
            cells = block["cells"]
            if block.get("header"):
                current = None
                numbered_items = any(norm(c).startswith(("ข้อ", "o")) for c in cells[:2])
                continue
            code, title = None, ""
            for i, cell in enumerate(cells[:2]):
                c, rest = _block_code(cell)
                if c is None and numbered_items:
                    m = _BARE_CODE.match(norm(cell))
                    c, rest = (int(m.group(1)), "") if m else (None, "")
                if c is not None:
                    code = c
                    title = rest or (cells[i + 1] if i + 1 < len(cells) else "")
                    break
            if code is None:
                titled = next((c for c in cells[:2] if matcher.best(c) and matcher.best(c)[0][1] >= 0.8), None)
                if titled is None:
                    current = None
                    continue
                title = titled
            section = start(code, title)
            section.row = True
            if any(norm(c).strip() in placeholders for c in cells[1:]):
                section.placeholder = True
            continue
        text = block["text"]
        code, rest = _block_code(text)
        if code is not None and len(text) < 300:
            start(code, rest)
            continue
        short = len(text) < 120
        if short and block["kind"] == "heading" and _YEAR_HEADING.search(text) and years_in(text) \
                and not matcher.best(text):
            year = max(years_in(text))
            current = None
            continue
        if current is not None and norm(text).strip() in placeholders:
            current.placeholder = True
            continue
        if short and (block["kind"] == "heading" or len(text) < 100):
            named = matcher.best(text)
            if named and named[0][1] >= 0.8 and block["kind"] == "heading":
                start(None, text)
                continue
            if block.get("level") and block["level"] <= 4:
                current = None
    return sections, page_year


def looks_like_hub(page: PageRecord, sections: list[Section], matcher: Matcher) -> bool:
    codes = {s.code for s in sections if s.code is not None}
    linked = sum(1 for s in sections if s.links)
    marker_text = norm(" ".join([page.get("title", ""), url_text(page["url"]),
                                 *(h for _, h in page.get("headings", [])[:10])]))
    marked = any(m in marker_text for m in lexicon().hub_markers)
    if len(codes) >= 4 and (marked or linked >= 0.3 * len(sections)):
        return True
    titled = {matcher.best(s.title)[0][0] for s in sections if s.code is None and matcher.best(s.title)}
    return marked and len(titled) >= 6 and linked >= 3


def _resolve(section: Section, matcher: Matcher) -> tuple[str | None, float, bool]:
    """(item id, confidence, misfiled) for a section, from its code and its title."""
    named = matcher.best(section.title) if section.title else []
    if section.code is not None and section.code in matcher.by_code:
        by_code = matcher.by_code[section.code].id
        agreement = matcher.score_for(section.title, by_code) if section.title else 0.0
        if agreement >= 0.5:
            return by_code, 0.95, False
        if named and named[0][1] >= 0.75:
            return named[0][0], 0.8, True
        return by_code, 0.75, False
    if named:
        return named[0][0], round(min(0.95, named[0][1] * 0.95), 3), False
    return None, 0.0, False


def _placeholders_only(page: PageRecord, sections: list[Section], matcher: Matcher) -> HubResult | None:
    """On an ordinary page, an item named with "อยู่ระหว่างดำเนินการ" or "-" instead of a link."""
    labels = []
    for section in sections:
        usable = [i for i in section.links if is_usable_href(page["links"][i], page["url"])]
        named = matcher.best(section.title) if section.placeholder and not usable else []
        if named and named[0][1] >= 0.8:
            labels.append((named[0][0], section.title))
    if not labels:
        return None
    return HubResult(page["url"], None, [], [], labels, [], [], set(), is_hub=False)


def _other_year_item(section: Section, page: PageRecord, matcher: Matcher) -> tuple[str, int | None, str, str] | None:
    """A linked section under another year's heading, named by its title alone.

    Its O-number is ignored: codes change meaning between years (O20 is participation in
    2568 and No Gift in 2569), so only the title says which item it is.
    """
    named = matcher.best(section.title) if section.title else []
    usable = [page["links"][i] for i in section.links if is_usable_href(page["links"][i], page["url"])]
    if not named or named[0][1] < 0.8 or not usable:
        return None
    label = (f"O{section.code} " if section.code is not None else "") + section.title
    return named[0][0], section.year, label, usable[0]["href"]


def hub_evidence(page: PageRecord, matcher: Matcher, home_urls: set[str], year: int | None = None) -> HubResult | None:
    """If the page is a hub, its candidates and the labels it shows without a usable link.

    ``year`` is the assessed year (default the checklist's ITA year): sections under
    another year's heading supply no evidence.
    """
    sections, page_year = split_sections(page, matcher)
    if not sections:
        return None
    if not looks_like_hub(page, sections, matcher):
        return _placeholders_only(page, sections, matcher)
    assessed = year or matcher.checklist.ita_year
    links = page["links"]
    result = HubResult(page["url"], page_year, sections, [], [], [], [], set(),
                       years={s.year for s in sections if s.year is not None})
    for section in sections:
        if section.year is not None and section.year != assessed:
            result.other_years.add(section.year)
            result.other_year_links.update(section.links)
            other = _other_year_item(section, page, matcher)
            if other:
                result.other_year_items.append(other)
            continue
        item_id, confidence, misfiled = _resolve(section, matcher)
        if item_id is None:
            continue
        label = (f"O{section.code} " if section.code is not None else "") + section.title
        if misfiled:
            result.misfiled.append((item_id, label, f"O{section.code} → {item_id.upper()}"))
        usable = generic = 0
        for index in section.links:
            link = links[index]
            if not is_usable_href(link, page["url"]) or norm(link["text"]).strip() in lexicon().placeholders:
                continue
            href = link["href"].split("#")[0]
            if href.rstrip("/") in home_urls:
                result.generic_targets.append((item_id, label, href))
                generic += 1
                continue
            usable += 1
            years = years_in(label) | years_in(link["text"]) | years_in(url_text(href))
            text = link["text"].strip(" -–—•·")
            result.candidates.append(Candidate(
                item_id, href, page["url"], f"{label} › {text}"[:300] if text else label[:300],
                confidence - (0.05 if misfiled else 0.0), "hub", years, section.code))
        if not usable and not generic:   # a link to the home page is its own finding
            result.labels_without_link.append((item_id, label))
    return result
