"""Shared fixtures: fixture worlds served on 127.0.0.1 and crawled once per test session.

Tests never touch the user's data: the whole session runs in a temporary working folder,
so every default path (``output/``, ``output/history.sqlite``, the HTTP cache) lands
there, and a test that writes into the checkout's ``output/`` anyway fails.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from oitcrawler.testing.fixtureserver import crawl_world

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "sites"
WORLDS = {p.parent.name: p.parent for p in sorted(SITES.glob("*/_expected.yaml"))}
WORLDS["demo_site"] = ROOT / "oitcrawler" / "demo_site"


class Crawled:
    def __init__(self, code: int, expected: dict, output: str, out: Path):
        self.code, self.expected, self.output, self.out = code, expected, output, out
        self.report = json.loads((out / "report.json").read_text(encoding="utf-8"))

    def item(self, item_id: str) -> dict:
        return next(i for i in self.report["items"] if i["id"] == item_id)


USER_OUTPUT = ROOT / "output"


def _output_state() -> dict:
    """What a write into the checkout's output/ changes: the entries and times of its top two levels."""
    if not USER_OUTPUT.is_dir():
        return {}
    paths = [USER_OUTPUT, *USER_OUTPUT.iterdir()]
    paths += [q for p in paths[1:] if p.is_dir() and not p.is_symlink() for q in p.iterdir()]
    state = {}
    for path in paths:
        try:
            st = path.lstat()
        except FileNotFoundError:
            continue
        state[str(path)] = (st.st_mtime_ns, st.st_size)
    return state


@pytest.fixture(scope="session", autouse=True)
def _away_from_user_data(tmp_path_factory):
    """Run the session, and every CLI it starts, in a temporary folder."""
    home = tmp_path_factory.mktemp("cwd")
    before = os.getcwd()
    os.chdir(home)
    try:
        yield home
    finally:
        os.chdir(before)


@pytest.fixture(autouse=True)
def _user_output_untouched():
    before = _output_state()
    yield
    assert _output_state() == before, f"the test wrote into {USER_OUTPUT}, the user's reports and history"


@pytest.fixture(scope="session")
def crawled(tmp_path_factory):
    """crawled(name) → the world's report, crawling each world once per session."""
    cache: dict[str, Crawled] = {}

    def get(name: str) -> Crawled:
        if name not in cache:
            out = tmp_path_factory.mktemp(f"report-{name}")
            code, expected, output = crawl_world(WORLDS[name], out)
            assert (out / "report.json").exists(), output[-3000:]
            cache[name] = Crawled(code, expected, output, out)
        return cache[name]

    return get


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 300):
    return subprocess.run([sys.executable, "-m", "oitcrawler", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=cwd, timeout=timeout)


THAI = re.compile(r"[\u0e00-\u0e7f]")
# What a message may quote in either language: a crawled label or title in quotes, a URL, a
# short name in brackets (the English "form (สขร.1)" names a Thai form).
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|https?://\S+|\([^()]{1,20}\)')
_RAW_ERROR = re.compile(r"\w*(?:Error|Exception|Failure)\b|Traceback|errno", re.I)
_ENGLISH_PROSE = re.compile(r"\b(?:the|found|required|advisory|criterion|lacks|cannot|does|could)\b", re.I)


def assert_one_language(th: str, en: str) -> None:
    """A Thai message with no English clause or raw error text, an English one with no Thai clause."""
    bare_th = _QUOTED.sub("", th)
    assert THAI.search(th), th
    assert not _RAW_ERROR.search(bare_th) and not _ENGLISH_PROSE.search(bare_th), th
    assert en and not THAI.search(_QUOTED.sub("", en)), en
