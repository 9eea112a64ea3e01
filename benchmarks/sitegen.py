"""Generate a large realistic agency site (a fixture world) for benchmarks.

    python benchmarks/sitegen.py OUT_DIR --pages 2000 [--docs 60] [--host www.bench-agency.go.th]

The site has a Thai menu, news archives with Buddhist-era dates, department pages, a
document library (Thai PDFs, DOCX, XLSX built when the world is served), and an ITA 2566
hub linking evidence for every item, so crawling it exercises every stage. Pages link
in a tree (menu → archive pages → articles) plus cross links, as CMS sites do.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TOPICS = ["ประชุมคณะกรรมการ", "ลงพื้นที่ติดตามโครงการ", "อบรมเจ้าหน้าที่", "มอบทุนการศึกษา",
          "รณรงค์ป้องกันยาเสพติด", "กิจกรรมจิตอาสา", "ประชาสัมพันธ์การรับสมัคร", "ตรวจเยี่ยมหน่วยงาน"]
DEPTS = ["สำนักงานเลขานุการ", "กองแผนงาน", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข"]
MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับหน่วยงาน"), ("/news/1/", "ข่าวประชาสัมพันธ์"),
        ("/dept/", "หน่วยงานภายใน"), ("/library/", "เอกสารเผยแพร่"), ("/ita/", "ITA 2566"),
        ("/contact/", "ติดต่อเรา")]


def page(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
    return (f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>{title} | สำนักงานทดสอบ"
            f"</title></head><body><header><ul class='menu'>{menu}</ul></header><main><h1>{title}</h1>"
            f"{body}</main><footer>สำนักงานทดสอบ ๙๙ ถนนราชดำเนิน เขตพระนคร กรุงเทพฯ ๑๐๒๐๐ "
            f"โทร. ๐ ๒๒๒๒ ๓๓๓๓</footer></body></html>")


def pager(current: int, last: int) -> str:
    """A CMS page bar: first, previous, a window of neighbours, next, last (« ‹ 4 5 [6] 7 8 › »).

    A bar listing every page would make the links grow with the square of the archive.
    """
    shown = sorted({1, last, *range(max(1, current - 3), min(last, current + 3) + 1)})
    links = [f'<a href="/news/{current - 1}/">‹ ก่อนหน้า</a>'] if current > 1 else []
    links += [f"<span>{n}</span>" if n == current else f'<a href="/news/{n}/">{n}</a>' for n in shown]
    links += [f'<a href="/news/{current + 1}/">ถัดไป ›</a>'] if current < last else []
    return f"<nav class='pagination'>{' '.join(links)}</nav>"


def generate(out: Path, pages: int, docs: int, host: str, seed: int = 1) -> Path:
    rng = random.Random(seed)
    site = out / host
    files: dict[str, str] = {}
    articles = max(pages - 60, 10)
    per_archive = 20
    archives = (articles + per_archive - 1) // per_archive
    for a in range(articles):
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2565, 2566])
        title = f"{rng.choice(TOPICS)} ครั้งที่ {a % 12 + 1}/{year}"
        related = "".join(f'<li><a href="/news/a{rng.randrange(articles)}.html">ข่าวที่เกี่ยวข้อง</a></li>'
                          for _ in range(3))
        files[f"news/a{a}.html"] = page(title, f"<p>ข่าวที่ {a + 1} วันที่ {day} {THAI_MONTHS[month - 1]} {year}</p>"
                                               f"<p>{title} ณ ห้องประชุมสำนักงาน</p><ul>{related}</ul>")
    for n in range(archives):
        items = "".join(f'<li><a href="/news/a{a}.html">ข่าวที่ {a + 1}</a></li>'
                        for a in range(n * per_archive, min(articles, (n + 1) * per_archive)))
        files[f"news/{n + 1}/index.html"] = page(f"ข่าวประชาสัมพันธ์ หน้า {n + 1}",
                                                 f"<ul>{items}</ul>{pager(n + 1, archives)}")
    for i, dept in enumerate(DEPTS):
        files[f"dept/{i}/index.html"] = page(dept, f"<p>ภารกิจของ{dept}</p>")
    files["dept/index.html"] = page("หน่วยงานภายใน", "".join(f'<p><a href="/dept/{i}/">{d}</a></p>'
                                                            for i, d in enumerate(DEPTS)))
    doc_links = []
    for d in range(docs):
        kind = ("pdf", "docx", "xlsx")[d % 3]
        name = f"files/library/doc-{d}.{kind}"
        text = f"เอกสารเผยแพร่ฉบับที่ {d + 1} ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nรายละเอียดการดำเนินงานของสำนักงาน"
        files[name + (".csv" if kind == "xlsx" else ".txt")] = text.replace("\n", ",") if kind == "xlsx" else text
        doc_links.append(f'<li><a href="/{name}">เอกสารฉบับที่ {d + 1}</a></li>')
    files["library/index.html"] = page("เอกสารเผยแพร่", f"<ul>{''.join(doc_links)}</ul>")
    files["about/index.html"] = page("เกี่ยวกับหน่วยงาน", '<p><a href="/about/structure/">โครงสร้างหน่วยงาน</a></p>')
    files["about/structure/index.html"] = page("โครงสร้างหน่วยงาน", "<p>แผนผังโครงสร้างการแบ่งส่วนราชการ</p>")
    files["contact/index.html"] = page("ติดต่อเรา", "<p>โทรศัพท์ ๐ ๒๒๒๒ ๓๓๓๓ อีเมล saraban@bench.go.th</p>")
    hub_rows = []
    from oitcrawler.checklist import load_checklist

    for item in load_checklist("ita-2566").items:
        path = f"files/ita2566/O{item.code}/o{item.code}-2566.pdf"
        files[path + ".txt"] = f"{item.title_th}\nประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nสำนักงานทดสอบ"
        hub_rows.append(f"<p><strong>O{item.code} {item.title_th}</strong></p>"
                        f'<p><a href="/{path}">– {item.title_th}</a></p>')
    files["ita/index.html"] = page("การประเมินคุณธรรมและความโปร่งใส ITA 2566", "".join(hub_rows))
    files["index.html"] = page("หน้าแรก", "<p>ยินดีต้อนรับ</p>" + "".join(
        f'<p><a href="/news/a{a}.html">ข่าวล่าสุด</a></p>' for a in range(min(10, articles))))
    files["robots.txt"] = "User-agent: *\nAllow: /\n"
    for rel, text in files.items():
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (out / "_expected.yaml").write_text(yaml.safe_dump(
        {"start": f"http://{host}/", "checklist": "ita-2566", "as_of": "2023-05-15", "items": {}}),
        encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--host", default="www.bench-agency.go.th")
    args = parser.parse_args()
    generate(args.out, args.pages, args.docs, args.host)
    print(f"{args.out}: about {args.pages} pages, {args.docs + 43} documents")


if __name__ == "__main__":
    main()
