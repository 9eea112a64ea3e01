"""Crawl throughput and memory of oitcrawler against a bare Scrapy spider (the ceiling).

    python benchmarks/throughput.py --pages 2000 10000 50000 [--docs 60] [--repeat 1] [--json results.json]
        [--server stock|tuned|both] [--probe 500] [--timeout 3600] [--wait-quiet PCT] [--keep]

For each size a site is generated once with benchmarks/sitegen.py into benchmarks/.cache/
(reused on later runs; the folder ignores itself in git), built and served on 127.0.0.1 by
oitcrawler's FixtureServer, and crawled through ``http_proxy`` by

  bare        benchmarks/bare_spider.py: follows same-host links, downloads pages and
              documents, Scrapy's dupefilter, nothing else;
  oitcrawler  ``oitcrawler crawl URL --quiet --no-history --checklist ita-2566
              --as-of 2023-05-15 --max-pages <2 × pages> --coverage full --max-depth 100000``,

alternately, each in its own child process, with identical Scrapy ``-s`` overrides (see
OVERRIDES). Per run: wall seconds of the child process (start-up, crawl and, for oitcrawler,
the assessment and report writing), pages and documents (bare: its JSON line; oitcrawler:
report.json), pages/s and documents/s over the wall time, peak RSS of the child and its
children (VmRSS/VmHWM polled every 0.2 s from /proc, and the kernel's maxrss at exit), CPU
seconds of the child, CPU of the fixture server (it runs in *this* process, on threads) and
the requests the server answered; for oitcrawler also the stage times report.json gives
under "timings" (n/a while it has none). A Markdown table goes to stdout, the same as JSON
with --json.

Before the crawls the server's own capacity is measured with curl (one keep-alive connection,
then 32 in parallel) over the site's pages, so a ratio can be read against it: when a
crawler gets close to what the server can answer, the ratio measures the server.

--server: ``stock`` serves with FixtureServer exactly as it comes. Before commit 1980a86 its
handler left Nagle's algorithm on and wrote the headers and the body in two send() calls, so
every request after the first on a keep-alive connection waited for the client's delayed ACK
(about 40 ms on Linux: ~22 requests/s per connection), and it listened with socketserver's
backlog of 5, so 32 connections opening at once overflowed the accept queue and waited for
SYN retransmits (1 s, 3 s …). ``tuned`` is the same FixtureServer object with TCP_NODELAY on
accepted connections (StreamRequestHandler.disable_nagle_algorithm) and listen(≥1024) set at
run time, nothing in oitcrawler edited; when FixtureServer already does both, the two modes
are the same (the header says what each amounted to). ``both`` runs every crawl
under each. The kernel's ListenOverflows counter is reported per run.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from sitegen import generate  # noqa: E402

from oitcrawler.testing.fixtureserver import FixtureServer  # noqa: E402

HOST = "www.bench-agency.go.th"
START = f"http://{HOST}/"
OVERRIDES = {"AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": "32",
             "CONCURRENT_REQUESTS_PER_DOMAIN": "32", "DOWNLOAD_DELAY": "0", "LOG_LEVEL": "ERROR"}
STAGES = ("fetch", "parse", "match", "verify", "report")
POLL_S = 0.2
CACHE = HERE / ".cache"
SERVER_NOTE = ("The fixture server (Python ThreadingHTTPServer, one thread per connection, one GIL) runs "
               "inside this benchmark process; crawlers are child processes reaching it through http_proxy. "
               "Server and crawler share the machine's CPUs.")


def code_version() -> str:
    """The commit and a hash of the crawler's sources as they are now (the tree may be edited)."""
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False).stdout.strip() or "?"
    except OSError:
        commit = "?"
    digest = hashlib.sha256()
    for path in sorted([*(ROOT / "oitcrawler").rglob("*.py"), *(ROOT / "spiders").rglob("*.py")]):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return f"commit {commit}, sources {digest.hexdigest()[:12]}"


# site ------------------------------------------------------------------------------
def world_for(pages: int, docs: int) -> Path:
    """The generated site for this size, from the cache when sitegen.py has not changed."""
    CACHE.mkdir(parents=True, exist_ok=True)
    ignore = CACHE / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# benchmark cache: generated sites, never committed\n*\n", encoding="utf-8")
    key = hashlib.sha256((HERE / "sitegen.py").read_bytes()).hexdigest()[:8]
    world = CACHE / f"world-{pages}p-{docs}d-{key}"
    if (world / "_expected.yaml").is_file():   # written last by generate()
        return world
    if world.exists():
        shutil.rmtree(world)
    started = time.perf_counter()
    generate(world, pages, docs, HOST)
    log(f"generated {world.relative_to(ROOT)} in {time.perf_counter() - started:.1f} s")
    return world


def site_truth(built: Path) -> dict:
    """Pages and documents a complete crawl reaches: every generated file is linked."""
    site = built / HOST
    pages = sum(1 for _ in site.rglob("*.html"))
    docs = sum(1 for p in (site / "files").rglob("*") if p.is_file())
    return {"pages": pages, "documents": docs}


# measuring a child process ---------------------------------------------------------
def _status_kb(pid: int) -> dict:
    """VmRSS and VmHWM from /proc/PID/status, Pss from /proc/PID/smaps_rollup (kB)."""
    out = {}
    for name, keys in (("status", ("VmRSS:", "VmHWM:")), ("smaps_rollup", ("Pss:",))):
        try:
            with open(f"/proc/{pid}/{name}", encoding="ascii", errors="replace") as f:
                for line in f:
                    if line.startswith(keys):
                        key, value = line.split(":", 1)
                        out[key] = int(value.split()[0])
        except OSError:
            pass
    return out


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return pids


def run_child(args: list[str], env: dict, cwd: Path, log_path: Path, timeout: float, server) -> dict:
    """Run ``args``; wall and CPU seconds, peak RSS, server CPU and requests while it ran."""
    hits0, overflows0, busy0 = server.world.hits, listen_overflows(), busy_seconds()
    self0, main0 = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()
    started = time.perf_counter()
    with open(log_path, "wb") as out:
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        peak_tree_kb = peak_tree_pss_kb = peak_hwm_kb = max_procs = 0
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            tree = _tree(proc.pid)
            rss = pss = 0
            for p in tree:
                s = _status_kb(p)
                rss += s.get("VmRSS", 0)
                pss += s.get("Pss", s.get("VmRSS", 0))
                if p == proc.pid:
                    peak_hwm_kb = max(peak_hwm_kb, s.get("VmHWM", 0))
            peak_tree_kb, peak_tree_pss_kb = max(peak_tree_kb, rss), max(peak_tree_pss_kb, pss)
            max_procs = max(max_procs, len(tree))
            if time.perf_counter() - started > timeout and not timed_out:
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)   # our own child's process group
            time.sleep(POLL_S)
        proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    self1, main1 = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()
    # This process's CPU minus the polling (main) thread: the server's threads.
    server_cpu = (self1.ru_utime + self1.ru_stime - self0.ru_utime - self0.ru_stime) - (main1 - main0)
    overflows1 = listen_overflows()
    # Everything else the machine did meanwhile (other processes): CPU the crawler could not have.
    others = (busy_seconds() - busy0) - (usage.ru_utime + usage.ru_stime) - \
        (self1.ru_utime + self1.ru_stime - self0.ru_utime - self0.ru_stime)
    return {"listen_overflows": None if overflows0 is None or overflows1 is None else overflows1 - overflows0,
            "others_cpu_s": max(others, 0.0),
            "exit_code": proc.returncode, "timed_out": timed_out, "wall_s": wall,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            # The crawler process itself; the kernel's maxrss covers waited-for descendants too,
            # so it stands in for the last 0.2 s only when there were none.
            "peak_rss_kb": max(peak_hwm_kb, usage.ru_maxrss if max_procs <= 1 else 0),
            "peak_tree_rss_kb": peak_tree_kb, "peak_tree_pss_kb": peak_tree_pss_kb, "max_processes": max_procs,
            "peak_hwm_polled_kb": peak_hwm_kb, "maxrss_at_exit_kb": usage.ru_maxrss,
            "server_cpu_s": server_cpu, "server_requests": server.world.hits - hits0}


def set_server_mode(server, mode: str) -> str:
    """``stock``: FixtureServer as it comes; ``tuned``: TCP_NODELAY and a deep accept queue.

    Returns what the mode amounts to, e.g. "nodelay=False backlog=5".
    """
    handler, httpd = server.httpd.RequestHandlerClass, server.httpd
    if not hasattr(server, "_stock_mode"):
        server._stock_mode = (bool(getattr(handler, "disable_nagle_algorithm", False)), httpd.request_queue_size)
    nodelay, backlog = server._stock_mode if mode == "stock" else (True, max(1024, server._stock_mode[1]))
    handler.disable_nagle_algorithm = nodelay   # read for each accepted connection
    httpd.socket.listen(backlog)
    return f"nodelay={nodelay} backlog={backlog}"


def listen_overflows() -> int | None:
    """The kernel's count of connections dropped because an accept queue was full."""
    try:
        lines = Path("/proc/net/netstat").read_text(encoding="ascii").splitlines()
    except OSError:
        return None
    for names, values in zip(lines[::2], lines[1::2]):
        if names.startswith("TcpExt:"):
            table = dict(zip(names.split()[1:], values.split()[1:]))
            return int(table["ListenOverflows"]) if "ListenOverflows" in table else None
    return None


def busy_seconds() -> float:
    """CPU seconds all CPUs of the machine have spent busy since boot (/proc/stat)."""
    with open("/proc/stat", encoding="ascii") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)       # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")     # without guest time (counted in user)


def wait_quiet(limit_pct: float, max_wait: float) -> float:
    """Wait until the machine's other work stays under ``limit_pct`` of one CPU for 3 s; returns seconds waited."""
    started = time.perf_counter()
    while time.perf_counter() - started < max_wait:
        b0 = busy_seconds()
        time.sleep(3)
        if 100 * (busy_seconds() - b0) / 3 < limit_pct:
            break
    return time.perf_counter() - started


def settings_args() -> list[str]:
    return [a for name, value in OVERRIDES.items() for a in ("-s", f"{name}={value}")]


def oitcrawler_cmd() -> list[str]:
    script = Path(sys.executable).parent / "oitcrawler"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "oitcrawler"]


def run_bare(server, env, tmp: Path, tag: str, timeout: float) -> dict:
    log_path = tmp / f"{tag}.log"
    m = run_child([sys.executable, str(HERE / "bare_spider.py"), START, *settings_args()],
                  env, tmp, log_path, timeout, server)
    result = None
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("{") and '"crawler": "bare"' in line:
            result = json.loads(line)
    if result is None:
        m["error"] = "no JSON line: see " + tail(log_path)
        return {**m, "pages": None, "documents": None, "timings": None}
    return {**m, "pages": result["pages"], "documents": result["documents"],
            "crawl_s": result["seconds"], "scrapy_requests": result["requests"],
            "finish_reason": result["finish_reason"], "timings": None}


def run_oitcrawler(server, env, tmp: Path, tag: str, pages: int, timeout: float, keep: bool) -> dict:
    out = tmp / f"{tag}-out"
    log_path = tmp / f"{tag}.log"
    args = [*oitcrawler_cmd(), "crawl", START, "--out", str(out), "--quiet", "--no-history",
            "--checklist", "ita-2566", "--as-of", "2023-05-15", "--max-pages", str(pages * 2),
            # Every page, as the bare spider: the focused default would leave the news archive out.
            # The archive's page bar (« ‹ 4 5 [6] 7 8 › ») makes a 50k site ~400 clicks deep; the bare
            # spider has no depth limit either.
            "--coverage", "full", "--max-depth", "100000", *settings_args()]
    m = run_child(args, env, tmp, log_path, timeout, server)
    report_path = out / "report.json"
    if not report_path.is_file():
        m["error"] = "no report.json: see " + tail(log_path)
        return {**m, "pages": None, "documents": None, "timings": None}
    report = json.loads(report_path.read_text(encoding="utf-8"))
    crawl = json.loads((out / "crawl.json").read_text(encoding="utf-8")) if (out / "crawl.json").is_file() else {}
    result = {**m, "pages": report.get("pages_crawled"), "documents": report.get("documents_fetched"),
              "crawl_s": (report.get("timings") or {}).get("crawl"),
              "links_checked": report.get("links_checked"), "timings": report.get("timings"),
              "finish_reason": crawl.get("finish_reason"), "limit_reached": crawl.get("limit_reached"),
              "limit_detail": crawl.get("limit_detail"), "bounded": crawl.get("bounded"),
              **record_flags(out / "records.jsonl")}
    if not keep:
        shutil.rmtree(out, ignore_errors=True)
    return result


def record_flags(path: Path) -> dict:
    """Size of records.jsonl and pages marked as copies / soft 404s (their links are not followed)."""
    if not path.is_file():
        return {}
    records = duplicates = soft404 = 0
    with open(path, "rb") as f:
        for line in f:
            records += 1
            duplicates += b'"duplicate_of":' in line
            soft404 += b'"soft_404": true' in line
    return {"records": records, "records_mb": round(path.stat().st_size / 2**20, 1),
            "pages_duplicate_of": duplicates, "pages_soft_404": soft404}


def tail(path: Path, lines: int = 8) -> str:
    text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return " | ".join(text[-lines:])


# server capacity -----------------------------------------------------------------------
def probe_server(server, built: Path, count: int) -> dict | None:
    """Requests per second the fixture server answers to curl: one connection, then 32."""
    if shutil.which("curl") is None:
        return None
    site = built / HOST
    paths = sorted("/" + str(p.relative_to(site)).replace("index.html", "") for p in site.rglob("*.html"))
    urls = [f"{START.rstrip('/')}{p}" for p in paths][:count]
    results = {}
    with tempfile.NamedTemporaryFile("w", suffix=".curl", delete=False) as cfg:
        for url in urls:
            cfg.write(f'url = "{url}"\noutput = "/dev/null"\n')
    try:
        for label, extra in (("serial", []), ("parallel32", ["--parallel", "--parallel-max", "32"])):
            hits0, overflows0 = server.world.hits, listen_overflows()
            self0, main0 = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()
            started = time.perf_counter()
            subprocess.run(["curl", "-s", "--max-time", "60", "-x", server.proxy_url, *extra, "-K", cfg.name],
                           check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - started
            self1, main1 = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()
            cpu = (self1.ru_utime + self1.ru_stime - self0.ru_utime - self0.ru_stime) - (main1 - main0)
            answered, overflows1 = server.world.hits - hits0, listen_overflows()
            results[label] = {"requests": answered, "seconds": round(wall, 3),
                              "requests_per_s": round(answered / wall, 1),
                              "server_cpu_pct": round(100 * cpu / wall),
                              "listen_overflows": None if overflows1 is None else overflows1 - overflows0}
    finally:
        os.unlink(cfg.name)
    return results


# report ----------------------------------------------------------------------------
def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def fmt(value, spec: str = ".1f") -> str:
    return "n/a" if value is None else format(value, spec)


def stage_text(timings) -> str:
    if not timings:
        return "n/a"
    keys = [k for k in STAGES if k in timings] + sorted(k for k in timings if k not in STAGES)
    return " ".join(f"{k}={timings[k]:.2f}" if isinstance(timings[k], (int, float)) else f"{k}={timings[k]}"
                    for k in keys)


def finish_row(row: dict) -> dict:
    wall = row["wall_s"]
    row["pages_per_s"] = row["pages"] / wall if row.get("pages") is not None and wall else None
    row["docs_per_s"] = row["documents"] / wall if row.get("documents") is not None and wall else None
    crawl = row.get("crawl_s")
    row["crawl_pages_per_s"] = row["pages"] / crawl if row.get("pages") is not None and crawl else None
    row["requests_per_s"] = row["server_requests"] / wall if wall else None
    row["peak_rss_mb"] = row["peak_rss_kb"] / 1024
    row["peak_tree_pss_mb"] = row["peak_tree_pss_kb"] / 1024
    row["crawler_cpu_pct"] = 100 * row["cpu_s"] / wall if wall else None
    row["server_cpu_pct"] = 100 * row["server_cpu_s"] / wall if wall else None
    row["others_cpu_pct"] = 100 * row["others_cpu_s"] / wall if wall else None
    return row


COLUMNS = ("size", "server", "crawler", "run", "pages", "docs", "seconds", "pages/s", "docs/s", "peak RSS MB",
           "ratio to bare (pages/s)", "crawl s", "crawl pages/s", "crawl ratio", "stage times (s)",
           "tree peak PSS MB (procs)", "crawler CPU %",
           "server CPU %", "other processes CPU %", "server requests", "requests/s", "listen overflows")


def markdown(rows: list[dict]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        lines.append("| " + " | ".join([
            str(r["size"]), r["server"], r["crawler"], str(r["run"]), fmt(r.get("pages"), "d"),
            fmt(r.get("documents"), "d"), fmt(r.get("wall_s")), fmt(r.get("pages_per_s")),
            fmt(r.get("docs_per_s"), ".2f"), fmt(r.get("peak_rss_mb"), ".0f"), fmt(r.get("ratio_to_bare"), ".2f"),
            fmt(r.get("crawl_s")), fmt(r.get("crawl_pages_per_s")), fmt(r.get("crawl_ratio"), ".2f"),
            stage_text(r.get("timings")),
            f"{fmt(r.get('peak_tree_pss_mb'), '.0f')} ({fmt(r.get('max_processes'), 'd')})",
            fmt(r.get("crawler_cpu_pct"), ".0f"), fmt(r.get("server_cpu_pct"), ".0f"),
            fmt(r.get("others_cpu_pct"), ".0f"),
            fmt(r.get("server_requests"), "d"), fmt(r.get("requests_per_s"), ".0f"),
            fmt(r.get("listen_overflows"), "d")]) + " |")
    return "\n".join(lines)


def _groups(rows: list[dict]):
    keys = dict.fromkeys((r["size"], r["server"], r["crawler"]) for r in rows)
    for size, server, crawler in keys:
        yield size, server, crawler, [r for r in rows
                                      if (r["size"], r["server"], r["crawler"]) == (size, server, crawler)]


def median_rows(rows: list[dict]) -> list[dict]:
    out = []
    for size, server, crawler, group in _groups(rows):
        if len(group) < 2:
            continue
        med = {"size": size, "server": server, "crawler": crawler, "run": "median", "timings": None}
        for key in ("pages", "documents", "wall_s", "pages_per_s", "docs_per_s", "peak_rss_mb", "ratio_to_bare",
                    "crawl_s", "crawl_pages_per_s", "crawl_ratio",
                    "peak_tree_pss_mb", "max_processes", "crawler_cpu_pct", "server_cpu_pct", "others_cpu_pct",
                    "server_requests", "requests_per_s",
                    "listen_overflows"):
            values = [r[key] for r in group if r.get(key) is not None]
            med[key] = statistics.median(values) if values else None
            if key in ("pages", "documents", "max_processes", "server_requests", "listen_overflows") \
                    and med[key] is not None:
                med[key] = int(med[key])
        timings = [r["timings"] for r in group if r.get("timings")]
        if timings:
            med["timings"] = {k: statistics.median(t[k] for t in timings) for k in timings[0]
                              if all(isinstance(t.get(k), (int, float)) for t in timings)}
        out.append(med)
    return out


def linearity(rows: list[dict]) -> list[dict]:
    """Match seconds per 1,000 pages crawled (and per MB of records.jsonl, which it reads), per size."""
    out = []
    for size, server, crawler, group in _groups(rows):
        if crawler != "oitcrawler":
            continue
        timed = [r for r in group if r.get("pages") and isinstance((r.get("timings") or {}).get("match"), (int, float))]

        def med(values):
            values = [v for v in values if v is not None]
            return statistics.median(values) if values else None

        out.append({"size": size, "server": server, "runs": len(timed),
                    "pages": med(r["pages"] for r in timed), "records": med(r.get("records") for r in timed),
                    "records_mb": med(r.get("records_mb") for r in timed),
                    "match_s": med(r["timings"]["match"] for r in timed),
                    "match_s_per_1000_pages": med(r["timings"]["match"] / r["pages"] * 1000 for r in timed),
                    "match_s_per_mb_records": med(r["timings"]["match"] / r["records_mb"] for r in timed
                                                  if r.get("records_mb"))})
    return out


# main ------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000], metavar="N", help="site sizes (default 2000)")
    parser.add_argument("--docs", type=int, default=60, help="library documents besides the ITA evidence (default 60)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each crawler per size (default 1)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the results as JSON")
    parser.add_argument("--server", choices=("stock", "tuned", "both"), default="stock",
                        help="stock FixtureServer, or with TCP_NODELAY and listen(1024) set at run time "
                             "(default %(default)s; see the module docstring)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before a crawl is killed")
    parser.add_argument("--probe", type=int, default=500, metavar="N",
                        help="pages curl fetches to measure the server alone (0: skip; default %(default)s)")
    parser.add_argument("--keep", action="store_true", help="copy oitcrawler's report folders to output/")
    parser.add_argument("--wait-quiet", type=float, default=0, metavar="PCT",
                        help="before each crawl, wait (up to 10 min) until other processes use less than PCT%% "
                             "of one CPU (0: do not wait; default)")
    args = parser.parse_args()
    modes = ("stock", "tuned") if args.server == "both" else (args.server,)

    import scrapy

    machine = {"cpu_count": os.cpu_count(), "cpus_usable": len(os.sched_getaffinity(0)),
               "platform": platform.platform(), "python": platform.python_version(), "scrapy": scrapy.__version__,
               "loadavg_at_start": os.getloadavg(), "code": code_version()}
    header = ["# oitcrawler throughput vs a bare Scrapy spider",
              "",
              f"- machine: {machine['cpu_count']} CPUs ({machine['cpus_usable']} usable), {machine['platform']}, "
              f"Python {machine['python']}, Scrapy {machine['scrapy']}, load average at start "
              f"{' '.join(f'{x:.2f}' for x in machine['loadavg_at_start'])}",
              f"- code: {machine['code']} (oitcrawler/ and spiders/ *.py as run)",
              f"- NOTE: {SERVER_NOTE}",
              f"- server mode(s): {', '.join(modes)} (stock = FixtureServer as is; tuned = same server with "
              "TCP_NODELAY and listen(1024) set at run time)",
              f"- Scrapy overrides for both crawlers: {' '.join(f'-s {k}={v}' for k, v in OVERRIDES.items())}",
              "- seconds = wall time of the child process (start-up and, for oitcrawler, assessment and reports "
              "included); pages/s and docs/s over it; ratio = oitcrawler pages/s ÷ bare pages/s of the same "
              "repeat and server mode",
              "- crawl s = spider opened → spider closed (bare), spider opened → report started (oitcrawler, "
              "timings.crawl: the liveness checks of off-site evidence included); crawl ratio over it",
              "- peak RSS = VmHWM of the crawler (Python) process, polled every 0.2 s (and the kernel's maxrss at "
              "exit when it had no children); tree peak PSS = peak of the PSS summed over the process and all its "
              "descendants (a browser, say), with the most processes seen; CPU % = CPU seconds of the child and "
              "its waited-for descendants ÷ wall seconds (100 = one core); other processes CPU % = the machine's "
              "busy time (/proc/stat) minus crawler and server: load from outside the benchmark"]
    print("\n".join(header), flush=True)
    env = {k: v for k, v in os.environ.items()
           if k not in ("no_proxy", "NO_PROXY", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")}
    rows, sites, probes = [], [], []
    for size in args.pages:
        world = world_for(size, args.docs)
        with tempfile.TemporaryDirectory(prefix="oitcrawler-throughput-") as tmp_name:
            tmp = Path(tmp_name)
            started = time.perf_counter()
            with FixtureServer(world, tmp / "site") as server:
                build_s = time.perf_counter() - started
                truth = site_truth(tmp / "site")
                sites.append({"size": size, "world": str(world), "build_s": round(build_s, 1), **truth})
                log(f"size {size}: serving {truth['pages']} pages, {truth['documents']} documents on "
                    f"{server.proxy_url} (build {build_s:.1f} s)")
                child_env = dict(env, http_proxy=server.proxy_url, https_proxy=server.proxy_url)
                if callable(getattr(server, "env", None)):   # newer FixtureServer: its CA file too
                    child_env = {k: v for k, v in server.env().items()
                                 if k not in ("no_proxy", "NO_PROXY", "HTTP_PROXY", "HTTPS_PROXY")}
                server_modes = {mode: set_server_mode(server, mode) for mode in modes}
                sites[-1]["server_modes"] = server_modes
                log(f"size {size}: server modes {server_modes}")
                if args.probe:
                    for mode in modes:
                        set_server_mode(server, mode)
                        probe = probe_server(server, tmp / "site", args.probe)
                        for label, p in (probe or {}).items():
                            probes.append({"size": size, "server": mode, "mode": label, **p})
                        log(f"size {size}: {mode} server alone (curl): {probe}")
                for rep in range(1, args.repeat + 1):
                    for mode in modes:
                        set_server_mode(server, mode)
                        base = {"size": size, "server": mode, "run": rep}
                        if args.wait_quiet:
                            log(f"waited {wait_quiet(args.wait_quiet, 600):.0f} s for a quiet machine")
                        bare = finish_row({**base, "crawler": "bare",
                                           **run_bare(server, child_env, tmp, f"bare-{mode}-{rep}", args.timeout)})
                        log(f"size {size} {mode} run {rep} bare: {bare.get('pages')} pages {bare.get('documents')} "
                            f"docs in {bare['wall_s']:.1f} s{' ERROR ' + bare['error'] if bare.get('error') else ''}")
                        tag = f"oit-{mode}-{rep}"
                        if args.wait_quiet:
                            log(f"waited {wait_quiet(args.wait_quiet, 600):.0f} s for a quiet machine")
                        oit = finish_row({**base, "crawler": "oitcrawler",
                                          **run_oitcrawler(server, child_env, tmp, tag, size, args.timeout, args.keep)})
                        log(f"size {size} {mode} run {rep} oitcrawler: {oit.get('pages')} pages "
                            f"{oit.get('documents')} docs in {oit['wall_s']:.1f} s (exit {oit['exit_code']})"
                            f"{' ERROR ' + oit['error'] if oit.get('error') else ''}")
                        for key, ratio in (("pages_per_s", "ratio_to_bare"), ("crawl_pages_per_s", "crawl_ratio")):
                            bare[ratio] = 1.0 if bare.get(key) else None
                            oit[ratio] = oit[key] / bare[key] if oit.get(key) and bare.get(key) else None
                        oit["code"] = code_version()
                        if oit["code"] != machine["code"]:
                            log(f"note: the crawler's sources changed during the benchmark ({oit['code']})")
                        rows += [bare, oit]
                        if args.keep and (tmp / f"{tag}-out").exists():
                            kept = ROOT / "output" / f"throughput-{size}-{mode}-{rep}"
                            shutil.rmtree(kept, ignore_errors=True)
                            shutil.copytree(tmp / f"{tag}-out", kept)
                            log(f"kept {kept}")

    print()
    print("## Sites")
    print()
    for s in sites:
        print(f"- size {s['size']}: {s['pages']} pages, {s['documents']} documents generated "
              f"(built and served in {s['build_s']} s; cache {Path(s['world']).relative_to(ROOT)}); server modes: "
              + "; ".join(f"{m} = {v}" for m, v in s["server_modes"].items()))
    if probes:
        print()
        print("## Fixture server alone (curl through the proxy, no crawler running)")
        print()
        print("| size | server | curl | requests | seconds | requests/s | server CPU % | listen overflows |")
        print("|---|---|---|---|---|---|---|---|")
        for p in probes:
            print(f"| {p['size']} | {p['server']} | {p['mode']} | {p['requests']} | {p['seconds']:.1f} | "
                  f"{p['requests_per_s']:.0f} | {p['server_cpu_pct']} | {fmt(p['listen_overflows'], 'd')} |")
    print()
    print("## Runs")
    print()
    print(markdown(rows + median_rows(rows)))
    notes = []
    for r in rows:
        truth = next(s for s in sites if s["size"] == r["size"])
        where = f"size {r['size']} {r['server']} {r['crawler']} run {r['run']}"
        if r.get("error"):
            notes.append(f"{where}: {r['error']}")
        elif r["pages"] != truth["pages"] or r["documents"] != truth["documents"]:
            notes.append(f"{where}: {r['pages']} pages / {r['documents']} documents; the site has "
                         f"{truth['pages']} / {truth['documents']}"
                         + (f"; crawl.json: limit reached ({r['limit_detail']})" if r.get("limit_detail") else "")
                         + (f"; {r['pages_duplicate_of']} pages recorded as duplicate_of another (links not "
                            "followed)" if r.get("pages_duplicate_of") else ""))
        if r.get("timed_out"):
            notes.append(f"{where}: killed after {args.timeout:.0f} s")
    lin = linearity(rows)
    print()
    print("## Matching time per 1,000 pages (oitcrawler, report.json timings.match)")
    print()
    print("| size | server | pages crawled | records | records.jsonl MB | match s | match s / 1,000 pages "
          "| match s / MB of records |")
    print("|---|---|---|---|---|---|---|---|")
    for item in lin:
        print(f"| {item['size']} | {item['server']} | {fmt(item['pages'], '.0f')} | {fmt(item['records'], '.0f')} | "
              f"{fmt(item['records_mb'])} | {fmt(item['match_s'], '.2f')} | "
              f"{fmt(item['match_s_per_1000_pages'], '.2f')} | {fmt(item['match_s_per_mb_records'], '.3f')} |")
    if all(item["match_s_per_1000_pages"] is None for item in lin):
        print()
        print('(n/a: report.json has no "timings" yet)')
    if notes:
        print()
        print("## Notes")
        print()
        print("\n".join(f"- {n}" for n in notes))
    sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps({
            "machine": machine, "note": SERVER_NOTE, "settings": OVERRIDES, "server_modes": modes, "sites": sites,
            "server_alone": probes, "runs": rows, "medians": median_rows(rows), "match_linearity": lin,
            "notes": notes}, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        log(f"wrote {args.json}")
    return 1 if any(r.get("error") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
