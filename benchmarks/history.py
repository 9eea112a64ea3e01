"""History database size and diff time for a year of monthly runs.

    python benchmarks/history.py [--pages 2000] [--months 12]

Generates a site of about --pages pages (benchmarks/sitegen.py), crawls it once for real over
loopback, then records --months monthly runs into a fresh history database: the real report,
changed from month to month the way sites change (a few items lose or regain evidence, a few
documents are replaced). Prints the database size and the time to compare the last two runs
(load both from the database and diff them), which is what `oitcrawler diff` does.
"""
from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitegen import generate  # noqa: E402

from oitcrawler.changes import compare  # noqa: E402
from oitcrawler.history import load_run, open_db, record_run  # noqa: E402
from oitcrawler.testing.fixtureserver import crawl_world  # noqa: E402


def month_variant(report: dict, month: int, rng: random.Random) -> dict:
    r = copy.deepcopy(report)
    r["as_of"] = f"{2022 + (month + 9) // 12}-{(month + 9) % 12 + 1:02d}-15"
    r["generated_at"] = r["as_of"] + "T02:00:00+00:00"
    for item in rng.sample(r["items"], 3):
        if item["status"] == "pass":
            item["status"], item["evidence"] = "missing", []
            item["findings"] = [{"code": "not_found", "message_th": "ไม่พบ", "message_en": "not found",
                                 "url": "", "advisory": False}]
    for item in rng.sample(r["items"], 3):
        for e in item["evidence"][:1]:
            e["sha256"] = f"{month:064x}"
    return r


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--months", type=int, default=12)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="oitcrawler-history-") as tmp:
        world = generate(Path(tmp) / "world", args.pages, 60, "www.bench-agency.go.th")
        started = time.perf_counter()
        code, _, output = crawl_world(world, Path(tmp) / "out", "--max-pages", str(args.pages + 500))
        crawl_s = time.perf_counter() - started
        report = json.loads((Path(tmp) / "out" / "report.json").read_text(encoding="utf-8"))
        db_path = Path(tmp) / "history.sqlite"
        conn = open_db(db_path)
        ids = []
        started = time.perf_counter()
        for month in range(args.months):
            ids.append(record_run(conn, month_variant(report, month, rng), str(Path(tmp) / "out")))
        record_s = (time.perf_counter() - started) / args.months
        repeats = 20
        started = time.perf_counter()
        for _ in range(repeats):
            changes = compare(load_run(conn, ids[-2]), load_run(conn, ids[-1]))
        diff_ms = (time.perf_counter() - started) / repeats * 1000
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        size = db_path.stat().st_size
        evidence = sum(len(i["evidence"]) for i in report["items"])
        findings = sum(len(i["findings"]) for i in report["items"])
    print(f"site: {report['pages_crawled']} pages, {report['documents_fetched']} documents crawled in {crawl_s:.1f} s "
          f"(exit {code}); report: {len(report['items'])} items, {evidence} evidence URLs, {findings} findings")
    print(f"history after {args.months} runs: {size / 1024:.0f} KiB ({size / args.months / 1024:.1f} KiB per run); "
          f"record {record_s * 1000:.1f} ms per run; diff of the last two runs {diff_ms:.1f} ms "
          f"({len(changes['regressions'])} regressions, {len(changes['improvements'])} improvements)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
