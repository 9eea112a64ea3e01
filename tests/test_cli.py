"""The command line as users and cron see it: help, exit codes, messages without tracebacks."""
import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT, WORLDS, run_cli

from oitcrawler.testing.fixtureserver import FixtureServer


def test_help():
    result = run_cli("--help")
    assert result.returncode == 0 and "crawl" in result.stdout and "Exit codes" in result.stdout
    sub = run_cli("crawl", "--help")
    assert sub.returncode == 0 and "--fail-under" in sub.stdout and "--fiscal-year" in sub.stdout


@pytest.mark.parametrize("args,message", [
    (["crawl", "ftp://www.example.go.th/"], "unsupported URL scheme"),
    (["crawl", "http://"], "no host name"),
    (["crawl", "http://www.example.go.th/", "--as-of", "15/05/2566"], "--as-of"),
    (["crawl", "http://www.example.go.th/", "--checklist", "ita-2599"], "ita-2599"),
    (["crawl", "http://www.example.go.th/", "--fiscal-year", "2023"], "Buddhist-era"),
    (["crawl", "http://www.example.go.th/", "--max-pages", "0"], "max_pages"),
])
def test_bad_arguments_exit_2_without_traceback(args, message, tmp_path):
    result = run_cli(*args, "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_bad_checklist_file_named(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nita_year: 2566\ntitle_th: x\ntitle_en: x\nscoring: {grade_bands: [], indicators: []}\n"
                   "items: []\n", encoding="utf-8")
    result = run_cli("crawl", "http://www.example.go.th/", "--checklist", str(bad))
    assert result.returncode == 2 and str(bad) in result.stderr and "Traceback" not in result.stderr


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_site_exits_3_with_report(tmp_path):
    out = tmp_path / "out"
    env = {k: "" for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")}
    result = run_cli("crawl", f"http://127.0.0.1:{_closed_port()}/", "--out", str(out), "--quiet", env=env)
    assert result.returncode == 3, result.stderr[-2000:]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["status"] == "unreachable" and report["pages_crawled"] == 0, "no page answered"
    assert {i["status"] for i in report["items"]} == {"not_assessed"}
    assert "ประเมินไม่ได้" in result.stdout and "0.00" not in result.stdout
    assert report["score"]["range"] == [0.0, 100.0]
    assert "Traceback" not in result.stderr


def test_fail_under_exits_4_and_report_kept(tmp_path):
    world = WORLDS["demo_site"]
    with tempfile.TemporaryDirectory() as tmp, FixtureServer(world, Path(tmp) / "w") as server:
        env = {"http_proxy": server.proxy_url, "no_proxy": ""}
        out = tmp_path / "out"
        result = run_cli("crawl", server.expected["start"], "--out", str(out), "--as-of", "2023-05-15",
                         "--fail-under", "99", "--max-pages", "40", "-s", "OITCRAWLER_PROGRESS_INTERVAL=0.05",
                         env=env)
    assert result.returncode == 4, result.stderr[-2000:]
    assert "below --fail-under" in result.stderr
    assert (out / "report.html").exists() and (out / "itas.csv").exists()
    progress = [line for line in result.stderr.splitlines() if line.startswith("[oitcrawler] ")]
    assert progress and progress[-1].startswith("[oitcrawler] หน้า ") and " / pages " in progress[-1], \
        "progress is shown while crawling, Thai first"
    assert "estimated OIT score" in result.stdout and "คะแนน OIT ประมาณการ" in result.stdout


def test_scrapy_crawl_works_too(tmp_path):
    world = WORLDS["wp-accordion"]
    with tempfile.TemporaryDirectory() as tmp, FixtureServer(world, Path(tmp) / "w") as server:
        env = {**os.environ, "http_proxy": server.proxy_url, "no_proxy": ""}
        out = tmp_path / "scrapy-out"
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "oit", "-a", f"url={server.expected['start']}",
             "-a", f"out={out}", "-a", "as_of=2023-05-15", "-s", "LOG_LEVEL=WARNING", "-s", "DOWNLOAD_DELAY=0"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["score"]["passed"] > 20
    assert (out / "records.jsonl").exists() and (out / "crawl.json").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_serve_stays_up_for_crawl_and_verify(tmp_path):
    """`demo --serve` keeps the demo site up and prints the line that points crawls at it."""
    import signal

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "oitcrawler", "demo", "--serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        lines = []
        while not any(line.startswith("export ") for line in lines):
            line = proc.stdout.readline()
            assert line, proc.stderr.read()[-2000:]
            lines.append(line)
        export = next(line for line in lines if line.startswith("export "))
        env = dict(pair.split("=", 1) for pair in export.split()[1:])
        assert env == {"http_proxy": f"http://127.0.0.1:{port}", "no_proxy": ""}
        assert lines[0].startswith("เว็บไซต์ตัวอย่างเปิดอยู่ที่") and "Ctrl-C" in lines[1]
        crawl = next(line.split(None, 1)[1] for line in proc.stdout if line.strip().startswith("oitcrawler crawl"))
        crawl_args = crawl.split()
        out = tmp_path / "out"
        first = run_cli(*crawl_args, "--out", str(out), "--quiet", "--db", str(tmp_path / "h.sqlite"), env=env)
        assert first.returncode == 0, first.stderr[-2000:]
        assert json.loads((out / "report.json").read_text(encoding="utf-8"))["score"]["passed"] == 36
        verify = run_cli("verify", str(out / "itas.xlsx"), "--site", crawl_args[1], *crawl_args[2:],
                         "--out", str(tmp_path / "v"), "--quiet", env=env)
        assert verify.returncode == 0, verify.stdout[-2000:]
        assert proc.poll() is None, "still serving after the crawls"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            # Read both pipes while waiting: a full pipe would hold the server's threads.
            _, errors = proc.communicate(timeout=30)
        finally:
            proc.kill()
    assert proc.returncode == 0 and "Traceback" not in errors


def test_demo_run_is_recorded_for_history_and_diff(tmp_path):
    db = tmp_path / "history.sqlite"
    for run in ("one", "two"):
        result = run_cli("demo", "--out", str(tmp_path / run), "--quiet", "--db", str(db), cwd=tmp_path)
        assert result.returncode == 0, result.stderr[-2000:]
    assert "การเปลี่ยนแปลงจากการตรวจครั้งก่อน" in result.stdout and "แย่ลง 0 รายการ" in result.stdout
    history = run_cli("history", "www.demo-agency.go.th", "--db", str(db))
    assert history.returncode == 0 and history.stdout.count("www.demo-agency.go.th") == 2
    assert "ตรวจครบ" in history.stdout and "84.44" in history.stdout
    diff = run_cli("diff", "--site", "www.demo-agency.go.th", "--db", str(db))
    assert diff.returncode == 0 and diff.stdout.startswith("แย่ลง 0 รายการ · ดีขึ้น 0 รายการ")
    assert "0 regressions, 0 improvements" in diff.stdout


def test_tests_run_away_from_the_users_reports_and_history():
    """A CLI started without --out or --db writes under the current folder: never the checkout's."""
    from oitcrawler.options import DEFAULT_DB, DEFAULT_OUTPUT

    for default in (DEFAULT_DB, DEFAULT_OUTPUT):
        assert ROOT not in default.resolve().parents and default.resolve() != ROOT / "output", default
    where = subprocess.run([sys.executable, "-c", "import os; print(os.getcwd())"], capture_output=True, text=True)
    assert Path(where.stdout.strip()) != ROOT


# --- Thai input: Buddhist-era dates, answer sheets as people write them ------------------------

TINY = "http://www.trailingdot-demo.go.th/"       # a four-page site of the hostile world


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    with FixtureServer(ROOT / "tests" / "sites" / "hostile", tmp_path_factory.mktemp("hostile") / "site") as server:
        yield server


BE_NOTE = "is a Buddhist-era date: taken as 2023-05-15"


@pytest.mark.parametrize("checklist", [[], ["--checklist", "ita-2566"]])
def test_buddhist_era_as_of_is_converted_and_said(hostile_server, tmp_path, checklist):
    out = tmp_path / "out"
    result = run_cli("crawl", TINY, "--out", str(out), "--quiet", "--no-history", "--as-of", "2566-05-15",
                     *checklist, env=hostile_server.env())
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert BE_NOTE in result.stderr and "พุทธศักราช" in result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["as_of"] == "2023-05-15" and report["checklist"]["id"] == "ita-2566"
    assert report["fiscal_year"] == 2566


def test_buddhist_era_as_of_for_verify_batch_and_schedule(hostile_server, tmp_path):
    sheet = tmp_path / "answers.csv"
    sheet.write_text("ข้อ,URL\nO1,http://www.trailingdot-demo.go.th/about/structure.html\n", encoding="utf-8")
    verify = run_cli("verify", str(sheet), "--site", TINY, "--out", str(tmp_path / "v"), "--quiet",
                     "--as-of", "๒๕๖๖-๐๕-๑๕", env=hostile_server.env())
    assert verify.returncode == 0 and BE_NOTE in verify.stderr, verify.stdout[-1500:] + verify.stderr[-1500:]
    assert json.loads((tmp_path / "v" / "report.json").read_text(encoding="utf-8"))["as_of"] == "2023-05-15"

    agencies = tmp_path / "agencies.csv"
    agencies.write_text(f"ชื่อหน่วยงาน,เว็บไซต์\nสาธารณสุขอำเภอจุดจบ,{TINY}\n", encoding="utf-8")
    batch = run_cli("batch", str(agencies), "--out", str(tmp_path / "b"), "--quiet", "--",
                    "--as-of", "2566-05-15", env=hostile_server.env())
    assert batch.returncode == 0 and BE_NOTE in batch.stderr, batch.stdout[-1500:] + batch.stderr[-1500:]
    report = json.loads(next((tmp_path / "b").glob("*/report.json")).read_text(encoding="utf-8"))
    assert report["as_of"] == "2023-05-15"

    schedule = run_cli("schedule", TINY, "--db", str(tmp_path / "h.sqlite"), "--", "--as-of", "2566-05-15")
    assert schedule.returncode == 0 and BE_NOTE in schedule.stderr, schedule.stderr[-1500:]


@pytest.mark.parametrize("args,message", [
    (["crawl", "http://[::1/"], "Invalid IPv6 URL"),
    (["crawl", "not-a-url"], "not a website's host name"),
    (["crawl", "http://www.example.go.th/", "--as-of", "2566-02-29"], "not a date"),
    (["schedule", "ftp://www.example.go.th/"], "unsupported URL scheme"),
    (["schedule", "http://[::1/"], "Invalid IPv6 URL"),
    (["batch", "agencies.csv", "--", "--as-of", "2566-13-01"], "not a date"),
])
def test_malformed_input_is_one_line_before_anything_is_looked_up(tmp_path, args, message):
    (tmp_path / "agencies.csv").write_text("name,url\nก,http://www.example.go.th/\n", encoding="utf-8")
    env = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}   # nothing may be fetched
    result = run_cli(*args, cwd=tmp_path, env=env, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stderr.startswith("oitcrawler: error:") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "output").exists()


def test_answer_sheet_without_urls_is_refused_before_crawling(hostile_server, tmp_path):
    sheet = tmp_path / "answers.csv"
    sheet.write_text("ข้อ,ชื่อข้อ,คำอธิบาย\nO1,โครงสร้าง,แผนผังโครงสร้าง\nO5,ข้อมูลการติดต่อ,ที่อยู่\n",
                     encoding="utf-8")
    asked = len(hostile_server.world.log)
    result = run_cli("verify", str(sheet), "--site", TINY, "--out", str(tmp_path / "v"), "--quiet",
                     "--as-of", "2023-05-15", env=hostile_server.env())
    assert result.returncode == 2 and "no URL" in result.stderr and "Traceback" not in result.stderr
    assert len(hostile_server.world.log) == asked and not (tmp_path / "v").exists(), "nothing was crawled"


def test_answer_sheet_urls_without_a_scheme_take_the_sites(hostile_server, tmp_path):
    sheet = tmp_path / "answers.csv"
    sheet.write_text("ข้อ,ลิงก์\nO1, www.trailingdot-demo.go.th/about/structure.html \n"
                     "O5,ดูที่ www.trailingdot-demo.go.th/contact/\n", encoding="utf-8")
    result = run_cli("verify", str(sheet), "--site", TINY, "--out", str(tmp_path / "v"), "--quiet",
                     "--as-of", "2023-05-15", env=hostile_server.env())
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    verdicts = json.loads((tmp_path / "v" / "verify.json").read_text(encoding="utf-8"))["verdicts"]
    assert [(v["item"], v["url"], v["verdict"]) for v in verdicts if v["url"]] == [
        ("o1", "http://www.trailingdot-demo.go.th/about/structure.html", "ok"),
        ("o5", "http://www.trailingdot-demo.go.th/contact/", "ok")]
