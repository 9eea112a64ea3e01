"""Ctrl-C, kills and resume: a stopped crawl never ends in a wrong report or a wrong history.

Signals go to the crawl's whole process group, as Ctrl-C in a terminal sends them. The
moment is chosen from what the crawl has done (its records, the fixture server's log),
never by sleeping, so the tests hold on a loaded machine. The world is the demo agency
with one long annual report (its worker reads it for a while) and slow off-site hosts
(the liveness checks at the end of a crawl take a while).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from oitcrawler.outdir import crawl_dir, job_dir
from oitcrawler.testing.fixtureserver import FixtureServer

DEMO = Path(__file__).resolve().parent.parent / "oitcrawler" / "demo_site"
HOST = "www.demo-agency.go.th"
START = f"http://{HOST}/"
LONG_DOC = "files/ita2566/O13/annual-report-2565.pdf"
CRAWL = ("--quiet", "--checklist", "ita-2566", "--as-of", "2023-05-15")


def _long_report(text: str) -> str:
    """The annual report with an appendix of project sheets: a few seconds of reading."""
    sheets = []
    for n in range(1, 50):
        rows = "\n".join(f"กิจกรรมที่ {n}.{k} | ดำเนินการแล้ว | งบประมาณ {n * 1000 + k * 37:,} บาท | ร้อยละ {50 + k}"
                         for k in range(1, 30))
        sheets.append(f"---page---\nภาคผนวก {n} รายละเอียดโครงการที่ {n}\n{rows}")
    return text + "\n" + "\n".join(sheets) + "\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    world = tmp_path_factory.mktemp("interrupt") / "world"
    shutil.copytree(DEMO, world)
    doc = world / HOST / (LONG_DOC + ".txt")
    doc.write_text(_long_report(doc.read_text(encoding="utf-8")), encoding="utf-8")
    drive = world / "drive.google.com" / "_routes.yaml"
    routes = yaml.safe_load(drive.read_text(encoding="utf-8"))
    drive.write_text(yaml.safe_dump({k: {**v, "delay": 2} for k, v in routes.items()}, allow_unicode=True),
                     encoding="utf-8")
    (world / "www.facebook.com" / "_routes.yaml").write_text(
        '"/*": {file: demoagency.gothai/index.html, delay: 2}\n', encoding="utf-8")
    with FixtureServer(world, world.parent / "site") as fixture:
        yield fixture


@pytest.fixture(scope="module")
def clean(server, tmp_path_factory):
    out = tmp_path_factory.mktemp("clean") / "out"
    proc = _run(server, "crawl", START, "--out", str(out), *CRAWL, "--no-history")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return _report(out)


def _run(server, *args, timeout=600):
    return subprocess.run([sys.executable, "-m", "oitcrawler", *args], env=server.env(), capture_output=True,
                          text=True, timeout=timeout)


def _start(server, out: Path, *extra: str) -> subprocess.Popen:
    """A crawl in a process group of its own, as a terminal starts it."""
    return subprocess.Popen([sys.executable, "-m", "oitcrawler", "crawl", START, "--out", str(out), *CRAWL, *extra],
                            env=server.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _records(out: Path) -> list[dict]:
    path = crawl_dir(out) / "records.jsonl"
    if not path.exists():
        return []
    # Read while the crawl appends: the last line may be cut, even inside a Thai character.
    text = path.read_bytes().decode("utf-8", errors="replace")
    return [json.loads(line) for line in text.split("\n")[:-1] if line.endswith("}")]


def _wait(what, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not what():
        assert proc.poll() is None, "the crawl ended before the moment came: " + proc.stderr.read()[-2000:]
        assert time.monotonic() < deadline, "the moment never came"
        time.sleep(0.02)


def _served(server, path: str):
    return lambda: any(target == path for _, _, target in list(server.world.log))


def _items(report: dict) -> list[tuple]:
    """Each item as the report gives it: status, top evidence and finding codes."""
    return [(i["id"], i["status"], [e["url"] for e in i["evidence"]][:3], sorted({f["code"] for f in i["findings"]}))
            for i in report["items"]]


def _runs(db: Path) -> list[tuple]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, status, report_dir FROM runs ORDER BY id").fetchall()


MOMENTS = {
    "start page recorded": lambda server, out: lambda: len(_records(out)) >= 1,
    "a worker reading a document": lambda server, out: _served(server, "/" + LONG_DOC),
    "liveness checks in flight": lambda server, out: lambda: any(
        host in ("www.facebook.com", "drive.google.com") for _, host, _ in list(server.world.log)),
}


@pytest.mark.parametrize("moment,sig", [(m, signal.SIGINT) for m in sorted(MOMENTS)]
                         + [("a worker reading a document", signal.SIGTERM)])
def test_interrupt_then_resume_gives_the_clean_report(server, clean, tmp_path, moment, sig):
    """Ctrl-C (SIGINT), or a service stopped (SIGTERM), to the whole process group."""
    out, db = tmp_path / "out", tmp_path / "history.sqlite"
    server.world.log.clear()
    proc = _start(server, out, "--db", str(db))
    _wait(MOMENTS[moment](server, out), proc)
    os.killpg(proc.pid, sig)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 130, stdout[-1500:] + stderr[-3000:]
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr[-3000:]
    partial = _report(out)
    assert partial["status"] == "partial" and partial["site_problem"]["code"] == "interrupted"
    assert not [r["url"] for r in _records(out) if r.get("parse_error") or r.get("job_lost")], \
        "the workers finished the pages they held"
    # Not seen yet is not "missing".
    assert not any(i["status"] == "missing" and not {f["code"] for f in i["findings"]} &
                   {"broken_link", "label_without_link"} for i in partial["items"])
    assert job_dir(out).is_dir()
    assert _runs(db) == [], "an interrupted crawl is not a run of the history"

    resumed = _run(server, "crawl", START, "--out", str(out), *CRAWL, "--db", str(db), "--resume")
    assert resumed.returncode == 0, resumed.stdout[-2000:] + resumed.stderr[-2000:]
    report = _report(out)
    assert report["status"] == "completed"
    assert _items(report) == _items(clean)
    assert report["pages_crawled"] == clean["pages_crawled"]
    assert report["documents_fetched"] == clean["documents_fetched"]
    assert not job_dir(out).exists(), "job state is removed once the crawl has finished"
    assert [(status, path) for _, status, path in _runs(db)] == [("completed", str(out.resolve()))]


def _workers_of(pid: int) -> list[int]:
    """The crawl's parse worker processes."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"oitcrawler.workers" in cmdline:
            found.append(int(entry.name))
    return found


def _kill_workers_reading(server, proc: subprocess.Popen, out: Path) -> None:
    _wait(_served(server, "/" + LONG_DOC), proc)
    time.sleep(0.3)            # handed to a worker, which reads it for seconds
    for worker in _workers_of(proc.pid):
        os.kill(worker, signal.SIGKILL)
    _wait(lambda: any(r["url"].endswith(LONG_DOC) for r in _records(out)), proc)


def test_a_crawl_whose_reader_died_is_partial(server, tmp_path):
    out = tmp_path / "out"
    server.world.log.clear()
    proc = _start(server, out, "--no-history")
    _kill_workers_reading(server, proc, out)
    stdout, stderr = proc.communicate(timeout=300)
    report = _report(out)
    lost = [r["url"] for r in map(json.loads, (out / "records.jsonl").read_text(encoding="utf-8").splitlines())
            if r.get("job_lost")]
    assert START + LONG_DOC in lost
    assert report["status"] == "partial", stdout[-1500:]
    assert report["site_problem"]["code"] == "pages_unparsed" and report["site_problem"]["detail"] == str(len(lost))
    assert proc.returncode == 7
    assert "missing" not in {i["status"] for i in report["items"]}


def test_a_document_whose_reader_died_is_read_again_on_resume(server, clean, tmp_path):
    out = tmp_path / "out"
    server.world.log.clear()
    proc = _start(server, out, "--no-history")
    _kill_workers_reading(server, proc, out)
    os.killpg(proc.pid, signal.SIGINT)
    proc.communicate(timeout=300)
    assert proc.returncode == 130
    server.world.log.clear()
    resumed = _run(server, "crawl", START, "--out", str(out), *CRAWL, "--no-history", "--resume")
    assert resumed.returncode == 0, resumed.stdout[-2000:] + resumed.stderr[-2000:]
    assert _served(server, "/" + LONG_DOC)(), "fetched again"
    report = _report(out)
    assert _items(report) == _items(clean)
    assert not [r for r in map(json.loads, (out / "records.jsonl").read_text(encoding="utf-8").splitlines())
                if r.get("job_lost")]


def test_second_ctrl_c_stops_at_once_without_a_traceback(server, clean, tmp_path):
    out = tmp_path / "out"
    proc = _start(server, out, "--no-history")
    _wait(lambda: len(_records(out)) >= 5, proc)
    os.killpg(proc.pid, signal.SIGINT)
    time.sleep(0.3)      # two presses, not one signal delivered twice
    os.killpg(proc.pid, signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 130 and "Traceback" not in stderr, stderr[-3000:]
    assert "--resume" in stdout + stderr
    resumed = _run(server, "crawl", START, "--out", str(out), *CRAWL, "--no-history", "--resume")
    assert resumed.returncode == 0, resumed.stdout[-2000:] + resumed.stderr[-2000:]
    assert _items(_report(out)) == _items(clean)


def test_a_new_crawl_killed_midway_leaves_the_earlier_report_whole(server, tmp_path):
    """The folder shows the earlier complete run until the new one has its whole report."""
    out, db = tmp_path / "out", tmp_path / "history.sqlite"
    first = _run(server, "crawl", START, "--out", str(out), *CRAWL, "--db", str(db))
    assert first.returncode == 0, first.stderr[-2000:]
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert {"report.json", "report.csv", "report.html", "itas.csv", "itas.xlsx", "records.jsonl",
            "crawl.json"} <= set(before)
    server.world.log.clear()
    proc = _start(server, out, "--db", str(db))
    _wait(lambda: len(server.world.log) >= 12, proc)      # well into its crawl
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    assert len(_runs(db)) == 1


def test_one_crawl_at_a_time_writes_into_a_folder(server, tmp_path):
    out = tmp_path / "out"
    proc = _start(server, out, "--no-history")
    try:
        _wait(lambda: len(_records(out)) >= 1, proc)
        second = _run(server, "crawl", START, "--out", str(out), *CRAWL, "--no-history", timeout=120)
        assert second.returncode == 2 and "another crawl is writing" in second.stderr, second.stderr[-2000:]
        assert "Traceback" not in second.stderr
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        proc.communicate(timeout=300)
    assert _report(out)["site_problem"]["code"] == "interrupted"


def test_kill_9_then_resume_gives_the_clean_report(server, clean, tmp_path, moment="a worker reading a document"):
    """SIGKILL (the OOM killer, a power cut): no report, no history; --resume ends in the clean report,
    the requests in flight put back."""
    out, db = tmp_path / "out", tmp_path / "history.sqlite"
    server.world.log.clear()
    proc = _start(server, out, "--db", str(db))
    _wait(MOMENTS[moment](server, out), proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert not (out / "report.json").exists() and _runs(db) == []
    resumed = _run(server, "crawl", START, "--out", str(out), *CRAWL, "--db", str(db), "--resume")
    assert resumed.returncode == 0, resumed.stdout[-2000:] + resumed.stderr[-2000:]
    report = _report(out)
    assert _items(report) == _items(clean)
    assert report["pages_crawled"] == clean["pages_crawled"]
    assert len(_runs(db)) == 1
