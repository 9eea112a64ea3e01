"""Batch speed-up: the same agencies crawled with 1 worker, then 2 (oitcrawler batch).

    python benchmarks/batch.py [--agencies 50] [--pages 60] [--workers 1 2]

Generates the agencies (benchmarks/sitegen.py) into one fixture world served on
127.0.0.1, runs ``oitcrawler batch --force`` once per worker count and prints the wall
time, agencies per minute and the speed-up over the first count. The fixture server runs
in this process; the crawls are child processes.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sitegen import generate  # noqa: E402

from oitcrawler.testing.fixtureserver import FixtureServer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=50)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--docs", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oitcrawler-batch-bench-") as tmp:
        tmp = Path(tmp)
        world, listing = tmp / "world", tmp / "agencies.csv"
        rows = ["name,url"]
        for i in range(args.agencies):
            host = f"www.agency{i:03d}-bench.go.th"
            generate(world, args.pages, args.docs, host, seed=i)
            rows.append(f"หน่วยงานทดสอบ {i},http://{host}/")
        listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"{args.agencies} agencies of ~{args.pages} pages and {args.docs + 43} documents; "
              f"{os.cpu_count()} CPUs; fixture server in this process")
        print("| workers | seconds | agencies/min | speed-up |\n|---|---|---|---|")
        with FixtureServer(world, tmp / "build" / "site") as server:
            base = None
            for workers in args.workers:
                start = time.monotonic()
                proc = subprocess.run(
                    [sys.executable, "-m", "oitcrawler", "batch", str(listing), "--out", str(tmp / f"out{workers}"),
                     "--workers", str(workers), "--force", "--quiet", "--", "--checklist", "ita-2566",
                     "--as-of", "2023-05-15", "--no-history"],
                    env=server.env(), capture_output=True, text=True)
                seconds = time.monotonic() - start
                if proc.returncode != 0:
                    print(proc.stdout[-2000:], proc.stderr[-2000:], file=sys.stderr)
                    return 1
                base = base or seconds
                print(f"| {workers} | {seconds:.1f} | {args.agencies / seconds * 60:.1f} | {base / seconds:.2f}× |",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
