"""The focused crawl on worlds padded with a large archive: the same report, for a few more requests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import WORLDS

from oitcrawler.evaluate import compare
from oitcrawler.records import read_records
from oitcrawler.testing.fixtureserver import crawl_world
from oitcrawler.testing.padding import FIRST_ID, pad_world

ALBUMS = 700     # 700 albums, 700 print views, 47 listing pages: about 1,450 archive pages
# Relevant posts a few listing pages deep (15 albums a page, newest first), inside fiscal year 2566.
HIDDEN = {
    50: ("กิจกรรมการสร้างวัฒนธรรม No Gift Policy ประจำปีงบประมาณ พ.ศ. 2566",
         "ผู้บริหารและเจ้าหน้าที่ร่วมกิจกรรมการสร้างวัฒนธรรม No Gift Policy ไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่"),
    80: ("การเปิดโอกาสให้เกิดการมีส่วนร่วม ประชุมรับฟังความคิดเห็นของประชาชน ประจำปีงบประมาณ พ.ศ. 2566",
         "จัดเวทีรับฟังความคิดเห็นของประชาชนต่อแผนการดำเนินงาน เปิดโอกาสให้ประชาชนมีส่วนร่วม"),
}
HOST = "http://www.phetchabun-demo.go.th"


def _crawl(world: Path, out: Path, *extra: str) -> tuple[int, dict, dict, list]:
    code, expected, output = crawl_world(world, out, *extra)
    assert (out / "report.json").exists(), output[-3000:]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    expected["output"] = output
    return code, expected, report, list(read_records(out / "records.jsonl"))


def _results(report: dict) -> dict:
    return {i["id"]: (i["status"], i["evidence"][0]["url"] if i["evidence"] else None) for i in report["items"]}


@pytest.fixture(scope="module")
def hidden_world(tmp_path_factory):
    return pad_world(WORLDS["table-hub"], tmp_path_factory.mktemp("hidden") / "world", ALBUMS, HIDDEN)


def test_an_archive_changes_neither_the_report_nor_much_the_requests(crawled, tmp_path):
    plain = crawled("table-hub")
    world = pad_world(WORLDS["table-hub"], tmp_path / "world", ALBUMS)
    code, expected, report, records = _crawl(world, tmp_path / "out")
    assert code == 0 and report["status"] == "completed" and report["coverage"] == "focused"
    assert compare(report, expected, level="content")["mismatches"] == [], expected["output"][-2000:]
    assert _results(report) == _results(plain.report)
    before = sum(1 for _ in read_records(plain.out / "records.jsonl"))
    assert len(records) <= 1.5 * before, (len(records), before)
    skipped = {(s["reason"], s["pattern"]): s["count"] for s in report["skipped"]}
    host = HOST.removeprefix("http://")
    assert skipped[("archive_entry", f"{host}/activity/N/")] > 600
    assert skipped[("archive_older", f"{host}/activity/page/N/")] > 30
    assert ("print_variant", f"{host}/activity/N/print/") in skipped
    assert all(s["message_th"] and s["message_en"] for s in report["skipped"])
    assert "left out by the focused crawl" in expected["output"] and "/activity/N/" in expected["output"]
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "/activity/page/N/" in html and "listing pages older than the years assessed" in html


def test_posts_deep_in_an_archive_are_found_as_a_full_crawl_finds_them(hidden_world, tmp_path):
    code, _, focused, records = _crawl(hidden_world, tmp_path / "focused")
    assert code == 0 and focused["status"] == "completed"
    code, _, full, full_records = _crawl(hidden_world, tmp_path / "full", "--coverage", "full", "--max-depth", "1000")
    assert code == 0 and full["status"] == "completed" and full["skipped"] == []
    assert sum(r["kind"] == "page" for r in full_records) > 2 * ALBUMS
    assert _results(focused) == _results(full)
    for report in (focused, full):
        evidence = {i["id"]: [e["url"] for e in i["evidence"]] for i in report["items"]}
        assert f"{HOST}/activity/{FIRST_ID + ALBUMS - 1 - 50}/" in evidence["o32"]
        assert f"{HOST}/activity/{FIRST_ID + ALBUMS - 1 - 80}/" in evidence["o30"]
    assert len(records) < len(full_records) / 8


def test_a_page_limit_that_cuts_relevant_pages_leaves_the_crawl_partial(hidden_world, tmp_path):
    code, _, report, _ = _crawl(hidden_world, tmp_path / "out", "--max-pages", "15")
    assert code == 7 and report["status"] == "partial" and report["limit_reached"]
    assert report["site_problem"]["code"] == "limit_reached"
