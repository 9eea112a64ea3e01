"""Fuzz campaign for the page and document extractors, run by hand.

    python benchmarks/fuzz.py [--seconds 120] [--jobs 2] [--seed N] [--target NAME ...]

Runs the generators and output contracts of tests/test_fuzz.py for the time given, much
larger inputs included (deep markup, huge content streams, wide tables, shared-string and
gridSpan amplification), and the hostile input of the command line and a killed crawl
(start URLs, Buddhist-era --as-of dates, answer-sheet cells, records cut mid-write).
Every input runs in a worker process under a memory limit, so a hang, a segfault or an
out-of-memory kill is recorded instead of stopping the campaign.

Prints, per target: inputs tried, crashes (exceptions escaping), contract violations
(status, bounds, absolute links, memory), hangs (past the target's time bound; documents:
MAX_SECONDS + 10 s) and the slowest input; then the first reproducer of each distinct
failure, shrunk by deleting chunks while it still fails the same way. Exit status 1 if
anything crashed, hung or broke a contract. Failing inputs are pickled as (target, args)
for replay: ``TARGETS[target].call(*args)``.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import queue
import random
import re
import resource
import struct
import sys
import tempfile
import threading
import time
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import test_fuzz as tf  # noqa: E402  (generators and contracts shared with the CI tests)

from oitcrawler.documents import MAX_SECONDS, extract_document  # noqa: E402
from oitcrawler.extract import MAX_TEXT, decode_html, parse_html  # noqa: E402

DOC_BOUND = MAX_SECONDS + 10
TEXT_BOUND = 10.0           # parse/decode/Thai/dates: no documented bound; 10 s on one input is a hang
GRACE = 15.0                # how long past the bound a worker gets before it is killed


def _limits(rnd: random.Random) -> tf.Limits:
    return tf.LARGE if rnd.random() < 0.25 else tf.SMALL


def _random_unicode(rnd: random.Random, top: int) -> str:
    return "".join(chr(rnd.choice([rnd.randint(0, 0x7F), rnd.randint(0x0E00, 0x0E7F), rnd.randint(0, 0x10FFFF)]))
                   for _ in range(tf.log_int(rnd, top)))


def gen_decode(rnd):
    lim = _limits(rnd)
    if rnd.random() < 0.7:
        return tf.encode_page(rnd, tf.random_html(rnd, lim))
    body = bytes(rnd.randrange(256) for _ in range(tf.log_int(rnd, 20_000)))
    return body, f"text/html; charset={rnd.choice(tf.CODEC_NAMES)}"


def gen_parse(rnd):
    lim = _limits(rnd)
    html = tf.random_html(rnd, lim) if rnd.random() < 0.85 else _random_unicode(rnd, lim.attr)
    url = rnd.choice([tf.PAGE_URL, tf.PAGE_URL, "http://www.ตัวอย่าง.go.th/", "https://a.go.th:8443/x/y?z=1#f",
                      "http://127.0.0.1/"])
    return html, url


def gen_text(rnd):
    lim = _limits(rnd)
    text = rnd.choice([lambda: tf._text(rnd) * tf.log_int(rnd, lim.repeat), lambda: tf.date_text(rnd, lim),
                       lambda: _random_unicode(rnd, MAX_TEXT)])()
    return (text[:MAX_TEXT],)     # page and document texts never exceed 200,000 chars


def gen_pdf(rnd):
    return tf.mutate_pdf(rnd, rnd.choice(tf.seeds()["pdf"]), _limits(rnd)), "pdf"


def gen_docx(rnd):
    return tf.mutate_zip(rnd, rnd.choice(tf.seeds()["docx"]), _limits(rnd)), "docx"


def gen_xlsx(rnd):
    lim = _limits(rnd)
    if rnd.random() < 0.1:
        return tf.xlsx_shared_string_bomb(tf.log_int(rnd, 16384 if lim is tf.LARGE else 200),
                                          tf.log_int(rnd, 32767), tf.log_int(rnd, 20)), "xlsx"
    return tf.mutate_zip(rnd, rnd.choice(tf.seeds()["xlsx"]), lim), "xlsx"


def gen_xls(rnd):
    lim = _limits(rnd)
    roll = rnd.random()
    if roll < 0.6:
        return tf.mutate_bytes(rnd, rnd.choice(tf.seeds()["xls"]), lim), "xls"
    rows, cols = tf.log_int(rnd, 6000 if lim is tf.LARGE else 50), tf.log_int(rnd, 256 if lim is tf.LARGE else 8)
    text = rnd.choice([tf.THAI, "a" * tf.log_int(rnd, 8000), "", "๑"])
    if roll >= 0.85:    # text in every cell record: keep the file under the crawler's 25 MB cap
        rows = max(1, min(rows, 20_000_000 // (cols * (2 * len(text) + 20))))
    grid = [[text if (r + c) % 3 else r * c for c in range(cols)] for r in range(rows)]
    try:
        data = tf.build_xls(grid, shared=roll < 0.85)
    except (ValueError, struct.error):     # too big for this minimal writer
        data = tf.build_xls([[text]], shared=True)
    return data, "xls"


def gen_junk(rnd):
    roll = rnd.random()
    kind = rnd.choice(tf.DOC_TYPES + ("", "pptx", "PDF", "../x"))
    if roll < 0.4:
        return bytes(rnd.randrange(256) for _ in range(tf.log_int(rnd, 100_000))), kind
    if roll < 0.7:
        seed_kind = rnd.choice(tf.DOC_TYPES)
        return rnd.choice(tf.seeds()[seed_kind]), kind
    return b"%PDF-1." + bytes(rnd.randrange(256) for _ in range(tf.log_int(rnd, 5_000))), kind


def gen_start_url(rnd):
    return (tf.hostile_url(rnd) if rnd.random() < 0.8 else _random_unicode(rnd, 200),)


def gen_as_of(rnd):
    return (tf.hostile_date(rnd) if rnd.random() < 0.8 else _random_unicode(rnd, 30),)


def gen_cell(rnd):
    return (tf.hostile_cell(rnd) if rnd.random() < 0.8 else _random_unicode(rnd, 2000),)


def gen_records(rnd):
    return tf.record_lines(rnd)


def _pipeline(body, content_type):
    return parse_html(decode_html(body, content_type)[0], tf.PAGE_URL)


@dataclass
class Target:
    name: str
    weight: int
    gen: object
    call: object
    check: object
    bound: float


TARGETS = {t.name: t for t in [
    Target("decode_html", 1, gen_decode, decode_html, lambda out, s: tf.check_decoded(out), TEXT_BOUND),
    Target("parse_html", 2, gen_parse, parse_html, lambda out, s: tf.check_page(out), TEXT_BOUND),
    Target("decode+parse", 1, gen_decode, _pipeline, lambda out, s: tf.check_page(out), TEXT_BOUND),
    Target("thai.clean/norm/squash", 1, gen_text, tf.thai_forms, lambda out, s: tf.check_thai(out), TEXT_BOUND),
    Target("dates readers", 1, gen_text, tf.date_readings, lambda out, s: tf.check_dates(out), TEXT_BOUND),
    Target("extract pdf", 3, gen_pdf, extract_document, tf.check_document, DOC_BOUND),
    Target("extract docx", 2, gen_docx, extract_document, tf.check_document, DOC_BOUND),
    Target("extract xlsx", 2, gen_xlsx, extract_document, tf.check_document, DOC_BOUND),
    Target("extract xls", 1, gen_xls, extract_document, tf.check_document, DOC_BOUND),
    Target("extract junk/mislabelled", 1, gen_junk, extract_document, tf.check_document, DOC_BOUND),
    # Hostile input outside pages and documents: what the command line, an answer sheet and
    # a crawl killed mid-write hand over.
    Target("start URL (check_url)", 1, gen_start_url, tf.start_url_reading, lambda out, s: tf.check_start_url(out),
           TEXT_BOUND),
    Target("--as-of (B.E. dates)", 1, gen_as_of, tf.as_of_reading, lambda out, s: tf.check_as_of(out), TEXT_BOUND),
    Target("answer-sheet cell URLs", 1, gen_cell, tf.cell_urls, lambda out, s: tf.check_cell_urls(out), TEXT_BOUND),
    Target("resumed records", 1, gen_records, tf.resumed_records, lambda out, s: tf.check_resumed_records(out),
           TEXT_BOUND),
]}


# --- worker process ---------------------------------------------------------------------------

def _where(tb) -> str:
    frames = traceback.extract_tb(tb)
    ours = [f for f in frames if "/oitcrawler/" in f.filename]
    inner = frames[-1] if frames else None
    parts = []
    if ours:
        parts.append(f"oitcrawler/{ours[-1].filename.split('/oitcrawler/')[-1]}:{ours[-1].lineno} {ours[-1].name}")
    if inner and (not ours or inner is not ours[-1]):
        parts.append(f"raised in {'/'.join(inner.filename.split('/')[-2:])}:{inner.lineno}")
    return ", ".join(parts)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(conn, memory_mb: int, rss_limit_mb: int):
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)     # xlrd and pdfminer chatter
    os.dup2(devnull, 2)
    import logging
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    while True:
        try:
            name, args = conn.recv()
        except EOFError:
            return
        target = TARGETS[name]
        before = _rss_mb()
        start = time.monotonic()
        try:
            out = target.call(*args)
        except BaseException as exc:  # noqa: BLE001 — this is what we are looking for
            elapsed = time.monotonic() - start
            conn.send(("crash", elapsed, type(exc).__name__, str(exc)[:300], _where(exc.__traceback__), _rss_mb()))
            continue
        elapsed = time.monotonic() - start
        after = _rss_mb()
        if elapsed > target.bound:
            conn.send(("hang", elapsed, "Hang", f"ran {elapsed:.1f} s, bound {target.bound:.0f} s", "", after))
            continue
        try:
            target.check(out, elapsed)
            if after > max(before, rss_limit_mb):
                raise AssertionError(f"memory: peak RSS grew to {after:.0f} MB (limit {rss_limit_mb} MB)")
        except AssertionError as exc:
            message = str(exc).splitlines()[0] if str(exc) else "assertion"
            conn.send(("violation", elapsed, "ContractViolation", message[:300], "", after))
            continue
        conn.send(("ok", elapsed, "", "", "", after))


class Runner:
    """One worker process; restarted when it hangs or dies."""

    def __init__(self, memory_mb: int, rss_limit_mb: int):
        self.memory_mb, self.rss_limit_mb = memory_mb, rss_limit_mb
        self.ctx = multiprocessing.get_context("spawn")
        self.proc = None
        self.start()

    def start(self):
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=worker, args=(child, self.memory_mb, self.rss_limit_mb), daemon=True)
        self.proc.start()
        child.close()

    def kill(self):
        self.proc.kill()
        self.proc.join()
        self.conn.close()

    def run(self, name: str, args: tuple, timeout: float):
        """(kind, seconds, type, message, where, rss) for one input."""
        start = time.monotonic()
        try:
            self.conn.send((name, args))
            if self.conn.poll(timeout):
                result = self.conn.recv()
                if result[-1] > self.rss_limit_mb:      # give the memory back; reset the high-water mark
                    self.kill()
                    self.start()
                return result
        except (EOFError, BrokenPipeError, ConnectionResetError):
            pass
        elapsed = time.monotonic() - start
        if self.proc.is_alive():
            self.kill()
            self.start()
            return ("hang", elapsed, "Hang", f"killed after {elapsed:.0f} s", "", 0.0)
        code = self.proc.exitcode
        self.proc.join()
        self.start()
        return ("crash", elapsed, "WorkerDied", f"worker exit code {code} (signal {-code if code and code < 0 else 0})",
                "", 0.0)


# --- campaign ---------------------------------------------------------------------------------

@dataclass
class Stats:
    tried: int = 0
    crashes: int = 0
    violations: int = 0
    hangs: int = 0
    max_seconds: float = 0.0
    rss_mb: float = 0.0
    failures: dict = field(default_factory=dict)   # signature -> [count, args, result]


def signature(result) -> tuple:
    kind, _, etype, message, where, _ = result
    if kind == "crash":
        return kind, etype, where or message[:60]
    return kind, message.split(":")[0]


def shrink(runner: Runner, name: str, args: tuple, sig: tuple, budget: float) -> tuple:
    """Delete chunks of each str/bytes argument while the input still fails the same way."""
    deadline = time.monotonic() + budget
    args = list(args)
    for i, value in enumerate(args):
        if not isinstance(value, (str, bytes)):
            continue
        chunk = max(1, len(value) // 2)
        while chunk >= 1 and time.monotonic() < deadline:
            pos, progressed = 0, False
            while pos < len(value) and time.monotonic() < deadline:
                candidate = value[:pos] + value[pos + chunk:]
                trial = args[:i] + [candidate] + args[i + 1:]
                result = runner.run(name, tuple(trial), TARGETS[name].bound + 5)
                if result[0] != "ok" and signature(result) == sig:
                    value, progressed = candidate, True
                else:
                    pos += chunk
            if not progressed:
                chunk //= 2
        args[i] = value
    return tuple(args)


COUNTERS = {"crash": "crashes", "violation": "violations", "hang": "hangs"}


def run_batch(target: Target, runner: Runner, rnd: random.Random, stats: Stats, until: float):
    """Generate and run inputs until ``until`` (the input in flight may overrun it)."""
    while time.monotonic() < until:
        try:
            inputs = target.gen(rnd)
        except Exception as exc:  # noqa: BLE001 — a generator bug must not end the campaign
            print(f"  generator error in {target.name}: {exc!r}", file=sys.stderr)
            continue
        result = runner.run(target.name, inputs, target.bound + GRACE)
        kind, seconds, *_, rss = result
        stats.tried += 1
        stats.max_seconds = max(stats.max_seconds, seconds)
        stats.rss_mb = max(stats.rss_mb, rss)
        if kind == "ok":
            continue
        setattr(stats, COUNTERS[kind], getattr(stats, COUNTERS[kind]) + 1)
        sig = signature(result)
        if sig in stats.failures:
            stats.failures[sig][0] += 1
        else:
            stats.failures[sig] = [1, inputs, result]


def _show(args: tuple, width: int) -> str:
    parts = []
    for a in args:
        text = repr(a)
        size = f" [{len(a)} {'bytes' if isinstance(a, bytes) else 'chars'}]" if isinstance(a, (str, bytes)) else ""
        parts.append((text if len(text) <= width else text[:width] + "…") + size)
    return "(" + ", ".join(parts) + ")"


def _run_threads(fn, count: int):
    threads = [threading.Thread(target=fn) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120, help="wall time for the campaign (shrinking extra)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--target", action="append", choices=sorted(TARGETS), help="only these targets")
    parser.add_argument("--memory-mb", type=int, default=4096, help="address-space limit per worker (and 2x for "
                        "this process, where inputs are generated)")
    parser.add_argument("--rss-limit-mb", type=int, default=1024, help="peak RSS counted as a memory violation")
    parser.add_argument("--shrink-seconds", type=float, default=20)
    parser.add_argument("--width", type=int, default=300, help="repr width of reproducers")
    parser.add_argument("--save", type=Path, help="directory for the failing inputs (default: a new temp dir)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")     # zipfile's duplicate-name warnings: the mutations add them on purpose
    # A generator that runs away must fail with MemoryError here, not take the machine down.
    resource.setrlimit(resource.RLIMIT_AS, (2 * args.memory_mb << 20, 2 * args.memory_mb << 20))

    names = args.target or list(TARGETS)
    tf.seeds()      # fail early if the Thai font or builders are missing
    stats = {n: Stats() for n in names}
    spent = {n: 0.0 for n in names}
    runners: dict[str, Runner] = {}
    rnds = {n: random.Random(f"{args.seed}-{n}") for n in names}
    busy: set[str] = set()
    lock = threading.Lock()
    print(f"fuzzing {len(names)} targets for {args.seconds:.0f} s on {args.jobs} workers (seed {args.seed})",
          flush=True)
    started = time.monotonic()
    stop_at = started + args.seconds

    def pick(candidates) -> str | None:
        """The idle target furthest behind its share of the time (shares follow the weights)."""
        with lock:
            idle = [n for n in candidates if n not in busy]
            if not idle:
                return None
            n = min(idle, key=lambda n: spent[n] / TARGETS[n].weight)
            busy.add(n)
            return n

    def slot():
        while time.monotonic() < stop_at:
            n = pick(names)
            if n is None:
                time.sleep(0.05)
                continue
            if n not in runners:
                runners[n] = Runner(args.memory_mb, args.rss_limit_mb)
            began = time.monotonic()
            run_batch(TARGETS[n], runners[n], rnds[n], stats[n], min(stop_at, began + 5))
            with lock:
                spent[n] += time.monotonic() - began
                busy.discard(n)

    todo: queue.Queue = queue.Queue()

    def shrinker():
        while True:
            try:
                n = todo.get_nowait()
            except queue.Empty:
                return
            for sig, entry in stats[n].failures.items():
                # Hangs are too slow to shrink; a memory high-water mark does not reset between inputs.
                if sig[0] != "hang" and not sig[-1].startswith("memory"):
                    entry.append(shrink(runners[n], n, entry[1], sig, args.shrink_seconds))

    _run_threads(slot, args.jobs)
    for n in names:
        if stats[n].failures:
            todo.put(n)
    _run_threads(shrinker, args.jobs)
    for runner in runners.values():
        runner.kill()

    print(f"\n{'target':<26}{'inputs':>8}{'crashes':>9}{'violations':>11}{'hangs':>7}{'max s/input':>13}{'peak MB':>9}")
    for n in names:
        s = stats[n]
        print(f"{n:<26}{s.tried:>8}{s.crashes:>9}{s.violations:>11}{s.hangs:>7}{s.max_seconds:>13.2f}{s.rss_mb:>9.0f}")
    failed = False
    for n in names:
        for number, (_sig, (count, inputs, result, *shrunk)) in enumerate(stats[n].failures.items(), 1):
            if not failed:
                failed = True
                save = args.save or Path(tempfile.mkdtemp(prefix="oitcrawler-fuzz-"))
                save.mkdir(parents=True, exist_ok=True)
            kind, seconds, etype, message, where, _ = result
            path = save / f"{re.sub(r'[^a-z]+', '_', n)}-{kind}-{number}.pickle"
            path.write_bytes(pickle.dumps((n, shrunk[0] if shrunk else inputs)))
            print(f"\n[{n}] {kind.upper()} x{count}: {etype}: {message}" + (f"\n  at {where}" if where else "")
                  + f"\n  first input took {seconds:.2f} s; saved as {path}")
            print(f"  repro{' (shrunk)' if shrunk else ''}: {_show(shrunk[0] if shrunk else inputs, args.width)}")
    print(f"\n{sum(s.tried for s in stats.values())} inputs in {time.monotonic() - started:.0f} s; "
          + ("FAILURES found" if failed else "no failures"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
