"""--render auto: the browser's driver starts with the first page that needs rendering, not before."""
import json

from conftest import WORLDS

from oitcrawler.records import read_records
from oitcrawler.testing.fixtureserver import crawl_world

# What scrapy-playwright logs as it starts Playwright's driver.
DRIVER_STARTS = "Starting download handler"


def _crawl(tmp_path, world: str):
    out = tmp_path / world
    code, _, output = crawl_world(WORLDS[world], out, "--render", "auto", "-s", "LOG_LEVEL=INFO")
    assert code == 0, output[-2000:]
    meta = json.loads((out / "crawl.json").read_text(encoding="utf-8"))
    rendered = [r for r in read_records(out / "records.jsonl") if r.get("rendered")]
    return output, meta, rendered


def test_a_site_that_needs_no_rendering_starts_no_driver(tmp_path):
    output, meta, rendered = _crawl(tmp_path, "cms-tambon")
    assert not rendered and "render_unavailable" not in meta
    assert DRIVER_STARTS not in output


def test_the_first_page_to_render_starts_it(tmp_path):
    output, meta, rendered = _crawl(tmp_path, "spa")
    assert rendered and "render_unavailable" not in meta
    assert output.count(DRIVER_STARTS) == 1, "one driver, however many pages are rendered"
