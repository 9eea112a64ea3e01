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
import secrets
import time
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .changes import summary_lines
from .checklist import item_code
from .outdir import publish, write_file
from .schema import ItemResult, Report
from .vocabulary import SITE_STATUS_TH, STATUS_TH

ITAS_MAX_URLS = 5
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
    return item_code(item["code"], report["checklist"].get("code_prefix", "O"))


def score_text(score: dict) -> str:
    """"84.44 (A)", "84.44" (no confirmed grades) or "-" (no estimated score), for one-line summaries."""
    if not score or score.get("oit") is None:
        return "-"
    return f"{score['oit']:.2f}" + (f" ({score['grade']})" if score.get("grade") else "")


def itas_explanation(item: ItemResult, site_name: str) -> str:
    """Thai text for ITAS's คำอธิบายเพิ่มเติม: where on the main website the data sits."""
    accepted = [e for e in item["evidence"] if e["accepted"]]
    if not accepted:
        return "ไม่พบข้อมูลบนเว็บไซต์หลักของหน่วยงาน"
    best = accepted[0]
    site = site_name or "เว็บไซต์หลักของหน่วยงาน"
    path = " > ".join(["หน้าแรก", *best["click_path"]])
    label = best["label"].replace("›", ">")
    text = (f"ข้อมูลเผยแพร่บนเว็บไซต์หลัก ({site}) เข้าถึงได้จาก {path} "
            f"ในหัวข้อ \"{label}\"")
    if len(accepted) > 1:
        text += f" และเอกสารประกอบอีก {min(len(accepted), ITAS_MAX_URLS) - 1} รายการ"
    return text


def itas_rows(report: Report) -> list[list]:
    rows = [["ข้อ", "ชื่อข้อ", "มี/ไม่มี", *(f"URL {i}" for i in range(1, ITAS_MAX_URLS + 1)),
             "คำอธิบายเพิ่มเติม"]]
    for item in report["items"]:
        urls = [e["url"] for e in item["evidence"] if e["accepted"]][:ITAS_MAX_URLS]
        has = "มี" if item["status"] == "pass" else "ไม่มี"
        rows.append([display_code(report, item), item["title"], has,
                     *(urls + [""] * (ITAS_MAX_URLS - len(urls))),
                     itas_explanation(item, report.get("site_name", ""))])
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
    rows: list[list] = [["item", "title_th", "title_en", "sub_indicator", "status", "status_th", "confidence",
             "evidence_1", "evidence_2", "evidence_3", "found_on", "findings", "findings_th",
             "remediation_th", "provisional"]]
    for item in report["items"]:
        ev = [e["url"] for e in item["evidence"]][:3]
        rows.append([
            item["id"], item["title"], item["title_en"], item["sub_indicator"], item["status"],
            STATUS_TH[item["status"]], item["confidence"], *(ev + [""] * (3 - len(ev))),
            item["evidence"][0]["found_on"] if item["evidence"] else "",
            "; ".join(sorted({f["code"] for f in item["findings"]})),
            " | ".join(f["message_th"] for f in item["findings"]),
            item["remediation_th"] if item["status"] != "pass" else "",
            "yes" if item.get("provisional") or report["checklist"].get("provisional") else "",
        ])
    return rows


def html_environment() -> Environment:
    env = Environment(loader=PackageLoader("oitcrawler", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_href"] = safe_href
    env.globals["item_code"] = item_code
    return env


def safe_href(url: str) -> str:
    """Only http(s) URLs become links; ``javascript:`` and ``data:`` never do."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else ""


def render_html(report: Report) -> str:
    return html_environment().get_template("report.html.j2").render(
        r=report, status_th=STATUS_TH, site_status_th=SITE_STATUS_TH)


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
    s = report["score"]
    if s.get("oit") is None:
        score = f"no estimated score / ไม่ประมาณคะแนน — {s['passed']}/{s['items']} items pass; {s['note_en']}"
    else:
        score = f"estimated OIT score: {score_text(s)} — {s['passed']}/{s['items']} items pass"
        if s["range"][1] != s["oit"]:
            score += f"; up to {s['range'][1]:.2f} if the unassessed items pass"
    lines = [
        f"{report['site']} — {report['checklist']['id']} ปีงบประมาณ {report['fiscal_year']}",
        f"status: {report['status']} ({SITE_STATUS_TH[report['status']]}); pages {report['pages_crawled']}, "
        f"documents {report['documents_fetched']}, links checked {report['links_checked']}",
        score,
    ]
    trouble = report.get("site_problem")
    if trouble:
        lines += [f"  {trouble['message_th']}", f"  {trouble['message_en']}"]
    for extra in report.get("site_findings") or []:
        lines.append(f"  warning: {extra['message_en']}")
    if report.get("bounded"):
        lines.append("crawler traps bounded: " + "; ".join(
            f"{b['reason']} {b['pattern']} ({b['refused']} URLs)" for b in report["bounded"][:3]))
    if report["checklist"].get("selected"):
        lines.append(report["checklist"]["selected"])
    if report["checklist"].get("provisional"):
        lines.append(f"checklist {report['checklist']['id']} is provisional: its items are not yet confirmed "
                     "by the official manual")
    hub_years = report.get("hub_years") or {}
    if hub_years.get("present"):
        assessed = hub_years.get("assessed")
        lines.append(f"ITA hub sections by year: {', '.join(map(str, hub_years['present']))}; "
                     + (f"assessed the {assessed} section" if assessed
                        else f"none for {report['fiscal_year']}, so the hub gave no evidence"))
    counts: dict[str, int] = {}
    for item in report["items"]:
        counts[item["status"]] = counts.get(item["status"], 0) + 1
    lines.append("items: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    changes = report.get("changes") or {}
    if changes.get("error"):
        lines.append(f"history: {changes['error']}")
    elif changes.get("previous_run"):
        lines += ["changes since the previous run:", *("  " + line for line in summary_lines(changes))]
    failing = [i for i in report["items"] if i["status"] != "pass"]
    for item in failing[:12]:
        codes = ", ".join(sorted({f["code"] for f in item["findings"]}))
        lines.append(f"  {display_code(report, item):>7} {item['status']:<12} {item['title'][:50]}  [{codes}]")
    if len(failing) > 12:
        lines.append(f"  … {len(failing) - 12} more in the report")
    return "\n".join(lines)
