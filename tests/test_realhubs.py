"""Real agencies' hub markup, one class of failure at a time (issue: read real agencies' hubs).

Pure functions over page records: each test builds the markup pattern, parses it as the
crawler does and asserts what segmentation, matching or the content checks make of it.
"""
from datetime import date

import pytest

from oitcrawler.assess import Collector, Template, content_of, rank_by_content
from oitcrawler.checklist import load_checklist
from oitcrawler.checks import Content, check_item
from oitcrawler.dates import fiscal_years_in, years_in
from oitcrawler.evidence import Candidate
from oitcrawler.extract import parse_html
from oitcrawler.match import Matcher, is_generic
from oitcrawler.scope import Scope
from oitcrawler.segment import hub_evidence, item_code, split_sections
from oitcrawler.site import home_urls, is_home
from oitcrawler.urls import canonical
from oitcrawler.verify import FetchIndex, assess_item

SITE = "http://www.agency-demo.go.th"
HOME = home_urls(SITE + "/")


@pytest.fixture(scope="module")
def m2566():
    return Matcher(load_checklist("ita-2566"))


@pytest.fixture(scope="module")
def m2568():
    return Matcher(load_checklist("ita-2568"))


def page(html: str, url: str = SITE + "/ita/", referrer: str | None = SITE + "/") -> dict:
    return {"url": url, "kind": "page", "status": 200, "referrer": referrer, **parse_html(html, url)}


def found(hub) -> set[tuple[str, str]]:
    return {(c.item_id, c.url.removeprefix(SITE)) for c in hub.candidates}


def shell(body: str, title: str = "ITA ปีงบประมาณ 2566") -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>หน้าแรก</a>"
            f"<a href='/contact/'>ติดต่อเรา</a></nav><h1>การเปิดเผยข้อมูลสาธารณะ (OIT)</h1>{body}"
            "<footer><a href='/privacy/'>นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></footer></body></html>")


# 1. A row is a unit however deep its links sit ------------------------------------------------

NESTED_ROWS = shell("""<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>
<tr><td>O1</td><td>โครงสร้าง</td><td><ul><li><a href="/about/structure/">แผนภูมิ</a></li><li></li></ul></td></tr>
<tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><ul><li><a href="/about/executives/">ทำเนียบ</a></li></ul></td></tr>
<tr><td>O4</td><td>แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</td><td><ul><li>แผนพัฒนาการศึกษา<ul>
  <li><a href="/files/plan-2561-2565.pdf">ฉบับ พ.ศ. ๒๕๖๑–๒๕๖๕</a></li>
  <li><a href="/files/plan-2566-2570.pdf">ฉบับ พ.ศ. ๒๕๖๖–๒๕๗๐</a></li></ul></li></ul></td></tr>
<tr><td>O5</td><td>ข้อมูลการติดต่อ</td><td><ul><li>อยู่ระหว่างดำเนินการ</li></ul></td></tr>
</table>""")


def test_a_table_row_keeps_links_that_sit_in_nested_lists(m2566):
    hub = hub_evidence(page(NESTED_ROWS), m2566, HOME, 2566)
    assert hub is not None and hub.is_hub
    assert {("o1", "/about/structure/"), ("o2", "/about/executives/"), ("o4", "/files/plan-2561-2565.pdf"),
            ("o4", "/files/plan-2566-2570.pdf")} <= found(hub)
    plan = next(c for c in hub.candidates if c.url.endswith("2566-2570.pdf"))
    assert "แผนพัฒนาการศึกษา" in plan.label, "the sub-list's label travels with its links"
    assert [item for item, _ in hub.labels_without_link] == ["o5"]
    assert not any(c.url.endswith("/privacy/") for c in hub.candidates), "the footer after the table is no row's"


# 2. Item codes spelled the agencies' ways ------------------------------------------------------

@pytest.mark.parametrize("shown,number,strong", [
    ("OIT 1 โครงสร้าง", 1, True), ("O.1 โครงสร้าง", 1, True), ("O 1 โครงสร้าง", 1, True),
    ("ข้อ 1 โครงสร้าง", 1, True), ("ข้อที่ 12 คู่มือ", 12, True), ("o๑ โครงสร้าง", 1, True),
    ("O1โครงสร้าง", 1, True), ("1. โครงสร้าง", 1, False), ("7", 7, False), ("EB 10 การจัดการ", 10, False),
])
def test_item_codes_as_agencies_write_them(shown, number, strong):
    code = item_code(shown, "O")
    assert code is not None and code.number == number and code.strong is strong


@pytest.mark.parametrize("shown", ["MOIT1 หน่วยงานมีการวางระบบ", "MOIT 1 หน่วยงานมีการวางระบบ", "moit-1 ระบบ"])
def test_moph_codes_are_their_lists_own(shown):
    assert item_code(shown, "MOIT ").strong and not item_code(shown, "O").strong


@pytest.mark.parametrize("shown", ["3.1 โครงสร้าง", "12/2566", "2566 แผน", "5%"])
def test_numbers_that_are_no_item_code(shown):
    assert item_code(shown, "O") is None


def test_a_bare_number_badge_counts_when_its_title_agrees(m2566):
    html = shell("""<div><span class="badge">1</span><h3>โครงสร้าง</h3><a href="/s/">เปิดข้อมูล</a></div>
    <div><span class="badge">2</span><h3>ข้อมูลผู้บริหาร</h3><a href="/e/">เปิดข้อมูล</a></div>
    <div><span class="badge">3</span><h3>อำนาจหน้าที่</h3><a href="/d/">เปิดข้อมูล</a></div>
    <div><span class="badge">4</span><h3>แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</h3><a href="/p/">เปิดข้อมูล</a></div>""")
    hub = hub_evidence(page(html), m2566, HOME, 2566)
    assert {("o1", "/s/"), ("o2", "/e/"), ("o3", "/d/"), ("o4", "/p/")} <= found(hub)


def test_a_plain_title_cell_opens_its_item_without_any_code(m2566):
    html = NESTED_ROWS.replace("</table>", """<tr><td></td><td>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี</td>
        <td><a href="/files/hr-report.pdf">รายงานผล ปีงบประมาณ ๒๕๖๕</a></td></tr></table>""")
    assert ("o26", "/files/hr-report.pdf") in found(hub_evidence(page(html), m2566, HOME, 2566))


def test_element_numbers_under_a_moit_item_are_not_items():
    matcher = Matcher(load_checklist("moph-moit-2569"))
    html = shell("""<details><summary>MOIT 4 หน่วยงานมีการวางระบบการจัดซื้อจัดจ้างและแผนการจัดซื้อจัดจ้าง</summary>
    <p>ข้อ 1 บันทึกข้อความขออนุญาตเผยแพร่ (อยู่ระหว่างเสนอลงนาม)</p>
    <p><a href="/f/plan.pdf">ข้อ 2 แผนการจัดซื้อจัดจ้าง</a></p><p><a href="/f/form.pdf">ข้อ 3 แบบฟอร์ม</a></p></details>
    <details><summary>MOIT 5 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างรายเดือน</summary><p><a href="/f/skr.pdf">สขร.1</a></p>
    </details><details><summary>MOIT 6 นโยบายการบริหารทรัพยากรบุคคล</summary><p><a href="/f/hr.pdf">นโยบาย</a></p></details>
    <details><summary>MOIT 7 ผลการประเมิน</summary><p><a href="/f/x.pdf">ผล</a></p></details>""", "ITA 2569 MOIT")
    hub = hub_evidence(page(html), matcher, HOME, 2569)
    assert {("moit4", "/f/plan.pdf"), ("moit4", "/f/form.pdf"), ("moit5", "/f/skr.pdf")} <= found(hub)
    assert not any(c.item_id == "moit1" for c in hub.candidates)


# 3. The agency's own numbering and groups -----------------------------------------------------

OWN_NUMBERING = shell("""<section><h3>4. การจัดซื้อจัดจ้าง</h3>
 <div><p>4.1 แผนการจัดซื้อจัดจ้าง</p><ul><li><a href="/f/plan-2568.pdf">ประกาศเผยแพร่ ปี ๒๕๖๘</a></li></ul></div>
 <div><p>4.2 รายการและความก้าวหน้า</p><ul><li><a href="/f/progress.pdf">ข้อมูล ณ ๓๑ มีนาคม ๒๕๖๘</a></li></ul></div></section>
<section><h3>7. การมีส่วนร่วม</h3>
 <div><p>7.1 ช่องทางการรับฟังความคิดเห็น</p><ul><li><a href="/f/meeting.pdf">บันทึกการประชุมเครือข่าย ครั้งที่ ๑/๒๕๖๘</a></li>
 </ul></div></section>
<section><h3>1. ข้อมูลพื้นฐาน</h3><div><p>1.1 โครงสร้างและอำนาจหน้าที่</p><ul><li><a href="/a/">แผนภูมิ</a></li></ul></div>
 <div><p>1.2 ผู้บริหาร</p><ul><li><a href="/e/">ทำเนียบ</a></li></ul></div>
 <div><p>1.3 ช่องทางติดต่อ</p><ul><li><a href="/c/">ที่ตั้งและแผนที่</a></li></ul></div></section>
<section><h3>8. การป้องกันการทุจริต</h3><div><p>8.1 แผนป้องกันการทุจริต</p><ul><li><a href="/f/ac.pdf">ปี ๒๕๖๘</a></li></ul></div>
</section>""", "OIT 2568")


def test_the_agencys_own_numbering_and_groups_name_the_items_of_their_links(m2568):
    hub = hub_evidence(page(OWN_NUMBERING), m2568, HOME, 2568)
    assert hub is not None and hub.is_hub
    assert {("o12", "/f/progress.pdf"), ("o20", "/f/meeting.pdf"), ("o1", "/a/"), ("o2", "/e/")} <= found(hub)
    assert not any(c.url == SITE + "/f/meeting.pdf" and c.item_id != "o20" for c in hub.candidates)


def test_a_paraphrased_sub_title_is_below_the_review_mark(m2568):
    hub = hub_evidence(page(OWN_NUMBERING), m2568, HOME, 2568)
    meeting = next(c for c in hub.candidates if c.url.endswith("meeting.pdf"))
    assert meeting.confidence < 0.7, "a guess from the agency's own wording is marked ควรตรวจทาน"


# 4. The site's template is what repeats, and an item's own page keeps its elements ------------

FOOTER = "เลขที่ 99 ถนนพหลโยธิน ตำบลบ้านเหล่า อำเภอเมือง จังหวัดพะเยา 56000 โทร 0 5441 1234 อีเมล info@agency-demo.go.th"


def _page(path: str, body: str, referrer: str | None = SITE + "/") -> dict:
    return page(f"<html><head><title>{path}</title></head><body><p>{body}</p><p>{FOOTER}</p></body></html>",
                SITE + path, referrer)


def test_template_is_decided_by_repetition_and_never_strips_an_items_own_elements(m2566):
    collector = Collector(m2566, set(HOME), 2566)
    news = "ข่าวการประชุมประจำเดือน 15 มี.ค. 2566"
    collector.add(_page("/", news, referrer=None))
    for n in range(6):
        collector.add(_page(f"/page-{n}/", f"เนื้อหาหน้า {n}"))
    collector.add(_page("/news/", news))
    template = collector.result().template
    assert FOOTER in template.lines and news not in template.lines, "the footer repeats; the home page's news does not"
    contact = content_of(_page("/contact/", "ข้อมูลการติดต่อ"), "ติดต่อเรา", template)
    outcome = check_item(load_checklist("ita-2566").item("o5"), [contact], 2566, date(2023, 5, 15))
    assert not any(f["code"] == "missing_elements" and "address" in f.get("elements", [])
                   for f in outcome.findings), "the contact page's own address is in its footer line"


# 5. Content published as a document ---------------------------------------------------------

def test_an_executives_list_published_as_a_pdf_is_checked_from_its_text():
    item = load_checklist("ita-2566").item("o2")
    text = ("ทำเนียบคณะผู้บริหารเทศบาลเมืองตัวอย่าง\nนายสุรชัย พงษ์พานิช\nนายกเทศมนตรีเมืองตัวอย่าง\n"
            "โทร 08 9641 2355 อีเมล mayor@agency-demo.go.th\nนางวันเพ็ญ ศรีสุข\nรองนายกเทศมนตรีเมืองตัวอย่าง\n"
            "โทร 08 6728 4410\nนายประสิทธิ์ มั่นคง\nรองนายกเทศมนตรีเมืองตัวอย่าง\n")
    pdf = Content(url=SITE + "/files/executives.pdf", kind="document", label="ทำเนียบผู้บริหาร", text=text)
    assert not [f for f in check_item(item, [pdf], 2566, date(2023, 5, 15)).findings if not f["advisory"]]
    deputy_lacks = text.replace("โทร 08 6728 4410\n", "")
    outcome = check_item(item, [Content(url=pdf.url, kind="document", text=deputy_lacks)], 2566, date(2023, 5, 15))
    assert any(f["code"] == "missing_elements" and "contact" in f["elements"] for f in outcome.findings)


def test_deputies_in_a_table_are_person_blocks_like_the_head():
    item = load_checklist("ita-2566").item("o2")
    html = ("<html><body><h1>ทำเนียบผู้บริหาร</h1><table><tr><th>รูป</th><th>ชื่อ</th><th>ตำแหน่ง</th><th>ติดต่อ</th></tr>"
            "<tr><td><img src='/a.jpg'></td><td>นายชัยวัฒน์ ใจดี</td><td>ผู้อำนวยการสำนักงาน</td><td>โทร 0 5449 9312</td></tr>"
            "<tr><td><img src='/b.jpg'></td><td>นางอรุณี ปัญญาดี</td><td>รองผู้อำนวยการสำนักงาน</td><td>โทร 0 5449 9313</td></tr>"
            "<tr><td><img src='/c.jpg'></td><td>นายวีรยุทธ คำดี</td><td>รองผู้อำนวยการสำนักงาน</td><td></td></tr>"
            "</table></body></html>")
    record = page(html, SITE + "/about/executives/")
    contents = [content_of(record, "ผู้บริหาร", Template())]
    outcome = check_item(item, contents, 2566, date(2023, 5, 15))
    lacks = [f for f in outcome.findings if f["code"] == "missing_elements"]
    assert lacks and "contact" in lacks[0]["elements"] and "นายวีรยุทธ" in lacks[0]["message_th"]


# 6. A link to the home page is not evidence ---------------------------------------------------

@pytest.mark.parametrize("url,home", [
    (SITE + "/", True), (SITE, True), (SITE + "/index.html", True), (SITE + "/index.php", True),
    ("http://agency-demo.go.th/", True), (SITE + "/#/about", False), (SITE + "/news/", False),
    (SITE + "/index.php?option=com_content&id=5", False),
])
def test_home_page_links_in_any_form(url, home):
    assert is_home(url, HOME) is home


def test_a_hub_row_linking_the_home_page_raises_generic_target(m2566):
    html = NESTED_ROWS.replace('href="/about/executives/"', 'href="/index.php"')
    hub = hub_evidence(page(html), m2566, HOME, 2566)
    assert [(item, url.removeprefix(SITE)) for item, _, url in hub.generic_targets] == [("o2", "/index.php")]
    assert not any(c.item_id == "o2" for c in hub.candidates)


# 7. Months come from monthly summaries only --------------------------------------------------

def _doc(name: str, text: str, label: str = "") -> Content:
    return Content(url=f"{SITE}/files/{name}", kind="document", label=label, text=text, title=text.splitlines()[0])


def test_months_are_counted_from_monthly_summaries_only():
    item = load_checklist("ita-2566").item("o21")
    summaries = [_doc(f"skr-{m}.pdf", f"แบบ สขร.1 สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน {m}") for m in
                 ("ตุลาคม 2565", "พฤศจิกายน 2565", "ธันวาคม 2565", "มกราคม 2566", "กุมภาพันธ์ 2566")]
    plan = _doc("plan.pdf", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566\nกำหนดประกาศ มีนาคม 2566")
    award = _doc("award.pdf", "ประกาศผู้ชนะการเสนอราคา\nลงวันที่ 21 มีนาคม 2566")
    missing = [f for f in check_item(item, [*summaries, plan, award], 2566, date(2023, 5, 15)).findings
               if f["code"] == "missing_months" and not f["advisory"]]
    assert missing and "มี.ค. 66" in missing[0]["message_th"]


def test_summaries_of_another_fiscal_year_are_stale_not_missing_months():
    item = load_checklist("ita-2566").item("o21")
    old = [_doc(f"o21-{n}.pdf", f"แบบ สขร.1 สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน {m}", label=f"สขร.1 {m}")
           for n, m in enumerate(("ตุลาคม 2564", "พฤศจิกายน 2564", "ธันวาคม 2564"))]
    for doc in old:
        doc.url = doc.url.replace("/files/", "/upload/ita2566/")    # the upload folder names this year
    codes = {f["code"] for f in check_item(item, old, 2566, date(2023, 5, 15)).findings if not f["advisory"]}
    assert "stale" in codes and "missing_months" not in codes


# 8. A multi-year plan whose range covers the year is in its window ---------------------------

@pytest.mark.parametrize("text", ["แผนพัฒนาท้องถิ่น พ.ศ. ๒๕๖๕–๒๕๖๙", "แผนยุทธศาสตร์ (พ.ศ. ๒๕๖๖–๗๐)",
                                  "แผน พ.ศ. ๒๕๖๖ ถึง พ.ศ. ๒๕๗๐", "แผนปฏิบัติการ (ปีงบประมาณ ๒๕๖๕ – ๒๕๖๘)"])
def test_a_range_covers_every_year_in_it(text):
    assert 2567 in years_in(text) | fiscal_years_in(text)
    assert 2567 in fiscal_years_in(text, prefer_stated=True)


def test_a_plan_for_2565_to_2569_is_current_for_2566():
    item = load_checklist("ita-2566").item("o4")
    plan = _doc("plan.pdf", "แผนพัฒนาท้องถิ่น พ.ศ. ๒๕๖๕ – ๒๕๖๙\nองค์การบริหารส่วนตำบลตัวอย่าง")
    assert not any(f["code"] == "stale" for f in check_item(item, [plan], 2566, date(2023, 5, 15)).findings)


# 9. Several documents in one cell: the one dated in the window first -------------------------

def test_evidence_is_ranked_by_the_period_each_document_states():
    item = load_checklist("ita-2566").item("o36")
    urls = [f"{SITE}/files/{n}.pdf" for n in ("draft", "plan-2565", "plan-2566")]
    texts = ["แผนปฏิบัติการป้องกันการทุจริต (ร่าง)", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2565",
             "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2566"]
    evidence = [{"url": u, "accepted": True, "confidence": 0.9, "year_fit": "undated", "source": ["hub"],
                 "click_path": [], "label": "O36"} for u in urls]
    entry = {"evidence": evidence, "findings": []}
    contents = [_doc(u.rsplit("/", 1)[1], t) for u, t in zip(urls, texts)]
    for c, u in zip(contents, urls):
        c.url = u
    rank_by_content(entry, item, contents, 2566)
    assert entry["evidence"][0]["url"].endswith("plan-2566.pdf")


# 10. Hash-routed links are distinct pages -----------------------------------------------------

def test_a_hash_route_is_part_of_the_address_and_a_plain_anchor_is_not():
    assert canonical(SITE + "/about/#/structure") != canonical(SITE + "/about/#/executives")
    assert canonical(SITE + "/contact/#map") == canonical(SITE + "/contact/")
    index = FetchIndex()
    index.add({"kind": "page", "url": SITE + "/about/", "final_url": SITE + "/about/", "status": 200})
    assert index.get(SITE + "/about/#/structure").status == 200, "the route is served by the page it is on"


# 11. Findings explain the status they come with -----------------------------------------------

def test_an_off_site_copy_beside_an_on_site_document_is_no_off_site_finding():
    item = load_checklist("ita-2566").item("o14")
    index = FetchIndex()
    for url in (SITE + "/files/manual.pdf", "https://drive.google.com/file/d/x/view"):
        index.add({"kind": "document", "url": url, "final_url": url, "status": 200})
    candidates = [Candidate("o14", SITE + "/files/manual.pdf", SITE + "/ita/", "O14 คู่มือ", 0.95, "hub"),
                  Candidate("o14", "https://drive.google.com/file/d/x/view", SITE + "/ita/", "O14 สำรอง", 0.95, "hub")]
    result = assess_item(item, candidates, [], [], [], index, Scope(SITE + "/"), 2566, {})
    assert result["status"] == "pass" and not any(f["code"] == "off_site" for f in result["findings"])
    alone = assess_item(item, candidates[1:], [], [], [], index, Scope(SITE + "/"), 2566, {})
    assert alone["status"] == "incomplete" and any(f["code"] == "off_site" for f in alone["findings"])


def test_an_accordion_label_without_a_usable_link_on_an_ordinary_page(m2566):
    html = """<html><head><title>งานบุคคล</title></head><body><h1>งานบริหารบุคคล</h1><div class="accordion">
    <div><a data-toggle="collapse" href="#a1">นโยบายการบริหารทรัพยากรบุคคล</a>
      <div id="a1"><a href="/files/hr-policy-2566.pdf">นโยบาย ปี ๒๕๖๖</a></div></div>
    <div><a data-toggle="collapse" href="#a2">การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</a>
      <div id="a2"><p>อยู่ระหว่างดำเนินการ</p></div></div>
    <div><a data-toggle="collapse" href="#a4">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี</a>
      <div id="a4"><a href="#">รายงานผล ปีงบประมาณ ๒๕๖๕</a></div></div></div></body></html>"""
    hub = hub_evidence(page(html, SITE + "/hr/"), m2566, HOME, 2566)
    assert hub is not None and not hub.is_hub
    assert {item for item, _ in hub.labels_without_link} == {"o24", "o26"}


def test_a_page_that_only_points_to_drive_is_a_signpost(m2566):
    from oitcrawler.assess import signpost_targets

    html = ("<html><head><title>O5</title></head><body><nav><a href='/'>หน้าแรก</a></nav><h1>O5 แผนพัฒนา</h1>"
            "<a href='https://drive.google.com/drive/folders/abc'>แผนพัฒนาคุณภาพการศึกษา พ.ศ. 2567–2570</a></body></html>")
    signpost = content_of(page(html, SITE + "/ITA/O5"), "O5", Template())
    assert signpost_targets(signpost, Scope(SITE + "/")) == ["https://drive.google.com/drive/folders/abc"]
    own = html.replace("</h1>", "</h1><p>" + "แผนพัฒนาคุณภาพการศึกษาของโรงเรียนกำหนดเป้าหมาย " * 10 + "</p>")
    assert signpost_targets(content_of(page(own, SITE + "/ITA/O5"), "O5", Template()), Scope(SITE + "/")) == []


def test_a_short_page_that_shows_the_items_elements_is_no_signpost(m2566):
    """A contact page with its address and telephone beside a map link publishes the data itself."""
    from oitcrawler.assess import signposts_off_site

    def entry_for(body: str):
        html = (f"<html><head><title>ติดต่อเรา</title></head><body><h1>ติดต่อเรา</h1>{body}"
                "<p><a href='https://maps.google.com/?q=16.9,100.3'>แผนที่ Google Maps</a></p></body></html>")
        content = content_of(page(html, SITE + "/contact/"), "ติดต่อเรา", Template())
        entry = {"id": "o5", "status": "pass", "findings": [],
                 "evidence": [{"url": SITE + "/contact/", "label": "ติดต่อเรา", "accepted": True}]}
        signposts_off_site(entry, m2566.checklist.item("o5"), [content], Scope(SITE + "/"), 2566, date(2023, 5, 1))
        return entry

    shown = entry_for("<p>ที่อยู่ ถนนสุขาภิบาล ๒ อำเภอจุดจบ จังหวัดพิษณุโลก ๖๕๑๒๐</p><p>โทรศัพท์ ๐๕๕-๓๑๑-๒๐๙ "
                     "อีเมล <a href='mailto:sso@agency-demo.go.th'>sso@agency-demo.go.th</a></p>")
    assert shown["status"] == "pass" and not shown["findings"]
    bare = entry_for("<p>ดูแผนที่</p>")
    assert bare["status"] == "incomplete" and [f["code"] for f in bare["findings"]] == ["off_site"]


# Markup of further real hubs: groups, page builders, tables with several items or years -------

def test_a_sub_indicator_heading_groups_items_and_a_badge_run_continues(m2566):
    """"ตัวชี้วัดย่อยที่ 9.4 … (O23 - O25)" names an item's words yet heads a group; the badges under it
    continue the run of numbers before it even when their titles are the agency's own words."""
    cards = "".join(f"<div class='acc'><button><span class='badge'>{n}</span><span>{t}</span></button>"
                    f"<div class='panel'><a href='/ita/o{n}.pdf'>{n:02d}. {t}</a></div></div>"
                    for n, t in ((20, "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง"), (21, "สรุปผลการจัดซื้อจัดจ้างรายเดือน")))
    after = "".join(f"<div class='acc'><button><span class='badge'>{n}</span><span>{t}</span></button>"
                    f"<div class='panel'><a href='/ita/o{n}.pdf'>{n:02d}. เอกสาร</a></div></div>"
                    for n, t in ((22, "งานพัสดุของสถานศึกษา"), (23, "งานบุคคลของสถานศึกษา")))
    html = shell(f"<div>{cards}</div><div class='card'><button><h2>ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนา"
                 f"ทรัพยากรบุคคล (O22 - O26)</h2></button><div>{after}</div></div>")
    sections, _ = split_sections(page(html), m2566)
    by_code = {s.code: s for s in sections if s.code is not None}
    assert {20, 21, 22, 23} <= set(by_code)
    assert by_code[23].group.startswith("ตัวชี้วัดย่อยที่ 9.4") and len(by_code[23].links) == 1
    assert not any(s.title.startswith("ตัวชี้วัดย่อย") for s in sections)


def test_numbered_generic_lines_open_no_section_and_take_their_label(m2566):
    """"1.1 เอกสารประกอบ" under an item is one of its files, not an item of the agency's numbering."""
    html = shell("<section><h2>O4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</h2><h4>1. องค์ประกอบที่ 1</h4><ul>"
                 "<li><a href='/f/o4-1.pdf'><span>1.1</span> <span>เอกสารประกอบ</span></a></li>"
                 "<li><span>1.2</span> <span>เอกสารประกอบ</span></li></ul></section>"
                 "<section><h2>O5 ข้อมูลการติดต่อ</h2><a href='/contact/'>ติดต่อเรา</a></section>")
    sections, _ = split_sections(page(html), m2566)
    assert [s.code for s in sections] == [4, 5]
    assert is_generic("01. เอกสารประกอบ") and is_generic("เปิดข้อมูล") and not is_generic("1.1 แผนพัฒนา")


def test_buttons_and_tab_titles_repeating_a_linked_item_are_dropped(m2566):
    """A sidebar of code buttons or an Elementor desktop tab row repeats items shown below with links."""
    html = shell("<div class='tabs'><div><a href=''>O1 โครงสร้าง</a></div><div><a href=''>O2 ข้อมูลผู้บริหาร</a></div>"
                 "<button onclick=\"location.href='#s3'\">O3</button></div>"
                 "<div>O1 โครงสร้าง</div><div class='c'><p><a href='/o1.pdf'>ผังโครงสร้าง</a></p></div>"
                 "<div>O2 ข้อมูลผู้บริหาร</div><div class='c'><p><a href='/o2.pdf'>ทำเนียบผู้บริหาร</a></p></div>"
                 "<div>O4 แผนพัฒนาท้องถิ่น</div><div class='c'><p><a href='/o4.pdf'>แผนพัฒนา</a></p></div>"
                 "<div>O5 ข้อมูลการติดต่อ</div><div class='c'><p><a href='/contact/'>ติดต่อเรา</a></p></div>")
    sections, _ = split_sections(page(html), m2566)
    assert [(s.code, len(s.links)) for s in sections] == [(3, 0), (1, 1), (2, 1), (4, 1), (5, 1)]
    hub = hub_evidence(page(html), m2566, HOME, 2566)
    assert not {item for item, _ in hub.labels_without_link} & {"o1", "o2"}


def test_a_divider_title_before_coded_cards_is_their_group(m2566):
    html = shell("<div class='divider'><h2>การเปิดโอกาสให้เกิดการมีส่วนร่วม</h2></div><div class='grid'>"
                 "<a class='card' href='/ITA/O30'><div>O30</div><div>การเปิดโอกาสให้เกิดการมีส่วนร่วม</div></a></div>"
                 "<div class='divider'><h2>การส่งเสริมความโปร่งใส</h2></div><div class='grid'>"
                 "<a class='card' href='/ITA/O27'><div>O27</div><div>แนวปฏิบัติการจัดการเรื่องร้องเรียน</div></a></div>")
    sections, _ = split_sections(page(html), m2566)
    assert [(s.code, s.group) for s in sections] == [(30, "การเปิดโอกาสให้เกิดการมีส่วนร่วม"),
                                                     (27, "การส่งเสริมความโปร่งใส")]


def test_two_items_in_one_row_and_rows_under_a_rowspan(m2566):
    html = shell("""<table><tr><td><a href="/ita/o1.php">O1 โครงสร้าง</a></td>
    <td><a href="/ita/o2.php">O2 ข้อมูลผู้บริหาร</a></td></tr>
    <tr><td rowspan="2">O6</td><td rowspan="2">กฎหมายที่เกี่ยวข้อง</td><td><a href="/l1.pdf">พ.ร.บ.ข้อมูลข่าวสาร</a></td></tr>
    <tr><td><a href="/l2.pdf">ระเบียบกระทรวงมหาดไทย</a></td></tr>
    <tr><td rowspan="2">O23</td><td rowspan="2">นโยบายการบริหารทรัพยากรบุคคล</td><td><a href="/h1.pdf">ประกาศ</a></td></tr>
    <tr><td><a href="/h2.pdf">รายงานผลการดำเนินงานประจำปี 2565</a></td></tr></table>""")
    hub = hub_evidence(page(html), m2566, HOME, 2566)
    assert found(hub) >= {("o1", "/ita/o1.php"), ("o2", "/ita/o2.php"), ("o6", "/l1.pdf"), ("o6", "/l2.pdf"),
                          ("o23", "/h1.pdf"), ("o23", "/h2.pdf")}
    assert ("o1", "/ita/o2.php") not in found(hub) and ("o13", "/h2.pdf") not in found(hub)


def test_a_page_builder_title_one_level_deeper_opens_its_item(m2566):
    """Elementor wraps text widgets a div deeper than heading widgets: the bold title is still the next item."""
    html = shell("<div><div><h3>ข้อมูลผู้บริหาร</h3></div></div>"
                 "<div><div><ul><li><a href='/a.pdf'>ทำเนียบผู้บริหาร</a></li></ul></div></div>"
                 "<div><div><div><p><strong>อำนาจหน้าที่</strong></p></div></div></div>"
                 "<div><div><ul><li><a href='/b.pdf'>อำนาจหน้าที่ของหน่วยงาน</a></li></ul></div></div>")
    hub_links = {(m2566.best(s.title)[0][0], tuple(s.links)) for s in split_sections(page(html), m2566)[0]}
    assert {item for item, _ in hub_links} == {"o2", "o3"} and all(len(links) == 1 for _, links in hub_links)


def test_sidebar_and_footer_widgets_are_template(m2566):
    html = shell("<aside class='col-md-3 widget-area'><h3>ข่าวประชาสัมพันธ์</h3>"
                 "<ul><li><a href='/news/1'>ประชุมสภา สมัยที่ 1</a></li></ul></aside>"
                 "<div><h4>O1 โครงสร้าง</h4><a href='/o1.pdf'>แผนผังโครงสร้าง</a>"
                 "<h4>O2 ข้อมูลผู้บริหาร</h4><a href='/o2.pdf'>ทำเนียบ</a>"
                 "<h4>O3 อำนาจหน้าที่</h4><a href='/o3.pdf'>อำนาจหน้าที่</a>"
                 "<h4>O4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</h4><a href='/o4.pdf'>แผน</a></div>"
                 "<div class='footer-widgets'><h4>ติดต่อเรา</h4><a href='https://www.facebook.com/x'>Facebook</a></div>")
    hub = hub_evidence(page(html), m2566, HOME, 2566)
    assert found(hub) == {("o1", "/o1.pdf"), ("o2", "/o2.pdf"), ("o3", "/o3.pdf"), ("o4", "/o4.pdf")}


def test_year_columns_keep_last_years_files_out(m2568):
    rows = "".join(f"<tr><td>O{n}</td><td>{t}</td><td><a href='/f/7{n:03d}.pdf'>ดาวน์โหลด</a></td>"
                   f"<td><a href='/f/8{n:03d}.pdf'>ดาวน์โหลด</a></td></tr>"
                   for n, t in ((1, "โครงสร้างและอำนาจหน้าที่"), (2, "ข้อมูลผู้บริหาร"), (3, "ข้อมูลการติดต่อ"),
                                (4, "ข่าวประชาสัมพันธ์")))
    html = shell(f"<table><tr><th>ข้อ</th><th>รายการ</th><th>ปี 2567</th><th>ปี 2568</th></tr>{rows}</table>",
                 title="การเปิดเผยข้อมูลสาธารณะ ITA")
    hub = hub_evidence(page(html), m2568, HOME, 2568)
    assert {url for _, url in found(hub)} == {"/f/8001.pdf", "/f/8002.pdf", "/f/8003.pdf", "/f/8004.pdf"}
    assert "/f/7001.pdf" in {h.removeprefix(SITE) for h in hub.other_year_hrefs}


def test_an_outline_sub_title_is_guessed_from_its_own_words(m2566):
    html = shell("<h2>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</h2><ul><li>9.1 ข้อมูลพื้นฐาน<ol>"
                 "<li>9.1.1 โครงสร้าง<ul><li><a href='/911.pdf'>ผัง</a></li></ul></li>"
                 "<li>9.1.2 ข้อมูลผู้บริหาร<ul><li><a href='/912.pdf'>ทำเนียบ</a></li></ul></li>"
                 "<li>9.1.3 อำนาจหน้าที่<ul><li><a href='/913.pdf'>อำนาจ</a></li></ul></li></ol></li></ul>"
                 "<ul><li>9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ<ol>"
                 "<li>9.3.4 รายงานผลจัดซื้อจัดจ้างประจำปี<ul><li><a href='/934.pdf'>รายงานสรุปผล ปี 2565</a></li></ul>"
                 "</li></ol></li></ul><ul><li>9.4 การบริหารและพัฒนาทรัพยากรบุคคล<ol><li>9.4.1 นโยบายการบริหาร"
                 "ทรัพยากรบุคคล<ul><li><a href='/941.pdf'>นโยบาย</a></li></ul></li></ol></li></ul>"
                 "<ul><li>9.5 การจัดการเรื่องร้องเรียน<ol><li>9.5.1 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต"
                 "<ul><li><a href='/951.pdf'>คู่มือ</a></li></ul></li></ol></li></ul>")
    sections, _ = split_sections(page(html), m2566)
    assert all(s.links for s in sections)      # the chapters 9.3, 9.4, 9.5 are groups, not empty items
    hub = hub_evidence(page(html), m2566, HOME, 2566)
    assert ("o22", "/934.pdf") in found(hub)


def test_words_after_an_icon_link_name_its_file_not_the_next_item(m2566):
    """A tambon page: the item in bold, then download icons each followed by the file's name."""
    html = shell("<p><strong>o24 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</strong><br>"
                 "<a href='/f/24_1.pdf'><img src='/dl.gif' alt='ดาวน์โหลด'></a> นโยบายการบริหารทรัพยากรบุคคล<br>"
                 "<a href='/f/24_2.pdf'><img src='/dl.gif' alt='ดาวน์โหลด'></a> รายงานผล รอบ 6 เดือน</p>"
                 "<p><strong>o25 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</strong><br>"
                 "<a href='/f/25.pdf'><img src='/dl.gif' alt='ดาวน์โหลด'></a> หลักเกณฑ์</p>")
    sections, _ = split_sections(page(html), m2566)
    assert [(s.code, len(s.links)) for s in sections] == [(24, 2), (25, 1)]


def test_an_item_page_listing_another_items_files_is_not_its_evidence():
    """Row "13 คู่มือการให้บริการ" leads to a copy of the staff-manuals page: the files are O12's."""
    from oitcrawler.assess import lists_other_items

    matcher = Matcher(load_checklist("vec-2569"))
    item = matcher.checklist.item("o13")

    def entry_for(files: list[str], own: str = ""):
        url = SITE + "/ita2569/13"
        html = (f"<html><head><title>ITA 2569 ข้อ 13</title></head><body><h1>คู่มือหรือแนวทางการให้บริการ</h1>{own}"
                + "".join(f"<a href='/f/{i}.pdf'>{name}</a>" for i, name in enumerate(files)) + "</body></html>")
        group = [content_of(page(html, url), "13 คู่มือหรือแนวทางการให้บริการ", Template())]
        group += [Content(f"{SITE}/f/{i}.pdf", "document", f"File PDF {i + 1:02d}. {name}", name, name, child=True)
                  for i, name in enumerate(files)]
        entry = {"id": "o13", "status": "pass", "findings": [],
                 "evidence": [{"url": url, "label": "13 คู่มือหรือแนวทางการให้บริการ", "accepted": True}]}
        lists_other_items(entry, item, {("o13", canonical(url)): group}, matcher)
        return entry

    staff = ["คู่มือการปฏิบัติงาน ฝ่ายบริหารทรัพยากร", "คู่มือการปฏิบัติงาน ฝ่ายวิชาการ",
             "คู่มือการปฏิบัติงาน ฝ่ายแผนงานและความร่วมมือ"]
    copied = entry_for(staff)
    assert copied["status"] == "missing" and not copied["evidence"][0]["accepted"]
    assert [f["code"] for f in copied["findings"]] == ["code_mismatch", "not_found"]
    assert entry_for([*staff, "คู่มือการให้บริการ การขอใบรับรองผลการเรียน"])["status"] == "pass"
    assert entry_for(staff, "<p>" + "ขั้นตอนการให้บริการผู้มาติดต่องานทะเบียนและวัดผล " * 6 + "</p>")["status"] == "pass"
