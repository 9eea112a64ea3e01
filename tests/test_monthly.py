"""Monthly use over real loopback HTTP: history and diff, resume, cache, archive, answer sheets, cron."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import assert_one_language
from croniter import croniter

from oitcrawler.testing.fixtureserver import FixtureServer

DEMO = Path(__file__).resolve().parent.parent / "oitcrawler" / "demo_site"
HOST = "www.demo-agency.go.th"
START = f"http://{HOST}/"


def _cli(server, *args, timeout=600, check=None, no_proxy=""):
    env = dict(os.environ, http_proxy=server.proxy_url, https_proxy=server.proxy_url)
    for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(name, None)
    if no_proxy:
        env["no_proxy"] = no_proxy
    proc = subprocess.run([sys.executable, "-m", "oitcrawler", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)
    if check is not None:
        assert proc.returncode == check, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc


def _crawl(server, out, *extra, check=0):
    return _cli(server, "crawl", START, "--out", str(out), "--quiet", "--checklist", "ita-2566",
                "--as-of", "2023-05-15", *extra, check=check)


@pytest.fixture()
def site(tmp_path):
    """A private copy of the demo world, so a test can change it between crawls."""
    world = tmp_path / "world"
    shutil.copytree(DEMO, world)
    return world


def _serve(world, tmp_path, name="site"):
    return FixtureServer(world, tmp_path / name)


def test_second_run_reports_exactly_what_changed(site, tmp_path):
    db = tmp_path / "history.sqlite"
    with _serve(site, tmp_path) as server:
        _crawl(server, tmp_path / "run1", "--db", str(db))
    hub = site / HOST / "ita" / "2566" / "index.html"
    html = hub.read_text(encoding="utf-8")
    # o43 removed from the hub and the site; o35's PDF deleted (its link now 404); o36's PDF replaced.
    html = html.replace('<p><a href="/files/ita2566/O43/ita-measures-progress-2566.docx">– รายงานผลการดำเนินการ'
                        'เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a></p>', "")
    hub.write_text(html, encoding="utf-8")
    (site / HOST / "files/ita2566/O43/ita-measures-progress-2566.docx.txt").unlink()
    (site / HOST / "files/ita2566/O35/risk-actions-2566.pdf.txt").unlink()
    plan = site / HOST / "files/ita2566/O36/anticorruption-plan-2566.pdf.txt"
    plan.write_text(plan.read_text(encoding="utf-8") + "\nฉบับปรับปรุง ครั้งที่ ๒\n", encoding="utf-8")
    with _serve(site, tmp_path, "site2") as server:
        second = _crawl(server, tmp_path / "run2", "--db", str(db), "--fail-on-regression", check=5)
    report = json.loads((tmp_path / "run2" / "report.json").read_text(encoding="utf-8"))
    changes = report["changes"]
    assert changes["previous_run"] == 1 and changes["run_id"] == 2
    regressions = {(r["item"], r["kind"]) for r in changes["regressions"]}
    # o35's broken link is the cause of its status change, listed once with it.
    assert regressions == {("o43", "status_down"), ("o35", "status_down"), ("o36", "content_changed")}
    o35 = next(r for r in changes["regressions"] if r["item"] == "o35")
    assert "risk-actions-2566.pdf" in o35["detail_en"] and o35["code"] == "O35"
    assert changes["improvements"] == []
    assert "regression" in second.stdout and "แย่ลง 3 รายการ" in second.stdout and "O35" in second.stdout
    html_report = (tmp_path / "run2" / "report.html").read_text(encoding="utf-8")
    assert "Changes since the previous run" in html_report and "o36".upper() in html_report

    history = _cli(server, "history", HOST, "--db", str(db), check=0).stdout
    assert history.count(HOST) == 2
    diff = json.loads(_cli(server, "diff", "--site", START, "--db", str(db), "--json", check=0).stdout)
    assert {(r["item"], r["kind"]) for r in diff["regressions"]} == regressions
    _cli(server, "diff", "1", "2", "--db", str(db), "--fail-on-regression", check=5)


class _Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):
        self.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_webhook_receives_the_changes(tmp_path):
    hook = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    try:
        with _serve(DEMO, tmp_path) as server:
            url = f"http://127.0.0.1:{hook.server_address[1]}/oit"
            # The receiver is not one of the world's hosts: no_proxy keeps it away from the proxy.
            _cli(server, "crawl", START, "--out", str(tmp_path / "r"), "--quiet", "--checklist", "ita-2566",
                 "--as-of", "2023-05-15", "--db", str(tmp_path / "h.sqlite"), "--notify-webhook", url,
                 check=0, no_proxy="127.0.0.1")
    finally:
        hook.shutdown()
    assert len(_Hook.received) == 1
    payload = _Hook.received[0]
    assert payload["site"] == START and payload["changes"]["note_en"] == "first recorded run of this site"
    assert payload["summary_th"] == "การตรวจครั้งแรกของเว็บไซต์นี้" and payload["summary_en"] == payload["changes"]["note_en"]


def _items(report):
    return [(i["id"], i["status"], [e["url"] for e in i["evidence"]][:3]) for i in report["items"]]


def test_resume_without_an_interrupted_crawl_is_a_clear_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "oitcrawler", "crawl", "http://nothing-here.go.th/", "--resume"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2 and "no interrupted crawl" in proc.stderr and "Traceback" not in proc.stderr


def test_cache_replays_without_asking_the_site(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)   # the cache lives under ./output/
    with _serve(DEMO, tmp_path) as server:
        _crawl(server, tmp_path / "a", "--no-history", "--cache")
        first = server.world.hits
        _crawl(server, tmp_path / "b", "--no-history", "--cache")
        assert server.world.hits == first, "the second run is served from the cache"
    a = json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b" / "report.json").read_text(encoding="utf-8"))
    assert _items(a) == _items(b)


def test_archive_keeps_every_evidence_response(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    with _serve(DEMO, tmp_path) as server:
        _crawl(server, tmp_path / "r", "--no-history", "--archive")
    report = json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))
    with open(tmp_path / "r" / "evidence.warc.gz", "rb") as fh:
        stored = {r.rec_headers.get_header("WARC-Target-URI"): r.content_stream().read()
                  for r in ArchiveIterator(fh) if r.rec_type == "response"}
    on_site = {e["final_url"]: e for i in report["items"] for e in i["evidence"]
               if e["placement"] != "external" and e["kind"] in ("page", "document")}
    assert on_site and set(on_site) <= set(stored)
    import hashlib
    for url, e in on_site.items():
        if e["kind"] == "document":
            assert hashlib.sha256(stored[url]).hexdigest() == e["sha256"]
    assert not (tmp_path / "r" / ".responses.warc.gz").exists()


def test_verify_answer_sheet(tmp_path):
    sheet = tmp_path / "answers.csv"
    months = [f"{START}files/ita2566/O21/skr1-{m}.pdf" for m in ("2565-10", "2565-11", "2565-12", "2566-01",
                                                                 "2566-03")]
    rows = [
        ["ข้อ", "ชื่อข้อ", "มี/ไม่มี", "URL 1", "URL 2", "URL 3", "URL 4", "URL 5", "คำอธิบาย"],
        [" O1 ", "โครงสร้าง", "มี", f" {START}about/structure/ ", "", "", "", "", "แผนผังโครงสร้าง"],  # stray spaces
        ["o๒๖", "", "มี", f"{START}files/ita2566/O26/missing.pdf", "", "", "", "", ""],        # dead
        ["ข้อ 17", "", "มี", "https://drive.google.com/viewer/satisfaction-2566.html", "", "", "", "", ""],  # off-site
        ["O5", "", "มี", f"{START}contact/hidden-old.html", "", "", "", "", ""],                 # typed only
        ["O21", "", "มี", *months, ""],                                                         # no ก.พ. 66
        ["O4", "", "มี", f"{START}files/2561/strategic-plan-2561-2565.pdf", "", "", "", "", ""],  # stale
        ["O29", "", "ไม่มี", "", "", "", "", "", "ยังไม่ได้จัดทำ"],                               # honest ไม่มี
        ["", "", "", "", "", "", "", "", ""],                                                     # blank row
    ]
    sheet.write_bytes("\n".join(",".join(r) for r in rows).encode("utf-8-sig"))
    contact = DEMO / HOST / "contact" / "index.html"
    world = tmp_path / "world"
    shutil.copytree(DEMO, world)
    shutil.copy(contact, world / HOST / "contact" / "hidden-old.html")
    with _serve(world, tmp_path) as server:
        proc = _cli(server, "verify", str(sheet), "--site", START, "--out", str(tmp_path / "v"), "--quiet",
                    "--checklist", "ita-2566", "--as-of", "2023-05-15", check=6)
    listed = json.loads((tmp_path / "v" / "verify.json").read_text(encoding="utf-8"))["verdicts"]
    verdicts = {(v["item"], v["url"]): v for v in listed}
    assert [(v["item"], v["scope"]) for v in listed][:2] == [("o1", "item"), ("o1", "url")], "the item row first"
    good = verdicts[("o1", f"{START}about/structure/")]
    assert good["verdict"] == "ok" and good["click_path"], good
    assert verdicts[("o1", "")]["verdict"] == "ok" and verdicts[("o1", "")]["code"] == "O1"
    dead = verdicts[("o26", f"{START}files/ita2566/O26/missing.pdf")]
    assert dead["verdict"] == "fail" and "404" in dead["reasons_en"][0] and "เปิดไม่ได้" in dead["reasons_th"][0]
    assert verdicts[("o26", "")]["verdict"] == "fail"
    off = verdicts[("o17", "https://drive.google.com/viewer/satisfaction-2566.html")]
    assert off["verdict"] == "fail" and any("main website" in r for r in off["reasons_en"])
    assert any("เว็บไซต์หลัก" in r for r in off["reasons_th"])
    typed = verdicts[("o5", f"{START}contact/hidden-old.html")]
    assert typed["verdict"] == "warn" and any("typing" in r for r in typed["reasons_en"])
    # Each monthly file is fine on its own; the row as a whole lacks February.
    assert all(verdicts[("o21", url)]["verdict"] == "ok" for url in months), [verdicts[("o21", u)] for u in months]
    whole = verdicts[("o21", "")]
    assert whole["verdict"] == "fail" and any("ก.พ. 66" in r for r in whole["reasons_th"]), whole
    assert any("Feb 2023" in r for r in whole["reasons_en"])
    stale = verdicts[("o4", f"{START}files/2561/strategic-plan-2561-2565.pdf")]
    assert stale["verdict"] == "fail" and any("2566" in r for r in stale["reasons_th"])
    assert verdicts[("o29", "")]["verdict"] == "warn", "an honest ไม่มี is not a failing URL"
    for v in listed:
        assert len(v["reasons_th"]) == len(v["reasons_en"])
        for th, en in zip(v["reasons_th"], v["reasons_en"]):
            assert_one_language(th, en)
    csv_rows = list(csv.reader(io.StringIO((tmp_path / "v" / "verify.csv").read_bytes().decode("utf-8-sig"))))
    assert len(csv_rows) == 1 + 7 + 10 and csv_rows[0][-2:] == ["เหตุผล", "reasons"]
    assert "ไม่ผ่าน" in proc.stdout and "fail" in proc.stdout


def test_bad_answer_sheet_is_a_clear_error(tmp_path):
    sheet = tmp_path / "answers.xlsx"
    sheet.write_bytes(b"not a workbook")
    proc = subprocess.run([sys.executable, "-m", "oitcrawler", "verify", str(sheet), "--site", START],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2 and "xlsx" in proc.stderr and "Traceback" not in proc.stderr


def test_schedule_prints_a_cron_line_that_parses(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "oitcrawler", "schedule", START, "--monthly", "--day", "5",
                           "--db", str(tmp_path / "h.sqlite"), "--", "--checklist", "ita-2568"],
                          capture_output=True, text=True, cwd=tmp_path, check=True)
    line = proc.stdout.strip().splitlines()[-1]
    fields = line.split()
    assert croniter.is_valid(" ".join(fields[:5])) and fields[2] == "5" and fields[3:5] == ["*", "*"]
    assert "--fail-on-regression" in line and "--checklist ita-2568" in line and str(tmp_path / "h.sqlite") in line
    nxt = croniter(" ".join(fields[:5])).get_next(float)
    assert time.gmtime(nxt).tm_mday == 5 or time.localtime(nxt).tm_mday == 5


def test_schedule_install_keeps_other_crontab_lines(tmp_path):
    """--install merges into the user's crontab; a stand-in crontab program keeps the test off the real one."""
    store = tmp_path / "crontab.txt"
    store.write_text("MAILTO=it@agency.go.th\n0 1 * * * /usr/bin/backup\n", encoding="utf-8")
    fake = tmp_path / "crontab"
    fake.write_text(f"#!/bin/sh\nif [ \"$1\" = -l ]; then cat {store}; else cat > {store}; fi\n")
    fake.chmod(0o755)
    env = dict(os.environ, OITCRAWLER_CRONTAB=str(fake))
    for _ in range(2):   # installing twice replaces the site's line instead of adding another
        subprocess.run([sys.executable, "-m", "oitcrawler", "schedule", START, "--install"],
                       capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    lines = store.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["MAILTO=it@agency.go.th", "0 1 * * * /usr/bin/backup"]
    assert sum(1 for line in lines if HOST in line) == 1


def test_systemd_timer_calendar_is_valid():
    from oitcrawler.schedule import plan, systemd_units

    units = systemd_units(plan(START, day=3, hour=4))
    timer = next(t for n, t in units.items() if n.endswith(".timer"))
    calendar = next(line.split("=", 1)[1] for line in timer.splitlines() if line.startswith("OnCalendar="))
    if shutil.which("systemd-analyze"):
        subprocess.run(["systemd-analyze", "calendar", calendar], check=True, capture_output=True)
    assert calendar.startswith("*-*-03 04:") and "Persistent=true" in timer


def test_history_commands_refuse_a_missing_or_foreign_database(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not sqlite")
    for args in (["history", "--db", str(tmp_path / "none.sqlite")], ["diff", "--site", START, "--db", str(junk)]):
        proc = subprocess.run([sys.executable, "-m", "oitcrawler", *args], capture_output=True, text=True)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr and proc.stderr.startswith("oitcrawler: error:")
    assert not (tmp_path / "none.sqlite").exists()
