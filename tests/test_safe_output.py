"""Crawled content is untrusted: reports escape it, spreadsheets neutralise it, writes are atomic.

A site whose titles, anchor texts, URLs and file names carry script and attribute-injection
payloads is crawled for real; its report.html is then opened in headless Chromium, where
no payload may run.
"""
from __future__ import annotations

import csv
import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from oitcrawler.checklist import ChecklistError, load_checklist
from oitcrawler.render import CHROMIUM_ARGS, chromium_path
from oitcrawler.report import write_reports
from oitcrawler.testing.fixtureserver import FixtureServer

PAYLOAD = "\"'><script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
HOST = "www.xss-demo.go.th"


def _world(root):
    site = root / HOST
    (site / "ita").mkdir(parents=True)
    (site / "files").mkdir()
    (root / "_expected.yaml").write_text(f"start: http://{HOST}/\nchecklist: ita-2566\nas_of: 2023-05-15\n",
                                         encoding="utf-8")
    (site / "index.html").write_text(textwrap.dedent(f"""\
        <!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
        <title>หน้าแรก | กรมทดสอบ{PAYLOAD}</title></head><body>
        <nav><a href="/">หน้าแรก</a> <a href="/ita/">ITA 2566 การเปิดเผยข้อมูลสาธารณะ</a></nav>
        <p>=HYPERLINK("http://evil.example/","คลิก") ข่าวประชาสัมพันธ์</p></body></html>"""), encoding="utf-8")
    (site / "ita" / "index.html").write_text(textwrap.dedent(f"""\
        <!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ITA 2566 {PAYLOAD}</title></head>
        <body><h1>การเปิดเผยข้อมูลสาธารณะ ITA 2566</h1><table>
        <tr><td>O1</td><td>โครงสร้าง</td><td><a href="javascript:window.__pwned=3">โครงสร้างหน่วยงาน{PAYLOAD}</a></td></tr>
        <tr><td>O5</td><td>ข้อมูลการติดต่อ</td><td><a href="data:text/html,<script>alert(1)</script>">ข้อมูลการติดต่อ</a></td></tr>
        <tr><td>O19</td><td>แผนการจัดซื้อจัดจ้าง</td>
            <td><a href='/files/plan"onmouseover="window.__pwned=4".pdf'>=cmd|'/c calc'!A1 แผนการจัดซื้อจัดจ้าง 2566</a></td></tr>
        <tr><td>O7</td><td>ข่าวประชาสัมพันธ์</td><td><a href="/ita/?q=%22%3E%3Cscript%3Ewindow.__pwned=5%3C/script%3E">+ข่าวประชาสัมพันธ์ @SUM(1)</a></td></tr>
        </table></body></html>"""), encoding="utf-8")
    (site / "files" / 'plan"onmouseover="window.__pwned=4".pdf.txt').write_text(
        "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566\nลำดับ 1 จัดซื้อวัสดุสำนักงาน วงเงิน 50,000 บาท\n",
        encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    root = _world(tmp_path_factory.mktemp("xss-world"))
    out = tmp_path_factory.mktemp("xss-report")
    with FixtureServer(root, tmp_path_factory.mktemp("xss-build") / "site") as server:
        code, output = server.crawl(f"http://{HOST}/", out)
    assert (out / "report.html").exists(), output[-2000:]
    return out


def test_report_html_runs_no_payload_in_chromium(hostile_report):
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    assert executable, "Chromium is installed by .ci/run (Debian package chromium)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto((hostile_report / "report.html").as_uri())
        page.hover("body")
        for link in page.query_selector_all("a")[:200]:
            link.hover()
        pwned = page.evaluate("window.__pwned")
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        handlers = page.eval_on_selector_all("*", "els => els.filter(e => [...e.attributes].some("
                                                  "a => a.name.startsWith('on'))).length")
        scripts = page.eval_on_selector_all("script", "els => els.map(e => e.textContent)")
        text = page.inner_text("body")
        browser.close()
    assert pwned is None and not dialogs
    assert not any(h.lower().startswith(("javascript:", "data:")) for h in hrefs), hrefs
    assert handlers == 0
    assert not any("__pwned" in s for s in scripts)
    assert "<script>window.__pwned=1</script>" in text, "the payload is shown as text, escaped"


def test_spreadsheet_cells_cannot_start_formulas(hostile_report):
    for name in ("report.csv", "itas.csv"):
        with open(hostile_report / name, encoding="utf-8-sig", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@")), (name, cell)


def test_yaml_is_loaded_safely(tmp_path):
    evil = tmp_path / "evil.yaml"
    evil.write_text("id: x\nitems: !!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    with pytest.raises(ChecklistError):
        load_checklist(str(evil))
    assert not (tmp_path / "pwned").exists()


WRITER = """
import json, sys
from pathlib import Path
from oitcrawler.finish import record_history
from oitcrawler.report import write_reports
report = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
out, db = Path(sys.argv[2]), sys.argv[3]
print("ready", flush=True)
n = int(sys.argv[4])
while True:
    n += 1
    report["items"][0]["title"] = f"run {n}"
    report["changes"] = {}
    extra = {"crawl.json": json.dumps({"run": n}).encode("utf-8")}
    record_history(db, report, out, lambda: write_reports(report, out, extra))
"""


def _shown_run(out) -> int:
    """The run whose report the folder shows; every file of the set must agree on it."""
    from openpyxl import load_workbook

    runs = {"json": json.loads((out / "report.json").read_text(encoding="utf-8"))["items"][0]["title"],
            "crawl": f"run {json.loads((out / 'crawl.json').read_text(encoding='utf-8'))['run']}",
            "xlsx": load_workbook(out / "itas.xlsx").active["B2"].value}
    for name, title in (("report.csv", "title_th"), ("itas.csv", "ชื่อข้อ")):
        with open(out / name, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        runs[name] = rows[1][rows[0].index(title)]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>") and runs["json"] in html
    assert len(set(runs.values())) == 1, f"files of two runs side by side: {runs}"
    return int(runs["json"].split()[1])


def test_killed_writer_never_leaves_a_mixed_report_nor_a_run_without_one(hostile_report, tmp_path):
    """SIGKILL a process recording and publishing runs, many times: the folder always shows one
    whole report set, and the history never holds a run whose report is not in place."""
    out, db = tmp_path / "reports", tmp_path / "history.sqlite"
    report = json.loads((hostile_report / "report.json").read_text(encoding="utf-8"))
    write_reports(report, out, {"crawl.json": b'{"run": 0}'})
    report["items"][0]["title"] = "run 0"
    write_reports(report, out, {"crawl.json": b'{"run": 0}'})
    shown = 0
    for attempt in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(hostile_report / "report.json"), str(out),
                                 str(db), str(shown)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.05 + 0.037 * attempt)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        shown = _shown_run(out)
        with sqlite3.connect(db) as conn:
            recorded = conn.execute("SELECT count(*) FROM runs").fetchone()[0]
            last = conn.execute("SELECT title FROM items WHERE rank = 0 ORDER BY run_id DESC LIMIT 1").fetchone()
        last_run = int(last[0].split()[1]) if last else 0
        assert last_run in (shown, shown - 1), f"history holds run {last_run}, the folder shows run {shown}"
        assert recorded <= shown
