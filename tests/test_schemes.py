"""Lists outside the NACC O-list: MOPH MOIT, OBEC schools, vocational colleges.

Bundled lists validate; a list whose roll-up is unknown gets no score anywhere a score is shown;
MOIT rounds are judged by the round due at --as-of; hostile checklist files are refused.
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date

import pytest
import yaml
from conftest import run_cli

from oitcrawler.answers import item_id_of
from oitcrawler.checklist import (
    MAX_ITEMS,
    ChecklistError,
    bundled_checklists,
    bundled_dir,
    load_checklist,
    select_checklist,
)
from oitcrawler.checks import Content, check_item
from oitcrawler.dates import latest_due_round, rounds_named
from oitcrawler.lineage import diff
from oitcrawler.options import CrawlOptions
from oitcrawler.report import csv_rows, itas_rows, render_html, terminal_summary
from oitcrawler.score import estimate
from oitcrawler.testing.fixtureserver import FixtureServer

NEW = {"moph-moit-2569": ("moph", "moit", 22), "obec-2569": ("obec", "o", 18), "vec-2569": ("vec", "o", 23)}


def test_every_bundled_list_validates_and_numbers_its_items():
    ids = {p.stem for p in bundled_checklists()}
    assert {"ita-2565", "ita-2566", "ita-2568", "ita-2569", *NEW} <= ids
    for path in bundled_checklists():
        c = load_checklist(str(path))
        assert c.id == path.stem
        prefix = "moit" if c.scheme == "moph" else "o"
        assert [i.id for i in c.items] == [f"{prefix}{n}" for n in range(1, len(c.items) + 1)], c.id
        assert all(i.title_th and i.title_en and i.labels and i.remediation_th and i.remediation_en
                   for i in c.items), c.id


@pytest.mark.parametrize("cid", sorted(NEW))
def test_new_lists_have_their_items_and_every_item_is_provisional(cid):
    scheme, prefix, count = NEW[cid]
    c = load_checklist(cid)
    assert (c.scheme, len(c.items), c.scoring_method) == (scheme, count, "none")
    # The reference rates every one of these lists "medium": no item may claim more.
    assert c.provisional and all(i.provisional for i in c.items)
    assert all(i.source in ("partly_sourced", "unconfirmed") for i in c.items)


def test_moit_items_are_written_moit_n_and_ask_for_the_memo_and_the_form():
    c = load_checklist("moph-moit-2569")
    assert c.code_prefix == "MOIT " and c.item("moit5").display == "MOIT 5"
    assert load_checklist("ita-2569").item("o5").display == "O5"
    with_memo = [i.id for i in c.items if {"publication_memo", "publication_form"} <= {e.id for e in i.elements}]
    assert len(with_memo) == 20 and "moit2" not in with_memo      # MOIT 2 is the current-information list
    memo = c.item("moit10").elements[0]
    assert memo.id == "publication_memo" and "บันทึกข้อความ" in memo.patterns
    assert [(i.id, i.rounds) for i in c.items if i.window == "rounds"][:2] == [("moit5", (1, 2, 3, 4)),
                                                                              ("moit10", (2, 4))]


def test_checklists_command_groups_by_scheme_with_provisional_counts():
    result = run_cli("checklists")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("scheme nacc") < out.index("scheme moph") and "scheme obec" in out and "scheme vec" in out
    assert out.startswith("แบบตรวจของสำนักงาน ป.ป.ช.") and "ข้อเบื้องต้น" in out, "Thai first"
    rows = {m[0]: (int(m[1]), int(m[2]), m[3]) for m in
            re.findall(r"^\s+([a-z]+-[a-z0-9-]+)\s+\d{4}\s+(\d+)\s+(\d+)\s+(?:เบื้องต้น|ยืนยันแล้ว) "
                       r"(provisional|confirmed)", out, re.M)}
    assert rows["moph-moit-2569"] == (22, 22, "provisional")
    assert rows["obec-2569"] == (18, 18, "provisional")
    assert rows["vec-2569"] == (23, 23, "provisional")
    assert rows["ita-2565"] == (43, 0, "confirmed") and rows["ita-2569"] == (26, 26, "provisional")


def test_scheme_lists_are_chosen_by_id_never_by_date(tmp_path):
    options = CrawlOptions.from_args(url="http://www.rph-demo.go.th/", out=str(tmp_path / "o"),
                                     checklist="moph-moit-2569", as_of="2026-05-15")
    assert options.checklist == "moph-moit-2569" and not options.checklist_note
    for day in (date(2025, 11, 1), date(2026, 5, 15), date(2026, 11, 21)):
        assert select_checklist(day).ref.startswith("ita-")


def test_auto_pick_says_which_provisional_list_it_used():
    later = select_checklist(date(2026, 11, 21))            # FY2570: no list of that year
    assert later.ref == "ita-2569" and not later.exact
    thai, english = later.message.split(" / ", 1)
    assert "ita-2569" in thai and "2570" in thai and "ฉบับเบื้องต้น" in thai
    assert "ita-2569 is provisional" in english and "2570" in english
    exact = select_checklist(date(2026, 5, 15))
    assert exact.exact and "ita-2569" in exact.message and "provisional" in exact.message
    assert "provisional" not in select_checklist(date(2025, 5, 15)).message    # ita-2568 is not


def test_checklist_diff_across_schemes_is_refused():
    with pytest.raises(ChecklistError, match="different schemes"):
        diff(load_checklist("ita-2569"), load_checklist("moph-moit-2569"))
    result = run_cli("checklist", "diff", "obec-2569", "ita-2568")
    assert result.returncode == 2 and "different schemes" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


# --- bounds and validation ----------------------------------------------------------------

def _write(tmp_path, mutate, name="mine.yaml"):
    data = yaml.safe_load((bundled_dir() / "moph-moit-2569.yaml").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_oversized_checklist_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_text("id: huge\nnotes: '" + "ก" * (800 * 1024) + "'\n", encoding="utf-8")   # 2.4 MB of UTF-8
    with pytest.raises(ChecklistError) as exc:
        load_checklist(str(path))
    assert "at most 2 MB" in str(exc.value) and "\n" not in str(exc.value)


def test_checklist_with_too_many_items_is_refused(tmp_path):
    def many(d):
        d["items"] = [dict(d["items"][0], id=f"moit{n}", code=n) for n in range(1, MAX_ITEMS + 2)]
    with pytest.raises(ChecklistError, match=f"{MAX_ITEMS + 1} items; a checklist may have at most {MAX_ITEMS}"):
        load_checklist(str(_write(tmp_path, many)))


@pytest.mark.parametrize("mutate,expected", [
    (lambda d: d.update(code_prefix="MO-IT"), "field 'code_prefix'"),
    (lambda d: d["items"][9].update(rounds=[4, 2]), "item moit10: field 'rounds' must list quarters"),
    (lambda d: d["items"][9].update(rounds=[5]), "item moit10: field 'rounds' must list quarters"),
    (lambda d: d["items"][9].pop("rounds"), "item moit10: field 'rounds' is required"),
    (lambda d: d["items"][0].update(rounds=[2]), "item moit1: field 'rounds' needs 'window: rounds'"),
    (lambda d: d["scoring"].update(pass_mark=85), "'method: none' means no score"),
    (lambda d: d["scoring"].update(method="guess"), "scoring: field 'method' must be one of nacc, none"),
    (lambda d: d["scoring"].update(colour="red"), "scoring: unknown field 'colour'"),
    (lambda d: d["items"][0].update(sub_indicator="9.1"), "item moit1: field 'sub_indicator'"),
])
def test_new_fields_are_validated(tmp_path, mutate, expected):
    with pytest.raises(ChecklistError) as exc:
        load_checklist(str(_write(tmp_path, mutate)))
    assert expected in str(exc.value)


# --- no estimated score ---------------------------------------------------------------------

def _report(cid: str, status: str = "pass") -> dict:
    c = load_checklist(cid)
    items = [{"id": i.id, "code": i.code, "title": i.title_th, "title_en": i.title_en, "indicator": i.indicator,
              "sub_indicator": i.sub_indicator, "window": i.window, "remediation_th": i.remediation_th,
              "remediation_en": i.remediation_en, "provisional": i.provisional, "status": status,
              "confidence": 0.9, "review": False, "evidence": [], "findings": []} for i in c.items]
    return {"site": "http://www.rph-demo.go.th/", "site_name": "โรงพยาบาลทดสอบ", "checklist": c.summary(),
            "fiscal_year": 2569, "as_of": "2026-05-15", "status": "completed", "status_detail": "",
            "pages_crawled": 1, "documents_fetched": 0, "links_checked": 0, "generated_at": "now",
            "tool": {"version": "t"}, "items": items,
            "score": estimate(c, {i["id"]: status for i in items})}


def test_no_score_scheme_gives_no_number_and_says_why():
    s = _report("vec-2569")["score"]
    assert (s["oit"], s["grade"], s["range"], s["estimate"], s["passed"]) == (None, None, None, False, 23)
    assert "ไม่ประมาณคะแนน" in s["note_th"] and "No estimated score" in s["note_en"]


def test_no_score_report_terminal_html_csv_and_itas():
    report = _report("moph-moit-2569", status="missing")
    text = terminal_summary(report)
    assert "no estimated score" in text and "0/22 items pass" in text and "None" not in text
    assert "MOIT 10" in text
    html = render_html(report)
    assert "ไม่ประมาณคะแนน" in html and "None" not in html and "คะแนนรายตัวชี้วัดย่อย" not in html
    assert ">MOIT 22<" in html
    assert len(csv_rows(report)) == 23 and csv_rows(report)[1][:2] == ["MOIT 1", "moit1"]
    assert [row[0] for row in itas_rows(report)[1:3]] == ["MOIT 1", "MOIT 2"]
    # One way of writing a code wherever a person reads it; the stable id stays for programs.
    for shown in (text, html, "\n".join(",".join(map(str, row)) for row in itas_rows(report))):
        assert not re.search(r"\bMOIT\d|\bmoit\d", shown.replace('id="moit', "").replace("#moit", ""))


def test_without_a_score_what_to_fix_first_is_ordered_by_status_then_code():
    from oitcrawler.report import fix_first

    report = _report("moph-moit-2569", status="missing")
    report["items"][0]["status"] = "not_assessed"
    report["items"][2]["status"] = "incomplete"
    order = [(f.code, f.cost) for f in fix_first(report)]
    assert order[:3] == [("MOIT 2", None), ("MOIT 4", None), ("MOIT 5", None)]
    assert order[-2:] == [("MOIT 3", None), ("MOIT 1", None)]


def test_score_without_confirmed_grades_has_a_number_but_no_grade():
    report = _report("ita-2569")
    s = report["score"]
    assert s["oit"] == 100.0 and s["grade"] is None and s["estimate"]
    assert "AA" not in terminal_summary(report) and "None" not in render_html(report)
    assert "ไม่แสดงระดับคะแนน" in s["note_th"]


def test_fail_under_is_skipped_with_a_message_when_there_is_no_score(capsys):
    from oitcrawler.cli import EXIT_BELOW, EXIT_OK, _finish

    assert _finish(_report("obec-2569", "missing"), 85, "out") == EXIT_OK
    assert "--fail-under ignored: checklist obec-2569 has no estimated score" in capsys.readouterr().err
    assert _finish(_report("ita-2569", "missing"), 85, "out") == EXIT_BELOW


def test_history_and_changes_keep_a_run_without_score(tmp_path):
    from oitcrawler.changes import compare, summary_lines
    from oitcrawler.history import list_runs, load_run, open_db, record_run

    conn = open_db(tmp_path / "history.sqlite")
    first = record_run(conn, _report("moph-moit-2569", "missing"))
    second = record_run(conn, dict(_report("moph-moit-2569"), generated_at="later"))
    runs = list_runs(conn)
    assert [(r["score"], r["grade"]) for r in runs] == [(None, None), (None, None)]
    lines = summary_lines(compare(load_run(conn, first), load_run(conn, second)))
    conn.close()
    assert lines[1].strip().startswith("0 regressions, 22 improvements") and "estimated OIT" not in lines[1]
    assert lines[0].startswith("แย่ลง 0 รายการ · ดีขึ้น 22 รายการ") and "คะแนน" not in lines[0]
    assert run_cli("history", "--db", str(tmp_path / "history.sqlite")).returncode == 0


def test_answer_sheet_codes_in_the_lists_own_writing():
    moit = load_checklist("moph-moit-2569")
    assert item_id_of("MOIT 5", moit) == "moit5" and item_id_of("moit๑๒", moit) == "moit12"
    assert item_id_of("EB 5", moit) is None
    assert item_id_of("O21", load_checklist("ita-2568")) == "o21"


# --- rounds ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,rounds", [
    ("ไตรมาสที่ 2", {(None, 2)}),
    ("ไตรมาส ๔", {(None, 4)}),
    ("รอบ 6 เดือน", {(None, 2)}),
    ("รอบ ๑๒ เดือน", {(None, 4)}),
    ("รอบแรก", {(None, 2)}),                                   # the first entry of rounds [2, 4]
    ("รอบที่ 2", {(None, 4)}),
    ("moit10-q4.pdf", {(None, 4)}),
    ("รายงาน 1 ตุลาคม 2568 - 31 มีนาคม 2569", {(2569, 2)}),
    ("ประชุมรอบ 2 ครั้ง รอบ 3 เดือน", {(None, 1)}),               # "twice", not round 2
    ("รายงานประจำปี", set()),
])
def test_thai_round_wording(text, rounds):
    assert rounds_named(text, (2, 4)) == rounds


@pytest.mark.parametrize("as_of,due", [
    ("2026-03-31", (2568, 4)),        # quarter 2 of FY2569 ends today: not due yet
    ("2026-04-01", (2569, 2)),
    ("2026-09-30", (2569, 2)),
    ("2026-10-01", (2569, 4)),
    ("2027-06-01", (2569, 4)),        # assessing FY2569 long after it ended
])
def test_latest_due_round(as_of, due):
    assert latest_due_round((2, 4), 2569, date.fromisoformat(as_of)) == due


def _round_codes(item_id: str, as_of: str, *labels: str) -> list[str]:
    item = load_checklist("moph-moit-2569").item(item_id)
    contents = [Content(url=f"http://www.rph-demo.go.th/ita/{n}.pdf", kind="document", label=label,
                        text="บันทึกข้อความ ขออนุญาตเผยแพร่ " + label) for n, label in enumerate(labels)]
    outcome = check_item(item, contents, 2569, date.fromisoformat(as_of))
    return sorted(f["code"] for f in outcome.findings if f["code"] != "missing_elements")


@pytest.mark.parametrize("as_of,labels,codes", [
    # quarter 2 due, quarter 2 published
    ("2026-05-15", ["สรุปผลการดำเนินงานเรื่องร้องเรียน ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2569"], []),
    # quarter 4 due: the 6-month report no longer suffices, the 12-month one does
    ("2026-10-15", ["สรุปผลการดำเนินงานเรื่องร้องเรียน รอบ 6 เดือน ปีงบประมาณ 2569"], ["missing_round"]),
    ("2026-10-15", ["สรุปผลการดำเนินงานเรื่องร้องเรียน รอบ 6 เดือน ปีงบประมาณ 2569",
                    "สรุปผลการดำเนินงานเรื่องร้องเรียน รอบ 12 เดือน ปีงบประมาณ ๒๕๖๙"], []),
    # nothing of FY2569 is due yet in January: last year's quarter 4 is what must show
    ("2026-01-15", ["สรุปผลเรื่องร้องเรียน ไตรมาส ๔ ปีงบประมาณ 2568"], []),
    ("2026-01-15", ["สรุปผลเรื่องร้องเรียน ไตรมาสที่ 2 ปีงบประมาณ 2568"], ["missing_round"]),
    # only an older fiscal year
    ("2026-05-15", ["สรุปผลเรื่องร้องเรียน รอบ 6 เดือน ปีงบประมาณ 2567",
                    "สรุปผลเรื่องร้องเรียน รอบ 12 เดือน ปีงบประมาณ 2568"], ["stale"]),
    # a report that says no round counts for the first round of its year only
    ("2026-05-15", ["สรุปผลการดำเนินงานเรื่องร้องเรียน ปีงบประมาณ 2569"], []),
    ("2026-10-15", ["สรุปผลการดำเนินงานเรื่องร้องเรียน ปีงบประมาณ 2569"], ["missing_round"]),
    ("2026-05-15", ["สรุปผลการดำเนินงานเรื่องร้องเรียน"], ["undated"]),
])
def test_rounds_judged_by_as_of(as_of, labels, codes):
    assert _round_codes("moit10", as_of, *labels) == codes


def test_missing_round_names_the_round_and_its_deadline():
    item = load_checklist("moph-moit-2569").item("moit19")
    content = Content(url="http://www.rph-demo.go.th/ita/moit19.pdf", kind="document",
                      label="รายงานการเรี่ยไร รอบ 6 เดือน ปีงบประมาณ 2569", text="MSRS")
    f = next(f for f in check_item(item, [content], 2569, date(2026, 11, 2)).findings if f["code"] == "missing_round")
    assert "ไตรมาสที่ 4 ปีงบประมาณ 2569" in f["message_th"] and "30 ก.ย. 2569" in f["message_th"]
    assert "quarter 4 of FY2569" in f["message_en"] and "30 Sep 2026" in f["message_en"] and not f["advisory"]


def test_quarterly_compilation_counts_for_its_months():
    """ITA 2569 O11: a quarter-1 and a quarter-2 file of monthly สขร.1 rows cover October to March."""
    item = load_checklist("ita-2569").item("o11")
    contents = [Content(url=f"http://www.agency.go.th/ita2569/O11/skr-q{q}.pdf", kind="document",
                        label=f"สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1) ไตรมาส {q} ปีงบประมาณ 2569",
                        text="งานที่ซื้อหรือจ้าง วงเงิน ราคากลาง") for q in (1, 2)]
    months = [f for f in check_item(item, contents, 2569, date(2026, 5, 1)).findings
              if f["code"] == "missing_months" and not f["advisory"]]
    assert not months
    only_first = [f for f in check_item(item, contents[:1], 2569, date(2026, 5, 1)).findings
                  if f["code"] == "missing_months" and not f["advisory"]]
    assert only_first and "ม.ค. 69" in only_first[0]["message_th"] and "ต.ค. 68" not in only_first[0]["message_th"]


# --- a hospital checked end to end ------------------------------------------------------------

HOSPITAL = {
    "index.html": """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>โรงพยาบาลบ้านทดสอบ</title></head>
<body><nav><a href="/">หน้าแรก</a> | <a href="/news/">ข่าวประชาสัมพันธ์</a> | <a href="/ita/2569/">ITA 2569</a></nav>
<h1>โรงพยาบาลบ้านทดสอบ อำเภอเมือง จังหวัดลำพูน</h1><p>บริการผู้ป่วยนอก ๒๔ ชั่วโมง โทร ๐๕๓ ๕๑๑ ๐๐๐</p></body></html>""",
    "news/index.html": """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ข่าวประชาสัมพันธ์</title></head>
<body><h1>ข่าวประชาสัมพันธ์</h1><p>๑๐ มีนาคม ๒๕๖๙ โรงพยาบาลจัดอบรมการรับเรื่องร้องเรียนให้เจ้าหน้าที่</p></body></html>""",
    "ita/2569/index.html": """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>ITA 2569 การประเมินคุณธรรมและความโปร่งใส</title></head><body>
<h1>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (MOIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h1>
<h2>ตัวชี้วัดที่ 2 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</h2>
<h3>MOIT 5 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569</h3>
<ul><li><a href="/files/moit5-q1-69.pdf">ไตรมาสที่ 1 แบบ สขร.1 ต.ค.-ธ.ค. 2568</a></li>
<li><a href="/files/moit5-q2-69.pdf">ไตรมาสที่ 2 แบบ สขร.1 ม.ค.-มี.ค. 2569</a></li></ul>
<h2>ตัวชี้วัดที่ 4 การส่งเสริมความโปร่งใส</h2>
<h3>MOIT 10 หน่วยงานมีสรุปผลการดำเนินงานเรื่องร้องเรียนการปฏิบัติงานหรือการให้บริการของเจ้าหน้าที่ภายในหน่วยงาน
และเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h3>
<ul><li><a href="/files/moit10-q2-69.pdf">ไตรมาสที่ 2 สรุปผลการดำเนินงานเรื่องร้องเรียน รอบ 6 เดือน</a></li></ul>
<h2>ตัวชี้วัดที่ 7 การดำเนินการเพื่อป้องกันการทุจริต</h2>
<h3>MOIT 17 หน่วยงานมีการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 อย่างเป็นระบบ</h3>
<ul><li><a href="/files/moit17-risk.pdf">แผนบริหารความเสี่ยงการทุจริต</a></li></ul></body></html>""",
    "files/moit5-q1-69.pdf.txt": "บันทึกข้อความ\nเรื่อง ขออนุญาตเผยแพร่สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569\n"
                                 "แบบ สขร.1 ตุลาคม 2568 พฤศจิกายน 2568 ธันวาคม 2568\n"
                                 "แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน\n",
    "files/moit5-q2-69.pdf.txt": "บันทึกข้อความ\nเรื่อง ขออนุญาตเผยแพร่สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2569\n"
                                 "แบบ สขร.1 มกราคม 2569 กุมภาพันธ์ 2569 มีนาคม 2569\n"
                                 "แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน\n",
    "files/moit10-q2-69.pdf.txt": "บันทึกข้อความ\nเรื่อง รายงานสรุปผลการดำเนินงานเรื่องร้องเรียน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2569 "
                                  "และขออนุญาตเผยแพร่บนเว็บไซต์\n"
                                  "1. เรื่องร้องเรียนการปฏิบัติงานหรือการให้บริการของเจ้าหน้าที่ จำนวน 3 เรื่อง\n"
                                  "2. เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ไม่มีเรื่องร้องเรียน\n"
                                  "แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน\n",
    "files/moit17-risk.pdf.txt": "บันทึกข้อความ\nเรื่อง ขออนุญาตเผยแพร่แผนบริหารความเสี่ยงการทุจริต ไตรมาสที่ 2 "
                                 "ประจำปีงบประมาณ พ.ศ. 2568\nรายงานแผนบริหารความเสี่ยงการทุจริต การวิเคราะห์ความเสี่ยง\n"
                                 "แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน\n",
}


@pytest.mark.parametrize("as_of,moit5,moit10", [
    ("2026-05-15", "pass", "pass"),                 # quarter 2 of FY2569 due, and published
    ("2026-10-15", "incomplete", "incomplete"),     # quarter 4 due, only quarters 1-2 published
])
def test_hospital_checked_against_moit(tmp_path, as_of, moit5, moit10):
    host = tmp_path / "world" / "www.rph-demo.go.th"
    for name, text in HOSPITAL.items():
        (host / name).parent.mkdir(parents=True, exist_ok=True)
        (host / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    with FixtureServer(tmp_path / "world", tmp_path / "build" / "site") as server:
        result = run_cli("crawl", "http://www.rph-demo.go.th/", "--checklist", "moph-moit-2569", "--as-of", as_of,
                         "--out", str(out), "--quiet", "--no-history", "--fail-under", "80", env=server.env())
    assert result.returncode == 0, result.stderr[-2000:]
    assert "--fail-under ignored" in result.stderr and "no estimated score" in result.stdout
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["score"]["oit"] is None and report["checklist"]["code_prefix"] == "MOIT "
    status = {i["id"]: i for i in report["items"]}
    assert (status["moit5"]["status"], status["moit10"]["status"]) == (moit5, moit10)
    codes = {f["code"] for f in status["moit10"]["findings"]}
    assert ("missing_round" in codes) == (moit10 == "incomplete")
    assert status["moit17"]["status"] == "incomplete" and "stale" in {f["code"] for f in status["moit17"]["findings"]}
    with open(out / "itas.csv", encoding="utf-8-sig") as fh:
        assert [row[0] for row in csv.reader(fh)][1:3] == ["MOIT 1", "MOIT 2"]
    assert "None" not in (out / "report.html").read_text(encoding="utf-8")
