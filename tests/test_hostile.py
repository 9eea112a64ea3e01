"""Hostile and broken sites: each fault gives a site status, a Thai/English message and an exit code.

The hostile world (tests/sites/hostile) has one host per fault; its ``scenarios`` say what a
crawl of each must report. Nothing here may end in a traceback, and no item of a site that
could not be seen (fully) may be called ``missing``.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from urllib.parse import quote

import pytest
import yaml
from conftest import SITES, assert_one_language, run_cli

from oitcrawler.checklist import bundled_dir
from oitcrawler.records import read_records
from oitcrawler.testing.fixtureserver import FixtureServer
from oitcrawler.traps import MAX_CALENDAR_PAGES, MAX_QUERY_VARIANTS
from oitcrawler.urls import url_key

HOSTILE = SITES / "hostile"
# _scenarios.yaml, not _expected.yaml: this world is not a detection benchmark.
SCENARIOS = yaml.safe_load((HOSTILE / "_scenarios.yaml").read_text(encoding="utf-8"))["scenarios"]
EXIT = {"completed": 0, "partial": 7, "unreachable": 3, "blocked": 3}
# Short timeouts so the slow host times out quickly; the Retry-After cap keeps the 429 host short.
FAST = ("--as-of", "2023-05-15", "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=0",
        "-s", "OITCRAWLER_MAX_RETRY_AFTER=1")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    with FixtureServer(HOSTILE, tmp_path_factory.mktemp("hostile") / "site") as server:
        yield server


def _report(out) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _check_unseen_never_missing(report: dict) -> None:
    statuses = {i["status"] for i in report["items"]}
    if report["status"] in ("unreachable", "blocked"):
        assert statuses == {"not_assessed"}
    if report["status"] != "completed":
        assert "missing" not in statuses, "an item on a site not fully seen was called missing"


@pytest.mark.parametrize("host", sorted(SCENARIOS))
def test_fault_gives_status_message_and_exit_code(hostile, tmp_path, host):
    spec = SCENARIOS[host]
    code, output = hostile.crawl(spec.get("start", f"http://{host}/"), tmp_path / "out", *FAST)
    assert "Traceback" not in output, output[-3000:]
    report = _report(tmp_path / "out")
    assert report["status"] == spec["status"], (report["site_problem"], output[-1500:])
    problem = report["site_problem"]
    assert (problem or {}).get("code") == spec.get("problem"), problem
    if problem:
        assert_one_language(problem["message_th"], problem["message_en"])
        assert problem["message_en"] in output, "the terminal summary says what went wrong"
    for f in (f for i in report["items"] for f in i["findings"]):
        assert_one_language(f["message_th"], f["message_en"])
    assert code == EXIT[spec["status"]], output[-1500:]
    _check_unseen_never_missing(report)
    items = {i["id"]: i for i in report["items"]}
    for item_id in spec.get("not_assessed", []):
        assert items[item_id]["status"] == "not_assessed"
        assert any(f["code"] == "fetch_failed" for f in items[item_id]["findings"])
    for item_id in spec.get("pass", []):
        assert items[item_id]["status"] == "pass", items[item_id]["findings"]


def test_retry_after_is_honoured(tmp_path):
    host = "www.ratelimit-demo.go.th"
    with FixtureServer(HOSTILE, tmp_path / "site") as fresh:     # its 429 counter starts at zero
        code, output = fresh.crawl(f"http://{host}/", tmp_path / "out", "--as-of", "2023-05-15")
        hits = [t for t, h, target in fresh.world.log if h == host and target == "/"]
    assert code == 0, output[-1500:]
    assert len(hits) == 3, "two 429 answers, then the page"
    gaps = [b - a for a, b in zip(hits, hits[1:])]
    assert all(gap >= 0.9 for gap in gaps), f"retried before Retry-After: 1 had passed: {gaps}"


@pytest.mark.parametrize("host", ["expired.tls-demo.go.th", "wronghost.tls-demo.go.th",
                                  "selfsigned.tls-demo.go.th"])
def test_bad_certificate_is_named_and_insecure_crawls_anyway(hostile, tmp_path, host):
    code, output = hostile.crawl(f"https://{host}/", tmp_path / "strict", *FAST)
    problem = _report(tmp_path / "strict")["site_problem"]
    assert code == 3 and problem["code"] == "tls_error"
    assert re.search(r"expired|mismatch|self.signed", problem["detail"], re.I), problem["detail"]
    assert "--insecure" in problem["message_en"]

    code, output = hostile.crawl(f"https://{host}/", tmp_path / "insecure", "--insecure", *FAST)
    report = _report(tmp_path / "insecure")
    assert code == 0 and report["status"] == "completed", output[-1500:]
    assert report["pages_crawled"] > 1
    assert [f["code"] for f in report["site_findings"]] == ["tls_error"], "the certificate is still reported"


def test_ignore_robots_lets_an_agency_check_its_own_site(hostile, tmp_path):
    code, output = hostile.crawl("http://www.robots-demo.go.th/", tmp_path / "out", "--ignore-robots", *FAST)
    report = _report(tmp_path / "out")
    assert code == 0 and report["status"] == "completed" and report["pages_crawled"] > 1, output[-1500:]


def test_canonical_https_www_address_is_followed(hostile, tmp_path):
    code, output = hostile.crawl("http://canonical-demo.go.th/", tmp_path / "out", *FAST)
    report = _report(tmp_path / "out")
    assert code == 0, output[-1500:]
    assert report["site_final_url"].startswith("https://www.canonical-demo.go.th/")
    evidence = [e["url"] for i in report["items"] if i["status"] == "pass" for e in i["evidence"][:1]]
    assert evidence and all(u.startswith("https://www.canonical-demo.go.th/") for u in evidence)


def _no_proxy_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    return {**env, "no_proxy": "*"}


def test_dns_failure_and_refused_connection(tmp_path):
    with socket.socket() as s:      # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    for url, expected in ((f"http://127.0.0.1:{port}/", "connection_refused"),
                          ("http://www.no-such-agency.invalid/", "dns_failure")):
        out = tmp_path / expected
        proc = run_cli("crawl", url, "--out", str(out), "--quiet", "--no-history", "--checklist", "ita-2566",
                       "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=10", env=_no_proxy_env(), timeout=120)
        assert proc.returncode == 3 and "Traceback" not in proc.stderr, proc.stdout[-1500:] + proc.stderr[-1500:]
        report = _report(out)
        assert report["site_problem"]["code"] == expected
        _check_unseen_never_missing(report)


@pytest.mark.parametrize("url", ["ftp://www.example.go.th/", "http://../", "http://exa mple.go.th/",
                                 "http://-bad-.go.th:99999/", "javascript:alert(1)", ""])
def test_invalid_url_is_a_clear_error(tmp_path, url):
    proc = run_cli("crawl", url, "--out", str(tmp_path / "out"), "--no-history", "--checklist", "ita-2566")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("oitcrawler: error:") and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists(), "nothing is crawled or written"


def test_traps_are_bounded(crawled):
    world = crawled("traps")
    report = world.report
    reasons = {b["reason"] for b in report["bounded"]}
    assert reasons & {"query_variants", "parameter_combinations"}, report["bounded"]
    assert reasons & {"calendar", "calendar_out_of_range", "trap_beyond_max_depth"}, report["bounded"]
    pages = [r for r in read_records(world.out / "records.jsonl") if r["kind"] == "page" and not r.get("rendered")]
    calendar = [r for r in pages if "/calendar" in r["url"]]
    search = [r for r in pages if "/search" in r["url"]]
    assert len(calendar) <= MAX_CALENDAR_PAGES and len(search) <= MAX_QUERY_VARIANTS
    assert report["pages_crawled"] < 300
    keys = [url_key(r["url"]) for r in pages]
    assert len(keys) == len(set(keys)), "a page was fetched twice under different session ids"
    assert not any(r.get("blocked") for r in pages), "a form with a CAPTCHA is not a block page"
    soft = [r for r in pages if r.get("soft_404")]
    assert soft, "the 'not found' page served with 200 was recognised"
    broken = [f for i in report["items"] for f in i["findings"] if f["code"] == "broken_link"]
    assert any("not found" in f["message_en"] for f in broken), broken


def test_a_site_that_always_says_retry_later_is_blocked_within_the_bound(tmp_path):
    """Every path, robots.txt first, answers 429 with Retry-After: 99999: each wait is capped
    (here at 2 s), the host gets at most three waits and 3 × 2 s in a row, the start page is
    still asked for, and the run ends blocked."""
    host, cap = "www.ratelimit-forever-demo.go.th", 2
    with FixtureServer(HOSTILE, tmp_path / "site") as fresh:
        started = time.monotonic()
        code, output = fresh.crawl(f"http://{host}/", tmp_path / "out", "--as-of", "2023-05-15",
                                   "-s", f"OITCRAWLER_MAX_RETRY_AFTER={cap}", timeout=300)
        elapsed = time.monotonic() - started
        asked = [(t, target) for t, h, target in fresh.world.log if h == host]
    report = _report(tmp_path / "out")
    assert code == 3 and report["site_problem"]["code"] == "rate_limited", output[-1500:]
    assert "/" in {target for _, target in asked}, "the start page was asked for"
    assert asked[-1][0] - asked[0][0] <= 3 * cap + 2, f"the host was waited for longer than 3 × {cap} s: {asked}"
    assert elapsed < 3 * cap + 60


def test_a_start_url_longer_than_scrapys_limit_is_crawled(hostile, tmp_path):
    """Scrapy drops URLs over 2,083 characters without a word; the start URL given is asked for."""
    title = quote("ประกาศสำนักงานเกษตรจังหวัด เรื่อง มาตรการป้องกันและแก้ไขปัญหาโรคใบขาวในอ้อย ประจำปี ๒๕๖๖ ")
    url = f"http://www.longurl-demo.go.th/index.php?option=com_content&view=article&id=1043&title={title * 3}"
    assert len(url) > 2083
    code, output = hostile.crawl(url, tmp_path / "out", *FAST)
    report = _report(tmp_path / "out")
    assert code == 0 and report["status"] == "completed" and report["pages_crawled"] >= 4, output[-1500:]
    assert {i["id"] for i in report["items"] if i["status"] == "pass"} >= {"o1", "o5"}


def _run_measured(args: list[str], env: dict | None = None, timeout: float = 600) -> tuple[int, int, str]:
    """(exit code, peak resident size in MiB of the command and its children, output) of ``oitcrawler ARGS``."""
    launcher = ("import resource, subprocess, sys; proc = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
                "print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
                "print(proc.stdout + proc.stderr)")
    proc = subprocess.run([sys.executable, "-c", launcher, sys.executable, "-m", "oitcrawler", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)
    first, output = proc.stdout.split("\n", 1)
    code, peak_kib = map(int, first.split())
    return code, peak_kib // 1024, output


@pytest.mark.parametrize("host", ["www.bombstart-demo.go.th", "www.bomb-demo.go.th"])
def test_compression_bombs_are_capped_before_they_are_held(hostile, tmp_path, host):
    """Pages that inflate to 256-512 MiB: the crawl and its workers stay small, no worker dies."""
    out = tmp_path / "out"
    code, peak, output = _run_measured(["crawl", f"http://{host}/", "--out", str(out), "--quiet", "--no-history",
                                        "--checklist", "ita-2566", *FAST], env=hostile.env())
    assert "MemoryError" not in output and "Traceback" not in output, output[-2000:]
    assert peak < 600, f"a process of the crawl grew to {peak} MiB"
    records = list(read_records(out / "records.jsonl"))
    bombs = [r for r in records if r.get("error_code") == "too_large"]
    assert bombs and all(r["status"] is None for r in bombs)
    assert not [r for r in records if r.get("parse_error")], "no page reached a worker"
    expected = SCENARIOS[host]
    assert _report(out)["site_problem"]["code"] == expected["problem"] and code == EXIT[expected["status"]]


@pytest.mark.parametrize("kind", ["100,000 items", "over 2 MB"])
def test_a_huge_user_checklist_is_refused_small_and_fast(tmp_path, kind):
    path = tmp_path / "mine.yaml"
    if kind == "100,000 items":     # 1.5 MB: under the size bound, far over the item bound
        header = yaml.safe_load((bundled_dir() / "ita-2566.yaml").read_text(encoding="utf-8"))
        header.pop("items")
        items = ",".join(f"{{id: o{n}, code: {n}}}" for n in range(100_000))
        path.write_text(yaml.safe_dump(header, allow_unicode=True) + f"items: [{items}]\n", encoding="utf-8")
    else:
        path.write_text("id: mine\nitems:\n" + "".join(f"  - {{id: o{n}, title_th: 'ข้อที่ {n}'}}\n"
                                                         for n in range(60_000)), encoding="utf-8")
    started = time.monotonic()
    code, peak, output = _run_measured(["crawl", "http://www.example.go.th/", "--checklist", str(path),
                                        "--out", str(tmp_path / "out")], timeout=120)
    assert code == 2 and output.startswith("oitcrawler: error:") and len(output.strip().splitlines()) == 1, output
    assert "at most" in output
    assert time.monotonic() - started < 30 and peak < 300, f"{peak} MiB"
    assert not (tmp_path / "out").exists()


def test_a_checklist_alias_bomb_is_refused_fast(tmp_path):
    """A billion-laughs list of labels (70 KB of YAML anchors, 10^9 strings if expanded)."""
    bomb = '&a0 ["ก","ข","ค","ง","จ","ฉ","ช","ซ","ฌ","ญ"]'
    for level in range(1, 9):
        bomb = f"&a{level} [{bomb}," + ",".join([f"*a{level - 1}"] * 9) + "]"
    data = yaml.safe_load((bundled_dir() / "ita-2566.yaml").read_text(encoding="utf-8"))
    data["items"][0]["labels"] = "BOMB"
    path = tmp_path / "laughs.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True).replace("BOMB", bomb, 1), encoding="utf-8")
    started = time.monotonic()
    code, peak, output = _run_measured(["crawl", "http://www.example.go.th/", "--checklist", str(path),
                                        "--out", str(tmp_path / "out")], timeout=120)
    assert code == 2 and output.startswith("oitcrawler: error:") and "labels" in output, output
    assert time.monotonic() - started < 30 and peak < 300
