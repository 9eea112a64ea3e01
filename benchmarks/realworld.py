r"""Hub segmentation on real agency hubs: ../shared/realworld (when present).

    python benchmarks/realworld.py [--data DIR] [--only FOLDER ...] [--json FILE] [--details] [--pages DIR]
    python benchmarks/realworld.py --crawl [--checklist ita-2568] [--as-of 2025-05-15] [--json FILE]

The corpus holds the ITA/OIT hubs of ten real agencies (index: DIR/README.md). For `rtrda` the
hub's own WordPress HTML is there (th-page-4837.json, wrapped in a minimal page); every other
folder describes its markup in its README.md and lists each item's code, label and links, exactly
as the source writes them, in sections.yaml. For those folders this script builds, at run time and
in memory, a page in the folder's style (the style code below is ours, written from the README
descriptions; no source or text block of the corpus is copied) around sections.yaml's labels and
links, each link as a browser sees it: `<?= base_url('x') ?>` becomes the site URL + x, a
JSON-escaped `https:\/\/` is unescaped, a relative path stays relative to the hub URL, a JSX
`url=` prop becomes an `<a href>`. Unlinked items appear as labels without a usable link. Each
page then goes through the project's own pipeline, without the network: `parse_html` → page
record → `split_sections` (the segmentation) and `hub_evidence` (what a crawl keeps of it).
`--pages DIR` also writes the pages there, to look at them.

Metric (per agency; the ALL rows sum the counts before dividing, "ALL but rtrda" without the
real page the segmenter was written against):
- A section's key is its code number (o5, MOIT5, "EB 5" and a badge "5" are all 5); for `rtrda`,
  whose page has a 2569 and a 2568 accordion, it is (year, code). A predicted section without
  a code takes the code of the checklist item its title names, but only when the folder's own
  checklist is bundled (Agency.checklists); otherwise it has no key.
- A ground-truth section is FOUND when a predicted section with its key holds at least one of
  its links. `rtrda`'s ground truth is the hub's headings only (its README), so there the key
  alone finds it. Section recall = found / ground-truth sections with links.
- A predicted section is CORRECT when it finds a ground-truth section, or when its key is an
  unlinked item and it holds no link. Section precision = correct / predicted sections (a
  section split in two is two correct sections; a section without a key is never correct).
- Links: pairs (section key, normalised absolute URL), as sets (duplicates count once). A URL is
  normalised by dropping session and utm_ parameters (as the page parser does), lower-casing
  scheme and host, percent-decoding the path, and dropping a trailing slash and the fragment.
  Placeholders (empty, `#…`, `javascript:`) are not links, in the ground truth or in a section.
  Link precision and recall compare the sections' pairs with the ground truth's.
- `cand R`: recall of the same pairs among `hub_evidence`'s candidates (keyed by the hub code,
  else, with the folder's own checklist, by the candidate item's code): the part of the
  segmentation a crawl uses. It drops links to the page itself and to the home page, and is
  empty when the page is not taken for a hub.
- `unl R`: recall of the ground truth's unlinked items (by code) among `hub_evidence`'s labels
  without link.
`rtrda` has no link ground truth, so its link, candidate and unlinked columns are "–".

`--crawl` is the older full-crawl mode on `rtrda`: its pages served on 127.0.0.1 with a stub for
every linked document, crawled by `oitcrawler crawl`, and the report printed per item.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import yaml

# The project's entry points this benchmark calls: adapt them here if their API changes.
from oitcrawler.checklist import ChecklistError, load_checklist
from oitcrawler.extract import parse_html
from oitcrawler.match import Matcher
from oitcrawler.segment import hub_evidence, split_sections
from oitcrawler.site import home_urls
from oitcrawler.testing.fixtureserver import crawl_world
from oitcrawler.urls import strip_session

ROOT = Path(__file__).resolve().parent.parent
# Used when a folder's own checklist is not bundled: code numbers still compare, titles do not.
FALLBACK_CHECKLIST = "ita-2568"


def _default_data() -> Path:
    # From /work/main the corpus is a sibling; from a worktree under /work/wt it is one level further up.
    for base in ROOT.parents:
        if (base / "shared" / "realworld").is_dir():
            return base / "shared" / "realworld"
    return ROOT.parent / "shared" / "realworld"


# ---------------------------------------------------------------------------------------------
# The project's pipeline on one page, without the network

@dataclass
class Predicted:
    key: tuple[int | None, int] | None
    title: str
    links: set[str]


@dataclass
class Segmented:
    sections: list[Predicted]
    is_hub: bool
    candidates: set[tuple[tuple[int | None, int], str]]
    labels_without_link: set[tuple[int | None, int]]


def page_record(page_html: str, url: str, referrer: str) -> dict:
    record = parse_html(page_html, url)
    record.update(url=url, kind="page", referrer=referrer)
    return record


def segment(record: dict, matcher: Matcher, fits: bool, year: int, by_year: bool, site: str) -> Segmented:
    """Sections as keys and link sets, and what hub_evidence keeps of them."""
    links = record["links"]

    def key(code, title, section_year):
        if code is None and fits and title:
            named = matcher.best(title)
            code = matcher.checklist.item(named[0][0]).code if named else None
        if code is None:
            return None
        return (section_year if by_year else None, code)

    sections, _ = split_sections(record, matcher)
    # A section keeps the number the page shows even when it is not this list's code ("EB 10", a badge).
    predicted = [Predicted(key(s.code if s.code is not None else _shown_number(s.shown), s.title, s.year), s.title,
                           {normalise(links[i]["href"]) for i in s.links if is_link(links[i])})
                 for s in sections]
    hub = hub_evidence(record, matcher, home_urls(site, ""), year)
    if hub is None:
        return Segmented(predicted, False, set(), set())

    def item_key(item_id: str, code: int | None):
        if fits:
            code = matcher.checklist.item(item_id).code if code is None else code
        return None if code is None else (None, code)

    return Segmented(predicted, hub.is_hub,
                     {(item_key(c.item_id, c.hub_code), normalise(c.url)) for c in hub.candidates},
                     {item_key(item_id, _label_code(label)) for item_id, label in hub.labels_without_link})


_LABEL_CODE = re.compile(r"^O(\d+) ")


def _shown_number(shown: str) -> int | None:
    digits = re.findall(r"\d+", shown or "")
    return int(digits[-1]) if digits else None


def _label_code(label: str) -> int | None:
    """The code hub_evidence writes in front of a coded section's label ("O5 …")."""
    m = _LABEL_CODE.match(label)
    return int(m.group(1)) if m else None


def is_link(link: dict) -> bool:
    """A link that goes somewhere: not empty, not a same-page fragment, not a script."""
    raw = (link.get("raw") or "").strip()
    if not raw or raw.startswith("#") or raw.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
        return False
    return urlsplit(link.get("href", "")).scheme in ("http", "https")


def normalise(url: str) -> str:
    # Tracking parameters go first, as the page parser drops them from every link.
    parts = urlsplit(strip_session(url.strip()))
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), unquote(parts.path).rstrip("/"),
                       parts.query, ""))


# ---------------------------------------------------------------------------------------------
# Ground truth

@dataclass
class Truth:
    linked: dict[tuple, set[str]]            # key → normalised absolute links
    unlinked: set[tuple]
    links_known: bool = True
    titles: dict[tuple, str] = field(default_factory=dict)


_CODE_NUMBER = re.compile(r"(\d+)$")
_PHP_BASE_URL = re.compile(r"""<\?(?:=|php\s+echo)\s*base_url\(\s*['"]([^'"]*)['"]\s*\)\s*;?\s*\?>""")


def code_number(code: str) -> int:
    return int(_CODE_NUMBER.search(code).group(1))


def rendered_href(raw: str, site: str) -> str:
    """What a browser finds in an href written as `raw` in the page's source or data."""
    value = raw.strip()
    if "\\" in value:                  # JSON text: \/ and \uXXXX escapes
        try:
            value = json.loads(f'"{value}"')
        except ValueError:
            pass
    return _PHP_BASE_URL.sub(lambda m: urljoin(site, m.group(1)), value)


def truth_from_yaml(data: dict, hub_url: str, site: str) -> Truth:
    truth = Truth({}, set())
    for s in data.get("sections") or ():
        key = (None, code_number(s["code"]))
        truth.linked.setdefault(key, set()).update(
            normalise(urljoin(hub_url, rendered_href(raw, site))) for raw in s["links"])
        truth.titles[key] = s["label"]
    for s in data.get("unlinked") or ():
        truth.unlinked.add((None, code_number(s["code"])))
        truth.titles[(None, code_number(s["code"]))] = s["label"]
    return truth


# ---------------------------------------------------------------------------------------------
# Pages in each folder's style (written from the folders' README descriptions)

def esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def document(title: str, body: str) -> str:
    return ("<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'>"
            f"<title>{esc(title)}</title></head><body>"
            "<header><nav class='menu'><a href='/'>หน้าแรก</a> <a href='/about'>เกี่ยวกับเรา</a> "
            "<a href='/news'>ข่าวประชาสัมพันธ์</a> <a href='/contact'>ติดต่อเรา</a></nav></header>"
            f"<main>{body}</main><footer><p>สงวนลิขสิทธิ์ © {esc(title)}</p></footer></body></html>")


def _links(section: dict, site: str) -> list[str]:
    return [rendered_href(raw, site) for raw in section.get("links") or ()]


def _file_words(href: str) -> str:
    """A document link's visible name: its file name without the extension."""
    name = unquote(urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1])
    return name.rsplit(".", 1)[0] if "." in name else name


def _chunks(items: list, n: int) -> list[list]:
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return out


def _runs(items: list) -> list[list]:
    """Consecutive equal items grouped: [a, a, b] → [[a, a], [b]]."""
    runs: list[list] = []
    for item in items:
        if runs and runs[-1][0] == item:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


_THAI = re.compile(r"[\u0e00-\u0e7f]")
# Element wordings for link texts the ground truth does not give (ours, in the usual MOPH style).
_ELEMENT_WORDS = ("บันทึกข้อความขออนุมัติเผยแพร่ข้อมูล", "แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน",
                  "เอกสารหลักฐานประกอบ", "รายงานผลการดำเนินงาน", "คำสั่งแต่งตั้งผู้รับผิดชอบ")


def style_kokphochai(data: dict, site: str) -> str:
    """JSON-driven SPA as rendered: one accordion per item, headings as <details>, links as <a>."""
    items = []
    for s in data["sections"]:
        heads = s.get("subheadings") or []
        # sections.yaml does not say which links sit under which heading: they are spread evenly.
        groups = _chunks(_links(s, site), len(heads)) if heads else [_links(s, site)]
        body = ["<p>หลักฐานประกอบการประเมินตามองค์ประกอบของข้อ</p>"]
        for g, hrefs in enumerate(groups):
            lines = "".join(f"<li><a href='{esc(h)}' target='_blank'>{g + 1}.{j + 1} "
                            f"{_ELEMENT_WORDS[(g + j) % len(_ELEMENT_WORDS)]}</a></li>"
                            for j, h in enumerate(hrefs))
            body.append(f"<details><summary>{esc(heads[g])}</summary><ul>{lines}</ul></details>" if heads
                        else f"<ul>{lines}</ul>")
        body += [f"<p><a href='' target='_blank'>{esc(text)}</a></p>" for text in s.get("empty_links") or ()]
        items.append(f"<div class='accordion-item'><button type='button' class='accordion-header' "
                     f"aria-expanded='false'>{esc(s['shown'])} {esc(s['label'])}</button>"
                     f"<div class='accordion-content' hidden>{''.join(body)}</div></div>")
    return ("<h1>การประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ 2567</h1>"
            f"<div class='ita-list'>{''.join(items)}</div>")


_PDF_ICON = "<i class='fa fa-file-pdf-o text-danger'></i>"


def style_nongyai(data: dict, site: str) -> str:
    """PHP folder tree: label in a collapse toggle, element text in `#!` anchors, PDFs in their own anchors."""
    tree = []
    for s in data["sections"]:
        n = code_number(s["code"])
        title = s["label"]
        elements: list[list] = []        # [PDF, text anchor links it too, PDF in a sub-folder]
        for run in _runs(_links(s, site)):
            if run[0].endswith("-1.pdf") and elements and len(run) == 1:
                elements[-1][2] = run[0]
            else:
                elements.append([run[0], len(run) > 1, None])
        lines = []
        for k, (href, doubled, nested) in enumerate(elements, 1):
            # From item 10 on the element texts repeat the item's title and the icons are live.
            text = esc(title if n >= 10 else f"{n}.{k} {_ELEMENT_WORDS[k % len(_ELEMENT_WORDS)]}")
            if doubled:
                anchor = f"<a href='{esc(href)}' target='_blank'>{text}</a>"
            elif nested:
                anchor = f"<a data-toggle='collapse' href='#page{n}-1' aria-controls='page{n}-1'>{text}</a>"
            else:
                anchor = f"<a href='#!'>{text}</a>"
            icon = _PDF_ICON if doubled or n >= 10 else f"<!-- {_PDF_ICON} -->"
            sub = (f"<ul id='page{n}-1' class='collapse'><li><a href='#!'>{esc(title)}</a> "
                   f"<a href='{esc(nested)}' target='_blank'>{_PDF_ICON}</a></li></ul>") if nested else ""
            lines.append(f"<li>{anchor} <a href='{esc(href)}' target='_blank'>{icon}</a>{sub}</li>")
        tree.append(f"<li><i class='fa fa-folder'></i> <a data-toggle='collapse' href='#l{n}' "
                    f"aria-expanded='false'>{esc(s['shown'])} {esc(title)}</a> <span class='badge badge-success'>"
                    f"V</span><ul id='l{n}' class='collapse'>{''.join(lines)}</ul></li>")
    return ("<ol class='breadcrumb'><li><a href='index.php'>หน้าหลัก</a></li><li>ITA ปีงบฯ 2564</li></ol>"
            "<h3>การประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ 2564</h3>"
            f"<div class='file-tree'><ul>{''.join(tree)}</ul></div>")


def _groups(sections: list[dict]) -> list[tuple[str, list[dict]]]:
    groups: list[tuple[str, list[dict]]] = []
    for s in sections:
        if not groups or groups[-1][0] != s.get("group", ""):
            groups.append((s.get("group", ""), []))
        groups[-1][1].append(s)
    return groups


def _in_order(data: dict) -> list[dict]:
    """Linked and unlinked items together, in code order (the page shows them so)."""
    return sorted([*(data.get("sections") or ()), *(data.get("unlinked") or ())], key=lambda s: code_number(s["code"]))


def style_ktltc(data: dict, site: str) -> str:
    """Next.js: group cards; items as accordions with a number badge and the title; links in the panel."""
    cards = []
    for group, sections in _groups(_in_order(data)):
        items = []
        for s in sections:
            hrefs = _links(s, site)
            panel = [f"<p class='criteria'>เกณฑ์การประเมิน: เผยแพร่{esc(s['label'])}ของสถานศึกษา</p>"]
            kind = None
            for n, href in enumerate(hrefs, 1):
                is_pdf = urlsplit(href).path.lower().endswith(".pdf")
                if is_pdf != kind:
                    panel.append("<h4>File PDF</h4>" if is_pdf else "<h4>Link Wab Page</h4>")
                    kind = is_pdf
                words = _file_words(href)
                # A Thai file name is what the page shows; "1.pdf" or "o4.pdf" get the item's title.
                text = f"{n:02d}. {words if is_pdf and _THAI.search(words) else s['label']}" if is_pdf \
                    else f"{n}. {s['label']}"
                panel.append(f"<div class='link-preview'><a href='{esc(href)}' target='_blank'>{esc(text)}</a></div>")
            if not hrefs:
                panel.append("<p>ไม่มีเรื่องร้องเรียน</p>")
            note = f"<p class='subtitle'>{esc(s['hub_note'])}</p>" if s.get("hub_note") else ""
            items.append(f"<div class='accordion-item'><button type='button' class='accordion-trigger'>"
                         f"<span class='badge'>{esc(s['shown'])}</span><span class='title'>{esc(s['label'])}</span>"
                         f"</button>{note}<div class='accordion-panel' hidden>{''.join(panel)}</div></div>")
        cards.append(f"<div class='card'><button type='button' class='card-header'><h2>{esc(group)}</h2></button>"
                     f"<div class='card-body'>{''.join(items)}</div></div>")
    return ("<nav class='breadcrumb'><a href='/'>หน้าแรก</a> / ITA</nav>"
            "<h1>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสถานศึกษา (ITA) ปีงบประมาณ พ.ศ. 2568</h1>"
            "<a class='button' href='/images/ita/result-ita-2568.pdf'>ผลการประเมิน ITA 2568</a>"
            f"{''.join(cards)}")


def style_bansamyeak(data: dict, site: str) -> str:
    """Next.js: divider headings per topic; each item one card link, code box and title box glued."""
    out = ["<h1>ITA โรงเรียนบ้านสามแยก</h1>"]
    for group, sections in _groups(data["sections"]):
        out.append(f"<div class='divider'><h2>{esc(group)}</h2></div><div class='grid'>")
        for s in sections:
            for href in _links(s, site):
                out.append(f"<a class='card' href='{esc(href)}'><div class='code-box'>{esc(s['shown'])}</div>"
                           f"<div class='title-box'>{esc(s['label'])}</div></a>")
        out.append("</div>")
    return "".join(out)


def style_rcat(data: dict, site: str) -> str:
    """React SPA: a table of contents, sections per sub-indicator, each item a badge, an <h3> and
    generic "เปิดข้อมูล" buttons."""
    groups = _groups(data["sections"])
    numbers = [re.search(r"\d+\.\d+", g) for g, _ in groups]
    ids = [f"indicator-{m.group(0).replace('.', '-') if m else i}" for i, m in enumerate(numbers, 1)]
    out = ["<h1>ITA 2569 วิทยาลัยเกษตรและเทคโนโลยีร้อยเอ็ด</h1><nav class='toc'>"]
    out += [f"<a class='chip' href='#{i}'>{esc(i.split('-', 1)[1].replace('-', '.'))}</a>" for i in ids]
    out.append("</nav>")
    for (group, sections), section_id in zip(groups, ids):
        out.append(f"<section id='{section_id}'><h2>{esc(group)}</h2>")
        for s in sections:
            buttons = "".join(f"<a class='btn' href='{esc(h)}' target='_blank' rel='noopener'>"
                              f"{esc(text)} <span aria-hidden='true'>→</span></a>"
                              for h, text in zip(_links(s, site), s.get("link_text") or ["เปิดข้อมูล"] * 99))
            out.append(f"<article class='ita-item' data-ita-code='{esc(s['shown'])}'><div class='row'>"
                       f"<span class='badge'>{esc(s['shown'])}</span><h3>{esc(s['label'])}</h3></div>"
                       f"<div class='actions'>{buttons}</div></article>")
        out.append("</section>")
    return "".join(out)


def style_phichai(data: dict, site: str) -> str:
    """CodeIgniter view: sidebar buttons for every item; sections with <h2>, tagline, <h4> groups of
    element lines (PDF icon + numbered text) for the items the page writes out."""
    items = _in_order(data)
    sidebar = "".join(f"<button type='button' class='list-group-item' onclick=\"location.href="
                      f"'#service-details-{code_number(s['code']) + 1}'\">{esc(s['shown'])}</button>" for s in items)
    out = [f"<ol class='breadcrumb'><li><a href='/'>หน้าแรก</a></li><li>ITA ปี 2568</li></ol>"
           f"<div class='row'><aside class='sidebar'><div class='list-group'>{sidebar}</div></aside>"
           "<div class='content'><div class='card director'><img src='/assets/img/director.jpg' "
           "alt='ผู้อำนวยการโรงพยาบาลพิชัย'><p>ผู้อำนวยการโรงพยาบาลพิชัย</p></div>"]
    icon = "<i class='bi bi-file-earmark-pdf'></i>"
    for s in items:
        if s["label"] == s["shown"]:      # a sidebar button only: its section does not exist
            continue
        hrefs = _links(s, site)
        runs = _runs(hrefs)
        groups = runs if len(runs) < len(hrefs) else [hrefs]
        body = []
        for g, group in enumerate(groups, 1):
            body.append(f"<h4>{g}. องค์ประกอบที่ {g}</h4><ul>")
            body += [f"<li>{icon} <a href='{esc(h)}' target='_blank'><span class='doc-code'>{g}.{j}</span> "
                     f"<span class='doc-text'>เอกสารประกอบ</span></a></li>" for j, h in enumerate(group, 1)]
            body.append("</ul>")
        g = len(groups) + 1 if hrefs else 1
        body.append(f"<h4>{g}. องค์ประกอบที่ {g}</h4><ul>")
        body += [f"<li>{icon} <span class='doc-code'>{g}.{j}</span> <span class='doc-text'>เอกสารประกอบ</span></li>"
                 for j in (1, 2, 3)]
        body.append("</ul>")
        out.append(f"<section id='service-details-{code_number(s['code']) + 1}'><h2>{esc(s['shown'])}</h2>"
                   f"<p class='tagline'>{esc(s['label'])}</p>{''.join(body)}</section>")
    out.append("</div></div>")
    return "".join(out)


def style_banhong(data: dict, site: str) -> str:
    """Next.js server page: one table per indicator, a code-and-title row per item, document rows
    with the six- and twelve-month columns, and the upload-pending placeholder where none matched."""
    out = ["<h1>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (MOIT) ปีงบประมาณ พ.ศ. 2569</h1>"]
    for group, sections in _groups(_in_order(data)):
        rows = []
        for s in sections:
            rows.append(f"<tr class='item-row'><td colspan='3'><strong>{esc(s['shown'])}</strong> "
                        f"{esc(s['label'])}</td></tr>")
            hrefs = _links(s, site)
            rows += [f"<tr><td>เอกสาร {i}</td><td><a href='{esc(h)}'>ดาวน์โหลด</a></td><td>-</td></tr>"
                     for i, h in enumerate(hrefs, 1)]
            if not hrefs:
                rows.append("<tr><td class='text-muted'>- รอการอัปโหลดไฟล์ในหมวดนี้ -</td><td>-</td><td>-</td></tr>")
        out.append(f"<table class='oit-table'><thead><tr><th colspan='3'>{esc(group)}</th></tr>"
                   "<tr><th>รายการ</th><th>รอบ 6 เดือน</th><th>รอบ 12 เดือน</th></tr></thead>"
                   f"<tbody>{''.join(rows)}</tbody></table>")
    return "".join(out)


def style_phukamyao(data: dict, site: str) -> str:
    """A CMS "latest ITA posts" box: each post three times (thumbnail block, image link, title link),
    its title in four forms (alt, title, <h4> cut short with "...", <span> cut longer)."""
    out = ["<div class='row'><div class='col-12'><h3><a href='ita.php?y=2566'>ITA ประจำปีงบประมาณ 2566</a></h3></div>"]
    for s in data["sections"]:
        full = f"{s['shown']} {s['label']}"
        for href in dict.fromkeys(_links(s, site)):
            img = f"<img src='images/ita-thumb.png' alt='{esc(full)}' title='{esc(full)}'>"
            out.append(f"<div class='col-12 d-block d-md-none'><a href='{esc(href)}'>{img}"
                       f"<h4>{esc(full[:35])}...</h4></a></div>"
                       f"<div class='col-12 d-none d-md-block'><div class='media'><a href='{esc(href)}'>{img}</a>"
                       f"<div class='media-body'><a href='{esc(href)}'><span>{esc(full[:80])}...</span></a>"
                       "<p class='meta'>11 ก.ย. 2566 · เข้าชม 27 · ดาวน์โหลด 4</p></div></div></div>")
    out.append("<div class='col-12 text-right'><a class='btn' href='ita.php?y=2566'>ทั้งหมด</a></div></div>")
    return "".join(out)


def style_spbo3(data: dict, site: str) -> str:
    """WordPress page: a banner, the item heading as an <a> without href, element links in a <ul>."""
    out = ["<h1 class='entry-title'>Intergrity and Transparence Assessment (ITA) 2569</h1><div class='entry-content'>",
           "<p><img src='/ket/wp-content/uploads/2024/08/ITA-banner.png' alt=''><br>"]
    for s in data["sections"]:
        texts = [t.split(" (cut off")[0] for t in s.get("link_text") or ()]
        lines = "".join(f"<li><a href='{esc(h)}' target='_blank' rel='noopener noreferrer'>{esc(t)}</a></li>"
                        for h, t in zip(_links(s, site), texts))
        out.append(f"<a tabindex='0'>{esc(s['shown'])} {esc(s['label'])}</a></p><ul>{lines}</ul><p>")
    out.append("</p></div>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Agencies

@dataclass(frozen=True)
class Agency:
    hub_url: str                       # where the page is served; relative links resolve against it
    title: str
    year: int                          # the year the hub is for: hub_evidence's assessed year
    checklists: tuple[str, ...]        # the folder's own scheme, preferred first (may not be bundled)
    style: Callable[[dict, str], str] | None = None    # None: the folder has real pages (rtrda)
    nearest: tuple[str, ...] = ()      # when none of those is bundled: a list with closer wording


# Hosts the sources do not name are assumed: they only anchor relative links; nothing is fetched.
AGENCIES = {
    "rtrda": Agency("", "", 2568, ("ita-2568",)),
    "bansamyeak-school": Agency("https://www.bansamyeak.ac.th/ITA", "ITA - โรงเรียนบ้านสามแยก", 2566,
                                ("ita-2566",), style_bansamyeak),
    "ktltc-college": Agency("https://ktltc.vercel.app/ITA", "ITA 2568 - วิทยาลัยเทคนิคกันทรลักษ์", 2568,
                            ("vec-2568",), style_ktltc, nearest=("vec-2569",)),
    "rcat-college": Agency("https://www.rcat.ac.th/ita2569", "ITA 2569 | วิทยาลัยเกษตรและเทคโนโลยีร้อยเอ็ด", 2569,
                           ("vec-2569",), style_rcat),
    "phichai-hospital": Agency("https://www.phichaihospital.go.th/ita68", "ITA ปี 2568 - โรงพยาบาลพิชัย", 2568,
                               ("moph-moit-2568", "moph-moit-2569"), style_phichai),
    "kokphochai-hospital": Agency("https://www.kokphochaihospital.go.th/ita", "ITA 2567 | โรงพยาบาลโคกโพธิ์ไชย",
                                  2567, ("moph-moit-2567", "moph-moit-2569"), style_kokphochai),
    "phukamyao-hospital": Agency("https://www.phukamyaohospital.go.th/ita/ita.php", "โรงพยาบาลภูกามยาว", 2566,
                                 ("moph-moit-2566", "moph-moit-2569"), style_phukamyao),
    "banhong-hospital": Agency("https://www.banhonghospital.go.th/th/ita", "ITA 2569 | โรงพยาบาลบ้านโฮ่ง", 2569,
                               ("moph-moit-2569",), style_banhong),
    "nongyai-dho": Agency("http://www.nongyaihealth.go.th/page/ITA64.php",
                          "ITA ปีงบฯ 2564 - สำนักงานสาธารณสุขอำเภอหนองใหญ่", 2564, (), style_nongyai,
                          nearest=("moph-moit-2569",)),    # no EB list: MOIT reuses many EB titles
    "spbo3-moph": Agency("https://spbo3.moph.go.th/ket/?page_id=26424",
                         "Intergrity and Transparence Assessment (ITA) 2569", 2569, ("moph-moit-2569",), style_spbo3),
}
# rtrda (from its README): the hub page, and its headings, O1–O26 under ปี 2569 and O1–O28 under ปี 2568.
RTRDA_HUB = "th-page-4837.json"
RTRDA_HEADINGS = {2569: 26, 2568: 28}


def checklist_for(agency: Agency) -> tuple[str, bool]:
    """(checklist id, whether it is the folder's own scheme, so that its titles name the codes)."""
    for refs, fits in ((agency.checklists, True), ((*agency.nearest, FALLBACK_CHECKLIST), False)):
        for ref in refs:
            try:
                load_checklist(ref)
                return ref, fits
            except ChecklistError:
                continue
    raise ChecklistError(f"{FALLBACK_CHECKLIST} is not bundled")


@dataclass
class Case:
    name: str
    agency: Agency
    url: str
    html: str
    truth: Truth
    by_year: bool = False


def load_cases(data_dir: Path, only: list[str]) -> list[Case]:
    cases = []
    for name, agency in AGENCIES.items():
        folder = data_dir / name
        if (only and name not in only) or not folder.is_dir():
            continue
        if agency.style is None:
            record = json.loads((folder / RTRDA_HUB).read_text(encoding="utf-8"))
            truth = Truth({(y, c): set() for y, n in RTRDA_HEADINGS.items() for c in range(1, n + 1)}, set(),
                          links_known=False)
            page = (f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>{esc(record['title'])}"
                    f"</title></head><body><main><h1>{esc(record['title'])}</h1>{record['contentHtml']}</main>"
                    "</body></html>")
            cases.append(Case(name, agency, record["sourceUrl"], page, truth, by_year=True))
            continue
        data = yaml.safe_load((folder / "sections.yaml").read_text(encoding="utf-8"))
        site = urljoin(agency.hub_url, "/")
        cases.append(Case(name, agency, agency.hub_url, document(agency.title, agency.style(data, site)),
                          truth_from_yaml(data, agency.hub_url, site)))
    unknown = sorted(p.name for p in data_dir.iterdir() if p.is_dir() and p.name not in AGENCIES)
    if unknown:
        print(f"no page style for {', '.join(unknown)}: skipped", file=sys.stderr)
    return cases


# ---------------------------------------------------------------------------------------------
# Scoring

def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def score(case: Case, seg: Segmented) -> dict:
    truth = case.truth

    def finds(p: Predicted, key) -> bool:
        return p.key == key and (not truth.links_known or bool(p.links & truth.linked[key]))

    found = [k for k in truth.linked if any(finds(p, k) for p in seg.sections)]
    correct = [p for p in seg.sections
               if (p.key in truth.linked and finds(p, p.key)) or (p.key in truth.unlinked and not p.links)]
    row = {"sections": len(truth.linked), "predicted": len(seg.sections), "found": len(found),
           "correct": len(correct), "hub": seg.is_hub,
           "missed": [f"{_show(k)} {truth.titles.get(k, '')[:50]}" for k in truth.linked if k not in found],
           "wrong": [f"{_show(p.key)} {p.title[:50]} ({len(p.links)} links)" for p in seg.sections if p not in correct]}
    if truth.links_known:
        gold = {(k, u) for k, links in truth.linked.items() for u in links}
        pairs = {(p.key, u) for p in seg.sections for u in p.links}
        labels = {k for k in seg.labels_without_link}
        row.update(links=len(gold), pairs=len(pairs), pairs_right=len(pairs & gold),
                   candidates_right=len(seg.candidates & gold), unlinked=len(truth.unlinked),
                   unlinked_found=len(labels & truth.unlinked))
    return row


def _show(key) -> str:
    if key is None:
        return "(no code)"
    year, code = key
    return f"{code}" if year is None else f"{year}/{code}"


def finish(row: dict) -> dict:
    row["section_precision"] = ratio(row["correct"], row["predicted"])
    row["section_recall"] = ratio(row["found"], row["sections"])
    if "links" in row:
        row["link_precision"] = ratio(row["pairs_right"], row["pairs"])
        row["link_recall"] = ratio(row["pairs_right"], row["links"])
        row["candidate_recall"] = ratio(row["candidates_right"], row["links"])
        row["unlinked_recall"] = ratio(row["unlinked_found"], row["unlinked"])
    return row


_COUNTS = ("sections", "predicted", "found", "correct", "links", "pairs", "pairs_right", "candidates_right",
           "unlinked", "unlinked_found")


def total(rows: list[dict]) -> dict:
    out = finish({k: sum(r.get(k, 0) for r in rows) for k in _COUNTS})
    return out


def fmt(value) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def table(rows: dict[str, dict], totals: dict[str, dict]) -> str:
    head = ("| agency | checklist | hub | GT sections | predicted | sec P | sec R | GT links | link P | link R "
            "| cand R | GT unlinked | unl R |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for name, r in [*rows.items(), *totals.items()]:
        lines.append("| " + " | ".join([
            name, r.get("checklist", ""), {True: "yes", False: "no"}.get(r.get("hub"), ""),
            fmt(r["sections"]), fmt(r["predicted"]), fmt(r["section_precision"]), fmt(r["section_recall"]),
            fmt(r.get("links")), fmt(r.get("link_precision")), fmt(r.get("link_recall")),
            fmt(r.get("candidate_recall")), fmt(r.get("unlinked")), fmt(r.get("unlinked_recall"))]) + " |")
    return "\n".join(lines)


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def segment_main(args) -> int:
    if not args.data.is_dir():
        print(f"{args.data} is not present; nothing to benchmark")
        return 0
    cases = load_cases(args.data, args.only)
    if not cases:
        print(f"no known agency folder in {args.data}")
        return 1
    rows = {}
    for case in cases:
        ref, fits = checklist_for(case.agency)
        matcher = Matcher(load_checklist(ref))
        if args.pages:
            args.pages.mkdir(parents=True, exist_ok=True)
            (args.pages / f"{case.name}.html").write_text(case.html, encoding="utf-8")
        record = page_record(case.html, case.url, urljoin(case.url, "/"))
        seg = segment(record, matcher, fits, case.agency.year, case.by_year, urljoin(case.url, "/"))
        row = finish(score(case, seg))
        row["checklist"] = ref + ("" if fits else " (not its own)")
        rows[case.name] = row
    # rtrda's hub is the one the segmenter was written against, and it has no link ground truth.
    totals = {"ALL": total(list(rows.values())),
              "ALL but rtrda": total([r for r in rows.values() if "links" in r])}
    print(table(rows, totals))
    if args.details:
        for name, r in rows.items():
            print(f"\n{name}: missed {len(r['missed'])}, wrong {len(r['wrong'])}")
            for line in r["missed"]:
                print(f"  missed  {line}")
            for line in r["wrong"]:
                print(f"  wrong   {line}")
    if args.json:
        args.json.write_text(json.dumps({"commit": commit(), "agencies": rows, "totals": totals},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


# ---------------------------------------------------------------------------------------------
# --crawl: the full crawl of rtrda's pages

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
    """A fixture world of the exported pages, a home page linking them, and a stub per linked document."""
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
    (world / "_expected.yaml").write_text(yaml.safe_dump(
        {"start": start, "checklist": checklist, "as_of": as_of, "items": {}}, allow_unicode=True),
        encoding="utf-8")
    print(f"world: {len(pages)} real pages, {len(routes)} stubs, host {host}")
    return start


def crawl_main(args) -> int:
    records_dir = args.data / "rtrda"
    if not records_dir.is_dir():
        print(f"{records_dir} is not present; nothing to benchmark")
        return 0
    with tempfile.TemporaryDirectory(prefix="oitcrawler-realworld-") as tmp:
        world = Path(tmp) / "world"
        build(records_dir, world, args.checklist, args.as_of)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=_default_data(),
                        help="the real-world corpus (default %(default)s)")
    parser.add_argument("--only", nargs="+", default=[], metavar="FOLDER", help="only these agency folders")
    parser.add_argument("--json", type=Path, help="also write the numbers (with --crawl: the report) here")
    parser.add_argument("--details", action="store_true", help="list the missed and the wrong sections")
    parser.add_argument("--pages", type=Path, help="also write the generated pages here, to look at them")
    parser.add_argument("--crawl", action="store_true", help="the full-crawl mode on rtrda instead")
    parser.add_argument("--checklist", default="ita-2568", help="with --crawl (default %(default)s)")
    parser.add_argument("--as-of", default="2025-05-15", help="with --crawl: date of the check (default %(default)s)")
    args = parser.parse_args()
    return crawl_main(args) if args.crawl else segment_main(args)


if __name__ == "__main__":
    sys.exit(main())
