"""Each content finding fires on evidence that has the defect and stays silent on near misses."""
from datetime import date

import pytest

from oitcrawler.checklist import load_checklist
from oitcrawler.checks import Content, check_item, covered_months
from oitcrawler.dates import fiscal_years_in, months_mentioned
from oitcrawler.extract import parse_html

C = load_checklist("ita-2566")
AS_OF = date(2023, 5, 15)


def codes(item_id, contents, as_of=AS_OF):
    out = check_item(C.item(item_id), contents, 2566, as_of)
    return {f["code"] for f in out.findings if not f["advisory"]}, out


def doc(text, url="http://a.go.th/f.pdf", label="", status="ok"):
    return Content(url=url, kind="document", label=label, text=text, text_status=status)


def page(html, url="http://a.go.th/p/"):
    rec = parse_html(html, url)
    return Content(url=url, kind="page", text=rec["text"], title=rec["title"], record=dict(rec, url=url))


@pytest.mark.parametrize("text,expected", [
    ("ต.ค.65 - มี.ค.66", [(2565, 10), (2565, 11), (2565, 12), (2566, 1), (2566, 2), (2566, 3)]),
    ("1 ตุลาคม 2565 – 31 มีนาคม 2566", [(2565, 10), (2565, 11), (2565, 12), (2566, 1), (2566, 2), (2566, 3)]),
    ("ม.ค. - มี.ค. ๖๕", [(2565, 1), (2565, 2), (2565, 3)]),
    ("สรุปผลในรอบเดือนกุมภาพันธ์ ๒๕๖๖", [(2566, 2)]),
    ("ตค. 65", [(2565, 10)]),
    ("สำนักงาน ก.พ. กำหนด", []),
])
def test_months(text, expected):
    assert sorted(months_mentioned(text)) == expected


def test_fiscal_year_reading():
    assert fiscal_years_in("ลงวันที่ ๑ ตุลาคม ๒๕๖๕") == {2566}
    assert fiscal_years_in("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2566 ความเป็นมา ปีงบประมาณ 2565") == {2565, 2566}
    assert fiscal_years_in("ปีงบประมาณ 2565 ข้อมูล ณ 30 ต.ค. 2565") == {2565}
    assert 2566 in fiscal_years_in("ประชุมเมื่อ 20 ก.พ. 2566 เรื่องแผน ปีงบประมาณ 2567", prefer_stated=False)


def test_stale_and_its_near_miss():
    found, _ = codes("o36", [doc("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕")])
    assert "stale" in found
    found, _ = codes("o36", [doc("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\n"
                                "ความเป็นมา ผลการดำเนินงานปีงบประมาณ พ.ศ. ๒๕๖๕ พบว่า")])
    assert "stale" not in found
    found, _ = codes("o13", [doc("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565")])
    assert "stale" not in found, "the annual report covers the previous fiscal year"


def test_undated_is_a_finding():
    found, _ = codes("o36", [doc("แผนปฏิบัติการป้องกันการทุจริต โครงการอบรม งบประมาณ")])
    assert "undated" in found


def _month_doc(name):
    return doc(f"แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{name}", url=f"http://a.go.th/{name}.pdf")


def test_missing_months_named_and_no_procurement_counts():
    months = ["ตุลาคม 2565", "พฤศจิกายน 2565", "ธันวาคม 2565", "มกราคม 2566", "มีนาคม 2566"]
    found, out = codes("o21", [_month_doc(m) for m in months])
    blocking = [f for f in out.findings if f["code"] == "missing_months" and not f["advisory"]]
    assert len(blocking) == 1 and "ก.พ. 66" in blocking[0]["message_th"]
    advisory = [f for f in out.findings if f["code"] == "missing_months" and f["advisory"]]
    assert advisory and "เม.ย. 66" in advisory[0]["message_th"]
    complete = [_month_doc(m) for m in months] + [doc("เดือนกุมภาพันธ์ 2566 ไม่มีการจัดซื้อจัดจ้าง",
                                                         url="http://a.go.th/feb.pdf")]
    found, _ = codes("o21", complete)
    assert "missing_months" not in found
    assert (2566, 2) in covered_months(complete)


def test_six_month_report_must_reach_march():
    found, _ = codes("o12", [doc("รายงานการกำกับติดตามการดำเนินงาน ไตรมาส 1 ปีงบประมาณ พ.ศ. 2566")])
    assert "missing_months" in found
    found, _ = codes("o12", [doc("รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2566")])
    assert not found


EXECUTIVES = """<html><head><title>ผู้บริหาร</title></head><body><h1>ผู้บริหาร</h1>
<table><tr>
<td><img src="/a.png"><br><b>นายสมชาย ใจดี</b><br>อธิบดีกรมตัวอย่าง<br>โทร. 02-111-1111</td>
<td><img src="/b.png"><br><b>นางสาวมาลี สุขใจ</b><br>รองอธิบดีกรมตัวอย่าง<br>อีเมล malee@x.go.th</td>
<td><b>นายวิชัย มั่นคง</b><br>รองอธิบดีกรมตัวอย่าง<br>โทร. 02-111-1113</td>
</tr></table>
<h2>ผู้อำนวยการกอง</h2><p>นายเอกชัย ทดสอบ ผู้อำนวยการกองคลัง</p></body></html>"""


def test_executives_names_who_lacks_what():
    found, out = codes("o2", [page(EXECUTIVES)])
    f = next(f for f in out.findings if f["code"] == "missing_elements")
    assert f["elements"] == ["photo"] and "นายวิชัย" in f["message_th"]
    fixed = EXECUTIVES.replace("<td><b>นายวิชัย", '<td><img src="/c.png"><br><b>นายวิชัย')
    found, _ = codes("o2", [page(fixed)])
    assert "missing_elements" not in found, "a division director without a photo is not required"


def test_contact_elements():
    found, out = codes("o5", [page("<h1>ติดต่อเรา</h1><p>เลขที่ 1 ถนนราชดำเนิน เขตพระนคร กรุงเทพฯ 10200</p>"
                                   "<p>โทร 02-222-2222</p>")])
    assert next(f for f in out.findings if f["code"] == "missing_elements")["elements"] == ["email", "map"]
    found, _ = codes("o5", [page("<p>เลขที่ 1 ถนนราชดำเนิน เขตพระนคร 10200 โทร 02-222-2222 "
                                 "อีเมล saraban@x.go.th</p><iframe src='https://www.google.com/maps/embed?pb=1'>"
                                 "</iframe>")])
    assert not found


def test_corruption_channel_must_be_separate():
    general = page("<html><head><title>ร้องเรียน/ร้องทุกข์</title></head><body><h1>ร้องเรียน/ร้องทุกข์</h1>"
                   "<form><input name=a><textarea name=b></textarea></form></body></html>")
    found, out = codes("o28", [general])
    assert "separate_channel" in next(f for f in out.findings if f["code"] == "missing_elements")["elements"]
    own = page("<html><head><title>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</title></head><body>"
               "<h1>แจ้งเบาะแสการทุจริต</h1><p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
               "<form><input name=a><textarea name=b></textarea></form></body></html>")
    found, _ = codes("o28", [own])
    assert "missing_elements" not in found


def test_faq_is_not_two_way():
    found, _ = codes("o8", [page("<html><head><title>คำถามที่พบบ่อย</title></head><body><h1>FAQ</h1>"
                                 "<p>ถาม: ... ตอบ: ...</p></body></html>")])
    assert "missing_elements" in found
    found, _ = codes("o8", [page("<html><head><title>กระดานถาม-ตอบ</title></head><body>"
                                 "<form><textarea name=q></textarea></form></body></html>")])
    assert not found


def test_no_gift_declaration():
    good = doc("ประกาศกรมตัวอย่าง เรื่อง เจตนารมณ์ No Gift Policy ประจำปีงบประมาณ พ.ศ. 2566\n"
               "เจ้าหน้าที่ของรัฐทุกคนไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่\nอธิบดีกรมตัวอย่าง")
    assert not codes("o31", [good])[0]
    unsigned = doc("ประชาสัมพันธ์ No Gift Policy ประจำปีงบประมาณ พ.ศ. 2566 ไม่รับของขวัญ")
    assert "missing_elements" in codes("o31", [unsigned])[0]
    assert "stale" in codes("o31", [good.__class__(**{**good.__dict__, "text": good.text.replace("2566", "2565")})])[0]


def test_unreadable_document():
    scanned = doc("", status="image_only")
    found, out = codes("o36", [scanned])
    assert out.not_assessed and any(f["code"] == "unreadable_document" for f in out.findings)
    found, out = codes("o1", [scanned])
    assert not out.not_assessed and not found, "nothing to verify in a structure chart: advisory only"
    assert [f["advisory"] for f in out.findings if f["code"] == "unreadable_document"] == [True]
