import csv
import io
import json
import os
import stat

import pytest

from oitcrawler.checklist import load_checklist
from oitcrawler.outdir import SETS
from oitcrawler.report import csv_rows, render_html, safe_cell, write_atomic, write_reports
from oitcrawler.score import estimate


def test_opdc_2564_worked_example():
    """OPDC lost only the corruption-complaint channel (2565 layout, o30): 9 = 96.00, OIT = 98."""
    c = load_checklist("ita-2565")
    statuses = {i.id: "pass" for i in c.items}
    statuses["o30"] = "missing"
    s = estimate(c, statuses)
    assert s["sub_indicators"]["9.5"] == 80.0
    assert s["indicators"]["9"] == 96.0 and s["indicators"]["10"] == 100.0
    assert s["oit"] == 98.0 and s["grade"] == "AA"


def test_not_assessed_gives_a_range():
    c = load_checklist("ita-2566")
    statuses = {i.id: "pass" for i in c.items}
    statuses["o1"] = "not_assessed"
    s = estimate(c, statuses)
    assert s["range"][0] < s["range"][1] == 100.0


def _report(label="<script>alert(1)</script>", url="javascript:alert(1)"):
    c = load_checklist("ita-2566")
    items = []
    for i in c.items:
        items.append({"id": i.id, "code": i.code, "title": i.title_th, "title_en": i.title_en,
                      "indicator": i.indicator, "sub_indicator": i.sub_indicator, "window": i.window,
                      "remediation_th": i.remediation_th, "remediation_en": i.remediation_en,
                      "provisional": False, "status": "pass", "confidence": 0.9, "review": False,
                      "evidence": [{"url": url, "final_url": url, "found_on": "http://a.go.th/",
                                    "label": label, "confidence": 0.9, "http_status": 200,
                                    "accepted": True, "year_fit": "fits", "click_path": ["=cmd|' /C calc'!A0"],
                                    "placement": "main", "source": ["hub"]}],
                      "findings": [{"code": "off_site", "message_th": label, "message_en": label,
                                    "url": url, "advisory": False}]})
    return {"site": "http://a.go.th/", "site_name": '"><img src=x onerror=alert(1)>', "checklist": c.summary(),
            "fiscal_year": 2566, "as_of": "2023-05-15", "status": "completed", "status_detail": "",
            "pages_crawled": 1, "documents_fetched": 0, "links_checked": 0, "generated_at": "now",
            "tool": {"version": "t"}, "score": estimate(c, {i["id"]: "pass" for i in items}), "items": items}


def test_html_escapes_crawled_strings_and_refuses_script_urls():
    html = render_html(_report())
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert "<img src=x" not in html
    # The report's one script (filtering and sorting the table) carries no crawled text.
    assert html.lower().count("<script") == 1 and "alert(1)" not in html.split("<script>")[1]
    assert "43/43" in html and "built-in method" not in html


def test_csv_has_bom_and_neutralised_formulas(tmp_path):
    files = write_reports(_report(label="=HYPERLINK(\"http://evil\")", url="http://a.go.th/x.pdf"), tmp_path)
    raw = files["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[1][:3] == ["O1", "o1", "โครงสร้าง"]
    assert all(not cell.startswith("=") for row in rows for cell in row)
    itas = list(csv.reader(io.StringIO(files["itas"].read_bytes().decode("utf-8-sig"))))
    assert itas[0][:3] == ["ข้อ", "ชื่อข้อ", "มี/ไม่มี"] and itas[1][2] == "มี"
    assert json.loads(files["json"].read_text(encoding="utf-8"))["items"][0]["id"] == "o1"
    write_reports(_report(), tmp_path)
    assert not [p for p in tmp_path.rglob("*") if ".tmp" in p.name], "no temporary files left behind"
    assert len(list((tmp_path / SETS).iterdir())) == 1, "only the report set on show is kept"


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_report_files_follow_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        files = write_reports(_report(), tmp_path / "out", {"crawl.json": b"{}"})
        write_atomic(tmp_path / "summary.csv", b"x")
    finally:
        os.umask(old)
    for path in [*files.values(), tmp_path / "out" / "crawl.json", tmp_path / "summary.csv"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path


@pytest.mark.parametrize("value,expected", [("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"),
                                            ("-2", "'-2"), ("ข้อมูล", "ข้อมูล"), (None, "")])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_csv_rows_one_per_item():
    assert len(csv_rows(_report())) == 44


def test_itas_workbook_matches_the_csv_and_is_formatted(tmp_path):
    from openpyxl import load_workbook

    files = write_reports(_report(label="=HYPERLINK(\"http://evil\")", url="http://a.go.th/x.pdf"), tmp_path)
    sheet = load_workbook(files["itas_xlsx"]).active
    rows = [[c.value or "" for c in row] for row in sheet.iter_rows()]
    itas = list(csv.reader(io.StringIO(files["itas"].read_bytes().decode("utf-8-sig"))))
    assert rows == itas
    assert sheet.freeze_panes == "D2"
    assert sheet["B2"].alignment.wrap_text and sheet["B2"].font.name == "TH Sarabun New"
    assert sheet["A1"].font.bold and sheet.column_dimensions["I"].width >= 60
