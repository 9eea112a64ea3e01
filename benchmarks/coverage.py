"""Focused against full crawl on sites of real size: requests, time, status, results.

    python benchmarks/coverage.py worlds [WORLD ...] [--albums 2500] [--delay 0.1]
    python benchmarks/coverage.py sitegen --pages 2000 10000 50000 [--delay 0.5] [--full 2000]

``worlds``: each fixture world is crawled as it is and padded with an activity archive
(oitcrawler.testing.padding: ``--albums`` albums, their print views and listing pages;
2,500 albums are 5,167 archive pages), every answer delayed ``--delay`` s, default
settings. Printed: status, requests the server answered, seconds, and whether the item
statuses and top evidence equal the unpadded world's.

``sitegen``: benchmarks/sitegen.py sites (a news archive behind a page bar, an ITA hub),
every answer delayed ``--delay`` s (0.5: shared hosting), crawled with the defaults
(focused), and with ``--coverage full --max-depth 100000`` for the sizes given to --full.

Requests are what the fixture server answered (robots.txt, sitemap, the "not found"
probe and liveness checks included).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from sitegen import generate  # noqa: E402

from oitcrawler.testing.fixtureserver import FixtureServer  # noqa: E402
from oitcrawler.testing.padding import pad_world  # noqa: E402

CACHE = HERE / ".cache"


def crawl(world: Path, delay: float, *extra: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="oitcrawler-coverage-") as tmp:
        with FixtureServer(world, Path(tmp) / "site", delay=delay) as server:
            out = Path(tmp) / "out"
            started = time.monotonic()
            code, output = server.crawl(server.expected["start"], out, *extra, timeout=7200)
            seconds = time.monotonic() - started
            hits = server.world.hits
        if not (out / "report.json").exists():
            raise SystemExit(output[-3000:])
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    results = {i["id"]: (i["status"], i["evidence"][0]["url"] if i["evidence"] else None) for i in report["items"]}
    return {"code": code, "status": report["status"], "requests": hits, "seconds": round(seconds, 1),
            "pages": report["pages_crawled"], "documents": report["documents_fetched"], "results": results,
            "skipped": sum(s["count"] for s in report.get("skipped", []))}


def worlds(names: list[str], albums: int, delay: float) -> None:
    print("| world | archive pages | crawl | status | requests | ratio | seconds | pages | skipped | "
          "same statuses | same top evidence |\n|---|---|---|---|---|---|---|---|---|---|---|")
    for name in names:
        source = ROOT / "tests" / "sites" / name
        plain = crawl(source, delay)
        padded_dir = CACHE / f"padded-{name}-{albums}"
        if not padded_dir.exists():
            pad_world(source, padded_dir, albums)
        padded = crawl(padded_dir, delay)
        archive = 2 * albums + (albums + 14) // 15
        for label, run, size in (("plain", plain, 0), ("padded", padded, archive)):
            same_status = all(run["results"][k][0] == plain["results"][k][0] for k in plain["results"])
            same_top = run["results"] == plain["results"]
            print(f"| {name} | {size:,} | {label} | {run['status']} | {run['requests']} | "
                  f"{run['requests'] / plain['requests']:.2f} | {run['seconds']} | {run['pages']} | "
                  f"{run['skipped']:,} | "
                  f"{'yes' if same_status else 'NO'} | {'yes' if same_top else 'NO'} |", flush=True)


def sitegen(sizes: list[int], full: list[int], delay: float) -> None:
    print("| pages | crawl | status | requests | seconds | pages crawled | skipped |\n|---|---|---|---|---|---|---|")
    for size in sizes:
        site = CACHE / f"site-{size}"
        if not (site / "_expected.yaml").exists():
            generate(site, size, 60, "www.bench-agency.go.th")
        runs = [("focused (default)", ())]
        if size in full:
            runs.append(("full", ("--coverage", "full", "--max-depth", "100000", "--max-pages", str(2 * size))))
        for label, extra in runs:
            run = crawl(site, delay, *extra)
            print(f"| {size:,} | {label} | {run['status']} | {run['requests']:,} | {run['seconds']} | "
                  f"{run['pages']:,} | {run['skipped']:,} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("worlds", "sitegen"))
    parser.add_argument("names", nargs="*", default=["table-hub", "wp-accordion", "no-hub", "cms-tambon"])
    parser.add_argument("--albums", type=int, default=2500)
    parser.add_argument("--pages", type=int, nargs="+", default=[2000, 10000, 50000])
    parser.add_argument("--full", type=int, nargs="*", default=[2000])
    parser.add_argument("--delay", type=float)
    args = parser.parse_args()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    delay = args.delay if args.delay is not None else 0.1 if args.what == "worlds" else 0.5
    print(f"commit {commit}, {delay} s per response\n")
    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n", encoding="utf-8")
    if args.what == "worlds":
        worlds(args.names, args.albums, delay)
    else:
        sitegen(args.pages, args.full, delay)


if __name__ == "__main__":
    main()
