"""What ``--render auto`` costs on a site that needs no JavaScript (target: under 5 %).

    python benchmarks/render.py [--world oitcrawler/demo_site] [--pages 0] [--repeat 5]

Crawls the same fixture world (or, with --pages N, a generated site of N pages) with
``--render never`` and ``--render auto`` alternately, each in its own process, and prints
the median wall time of each and the difference. The fixture server runs in this process.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from oitcrawler.testing.fixtureserver import FixtureServer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--world", type=Path, default=ROOT / "oitcrawler" / "demo_site")
    parser.add_argument("--pages", type=int, default=0, help="crawl a generated site of this many pages instead")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oitcrawler-render-bench-") as tmp:
        tmp = Path(tmp)
        world = args.world
        if args.pages:
            from sitegen import generate

            world = generate(tmp / "world", args.pages, 30, "www.bench-agency.go.th")
        times: dict[str, list[float]] = {"never": [], "auto": []}
        with FixtureServer(world, tmp / "build" / "site") as server:
            start_url = server.expected["start"]
            for n in range(args.repeat):
                for mode in ("never", "auto") if n % 2 == 0 else ("auto", "never"):
                    began = time.monotonic()
                    code, output = server.crawl(start_url, tmp / f"out-{mode}-{n}", "--render", mode)
                    times[mode].append(time.monotonic() - began)
                    if code not in (0, 7):
                        print(output[-2000:], file=sys.stderr)
                        return 1
        never, auto = statistics.median(times["never"]), statistics.median(times["auto"])
        print(f"world {world.name}: median of {args.repeat} crawls each")
        print("| render | median s | runs |\n|---|---|---|")
        for mode in ("never", "auto"):
            print(f"| {mode} | {statistics.median(times[mode]):.2f} | {', '.join(f'{t:.2f}' for t in times[mode])} |")
        print(f"auto costs {auto - never:+.2f} s ({(auto - never) / never * 100:+.1f} %) "
              "on a site that needs no rendering")
    return 0


if __name__ == "__main__":
    sys.exit(main())
