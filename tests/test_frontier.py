"""Crawl order and the focused crawl's archive rules (oitcrawler.frontier), without a network."""
from __future__ import annotations

import pickle

import pytest

from oitcrawler import frontier as f
from oitcrawler.checklist import load_checklist
from oitcrawler.frontier import Frontier, oldest_fiscal_year, own_positions, pager_position, url_region
from oitcrawler.options import CrawlOptions, OptionError
from oitcrawler.urls import url_key

HOST = "http://www.example.go.th"


def link(href: str, text: str = "") -> dict:
    return {"href": HOST + href if href.startswith("/") else href, "text": text, "attrs": "", "label": ""}


def listing(page: int, last: int = 40, first: int = 0) -> list[dict]:
    """A CMS listing page: the menu, 15 albums, and a page bar « ‹ … [page] … › »."""
    links = [link("/", "หน้าแรก"), link("/activity/", "ภาพกิจกรรม"), link("/ita/", "ITA 2566")]
    links += [link(f"/activity/{first + n}/", f"ปลูกต้นไม้ ครั้งที่ {n}") for n in range(15)]
    bar = [n for n in range(max(1, page - 3), min(last, page + 3) + 1) if n != page] + [last]
    links += [link(f"/activity/page/{n}/" if n > 1 else "/activity/", str(n)) for n in bar]
    return links


def frontier(focused: bool = True) -> Frontier:
    front = Frontier(focused=focused, oldest_year=2566)
    front.set_home({url_key(HOST + p) for p in ("/", "/activity/", "/ita/")}, "หน้าแรก\nภาพกิจกรรม")
    return front


def decide_all(front: Frontier, view, links: list[dict]) -> dict[str, f.Decision]:
    return {lk["href"]: front.decide(view, n, lk["href"], url_key(lk["href"]), False) for n, lk in enumerate(links)}


def test_url_shapes():
    assert url_region(HOST + "/news/12/print/") == "print"
    assert url_region(HOST + "/index.php?_mod=news&id=5&print=1") == "print"
    assert url_region(HOST + "/share.php?u=x") == "print"
    assert url_region(HOST + "/tag/ITA/") == "group"
    assert url_region(HOST + "/category/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/") == "group"
    assert url_region(HOST + "/gallery/5/") == "group"
    assert url_region(HOST + "/ภาพกิจกรรม/12/") == "group"
    assert url_region(HOST + "/calendar?month=5&year=2566") == "calendar"
    for plain in ("/about/structure/", "/news/view.php?id=238", "/fileupload/16540.pdf", "/pages/contact/"):
        assert url_region(HOST + plain) == "", plain


def test_page_bars():
    assert pager_position(HOST + "/activity/?page=3", "3", HOST + "/activity/") == ("www.example.go.th/activity?", 3)
    assert pager_position(HOST + "/activity/page/3/", "", HOST + "/x/") == ("www.example.go.th/activity?", 3)
    assert pager_position(HOST + "/news.php?cat=2&start=30", "ถัดไป", HOST + "/news.php?cat=2")[1] == 30
    # A number in the path is a page only when the anchor says so.
    assert pager_position(HOST + "/news/7/", "ถัดไป ›", HOST + "/news/6/") == ("~www.example.go.th/news/N/", 7)
    assert pager_position(HOST + "/news/7/", "»", HOST + "/news/6/") is not None
    assert pager_position(HOST + "/news/7/", "ประชุมคณะกรรมการ", HOST + "/news/6/") is None
    assert pager_position(HOST + "/dept/7/", "2", HOST + "/news/6/") is None
    # The first page of a listing carries no number, and is its page 1.
    assert ("www.example.go.th/activity?", 1) in own_positions(HOST + "/activity/")


def test_a_listing_is_sampled_and_its_next_page_followed_at_the_same_depth():
    front = frontier()
    links = listing(1)
    view = front.view(HOST + "/activity/", 1, "", "", links, "", {}, frozenset(), set())
    assert view.listing and view.number == 1 and view.next_number == 2
    decisions = decide_all(front, view, links)
    posts = [d for href, d in decisions.items() if "/activity/" in href and "page" not in href
             and href != HOST + "/activity/"]
    assert sum(d.follow for d in posts) == f.ENTRY_SAMPLES
    assert {d.reason for d in posts if not d.follow} == {"archive_entry"}
    nxt = decisions[HOST + "/activity/page/2/"]
    assert nxt.follow and nxt.region == "pager" and nxt.depth == 1, "the next page is one more click, not deeper"
    assert not decisions[HOST + "/activity/page/40/"].follow, "the last page is not jumped to"
    assert decisions[HOST + "/ita/"].follow


def test_a_post_naming_another_item_is_followed_first_and_the_listings_own_item_is_not_enough():
    front = frontier()
    links = listing(1)
    nogift, news = links[10]["href"], links[11]["href"]
    items = {nogift: {"o32"}, news: {"o7"}}
    view = front.view(HOST + "/activity/", 1, "", "", links, "", items, frozenset(), {"o7"})
    for n in range(3, 3 + f.ENTRY_SAMPLES):   # the samples are used up by the posts before
        front.decide(view, n, links[n]["href"], url_key(links[n]["href"]), False)
    decision = front.decide(view, 10, nogift, url_key(nogift), False)
    assert decision.follow and decision.priority > f.PAGE, "a No Gift post is evidence to fetch early"
    assert not front.decide(view, 11, news, url_key(news), False).follow, "every post of a news listing is news"


SERIES = "www.example.go.th/activity?"


def _reads_on(page: int, text: str, items: dict | None = None, front: Frontier | None = None) -> bool:
    """Whether the next page is requested after page ``page`` (pages 1 … page requested so far)."""
    front = front or frontier()
    front.series_pages[SERIES] = page
    links = listing(page)
    view = front.view(HOST + f"/activity/page/{page}/", 1, "pager", SERIES, links, text, items or {},
                      frozenset(), set())
    return view.more


def test_paging_goes_on_while_the_listing_shows_the_assessed_year_and_stops_when_it_is_older():
    for page in range(1, f.FIRST_LISTING_PAGES):
        assert _reads_on(page, "12 ม.ค. 2560"), "the first pages are read whatever their dates"
    page = f.FIRST_LISTING_PAGES
    assert _reads_on(page, "ปลูกต้นไม้ 3 ก.พ. 2566\nมอบทุน 28 ธ.ค. 2565")
    assert _reads_on(page, "ประชุม 2 ต.ค. 2565\nอบรม 20 ก.ย. 2565"), "a page that straddles the year"
    front = frontier()
    assert not _reads_on(page, "ประชุม 12 ก.ย. 2565\nอบรม 1 ส.ค. 2565", front=front)
    assert front.series_stop[SERIES] == "archive_older"
    # A page of the menu's lines only is undated; a post naming an item keeps paging going.
    front = frontier()
    assert not _reads_on(page, "หน้าแรก\nภาพกิจกรรม", front=front)
    assert front.series_stop[SERIES] == "archive_undated"
    assert _reads_on(page, "", {HOST + "/activity/3/": {"o32"}})
    assert not _reads_on(page, "", {HOST + "/ita/": {"o32"}}), "the menu's ITA link is no post"


def test_priority_tiers():
    front = frontier()
    page = HOST + "/about/"
    links = [link("/ita/o11.pdf"), link("/plan/"), link("/ita/"), link("/structure/"), link("/files/a.pdf"),
             link("/dept/"), link("/tag/x/"), link("/contact-us/")]
    items = {HOST + "/plan/": {"o11"}}
    view = front.view(page, 1, "", "", links, "", items, frozenset({HOST + "/ita/o11.pdf"}), set())
    got = {lk["href"].removeprefix(HOST): front.decide(view, n, lk["href"], url_key(lk["href"]),
                                                       lk["href"].endswith(".pdf")).priority
           for n, lk in enumerate(links)}
    assert got["/ita/o11.pdf"] > got["/plan/"] > got["/ita/"] > got["/files/a.pdf"] > got["/dept/"] > got["/tag/x/"]
    assert got["/structure/"] == got["/dept/"], "no checklist given: URL tokens name nothing"
    tokens = tuple(p for item in load_checklist("ita-2566").items for p in item.url_tokens)
    front = Frontier(oldest_year=2566, url_tokens=tokens)
    assert front.decide(view, 3, HOST + "/structure/", "k", False).priority == f.ITEM - 2
    assert front.decide(view, 7, HOST + "/contact-us/", "k2", False).priority == f.ITEM - 2


def test_a_full_crawl_follows_everything_breadth_first():
    front = frontier(focused=False)
    links = listing(1) + [link("/activity/3/print/", "พิมพ์")]
    view = front.view(HOST + "/activity/", 1, "", "", links, "", {}, frozenset(), set())
    decisions = decide_all(front, view, links)
    assert all(d.follow for d in decisions.values())
    assert decisions[HOST + "/activity/page/2/"].depth == 2
    assert front.summary() == []


def test_posts_linking_to_their_siblings_are_an_archive_before_their_listing_is_seen():
    front = frontier()
    post = HOST + "/activity/7/"
    links = [link("/activity/6/", "อัลบั้มก่อนหน้า"), link("/activity/8/", "อัลบั้มถัดไป")] + \
            [link(f"/activity/{n}/", f"ตรวจเยี่ยม {n}") for n in (100, 200, 300, 400)] + [link("/activity/7/print/")]
    view = front.view(post, 2, "", "", links, "", {}, frozenset(), set())
    assert view.entry
    decisions = decide_all(front, view, links)
    assert sum(d.follow for d in decisions.values()) == f.ENTRY_SAMPLES
    assert decisions[HOST + "/activity/7/print/"].reason == "print_variant"


def test_a_calendar_is_left_to_the_trap_guard():
    front = frontier()
    month = HOST + "/calendar?month=5&year=2566"
    links = [link("/calendar?month=4&year=2566", "« เดือนก่อน"), link("/calendar?month=6&year=2566", "เดือนถัดไป »"),
             link("/calendar?month=7&year=2566", "ก.ค."), link("/calendar?month=8&year=2566", "ส.ค.")]
    view = front.view(month, 3, "", "", links, "", {}, frozenset(), set())
    assert not view.entry and not view.listing
    decisions = decide_all(front, view, links)
    assert all(d.follow and d.priority == f.ARCHIVE - 4 for d in decisions.values())


def test_sitemap_urls_of_an_archive_are_left_out():
    front = frontier()
    view = front.view(HOST + "/activity/", 1, "", "", listing(1), "", {}, frozenset(), set())
    decide_all(front, view, listing(1))
    assert not front.decide_listed(HOST + "/activity/999/", "k1", 6).follow
    assert not front.decide_listed(HOST + "/activity/page/9/", "k2", 6).follow
    assert front.decide_listed(HOST + "/about/history/", "k3", 6).follow


def test_summary_counts_what_was_left_out_and_forgets_what_was_fetched_after_all():
    front = frontier()
    view = front.view(HOST + "/activity/", 1, "", "", listing(1), "", {}, frozenset(), set())
    decide_all(front, view, listing(1))
    by_reason = {(s["reason"], s["pattern"]): s["count"] for s in front.summary()}
    assert by_reason[("archive_entry", "www.example.go.th/activity/N/")] == 15 - f.ENTRY_SAMPLES
    # The page bar shows page 40: 38 pages are left (2 is requested), though only 3 links were seen.
    assert by_reason[("archive_listing", "www.example.go.th/activity/page/N/")] == 38
    left = next(k for k, v in front.skipped.items() if v[0] == "archive_entry")
    front.admitted(left)
    assert {(s["reason"], s["pattern"]): s["count"] for s in front.summary()}[
        ("archive_entry", "www.example.go.th/activity/N/")] == 15 - f.ENTRY_SAMPLES - 1


def test_state_survives_a_restart():
    front = frontier()
    view = front.view(HOST + "/activity/", 1, "", "", listing(1), "", {}, frozenset(), set())
    decide_all(front, view, listing(1))
    again = Frontier(oldest_year=2566)
    again.restore(pickle.loads(pickle.dumps(front.state())))
    assert again.summary() == front.summary() and again.home == front.home
    assert not again.decide_listed(HOST + "/activity/999/", "k", 6).follow


def test_the_listings_window_is_that_of_the_items_posts_are_evidence_for():
    items = [(i.window, i.dated_by) for i in load_checklist("ita-2566").items]
    assert oldest_fiscal_year(2566, items) == 2566
    assert oldest_fiscal_year(2566, [("previous_fiscal_year", "period"), ("current", "period")]) == 2565


def test_coverage_option_is_checked(tmp_path):
    assert CrawlOptions.from_args(url=HOST, out=str(tmp_path), checklist="ita-2566").coverage == "focused"
    assert CrawlOptions.from_args(url=HOST, out=str(tmp_path), checklist="ita-2566", coverage="full").coverage == "full"
    with pytest.raises(OptionError, match="coverage"):
        CrawlOptions.from_args(url=HOST, out=str(tmp_path), checklist="ita-2566", coverage="everything")


def test_every_skip_reason_has_its_thai_and_english_message():
    import re
    from pathlib import Path

    from oitcrawler.vocabulary import SKIP_REASONS, text

    root = Path(f.__file__).parents[1]
    used = set(re.findall(r'"(archive_\w+|print_variant|grouping|beyond_max_depth)"',
                          (root / "oitcrawler" / "frontier.py").read_text(encoding="utf-8")
                          + (root / "spiders" / "oit.py").read_text(encoding="utf-8")))
    assert used and used <= set(SKIP_REASONS)
    for reason in SKIP_REASONS:
        th, en = text(f"skipped.{reason}")
        assert th and en and th != en
