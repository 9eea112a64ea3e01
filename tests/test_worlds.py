"""End-to-end: crawl every fixture world over real HTTP and compare with its ground truth."""
import pytest
from conftest import WORLDS, assert_one_language

from oitcrawler.checklist import load_checklist
from oitcrawler.evaluate import compare
from oitcrawler.vocabulary import text


@pytest.mark.parametrize("name", sorted(WORLDS))
def test_world_statuses_and_evidence(crawled, name):
    world = crawled(name)
    assert world.code == 0, world.output[-2000:]
    result = compare(world.report, world.expected, level="content")
    assert result["mismatches"] == []
    assert result["precision"] == 1.0 and result["recall"] == 1.0


@pytest.mark.parametrize("name", sorted(WORLDS))
def test_report_shape(crawled, name):
    world = crawled(name)
    report = world.report
    assert report["status"] == "completed"
    checklist = load_checklist(world.expected.get("checklist", "ita-2566"))
    assert [i["id"] for i in report["items"]] == [item.id for item in checklist.items]
    assert report["pages_crawled"] >= 5 and report["documents_fetched"] > 0   # distinct pages (spa: 5)
    timings = report["timings"]
    assert {"crawl", "fetch", "parse", "match", "verify", "report"} <= set(timings)
    assert timings["fetch"] > 0 and timings["parse"] > 0 and timings["report"] > 0
    for item in report["items"]:
        assert item["status"] in ("pass", "incomplete", "missing", "not_assessed")
        confidences = [e["confidence"] for e in item["evidence"]]
        assert all(0 < c <= 1 for c in confidences)
        for e in item["evidence"]:
            assert 200 <= e["http_status"] < 300, "only live evidence is listed"
        for f in item["findings"]:
            assert f["message_th"] and f["message_en"] and f["code"]
            assert_one_language(f["message_th"], f["message_en"])
            assert_one_language(f["remediation_th"], f["remediation_en"])


def test_hub_page_is_never_evidence(crawled):
    world = crawled("wp-accordion")
    hubs = {h["url"].rstrip("/") for h in world.report["hubs"]}
    assert hubs, "the accordion hub was recognised"
    for item in world.report["items"]:
        for e in item["evidence"]:
            assert e["url"].rstrip("/") not in hubs


def test_off_site_and_subdomain(crawled):
    world = crawled("wp-accordion")
    placements = {e["placement"] for i in world.report["items"] for e in i["evidence"]}
    assert {"main", "subdomain", "external"} <= placements


def test_current_year_ranked_first(crawled):
    demo = crawled("demo_site")
    plan = demo.item("o4")
    assert plan["status"] == "pass"
    assert plan["evidence"][0]["year_fit"] == "fits"
    assert any(e["year_fit"] == "older" for e in plan["evidence"]), "the 2561-2565 plan is listed after"


def test_multi_year_hub_assesses_only_the_assessed_years_section(crawled):
    world = crawled("multi-year")
    report = world.report
    assert report["hub_years"] == {"present": world.expected["hub_years"],
                                   "assessed": world.expected["assessed_hub_year"]}
    for hub in report["hubs"]:
        assert hub["assessed_year"] == world.expected["assessed_hub_year"]
    # Evidence never comes from a link that sits only under another year's heading.
    o26 = world.item("o26")
    assert o26["status"] == "missing"
    other = [f for f in o26["findings"] if f["code"] == "other_year_section"]
    assert other and "2567" in other[0]["message_en"]
    assert not any(e["url"] == other[0]["url"] for i in report["items"] for e in i["evidence"])


@pytest.mark.parametrize("name", sorted(WORLDS))
def test_matches_made_during_the_crawl_equal_a_fresh_assessment(crawled, name):
    """The crawler matches pages in its workers as it goes; matching records.jsonl afresh must agree."""
    import json
    from datetime import date

    from oitcrawler.assess import assess

    world = crawled(name)
    report = world.report
    meta = json.loads((world.out / "crawl.json").read_text(encoding="utf-8"))
    again = assess(world.out / "records.jsonl", load_checklist(report["options"]["checklist"]), report["site"],
                   report["fiscal_year"], date.fromisoformat(report["as_of"]), meta)
    for key in ("status", "site_name", "pages_crawled", "documents_fetched", "links_checked", "hubs",
                "other_year_sections", "score"):
        assert again[key] == report[key], key
    assert json.loads(json.dumps(again["items"], ensure_ascii=False)) == report["items"]


@pytest.mark.parametrize("name", sorted(WORLDS))
def test_findings_explain_the_status(crawled, name):
    """Every incomplete item carries a blocking finding; a passed item carries none."""
    for item in crawled(name).report["items"]:
        blocking = [f["code"] for f in item["findings"] if not f["advisory"]]
        if item["status"] == "incomplete":
            assert blocking, f"{item['id']} is incomplete without saying why"
        if item["status"] == "pass":
            assert not blocking, f"{item['id']} passes with {blocking}"


@pytest.mark.parametrize("name", sorted(WORLDS))
def test_verify_passes_the_crawls_own_itas_sheet(crawled, name):
    """itas.xlsx lists only URLs that meet the item, and says มี only for an item that passes."""
    import json
    from datetime import date

    from oitcrawler.answers import read_answers, verify_answers
    from oitcrawler.site import Site

    world = crawled(name)
    report = world.report
    meta = json.loads((world.out / "crawl.json").read_text(encoding="utf-8"))
    checklist = load_checklist(report["options"]["checklist"])
    answers = read_answers(world.out / "itas.xlsx", checklist)
    published = text("itas.on_main_site", site="", path="", label="")[0].split("(")[0]   # "ข้อมูลเผยแพร่บนเว็บไซต์หลัก"
    assert {a.item_id: a.has for a in answers} == {i["id"]: i["status"] == "pass" for i in report["items"]}
    for answer in answers:
        if not answer.has:      # says what is missing, never that the data is published
            assert not answer.urls and answer.explanation
            assert not answer.explanation.startswith(published)
    verdicts = verify_answers(answers, world.out / "records.jsonl", checklist,
                              Site(report["site"], report["site_final_url"]), report["fiscal_year"],
                              date.fromisoformat(report["as_of"]), meta.get("soft404_fingerprint", ""))
    assert [(v.code, v.url, v.reasons) for v in verdicts if v.verdict == "fail"] == []
    items = [v for v in verdicts if not v.url]
    assert [v.item_id for v in items] == [i["id"] for i in report["items"]], "an item row for every item, first"
