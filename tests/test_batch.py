"""Many agencies: batch on one machine, and workers on Redis with a worker killed mid-crawl.

A real redis-server (Debian's package, installed by .ci/run) runs on loopback; workers are
real processes crawling generated agency sites served on 127.0.0.1.
"""
from __future__ import annotations

import collections
import csv
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from oitcrawler.outdir import crawl_dir
from oitcrawler.records import RECORDS_FILE, read_records
from oitcrawler.settings import CONCURRENT_REQUESTS
from oitcrawler.spiders.oit import PARSE_BACKLOG
from oitcrawler.testing.fixtureserver import FixtureServer
from oitcrawler.workers import default_workers

sys.path.insert(0, str(ROOT / "benchmarks"))
from sitegen import generate  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    server = shutil.which("redis-server")
    assert server, "redis-server is installed by .ci/run (Debian package redis-server)"
    port = _free_port()
    proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp_path_factory.mktemp("redis"))],
                            stdout=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait()


@pytest.fixture(scope="module")
def agencies(tmp_path_factory):
    """Five generated agency sites in one world, plus an unreachable and a blocked one."""
    root = tmp_path_factory.mktemp("agencies")
    world = root / "world"
    hosts = [f"www.tambon{i}-demo.go.th" for i in range(5)]
    for i, host in enumerate(hosts):
        generate(world, 90 + 40 * i, 3, host, seed=i)
    # A hostile agency inside the batch: its WAF blocks everything.
    blocked = world / "www.blocked-demo.go.th"
    blocked.mkdir()
    (blocked / "index.html").write_text("<html><head><title>Request Rejected</title></head><body>The requested "
                                        "URL was rejected. Your support ID is: 42</body></html>", encoding="utf-8")
    (blocked / "_routes.yaml").write_text("/: {status: 403, file: index.html}\n", encoding="utf-8")
    listing = root / "agencies.csv"
    with open(listing, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ชื่อหน่วยงาน", "เว็บไซต์", "ปีงบประมาณ"])
        for i, host in enumerate(hosts):
            writer.writerow([f"องค์การบริหารส่วนตำบลทดสอบ {i}", f"http://{host}/", "2566"])
        writer.writerow(["หน่วยงานที่ถูกปิดกั้น", "http://www.blocked-demo.go.th/", "2566"])
        writer.writerow(["หน่วยงานที่ไม่มีอยู่", "http://www.gone-demo.go.th/", "2566"])
    with FixtureServer(world, root / "build" / "site") as server:
        yield server, listing, hosts


CRAWL = ["--", "--checklist", "ita-2566", "--as-of", "2023-05-15", "--max-pages", "2000"]


def test_batch_reports_every_agency_and_skips_done_ones(agencies, tmp_path):
    server, listing, hosts = agencies
    out = tmp_path / "batch"
    proc = run_cli("batch", str(listing), "--out", str(out), "--workers", "2", *CRAWL, env=server.env(), timeout=900)
    assert proc.returncode == 3, "an unassessable agency makes the batch exit 3: " + proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))["agencies"]
    statuses = {a["url"]: a["status"] for a in summary}
    assert all(statuses[f"http://{h}/"] == "completed" for h in hosts)
    assert statuses["http://www.blocked-demo.go.th/"] == "blocked"
    assert statuses["http://www.gone-demo.go.th/"] == "unreachable"   # the proxy answers 502 for it
    with open(out / "summary.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["agency", "url", "site_status"] and "O1" in rows[0] and len(rows) == 8
    html = (out / "summary.html").read_text(encoding="utf-8")
    assert "องค์การบริหารส่วนตำบลทดสอบ 4" in html and "s-pass" in html and "ข้อที่ไม่ผ่านบ่อยที่สุด" in html

    before = server.world.hits
    again = run_cli("batch", str(listing), "--out", str(out), *CRAWL, env=server.env(), timeout=600)
    assert "5 agencies already done" in again.stderr
    assert server.world.hits - before < 20, "only the two unassessable agencies were tried again"


def test_bad_agency_list_is_a_clear_error(tmp_path):
    bad = tmp_path / "agencies.csv"
    bad.write_text("name,website\nกรมตัวอย่าง,ftp://example.go.th\n", encoding="utf-8")
    proc = run_cli("batch", str(bad), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "entry 2" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("batch", str(tmp_path / "missing.yaml"))
    assert proc.returncode == 2 and "no agency list" in proc.stderr


def _worker(server, redis_url: str, out: Path, prefix: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "oitcrawler", "worker", "--redis", redis_url, "--prefix", prefix,
                             "--out", str(out), "--lease", "5"], env=server.env(), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _page_fetches(server, since: int) -> collections.Counter:
    return collections.Counter((host, target) for _, host, target in server.world.log[since:]
                               if not target.startswith(("/robots.txt", "/sitemap.xml", "/oitcrawler-no-such")))


def test_two_workers_report_each_agency_once_and_fetch_each_page_once(agencies, redis_url, tmp_path):
    server, listing, hosts = agencies
    out, since = tmp_path / "reports", len(server.world.log)
    enq = run_cli("enqueue", str(listing), "--redis", redis_url, "--prefix", "two", *CRAWL, env=server.env())
    assert enq.returncode == 0 and "queued 7" in enq.stdout
    workers = [_worker(server, redis_url, out, "two") for _ in range(2)]
    logs = [w.communicate(timeout=900)[0] for w in workers]
    assert [w.returncode for w in workers] == [0, 0], logs
    status = json.loads(run_cli("batch-status", "--redis", redis_url, "--prefix", "two", "--json").stdout)
    assert status["done"] == 7 and status["queued"] == 0 and not status["running"]
    assert len({r["worker"] for r in status["results"].values()}) == 2, "both workers crawled"
    reported = [line for log in logs for line in log.splitlines() if line.startswith("reported ")]
    assert len(reported) == 7 and len(set(reported)) == 7, "each agency reported exactly once"
    crawls = [line for log in logs for line in log.splitlines() if line.startswith(("crawling ", "taking over "))]
    assert len(crawls) == 7 and len(set(crawls)) == 7, "no agency was crawled by two workers"
    for host in hosts:
        pages = [r["url"] for r in read_records(out / host / "records.jsonl") if r["kind"] == "page"]
        assert len(pages) == len(set(pages)), f"{host}: a page was crawled twice"
    # Liveness checks are stopped after the headers; Twisted may resend such a GET on a fresh
    # connection, so the server can see a checked URL twice. Pages are never fetched twice.
    twice = {k for k, n in _page_fetches(server, since).items() if n > 1 and k[0] in hosts}
    checked = {(h, r["url"].split(h, 1)[1]) for h in hosts for r in read_records(out / h / "records.jsonl")
               if r["kind"] == "check"}
    assert twice <= checked, sorted(twice - checked)[:5]
    again = run_cli("enqueue", str(listing), "--redis", redis_url, "--prefix", "two", *CRAWL, env=server.env())
    assert "queued 0" in again.stdout, "done agencies are not queued again without --force"


def test_killed_workers_agency_is_taken_over_and_completed(agencies, redis_url, tmp_path):
    server, listing, hosts = agencies
    big = hosts[-1]                        # the largest site: still crawling when its worker is killed
    one = tmp_path / "one.csv"
    one.write_text(f"name,url\nองค์การบริหารส่วนตำบลทดสอบใหญ่,http://{big}/\n", encoding="utf-8")
    out, since = tmp_path / "reports", len(server.world.log)
    # Every page must be fetched, so no page is left out as archive: the takeover is what is tested.
    assert run_cli("enqueue", str(one), "--redis", redis_url, "--prefix", "kill", *CRAWL, "--coverage", "full",
                   env=server.env()).returncode == 0
    first = _worker(server, redis_url, out, "kill")
    records = out / big / "records.jsonl"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and sum(1 for _ in read_records(crawl_dir(out / big) / RECORDS_FILE)) < 30:
        time.sleep(0.2)
    assert first.poll() is None, "the first worker was still crawling"
    first.send_signal(signal.SIGKILL)      # its crawl child dies with it (PR_SET_PDEATHSIG)
    first.wait()
    killed_at = len(server.world.log)
    second = _worker(server, redis_url, out, "kill")
    log = second.communicate(timeout=900)[0]
    assert second.returncode == 0 and "taking over" in log and "reported" in log, log
    status = json.loads(run_cli("batch-status", "--redis", redis_url, "--prefix", "kill", "--json").stdout)
    assert status["done"] == 1 and list(status["results"]) == [big]
    report = json.loads((out / big / "report.json").read_text(encoding="utf-8"))
    assert report["status"] == "completed"
    fetched = {r["url"] for r in read_records(records) if r["kind"] == "page"}
    site = server.world.root / big
    pages = {f"http://{big}/" + str(p.relative_to(site)).replace("index.html", "")
             for p in site.rglob("*.html")}
    assert pages <= fetched, f"pages lost in the takeover: {sorted(pages - fetched)[:5]}"
    refetched = [k for k, n in _page_fetches(server, since).items() if n > 1]
    # Only what the killed worker had in flight is fetched again: at most CONCURRENT_REQUESTS
    # downloads, the responses waiting for a parser (downloads pause past PARSE_BACKLOG per
    # parser, and the ones in flight then still land), plus the home page when the worker died
    # before its first state snapshot.
    assert len(refetched) <= CONCURRENT_REQUESTS + PARSE_BACKLOG * default_workers() + 2, refetched
    print(f"takeover: {len(refetched)} URLs fetched twice; {killed_at - since} requests before the kill")


def test_agency_csv_checklist_column_takes_the_scheme_lists(tmp_path):
    from oitcrawler.batch import read_agencies
    from oitcrawler.cli import build_parser
    from oitcrawler.options import CrawlOptions

    listing = tmp_path / "agencies.csv"
    listing.write_text("ชื่อหน่วยงาน,เว็บไซต์,แบบตรวจ\n"
                       "โรงพยาบาลทดสอบ,http://www.rph-demo.go.th/,moph-moit-2569\n"
                       "โรงเรียนทดสอบ,http://www.school-demo.ac.th/,obec-2569\n"
                       "วิทยาลัยเทคนิคทดสอบ,http://www.tech-demo.ac.th/,vec-2569\n"
                       "กรมทดสอบ,http://www.dept-demo.go.th/,\n", encoding="utf-8-sig")
    agencies = read_agencies(listing)
    assert [a.checklist for a in agencies] == ["moph-moit-2569", "obec-2569", "vec-2569", ""]
    for agency in agencies:
        args = build_parser().parse_args(["crawl", agency.url, *agency.crawl_args()])
        options = CrawlOptions.from_args(url=args.url, out=str(tmp_path / agency.slug), checklist=args.checklist,
                                         as_of="2026-05-15")
        assert options.checklist == (agency.checklist or "ita-2569")


def test_summary_csv_of_a_batch_mixing_schemes(tmp_path):
    """A hospital (MOIT, no estimated score) beside a department (NACC): the summary copes."""
    from oitcrawler.batch import Agency, summary_rows, write_summary
    from oitcrawler.checklist import load_checklist
    from oitcrawler.score import estimate

    agencies = []
    for slug, cid in (("www.rph-demo.go.th", "moph-moit-2569"), ("www.dept-demo.go.th", "ita-2568")):
        c = load_checklist(cid)
        items = [{"id": i.id, "code": i.code, "title": i.title_th, "status": "pass" if i.code % 2 else "missing"}
                 for i in c.items]
        report = {"status": "completed", "checklist": c.summary(), "fiscal_year": 2569, "items": items,
                  "score": estimate(c, {i["id"]: i["status"] for i in items})}
        (tmp_path / slug).mkdir()
        (tmp_path / slug / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
        agencies.append(Agency(slug, f"http://{slug}/", cid, None, slug))
    rows = summary_rows(agencies, tmp_path)
    write_summary(rows, tmp_path)
    with open(tmp_path / "summary.csv", encoding="utf-8-sig") as fh:
        table = list(csv.reader(fh))
    header, hospital, department = table
    assert hospital[4:6] == ["", ""] and department[4] == f"{rows[1]['score']:.2f}" and department[5]
    assert "MOIT 22" in header and "O28" in header and hospital[header.index("MOIT 1")] == "pass"
    html = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "None" not in html
