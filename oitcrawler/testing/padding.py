"""Pad a fixture world with a large activity archive, as agency CMSs grow one.

    pad_world(Path("tests/sites/table-hub"), tmp / "padded", albums=700)

The copy gets ``/activity/``: a photo-album archive behind a CMS page bar (15 albums a page,
newest first: ``/activity/``, ``/activity/page/2/`` …), each album ``/activity/<id>/`` with
its date, photos, previous/next and related albums and a print view ``/activity/<id>/print/``.
Albums are dated back from the world's ``as_of``, about three a week. The home page shows the
five newest and links the archive; the world's sitemap.xml, if it has one, lists every album.

Album ids are ``FIRST_ID`` (the oldest) upwards. Album titles are everyday activities that
name no checklist item, so the padded world's ground truth is the world's own. ``hidden``
puts relevant posts (a No Gift activity, a participation hearing) at given places in the
archive, a few listing pages deep.
"""
from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..dates import thai_date

PER_PAGE = 15
# Album ids count up from here (the oldest): ids such as 2566 would be taken for a calendar's years.
FIRST_ID = 10_000
DAYS_PER_ALBUM = 7 / 3
TOPICS = ["ตรวจเยี่ยมพื้นที่ประสบภัยน้ำท่วม", "มอบถุงยังชีพแก่ผู้ประสบภัย", "กิจกรรมจิตอาสาพัฒนาคลองสาธารณะ",
          "ปลูกต้นไม้เฉลิมพระเกียรติ", "ต้อนรับคณะศึกษาดูงานจากจังหวัดใกล้เคียง", "แข่งขันกีฬาสีประจำปี",
          "รณรงค์ป้องกันโรคไข้เลือดออก", "ตรวจติดตามโครงการก่อสร้างถนนลาดยาง", "มอบทุนการศึกษาแก่นักเรียน",
          "ทำบุญตักบาตรเนื่องในวันขึ้นปีใหม่", "พิธีถวายพระพรชัยมงคล", "ออกหน่วยบริการเคลื่อนที่",
          "ซ้อมแผนป้องกันและระงับอัคคีภัย", "ตรวจคุณภาพน้ำประปาหมู่บ้าน", "กิจกรรมวันเด็กแห่งชาติ",
          "สืบสานประเพณีลอยกระทง", "รดน้ำขอพรผู้สูงอายุวันสงกรานต์", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า"]
PLACES = ["บ้านหนองแวง", "บ้านโคกสว่าง", "บ้านดอนแดง", "บ้านนาคำ", "ศาลาประชาคม", "วัดป่าศรีสว่าง"]


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'>"
            f"<title>{escape(title)}</title></head><body><header><nav><a href='/'>หน้าแรก</a> "
            "<a href='/activity/'>ภาพกิจกรรม</a></nav></header>"
            f"<main><h1>{escape(title)}</h1>{body}</main><footer>ภาพกิจกรรมของหน่วยงาน</footer></body></html>")


def _listing_url(n: int) -> str:
    return "/activity/" if n == 1 else f"/activity/page/{n}/"


def _pager(current: int, last: int) -> str:
    """« ‹ 4 5 [6] 7 8 › »: a CMS page bar with a window of neighbours, first and last."""
    shown = sorted({1, last, *range(max(1, current - 3), min(last, current + 3) + 1)})
    links = [f"<a href='{_listing_url(current - 1)}'>‹ ก่อนหน้า</a>"] if current > 1 else []
    links += [f"<span>{n}</span>" if n == current else f"<a href='{_listing_url(n)}'>{n}</a>" for n in shown]
    if current < last:
        links += [f"<a href='{_listing_url(current + 1)}'>ถัดไป ›</a>", f"<a href='{_listing_url(last)}'>»</a>"]
    return f"<nav class='pagination'>{' '.join(links)}</nav>"


def _home_file(site: Path) -> Path:
    routes_file = site / "_routes.yaml"
    routes = yaml.safe_load(routes_file.read_text(encoding="utf-8")) or {} if routes_file.is_file() else {}
    spec = routes.get("/") or {}
    return site / spec["file"] if spec.get("file") else site / "index.html"


def pad_world(source: Path, target: Path, albums: int, hidden: dict[int, tuple[str, str]] | None = None,
              seed: int = 1) -> Path:
    """Copy the world at ``source`` to ``target`` with an archive of ``albums`` albums.

    ``hidden``: album index (0 = newest) → (title, body) of a relevant post put there.
    Returns ``target``; the archive has about ``2 × albums + albums / 15`` pages.
    """
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    expected = yaml.safe_load((target / "_expected.yaml").read_text(encoding="utf-8"))
    host = urlsplit(expected["start"]).hostname or ""
    site = target / host
    as_of = date.fromisoformat(str(expected["as_of"]))
    rng = random.Random(seed)
    hidden = hidden or {}
    last_id = FIRST_ID + albums - 1
    titles, days = [], []
    for index in range(albums):
        day = as_of - timedelta(days=int(index * DAYS_PER_ALBUM))
        title = hidden[index][0] if index in hidden else \
            f"{rng.choice(TOPICS)} {rng.choice(PLACES)} ครั้งที่ {index % 9 + 1}"
        titles.append(title)
        days.append(day)

    def album_id(index: int) -> int:
        return last_id - index

    def write(path: str, html: str) -> None:
        out = site / path.strip("/") / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")

    for index in range(albums):
        aid = album_id(index)
        photos = "".join(f"<img src='/images/activity/{aid}-{n}.jpg' alt='{escape(titles[index])} ภาพที่ {n}'>"
                         for n in range(1, 7))
        around = []
        if index + 1 < albums:
            around.append(f"<a href='/activity/{album_id(index + 1)}/'>อัลบั้มก่อนหน้า</a>")
        if index > 0:
            around.append(f"<a href='/activity/{album_id(index - 1)}/'>อัลบั้มถัดไป</a>")
        related = "".join(f"<li><a href='/activity/{album_id(r)}/'>{escape(titles[r])}</a></li>"
                          for r in rng.sample(range(albums), min(3, albums)))
        text = hidden[index][1] if index in hidden else f"{titles[index]} โดยคณะผู้บริหารและเจ้าหน้าที่ของหน่วยงาน"
        body = (f"<p class='date'>วันที่ {thai_date(days[index])}</p><p>{escape(text)}</p>{photos}"
                f"<p><a href='/activity/{aid}/print/'>พิมพ์หน้านี้</a></p><p>{' '.join(around)}</p>"
                f"<h2>ภาพกิจกรรมที่เกี่ยวข้อง</h2><ul>{related}</ul>")
        write(f"/activity/{aid}/", _page(titles[index], body))
        write(f"/activity/{aid}/print/", _page(titles[index], f"<p>วันที่ {thai_date(days[index])}</p>"
                                                              f"<p>{escape(text)}</p>"))
    pages = (albums + PER_PAGE - 1) // PER_PAGE
    for n in range(1, pages + 1):
        rows = "".join(
            f"<div class='album'><a href='/activity/{album_id(i)}/'><img src='/images/activity/{album_id(i)}-1.jpg' "
            f"alt=''></a><h3><a href='/activity/{album_id(i)}/'>{escape(titles[i])}</a></h3>"
            f"<span class='date'>{thai_date(days[i])}</span></div>"
            for i in range((n - 1) * PER_PAGE, min(albums, n * PER_PAGE)))
        write(_listing_url(n), _page("ภาพกิจกรรม" + (f" หน้า {n}" if n > 1 else ""), rows + _pager(n, pages)))
    home = _home_file(site)
    latest = "".join(f"<li><a href='/activity/{album_id(i)}/'>{escape(titles[i])}</a></li>"
                     for i in range(min(5, albums)))
    block = f"<section><h2>ภาพกิจกรรม</h2><ul>{latest}</ul><a href='/activity/'>ดูภาพกิจกรรมทั้งหมด</a></section>"
    html = home.read_text(encoding="utf-8")
    at = html.lower().rfind("</body>")
    home.write_text(html[:at] + block + html[at:] if at >= 0 else html + block, encoding="utf-8")
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        xml = sitemap.read_text(encoding="utf-8")
        entries = "".join(f"<url><loc>http://{host}/activity/{album_id(i)}/</loc></url>" for i in range(albums))
        at = xml.rfind("</urlset>")
        if at >= 0:
            sitemap.write_text(xml[:at] + entries + xml[at:], encoding="utf-8")
    return target
