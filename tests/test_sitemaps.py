"""Sitemaps as Scrapy reads them: robots.txt Sitemap lines, gzipped indexes and URL sets."""
import json

from oitcrawler.testing.fixtureserver import FixtureServer

HOME = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>หน้าแรก | สำนักงานตัวอย่าง</title>
</head><body><h1>สำนักงานตัวอย่าง</h1><p>ยินดีต้อนรับสู่เว็บไซต์ของสำนักงาน เมนูของเว็บไซต์สร้างด้วยสคริปต์</p>
<p>ที่อยู่ 99 ถนนราชดำเนิน อำเภอเมือง จังหวัดตัวอย่าง 10200</p></body></html>"""
PAGE = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | สำนักงานตัวอย่าง</title>
</head><body><h1>{title}</h1><p>{body}</p></body></html>"""


def _world(root):
    site = root / "www.sitemap-demo.go.th"
    site.mkdir(parents=True)
    (site / "index.html").write_text(HOME, encoding="utf-8")
    pages = {"about/structure": ("โครงสร้างหน่วยงาน", "แผนผังโครงสร้างการแบ่งส่วนราชการ กลุ่มงานอำนวยการ"),
             "about/executives": ("ข้อมูลผู้บริหาร", "นายสมชาย ใจดี ผู้อำนวยการสำนักงาน โทร 02-123-4567"),
             "contact": ("ข้อมูลการติดต่อ", "โทรศัพท์ 02-123-4567 อีเมล saraban@sitemap-demo.go.th")}
    for path, (title, body) in pages.items():
        (site / path).mkdir(parents=True)
        (site / path / "index.html").write_text(PAGE.format(title=title, body=body), encoding="utf-8")
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: /sitemap_index.xml.gz\n", encoding="utf-8")
    (site / "sitemap_index.xml.gz.txt").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>http://www.sitemap-demo.go.th/sitemaps/pages-1.xml.gz</loc></sitemap></sitemapindex>",
        encoding="utf-8")
    (site / "sitemaps").mkdir()
    (site / "sitemaps" / "pages-1.xml.gz.txt").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>http://www.sitemap-demo.go.th/{p}/</loc></url>" for p in pages) + "</urlset>",
        encoding="utf-8")
    (root / "_expected.yaml").write_text("start: http://www.sitemap-demo.go.th/\nchecklist: ita-2566\n"
                                         "as_of: 2023-05-15\nitems: {}\n", encoding="utf-8")
    return pages


def test_a_site_reachable_only_through_a_gzipped_sitemap_index_is_crawled(tmp_path):
    pages = _world(tmp_path / "world")
    with FixtureServer(tmp_path / "world", tmp_path / "served") as server:
        server.crawl("http://www.sitemap-demo.go.th/", tmp_path / "out")
    fetched = {json.loads(line)["url"] for line in (tmp_path / "out" / "records.jsonl").read_text().splitlines()}
    assert {f"http://www.sitemap-demo.go.th/{p}/" for p in pages} <= fetched
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    o1 = next(i for i in report["items"] if i["id"] == "o1")
    assert o1["status"] == "pass"
    assert o1["evidence"][0]["url"] == "http://www.sitemap-demo.go.th/about/structure/"
