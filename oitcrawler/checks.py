"""Content checks: what the evidence says, as an NACC assessor would read it.

Each check is a small named function over :class:`Content` (an evidence page or
document, with its text). Which checks an item gets is data: its ``window``, the
``patterns`` of its elements and the names in its ``checks`` list (checklist YAML).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime

from .checklist import Item
from .dates import (
    english_date,
    first_half_months,
    fiscal_months_until,
    fiscal_year_of,
    fiscal_years_in,
    latest_due_round,
    month_label,
    month_label_en,
    months_mentioned,
    quarter_end,
    quarter_months,
    rounds_named,
    thai_date,
    window_years,
)
from .schema import PageRecord
from .scope import url_text
from .thai import norm, squash
from .vocabulary import finding, unreadable_reason_th

HEAD_AREA = 3000
_SIX_MONTHS = re.compile(r"(?:รอบ\s*)?6\s*เดือน|ไตรมาส(?:ที่)?\s*2|31\s*(?:มี\.?ค\.?|มีนาคม)|ครึ่งปี")
_QUARTER = re.compile(r"ไตรมาส(?:ที่)?\s*([1-4])")
_NO_PROCUREMENT = re.compile(r"ไม่มีการจัดซื้อ\s*จัดจ้าง")
# "นายกเทศมนตรี" (mayor) is a position, not Mr. ก…
_NAME = re.compile(r"(?:^|\s|\()(?:นาย(?!ก(?:เทศมนตรี|องค์การ|รัฐมนตรี|สมาคม|สภา))|นางสาว|นาง|ดร\.|ผศ\.|รศ\.|ศ\.|"
                   r"นพ\.|พญ\.|ทพ\.|ทญ\.|ภก\.|ภญ\.|"
                   r"ว่าที่\s?ร\.?\s?ต\.?|พล\.?\s?[ตอ]\.?\s?[ตอ]?\.?|"
                   r"พ\.?\s?ต\.?\s?[ตอท]\.?|ร\.?\s?ต\.?\s?[ตอท]\.?|mr\.|mrs\.|ms\.)\s*[ก-๙a-z]{2,}", re.I)
_VACANT = re.compile(r"ตำแหน่งว่าง|\(ว่าง\)|^ว่าง$")
_POSITION = re.compile(r"อธิบดี|ผู้อำนวยการ|เลขาธิการ|ปลัด|นายก|ผู้ว่าราชการ|ประธาน|หัวหน้า|ผู้บัญชาการ|"
                       r"ผู้บังคับการ|ผู้กำกับการ|สารวัตร|ผู้บังคับบัญชา|อธิการบดี|คณบดี|ผู้จัดการ|ผู้ช่วย|กรรมการ|"
                       r"ผู้บริหาร|ผู้ตรวจราชการ|สาธารณสุขอำเภอ|สาธารณสุขจังหวัด|ครูใหญ่|ผอ\.|"
                       r"director|deputy|chief|president|manager|superintendent", re.I)
# "รอง" opens a word ("รองผู้อำนวยการ"); inside one it is something else ("ศูนย์รับรอง").
_DEPUTY = re.compile(r"(?:(?<![ก-๙])|(?<=ตำแหน่ง))รอง|deputy", re.I)
_PHONE = re.compile(r"(?:โทร|tel|โทรศัพท์|มือถือ)|(?<!\d)0\d{1,2}[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|อีเมล|e-?mail", re.I)
_ADDRESS = re.compile(r"เลขที่|ถนน|ถ\.|ตำบล|ต\.|อำเภอ|อ\.|แขวง|เขต|หมู่ที่|ม\.\s?\d")
_POSTCODE = re.compile(r"(?<!\d)[1-9]\d{4}(?!\d)")
_FAX = re.compile(r"โทรสาร|แฟกซ์|fax", re.I)
_MAP = re.compile(r"google\.[a-z.]+/maps|maps\.google|goo\.gl/maps|maps\.app\.goo\.gl|openstreetmap|/maps?/|แผนที่",
                  re.I)
_CORRUPTION = re.compile(r"ทุจริต|ประพฤติมิชอบ|เบาะแส|corruption|whistle", re.I)
_FAQ = re.compile(r"คำถามที่พบบ่อย|faq", re.I)
_WEBBOARD = re.compile(r"กระทู้|ตอบกลับ|ความคิดเห็นที่|webboard|เว็บบอร์ด|ตั้งคำถาม|ถามตอบ|ถาม-ตอบ", re.I)
_NOT_DATING = re.compile(r"©|copyright|สงวนลิขสิทธิ์|อยู่ระหว่าง|รอการอนุมัติ|กำลังจัดทำ", re.I)
_CHAT_HOSTS = ("messenger.com", "m.me", "line.me", "lin.ee", "facebook.com", "fb.com")


@dataclass
class Content:
    """An evidence page or document (or a document linked from an evidence page)."""
    url: str
    kind: str                   # page | document
    label: str = ""             # the link text that led to it
    text: str = ""
    title: str = ""
    text_status: str = "ok"
    text_detail: str = ""
    last_modified: str = ""
    record: PageRecord = field(default_factory=lambda: PageRecord())
    child: bool = False         # a document linked from an evidence page

    @property
    def readable(self) -> bool:
        return self.text_status == "ok"

    body: str = ""              # the text without the site's template lines (menus, footer); "" = text

    @property
    def own(self) -> str:
        """Where the evidence itself says what it is and when: its title and first page.

        Lines that date nothing are left out: copyright footers, and notes that a newer
        version is still being prepared ("… พ.ศ. 2566–2570 อยู่ระหว่างการเสนอขอความเห็นชอบ").
        """
        lines = [line for line in (self.body or self.text)[:HEAD_AREA].splitlines() if not _NOT_DATING.search(line)]
        return " ".join([self.title, *lines])

    @property
    def context(self) -> str:
        """What points at it: the link's label and the URL (an upload folder's "/ita2566/")."""
        return " ".join([self.label, url_text(self.url)])

    @property
    def head(self) -> str:
        return f"{self.context} {self.own}"

    def fiscal_years(self, prefer_stated: bool) -> set[int]:
        """The fiscal years the evidence covers: as it states them itself, else as its label or URL does."""
        return fiscal_years_in(self.own, prefer_stated) or fiscal_years_in(self.context, prefer_stated)


# Notes on what an element check saw: (Thai, English).
Notes = list[tuple[str, str]]


@dataclass
class Outcome:
    findings: list = field(default_factory=list)
    not_assessed: bool = False


def _present(patterns, text: str) -> bool:
    """Any pattern in the text; a pattern written "^…" only where a line starts with it (a form's own
    title, not the memo sentence that mentions the form)."""
    s = squash(text)
    anywhere = [p for p in patterns if not p.startswith("^")]
    if any(p in s for p in anywhere):
        return True
    starts = tuple(p[1:] for p in patterns if p.startswith("^"))
    return bool(starts) and any(squash(line).startswith(starts) for line in text.splitlines())


# --- windows ---------------------------------------------------------------------------

def check_window(item: Item, contents: list[Content], fiscal_year: int, out: Outcome) -> None:
    """Evidence must be dated inside the item's window; nothing dated is its own finding."""
    if item.window == "current":
        return
    wanted = window_years(item.window, fiscal_year)
    seen: set[int] = set()
    for c in contents:
        years = c.fiscal_years(prefer_stated=item.dated_by == "period")
        if years & wanted:
            return
        seen |= years
    best = contents[0] if contents else None
    need = ", ".join(str(y) for y in sorted(wanted))
    if seen and best is not None:
        found = ", ".join(str(y) for y in sorted(seen)[-4:])
        out.findings.append(finding(
            "stale", best.url, best.label, (f"พบปีงบประมาณ {found}; ต้องเป็นปีงบประมาณ {need}",
                                            f"found fiscal year {found}; required {need}"), best.head[:200], item))
        return
    weak = _last_modified_fits(contents, wanted)
    out.findings.append(finding("undated", best.url if best else "", best.label if best else "",
                                (f"ต้องเป็นปีงบประมาณ {need}" + (_WEAK_TH if weak else ""),
                                 f"required fiscal year {need}" + (_WEAK_EN if weak else "")),
                                best.head[:200] if best else "", item, advisory=weak))


_WEAK_TH = "; วันที่แก้ไขไฟล์ (Last-Modified) อยู่ในปีที่กำหนด"
_WEAK_EN = "; its Last-Modified date is in the required year"


def _last_modified_fits(contents: list[Content], wanted: set[int]) -> bool:
    for c in contents:
        try:
            when = parsedate_to_datetime(c.last_modified)
        except (TypeError, ValueError, IndexError):
            continue
        if fiscal_year_of(when.year + 543, when.month) in wanted:
            return True
    return False


# --- rounds ----------------------------------------------------------------------------

def _rounds_covered(item: Item, c: Content, fiscal_year: int) -> set[tuple[int, int]]:
    """(fiscal year, quarter) rounds one piece of evidence reports on.

    A round named without a year takes the evidence's fiscal year (the assessed one when
    it states none); evidence that names no round counts as the first round of its year,
    so a later round is credited only to evidence that says which round it is.
    """
    head = c.head
    years = fiscal_years_in(head, prefer_stated=True)
    named = rounds_named(head, item.rounds)
    covered = {(year, quarter) for year, quarter in named if year is not None}
    for _, quarter in (r for r in named if r[0] is None):
        covered |= {(y, quarter) for y in (years or {fiscal_year})}
    if not named:
        covered |= {(y, item.rounds[0]) for y in years}
    return covered


def _round_name(fiscal_year: int, quarter: int) -> tuple[str, str]:
    return f"ไตรมาสที่ {quarter} ปีงบประมาณ {fiscal_year}", f"quarter {quarter} of FY{fiscal_year}"


def check_rounds(item: Item, contents: list[Content], fiscal_year: int, as_of: date, out: Outcome) -> None:
    """Evidence must cover the latest round due at ``as_of`` (or a later one); older years are stale."""
    due = latest_due_round(item.rounds, fiscal_year, as_of)
    if due is None:
        return
    covered: set[tuple[int, int]] = set()
    for c in contents:
        covered |= _rounds_covered(item, c, fiscal_year)
    if any(r >= due for r in covered):
        return
    best = contents[0]
    due_th, due_en = _round_name(*due)
    deadline = quarter_end(*due)
    if not covered:
        weak = _last_modified_fits(contents, {due[0]})
        out.findings.append(finding("undated", best.url, best.label,
                                    (f"ต้องมีรายงาน{due_th}" + (_WEAK_TH if weak else ""),
                                     f"required: the round for {due_en}" + (_WEAK_EN if weak else "")),
                                    best.head[:200], item, advisory=weak))
        return
    found_th = ", ".join(f"ไตรมาสที่ {q}/{y}" for y, q in sorted(covered)[-4:])
    found_en = ", ".join(f"Q{q} FY{y}" for y, q in sorted(covered)[-4:])
    code = "stale" if max(y for y, _ in covered) < due[0] else "missing_round"
    out.findings.append(finding(
        code, best.url, best.label,
        (f"พบ {found_th}; ต้องมีรายงาน{due_th} ซึ่งครบกำหนดเมื่อสิ้นไตรมาส ({thai_date(deadline)})",
         f"found {found_en}; required: the round for {due_en}, due when the quarter ended "
         f"({english_date(deadline)})"), best.head[:200], item))


# --- months ----------------------------------------------------------------------------

def covered_months(contents: list[Content]) -> set[tuple[int, int]]:
    """Months for which a live document (or an explicit "no procurement" line) is published.

    A quarterly compilation ("สขร.1 ไตรมาส 1 ปีงบประมาณ 2569", monthly rows inside) counts
    for the three months of its quarter.
    """
    months = set()
    for c in contents:
        if c.kind == "document":
            if not is_monthly_summary(c):
                continue    # a plan's schedule or an award's date is not a month summarised
            head = " ".join([c.label, url_text(c.url), c.title, c.text[:800]])
            named = months_mentioned(head)
            months |= named
            if named:
                continue    # a monthly file listed under a hub's quarter heading covers its own month
            # A quarterly compilation (monthly rows inside) covers the three months of its quarter.
            years = fiscal_years_in(head)
            for year, quarter in rounds_named(head):
                for fy in ({year} if year else years):
                    months |= set(quarter_months(fy, quarter))
        else:
            for line in (c.body or c.text).splitlines():
                if _NO_PROCUREMENT.search(norm(line)):
                    months |= months_mentioned(line)
    return months


_SUMMARY = re.compile(r"สขร|สรุปผล(?:การ)?(?:ดำเนินการ)?(?:จัดซื้อ|จัดหา)|รายงานผล(?:การ)?จัดซื้อจัดจ้าง(?:ประจำ)?เดือน|"
                      r"ไม่มีการจัดซื้อ")
# (Not "ราคากลาง" alone: it is a column of the สขร.1 form itself.)
_NOT_SUMMARY = re.compile(r"แผน(?:การ)?(?:จัดซื้อ|จัดหา)|ประกาศ(?:ผู้ชนะ|เชิญชวน|ราคากลาง|ประกวด)|ประกวดราคา|"
                          r"ร่างขอบเขต|tor\b", re.I)


def is_monthly_summary(c: Content) -> bool:
    """A monthly procurement summary (สขร.1): by its own first lines, else by its label and name.

    A plan's schedule or an award's date mention months too; what a document is shows first.
    """
    own = norm(c.own[:800])
    if _SUMMARY.search(own):
        return True
    return not _NOT_SUMMARY.search(own) and bool(_SUMMARY.search(norm(c.context)))


def check_monthly(item: Item, contents: list[Content], fiscal_year: int, as_of: date, out: Outcome) -> None:
    covered = covered_months(contents)
    best = contents[0] if contents else None
    url = best.url if best else ""
    missing = [m for m in first_half_months(fiscal_year) if m not in covered]
    if missing:
        out.findings.append(finding("missing_months", url, best.label if best else "",
                                    (f"{_months_th(missing)} (ต.ค.–มี.ค. ปีงบประมาณ {fiscal_year})",
                                     f"{_months_en(missing)} (October–March of fiscal year {fiscal_year})"),
                                    "", item))
    as_of_be = (as_of.year + 543, as_of.month)
    later = [m for m in fiscal_months_until(fiscal_year, as_of_be)
             if m not in covered and m not in missing and m not in first_half_months(fiscal_year)]
    if later:
        out.findings.append(finding("missing_months", url, best.label if best else "",
                                    (f"ข้อแนะนำ ไม่ใช่เกณฑ์ ITA: ยังไม่พบ {_months_th(later)}",
                                     f"advisory, not an ITA criterion: {_months_en(later)} not found"),
                                    "", item, advisory=True))


def _months_th(months) -> str:
    return ", ".join(month_label(m) for m in months)


def _months_en(months) -> str:
    return ", ".join(month_label_en(m) for m in months)


def check_six_months(item: Item, contents: list[Content], fiscal_year: int, out: Outcome) -> None:
    """A 6-month report must reach March: "รอบ 6 เดือน", "ไตรมาส 2", "31 มี.ค." or an Oct–Mar range."""
    wanted = set(first_half_months(fiscal_year))
    covered: set = set()
    for c in contents:
        head = norm(c.head)
        if _SIX_MONTHS.search(head):
            return
        covered |= months_mentioned(head)
        for q in _QUARTER.findall(head):
            start = fiscal_year - 1 if q == "1" else fiscal_year
            covered |= {(start, m) for m in {"1": (10, 11, 12), "2": (1, 2, 3), "3": (4, 5, 6), "4": (7, 8, 9)}[q]}
    if covered & wanted and not wanted <= covered:
        best, left = contents[0], sorted(wanted - covered)
        out.findings.append(finding("missing_months", best.url, best.label,
                                    (f"รายงานยังไม่ครอบคลุม {_months_th(left)}",
                                     f"the report does not cover {_months_en(left)}"), "", item))


# --- elements --------------------------------------------------------------------------

def check_element_patterns(item: Item, contents: list[Content], missing: set[str]) -> None:
    text = " ".join(c.text for c in contents if c.readable)
    for element in item.elements:
        if element.patterns and not _present(element.patterns, text):
            missing.add(element.id)


def check_executives(item: Item, contents: list[Content], missing: set[str], notes: Notes) -> None:
    """A person block per executive: name, position, photo and a contact channel."""
    people = []
    for c in contents:
        if c.kind == "page" and c.record:
            people.extend(_people(c.record))
        elif c.kind == "document":
            # A list published as a file: its lines are the blocks; a photo cannot be judged from text.
            lines = [line for line in c.text[:20_000].splitlines() if line.strip()]
            people.extend(dict(p, photo=True) for p in _people(
                PageRecord(blocks=[{"kind": "text", "text": line} for line in lines[:2000]], links=[])))
    if not people:
        notes.append(("ไม่พบรายชื่อผู้บริหารที่ระบุชื่อ-ตำแหน่งได้", "no executive blocks recognised"))
        missing.update(e.id for e in item.elements if e.id in ("name", "position"))
        return
    head = next((p for p in people if p["position"] and not _DEPUTY.search(p["position"])), None)
    if head is None:
        missing.add("head_of_agency")
    # The criteria name the head and the deputies ("รอง" + the head's title); division
    # directors listed further down are welcome but not required.
    found = _POSITION.search(head["position"]) if head else None
    title = found.group(0) if found else ""
    required = [p for p in people if p is head or p["vacant"]
                or (title and _DEPUTY.search(p["position"]) and title in p["position"])] or people
    for p in required:
        if p["vacant"]:
            continue
        lacks = [what for what, ok in (("position", p["position"]), ("photo", p["photo"]),
                                       ("contact", p["contact"])) if not ok]
        for what in lacks:
            missing.add(what)
        if lacks:
            th = {"position": "ตำแหน่ง", "photo": "รูปถ่าย", "contact": "ช่องทางติดต่อ"}
            who = f"{p['name']} ({p['position'] or '-'})"
            notes.append((f"{who}: ขาด " + ", ".join(th[w] for w in lacks),
                          f"\"{who}\" lacks " + ", ".join(lacks)))


def _person(name_text: str, texts: list[str], photo: bool) -> dict:
    found = _NAME.search(norm(name_text))
    return {
        "name": found.group(0).strip() if found else name_text[:40],
        "position": next((t for t in texts if _POSITION.search(t)), "")[:80],
        "photo": photo,
        "contact": any(_PHONE.search(t) or _EMAIL.search(t) for t in texts),
        "vacant": bool(_VACANT.search(norm(name_text))),
    }


def _people(record: PageRecord) -> list[dict]:
    """Person blocks of an executives page: a name, and near it a position, a photo, a contact.

    Card layouts put one person per table cell; list layouts put a photo, then lines of
    text, one person after another.
    """
    blocks, links = record.get("blocks", []), record.get("links", [])

    def text_of(b):
        if b["kind"] == "link":
            link = links[b["link"]]
            return " ".join([link.get("text", ""), link.get("raw", "")])
        return b.get("text", "")

    def is_name(text):
        t = norm(text)
        return len(text) < 200 and (_NAME.search(t) or _VACANT.search(t))

    people = []
    for b in blocks:
        if b["kind"] == "row":
            images = b.get("cell_images") or [0] * len(b["cells"])
            named = [(cell, count) for cell, count in zip(b["cells"], images)
                     if is_name(cell) or (_NAME.search(norm(cell)) and _POSITION.search(norm(cell)))]
            if len(named) == 1:
                # A row per person: name | position | telephone.
                people.append(_person(named[0][0], [norm(c) for c in b["cells"]], sum(images) > 0))
            else:
                # Cards: a person per cell.
                people.extend(_person(cell, [norm(cell)], count > 0) for cell, count in named)
    name_at = [i for i, b in enumerate(blocks) if b["kind"] in ("text", "heading") and is_name(text_of(b))]
    for n, i in enumerate(name_at):
        lo = max(name_at[n - 1] + 1 if n else 0, i - 4)
        hi = name_at[n + 1] if n + 1 < len(name_at) else min(len(blocks), i + 8)
        window = blocks[lo:hi]
        # The lines after a name describe that person; those before it only when nothing after does
        # (a page heading such as "ทำเนียบผู้บริหาร" above the first name is no position).
        after, before = blocks[i:hi], blocks[lo:i]
        people.append(_person(text_of(blocks[i]), [norm(text_of(b)) for b in after + before[::-1]],
                              any(b["kind"] == "image" for b in window)))
    return people


def check_contact(item: Item, contents: list[Content], missing: set[str], notes: Notes) -> None:
    pages = [c for c in contents if c.readable]
    text = " ".join(norm(c.text) for c in pages)
    hrefs = " ".join(" ".join([*(link.get("href", "") for link in c.record.get("links", [])),
                               *c.record.get("iframes", []),
                               *(i.get("alt", "") for i in c.record.get("images", []))]) for c in pages)
    checks = {
        "address": bool(_ADDRESS.search(text) and _POSTCODE.search(text)),
        "telephone": bool(_PHONE.search(text)) or "tel:" in hrefs,
        "fax": bool(_FAX.search(text)),
        "email": bool(_EMAIL.search(text)) or "mailto:" in hrefs,
        "map": bool(_MAP.search(hrefs) or "แผนที่" in text),
    }
    for element in item.elements:
        if element.id in checks and not checks[element.id]:
            missing.add(element.id)


_FORM_HOSTS = re.compile(r"^https?://(?:docs\.google\.com/forms|forms\.gle|forms\.office\.com|"
                         r"(?:[\w-]+\.)?jotform\.com|(?:[\w-]+\.)?typeform\.com)", re.I)


def embedded_forms(contents: list[Content]) -> list[str]:
    """Forms of another host shown in a frame on an evidence page: online, but not on the main site."""
    return [src for c in contents if c.kind == "page" for src in c.record.get("iframes", []) if _FORM_HOSTS.match(src)]


def check_corruption_channel(item: Item, contents: list[Content], missing: set[str], notes: Notes) -> None:
    """Online, and separate: the channel itself is about corruption, not general complaints."""
    online, separate = bool(embedded_forms(contents)), False
    for c in contents:
        if c.kind != "page":
            continue
        rec = c.record
        # The page's own title and headings, not the hub label that pointed at it: a general
        # complaint form linked under "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต" is still general.
        heading = " ".join([c.title, *(h for _, h in rec.get("headings", [])[:4])])
        if _CORRUPTION.search(heading):
            separate = True
        forms = rec.get("forms", [])
        if any(f["fields"] >= 2 or f["textarea"] for f in forms) or c.record.get("placement") == "external":
            online = True
    if not online:
        missing.add("online")
        notes.append(("ไม่พบแบบฟอร์มหรือระบบรับแจ้งออนไลน์", "no online form or system"))
    if not separate:
        missing.add("separate_channel")
        notes.append(("ช่องทางไม่ได้แยกเฉพาะเรื่องทุจริต", "not separate from general complaints"))


def check_two_way_qa(item: Item, contents: list[Content], missing: set[str], notes: Notes) -> None:
    """Q&A must let people ask and the agency answer; an FAQ list alone is one-way."""
    for c in contents:
        rec = c.record
        if any(f["textarea"] for f in rec.get("forms", [])):
            return
        if any(host in c.url for host in _CHAT_HOSTS):
            return
        if any(host in (link.get("href") or "") for link in rec.get("links", []) for host in _CHAT_HOSTS) \
                and not _FAQ.search(c.title):
            return
        if _WEBBOARD.search(" ".join([c.title, c.text[:2000]])) and not _FAQ.search(c.title):
            return
    missing.add("ask_and_answer")
    notes.append(("ไม่พบช่องทางถาม-ตอบสองทาง (FAQ อย่างเดียวไม่นับ)", "no two-way channel; an FAQ alone is one-way"))


CHECKERS = {
    "executives": check_executives,
    "contact": check_contact,
    "corruption_channel": check_corruption_channel,
    "two_way_qa": check_two_way_qa,
}


def check_item(item: Item, contents: list[Content], fiscal_year: int, as_of: date) -> Outcome:
    """Every content check of one item over its evidence; findings carry the item's remediation."""
    out = Outcome()
    readable = [c for c in contents if c.readable]
    unreadable = [c for c in contents if not c.readable and c.kind == "document"]
    needs_content = item.window != "current" or bool(item.checks) or any(e.patterns for e in item.elements)
    for c in unreadable:
        out.findings.append(finding("unreadable_document", c.url, c.label,
                                    (unreadable_reason_th(c.text_status), c.text_detail), c.label, item,
                                    advisory=bool(readable) or not needs_content))
    if not readable:
        out.not_assessed = bool(unreadable) and needs_content
        return out
    if item.window == "rounds":
        check_rounds(item, readable, fiscal_year, as_of, out)
    else:
        check_window(item, readable, fiscal_year, out)
    stale = any(f["code"] == "stale" for f in out.findings)
    if "monthly_summary" in item.checks:
        if not stale:   # another year's summaries are stale, not months missing from this year
            check_monthly(item, readable, fiscal_year, as_of, out)
    elif item.window == "first_half":
        check_six_months(item, readable, fiscal_year, out)
    missing: set[str] = set()
    notes: Notes = []
    check_element_patterns(item, readable, missing)
    for name in item.checks:
        if name in CHECKERS:
            CHECKERS[name](item, readable, missing, notes)
    channel = {"corruption_channel", "two_way_qa"} & set(item.checks)
    framed = embedded_forms(readable) if channel and not item.external_ok else []
    if framed and not any(f["fields"] >= 2 or f["textarea"] for c in readable for f in c.record.get("forms", [])):
        # Framing a Google Form shows it on the page; the channel itself still lives off the main site.
        out.findings.append(finding("off_site", framed[0], readable[0].label, snippet=readable[0].url, item=item))
    if missing:
        lacking = [e for e in item.elements if e.id in missing]
        ids = [e.id for e in lacking]
        detail_th = "; ".join(e.th[:60] for e in lacking)
        detail_en = "; ".join(e.en[:60] for e in lacking)
        if notes:
            detail_th += " — " + " | ".join(th for th, _ in notes[:6])
            detail_en += " — " + " | ".join(en for _, en in notes[:6])
        best = readable[0]
        f = finding("missing_elements", best.url, best.label, (detail_th, detail_en),
                    " | ".join(th for th, _ in notes[:3]), item)
        f["elements"] = ids
        out.findings.append(f)
    return out
