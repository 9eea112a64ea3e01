"""Precision and recall of item detection over the fixture worlds.

    python benchmarks/detection.py [--level link|content] [WORLD ...]

Each world (tests/sites/*/ and the demo site) is served on 127.0.0.1, crawled with the
CLI, and its report compared with the world's _expected.yaml.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from oitcrawler.evaluate import compare
from oitcrawler.testing.fixtureserver import crawl_world

ROOT = Path(__file__).resolve().parent.parent
WORLDS = sorted(p.parent for p in (ROOT / "tests" / "sites").glob("*/_expected.yaml")) + \
    [ROOT / "oitcrawler" / "demo_site"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--level", choices=("link", "content"), default="link")
    parser.add_argument("worlds", nargs="*", help="world folders (default: all)")
    args = parser.parse_args()
    worlds = [Path(w) for w in args.worlds] or WORLDS
    totals = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    status_ok = items = 0
    found = {"expected": 0, "expected_raised": 0, "raised": 0, "raised_expected": 0}
    print(f"{'world':<14} {'items':>5} {'prec':>6} {'recall':>6} {'status':>6} {'evid':>6} "
          f"{'f.rec':>6} {'f.prec':>6}")
    for world in worlds:
        with tempfile.TemporaryDirectory() as tmp:
            code, expected, output = crawl_world(world, Path(tmp) / "out")
            report_file = Path(tmp) / "out" / "report.json"
            if not report_file.exists():
                print(f"{world.name}: no report (exit {code})\n{output[-2000:]}", file=sys.stderr)
                return 1
            result = compare(json.loads(report_file.read_text(encoding="utf-8")), expected, args.level)
        for k in totals:
            totals[k] += result["counts"][k]
        status_ok += round(result["status_accuracy"] * result["items"])
        for k in found:
            found[k] += result["finding_counts"][k]
        items += result["items"]
        print(f"{world.name:<14} {result['items']:>5} {result['precision']:>6.3f} {result['recall']:>6.3f} "
              f"{result['status_accuracy']:>6.3f} {result['evidence_accuracy']:>6.3f} "
              f"{result['finding_recall']:>6.3f} {result['finding_precision']:>6.3f}")
        for row in result["mismatches"]:
            print(f"    {row['id']}: {'; '.join(row['problems'])}")
    precision = totals["tp"] / max(1, totals["tp"] + totals["fp"])
    recall = totals["tp"] / max(1, totals["tp"] + totals["fn"])
    print(f"{'ALL':<14} {sum(totals.values()):>5} {precision:>6.3f} {recall:>6.3f}  (tp {totals['tp']}, "
          f"fp {totals['fp']}, fn {totals['fn']}, tn {totals['tn']}); status accuracy "
          f"{status_ok / max(1, items):.3f}")
    print(f"findings: recall {found['expected_raised'] / max(1, found['expected']):.3f} "
          f"({found['expected_raised']}/{found['expected']}), precision "
          f"{found['raised_expected'] / max(1, found['raised']):.3f} ({found['raised_expected']}/{found['raised']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
