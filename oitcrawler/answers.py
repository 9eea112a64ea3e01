"""Check an agency's planned ITAS answer sheet (``oitcrawler verify``).

The sheet is what people keep in Excel: an item column (``O1``, ``o๑``, ``ข้อ 1``), maybe
a มี/ไม่มี column, one or more URL columns, maybe an explanation; in Thai, with blank
cells and stray spaces. Our own itas.csv / itas.xlsx read back as well. Each row's item is
judged as a whole (its answer; the months and elements all its URLs show together), then
each URL on what the crawl saw: does it answer 2xx, is it on the main website, can an
assessor reach it by clicking from the home page, does its content name the item, and do
its dates meet the item's window.
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .assess import TemplateCounter, contents_of, load_groups
from .checklist import Checklist, Item
from .checks import Content, check_item
from .match import Matcher
from .options import OptionError, check_url
from .records import read_records
from .site import Site
from .thai import norm, pad, squash
from .urls import canonical
from .verify import FetchIndex, click_path_to, describe
from .vocabulary import VERDICT_TH, text

MAX_ROWS = 500
_URL = re.compile(r"https?://[^\s\"'<>]+", re.I)
# Where an address written without its scheme may stand: a run of characters that are no
# space, quote or bracket ("www.agency.go.th/page", "agency.go.th/ita/").
_TOKEN = re.compile(r"[^\s\"'<>()\[\]]+")
_ITEM = re.compile(r"^\s*(?:ข้อ\s*|item\s*)?([a-z]*)\s*(\d{1,2})\b", re.I)
_ITEM_HEADERS = ("ข้อ", "item", "id", "รหัส", "ตัวชี้วัด", "o")
_EXPLAIN_HEADERS = ("คำอธิบาย", "explanation", "หมายเหตุ", "note")
_ANSWER_HEADERS = ("มี/ไม่มี", "มีหรือไม่มี", "has")
_HAS = {"มี": True, "ไม่มี": False}
MATCH_THRESHOLD = 0.6


class AnswerError(ValueError):
    """A sheet that cannot be read; the message says why."""


@dataclass
class Answer:
    row: int
    item_id: str
    urls: list[str]
    explanation: str = ""
    has: bool | None = None          # the มี/ไม่มี column: None where the sheet has none


@dataclass
class Verdict:
    """One judgement: of an answer row's item as a whole (``url`` empty) or of one of its URLs."""
    row: int
    item_id: str
    code: str                        # the item's code as the list writes it ("O4", "MOIT 5")
    url: str
    verdict: str                     # ok | warn | fail
    reasons: list[tuple[str, str]] = field(default_factory=list)    # (Thai, English)
    http_status: int | None = None
    placement: str = ""
    click_path: list[str] = field(default_factory=list)

    @property
    def scope(self) -> str:
        return "url" if self.url else "item"

    def as_dict(self) -> dict:
        return {"row": self.row, "item": self.item_id, "code": self.code, "scope": self.scope, "url": self.url,
                "verdict": self.verdict, "verdict_th": VERDICT_TH[self.verdict],
                "reasons_th": [th for th, _ in self.reasons], "reasons_en": [en for _, en in self.reasons],
                "http_status": self.http_status, "placement": self.placement, "click_path": self.click_path}

    def add(self, reason: tuple[str, str], verdict: str = "warn") -> None:
        """Give a reason; the verdict becomes the worse of the two."""
        self.reasons.append(reason)
        if _RANK[verdict] > _RANK[self.verdict]:
            self.verdict = verdict


_RANK = {"ok": 0, "warn": 1, "fail": 2}


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
    header_at, item_col, explain_col, answer_col = -1, None, None, None
    for i, row in enumerate(rows[:10]):
        cells = [norm(c).strip().lower() for c in row]
        for j, c in enumerate(cells):
            if item_col is None and c and any(c == h or c.startswith(h + " ") for h in _ITEM_HEADERS):
                item_col, header_at = j, i
            if any(h in c for h in _EXPLAIN_HEADERS):
                explain_col = j
            if c.replace(" ", "") in _ANSWER_HEADERS:
                answer_col = j
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
        has = _HAS.get(squash(row[answer_col])) if answer_col is not None and answer_col < len(row) else None
        answers.append(Answer(number, item_id, urls, explanation, has))
    if not answers:
        raise AnswerError(f"{path}: no rows with an item number (O1, ข้อ 1, …)")
    if not any(a.urls for a in answers):
        raise AnswerError(f"{path}: no URL in any row (a column of https://… or www.… addresses)")
    return answers


def answer_urls(answers: list[Answer]) -> list[str]:
    return list(dict.fromkeys(u for a in answers for u in a.urls))


def verify_answers(answers: list[Answer], records_path: Path, checklist: Checklist, site: Site,
                   fiscal_year: int, as_of: date, soft404: str = "") -> list[Verdict]:
    """For each answer row, a verdict on its item as a whole and then one per URL; no network.

    A URL is judged on its own: it opens, is on the main website, is reached by clicking from
    the home page, names the item, and its dates meet the item's window. The item is judged
    on all its URLs together, as an assessor reads the row: the months covered across all
    the files, the elements found across them. ``soft404`` is the crawl's fingerprint of the
    site's "not found" page, so a URL the report calls broken is broken here too.
    """
    matcher = Matcher(checklist)
    scope = site.scope
    index = FetchIndex(soft404)
    pages: dict[str, dict] = {}
    linked_from: dict[str, tuple[str, str]] = {}      # target → (page key, link text)
    wanted = {canonical(u) for u in answer_urls(answers)}
    kinds: dict[str, str] = {}
    template = TemplateCounter()
    for record in read_records(records_path):
        index.add(record)
        key = canonical(record["url"])
        if key in wanted:
            kinds.setdefault(key, record["kind"])
        if record["kind"] != "page" or record.get("typed") or not record.get("status"):
            continue
        template.add(record)     # the site's template is left out of every page, as the report does
        pages[key] = {"url": record["url"], "title": record.get("title", ""), "referrer": record.get("referrer"),
                      "via": record.get("via", "")}
        for link in record.get("links", []):
            target = canonical((link.get("href") or "").split("#")[0])
            if target in wanted and target not in linked_from:
                label = " ".join(x for x in (link.get("label", ""), link.get("text", "")) if x)
                linked_from[target] = (key, label)
    usable: dict[str, list[tuple[Any, str, str]]] = defaultdict(list)
    judged: list[tuple[Answer, Verdict, list[Verdict]]] = []
    for answer in answers:
        item = checklist.item(answer.item_id)
        per_url = []
        for url in answer.urls:
            v = _judge_link(answer, item, url, index, pages, linked_from, site.home_urls, scope)
            per_url.append(v)
            if v.verdict != "fail" and kinds.get(canonical(url)) in ("page", "document"):
                usable[canonical(url)].append((answer.row, (linked_from.get(canonical(url)) or ("", ""))[1],
                                               v.placement))
        judged.append((answer, Verdict(answer.row, item.id, item.display, "", "ok"), per_url))
    groups = load_groups(records_path, usable, scope, template.template())
    verdicts: list[Verdict] = []
    for answer, whole, per_url in judged:
        item = checklist.item(answer.item_id)
        contents = contents_of(groups, answer.row)
        row_in_window = bool(contents) and not any(
            f["code"] == "stale" for f in check_item(item, contents, fiscal_year, as_of).findings)
        for v in per_url:
            group = groups.get((answer.row, canonical(v.url)))
            if group is None:
                if v.verdict != "fail":
                    v.add(text("verify.not_fetched"))
                continue
            _judge_content(v, item, group, matcher, checklist, fiscal_year, as_of, row_in_window)
        _judge_item(whole, answer, item, per_url, contents, fiscal_year, as_of)
        verdicts += [whole, *per_url]
    return verdicts


def _judge_link(answer: Answer, item: Item, url: str, index: FetchIndex, pages: dict, linked_from: dict,
                home: frozenset[str], scope) -> Verdict:
    """Does the URL open, on the main website, reached by clicking from the home page?"""
    v = Verdict(answer.row, item.id, item.display, url, "ok")
    fetch = index.get(url)
    v.http_status = fetch.status if fetch else None
    if fetch is None or fetch.status is None or not 200 <= fetch.status < 300:
        v.add(text("verify.does_not_open", why=describe(fetch)), "fail")
        return v
    v.placement = scope.placement(fetch.final_url)
    if v.placement == "external" and not item.external_ok:
        v.add(text("verify.off_site"), "fail")
    key = canonical(url)
    if key.rstrip("/") in {canonical(h).rstrip("/") for h in home}:
        v.add(text("verify.home_page"), "fail")
        return v
    if key in linked_from:
        page_key, label = linked_from[key]
        v.click_path = [*click_path_to(pages, page_key), label.strip()] if page_key in pages else [label.strip()]
    elif key in pages:
        v.click_path = click_path_to(pages, key)
    elif v.placement != "external":
        v.add(text("verify.typed_only"))
    return v


def _judge_content(v: Verdict, item: Item, group: list[Content], matcher: Matcher, checklist: Checklist,
                   fiscal_year: int, as_of: date, row_in_window: bool) -> None:
    """Does the URL's content name the item, and do its dates meet the item's window?

    Months and elements are not asked of one URL: an item's files cover them together. An
    old file in a row whose other files meet the window (the code of ethics beside this
    year's plan) is a warning, not a failure.
    """
    content = group[0]
    headings = [h for _, h in content.record.get("headings", [])[:5]]
    parts = [p for p in (*matcher.title_parts(content.title), content.label, *headings) if p and p.strip()]
    score = max((matcher.score_for(p, item.id) for p in parts), default=0.0)
    best = max((b for p in parts for b in matcher.best(p)[:1]), key=lambda b: b[1], default=None)
    if score < MATCH_THRESHOLD:
        other = ("", "")
        if best and best[0] != item.id and best[1] >= 0.8:
            other = text("verify.looks_like", code=checklist.item(best[0]).display)
        v.add(text("verify.title_mismatch", other=other))
    outcome = check_item(item, group, fiscal_year, as_of)
    for f in outcome.findings:
        if not f["advisory"] and f["code"] in _PER_URL:
            v.add((f["message_th"], f["message_en"]), "fail" if f["code"] == "stale" and not row_in_window else "warn")


# What one URL is judged on by the content checks; the rest is judged of the item as a whole.
_PER_URL = ("stale", "undated", "missing_round", "unreadable_document")


def _judge_item(v: Verdict, answer: Answer, item: Item, per_url: list[Verdict], contents: list[Content],
                fiscal_year: int, as_of: date) -> None:
    """The row as an assessor reads it: its answer, and what all its URLs show together."""
    outcome = check_item(item, contents, fiscal_year, as_of) if contents else None
    meets = outcome is not None and not outcome.not_assessed and not any(
        not f["advisory"] for f in outcome.findings)
    if answer.has is False:
        if not answer.urls:
            v.add(text("verify.answered_none"))
        else:
            v.add(text("verify.none_with_urls"))
            if meets and any(u.verdict == "ok" for u in per_url):
                v.add(text("verify.none_but_meets"))
        return
    if not answer.urls:
        v.add(text("verify.no_url"), "fail")
        return
    if all(u.verdict == "fail" for u in per_url):
        v.add(text("verify.no_usable_url"), "fail")
        return
    if outcome is None:
        v.add(text("verify.content_unchecked"))
        return
    if outcome.not_assessed:
        v.add(text("verify.unreadable"))
    for f in outcome.findings:
        if not f["advisory"]:
            v.add((f["message_th"], f["message_en"]), "warn" if f["code"] in _ITEM_WARN else "fail")


# Item-level findings that leave the answer open rather than wrong: an assessor may still
# accept an undated page, or read a document we could not.
_ITEM_WARN = ("undated", "unreadable_document")


def verdict_rows(verdicts: list[Verdict]) -> list[list]:
    rows: list[list] = [["row", "item", "scope", "url", "verdict", "ผล", "http_status", "placement", "click_path",
                         "เหตุผล", "reasons"]]
    for v in verdicts:
        rows.append([v.row, v.code, v.scope, v.url, v.verdict, VERDICT_TH[v.verdict], v.http_status or "",
                     v.placement, " > ".join(["หน้าแรก", *v.click_path]) if v.click_path else "",
                     "; ".join(th for th, _ in v.reasons), "; ".join(en for _, en in v.reasons)])
    return rows


def verify_summary(verdicts: list[Verdict]) -> str:
    """The terminal's account: each row's item verdict, then its URLs, each reason in Thai then English."""
    lines = []
    for v in verdicts:
        where = v.url[:90] if v.url else text("verify.whole_item")[0]
        lines.append(f"{v.row:>4} {pad(v.code, 8)} {pad(VERDICT_TH[v.verdict], 7)} {v.verdict:<4}  {where}")
        lines += [f"{'':>14}- {th} / {en}" for th, en in v.reasons]
    items = [v for v in verdicts if not v.url]
    urls = [v for v in verdicts if v.url]
    lines += text("verify.summary", items=str(len(items)), urls=str(len(urls)),
                  counts=_counts(items), url_counts=_counts(urls))
    return "\n".join(lines)


def _counts(verdicts: list[Verdict]) -> tuple[str, str]:
    counts = {k: sum(1 for v in verdicts if v.verdict == k) for k in _RANK}
    return (" · ".join(f"{VERDICT_TH[k]} {n}" for k, n in counts.items()),
            ", ".join(f"{k} {n}" for k, n in counts.items()))
