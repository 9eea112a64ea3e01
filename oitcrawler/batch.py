"""Many agencies at once: the agency list, one crawl per agency, and the summary across them.

Each agency is crawled by ``oitcrawler crawl`` in its own child process (a Twisted reactor
cannot restart, and a hostile site must never take the batch down with it) into
``<out>/<agency>/``; an agency whose report is already there is skipped unless forced.
The summary (summary.csv, summary.json, summary.html) is rebuilt from the reports.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .checklist import display_code
from .options import OptionError, check_url
from .report import csv_bytes, html_environment, write_atomic
from .site import host_folder
from .vocabulary import STATUS_TH

# Header names people put in the agency sheet, Thai and English.
_COLUMNS = {"name": ("name", "agency", "ชื่อหน่วยงาน", "หน่วยงาน", "ชื่อ"),
            "url": ("url", "website", "site", "เว็บไซต์", "ที่อยู่เว็บไซต์", "url เว็บไซต์"),
            "checklist": ("checklist", "แบบตรวจ"),
            "fiscal_year": ("fiscal_year", "fiscal year", "year", "ปีงบประมาณ", "ปี")}
MAX_AGENCIES = 20_000


@dataclass
class Agency:
    name: str
    url: str
    checklist: str = ""
    fiscal_year: int | None = None
    slug: str = ""

    def crawl_args(self) -> list[str]:
        args = []
        if self.checklist:
            args += ["--checklist", self.checklist]
        if self.fiscal_year:
            args += ["--fiscal-year", str(self.fiscal_year)]
        return args


def _column(header: list[str], field: str) -> int | None:
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    for alias in _COLUMNS[field]:
        if alias in names:
            return names.index(alias)
    return None


def read_agencies(path: Path) -> list[Agency]:
    """Agencies from a CSV (UTF-8 with or without BOM, or TIS-620) or YAML file; clear errors."""
    path = Path(path)
    if not path.is_file():
        raise OptionError(f"no agency list at {path}")
    raw = path.read_bytes()[:50_000_000]
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(raw.decode("utf-8-sig"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise OptionError(f"{path}: not a readable YAML file ({str(exc).splitlines()[0]})") from None
        rows = data.get("agencies") if isinstance(data, dict) else data
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise OptionError(f"{path}: expected a list of agencies, each with name and url")
        entries = [(i + 1, r) for i, r in enumerate(rows)]
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp874", errors="replace")
        table = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
        if not table:
            raise OptionError(f"{path}: the agency list is empty")
        header = table[0]
        cols = {f: _column(header, f) for f in _COLUMNS}
        if cols["url"] is None:
            raise OptionError(f"{path}: no url column (expected a header such as name,url,checklist,fiscal_year)")
        entries = [(n + 2, {f: (row[i].strip() if i is not None and i < len(row) else "")
                            for f, i in cols.items()}) for n, row in enumerate(table[1:])]
    agencies: list[Agency] = []
    slugs: Counter[str] = Counter()
    for line, row in entries[:MAX_AGENCIES]:
        try:
            url = check_url(str(row.get("url") or ""))
        except OptionError as exc:
            raise OptionError(f"{path}, entry {line}: {exc}") from None
        year = row.get("fiscal_year") or None
        try:
            year = int(year) if year else None
        except ValueError:
            raise OptionError(f"{path}, entry {line}: fiscal year {year!r} is not a number") from None
        slug = host_folder(url)
        slugs[slug] += 1
        if slugs[slug] > 1:    # two entries for one host (different paths): keep both reports
            slug = f"{slug}-{slugs[slug]}"
        agencies.append(Agency(str(row.get("name") or "").strip() or slug, url,
                               str(row.get("checklist") or "").strip(), year, slug))
    if not agencies:
        raise OptionError(f"{path}: the agency list is empty")
    return agencies


def is_done(folder: Path) -> bool:
    """A finished crawl assessed the site: an interrupted one, or a site that could not be
    reached or was blocked, is tried again on the next run."""
    try:
        crawl = json.loads((folder / "crawl.json").read_text(encoding="utf-8"))
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return not crawl.get("interrupted") and report.get("status") in ("completed", "partial")


def crawl_agency(agency: Agency, folder: Path, crawl_args: list[str], timeout: float,
                 env: dict | None = None, resume: bool = False) -> int:
    """Crawl one agency in a child process; its output goes to ``folder/crawl.log``."""
    folder.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "oitcrawler", "crawl", agency.url, "--out", str(folder), "--quiet",
           *agency.crawl_args(), *crawl_args, *(["--resume"] if resume else [])]
    with open(folder / "crawl.log", "ab") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
                                preexec_fn=_die_with_parent)
        try:
            return proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            # SIGTERM first: the crawl stops cleanly and writes a partial report.
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                return proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                return proc.wait()


def _die_with_parent() -> None:
    """In the child: be killed when the batch or worker process dies (Linux), so a killed
    worker never leaves a crawl running that another worker is about to take over."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def run_batch(agencies: list[Agency], out: Path, workers: int, crawl_args: list[str], force: bool = False,
              timeout: float = 6 * 3600, progress=None) -> list[dict]:
    """Crawl every agency not yet done, ``workers`` at a time; returns the summary rows."""
    out.mkdir(parents=True, exist_ok=True)
    todo = [a for a in agencies if force or not is_done(out / a.slug)]
    lock, finished = threading.Lock(), [0]

    def one(agency: Agency) -> None:
        start = time.monotonic()
        code = crawl_agency(agency, out / agency.slug, crawl_args, timeout)
        with lock:
            finished[0] += 1
            if progress:
                progress(f"[{finished[0]}/{len(todo)}] {agency.name} ({agency.url}): exit {code}, "
                         f"{time.monotonic() - start:.0f} s")

    if progress and len(todo) < len(agencies):
        progress(f"{len(agencies) - len(todo)} agencies already done (use --force to crawl them again)")
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        list(pool.map(one, todo))
    rows = summary_rows(agencies, out)
    write_summary(rows, out)
    return rows


def summary_rows(agencies: list[Agency], out: Path) -> list[dict]:
    rows = []
    for agency in agencies:
        row: dict[str, Any] = {"name": agency.name, "url": agency.url, "slug": agency.slug, "status": "not_run",
               "problem": "", "score": None, "grade": "", "passed": 0, "items_total": 0, "items": {}}
        try:
            report = json.loads((out / agency.slug / "report.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            rows.append(row)
            continue
        row.update(status=report["status"], problem=(report.get("site_problem") or {}).get("code", ""),
                   problem_th=(report.get("site_problem") or {}).get("message_th", ""),
                   score=report["score"]["oit"], grade=report["score"]["grade"], passed=report["score"]["passed"],
                   items_total=len(report["items"]), checklist=report["checklist"]["id"],
                   fiscal_year=report["fiscal_year"], generated_at=report.get("generated_at", ""),
                   items={i["id"]: i["status"] for i in report["items"]},
                   titles={i["id"]: i["title"] for i in report["items"]},
                   codes={i["id"]: display_code(i, report["checklist"].get("code_prefix", "O"))
                          for i in report["items"]})
        rows.append(row)
    return rows


def _item_ids(rows: list[dict]) -> list[str]:
    ids: dict[str, None] = {}
    for row in rows:
        ids.update(dict.fromkeys(row["items"]))
    return sorted(ids, key=lambda i: (len(i), i))


def most_missing(rows: list[dict], limit: int = 10) -> list[tuple[str, str, int]]:
    """Items most often not passed across the agencies that could be assessed."""
    counts: Counter[str] = Counter()
    titles: dict[str, str] = {}
    for row in rows:
        for item_id, status in row["items"].items():
            if status in ("missing", "incomplete"):
                counts[item_id] += 1
            titles.setdefault(item_id, row.get("titles", {}).get(item_id, ""))
    return [(i, titles[i], n) for i, n in counts.most_common(limit)]


def _codes(rows: list[dict]) -> dict[str, str]:
    """Item id → its code as people write it ("O21", "MOIT 5"), from the first report that has it."""
    codes: dict[str, str] = {}
    for row in rows:
        for item_id, code in row.get("codes", {}).items():
            codes.setdefault(item_id, code)
    return codes


def write_summary(rows: list[dict], out: Path) -> None:
    ids = _item_ids(rows)
    codes = _codes(rows)
    table = [["agency", "url", "site_status", "problem", "score", "grade", "passed", "items",
              *(codes.get(i, i.upper()) for i in ids)]]
    for row in rows:
        table.append([row["name"], row["url"], row["status"], row["problem"],
                      "" if row["score"] is None else f"{row['score']:.2f}", row["grade"], row["passed"],
                      row["items_total"], *(row["items"].get(i, "") for i in ids)])
    write_atomic(out / "summary.csv", csv_bytes(table))
    agencies = [{k: v for k, v in r.items() if k not in ("titles", "codes")} for r in rows]
    write_atomic(out / "summary.json", json.dumps({"agencies": agencies}, ensure_ascii=False, indent=2).encode("utf-8"))
    grades = Counter(r["grade"] for r in rows if r["grade"])
    html = html_environment().get_template("summary.html.j2").render(
        rows=rows, ids=ids, codes=codes, grades=sorted(grades.items()), missing=most_missing(rows),
        status_th=STATUS_TH)
    write_atomic(out / "summary.html", html.encode("utf-8"))


def exit_code(rows: list[dict]) -> int:
    """3 when an agency could not be assessed (or did not run), 7 when one was partly assessed, else 0."""
    statuses = {r["status"] for r in rows}
    if statuses & {"unreachable", "blocked", "not_run"}:
        return 3
    return 7 if "partial" in statuses else 0

