import pytest

from oitcrawler.checklist import load_checklist
from oitcrawler.extract import parse_html
from oitcrawler.match import Matcher, link_context, url_codes
from oitcrawler.segment import hub_evidence


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_checklist("ita-2566"))


def top(matcher, text):
    best = matcher.best(text)
    return best[0][0] if best else None


@pytest.mark.parametrize("text,item", [
    ("ข้อมูลผู้บริหาร", "o2"),
    ("โครงสร้างหน่วยงาน", "o1"),
    ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "o21"),
    ("รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน", "o12"),
    ("รายงานผลการดำเนินงานประจำปี 2565", "o13"),
    ("ประกาศเจตนารมณ์ No Gift Policy", "o31"),
    ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "o10"),
    ("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "o28"),
    ("รายงานผลการดำเนินงานประจาปี", "o13"),  # SARA AM lost in a PDF copy
])
def test_labels_name_their_item(matcher, text, item):
    assert top(matcher, text) == item


@pytest.mark.parametrize("text", [
    "ประชุมชี้แจงการจัดทำแผนปฏิบัติการป้องกันการทุจริต",
    "คำถามที่พบบ่อย",
    "หน้าหลัก",
    "ติดต่อสอบถามการรับสมัครงาน",
])
def test_distractors_are_not_evidence(matcher, text):
    assert top(matcher, text) is None


def test_generic_anchor_uses_its_label():
    link = {"text": "เปิด", "attrs": "", "label": "o5 ข้อมูลการติดต่อ"}
    assert link_context(link) == "o5 ข้อมูลการติดต่อ"


def test_url_codes_need_the_year():
    assert url_codes("http://a.go.th/wp-content/uploads/ita2566/O11/plan.pdf", 2566) == {11}
    assert url_codes("http://a.go.th/ita2565/o11/plan.pdf", 2566) == set()
    assert url_codes("http://a.go.th/o11/plan.pdf", 2566) == set()


HUB = """<html><head><title>ITA 2566</title></head><body>
<h2>การประเมิน ITA ปี 2566</h2>
<p><strong>O1 โครงสร้าง</strong></p><p><a href="/structure/">– โครงสร้างหน่วยงาน</a></p>
<p><strong><a href="/executives/">O2 ข้อมูลผู้บริหาร</a></strong></p>
<p><strong>O3 อำนาจหน้าที่</strong></p><p>อยู่ระหว่างดำเนินการ</p>
<p><strong>O๔ แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</strong></p><p><a href="#">แผนยุทธศาสตร์</a></p>
<p><strong>O5 ข้อมูลการติดต่อ</strong></p><p><a href="/">หน้าแรก</a></p>
<h2>ปี 2565</h2>
<p><strong>O6 กฎหมายที่เกี่ยวข้อง</strong></p><p><a href="/laws-2565/">กฎหมาย</a></p>
</body></html>"""


def test_hub_sections(matcher):
    page = {"url": "http://www.a.go.th/ita/", **parse_html(HUB, "http://www.a.go.th/ita/")}
    hub = hub_evidence(page, matcher, {"http://www.a.go.th"})
    assert hub is not None
    found = {(c.item_id, c.url) for c in hub.candidates}
    assert ("o1", "http://www.a.go.th/structure/") in found
    assert ("o2", "http://www.a.go.th/executives/") in found
    assert {i for i, _ in hub.labels_without_link} == {"o3", "o4"}
    # A link to the home page is its own finding, not also "label without link".
    assert [(i, u) for i, _, u in hub.generic_targets] == [("o5", "http://www.a.go.th/")]
    assert hub.other_years == {2565}, "the 2565 section supplies no evidence"
    assert hub.years == {2565, 2566}
    assert not any(c.item_id == "o6" for c in hub.candidates)
    assert [(i, y, u) for i, y, _, u in hub.other_year_items] == [("o6", 2565, "http://www.a.go.th/laws-2565/")]
    assessed_2565 = hub_evidence(page, matcher, {"http://www.a.go.th"}, year=2565)
    assert {c.item_id for c in assessed_2565.candidates} == {"o6"}
