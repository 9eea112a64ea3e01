"""Write the report files: report.json, report.csv, report.html, itas.csv, itas.xlsx.

The files are put on show together as one report set (``outdir.publish``), so a crawl
killed while writing never leaves a half-written report, nor files of two runs side by
side; other files are written to a temporary name and renamed into place.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .assess import ITAS_MAX_URLS, distinct_evidence, itas_candidates
from .changes import summary_lines
from .checklist import display_code as code_of
from .checklist import item_code
from .dates import human_date
from .outdir import publish, write_file
from .schema import Evidence, ItemResult, Report
from .vocabulary import SITE_STATUS_TH, STATUS_TH, text

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; the file gets the umask's permissions."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        write_file(tmp, data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def safe_cell(value) -> str:
    """Neutralise spreadsheet formulas in text that came from a crawled site."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(rows: list[list], bom: bool = True) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    # UTF-8 with BOM: Excel opens Thai correctly only with it.
    return buf.getvalue().encode("utf-8-sig" if bom else "utf-8")


def display_code(report: Report, item: ItemResult) -> str:
    """The item's code as the list writes it ("O21", "MOIT 5")."""
    return code_of(dict(item), report["checklist"].get("code_prefix", "O"))


def score_text(score: dict) -> str:
    """"84.44 (A)", "84.44" (no confirmed grades) or "-" (no estimated score), for one-line summaries."""
    if not score or score.get("oit") is None:
        return "-"
    return f"{score['oit']:.2f}" + (f" ({score['grade']})" if score.get("grade") else "")


def itas_listing(item: ItemResult) -> tuple[str, list[Evidence]]:
    """(the page that lists the item's files or "", the evidence) an ITAS row gives, at most five URLs."""
    usable = itas_candidates(item)
    page = item.get("itas_page", "")
    return page, usable[:ITAS_MAX_URLS - 1 if page else ITAS_MAX_URLS]


def itas_explanation(item: ItemResult, site_name: str, page: str, listed: list[Evidence]) -> str:
    """Thai text for ITAS's คำอธิบายเพิ่มเติม: where the data sits, or what is missing."""
    if not listed:
        return what_is_missing(item)
    best = listed[0]
    fields = {"site": site_name or "เว็บไซต์หลักของหน่วยงาน",
              "path": " > ".join(["หน้าแรก", *best["click_path"]]),
              "label": best["label"].replace("›", ">"), "host": urlsplit(best["final_url"] or best["url"]).netloc,
              "count": str(len(itas_candidates(item))), "section": best["label"].split("›")[0].strip()}
    if page:
        return text("itas.listing_page", **fields)[0]
    explanation = text("itas.on_main_site" if best["placement"] == "main" else "itas.linked_from_main_site",
                       **fields)[0]
    if len(listed) > 1:
        explanation += text("itas.more_files", count=str(len(listed) - 1))[0]
    return explanation


def what_is_missing(item: ItemResult) -> str:
    """Thai: why an item is not มี, from its findings; never that its data is published."""
    reasons = list(dict.fromkeys(f["message_th"] for f in item["findings"] if not f["advisory"]))
    return " / ".join(reasons[:3]) or text("itas.not_found")[0]


def itas_rows(report: Report) -> list[list]:
    rows = [["ข้อ", "ชื่อข้อ", "มี/ไม่มี", *(f"URL {i}" for i in range(1, ITAS_MAX_URLS + 1)),
             "คำอธิบายเพิ่มเติม"]]
    for item in report["items"]:
        page, listed = itas_listing(item)
        urls = ([page] if page else []) + [e["url"] for e in listed]
        rows.append([display_code(report, item), item["title"], "มี" if listed else "ไม่มี",
                     *(urls + [""] * (ITAS_MAX_URLS - len(urls))),
                     itas_explanation(item, report.get("site_name", ""), page, listed)])
    return rows


# TH Sarabun New is the Thai government's standard document font; Excel falls back to
# another Thai font where it is not installed.
ITAS_FONT = "TH Sarabun New"


def itas_xlsx_bytes(report: Report) -> bytes:
    """itas.csv as a workbook people copy from into ITAS: wrapped text, frozen header, Thai font."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    rows = itas_rows(report)
    book = Workbook()
    sheet = book.active
    sheet.title = f"ITAS {report['fiscal_year']}"
    for row in rows:
        sheet.append([safe_cell(c) for c in row])
    body, head = Font(name=ITAS_FONT, size=14), Font(name=ITAS_FONT, size=14, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(sheet.iter_rows(), start=1):
        for cell in row:
            cell.font = head if r == 1 else body
            cell.alignment = wrap
    for cell in sheet[1]:
        cell.fill = PatternFill("solid", fgColor="DDE7F3")
    widths = [7, 40, 9] + [45] * ITAS_MAX_URLS + [70]
    for i, width in enumerate(widths):
        sheet.column_dimensions[sheet.cell(row=1, column=i + 1).column_letter].width = width
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = sheet.dimensions
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def csv_rows(report: Report) -> list[list]:
    rows: list[list] = [["item", "id", "title_th", "title_en", "sub_indicator", "status_th", "status", "confidence",
                         "evidence_1", "evidence_2", "evidence_3", "found_on", "findings", "findings_th",
                         "findings_en", "remediation_th", "remediation_en", "provisional"]]
    for item in report["items"]:
        ev = [e["url"] for e in distinct_evidence(item["evidence"])][:3]
        failing = item["status"] != "pass"
        rows.append([
            display_code(report, item), item["id"], item["title"], item["title_en"], item["sub_indicator"],
            STATUS_TH[item["status"]], item["status"], item["confidence"], *(ev + [""] * (3 - len(ev))),
            item["evidence"][0]["found_on"] if item["evidence"] else "",
            "; ".join(sorted({f["code"] for f in item["findings"]})),
            " | ".join(f["message_th"] for f in item["findings"]),
            " | ".join(f["message_en"] for f in item["findings"]),
            item["remediation_th"] if failing else "", item["remediation_en"] if failing else "",
            "yes" if item.get("provisional") or report["checklist"].get("provisional") else "",
        ])
    return rows


# Which items to fix first where no score says: what is not there, then what is wrong, then
# what could not be seen.
_SEVERITY = {"missing": 0, "incomplete": 1, "not_assessed": 2}


@dataclass
class Fix:
    """One item to fix: what is wrong, what to do, where to look."""
    item: ItemResult
    code: str
    cost: float | None               # points of the estimated OIT score it loses; None without a score
    finding_th: str
    finding_en: str
    action_th: str
    action_en: str
    links: list[str]


def fix_first(report: Report) -> list[Fix]:
    """Every item that does not pass, the costliest first, with what to do about it.

    The cost is the points of the estimated OIT score the item loses (its weight in the
    NACC roll-up); a list without an estimated score is ordered by status, then code.
    """
    weights = (report.get("score") or {}).get("weights") or {}
    entries = []
    for item in report["items"]:
        if item["status"] == "pass":
            continue
        blocking = [f for f in item["findings"] if not f["advisory"]] or item["findings"]
        main = blocking[0] if blocking else None
        links = [f["url"] for f in blocking if safe_href(f["url"])]
        links += [e["url"] for e in distinct_evidence(item["evidence"]) if safe_href(e["url"])]
        # A URL the finding names is a link in it already.
        links = [u for u in links if not main or u not in main["message_th"]]
        entries.append(Fix(
            item=item, code=display_code(report, item), cost=weights.get(item["id"]),
            finding_th=main["message_th"] if main else STATUS_TH[item["status"]],
            finding_en=main["message_en"] if main else item["status"],
            action_th=(main["remediation_th"] if main else "") or item["remediation_th"],
            action_en=(main["remediation_en"] if main else "") or item["remediation_en"],
            links=list(dict.fromkeys(links))[:4]))
    entries.sort(key=lambda e: (-(e.cost or 0.0), _SEVERITY[e.item["status"]], e.item["code"]))
    return entries


def linkify(message: str) -> Markup:
    """A message with its http(s) URLs as links, everything else escaped."""
    out, last = [], 0
    for m in _LINKABLE.finditer(message or ""):
        url = m.group(0).rstrip(".,;:)]")
        out += [escape(message[last:m.start()]),
                Markup('<a href="{0}" rel="noopener noreferrer">{0}</a>').format(url)]
        last = m.start() + len(url)
    out.append(escape((message or "")[last:]))
    return Markup("").join(out)


_LINKABLE = re.compile(r"https?://[^\s<>\"']+", re.I)


def html_environment() -> Environment:
    env = Environment(loader=PackageLoader("oitcrawler", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_href"] = safe_href
    env.filters["linkify"] = linkify
    env.filters["thai_date"] = lambda value, with_time=True: human_date(value, with_time)[0]
    env.globals["item_code"] = item_code
    return env


def safe_href(url: str) -> str:
    """Only http(s) URLs become links; ``javascript:`` and ``data:`` never do."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else ""


def render_html(report: Report) -> str:
    return html_environment().get_template("report.html.j2").render(
        r=report, status_th=STATUS_TH, site_status_th=SITE_STATUS_TH, fix=fix_first(report),
        code_of=lambda item: display_code(report, item), distinct=distinct_evidence,
        unassessed=report["status"] in ("unreachable", "blocked"))


REPORT_FILES = {"json": "report.json", "csv": "report.csv", "html": "report.html", "itas": "itas.csv",
                "itas_xlsx": "itas.xlsx"}


def write_reports(report: Report, out_dir: Path, extra: dict[str, bytes | Path] | None = None) -> dict[str, Path]:
    """Put the report files, with ``extra`` files of the same run (crawl.json, records.jsonl), on
    show in ``out_dir`` as one set; returns where each report file can be opened."""
    started = time.perf_counter()
    data = {
        "csv": csv_bytes(csv_rows(report)),
        "itas": csv_bytes(itas_rows(report)),
        "itas_xlsx": itas_xlsx_bytes(report),
        "html": render_html(report).encode("utf-8"),
    }
    if "timings" in report:
        # Made last, the JSON can say how long the other four took.
        report["timings"]["report"] = round(time.perf_counter() - started, 3)
    data["json"] = json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8")
    publish(out_dir, {**{REPORT_FILES[key]: value for key, value in data.items()}, **(extra or {})})
    return {key: Path(out_dir) / name for key, name in REPORT_FILES.items()}


def terminal_summary(report: Report) -> str:
    """What the terminal shows after a crawl: Thai first, the English beside it."""
    status = report["status"]
    lines = [f"{report['site']} — {report['checklist']['id']} "
             + " / ".join(text("terminal.fiscal_year", year=str(report["fiscal_year"]),
                               date=human_date(report["as_of"], with_time=False)))]
    trouble = report.get("site_problem")
    if status in ("unreachable", "blocked"):
        # Nothing was assessed: no score, and no counts of pages never fetched.
        lines += [" / ".join(text("terminal.status_only", status=(SITE_STATUS_TH[status], status)))]
        if trouble:
            lines += [text("terminal.unassessed", reason=trouble["message_th"])[0],
                      text("terminal.unassessed", reason=trouble["message_en"])[1]]
        return "\n".join(lines)
    lines.append(" / ".join(text("terminal.status", status=(SITE_STATUS_TH[status], status),
                                 pages=str(report["pages_crawled"]), documents=str(report["documents_fetched"]),
                                 links=str(report["links_checked"]))))
    lines += _score_lines(report["score"])
    if trouble:
        lines += [f"  {trouble['message_th']}", f"  {trouble['message_en']}"]
    for extra in report.get("site_findings") or []:
        lines.append("  " + " / ".join(text("terminal.warning", message=(extra["message_th"], extra["message_en"]))))
    if report.get("bounded"):
        traps = "; ".join(f"{b['reason']} {b['pattern']} ({b['refused']} URLs)" for b in report["bounded"][:3])
        lines.append(" / ".join(text("terminal.bounded", traps=traps)))
    if report.get("skipped"):
        lines.append(" / ".join(text("terminal.skipped")))
        lines += [f"  {s['pattern']} ({s['count']}): {s['message_th']} / {s['message_en']}"
                  for s in report["skipped"][:3]]
    if report["checklist"].get("selected"):
        lines.append(report["checklist"]["selected"])
    if report["checklist"].get("provisional"):
        lines.append(" / ".join(text("terminal.provisional", checklist=report["checklist"]["id"])))
    hub_years = report.get("hub_years") or {}
    if hub_years.get("present"):
        present = ", ".join(map(str, hub_years["present"]))
        assessed = hub_years.get("assessed")
        key = "terminal.hub_years" if assessed else "terminal.hub_years_none"
        lines.append(" / ".join(text(key, present=present, year=str(assessed or report["fiscal_year"]))))
    counts: dict[str, int] = {}
    for item in report["items"]:
        counts[item["status"]] = counts.get(item["status"], 0) + 1
    ordered = [k for k in ("pass", "incomplete", "missing", "not_assessed") if k in counts]
    lines.append(" / ".join(text("terminal.items", counts=(" · ".join(f"{STATUS_TH[k]} {counts[k]}" for k in ordered),
                                                          ", ".join(f"{k} {counts[k]}" for k in ordered)))))
    changes = report.get("changes") or {}
    if changes.get("error_th"):
        lines.append(f"{changes['error_th']} / {changes['error_en']}")
    elif changes.get("previous_run"):
        lines += [" / ".join(text("terminal.changes")), *("  " + line for line in summary_lines(changes))]
    failing = fix_first(report)
    if failing:
        lines.append(" / ".join(text("terminal.fix_first")))
    for entry in failing[:12]:
        item = entry.item
        codes = ", ".join(sorted({f["code"] for f in item["findings"]}))
        cost = f"-{entry.cost:.2f}" if entry.cost is not None else ""
        lines.append(f"  {entry.code:>7} {cost:>6} {STATUS_TH[item['status']]} ({item['status']})  "
                     f"{item['title'][:45]}  [{codes}]")
    if len(failing) > 12:
        lines.append("  " + " / ".join(text("terminal.more", count=str(len(failing) - 12))))
    return "\n".join(lines)


def _score_lines(s: dict) -> list[str]:
    if s.get("oit") is None:
        return [text("terminal.no_score", passed=str(s["passed"]), items=str(s["items"]))[0],
                text("terminal.no_score", passed=str(s["passed"]), items=str(s["items"]))[1] + f"; {s['note_en']}"]
    th, en = text("terminal.score", score=score_text(s), passed=str(s["passed"]), items=str(s["items"]))
    if s["range"][1] != s["oit"]:
        best = text("terminal.best_case", best=f"{s['range'][1]:.2f}")
        th, en = th + best[0], en + best[1]
    return [th, en]
