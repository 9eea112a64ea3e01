"""Command line: ``oitcrawler crawl URL``, ``oitcrawler demo``, ``oitcrawler checklists``.

Exit codes: 0 report written; 2 bad arguments or bad checklist; 3 site could not be
assessed (report still written); 4 score below --fail-under.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from .checklist import DEFAULT_CHECKLIST, ChecklistError, bundled_checklists, load_checklist
from .run import CrawlOptions, OptionError, run_crawl
from .report import terminal_summary

EXIT_OK, EXIT_USAGE, EXIT_UNASSESSED, EXIT_BELOW = 0, 2, 3, 4


def _add_crawl_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--checklist", default=DEFAULT_CHECKLIST,
                   help="bundled checklist id (ita-2565, ita-2566) or path of a YAML file (default %(default)s)")
    p.add_argument("--fiscal-year", type=int, metavar="YYYY",
                   help="Buddhist-era fiscal year to assess (default: the checklist's ITA year)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="date the check pretends to run on (default today)")
    p.add_argument("--out", metavar="DIR", help="report folder (default output/<host>/<timestamp>/)")
    p.add_argument("--max-pages", type=int, default=5000, metavar="N", help="page limit (default %(default)s)")
    p.add_argument("--max-depth", type=int, default=6, metavar="N", help="click depth limit (default %(default)s)")
    p.add_argument("--max-doc-mb", type=float, default=25, metavar="MB",
                   help="largest document to download (default %(default)s MB)")
    p.add_argument("--fail-under", type=float, metavar="SCORE",
                   help="exit with code 4 when the estimated OIT score is below SCORE")
    p.add_argument("--quiet", action="store_true", help="no progress lines while crawling")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override a Scrapy setting, e.g. -s DOWNLOAD_DELAY=1 (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oitcrawler",
        description="Check a Thai agency's main website against the ITA/OIT disclosure checklist "
                    "(o1–o43) and write a compliance report.",
        epilog="Exit codes: 0 report written, 2 bad arguments or checklist, 3 site could not be "
               "assessed, 4 score below --fail-under.")
    parser.add_argument("--version", action="version", version=f"oitcrawler {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    crawl = sub.add_parser("crawl", help="crawl a website and write the report",
                           description="Crawl an agency's main website and write report.json, "
                                       "report.csv, report.html and itas.csv.")
    crawl.add_argument("url", help="start URL of the agency's main website")
    _add_crawl_options(crawl)

    demo = sub.add_parser("demo", help="serve the bundled demo agency site on 127.0.0.1 and check it",
                          description="Serve a realistic demo agency website on 127.0.0.1, crawl it "
                                      "and write the report (default output/demo/).")
    demo.add_argument("--out", metavar="DIR", default="output/demo", help="report folder (default %(default)s)")
    demo.add_argument("--quiet", action="store_true", help="no progress lines while crawling")

    sub.add_parser("checklists", help="list the bundled checklists",
                   description="List the bundled checklists with year and item count.")
    return parser


def _settings(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise OptionError(f"-s expects NAME=VALUE, got {pair!r}")
        out[name.strip()] = value
    return out


def _finish(report: dict, fail_under: float | None, out: str) -> int:
    print(terminal_summary(report))
    print(f"report: {Path(out) / 'report.html'}")
    if report["status"] in ("unreachable", "blocked"):
        return EXIT_UNASSESSED
    if fail_under is not None and report["score"]["oit"] < fail_under:
        print(f"estimated score {report['score']['oit']:.2f} is below --fail-under {fail_under}",
              file=sys.stderr)
        return EXIT_BELOW
    return EXIT_OK


def cmd_crawl(args) -> int:
    options = CrawlOptions.from_args(
        url=args.url, out=args.out, checklist=args.checklist, fiscal_year=args.fiscal_year,
        as_of=args.as_of, max_pages=args.max_pages, max_depth=args.max_depth, max_doc_mb=args.max_doc_mb)
    report = run_crawl(options, progress=not args.quiet, extra_settings=_settings(args.set))
    return _finish(report, args.fail_under, options.out)


def cmd_demo(args) -> int:
    from .fixtureserver import FixtureServer

    world = Path(__file__).with_name("demo_site")
    with tempfile.TemporaryDirectory(prefix="oitcrawler-demo-") as tmp, \
            FixtureServer(world, Path(tmp) / "site") as server:
        # The demo's other hosts (Facebook, Google Drive) are served by the same local server.
        os.environ["http_proxy"] = server.proxy_url
        os.environ.pop("no_proxy", None)
        os.environ.pop("NO_PROXY", None)
        start = server.expected["start"]
        print(f"demo site {start} served on {server.proxy_url}")
        options = CrawlOptions.from_args(url=start, out=args.out, as_of=str(server.expected.get("as_of", "")))
        report = run_crawl(options, progress=not args.quiet)
    return _finish(report, None, options.out)


def cmd_checklists(args) -> int:
    print(f"{'id':<12} {'year':<6} {'items':<6} provisional  title")
    for path in bundled_checklists():
        c = load_checklist(str(path))
        print(f"{c.id:<12} {c.ita_year:<6} {len(c.items):<6} {'yes' if c.provisional else 'no':<12} {c.title_en}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        return {"crawl": cmd_crawl, "demo": cmd_demo, "checklists": cmd_checklists}[args.command](args)
    except (OptionError, ChecklistError) as exc:
        print(f"oitcrawler: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("oitcrawler: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
