from oitcrawler.traps import MAX_CALENDAR_PAGES, TrapGuard


def test_a_long_news_archive_is_not_a_calendar():
    # A CMS page bar reaches /news/1800/ … /news/2699/ too: page numbers, not years.
    guard = TrapGuard(fiscal_year=2566)
    admitted = [n for n in range(1, 3001) if guard.admit(f"http://www.example.go.th/news/{n}/")]
    assert len(admitted) == 3000
    assert guard.summary() == []


def test_a_calendar_by_path_is_still_bounded():
    guard = TrapGuard()
    urls = [f"http://www.example.go.th/events/{y}/{m:02d}/" for y in range(2500, 2600) for m in range(1, 13)]
    admitted = [u for u in urls if guard.admit(u)]
    assert len(admitted) == MAX_CALENDAR_PAGES
    assert guard.summary()[0]["reason"] == "calendar"


def test_a_calendar_out_of_the_fiscal_years_range_is_refused_from_its_first_page():
    guard = TrapGuard(fiscal_year=2566)
    assert guard.admit("http://www.example.go.th/events/2566/05/")
    assert not guard.admit("http://www.example.go.th/events/2599/05/")
    assert guard.summary()[0]["reason"] == "calendar_out_of_range"


def test_state_saved_by_an_older_version_is_restored():
    guard = TrapGuard()
    guard.admit("http://www.example.go.th/news/1/")
    old = {k: v for k, v in guard.state().items() if k not in ("calendar_pages", "numbered")}
    resumed = TrapGuard()
    resumed.restore(old)
    assert not resumed.admit("http://www.example.go.th/news/1/")
    assert resumed.admit("http://www.example.go.th/news/2/")
