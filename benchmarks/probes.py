"""Hub markups beyond the ten real agencies, scored like benchmarks/realworld.py.

    python benchmarks/probes.py [--details] [--dump NAME] [--only NAME ...] [--pages DIR]

Fifteen hubs in markups Thai agency sites use that neither the fixture worlds nor realworld.py's
styles show (Joomla tables with rowspan groups, Elementor tabs and widgets, Bootstrap cards, a
tambon's <p> list with icon links, outlines in the agency's own numbering, Google Sites, a table
of one link per item, <details>, sidebar and footer widgets, ITA 2568 codes written O.1 / OIT 1 /
ข้อ 1, a <select> of documents, Word-pasted spans, a table with one column per year). They were
written to find what the segmenter got wrong on markup it had not seen; the rules that fixed
what they found are general and each has a test in tests/test_realhubs.py. The item wordings and
document names are ours (probe_data.py). Columns as in realworld.py; `--details` adds wrong
candidates (evidence filed under another item).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_data import GROUPS66, I66, I68, th  # noqa: E402
from realworld import (
    Agency,
    Case,
    Truth,
    esc,
    finish,
    normalise,
    page_record,
    score,  # noqa: E402
    segment,
    table,
    total,
)

from oitcrawler.checklist import load_checklist  # noqa: E402
from oitcrawler.match import Matcher  # noqa: E402


class GT:
    def __init__(self, url: str):
        self.url, self.linked, self.unlinked, self.titles = url, {}, set(), {}

    def link(self, code: int, href: str, label: str = "") -> str:
        key = (None, code)
        self.linked.setdefault(key, set()).add(normalise(urljoin(self.url, href)))
        self.titles.setdefault(key, label or (I66.get(code, ("",))[0]))
        return esc(href)

    def none(self, code: int, label: str = "") -> None:
        self.unlinked.add((None, code))
        self.titles[(None, code)] = label

    def truth(self) -> Truth:
        return Truth(self.linked, self.unlinked, True, self.titles)


def page(title: str, body: str, menu: bool = True) -> str:
    nav = (
        (
            "<header><nav class='navbar'><a href='/'>หน้าหลัก</a> <a href='/about'>เกี่ยวกับเรา</a> "
            "<a href='/news'>ข่าวประชาสัมพันธ์</a> <a href='/contact'>ติดต่อเรา</a></nav></header>"
        )
        if menu
        else ""
    )
    return (
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'>"
        f"<title>{esc(title)}</title></head><body>{nav}"
        f"<main>{body}</main><footer><p>สงวนลิขสิทธิ์ © {esc(title)}</p></footer></body></html>"
    )


# ------------------------------------------------------------------------------------------------
# P1 Joomla table: header row, indicator rows (colspan), a second table with rowspan group cells.


def p1(gt: GT) -> str:
    out = [
        "<div class='item-page'><h2 itemprop='headline'>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2566</h2>"
        "<div itemprop='articleBody'>"
    ]
    rows = [
        "<table class='table table-bordered'><thead><tr><th>ลำดับ</th><th>ข้อมูล</th>"
        "<th>รายละเอียด/ลิงก์</th></tr></thead><tbody>",
        "<tr><td colspan='3' style='background:#ffe08a'><strong>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</strong></td></tr>",
    ]
    for group, codes in GROUPS66[:2]:
        rows.append(f"<tr><td colspan='3'><strong>{esc(group)}</strong></td></tr>")
        for n in codes:
            label, docs = I66[n]
            if n == 18:
                gt.none(n, label)
                rows.append(f"<tr><td>O{n}</td><td>{esc(label)}</td><td>-</td></tr>")
                continue
            if n in (6, 14):  # one document per row: code and title cells span the rows
                span = len(docs)
                rows.append(
                    f"<tr><td rowspan='{span}'>O{n}</td><td rowspan='{span}'>{esc(label)}</td>"
                    f"<td><a href='{gt.link(n, f'/images/ita/2566/o{n}-1.pdf', label)}'>{esc(docs[0])}</a></td></tr>"
                )
                rows += [
                    f"<tr><td><a href='{gt.link(n, f'/images/ita/2566/o{n}-{k}.pdf', label)}'>{esc(d)}</a></td></tr>"
                    for k, d in enumerate(docs[1:], 2)
                ]
                continue
            if n == 7:
                rows.append(
                    f"<tr><td>O7</td><td>{esc(label)}</td>"
                    f"<td><a href='{gt.link(n, '/index.php/news')}'>คลิก</a></td></tr>"
                )
                continue
            cell = "<br>".join(
                f"<a href='{gt.link(n, f'/images/ita/2566/o{n}-{k}.pdf', label)}' target='_blank'>{esc(d)}</a>"
                for k, d in enumerate(docs, 1)
            )
            if n == 11:  # a plan with the action plan (a sibling document named like another item)
                cell += f"<br><a href='{gt.link(n, '/images/ita/2566/o11-3.pdf')}'>แผนปฏิบัติราชการประจำปี 2566</a>"
            rows.append(f"<tr><td style='text-align:center'>O{n}</td><td>{esc(label)}</td><td>{cell}</td></tr>")
    rows.append("</tbody></table>")
    out += rows
    # second table: group cell with rowspan, then code | title | links
    rows = [
        "<table class='table table-bordered table-striped'><thead><tr><th>องค์ประกอบ</th><th>ลำดับ</th>"
        "<th>ข้อมูล</th><th>รายละเอียด/ลิงก์</th></tr></thead><tbody>",
        "<tr><td colspan='4'><strong>ตัวชี้วัดที่ 10 การป้องกันการทุจริต</strong></td></tr>",
    ]
    for group, codes in GROUPS66[2:]:
        codes = list(codes)
        for j, n in enumerate(codes):
            label, docs = I66[n]
            head = f"<td rowspan='{len(codes)}' style='vertical-align:middle'>{esc(group)}</td>" if j == 0 else ""
            if n == 41:
                gt.none(n, label)
                rows.append(f"<tr>{head}<td>O{n}</td><td>{esc(label)}</td><td>อยู่ระหว่างดำเนินการ</td></tr>")
                continue
            if n == 20:  # one announcement per row
                rows.append(
                    f"<tr>{head}<td rowspan='3'>O{n}</td><td rowspan='3'>{esc(label)}</td><td><a href='"
                    f"{gt.link(n, '/images/ita/2566/o20-1.pdf', label)}'>{esc(docs[0])}</a></td></tr>"
                    f"<tr><td><a href='{gt.link(n, '/images/ita/2566/o20-2.pdf', label)}'>{esc(docs[1])}</a></td></tr>"
                    f"<tr><td><a href='{gt.link(n, '/images/ita/2566/o20-3.pdf', label)}'>จ้างเหมาซ่อมแซมรถยนต์ส่วนกลาง "
                    "ทะเบียน กข 1234</a></td></tr>"
                )
                continue
            if n == 21:
                links = [
                    f"{m}. <a href='{gt.link(n, f'/images/ita/2566/skr-{k}.pdf', label)}'>ดาวน์โหลด</a>"
                    for k, m in enumerate(("ต.ค. 65", "พ.ย. 65", "ธ.ค. 65", "ม.ค. 66", "ก.พ. 66", "มี.ค. 66"), 1)
                ]
            else:
                links = [
                    f"<a href='{gt.link(n, f'/images/ita/2566/o{n}-{k}.pdf', label)}'>"
                    f"<img src='/images/pdf.png' alt=''> {esc(d)}</a>"
                    for k, d in enumerate(docs, 1)
                ]
            rows.append(f"<tr>{head}<td>O{n}</td><td>{esc(label)}</td><td>{'<br>'.join(links)}</td></tr>")
    rows.append("</tbody></table></div></div>")
    out += rows
    return "".join(out)


# ------------------------------------------------------------------------------------------------
# P2 Elementor: a tabs widget (desktop titles first, then mobile title + content per tab) for
# indicator 9 and a toggle widget for indicator 10.


def p2(gt: GT) -> str:
    base = "/wp-content/uploads/2023/03/"
    codes9 = [n for _, r in GROUPS66[:5] for n in r]
    desk = "".join(
        f"<div id='elementor-tab-title-17{n:02d}' class='elementor-tab-title elementor-tab-desktop-title' "
        f"data-tab='{i}' role='tab' aria-controls='elementor-tab-content-17{n:02d}'>"
        f"<a href=''>O{n} {esc(I66[n][0])}</a></div>"
        for i, n in enumerate(codes9, 1)
    )
    content = []
    for i, n in enumerate(codes9, 1):
        label, docs = I66[n]
        if n != 13:
            body = "".join(
                f"<p><a href='{gt.link(n, f'{base}O{n}-{k}.pdf', label)}'>{esc(d)}</a></p>"
                for k, d in enumerate(docs, 1)
            )
        else:
            body = (
                f"<div class='wp-block-file'><a href='{gt.link(n, base + 'annual-2565.pdf')}'>annual-2565</a>"
                f"<a href='{gt.link(n, base + 'annual-2565.pdf')}' class='wp-block-file__button' download>"
                "ดาวน์โหลด</a></div>"
            )
        content.append(
            f"<div class='elementor-tab-title elementor-tab-mobile-title' data-tab='{i}' role='tab'>"
            f"O{n} {esc(label)}</div><div id='elementor-tab-content-17{n:02d}' class='elementor-tab-content "
            f"elementor-clearfix' data-tab='{i}' role='tabpanel' hidden='hidden'>{body}</div>"
        )
    tabs = (
        f"<div class='elementor-tabs'><div class='elementor-tabs-wrapper' role='tablist'>{desk}</div>"
        f"<div class='elementor-tabs-content-wrapper'>{''.join(content)}</div></div>"
    )
    toggles = []
    for i, n in enumerate(range(31, 44), 1):
        label, docs = I66[n]
        body = "".join(
            f"<p><a href='{gt.link(n, f'{base}O{n}-{k}.pdf', label)}' target='_blank' rel='noopener'>{esc(d)}</a></p>"
            for k, d in enumerate(docs, 1)
        )
        toggles.append(
            f"<div class='elementor-toggle-item'><div id='elementor-tab-title-25{i:02d}' class='elementor-tab-title' "
            f"data-tab='{i}' role='button' aria-expanded='false'><span class='elementor-toggle-icon "
            f"elementor-toggle-icon-left' aria-hidden='true'><span class='elementor-toggle-icon-closed'>"
            f"<i class='fas fa-caret-right'></i></span></span><a href='' class='elementor-toggle-title'>"
            f"O{n} {esc(label)}</a></div><div id='elementor-tab-content-25{i:02d}' class='elementor-tab-content "
            f"elementor-clearfix' data-tab='{i}' role='region'>{body}</div></div>"
        )
    return (
        "<div class='elementor-widget-heading'><h2 class='elementor-heading-title'>ITA 2566</h2></div>"
        "<div class='elementor-widget-text-editor'><p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</p></div>"
        f"{tabs}<div class='elementor-widget-text-editor'><p>ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p></div>"
        f"<div class='elementor-toggle'>{''.join(toggles)}</div>"
    )


# ------------------------------------------------------------------------------------------------
# P3 Bootstrap card grid: badge, card-title, a description, one button.

_CARD_TEXT = {
    11: "แสดงแผนการดำเนินงานและงบประมาณ ประจำปีงบประมาณ พ.ศ. 2566",
    12: "ความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ ต.ค. 65 - มี.ค. 66",
    19: "แผนการจัดซื้อจัดจ้างประจำปี และประกาศเผยแพร่แผน",
    22: "สรุปผลการจัดซื้อจัดจ้างของปีงบประมาณ พ.ศ. 2565 พร้อมปัญหาอุปสรรค",
    36: "โครงการ/กิจกรรม งบประมาณ และระยะเวลาดำเนินการ",
}


def p3(gt: GT) -> str:
    cards = []
    for n in range(1, 44):
        label, docs = I66[n]
        href = f"/ita/2566/o{n}"
        text = f"<p class='card-text text-muted'>{esc(_CARD_TEXT.get(n, 'ปรับปรุงล่าสุด 15 มี.ค. 2566'))}</p>"
        if n == 29:
            gt.none(n, label)
            button = "<a href='#' class='btn btn-secondary disabled'>ดูข้อมูล</a>"
        else:
            button = (
                f"<a href='{gt.link(n, href, label)}' class='btn btn-outline-primary btn-sm'>"
                f"{'คลิกที่นี่' if n % 3 else 'ดูข้อมูล'}</a>"
            )
        if n % 4 == 0:  # badge after the title
            head = f"<h5 class='card-title'>{esc(label)}</h5><span class='badge bg-info'>O{n}</span>"
        else:
            head = f"<span class='badge bg-primary'>O{n}</span><h5 class='card-title'>{esc(label)}</h5>"
        cards.append(
            f"<div class='col-md-4 mb-3'><div class='card h-100 shadow-sm'><div class='card-body'>"
            f"{head}{text}</div><div class='card-footer bg-white'>{button}</div></div></div>"
        )
    return (
        "<div class='container'><h1 class='text-center'>การเปิดเผยข้อมูลสาธารณะ (OIT) 2566</h1>"
        f"<div class='row'>{''.join(cards)}</div></div>"
    )


# ------------------------------------------------------------------------------------------------
# P4 tambon <p> list: strong label, <br>, "คลิก", Thai digits, image links, month texts.


def p4(gt: GT) -> str:
    base = "/news/fileupload/ita66/"
    out = [
        "<div class='content'><p align='center'><strong><span style='font-size:18pt'>"
        "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)</span></strong></p>"
    ]
    for n in range(1, 44):
        label, docs = I66[n]
        code = f"o{th(n)}" if n >= 10 and n % 2 == 0 else f"o{n}"
        if n == 18:
            gt.none(n, label)
            out.append(f"<p><strong>{code} {esc(label)}</strong><br>- อยู่ระหว่างดำเนินการ -</p>")
            continue
        if n == 35:  # image links whose document names read like other items
            docs = ["แผนบริหารจัดการความเสี่ยงการทุจริต ประจำปี 2566", "รายงานผลการดำเนินการตามแผนบริหารความเสี่ยง"]
        if n == 24:  # the policy it implements first, then the report
            docs = ["นโยบายการบริหารทรัพยากรบุคคล", "รายงานการดำเนินการตามนโยบายฯ รอบ 6 เดือน"]
        if n % 5 == 0 or n == 24:  # image links, one per document, text beside
            links = "<br>".join(
                f"<a href='{gt.link(n, f'{base}{n}_{k}.pdf', label)}' target='_blank'>"
                f"<img src='/images/download.gif' alt='ดาวน์โหลด' width='60'></a> {esc(d)}"
                for k, d in enumerate(docs, 1)
            )
        elif n == 21:
            links = " ".join(
                f"{m} <a href='{gt.link(n, f'{base}skr_{k}.pdf', label)}'>คลิก</a>"
                for k, m in enumerate(("ต.ค. 65", "พ.ย. 65", "ธ.ค. 65", "ม.ค. 66"), 1)
            )
        elif n % 3 == 0:
            links = "<br>".join(
                f"<a href='{gt.link(n, f'{base}{n}_{k}.pdf', label)}'>- {esc(d)}</a>" for k, d in enumerate(docs, 1)
            )
        else:
            links = f"<a href='{gt.link(n, f'{base}o{n}.pdf', label)}' target='_blank'>คลิก</a>"
        if n % 7 == 0:  # code bold, title plain
            out.append(f"<p><strong>{code}</strong> {esc(label)}<br>{links}</p>")
        else:
            out.append(f"<p><strong>{code} {esc(label)}</strong><br>{links}</p>")
    out.append("</div>")
    return "".join(out)


# ------------------------------------------------------------------------------------------------
# P5 nested outline by the agency's own indicator numbering, no O-codes.

_OWN66 = {  # the agency's own wording of each item under its numbering
    1: "โครงสร้างองค์กร",
    2: "ผู้บริหาร",
    3: "อำนาจหน้าที่",
    4: "แผนพัฒนาท้องถิ่น",
    5: "ข้อมูลการติดต่อหน่วยงาน",
    6: "กฎหมายที่เกี่ยวข้อง",
    7: "ข่าวประชาสัมพันธ์",
    8: "ถาม-ตอบ (Q&A)",
    9: "Social Network",
    10: "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
    11: "แผนการดำเนินงานประจำปี",
    12: "รายงานความก้าวหน้าการดำเนินงาน รอบ 6 เดือน",
    13: "รายงานผลการดำเนินงานประจำปี",
    14: "คู่มือการปฏิบัติงาน",
    15: "คู่มือการให้บริการประชาชน",
    16: "สถิติการให้บริการ",
    17: "ผลสำรวจความพึงพอใจ",
    18: "E-Service",
    19: "แผนจัดซื้อจัดจ้าง",
    20: "ประกาศจัดซื้อจัดจ้าง",
    21: "สรุปผลจัดซื้อจัดจ้างรายเดือน (สขร.1)",
    22: "รายงานผลจัดซื้อจัดจ้างประจำปี",
    23: "นโยบายการบริหารทรัพยากรบุคคล",
    24: "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
    25: "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    26: "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
    27: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
    28: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต",
    29: "สถิติเรื่องร้องเรียนการทุจริต",
    30: "การมีส่วนร่วมของประชาชน",
}


def p5(gt: GT) -> str:
    base = "https://www.phrae-demo.go.th/ita2566/files/"
    subs = [
        ("9.1", "ข้อมูลพื้นฐาน", range(1, 11)),
        ("9.2", "การบริหารงาน", range(11, 19)),
        ("9.3", "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", range(19, 23)),
        ("9.4", "การบริหารและพัฒนาทรัพยากรบุคคล", range(23, 27)),
        ("9.5", "การส่งเสริมความโปร่งใส", range(27, 31)),
    ]
    out = ["<h2>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</h2><ul class='ita-outline'>"]
    for num, name, codes in subs:
        items = []
        for k, n in enumerate(codes, 1):
            docs = I66[n][1]
            lis = "".join(
                f"<li><a href='{gt.link(n, f'{base}{num}.{k}-{j}.pdf', _OWN66[n])}'>{esc(d)}</a></li>"
                for j, d in enumerate(docs, 1)
            )
            items.append(f"<li>{num}.{k} {esc(_OWN66[n])}<ul>{lis}</ul></li>")
        out.append(f"<li>{num} {esc(name)}<ol>{''.join(items)}</ol></li>")
    out.append("</ul>")
    return "".join(out)


# ------------------------------------------------------------------------------------------------
# P6 Google Sites-like: bold-by-style labels, role=heading, Drive links, a description line.


def p6(gt: GT) -> str:
    labels = {
        1: "โครงสร้างองค์กร",
        2: "ผู้บริหาร",
        3: "อำนาจหน้าที่",
        4: "แผนยุทธศาสตร์",
        5: "ช่องทางการติดต่อ",
        6: "กฎหมายที่เกี่ยวข้อง",
        10: "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        11: "แผนการดำเนินงานประจำปี 2566",
        12: "รายงานผลการดำเนินงาน รอบ 6 เดือน",
        13: "รายงานผลการดำเนินงานประจำปี 2565",
        14: "คู่มือการปฏิบัติงาน",
        15: "คู่มือการให้บริการ",
        19: "แผนการจัดซื้อจัดจ้าง 2566",
        21: "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
        23: "นโยบายการบริหารทรัพยากรบุคคล",
        31: "ประกาศเจตนารมณ์ No Gift Policy",
        36: "แผนปฏิบัติการป้องกันการทุจริต",
        39: "ประมวลจริยธรรม",
        42: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    }
    desc = {13: "(สรุปผลตามแผนการดำเนินงานประจำปี 2565)", 21: "ข้อมูลตามแบบ สขร.1 ตั้งแต่ ต.ค. 65"}
    out = []
    for n, label in labels.items():
        out.append(
            f"<div class='tyJCtd mGzaTb baZpAe'><p dir='ltr' class='zfr3Q CDt4Ke' role='heading' "
            f"aria-level='3'><span class='C9DxTc' style='font-weight:700'>{esc(label)}</span></p></div>"
        )
        if n in desc:
            out.append(
                f"<div class='tyJCtd mGzaTb baZpAe'><p class='zfr3Q CDt4Ke'><span class='C9DxTc'>"
                f"{esc(desc[n])}</span></p></div>"
            )
        for k, d in enumerate(I66[n][1], 1):
            fid = f"1{n:02d}{k}AbCdEfGhIjKlMnOpQrStUv"
            href = f"https://drive.google.com/file/d/{fid}/view?usp=sharing"
            text = [f"{d}.pdf", "Click", "เปิด", d][(n + k) % 4]
            out.append(
                f"<div class='tyJCtd mGzaTb baZpAe'><p class='zfr3Q CDt4Ke'><a class='XqQF9c' "
                f"href='{gt.link(n, href, label)}' target='_blank'><span class='C9DxTc aw5Odc'>{esc(text)}</span>"
                "</a></p></div>"
            )
    return (
        "<div class='UtePc RCETm'><section><h1 class='zfr3Q duRjpb'>ITA 2566</h1><p class='zfr3Q'>"
        "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ</p></section>"
        f"<section>{''.join(out)}</section></div>"
    )


# ------------------------------------------------------------------------------------------------
# P7 a 2-column table of sub-page links, each <a> being the whole item, two items per row.


def p7(gt: GT) -> str:
    cells = []
    for n in range(1, 44):
        label = I66[n][0]
        code = f"<font color='#006600'>O{n}</font> " if n % 5 == 0 else f"O{n} "
        cells.append(
            f"<td width='50%'><img src='images/bullet.gif'> <a href='{gt.link(n, f'ita/o{n}.php', label)}'>"
            f"{code}{esc(label)}</a></td>"
        )
    rows = "".join(f"<tr>{''.join(cells[i : i + 2])}</tr>" for i in range(0, len(cells), 2))
    return (
        "<table width='100%' border='0' cellpadding='4'><tr><td align='center'><b>"
        "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2566</b></td></tr></table>"
        f"<table width='100%' border='1' class='ita-table'>{rows}</table>"
    )


# ------------------------------------------------------------------------------------------------
# P8 <details>/<summary> accordion, sub-indicators as outer details, quarters as inner ones.


def p8(gt: GT) -> str:
    out = []
    for group, codes in GROUPS66:
        items = []
        for n in codes:
            label, docs = I66[n]
            if n in (12, 24, 37):  # six-month reports by quarter
                inner = "".join(
                    f"<details><summary>ไตรมาสที่ {q}</summary><ul><li><a href='"
                    f"{gt.link(n, f'/uploads/ita66/o{n}-q{q}.pdf', label)}'>{esc(docs[0])} ไตรมาส {q}</a>"
                    f"</li></ul></details>"
                    for q in (1, 2)
                )
            else:
                inner = (
                    "<ul>"
                    + "".join(
                        f"<li><a href='{gt.link(n, f'/uploads/ita66/o{n}-{k}.pdf', label)}'>{esc(d)}</a></li>"
                        for k, d in enumerate(docs, 1)
                    )
                    + "</ul>"
                )
            summary = f"<strong>O{n}</strong> <span>{esc(label)}</span>" if n % 2 else f"O{n} {esc(label)}"
            items.append(f"<details class='ita-item'><summary>{summary}</summary>{inner}</details>")
        out.append(f"<details class='ita-group' open><summary>{esc(group)}</summary>{''.join(items)}</details>")
    return "<h1>ITA 2566</h1>" + "".join(out)


# ------------------------------------------------------------------------------------------------
# P9 distractors: Bootstrap-3 panels; a left news sidebar, a contact widget in a non-<footer>
# footer area, "หน้าหลัก" links inside items.


def p9(gt: GT) -> str:
    news = "".join(
        f"<li><a href='/news/{i}'>{esc(t)}</a> <span class='date'>{d}</span></li>"
        for i, (t, d) in enumerate(
            [
                ("ประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ สมัยที่ 1", "12 ม.ค. 66"),
                ("โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "20 ม.ค. 66"),
                ("ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566", "1 ก.พ. 66"),
            ],
            1,
        )
    )
    sidebar = (
        "<aside class='col-md-3 widget-area'><div class='widget'><h3 class='widget-title'>ข่าวประชาสัมพันธ์</h3>"
        f"<ul>{news}</ul><a href='/news'>ดูทั้งหมด</a></div>"
        "<div class='widget'><h3 class='widget-title'>ลิงก์หน่วยงาน</h3><ul>"
        "<li><a href='https://www.nacc.go.th'>สำนักงาน ป.ป.ช.</a></li>"
        "<li><a href='https://www.dla.go.th'>กรมส่งเสริมการปกครองท้องถิ่น</a></li></ul></div></aside>"
    )
    panels = []
    for n in range(1, 31):
        label, docs = I66[n]
        body = "".join(
            f"<p><i class='fa fa-file'></i> <a href='{gt.link(n, f'/ita66/o{n}_{k}.pdf', label)}'>{esc(d)}</a></p>"
            for k, d in enumerate(docs, 1)
        )
        if n in (2, 14, 25):
            body += "<p><a href='/'>หน้าหลัก</a> | <a href='/index.php'>กลับหน้าหลัก</a></p>"
        panels.append(
            f"<div class='panel panel-primary'><div class='panel-heading'><h4 class='panel-title'>"
            f"O{n} {esc(label)}</h4></div><div class='panel-body'>{body}</div></div>"
        )
    contact = (
        "<div class='footer-widgets'><div class='container'><h4>ติดต่อเรา</h4>"
        "<p>องค์การบริหารส่วนตำบลตัวอย่าง 99 หมู่ 1 โทร. 0-4400-0000</p>"
        "<a href='https://goo.gl/maps/abc123'>แผนที่</a> <a href='https://www.facebook.com/obt.demo'>Facebook</a>"
        "<h4>ข่าวประชาสัมพันธ์</h4><a href='/news/5'>ประกาศรับสมัครพนักงานจ้าง</a></div></div>"
    )
    return (
        f"<div class='container'><div class='row'>{sidebar}<div class='col-md-9'>"
        "<ol class='breadcrumb'><li><a href='/'>หน้าหลัก</a></li><li>ITA 2566</li></ol>"
        f"<h2>ITA 2566 ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</h2>{''.join(panels)}</div></div></div>{contact}"
    )


# ------------------------------------------------------------------------------------------------
# P10 ITA 2568: <dl>, codes "O.1" / "O.๑" / run into titles ("O4ข่าว…").


def p10(gt: GT) -> str:
    out = ["<h2>ITA 2568</h2><dl class='oit'>"]
    for n, (label, docs) in I68.items():
        code = [f"O.{n} ", f"O.{th(n)} ", f"O{n}", f"O {n} "][n % 4]
        links = "".join(
            f"<a class='d-block' href='{gt.link(n, f'/ita2568/O{n}/{k}.pdf', label)}'>"
            f"{esc(d) if k == 1 else f'o{n}_{k}.pdf'}</a>"
            for k, d in enumerate(docs, 1)
        )
        out.append(f"<dt>{code}{esc(label)}</dt><dd>{links}</dd>")
    out.append("</dl>")
    return "".join(out)


# P11 ITA 2568: WordPress headings "OIT 1" (h5) and "ข้อ 1" (p), file-list lines "1. …".


def p11(gt: GT) -> str:
    out = ["<h1 class='entry-title'>OIT ประจำปีงบประมาณ พ.ศ. 2568</h1><div class='entry-content'>"]
    for n, (label, docs) in I68.items():
        code = f"OIT {n}" if n <= 14 else f"ข้อ {n}"
        lines = "".join(
            f"<p>{k}. <a href='{gt.link(n, f'/wp-content/uploads/2025/01/oit{n}-{k}.pdf', label)}'>{esc(d)}</a></p>"
            for k, d in enumerate(docs, 1)
        )
        out.append(f"<h5 class='wp-block-heading'>{code} {esc(label)}</h5>{lines}")
    out.append("</div>")
    return "".join(out)


# P12 script-driven hub: a jump <select>, onclick buttons (no <a href>).


def p12(gt: GT) -> str:
    opts = "".join(
        f"<option value='{gt.link(n, f'/ita/2566/o{n}.pdf', I66[n][0])}'>O{n} {esc(I66[n][0])}</option>"
        for n in range(1, 11)
    )
    buttons = "".join(
        f"<div class='item'><span>O{n} {esc(I66[n][0])}</span> "
        f"<button type='button' class='btn' onclick=\"window.open('"
        f"{gt.link(n, f'/ita/2566/o{n}.pdf', I66[n][0])}')\">เปิด</button></div>"
        for n in range(11, 21)
    )
    return (
        "<h2>ITA 2566</h2><form><select class='form-control' onchange='window.location=this.value'>"
        f"<option value=''>-- เลือกข้อมูล ITA --</option>{opts}</select></form>{buttons}"
    )


# P13 codeless tambon list pasted from Word: labels wrapped in varying <span>/<strong> depth.


def p13(gt: GT) -> str:
    labels = {
        1: "โครงสร้างองค์กร",
        2: "ข้อมูลผู้บริหาร",
        3: "อำนาจหน้าที่",
        4: "แผนพัฒนาท้องถิ่น",
        5: "ข้อมูลการติดต่อ",
        6: "กฎหมายที่เกี่ยวข้อง",
        11: "แผนการดำเนินงานประจำปี",
        13: "รายงานผลการดำเนินงานประจำปี",
        19: "แผนการจัดซื้อจัดจ้าง",
        21: "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
        23: "นโยบายการบริหารทรัพยากรบุคคล",
        27: "คู่มือการจัดการเรื่องร้องเรียนการทุจริต",
        31: "ประกาศเจตนารมณ์ No Gift Policy",
        36: "แผนปฏิบัติการป้องกันการทุจริต",
        39: "ประมวลจริยธรรม",
        42: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    }
    out = ["<div class='entry'>"]
    for i, (n, label) in enumerate(labels.items()):
        if i % 2:
            out.append(
                f"<p><span style=\"font-family:'TH SarabunPSK'\"><span style='font-size:16pt'><strong>"
                f"{esc(label)}</strong></span></span></p>"
            )
        else:
            out.append(f"<p><strong>{esc(label)}</strong></p>")
        for k, d in enumerate(I66[n][1], 1):
            out.append(f"<p>- <a href='{gt.link(n, f'/upload/ita/{n}_{k}.pdf', label)}'>{esc(d)}</a></p>")
    out.append("</div>")
    return "<h2>ITA 2566 การเปิดเผยข้อมูลสาธารณะ</h2>" + "".join(out)


# P14 ITA 2568 table with one link column per year: only the assessed year's column is evidence.


def p14(gt: GT) -> str:
    rows = [
        "<table class='table'><thead><tr><th>ข้อ</th><th>รายการข้อมูล</th><th>ปี 2567</th><th>ปี 2568</th></tr>"
        "</thead><tbody>"
    ]
    for n, (label, _) in I68.items():
        rows.append(
            f"<tr><td>O{n}</td><td>{esc(label)}</td>"
            f"<td><a href='/uploads/files/{7000 + n}.pdf'>ดาวน์โหลด</a></td>"
            f"<td><a href='{gt.link(n, f'/uploads/files/{8000 + n}.pdf', label)}'>ดาวน์โหลด</a></td></tr>"
        )
    rows.append("</tbody></table>")
    return "<h2>การเปิดเผยข้อมูลสาธารณะ (OIT)</h2>" + "".join(rows)


# P15 Elementor page, no codes: some item titles in heading widgets, others in text-editor widgets.


def p15(gt: GT) -> str:
    labels = {
        1: "โครงสร้างองค์กร",
        2: "ข้อมูลผู้บริหาร",
        3: "อำนาจหน้าที่",
        4: "แผนยุทธศาสตร์",
        5: "ข้อมูลการติดต่อ",
        6: "กฎหมายที่เกี่ยวข้อง",
        10: "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        19: "แผนการจัดซื้อจัดจ้าง",
        23: "นโยบายการบริหารทรัพยากรบุคคล",
        36: "แผนปฏิบัติการป้องกันการทุจริต",
        39: "ประมวลจริยธรรม",
        42: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    }
    w = "<div class='elementor-element elementor-widget'><div class='elementor-widget-container'>{}</div></div>"
    out = []
    for i, (n, label) in enumerate(labels.items()):
        if i % 2 == 0:
            out.append(w.format(f"<h3 class='elementor-heading-title elementor-size-default'>{esc(label)}</h3>"))
        else:
            out.append(
                w.format(
                    f"<div class='elementor-text-editor elementor-clearfix'><p><strong>{esc(label)}</strong></p></div>"
                )
            )
        links = "".join(
            f"<li class='elementor-icon-list-item'>"
            f"<a href='{gt.link(n, f'/wp-content/uploads/2023/02/{n}-{k}.pdf', label)}'>"
            f"<span class='elementor-icon-list-text'>{esc(d)}</span></a></li>"
            for k, d in enumerate(I66[n][1], 1)
        )
        out.append(w.format(f"<ul class='elementor-icon-list-items'>{links}</ul>"))
    return "<h1 class='entry-title'>ITA 2566</h1><div class='elementor-section-wrap'>" + "".join(out) + "</div>"


PROBES = {
    "p1-joomla-table": (
        "https://www.banphue-demo.go.th/index.php/ita/oit-2566",
        "OIT 2566 - อบต.บ้านผือ",
        2566,
        "ita-2566",
        p1,
    ),
    "p2-elementor": ("https://www.dpt-demo.go.th/ita-2566/", "ITA 2566 – กรมตัวอย่าง", 2566, "ita-2566", p2),
    "p3-cards": ("https://www.surin-demo.go.th/ita/2566", "ITA 2566 | สำนักงานจังหวัดตัวอย่าง", 2566, "ita-2566", p3),
    "p4-tambon-p": (
        "https://www.khokmuang-demo.go.th/news/ita66.php",
        "การเปิดเผยข้อมูลสาธารณะ OIT 2566",
        2566,
        "ita-2566",
        p4,
    ),
    "p5-own-outline": ("https://www.phrae-demo.go.th/ita2566/", "ITA 2566 เทศบาลตัวอย่าง", 2566, "ita-2566", p5),
    "p6-gsites": ("https://sites.google.com/view/obt-demo/ita-2566", "ITA 2566 - อบต.ตัวอย่าง", 2566, "ita-2566", p6),
    "p7-2col-subpages": (
        "https://www.tessaban-demo.go.th/ita2566.php",
        "ITA 2566 เทศบาลตำบลตัวอย่าง",
        2566,
        "ita-2566",
        p7,
    ),
    "p8-details": ("https://www.korat-demo.go.th/th/ita/2566", "ITA 2566", 2566, "ita-2566", p8),
    "p9-distractors": ("https://www.obt-demo.go.th/ita66.php", "ITA 2566 อบต.ตัวอย่าง", 2566, "ita-2566", p9),
    "p10-2568-dl": ("https://www.obt68-demo.go.th/ita-2568/", "ITA 2568", 2568, "ita-2568", p10),
    "p11-2568-oit-kho": ("https://www.dept68-demo.go.th/oit-2568/", "OIT 2568 – หน่วยงานตัวอย่าง", 2568, "ita-2568", p11),
    "p13-word-spans": ("https://www.nongkung-demo.go.th/ita-2566", "ITA 2566 อบต.ตัวอย่าง", 2566, "ita-2566", p13),
    "p14-year-columns": ("https://www.obt2-demo.go.th/oit", "OIT ปี 2568", 2568, "ita-2568", p14),
    "p15-elementor-widgets": (
        "https://www.dmr2-demo.go.th/ita-2566/",
        "ITA 2566 – สำนักงานตัวอย่าง",
        2566,
        "ita-2566",
        p15,
    ),
    "p12-script-links": ("https://www.js-demo.go.th/ita2566.html", "ITA 2566", 2566, "ita-2566", p12),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--dump", nargs="*", default=[])
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--pages", type=Path)
    args = ap.parse_args()
    rows, matchers = {}, {}
    for name, (url, title, year, ref, build) in PROBES.items():
        if args.only and name not in args.only:
            continue
        gt = GT(url)
        body = build(gt)
        html = page(title, body, menu=name != "p6-gsites")
        if args.pages:
            args.pages.mkdir(parents=True, exist_ok=True)
            (args.pages / f"{name}.html").write_text(html, encoding="utf-8")
        matcher = matchers.setdefault(ref, Matcher(load_checklist(ref)))
        case = Case(name, Agency(url, title, year, (ref,)), url, html, gt.truth())
        site = urljoin(url, "/")
        record = page_record(html, url, site)
        seg = segment(record, matcher, True, year, False, site)
        row = finish(score(case, seg))
        row["checklist"] = ref
        gold = {(k, u) for k, links in case.truth.linked.items() for u in links}
        row["bad_pairs"] = sorted({(p.key, u) for p in seg.sections for u in p.links} - gold, key=str)
        row["cand_missing"] = sorted(gold - seg.candidates, key=str)
        row["cand_extra"] = sorted(seg.candidates - gold, key=str)
        rows[name] = row
        if name in args.dump:
            print(f"== {name}: hub={seg.is_hub}")
            for p in seg.sections:
                print(f"  {p.key} {p.title[:60]!r} links={sorted(p.links)[:4]}{'…' if len(p.links) > 4 else ''}")
    print(table(rows, {"ALL": total(list(rows.values()))}))
    if args.details:
        for name, r in rows.items():
            print(
                f"\n{name}: missed {len(r['missed'])}, wrong {len(r['wrong'])}, bad pairs {len(r['bad_pairs'])}, "
                f"cand missing {len(r['cand_missing'])}, cand extra {len(r['cand_extra'])}"
            )
            for line in r["missed"]:
                print(f"  missed  {line}")
            for line in r["wrong"][:15]:
                print(f"  wrong   {line}")
            for k, u in r["bad_pairs"][:10]:
                print(f"  badpair {k} {u}")
            for k, u in r["cand_extra"][:10]:
                print(f"  candX   {k} {u}")
            for k, u in r["cand_missing"][:10]:
                print(f"  candM   {k} {u}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
