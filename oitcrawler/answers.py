"""Check an agency's planned ITAS answer sheet URL by URL (``oitcrawler verify``).

The sheet is what people keep in Excel: an item column (``O1``, ``o๑``, ``ข้อ 1``), one
or more URL columns, maybe an explanation; in Thai, with blank cells and stray spaces.
Our own itas.csv / itas.xlsx read back as well. Each URL is judged on what the crawl
saw: does it answer 2xx, is it on the main website, can an assessor reach it by
clicking from the home page, does its content look like the item, and does it meet the
item's time window and elements.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .assess import content_of
from .checklist import Checklist
from .checks import check_item
from .match import Matcher, document_title
from .options import OptionError, check_url
from .records import read_records
from .schema import PageRecord
from .site import Site
from .thai import norm
from .urls import canonical
from .verify import FetchIndex, click_path_to, describe

MAX_ROWS = 500
_URL = re.compile(r"https?://[^\s\"'<>]+", re.I)
# Where an address written without its scheme may stand: a run of characters that are no
# space, quote or bracket ("www.agency.go.th/page", "agency.go.th/ita/").
_TOKEN = re.compile(r"[^\s\"'<>()\[\]]+")
_ITEM = re.compile(r"^\s*(?:ข้อ\s*|item\s*)?([a-z]*)\s*(\d{1,2})\b", re.I)
_ITEM_HEADERS = ("ข้อ", "item", "id", "รหัส", "ตัวชี้วัด", "o")
_EXPLAIN_HEADERS = ("คำอธิบาย", "explanation", "หมายเหตุ", "note")
MATCH_THRESHOLD = 0.6


class AnswerError(ValueError):
    """A sheet that cannot be read; the message says why."""


@dataclass
class Answer:
    row: int
    item_id: str
    urls: list[str]
    explanation: str = ""


@dataclass
class Verdict:
    row: int
    item_id: str
    url: str
    verdict: str                     # ok | warn | fail
    reasons: list[str] = field(default_factory=list)
    http_status: int | None = None
    placement: str = ""
    click_path: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"row": self.row, "item": self.item_id, "url": self.url, "verdict": self.verdict,
                "reasons": self.reasons, "http_status": self.http_status, "placement": self.placement,
                "click_path": self.click_path}


def _rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
            raise AnswerError(f"{path}: not a readable .xlsx workbook ({exc.__class__.__name__})") from None
        sheet = book.worksheets[0]
        rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
        return rows[: MAX_ROWS + 1]
    if suffix in (".csv", ".txt"):
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "cp874"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise AnswerError(f"{path}: not UTF-8 or TIS-620 text")
        return list(csv.reader(io.StringIO(text)))[: MAX_ROWS + 1]
    raise AnswerError(f"{path}: use a .csv or .xlsx answer sheet")


def item_id_of(cell: str, checklist: Checklist) -> str | None:
    m = _ITEM.match(norm(cell or "").strip())
    # "O5", "5", or the list's own prefix ("MOIT 5"); another scheme's code is not this list's item.
    if not m or m.group(1).lower() not in ("", "o", checklist.code_prefix.strip().lower()):
        return None
    by_code = {i.code: i.id for i in checklist.items}
    return by_code.get(int(m.group(2)))


def urls_in(cell: str, scheme: str = "http") -> list[str]:
    """The URLs a cell holds; one written without a scheme gets ``scheme`` (the site's).

    Without a scheme, a www. host or a host with a path is an address ("www.agency.go.th",
    "agency.go.th/ita/"); "plan 2566.pdf" and an e-mail address are not.
    """
    found = [u.strip().rstrip(".,;)") for u in _URL.findall(cell or "")]
    for token in _TOKEN.findall(_URL.sub(" ", cell or "")):
        token = token.rstrip(".,;")
        if "@" in token or not (token.lower().startswith("www.") or "/" in token):
            continue
        try:
            found.append(check_url(f"{scheme}://{token}"))
        except OptionError:
            continue
    return found


def read_answers(path: Path, checklist: Checklist, scheme: str = "http") -> list[Answer]:
    """The sheet's rows that name an item; ``scheme`` is given to URLs written without one.

    A sheet with no item column or no URL at all is an AnswerError: nothing to crawl for.
    """
    path = Path(path)
    if not path.is_file():
        raise AnswerError(f"{path}: no such file")
    rows = _rows(path)
    header_at, item_col, explain_col = -1, None, None
    for i, row in enumerate(rows[:10]):
        cells = [norm(c).strip().lower() for c in row]
        for j, c in enumerate(cells):
            if item_col is None and c and any(c == h or c.startswith(h + " ") for h in _ITEM_HEADERS):
                item_col, header_at = j, i
            if any(h in c for h in _EXPLAIN_HEADERS):
                explain_col = j
        if item_col is not None:
            break
    if item_col is None:
        # No header: the first column that holds item codes is the item column.
        item_col = next((j for j in range(max(map(len, rows), default=0))
                         if any(item_id_of(r[j] if j < len(r) else "", checklist) for r in rows)), None)
        if item_col is None:
            raise AnswerError(f"{path}: no column of item numbers (O1, ข้อ 1, …) found")
    answers = []
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if item_col >= len(row):
            continue
        item_id = item_id_of(row[item_col], checklist)
        if item_id is None:
            continue
        urls = []
        for j, cell in enumerate(row):
            if j in (item_col, explain_col):
                continue
            for url in urls_in(cell, scheme):
                if url not in urls:
                    urls.append(url)
        explanation = row[explain_col].strip() if explain_col is not None and explain_col < len(row) else ""
        answers.append(Answer(number, item_id, urls, explanation))
    if not answers:
        raise AnswerError(f"{path}: no rows with an item number (O1, ข้อ 1, …)")
    if not any(a.urls for a in answers):
        raise AnswerError(f"{path}: no URL in any row (a column of https://… or www.… addresses)")
    return answers


def answer_urls(answers: list[Answer]) -> list[str]:
    return list(dict.fromkeys(u for a in answers for u in a.urls))


def verify_answers(answers: list[Answer], records_path: Path, checklist: Checklist, site: Site,
                   fiscal_year: int, as_of: date, soft404: str = "") -> list[Verdict]:
    """One verdict per (row, URL) from the crawl records; no network.

    ``soft404`` is the crawl's fingerprint of the site's "not found" page, so a URL the
    report calls broken is broken here too.
    """
    matcher = Matcher(checklist)
    scope = site.scope
    index = FetchIndex(soft404)
    records: dict[str, PageRecord] = {}
    pages: dict[str, dict] = {}
    linked_from: dict[str, tuple[str, str]] = {}      # target → (page key, link text)
    wanted = {canonical(u) for u in answer_urls(answers)}
    home = site.home_urls
    for record in read_records(records_path):
        index.add(record)
        key = canonical(record["url"])
        if key in wanted or canonical(record.get("final_url") or record["url"]) in wanted:
            records.setdefault(key, record)
            records.setdefault(canonical(record.get("final_url") or record["url"]), record)
        if record["kind"] != "page" or record.get("typed") or not record.get("status"):
            continue
        pages[key] = {"url": record["url"], "title": record.get("title", ""), "referrer": record.get("referrer"),
                      "via": record.get("via", "")}
        for link in record.get("links", []):
            target = canonical((link.get("href") or "").split("#")[0])
            if target in wanted and target not in linked_from:
                linked_from[target] = (key, link.get("text") or link.get("label") or "")
    verdicts = []
    for answer in answers:
        item = checklist.item(answer.item_id)
        if not answer.urls:
            verdicts.append(Verdict(answer.row, item.id, "", "fail", ["no URL in this row"]))
            continue
        for url in answer.urls:
            verdicts.append(_judge(answer, item, url, index, records, pages, linked_from, home, scope,
                                   matcher, fiscal_year, as_of))
    return verdicts


def _judge(answer, item, url, index, records, pages, linked_from, home, scope, matcher,
           fiscal_year, as_of) -> Verdict:
    v = Verdict(answer.row, item.id, url, "ok")
    fetch = index.get(url)
    v.http_status = fetch.status if fetch else None
    if fetch is None or fetch.status is None or not 200 <= fetch.status < 300:
        v.verdict = "fail"
        v.reasons.append(f"does not open ({describe(fetch)})")
        return v
    v.placement = scope.placement(fetch.final_url)
    if v.placement == "external" and not item.external_ok:
        v.verdict = "fail"
        v.reasons.append("not on the agency's main website")
    key = canonical(url)
    if key.rstrip("/") in {canonical(h).rstrip("/") for h in home}:
        v.verdict = "fail"
        v.reasons.append("the home page, not the item's data")
        return v
    if key in linked_from:
        page_key, text = linked_from[key]
        v.click_path = [*click_path_to(pages, page_key), text.strip()] if page_key in pages else [text.strip()]
    elif key in pages:
        v.click_path = click_path_to(pages, key)
    elif v.placement != "external":
        _warn(v, "reachable only by typing the URL: no link to it was found from the home page")
    record = records.get(key)
    if record is None or record["kind"] not in ("page", "document"):
        _warn(v, "content not fetched, so not checked")
        return v
    content = content_of(record, (linked_from.get(key) or ("", ""))[1], frozenset(), placement=v.placement)
    parts = [*matcher.title_parts(content.title), content.label,
             *(h for _, h in record.get("headings", [])[:5])]
    if record["kind"] == "document":
        parts.append(document_title(record.get("text", "")))
    parts = [p for p in parts if p and p.strip()]
    score = max((matcher.score_for(p, item.id) for p in parts), default=0.0)
    best = max((b for p in parts for b in matcher.best(p)[:1]), key=lambda b: b[1], default=None)
    if score < MATCH_THRESHOLD:
        other = f"; it looks like {best[0].upper()}" if best and best[0] != item.id and best[1] >= 0.8 else ""
        _warn(v, f"its title and headings do not name this item{other}")
    outcome = check_item(item, [content], fiscal_year, as_of)
    for f in outcome.findings:
        if f["advisory"]:
            continue
        if f["code"] in ("stale",):
            v.verdict = "fail"
            v.reasons.append(f["message_en"])
        else:
            _warn(v, f["message_en"])
    return v


def _warn(v: Verdict, reason: str) -> None:
    v.reasons.append(reason)
    if v.verdict == "ok":
        v.verdict = "warn"


def verdict_rows(verdicts: list[Verdict]) -> list[list]:
    rows: list[list] = [["row", "item", "url", "verdict", "http_status", "placement", "click_path", "reasons"]]
    for v in verdicts:
        rows.append([v.row, v.item_id.upper(), v.url, v.verdict, v.http_status or "", v.placement,
                     " > ".join(["หน้าแรก", *v.click_path]) if v.click_path else "", "; ".join(v.reasons)])
    return rows
