"""report.html as a coordinator opens it: in a real headless Chromium, from a file, at 1366 px and at phone width.

What to fix first comes before the item table, costliest first; the table filters and sorts
without any script from the network; a site that could not be assessed says so instead of
showing a score of 0. Set OITCRAWLER_SCREENSHOTS=DIR to keep the screenshots.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from test_score_report import _report

from oitcrawler.render import CHROMIUM_ARGS, chromium_path
from oitcrawler.report import fix_first, render_html, terminal_summary
from oitcrawler.score import estimate

WIDTHS = {"desktop": (1366, 900), "phone": (390, 844)}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    assert executable, "Chromium is installed by .ci/run (Debian package chromium)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _keep(path: Path) -> None:
    keep = os.environ.get("OITCRAWLER_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)


def _open(browser, html: Path, width: str, tmp_path: Path):
    w, h = WIDTHS[width]
    page = browser.new_page(viewport={"width": w, "height": h})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(html.as_uri())
    shot = tmp_path / f"report-{html.parent.name}-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    _keep(shot)
    return page, requests


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_fix_first_filter_and_sort_in_chromium(crawled, browser, tmp_path, width):
    demo = crawled("demo_site")
    report = demo.report
    page, requests = _open(browser, demo.out / "report.html", width, tmp_path)
    assert all(url.startswith("file:") for url in requests), "the report needs no network"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling"
    top = "el => el.getBoundingClientRect().top"
    assert page.eval_on_selector("#fix-first", top) < page.eval_on_selector("#item-table", top)

    failing = [i for i in report["items"] if i["status"] != "pass"]
    listed = page.eval_on_selector_all("#fix-first li .fx-head a", "els => els.map(e => e.textContent)")
    weights = report["score"]["weights"]
    assert sorted(listed) == sorted(f"O{i['code']}" for i in failing)
    costs = [weights[f"o{code[1:]}"] for code in listed]
    assert costs == sorted(costs, reverse=True), "the costliest first"
    broken = page.eval_on_selector_all("#fix-first a[href$='hr-annual-report-2565.pdf']", "els => els.length")
    assert broken >= 1, "the broken URL in a finding is a link"

    visible = "() => [...document.querySelectorAll('#item-table tbody tr')].filter(r => !r.hidden)" \
              ".map(r => r.dataset.status)"
    page.click("#filters button[data-filter=missing]")
    assert page.evaluate(visible) == ["missing"] * sum(1 for i in report["items"] if i["status"] == "missing")
    page.click("#filters button[data-filter='']")
    assert len(page.evaluate(visible)) == len(report["items"])
    if width == "desktop":      # the phone layout has no table head to click
        page.click("#item-table th[data-sort=severity] button")
        assert page.evaluate(visible)[0] == "missing" and page.evaluate(visible)[-1] == "pass"
        page.click("#item-table th[data-sort=code] button")
        page.click("#item-table th[data-sort=code] button")
        assert page.eval_on_selector("#item-table tbody tr", "r => r.id") == report["items"][-1]["id"]
    # One form under four query strings is one piece of evidence.
    assert page.eval_on_selector_all("#o18 td.evidence li", "els => els.length") == 2
    # Dates for people are Thai dates in Bangkok time; ISO dates stay in report.json.
    text = page.inner_text("body")
    assert "ณ วันที่ 15 พ.ค. 2566" in text and "2023-05-15" not in text and report["generated_at"][:10] not in text
    assert re.search(r"สร้างเมื่อ \d{1,2} \S+ 25\d\d \d\d:\d\d น\.", text)
    page.close()


def _unreachable() -> dict:
    report = _report()
    report.update(status="unreachable", pages_crawled=0, documents_fetched=0, links_checked=0,
                  site_problem={"code": "dns_failure", "status": "unreachable", "detail": "CannotResolveHostError",
                                "message_th": "ไม่พบชื่อโดเมนนี้ในระบบ DNS ตรวจการสะกดหรือการจดทะเบียนโดเมน",
                                "message_en": "The host name does not resolve in DNS (CannotResolveHostError)"})
    for item in report["items"]:
        item.update(status="not_assessed", evidence=[], findings=[])
    from oitcrawler.checklist import load_checklist

    report["score"] = estimate(load_checklist("ita-2566"), {i["id"]: "not_assessed" for i in report["items"]})
    return report


def test_a_site_that_could_not_be_assessed_says_so_first(browser, tmp_path):
    report = _unreachable()
    html = tmp_path / "unreachable" / "report.html"
    html.parent.mkdir()
    html.write_text(render_html(report), encoding="utf-8")
    page, _ = _open(browser, html, "desktop", tmp_path)
    cards = page.inner_text(".cards")
    page.close()
    assert cards.lstrip().startswith("ผลการประเมิน\nประเมินไม่ได้") and "ไม่พบชื่อโดเมนนี้" in cards
    assert "0.00" not in cards and "(F)" not in cards and "หน้า ·" not in cards
    summary = terminal_summary(report)
    assert "ประเมินไม่ได้: ไม่พบชื่อโดเมนนี้" in summary and "could not be assessed" in summary
    assert "0.00" not in summary and "pages" not in summary
    assert fix_first(report) and "id=\"fix-first\"" in render_html(report)
