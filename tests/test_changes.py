"""Changes between two runs: a month in which some things broke and one thing was fixed."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from conftest import assert_one_language

from oitcrawler.changes import compare, has_regressions, summary_lines, summary_texts
from oitcrawler.history import load_run, open_db, record_run

FIXTURE = Path(__file__).parent / "data" / "history" / "report.json"
HR_REPORT = "http://www.demo-agency.go.th/files/ita2566/O26/hr-annual-report-2565.pdf"
DRIVE = "https://drive.google.com/file/d/1contact/view"

# Each change once: a status that moved carries its cause (the link that broke, the move to Drive).
REGRESSIONS = {
    ("o1", "status_down"),          # page removed
    ("o36", "content_changed"),     # PDF replaced
    ("o20", "status_down"),         # link broke
    ("o4", "evidence_dead"),        # second PDF now 404
    ("o5", "status_down"),          # moved to Google Drive
}
IMPROVEMENTS = {("o26", "status_up")}


def load_report() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def item(report: dict, item_id: str) -> dict:
    return next(i for i in report["items"] if i["id"] == item_id)


def finding(code: str, url: str = "", advisory: bool = False) -> dict:
    return {"code": code, "message_th": f"ข้อความ {code}", "message_en": f"message {code}", "url": url,
            "advisory": advisory}


def next_month(old: dict) -> dict:
    """The same site a month later: what an agency's webmaster might have done meanwhile."""
    new = copy.deepcopy(old)
    new["generated_at"] = "2026-12-21T02:00:00+00:00"
    new["score"] = {**new["score"], "oit": 80.12}

    o1 = item(new, "o1")            # the structure page was taken down
    o1.update(status="missing", confidence=0.0, evidence=[], findings=[finding("not_found")])

    o36 = item(new, "o36")          # the plan PDF re-uploaded under the same name
    o36["evidence"][0]["sha256"] = "f" * 64

    o20 = item(new, "o20")          # the winner announcement's link now answers 404
    pdf = o20["evidence"].pop(1)
    o20["status"] = "incomplete"
    o20["findings"] = [finding("broken_link", pdf["url"])]

    item(new, "o4")["evidence"][1]["http_status"] = 404     # as a loaded run or older report may list it

    o5 = item(new, "o5")            # contact page replaced by a Google Drive file under the same label
    o5["evidence"][0].update(url=DRIVE, final_url=DRIVE, placement="external", accepted=False, sha256="")
    o5["status"] = "incomplete"
    o5["findings"] = [finding("off_site", DRIVE)]

    o26 = item(new, "o26")          # the HR report fixed: its link opens again
    o26.update(status="pass", confidence=0.99, findings=[], evidence=[{
        "url": HR_REPORT, "final_url": HR_REPORT, "label": "O26", "http_status": 200,
        "content_type": "application/pdf", "placement": "main", "accepted": True, "sha256": "a" * 64}])

    item(new, "o2")["status"] = "not_assessed"             # the server timed out on it this month
    item(new, "o2")["evidence"] = []
    o29 = item(new, "o29")
    o29.update(status="not_assessed", findings=[finding("fetch_failed", "http://www.demo-agency.go.th/x")])

    item(new, "o3")["evidence"][0]["sha256"] = "0" * 64      # an HTML page's bytes change every visit
    item(new, "o21")["findings"].append(finding("low_confidence", advisory=True))
    return new


def kinds(entries: list[dict]) -> set[tuple[str, str]]:
    return {(entry["item"], entry["kind"]) for entry in entries}


@pytest.fixture
def scenario() -> tuple[dict, dict]:
    old = load_report()
    return old, next_month(old)


def test_regressions_and_improvements(scenario):
    old, new = scenario
    changes = compare(old, new)
    assert changes["comparable"] is True
    assert kinds(changes["regressions"]) == REGRESSIONS
    assert kinds(changes["improvements"]) == IMPROVEMENTS
    assert len(changes["regressions"]) == len(REGRESSIONS), "each change is listed once"
    assert has_regressions(changes)


def test_a_more_specific_finding_for_a_missing_item_is_no_change():
    """Still missing, but now "a label without a link" where there was "not found": nothing broke."""
    old = load_report()
    new = copy.deepcopy(old)
    for report, code in ((old, "not_found"), (new, "label_without_link")):
        item(report, "o29").update(status="missing", evidence=[], findings=[finding(code)])
    changes = compare(old, new)
    assert changes["regressions"] == [] and changes["improvements"] == []
    assert "o29" in changes["unchanged"]


def test_not_assessed_is_not_a_regression(scenario):
    changes = compare(*scenario)
    assert [entry["item"] for entry in changes["not_compared"]] == ["o2", "o29"]
    touched = {i for i, _ in REGRESSIONS | IMPROVEMENTS} | {"o2", "o29"}
    assert set(changes["unchanged"]) == {i["id"] for i in scenario[0]["items"]} - touched
    assert {"o3", "o21"} <= set(changes["unchanged"])


def test_entries_say_what_and_where(scenario):
    changes = compare(*scenario)
    by_kind = {(e["item"], e["kind"]): e for e in changes["regressions"] + changes["improvements"]}
    assert by_kind["o1", "status_down"]["detail_en"] == "pass → missing"
    assert by_kind["o1", "status_down"]["detail_th"] == "สถานะเปลี่ยนจาก ผ่าน เป็น ไม่พบ"
    assert by_kind["o1", "status_down"]["title"] == "โครงสร้าง" and by_kind["o1", "status_down"]["code"] == "O1"
    broke = by_kind["o20", "status_down"]
    assert broke["url"] == item(scenario[0], "o20")["evidence"][1]["url"]
    assert broke["detail_en"].startswith("pass → incomplete: evidence ") and "no longer opens" in broke["detail_en"]
    assert broke["detail_th"].startswith("สถานะเปลี่ยนจาก ผ่าน เป็น ไม่ครบถ้วน: หลักฐาน ")
    assert "HTTP 404" in by_kind["o4", "evidence_dead"]["detail_en"]
    assert by_kind["o5", "status_down"]["url"] == DRIVE and "moved off" in by_kind["o5", "status_down"]["detail_en"]
    assert by_kind["o26", "status_up"]["url"] == HR_REPORT and "opens again" in by_kind["o26", "status_up"]["detail_en"]
    assert by_kind["o36", "content_changed"]["url"] == item(scenario[0], "o36")["evidence"][0]["url"]
    for entry in changes["regressions"] + changes["improvements"] + changes["not_compared"]:
        assert set(entry) == {"item", "code", "title", "kind", "detail_th", "detail_en", "url"}
        assert_one_language(entry["detail_th"], entry["detail_en"])
    json.dumps(changes)


def test_loaded_runs_compare_like_reports(scenario, tmp_path):
    conn = open_db(tmp_path / "history.sqlite")
    old_id, new_id = (record_run(conn, report) for report in scenario)
    changes = compare(load_run(conn, old_id), load_run(conn, new_id))
    conn.close()
    assert kinds(changes["regressions"]) == REGRESSIONS
    assert kinds(changes["improvements"]) == IMPROVEMENTS
    assert (changes["old"]["run_id"], changes["new"]["run_id"]) == (old_id, new_id)


@pytest.mark.parametrize("move", ["same address", "same label", "best evidence"])
def test_moved_off_site(move):
    old = load_report()
    new = copy.deepcopy(old)
    evidence = item(new, "o4")["evidence"]           # two PDFs on the main site
    if move == "same address":                        # the host is no longer counted as the agency's
        evidence[1].update(placement="external", label="renamed")
    elif move == "same label":                        # second link re-pointed to Drive; the first stays
        evidence[1].update(url=DRIVE, final_url=DRIVE, placement="external")
    else:                                             # only an unrelated off-site copy is left
        evidence[:] = [{**evidence[0], "url": DRIVE, "label": "elsewhere", "placement": "external"}]
    moved = [e for e in compare(old, new)["regressions"] if e["kind"] == "moved_off_site"]
    assert [(e["item"], e["url"]) for e in moved] == [("o4", evidence[-1]["url"])]


def test_same_run_has_no_changes():
    report = load_report()
    changes = compare(report, copy.deepcopy(report))
    assert not has_regressions(changes)
    assert changes["improvements"] == [] and changes["not_compared"] == []
    assert changes["unchanged"] == [i["id"] for i in report["items"]]


def test_unreachable_run_breaks_nothing():
    old = load_report()
    new = copy.deepcopy(old)
    new["status"] = "unreachable"
    for entry in new["items"]:
        entry.update(status="not_assessed", evidence=[], findings=[finding("fetch_failed", new["site"])])
    changes = compare(old, new)
    assert changes["regressions"] == [] and changes["improvements"] == []
    assert len(changes["not_compared"]) == len(old["items"])
    assert "unreachable" in changes["note_en"] and "เข้าถึงเว็บไซต์ไม่ได้" in changes["note_th"]


def test_different_checklists_are_not_comparable():
    old = load_report()
    new = copy.deepcopy(old)
    new["checklist"] = {"id": "ita-2568"}
    new["items"] = new["items"][:28]
    for entry in new["items"]:
        entry["status"] = "missing"
    changes = compare(old, new)
    assert changes["comparable"] is False
    assert changes["regressions"] == changes["improvements"] == changes["unchanged"] == []
    assert "ita-2566" in changes["note_en"] and "ita-2568" in changes["note_en"] and "ita-2568" in changes["note_th"]
    assert not has_regressions(changes)
    lines = summary_lines(changes)
    assert lines[0].startswith("ไม่ได้เปรียบเทียบกับรายงานวันที่ 22 พ.ย. 2569")
    assert lines[1].strip().startswith("Not compared with the report of 22 Nov 2026")


def test_items_in_one_run_only_are_left_out():
    old = load_report()
    new = copy.deepcopy(old)
    new["items"] = [i for i in new["items"] if i["id"] != "o43"]
    changes = compare(old, new)
    assert changes["comparable"] is True
    assert "o43" not in changes["unchanged"] and not has_regressions(changes)
    assert "O43" in changes["note_en"] and "O43" in changes["note_th"]


def test_summary_lines(scenario):
    """Each line in Thai, its English on the line below; dates in Thai, in Bangkok time (19:41 UTC
    on 21 November is the 22nd there)."""
    old, new = scenario
    changes = compare({**old, "run_id": 12}, new)
    lines = summary_lines(changes)
    assert lines[0] == (f"แย่ลง {len(REGRESSIONS)} รายการ · ดีขึ้น {len(IMPROVEMENTS)} รายการ "
                        "เทียบกับการตรวจครั้งที่ 12 (22 พ.ย. 2569) · คะแนน OIT ประมาณการ 84.44 → 80.12")
    assert lines[1] == (f"    {len(REGRESSIONS)} regressions, {len(IMPROVEMENTS)} improvement since run 12 "
                        "(22 Nov 2026); estimated OIT 84.44 → 80.12")
    assert "  - O1 โครงสร้าง: สถานะเปลี่ยนจาก ผ่าน เป็น ไม่พบ" in lines
    assert "        O1: pass → missing" in lines
    assert any(line.startswith("  + O26 ") and "สถานะเปลี่ยนจาก ไม่พบ เป็น ผ่าน" in line for line in lines)
    assert lines[-2:] == ["  ? เปรียบเทียบไม่ได้ 2 ข้อ (ประเมินไม่ได้): O2, O29",
                          "        could not compare 2 items (not assessed): O2, O29"]
    assert summary_lines(compare(old, copy.deepcopy(old)))[1].strip() == \
        "0 regressions, 0 improvements since the report of 22 Nov 2026; estimated OIT 84.44 → 84.44"
    th, en = summary_texts(changes)
    assert th.splitlines()[0] == lines[0] and en.splitlines()[0] == lines[1].strip()
