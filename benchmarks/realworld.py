"""Run a checklist over real agency pages: ../shared/realworld/rtrda (when present).

    python benchmarks/realworld.py [--dir DIR] [--checklist ita-2568] [--as-of 2025-05-15] [--json FILE]

The folder holds page records exported from a real agency's WordPress site (an ITA hub with
a section per year, executives, contact, complaint pages). They are served on 127.0.0.1 as the
agency's host with a generated home page that links every page, and a stub file for every
document the pages link, keeping its file name; the stub's text is its file name, which is
what a reader of the hub knows about it too. Internal pages the export lacks get a stub page
titled with the link text, except the pages the export's README says do not exist. Nothing
is copied into the project: the world is built in a temporary folder.

Prints, per item, the status, the top evidence and the findings, and how many items have
evidence. Content findings on stubs (stale, undated, missing elements) say little about the
real documents; the link-level findings (broken, home-page target, label without link,
other-year section) are the ones the real page earns.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import yaml

from oitcrawler.testing.fixtureserver import crawl_world

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "realworld" / "rtrda"
# Pages the export's README names as missing on the real site: served as 404.
KNOWN_MISSING = {"/e-services"}
_HREF = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>""", re.I | re.S)
_DOC = re.compile(r"\.(pdf|docx|xlsx|xls|doc)$", re.I)


def _page(title: str, body: str, menu: str) -> str:
    return (f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>{html.escape(title)}"
            f"</title></head><body><nav>{menu}</nav><main><h1>{html.escape(title)}</h1>{body}</main>"
            "<footer>สงวนลิขสิทธิ์</footer></body></html>")


def _dir_for(site: Path, path: str) -> Path:
    parts = [p for p in unquote(path).split("/") if p]
    return site.joinpath(*parts) if parts else site


def build(records_dir: Path, world: Path, checklist: str, as_of: str) -> str:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(records_dir.glob("*.json"))]
    if not records:
        raise SystemExit(f"no page records (*.json) in {records_dir}")
    host = urlsplit(records[0]["sourceUrl"]).hostname
    start = f"http://{host}/"
    site = world / host
    pages = {unquote(r["path"]).rstrip("/"): r for r in records}
    menu = " | ".join(f"<a href='{html.escape(p)}/'>{html.escape(r['title'])}</a>" for p, r in pages.items())
    for path, r in pages.items():
        target = _dir_for(site, path) / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_page(r["title"], r["contentHtml"], menu), encoding="utf-8")
    (site / "index.html").write_text(_page("หน้าแรก", "<p>ยินดีต้อนรับ</p>", menu), encoding="utf-8")
    # Stubs live under short names and are routed from the linked path: real Thai file names
    # often exceed the file system's 255-byte limit.
    routes: dict[str, dict] = {}
    stub_dir = site / "stubs"
    stub_dir.mkdir(parents=True, exist_ok=True)
    for r in records:
        base = urljoin(start, r["path"].rstrip("/") + "/")
        for href, text in _HREF.findall(r["contentHtml"]):
            url = urljoin(base, html.unescape(href.strip()))
            parts = urlsplit(url)
            path = unquote(parts.path).rstrip("/")
            if parts.hostname != host or not path or path in pages or path in KNOWN_MISSING \
                    or path in routes:
                continue
            name = path.rsplit("/", 1)[-1]
            words = re.sub(r"[_\-]+", " ", name.rsplit(".", 1)[0])
            n = len(routes)
            ext = name.rsplit(".", 1)[1].lower() if _DOC.search(name) else "html"
            if ext in ("pdf", "docx"):
                (stub_dir / f"{n}.{ext}.txt").write_text(words, encoding="utf-8")
            elif ext == "xlsx":
                (stub_dir / f"{n}.xlsx.csv").write_text(f'"{words}"', encoding="utf-8")
            elif ext == "html":
                label = re.sub(r"<[^>]+>", "", text).strip(" –-\u00a0") or words
                (stub_dir / f"{n}.html").write_text(_page(html.unescape(label), "<p>…</p>", menu),
                                                    encoding="utf-8")
            else:
                (stub_dir / f"{n}.{ext}").write_bytes(b"\xd0\xcf\x11\xe0")  # an old Office file
            routes[path] = {"file": f"stubs/{n}.{ext}"}
    (site / "_routes.yaml").write_text(yaml.safe_dump(routes, allow_unicode=True), encoding="utf-8")
    stubs = len(routes)
    (world / "_expected.yaml").write_text(yaml.safe_dump(
        {"start": start, "checklist": checklist, "as_of": as_of, "items": {}}, allow_unicode=True),
        encoding="utf-8")
    print(f"world: {len(pages)} real pages, {stubs} stubs, host {host}")
    return start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of page records (default %(default)s)")
    parser.add_argument("--checklist", default="ita-2568")
    parser.add_argument("--as-of", default="2025-05-15", help="date of the check (default %(default)s, FY2568)")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args()
    if not args.dir.is_dir():
        print(f"{args.dir} is not present; nothing to benchmark")
        return 0
    with tempfile.TemporaryDirectory(prefix="oitcrawler-realworld-") as tmp:
        world = Path(tmp) / "world"
        build(args.dir, world, args.checklist, args.as_of)
        code, _, output = crawl_world(world, Path(tmp) / "out")
        report_file = Path(tmp) / "out" / "report.json"
        if not report_file.exists():
            print(f"no report (exit {code})\n{output[-3000:]}", file=sys.stderr)
            return 1
        report = json.loads(report_file.read_text(encoding="utf-8"))
        if args.json:
            args.json.write_text(report_file.read_text(encoding="utf-8"), encoding="utf-8")
    hub = report.get("hub_years", {})
    print(f"{report['checklist']['id']} FY{report['fiscal_year']}: pages {report['pages_crawled']}, "
          f"documents {report['documents_fetched']}; hub sections {hub.get('present')}, assessed {hub.get('assessed')}")
    found = 0
    for item in report["items"]:
        accepted = [e for e in item["evidence"] if e["accepted"]]
        found += bool(accepted)
        top = unquote(accepted[0]["url"]).replace(f"http://{urlsplit(report['site']).hostname}", "")[:70] \
            if accepted else "-"
        codes = ",".join(sorted({f["code"] for f in item["findings"]}))
        print(f"{item['id']:>4} {item['status']:<12} {top:<72} {codes}")
    codes = {}
    for item in report["items"]:
        for f in item["findings"]:
            codes[f["code"]] = codes.get(f["code"], 0) + 1
    print(f"\nitems with evidence: {found}/{len(report['items'])}; status counts: "
          + ", ".join(f"{s} {sum(1 for i in report['items'] if i['status'] == s)}"
                      for s in ("pass", "incomplete", "missing", "not_assessed")))
    print("findings: " + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
