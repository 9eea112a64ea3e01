"""Find ITA/OIT hub pages and split them into item sections.

A hub lists items by code and title and links to the evidence. Agencies build it as
headings with sibling links, table rows whose links sit in nested lists, hidden
accordions, folder trees whose labels sit in "#!" anchors beside empty file anchors,
card links gluing a code box to a title, or their own numbering and groups without any
item code. All of these arrive here as the page record's linear block sequence, each
block with its nesting depth, so one walk handles them: a block, row or toggle that
shows an item code (or names an item) opens a section; the links after it belong to it
until the next section, or a heading no deeper than the one that opened it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import cast

from .dates import years_in
from .evidence import Candidate
from .lexicon import lexicon
from .match import Matcher, is_generic, is_usable_href
from .schema import Block, Link, PageRecord
from .scope import url_text
from .site import is_home
from .thai import clean, norm, thai_digits_to_arabic
from .urls import without_fragment

# An item code as agencies write it: O1, O.1, O 1, OIT 1, ข้อ 1, ข้อที่ 1, o๑, MOIT1, MOIT 1,
# moit-1, EB 10, a bare number ("1", "1.") or a badge; "3.1" is the agency's own numbering.
_CODE = re.compile(r"^\s*(?P<word>ข้อที่|ข้อ|item\b|no\.)?\s*"
                   r"(?P<prefix>m\s*o\s*i\s*t|o\s*i\s*t|ita|e\s*b|o)?\s*[-.:#]?\s*"
                   r"(?P<num>\d{1,2})(?P<sub>\.\d{1,2}(?!\d))?(?![\d])(?!\s*[/:]\s*\d)", re.I)
# The agency's own numbering ("3.1 โครงสร้าง…", "7.1 ช่องทางการรับฟังความคิดเห็น"): a title line of its hub.
_NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s*[^\W\d_]")
# "(O23 - O25)", "O1–O6", "MOIT 1-4": a range of codes heads a group of items, not an item.
_CODE_RANGE = re.compile(r"(?<![^\W\d_])(?:m\s*o\s*i\s*t|o\s*i\s*t|o)\s*\.?\s*\d{1,2}\s*-\s*"
                         r"(?:m\s*o\s*i\s*t|o\s*i\s*t|o)?\s*\.?\s*\d{1,2}(?!\d)", re.I)
_YEAR_HEADING = re.compile(r"(?:ita|oit|ปี|ประจำปี|ปีงบประมาณ|fiscal)", re.I)
_TITLE_TRIM = " .:-–—)|"


@dataclass(frozen=True)
class Code:
    number: int
    rest: str          # the text after the code, as the page writes it
    strong: bool       # written with this list's prefix or "ข้อ"; a bare number or another scheme's is weak
    shown: str = ""    # the code as the page writes it


def item_code(text: str, prefix: str = "O") -> Code | None:
    """The item code a label starts with, if any (``prefix``: the checklist's, e.g. "O", "MOIT ")."""
    written = thai_digits_to_arabic(clean(text))
    m = _CODE.match(written)
    if not m or m.group("sub"):
        return None
    letters = re.sub(r"\s", "", (m.group("prefix") or "")).lower()
    own = {"moit"} if prefix.strip().lower() == "moit" else {"o", "oit", "ita"}
    after = written[m.end():]
    if not letters and not m.group("word") and not re.match(r"\s*[.)]?(\s|$)|[^\W\d_]", after):
        return None    # "12/2566", "5%": a number, not an item code
    strong = letters in own or (bool(m.group("word")) and not letters)
    return Code(int(m.group("num")), after.strip(_TITLE_TRIM), strong, written[:m.end()].strip(_TITLE_TRIM + " "))


@dataclass
class Section:
    code: int | None
    title: str
    year: int | None
    links: list[int] = field(default_factory=list)
    placeholder: bool = False        # shows "อยู่ระหว่างดำเนินการ", "-" or a link that goes nowhere
    row: bool = False
    depth: int = 0                   # nesting depth of the block that opened it
    level: int = 0                   # heading level of the block that opened it (0: not a heading)
    group: str = ""                  # the heading above it: a sub-indicator, the agency's own chapter
    shown: str = ""                  # the code as the page writes it ("O1", "MOIT 1", "ข้อ 4")

    @property
    def label(self) -> str:
        return f"{self.shown} {self.title}".strip()


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
    # Where those links lead: a file there names its item too, but it is another year's evidence.
    other_year_hrefs: set[str] = field(default_factory=set)


def is_group_heading(text: str) -> bool:
    """A sub-indicator or a range of codes: the heading of a group of items."""
    written = norm(text)
    return written.startswith(lexicon().group_markers) or bool(_CODE_RANGE.search(written))


def _style(shown: str) -> str:
    """How a code is written, without its number: "moit", "o", "ข้อ"."""
    return re.sub(r"[\d\s.:#-]", "", shown).lower()


def _placeholder(text: str) -> bool:
    bare = norm(text).strip(" -–—•·:()[]")
    return not bare or any(bare.startswith(p) for p in lexicon().placeholders if len(p) > 2)


class _Walk:
    """The state of one walk over a page's blocks (see split_sections)."""

    def __init__(self, page: PageRecord, matcher: Matcher):
        self.page, self.matcher = page, matcher
        self.prefix = matcher.checklist.code_prefix
        self.own_styles = {"moit"} if self.prefix.strip().lower() == "moit" else {"o", "oit", "ita"}
        page_years = years_in(page.get("title", "")) | years_in(url_text(page["url"]))
        self.page_year = max(page_years) if len(page_years) == 1 else None
        self.year = self.page_year
        self.sections: list[Section] = []
        self.current: Section | None = None
        self.group = ""
        self.badge: Code | None = None    # a number shown alone, waiting for the title beside it
        self.row_width = 0                # cells of the last row that opened a section
        self.column_years: list[int | None] = []   # a table header's year per column ("ปี 2567" | "ปี 2568")
        self.link_cells: list[int] = []   # the cell of each link the current row has still to show
        self.after_icon = False           # the last block was a link without words of its own

    def code(self, text: str, confirm: bool = True) -> Code | None:
        """The code a label shows; with ``confirm``, a weak one its title agrees with, or one that
        continues the run of numbers before it, counts as strong."""
        code = item_code(text, self.prefix)
        if code is None or code.strong or not confirm \
                or not (self._agrees(code.number, code.rest) or self._continues(code)):
            return code
        return Code(code.number, code.rest, True, code.shown)

    def nested(self, code: Code, depth: int) -> bool:
        """A number inside the open item, written another way ("ข้อ 3" under "MOIT 4"): an element, not an item.

        Deeper than the item's title it is always one; beside it, when the item was written
        the list's own way (MOIT 4) and the number is not.
        """
        current = self.current
        if current is None:
            return False
        if code.strong and (_style(code.shown) == _style(current.shown) if current.code is not None
                            else _style(code.shown) in self.own_styles):
            return False   # the next item, written as items are (a group heading is no item's code)
        return depth > current.depth or (current.code is not None and _style(current.shown) in self.own_styles
                                         and _style(code.shown) not in self.own_styles)

    def names_item(self, text: str, bar: float = 0.8) -> bool:
        named = self.matcher.best(text)
        return bool(named) and named[0][1] >= bar

    def start(self, code: int | None, title: str, depth: int, shown: str = "", row: bool = False,
              level: int = 0) -> Section:
        before = self.current
        if code is not None and before is not None and before.code is None and not before.shown \
                and not before.links and not before.placeholder and self.sections[-1] is before:
            # A title line with nothing under it before a coded item is the heading of its group.
            self.sections.pop()
            self.group = before.title
        self.current = Section(code, title[:300], self.year, depth=depth, group=self.group[:200],
                               shown=shown, row=row, level=level)
        self.sections.append(self.current)
        return self.current

    def open_coded(self, code: Code, depth: int, row: bool = False, level: int = 0) -> Section:
        if code.strong:
            return self.start(code.number, code.rest, depth, code.shown, row, level)
        # A badge of another numbering (a row count, "EB 10"): its title says which item it is.
        return self.start(None, code.rest, depth, code.shown, row=row, level=level)

    def link(self, index: int, depth: int) -> None:
        self.badge = None
        link: Link = self.page["links"][index]
        self.after_icon = is_generic(link["text"])
        usable = is_usable_href(link, self.page["url"])
        cell = self.link_cells.pop(0) if link.get("in_row") and self.link_cells else None
        if self.current is not None and self.current.row and not link.get("in_row"):
            self.current = None     # a table row's links follow it directly; anything else is outside it
        if link.get("in_row") and self.current is not None and self.current.row and link["text"]:
            code = item_code(link["text"], self.prefix)
            if code is not None and code.strong and code.number != self.current.code \
                    and self._agrees(code.number, code.rest):
                # Items side by side in one row, each its own link ("O1 โครงสร้าง" | "O2 ข้อมูลผู้บริหาร").
                section = self.start(code.number, code.rest, self.current.depth, code.shown, row=True)
                if usable:
                    section.links.append(index)
                return
        if not link.get("in_row"):
            # A toggle, a bold link or a card that shows an item's code opens that item (a link's
            # bare number is a list number: "1. ข้อมูลโครงสร้าง" under another item is still that item's).
            code = self.code(link["text"], confirm=False) if link["text"] else None
            if code is not None and not self.nested(code, depth) \
                    and (code.strong and (link.get("emphasis") or code.rest) or not usable):
                section = self.open_coded(code, depth)
                if usable:
                    section.links.append(index)
                return
            if link.get("nav") and self.current is not None and not self.current.row:
                self.current = None    # the footer or a menu after the last item is not that item's
            if link.get("nav"):
                return
            if not usable and code is None and link["text"] and self.names_item(link["text"]) \
                    and (self.current is None or depth <= self.current.depth):
                self.start(None, link["text"].strip(_TITLE_TRIM), depth)   # an accordion's toggle names its item
                return
        if self.current is None:
            return
        if link["text"] and not usable or _placeholder(link["text"]) and link["text"].strip():
            self.current.placeholder = True
        self.in_column(cell).links.append(index)

    def in_column(self, cell: int | None) -> Section:
        """The section a row's link belongs to: under a year's column, that year's copy of the row's item."""
        current = cast(Section, self.current)
        year = self.column_years[cell] if cell is not None and cell < len(self.column_years) else None
        if not current.row or year is None or year == current.year:
            return current
        if current.year is None and not current.links:
            current.year = year      # the row's first year column: the row itself is that year's
            return current
        twin = next((s for s in reversed(self.sections) if s.row and s.year == year and s.code == current.code
                     and s.title == current.title), None)
        if twin is None:
            twin = Section(current.code, current.title, year, row=True, depth=current.depth, group=current.group,
                           shown=current.shown)
            self.sections.append(twin)
        return twin

    def row(self, block: Block) -> None:
        cells, depth = block["cells"], block.get("depth", 0)
        self.link_cells = [i for i, n in enumerate(block.get("cell_links", [])) for _ in range(n)]
        if block.get("header"):
            self.current = None
            years = [years_in(c) for c in cells]
            self.column_years = [max(y) if len(y) == 1 else None for y in years] \
                if sum(len(y) == 1 for y in years) >= 2 else []
            return
        if self.current is not None and self.current.row and len(cells) < self.row_width \
                and not any(item_code(c, self.prefix) for c in cells[:2]):
            return    # the rest of a row whose code and title cells span several rows
        self.row_width = len(cells)
        for i, cell in enumerate(cells[:2]):
            code = item_code(cell, self.prefix)
            if code is None:
                continue
            title = code.rest or (cells[i + 1] if i + 1 < len(cells) else "")
            if code.strong or self._agrees(code.number, title):
                self.start(code.number, title, depth, code.shown, row=True)
            elif self.names_item(title):
                self.start(None, title, depth, row=True)    # a row count: the title says which item
            else:
                self.current = None
                return
            break
        else:
            titled = next((c for c in cells[:2] if self.names_item(c)), None)
            if titled is None:
                self.current = None
                return
            self.start(None, titled, depth, row=True)
        if self.current is not None and any(_placeholder(c) for c in cells[1:] if c.strip()):
            self.current.placeholder = True

    def _agrees(self, number: int, title: str) -> bool:
        item = self.matcher.by_code.get(number)
        return item is not None and self.matcher.score_for(title, item.id) >= 0.5

    def _another_item(self, text: str, current: Section) -> bool:
        """A bold title naming another item than the uncoded section open before it, nested a level
        deeper than that section's title (page builders wrap text and heading widgets differently)."""
        if current.code is not None or not current.links:
            return False
        named, before = self.matcher.best(text), self.matcher.best(current.title)
        return bool(named) and named[0][1] >= 0.8 and (not before or named[0][0] != before[0][0])

    def _continues(self, code: Code) -> bool:
        """A number one after the last coded section's, written the same way: the next item."""
        last = next((s for s in reversed(self.sections) if s.code is not None), None)
        return last is not None and last.code == code.number - 1 and _style(last.shown) == _style(code.shown)

    def text(self, block: Block) -> None:
        if block.get("nav"):
            self.badge = None
            return     # a sidebar widget's "ข่าวประชาสัมพันธ์" or the footer's "ติดต่อเรา" heads no item
        text, depth = block["text"], block.get("depth", 0)
        heading = block["kind"] == "heading"
        short = len(text) < 120
        caption, self.after_icon = self.after_icon and not heading, False
        if short and is_group_heading(text) and (self.current is None or depth <= self.current.depth):
            self.current, self.badge, self.group = None, None, text
            return
        code = self.code(text) if len(text) < 300 else None
        badge, self.badge = self.badge, None
        if code is not None and not code.strong and not code.rest:
            self.badge = code        # "<span class=badge>3</span><h3>title</h3>": read with the title
            return
        if code is not None and self.nested(code, depth):
            code = None
        elif badge is not None and code is None and short:
            code = Code(badge.number, text, self._agrees(badge.number, text) or self._continues(badge), badge.shown)
        current = self.current
        if code is not None and (code.strong or code.rest):
            if code.strong or heading or self.names_item(code.rest):
                self.open_coded(code, depth, level=block.get("level", 0))
                return
        if current is not None and current.code is not None and not current.title and not current.links and short:
            current.title = text     # a code badge, then its title in the next block
            return
        if short and heading and _YEAR_HEADING.search(text) and years_in(text) and not self.names_item(text) \
                and (current is None or depth <= current.depth):
            self.year = max(years_in(text))
            self.current = None
            return
        if current is not None and _placeholder(text):
            current.placeholder = True
            return
        if caption and current is not None and current.code is not None:
            return    # "<a><img alt=ดาวน์โหลด></a> นโยบาย…": the words after an icon link name its file
        if short and (heading or len(text) < 100) and not is_generic(text) \
                and (self.names_item(text) or _NUMBERED.match(thai_digits_to_arabic(text))) \
                and (current is None or depth <= current.depth
                     or not current.links and not self.names_item(current.title)
                     or heading and self._another_item(text, current)):
            # A heading, a bold line or a plain title line opens the item it names; in the agency's
            # own numbering it opens a section its chapter and its links will name.
            numbered = _NUMBERED.match(thai_digits_to_arabic(text))
            chapter = re.match(r"\s*(\d{1,2}(?:\.\d{1,2})*)", thai_digits_to_arabic(current.label)) \
                if current is not None and not current.links and current.code is None else None
            if numbered and current is not None and chapter \
                    and thai_digits_to_arabic(text).lstrip().startswith(chapter.group(1) + "."):
                # "4. การจัดซื้อจัดจ้าง" then "4.1 …": the numbered heading was a chapter, not an item.
                self.sections.remove(current)
                self.group = current.label
            self.start(None, text.strip(_TITLE_TRIM), depth, level=block.get("level", 0))
            return
        level = block.get("level", 0)
        if heading and level and (current is None or (depth <= current.depth and
                                                        (not current.level or level <= current.level))):
            # A heading no deeper and no smaller than the section's opener ends it and groups what
            # follows; an h4 under an item's h2 is the item's own sub-heading.
            self.current = None
            if short:
                self.group = text


def split_sections(page: PageRecord, matcher: Matcher) -> tuple[list[Section], int | None]:
    """Walk the page's blocks once and return its item sections and the page's year."""
    walk = _Walk(page, matcher)
    for block in page.get("blocks", ()):
        kind = block["kind"]
        if kind == "link":
            walk.link(block["link"], block.get("depth", 0))
        elif kind == "row":
            walk.row(block)
        elif kind in ("text", "heading"):
            walk.text(block)
    # A code with nothing under it, where the page shows that item again, is a button of a sidebar,
    # a tab title or a table of contents: the item is the other one.
    shown = Counter((s.year, s.code) for s in walk.sections if s.code is not None)
    linked = {(s.year, s.code) for s in walk.sections if s.code is not None and s.links}
    return [s for s in walk.sections if s.code is None or s.links
            or (s.year, s.code) not in linked and (shown[s.year, s.code] == 1 or s.placeholder or s.title)], \
        walk.page_year


def looks_like_hub(page: PageRecord, sections: list[Section], matcher: Matcher) -> bool:
    codes = {s.code for s in sections if s.code is not None}
    linked = sum(1 for s in sections if s.links)
    marker_text = norm(" ".join([page.get("title", ""), url_text(page["url"]),
                                 *(h for _, h in page.get("headings", [])[:10])]))
    marked = any(m in marker_text for m in lexicon().hub_markers)
    if len(codes) >= 4 and (marked or linked >= 0.3 * len(sections)):
        return True
    titled = {matcher.best(s.title)[0][0] for s in sections if s.code is None and matcher.best(s.title)}
    # The agency's own numbered titles with links are its items, whatever their wording.
    numbered = {s.title for s in sections
                if s.code is None and s.links and _NUMBERED.match(thai_digits_to_arabic(s.title))}
    return marked and len(titled | numbered | {matcher.by_code[c].id for c in codes if c in matcher.by_code}) >= 6 \
        and linked >= 3


def _resolve(section: Section, matcher: Matcher, paraphrase: bool = False,
             page: PageRecord | None = None, year: int = 0) -> tuple[str | None, float, bool]:
    """(item id, confidence, misfiled) for a section, from its code, its title and its group."""
    named = matcher.best(section.title) if section.title else []
    if section.code is not None and section.code in matcher.by_code:
        by_code = matcher.by_code[section.code].id
        agreement = matcher.score_for(section.title, by_code) if section.title else 0.0
        if agreement >= 0.5:
            return by_code, 0.95, False
        if named and named[0][1] >= 0.75:
            return named[0][0], 0.8, True
        return by_code, 0.75, False
    if not named and section.group:
        # The agency's own chapter names what its short sub-titles leave out.
        named = matcher.best(f"{section.group} {section.title}")
    if named and named[0][1] >= 0.7:
        return named[0][0], round(min(0.95, named[0][1] * 0.95), 3), False
    # The agency's own words for an item its hub shows: the wording it shares most with an
    # item, below the review mark (ควรตรวจทาน).
    years: set[int] = set()
    if page is not None:
        years = years_in(section.title).union(*(years_in(page["links"][i]["text"]) for i in section.links))
    # The title alone first: a group's broad words ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล") can outweigh it.
    guessed = None
    if paraphrase:
        guessed = matcher.guess(section.title, years, year) \
            or matcher.guess(f"{section.group} {section.title}", years, year)
    if guessed:
        return guessed[0], 0.65, False
    if named:
        return named[0][0], round(min(0.95, named[0][1] * 0.95), 3), False
    return None, 0.0, False


def _label_without_link(section: Section, page: PageRecord, matcher: Matcher) -> tuple[str, str] | None:
    """(item id, label) of a section that names an item but shows no usable link."""
    usable = [i for i in section.links if is_usable_href(page["links"][i], page["url"])
              and not _placeholder(page["links"][i]["text"] or "x")]
    if usable or not section.placeholder:
        return None
    item_id, confidence, _ = _resolve(section, matcher)
    return (item_id, section.label) if item_id and confidence >= 0.7 else None


def _not_a_hub(page: PageRecord, sections: list[Section], matcher: Matcher, assessed: int) -> HubResult | None:
    """What an ordinary page's sections still say: an item named with "อยู่ระหว่างดำเนินการ", "-" or a dead
    link instead of one, and links under another year's item codes (last year's ITA page)."""
    labels, other_links = [], set()
    for section in sections:
        if section.year is not None and section.year != assessed and (section.code is not None or section.shown):
            other_links.update(section.links)
        elif found := _label_without_link(section, page, matcher):
            labels.append(found)
    if not labels and not other_links:
        return None
    return HubResult(page["url"], None, [], [], labels, [], [], set(), is_hub=False, other_year_links=other_links,
                     other_year_hrefs=_hrefs(page, other_links))


def _hrefs(page: PageRecord, indices: set[int]) -> set[str]:
    return {page["links"][i]["href"] for i in indices if page["links"][i]["href"]}


def _other_year_item(section: Section, page: PageRecord, matcher: Matcher) -> tuple[str, int | None, str, str] | None:
    """A linked section under another year's heading, named by its title alone.

    Its O-number is ignored: codes change meaning between years (O20 is participation in
    2568 and No Gift in 2569), so only the title says which item it is.
    """
    named = matcher.best(section.title) if section.title else []
    usable = [page["links"][i] for i in section.links if is_usable_href(page["links"][i], page["url"])]
    if not named or named[0][1] < 0.8 or not usable:
        return None
    return named[0][0], section.year, section.label, usable[0]["href"]


def _link_label(link: Link) -> str:
    """What the page says of one link in a section: its group in nested lists, and its text."""
    text = link["text"].strip(" -–—•·")
    if is_generic(text):
        text = link.get("attrs") or (link.get("label", "") if not link.get("in_row") else "")
    return " › ".join(x for x in (link.get("group", ""), text) if x)


def hub_evidence(page: PageRecord, matcher: Matcher, home_urls: set[str], year: int | None = None) -> HubResult | None:
    """If the page is a hub, its candidates and the labels it shows without a usable link.

    ``year`` is the assessed year (default the checklist's ITA year): sections under
    another year's heading supply no evidence.
    """
    sections, page_year = split_sections(page, matcher)
    if not sections:
        return None
    assessed = year or matcher.checklist.ita_year
    if not looks_like_hub(page, sections, matcher):
        return _not_a_hub(page, sections, matcher, assessed)
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
        item_id, confidence, misfiled = _resolve(section, matcher, paraphrase=True, page=page, year=assessed)
        if item_id is None:
            continue
        label = section.label
        if misfiled:
            result.misfiled.append((item_id, label, f"{section.shown} → {matcher.checklist.item(item_id).display}"))
        usable = generic = 0
        seen: set[str] = set()
        for index in section.links:
            link = links[index]
            if not is_usable_href(link, page["url"]) or _placeholder(link["text"] or "x"):
                continue
            href = without_fragment(link["href"])
            if is_home(href, home_urls) and "home_page" not in matcher.checklist.item(item_id).evidence_kinds:
                result.generic_targets.append((item_id, label, href))
                generic += 1
                continue
            usable += 1
            if href in seen:
                continue
            seen.add(href)
            text = _link_label(link)
            years = years_in(label) | years_in(text) | years_in(url_text(href))
            result.candidates.append(Candidate(
                item_id, href, page["url"], f"{label} › {text}"[:300] if text else label[:300],
                confidence - (0.05 if misfiled else 0.0), "hub", years, section.code))
        if not usable and not generic:   # a link to the home page is its own finding
            result.labels_without_link.append((item_id, label))
    result.other_year_hrefs = _hrefs(page, result.other_year_links)
    return result
